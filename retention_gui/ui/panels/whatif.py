"""What-if: what better retention is worth (METRICS.md section 6), with three controls a person can turn.

The baseline comes from the current analysis (typed or imported) through
:func:`retention_gui.pipeline.whatif_for`; the core is small, so every change
of a control recomputes at once. The plots are built once and only get new
numbers with ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InputError
from ...core.whatif import HORIZON, WhatIfChanges, WhatIfResult
from ...pipeline import Analysis, whatif_for
from .numbers import DASH, display_currency, english_plural, fill, grouped_locale, money, number, percent, signed

__all__ = ["WhatIfPanel", "MoneyAxis", "DEFAULT_CHANGES"]

# The scenario a new panel starts with: one point less churn says at once what retention is worth.
DEFAULT_CHANGES = WhatIfChanges(churn_down_points=1.0)

BASELINE_COLOUR = "#6b6b6b"
CUSTOMERS_COLOUR = "#1f77b4"
REVENUE_COLOUR = "#1f77b4"
PROFIT_COLOUR = "#2ca02c"
GAIN_COLOUR = "#1b7f3b"
LOSS_COLOUR = "#b23c00"
TEXT_COLOUR = "#222222"
AXIS_COLOUR = "#555555"

# Table rows: (key, needs a known margin).
ROWS: tuple[tuple[str, bool], ...] = (("customers", False), ("revenue", False), ("profit", True), ("clv", False))


class MoneyAxis(pg.AxisItem):
    """A value axis that writes whole numbers with the locale's thousands separator (``1.250.000``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        loc = grouped_locale()
        decimals = 0 if spacing * scale >= 1 else 2
        return [loc.toString(float(v) * scale, "f", decimals) for v in values]


def _axis_style(axis: pg.AxisItem) -> None:
    axis.setPen(pg.mkPen(AXIS_COLOUR))
    axis.setTextPen(pg.mkPen(TEXT_COLOUR))


