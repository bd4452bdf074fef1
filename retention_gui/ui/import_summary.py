"""What was read: one line above the results after an import, and a dialog with the full list.

Everything comes from ``ImportResult.summary`` (``io.reader.import_summary``): the sheet, the column
used for each role (the amount as quantity × unit price when computed), rows read and used, rows left
out and why, and the day/month order decided for each date column. Nothing is computed here but the
refund rows, counted from the imported data for display.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.reader import ImportResult
from ..messages import metric_name
from .formatting import format_value

__all__ = ["ImportSummaryBar", "ImportSummaryDialog", "summary_items"]


def _money(value: Any, currency: str) -> str:
    return format_value("revenue", value, currency=currency)


def _amount_column(imported: ImportResult) -> str | None:
    """The amount's column, or "Quantity × UnitPrice" when the amount is computed per row."""
    s = imported.summary
    m = imported.mapping
    if "amount" not in m and "quantity" in m and "unit_price" in m:
        raw = imported.raw
        q, p = m["quantity"], m["unit_price"]
        return f"{raw.headers[q] or raw.letters[q]} × {raw.headers[p] or raw.letters[p]}"
    value = s.get("amount") or (s.get("columns") or {}).get("amount")  # type: ignore[union-attr]
    return str(value) if value else None


def _refunds(imported: ImportResult) -> tuple[int, float]:
    data = imported.data
    if imported.kind != "transactions" or "amount" not in data.columns:
        return 0, 0.0
    amounts = data["amount"].to_numpy(dtype=float, na_value=np.nan)
    negative = amounts < 0
    return int(negative.sum()), float(amounts[negative].sum())


class _Words(QObject):
    """The wording shared by the bar and the dialog (one translation context)."""

    def kind_text(self, kind: str) -> str:
        return {"transactions": self.tr("orders"), "periods": self.tr("figures per period"),
                "nps": self.tr("NPS answers")}.get(kind, kind)

    def date_order_text(self, order: str | None) -> str:
        return {"day_first": self.tr("day before month"),
                "month_first": self.tr("month before day"),
                "day_first_assumed": self.tr("day before month (assumed: no day or month above 12 tells)")
                }.get(order or "", self.tr("dates as stored in the file"))

    def left_out_text(self, item: dict[str, Any], currency: str) -> str:
        rows = int(item.get("rows", 0))
        reason = item.get("reason")
        if reason == "guest_rows":
            return self.tr("%n guest row(s) without a customer, %1", "", rows).replace(
                "%1", _money(item.get("amount"), currency))
        if reason == "total_rows":
            return self.tr("%n totals row(s)", "", rows)
        return self.tr("%n row(s): %1", "", rows).replace("%1", str(reason))

    def amount_text(self, imported: ImportResult) -> str | None:
        column = _amount_column(imported)
        if column is None:
            return None
        if "amount" not in imported.mapping and "quantity" in imported.mapping:
            return self.tr("%1 (computed for each row)").replace("%1", column)
        return column

    def items(self, imported: ImportResult, currency: str = "") -> list[tuple[str, str]]:
        """(item, what was read) for every line of the details dialog, translated."""
        s = imported.summary
        items: list[tuple[str, str]] = [(self.tr("File"), str(s.get("file", imported.file)))]
        if s.get("sheet"):
            items.append((self.tr("Sheet"), str(s["sheet"])))
        items.append((self.tr("Header row"), str(s.get("header_row", imported.raw.header_row))))
        items.append((self.tr("The sheet holds"), self.kind_text(imported.kind)))
        if s.get("layout"):
            items.append((self.tr("Known layout"), str(s["layout"])))
        columns: dict[str, Any] = dict(s.get("columns") or {})  # type: ignore[arg-type]
        role_order = ("customer_id", "email", "order_date", "amount", "quantity", "unit_price", "order_id")
        for role, label in sorted(columns.items(), key=lambda kv: role_order.index(kv[0]) if kv[0] in role_order else len(role_order)):
            if role == "amount":
                continue
            name = metric_name(role)
            if role == "email" and s.get("customer_id_is_email"):
                name = self.tr("%1 (the customer ID)").replace("%1", metric_name("email"))
            items.append((name, str(label)))
        amount = self.amount_text(imported)
        if amount:
            at = next((i for i, (name, _) in enumerate(items) if name == metric_name("quantity")), len(items))
            items.insert(at, (metric_name("amount"), amount))
        for other in s.get("amount_alternatives") or []:  # type: ignore[union-attr]
            items.append((self.tr("Not used as the amount"), str(other)))
        items.append((self.tr("Rows read"), format_value("orders", s.get("rows_read"))))
        items.append((self.tr("Rows used"), format_value("orders", s.get("rows_used"))))
        for item in s.get("left_out") or []:  # type: ignore[union-attr]
            items.append((self.tr("Left out"), self.left_out_text(item, currency)))
        refunds, refund_amount = _refunds(imported)
        if refunds:
            items.append((self.tr("Refunds"), self.tr("%n row(s) with a negative amount, %1; they lower revenue and are not "
                                                "orders", "", refunds).replace("%1", _money(refund_amount, currency))))
        blank = int(s.get("blank_amounts_counted_as_zero") or 0)  # type: ignore[arg-type]
        if blank:
            items.append((self.tr("Blank amounts"), self.tr("%n blank amount(s) counted as 0: the order's amount is on "
                                                      "another of its rows", "", blank)))
        for key, order in dict(s.get("date_order") or {}).items():  # type: ignore[arg-type]
            column = columns.get(key) or metric_name(key)
            items.append((self.tr("Dates in %1").replace("%1", str(column)), self.date_order_text(order)))
        return items


