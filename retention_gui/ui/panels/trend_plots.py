"""The Trends tab's plot area: one pyqtgraph plot per kind of unit (percent, money, customers, days)
on a shared time axis, built from a pool of reusable plot items. Each plot has its legend as a title
row above the data, an axis title with its unit, the dashed warning limits of its figures and, on the
retention plot, the shaded first churn window of order data."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from ...core import catalogue
from ...messages import metric_name
from ..formatting import format_value
from .plot_axes import LocaleDateAxis, NumberAxis

__all__ = ["TrendPlots", "threshold_value", "COLOURS"]

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


def threshold_value(key: str, thresholds: dict[str, float] | None) -> float | None:
    """The warning limit drawn on ``key``'s plot (churn 7 %, DSO 45 days, NPS 0, NRR 100 %), or None."""
    name = catalogue.metric(key).threshold_key
    if name is None or not thresholds or name not in thresholds:
        return None
    return float(thresholds[name])


class TrendPlots(pg.GraphicsLayoutWidget):
    """The plots of one layout (see :meth:`build`) and what is drawn in them: ``plots`` top to bottom,
    ``curves`` and ``threshold_lines`` by metric key, the first-window ``window_bands``, and the
    read-out's vertical markers ``vlines``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setObjectName("trend_plot")
        self.plots: list[pg.PlotItem] = []
        self.curves: dict[str, pg.PlotDataItem] = {}
        # metric key -> its dashed limit line (in the plot of its unit); rebuilt with the plots.
        self.threshold_lines: dict[str, pg.InfiniteLine] = {}
        self.window_bands: list[pg.LinearRegionItem] = []
        self.vlines: list[pg.InfiniteLine] = []
        self._pool: dict[bool, list[pg.PlotItem]] = {}  # see _plot_item

    def clear_plots(self) -> None:
        for item in self.plots:
            for line in list(getattr(item, "limit_lines", [])):
                item.removeItem(line)
            item.limit_lines = []
        self.threshold_lines.clear()
        self.window_bands = []
        self.clear()  # out of the layout and scene; the pool keeps the items for reuse
        self.plots = []
        self.vlines = []
        self.curves.clear()

    def axis_title(self, unit: str, keys: tuple[str, ...], currency: str) -> str:
        """The y axis's title with its unit."""
        if unit == "percent":
            if set(keys) == {"nps"}:
                return self.tr("NPS")
            return self.tr("Percent (%) / NPS") if "nps" in keys else self.tr("Percent (%)")
        if unit == "money":
            return self.tr("Amount (%1)").replace("%1", currency) if currency else self.tr("Amount")
        if unit == "days":
            return self.tr("Days")
        if unit == "count":
            customers = {"customers_start", "customers_end", "new_customers", "lost_customers", "active_customers"}
            return self.tr("Customers") if set(keys) <= customers else self.tr("Number")
        if unit == "score":
            return self.tr("NPS")
        return ""

    def with_unit(self, key: str, value: float, currency: str) -> str:
        """A value as the read-out shows it: ``12.3 %``, ``1,234.50 kr.``, ``45.0 days``."""
        text = format_value(key, value, currency=currency)
        if catalogue.unit_of(key) == "days" and text != "–":
            return self.tr("%1 days").replace("%1", text)
        return text

    def _plot_item(self, dated: bool, row: int) -> pg.PlotItem:
        """The ``row``-th plot of this axis kind, from the pool: a PlotItem (view box, axes, legend)
        costs far more to build than to reuse when the layout changes (New, another import)."""
        pool = self._pool.setdefault(dated, [])
        while len(pool) <= row:
            bottom = LocaleDateAxis("bottom") if dated else NumberAxis("bottom")
            item = pg.PlotItem(axisItems={"bottom": bottom, "left": NumberAxis("left")})
            item.showGrid(x=True, y=True, alpha=0.25)
            item.limit_lines = []
            vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#999", style=Qt.PenStyle.DashLine))
            item.addItem(vline, ignoreBounds=True)
            item.vline = vline
            pool.append(item)
        return pool[row]

    def build(self, layout: tuple, thresholds: dict[str, float], currency: str) -> None:
        """Plots for ``layout`` (the axis kind, then the unit groups with their metric keys), with empty
        curves: the caller sets their data."""
        self.clear_plots()
        dated, groups = layout
        colour_index = 0
        for row, (_unit, keys) in enumerate(groups):
            item = self._plot_item(dated, row)
            for old in item.listDataItems():
                item.removeItem(old)
            self.addItem(item, row=row, col=0)
            item.setXLink(self.plots[0] if self.plots else None)
            legend = []
            for key in keys:
                colour = COLOURS[colour_index % len(COLOURS)]
                colour_index += 1
                self.curves[key] = item.plot(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                                             symbolBrush=colour)
                legend.append(f"<span style='color:{colour}'>━━ {metric_name(key)}</span>")
                limit = threshold_value(key, thresholds)
                if limit is not None:
                    line = pg.InfiniteLine(
                        pos=limit, angle=0, movable=False, pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine),
                        label=self.tr("limit %1").replace("%1", self.with_unit(key, limit, currency)),
                        labelOpts={"position": 0.02, "color": "#333", "anchors": [(0, 1), (0, 1)],
                                   "fill": pg.mkBrush(255, 255, 255, 200)})
                    item.addItem(line, ignoreBounds=True)
                    item.limit_lines.append(line)
                    self.threshold_lines[key] = line
            if {"crr_pct", "churn_pct"} & set(keys):
                band = pg.LinearRegionItem(orientation="vertical", movable=False, brush=pg.mkBrush(120, 120, 120, 35),
                                           pen=pg.mkPen(None))
                pg.InfLineLabel(band.lines[0], self.tr("no one can be lost yet"), position=0.45, anchor=(-0.05, 0.5),
                                color="#555")
                band.setZValue(-10)
                band.setToolTip(self.tr("The first churn window: no customer can be counted as lost until one churn "
                                        "window after the first order, so retention is 100 % here."))
                item.addItem(band, ignoreBounds=True)
                item.limit_lines.append(band)
                self.window_bands.append(band)
            # The legend is the plot's title row: above the view box, so it never covers a line.
            item.setTitle("&nbsp;&nbsp;&nbsp;".join(legend), size="9pt", color="#222")
            bottom = item.getAxis("bottom")
            bottom.setLabel(self.tr("Period"), color="#333")
            bottom.showLabel(row == len(groups) - 1)  # one time axis title, under the lowest plot
            item.getAxis("left").setLabel(self.axis_title(_unit, keys, currency), color="#333")
            item.vline.hide()
            self.vlines.append(item.vline)
            self.plots.append(item)

    def fit_axis_widths(self) -> None:
        """One width for every y axis, wide enough for its longest tick text: pyqtgraph leaves out a
        tick text wider than its axis (a money axis lost all its numbers), and equal widths line up
        the plots' time axes."""
        widest = 0
        for item in self.plots:
            axis = item.getAxis("left")
            lo, hi = item.vb.viewRange()[1]
            span = abs(hi - lo) or 1.0
            texts = axis.tickStrings([lo, hi, (lo + hi) / 2], 1.0, span / 5)
            metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
            widest = max(widest, *(metrics.horizontalAdvance(t) for t in texts))
        for item in self.plots:
            item.getAxis("left").setWidth(widest + 38)  # tick text, tick marks and the axis title
