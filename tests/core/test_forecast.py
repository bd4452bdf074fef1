"""Section 5 of METRICS.md: BG/NBD and Gamma-Gamma forecasts, checked against the papers' CDNOW figures.

Published reference (Fader, Hardie and Lee 2005, "Counting your customers the
easy way", and "RFM and CLV: using iso-value curves"): the CDNOW 1/10 sample,
2357 customers who first bought in the first 12 weeks of 1997, calibration
period to the end of week 39 (1997-09-30):
BG/NBD r 0.243, alpha 4.414 weeks, a 0.793, b 2.426, LL -9582.4 (weeks);
Gamma-Gamma p 6.25, q 3.74, gamma 15.44; customer 1 (x 2, t_x 30.43,
T 38.86 weeks) is expected to make 1.226 purchases in the next 39 weeks.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import hyp2f1

from retention_gui.core import forecast as F
from retention_gui.core.errors import Cancelled, InputError
from retention_gui.core.forecast import BgNbdFit, ForecastSettings, GammaGammaFit, forecast
from retention_gui.core.transactions import analyse_transactions, orders_of

DATA = Path(__file__).resolve().parent.parent / "data" / "CDNOW_sample.txt"
CAL_END = dt.date(1997, 9, 30)
LN7 = math.log(7)


def read_cdnow() -> pd.DataFrame:
    """One row per line of the CDNOW sample: customer id, date, amount (the CDs column is not used)."""
    raw = pd.read_csv(DATA, sep=r"\s+", header=None, names=["customer_id", "old_id", "date", "cds", "amount"],
                      dtype={"customer_id": str, "old_id": str, "date": str})
    return pd.DataFrame({"customer_id": raw["customer_id"], "order_date": pd.to_datetime(raw["date"], format="%Y%m%d"),
                         "amount": raw["amount"].astype(float)})


@pytest.fixture(scope="module")
def cdnow() -> pd.DataFrame:
    return read_cdnow()


@pytest.fixture(scope="module")
def cal(cdnow):
    return F.customer_summary(orders_of(cdnow), F._day(CAL_END))


@pytest.fixture(scope="module")
def fitted(cdnow):
    """The full forecast as of 1998-06-30 with the papers' 39-week holdout (273 days)."""
    return forecast(orders_of(cdnow), ForecastSettings(as_of=dt.date(1998, 6, 30), holdout_days=273))


# ---------------------------------------------------------------- plain scalar formulas (math + scipy)


def p_alive_direct(fit: BgNbdFit, x: float, t_x: float, T: float) -> float:
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + fit.a / (fit.b + x - 1) * ((fit.alpha + T) / (fit.alpha + t_x)) ** (fit.r + x))


def expected_direct(fit: BgNbdFit, t: float, x: float, t_x: float, T: float) -> float:
    """Equation 10 of the BG/NBD paper as printed (no Euler transformation)."""
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    head = (a + b + x - 1) / (a - 1)
    power = ((alpha + T) / (alpha + T + t)) ** (r + x)
    f = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    return head * (1 - power * f) * p_alive_direct(fit, x, t_x, T)


def ll_direct(fit: BgNbdFit, x: float, t_x: float, T: float) -> float:
    """ln L of one customer, equation 6 of the BG/NBD paper, with gamma functions from math."""
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    beta = lambda u, v: math.exp(math.lgamma(u) + math.lgamma(v) - math.lgamma(u + v))  # noqa: E731
    common = math.exp(math.lgamma(r + x) - math.lgamma(r)) * alpha**r
    val = beta(a, b + x) / beta(a, b) * common / (alpha + T) ** (r + x)
    if x > 0:
        val += beta(a + 1, b + x - 1) / beta(a, b) * common / (alpha + t_x) ** (r + x)
    return math.log(val)


PAPER_WEEKS = BgNbdFit(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4)


# ---------------------------------------------------------------- the summary of section 5


def test_cdnow_calibration_summary_is_the_papers(cal):
    # The papers: 2357 customers, 946 of them repeat buyers, 2457 repeat purchases in weeks 1-39.
    assert len(cal.customer) == 2357
    assert int((cal.frequency > 0).sum()) == 946
    assert int(cal.frequency.sum()) == 2457


