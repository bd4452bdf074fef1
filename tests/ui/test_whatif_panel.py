"""The what-if panel, driven like a person: type into the spin boxes, read the sentence, the table and the plots."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from retention_gui.core.whatif import WhatIfChanges, what_if
from retention_gui.pipeline import analyse_frame, whatif_for
from retention_gui.ui.panels.numbers import NBSP
from retention_gui.ui.panels.whatif import WhatIfPanel


def steady_shop(**extra: list) -> pd.DataFrame:
    # S = 100, N = 10, E = 100 -> L = 10, churn 10 %; revenue 1000 over 10 orders by 100 active customers:
    # AOV 100, frequency 0.1, customer value 10 per period.
    data = {"period": ["2024-01"], "customers_start": [100], "customers_end": [100], "new_customers": [10],
            "revenue": [1000.0], "orders": [10], "active_customers": [100]}
    data.update(extra)
    return pd.DataFrame(data)


@pytest.fixture
def panel(qtbot):
    w = WhatIfPanel()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def type_into(qtbot, spin: QDoubleSpinBox, text: str) -> None:
    """Select the number (not the unit) and type over it, as a person would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def cell(panel: WhatIfPanel, row: int, col: int) -> str:
    return panel.table.item(row, col).text()


def test_the_controls_have_names_tooltips_and_the_one_point_default(panel):
    for name in ("whatif_churn_down", "whatif_new_up", "whatif_value_up"):
        spin = panel.findChild(QDoubleSpinBox, name)
        assert spin is not None and spin.toolTip()
    assert panel.changes() == WhatIfChanges(1.0, 0.0, 0.0)


def test_typed_churn_down_gives_the_hand_worked_projection(qtbot, panel):
    analysis = analyse_frame("periods", steady_shop())
    panel.show_analysis(analysis)
    type_into(qtbot, panel.churn_down, "5")
    assert panel.churn_down.value() == 5.0
    r = panel.result
    assert r is not None and r.ok
    # Baseline: C_k = 0.9 C_(k-1) + 10 from C0 = 100 stays at 100; revenue 100 x 10 = 1000 a period, 12000 in all.
    assert r.baseline.customers == pytest.approx(np.full(12, 100.0))
    assert r.baseline.totals["revenue"] == pytest.approx(12_000.0)
    # Scenario churn 5 %: C_k = 200 - 100 x 0.95^k; C_12 = 145.96; sum = 2400 - 1900 x (1 - 0.95^12) = 1526.68.
    assert r.scenario.customers[-1] == pytest.approx(200 - 100 * 0.95 ** 12)
    assert r.scenario.totals["revenue"] == pytest.approx(15_266.84, abs=0.01)
    # CLV = value x 100 / churn: 10 x 100 / 10 = 100 before, 10 x 100 / 5 = 200 after.
    assert (r.baseline.clv, r.scenario.clv) == pytest.approx((100.0, 200.0))
    assert [cell(panel, 0, c) for c in range(3)] == ["100", "146", "+46"]
    assert [cell(panel, 1, c) for c in range(3)] == [f"12,000{NBSP}kr.", f"15,267{NBSP}kr.", f"+3,267{NBSP}kr."]
    assert [cell(panel, 3, c) for c in range(3)] == [f"100{NBSP}kr.", f"200{NBSP}kr.", f"+100{NBSP}kr."]
    assert panel.table.isRowHidden(2)  # no gross margin: no profit row
    text = panel.sentence.text()
    assert text.startswith("Keeping 5 percentage points more of your customers each period is worth")
    assert f"3,267{NBSP}kr." in text and "in revenue over the next 12 months" in text
    # The plots show the same numbers.
    x, y = panel.curves["customers_scenario"].getData()
    assert list(x) == list(range(1, 13))
    assert y == pytest.approx(r.scenario.customers)
    assert panel.curves["revenue_baseline"].getData()[1] == pytest.approx(r.baseline.revenue)


