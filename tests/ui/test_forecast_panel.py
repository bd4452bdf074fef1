"""The Forecast tab: settings a person types, totals, lists, the win-back export and "Can I trust it?".

Data nobody on the project made: the CDNOW 1/10 sample (Fader and Hardie), as
an order list (customer id, date yyyymmdd, amount), with a 273-day holdout.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from retention_gui import pipeline
from retention_gui.core.advice import forecast_numbers
from retention_gui.core.forecast import ForecastSettings, forecast, win_back_list
from retention_gui.forecasting import cumulative_repeat_purchases, default_holdout_days, run_forecast
from retention_gui.messages import message_for
from retention_gui.ui.panels.forecast import CUSTOMER_COLUMNS, ForecastPanel
from retention_gui.ui.panels.numbers import DASH, money, number

CDNOW = Path(__file__).resolve().parent.parent / "data" / "CDNOW_sample.txt"


def cdnow_orders() -> pd.DataFrame:
    rows = [line.split() for line in CDNOW.read_text().splitlines() if line.strip()]
    return pd.DataFrame({
        "customer_id": [r[0] for r in rows],
        "order_date": pd.to_datetime([r[2] for r in rows], format="%Y%m%d"),
        "amount": [float(r[4]) for r in rows],
    })


@pytest.fixture(scope="module")
def cdnow_forecast():
    analysis = pipeline.analyse_frame("transactions", cdnow_orders(), pipeline.Settings())
    fc = run_forecast(analysis, ForecastSettings(holdout_days=273))
    return analysis, fc


@pytest.fixture
def panel(qtbot):
    p = ForecastPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    return p


@pytest.fixture
def shown(panel, cdnow_forecast):
    analysis, fc = cdnow_forecast
    panel.show_analysis(analysis)
    panel.set_forecast(fc)
    return panel, analysis, fc


def test_run_forecast_uses_the_orders_and_sets_the_advice_numbers(cdnow_forecast):
    analysis, fc = cdnow_forecast
    assert fc.status == "fitted"
    assert analysis.forecast is fc
    assert analysis.forecast_numbers == forecast_numbers(fc.customers)
    assert analysis.forecast_numbers["valuable_at_risk"] > 0
    # The same orders as the analysis's, not read again: the core on them gives the same fit.
    direct = forecast(analysis.orders, ForecastSettings(holdout_days=273))
    assert fc.bgnbd == direct.bgnbd and fc.predicted_clv == direct.predicted_clv
    # The model check fits the first 39 weeks, as the paper: r 0.243, alpha 4.414 weeks.
    assert fc.model_check.bgnbd.r == pytest.approx(0.243, abs=0.001)
    assert fc.model_check.bgnbd.alpha == pytest.approx(4.414 * 7, abs=0.05)


def test_run_forecast_refuses_an_analysis_without_orders():
    analysis = pipeline.Analysis("periods", pipeline.Settings())
    with pytest.raises(ValueError, match="order data"):
        run_forecast(analysis, ForecastSettings())


def test_the_default_holdout_is_the_last_quarter_of_the_data(cdnow_forecast):
    analysis, _ = cdnow_forecast
    # 1997-01-01 .. 1998-06-30 is 545 days; a quarter is 136.
    assert default_holdout_days(analysis.orders) == 136
    assert default_holdout_days(None) == 0


def test_the_totals_shown_are_the_core_totals(shown):
    panel, _, fc = shown
    assert panel.pages.currentIndex() == 1
    assert panel.totals["expected_purchases"].text() == number(fc.expected_purchases)
    assert panel.totals["predicted_revenue"].text() == money(fc.predicted_revenue, "kr.")
    assert panel.totals["predicted_clv"].text() == money(fc.predicted_clv, "kr.")
    assert panel.totals["predicted_clv"].text() == "68,813\u00a0kr."
    assert "2,357 customers" in panel.summary.text()


def test_the_customer_list_is_sorted_by_predicted_value(shown, qtbot):
    panel, _, fc = shown
    model = panel.customer_model
    assert model.rowCount() == len(fc.customers) == 2357
    clv = model.frame()["predicted_clv"].to_numpy()
    assert np.all(np.diff(clv) <= 0)
    top = fc.customers.sort_values("predicted_clv", ascending=False).iloc[0]
    col = CUSTOMER_COLUMNS.index("customer_id")
    assert model.index(0, col).data() == top["customer_id"] == "20111"
    assert model.index(0, CUSTOMER_COLUMNS.index("predicted_clv")).data() == money(top["predicted_clv"], "kr.", 2)
    # A click on the header sorts the other way round, in pandas.
    header = panel.customer_view.horizontalHeader()
    x = header.sectionViewportPosition(CUSTOMER_COLUMNS.index("predicted_clv")) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    clv = model.frame()["predicted_clv"].to_numpy()
    assert np.all(np.diff(clv[np.isfinite(clv)]) >= 0)


def test_the_search_box_filters_the_customers(shown, qtbot):
    panel, _, fc = shown
    qtbot.keyClicks(panel.search, "2011")
    ids = panel.customer_model.frame()["customer_id"].tolist()
    expected = [c for c in fc.customers["customer_id"] if "2011" in c]
    assert sorted(ids) == sorted(expected) and len(ids) == 3
    assert panel.count_label.text() == "3 customers"
    panel.search.clear()
    assert panel.customer_model.rowCount() == 2357


def test_a_one_time_buyer_reads_one_purchase_so_far(shown):
    panel, _, fc = shown
    model = panel.customer_model
    col = CUSTOMER_COLUMNS.index("p_alive")
    x = model.x()
    once = int(np.flatnonzero(x == 0)[0])
    twice = int(np.flatnonzero(x > 0)[0])
    assert model.index(once, col).data() == "one purchase so far"
    cid = model.frame()["customer_id"].iloc[twice]
    p = float(fc.customers.set_index("customer_id").loc[cid, "p_alive"])
    assert model.index(twice, col).data() == f"{round(p * 100)}\u00a0%"
    assert (fc.customers["frequency"] == 0).sum() == (x == 0).sum()


def test_the_win_back_list_exports_to_csv_and_excel(shown, qtbot, tmp_path, monkeypatch):
    panel, _, fc = shown
    expected = win_back_list(fc.customers)
    assert len(expected) == panel.win_back_page.model.rowCount() == 50
    assert panel.win_back_page.export_button.isEnabled()

    target = tmp_path / "winback.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV for mail tools (*.csv)"))
    qtbot.mouseClick(panel.win_back_page.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    # CDNOW ids are not e-mails: no e-mail column.
    assert rows[0] == ["Customer ID", "Last order", "Chance still a customer", "Predicted customer value"]
    assert len(rows) == 51
    first = expected.iloc[0]
    assert rows[1][0] == first["customer_id"] == "19339"
    assert rows[1][1] == first["last_order"].strftime("%Y-%m-%d") == "1997-04-11"
    assert float(rows[1][2]) == pytest.approx(first["p_alive"], abs=5e-5)
    assert float(rows[1][3]) == pytest.approx(first["predicted_clv"], abs=0.005)
    second = expected.iloc[1]
    assert rows[2] == ["05420", "1998-01-31", f"{second['p_alive']:.4f}".rstrip("0"), f"{second['predicted_clv']:.2f}"]

    book = tmp_path / "winback"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(book), "Excel workbook (*.xlsx)"))
    qtbot.mouseClick(panel.win_back_page.export_button, Qt.MouseButton.LeftButton)
    ws = load_workbook(tmp_path / "winback.xlsx").active
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == ("Customer ID", "Last order", "Chance still a customer", "Predicted customer value")
    assert len(values) == 51
    assert values[2][0] == expected.iloc[1]["customer_id"]
    assert values[2][1].date() == expected.iloc[1]["last_order"].date()
    assert values[2][2] == pytest.approx(expected.iloc[1]["p_alive"])
    assert values[2][3] == pytest.approx(expected.iloc[1]["predicted_clv"])
    assert not list(tmp_path.glob(".winback*"))  # no temporary file left behind


def test_the_win_back_export_keeps_e_mails_when_the_ids_are_e_mails(tmp_path):
    from retention_gui.io.winback import write_win_back

    frame = pd.DataFrame({
        "customer_id": ["anna@example.dk", "bo@example.se"], "revenue": [500.0, 300.0],
        "last_order": pd.to_datetime(["2024-01-05", "2024-03-01"]), "p_alive": [0.1, 0.2],
        "predicted_clv": [12.5, np.nan],
    })
    wb = win_back_list(frame)
    write_win_back(wb, tmp_path / "x.csv")
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "customer_id,email,last_order,p_alive,predicted_clv"
    assert text[1] == "anna@example.dk,anna@example.dk,2024-01-05,0.1,12.5"
    assert text[2] == "bo@example.se,bo@example.se,2024-03-01,0.2,"


def test_can_i_trust_it_says_what_the_model_check_found(shown):
    panel, analysis, fc = shown
    mc = fc.model_check
    assert mc is not None and mc.holdout_days == 273
    panel.tabs.setCurrentIndex(2)
    text = panel.check.trust_sentence.text()
    assert text == (f"The model expected <b>{number(mc.predicted_purchases)}</b> purchases in the last 273 days; "
                    f"there were <b>{number(mc.actual_purchases)}</b>.")
    assert number(mc.predicted_purchases) == "1,653" and number(mc.actual_purchases) == "1,882"
    # The bars are the model check's means; the curve's holdout rise is its actual purchases.
    heights = panel.check.actual_bars.opts["height"]
    assert list(heights) == pytest.approx(mc.by_frequency["actual_mean"].tolist())
    curve = panel.check.curve_frame
    at_cal = curve.loc[curve["date"] == pd.Timestamp(mc.calibration_end), "actual"].iloc[0]
    assert curve["actual"].iloc[-1] - at_cal == mc.actual_purchases
    assert panel.check.calibration_line.isVisible()
    assert panel.check.calibration_line.value() == pd.Timestamp("1997-09-30").value / 1e9


def test_the_cumulative_model_curve_starts_at_zero_and_follows_the_actual(cdnow_forecast):
    analysis, fc = cdnow_forecast
    mc = fc.model_check
    curve = cumulative_repeat_purchases(analysis.orders, mc.bgnbd, mc.calibration_end, fc.as_of)
    assert len(curve) == 546  # 1997-01-01 .. 1998-06-30
    assert curve["actual"].iloc[0] == 0 and curve["model"].iloc[0] == 0
    assert np.all(np.diff(curve["actual"]) >= 0) and np.all(np.diff(curve["model"]) >= 0)
    # Every repeat purchase day of the customers who started before the holdout (4,339).
    assert curve["actual"].iloc[-1] == 4339
    assert curve["model"].iloc[-1] == pytest.approx(4339, rel=0.06)


def test_tiny_data_gives_the_not_fitted_reason_in_the_tab(panel):
    orders = pd.DataFrame({
        "customer_id": ["a", "a", "b", "c", "c"],
        "order_date": pd.to_datetime(["2024-01-02", "2024-05-01", "2024-02-01", "2024-03-01", "2024-06-01"]),
        "amount": [100.0, 120.0, 80.0, 50.0, 70.0],
    })
    analysis = pipeline.analyse_frame("transactions", orders, pipeline.Settings())
    panel.show_analysis(analysis)
    assert "Run forecast</b>" in panel.message.text()  # before a forecast: what it needs, and the button
    fc = run_forecast(analysis, panel.settings())
    assert fc.status == "not_fitted" and analysis.forecast_numbers is None
    panel.set_forecast(fc)
    assert panel.pages.currentIndex() == 0
    text = panel.message.text()
    reason = message_for(fc.reason)
    assert reason == "only 2 customers bought on more than one day up to 2024-06-01; a forecast needs at least 20"
    assert reason[:1].upper() + reason[1:] in text
    assert "at least 20 customers must have bought on two different days" in text
    assert all(label.text() == DASH for label in panel.totals.values())
    assert panel.customer_model.rowCount() == 0 and panel.win_back_page.model.rowCount() == 0


def test_period_figures_explain_what_a_forecast_needs(panel):
    analysis = pipeline.analyse_frame("periods", pd.DataFrame({
        "period": ["2024-01", "2024-02"], "customers_start": [100.0, 95.0], "customers_end": [95.0, 97.0],
        "new_customers": [5.0, 8.0]}), pipeline.Settings())
    panel.show_analysis(analysis)
    text = panel.message.text()
    assert "order data" in text and "20 customers who bought on two different days" in text and "90 days" in text
    assert "per period, not per order" in text
    assert not panel.run_button.isEnabled()


def test_show_analysis_none_clears_everything(shown):
    panel, _, _ = shown
    panel.show_analysis(None)
    assert panel.forecast is None and panel.pages.currentIndex() == 0
    assert all(label.text() == DASH for label in panel.totals.values())
    assert panel.customer_model.rowCount() == 0 and panel.win_back_page.model.rowCount() == 0
    assert panel.check.trust_sentence.text() == "" and panel.summary.text() == ""
    assert len(panel.check.actual_curve.getData()[0] or []) == 0 and not panel.check.calibration_line.isVisible()
    assert not panel.win_back_page.export_button.isEnabled() and not panel.run_button.isEnabled()
    assert "Import your orders" in panel.message.text()


def _type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_typed_settings_travel_with_forecast_requested(panel, qtbot, cdnow_forecast):
    analysis, _ = cdnow_forecast
    panel.show_analysis(pipeline.analyse_frame("transactions", cdnow_orders(), pipeline.Settings()))
    assert panel.holdout.value() == 136
    _type(qtbot, panel.horizon, "24")
    _type(qtbot, panel.discount, "7.5")
    _type(qtbot, panel.margin, "40")
    _type(qtbot, panel.holdout, "273")
    panel.as_of.setFocus()
    panel.as_of.setSelectedSection(panel.as_of.Section.YearSection)
    qtbot.keyClicks(panel.as_of, "1998")
    panel.as_of.setSelectedSection(panel.as_of.Section.MonthSection)
    qtbot.keyClicks(panel.as_of, "03")
    panel.as_of.setSelectedSection(panel.as_of.Section.DaySection)
    qtbot.keyClicks(panel.as_of, "31")
    with qtbot.waitSignal(panel.forecast_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    st = blocker.args[0]
    assert st == ForecastSettings(dt.date(1998, 3, 31), 24, 7.5, 40.0, 273)


def test_a_forecast_makes_the_slipping_away_advice_fire(cdnow_forecast):
    analysis, _ = cdnow_forecast
    # 123 of the 472 most valuable CDNOW customers are below 50 % P(alive): 26 %, above the 20 % limit.
    advice = {a.id: a for a in pipeline.advice_for(analysis)}
    assert "valuable_slipping" in advice
    assert advice["valuable_slipping"].values["value"] == pytest.approx(100 * 123 / 472)


def test_the_forecast_runs_in_the_task_runner(qtbot, cdnow_forecast):
    from PySide6.QtWidgets import QWidget

    from retention_gui.ui.tasks import TaskRunner

    analysis, fc = cdnow_forecast
    host = QWidget()
    qtbot.addWidget(host)
    runner = TaskRunner(host)
    done: list = []
    assert runner.start(run_forecast, analysis, ForecastSettings(holdout_days=273), on_finished=done.append,
                        on_failed=lambda exc: done.append(exc))
    qtbot.waitUntil(lambda: bool(done) and not runner.busy, timeout=20_000)
    assert done[0].predicted_clv == fc.predicted_clv and analysis.forecast is done[0]


def _panel_texts() -> list[tuple[str, bool]]:
    import ast

    panels = Path(__file__).resolve().parents[2] / "retention_gui" / "ui" / "panels"
    out = []
    nodes = [n for name in ("forecast.py", "forecast_check.py", "forecast_models.py", "forecast_winback.py")
             for n in ast.walk(ast.parse((panels / name).read_text(encoding="utf-8")))]
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                out.append((node.args[0].value, len(node.args) >= 3))
    return out


@pytest.mark.parametrize("text, plural", _panel_texts(), ids=[t[:40] for t, _ in _panel_texts()])
def test_every_forecast_text_has_danish_and_swedish(text, plural):
    import re
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from translations_table import PLURALS, T

    if plural:
        for forms in PLURALS[text]:
            assert len(forms) == 2 and all(forms) and "%n" in forms[1]
        return
    da, sv = T[text]
    marks = lambda s: sorted(set(re.findall(r"%\d", s)))  # noqa: E731
    assert marks(da) == marks(text) == marks(sv)
    assert ("<b>" in da, "<b>" in sv) == ("<b>" in text, "<b>" in text)