def test_customer_one_of_cdnow_in_days(cdnow, cal):
    # Customer 00004 bought 1997-01-01 (29.33), 01-18 (29.73), 08-02 (14.96), 12-12 (after 09-30).
    # x = 2; t_x = Jan 1 -> Aug 2 = 213 days (30.43 weeks); T = Jan 1 -> Sep 30 = 272 days (38.86 weeks);
    # monetary = mean of the repeat days = (29.73 + 14.96) / 2 = 22.345 (lifetimes' zbar 22.35).
    i = int(np.flatnonzero(orders_of(cdnow).customer_ids == "00004")[0])
    k = int(np.flatnonzero(cal.customer == i)[0])
    assert (cal.frequency[k], cal.recency[k], cal.T[k]) == (2, 213, 272)
    assert cal.monetary[k] == pytest.approx(22.345)
    assert cal.orders[k] == 3 and cal.revenue[k] == pytest.approx(29.33 + 29.73 + 14.96)


def test_same_day_orders_are_one_purchase_day_and_refunds_play_no_part():
    # A: 01-01 (10 + 5 as two orders), 01-11 (20), refund 01-11 (-7), 01-31 (30). Purchase days 3 -> x = 2,
    # t_x = 30, T = as_of 02-10 - 01-01 = 40; monetary = (20 + 30) / 2 = 25 (refund ignored);
    # revenue net of refunds = 58. B: only 01-20 -> x 0, monetary null. Rows after as_of are ignored.
    df = pd.DataFrame({
        "customer_id": ["A", "A", "A", "A", "A", "B", "A"],
        "order_date": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-11", "2024-01-11", "2024-01-31",
                                      "2024-01-20", "2024-03-01"]),
        "amount": [10.0, 5.0, 20.0, -7.0, 30.0, 8.0, 99.0],
        "order_id": ["o1", "o2", "o3", None, "o4", "o5", "o6"],
    })
    s = F.customer_summary(orders_of(df), F._day(dt.date(2024, 2, 10)))
    assert s.frequency.tolist() == [2, 0]
    assert s.recency.tolist() == [30, 0]
    assert s.T.tolist() == [40, 21]
    assert s.monetary[0] == 25.0 and math.isnan(s.monetary[1])
    assert s.orders.tolist() == [4, 1]
    assert s.revenue.tolist() == [58.0, 8.0]


def test_the_order_table_of_the_analysis_is_the_one_of_orders_of(cdnow):
    a = analyse_transactions(cdnow).orders
    b = orders_of(cdnow)
    assert a is not None
    np.testing.assert_array_equal(a.customer, b.customer)
    np.testing.assert_array_equal(a.day, b.day)
    np.testing.assert_allclose(a.amount, b.amount)


# ---------------------------------------------------------------- published figures


def test_bgnbd_fit_on_cdnow_is_the_papers(fitted):
    fit = fitted.model_check.bgnbd
    assert fit.r == pytest.approx(0.243, abs=5e-4)
    assert fit.alpha == pytest.approx(30.90, abs=5e-3)  # days
    assert fit.alpha / 7 == pytest.approx(4.414, abs=5e-4)  # weeks
    assert fit.a == pytest.approx(0.793, abs=5e-4)
    assert fit.b == pytest.approx(2.426, abs=5e-4)
    # LL in days = LL in weeks - sum(x) ln 7: -9582.4 - 2457 x 1.94591 = -14363.5
    assert fit.log_likelihood + 2457 * LN7 == pytest.approx(-9582.4, abs=0.05)
    assert fit.log_likelihood == pytest.approx(-14363.5, abs=0.05)


def test_log_likelihood_in_days_is_weeks_minus_sum_x_ln7(cal):
    # L(x, t_x, T | alpha) is a density over x purchase times: scaling time by 7 scales each by 1/7.
    x, tx, T = cal.frequency, cal.recency, cal.T
    days = F.bgnbd_log_likelihood(0.243, 4.414 * 7, 0.793, 2.426, x, tx, T)
    weeks = F.bgnbd_log_likelihood(0.243, 4.414, 0.793, 2.426, x, tx / 7, T / 7)
    assert weeks - days == pytest.approx(2457 * LN7, rel=1e-12)
    assert weeks == pytest.approx(-9582.4, abs=0.1)  # the paper's rounded parameters


def test_log_likelihood_matches_the_papers_equation_customer_by_customer(cal):
    fit = BgNbdFit(0.243, 30.9, 0.793, 2.426, 0.0)
    total = sum(ll_direct(fit, float(x), float(tx), float(T)) for x, tx, T in zip(cal.frequency, cal.recency, cal.T))
    assert F.bgnbd_log_likelihood(fit.r, fit.alpha, fit.a, fit.b, cal.frequency, cal.recency, cal.T) == \
        pytest.approx(total, rel=1e-12)


