"""Customers (translated status, lapsed valuable customers, CSV export) and cohorts (average row, colours, headers)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from retention_gui.pipeline import Analysis, Settings
from retention_gui.ui.panels.tables import NEUTRAL, CohortsPanel, CustomersPanel, cohort_average

from .table_translator import TableTranslator


def customers_analysis() -> Analysis:
    customers = pd.DataFrame({
        "customer_id": ["A", "B", "C", "D"],
        "orders": [5, 1, 3, 2],
        "revenue": [900.0, 50.0, 400.5, 1200.0],
        "first_order": pd.to_datetime(["2023-01-05", "2023-02-01", "2023-03-01", "2023-01-10"]),
        "last_order": pd.to_datetime(["2024-06-01", "2023-02-01", "2023-05-01", "2023-04-02"]),
        "days_since_last_order": [30.0, 500.0, 410.0, 440.0],
        "status": ["alive", "lost", "lost", "lost"],
    })
    return Analysis("transactions", Settings(), customers=customers)


def cohorts_analysis(frequency: str = "month") -> Analysis:
    cohorts = pd.DataFrame({
        "cohort": ["2024-01", "2024-02", "2024-03"],
        "size": [10, 30, 20],
        "retention_pct": [[100.0, 50.0, 20.0], [100.0, 10.0], [100.0]],
    })
    return Analysis("transactions", Settings(frequency=frequency), cohorts=cohorts)


@pytest.fixture
def danish():
    translator = TableTranslator("da")
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def column_texts(panel, key: str) -> list[str]:
    col = list(panel.model.frame().columns).index(key)
    return [panel.model.data(panel.model.index(r, col)) for r in range(panel.model.rowCount())]


def test_customer_status_is_shown_in_danish_and_the_data_keeps_its_values(qtbot, danish):
    panel = CustomersPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(customers_analysis())
    assert sorted(set(column_texts(panel, "status"))) == ["aktiv", "mistet"]
    assert sorted(panel.model.frame()["status"].unique()) == ["alive", "lost"]


def test_customer_headers_are_words_with_units(qtbot):
    panel = CustomersPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(customers_analysis())
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Revenue\n(kr.)" in headers and "Status" in headers
    assert not any("_" in h for h in headers)


def test_lapsed_valuable_customers_are_the_lost_ones_biggest_spender_first(qtbot):
    panel = CustomersPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_analysis(customers_analysis())
    qtbot.mouseClick(panel.lapsed, Qt.MouseButton.LeftButton)
    assert panel.shown()["customer_id"].tolist() == ["D", "C", "B"]  # lost, by revenue 1200, 400.5, 50
    assert panel.count.text() == "4 customers, 1 active - 3 shown"
    qtbot.mouseClick(panel.lapsed, Qt.MouseButton.LeftButton)
    assert len(panel.shown()) == 4


def test_export_list_writes_the_shown_customers_to_csv(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "lapsed.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    panel = CustomersPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_analysis(customers_analysis())
    qtbot.mouseClick(panel.lapsed, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.status) as blocker:
        qtbot.mouseClick(panel.export, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Saved 3 customers to lapsed.csv"
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["Customer ID", "Orders", "Revenue (kr.)", "Last order", "Status"],
        ["D", "2", "1200.00", "2023-04-02", "lost"],
        ["C", "3", "400.50", "2023-05-01", "lost"],
        ["B", "1", "50.00", "2023-02-01", "lost"],
    ]


def test_cohort_average_is_size_weighted_over_the_cohorts_that_have_the_column():
    # +0: all three cohorts, 100.  +1: (10*50 + 30*10) / 40 = 800 / 40 = 20.  +2: only the first: 20.
    assert cohort_average(cohorts_analysis().cohorts) == pytest.approx([100.0, 20.0, 20.0])


def test_the_cohort_table_has_an_average_row_and_grey_start_column(qtbot):
    panel = CohortsPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(cohorts_analysis())
    model = panel.model
    assert model.rowCount() == 4
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Average"
    assert model.data(model.index(last, 1)) == "60"
    assert panel.matrix["+1_pct"].iloc[-1] == pytest.approx(20.0)
    assert model.data(model.index(last, 0), Qt.ItemDataRole.FontRole).bold()
    # k = 0 is always 100 %: neutral grey, not on the colour scale.
    for row in range(3):
        assert model.data(model.index(row, 2), Qt.ItemDataRole.BackgroundRole).color() == NEUTRAL
    # The scale runs up to the highest later value (50 %): that cell is the darkest.
    darkest = model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole).color()
    lighter = model.data(model.index(1, 3), Qt.ItemDataRole.BackgroundRole).color()
    assert darkest.lightness() < lighter.lightness()
    assert darkest.red() == 255 - 190
    # A cohort too young for a column has no colour.
    assert model.data(model.index(2, 3), Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize("frequency, expected", [
    ("month", ["Start", "+1 month", "+2 months"]),
    ("week", ["Start", "+1 week", "+2 weeks"]),
    ("quarter", ["Start", "+1 quarter", "+2 quarters"]),
    ("year", ["Start", "+1 year", "+2 years"]),
])
def test_cohort_columns_say_how_long_after(qtbot, frequency, expected):
    panel = CohortsPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(cohorts_analysis(frequency))
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2, 5)]
    assert headers == expected
    assert expected[1] in panel.note.text()


def test_cohort_columns_in_danish(qtbot, danish):
    panel = CohortsPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(cohorts_analysis())
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2, 5)]
    assert headers == ["Start", "+1 måned", "+2 måneder"]
    assert panel.model.data(panel.model.index(3, 0)) == "Gennemsnit"


def test_every_text_of_the_problems_table_and_tables_files_has_danish_and_swedish():
    import ast
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    from translations_table import PLURALS, T

    missing = []
    for name in ("problems.py", "period_table.py", "models.py", "panels/tables.py"):
        for node in ast.walk(ast.parse((root / "retention_gui" / "ui" / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Attribute, ast.Name)):
                continue
            func = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            args = node.args[1:] if func == "translate" else node.args if func in ("tr", "_tr") else []
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                text, plural = args[0].value, len(args) >= 3
                if text not in (PLURALS if plural else T):
                    missing.append(text)
    assert missing == []


def test_a_model_reads_cells_in_blocks_and_shows_the_new_order_after_a_sort():
    """Values are converted a block of rows at a time; a sort or a new frame must not show stale cells."""
    from retention_gui.ui.models import DataFrameModel

    n = 600  # three blocks of 256 rows
    frame = pd.DataFrame({"customer_id": [f"C{i:03d}" for i in range(n)], "revenue": [float(i) for i in range(n)],
                          "last_order": pd.date_range("2024-01-01", periods=n, freq="D")})
    model = DataFrameModel(frame)
    display = Qt.ItemDataRole.DisplayRole
    for row in (0, 255, 256, 599):
        for col in range(3):
            assert model.value(row, col) == frame.iat[row, col]
    assert model.data(model.index(599, 0), display) == "C599"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0), display) == "C599"
    assert model.value(599, 1) == 0.0
    assert model.data(model.index(300, 0), display) == "C299"
    model.set_frame(frame.iloc[:2])
    assert model.data(model.index(1, 0), display) == "C001"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(1, 0), Qt.ItemDataRole.TextAlignmentRole) != right


def _periods_analysis(revenue: list[float]) -> Analysis:
    from retention_gui.pipeline import analyse_frame

    n = len(revenue)
    frame = pd.DataFrame({"period": [f"2024-{m:02d}" for m in range(1, n + 1)], "customers_start": [100.0] * n,
                          "customers_end": [110.0] * n, "new_customers": [20.0] * n, "revenue": revenue})
    return analyse_frame("periods", frame, Settings(currency="kr."))


def test_the_data_tab_sizes_its_columns_as_qt_would_and_then_only_lets_them_grow(qtbot):
    from retention_gui.ui.panels.tables import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    header = panel.view.horizontalHeader()
    panel.show_analysis(_periods_analysis([1200.0, 95000.5, 7.0]))
    ours = [header.sectionSize(c) for c in range(panel.model.columnCount())]
    panel.view.resizeColumnsToContents()  # Qt's own sizing, from every role of every cell
    assert ours == [header.sectionSize(c) for c in range(panel.model.columnCount())]
    revenue = list(panel.model.frame().columns).index("revenue")
    wide = header.sectionSize(revenue)
    panel.show_analysis(_periods_analysis([7.0, 8.0, 9.0]))  # narrower figures: the column keeps its width
    assert header.sectionSize(revenue) == wide
    panel.show_analysis(_periods_analysis([7.0, 8.0, 123456789.25]))  # wider: it grows to fit
    text = panel.model.display_text(2, revenue)
    assert header.sectionSize(revenue) > wide
    assert header.sectionSize(revenue) >= panel.view.fontMetrics().horizontalAdvance(text)
