"""Trend plots over periods (pyqtgraph): metric picker, date axis, hover read-out, PNG/CSV export.
The plots themselves (axis titles with units, threshold lines, a legend above each plot) are built by
:mod:`.trend_plots`; this panel chooses what they show and puts the numbers in."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import catalogue
from ...core.calendar import period_starts
from ...messages import metric_name
from ...pipeline import Analysis
from .card_data import first_window_periods
from .plot_axes import LocaleDateAxis
from .trend_plots import TrendPlots, threshold_value

__all__ = ["TrendsPanel", "period_timestamps", "PLOTTABLE"]

PLOTTABLE: tuple[str, ...] = catalogue.plottable_keys()
# NPS (-100..100) shares the percent plot; every other unit has a plot of its own.
_SHARED_AXIS = {"score": "percent"}
DEFAULT_METRICS = ("crr_pct", "churn_pct")


def period_timestamps(labels: list[str]) -> np.ndarray | None:
    """Unix seconds of each period's first day, or None if any label is not a period label."""
    starts = period_starts(labels)
    if starts is None:
        return None
    return np.array([dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc).timestamp() for d in starts],
                    dtype=float)


def _first_window_rows(analysis: Analysis | None) -> list[int]:
    """Order data: rows of the leading periods that end before anyone can be lost."""
    if analysis is None or analysis.kind != "transactions" or analysis.periods is None or analysis.customers is None:
        return []
    if "first_order" not in analysis.customers.columns or not len(analysis.customers):
        return []
    labels = [str(p) for p in analysis.periods["period"]]
    rows = first_window_periods(labels, analysis.customers["first_order"].min(), analysis.settings.churn_window_days)
    return rows if rows and rows[0] == 0 else []