def test_bgnbd_log_likelihood_is_the_maximum_to_1e_6(fitted, cal):
    fit = fitted.model_check.bgnbd
    x, tx, T = cal.frequency, cal.recency, cal.T
    at = F.bgnbd_log_likelihood(fit.r, fit.alpha, fit.a, fit.b, x, tx, T)
    assert at == pytest.approx(fit.log_likelihood, rel=1e-12)
    for i in range(4):
        for step in (1e-3, -1e-3):
            theta = [fit.r, fit.alpha, fit.a, fit.b]
            theta[i] *= 1 + step
            assert F.bgnbd_log_likelihood(*theta, x, tx, T) < at
    # A move of 1e-3 in any parameter changes LL by far less than 1e-6 relative: the top is flat there,
    # so the maximum reported is the maximum to 1e-6.
    grad = F._bgnbd_ll_grad(np.array([fit.r, fit.alpha, fit.a, fit.b]), F._groups(x, tx, T))[1]
    assert np.max(np.abs(grad * np.array([fit.r, fit.alpha, fit.a, fit.b]))) < 1e-5 * len(x)


def test_gamma_gamma_fit_on_cdnow_is_the_papers(fitted):
    gg = fitted.model_check.gamma_gamma
    assert gg.p == pytest.approx(6.25, abs=5e-3)
    assert gg.q == pytest.approx(3.74, abs=5e-3)
    assert gg.gamma == pytest.approx(15.44, abs=5e-3)


def test_gamma_gamma_log_likelihood_matches_a_plain_sum(cal):
    sel = cal.frequency > 0
    x, m = cal.frequency[sel], cal.monetary[sel]
    p, q, g = 6.25, 3.74, 15.44
    total = sum(math.lgamma(p * xi + q) - math.lgamma(p * xi) - math.lgamma(q) + q * math.log(g)
                + (p * xi - 1) * math.log(mi) + p * xi * math.log(xi) - (p * xi + q) * math.log(g + xi * mi)
                for xi, mi in zip(x.astype(float), m))
    assert F.gamma_gamma_log_likelihood(p, q, g, x, m) == pytest.approx(total, rel=1e-12)


def test_papers_worked_example_expects_1_226_purchases_in_39_weeks(fitted):
    # x = 2, t_x = 30.43, T = 38.86 weeks, next 39 weeks, with the published (weekly) parameters ...
    assert F.expected_purchases(PAPER_WEEKS, 39.0, 2, 30.43, 38.86) == pytest.approx(1.226, abs=5e-4)
    assert expected_direct(PAPER_WEEKS, 39.0, 2, 30.43, 38.86) == pytest.approx(1.226, abs=5e-4)
    # ... and in days with the fitted parameters: 213 and 272 days, next 273 days.
    assert F.expected_purchases(fitted.model_check.bgnbd, 273.0, 2, 213, 272) == pytest.approx(1.226, abs=5e-4)


# ---------------------------------------------------------------- per customer and totals


def test_p_alive_and_expected_purchases_match_the_formulas_for_every_customer(fitted):
    fit, st_ = fitted.bgnbd, fitted.settings
    c = fitted.customers
    t = 12 * F.DAYS_PER_MONTH
    direct_p = [p_alive_direct(fit, x, tx, T) for x, tx, T in zip(c["frequency"], c["recency"], c["T"])]
    direct_e = [expected_direct(fit, t, x, tx, T) for x, tx, T in zip(c["frequency"], c["recency"], c["T"])]
    np.testing.assert_allclose(c["p_alive"], direct_p, rtol=1e-10)
    np.testing.assert_allclose(c["expected_purchases"], direct_e, rtol=1e-8, atol=1e-12)
    assert st_.horizon_months == 12
    assert fitted.expected_purchases == pytest.approx(c["expected_purchases"].sum(), rel=1e-12)
    assert fitted.predicted_revenue == pytest.approx((c["expected_purchases"] * c["expected_spend"]).sum(), rel=1e-12)
    assert fitted.predicted_clv == pytest.approx(c["predicted_clv"].sum(), rel=1e-12)


