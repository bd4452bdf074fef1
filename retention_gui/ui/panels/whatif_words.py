"""The what-if in words: the result table, the starting point, the sentence, the reasons, period-length names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem

from ...core.whatif import HORIZON, WhatIfChanges, WhatIfResult
from .numbers import DASH, english_plural, fill, money, number, percent, signed
from .whatif_plot import GAIN_COLOUR, LOSS_COLOUR, TEXT_COLOUR

__all__ = ["ROWS", "WhatIfWords"]

# Table rows: (key, needs a known margin).
ROWS: tuple[tuple[str, bool], ...] = (("customers", False), ("revenue", False), ("profit", True), ("clv", False))


class WhatIfWords:
    """The table and text part of :class:`~retention_gui.ui.panels.whatif.WhatIfPanel` (a mixin of it).

    Its ``self.tr`` texts are looked up under the panel's class name too (PySide6 tries each class of the MRO).
    """

    def _build_table(self) -> None:
        """The baseline / scenario / difference table, one row per figure, sized to its rows."""
        self._titles: tuple | None = None
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
