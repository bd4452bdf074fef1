"""The editable period table: typed, pasted and imported periods, every edit one undo step."""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from ..core.errors import Problem
from ..core.schema import PERIOD_INPUTS
from ..messages import message_for
from .formatting import (
    block_language,
    edit_text,
    format_value,
    is_missing,
    number_language,
    parse_user_number,
    user_number_problem,
)
from .headers import header_text, header_tooltip
from .period_undo import _InsertRows, _Note, _RemoveRows, _ReplaceAll, _SetBlock

__all__ = ["PeriodTableModel", "PERIOD_TABLE_COLUMNS"]

PERIOD_TABLE_COLUMNS: tuple[str, ...] = ("period", *PERIOD_INPUTS)
_Index = QModelIndex | QPersistentModelIndex


class PeriodTableModel(QAbstractTableModel):
    """The editable period table. Every edit goes through a QUndoStack."""

    edited = Signal()

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._frame = self.empty_frame(0)
        # (row, column) -> the errors found in that cell (shown red, their messages as the tooltip).
        self.invalid_cells: dict[tuple[int, int], list[Problem]] = {}
        # (row, column) -> where an imported value came from ("file / sheet"); typed or edited cells are absent.
        self.origin: dict[tuple[int, int], str] = {}
        self.currency = QCoreApplication.translate("PeriodTableModel", "kr.")
        # (row, column) -> pasted text that is not a number: kept and shown (the value is blank).
        self.unreadable: dict[tuple[int, int], str] = {}
        # (row, column) -> how a typed or pasted text was read, or why it was not (shown as a tooltip).
        self.cell_notes: dict[tuple[int, int], Problem] = {}

    @staticmethod
    def empty_frame(rows: int) -> pd.DataFrame:
        data: dict[str, Any] = {"period": pd.Series([None] * rows, dtype=object)}
        for key in PERIOD_INPUTS:
            data[key] = pd.Series([np.nan] * rows, dtype="float64")
        return pd.DataFrame(data)

    # --- reading ---
    def frame(self) -> pd.DataFrame:
        """The typed periods, without rows that are entirely empty; ``source_row`` is the table row."""
        f = self._frame.copy()
        f["source_row"] = np.arange(1, len(f) + 1)
        filled = f[list(PERIOD_TABLE_COLUMNS)].notna().any(axis=1)
        return f[filled].reset_index(drop=True)

    def has_data(self) -> bool:
        return bool(self._frame[list(PERIOD_TABLE_COLUMNS)].notna().any().any())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PERIOD_TABLE_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = PERIOD_TABLE_COLUMNS[index.column()]
        cell = (index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and cell in self.unreadable:
            return self.unreadable[cell]  # pasted text that is not a number stays in sight
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [message_for(p) for p in self.invalid_cells.get(cell, [])]
            if cell in self.cell_notes:
                lines.append(message_for(self.cell_notes[cell]))
            if cell in self.origin:
                lines.append(self.tr("Imported from %1").replace("%1", self.origin[cell]))
            return "\n".join(lines) if lines else None
        if role == Qt.ItemDataRole.FontRole and cell in self.origin:
            font = QFont()
            font.setItalic(True)  # imported and not edited since
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cell in self.origin:
            return QBrush(QColor(70, 80, 110))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and key != "period":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.BackgroundRole and (cell in self.invalid_cells or cell in self.unreadable):
                return QBrush(QColor(255, 220, 220))
            if role == Qt.ItemDataRole.BackgroundRole and cell in self.cell_notes:
                return QBrush(QColor(255, 244, 204))  # read, with a note on how
            return None
        # Only the text roles read the value: the view asks for every role of every cell it paints.
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if is_missing(value):
                return ""
            if key == "period":
                return value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else str(value)
            return format_value(key, value)
        if is_missing(value):
            return ""
        if key == "period":
            return value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else str(value)
        return edit_text(float(value))  # as the user types it: 1234,5 in Danish

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return header_text(PERIOD_TABLE_COLUMNS[section], self.currency)
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header_tooltip(PERIOD_TABLE_COLUMNS[section], self.currency)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # --- editing (through the undo stack) ---
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        new, note = self._convert(index.column(), value)
        if new is _INVALID:
            return False  # a typed cell that is not a number is refused; the old value stays
        cell = (index.row(), index.column())
        old = self._frame.iat[index.row(), index.column()]
        if _same(old, new) and cell not in self.unreadable and self.cell_notes.get(cell) == note:
            return False
        self.undo_stack.push(_SetBlock(self, index.row(), index.column(), [[new]], self.tr("Edit cell"),
                                       [[(None, note)]]))
        return True

    def _convert(self, column: int, value: Any, language: str | None = None) -> tuple[Any, Problem | None]:
        """(value, note) for a typed or pasted cell; value is _INVALID for text that is not a number.

        ``language``: the convention of a pasted block when it is not the interface's (see block_language).
        """
        key = PERIOD_TABLE_COLUMNS[column]
        if key == "period":
            text = str(value).strip() if value is not None else ""
            return text or None, None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value), None
        text = str(value) if value is not None else ""
        percent = key.endswith("_pct")
        number, ok = parse_user_number(text, language, percent=percent)
        interface = number_language()
        note = user_number_problem(text, language, percent=percent,
                                   interface=interface if language not in (None, interface) else None)
        if note is not None:
            note = note.located(column=key)
        if not ok:
            return _INVALID, note
        return (np.nan if number is None else number), note

    def set_invalid_cells(self, errors: list[Problem]) -> bool:
        """Mark the cells the errors name (problem rows are 1-based table rows); True when the marks changed."""
        cells: dict[tuple[int, int], list[Problem]] = {}
        for p in errors:
            if p.row is not None and p.column in PERIOD_TABLE_COLUMNS and 1 <= p.row <= len(self._frame):
                cells.setdefault((p.row - 1, PERIOD_TABLE_COLUMNS.index(p.column)), []).append(p)
        if cells == self.invalid_cells:
            return False
        self.invalid_cells = cells
        self._all_changed()
        return True

    def clear_marks(self) -> None:
        """Forget the red cells (a new file or New): they belonged to other data."""
        if self.invalid_cells:
            self.invalid_cells = {}
            self._all_changed()

    def imported_cells(self) -> int:
        return len(self.origin)

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def cell_problems(self) -> list[Problem]:
        """Notes on cells (pasted text that is not a number, numbers read another way), by table row."""
        return [p.located(row=r + 1) for (r, _), p in sorted(self.cell_notes.items())]

    def paste_block(self, top: int, left: int, block: Sequence[Sequence[str]]) -> bool:
        """Paste a tab-separated block (from Excel) at (top, left); adds rows as needed. One undo step."""
        width = len(PERIOD_TABLE_COLUMNS) - left
        rows = [[cell for cell in row[:width]] for row in block if any(c.strip() for c in row)]
        if not rows or width <= 0:
            return False
        # Excel copies cells as its own locale writes them, which may not be the interface language's.
        language = block_language(cell for row in rows for j, cell in enumerate(row)
                                  if PERIOD_TABLE_COLUMNS[left + j] != "period")
        converted, notes = [], []
        for row in rows:
            out, out_notes = [], []
            for j, cell in enumerate(row):
                v, note = self._convert(left + j, cell, language)
                # Text that is not a number is never blanked silently: it stays in the cell, marked.
                out.append(np.nan if v is _INVALID else v)
                out_notes.append((cell.strip() if v is _INVALID else None, note))
            converted.append(out)
            notes.append(out_notes)
        self.undo_stack.push(_SetBlock(self, top, left, converted, self.tr("Paste %n row(s)", "", len(converted)),
                                       notes))
        return True

    def insert_rows(self, row: int, count: int = 1) -> None:
        self.undo_stack.push(_InsertRows(self, row, count))

    def remove_rows(self, rows: Sequence[int]) -> None:
        rows = sorted(set(r for r in rows if 0 <= r < len(self._frame)))
        if rows:
            self.undo_stack.push(_RemoveRows(self, rows))

    def load_frame(self, frame: pd.DataFrame, text: str | None = None, origin: str | None = None) -> None:
        """Replace the whole table (an import or an opened project), as one undo step.

        ``origin`` ("file / sheet") marks every filled cell as imported from there, until it is edited.
        """
        new = self._normalise(frame)
        cells: dict[tuple[int, int], str] = {}
        if origin:
            filled = new[list(PERIOD_TABLE_COLUMNS)].notna().to_numpy()
            cells = {(int(r), int(c)): origin for r, c in zip(*np.nonzero(filled))}
        self.undo_stack.push(_ReplaceAll(self, new, text or self.tr("Replace periods"), cells))

    def _normalise(self, frame: pd.DataFrame) -> pd.DataFrame:
        out = self.empty_frame(len(frame))
        if "period" in frame.columns:
            out["period"] = [None if is_missing(v) else v for v in frame["period"].astype(object)]
        for key in PERIOD_INPUTS:
            if key in frame.columns:
                out[key] = pd.to_numeric(frame[key], errors="coerce").to_numpy(dtype="float64")
        return out

    # --- raw operations used by the undo commands ---
    def _write_block(self, top: int, left: int, values: list[list[Any]],
                     notes: list[list[_Note]] | None = None) -> tuple[list[list[Any]], list[list[_Note]]]:
        """Write values (and each cell's unreadable text and note); returns what was there before."""
        needed = top + len(values) - len(self._frame)
        if needed > 0:
            self._raw_insert(len(self._frame), needed)
        old, old_notes = [], []
        for i, row in enumerate(values):
            old_row, old_note_row = [], []
            for j, v in enumerate(row):
                cell = (top + i, left + j)
                old_row.append(self._frame.iat[cell])
                old_note_row.append((self.unreadable.pop(cell, None), self.cell_notes.pop(cell, None),
                                     self.origin.pop(cell, None)))
                written = notes[i][j] if notes is not None else (None, None)
                raw, note = written[0], written[1]
                if raw:
                    self.unreadable[cell] = raw
                if note is not None:
                    self.cell_notes[cell] = note
                if len(written) > 2 and written[2]:  # undo gives an imported value back its origin
                    self.origin[cell] = written[2]
                self.invalid_cells.pop(cell, None)  # checked again when the analysis runs
                col = PERIOD_TABLE_COLUMNS[left + j]  # the frame's columns are the table's, in order
                self._frame.iat[cell] = v if col == "period" else (np.nan if v is None else v)
            old.append(old_row)
            old_notes.append(old_note_row)
        width = max(len(r) for r in values)
        self.dataChanged.emit(self.index(top, left), self.index(top + len(values) - 1, left + width - 1))
        self.edited.emit()
        return old, old_notes

    def _shift_cells(self, row: int, by: int) -> None:
        """Move notes and unreadable texts of rows at or below ``row`` by ``by`` rows (dropping removed ones)."""
        def moved(cells: dict) -> dict:
            out = {}
            for (r, c), v in cells.items():
                if r < row:
                    out[(r, c)] = v
                elif by > 0 or r >= row - by:
                    out[(r + by, c)] = v
            return out
        self.unreadable = moved(self.unreadable)
        self.cell_notes = moved(self.cell_notes)
        self.origin = moved(self.origin)
        self.invalid_cells = moved(self.invalid_cells)

    def _raw_insert(self, row: int, count: int) -> None:
        self._shift_cells(row, count)
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        parts = [self._frame.iloc[:row], self.empty_frame(count), self._frame.iloc[row:]]
        self._frame = pd.concat(parts, ignore_index=True)
        self.endInsertRows()

    def _raw_remove(self, row: int, count: int) -> pd.DataFrame:
        removed = self._frame.iloc[row : row + count].copy()
        self._shift_cells(row, -count)
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        self._frame = self._frame.drop(index=range(row, row + count)).reset_index(drop=True)
        self.endRemoveRows()
        return removed

    def _raw_put_rows(self, row: int, rows: pd.DataFrame) -> None:
        self._shift_cells(row, len(rows))
        self.beginInsertRows(QModelIndex(), row, row + len(rows) - 1)
        self._frame = pd.concat([self._frame.iloc[:row], rows, self._frame.iloc[row:]], ignore_index=True)
        self.endInsertRows()

    def _raw_replace(self, frame: pd.DataFrame, origin: dict[tuple[int, int], str] | None = None
                     ) -> tuple[pd.DataFrame, dict[tuple[int, int], str]]:
        old, old_origin = self._frame, self.origin
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self.invalid_cells = {}
        self.unreadable = {}
        self.cell_notes = {}
        self.origin = dict(origin or {})
        self.endResetModel()
        self.edited.emit()
        return old, old_origin


_INVALID = object()


def _same(a: Any, b: Any) -> bool:
    if is_missing(a) and is_missing(b):
        return True
    return bool(a == b) if not (is_missing(a) or is_missing(b)) else False