def test_expected_spend_and_clv_of_one_customer_by_hand(fitted):
    gg, bg = fitted.gamma_gamma, fitted.bgnbd
    row = fitted.customers.set_index("customer_id").loc["00004"]
    x, m = row["frequency"], row["monetary"]
    spend = (gg.q - 1) / (gg.p * x + gg.q - 1) * gg.gamma * gg.p / (gg.q - 1) + gg.p * x / (gg.p * x + gg.q - 1) * m
    assert row["expected_spend"] == pytest.approx(spend, rel=1e-12)
    # 12 monthly increments, discounted at 10 % a year, margin 100 %.
    clv = 0.0
    for k in range(1, 13):
        inc = (expected_direct(bg, 30.4375 * k, x, row["recency"], row["T"])
               - (expected_direct(bg, 30.4375 * (k - 1), x, row["recency"], row["T"]) if k > 1 else 0.0))
        clv += inc * spend / 1.1 ** (k / 12)
    assert row["predicted_clv"] == pytest.approx(clv, rel=1e-8)


def test_margin_and_discount_scale_the_clv(cdnow):
    orders = orders_of(cdnow)
    base = forecast(orders, ForecastSettings(annual_discount_pct=0.0))
    half = forecast(orders, ForecastSettings(annual_discount_pct=0.0, margin_pct=50.0))
    # With no discount and margin 100, CLV = expected purchases x expected spend = predicted revenue.
    assert base.predicted_clv == pytest.approx(base.predicted_revenue, rel=1e-12)
    assert half.predicted_clv == pytest.approx(base.predicted_clv / 2, rel=1e-12)


def test_customers_with_one_purchase_day_get_the_population_spend(fitted):
    gg = fitted.gamma_gamma
    once = fitted.customers[fitted.customers["frequency"] == 0]
    assert once["monetary"].isna().all()
    np.testing.assert_allclose(once["expected_spend"], gg.gamma * gg.p / (gg.q - 1), rtol=1e-12)
    assert (once["p_alive"] == 1.0).all()


# ---------------------------------------------------------------- model check


def test_model_check_on_cdnow(fitted, cdnow, cal):
    mc = fitted.model_check
    assert mc.calibration_end == CAL_END and mc.holdout_days == 273 and mc.customers == 2357
    # Actual: distinct purchase days of each customer in 1997-10-01 .. 1998-06-30, counted with pandas.
    hold = cdnow[(cdnow["order_date"] > "1997-09-30") & (cdnow["order_date"] <= "1998-06-30")]
    assert mc.actual_purchases == len(hold.drop_duplicates(["customer_id", "order_date"])) == 1882
    predicted = sum(expected_direct(mc.bgnbd, 273.0, x, tx, T) for x, tx, T in zip(cal.frequency, cal.recency, cal.T))
    assert mc.predicted_purchases == pytest.approx(predicted, rel=1e-9)
    bf = mc.by_frequency
    assert bf["frequency"].tolist() == [0, 1, 2, 3, 4, 5, 6, "7+"]
    assert bf["customers"].sum() == 2357 and bf["customers"].iloc[0] == 1411  # 2357 - 946 never came back
    assert (bf["customers"] * bf["predicted_mean"]).sum() == pytest.approx(mc.predicted_purchases, rel=1e-9)
    assert (bf["customers"] * bf["actual_mean"]).sum() == pytest.approx(1882)


def test_no_holdout_no_model_check(cdnow):
    assert forecast(orders_of(cdnow)).model_check is None


# ---------------------------------------------------------------- not fitted, never an exception


def frame(rows) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["customer_id", "order_date", "amount"])
    df["order_date"] = pd.to_datetime(df["order_date"])
    return df


def test_fewer_than_20_repeat_customers_is_not_fitted(cdnow):
    # Keep 19 of the repeat buyers and every one-time buyer of the calibration period.
    cal = cdnow[cdnow["order_date"] <= "1997-09-30"]
    days = cal.drop_duplicates(["customer_id", "order_date"]).groupby("customer_id").size()
    keep = set(days[days == 1].index) | set(days[days > 1].index[:19])
    fc = forecast(orders_of(cal[cal["customer_id"].isin(keep)]))
    assert fc.status == "not_fitted"
    assert fc.reason.code == "forecast_too_few_repeat" and fc.reason.values["count"] == 19
    assert fc.bgnbd is None and fc.expected_purchases is None and fc.predicted_clv is None
    assert fc.customers["p_alive"].isna().all() and fc.customers["predicted_clv"].isna().all()
    assert fc.repeat_customers_used == 19


