"""What-if projections (METRICS.md section 6): hand-worked figures and invariants."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retention_gui.core.errors import InputError
from retention_gui.core.periods import compute_period_metrics
from retention_gui.core.whatif import (
    HORIZON,
    WhatIfChanges,
    WhatIfInputs,
    baseline_inputs,
    project,
    scenario_inputs,
    what_if,
)

# Three periods, S = 100 each:
#   churn = (S + N - E) / S x 100: (100+10-100) = 10 %, (100+12-104) = 8 %, (100+14-108) = 6 %  -> c = 8
#   N = (10 + 12 + 14) / 3 = 12;  C0 = last customers_end = 108
#   customer value = revenue / orders x orders / active: 5000/50 = 100, 6600/55 = 120, 7000/50 = 140 -> v = 120
#   margin: only January has 40 -> the last defined margin, m = 40
THREE = pd.DataFrame({
    "period": ["2024-01", "2024-02", "2024-03"],
    "customers_start": [100, 100, 100],
    "customers_end": [100, 104, 108],
    "new_customers": [10, 12, 14],
    "revenue": [5000.0, 6600.0, 7000.0],
    "orders": [100, 110, 100],
    "active_customers": [50, 55, 50],
    "gross_margin_pct": [40.0, np.nan, np.nan],
})


def table(df: pd.DataFrame) -> pd.DataFrame:
    return compute_period_metrics(df)


def test_baseline_inputs_are_means_of_defined_values_and_last_values():
    inputs = baseline_inputs(table(THREE))
    assert (inputs.churn_pct, inputs.new_customers, inputs.customer_value) == (8.0, 12.0, 120.0)
    assert (inputs.customers_start, inputs.gross_margin_pct) == (108.0, 40.0)
    assert inputs.periods_used == {"churn_pct": 3, "new_customers": 3, "customer_value": 3,
                                   "customers_start": 1, "gross_margin_pct": 1}
    assert inputs.last_period == "2024-03"


def test_hand_worked_baseline_projection():
    r = what_if(table(THREE))
    b = r.baseline
    assert r.ok and r.reason is None and len(b.customers) == HORIZON == 12
    # C1 = 108 x 0.92 + 12 = 99.36 + 12 = 111.36; C2 = 111.36 x 0.92 + 12 = 114.4512;
    # C3 = 114.4512 x 0.92 + 12 = 117.295104. Closed form: C_k = 150 - 42 x 0.92^k
    # (150 = N / (c/100) = 12 / 0.08 is where the customer base settles).
    assert b.customers[:3].tolist() == pytest.approx([111.36, 114.4512, 117.295104], rel=1e-12)
    assert b.customers == pytest.approx([150 - 42 * 0.92 ** k for k in range(1, 13)], rel=1e-12)
    # revenue_k = C_k x 120: 111.36 x 120 = 13363.2; profit = 40 % of that = 5345.28
    assert b.revenue[0] == pytest.approx(13363.2, rel=1e-12)
    assert b.profit[0] == pytest.approx(5345.28, rel=1e-12)
    # sum C = 1800 - 42 x 0.92 x (1 - 0.92^12) / 0.08 = 1800 - 483 x (1 - 0.3676664) = 1494.58287
    assert b.totals["customers"] == pytest.approx(1494.5828652, rel=1e-9)
    assert b.totals["revenue"] == pytest.approx(1494.5828652 * 120, rel=1e-9)  # 179 349.94
    assert b.totals["profit"] == pytest.approx(1494.5828652 * 48, rel=1e-9)  # 71 739.98
    # clv = v x 100 / c x m / 100 = 120 x 12.5 x 0.4 = 600
    assert b.clv == pytest.approx(600.0, rel=1e-12)


def test_hand_worked_scenario_and_differences():
    # Churn 2 points down: c' = 6; new customers +25 %: N' = 15; value +10 %: v' = 132.
    r = what_if(table(THREE), WhatIfChanges(2, 25, 10))
    s = r.scenario
    assert (s.inputs.churn_pct, s.inputs.new_customers) == (6.0, 15.0)
    assert s.inputs.customer_value == pytest.approx(132.0, rel=1e-12)
    # C_k = 250 - 142 x 0.94^k (250 = 15 / 0.06): C1 = 108 x 0.94 + 15 = 116.52
    assert s.customers[0] == pytest.approx(116.52, rel=1e-12)
    assert s.customers == pytest.approx([250 - 142 * 0.94 ** k for k in range(1, 13)], rel=1e-12)
    # sum C = 3000 - 142 x 0.94 x (1 - 0.94^12) / 0.06 = 3000 - 2224.667 x 0.5240797 = 1834.09739
    assert s.totals["customers"] == pytest.approx(1834.0973937, rel=1e-9)
    assert s.totals["revenue"] == pytest.approx(1834.0973937 * 132, rel=1e-9)  # 242 100.86
    # clv' = 132 x 100 / 6 x 0.4 = 880
    assert s.clv == pytest.approx(880.0, rel=1e-12)
    d = r.difference
    assert d["totals"]["customers"] == pytest.approx(1834.0973937 - 1494.5828652, rel=1e-8)  # 339.51
    assert d["totals"]["revenue"] == pytest.approx(242100.855967 - 179349.943828, rel=1e-8)  # 62 750.91
    assert d["totals"]["profit"] == pytest.approx((242100.855967 - 179349.943828) * 0.4, rel=1e-8)  # 25 100.36
    assert d["clv"] == pytest.approx(280.0, rel=1e-12)
    assert d["customers"][0] == pytest.approx(116.52 - 111.36, rel=1e-12)  # 5.16


def test_only_the_last_twelve_defined_periods_count():
    # 15 periods; churn defined in all but the 14th (S = 0 there). Churn 20 % in the first three,
    # then 5 %: the last 12 defined are periods 3..13 and 15 -> one 20 and eleven 5s: (20 + 55) / 12 = 6.25.
    n = 15
    s = [100] * n
    e = [80 + 10] * 3 + [95 + 10] * (n - 3)
    s[13] = 0
    e[13] = 10
    df = pd.DataFrame({"period": [f"P{i}" for i in range(1, n + 1)], "customers_start": s,
                       "customers_end": e, "new_customers": [10] * n, "revenue": [100.0] * n,
                       "orders": [10] * n, "active_customers": [10] * n})
    inputs = baseline_inputs(table(df))
    assert inputs.churn_pct == pytest.approx(6.25, rel=1e-12)
    assert inputs.periods_used["churn_pct"] == 12 and inputs.periods_used["new_customers"] == 12
    assert inputs.customers_start == 105 and inputs.gross_margin_pct == 100.0
    assert inputs.periods_used["gross_margin_pct"] == 0


@pytest.mark.parametrize("drop, reason", [
    (["customers_start"], "no_churn"),
    (["new_customers", "customers_end"], "no_churn"),  # churn needs N and E when L is not given
    (["revenue"], "no_customer_value"),
    (["active_customers"], "no_customer_value"),
], ids=["no start", "no new or end", "no revenue", "no active"])
def test_undefined_inputs_give_a_reason_not_a_number(drop, reason):
    r = what_if(table(THREE.drop(columns=drop)))
    assert (r.status, r.reason, r.baseline, r.scenario, r.difference) == ("undefined", reason, None, None, None)


def test_missing_new_customers_and_end_with_lost_given():
    # L given: churn defined (10 / 100), but N and E are never typed.
    df = pd.DataFrame({"period": ["a"], "customers_start": [100], "lost_customers": [10],
                       "revenue": [10.0], "orders": [1], "active_customers": [1]})
    assert what_if(table(df)).reason == "no_new_customers"
    df["new_customers"] = 5
    assert what_if(table(df)).reason == "no_customers_end"


def test_churn_above_100_is_a_reason():
    # A typed L of 150 with S = 100: churn 150 % is impossible, so the period table does not show it
    # (issue 12) and the what-if has no churn to start from, rather than a projection below zero.
    df = THREE.assign(lost_customers=[150, 150, 150])
    assert what_if(table(df)).reason == "no_churn"


def test_churn_cannot_go_below_zero_and_zero_churn_has_no_clv():
    r = what_if(table(THREE), WhatIfChanges(churn_down_points=20))
    assert r.scenario.inputs.churn_pct == 0.0
    # No churn: every customer stays, C_k = 108 + 12 k
    assert r.scenario.customers == pytest.approx([108 + 12 * k for k in range(1, 13)], rel=1e-12)
    assert r.scenario.clv is None and r.difference["clv"] is None


def test_raising_churn_stops_at_100():
    r = what_if(table(THREE), WhatIfChanges(churn_down_points=-500))
    assert r.scenario.inputs.churn_pct == 100.0
    assert r.scenario.customers == pytest.approx([12.0] * 12)  # everyone leaves; only the new remain


@pytest.mark.parametrize("kwargs", [
    {"churn_down_points": float("nan")}, {"new_customers_up_pct": float("inf")},
    {"customer_value_up_pct": -101}, {"new_customers_up_pct": "5"},
], ids=["nan", "inf", "below -100 %", "text"])
def test_bad_changes_are_input_errors(kwargs):
    with pytest.raises(InputError, match="bad_setting|is not allowed"):
        WhatIfChanges(**kwargs)


def test_orders_give_a_baseline_without_margin():
    from retention_gui.pipeline import analyse_frame

    # A and B buy in January, A again in February; W = 365 so nobody is lost.
    rows = pd.DataFrame({"customer_id": ["A", "B", "A"],
                         "order_date": pd.to_datetime(["2024-01-05", "2024-01-20", "2024-02-03"]),
                         "amount": [100.0, 50.0, 80.0]})
    a = analyse_frame("transactions", rows)
    r = what_if(a.periods)
    # January S = 0 (churn undefined); February S = 2, lost 0 -> c = 0. N = (2 + 0) / 2 = 1.
    # v: January 150 / 2 active = 75, February 80 / 1 = 80 -> 77.5. C0 = 2, m = 100.
    assert r.ok
    assert (r.inputs.churn_pct, r.inputs.new_customers, r.inputs.customer_value, r.inputs.customers_start) == (0.0, 1.0, 77.5, 2.0)
    assert r.baseline.customers.tolist() == [2.0 + k for k in range(1, 13)]
    assert r.baseline.clv is None  # churn 0: lifespan and CLV undefined


# --- invariants ---

inputs_st = st.builds(
    WhatIfInputs,
    churn_pct=st.floats(0, 100),
    new_customers=st.floats(0, 1e5),
    customer_value=st.floats(0, 1e5),
    customers_start=st.floats(0, 1e6),
    gross_margin_pct=st.floats(0, 100),
    periods_used=st.just({}),
)
changes_st = st.builds(WhatIfChanges, st.floats(-200, 200), st.floats(-100, 500), st.floats(-100, 500))


@settings(max_examples=200, deadline=None)
@given(inputs_st)
def test_no_change_gives_the_baseline_exactly(inputs):
    same = scenario_inputs(inputs, WhatIfChanges())
    b, s = project(inputs), project(same)
    assert np.array_equal(b.customers, s.customers) and np.array_equal(b.profit, s.profit)
    # A churn so small that 100 / churn overflows makes CLV 0 x inf = NaN on both sides alike.
    assert b.clv == s.clv or (b.clv != b.clv and s.clv != s.clv)


@settings(max_examples=200, deadline=None)
@given(inputs_st, changes_st)
def test_series_shapes_sums_and_profit(inputs, changes):
    s = project(scenario_inputs(inputs, changes))
    assert len(s.customers) == len(s.revenue) == len(s.profit) == 12
    assert (s.customers >= 0).all()
    assert s.totals["revenue"] == pytest.approx(float(s.revenue.sum()))
    assert np.allclose(s.profit, s.revenue * s.inputs.gross_margin_pct / 100, rtol=1e-12)
    assert 0 <= s.inputs.churn_pct <= 100


@settings(max_examples=200, deadline=None)
@given(inputs_st, st.floats(0, 100), st.floats(0, 100))
def test_lower_churn_never_lowers_customers(inputs, d1, d2):
    lo, hi = sorted((d1, d2))
    less = project(scenario_inputs(inputs, WhatIfChanges(churn_down_points=lo)))
    more = project(scenario_inputs(inputs, WhatIfChanges(churn_down_points=hi)))
    assert (more.customers >= less.customers).all()
    assert (more.revenue >= less.revenue).all()


@settings(max_examples=200, deadline=None)
@given(inputs_st, st.floats(0, 500), st.floats(0, 500))
def test_more_new_customers_and_value_never_lower_revenue(inputs, n_up, v_up):
    b = project(inputs)
    s = project(scenario_inputs(inputs, WhatIfChanges(0, n_up, v_up)))
    assert (s.customers >= b.customers).all() and (s.revenue >= b.revenue).all()


@settings(max_examples=100, deadline=None)
@given(st.floats(0.5, 100), st.floats(0, 1e4), st.floats(1, 1e4))
def test_a_base_at_its_steady_state_stays_there(c, n, v):
    # C0 = N / (c / 100) is the fixed point of C = C (1 - c/100) + N.
    inputs = WhatIfInputs(c, n, v, n * 100 / c, 100.0, {})
    assert project(inputs).customers == pytest.approx([n * 100 / c] * 12, rel=1e-9, abs=1e-9)
    assert not math.isnan(project(inputs).clv)
