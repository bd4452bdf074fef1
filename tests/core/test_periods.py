"""Section 2 of METRICS.md: each formula on a hand-worked example, each undefined case, each check."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from retention_gui.core.errors import InputError
from retention_gui.core.periods import analyse_periods, compute_period_metrics, validate_period_inputs


def one(**inputs) -> pd.Series:
    frame = pd.DataFrame([{"period": "P1", **inputs}])
    return compute_period_metrics(frame).iloc[0]


def test_crr_and_churn_from_start_end_and_new():
    # S=200, E=210, N=30: retained = 210-30 = 180 -> CRR 180/200 = 90 %;
    # L = S+N-E = 200+30-210 = 20 -> churn 20/200 = 10 %; lifespan 100/10 = 10 periods.
    r = one(customers_start=200, customers_end=210, new_customers=30)
    assert r["crr_pct"] == pytest.approx(90.0)
    assert r["lost_customers"] == 20
    assert r["churn_pct"] == pytest.approx(10.0)
    assert r["avg_lifespan_periods"] == pytest.approx(10.0)


def test_given_lost_customers_is_used_for_churn():
    # L given as 25 although S+N-E = 20: churn = 25/200 = 12.5 %, CRR still (210-30)/200.
    r = one(customers_start=200, customers_end=210, new_customers=30, lost_customers=25)
    assert r["churn_pct"] == pytest.approx(12.5)
    assert r["crr_pct"] == pytest.approx(90.0)


def test_revenue_retention_family():
    # revenue_start 10,000; churned 500 + contraction 200 = 700 lost -> 7 %;
    # GRR = (10000-700)/10000 = 93 %; NRR = (10000-700+900)/10000 = 102 %; growth 2 %.
    r = one(revenue_start=10_000, churned_revenue=500, contraction_revenue=200, expansion_revenue=900)
    assert r["revenue_churn"] == pytest.approx(700.0)
    assert r["revenue_churn_pct"] == pytest.approx(7.0)
    assert r["grr_pct"] == pytest.approx(93.0)
    assert r["nrr_pct"] == pytest.approx(102.0)
    assert r["existing_revenue_growth_pct"] == pytest.approx(2.0)


def test_blank_revenue_movements_count_as_zero_in_grr_and_nrr():
    # Only churned 1,000 of 20,000 given: GRR = NRR = 19000/20000 = 95 %.
    r = one(revenue_start=20_000, churned_revenue=1_000)
    assert r["grr_pct"] == pytest.approx(95.0)
    assert r["nrr_pct"] == pytest.approx(95.0)
    assert r["revenue_churn"] == pytest.approx(1_000.0)
    r = one(revenue_start=20_000)
    assert r["grr_pct"] == pytest.approx(100.0)
    assert math.isnan(r["revenue_churn"])  # both movements missing


def test_order_value_frequency_customer_value_rpr_and_clv():
    # 50,000 revenue / 400 orders = AOV 125; 400 orders / 250 active = 1.6 per customer;
    # customer value 125 * 1.6 = 200; RPR 100/250 = 40 %;
    # churn 10 % -> lifespan 10 -> CLV 2,000; with 40 % gross margin 800.
    base = dict(customers_start=200, customers_end=210, new_customers=30,
                revenue=50_000, orders=400, active_customers=250, repeat_customers=100)
    r = one(**base)
    assert r["aov"] == pytest.approx(125.0)
    assert r["purchase_frequency"] == pytest.approx(1.6)
    assert r["customer_value"] == pytest.approx(200.0)
    assert r["rpr_pct"] == pytest.approx(40.0)
    assert r["clv"] == pytest.approx(2_000.0)
    assert one(**base, gross_margin_pct=40)["clv"] == pytest.approx(800.0)


def test_nps_return_rate_and_dso():
    # NPS (50-20)/(50+30+20) = 30; returns 15/300 = 5 %; DSO 30000/90000*30 days = 10.
    r = one(promoters=50, passives=30, detractors=20, units_sold=300, units_returned=15,
            accounts_receivable=30_000, credit_sales=90_000)
    assert r["nps"] == pytest.approx(30.0)
    assert r["return_rate_pct"] == pytest.approx(5.0)
    assert r["days_in_period"] == 30
    assert r["dso"] == pytest.approx(10.0)


def test_dated_period_gives_its_calendar_days_and_label():
    # February 2024 has 29 days: DSO = 30000/90000*29 = 9.666...
    frame = pd.DataFrame({"period": [pd.Timestamp("2024-02-15")], "accounts_receivable": [30_000.0],
                          "credit_sales": [90_000.0]})
    r = compute_period_metrics(frame).iloc[0]
    assert r["period"] == "2024-02"
    assert r["days_in_period"] == 29
    assert r["dso"] == pytest.approx(29 / 3)
    q = compute_period_metrics(frame, "quarter").iloc[0]
    assert (q["period"], q["days_in_period"]) == ("2024-Q1", 91)
    w = compute_period_metrics(frame.assign(period=pd.Timestamp("2024-12-30")), "week").iloc[0]
    assert (w["period"], w["days_in_period"]) == ("2025-W01", 7)
    y = compute_period_metrics(frame, "year").iloc[0]
    assert (y["period"], y["days_in_period"]) == ("2024", 366)


def test_text_period_label_is_kept_as_written():
    r = one(customers_start=10, customers_end=10, new_customers=0)
    assert r["period"] == "P1"


@pytest.mark.parametrize(
    "inputs, undefined",
    [
        (dict(customers_start=0, customers_end=5, new_customers=5), ["crr_pct", "churn_pct", "avg_lifespan_periods"]),
        (dict(customers_start=10, new_customers=2), ["crr_pct", "churn_pct"]),
        (dict(revenue=100, orders=0, active_customers=0), ["aov", "purchase_frequency", "customer_value", "rpr_pct"]),
        (dict(revenue_start=0, churned_revenue=10), ["revenue_churn_pct", "grr_pct", "nrr_pct", "existing_revenue_growth_pct"]),
        (dict(customers_start=10, customers_end=12, new_customers=2, revenue=10, orders=1, active_customers=1),
         ["avg_lifespan_periods", "clv"]),
        (dict(promoters=0, passives=0, detractors=0), ["nps"]),
        (dict(), ["nps", "return_rate_pct", "dso", "revenue_churn"]),
        (dict(units_sold=0, units_returned=0), ["return_rate_pct"]),
        (dict(accounts_receivable=5, credit_sales=0), ["dso"]),
    ],
    ids=["S=0", "E missing", "orders and active 0", "revenue_start 0", "churn 0", "no NPS answers",
         "nothing given", "units_sold 0", "credit_sales 0"],
)
def test_results_are_null_exactly_where_undefined(inputs, undefined):
    r = one(**inputs)
    for key in undefined:
        assert math.isnan(r[key]), key


def test_churn_zero_gives_no_lifespan_but_crr_is_100():
    r = one(customers_start=10, customers_end=12, new_customers=2)
    assert r["crr_pct"] == 100.0 and r["churn_pct"] == 0.0


def codes(frame: pd.DataFrame) -> list[tuple[str, str, int]]:
    return [(p.code, p.severity, p.row) for p in validate_period_inputs(frame)]


def test_negative_counts_and_amounts_are_errors_naming_row_and_column():
    frame = pd.DataFrame({"period": ["a", "b"], "revenue": [10.0, -1.0], "orders": [-2.0, 1.0]})
    problems = validate_period_inputs(frame)
    assert {(p.code, p.row, p.column) for p in problems} == {
        ("negative_value", 2, "revenue"), ("negative_value", 1, "orders")}


def test_more_retained_than_existed_and_fewer_than_zero_are_errors():
    frame = pd.DataFrame({"period": ["a", "b", "c"], "customers_start": [10, 10, 10],
                          "customers_end": [25, 3, 12], "new_customers": [5, 5, 2]})
    assert codes(frame) == [("retained_more_than_existed", "error", 1), ("retained_below_zero", "error", 2)]


def test_given_lost_that_disagrees_is_a_warning_naming_both_values():
    frame = pd.DataFrame({"period": ["a"], "customers_start": [100], "customers_end": [95],
                          "new_customers": [10], "lost_customers": [12]})
    (p,) = validate_period_inputs(frame)
    assert (p.code, p.severity, p.values) == ("lost_mismatch", "warning", {"lost": 12, "derived": 15})


def test_repeat_above_active_returned_above_sold_and_fractional_answers_are_errors():
    frame = pd.DataFrame({"period": ["a"], "active_customers": [5], "repeat_customers": [6],
                          "units_sold": [10], "units_returned": [11], "promoters": [7.5]})
    assert sorted(c for c, _, _ in codes(frame)) == [
        "not_whole_number", "repeat_more_than_active", "returned_more_than_sold"]


def test_source_rows_are_used_in_problems():
    frame = pd.DataFrame({"period": ["a"], "orders": [-1.0], "source_row": [17]})
    assert validate_period_inputs(frame)[0].row == 17


def warning_codes(table_inputs: dict, **thresholds) -> list[str]:
    frame = pd.DataFrame([{"period": "P", **table_inputs}])
    return [p.code for p in analyse_periods(frame, thresholds=thresholds or None).warnings]


@pytest.mark.parametrize(
    "inputs, expected",
    [
        (dict(customers_start=100, customers_end=93, new_customers=0), []),  # churn exactly 7: not above
        (dict(customers_start=1000, customers_end=929, new_customers=0), ["churn_high"]),  # 7.1 %
        (dict(promoters=1, passives=0, detractors=1), []),  # NPS exactly 0
        (dict(promoters=1, passives=1, detractors=2), ["nps_negative"]),
        (dict(revenue_start=100, expansion_revenue=0), []),  # NRR exactly 100
        (dict(revenue_start=100, churned_revenue=0.5), ["nrr_low"]),
        (dict(accounts_receivable=45, credit_sales=30), []),  # DSO exactly 45
        (dict(accounts_receivable=46, credit_sales=30), ["dso_high"]),
    ],
    ids=["churn=7", "churn>7", "nps=0", "nps<0", "nrr=100", "nrr<100", "dso=45", "dso>45"],
)
def test_result_warnings_are_strict(inputs, expected):
    assert warning_codes(inputs) == expected


def test_thresholds_are_settings():
    assert warning_codes(dict(customers_start=100, customers_end=95, new_customers=0), churn_pct_above=4) == ["churn_high"]
    assert warning_codes(dict(accounts_receivable=46, credit_sales=30), dso_above=60) == []


def test_empty_table_is_an_input_error():
    with pytest.raises(InputError, match="no_data|no data"):
        analyse_periods(pd.DataFrame({"period": []}))


def test_vectorised_over_many_rows():
    n = 1000
    rng = np.random.default_rng(1)
    s = rng.integers(1, 500, n).astype(float)
    frame = pd.DataFrame({"period": [f"p{i}" for i in range(n)], "customers_start": s,
                          "customers_end": s, "new_customers": np.zeros(n)})
    out = compute_period_metrics(frame)
    assert (out["crr_pct"] == 100).all() and (out["churn_pct"] == 0).all()


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(s=st.integers(1, 10_000), n=st.integers(0, 5_000), kept=st.floats(0, 1))
def test_crr_plus_churn_is_100_when_lost_is_derived(s, n, kept):
    e = int(round(s * kept)) + n  # any E with 0 <= E - N <= S
    r = one(customers_start=s, customers_end=e, new_customers=n)
    assert 0 <= r["crr_pct"] <= 100
    assert r["crr_pct"] + r["churn_pct"] == pytest.approx(100.0)
    assert validate_period_inputs(pd.DataFrame([{"period": "p", "customers_start": s, "customers_end": e,
                                                  "new_customers": n}])) == []


def test_typed_month_labels_are_dated_periods():
    # METRICS.md section 3: "januar 2025", "jan-25", "maj 2025", "januari 2025", "Jan 2025" are dated periods.
    from retention_gui.core.periods import label_periods

    labels, days = label_periods(pd.Series(["januar 2025", "feb-25", "Q1", "januari 2024"], dtype=object))
    assert labels.tolist() == ["2025-01", "2025-02", "Q1", "2024-01"]
    assert days.tolist()[:2] == [31.0, 28.0] and math.isnan(days.iloc[2])
