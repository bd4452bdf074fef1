"""Key-figure cards: value, period, one-line explanation, filled-in formula tooltip, warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...messages import message_for, metric_name
from ...pipeline import Analysis
from ..explain import CARD_METRICS, explanation, filled_formula
from ..formatting import format_value, is_missing

__all__ = ["OverviewPanel", "MetricCard"]


class MetricCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("MetricCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.title = QLabel(metric_name(key))
        self.title.setStyleSheet("font-weight: 600;")
        self.value = QLabel("–")
        self.value.setObjectName(f"value_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.period = QLabel("")
        self.period.setStyleSheet("color: palette(dark);")
        self.explain = QLabel(explanation(key))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(window-text);")
        self.warning = QLabel("")
        self.warning.setObjectName(f"warning_{key}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b23c00; font-weight: 600;")
        self.warning.hide()
        for w in (self.title, self.value, self.period, self.explain, self.warning):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setMinimumWidth(230)

    def show_value(self, text: str, period: str, tooltip: str, warning: str) -> None:
        self.value.setText(text)
        self.period.setText(period)
        self.setToolTip(tooltip)
        self.value.setToolTip(tooltip)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        colour = "#b23c00" if warning else "palette(window-text)"
        self.value.setStyleSheet(f"color: {colour};")


class OverviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, MetricCard] = {}
        self.headline = QLabel("")
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(10)
        for i, key in enumerate(CARD_METRICS):
            card = MetricCard(key)
            self.cards[key] = card
            grid.addWidget(card, i // 3, i % 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(self.headline)
        v.addWidget(grid_host)
        v.addStretch(1)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_analysis(self, analysis: Analysis | None) -> None:
        currency = analysis.settings.currency if analysis else ""
        rows = analysis.periods if analysis is not None and analysis.periods is not None else None
        for key, card in self.cards.items():
            value: Any = None
            label = ""
            row: dict[str, Any] = {}
            if rows is not None and key in rows.columns and len(rows):
                defined = rows[rows[key].notna()]
                if len(defined):
                    row = defined.iloc[-1].to_dict()
                    value = row[key]
                    label = str(row["period"])
            if value is None and analysis is not None and analysis.nps is not None and key == "nps":
                value = analysis.nps.get("nps")
                row = dict(analysis.nps)
                label = self.tr("all answers")
            if value is None and analysis is not None and key in analysis.summary:
                value = analysis.summary.get(key)
                label = self.tr("all data")
            if is_missing(value):
                card.show_value("–", self.tr("not enough data"), "", "")
                continue
            shown_period = str(row.get("period", "all")) if rows is not None and row.get("period") is not None else "all"
            warnings = [
                message_for(p) for p in (analysis.warnings if analysis else [])
                if p.column == key and p.period == shown_period and p.code not in ("unmapped_columns",)
            ]
            tooltip = filled_formula(key, row, analysis.kind if analysis else "periods", currency) if row else ""
            card.show_value(format_value(key, value, currency=currency), label, tooltip, "\n".join(warnings))
        self.headline.setText(self._headline(analysis))

    def _headline(self, analysis: Analysis | None) -> str:
        if analysis is None:
            return ""
        s = analysis.summary
        if analysis.kind == "transactions":
            cur = analysis.settings.currency
            return self.tr("<b>%1 customers</b>, %2 orders, revenue %3 - latest period shown on each card.").replace(
                "%1", format_value("customers", s.get("customers"))).replace(
                "%2", format_value("orders", s.get("orders"))).replace(
                "%3", format_value("revenue", s.get("revenue"), currency=cur))
        if analysis.kind == "nps" and analysis.nps:
            return self.tr("<b>%1 answers</b> (%2 blank).").replace("%1", str(analysis.nps["responses"])).replace(
                "%2", str(analysis.nps["skipped"]))
        n = len(analysis.periods) if analysis.periods is not None else 0
        return self.tr("<b>%n period(s)</b> - the latest period with a value is shown on each card.", "", n)
