"""Issue 12.2: a result computed from an input error, or outside its possible range, is not a number."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retention_gui.core.periods import (
    OUT_OF_RANGE,
    RESULT_RANGES,
    analyse_periods,
    compute_period_metrics,
    period_metrics,
)
from retention_gui.core.schema import PERIOD_RESULTS

# A valid row that gives every result: worked out once here, changed one input at a time below.
# S=100, E=95, N=10 -> CRR (95-10)/100 = 85 %; L = 100+10-95 = 15 -> churn 15 %, lifespan 100/15.
# revenue 1000 / 10 orders = AOV 100; 10 orders / 8 active = 1.25; customer value 125; RPR 2/8 = 25 %.
# CLV = 125 x 100/15 x 40 % = 333.33. Revenue start 1000, churned 50 + contraction 30 -> 8 %, GRR 92 %,
# NRR (1000-80+100)/1000 = 102 %. NPS (5-2)/10 = 30. Returns 3/30 = 10 %. DSO 200/400 x 30 = 15 days.
VALID = dict(
    customers_start=100, customers_end=95, new_customers=10,
    revenue=1000, orders=10, active_customers=8, repeat_customers=2, gross_margin_pct=40,
    revenue_start=1000, churned_revenue=50, contraction_revenue=30, expansion_revenue=100,
    promoters=5, passives=3, detractors=2, units_sold=30, units_returned=3,
    accounts_receivable=200, credit_sales=400, days_in_period=30,
)
EXPECTED = dict(
    crr_pct=85.0, churn_pct=15.0, revenue_churn=80.0, revenue_churn_pct=8.0, grr_pct=92.0, nrr_pct=102.0,
    existing_revenue_growth_pct=2.0, aov=100.0, purchase_frequency=1.25, customer_value=125.0, rpr_pct=25.0,
    avg_lifespan_periods=100 / 15, clv=125 * 100 / 15 * 0.4, nps=30.0, return_rate_pct=10.0, dso=15.0,
)


def analysed(**changes):
    frame = pd.DataFrame([{"period": "P1", **VALID, **changes}])
    a = analyse_periods(frame)
    return a.table.iloc[0], a.reasons.iloc[0], a


def test_the_valid_row_gives_every_result_and_no_reasons():
    row, reasons, a = analysed()
    for key, value in EXPECTED.items():
        assert row[key] == pytest.approx(value), key
    assert reasons.isna().all() and a.errors == []


# input change -> (reason code, the results that are hidden); every other result keeps its valid value.
CASES = {
    "negative start": (dict(customers_start=-100), "negative_value",
                       ["crr_pct", "churn_pct", "avg_lifespan_periods", "clv"]),
    "retained more than existed": (dict(customers_end=150), "retained_more_than_existed",
                                   ["crr_pct", "churn_pct", "avg_lifespan_periods", "clv"]),
    "retained below zero": (dict(customers_end=5), "retained_below_zero",
                            ["crr_pct", "churn_pct", "avg_lifespan_periods", "clv"]),
    "negative revenue": (dict(revenue=-1000), "negative_value", ["aov", "customer_value", "clv"]),
    "negative orders": (dict(orders=-10), "negative_value", ["aov", "purchase_frequency", "customer_value", "clv"]),
    "repeat more than active": (dict(repeat_customers=9), "repeat_more_than_active",
                                ["rpr_pct", "purchase_frequency", "customer_value", "clv"]),
    "returned more than sold": (dict(units_returned=31), "returned_more_than_sold", ["return_rate_pct"]),
    "half a promoter": (dict(promoters=5.5), "not_whole_number", ["nps"]),
    "negative detractors": (dict(detractors=-2), "negative_value", ["nps"]),
    "margin above 100": (dict(gross_margin_pct=140), "gross_margin_out_of_range", ["clv"]),
    "margin below 0": (dict(gross_margin_pct=-5), "gross_margin_out_of_range", ["clv"]),
    "negative expansion": (dict(expansion_revenue=-100), "negative_value", ["nrr_pct", "existing_revenue_growth_pct"]),
    "negative churned revenue": (dict(churned_revenue=-50), "negative_value",
                                 ["revenue_churn", "revenue_churn_pct", "grr_pct", "nrr_pct",
                                  "existing_revenue_growth_pct"]),
    "negative days": (dict(days_in_period=-30), "negative_value", ["dso"]),
    "negative receivables": (dict(accounts_receivable=-200), "negative_value", ["dso"]),
    # Not an input error, but a result no real business can have: lost more customers than it had
    # (L given 150 > S 100 -> churn 150 %), lost more recurring revenue than it had (1050 + 30 > 1000).
    "lost more than started": (dict(lost_customers=150), OUT_OF_RANGE, ["churn_pct", "avg_lifespan_periods", "clv"]),
    "lost more revenue than started": (dict(churned_revenue=1050), OUT_OF_RANGE,
                                       ["revenue_churn_pct", "grr_pct", "nrr_pct", "existing_revenue_growth_pct"]),
}


@pytest.mark.parametrize("changes, code, hidden", CASES.values(), ids=CASES.keys())
def test_results_that_depend_on_an_impossible_input_are_not_numbers(changes, code, hidden):
    row, reasons, _ = analysed(**changes)
    for key in PERIOD_RESULTS:
        if key in hidden:
            assert math.isnan(row[key]) and reasons[key] == code, key
        elif key in EXPECTED and key != "revenue_churn":
            assert reasons[key] is None, key
    unchanged = set(EXPECTED) - set(hidden) - set(changes) - {"revenue_churn"}
    for key in unchanged:
        assert row[key] == pytest.approx(EXPECTED[key]), key


def test_given_lost_customers_keep_churn_when_only_end_and_new_are_wrong():
    # E - N = 5 - 10 < 0 puts E and N in doubt; churn uses the given L = 15 and S, so it is kept:
    # 15 / 100 = 15 %. CRR uses E and N: hidden.
    row, reasons, _ = analysed(customers_end=5, lost_customers=15)
    assert row["churn_pct"] == pytest.approx(15.0) and reasons["churn_pct"] is None
    assert math.isnan(row["crr_pct"]) and reasons["crr_pct"] == "retained_below_zero"


def test_only_the_row_with_the_error_is_hidden():
    frame = pd.DataFrame([{"period": "a", **VALID}, {"period": "b", **VALID, "repeat_customers": 9},
                          {"period": "c", **VALID}])
    a = analyse_periods(frame)
    assert a.table["rpr_pct"].tolist()[0] == 25.0 and a.table["rpr_pct"].tolist()[2] == 25.0
    assert math.isnan(a.table["rpr_pct"].iloc[1])
    assert a.reasons["rpr_pct"].tolist() == [None, "repeat_more_than_active", None]
    # The error itself is still reported, naming the row and the column.
    assert [(p.code, p.row, p.column) for p in a.errors] == [("repeat_more_than_active", 2, "repeat_customers")]


def test_undefined_results_have_no_reason():
    # S = 0: CRR and churn are undefined (METRICS.md), not impossible.
    row, reasons, _ = analysed(customers_start=0, customers_end=10, new_customers=10)
    assert math.isnan(row["crr_pct"]) and reasons["crr_pct"] is None


def test_the_raw_numbers_are_still_there_when_asked_for():
    frame = pd.DataFrame([{"period": "P", **VALID, "customers_end": 150}])
    raw = compute_period_metrics(frame, null_impossible=False)
    # (150 - 10) / 100 = 140 %: what the formula gives, for callers that show it with its reason.
    assert raw["crr_pct"].iloc[0] == pytest.approx(140.0)
    table, reasons = period_metrics(frame)
    assert math.isnan(table["crr_pct"].iloc[0]) and reasons["crr_pct"].iloc[0] == "retained_more_than_existed"


@settings(deadline=None, max_examples=80)
@given(
    s=st.integers(-5, 300), e=st.integers(-5, 300), n=st.integers(-5, 300), lost=st.none() | st.integers(-5, 400),
    active=st.integers(-5, 50), repeat=st.integers(-5, 60), revenue=st.integers(-100, 10_000),
    orders=st.integers(-5, 100), margin=st.none() | st.floats(-10, 120), rs=st.integers(-10, 1000),
    churned=st.integers(-10, 1200), expansion=st.integers(-10, 500), p=st.integers(-2, 20),
    d=st.floats(-2, 20), sold=st.integers(-5, 50), returned=st.integers(-5, 60),
)
def test_no_result_ever_leaves_its_range(s, e, n, lost, active, repeat, revenue, orders, margin, rs, churned,
                                         expansion, p, d, sold, returned):
    frame = pd.DataFrame([{
        "period": "P", "customers_start": s, "customers_end": e, "new_customers": n,
        "lost_customers": np.nan if lost is None else lost, "active_customers": active, "repeat_customers": repeat,
        "revenue": revenue, "orders": orders, "gross_margin_pct": np.nan if margin is None else margin,
        "revenue_start": rs, "churned_revenue": churned, "expansion_revenue": expansion,
        "promoters": p, "passives": 1, "detractors": d, "units_sold": sold, "units_returned": returned,
    }])
    table, reasons = period_metrics(frame)
    for key, (low, high) in RESULT_RANGES.items():
        v = table[key].iloc[0]
        assert math.isnan(v) or low - 1e-9 <= v <= high + 1e-9, (key, v)
        assert math.isnan(v) or reasons[key].iloc[0] is None
    if analyse_periods(frame).errors == []:
        # Consistent input: nothing is hidden for an input error (only impossible results).
        assert set(reasons.iloc[0].dropna()) <= {OUT_OF_RANGE}


def test_the_result_workbook_leaves_hidden_results_empty_instead_of_a_live_formula(tmp_path):
    from openpyxl import load_workbook

    from retention_gui.io.workbook import write_results
    from retention_gui.pipeline import analyse_frame

    frame = pd.DataFrame([{"period": "a", **VALID}, {"period": "b", **VALID, "customers_end": 150}])
    analysis = analyse_frame("periods", frame)
    path = tmp_path / "r.xlsx"
    write_results(analysis, path)
    ws = load_workbook(path)["Periods"]
    for key in ("crr_pct", "churn_pct", "clv"):
        col = list(analysis.periods.columns).index(key) + 1
        assert str(ws.cell(2, col).value).startswith("=IF(")  # the valid row stays a live formula
        assert ws.cell(3, col).value is None  # (150 - 10) / 100 = 140 % is not written, nor what follows
