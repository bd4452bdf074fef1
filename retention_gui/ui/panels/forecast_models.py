"""The Forecast tab's tables: customers and the win-back list over a forecast's per-customer frame,
and the sortable view both are shown in."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ..models import DataFrameModel
from .numbers import english_plural, money, number, percent

__all__ = ["ForecastTableModel", "counted", "table_view"]


def counted(text: str, n: int) -> str:
    """A ``tr("%n ...", "", n)`` text with "(s)" written out and the number grouped as the language writes it."""
    return english_plural(text, n).replace(str(n), number(n), 1)


def _two_lines(text: str, longer_than: int = 16) -> str:
    """A long column title on two lines, broken at the space nearest its middle (Danish titles are long)."""
    if len(text) <= longer_than or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class ForecastTableModel(DataFrameModel):
    """Customers with P(alive) as a percentage, and "one purchase so far" for one-time buyers.

    The frame keeps ``frequency`` (hidden from view when not a column to show) to know x = 0:
    the model gives such a customer P(alive) = 1, which would read as a promise.
    """

    def __init__(self, columns: tuple[str, ...], parent=None) -> None:
        super().__init__(parent=parent)
        self.shown = columns
        self.one_purchase = ""
        self._full = pd.DataFrame()
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_data(self, frame: pd.DataFrame | None) -> None:
        """The whole list; the filter and the last sort are applied again."""
        self._full = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        frame = self._full
        if self._needle and len(frame):
            ids = frame["customer_id"].astype(str).str.casefold()
            hit = ids.str.contains(self._needle, regex=False)
            if "email" in frame.columns:
                hit |= frame["email"].fillna("").astype(str).str.casefold().str.contains(self._needle, regex=False)
            frame = frame[hit]
        cols = [c for c in self.shown if c in frame.columns] if len(frame.columns) else []
        self._x = frame["frequency"].to_numpy() if "frequency" in frame.columns else None
        self.set_frame(frame[cols] if cols else pd.DataFrame())
        self._x = frame["frequency"].to_numpy() if "frequency" in frame.columns else None
        if self._sort is not None:
            self.sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        cols = self._columns
        if not cols or column < 0 or column >= len(cols):
            return
        # Sort the full rows (with frequency) so the one-purchase flag moves with its customer.
        frame = self._frame.copy()
        frame["__x"] = self._x if self._x is not None and len(self._x) == len(frame) else np.nan
        self.layoutAboutToBeChanged.emit()
        frame = frame.sort_values(cols[column], ascending=order == Qt.SortOrder.AscendingOrder, kind="stable",
                                  na_position="last").reset_index(drop=True)
        self._x = frame.pop("__x").to_numpy()
        self._frame = frame
        self.layoutChanged.emit()

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            key = self._columns[index.column()]
            value = self.value(index.row(), index.column())
            if key == "p_alive":
                x = self._x[index.row()] if self._x is not None else np.nan
                if x == 0:
                    return self.one_purchase
                return percent(None if pd.isna(value) else 100.0 * float(value), 0)
            if key in ("revenue", "expected_spend", "predicted_clv", "value_at_risk"):
                return money(value, self.currency, 2)
            if key == "expected_purchases":
                return number(value, 2)
            if key == "email" and (value is None or (isinstance(value, float) and np.isnan(value))):
                return ""
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        text = super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return text
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and text:
            return _two_lines(text)
        return super().headerData(section, orientation, role)

    def x(self) -> np.ndarray | None:
        """Calibration frequency of the shown rows, in view order."""
        return self._x


def table_view(model: ForecastTableModel, name: str) -> QTableView:
    """A sortable, row-selecting view of ``model`` with stretched columns and compact rows."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setVisible(False)
    return view
