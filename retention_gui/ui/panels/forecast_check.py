"""The Forecast tab's "Can I trust it?": the model check in one sentence and two plots.

Predicted against actual mean purchases per calibration frequency, and the
cumulative repeat purchases over time, actual against the model, with the
start of the check period marked (lifetimes' ``plot_cumulative_transactions``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.forecast import Forecast, ModelCheck
from ...core.transactions import OrderTable
from ...forecasting import cumulative_repeat_purchases
from ...messages import message_for
from .forecast_models import counted
from .numbers import fill, number

__all__ = ["ModelCheckView", "FREQUENCY_LABELS"]

ACTUAL_COLOUR = "#1f77b4"
MODEL_COLOUR = "#d95f02"
TEXT_COLOUR = "#222222"
AXIS_COLOUR = "#555555"
FREQUENCY_LABELS = ("0", "1", "2", "3", "4", "5", "6", "7+")


def _axis_style(plot: pg.PlotItem) -> None:
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        axis.enableAutoSIPrefix(False)
    plot.showGrid(x=False, y=True, alpha=0.2)
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()


class _GroupedAxis(pg.AxisItem):
    """Whole numbers with the interface language's thousands separator."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        decimals = 0 if spacing * scale >= 1 else 1
        return [number(float(v) * scale, decimals) for v in values]