def test_data_spanning_fewer_than_90_days_is_not_fitted(cdnow):
    fc = forecast(orders_of(cdnow), ForecastSettings(as_of=dt.date(1997, 3, 30)))  # 88 days after 1997-01-01
    assert fc.status == "not_fitted" and fc.reason.code == "forecast_short_span"
    assert fc.reason.values["days"] == 88


def test_clockwork_buyers_run_the_optimiser_to_a_bound():
    # 40 customers buy every 7 days and none stops: no heterogeneity, no dropout -> r, alpha -> infinity.
    base = dt.date(2024, 1, 1)
    rows = [(f"C{c}", base + dt.timedelta(days=c + k), 10.0) for c in range(40) for k in range(0, 200, 7)]
    fc = forecast(orders_of(frame(rows)), ForecastSettings(as_of=base + dt.timedelta(days=240)))
    assert fc.status == "not_fitted" and fc.reason.code == "forecast_at_bound"
    assert fc.bgnbd is None and fc.customers["expected_purchases"].isna().all()


def test_as_of_before_every_order_is_not_fitted(cdnow):
    fc = forecast(orders_of(cdnow), ForecastSettings(as_of=dt.date(1990, 1, 1)))
    assert fc.status == "not_fitted" and fc.reason.code == "forecast_no_orders" and fc.customers.empty


