"""The mapping dialog's preview: the first rows of the sheet as they will be read.

Mapped columns come first, in the order of their roles, with their values as the importer reads
them (numbers as the interface language writes them, dates without a midnight time, and the
amount as quantity × unit price when it is computed); the columns left out follow in grey, and
order lines without a customer (guest orders) are struck out.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core.parsing import to_number
from ..core.report import is_missing, plain
from ..core.schema import PERIOD_INPUTS
from ..io.reader import RawSheet
from ..messages import metric_name

__all__ = ["MappingPreview", "PREVIEW_ROWS", "column_names"]

PREVIEW_ROWS = 8
_NUMBER_ROLES = frozenset({"amount", "quantity", "unit_price", "score", *PERIOD_INPUTS})


def column_names(raw: RawSheet) -> list[str]:
    """Each column as the user sees it: its letter and its header (``B "Customer ID"``)."""
    return [f'{letter} "{h}"' if h else letter for letter, h in zip(raw.letters, raw.headers)]


class MappingPreview(QTableWidget):
    """Read-only table of the first :data:`PREVIEW_ROWS` rows of ``raw``."""

    def __init__(self, raw: RawSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.raw = raw

    def show_mapping(self, kind: str, roles: tuple[str, ...], mapping: dict[str, int], multiply: bool) -> None:
        """Show the first rows read with ``mapping`` (role -> column position) for a sheet of ``kind``;
        ``roles`` in the order the dialog lists them; ``multiply``: the amount is quantity × unit price."""
        data = self.raw.data.head(PREVIEW_ROWS)
        rows = np.asarray(self.raw.source_rows[: len(data)])
        names = column_names(self.raw)
        numbers: dict[int, pd.Series] = {}

        def as_numbers(pos: int) -> pd.Series:
            if pos not in numbers:
                numbers[pos], _ = to_number(data.iloc[:, pos].reset_index(drop=True), "amount", rows,
                                            decimal_comma=self.raw.decimal_comma)
            return numbers[pos]

        # (header, cells, is a mapped column); numbers are right-aligned
        columns: list[tuple[str, list[str], bool]] = []
        right: set[str] = set()
        for key in roles:
            pos = mapping.get(key, -1)
            if pos < 0:
                continue
            header = f"{metric_name(key)}\n{names[pos]}"
            if key in _NUMBER_ROLES:
                values = as_numbers(pos)
                cells = [_number_text(values.iloc[i], data.iat[i, pos]) for i in range(len(data))]
            elif key in ("order_date", "answer_date"):
                cells = [_preview_text(data.iat[i, pos], date_only=True) for i in range(len(data))]
            else:
                cells = [_preview_text(data.iat[i, pos]) for i in range(len(data))]
            columns.append((header, cells, True))
            if key in _NUMBER_ROLES:
                right.add(header)
        if multiply and "quantity" in mapping and "unit_price" in mapping:
            product = as_numbers(mapping["quantity"]) * as_numbers(mapping["unit_price"])
            header = f"{metric_name('amount')}\n= {self.raw.headers[mapping['quantity']] or names[mapping['quantity']]}" \
                     f" × {self.raw.headers[mapping['unit_price']] or names[mapping['unit_price']]}"
            cells = [_money_text(v) for v in product]
            right.add(header)
            index = next((i for i, (h, _, _) in enumerate(columns) if h.startswith(metric_name("quantity"))), len(columns))
            columns.insert(index, (header, cells, True))
        used = set(mapping.values())
        for pos in range(data.shape[1]):
            if pos not in used:
                columns.append((names[pos], [_preview_text(data.iat[i, pos]) for i in range(len(data))], False))
        self.clear()
        self.setColumnCount(len(columns))
        self.setRowCount(len(data))
        self.setHorizontalHeaderLabels([h for h, _, _ in columns])
        self.setVerticalHeaderLabels([str(r) for r in rows])
        grey = QBrush(QColor("#8a8a8a"))
        bold = QFont(self.font())
        bold.setBold(True)
        # Order lines without a customer (guest orders) are left out of every figure: shown struck out.
        guests = _guest_rows(data, mapping, kind)
        guest_tip = self.tr("No customer on this row: a guest order, left out of every figure.")
        for i in np.flatnonzero(guests):
            row_header = QTableWidgetItem(str(rows[i]))
            row_header.setToolTip(guest_tip)
            self.setVerticalHeaderItem(int(i), row_header)
        for j, (header, cells, mapped) in enumerate(columns):
            header_item = self.horizontalHeaderItem(j)
            if mapped and header_item is not None:
                header_item.setFont(bold)
            for i, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if guests[i]:
                    struck = QFont(self.font())
                    struck.setStrikeOut(True)
                    item.setFont(struck)
                    item.setToolTip(guest_tip)
                if not mapped or guests[i]:
                    item.setForeground(grey)
                elif header in right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(i, j, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _guest_rows(data: pd.DataFrame, mapping: dict[str, int], kind: str) -> np.ndarray:
    """Preview rows whose customer cell (the customer ID, else the e-mail) is blank."""
    if kind != "transactions":
        return np.zeros(len(data), dtype=bool)
    pos = mapping.get("customer_id", mapping.get("email", -1))
    if pos < 0:
        return np.zeros(len(data), dtype=bool)
    return np.array([is_missing(v) or (isinstance(v, str) and not v.strip()) for v in data.iloc[:, pos]], dtype=bool)


def _preview_text(value: object, date_only: bool = False) -> str:
    if is_missing(value):
        return ""
    if hasattr(value, "strftime"):
        if date_only:  # the calendar date is what counts (METRICS.md section 3); the time is ignored
            return value.strftime("%Y-%m-%d")
        text = value.strftime("%Y-%m-%d %H:%M")
        return text[:-6] if text.endswith(" 00:00") else text
    # Ids and codes stay as written ("17850", not "17.850"); numbers of the number roles are formatted.
    return str(plain(value, whole=True))


def _plain_number(v: float) -> str:
    """A number as the interface language writes it, with the digits it has (up to 6 decimals)."""
    loc = QLocale()
    if v.is_integer() and abs(v) < 1e15:
        return loc.toString(int(v))
    text = f"{v:.6f}".rstrip("0")
    places = len(text.split(".")[1]) if "." in text else 0
    return loc.toString(v, "f", places)


def _number_text(value: object, cell: object) -> str:
    """A number read from ``cell``: formatted; a cell that could not be read keeps its text."""
    if is_missing(value):
        return _preview_text(cell)
    return _plain_number(float(value))  # type: ignore[arg-type]


def _money_text(value: object) -> str:
    if is_missing(value):
        return ""
    return QLocale().toString(float(value), "f", 2)  # type: ignore[arg-type]
