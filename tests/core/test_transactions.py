"""Section 3 of METRICS.md: orders -> periods, summary, cohorts."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retention_gui.core.errors import Cancelled, InputError
from retention_gui.core.transactions import analyse_transactions, order_id_codes

from .reference import reference


def frame(rows, with_ids=False, quantity=None) -> pd.DataFrame:
    cols = ["customer_id", "order_date", "amount"] + (["order_id"] if with_ids else [])
    df = pd.DataFrame([r[: len(cols)] for r in rows], columns=cols)
    df["order_date"] = pd.to_datetime(df["order_date"])
    if quantity is not None:
        df["quantity"] = quantity
    return df


D = dt.date
# A hand-worked month with a 31-day window (alive on d: an order in [d-30, d]).
ROWS = [
    ("A", D(2024, 1, 5), 100.0),
    ("B", D(2024, 1, 20), 50.0),
    ("D", D(2024, 1, 2), 60.0),
    ("A", D(2024, 2, 10), 100.0),
    ("B", D(2024, 2, 15), -30.0),  # refund: not an order, not active, reduces revenue
    ("A", D(2024, 2, 25), 100.0),
    ("C", D(2024, 3, 15), 80.0),
    ("D", D(2024, 3, 25), 40.0),
]


@pytest.fixture(scope="module")
def hand():
    return analyse_transactions(frame(ROWS), churn_window_days=31, loyal_min_orders=2)


def test_hand_worked_period_table(hand):
    p = hand.periods.set_index("period")
    # Jan: nobody alive on Dec 31 -> S=0; alive on Jan 31: A, B, D; all new.
    # Feb: S={A,B,D}; alive Feb 29 (orders Jan 30..Feb 29): A -> retained 1, lost 2.
    # Mar: S={A}; alive Mar 31 (orders Mar 1..31): C, D -> retained 0, lost 1, new C, reactivated D.
    assert p["customers_start"].tolist() == [0, 3, 1]
    assert p["customers_end"].tolist() == [3, 1, 2]
    assert p["new_customers"].tolist() == [3, 0, 1]
    assert p["retained_customers"].tolist() == [0, 1, 0]
    assert p["lost_customers"].tolist() == [0, 2, 1]
    assert p["reactivated_customers"].tolist() == [0, 0, 1]
    assert math.isnan(p.loc["2024-01", "crr_pct"])
    assert p.loc["2024-02", "crr_pct"] == pytest.approx(100 / 3)
    assert p.loc["2024-02", "churn_pct"] == pytest.approx(200 / 3)
    assert p.loc["2024-03", "crr_pct"] == 0.0 and p.loc["2024-03", "churn_pct"] == 100.0
    # Active: Jan A,B,D; Feb only A (B's refund does not count); Mar C, D.
    assert p["active_customers"].tolist() == [3, 1, 2]
    assert p["orders"].tolist() == [3, 2, 2]
    # Revenue: Jan 100+50+60; Feb 100+100-30; Mar 80+40.
    assert p["revenue"].tolist() == [210.0, 170.0, 120.0]
    # Repeat: Feb A has 3 orders so far; Mar D has 2 -> 1 each.
    assert p["repeat_customers"].tolist() == [0, 1, 1]
    assert p.loc["2024-03", "rpr_pct"] == 50.0
    # Gaps: A 36 days (Feb 10) and 15 (Feb 25); D 83 days (Mar 25).
    assert math.isnan(p.loc["2024-01", "avg_days_between_purchases"])
    assert p.loc["2024-02", "avg_days_between_purchases"] == 25.5
    assert p.loc["2024-03", "avg_days_between_purchases"] == 83.0
    # Loyal (2+ orders in the window): Feb A has Feb 10 and Feb 25 -> 1 of 1.
    assert p["loyal_customer_rate_pct"].tolist() == [0.0, 100.0, 0.0]
    assert p.loc["2024-02", "aov"] == 85.0  # 170 / 2
    assert p.loc["2024-02", "days_in_period"] == 29


def test_hand_worked_summary(hand):
    s = hand.summary
    # 4 customers, 7 orders, revenue 500; A (3 orders) and D (2) repeat -> 50 %.
    assert (s["customers"], s["orders"], s["revenue"]) == (4, 7, 500.0)
    assert s["rpr_pct"] == 50.0
    assert s["aov"] == pytest.approx(500 / 7)
    assert s["purchase_frequency"] == 7 / 4
    assert s["avg_days_between_purchases"] == pytest.approx((36 + 15 + 83) / 3)
    assert s["median_days_between_purchases"] == 36.0
    assert s["mean_crr_pct"] == pytest.approx((100 / 3 + 0) / 2)
    assert s["mean_churn_pct"] == pytest.approx((200 / 3 + 100) / 2)


def test_hand_worked_cohorts(hand):
    c = hand.cohorts
    assert c["cohort"].tolist() == ["2024-01", "2024-03"]
    assert c["size"].tolist() == [3, 1]
    # Jan cohort A, B, D: Feb only A active (1/3), Mar only D (1/3).
    assert c["retention_pct"].iloc[0] == pytest.approx([100.0, 100 / 3, 100 / 3])
    assert c["retention_pct"].iloc[1] == [100.0]


def test_customers_table(hand):
    c = hand.customers.set_index("customer_id")
    assert c.loc["A", "orders"] == 3 and c.loc["A", "revenue"] == 300.0
    assert c.loc["B", "revenue"] == 20.0  # 50 - 30 refund
    assert c.loc["D", "first_order"] == pd.Timestamp("2024-01-02")
    assert c.loc["D", "days_since_last_order"] == 6  # Mar 25 -> Mar 31
    assert c["status"].to_dict() == {"A": "lost", "B": "lost", "D": "alive", "C": "alive"}


def test_alive_window_edges_at_365_days():
    # P ordered 2023-02-01: alive through 2024-01-31 (364 days later, 2024 is a leap year).
    # Q ordered 2023-01-31: alive through 2024-01-30 only -> lost in January 2024.
    rows = [("P", D(2023, 2, 1), 10.0), ("Q", D(2023, 1, 31), 10.0), ("R", D(2024, 1, 15), 10.0)]
    p = analyse_transactions(frame(rows)).periods.set_index("period")
    jan = p.loc["2024-01"]
    assert (jan["customers_start"], jan["customers_end"], jan["retained_customers"], jan["lost_customers"]) == (2, 2, 1, 1)
    assert jan["crr_pct"] == 50.0


def test_reactivated_customer_is_not_new_and_not_retained():
    rows = [("X", D(2023, 1, 10), 5.0), ("X", D(2024, 3, 1), 5.0), ("Y", D(2024, 2, 1), 5.0)]
    p = analyse_transactions(frame(rows)).periods.set_index("period")
    mar = p.loc["2024-03"]
    # X was not alive on Feb 29 2024 (last order 2023-01-10), orders again in March.
    assert (mar["reactivated_customers"], mar["new_customers"], mar["retained_customers"]) == (1, 0, 1)
    assert mar["customers_start"] == 1 and mar["customers_end"] == 2  # Y retained, X reactivated


def test_empty_periods_are_listed_with_zeros_and_nulls():
    rows = [("A", D(2024, 1, 5), 10.0), ("B", D(2024, 4, 5), 20.0)]
    p = analyse_transactions(frame(rows)).periods.set_index("period")
    assert p.index.tolist() == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert p.loc["2024-02", "orders"] == 0 and p.loc["2024-02", "revenue"] == 0
    assert math.isnan(p.loc["2024-02", "aov"]) and math.isnan(p.loc["2024-02", "rpr_pct"])


def test_iso_weeks_across_the_year_boundary():
    rows = [("A", D(2024, 12, 29), 10.0), ("B", D(2024, 12, 30), 10.0), ("A", D(2025, 1, 5), 10.0)]
    p = analyse_transactions(frame(rows), frequency="week").periods
    # Sunday 2024-12-29 closes 2024-W52; Monday 2024-12-30 opens 2025-W01, which ends Sunday 2025-01-05.
    assert p["period"].tolist() == ["2024-W52", "2025-W01"]
    assert p["orders"].tolist() == [1, 2]


def test_quarter_and_year_labels():
    rows = [("A", D(2023, 11, 5), 10.0), ("A", D(2024, 2, 5), 10.0)]
    assert analyse_transactions(frame(rows), frequency="quarter").periods["period"].tolist() == ["2023-Q4", "2024-Q1"]
    assert analyse_transactions(frame(rows), frequency="year").periods["period"].tolist() == ["2023", "2024"]


def test_order_id_counts_orders_when_present_else_customer_and_date():
    same_day = [("A", D(2024, 1, 5), 10.0, "o1"), ("A", D(2024, 1, 5), 15.0, "o1"), ("A", D(2024, 1, 5), 5.0, "o2")]
    assert analyse_transactions(frame(same_day, with_ids=True)).summary["orders"] == 2
    assert analyse_transactions(frame(same_day)).summary["orders"] == 1
    assert analyse_transactions(frame(same_day)).summary["revenue"] == 30.0


id_st = st.one_of(st.integers(-5, 5).map(float), st.sampled_from([np.nan, -0.0, 0.5, 2.0**60, 1e30, np.inf]))


@given(ids=st.lists(id_st, max_size=12), grouped=st.booleans(), data=st.data())
def test_number_order_ids_group_as_the_numbers_do(ids, grouped, data):
    # Whole-number ids are grouped as integers (faster; lines listed order by order without a hash
    # table): the same codes as grouping the floats, NaN -1; of the rows asked for, when asked.
    values = pd.Series(sorted(ids, key=str) if grouped else ids, dtype="float64")
    np.testing.assert_array_equal(order_id_codes(values), pd.factorize(values, sort=False)[0])
    rows = np.array(data.draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values))), dtype=bool)
    np.testing.assert_array_equal(order_id_codes(values, rows), pd.factorize(values[rows], sort=False)[0])


@given(ids=st.lists(st.integers(-3, 3), max_size=12), grouped=st.booleans())
def test_integer_order_ids_group_as_the_integers_do(ids, grouped):
    values = pd.Series(sorted(ids, key=abs) if grouped else ids, dtype="int64")
    np.testing.assert_array_equal(order_id_codes(values), pd.factorize(values, sort=False)[0])


def test_text_order_ids_are_trimmed_and_a_blank_one_is_minus_one():
    codes = order_id_codes(pd.Series([" o1", "o2", "o1 ", "", None, "o2"], dtype=object))
    assert codes.tolist() == [0, 1, 0, -1, -1, 1]


def test_quantity_gives_units_sold_and_returned():
    rows = [("A", D(2024, 1, 5), 100.0), ("A", D(2024, 1, 9), -50.0)]
    p = analyse_transactions(frame(rows, quantity=[4, -1])).periods.iloc[0]
    assert (p["units_sold"], p["units_returned"], p["return_rate_pct"]) == (4, 1, 25.0)


def test_refunds_outside_the_order_periods_count_in_the_summary_but_in_no_period():
    # Periods run from the first order's month (January) to the last one's (March); the refunds of
    # December and April belong to none of them. A blank quantity counts no unit.
    rows = [("A", D(2023, 12, 20), -10.0), ("A", D(2024, 1, 5), 100.0), ("B", D(2024, 1, 9), -20.0),
            ("B", D(2024, 3, 1), 40.0), ("B", D(2024, 3, 2), 5.0), ("A", D(2024, 4, 2), -7.0)]
    t = analyse_transactions(frame(rows, quantity=[-1, 4, -2, 3, np.nan, -5]))
    p = t.periods
    assert p["period"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert p["revenue"].tolist() == [80.0, 0.0, 45.0]
    assert p["units_sold"].tolist() == [4, 0, 3] and p["units_returned"].tolist() == [2, 0, 0]
    assert t.summary["revenue"] == 108.0


def test_refund_only_customer_counts_in_summary_but_is_never_active():
    rows = [("A", D(2024, 1, 5), 100.0), ("Z", D(2024, 1, 9), -20.0)]
    t = analyse_transactions(frame(rows))
    assert t.summary["customers"] == 2 and t.summary["orders"] == 1
    assert t.periods["active_customers"].tolist() == [1]


def test_only_refunds_is_an_input_error():
    with pytest.raises(InputError) as info:
        analyse_transactions(frame([("A", D(2024, 1, 5), -1.0)]))
    assert info.value.problems[0].code == "no_orders"


def test_missing_customer_is_an_error_with_its_row():
    df = frame([("A", D(2024, 1, 5), 1.0), (None, D(2024, 1, 6), 2.0)]).assign(source_row=[5, 6])
    with pytest.raises(InputError) as info:
        analyse_transactions(df)
    p = info.value.problems[0]
    assert (p.code, p.row, p.column) == ("missing_value", 6, "customer_id")


def test_customers_taken_block_by_block_give_the_same_results_as_all_at_once(monkeypatch):
    # Many customers are split into blocks (bounded memory); here blocks of a few customers, with a
    # customer who only has a refund (no row in the alive matrix) between the others.
    rng = np.random.default_rng(5)
    n = 400
    rows = [(f"c{c}", D(2023, 1, 1) + dt.timedelta(days=int(d)), float(a))
            for c, d, a in zip(rng.integers(0, 60, n), rng.integers(0, 700, n), rng.integers(-20, 200, n))]
    rows.append(("refund only", D(2023, 6, 1), -5.0))
    df = frame(rows, quantity=rng.integers(-2, 5, n + 1).astype(float))
    whole = analyse_transactions(df)
    monkeypatch.setattr("retention_gui.core.transactions._BLOCK_CELLS", 100)
    blocks = analyse_transactions(df)
    pd.testing.assert_frame_equal(blocks.periods, whole.periods)
    pd.testing.assert_frame_equal(blocks.customers, whole.customers)
    assert blocks.summary == whole.summary


def test_cancel_stops_the_work():
    rows = [("A", D(2024, 1, 5), 1.0)]
    with pytest.raises(Cancelled):
        analyse_transactions(frame(rows), cancel=lambda: True)


def test_progress_reaches_one():
    seen = []
    analyse_transactions(frame(ROWS), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


# ---- property tests: the fast core against the plain reference, and the invariants ----

customers_st = st.sampled_from(["a", "b", "c", "d", "e", "f"])
days_st = st.integers(min_value=0, max_value=500)
row_st = st.tuples(customers_st, days_st, st.integers(min_value=-50, max_value=200), st.integers(0, 4))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(row_st, min_size=1, max_size=25),
    frequency=st.sampled_from(["month", "week", "quarter", "year"]),
    W=st.sampled_from([1, 7, 30, 90, 365]),
    loyal_min=st.integers(1, 3),
    with_ids=st.booleans(),
)
def test_fast_core_matches_the_plain_reference(rows, frequency, W, loyal_min, with_ids):
    base = D(2023, 11, 20)
    full = [(c, base + dt.timedelta(days=d), float(a), f"o{c}{oid}") for c, d, a, oid in rows]
    if not any(r[2] >= 0 for r in full):
        full.append(("a", base, 1.0, "oa0"))
    expected = reference(full, frequency, W, loyal_min, with_ids)
    got = analyse_transactions(frame(full, with_ids=with_ids), frequency, W, loyal_min).periods
    assert len(got) == len(expected)
    for key in expected[0]:
        want = np.array([e[key] for e in expected], dtype=float)
        np.testing.assert_allclose(got[key].to_numpy(dtype=float), want, rtol=1e-12, atol=1e-9, equal_nan=True, err_msg=key)


@settings(deadline=None)
@given(rows=st.lists(row_st, min_size=1, max_size=30), W=st.sampled_from([10, 60, 365]))
def test_invariants_hold_for_any_orders(rows, W):
    base = D(2024, 1, 1)
    full = [(c, base + dt.timedelta(days=d), float(abs(a) + 1)) for c, d, a, _ in rows]
    p = analyse_transactions(frame(full), churn_window_days=W).periods
    assert (p["retained_customers"] + p["lost_customers"] == p["customers_start"]).all()
    assert (p["customers_end"] >= p["retained_customers"] + p["reactivated_customers"]).all()
    new_in_e = p["customers_end"] - p["retained_customers"] - p["reactivated_customers"]
    assert ((new_in_e >= 0) & (new_in_e <= p["new_customers"])).all()
    crr = p["crr_pct"].dropna()
    assert ((crr >= 0) & (crr <= 100)).all()
    both = p[["crr_pct", "churn_pct"]].dropna()
    np.testing.assert_allclose(both.sum(axis=1), 100.0)
