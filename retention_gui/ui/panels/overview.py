"""Key-figure cards: value, change, sparkline, period picker, filled-in formula tooltip, warnings, reasons."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core import catalogue
from ...messages import message_for, reason_text
from ...pipeline import Analysis
from ..explain import CARD_METRICS, filled_formula
from ..formatting import format_value, is_missing
from .card_data import (LAST12, LATEST, CardFigure, card_figure, change, first_window_periods, period_starts,
                        previous_rows)
from .metric_card import BAD, GOOD, NEUTRAL, MetricCard
from .numbers import english_plural

__all__ = ["OverviewPanel", "MetricCard"]

class OverviewPanel(QWidget):
    """The headline cards. ``warning_activated(key)``: the user clicked a card's warning."""

    warning_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.cards: dict[str, MetricCard] = {}
        self._labels: list[str] = []
        self._shown_keys: tuple[str, ...] = ()
        self.headline = QLabel("")
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.picker = QComboBox()
        self.picker.setObjectName("period_picker")
        self.picker.setToolTip(self.tr("Which period the cards show"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.currentIndexChanged.connect(self._on_picker_changed)
        self.picker_label = QLabel(self.tr("Show:"))
        self.picker_label.setBuddy(self.picker)
        self.note = QLabel("")
        self.note.setObjectName("first_window_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4d6; color: #4a3b00; border-radius: 4px; padding: 4px 6px;")
        self.note.hide()
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.picker_label)
        top.addWidget(self.picker)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(10)
        self._columns = 3  # fewer when the panel is narrow (a wide period table beside it), see resizeEvent
        for key in CARD_METRICS:
            card = MetricCard(key)
            card.warning_clicked.connect(self.warning_activated)
            self.cards[key] = card
        self._place_cards(tuple(CARD_METRICS))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addLayout(top)
        v.addWidget(self.note)
        v.addWidget(self.grid_host)
        v.addStretch(1)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- the period picker -------------------------------------------------

    def choice(self) -> str:
        """``"latest"``, ``"last12"`` or a period label."""
        data = self.picker.currentData()
        return data if isinstance(data, str) else LATEST

    def set_choice(self, choice: str) -> None:
        i = self.picker.findData(choice)
        if i >= 0:
            self.picker.setCurrentIndex(i)

    def _fill_picker(self, labels: list[str]) -> None:
        if labels == self._labels and self.picker.count():
            return
        keep = self.choice()
        self._labels = labels
        dated = period_starts(labels) is not None
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("Latest"), LATEST)
        if len(labels) > 1:
            self.picker.addItem(self.tr("Last 12 months") if dated else self.tr("Last 12 periods"), LAST12)
        for label in reversed(labels):
            self.picker.addItem(label, label)
        i = self.picker.findData(keep)
        self.picker.setCurrentIndex(i if i >= 0 else 0)
        self.picker.blockSignals(False)
        self.picker.setEnabled(len(labels) > 1)

    def _on_picker_changed(self, _index: int) -> None:
        self._refresh()

    # --- showing -----------------------------------------------------------

    def show_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        frame = analysis.periods if analysis is not None else None
        self._fill_picker([str(p) for p in frame["period"]] if frame is not None and len(frame) else [])
        self._refresh()

    def _place_cards(self, keys: tuple[str, ...], force: bool = False) -> None:
        if keys == self._shown_keys and not force:
            return
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.hide()
        n = self._columns
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < n else 0)
        for i, key in enumerate(keys):
            self.grid.addWidget(self.cards[key], i // n, i % n)
            self.cards[key].show()
        self._shown_keys = keys

    def _columns_for(self, width: int) -> int:
        """As many card columns (up to 3) as fit without a horizontal scroll bar."""
        card = next(iter(self.cards.values())).minimumWidth() if self.cards else 230
        room = width - 70  # margins of the scroll area, the inner box, the grid and a vertical scroll bar
        return max(1, min(3, (room + 10) // (card + 10)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = self._columns_for(event.size().width())
        if columns != self._columns:
            self._columns = columns
            self._place_cards(self._shown_keys, force=True)

    def _has_data(self, key: str) -> bool:
        a = self.analysis
        if a is None:
            return True
        if key == "nps" and a.nps is not None:
            return True
        f = a.periods
        if f is not None and key in f.columns and f[key].notna().any():
            return True
        if a.reasons is not None and key in a.reasons.columns and a.reasons[key].notna().any():
            return True
        return key in a.summary and not is_missing(a.summary.get(key))

    def _refresh(self) -> None:
        a = self.analysis
        # Imported orders or answers give some figures and never the others: only those cards are shown.
        if a is not None and a.kind in ("nps", "transactions"):
            self._place_cards(tuple(k for k in CARD_METRICS if self._has_data(k)))
        elif a is not None and a.periods is not None:
            # Typed periods: every figure a period table can give (not the ones only orders give).
            self._place_cards(tuple(k for k in CARD_METRICS if k in a.periods.columns))
        else:
            self._place_cards(tuple(CARD_METRICS))
        window_rows = self._first_window_rows()
        self._show_note(window_rows)
        for key in self._shown_keys:
            self._show_card(self.cards[key], window_rows)
        self.headline.setText(self._headline(a))

    def _first_window_rows(self) -> list[int]:
        a = self.analysis
        if a is None or a.kind != "transactions" or a.periods is None or a.customers is None:
            return []
        if "first_order" not in a.customers.columns or not len(a.customers):
            return []
        labels = [str(p) for p in a.periods["period"]]
        return first_window_periods(labels, a.customers["first_order"].min(), a.settings.churn_window_days)

    def _show_note(self, rows: list[int]) -> None:
        if not rows or rows[0] != 0 or self.analysis is None or self.analysis.periods is None:
            self.note.hide()
            self.note.setText("")
            return
        labels = [str(p) for p in self.analysis.periods["period"]]
        text = self.tr("No customer can be counted as lost until one churn window (%1 days) after the first order: "
                       "%2 to %3 show 100 % retention and 0 % churn.")
        self.note.setText(text.replace("%1", QLocale().toString(int(self.analysis.settings.churn_window_days)))
                          .replace("%2", labels[rows[0]]).replace("%3", labels[rows[-1]]))
        self.note.show()

    def _figure(self, key: str, choice: str) -> tuple[CardFigure, bool]:
        """The card's numbers, and whether they are the NPS of all answers."""
        a = self.analysis
        if a is None:
            return CardFigure(), False
        if key == "nps" and a.kind == "nps" and a.nps is not None and choice == LATEST:
            n = a.nps
            parts = {k: float(n[k]) for k in ("promoters", "passives", "detractors", "responses") if k in n}
            return CardFigure(value=n.get("nps"), rows=list(range(len(a.periods))) if a.periods is not None else [],
                              how="all", parts=parts), True
        fig = card_figure(a.periods, key, choice, a.reasons)
        if fig.value is None and fig.reason is None and key in a.summary and choice == LATEST:
            value = a.summary.get(key)
            if not is_missing(value):
                return CardFigure(value=float(value), how="all"), False
        if fig.value is None and fig.reason is None and key == "nps" and a.nps is not None and a.periods is None:
            n = a.nps
            parts = {k: float(n[k]) for k in ("promoters", "passives", "detractors", "responses") if k in n}
            return CardFigure(value=n.get("nps"), how="all", parts=parts), True
        return fig, False

    def _small_text(self, fig: CardFigure, labels: list[str], window: bool) -> str:
        if fig.how == "all":
            text = self.tr("all answers") if fig.parts else self.tr("all data")
        elif fig.how == "single":
            text = labels[fig.rows[0]] if fig.rows else ""
        else:
            dated = period_starts(labels) is not None
            span = self.tr("Last 12 months") if dated else self.tr("Last 12 periods")
            if fig.how == "sum":
                how = english_plural(self.tr("sum of %n period(s)", "", len(fig.rows)), len(fig.rows))
            elif fig.how == "pooled":
                how = english_plural(self.tr("from the answers of %n period(s)", "", len(fig.rows)), len(fig.rows))
            else:
                how = english_plural(self.tr("mean of %n period(s)", "", len(fig.rows)), len(fig.rows))
            text = f"{span}: {how}"
        if fig.parts and "responses" in fig.parts:
            loc = QLocale()
            split = self.tr("%1 promoters · %2 passives · %3 detractors (%4 answers)")
            for i, k in enumerate(("promoters", "passives", "detractors", "responses"), start=1):
                split = split.replace(f"%{i}", loc.toString(int(round(fig.parts.get(k, 0)))))
            text = f"{text}\n{split}"
        if window:
            text = f"{text}\n" + self.tr("in the first churn window: no one can be lost yet")
        return text

    def _change_text(self, key: str, fig: CardFigure, labels: list[str]) -> tuple[str, str | None, str]:
        if fig.how == "all" or fig.value is None:
            return "", None, NEUTRAL
        delta = change(key, fig.value, fig.previous)
        if delta is None:
            return "", None, NEUTRAL
        amount, kind = delta
        loc = QLocale()
        shown = loc.toString(abs(amount), "f", 1)
        if shown == loc.toString(0.0, "f", 1):
            arrow, direction = "■", "flat"
        elif amount > 0:
            arrow, direction = "▲", "up"
        else:
            arrow, direction = "▼", "down"
        good = catalogue.metric(key).good_direction
        if direction == "flat" or good is None:
            colour = NEUTRAL
        else:
            colour = GOOD if direction == good else BAD
        if len(fig.rows) == 1:
            before = labels[fig.rows[0] - 1] if fig.rows[0] >= 1 else ""
        else:
            before = self.tr("the 12 months before") if period_starts(labels) is not None else self.tr("the 12 periods before")
        if kind == "points" and catalogue.unit_of(key) == "score":
            template = self.tr("%1 NPS points vs %2")
        elif kind == "points":
            template = self.tr("%1 points vs %2")
        else:
            template = self.tr("%1 % vs %2")
        return f"{arrow} " + template.replace("%1", shown).replace("%2", before), direction, colour

    def _warnings(self, key: str, fig: CardFigure, overall: bool, labels: list[str]) -> tuple[str, str, bool]:
        """(compact text, tooltip with all, whether the shown number itself is warned about)."""
        a = self.analysis
        if a is None:
            return "", "", False
        periods = {labels[i] for i in fig.rows if i < len(labels)}
        if overall or fig.how == "all" or not labels:
            periods.add("all")
        found = [p for p in a.warnings if p.column == key and p.period in periods and p.code != "unmapped_columns"]
        if not found:
            return "", "", False
        own = "all" if overall or fig.how == "all" else (labels[fig.rows[0]] if len(fig.rows) == 1 else None)
        warned = any(p.period == own for p in found) or (own == "all" and not labels)
        by_code: dict[str, list] = {}
        for p in found:
            by_code.setdefault(p.code, []).append(p)
        lines = []
        for problems in by_code.values():
            text = message_for(problems[-1])
            named = [p.period for p in problems if p.period and p.period != "all"]
            if len(periods) > 1 and named:
                shown = ", ".join(named[-3:])
                if len(named) > 3:
                    shown = self.tr("%1 and %2 more").replace("%1", shown).replace("%2", str(len(named) - 3))
                text = f"{text} ({shown})"
            lines.append("⚠ " + text)
        tip = "\n".join(f"{p.period}: {message_for(p)}" if p.period and p.period != "all" else message_for(p)
                        for p in found)
        tip += "\n" + self.tr("Click to see what you can do.")
        return "\n".join(lines), tip, warned

    def _show_card(self, card: MetricCard, window_rows: list[int]) -> None:
        a = self.analysis
        key = card.key
        choice = self.choice()
        currency = a.settings.currency if a else ""
        labels = [str(p) for p in a.periods["period"]] if a is not None and a.periods is not None else []
        fig, overall = self._figure(key, choice)
        history = a.periods[key].to_numpy(dtype=float) if a is not None and a.periods is not None and key in a.periods.columns else np.array([])
        card.sparkline.set_data(history, [] if fig.how == "all" else fig.rows)
        card.sparkline.setVisible(int(np.isfinite(history).sum()) >= 2)
        if fig.value is None or is_missing(fig.value):
            if fig.reason is not None:
                why = reason_text(fig.reason)
                row_period = labels[fig.rows[0]] if fig.rows else ""
                errors = [message_for(p) for p in (a.errors if a else []) if p.period == row_period]
                tip = "\n".join([why, *errors])
                card.show_value("–", row_period, "", "", None)
                card.show_reason(why, tip)
            else:
                card.show_value("–", self.tr("not enough data"), "", "", None)
                card.show_reason("")
            card.show_change("", None, NEUTRAL)
            return
        card.show_reason("")
        window = key in ("crr_pct", "churn_pct") and bool(fig.rows) and fig.how != "all" and \
            all(i in window_rows for i in fig.rows)
        small = self._small_text(fig, labels, window)
        row: dict[str, Any] = {}
        if fig.how == "single" and fig.rows and a is not None and a.periods is not None:
            row = a.periods.iloc[fig.rows[0]].to_dict()
        elif overall:
            row = dict(fig.parts)
            row["nps"] = fig.value
        tooltip = filled_formula(key, row, a.kind if a else "periods", currency) if row else ""
        warning, warning_tip, warned = self._warnings(key, fig, overall, labels)
        text = format_value(key, fig.value, currency=currency)
        if catalogue.unit_of(key) == "days":
            text = self.tr("%1 days").replace("%1", text)
        card.show_value(text, small, tooltip, warning, fig.value, warning_tip, warned)
        before = previous_rows(labels, fig.rows)
        if key in ("crr_pct", "churn_pct") and any(i in window_rows for i in before):
            card.show_change("", None, NEUTRAL)  # 100 % before anyone could be lost is no yardstick
        else:
            card.show_change(*self._change_text(key, fig, labels))

    def _headline(self, analysis: Analysis | None) -> str:
        if analysis is None:
            return ""
        s = analysis.summary
        if analysis.kind == "transactions":
            cur = analysis.settings.currency
            choice = self.choice()
            if choice != LATEST and analysis.periods is not None:
                rev = card_figure(analysis.periods, "revenue", choice)
                orders = card_figure(analysis.periods, "orders", choice)
                span = self.tr("Last 12 months") if choice == LAST12 else choice
                return self.tr("<b>%1</b>: %2 orders, revenue %3").replace("%1", span).replace(
                    "%2", format_value("orders", orders.value)).replace(
                    "%3", format_value("revenue", rev.value, currency=cur))
            return self.tr("<b>%1 customers</b>, %2 orders, revenue %3 - latest period shown on each card.").replace(
                "%1", format_value("customers", s.get("customers"))).replace(
                "%2", format_value("orders", s.get("orders"))).replace(
                "%3", format_value("revenue", s.get("revenue"), currency=cur))
        if analysis.kind == "nps" and analysis.nps:
            return self.tr("<b>%1 answers</b> (%2 blank).").replace("%1", str(analysis.nps["responses"])).replace(
                "%2", str(analysis.nps["skipped"]))
        n = len(analysis.periods) if analysis.periods is not None else 0
        return english_plural(
            self.tr("<b>%n period(s)</b> - the latest period with a value is shown on each card.", "", n), n)
