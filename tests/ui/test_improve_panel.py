"""The improve panel: advice cards in the core's order, an empty state, focus_metric and clicks."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from retention_gui.pipeline import analyse_frame, advice_for
from retention_gui.ui.panels.improve import AdviceCard, ImprovePanel


def shop(new: int, repeat: int) -> pd.DataFrame:
    # S = 100, E = 100: churn = new / 100 x 100 %; repeat purchase rate = repeat / 100 active x 100 %.
    return pd.DataFrame({"period": ["2024-01"], "customers_start": [100], "customers_end": [100],
                         "new_customers": [new], "active_customers": [100], "repeat_customers": [repeat]})


@pytest.fixture
def panel(qtbot):
    w = ImprovePanel()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def test_two_rules_fire_as_two_cards_in_the_cores_order(panel):
    # Churn 12 % (above 7) and repeat purchases 10 % (below 20).
    analysis = analyse_frame("periods", shop(new=12, repeat=10))
    panel.show_analysis(analysis)
    assert [a.id for a in panel.advice] == [a.id for a in advice_for(analysis)] == ["churn_high", "rpr_low"]
    assert [c.headline.text() for c in panel.cards] == ["1. Many customers leave", "2. Few customers buy again"]
    churn = panel.cards[0]
    assert churn.why.text() == "Churn was 12.0% in 2024-01, above your limit of 7%."
    assert "What to try:" in churn.do.text() and "Ask the customers who leave why" in churn.do.text()
    assert churn.watch.text() == "Number to watch: Churn rate %, now 12.0 %; it should fall if this works."
    assert "Only 10.0% of active customers" in panel.cards[1].why.text()
    assert panel.intro.text().startswith("2 suggestions from your figures")
    assert panel.empty.isHidden() and not panel.scroll.isHidden()


def test_nothing_fires_shows_the_empty_state(panel):
    panel.show_analysis(analyse_frame("periods", shop(new=5, repeat=50)))
    assert panel.advice == [] and panel.cards == []
    assert panel.empty.text().startswith("<b>Nothing stands out")
    assert not panel.empty.isHidden() and panel.scroll.isHidden()


def test_focus_metric_highlights_the_card_and_a_click_emits_its_metric(qtbot, panel):
    panel.show_analysis(analyse_frame("periods", shop(new=12, repeat=10)))
    assert panel.focus_metric("rpr_pct") is True
    assert [c.property("focused") for c in panel.cards] == [False, True]
    assert panel.focused_metric == "rpr_pct"
    assert panel.focus_metric("dso") is False
    assert [c.property("focused") for c in panel.cards] == [False, False]
    with qtbot.waitSignal(panel.metric_activated) as blocker:
        qtbot.mouseClick(panel.cards[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["churn_pct"]
    assert panel.cards[0].property("focused") is True


def test_numbers_in_the_advice_follow_the_interface_locale(panel):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("da_DK"))
    try:
        panel.show_analysis(analyse_frame("periods", shop(new=12, repeat=10)))
        assert "12,0%" in panel.cards[0].why.text()
        assert "now 12,0 %" in panel.cards[0].watch.text()
    finally:
        QLocale.setDefault(before)


def test_show_analysis_none_clears_every_card(qtbot, panel):
    panel.show_analysis(analyse_frame("periods", shop(new=12, repeat=10)))
    panel.focus_metric("churn_pct")
    panel.show_analysis(None)
    assert panel.advice == [] and panel.cards == [] and panel.focused_metric is None and panel.analysis is None
    assert panel.intro.text() == "" and panel.scroll.isHidden()
    # The old cards are hidden at once and deleted by Qt on the next event-loop turn.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert panel.list_host.findChildren(AdviceCard) == []
    assert panel.list_layout.count() == 1  # only the stretch is left
