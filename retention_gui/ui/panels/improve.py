"""Improve: the advice rules' suggestions as cards, most important first (the core's order).

Each card says what stands out (a headline), why (with the user's number),
what to try, and which number should move. The Overview's warnings can jump
here with :meth:`ImprovePanel.focus_metric`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.advice import Advice
from ...messages import advice_text, metric_name
from ...pipeline import Analysis, advice_for
from .numbers import LocaleNumber, english_plural, display_currency, localised

__all__ = ["ImprovePanel", "AdviceCard"]

CARD_STYLE = """
AdviceCard { background: palette(base); border: 1px solid palette(mid); border-left: 5px solid #b23c00;
             border-radius: 6px; }
AdviceCard[focused="true"] { border: 2px solid #1f77b4; border-left: 8px solid #1f77b4; background: #eef5fc; }
"""


class AdviceCard(QFrame):
    """One suggestion: headline, why, what to try, the number to watch. A click emits ``activated(metric)``."""

    activated = Signal(str)

    def __init__(self, rank: int, advice: Advice, headline: str, texts: dict[str, str], try_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice
        self.metric_key = advice.metric
        self.setObjectName(f"advice_{advice.id}")
        self.setProperty("focused", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.headline = QLabel(f"{rank}. {headline}")
        self.headline.setObjectName("advice_headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.why = QLabel(texts["why"])
        self.why.setObjectName("advice_why")
        self.do = QLabel(f"<b>{try_label}:</b> {texts['do']}")
        self.do.setObjectName("advice_do")
        self.do.setTextFormat(Qt.TextFormat.RichText)
        self.watch = QLabel(texts["watch"])
        self.watch.setObjectName("advice_watch")
        self.watch.setStyleSheet("color: #505050;")
        for label in (self.headline, self.why, self.do, self.watch):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)

    def set_focused(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.metric_key)
        super().mouseReleaseEvent(event)


class ImprovePanel(QWidget):
    """The advice for the current analysis; ``advice`` holds the core's list as shown.

    ``metric_activated(key)`` is emitted when a card is clicked (key: the figure the advice is about).
    """

    metric_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.advice: list[Advice] = []
        self.cards: list[AdviceCard] = []
        self.focused_metric: str | None = None

        self.title = QLabel(self.tr("What to improve"))
        self.title.setObjectName("improve_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel("")
        self.intro.setObjectName("improve_intro")
        self.intro.setWordWrap(True)
        self.empty = QLabel("")
        self.empty.setObjectName("improve_empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setMaximumWidth(820)

        self.list_host = QWidget()
        self.list_host.setObjectName("improve_list")
        self.list_host.setStyleSheet(CARD_STYLE)  # once for every card, not parsed again per card
        self.list_host.setMaximumWidth(1000)  # lines longer than this are hard to read
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_host)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        outer.addWidget(self.empty)
        outer.addWidget(self.scroll, 1)
        # Without cards the texts stay at the top instead of spreading over the height.
        outer.addStretch(0)
        self._outer = outer
        self.show_analysis(None)

    def headline(self, advice: Advice) -> str:
        """A short plain headline for a rule (the figure's name for a rule this panel does not know)."""
        texts = {
            "churn_high": self.tr("Many customers leave"),
            "churn_rising": self.tr("More customers leave each period"),
            "rpr_low": self.tr("Few customers buy again"),
            "rpr_falling": self.tr("Fewer customers buy again"),
            "first_return_low": self.tr("New customers rarely come back"),
            "nps_negative": self.tr("More critics than fans"),
            "detractors_rising": self.tr("The share of critics is growing"),
            "return_rate_high": self.tr("Many products come back"),
            "dso_high": self.tr("Customers pay slowly"),
            "nrr_low": self.tr("Existing customers spend less"),
            "loyal_falling": self.tr("Fewer loyal customers"),
            "valuable_slipping": self.tr("Valuable customers are slipping away"),
        }
        return texts.get(advice.id, metric_name(advice.metric))

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show the advice for ``analysis``; None removes every card and text."""
        self.analysis = analysis
        self.advice = advice_for(analysis) if analysis is not None else []
        self.focused_metric = None
        for card in self.cards:
            # Still parented, Qt deletes it on the next event-loop turn. setParent(None) would hand it to
            # Python, which then deletes it at once under the pending deleteLater: the soak's segfault
            # ("shared QObject was deleted directly").
            self.list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        currency = display_currency(analysis.settings.currency) if analysis is not None else ""
        try_label = metric_name("suggestion")
        for rank, advice in enumerate(self.advice, start=1):
            card = AdviceCard(rank, advice, self.headline(advice), self._texts(advice, currency), try_label)
            card.activated.connect(self._on_card_activated)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        if analysis is None:
            self.intro.setText("")
            self.empty.setText(self.tr("Type your figures or import a spreadsheet to get suggestions."))
        elif not self.advice:
            self.intro.setText("")
            self.empty.setText(self.tr(
                "<b>Nothing stands out - your figures are within the usual limits.</b><br>Suggestions appear here "
                "when churn, repeat purchases, NPS, returns, payment days or revenue from existing customers move "
                "the wrong way. Keep adding new periods to follow them."))
        else:
            n = len(self.advice)
            self.intro.setText(english_plural(self.tr(
                "%n suggestion(s) from your figures, the most important first.", "",
                n), n))
            self.empty.setText("")
        self.intro.setVisible(bool(self.intro.text()))
        self.empty.setVisible(bool(self.empty.text()))
        self.scroll.setVisible(bool(self.cards))
        self._outer.setStretch(self._outer.count() - 1, 0 if self.cards else 1)

    @staticmethod
    def _texts(advice: Advice, currency: str) -> dict[str, str]:
        # Numbers go in as LocaleNumber, so the shared templates write them as the interface language does.
        watch = None if advice.watch_value is None else LocaleNumber(advice.watch_value)
        shown = dataclasses.replace(advice, values=localised(advice.values), watch_value=watch)
        return advice_text(shown, currency)

    def _on_card_activated(self, metric: str) -> None:
        self.focus_metric(metric)
        self.metric_activated.emit(metric)

    def focus_metric(self, key: str) -> bool:
        """Highlight the advice about figure ``key`` and scroll to it; False when there is none."""
        target = next((c for c in self.cards if c.metric_key == key), None)
        if target is None:
            target = next((c for c in self.cards if c.advice.watch == key), None)
        for card in self.cards:
            card.set_focused(card is target)
        self.focused_metric = None if target is None else target.metric_key
        if target is not None:
            self.scroll.ensureWidgetVisible(target, 0, 20)
            # The layout may not have placed a new card yet; ask again once it has.
            QTimer.singleShot(0, lambda t=target: self._scroll_to(t))
        return target is not None

    def _scroll_to(self, card: AdviceCard) -> None:
        if card in self.cards:
            self.scroll.ensureWidgetVisible(card, 0, 20)

    def card_for(self, key: str) -> AdviceCard | None:
        return next((c for c in self.cards if c.metric_key == key), None)