def _month_ticks(first: pd.Timestamp, last: pd.Timestamp) -> list[list[tuple[float, str]]]:
    """Date-axis ticks: a labelled tick every few months (``jan. 1998`` as the language writes it), month minors."""
    months = pd.date_range(first.to_period("M").to_timestamp(), last, freq="MS")
    step = max(1, int(np.ceil(len(months) / 7)))
    step = next(s for s in (1, 2, 3, 4, 6, 12, 24, 60) if s >= step) if step <= 60 else step
    loc = QLocale()
    major, minor = [], []
    for m in months:
        pos = m.value / 1e9
        if (m.month - 1) % step == 0 if step <= 12 else m.month == 1 and m.year % (step // 12) == 0:
            major.append((pos, loc.toString(QDate(m.year, m.month, 1), "MMM yyyy")))
        else:
            minor.append((pos, ""))
    return [major, minor]


class ModelCheckView(QWidget):
    """The sentence ("The model expected 1,653 purchases in the last 273 days; there were 1,882.") and two plots.

    ``curve_frame`` holds the cumulative series shown (empty without a model check).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve_frame = pd.DataFrame()
        self.trust_sentence = QLabel("", objectName="forecast_trust_sentence")
        self.trust_sentence.setWordWrap(True)
        self.trust_sentence.setTextFormat(Qt.TextFormat.RichText)
        tf = self.trust_sentence.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.1)
        self.trust_sentence.setFont(tf)
        self.trust_plots = pg.GraphicsLayoutWidget()
        self.trust_plots.setObjectName("forecast_trust_plots")
        self.trust_plots.setBackground("w")
        self._build_plots()
        tpl = QVBoxLayout(self)
        tpl.addWidget(self.trust_sentence)
        tpl.addWidget(self.trust_plots, 1)
        tpl.addStretch(0)  # keeps the sentence at the top when there are no plots
        self.clear()

    def _build_plots(self) -> None:
        lay = self.trust_plots
        self.freq_plot = lay.addPlot(row=0, col=0, axisItems={"left": _GroupedAxis("left")})
        self.cum_plot = lay.addPlot(row=0, col=1, axisItems={"left": _GroupedAxis("left"),
                                                              "bottom": pg.DateAxisItem("bottom", utcOffset=0)})
        for plot in (self.freq_plot, self.cum_plot):
            _axis_style(plot)
            plot.getAxis("left").setWidth(64)
        self.freq_plot.getAxis("bottom").setTicks([list(enumerate(FREQUENCY_LABELS))])
        self.freq_plot.setLabel("bottom", self.tr("Repeat purchase days before the check period"), color=TEXT_COLOUR)
        self.freq_plot.setLabel("left", self.tr("Purchases per customer in the check period"), color=TEXT_COLOUR)
        self.freq_plot.setTitle(self.tr("By how often customers had bought"), color=TEXT_COLOUR)
        self.cum_plot.setLabel("bottom", self.tr("Date"), color=TEXT_COLOUR)
        self.cum_plot.setLabel("left", self.tr("Repeat purchases, total so far"), color=TEXT_COLOUR)
        self.cum_plot.setTitle(self.tr("Repeat purchases over time"), color=TEXT_COLOUR)
        self.actual_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=ACTUAL_COLOUR, pen=ACTUAL_COLOUR)
        self.model_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=MODEL_COLOUR, pen=MODEL_COLOUR)
        self.freq_plot.addItem(self.actual_bars)
        self.freq_plot.addItem(self.model_bars)
        self.actual_curve = self.cum_plot.plot([], [], pen=pg.mkPen(ACTUAL_COLOUR, width=2))
        self.model_curve = self.cum_plot.plot([], [], pen=pg.mkPen(MODEL_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        self.calibration_line = pg.InfiniteLine(angle=90, movable=False,
                                                pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DotLine),
                                                label=self.tr("check starts"),
                                                labelOpts={"position": 0.08, "color": TEXT_COLOUR, "anchors": [(0, 1), (0, 1)]})
        self.calibration_line.setVisible(False)
        self.trust_plots.setVisible(False)  # empty axes say nothing: shown only with a model check
        self.cum_plot.addItem(self.calibration_line)
        # One legend under both plots: it never covers a bar or a curve.
        self.legend = pg.LegendItem(offset=None, labelTextColor=TEXT_COLOUR, brush=pg.mkBrush(255, 255, 255, 0))
        self.legend.setColumnCount(2)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        lay.addItem(self.legend, row=1, col=0, colspan=2)
        lay.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)
        self.legend.addItem(self.actual_curve, self.tr("Actual"))
        self.legend.addItem(self.model_curve, self.tr("Model"))

    def clear(self) -> None:
        """No sentence, no bars, no curves; the plots hidden."""
        self.curve_frame = pd.DataFrame()
        self.trust_sentence.setText("")
        self.actual_bars.setOpts(x=[], height=[])
        self.model_bars.setOpts(x=[], height=[])
        self.actual_curve.setData([], [])
        self.model_curve.setData([], [])
        self.calibration_line.setVisible(False)
        self.trust_plots.setVisible(False)

    def show_check(self, fc: Forecast, orders: OrderTable) -> None:
        """The model check of ``fc`` (fitted on ``orders`` up to its calibration end), or why there is none."""
        mc = fc.model_check
        self.clear()
        if mc is None:
            self.trust_sentence.setText(self.tr("Set <i>Model check: last</i> to a number of days and press "
                                                "<b>Run forecast</b>: the model is then also fitted without those "
                                                "days and compared with what really happened in them."))
            return
        if mc.bgnbd is None or mc.predicted_purchases is None:
            reason = message_for(mc.reason) if mc.reason is not None else ""
            self.trust_sentence.setText(
                fill(self.tr("No model check: without the last %1 the model cannot be fitted (%2). Try fewer "
                             "days."), counted(self.tr("%n day(s)", "", mc.holdout_days), mc.holdout_days),
                     reason))
            return
        self.trust_sentence.setText(self.trust_text(mc))
        self.trust_plots.setVisible(True)
        bf = mc.by_frequency
        x = np.arange(len(bf), dtype=float)
        self.actual_bars.setOpts(x=x - 0.2, height=bf["actual_mean"].fillna(0).to_numpy(float))
        self.model_bars.setOpts(x=x + 0.2, height=bf["predicted_mean"].fillna(0).to_numpy(float))
        self.freq_plot.setXRange(-0.6, len(bf) - 0.4, padding=0)
        top = float(np.nanmax(np.r_[bf["actual_mean"].to_numpy(float), bf["predicted_mean"].to_numpy(float), 0.1]))
        self.freq_plot.setYRange(-top * 0.01, top * 1.08, padding=0)
        assert fc.as_of is not None
        frame = cumulative_repeat_purchases(orders, mc.bgnbd, mc.calibration_end, fc.as_of)
        self.curve_frame = frame
        if len(frame):
            seconds = frame["date"].to_numpy("datetime64[s]").astype(np.int64).astype(float)
            self.actual_curve.setData(seconds, frame["actual"].to_numpy(float))
            self.model_curve.setData(seconds, frame["model"].to_numpy(float))
            cal = pd.Timestamp(mc.calibration_end).value / 1e9
            self.calibration_line.setPos(cal)
            self.calibration_line.setVisible(True)
            self.cum_plot.getAxis("bottom").setTicks(_month_ticks(frame["date"].iloc[0], frame["date"].iloc[-1]))
            self.cum_plot.enableAutoRange()

    def trust_text(self, mc: ModelCheck) -> str:
        """``The model expected 1,653 purchases in the last 273 days; there were 1,882.``"""
        days = counted(self.tr("the last %n day(s)", "", mc.holdout_days), mc.holdout_days)
        return fill(self.tr("The model expected <b>%1</b> purchases in %2; there were <b>%3</b>."),
                    number(mc.predicted_purchases), days, number(mc.actual_purchases))
