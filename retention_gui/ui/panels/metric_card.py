"""One key-figure card: title, value, period, change, sparkline, reason, explanation, clickable warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...messages import explanation, metric_name
from ..formatting import is_missing
from .sparkline import Sparkline

__all__ = ["MetricCard", "ClickableLabel", "GOOD", "BAD", "NEUTRAL", "WARN"]

GOOD = "#1b7f3b"
BAD = "#c0392b"
NEUTRAL = "#555555"
WARN = "#b23c00"


class ClickableLabel(QLabel):
    """A label that acts like a link: a click, Enter or Space emits ``clicked``."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class MetricCard(QFrame):
    """One figure. ``property("value")`` is the unrounded number shown (None when it shows "–")."""

    warning_clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setProperty("value", None)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("MetricCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.title = QLabel(metric_name(key))
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"value_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.period = QLabel("")
        self.period.setObjectName(f"period_{key}")
        self.period.setWordWrap(True)
        self.period.setStyleSheet("color: #555;")
        self.change = QLabel("")
        self.change.setObjectName(f"change_{key}")
        self.change.setProperty("direction", None)
        self.change.setWordWrap(True)  # "▼ 1,0 procentenheter jämfört med 2024-11" is wider than a card
        self.change.hide()
        self.sparkline = Sparkline()
        self.sparkline.setObjectName(f"sparkline_{key}")
        self.reason = QLabel("")
        self.reason.setObjectName(f"reason_{key}")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {WARN};")
        self.reason.hide()
        self.explain = QLabel(explanation(key))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(window-text);")
        self.warning = ClickableLabel()
        self.warning.setObjectName(f"warning_{key}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARN}; font-weight: 600; text-decoration: underline;")
        self.warning.clicked.connect(lambda: self.warning_clicked.emit(self.key))
        self.warning.hide()
        for label in (self.title, self.period, self.change, self.reason, self.explain, self.warning):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # any spare height below
        for w in (self.title, self.value, self.period, self.change, self.sparkline, self.reason, self.explain,
                  self.warning):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setMinimumWidth(230)

    def show_value(self, text: str, period: str, tooltip: str, warning: str, value: float | None = None,
                   warning_tooltip: str = "", value_warned: bool | None = None) -> None:
        """``value_warned``: the shown number itself is warned about (default: any warning)."""
        self.value.setText(text)
        self.setProperty("value", None if value is None or is_missing(value) else float(value))
        self.period.setText(period)
        self.setToolTip(tooltip)
        self.value.setToolTip(tooltip)
        self.warning.setText(warning)
        self.warning.setToolTip(warning_tooltip or warning)
        self.warning.setVisible(bool(warning))
        colour = WARN if (bool(warning) if value_warned is None else value_warned) else "palette(window-text)"
        self.value.setStyleSheet(f"color: {colour};")

    def show_reason(self, reason: str, tooltip: str = "") -> None:
        """Nothing to show: "–" and why (an empty reason hides the line)."""
        self.reason.setText(reason)
        self.reason.setToolTip(tooltip or reason)
        self.reason.setVisible(bool(reason))
        if reason:
            self.value.setStyleSheet("color: #777;")
            self.setToolTip(tooltip or reason)
            self.value.setToolTip(tooltip or reason)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Wrapped labels keep their height from a wider card unless told (a scroll area's grid does not ask
        them again after a narrowing resize): set each one's minimum height for the new width."""
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        for label in (self.title, self.period, self.change, self.reason, self.explain, self.warning):
            height = label.heightForWidth(width) if label.text() else 0
            if height > 0 and label.minimumHeight() != height:
                label.setMinimumHeight(height)

    def show_change(self, text: str, direction: str | None, colour: str) -> None:
        """``direction``: "up", "down", "flat" or None (no change shown)."""
        self.change.setText(text)
        self.change.setProperty("direction", direction)
        self.change.setStyleSheet(f"color: {colour};")
        self.change.setVisible(bool(text))
