"""Table models over DataFrames: read-only results, and the editable period table with undo.

The read-only :class:`DataFrameModel` lives here; the editable period table is in
:mod:`retention_gui.ui.period_model` and the header helpers in :mod:`retention_gui.ui.headers`,
both importable from here as before.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .formatting import format_value
from .headers import header_text, header_tooltip, unit_text
from .panels.numbers import english_plural
from .period_model import PERIOD_TABLE_COLUMNS, PeriodTableModel

__all__ = ["DataFrameModel", "PeriodTableModel", "PERIOD_TABLE_COLUMNS", "header_text", "header_tooltip", "unit_text",
           "english_plural"]

_Index = QModelIndex | QPersistentModelIndex
_BLOCK_BITS = 8  # 256 rows per block of converted values


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
        # Values are read in blocks of rows, converted once: data() is called per cell and role, and a
        # pandas lookup per call made resizing a customer list's columns take ~100 ms.
        self._blocks: dict[tuple[int, int], np.ndarray] = {}
        self._blocks_of: pd.DataFrame | None = None

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self._columns = [str(c) for c in self._frame.columns]
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

    def value(self, row: int, column: int) -> Any:
        """The cell's value, as ``frame().iat[row, column]`` gives it."""
        if self._blocks_of is not self._frame:  # a new or re-sorted frame
            self._blocks.clear()
            self._blocks_of = self._frame
        key = (column, row >> _BLOCK_BITS)
        block = self._blocks.get(key)
        if block is None:
            start = key[1] << _BLOCK_BITS
            series = self._frame.iloc[start:start + (1 << _BLOCK_BITS), column]
            native = isinstance(series.dtype, np.dtype) and series.dtype.kind in "biuf"
            block = series.to_numpy() if native else series.to_numpy(dtype=object)
            self._blocks[key] = block
        return block[row & ((1 << _BLOCK_BITS) - 1)]

    def display_text(self, row: int, column: int) -> str:
        """The cell as it shows (the DisplayRole)."""
        key = self._columns[column]
        value = self.value(row, column)
        if key in self.value_text:
            return self.value_text[key](value)
        return format_value(key, value, currency=self.currency)

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(index.row()) if self.row_font is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.value(index.row(), index.column())
            if isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self.background is not None:
            color = self.background(index.row(), index.column(), self.value(index.row(), index.column()))
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
