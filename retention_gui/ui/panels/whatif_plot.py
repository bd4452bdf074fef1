"""The what-if's two plots (customers; revenue and profit), baseline against scenario: built once, then new numbers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy

from ...core.whatif import HORIZON, WhatIfResult
from .numbers import grouped_locale

__all__ = ["MoneyAxis", "WhatIfPlots"]

BASELINE_COLOUR = "#6b6b6b"
CUSTOMERS_COLOUR = "#1f77b4"
REVENUE_COLOUR = "#1f77b4"
PROFIT_COLOUR = "#2ca02c"
GAIN_COLOUR = "#1b7f3b"
LOSS_COLOUR = "#b23c00"
TEXT_COLOUR = "#222222"
AXIS_COLOUR = "#555555"


class MoneyAxis(pg.AxisItem):
    """A value axis that writes whole numbers with the locale's thousands separator (``1.250.000``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        loc = grouped_locale()
        decimals = 0 if spacing * scale >= 1 else 2
        return [loc.toString(float(v) * scale, "f", decimals) for v in values]


def _axis_style(axis: pg.AxisItem) -> None:
    axis.setPen(pg.mkPen(AXIS_COLOUR))
    axis.setTextPen(pg.mkPen(TEXT_COLOUR))


class WhatIfPlots:
    """The plot part of :class:`~retention_gui.ui.panels.whatif.WhatIfPanel` (a mixin of it).

    Its ``self.tr`` texts are looked up under the panel's class name too (PySide6 tries each class of the MRO).
    """

    def _build_plots(self) -> None:
        """The plot widget with both plots, their curves, shaded gaps and legends; empty until a result."""
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setObjectName("whatif_plot")
        self.plot.setBackground("w")
        self.plot.setMinimumHeight(260)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.legends: dict[str, pg.LegendItem] = {}
        self.gaps: dict[str, pg.FillBetweenItem] = {}
        self.customers_plot = self._add_plot(0, pg.AxisItem("left"), "customers", self.tr("Customers"))
        self.money_plot = self._add_plot(1, MoneyAxis("left"), "money", "")
        self.money_plot.setXLink(self.customers_plot)
        self._profit_shown = False
        self._build_curves()

    def _add_plot(self, row: int, left: pg.AxisItem, key: str, y_title: str) -> pg.PlotItem:
        bottom = pg.AxisItem("bottom")
        item = self.plot.addPlot(row=row, col=0, axisItems={"left": left, "bottom": bottom})
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            _axis_style(axis)
            axis.enableAutoSIPrefix(False)
        item.getAxis("left").setWidth(88)
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in range(1, HORIZON + 1)]])
        item.setLabel("left", y_title, color=TEXT_COLOUR)
        # The legend sits in its own column, beside the plot, so it never covers a curve.
        legend = pg.LegendItem(offset=None, labelTextColor=TEXT_COLOUR, brush=pg.mkBrush(255, 255, 255, 0))
        # Kept at its own size at the top of its cell, instead of stretched over the plot's height.
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.plot.addItem(legend, row=row, col=1)
        self.plot.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legends[key] = legend
        return item

    def _build_curves(self) -> None:
        def curve(plot: pg.PlotItem, key: str, colour: str, dashed: bool) -> pg.PlotDataItem:
            pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            c = plot.plot([], [], pen=pen, symbol="o", symbolSize=5, symbolBrush=colour, symbolPen=colour)
            self.curves[key] = c
            return c

        curve(self.customers_plot, "customers_baseline", BASELINE_COLOUR, True)
        curve(self.customers_plot, "customers_scenario", CUSTOMERS_COLOUR, False)
        curve(self.money_plot, "revenue_baseline", BASELINE_COLOUR, True)
        curve(self.money_plot, "revenue_scenario", REVENUE_COLOUR, False)
        curve(self.money_plot, "profit_baseline", "#9a9a9a", True)
        curve(self.money_plot, "profit_scenario", PROFIT_COLOUR, False)
        # The gap between baseline and scenario is what the change is worth: shade it.
        for key, colour in (("customers", CUSTOMERS_COLOUR), ("revenue", REVENUE_COLOUR), ("profit", PROFIT_COLOUR)):
            gap = pg.FillBetweenItem(self.curves[f"{key}_baseline"], self.curves[f"{key}_scenario"],
                                     brush=pg.mkBrush(QColor(colour).red(), QColor(colour).green(),
                                                      QColor(colour).blue(), 40))
            gap.setVisible(False)  # an emptied curve leaves its old fill behind: shown only with numbers
            self.gaps[key] = gap
            (self.customers_plot if key == "customers" else self.money_plot).addItem(gap)
        legend = self.legends["customers"]
        legend.addItem(self.curves["customers_scenario"], self.tr("Scenario"))
        legend.addItem(self.curves["customers_baseline"], self.tr("Baseline"))
        self._fill_money_legend(False)

    def _fill_money_legend(self, with_profit: bool) -> None:
        legend = self.legends["money"]
        legend.clear()
        legend.addItem(self.curves["revenue_scenario"], self.tr("Revenue, scenario"))
        legend.addItem(self.curves["revenue_baseline"], self.tr("Revenue, baseline"))
        if with_profit:
            legend.addItem(self.curves["profit_scenario"], self.tr("Profit, scenario"))
            legend.addItem(self.curves["profit_baseline"], self.tr("Profit, baseline"))

    def _show_plots(self, r: WhatIfResult, margin_known: bool) -> None:
        assert r.baseline is not None and r.scenario is not None
        x = np.arange(1, len(r.baseline.customers) + 1, dtype=float)
        self.curves["customers_baseline"].setData(x, r.baseline.customers)
        self.curves["customers_scenario"].setData(x, r.scenario.customers)
        self.curves["revenue_baseline"].setData(x, r.baseline.revenue)
        self.curves["revenue_scenario"].setData(x, r.scenario.revenue)
        if margin_known:
            self.curves["profit_baseline"].setData(x, r.baseline.profit)
            self.curves["profit_scenario"].setData(x, r.scenario.profit)
        else:
            self.curves["profit_baseline"].setData([], [])
            self.curves["profit_scenario"].setData([], [])
        self.gaps["customers"].setVisible(True)
        self.gaps["revenue"].setVisible(True)
        self.gaps["profit"].setVisible(margin_known)
        if margin_known != self._profit_shown:
            self._fill_money_legend(margin_known)
        for plot in (self.customers_plot, self.money_plot):
            plot.enableAutoRange()
            plot.setXRange(0.5, len(x) + 0.5, padding=0)
