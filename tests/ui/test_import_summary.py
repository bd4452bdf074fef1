"""After an import, one line says what was read (and a dialog lists all of it); the worker reports
even a BaseException (a Rust panic) as a failure; the texts have Danish and Swedish wording."""

from __future__ import annotations

import ast
import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from retention_gui.pipeline import analyse_file
from retention_gui.ui.import_summary import ImportSummaryBar
from retention_gui.ui.worker import Worker

from ..helpers import write_xlsx
from .test_mapping_dialog import UCI_ROWS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from translations_table import PLURALS, T  # noqa: E402


@pytest.fixture
def uci_analysis(tmp_path):
    """The UCI Online Retail layout as published (recognised without the dialog)."""
    headers = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]
    return analyse_file(str(write_xlsx(tmp_path / "uci.xlsx", [headers, *UCI_ROWS])), strict=False)


def test_the_bar_says_how_the_amount_was_made_and_which_guests_were_left_out(qtbot, uci_analysis):
    bar = ImportSummaryBar()
    qtbot.addWidget(bar)
    bar.show_analysis(uci_analysis)
    assert not bar.isHidden()
    text = bar.text.text()
    assert text.startswith("Read uci.xlsx / Data: 5 of 6 row(s) used")
    assert "amount: Quantity × UnitPrice (computed for each row)" in text
    assert 'customer: G "CustomerID"' in text
    # One guest row (536366: 6 x 1.85) is left out, with its net amount.
    assert "left out: 1 guest row(s) without a customer, 11.10 kr." in text
    assert "1 refund row(s)" in text


def test_details_list_every_role_and_what_was_left_out(qtbot, uci_analysis):
    bar = ImportSummaryBar()
    qtbot.addWidget(bar)
    bar.show_import(uci_analysis.source, "kr.")
    bar.show()
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    dialog = bar.dialog
    qtbot.addWidget(dialog)
    assert dialog is not None and not dialog.isModal()
    items = dict(dialog.items)
    assert items["Known layout"] == "UCI Online Retail"
    assert items["Customer ID"] == 'G "CustomerID"'
    assert items["Amount"] == "Quantity × UnitPrice (computed for each row)"
    assert items["Quantity"] == 'D "Quantity"' and items["Unit price"] == 'F "UnitPrice"'
    assert items["Rows read"] == "6" and items["Rows used"] == "5"
    assert items["Left out"] == "1 guest row(s) without a customer, 11.10 kr."
    assert items["Refunds"] == "1 row(s) with a negative amount, -27.50 kr.; they lower revenue and are not orders"
    assert dialog.table.rowCount() == len(dialog.items)
    assert dialog.table.item(0, 1).text() == "uci.xlsx"


def test_text_dates_say_which_order_was_decided(qtbot, tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", [["Kunde", "Dato", "Beløb"], ["A", "13/01/2024", 10], ["B", "02/03/2024", 5],
                                            ["", "04/03/2024", 7]])
    bar = ImportSummaryBar()
    qtbot.addWidget(bar)
    bar.show_analysis(analyse_file(str(path), strict=False))
    assert "dates: day before month" in bar.text.text()
    assert "left out: 1 guest row(s) without a customer, 7.00 kr." in bar.text.text()


def test_no_import_hides_the_bar(qtbot, uci_analysis):
    bar = ImportSummaryBar()
    qtbot.addWidget(bar)
    bar.show_analysis(uci_analysis)
    bar.show_import(None)
    assert bar.isHidden() and bar.text.text() == ""


class FakePanic(BaseException):
    """Like pyo3's PanicException: a BaseException, not an Exception."""


def test_a_worker_reports_a_base_exception_as_a_failure(qtbot):
    def panics(progress, cancel):
        raise FakePanic("called `Option::unwrap()` on a `None` value")

    worker = Worker(panics)
    failed, finished, done = [], [], []
    worker.failed.connect(failed.append)
    worker.finished.connect(finished.append)
    worker.done.connect(lambda: done.append(True))
    worker.run()  # the thread's body, run here so nothing races the connections
    assert len(failed) == 1 and isinstance(failed[0], FakePanic) and finished == [] and done == [True]


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit], ids=["KeyboardInterrupt", "SystemExit"])
def test_a_worker_lets_interrupt_and_exit_through(qtbot, exc):
    def stops(progress, cancel):
        raise exc()

    worker = Worker(stops)
    failed = []
    worker.failed.connect(failed.append)
    with pytest.raises(exc):
        worker.run()
    assert failed == []


FILES = [ROOT / "retention_gui" / "ui" / name for name in ("import_summary.py", "mapping_dialog.py", "mapping_preview.py")]


def texts() -> list[tuple[str, bool]]:
    out = []
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    out.append((node.args[0].value, len(node.args) >= 3))
    return out


TEXTS = texts()


@pytest.mark.parametrize("text, plural", TEXTS, ids=[t[:40] for t, _ in TEXTS])
def test_every_text_has_danish_and_swedish(text, plural):
    if plural:
        for forms in PLURALS[text]:
            assert len(forms) == 2 and all(forms) and re.search("%L?n", forms[1])
    else:
        da, sv = T[text]
        assert sorted(set(re.findall(r"%\d", da))) == sorted(set(re.findall(r"%\d", text))) == \
            sorted(set(re.findall(r"%\d", sv)))