def simulate(n: int, days: int, r: float, alpha: float, a: float, b: float, p: float, q: float, gamma: float,
             seed: int) -> pd.DataFrame:
    """Orders drawn from the BG/NBD and Gamma-Gamma models themselves (rates and spend per day).

    Poisson purchases at rate lambda ~ Gamma(r, alpha); after each repeat purchase (not the first:
    the BG/NBD's indicator [x > 0]) the customer leaves with p ~ Beta(a, b); spend per purchase
    ~ Gamma(p, nu) with nu ~ Gamma(q, gamma).
    """
    rng = np.random.default_rng(seed)
    start = np.datetime64("2023-01-01")
    ids, dates, amounts = [], [], []
    for c in range(n):
        lam, drop, nu = rng.gamma(r, 1 / alpha), rng.beta(a, b), rng.gamma(q, 1 / gamma)
        t = float(rng.integers(0, days // 3))
        first = True
        while t < days:
            ids.append(f"C{c:04d}")
            dates.append(start + np.timedelta64(int(t), "D"))
            amounts.append(round(float(rng.gamma(p, 1 / nu)), 2))
            if not first and rng.random() < drop:
                break
            first = False
            t += rng.exponential(1 / lam)
    return pd.DataFrame({"customer_id": ids, "order_date": pd.to_datetime(np.array(dates)), "amount": amounts})


def test_gamma_gamma_with_q_not_above_1_leaves_spend_out_but_purchases_stand():
    # Spend levels nu ~ Gamma(q = 0.8): the mean spend across customers has no finite mean.
    df = simulate(1500, 730, r=0.5, alpha=20, a=1, b=3, p=3, q=0.8, gamma=5, seed=0)
    fc = forecast(orders_of(df))
    assert fc.status == "fitted"
    assert fc.reason.code == "spend_q_not_above_1" and fc.reason.values["q"] <= 1
    assert fc.gamma_gamma is None and fc.predicted_revenue is None and fc.predicted_clv is None
    assert fc.expected_purchases > 0 and fc.customers["p_alive"].notna().all()
    assert fc.customers["expected_spend"].isna().all() and fc.customers["predicted_clv"].isna().all()


def test_bad_settings_raise_input_error_naming_them(cdnow):
    # The problem itself, not its words: the core has no message catalogue until retention_gui.messages
    # is imported (the whole suite imports it; this test alone does not).
    for bad, setting, value in ((ForecastSettings(margin_pct=120), "margin_pct", 120),
                                (ForecastSettings(horizon_months=0), "horizon_months", 0)):
        with pytest.raises(InputError) as caught:
            forecast(orders_of(cdnow), bad)
        assert [(p.code, p.values) for p in caught.value.problems] == [
            ("bad_setting", {"setting": setting, "value": value})]


def test_progress_runs_to_1_and_cancel_stops_inside_the_fit(cdnow):
    seen: list[float] = []
    forecast(orders_of(cdnow), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 5  # past the first steps, inside the BG/NBD fit

    with pytest.raises(Cancelled):
        forecast(orders_of(cdnow), cancel=cancel)


# ---------------------------------------------------------------- invariants


params = st.fixed_dictionaries({
    "r": st.floats(0.05, 5), "alpha": st.floats(0.5, 500),
    "a": st.one_of(st.floats(0.05, 0.95), st.floats(1.05, 5)), "b": st.floats(0.05, 10),
})


@st.composite
def customer(draw):
    T = draw(st.integers(0, 2000))
    x = draw(st.integers(0, 60)) if T > 0 else 0
    t_x = draw(st.integers(0, T)) if x > 0 else 0
    return x, t_x, T


@settings(max_examples=200, deadline=None)
@given(params, customer(), st.floats(1, 3000), st.floats(1, 3000))
def test_p_alive_is_a_probability_and_expected_purchases_grow_with_t(p, cust, t1, t2):
    fit = BgNbdFit(p["r"], p["alpha"], p["a"], p["b"], 0.0)
    x, t_x, T = cust
    pa = float(F.p_alive(fit, x, t_x, T))
    assert 0.0 <= pa <= 1.0
    if x == 0:
        assert pa == 1.0  # the indicator [x > 0] drops the second term
    lo, hi = sorted((t1, t2))
    e_lo, e_hi = (float(F.expected_purchases(fit, t, x, t_x, T)) for t in (lo, hi))
    assert 0.0 <= e_lo <= e_hi * (1 + 1e-9) + 1e-12
    # Same value as the printed formula, where scipy's hyp2f1 evaluates that reliably: not overflowing,
    # c - a - b and c not within 1e-3 of an integer (see the next test), a not within 1e-3 of 1.
    c = fit.a + fit.b + x - 1
    gap = c - (fit.r + x) - (fit.b + x)
    if abs(gap - round(gap)) > 1e-3 and abs(c - round(c)) > 1e-3 and abs(fit.a - 1) > 1e-3:
        direct = expected_direct(fit, hi, x, t_x, T)
        if math.isfinite(direct):
            assert e_hi == pytest.approx(direct, rel=1e-6, abs=1e-9)


@pytest.mark.parametrize("fit, x, t_x, T, t, expected", [
    # c - a - b = 0 exactly, z = 0.9973: scipy's hyp2f1 is 0.1 % to 10 % off within 1e-12..1e-15 of it.
    (BgNbdFit(0.05, 0.5, 1.05, 1.0, 0.0), 0, 0, 0, 185.0, 0.8174813321686767),
    # a = 1 + 1e-7: the prefactor 1 / (a - 1) meets a bracket that vanishes with it.
    (BgNbdFit(0.3, 10.0, 1.0000001, 2.0, 0.0), 2, 5, 10, 100.0, 3.1760767457216184),
    # c = a + b + x - 1 = 1e-9 (x = 0): 2F1 has a pole at c = 0 that the prefactor c cancels.
    (BgNbdFit(1.0, 1.0, 0.05, 0.950000001, 0.0), 0, 0, 0, 10.0, 8.87013777967038),
], ids=["c-a-b integer", "a near 1", "c near 0"])
def test_expected_purchases_are_accurate_where_hyp2f1_is_not(fit, x, t_x, T, t, expected):
    # References computed once with mpmath.hyp2f1 at 50 digits (not a test dependency).
    assert float(F.expected_purchases(fit, t, x, t_x, T)) == pytest.approx(expected, rel=1e-7)


@settings(max_examples=100, deadline=None)
@given(st.floats(0.5, 20), st.floats(1.05, 20), st.floats(0.1, 100), st.integers(0, 50), st.floats(0.01, 1000))
def test_expected_spend_lies_between_the_population_mean_and_the_customers_own(p, q, gamma, x, m):
    fit = GammaGammaFit(p, q, gamma, 0.0)
    spend = float(F.expected_spend(fit, x, m if x else np.nan))
    population = gamma * p / (q - 1)
    if x == 0:
        assert spend == pytest.approx(population)
    else:
        assert min(population, m) * (1 - 1e-12) <= spend <= max(population, m) * (1 + 1e-12)


# ---------------------------------------------------------------- win-back list


def test_win_back_list_ranks_by_past_revenue_times_chance_of_having_left():
    customers = pd.DataFrame({
        "customer_id": ["a@shop.dk", "B", "C", "D"],
        "revenue": [1000.0, 5000.0, 300.0, 800.0],
        "last_order": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]),
        "p_alive": [0.2, 0.45, 0.1, 0.9],
        "predicted_clv": [10.0, 40.0, 1.0, 300.0],
    })
    out = F.win_back_list(customers)
    # value at risk: a 1000 x 0.8 = 800; B 5000 x 0.55 = 2750; C 300 x 0.9 = 270; D has p_alive 0.9 > 0.5.
    assert out["customer_id"].tolist() == ["B", "a@shop.dk", "C"]
    assert out["value_at_risk"].tolist() == pytest.approx([2750.0, 800.0, 270.0])
    assert out["email"].tolist() == [None, "a@shop.dk", None]
    assert list(out.columns) == ["customer_id", "email", "last_order", "revenue", "p_alive", "predicted_clv",
                                 "value_at_risk"]
    assert F.win_back_list(customers, top=1)["customer_id"].tolist() == ["B"]


def test_win_back_list_is_empty_when_not_fitted(cdnow):
    fc = forecast(orders_of(cdnow), ForecastSettings(as_of=dt.date(1997, 2, 1)))
    assert fc.status == "not_fitted"
    assert F.win_back_list(fc.customers).empty


def test_a_model_check_that_cannot_be_fitted_says_why_and_the_forecast_stands(cdnow):
    # Holdout 500 days before 1998-06-30 = 1997-02-15: 46 days of data, fewer than 90.
    fc = forecast(orders_of(cdnow), ForecastSettings(holdout_days=500))
    assert fc.status == "fitted"
    mc = fc.model_check
    assert mc.calibration_end == dt.date(1997, 2, 15)
    assert mc.reason.code == "forecast_short_span" and mc.bgnbd is None and mc.predicted_purchases is None
    assert mc.by_frequency["predicted_mean"].isna().all() and mc.actual_purchases > 0


def test_the_pipeline_reports_progress_through_the_forecast(cdnow):
    from retention_gui.pipeline import Settings, analyse_frame

    seen: list[float] = []
    analysis = analyse_frame("transactions", cdnow, Settings(predict=True), progress=seen.append)
    assert analysis.forecast is not None and analysis.forecast.status == "fitted"
    assert seen == sorted(seen) and seen[-1] == 1.0 and any(0.8 < f < 1.0 for f in seen)
    assert analyse_frame("transactions", cdnow).forecast is None  # no forecast unless asked for


def test_analytic_gradients_match_central_differences(cal):
    def central(f, theta, h=1e-6):
        out = []
        for i in range(len(theta)):
            up, down = theta.copy(), theta.copy()
            up[i] *= 1 + h
            down[i] *= 1 - h
            out.append((f(up) - f(down)) / (2 * h * theta[i]))
        return np.array(out)

    g = F._groups(cal.frequency, cal.recency, cal.T)
    theta = np.array([0.3, 25.0, 0.9, 2.0])  # away from the maximum, where the gradient is not ~0
    numeric = central(lambda th: F._bgnbd_ll_grad(th, g)[0], theta)
    np.testing.assert_allclose(F._bgnbd_ll_grad(theta, g)[1], numeric, rtol=1e-5)
    sel = cal.frequency > 0
    d = F._SpendData.of(cal.frequency[sel], cal.monetary[sel])
    theta = np.array([5.0, 3.0, 12.0])
    numeric = central(lambda th: F._gg_ll_grad(th, d)[0], theta)
    np.testing.assert_allclose(F._gg_ll_grad(theta, d)[1], numeric, rtol=1e-5)


def test_fit_recovers_the_parameters_of_simulated_orders():
    # 3000 customers over two years from r 1.06, alpha 96.1 days, a 1.16, b 4.62; p 4, q 3, gamma 30.
    df = simulate(3000, 730, r=1.06, alpha=96.1, a=1.16, b=4.62, p=4.0, q=3.0, gamma=30.0, seed=11)
    fc = forecast(orders_of(df))
    bg, gg = fc.bgnbd, fc.gamma_gamma
    assert bg.r == pytest.approx(1.06, rel=0.15) and bg.alpha == pytest.approx(96.1, rel=0.15)
    assert bg.a / (bg.a + bg.b) == pytest.approx(1.16 / (1.16 + 4.62), rel=0.2)  # mean dropout chance
    assert gg.gamma * gg.p / (gg.q - 1) == pytest.approx(30 * 4 / 2, rel=0.15)  # mean spend per purchase
