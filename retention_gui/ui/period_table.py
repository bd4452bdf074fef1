"""The period table panel: one editable row per period, Excel-like paste, add/remove rows, bad cells marked."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QToolButton, QVBoxLayout, QWidget

from ..core.errors import Problem
from ..io.headers import detect_kind
from .formatting import parse_user_number
from .models import PERIOD_TABLE_COLUMNS, PeriodTableModel

__all__ = ["PeriodTablePanel", "PeriodTableView"]


class PeriodTableView(QTableView):
    """The period table: Excel-like paste (Ctrl+V) of tab-separated blocks; Delete empties cells."""

    paste_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            model = self.model()
            for index in self.selectedIndexes():
                model.setData(index, "")
            return
        super().keyPressEvent(event)


class PeriodTablePanel(QWidget):
    """The table with its buttons. ``edited`` on every edit (undoable through ``undo_stack``);
    ``activated`` when an action here should bring the table to the front; ``status(text, ms)``
    for the window's status bar."""

    edited = Signal()
    activated = Signal()
    status = Signal(str, int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeriodTableModel(undo_stack, self)
        self.model.edited.connect(self.edited)
        self.view = PeriodTableView()
        self.view.setObjectName("period_table")
        self.view.setModel(self.model)
        self.view.paste_requested.connect(self.paste_rows)
        self.view.horizontalHeader().setDefaultSectionSize(120)
        self.model._raw_insert(0, 12)  # empty rows to type into; not an edit
        add_row = QToolButton()
        add_row.setText(self.tr("Add row"))
        add_row.setToolTip(self.tr("Add an empty period at the end (Ctrl+Shift+N)"))
        add_row.clicked.connect(self.add_row)
        remove_rows = QToolButton()
        remove_rows.setText(self.tr("Remove rows"))
        remove_rows.setToolTip(self.tr("Remove the selected periods"))
        remove_rows.clicked.connect(self.remove_selected_rows)
        hint = QLabel(self.tr("One row per period. Paste a block copied from Excel with Ctrl+V."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(add_row)
        bar.addWidget(remove_rows)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def paste_rows(self) -> None:
        """Paste the clipboard's tab-separated block at the current cell; a copied header row maps columns."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status.emit(self.tr("The clipboard is empty."), 4000)
            return
        block = list(csv.reader(io.StringIO(text), delimiter="\t"))
        current = self.view.currentIndex()
        top = current.row() if current.isValid() else 0
        left = current.column() if current.isValid() else 0
        if block and block[0] and not _looks_numeric_row(block[0][1:]) and any(c.strip() for c in block[0]):
            kind, mapping = detect_kind(block[0])
            if kind == "periods" and mapping:
                self._paste_with_header(block, mapping, top)
                return
        self.activated.emit()
        if self.model.paste_block(top, left, block):
            self.status.emit(self.tr("Pasted %n row(s).", "", len(block)), 4000)

    def _paste_with_header(self, block: list[list[str]], mapping: dict[int, str], top: int) -> None:
        rows = []
        for line in block[1:]:
            full = [""] * len(PERIOD_TABLE_COLUMNS)
            for pos, key in mapping.items():
                if pos < len(line):
                    full[PERIOD_TABLE_COLUMNS.index(key)] = line[pos]
            rows.append(full)
        self.activated.emit()
        self.model.paste_block(top, 0, rows)

    def add_row(self) -> None:
        self.model.insert_rows(self.model.rowCount(), 1)
        self.activated.emit()
        last = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(last)
        self.view.selectionModel().select(last, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def remove_selected_rows(self) -> None:
        self.model.remove_rows(sorted({i.row() for i in self.view.selectedIndexes()}))

    def mark_invalid_cells(self, errors: list[Problem]) -> None:
        """Colour the cells the errors name (rows of the table are 1-based in problems)."""
        cells = {(p.row - 1, PERIOD_TABLE_COLUMNS.index(p.column)) for p in errors
                 if p.row is not None and p.column in PERIOD_TABLE_COLUMNS}
        if cells != self.model.invalid_cells:
            self.model.invalid_cells = cells
            self.view.viewport().update()


def _looks_numeric_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(parse_user_number(c)[1] for c in filled)
