"""The problems list: every error and warning of the data, with row and column, leading to the cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from retention_gui.core.errors import Problem
from retention_gui.pipeline import analyse_frame
from retention_gui.ui.period_table import PeriodTablePanel
from retention_gui.ui.problems import ProblemCountButton, ProblemsPanel

from .table_translator import TableTranslator


@pytest.fixture
def table(qtbot):
    panel = PeriodTablePanel(QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    return panel


def paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.paste_rows()


def test_a_consistency_error_and_a_cell_problem_are_both_listed_with_row_and_column(qtbot, table):
    # Row 1: start 10, end 30, new 5 -> retained = 30 - 5 = 25 > 10: "more retained than existed".
    # Row 2: "abc" is not a number: a cell problem of the table (no analysis problem).
    paste(table, "P1\t10\t30\t5\nP2\tabc\t12\t2\n")
    analysis = analyse_frame("periods", table.model.frame())
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(analysis.problems, table.model.cell_problems())
    rows = [(p.code, p.row, p.column) for p in panel.visible_problems()]
    assert ("retained_more_than_existed", 1, "customers_end") in rows
    assert ("not_a_number", 2, "customers_start") in rows
    shown = {panel.list.topLevelItem(i).text(4): panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())}
    item = shown["more customers retained than existed: end 30 - new 5 is more than start 10"]
    assert (item.text(0), item.text(2), item.text(3)) == ("Error", "1", "Customers at end")
    assert panel.summary.text().startswith("2 input errors")


def test_the_same_problem_given_twice_is_listed_once(qtbot):
    p = Problem("not_a_number", row=3, column="revenue", values={"value": "x"})
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([p], [p.located()])
    assert panel.list.topLevelItemCount() == 1


def test_clicking_a_row_emits_its_problem_and_enter_does_too(qtbot):
    problems = [Problem("negative_value", row=4, column="revenue", values={"value": -5}),
                Problem("churn_high", severity="warning", row=2, column="churn_pct", values={"threshold": 7})]
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.set_problems(problems)
    # Sorted by row: the warning of row 2 comes first.
    first = panel.list.topLevelItem(0)
    assert first.text(2) == "2"
    rect = panel.list.visualItemRect(panel.list.topLevelItem(1))
    with qtbot.waitSignal(panel.problem_activated) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] is problems[0]
    panel.list.setFocus()
    panel.list.setCurrentItem(first)
    with qtbot.waitSignal(panel.problem_activated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args[0] is problems[1]


def test_the_severity_filter_shows_only_warnings(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([Problem("negative_value", row=4, column="revenue", values={"value": -5}),
                        Problem("churn_high", severity="warning", row=2, column="churn_pct", values={"threshold": 7})])
    panel.severity.setCurrentIndex(panel.severity.findData("warning"))
    assert [p.code for p in panel.visible_problems()] == ["churn_high"]


def test_the_count_button_counts_in_english_and_clicks(qtbot):
    button = ProblemCountButton()
    qtbot.addWidget(button)
    button.show()
    button.set_problems([Problem("negative_value"), Problem("churn_high", severity="warning"),
                         Problem("dso_high", severity="warning")])
    assert button.text() == "1 input error; 2 warnings"
    assert button.isVisible()
    with qtbot.waitSignal(button.clicked):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    button.set_counts(0, 0)
    assert not button.isVisible()


@pytest.mark.parametrize("language, expected", [("da", "22 indtastningsfejl; 1 advarsel"), ("sv", "22 inmatningsfel; 1 varning")])
def test_the_count_button_counts_in_danish_and_swedish(qtbot, language, expected):
    translator = TableTranslator(language)
    QCoreApplication.installTranslator(translator)
    try:
        button = ProblemCountButton()
        qtbot.addWidget(button)
        button.set_counts(22, 1)
        assert button.text() == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_window_lists_every_problem_and_leads_to_the_cell(qtbot, window):
    """Runs once the lead has wired the panel into the main window (problems_panel, problems_dock)."""
    if not hasattr(window, "problems_panel"):
        pytest.skip("the problems dock is wired into main_window.py by the lead")
    from retention_gui.paths import sample_workbook

    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_path(str(sample_workbook()), sheet="Nøgletal", remember=False)
    panel = window.problems_panel
    warnings = [p for p in panel.problems if p.severity == "warning"]
    assert warnings and all(p.file == "sample_shop.xlsx" for p in warnings)
    assert window.problems_label.text() == f"{len(warnings)} warnings"
    # Type an impossible "customers at end" into the third period: a consistency error joins the list.
    model = window.table_model
    column = list(model.frame().columns).index("customers_end")
    assert model.setData(model.index(2, column), "99999")
    errors = [p for p in panel.problems if p.severity == "error"]
    assert [(p.code, p.row, p.column) for p in errors] == [("retained_more_than_existed", 3, "customers_end")]
    assert model.data(model.index(2, column), Qt.ItemDataRole.ToolTipRole).startswith("more customers retained")
    qtbot.mouseClick(window.problems_label, Qt.MouseButton.LeftButton)
    assert window.problems_dock.isVisible()
    item = next(panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())
                if panel.list.topLevelItem(i).text(0) == "Error")
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    current = window.table_view.currentIndex()
    assert (current.row(), current.column()) == (2, column)
    # New: no red cell and no problem from the old data remain.
    window.dirty = False
    window.new_file()
    assert not model.invalid_cells and panel.problems == [] and not window.problems_label.isVisible()
