"""Table models over DataFrames: read-only results, and the editable period table with undo."""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from .panels.numbers import english_plural
from ..core.catalogue import unit_of
from ..core.errors import Problem
from ..core.schema import PERIOD_INPUTS
from ..messages import explanation, message_for, metric_name
from .formatting import (
    block_language,
    edit_text,
    format_value,
    is_missing,
    number_language,
    parse_user_number,
    user_number_problem,
)

__all__ = ["DataFrameModel", "PeriodTableModel", "PERIOD_TABLE_COLUMNS", "header_text", "header_tooltip", "unit_text",
           "english_plural"]

PERIOD_TABLE_COLUMNS: tuple[str, ...] = ("period", *PERIOD_INPUTS)
_Index = QModelIndex | QPersistentModelIndex


def unit_text(key: str, currency: str = "") -> str:
    """The unit of a key for a header, in brackets: "(%)", "(kr.)", "(days)"; "" for counts, text and dates,
    and for days when the name says so already ("Days in period")."""
    unit = unit_of(key)
    if unit == "percent":
        return "(%)"
    if unit == "money":
        return f"({currency})" if currency else ""
    if unit == "days":
        return "" if "days" in key else QCoreApplication.translate("Headers", "(days)")
    if unit == "periods":
        return QCoreApplication.translate("Headers", "(periods)")
    if unit == "points":
        return QCoreApplication.translate("Headers", "(points)")
    return ""


def _bare_name(key: str) -> str:
    """The display name without a trailing "%" or "(periods)" the unit brackets say again."""
    name = metric_name(key)
    unit = unit_of(key)
    if unit == "percent" and name.endswith("%"):
        name = name[:-1].rstrip()
    if unit == "periods" and name.endswith(")") and "(" in name:
        name = name[: name.rindex("(")].rstrip()
    return name


def header_text(key: str, currency: str = "", width: int = 14) -> str:
    """A column header of (at most) two lines: the metric's name and its unit in brackets, wrapped."""
    name, unit = _bare_name(key), unit_text(key, currency)
    words = name.split() + ([unit] if unit else [])
    if len(name) <= width or len(words) < 2:
        return f"{name}\n{unit}" if unit else name
    # Break at the space that makes the longer line shortest; the unit never stands alone on line 1.
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def header_tooltip(key: str, currency: str = "") -> str:
    """The header's tooltip in words: what the figure means, or its name and unit; never the internal key."""
    words = explanation(key)
    name = " ".join(part for part in (_bare_name(key), unit_text(key, currency)) if part)
    return f"{name}: {words}" if words else name


class DataFrameModel(QAbstractTableModel):
    """Read-only view of a DataFrame: formatted text, raw value for sorting, numbers right-aligned."""

    def __init__(self, frame: pd.DataFrame | None = None, currency: str = "", parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame() if frame is None else frame
        self._columns: list[str] = [str(c) for c in self._frame.columns]
        self.currency = currency
        self.header_names: dict[str, str] = {}
        self.background: Callable[[int, int, Any], QColor | None] | None = None
        # column key -> how to show its values (e.g. a customer's status in the interface language).
        self.value_text: dict[str, Callable[[Any], str]] = {}
        # row -> a font for the whole row (the cohorts' average row is bold), or None.
        self.row_font: Callable[[int], QFont | None] | None = None

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self._columns = [str(c) for c in self._frame.columns]
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in pandas (a proxy model would call data() n log n times from Python)."""
        if not len(self._columns) or column < 0 or column >= len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._frame = self._frame.sort_values(
            self._columns[column], ascending=order == Qt.SortOrder.AscendingOrder, kind="stable", na_position="last"
        ).reset_index(drop=True)
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._columns[index.column()]
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in self.value_text:
                return self.value_text[key](value)
            return format_value(key, value, currency=self.currency)
        if role == Qt.ItemDataRole.FontRole and self.row_font is not None:
            return self.row_font(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self.background is not None:
            color = self.background(index.row(), index.column(), value)
            if color is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                # Dark cells get white text so the number stays readable.
                return QBrush(QColor("white")) if color.lightness() < 140 else None
            return QBrush(color)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and section >= len(self._columns):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            key = self._columns[section]
            return self.header_names.get(key) or header_tooltip(key, self.currency)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            key = self._columns[section]
            return self.header_names.get(key) or header_text(key, self.currency)
        return str(section + 1)


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
        value = self._frame.iat[index.row(), index.column()]
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
        if role == Qt.ItemDataRole.DisplayRole:
            if is_missing(value):
                return ""
            if key == "period":
                return value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else str(value)
            return format_value(key, value)
        if role == Qt.ItemDataRole.EditRole:
            if is_missing(value):
                return ""
            if key == "period":
                return value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else str(value)
            return edit_text(float(value))  # as the user types it: 1234,5 in Danish
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "period":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (cell in self.invalid_cells or cell in self.unreadable):
            return QBrush(QColor(255, 220, 220))
        if role == Qt.ItemDataRole.BackgroundRole and cell in self.cell_notes:
            return QBrush(QColor(255, 244, 204))  # read, with a note on how
        return None

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
                col = PERIOD_TABLE_COLUMNS[left + j]
                self._frame.loc[top + i, col] = v if col == "period" else (np.nan if v is None else v)
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
# A cell's unreadable pasted text (or None) and its note (or None); what _write_block gives back
# also carries the cell's origin (or None), so undo restores an imported value as imported.
_Note = tuple[str | None, Problem | None] | tuple[str | None, Problem | None, str | None]


def _same(a: Any, b: Any) -> bool:
    if is_missing(a) and is_missing(b):
        return True
    return bool(a == b) if not (is_missing(a) or is_missing(b)) else False


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
