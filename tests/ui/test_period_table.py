"""The period table: frozen period column, readable headers, red cells that say why, marks cleared, imported cells."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from retention_gui.pipeline import analyse_frame
from retention_gui.ui.models import PERIOD_TABLE_COLUMNS
from retention_gui.ui.period_table import PeriodTablePanel

END = PERIOD_TABLE_COLUMNS.index("customers_end")


@pytest.fixture
def table(qtbot):
    panel = PeriodTablePanel(QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.paste_rows()


def check(panel) -> None:
    panel.mark_invalid_cells(analyse_frame("periods", panel.model.frame()).errors)


def test_a_red_cell_tells_its_message_as_tooltip(table):
    paste(table, "P1\t10\t30\t5\n")  # retained 30 - 5 = 25 > start 10
    check(table)
    cell = table.model.index(0, END)
    assert table.model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert table.model.data(cell, Qt.ItemDataRole.ToolTipRole) == (
        "more customers retained than existed: end 30 - new 5 is more than start 10")


def test_clear_marks_leaves_no_red_cell(table):
    paste(table, "P1\t10\t30\t5\n")
    check(table)
    assert table.model.invalid_cells
    table.clear_marks()
    assert not table.model.invalid_cells
    assert table.model.data(table.model.index(0, END), Qt.ItemDataRole.BackgroundRole) is None
    assert table.model.data(table.model.index(0, END), Qt.ItemDataRole.ToolTipRole) is None


def test_editing_a_red_cell_takes_its_mark_away_until_checked_again(qtbot, table):
    paste(table, "P1\t10\t30\t5\n")
    check(table)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, END))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)  # edit the cell, as in Excel
    editor = table.view.indexWidget(table.model.index(0, END)) or table.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model.frame()["customers_end"].tolist() == [12])
    check(table)  # 12 - 5 = 7 <= 10: fine
    assert not table.model.invalid_cells


def test_the_period_column_stays_in_sight_when_scrolling_right(qtbot, table):
    paste(table, "2024-01\t10\t12\t3\n2024-02\t12\t13\t2\n")
    view = table.view
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    # The main view's period column is scrolled away; the frozen one covers the same place, showing column 0.
    assert view.columnViewportPosition(0) < 0
    frozen = view.frozen
    assert frozen.isVisible() and not frozen.isColumnHidden(0)
    assert all(frozen.isColumnHidden(c) for c in range(1, len(PERIOD_TABLE_COLUMNS)))
    assert frozen.geometry().left() == view.verticalHeader().width() + view.frameWidth()
    assert frozen.width() == view.columnWidth(0)
    index = frozen.indexAt(frozen.visualRect(table.model.index(1, 0)).center())
    assert (index.row(), index.column()) == (1, 0)
    assert table.model.data(index) == "2024-02"


def test_six_or_more_columns_fit_in_800_pixels(table):
    widths = [table.view.columnWidth(c) for c in range(len(PERIOD_TABLE_COLUMNS))]
    shown, used = 0, table.view.verticalHeader().width()
    for w in widths:
        if used + w > 800:
            break
        used += w
        shown += 1
    assert shown >= 6


def test_headers_are_words_with_units_never_internal_keys(table):
    model = table.model
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    for text in texts + tips:
        assert "_" not in text and not re.search(r"\b[a-z]+_[a-z]+\b", text)
        assert text.count("\n") <= 1
    col = {key: i for i, key in enumerate(PERIOD_TABLE_COLUMNS)}
    assert texts[col["gross_margin_pct"]] == "Gross margin\n(%)"
    assert texts[col["revenue"]] == "Revenue\n(kr.)"
    assert texts[col["customers_start"]] == "Customers\nat start"
    assert tips[col["revenue"]] == "Revenue (kr.): Revenue net of refunds."
    assert tips[col["days_in_period"]].startswith("Days in period")


def imported_periods(tmp_path, rows):
    """A periods sheet as the importer reads it: two title rows and a blank row, headers on row 4."""
    import openpyxl

    from retention_gui.io.reader import import_file

    path = tmp_path / "shop.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Nøgletal"
    sheet.append(["Nøgletal 2024"])
    sheet.append(["Butikken"])
    sheet.append([])
    sheet.append(["Periode", "Kunder ved start", "Kunder ved slut", "Nye kunder"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return import_file(path)


def test_imported_cells_show_where_they_came_from_until_edited(qtbot, table, tmp_path):
    imported = imported_periods(tmp_path, [["2024-01", 10, 12, 3], ["2024-02", 12, 13, 2]])
    assert imported.data["source_row"].tolist() == [5, 6]
    table.load_import(imported, "Import shop.xlsx", "shop.xlsx / Nøgletal")
    model = table.model
    cell = model.index(0, 1)
    assert model.data(cell, Qt.ItemDataRole.FontRole).italic()
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Imported from shop.xlsx / Nøgletal"
    assert "shop.xlsx / Nøgletal" in table.origin_note.text() and not table.origin_note.isHidden()
    assert model.setData(cell, "11")
    assert model.data(cell, Qt.ItemDataRole.FontRole) is None
    model.undo_stack.undo()
    assert model.data(cell, Qt.ItemDataRole.FontRole).italic()  # the imported value is back, as imported
    # A problem naming Excel row 6 of the file selects table row 2.
    from retention_gui.core.errors import Problem
    assert table.select_problem(Problem("negative_value", row=6, column="customers_end", file="shop.xlsx"))
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (1, END)


def test_the_analysis_of_an_unchanged_import_names_the_files_excel_rows_and_an_edited_table_its_own(
        qtbot, table, tmp_path):
    # Excel row 6: S=12, E=20, N=2 retains 18 of 12 customers; row 5 is fine.
    imported = imported_periods(tmp_path, [["2024-01", 10, 12, 3], ["2024-02", 12, 20, 2]])
    table.load_import(imported, "Import shop.xlsx", "shop.xlsx / Nøgletal")

    def analysis():
        result = analyse_frame("periods", table.model.frame())
        table.locate_in_import(result)
        return [(p.code, p.row, p.file, p.sheet) for p in result.errors]

    assert analysis() == [("retained_more_than_existed", 6, "shop.xlsx", "Nøgletal")]
    assert table.model.setData(table.model.index(0, 1), "11")  # an edit: the table is no longer the file
    assert analysis() == [("retained_more_than_existed", 2, None, None)]
