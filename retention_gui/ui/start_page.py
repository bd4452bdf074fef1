"""The start page shown before there is any data: try the sample, import a spreadsheet, or type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["StartPage"]


class StartPage(QWidget):
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("<h1>Retention Calculator</h1><p>See how many customers stay, what they are worth, "
                               "and where to improve.</p>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.sample_button = QPushButton(self.tr("Try the sample data"))
        self.sample_button.setObjectName("sample_button")
        self.sample_button.clicked.connect(self.sample_requested)
        import_button = QPushButton(self.tr("Import a spreadsheet…"))
        import_button.clicked.connect(self.import_requested)
        for button in (self.sample_button, import_button):
            button.setMinimumWidth(260)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        tip = QLabel(self.tr("…or type your figures in the form on the left, or drop an Excel file here."))
        tip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(tip)
        layout.addStretch(2)
