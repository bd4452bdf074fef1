"""The quick single-period form: grouped fields, live results, inline messages."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ERROR
from ..core.nps import classify_scores, count_answers
from ..core.periods import validate_period_inputs
from ..messages import message_for, metric_name
from .formatting import edit_text, number_language, parse_user_number, user_number_problem
from .panels.numbers import english_plural

__all__ = ["QuickForm"]

def _is_percent(key: str) -> bool:
    return key.endswith("_pct")


ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff3f3; }"


DEBOUNCE_MS = 150


class QuickForm(QWidget):
    """Fields of one period in groups.

    ``edited`` fires on every keystroke (the document is dirty at once, so nothing typed is lost);
    ``inputs_changed`` fires once typing pauses for ``DEBOUNCE_MS``, so the results are computed and
    drawn once per pause rather than once per key. Inline messages follow every key.
    """

    edited = Signal()
    inputs_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._on_debounce_timeout)
        self._parsed: dict[tuple, tuple[float | None, bool]] = {}  # see _parse
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self._problems: dict[str, str] = {}
        groups = [
            (self.tr("Customers"), ["customers_start", "customers_end", "new_customers", "lost_customers"]),
            (self.tr("Revenue"), ["revenue", "orders", "active_customers", "repeat_customers", "revenue_start",
                                  "churned_revenue", "contraction_revenue", "expansion_revenue", "gross_margin_pct"]),
            (self.tr("Products and payments"), ["units_sold", "units_returned", "accounts_receivable",
                                                "credit_sales", "days_in_period"]),
            (self.tr("NPS"), ["promoters", "passives", "detractors"]),
        ]
        tips = self._tooltips()
        inner = QWidget()
        column = QVBoxLayout(inner)
        intro = QLabel(self.tr("Type the figures of one period from your books. Leave a field empty if you "
                               "do not have it; results appear on the right as you type."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        for title, keys in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                edit = QLineEdit()
                edit.setObjectName(key)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setToolTip(tips.get(key, ""))
                edit.setPlaceholderText(self.tr("optional") if key in ("lost_customers", "gross_margin_pct", "days_in_period",
                                                                      "contraction_revenue", "expansion_revenue") else "")
                edit.textChanged.connect(lambda _text, k=key: self._on_field_text_changed(k))
                message = QLabel()
                message.setObjectName(f"{key}_message")
                message.setStyleSheet("color: #c62828;")
                message.setWordWrap(True)
                message.hide()
                holder = QWidget()
                v = QVBoxLayout(holder)
                v.setContentsMargins(0, 0, 0, 0)
                v.setSpacing(2)
                v.addWidget(edit)
                v.addWidget(message)
                label = QLabel(metric_name(key))
                label.setMinimumWidth(180)
                label.setBuddy(edit)
                form.addRow(label, holder)
                self.fields[key] = edit
                self.messages[key] = message
            if keys[0] == "promoters":
                self.raw_answers = QPlainTextEdit()
                self.raw_answers.setObjectName("raw_answers")
                self.raw_answers.setPlaceholderText(self.tr("…or paste raw answers 0-10, one per line"))
                self.raw_answers.setToolTip(self.tr("Paste a column of survey answers (0-10). "
                                                    "They are counted as promoters (9-10), passives (7-8) and detractors (0-6)."))
                self.raw_answers.setFixedHeight(70)
                self.raw_answers.textChanged.connect(self._on_raw_answers_changed)
                self.raw_message = QLabel()
                self.raw_message.setObjectName("raw_answers_message")
                self.raw_message.setStyleSheet("color: #c62828;")
                self.raw_message.setWordWrap(True)
                self.raw_message.hide()
                form.addRow(self.tr("Answers"), self.raw_answers)
                form.addRow("", self.raw_message)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(380)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _tooltips(self) -> dict[str, str]:
        return {
            "customers_start": self.tr("Customers you had on the first day of the period (S)."),
            "customers_end": self.tr("Customers you had on the last day of the period (E)."),
            "new_customers": self.tr("Customers who joined during the period (N)."),
            "lost_customers": self.tr("Customers who left (L). Left empty, it is worked out as start + new - end."),
            "revenue": self.tr("Total revenue in the period."),
            "orders": self.tr("Number of orders (purchases) in the period."),
            "active_customers": self.tr("Distinct customers who bought in the period."),
            "repeat_customers": self.tr("Of the active customers, those who bought more than once."),
            "revenue_start": self.tr("Recurring revenue from existing customers at the start (e.g. MRR)."),
            "churned_revenue": self.tr("Recurring revenue lost from customers who left."),
            "contraction_revenue": self.tr("Revenue lost from downgrades of customers who stayed."),
            "expansion_revenue": self.tr("Revenue gained from upgrades of customers who stayed."),
            "gross_margin_pct": self.tr("Gross margin in percent (0-100). CLV is multiplied by it when given."),
            "units_sold": self.tr("Product units sold."),
            "units_returned": self.tr("Product units returned."),
            "accounts_receivable": self.tr("Money customers owe you at the end of the period."),
            "credit_sales": self.tr("Sales on credit (invoices) in the period."),
            "days_in_period": self.tr("Calendar days in the period; 30 when empty."),
            "promoters": self.tr("Answers of 9 or 10."),
            "passives": self.tr("Answers of 7 or 8."),
            "detractors": self.tr("Answers from 0 to 6."),
        }

    # --- values ---
    def _parse(self, key: str, text: str) -> tuple[float | None, bool]:
        """parse_user_number for a field, remembered per text, kind of field and interface language:
        a keystroke parses one field, not all of them."""
        memo = (text, _is_percent(key), number_language())
        hit = self._parsed.get(memo)
        if hit is None:
            if len(self._parsed) > 4096:
                self._parsed.clear()
            hit = self._parsed[memo] = parse_user_number(text, percent=memo[1])
        return hit

    def values(self) -> dict[str, float | None]:
        """Each field's number, read in the interface language (None when empty or not a number)."""
        out: dict[str, float | None] = {}
        for key, edit in self.fields.items():
            value, ok = self._parse(key, edit.text())
            out[key] = value if ok else None
        return out

    def frame(self, label: str = "") -> pd.DataFrame:
        """This period as a one-row period table (NaN for empty fields)."""
        row: dict[str, object] = {"period": label or self.tr("This period")}
        for key, value in self.values().items():
            row[key] = np.nan if value is None else value
        return pd.DataFrame([row])

    def has_data(self) -> bool:
        return any(e.text().strip() for e in self.fields.values())

    def set_values(self, values: dict[str, object]) -> None:
        for key, edit in self.fields.items():
            v = values.get(key)
            with QSignalBlocker(edit):
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    text = edit_text(float(v))  # as the user types it: 1234,5 in Danish
                else:
                    text = "" if v is None or v == "" else str(v)
                edit.setText(text)
        self.validate()
        self.debounce.stop()
        self.inputs_changed.emit()

    def clear(self) -> None:
        self.set_values({})
        with QSignalBlocker(self.raw_answers):
            self.raw_answers.clear()
        self.raw_message.hide()

    # --- validation shown inline ---
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for key, edit in self.fields.items():
            problem = user_number_problem(edit.text(), percent=_is_percent(key))
            if problem is None:
                continue
            if problem.code == "not_a_number":
                problems[key] = self.tr("'%1' is not a number").replace("%1", edit.text().strip())
            elif problem.severity == ERROR:
                problems[key] = message_for(problem)
            else:  # read, and said how: "'1.5' ... was read as 1,5"
                problems[key] = "⚠ " + message_for(problem)
        for p in validate_period_inputs(self.frame()):
            if p.column in self.fields and (p.column not in problems or problems[p.column].startswith("⚠")):
                text = message_for(p) if p.severity == ERROR else "⚠ " + message_for(p)
                reading = problems.get(p.column)  # keep saying how the number was read
                problems[p.column] = text if reading is None else f"{text}\n{reading}"
        for key in self.messages:
            self._show_message(key, problems.get(key))
        self._problems = problems
        return problems

    def _show_message(self, key: str, text: str | None) -> None:
        label = self.messages[key]
        if label.text() != (text or ""):
            label.setText(text or "")
            label.setVisible(bool(text))
        style = ERROR_STYLE if text and not text.startswith("⚠") else ""
        if self.fields[key].styleSheet() != style:  # a style change re-polishes the widget: only when needed
            self.fields[key].setStyleSheet(style)

    def errors(self) -> dict[str, str]:
        return {k: v for k, v in self._problems.items() if not v.startswith("⚠")}

    def flush(self) -> None:
        """Emit a pending ``inputs_changed`` now (before saving, exporting or closing)."""
        if self.debounce.isActive():
            self.debounce.stop()
            self._on_debounce_timeout()

    def _on_field_text_changed(self, key: str) -> None:
        # Only this field's own "not a number" is checked per key; the checks across fields
        # (retained more than existed, ...) follow when typing pauses.
        text = self.fields[key].text()
        _, ok = self._parse(key, text)
        if not ok:
            self._show_message(key, self.tr("'%1' is not a number").replace("%1", text.strip()))
        elif key in self._problems:
            self._show_message(key, None)
        self.edited.emit()
        self.debounce.start()

    def _on_debounce_timeout(self) -> None:
        self.validate()
        self.inputs_changed.emit()

    def _on_raw_answers_changed(self) -> None:
        lines = [line.strip() for line in self.raw_answers.toPlainText().replace(";", "\n").splitlines()]
        answers = [line for line in lines if line]
        if not answers:
            self.raw_message.hide()
            return
        values, problems = classify_scores(pd.Series(answers, dtype=object))
        if problems:
            rows = ", ".join(str(p.row) for p in problems[:10])
            text = self.tr("Not an answer from 0 to 10 on line(s) %1", "", len(problems))
            self.raw_message.setText(english_plural(text, len(problems)).replace("%1", rows))
            self.raw_message.show()
            return
        self.raw_message.hide()
        counts = count_answers(values)
        for key, n in counts.items():
            with QSignalBlocker(self.fields[key]):
                self.fields[key].setText(str(n))
        self.edited.emit()
        self.debounce.start()