def test_every_control_matches_the_core_for_the_same_inputs(qtbot, panel):
    analysis = analyse_frame("periods", steady_shop(gross_margin_pct=[40.0]))
    panel.show_analysis(analysis)
    type_into(qtbot, panel.churn_down, "2.5")
    type_into(qtbot, panel.new_up, "20")
    type_into(qtbot, panel.value_up, "10")
    assert panel.changes() == WhatIfChanges(2.5, 20.0, 10.0)
    expected = what_if(analysis.periods, WhatIfChanges(2.5, 20.0, 10.0))
    r = panel.result
    for side in ("baseline", "scenario"):
        for series in ("customers", "revenue", "profit"):
            assert getattr(getattr(r, side), series) == pytest.approx(getattr(getattr(expected, side), series))
    assert r.difference["totals"] == pytest.approx(expected.difference["totals"])
    # The margin is known, so profit is plotted, tabled and named in the sentence.
    assert not panel.table.isRowHidden(2)
    assert panel.curves["profit_scenario"].getData()[1] == pytest.approx(expected.scenario.profit)
    profit = round(expected.difference["totals"]["profit"])
    text = panel.sentence.text()
    assert f"{profit:,}{NBSP}kr." in text and "in profit" in text
    assert "winning 20" in text and "customers spending 10" in text and " and customers spending" in text


def test_results_follow_each_keystroke_and_reset(qtbot, panel):
    analysis = analyse_frame("periods", steady_shop())
    panel.show_analysis(analysis)
    seen = []
    panel.scenario_changed.connect(lambda result: seen.append(result.changes.customer_value_up_pct))
    type_into(qtbot, panel.value_up, "50")
    assert seen == [5.0, 50.0]  # one new result per keystroke
    assert panel.result.difference["totals"]["revenue"] == pytest.approx(
        whatif_for(analysis, 1.0, 0.0, 50.0).difference["totals"]["revenue"])
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.changes() == WhatIfChanges(1.0, 0.0, 0.0)


def test_no_change_asks_for_one_and_worse_numbers_say_what_they_cost(qtbot, panel):
    panel.show_analysis(analyse_frame("periods", steady_shop()))
    type_into(qtbot, panel.churn_down, "0")
    assert "Change a number" in panel.sentence.text()
    type_into(qtbot, panel.value_up, "-10")
    # 10 % less customer value on a steady 12000: 1200 less.
    assert panel.sentence.text() == (f"Customers spending 10{NBSP}% less costs <b>1,200{NBSP}kr.</b> in revenue "
                                      "over the next 12 months.")
    assert cell(panel, 1, 2) == f"-1,200{NBSP}kr."


def test_data_with_no_churn_gives_the_reason_instead_of_numbers(panel):
    # No customers at start: churn can never be worked out.
    analysis = analyse_frame("periods", pd.DataFrame({"period": ["2024-01"], "revenue": [1000.0], "orders": [10],
                                                      "active_customers": [8], "new_customers": [3]}))
    panel.show_analysis(analysis)
    assert panel.result.status == "undefined" and panel.result.reason == "no_churn"
    assert panel.pages.currentIndex() == 1
    text = panel.reason_label.text()
    assert "Not enough data" in text and "No period has a churn rate" in text and "customers at the start" in text
    assert panel.sentence.text() == "" and panel.baseline_label.text() == ""
    assert all(cell(panel, r, c) == "" for r in range(4) for c in range(3))
    assert len(panel.curves["customers_baseline"].getData()[0] or []) == 0
    assert not panel.churn_down.isEnabled()


def test_every_reason_code_has_its_own_sentence(panel):
    from retention_gui.core.whatif import REASONS

    texts = [panel.reason_text(code) for code in REASONS]
    assert all(t and t != code for t, code in zip(texts, REASONS))
    assert len(set(texts)) == len(REASONS)


