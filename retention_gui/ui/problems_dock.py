"""The problems dock: the problems panel in a dock widget, and the status-bar counts that open it."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from .problems import ProblemCountButton, ProblemsPanel

__all__ = ["ProblemsDock"]


class ProblemsDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems_dock")
        self.panel = ProblemsPanel()
        self.setWidget(self.panel)
        self.count_button = ProblemCountButton()
        self.count_button.setObjectName("problems_label")
        self.count_button.clicked.connect(self.open)

    def open(self) -> None:
        self.show()
        self.raise_()
        self.panel.list.setFocus()
