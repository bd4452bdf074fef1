"""The column mapping dialog on real export layouts: recognised columns pre-filled, quantity × unit
price, e-mail as the customer, the unit-price warning, and the mapping remembered for next time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from retention_gui.io.reader import read_raw
from retention_gui.ui.dialogs import MappingDialog
from retention_gui.ui.settings import AppSettings

from ..helpers import write_xlsx

UCI_HEADERS = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "Buyer", "Country"]
UCI_ROWS = [
    ["536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, dt.datetime(2010, 12, 1, 8, 26), 2.55, 17850, "United Kingdom"],
    ["536365", "71053", "WHITE METAL LANTERN", 6, dt.datetime(2010, 12, 1, 8, 26), 3.39, 17850, "United Kingdom"],
    ["536366", "22633", "HAND WARMER UNION JACK", 6, dt.datetime(2010, 12, 1, 8, 28), 1.85, None, "United Kingdom"],
    ["C536379", "D", "Discount", -1, dt.datetime(2010, 12, 1, 9, 41), 27.5, 14527, "United Kingdom"],
    ["536367", "84879", "ASSORTED COLOUR BIRD ORNAMENT", 32, dt.datetime(2011, 1, 5, 8, 34), 1.69, 13047, "United Kingdom"],
    ["536368", "22960", "JAM MAKING SET WITH JARS", 12, dt.datetime(2011, 2, 7, 10, 0), 4.25, 13047, "United Kingdom"],
]
# Rows with a customer: 6 x 2.55 + 6 x 3.39 - 1 x 27.5 + 32 x 1.69 + 12 x 4.25
#                     = 15.30 + 20.34 - 27.50 + 54.08 + 51.00 = 113.22 (the guest row's 11.10 is left out)
UCI_REVENUE = 113.22


def uci_file(tmp_path, name="uci.xlsx"):
    """UCI Online Retail with "CustomerID" renamed to "Buyer": the layout is not recognised and no
    column is the customer, so the import asks."""
    return write_xlsx(tmp_path / name, [UCI_HEADERS, *UCI_ROWS])


def choose(box, position: int) -> None:
    box.setCurrentIndex(box.findData(position))


def click_ok(qtbot, dialog: MappingDialog) -> None:
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def chosen(dialog: MappingDialog) -> dict[str, int]:
    return {key: int(box.currentData()) for key, box in dialog.boxes.items()}


def test_recognised_columns_are_pre_filled_and_quantity_times_price_gives_the_revenue(qtbot, window, tmp_path,
                                                                                      monkeypatch):
    seen = {}

    def person(dialog: MappingDialog) -> int:
        seen["boxes"] = chosen(dialog)
        seen["multiply"] = dialog.multiply.isChecked()
        seen["amount_enabled"] = dialog.boxes["amount"].isEnabled()
        seen["note"] = dialog.note.isVisibleTo(dialog)
        choose(dialog.boxes["customer_id"], 6)
        header = [dialog.preview.horizontalHeaderItem(j).text() for j in range(dialog.preview.columnCount())]
        seen["struck"] = [dialog.preview.item(i, 0).font().strikeOut() for i in range(dialog.preview.rowCount())]
        seen["computed"] = [dialog.preview.item(i, header.index("Amount\n= Quantity × UnitPrice")).text()
                            for i in range(dialog.preview.rowCount())]
        click_ok(qtbot, dialog)
        seen["mapping"] = dialog.mapping()
        return dialog.result()

    monkeypatch.setattr(MappingDialog, "exec", person)
    window.import_path(str(uci_file(tmp_path)))
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=30_000)
    assert seen["boxes"] == {"customer_id": -1, "email": -1, "order_date": 4, "amount": -1, "quantity": 3,
                             "unit_price": 5, "order_id": 0}
    assert seen["multiply"] and not seen["amount_enabled"] and not seen["note"]
    # The preview shows the amount the importer will compute, written as the interface language writes numbers.
    assert seen["computed"] == [QLocale().toString(v, "f", 2) for v in (15.30, 20.34, 11.10, -27.50, 54.08, 51.00)]
    assert seen["struck"] == [False, False, True, False, False, False]  # row 4 is a guest order
    assert seen["mapping"] == {"customer_id": 6, "order_date": 4, "quantity": 3, "unit_price": 5, "order_id": 0}
    summary = window.analysis.summary
    assert summary["revenue"] == pytest.approx(UCI_REVENUE)
    assert summary["customers"] == 3 and summary["orders"] == 3  # 536365, 536367, 536368; the refund is no order


def test_a_price_per_item_chosen_as_the_amount_is_warned_about_and_fixed_with_one_click(qtbot, tmp_path):
    dialog = MappingDialog(read_raw(uci_file(tmp_path)), "transactions")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.multiply, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.multiply.height() // 2))
    assert not dialog.multiply.isChecked() and dialog.boxes["amount"].isEnabled()
    assert not dialog.warning.isVisible()
    choose(dialog.boxes["unit_price"], -1)
    choose(dialog.boxes["amount"], 5)
    assert dialog.warning.isVisible()
    assert 'F "UnitPrice" looks like a price per item' in dialog.warning.text()
    dialog.warning.linkActivated.emit("use")
    assert dialog.multiply.isChecked() and not dialog.warning.isVisible()
    assert chosen(dialog)["unit_price"] == 5 and chosen(dialog)["quantity"] == 3
    assert "amount" not in dialog.mapping()


def test_quantity_times_price_needs_both_columns(qtbot, tmp_path):
    dialog = MappingDialog(read_raw(uci_file(tmp_path)), "transactions")
    qtbot.addWidget(dialog)
    choose(dialog.boxes["customer_id"], 6)
    choose(dialog.boxes["quantity"], -1)
    click_ok(qtbot, dialog)
    assert dialog.result() == 0
    assert dialog.message.text() == "Amount = quantity × unit price needs both columns; please pick: Quantity"


def test_a_mapping_with_only_an_e_mail_for_the_customer_is_accepted(qtbot, window, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "mails.xlsx", [
        ["Kontakt", "Dato", "Beløb"],
        ["Anna@Example.dk", dt.datetime(2024, 1, 5), 100],
        ["anna@example.dk ", dt.datetime(2024, 2, 5), 50],
        ["bo@example.dk", dt.datetime(2024, 2, 9), 70],
    ])
    seen = {}

    def person(dialog: MappingDialog) -> int:
        seen["boxes"] = chosen(dialog)
        choose(dialog.boxes["email"], 0)
        click_ok(qtbot, dialog)
        seen["message"] = dialog.message.text()
        return dialog.result()

    monkeypatch.setattr(MappingDialog, "exec", person)
    window.import_path(str(path))
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=30_000)
    assert seen["boxes"]["order_date"] == 1 and seen["boxes"]["amount"] == 2 and seen["boxes"]["customer_id"] == -1
    assert seen["message"] == ""
    assert window.analysis.summary["customers"] == 2  # Anna's two spellings are one customer
    assert window.analysis.summary["revenue"] == 220.0


def test_without_a_customer_or_e_mail_the_dialog_names_both(qtbot, tmp_path):
    dialog = MappingDialog(read_raw(uci_file(tmp_path)), "transactions")
    qtbot.addWidget(dialog)
    click_ok(qtbot, dialog)
    assert dialog.result() == 0
    assert dialog.message.text() == "Please pick a column for: Customer ID (or E-mail)"


def test_the_mapping_is_offered_again_for_the_same_columns(qtbot, window, tmp_path, monkeypatch):
    seen = []

    def person(dialog: MappingDialog) -> int:
        seen.append((chosen(dialog), dialog.note.isVisibleTo(dialog)))
        if len(seen) == 1:
            choose(dialog.boxes["customer_id"], 6)
        click_ok(qtbot, dialog)  # the second time: confirmed as offered
        return dialog.result()

    monkeypatch.setattr(MappingDialog, "exec", person)
    for name in ("first.xlsx", "second.xlsx"):
        window.analysis = None
        window.import_path(str(uci_file(tmp_path, name)))
        qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=30_000)
        window.dirty = False
    assert len(seen) == 2
    first, second = seen
    assert first[0]["customer_id"] == -1 and not first[1]
    assert second[0]["customer_id"] == 6 and second[1]
    assert second[0]["quantity"] == 3 and second[0]["unit_price"] == 5 and second[0]["amount"] == -1
    assert window.analysis.summary["revenue"] == pytest.approx(UCI_REVENUE)
    remembered = AppSettings().mapping_for(UCI_HEADERS)
    assert remembered is not None and remembered.kind == "transactions"
    assert remembered.mapping == {"customer_id": 6, "order_date": 4, "quantity": 3, "unit_price": 5, "order_id": 0}


def test_a_remembered_mapping_belongs_to_its_column_names_only():
    settings = AppSettings()
    settings.remember_mapping(["Kunde X", "Dato", "Sum"], {"customer_id": 0, "order_date": 1, "amount": 2})
    assert settings.mapping_for(["kunde x", "Dato", "Sum"]).mapping == {"customer_id": 0, "order_date": 1, "amount": 2}
    assert settings.mapping_for(["Dato", "Kunde X", "Sum"]) is None
    assert settings.mapping_for(["Kunde X", "Dato", "Sum", "Note"]) is None