def summary_items(imported: ImportResult, currency: str = "", words: _Words | None = None) -> list[tuple[str, str]]:
    """(item, what was read) for every line of the details dialog, translated."""
    return (words or _Words()).items(imported, currency)


class ImportSummaryBar(QFrame):
    """One line saying what an import read, with "Details…" for the full list.

    ``show_import(imported)`` (None hides it); ``show_analysis(analysis)`` shows an analysis's source
    when it came from a file, so the bar can sit with the result panels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("#import_summary { background: #f4f7fa; border: 1px solid #d5dde5; border-radius: 3px; }")
        self.imported: ImportResult | None = None
        self.currency = ""
        self._words = _Words(self)
        self.text = QLabel("")
        self.text.setObjectName("import_summary_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("import_summary_details")
        self.details_button.setToolTip(self.tr("Everything the import read: the column of each item, the rows left "
                                               "out and why, and how dates were read"))
        self.details_button.clicked.connect(self._on_details_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dialog: ImportSummaryDialog | None = None
        self.hide()

    def show_analysis(self, analysis: Any) -> None:
        source = getattr(analysis, "source", None) if analysis is not None else None
        currency = analysis.settings.currency if analysis is not None else ""
        self.show_import(source if isinstance(source, ImportResult) else None, currency)

    def show_import(self, imported: ImportResult | None, currency: str = "") -> None:
        self.imported = imported
        self.currency = currency
        if imported is None or not imported.summary:
            self.text.setText("")
            self.hide()
            return
        self.text.setText(self.line())
        self.show()

    def line(self) -> str:
        """The short line: where from, rows read and used, the amount and customer columns, what was left out."""
        imported = self.imported
        assert imported is not None
        w = self._words
        s = imported.summary
        where = str(s.get("file", imported.file)) + (f" / {s['sheet']}" if s.get("sheet") else "")
        rows_read = int(s.get("rows_read", 0))  # type: ignore[arg-type]
        rows_used = int(s.get("rows_used", 0))  # type: ignore[arg-type]
        parts = [self.tr("Read %1: %2 of %Ln row(s) used", "", rows_read).replace("%1", where).replace(
            "%2", format_value("orders", rows_used))]
        amount = w.amount_text(imported)
        if amount:
            parts.append(self.tr("amount: %1").replace("%1", amount))
        customer = s.get("customer_id")
        if customer:
            parts.append((self.tr("customer (e-mail): %1") if s.get("customer_id_is_email")
                          else self.tr("customer: %1")).replace("%1", str(customer)))
        left = [w.left_out_text(item, self.currency) for item in s.get("left_out") or []]  # type: ignore[union-attr]
        if left:
            parts.append(self.tr("left out: %1").replace("%1", ", ".join(left)))
        refunds, _ = _refunds(imported)
        if refunds:
            parts.append(self.tr("%n refund row(s)", "", refunds))
        orders = {order for order in dict(s.get("date_order") or {}).values() if order}  # type: ignore[arg-type]
        if len(orders) == 1:
            parts.append(self.tr("dates: %1").replace("%1", w.date_order_text(orders.pop())))
        return " · ".join(parts)

    def _on_details_button_clicked(self) -> None:
        if self.imported is None:
            return
        if self.dialog is None:
            self.dialog = ImportSummaryDialog(self.imported, self.currency, self.window())
        else:
            self.dialog.show_import(self.imported, self.currency)
        if self.dialog.isVisible():
            self.dialog.raise_()  # already open behind the window: bring it forward
        self.dialog.show()


class ImportSummaryDialog(QDialog):
    """Non-modal: every item of the import summary, one per row."""

    def __init__(self, imported: ImportResult, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary_dialog")
        self.setWindowTitle(self.tr("What was read"))
        self.setModal(False)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("import_summary_table")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("What was read")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.items: list[tuple[str, str]] = []
        self._words = _Words(self)
        self.show_import(imported, currency)
        self.resize(720, 440)

    def show_import(self, imported: ImportResult, currency: str = "") -> None:
        self.items = summary_items(imported, currency, self._words)
        self.table.setRowCount(len(self.items))
        for i, (name, value) in enumerate(self.items):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