class TrendsPanel(QWidget):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None
        self.currency = ""
        self.thresholds: dict[str, float] = {}
        # Order data: the first periods, where no customer can be lost yet (shaded on the retention plot).
        self.window_rows: list[int] = []
        self.x: np.ndarray = np.array([])
        self.labels: list[str] = []
        self.user_choice: list[str] = []  # what the user ticked; kept across new data
        self._layout: tuple | None = None  # see _layout_for
        self.picker = QListWidget()
        self.picker.setObjectName("metric_picker")
        self.picker.setToolTip(self.tr("Tick the figures to plot"))
        self.picker.setMaximumWidth(240)
        self.picker.setMinimumWidth(200)
        # Long names ("Nettoomsætningsfastholdelse (NRR) %") wrap instead of being cut off at the edge.
        self.picker.setWordWrap(True)
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.itemChanged.connect(self._on_picker_item_changed)
        # One plot per kind of unit (percent, money, customers, days), sharing the time axis,
        # so revenue in the hundred thousands does not flatten a churn rate of 5 %.
        self.plot = TrendPlots()
        self._available: list[str] = []
        self._readout_hint = self.tr("Move the mouse over the plot to read the values.")
        self.readout = QLabel(self._readout_hint)
        self.readout.setObjectName("readout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Room for two lines: the hint wraps beside the buttons when the panel is narrow.
        self.readout.setMinimumHeight(2 * self.readout.fontMetrics().lineSpacing() + 4)
        self.plot.scene().sigMouseMoved.connect(self._on_plot_mouse_moved)
        self.png_button = QPushButton(self.tr("Save as PNG…"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.png_button.setToolTip(self.tr("Save the plot as a picture"))
        self.csv_button.setToolTip(self.tr("Save the plotted numbers as a CSV file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.readout, 1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(right, 1)

    def selected_metrics(self) -> list[str]:
        out = []
        for i in range(self.picker.count()):
            item = self.picker.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_selected_metrics(self, keys: list[str]) -> None:
        self.picker.blockSignals(True)
        for i in range(self.picker.count()):
            item = self.picker.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self.user_choice = self.selected_metrics()
        self._redraw()

    def show_analysis(self, analysis: Analysis | None) -> None:
        self.frame = analysis.periods if analysis is not None else None
        self.currency = analysis.settings.currency if analysis is not None else ""
        self.window_rows = _first_window_rows(analysis)
        thresholds = dict(analysis.settings.thresholds) if analysis is not None else {}
        if thresholds != self.thresholds:
            self.thresholds = thresholds
            self._layout = None  # the limit lines are part of the layout
        available = [k for k in PLOTTABLE if self.frame is not None and k in self.frame.columns and self.frame[k].notna().any()]
        if available != self._available:  # the picker is rebuilt only when the choice of figures changes
            self._available = available
            chosen = [k for k in self.user_choice if k in available] or [k for k in DEFAULT_METRICS if k in available] or available[:1]
            self.picker.blockSignals(True)
            self.picker.clear()
            for key in available:
                item = QListWidgetItem(metric_name(key))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
                self.picker.addItem(item)
            self.picker.blockSignals(False)
        # A read-out of the old numbers would be wrong for the new ones.
        self._clear_readout()
        if self.frame is None:
            self.x = np.array([])
            self.labels = []
        self._redraw()

    def _clear_readout(self) -> None:
        self.readout.setText(self._readout_hint)
        for vline in self.plot.vlines:
            vline.hide()

    def _on_picker_item_changed(self, _item: QListWidgetItem) -> None:
        self.user_choice = self.selected_metrics()
        self._redraw()

    @staticmethod
    def unit_of(key: str) -> str:
        """The plot a metric goes in: its catalogue unit (NPS with the percentages)."""
        unit = catalogue.unit_of(key) or "other"
        return _SHARED_AXIS.get(unit, unit)

    def _layout_for(self, dated: bool) -> tuple:
        """What decides the plots' structure: the unit groups with their metrics, and the axis kind."""
        groups: dict[str, list[str]] = {}
        for key in self.selected_metrics():
            groups.setdefault(self.unit_of(key), []).append(key)
        return dated, tuple((unit, tuple(keys)) for unit, keys in groups.items())

    def _redraw(self) -> None:
        """Plots are built once per layout; new numbers for the same layout only update the curves
        (``setData``), so typing does not tear down and rebuild graphics items on every pause."""
        if self.frame is None or not len(self.frame):
            self._clear_plots()
            return
        self.labels = [str(p) for p in self.frame["period"]]
        stamps = period_timestamps(self.labels)
        self.x = stamps if stamps is not None else np.arange(len(self.labels), dtype=float)
        layout = self._layout_for(stamps is not None)
        if layout != self._layout:
            self.plot.build(layout, self.thresholds, self.currency)
            self._layout = layout
            self._clear_readout()
        ticks = self._period_ticks(stamps)
        for item in self.plot.plots:
            item.getAxis("bottom").setTicks(ticks)
        for key, curve in self.plot.curves.items():
            curve.setData(self.x, self.frame[key].to_numpy(dtype=float), connect="finite")
        _dated, groups = layout
        for item, (_unit, keys) in zip(self.plot.plots, groups):
            self._fit_y(item, keys)
            item.enableAutoRange(x=True)
        self.plot.fit_axis_widths()
        self._place_window_bands()

    def _place_window_bands(self) -> None:
        rows = self.window_rows
        show = bool(rows) and rows[-1] < len(self.x)
        for band in self.plot.window_bands:
            if show:
                half = (self.x[1] - self.x[0]) / 2 if len(self.x) > 1 else 0.5
                band.setRegion((self.x[rows[0]] - half, self.x[rows[-1]] + half))
            band.setVisible(show)

    def _label_room(self) -> int:
        """How many period texts fit side by side under the plot (at most 12): "sept. 2024" next to
        "nov." ran into each other on a narrow plot."""
        if not self.plot.isVisible():
            return 12  # not laid out yet: the resize on showing sets the ticks again
        text = max((self.labels[i] for i in range(len(self.labels))), key=len, default="")
        widest = max(self.fontMetrics().horizontalAdvance("sept. 2024"), self.fontMetrics().horizontalAdvance(text))
        room = max(0, self.plot.width() - 90)  # the left axis with its title
        return max(2, min(12, room // (widest + 16)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.frame is not None and len(self.frame) and self.plot.plots:
            stamps = period_timestamps(self.labels)
            ticks = self._period_ticks(stamps)
            for item in self.plot.plots:
                item.getAxis("bottom").setTicks(ticks)

    def _period_ticks(self, stamps: np.ndarray | None) -> list:
        """A tick on every period, a text on about a dozen: month names in the interface language."""
        n = len(self.labels)
        step = max(1, -(-n // self._label_room()))
        if stamps is not None and step > 1:
            step = next((k for k in (2, 3, 4, 6, 12) if k >= step), step)  # months that keep January
        if stamps is None:
            return [[(i, self.labels[i]) for i in range(0, n, step)]]
        spacing = float(stamps[1] - stamps[0]) * step if n > 1 else 365 * 86400.0
        major = [(float(stamps[i]), LocaleDateAxis.date_text(stamps[i], spacing, i == 0)) for i in range(0, n, step)]
        minor = [(float(stamps[i]), "") for i in range(n) if i % step]
        return [major, minor]

    def _fit_y(self, item: pg.PlotItem, keys: tuple[str, ...]) -> None:
        """The y range holds the data and the limit lines, with headroom for the limits' labels."""
        values = [self.frame[k].to_numpy(dtype=float) for k in keys if k in self.frame.columns]
        ys = np.concatenate(values) if values else np.array([])
        ys = ys[np.isfinite(ys)]
        limits = [v for k in keys if (v := threshold_value(k, self.thresholds)) is not None]
        both = np.concatenate([ys, np.array(limits, dtype=float)])
        if not len(both):
            item.enableAutoRange(y=True)
            return
        lo, hi = float(both.min()), float(both.max())
        if hi == lo:
            lo, hi = lo - max(1.0, abs(lo) * 0.1), hi + max(1.0, abs(hi) * 0.1)
        pad = (hi - lo) * 0.08
        item.setYRange(lo - pad, hi + pad * 2, padding=0)

    def _clear_plots(self) -> None:
        self.plot.clear_plots()
        self._layout = None
        self._clear_readout()

    def _on_plot_mouse_moved(self, pos) -> None:
        if not len(self.x) or not self.plot.curves:
            return
        for item in self.plot.plots:
            if item.sceneBoundingRect().contains(pos):
                x = item.vb.mapSceneToView(pos).x()
                self.show_readout(int(np.argmin(np.abs(self.x - x))))
                return

    def show_readout(self, i: int) -> None:
        """Values of every plotted metric at period ``i``, in the read-out line."""
        if not self.plot.curves or not 0 <= i < len(self.x) or i >= len(self.labels):
            return
        for vline in self.plot.vlines:
            vline.setPos(self.x[i])
            vline.show()
        parts = [f"<b>{self.labels[i]}</b>"]
        for key, curve in self.plot.curves.items():
            y = curve.getData()[1]
            v = y[i] if y is not None and i < len(y) else np.nan
            parts.append(f"{metric_name(key)}: {self.plot.with_unit(key, v, self.currency)}")
        self.readout.setText(" · ".join(parts))

    def plotted_frame(self) -> pd.DataFrame:
        """The plotted numbers (for CSV export)."""
        if self.frame is None:
            return pd.DataFrame()
        return self.frame[["period", *self.plot.curves.keys()]].copy()
