"""The Overview cards show the core's numbers, why a number is hidden, the change, the history and the
warnings of the picked range; the NPS card counts every answer; order data explain the first churn window."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from retention_gui.paths import sample_workbook
from retention_gui.pipeline import analyse_file, analyse_frame
from retention_gui.ui.formatting import format_value
from retention_gui.ui.panels.card_data import card_figure
from retention_gui.ui.panels.overview import BAD, GOOD, OverviewPanel


@pytest.fixture(scope="module")
def sample():
    path = str(sample_workbook())
    return {sheet: analyse_file(path, sheet=sheet) for sheet in ("Nøgletal", "Ordrer", "NPS")}


@pytest.fixture
def panel(qtbot):
    p = OverviewPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    return p


def pick(qtbot, panel: OverviewPanel, choice: str) -> None:
    """Choose in the period picker with the keyboard, as a person would."""
    target = panel.picker.findData(choice)
    assert target >= 0, choice
    panel.picker.setFocus()
    while panel.picker.currentIndex() != target:
        key = Qt.Key.Key_Down if panel.picker.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(panel.picker, key)


def two_periods() -> pd.DataFrame:
    # 2024-01: S=100, E=100, N=10 -> CRR 90 %, churn 10 %; value 1000/10 orders x 10/10 = 100.
    # 2024-02: S=100, E=105, N=10 -> CRR 95 %, churn 5 %;  value  900/10 orders x 10/10 =  90.
    return pd.DataFrame({
        "period": ["2024-01", "2024-02"],
        "customers_start": [100.0, 100.0], "customers_end": [100.0, 105.0], "new_customers": [10.0, 10.0],
        "revenue": [1000.0, 900.0], "orders": [10.0, 10.0], "active_customers": [10.0, 10.0],
    })


def test_every_card_value_property_is_the_core_number_of_the_latest_period(panel, sample):
    a = sample["Nøgletal"]
    panel.show_analysis(a)
    for key, card in panel.cards.items():
        if key not in a.periods.columns:  # days between purchases and loyal customers come from orders
            assert card.property("value") is None and card.isHidden()
            continue
        expected = a.periods[key].dropna().iloc[-1]
        assert card.objectName() == f"card_{key}"
        assert card.property("value") == pytest.approx(expected), key
        assert card.period.text().startswith("2024-12")


def test_an_impossible_typed_input_shows_a_dash_with_the_reason_never_a_number(qtbot, window):
    for key, text in (("customers_start", "100"), ("customers_end", "210"), ("new_customers", "30")):
        field = window.form.fields[key]
        field.clear()
        qtbot.keyClicks(field, text)
        qtbot.waitUntil(lambda: not window.form.debounce.isActive(), timeout=2000)
    for key in ("crr_pct", "churn_pct", "clv"):
        card = window.overview.cards[key]
        assert card.value.text() == "–"
        assert card.property("value") is None
        assert card.reason.isVisibleTo(window) and card.reason.text().startswith("not shown")
        # The tooltip names the input error: retained (210 - 30 = 180) is more than the 100 at the start.
        assert "more customers retained than existed" in card.toolTip()


def test_the_change_arrow_points_the_right_way_in_the_right_colour(panel):
    panel.show_analysis(analyse_frame("periods", two_periods()))
    crr, churn, value = (panel.cards[k] for k in ("crr_pct", "churn_pct", "customer_value"))
    # CRR 90 -> 95: up 5 points, good. Churn 10 -> 5: down 5 points, good (less churn is better).
    assert crr.change.text() == "▲ 5.0 points vs 2024-01" and crr.change.property("direction") == "up"
    assert GOOD in crr.change.styleSheet()
    assert churn.change.text() == "▼ 5.0 points vs 2024-01" and GOOD in churn.change.styleSheet()
    # Customer value 100 -> 90: down 10 %, bad.
    assert value.change.text() == "▼ 10.0 % vs 2024-01" and BAD in value.change.styleSheet()
    # The first period has nothing before it.
    panel.set_choice("2024-01")
    assert not crr.change.isVisibleTo(panel) and crr.property("value") == pytest.approx(90.0)


def test_the_sparkline_holds_the_history_and_marks_the_shown_period(panel, sample):
    a = sample["Nøgletal"]
    panel.show_analysis(a)
    line = panel.cards["churn_pct"].sparkline
    np.testing.assert_allclose(line.values, a.periods["churn_pct"].to_numpy(dtype=float))
    assert line.marked == [len(a.periods) - 1]
    panel.grab()  # paints without error


def test_the_period_picker_shows_latest_one_period_or_the_last_twelve_months(qtbot, panel, sample):
    a = sample["Nøgletal"]
    panel.show_analysis(a)
    crr = panel.cards["crr_pct"]
    assert panel.picker.itemText(0) == "Latest" and panel.picker.itemText(1) == "Last 12 months"
    pick(qtbot, panel, "2024-03")
    assert crr.property("value") == pytest.approx(a.periods["crr_pct"].iloc[14])
    assert crr.value.text() == f"{a.periods['crr_pct'].iloc[14]:.1f} %"
    pick(qtbot, panel, "last12")
    # A rate over 2024-01..2024-12 is the mean of its 12 defined values.
    assert crr.property("value") == pytest.approx(a.periods["crr_pct"].iloc[12:].mean())
    assert "mean of 12 periods" in crr.period.text()
    # ... compared with the mean of 2023.
    before = a.periods["crr_pct"].iloc[:12].mean()
    now = a.periods["crr_pct"].iloc[12:].mean()
    assert crr.change.text().endswith("vs the 12 months before")
    assert f"{abs(now - before):.1f} points" in crr.change.text()


def test_a_range_adds_up_flows_and_averages_rates_worked_by_hand():
    # Three months: revenue 100 + 200 + 300 = 600 (a sum); CRR 90, 95, 80 -> 265 / 3 = 88.33 (a mean).
    frame = pd.DataFrame({"period": ["2024-01", "2024-02", "2024-03"], "revenue": [100.0, 200.0, 300.0],
                          "crr_pct": [90.0, 95.0, 80.0]})
    revenue = card_figure(frame, "revenue", "last12")
    assert (revenue.value, revenue.how, revenue.rows) == (600.0, "sum", [0, 1, 2])
    crr = card_figure(frame, "crr_pct", "last12")
    assert crr.value == pytest.approx(265 / 3) and crr.how == "mean"
    # 14 months: the last 12 months are rows 2..13.
    months = [f"{2023 + (i // 12)}-{i % 12 + 1:02d}" for i in range(14)]
    long = pd.DataFrame({"period": months, "revenue": [1.0] * 14})
    assert card_figure(long, "revenue", "last12").value == 12.0


def test_order_data_sum_orders_and_revenue_of_the_range_in_the_headline(qtbot, panel, sample):
    a = sample["Ordrer"]
    panel.show_analysis(a)
    pick(qtbot, panel, "last12")
    orders = a.periods["orders"].iloc[12:].sum()
    revenue = a.periods["revenue"].iloc[12:].sum()
    assert f"{format_value('orders', orders)} orders" in panel.headline.text()
    assert format_value("revenue", revenue, currency="kr.") in panel.headline.text()


def test_the_card_lists_every_warning_of_the_range_and_a_click_asks_for_advice(qtbot, panel, sample):
    a = sample["Nøgletal"]
    panel.show_analysis(a)
    churn = panel.cards["churn_pct"]
    pick(qtbot, panel, "last12")
    # Churn above 7 % in 2024-01 (7.8 %) and 2024-10 in the last 12 months.
    warned = [p.period for p in a.warnings if p.column == "churn_pct" and p.period >= "2024-01"]
    assert len(warned) >= 2
    assert all(period in churn.warning.text() for period in warned[-3:])
    assert all(period in churn.warning.toolTip() for period in warned)
    with qtbot.waitSignal(panel.warning_activated) as blocker:
        qtbot.mouseClick(churn.warning, Qt.MouseButton.LeftButton)
    assert blocker.args == ["churn_pct"]


def test_the_nps_card_counts_every_answer_and_shows_the_split(panel, sample):
    a = sample["NPS"]
    panel.show_analysis(a)
    nps = panel.cards["nps"]
    # 290 answers: (133 promoters - 74 detractors) / 290 x 100 = 20.34, not December's 11.5 from 26.
    assert nps.property("value") == pytest.approx((133 - 74) / 290 * 100)
    assert nps.value.text() == "20.3"
    assert "133 promoters · 83 passives · 74 detractors (290 answers)" in nps.period.text()
    assert "(133 − 74) / (133 + 83 + 74)" in nps.toolTip()
    # Answers give no retention or money figures: those cards are not shown empty.
    assert all(card.isHidden() for key, card in panel.cards.items() if key != "nps")
    assert not nps.isHidden()


def test_order_data_explain_the_first_churn_window_and_typed_periods_do_not(panel, sample):
    panel.show_analysis(sample["Ordrer"])
    assert panel.note.isVisibleTo(panel)
    assert "365 days" in panel.note.text() and "2023-01 to 2023-12" in panel.note.text()
    panel.set_choice("2023-05")
    assert "first churn window" in panel.cards["crr_pct"].period.text()
    # 2024-01 against 2023-12 (100 % because no one could be lost yet) is no comparison.
    panel.set_choice("2024-01")
    assert not panel.cards["crr_pct"].change.isVisibleTo(panel)
    assert panel.cards["customer_value"].change.isVisibleTo(panel)
    panel.show_analysis(sample["Nøgletal"])
    assert not panel.note.isVisibleTo(panel)
    panel.show_analysis(None)
    assert not panel.note.isVisibleTo(panel)
    assert all(card.property("value") is None for card in panel.cards.values())


def _texts() -> list[tuple[str, bool]]:
    """(source, is plural) of every ``self.tr("...")`` in the Overview and Trends panels."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "retention_gui" / "ui" / "panels"
    out = []
    for name in ("overview.py", "trends.py", "trend_plots.py"):
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    out.append((node.args[0].value, len(node.args) >= 3))
    return out


@pytest.mark.parametrize("text, plural", _texts(), ids=[t[:40] for t, _ in _texts()])
def test_every_card_and_plot_text_has_danish_and_swedish(text, plural):
    import re
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from translations_table import PLURALS, T

    if plural:
        assert all(len(forms) == 2 and all(forms) for forms in PLURALS[text])
        return
    da, sv = T[text]
    assert sorted(re.findall(r"%\d", da)) == sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", sv))