def test_show_analysis_none_clears_everything(qtbot, panel):
    panel.show_analysis(analyse_frame("periods", steady_shop(gross_margin_pct=[40.0])))
    type_into(qtbot, panel.new_up, "30")
    assert panel.sentence.text()
    panel.show_analysis(None)
    assert panel.result is None and panel.analysis is None
    assert panel.changes() == WhatIfChanges(1.0, 0.0, 0.0)
    assert panel.sentence.text() == "" and panel.baseline_label.text() == "" and panel.note.text() == ""
    assert all(cell(panel, r, c) == "" for r in range(4) for c in range(3))
    for curve in panel.curves.values():
        x, _y = curve.getData()
        assert x is None or len(x) == 0
    assert "import a spreadsheet" in panel.reason_label.text()


def test_many_redraws_of_both_panels_keep_none_alive(qtbot):
    """The money axis is a Python override inside pyqtgraph: redraw often, as issue 14's typing did (see
    test_survives_typing.py for why None's reference count is watched on Python 3.11)."""
    import sys

    from retention_gui.ui.panels.improve import ImprovePanel

    whatif, improve = WhatIfPanel(), ImprovePanel()
    for p in (whatif, improve):
        qtbot.addWidget(p)
        p.resize(1000, 650)
        p.show()
    analyses = [analyse_frame("periods", steady_shop(gross_margin_pct=[40.0])),
                analyse_frame("periods", steady_shop(new_customers=[15], repeat_customers=[5]))]
    whatif.show_analysis(analyses[0])
    whatif.grab()
    before = sys.getrefcount(None)
    for i in range(60):
        analysis = None if i % 9 == 0 else analyses[i % 2]
        whatif.show_analysis(analysis)
        improve.show_analysis(analysis)
        whatif.set_changes(WhatIfChanges(i % 5, 5.0 * (i % 3), 0.0))
        if i % 25 == 0:
            whatif.grab()
            improve.grab()
    if sys.version_info < (3, 12):
        assert before - sys.getrefcount(None) < 60
    whatif.show_analysis(analyses[0])
    assert whatif.result is not None and whatif.result.ok


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(churn=st.floats(-20, 50).map(lambda v: round(v, 1)), new=st.floats(-100, 500).map(lambda v: round(v, 1)),
       value=st.floats(-100, 500).map(lambda v: round(v, 1)))
def test_any_scenario_shows_the_cores_numbers_and_names_the_amount(panel, churn, new, value):
    analysis = analyse_frame("periods", steady_shop(gross_margin_pct=[40.0]))
    if panel.analysis is None:
        panel.show_analysis(analysis)
    panel.set_changes(WhatIfChanges(churn, new, value))
    expected = what_if(analysis.periods, WhatIfChanges(churn, new, value))
    assert panel.result.scenario.profit == pytest.approx(expected.scenario.profit)
    profit = expected.difference["totals"]["profit"]
    text = panel.sentence.text()
    if churn == new == value == 0:
        assert text.startswith("Change a number")
    elif round(profit) == 0:
        assert "changes nothing" in text
    else:
        assert f"<b>{abs(round(profit)):,}{NBSP}kr.</b>" in text
        assert (" is worth " in text) == (profit > 0) and (" costs " in text) == (profit < 0)
    assert cell(panel, 2, 2) == (f"+{round(profit):,}" if round(profit) > 0 else f"{round(profit):,}") + f"{NBSP}kr."


def test_the_scenario_is_kept_for_new_data_unless_the_analysis_brings_its_own(qtbot, panel):
    panel.show_analysis(analyse_frame("periods", steady_shop()))
    type_into(qtbot, panel.new_up, "25")
    panel.show_analysis(analyse_frame("periods", steady_shop(revenue=[2000.0])))
    assert panel.changes() == WhatIfChanges(1.0, 25.0, 0.0)
    saved = analyse_frame("periods", steady_shop())
    saved.what_if = whatif_for(saved, 3.0, 0.0, 7.5)
    panel.show_analysis(saved)
    assert panel.changes() == WhatIfChanges(3.0, 0.0, 7.5)
    assert panel.result.changes == WhatIfChanges(3.0, 0.0, 7.5)
