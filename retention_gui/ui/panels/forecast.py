"""Forecast: predicted purchases and customer value (METRICS.md section 5), who to win back, and "Can I trust it?".

The panel collects the settings and asks for a forecast (``forecast_requested``);
the window runs :func:`retention_gui.forecasting.run_forecast` in its TaskRunner
and hands the result back with :meth:`ForecastPanel.set_forecast`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.forecast import Forecast, ForecastSettings, ModelCheck, win_back_list
from ...forecasting import cumulative_repeat_purchases, default_holdout_days, order_span
from ...io.winback import write_win_back
from ...messages import message_for, metric_name
from ..models import DataFrameModel
from .numbers import DASH, display_currency, english_plural, fill, money, number, percent

__all__ = ["ForecastPanel", "ForecastTableModel", "CUSTOMER_COLUMNS", "WIN_BACK_COLUMNS"]

CUSTOMER_COLUMNS = ("customer_id", "orders", "revenue", "last_order", "p_alive", "expected_purchases",
                    "expected_spend", "predicted_clv")
WIN_BACK_COLUMNS = ("customer_id", "email", "last_order", "revenue", "p_alive", "predicted_clv", "value_at_risk")

ACTUAL_COLOUR = "#1f77b4"
MODEL_COLOUR = "#d95f02"
TEXT_COLOUR = "#222222"
AXIS_COLOUR = "#555555"
FREQUENCY_LABELS = ("0", "1", "2", "3", "4", "5", "6", "7+")


class ForecastTableModel(DataFrameModel):
    """Customers with P(alive) as a percentage, and "one purchase so far" for one-time buyers.

    The frame keeps ``frequency`` (hidden from view when not a column to show) to know x = 0:
    the model gives such a customer P(alive) = 1, which would read as a promise.
    """

    def __init__(self, columns: tuple[str, ...], parent=None) -> None:
        super().__init__(parent=parent)
        self.shown = columns
        self.one_purchase = ""
        self._full = pd.DataFrame()
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_data(self, frame: pd.DataFrame | None) -> None:
        """The whole list; the filter and the last sort are applied again."""
        self._full = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        frame = self._full
        if self._needle and len(frame):
            ids = frame["customer_id"].astype(str).str.casefold()
            hit = ids.str.contains(self._needle, regex=False)
            if "email" in frame.columns:
                hit |= frame["email"].fillna("").astype(str).str.casefold().str.contains(self._needle, regex=False)
            frame = frame[hit]
        cols = [c for c in self.shown if c in frame.columns] if len(frame.columns) else []
        self._x = frame["frequency"].to_numpy() if "frequency" in frame.columns else None
        self.set_frame(frame[cols] if cols else pd.DataFrame())
        self._x = frame["frequency"].to_numpy() if "frequency" in frame.columns else None
        if self._sort is not None:
            self.sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        cols = self._columns
        if not cols or column < 0 or column >= len(cols):
            return
        # Sort the full rows (with frequency) so the one-purchase flag moves with its customer.
        frame = self._frame.copy()
        frame["__x"] = self._x if self._x is not None and len(self._x) == len(frame) else np.nan
        self.layoutAboutToBeChanged.emit()
        frame = frame.sort_values(cols[column], ascending=order == Qt.SortOrder.AscendingOrder, kind="stable",
                                  na_position="last").reset_index(drop=True)
        self._x = frame.pop("__x").to_numpy()
        self._frame = frame
        self.layoutChanged.emit()

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            key = self._columns[index.column()]
            value = self._frame.iat[index.row(), index.column()]
            if key == "p_alive":
                x = self._x[index.row()] if self._x is not None else np.nan
                if x == 0:
                    return self.one_purchase
                return percent(None if pd.isna(value) else 100.0 * float(value), 0)
            if key in ("revenue", "expected_spend", "predicted_clv", "value_at_risk"):
                return money(value, self.currency, 2)
            if key == "expected_purchases":
                return number(value, 2)
            if key == "email" and (value is None or (isinstance(value, float) and np.isnan(value))):
                return ""
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        text = super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return text
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and text:
            return _two_lines(text)
        return super().headerData(section, orientation, role)

    def x(self) -> np.ndarray | None:
        """Calibration frequency of the shown rows, in view order."""
        return self._x


def _counted(text: str, n: int) -> str:
    """A ``tr("%n ...", "", n)`` text with "(s)" written out and the number grouped as the language writes it."""
    return english_plural(text, n).replace(str(n), number(n), 1)


def _two_lines(text: str, longer_than: int = 16) -> str:
    """A long column title on two lines, broken at the space nearest its middle (Danish titles are long)."""
    if len(text) <= longer_than or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


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


class ForecastPanel(QWidget):
    """Settings, totals, the customer list, the win-back list and the model check.

    ``forecast`` is the shown :class:`~retention_gui.core.forecast.Forecast` (None before one).
    """

    forecast_requested = Signal(object)  # ForecastSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis = None
        self.forecast: Forecast | None = None
        self.currency = ""
        self.win_back = pd.DataFrame()
        self.curve_frame = pd.DataFrame()

        self.title = QLabel(self.tr("Forecast: what your customers will buy"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)

        # --- settings ---
        self.horizon = QSpinBox(objectName="forecast_horizon")
        self.horizon.setRange(1, 120)
        self.horizon.setValue(12)
        self.horizon.setSuffix(self.tr(" months"))
        self.horizon.setToolTip(self.tr("How far ahead to forecast"))
        self.discount = QDoubleSpinBox(objectName="forecast_discount")
        self.discount.setRange(0.0, 50.0)
        self.discount.setDecimals(1)
        self.discount.setValue(10.0)
        self.discount.setSuffix(" %")
        self.discount.setToolTip(self.tr("A krone next year is worth less than one today: the yearly rate that "
                                         "future value is discounted by"))
        self.margin = QDoubleSpinBox(objectName="forecast_margin")
        self.margin.setRange(0.0, 100.0)
        self.margin.setDecimals(1)
        self.margin.setValue(100.0)
        self.margin.setSuffix(" %")
        self.margin.setToolTip(self.tr("Your gross margin: the share of a sale you keep after the cost of the goods. "
                                       "100 % counts revenue."))
        self.holdout = QSpinBox(objectName="forecast_holdout")
        self.holdout.setRange(0, 3650)
        self.holdout.setSuffix(self.tr(" days"))
        self.holdout.setToolTip(self.tr("To check the model, it is also fitted without your last days of orders and "
                                        "compared with what really happened in them. 0: no check."))
        self.as_of = QDateEdit(objectName="forecast_as_of")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        self.as_of.setToolTip(self.tr("Forecast from this day: orders after it are left out"))
        self.run_button = QPushButton(self.tr("Run forecast"), objectName="forecast_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self._on_run_button_clicked)

        bar = QGridLayout()
        bar.setHorizontalSpacing(10)
        for col, (text, widget) in enumerate(((self.tr("Horizon"), self.horizon),
                                              (self.tr("Yearly discount rate"), self.discount),
                                              (self.tr("Gross margin"), self.margin),
                                              (self.tr("Model check: last"), self.holdout),
                                              (self.tr("As of"), self.as_of))):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label, 0, col)
            bar.addWidget(widget, 1, col)
            widget.setMinimumWidth(110)
        bar.addWidget(self.run_button, 1, 5)
        bar.setColumnStretch(6, 1)
        self.settings_box = QWidget()
        self.settings_box.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)

        # --- explanation / reason page ---
        self.message = QLabel("", objectName="forecast_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setMaximumWidth(820)
        mf = self.message.font()
        mf.setPointSizeF(mf.pointSizeF() * 1.1)
        self.message.setFont(mf)
        message_page = QWidget()
        mp = QVBoxLayout(message_page)
        mp.addWidget(self.message)
        mp.addStretch(1)

        # --- results page: totals, then three tabs ---
        self.totals: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        cards.setContentsMargins(0, 0, 0, 0)
        for key, caption in (("expected_purchases", self.tr("Expected purchases")),
                             ("predicted_revenue", self.tr("Expected revenue")),
                             ("predicted_clv", self.tr("Predicted customer value (CLV)"))):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet("QFrame { background: palette(base); border-radius: 6px; }")
            cl = QVBoxLayout(card)
            cap = QLabel(caption)
            cap.setStyleSheet("color: #505050;")
            value = QLabel(DASH, objectName=f"forecast_total_{key}")
            vf = value.font()
            vf.setPointSizeF(vf.pointSizeF() * 1.6)
            vf.setBold(True)
            value.setFont(vf)
            cl.addWidget(cap)
            cl.addWidget(value)
            self.totals[key] = value
            cards.addWidget(card, 1)
        self.summary = QLabel("", objectName="forecast_summary")
        self.summary.setWordWrap(True)
        self.note = QLabel("", objectName="forecast_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")

        # customers
        self.customer_model = ForecastTableModel(CUSTOMER_COLUMNS)
        self.customer_view = self._table(self.customer_model, "forecast_customers")
        self.search = QLineEdit(objectName="forecast_search")
        self.search.setPlaceholderText(self.tr("Search customer…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.count_label = QLabel("")
        customers_page = QWidget()
        cpl = QVBoxLayout(customers_page)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        cpl.addLayout(top)
        cpl.addWidget(self.customer_view, 1)

        # win back
        self.win_back_model = ForecastTableModel(WIN_BACK_COLUMNS)
        self.win_back_view = self._table(self.win_back_model, "forecast_win_back")
        self.win_back_intro = QLabel("")
        self.win_back_intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export for mail tool…"), objectName="forecast_export")
        self.export_button.setToolTip(self.tr("Save the list as CSV or Excel, to import in your newsletter or "
                                              "mail tool"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        win_page = QWidget()
        wpl = QVBoxLayout(win_page)
        wtop = QHBoxLayout()
        wtop.addWidget(self.win_back_intro, 1)
        wtop.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        wpl.addLayout(wtop)
        wpl.addWidget(self.win_back_view, 1)

        # trust
        self.trust_sentence = QLabel("", objectName="forecast_trust_sentence")
        self.trust_sentence.setWordWrap(True)
        self.trust_sentence.setTextFormat(Qt.TextFormat.RichText)
        tf = self.trust_sentence.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.1)
        self.trust_sentence.setFont(tf)
        self.trust_plots = pg.GraphicsLayoutWidget()
        self.trust_plots.setObjectName("forecast_trust_plots")
        self.trust_plots.setBackground("w")
        self._build_trust_plots()
        trust_page = QWidget()
        tpl = QVBoxLayout(trust_page)
        tpl.addWidget(self.trust_sentence)
        tpl.addWidget(self.trust_plots, 1)
        tpl.addStretch(0)  # keeps the sentence at the top when there are no plots

        self.tabs = QTabWidget(objectName="forecast_tabs")
        self.tabs.addTab(customers_page, self.tr("Customers"))
        self.tabs.addTab(win_page, self.tr("Win back"))
        self.tabs.addTab(trust_page, self.tr("Can I trust it?"))

        results_page = QWidget()
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(cards)
        rl.addWidget(self.summary)
        rl.addWidget(self.note)
        rl.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(results_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.settings_box)
        outer.addWidget(self.pages, 1)
        self.show_analysis(None)

    # --- building ---

    def _table(self, model: ForecastTableModel, name: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setVisible(False)
        return view

    def _build_trust_plots(self) -> None:
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

    # --- settings ---

    def settings(self) -> ForecastSettings:
        """The settings the controls show."""
        as_of = self.as_of.date().toPython() if self._span is not None else None
        if self._span is not None and as_of == self._span[1]:
            as_of = None  # the last order date: the default, so a project stays right when orders grow
        return ForecastSettings(as_of, self.horizon.value(), self.discount.value(), self.margin.value(),
                                self.holdout.value())

    def _on_run_button_clicked(self) -> None:
        self.forecast_requested.emit(self.settings())

    def _set_controls(self, analysis) -> None:
        orders = getattr(analysis, "orders", None) if analysis is not None else None
        self._span = order_span(orders)
        enabled = self._span is not None
        for w in (self.horizon, self.discount, self.margin, self.holdout, self.as_of, self.run_button):
            w.setEnabled(enabled)
        self.settings_box.setVisible(enabled)  # nothing to set without orders: the page says what is needed
        if self._span is None:
            self.as_of.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
            self.holdout.setValue(0)
            return
        first, last = self._span
        self.as_of.setDateRange(QDate(first), QDate(last))
        fc = analysis.forecast
        if fc is not None:  # settings that came with the analysis (a project, the CLI's flags)
            st = fc.settings
            self.horizon.setValue(st.horizon_months)
            self.discount.setValue(st.annual_discount_pct)
            self.margin.setValue(st.margin_pct)
            self.holdout.setValue(st.holdout_days)
            self.as_of.setDate(QDate(fc.as_of or last))
        else:
            self.holdout.setValue(default_holdout_days(orders))
            self.as_of.setDate(QDate(last))

    # --- showing ---

    def show_analysis(self, analysis) -> None:
        """Show ``analysis`` (its forecast when it has one); None clears every number, list and plot."""
        self.analysis = analysis
        self.currency = display_currency(analysis.settings.currency) if analysis is not None else ""
        self._set_controls(analysis)
        fc = analysis.forecast if analysis is not None else None
        self.set_forecast(fc)

    def set_forecast(self, fc: Forecast | None) -> None:
        """Show a forecast (from :func:`retention_gui.forecasting.run_forecast`); None: what a forecast needs."""
        self.forecast = fc
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for model in (self.customer_model, self.win_back_model):
            model.currency = self.currency
            model.one_purchase = self.tr("one purchase so far")
            model._needle = ""
        if fc is None or fc.status != "fitted":
            self._clear()
            self.message.setText(self._needs_text() if fc is None else self._not_fitted_text(fc))
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.message.setText("")
        self._show_totals(fc)
        customers = fc.customers
        self.customer_model._sort = None
        self.customer_model.set_data(customers)
        sort_key = "predicted_clv" if customers["predicted_clv"].notna().any() else "expected_purchases"
        self.customer_view.sortByColumn(CUSTOMER_COLUMNS.index(sort_key), Qt.SortOrder.DescendingOrder)
        self._update_count()
        self.win_back = win_back_list(customers)
        with_email = self.win_back["email"].notna().any() if len(self.win_back) else False
        self.win_back_model.shown = WIN_BACK_COLUMNS if with_email else tuple(
            c for c in WIN_BACK_COLUMNS if c != "email")
        self.win_back_model._sort = None
        self.win_back_model.set_data(self.win_back.assign(frequency=self._frequency_of(self.win_back, customers)))
        self.win_back_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.export_button.setEnabled(len(self.win_back) > 0)
        n = len(self.win_back)
        self.win_back_intro.setText(
            _counted(self.tr("%n customer(s) who spent well with you but have probably stopped buying, "
                                   "most money at risk first. A personal offer may bring them back.", "", n), n)
            if n else self.tr("No customer with a past purchase is likely to have stopped buying."))
        self._show_trust(fc)

    @staticmethod
    def _frequency_of(rows: pd.DataFrame, customers: pd.DataFrame) -> np.ndarray:
        lookup = pd.Series(customers["frequency"].to_numpy(), index=customers["customer_id"].to_numpy())
        return rows["customer_id"].map(lookup).to_numpy() if len(rows) else np.zeros(0)

    def _clear(self) -> None:
        for label in self.totals.values():
            label.setText(DASH)
        self.summary.setText("")
        self.note.setText("")
        self.count_label.setText("")
        self.customer_model.set_data(None)
        self.win_back = pd.DataFrame()
        self.win_back_model.set_data(None)
        self.win_back_intro.setText("")
        self.export_button.setEnabled(False)
        self._clear_trust()

    def _clear_trust(self) -> None:
        self.curve_frame = pd.DataFrame()
        self.trust_sentence.setText("")
        self.actual_bars.setOpts(x=[], height=[])
        self.model_bars.setOpts(x=[], height=[])
        self.actual_curve.setData([], [])
        self.model_curve.setData([], [])
        self.calibration_line.setVisible(False)

    def _needs_text(self) -> str:
        head = self.tr("<b>What a forecast needs</b>")
        body = self.tr("A forecast predicts how many purchases each customer will make and what they are worth, "
                       "from their order history. It needs <b>order data</b> (one row per order with customer, "
                       "date and amount), at least <b>20 customers who bought on two different days</b>, and at "
                       "least <b>90 days</b> of orders.")
        if self.analysis is None:
            tail = self.tr("Import your orders to start.")
        elif getattr(self.analysis, "orders", None) is None:
            tail = self.tr("These figures are per period, not per order, so there is nothing to forecast from. "
                           "Import an order list from your shop or accounting system.")
        else:
            tail = self.tr("Choose the settings above and press <b>Run forecast</b>.")
        return f"{head}<br><br>{body}<br><br>{tail}"

    def _not_fitted_text(self, fc: Forecast) -> str:
        head = self.tr("<b>No forecast for these orders.</b>")
        reason = message_for(fc.reason) if fc.reason is not None else ""
        reason = reason[:1].upper() + reason[1:]
        code = fc.reason.code if fc.reason is not None else ""
        if code == "forecast_short_span":
            help_text = self.tr("Import orders that cover a longer time, at least 90 days, or move the "
                                "<i>As of</i> date later.")
        elif code == "forecast_too_few_repeat":
            help_text = self.tr("Import orders that cover a longer time, so more customers have come back; at "
                                "least 20 customers must have bought on two different days.")
        elif code == "forecast_no_orders":
            help_text = self.tr("Move the <i>As of</i> date to a day after your first orders.")
        else:
            help_text = self.tr("This happens with few or very uneven orders. More orders, over a longer time, "
                                "usually let the model fit.")
        return f"{head}<br><br>{reason}.<br><br>{help_text}"

    def _show_totals(self, fc: Forecast) -> None:
        self.totals["expected_purchases"].setText(number(fc.expected_purchases, 0))
        self.totals["predicted_revenue"].setText(money(fc.predicted_revenue, self.currency))
        self.totals["predicted_clv"].setText(money(fc.predicted_clv, self.currency))
        h = fc.settings.horizon_months
        months = english_plural(self.tr("the next %n month(s)", "", h), h)
        n = len(fc.customers)
        customers = _counted(self.tr("%n customer(s)", "", n), n)
        text = fill(self.tr("Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) "
                            "and discounts by %5 a year."),
                    months, fc.as_of.isoformat() if fc.as_of else DASH, customers,
                    percent(fc.settings.margin_pct, None), percent(fc.settings.annual_discount_pct, None))
        self.summary.setText(text)
        note = message_for(fc.reason) if fc.reason is not None else ""
        self.note.setText(note[:1].upper() + note[1:] + "." if note else "")
        self.note.setVisible(bool(note))

    def _on_search_text_changed(self, text: str) -> None:
        self.customer_model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        n = self.customer_model.rowCount()
        self.count_label.setText(_counted(self.tr("%n customer(s)", "", n), n))

    # --- "Can I trust it?" ---

    def _show_trust(self, fc: Forecast) -> None:
        mc = fc.model_check
        self._clear_trust()
        if mc is None:
            self.trust_sentence.setText(self.tr("Set <i>Model check: last</i> to a number of days and press "
                                                "<b>Run forecast</b>: the model is then also fitted without those "
                                                "days and compared with what really happened in them."))
            return
        if mc.bgnbd is None or mc.predicted_purchases is None:
            reason = message_for(mc.reason) if mc.reason is not None else ""
            self.trust_sentence.setText(
                fill(self.tr("No model check: without the last %1 the model cannot be fitted (%2). Try fewer "
                             "days."), _counted(self.tr("%n day(s)", "", mc.holdout_days), mc.holdout_days),
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
        assert self.analysis is not None and fc.as_of is not None
        frame = cumulative_repeat_purchases(self.analysis.orders, mc.bgnbd, mc.calibration_end, fc.as_of)
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
        days = _counted(self.tr("the last %n day(s)", "", mc.holdout_days), mc.holdout_days)
        return fill(self.tr("The model expected <b>%1</b> purchases in %2; there were <b>%3</b>."),
                    number(mc.predicted_purchases), days, number(mc.actual_purchases))

    # --- export ---

    def _on_export_button_clicked(self) -> None:
        if not len(self.win_back):
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export win-back list"), self.tr("win-back.csv"),
            self.tr("CSV for mail tools (*.csv);;Excel workbook (*.xlsx)"))
        if not path:
            return
        if "xlsx" in chosen and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        elif "csv" in chosen and not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv"
        self.export_win_back(path)

    def export_win_back(self, path: str) -> bool:
        """Write the win-back list to ``path`` (CSV, or Excel for ``.xlsx``); a calm message on failure."""
        try:
            write_win_back(self.win_back, path, metric_name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export win-back list"),
                                fill(self.tr("The list could not be saved: %1"), exc.strerror or str(exc)))
            return False
        return True
