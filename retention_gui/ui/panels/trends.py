"""Trend plots over periods (pyqtgraph): metric picker, date axis, hover read-out, legend, PNG/CSV export."""

from __future__ import annotations

import datetime as dt
import re

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
from ...messages import metric_name
from ...pipeline import Analysis
from ..formatting import format_value

__all__ = ["TrendsPanel", "period_timestamps", "PLOTTABLE"]

PLOTTABLE: tuple[str, ...] = catalogue.plottable_keys()
# NPS (-100..100) shares the percent plot; every other unit has a plot of its own.
_SHARED_AXIS = {"score": "percent"}
DEFAULT_METRICS = ("crr_pct", "churn_pct")
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


def period_timestamps(labels: list[str]) -> np.ndarray | None:
    """Unix seconds of each period's first day, or None if any label is not a period label."""
    out = []
    for label in labels:
        s = str(label)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
            d = dt.date(int(m[1]), int(m[2]), 1)
        elif m := re.fullmatch(r"(\d{4})-Q([1-4])", s):
            d = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        elif m := re.fullmatch(r"(\d{4})-W(\d{2})", s):
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        elif m := re.fullmatch(r"(\d{4})", s):
            d = dt.date(int(m[1]), 1, 1)
        else:
            return None
        out.append(dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc).timestamp())
    return np.array(out, dtype=float)


class TrendsPanel(QWidget):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.x: np.ndarray = np.array([])
        self.labels: list[str] = []
        self.user_choice: list[str] = []  # what the user ticked; kept across new data
        self._layout: tuple | None = None  # see _layout_for
        self._pool: dict[bool, list[pg.PlotItem]] = {}  # see _plot_item
        self.picker = QListWidget()
        self.picker.setObjectName("metric_picker")
        self.picker.setToolTip(self.tr("Tick the figures to plot"))
        self.picker.setMaximumWidth(240)
        self.picker.setMinimumWidth(200)
        self.picker.itemChanged.connect(self._on_picker_item_changed)
        # One plot per kind of unit (percent, money, customers, days), sharing the time axis,
        # so revenue in the hundred thousands does not flatten a churn rate of 5 %.
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setBackground("w")
        self.plot.setObjectName("trend_plot")
        self.plots: list[pg.PlotItem] = []
        self._available: list[str] = []
        self._readout_hint = self.tr("Move the mouse over the plot to read the values.")
        self.readout = QLabel(self._readout_hint)
        self.readout.setObjectName("readout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.vlines: list[pg.InfiniteLine] = []
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
        self.readout.setText(self._readout_hint)
        for vline in self.vlines:
            vline.hide()
        self._redraw()

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
            self._build_plots(layout)
        for item in self.plots:
            if stamps is None:
                step = max(1, len(self.labels) // 12)
                item.getAxis("bottom").setTicks([[(i, self.labels[i]) for i in range(0, len(self.labels), step)]])
        for key, curve in self.curves.items():
            curve.setData(self.x, self.frame[key].to_numpy(dtype=float), connect="finite")
        for item in self.plots:
            item.enableAutoRange()

    def _clear_plots(self) -> None:
        self.plot.clear()  # out of the layout and scene; the pool keeps the items for reuse
        self.plots = []
        self.vlines = []
        self.curves.clear()
        self._layout = None

    def _plot_item(self, dated: bool, row: int) -> pg.PlotItem:
        """The ``row``-th plot of this axis kind, from the pool: a PlotItem (view box, axes, legend)
        costs far more to build than to reuse when the layout changes (New, another import)."""
        pool = self._pool.setdefault(dated, [])
        while len(pool) <= row:
            bottom = pg.DateAxisItem(orientation="bottom", utcOffset=0) if dated else pg.AxisItem("bottom")
            item = pg.PlotItem(axisItems={"bottom": bottom})
            item.showGrid(x=True, y=True, alpha=0.25)
            item.addLegend(offset=(10, 5), labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 200))
            vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#999", style=Qt.PenStyle.DashLine))
            item.addItem(vline, ignoreBounds=True)
            item.vline = vline
            pool.append(item)
        return pool[row]

    def _build_plots(self, layout: tuple) -> None:
        self._clear_plots()
        self._layout = layout
        dated, groups = layout
        colour_index = 0
        for row, (_unit, keys) in enumerate(groups):
            item = self._plot_item(dated, row)
            for old in item.listDataItems():
                item.removeItem(old)
            item.legend.clear()
            self.plot.addItem(item, row=row, col=0)
            item.setXLink(self.plots[0] if self.plots else None)
            for key in keys:
                colour = COLOURS[colour_index % len(COLOURS)]
                colour_index += 1
                self.curves[key] = item.plot(name=metric_name(key), pen=pg.mkPen(colour, width=2),
                                             symbol="o", symbolSize=6, symbolBrush=colour)
            item.vline.hide()
            self.vlines.append(item.vline)
            self.plots.append(item)

    def _on_plot_mouse_moved(self, pos) -> None:
        if not len(self.x) or not self.curves:
            return
        for item in self.plots:
            if item.sceneBoundingRect().contains(pos):
                x = item.vb.mapSceneToView(pos).x()
                self.show_readout(int(np.argmin(np.abs(self.x - x))))
                return

    def show_readout(self, i: int) -> None:
        """Values of every plotted metric at period ``i``, in the read-out line."""
        for vline in self.vlines:
            vline.setPos(self.x[i])
            vline.show()
        parts = [f"<b>{self.labels[i]}</b>"]
        for key, curve in self.curves.items():
            y = curve.getData()[1]
            v = y[i] if i < len(y) else np.nan
            parts.append(f"{metric_name(key)}: {format_value(key, v)}")
        self.readout.setText(" · ".join(parts))

    def plotted_frame(self) -> pd.DataFrame:
        """The plotted numbers (for CSV export)."""
        if self.frame is None:
            return pd.DataFrame()
        return self.frame[["period", *self.curves.keys()]].copy()