class WhatIfPanel(QWidget):
    """Baseline against a scenario: controls, a sentence in words, a short table and two plots.

    ``result`` holds the core's :class:`~retention_gui.core.whatif.WhatIfResult`
    for the shown controls (None without an analysis); ``scenario_changed``
    says so each time it changes.
    """

    scenario_changed = Signal(object)  # WhatIfResult | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.result: WhatIfResult | None = None
        self.currency = ""

        # --- heading and baseline ---
        self.title = QLabel(self.tr("What-if: the value of better retention"))
        self.title.setObjectName("whatif_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.baseline_label = QLabel("")
        self.baseline_label.setObjectName("whatif_baseline")
        self.baseline_label.setWordWrap(True)
        self.baseline_label.setTextFormat(Qt.TextFormat.RichText)

        # --- controls ---
        self.churn_down = self._spin("whatif_churn_down", -20.0, 50.0, 0.5, self.tr(" points"),
                                     self.tr("How many percentage points lower churn is each period in the scenario "
                                             "(5 % churn down 1 point is 4 %). Negative: churn goes up."))
        self.new_up = self._spin("whatif_new_up", -100.0, 500.0, 5.0, " %",
                                 self.tr("How many percent more new customers you win each period in the scenario. "
                                         "Negative: fewer."))
        self.value_up = self._spin("whatif_value_up", -100.0, 500.0, 5.0, " %",
                                   self.tr("How many percent more an average customer spends each period in the "
                                           "scenario. Negative: less."))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("whatif_reset")
        self.reset_button.setToolTip(self.tr("Back to one point less churn and no other change"))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        controls = QGroupBox(self.tr("Your scenario"))
        form = QFormLayout(controls)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Churn down by"), self.churn_down)
        form.addRow(self.tr("New customers up by"), self.new_up)
        form.addRow(self.tr("Customer value up by"), self.value_up)
        form.addRow(self.reset_button)
        self.controls = controls

        self.sentence = QLabel("")
        self.sentence.setObjectName("whatif_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                    "border-radius: 6px; padding: 8px; }")
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sf = self.sentence.font()
        sf.setPointSizeF(sf.pointSizeF() * 1.15)
        self.sentence.setFont(sf)
        self.note = QLabel("")
        self.note.setObjectName("whatif_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #505050;")

        left = QVBoxLayout()
        left.addWidget(controls)
        left.addWidget(self.sentence)
        left.addWidget(self.note)
        left.addStretch(1)
        left_host = QWidget()
        left_host.setLayout(left)
        left_host.setFixedWidth(320)
        left.setContentsMargins(0, 0, 0, 0)

        # --- plots, built once ---
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setObjectName("whatif_plot")
        self.plot.setBackground("w")
        self.plot.setMinimumHeight(260)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.legends: dict[str, pg.LegendItem] = {}
        self.gaps: dict[str, pg.FillBetweenItem] = {}
        self._titles: tuple | None = None
        self.customers_plot = self._add_plot(0, pg.AxisItem("left"), "customers", self.tr("Customers"))
        self.money_plot = self._add_plot(1, MoneyAxis("left"), "money", "")
        self.money_plot.setXLink(self.customers_plot)
        self._profit_shown = False
        self._build_curves()

        # --- table ---
        self.table = QTableWidget(len(ROWS), 3)
        self.table.setObjectName("whatif_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._retitle_table(HORIZON, "")
        for row in range(len(ROWS)):
            for col in range(3):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._fit_table()

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plot, 1)
        right.addWidget(self.table)
        right_host = QWidget()
        right_host.setLayout(right)
        results = QHBoxLayout()
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(left_host)
        results.addWidget(right_host, 1)
        results_page = QWidget()
        results_page.setLayout(results)

        # --- the reason page: no numbers, what is missing ---
        self.reason_label = QLabel("")
        self.reason_label.setObjectName("whatif_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reason_label.setMaximumWidth(760)
        rf = self.reason_label.font()
        rf.setPointSizeF(rf.pointSizeF() * 1.15)
        self.reason_label.setFont(rf)
        reason_page = QWidget()
        rp = QVBoxLayout(reason_page)
        rp.addWidget(self.reason_label)
        rp.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(results_page)
        self.pages.addWidget(reason_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.baseline_label)
        outer.addWidget(self.pages, 1)

        for spin in (self.churn_down, self.new_up, self.value_up):
            spin.valueChanged.connect(self._on_control_value_changed)
        self.show_analysis(None)

    # --- building ---

    def _spin(self, name: str, lo: float, hi: float, step: float, suffix: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setDecimals(1)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setToolTip(tip)
        spin.setAccelerated(True)
        spin.setMinimumWidth(150)
        return spin

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
        self._profit_shown = with_profit

    def _retitle_table(self, horizon: int, unit: str) -> None:
        # Axis titles are rich text (slow to set): only when the period length or the currency changes.
        key = (horizon, unit, self._frequency())
        if key == self._titles:
            return
        self._titles = key
        self.table.setHorizontalHeaderLabels([self.tr("Baseline"), self.tr("Scenario"), self.tr("Difference")])
        span = self._span(horizon)
        labels = {
            "customers": fill(self.tr("Customers after %1"), span),
            "revenue": fill(self.tr("Revenue over %1"), span),
            "profit": fill(self.tr("Profit over %1"), span),
            "clv": self.tr("Customer lifetime value (CLV)"),
        }
        self.table.setVerticalHeaderLabels([labels[key] for key, _ in ROWS])
        self.money_plot.setLabel("bottom", self._axis_title(horizon), color=TEXT_COLOUR)
        self.money_plot.setLabel("left", fill(self.tr("Amount (%1)"), unit) if unit else self.tr("Amount"),
                                 color=TEXT_COLOUR)

    def _fit_table(self) -> None:
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                height += self.table.rowHeight(row)
        self.table.setFixedHeight(height)

    # --- words that depend on the period length ---

    def _frequency(self) -> str:
        return self.analysis.settings.frequency if self.analysis is not None else ""

    def _span(self, n: int) -> str:
        """``12 months`` for the analysis's period length (short, for the table's row names)."""
        freq = self._frequency()
        if freq == "month":
            return english_plural(self.tr("%n month(s)", "", n), n)
        if freq == "week":
            return english_plural(self.tr("%n week(s)", "", n), n)
        if freq == "quarter":
            return english_plural(self.tr("%n quarter(s)", "", n), n)
        if freq == "year":
            return english_plural(self.tr("%n year(s)", "", n), n)
        return english_plural(self.tr("%n period(s)", "", n), n)

    def _ahead(self, n: int) -> str:
        """``the next 12 months`` for the analysis's period length."""
        freq = self._frequency()
        if freq == "month":
            return english_plural(self.tr("the next %n month(s)", "", n), n)
        if freq == "week":
            return english_plural(self.tr("the next %n week(s)", "", n), n)
        if freq == "quarter":
            return english_plural(self.tr("the next %n quarter(s)", "", n), n)
        if freq == "year":
            return english_plural(self.tr("the next %n year(s)", "", n), n)
        return english_plural(self.tr("the next %n period(s)", "", n), n)

    def _axis_title(self, n: int) -> str:
        freq = self._frequency()
        if freq == "month":
            return self.tr("Months ahead")
        if freq == "week":
            return self.tr("Weeks ahead")
        if freq == "quarter":
            return self.tr("Quarters ahead")
        if freq == "year":
            return self.tr("Years ahead")
        return self.tr("Periods ahead")

    # --- state ---

    def changes(self) -> WhatIfChanges:
        """The scenario the controls show."""
        return WhatIfChanges(self.churn_down.value(), self.new_up.value(), self.value_up.value())

    def set_changes(self, changes: WhatIfChanges) -> None:
        """Show a scenario (e.g. from a saved project) and recompute once."""
        for spin, value in ((self.churn_down, changes.churn_down_points), (self.new_up, changes.new_customers_up_pct),
                            (self.value_up, changes.customer_value_up_pct)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._recompute()

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show the what-if for ``analysis``; None clears every number, curve, text and control.

        The controls keep the user's scenario from one analysis to the next, unless the analysis
        carries one of its own (``analysis.what_if``, e.g. from a saved project).
        """
        self.analysis = analysis
        if analysis is None:
            self.currency = ""
            self.set_changes(DEFAULT_CHANGES)
            return
        self.currency = display_currency(analysis.settings.currency)
        if analysis.what_if is not None and analysis.what_if.changes != self.changes():
            # A scenario that came with the analysis (an opened project) is the one to show.
            self.set_changes(analysis.what_if.changes)
            return
        self._recompute()

    def _on_control_value_changed(self, _value: float) -> None:
        self._recompute()

    def _on_reset_button_clicked(self) -> None:
        self.set_changes(DEFAULT_CHANGES)

    def _recompute(self) -> None:
        if self.analysis is None:
            self.result = None
        else:
            try:
                self.result = whatif_for(self.analysis, self.churn_down.value(), self.new_up.value(),
                                         self.value_up.value())
            except InputError:  # the spin boxes' ranges keep the changes allowed; never crash on a slip
                self.result = None
        self._show_result()
        self.scenario_changed.emit(self.result)

    # --- showing ---

    def _clear_numbers(self) -> None:
        for c in self.curves.values():
            c.setData([], [])
        for gap in self.gaps.values():
            gap.setVisible(False)
        for row in range(self.table.rowCount()):
            for col in range(3):
                item = self.table.item(row, col)
                item.setText("")
                item.setForeground(QColor(TEXT_COLOUR))
        self.sentence.setText("")
        self.note.setText("")
        self.baseline_label.setText("")

    def _show_result(self) -> None:
        r = self.result
        self._retitle_table(HORIZON, self.currency)
        for spin in (self.churn_down, self.new_up, self.value_up):
            spin.setEnabled(r is not None and r.ok)
        self.reset_button.setEnabled(r is not None and r.ok)
        if r is None:
            self._clear_numbers()
            self.reason_label.setText(
                self.tr("<b>Nothing to project yet.</b><br>Type your figures or import a spreadsheet to see "
                        "what better retention is worth.") if self.analysis is None else "")
            self.pages.setCurrentIndex(1)
            return
        if not r.ok:
            self._clear_numbers()
            heading = self.tr("Not enough data for a what-if.")
            self.reason_label.setText(f"<b>{heading}</b><br>{self.reason_text(r.reason)}")
            self.pages.setCurrentIndex(1)
            return
        self.reason_label.setText("")
        self.pages.setCurrentIndex(0)
        assert r.baseline is not None and r.scenario is not None
        margin_known = r.inputs.periods_used.get("gross_margin_pct", 0) > 0
        self.baseline_label.setText(self._baseline_text(r, margin_known))
        self._show_plots(r, margin_known)
        self._show_table(r, margin_known)
        self.sentence.setText(self.sentence_text(r, margin_known))
        self.note.setText("" if margin_known else self.tr(
            "Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs."))

    def reason_text(self, code: str | None) -> str:
        """What data is missing, for a reason code of :data:`retention_gui.core.whatif.REASONS`."""
        texts = {
            "no_churn": self.tr("No period has a churn rate. It needs the customers at the start of a period and "
                                "either the lost customers, or the new customers and the customers at the end. "
                                "Add those figures for at least one period."),
            "no_new_customers": self.tr("No period has new customers. Add how many new customers each period "
                                        "brought, or import your orders and they are counted for you."),
            "no_customer_value": self.tr("No period has a customer value. It needs the revenue, the orders and the "
                                         "active customers of at least one period."),
            "no_customers_end": self.tr("No period has the customers at the end. Add how many customers you had "
                                        "at the end of each period."),
            "churn_above_100": self.tr("The average churn rate is above 100 % - more customers lost than there "
                                       "were - so a projection would make no sense. Check the lost customers."),
        }
        return texts.get(code or "", code or "")

    def _baseline_text(self, r: WhatIfResult, margin_known: bool) -> str:
        i = r.inputs
        n = max(i.periods_used.get("churn_pct", 0), i.periods_used.get("new_customers", 0),
                i.periods_used.get("customer_value", 0))
        head = english_plural(self.tr("Starting point, the average of your last %n period(s)", "", n), n)
        if i.last_period:
            head = fill(self.tr("%1 up to %2"), head, i.last_period)
        parts = [
            fill(self.tr("churn %1 per period"), percent(i.churn_pct)),
            fill(self.tr("%1 new customers per period"), number(i.new_customers)),
            fill(self.tr("customer value %1 per period"), money(i.customer_value, self.currency, 2)),
            fill(self.tr("%1 customers now"), number(i.customers_start)),
        ]
        if margin_known:
            parts.append(fill(self.tr("gross margin %1"), percent(i.gross_margin_pct)))
        return f"{head}: " + ", ".join(parts) + "."

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

    def _show_table(self, r: WhatIfResult, margin_known: bool) -> None:
        assert r.baseline is not None and r.scenario is not None
        b, s, d = r.baseline, r.scenario, r.difference
        assert d is not None
        values = {
            "customers": (b.customers[-1], s.customers[-1], s.customers[-1] - b.customers[-1], number),
            "revenue": (b.totals["revenue"], s.totals["revenue"], d["totals"]["revenue"], self._money),
            "profit": (b.totals["profit"], s.totals["profit"], d["totals"]["profit"], self._money),
            "clv": (b.clv, s.clv, d["clv"], self._money),
        }
        for row, (key, needs_margin) in enumerate(ROWS):
            self.table.setRowHidden(row, needs_margin and not margin_known)
            base, scen, diff, fmt = values[key]
            self.table.item(row, 0).setText(fmt(base))
            self.table.item(row, 1).setText(fmt(scen))
            diff_text = signed(fmt(diff), diff)
            item = self.table.item(row, 2)
            item.setText(diff_text)
            shown = None if diff is None else round(float(diff))
            colour = GAIN_COLOUR if shown and shown > 0 else LOSS_COLOUR if shown and shown < 0 else TEXT_COLOUR
            item.setForeground(QColor(colour))
        self._fit_table()

    def _money(self, value: float | None) -> str:
        return money(value, self.currency) if value is not None else DASH

    # --- the sentence ---

    def _change_phrases(self, c: WhatIfChanges) -> list[str]:
        phrases = []
        points = abs(c.churn_down_points)
        pts = number(points, None)
        if c.churn_down_points > 0:
            phrases.append(self.tr("keeping 1 percentage point more of your customers each period") if points == 1
                           else fill(self.tr("keeping %1 percentage points more of your customers each period"), pts))
        elif c.churn_down_points < 0:
            phrases.append(self.tr("losing 1 percentage point more of your customers each period") if points == 1
                           else fill(self.tr("losing %1 percentage points more of your customers each period"), pts))
        up = percent(abs(c.new_customers_up_pct), None)
        if c.new_customers_up_pct > 0:
            phrases.append(fill(self.tr("winning %1 more new customers"), up))
        elif c.new_customers_up_pct < 0:
            phrases.append(fill(self.tr("winning %1 fewer new customers"), up))
        up = percent(abs(c.customer_value_up_pct), None)
        if c.customer_value_up_pct > 0:
            phrases.append(fill(self.tr("customers spending %1 more"), up))
        elif c.customer_value_up_pct < 0:
            phrases.append(fill(self.tr("customers spending %1 less"), up))
        return phrases

    def sentence_text(self, r: WhatIfResult, margin_known: bool) -> str:
        """One sentence in words: what the non-zero controls are worth over the horizon."""
        phrases = self._change_phrases(r.changes)
        if not phrases:
            return self.tr("Change a number under <b>Your scenario</b> to see what it is worth.")
        if len(phrases) == 1:
            what = phrases[0]
        else:
            what = fill(self.tr("%1 and %2"), ", ".join(phrases[:-1]), phrases[-1])
        what = what[:1].upper() + what[1:]
        d = r.difference
        assert d is not None and r.baseline is not None
        ahead = self._ahead(len(r.baseline.customers))
        revenue = float(d["totals"]["revenue"])
        profit = float(d["totals"]["profit"])
        key = profit if margin_known else revenue
        if round(key) == 0:
            return fill(self.tr("%1 changes nothing over %2 (churn cannot go below 0 %)."), what, ahead)
        amount = f"<b>{money(abs(key), self.currency)}</b>"
        if margin_known:
            other = money(abs(revenue), self.currency)
            template = (self.tr("%1 is worth %2 in profit (%3 in revenue) over %4.") if key > 0
                        else self.tr("%1 costs %2 in profit (%3 in revenue) over %4."))
            return fill(template, what, amount, other, ahead)
        template = (self.tr("%1 is worth %2 in revenue over %3.") if key > 0
                    else self.tr("%1 costs %2 in revenue over %3."))
        return fill(template, what, amount, ahead)

