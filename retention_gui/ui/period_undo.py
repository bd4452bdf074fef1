"""The period table's undo commands: set a block of cells, add rows, remove rows, replace the whole table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.errors import Problem

if TYPE_CHECKING:
    from .period_model import PeriodTableModel

# A cell's unreadable pasted text (or None) and its note (or None); what _write_block gives back
# also carries the cell's origin (or None), so undo restores an imported value as imported.
_Note = tuple[str | None, Problem | None] | tuple[str | None, Problem | None, str | None]


class _SetBlock(QUndoCommand):
    def __init__(self, model: PeriodTableModel, top: int, left: int, values: list[list[Any]], text: str,
                 notes: list[list[_Note]] | None = None) -> None:
        super().__init__(text)
        self.model, self.top, self.left, self.values, self.notes = model, top, left, values, notes
        self.old: list[list[Any]] | None = None
        self.old_notes: list[list[_Note]] | None = None
        self.rows_before = len(model._frame)

    def redo(self) -> None:
        self.old, self.old_notes = self.model._write_block(self.top, self.left, self.values, self.notes)

    def undo(self) -> None:
        assert self.old is not None
        self.model._write_block(self.top, self.left, self.old, self.old_notes)
        extra = len(self.model._frame) - self.rows_before
        if extra > 0:
            self.model._raw_remove(self.rows_before, extra)
            self.model.edited.emit()


class _InsertRows(QUndoCommand):
    def __init__(self, model: PeriodTableModel, row: int, count: int) -> None:
        super().__init__(QCoreApplication.translate("PeriodTableModel", "Add %n row(s)", "", count))
        self.model, self.row, self.count = model, row, count

    def redo(self) -> None:
        self.model._raw_insert(self.row, self.count)
        self.model.edited.emit()

    def undo(self) -> None:
        self.model._raw_remove(self.row, self.count)
        self.model.edited.emit()


class _RemoveRows(QUndoCommand):
    def __init__(self, model: PeriodTableModel, rows: list[int]) -> None:
        count = len(rows)  # a plain name: lupdate misses a translate() whose count is a call
        super().__init__(QCoreApplication.translate("PeriodTableModel", "Remove %n row(s)", "", count))
        self.model, self.rows = model, rows
        self.removed: list[tuple[int, pd.DataFrame]] = []

    def redo(self) -> None:
        self.removed = [(r, self.model._raw_remove(r, 1)) for r in reversed(self.rows)]
        self.model.edited.emit()

    def undo(self) -> None:
        for r, frame in reversed(self.removed):
            self.model._raw_put_rows(r, frame)
        self.model.edited.emit()


class _ReplaceAll(QUndoCommand):
    def __init__(self, model: PeriodTableModel, frame: pd.DataFrame, text: str,
                 origin: dict[tuple[int, int], str] | None = None) -> None:
        super().__init__(text)
        self.model, self.frame, self.origin = model, frame, origin or {}
        self.old: tuple[pd.DataFrame, dict[tuple[int, int], str]] | None = None

    def redo(self) -> None:
        self.old = self.model._raw_replace(self.frame, self.origin)

    def undo(self) -> None:
        assert self.old is not None
        self.model._raw_replace(*self.old)
