"""Predicted customer lifetime value: BG/NBD and Gamma-Gamma (METRICS.md section 5).

Fader, Hardie and Lee (2005), "Counting your customers the easy way: an
alternative to the Pareto/NBD model" (BG/NBD) and "RFM and CLV: using
iso-value curves for customer base analysis" (Gamma-Gamma spend model).

Everything is in days: ``alpha`` is in days, so the BG/NBD log-likelihood
differs from one computed in weeks by ``-sum(x) * ln 7`` (the likelihood is a
density over purchase times; stretching time by 7 divides it by 7 per
purchase). Both models are fitted by maximum likelihood on log-parameters
with analytic gradients, from two starting points; a fit counts only when
both runs converge to the same maximum, away from the parameter bounds.
Otherwise the forecast is "not fitted" with a reason, never an exception.

Speed: the likelihood is summed over distinct (x, t_x, T) triples with their
counts, and the terms that depend on x alone over distinct x; the
hypergeometric function of E[Y(t)] is evaluated once per distinct (x, T)
and month, after Euler's transformation (which keeps its parameters small
for large x, see :func:`_bracket`). Sums are ``np.sum(u * v)``, not BLAS
dot products (see :func:`_dot`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd
import importlib


class _LazyModule:
    """scipy is imported on the first forecast, not with the package: a run without ``--predict``
    (the plain pipeline) should not pay the 0.3 s of importing scipy.optimize."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


optimize = _LazyModule("scipy.optimize")
special = _LazyModule("scipy.special")

from .errors import WARNING, Cancelled, InputError, Problem
from .transactions import OrderTable

__all__ = [
    "ForecastSettings",
    "BgNbdFit",
    "GammaGammaFit",
    "ModelCheck",
    "Forecast",
    "CustomerSummary",
    "customer_summary",
    "bgnbd_log_likelihood",
    "fit_bgnbd",
    "gamma_gamma_log_likelihood",
    "fit_gamma_gamma",
    "p_alive",
    "expected_purchases",
    "expected_spend",
    "predicted_clv",
    "forecast",
    "win_back_list",
    "DAYS_PER_MONTH",
    "MIN_REPEAT_CUSTOMERS",
    "MIN_SPAN_DAYS",
]

Progress = Callable[[float], None]
CancelCheck = Callable[[], bool]

DAYS_PER_MONTH = 30.4375  # 365.25 / 12
MIN_REPEAT_CUSTOMERS = 20
MIN_SPAN_DAYS = 90
# Log-parameter box for both models: exp(+-15) is 3e-7 .. 3.3e6 (alpha in days: 9,000 years).
_LOG_BOUND = 15.0
# A fitted log-parameter this close to the box counts as "ran to a bound".
_AT_BOUND = 1e-3
# Two starts must agree this well (relative log-likelihood, absolute log-parameters).
_LL_AGREE = 1e-6
_PARAM_AGREE = 1e-3
# Gradient (mean log-likelihood per customer, per log-parameter) small enough to call a maximum.
_GRAD_OK = 1e-5


@dataclass
class ForecastSettings:
    """Section 5 settings, with its defaults.

    ``as_of`` None means the last order date; ``holdout_days`` 0 means no model check.
    """

    as_of: dt.date | None = None
    horizon_months: int = 12
    annual_discount_pct: float = 10.0
    margin_pct: float = 100.0
    holdout_days: int = 0

    def check(self) -> None:
        """Raise :class:`InputError` (``bad_setting``) for a value section 5 cannot use."""
        bad = []
        if not (isinstance(self.horizon_months, (int, np.integer)) and 1 <= self.horizon_months <= 1200):
            bad.append(("horizon_months", self.horizon_months))
        if not (np.isfinite(self.annual_discount_pct) and self.annual_discount_pct > -100):
            bad.append(("annual_discount_pct", self.annual_discount_pct))
        if not (np.isfinite(self.margin_pct) and 0 <= self.margin_pct <= 100):
            bad.append(("margin_pct", self.margin_pct))
        if not (isinstance(self.holdout_days, (int, np.integer)) and self.holdout_days >= 0):
            bad.append(("holdout_days", self.holdout_days))
        if bad:
            raise InputError([Problem("bad_setting", column=k, values={"setting": k, "value": v}) for k, v in bad])


@dataclass(frozen=True)
class BgNbdFit:
    """BG/NBD parameters (``alpha`` in days) and the maximised log-likelihood (natural log, days)."""

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float


@dataclass(frozen=True)
class GammaGammaFit:
    """Gamma-Gamma parameters (``gamma`` in money) and the maximised log-likelihood."""

    p: float
    q: float
    gamma: float
    log_likelihood: float


@dataclass
class CustomerSummary:
    """Per-customer (x, t_x, T, monetary) in days, as of one day (see :func:`customer_summary`)."""

    as_of_day: int
    customer: np.ndarray  # customer codes, ascending
    frequency: np.ndarray  # x: purchase days - 1
    recency: np.ndarray  # t_x: days from first to last purchase day
    T: np.ndarray  # days from first purchase day to as_of
    monetary: np.ndarray  # mean day amount over purchase days after the first; NaN when x = 0
    first_day: np.ndarray
    last_day: np.ndarray
    orders: np.ndarray  # orders dated on or before as_of
    revenue: np.ndarray  # rows dated on or before as_of, net of refunds


@dataclass
class ModelCheck:
    """Fit on orders up to ``calibration_end``, predictions for the holdout days after it."""

    calibration_end: dt.date
    holdout_days: int
    customers: int
    bgnbd: BgNbdFit | None
    gamma_gamma: GammaGammaFit | None
    predicted_purchases: float | None
    actual_purchases: int
    by_frequency: pd.DataFrame  # frequency (0..6, "7+"), customers, predicted_mean, actual_mean
    reason: Problem | None = None


@dataclass
class Forecast:
    """The result of :func:`forecast`.

    ``status`` is ``"fitted"`` or ``"not_fitted"``; ``reason`` says why a
    model (BG/NBD, or Gamma-Gamma alone) is not fitted, else None.
    ``customers`` has one row per customer with an order on or before
    ``as_of`` (columns of the ``--customers`` JSON); predictions are NaN
    where a model is not fitted.
    """

    status: str
    reason: Problem | None
    as_of: dt.date | None
    settings: ForecastSettings
    customers_used: int = 0
    repeat_customers_used: int = 0
    bgnbd: BgNbdFit | None = None
    gamma_gamma: GammaGammaFit | None = None
    expected_purchases: float | None = None
    predicted_revenue: float | None = None
    predicted_clv: float | None = None
    model_check: ModelCheck | None = None
    customers: pd.DataFrame = field(default_factory=pd.DataFrame)


def _dot(u: np.ndarray, v: np.ndarray) -> float:
    """sum(u * v) without BLAS: OpenBLAS's threads spin-wait on a busy machine (20 ms for a 50k dot)."""
    return float(np.sum(u * v))


class _NotFitted(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def _reason(code: str, **values: object) -> Problem:
    return Problem(code, WARNING, column="predictions", values=dict(values))


def _date(day: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(day))


def _day(date: dt.date | pd.Timestamp | np.datetime64) -> int:
    return int(np.datetime64(pd.Timestamp(date).date(), "D").astype(np.int64))


# --------------------------------------------------------------------------- summary


def customer_summary(orders: OrderTable, as_of_day: int) -> CustomerSummary:
    """Frequency, recency, T and monetary value of every customer with an order on or before ``as_of_day``.

    Parameters
    ----------
    orders
        The section 3 orders (refund rows are in no order, so they play no
        part; guests were left out before).
    as_of_day
        Days since 1970-01-01; orders after it are ignored.

    Returns
    -------
    CustomerSummary
        All in days. A customer's purchase days are the distinct days with
        an order; x = purchase days - 1, t_x = last - first purchase day,
        T = as_of - first purchase day; ``monetary`` = mean over the purchase
        days after the first of that day's order amount, NaN when x = 0.
        ``orders`` and ``revenue`` (net of refunds) count rows up to as_of.
    """
    sel = orders.day <= as_of_day
    cust = orders.customer[sel]
    day = orders.day[sel]
    amount = orders.amount[sel]
    empty = np.zeros(0, dtype=np.int64)
    if not len(cust):
        f = np.zeros(0)
        return CustomerSummary(as_of_day, empty, empty, empty, empty, f, empty, empty, empty, f)
    d0 = int(day.min())
    span = int(as_of_day) - d0 + 1
    # One sort by (customer, day): purchase days are the runs of equal keys.
    key = cust * span + (day - d0)
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    day_amount = np.add.reduceat(amount[order], starts)
    pd_cust = key[starts] // span
    pd_day = key[starts] % span + d0
    c_starts = np.flatnonzero(np.r_[True, pd_cust[1:] != pd_cust[:-1]])
    c_ends = np.r_[c_starts[1:], len(pd_cust)]
    customer = pd_cust[c_starts]
    n_days = c_ends - c_starts
    first = pd_day[c_starts]
    last = pd_day[c_ends - 1]
    x = n_days - 1
    # Spend of the repeat days: every purchase day's amount minus the first day's.
    total = np.add.reduceat(day_amount, c_starts)
    repeat_total = total - day_amount[c_starts]
    with np.errstate(invalid="ignore", divide="ignore"):
        monetary = np.where(x > 0, repeat_total / np.maximum(x, 1), np.nan)
    n_orders = np.bincount(cust, minlength=int(orders.customer_ids.size))[customer]
    rsel = orders.row_day <= as_of_day
    revenue = np.bincount(orders.row_customer[rsel], weights=orders.row_amount[rsel],
                          minlength=int(orders.customer_ids.size))[customer]
    return CustomerSummary(int(as_of_day), customer, x, last - first, as_of_day - first, monetary,
                           first, last, n_orders, revenue)


# --------------------------------------------------------------------------- BG/NBD


@dataclass
class _Groups:
    """Distinct (x, t_x, T) with counts, and distinct x with summed counts."""

    x: np.ndarray
    tx: np.ndarray
    T: np.ndarray
    w: np.ndarray
    ux: np.ndarray
    wx: np.ndarray
    pos: np.ndarray  # groups with x > 0


def _distinct_rows(*cols: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct rows of equal-length columns: (first index of each, inverse, counts).

    Whole non-negative numbers (days, counts: the usual case) are packed into
    one int64 key, which sorts ten times faster than ``np.unique(axis=0)``.
    """
    arrays = [np.asarray(c, float) for c in cols]
    n = len(arrays[0])
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    whole = all(np.all((a >= 0) & (a == np.floor(a))) for a in arrays)
    widths = [int(a.max()) + 1 for a in arrays] if whole else []
    if whole and float(np.prod([float(w) for w in widths])) < 2.0**62:
        key = np.zeros(n, np.int64)
        for a, w in zip(arrays, widths):
            key = key * w + a.astype(np.int64)
        _, first, inverse, counts = np.unique(key, return_index=True, return_inverse=True, return_counts=True)
    else:
        _, first, inverse, counts = np.unique(np.stack(arrays, axis=1), axis=0, return_index=True,
                                              return_inverse=True, return_counts=True)
    return first, inverse.ravel(), counts


def _groups(x: np.ndarray, tx: np.ndarray, T: np.ndarray) -> _Groups:
    x, tx, T = (np.asarray(v, float) for v in (x, tx, T))
    first, _, counts = _distinct_rows(x, tx, T)
    gx, gtx, gT = x[first], tx[first], T[first]
    w = counts.astype(np.float64)
    ux, inv = np.unique(gx, return_inverse=True)
    wx = np.bincount(inv, weights=w, minlength=len(ux))
    return _Groups(gx, gtx, gT, w, ux, wx, gx > 0)


def _bgnbd_ll_grad(theta: np.ndarray, g: _Groups) -> tuple[float, np.ndarray]:
    """Total log-likelihood and its gradient with respect to (r, alpha, a, b)."""
    r, alpha, a, b = theta
    ux, wx = g.ux, g.wx
    # Terms of x alone, summed over distinct x.
    A12 = (special.gammaln(r + ux) - special.gammaln(r) + special.gammaln(a + b) + special.gammaln(b + ux)
           - special.gammaln(b) - special.gammaln(a + b + ux))
    ll = _dot(wx, A12) + r * np.log(alpha) * g.w.sum()
    d_r = _dot(wx, special.digamma(r + ux) - special.digamma(r)) + np.log(alpha) * g.w.sum()
    d_alpha = r / alpha * g.w.sum()
    d_a = _dot(wx, special.digamma(a + b) - special.digamma(a + b + ux))
    d_b = _dot(wx, special.digamma(a + b) + special.digamma(b + ux) - special.digamma(b)
               - special.digamma(a + b + ux))
    x, tx, T, w, pos = g.x, g.tx, g.T, g.w, g.pos
    rx = r + x
    lT = np.log(alpha + T)
    A3 = -rx * lT
    # A4 only where x > 0 (the indicator); b + x - 1 > 0 there.
    bx1 = np.where(pos, b + x - 1.0, 1.0)
    ltx = np.log(alpha + tx)
    A4 = np.where(pos, np.log(a) - np.log(bx1) - rx * ltx, -np.inf)
    with np.errstate(divide="ignore"):
        lse = np.logaddexp(A3, A4)
    w3 = np.exp(A3 - lse)
    w4 = np.where(pos, np.exp(np.where(pos, A4, 0.0) - lse), 0.0)
    ll += _dot(w, lse)
    d_r += _dot(w, -w3 * lT - w4 * ltx)
    d_alpha += _dot(w, -w3 * rx / (alpha + T) - w4 * rx / (alpha + tx))
    d_a += _dot(w, w4 / a)
    d_b += _dot(w, -w4 / bx1)
    return ll, np.array([d_r, d_alpha, d_a, d_b])


def bgnbd_log_likelihood(r: float, alpha: float, a: float, b: float,
                         x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> float:
    """Total BG/NBD log-likelihood (natural log) of customers (x, t_x, T) in the time unit of ``alpha``.

    Fader, Hardie and Lee (2005), equation 6.
    """
    return _bgnbd_ll_grad(np.array([r, alpha, a, b], float), _groups(x, t_x, T))[0]


def _fit(neg_ll_grad: Callable[[np.ndarray], tuple[float, np.ndarray]], starts: list[np.ndarray],
         cancel: CancelCheck | None) -> tuple[np.ndarray, float] | str:
    """Minimise over log-parameters; the best point, or why there is none.

    BFGS (unbounded, on log-parameters) runs from every start; all runs
    must converge to the same point. Not L-BFGS-B: its BLAS calls spin
    worker threads, which made a 10 ms fit take seconds on a busy two-core
    machine. Not TNC as a second optimiser: it stops short of the
    tolerance here and needed ~10 times the evaluations.

    Returns ``"failed"`` (a run did not converge), ``"bound"`` (a parameter
    ran to the box, i.e. a likelihood that keeps rising towards 0 or
    infinity) or ``"unstable"`` (the runs disagree).
    """
    def fun(logp: np.ndarray) -> tuple[float, np.ndarray]:
        if cancel is not None and cancel():
            raise Cancelled()
        # Overflow or log(0) far from the maximum is not an error: the step is refused below.
        with np.errstate(all="ignore"):
            theta = np.exp(logp)
            f, grad = neg_ll_grad(theta)
        if not np.isfinite(f) or not np.all(np.isfinite(grad)):
            # Outside where the likelihood can be computed: a wall the line search backs off from.
            return 1e300, np.zeros_like(logp)
        return f, grad * theta  # chain rule: d/dlog(theta) = theta d/dtheta

    runs = [optimize.minimize(fun, np.log(start), jac=True, method="BFGS", options={"gtol": 1e-9, "maxiter": 1000})
            for start in starts]
    found = []
    for res in runs:
        f, grad = fun(res.x)
        if np.any(np.abs(res.x) > _LOG_BOUND - _AT_BOUND):
            return "bound"
        # BFGS says "precision loss" when the line search cannot improve on a point that is
        # already the maximum to machine precision; a vanishing gradient counts as converged.
        if f >= 1e300 or not np.isfinite(f) or float(np.max(np.abs(grad))) > _GRAD_OK:
            return "failed"
        found.append((res.x, f))
    best = min(found, key=lambda run: run[1])
    for xs, fs in found:
        if abs(fs - best[1]) > _LL_AGREE * max(1.0, abs(best[1])) or np.max(np.abs(xs - best[0])) > _PARAM_AGREE:
            return "unstable"
    return np.exp(best[0]), best[1]


def fit_bgnbd(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, cancel: CancelCheck | None = None) -> BgNbdFit | str:
    """Maximum-likelihood BG/NBD fit of customers (x, t_x, T), all in one time unit (days here).

    Returns the fit, or ``"failed"``, ``"bound"`` or ``"unstable"`` (see :func:`_fit`).
    """
    g = _groups(x, t_x, T)
    n = g.w.sum()
    # The objective is the mean negative log-likelihood per customer, so tolerances do not scale with n.
    def neg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ll, grad = _bgnbd_ll_grad(theta, g)
        return -ll / n, -grad / n

    scale = max(float(np.mean(T)), 1.0)
    starts = [np.array([1.0, scale, 1.0, 1.0]), np.array([0.3, scale / 10, 0.5, 3.0])]
    out = _fit(neg, starts, cancel)
    if isinstance(out, str):
        return out
    theta, f = out
    # The reported maximum is recomputed at the returned parameters (not the optimiser's last value).
    ll = _bgnbd_ll_grad(theta, g)[0]
    return BgNbdFit(float(theta[0]), float(theta[1]), float(theta[2]), float(theta[3]), float(ll))


# --------------------------------------------------------------------------- Gamma-Gamma


@dataclass
class _SpendData:
    """Gamma-Gamma data with the sums that do not depend on the parameters precomputed."""

    x: np.ndarray
    m: np.ndarray
    ux: np.ndarray  # distinct x
    wx: np.ndarray  # customers per distinct x
    sum_x_log_xm: float  # sum of x ln(x m)
    sum_log_m: float

    @classmethod
    def of(cls, x: np.ndarray, monetary: np.ndarray) -> "_SpendData":
        x = np.asarray(x, float)
        m = np.asarray(monetary, float)
        ux, inv = np.unique(x, return_inverse=True)
        wx = np.bincount(inv, minlength=len(ux)).astype(np.float64)
        return cls(x, m, ux, wx, float((x * np.log(x * m)).sum()), float(np.log(m).sum()))


def _gg_ll_grad(theta: np.ndarray, d: _SpendData) -> tuple[float, np.ndarray]:
    """Total Gamma-Gamma log-likelihood and gradient with respect to (p, q, gamma).

    Per customer: ln Gamma(px + q) - ln Gamma(px) - ln Gamma(q) + q ln gamma
    + (px - 1) ln m + px ln x - (px + q) ln(gamma + x m). The Gamma-function
    terms depend on x alone and are summed over distinct x.
    """
    p, q, gamma = theta
    n = len(d.x)
    pux = p * d.ux
    lden = np.log(gamma + d.x * d.m)
    ll = (_dot(d.wx, special.gammaln(pux + q) - special.gammaln(pux)) - n * special.gammaln(q)
          + n * q * np.log(gamma) + p * d.sum_x_log_xm - d.sum_log_m - _dot(p * d.x + q, lden))
    dg_sum = d.wx * special.digamma(pux + q)
    d_p = _dot(d.ux, dg_sum - d.wx * special.digamma(pux)) + d.sum_x_log_xm - _dot(d.x, lden)
    d_q = float(dg_sum.sum()) - n * special.digamma(q) + n * np.log(gamma) - float(lden.sum())
    d_g = n * q / gamma - _dot(p * d.x + q, 1.0 / (gamma + d.x * d.m))
    return ll, np.array([d_p, d_q, d_g])


def gamma_gamma_log_likelihood(p: float, q: float, gamma: float, x: np.ndarray, monetary: np.ndarray) -> float:
    """Total Gamma-Gamma log-likelihood of the mean spend ``monetary`` over ``x`` >= 1 repeat purchases.

    Fader, Hardie and Lee (2005, iso-value curves), equation 3.
    """
    return _gg_ll_grad(np.array([p, q, gamma], float), _SpendData.of(x, monetary))[0]


def fit_gamma_gamma(x: np.ndarray, monetary: np.ndarray, cancel: CancelCheck | None = None) -> GammaGammaFit | str:
    """Maximum-likelihood Gamma-Gamma fit on customers with x >= 1 and monetary > 0.

    Returns the fit, or ``"failed"``, ``"bound"`` or ``"unstable"``.
    """
    d = _SpendData.of(x, monetary)
    n = len(d.x)
    mean = float(d.m.mean())

    def neg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ll, grad = _gg_ll_grad(theta, d)
        return -ll / n, -grad / n

    # Both starts have prior mean spend p gamma / (q - 1) equal to the data's mean.
    starts = [np.array([1.0, 2.0, mean]), np.array([4.0, 3.0, mean / 2])]
    out = _fit(neg, starts, cancel)
    if isinstance(out, str):
        return out
    theta, _ = out
    ll = _gg_ll_grad(theta, d)[0]
    return GammaGammaFit(float(theta[0]), float(theta[1]), float(theta[2]), float(ll))


# --------------------------------------------------------------------------- predictions


def _log_odds_dead(fit: BgNbdFit, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """ln of [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x); -inf when x = 0.

    Taken in logs: the power overflows for frequent buyers who stopped long ago.
    """
    pos = x > 0
    bx1 = np.where(pos, fit.b + x - 1.0, 1.0)
    term = np.log(fit.a) - np.log(bx1) + (fit.r + x) * (np.log(fit.alpha + T) - np.log(fit.alpha + t_x))
    return np.where(pos, term, -np.inf)


def p_alive(fit: BgNbdFit, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(alive) = 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)); 1 when x = 0."""
    return special.expit(-_log_odds_dead(fit, np.asarray(x, float), np.asarray(t_x, float), np.asarray(T, float)))


# scipy's real hyp2f1 loses digits when c - a - b is within ~1e-6 of an integer (its 1 - z
# transformation is logarithmic there: 10 % wrong at 1e-15, 1e-6 at 1e-10) and is infinite at
# c = 0, -1, ...; the bracket itself is smooth there. Within _NEAR of such a point it is taken as
# the mean of its values at c +- _NUDGE (error ~ _NUDGE^2 relative), and at a = 1 (0 / 0 in the
# prefactor) as the mean at a +- _NUDGE.
_NEAR = 1e-5
_NUDGE = 2e-5


def _bracket(fit: BgNbdFit, x: np.ndarray, T: np.ndarray, t: np.ndarray) -> np.ndarray:
    """(a + b + x - 1) / (a - 1) [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)].

    With z = t / (alpha + T + t), Euler's transformation
    2F1(A, B; C; z) = (1 - z)^(C - A - B) 2F1(C - A, C - B; C; z) turns the
    power times 2F1 into (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; a + b + x - 1; z),
    whose first two parameters do not grow with x (the direct form
    overflows for frequent buyers).
    """
    r, alpha, a, b = fit.r, fit.alpha, fit.a, fit.b
    if abs(a - 1.0) < _NEAR:
        lo = _bracket(BgNbdFit(r, alpha, a - _NUDGE, b, fit.log_likelihood), x, T, t)
        hi = _bracket(BgNbdFit(r, alpha, a + _NUDGE, b, fit.log_likelihood), x, T, t)
        return (lo + hi) / 2
    x, T, t = np.broadcast_arrays(np.asarray(x, float), np.asarray(T, float), np.asarray(t, float))
    one_minus_z = (alpha + T) / (alpha + T + t)
    z = t / (alpha + T + t)
    A, B = a + b - 1.0 - r, a - 1.0

    def core(c: np.ndarray, omz: np.ndarray, zz: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return c / B * (1.0 - omz**B * special.hyp2f1(A, B, c, zz))

    c = a + b + x - 1.0
    gap = c - A - B
    near = (np.abs(gap - np.round(gap)) < _NEAR) | ((c < _NEAR) & (np.abs(c - np.round(c)) < _NEAR))
    out = core(c, one_minus_z, z)
    if near.any():
        cn, omz, zz = c[near], one_minus_z[near], z[near]
        out = np.array(out, dtype=float, copy=True)
        out[near] = (core(cn + _NUDGE, omz, zz) + core(cn - _NUDGE, omz, zz)) / 2
    return out


def expected_purchases(fit: BgNbdFit, t: np.ndarray | float, x: np.ndarray, t_x: np.ndarray,
                       T: np.ndarray) -> np.ndarray:
    """E[Y(t)]: expected purchase days in the next ``t`` days (arrays broadcast together).

    Fader, Hardie and Lee (2005), equation 10:
    (a + b + x - 1) / (a - 1) [1 - ((alpha + T) / (alpha + T + t))^(r + x)
    2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t))] x P(alive).
    """
    x, t_x, T, t = np.broadcast_arrays(np.asarray(x, float), np.asarray(t_x, float), np.asarray(T, float),
                                       np.asarray(t, float))
    return _bracket(fit, x, T, t) * p_alive(fit, x, t_x, T)


def expected_spend(fit: GammaGammaFit, x: np.ndarray, monetary: np.ndarray) -> np.ndarray:
    """Expected spend per purchase day: (q - 1) / (p x + q - 1) gamma p / (q - 1) + p x / (p x + q - 1) monetary.

    For x = 0 (monetary NaN) it is the population mean gamma p / (q - 1).
    """
    x = np.asarray(x, float)
    m = np.nan_to_num(np.asarray(monetary, float), nan=0.0)
    p, q, g = fit.p, fit.q, fit.gamma
    return (q - 1) / (p * x + q - 1) * g * p / (q - 1) + p * x / (p * x + q - 1) * np.where(x > 0, m, 0.0)


def _cumulative_purchases(fit: BgNbdFit, months: int, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """E[Y(30.4375 k)] for k = 0..months, customers in rows (column 0 is 0).

    The hypergeometric part depends on (x, T, t) only: it is evaluated once
    per distinct (x, T) and month, then spread to the customers.
    """
    t = DAYS_PER_MONTH * np.arange(1, months + 1)
    first, inverse, _ = _distinct_rows(x, T)
    bracket = _bracket(fit, x[first][:, None], T[first][:, None], t[None, :])
    ey = bracket[inverse] * p_alive(fit, x, t_x, T)[:, None]
    return np.hstack([np.zeros((len(x), 1)), ey])


def predicted_clv(cumulative: np.ndarray, spend: np.ndarray, margin_pct: float, annual_discount_pct: float) -> np.ndarray:
    """sum over k = 1..H of (E[Y(30.4375 k)] - E[Y(30.4375 (k - 1))]) spend m / 100 / (1 + d / 100)^(k / 12).

    ``cumulative`` is the output of :func:`_cumulative_purchases` (customers x H + 1).
    """
    months = cumulative.shape[1] - 1
    k = np.arange(1, months + 1)
    discount = (1.0 + annual_discount_pct / 100.0) ** (-k / 12.0)
    return (np.diff(cumulative, axis=1) * discount).sum(axis=1) * spend * margin_pct / 100.0


# --------------------------------------------------------------------------- the whole forecast


_FAILURE_CODES = {"failed": "forecast_failed", "bound": "forecast_at_bound", "unstable": "forecast_unstable"}


def _fit_models(s: CustomerSummary, cancel: CancelCheck | None) -> tuple[BgNbdFit, GammaGammaFit | None, Problem | None]:
    """Both fits on one summary; raises _NotFitted for the BG/NBD, returns the Gamma-Gamma reason."""
    used = s.T > 0
    n_repeat = int((s.frequency[used] >= 1).sum())
    as_of = _date(s.as_of_day)
    if not len(s.customer):
        raise _NotFitted(_reason("forecast_no_orders", as_of=as_of.isoformat()))
    span = int(s.as_of_day - s.first_day.min())
    if span < MIN_SPAN_DAYS:
        raise _NotFitted(_reason("forecast_short_span", days=span, needed=MIN_SPAN_DAYS, as_of=as_of.isoformat()))
    if n_repeat < MIN_REPEAT_CUSTOMERS:
        raise _NotFitted(_reason("forecast_too_few_repeat", count=n_repeat, needed=MIN_REPEAT_CUSTOMERS,
                                 as_of=as_of.isoformat()))
    bg = fit_bgnbd(s.frequency[used], s.recency[used], s.T[used], cancel)
    if isinstance(bg, str):
        raise _NotFitted(_reason(_FAILURE_CODES[bg]))
    spend_ok = (s.frequency >= 1) & (s.monetary > 0)
    n_spend = int(spend_ok.sum())
    if n_spend < MIN_REPEAT_CUSTOMERS:
        return bg, None, _reason("spend_too_few", count=n_spend, needed=MIN_REPEAT_CUSTOMERS)
    gg = fit_gamma_gamma(s.frequency[spend_ok], s.monetary[spend_ok], cancel)
    if isinstance(gg, str):
        return bg, None, _reason("spend_fit_failed")
    if gg.q <= 1:
        return bg, None, _reason("spend_q_not_above_1", q=gg.q)
    return bg, gg, None


def _tick(progress: Progress | None, cancel: CancelCheck | None, fraction: float) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(fraction)


def _customer_frame(orders: OrderTable, s: CustomerSummary) -> pd.DataFrame:
    ids = np.asarray(orders.customer_ids, dtype=object)[s.customer]
    return pd.DataFrame(
        {
            "customer_id": ids,
            "orders": s.orders,
            "revenue": s.revenue,
            "first_order": pd.to_datetime(s.first_day.astype("datetime64[D]")),
            "last_order": pd.to_datetime(s.last_day.astype("datetime64[D]")),
            "frequency": s.frequency,
            "recency": s.recency,
            "T": s.T,
            "monetary": s.monetary,
            "p_alive": np.nan,
            "expected_purchases": np.nan,
            "expected_spend": np.nan,
            "predicted_clv": np.nan,
        }
    )


def _model_check(orders: OrderTable, as_of_day: int, h: int, cancel: CancelCheck | None) -> ModelCheck:
    cal_day = as_of_day - h
    cal = customer_summary(orders, cal_day)
    # Purchase days in (calibration_end, as_of] of the calibration customers.
    sel = (orders.day > cal_day) & (orders.day <= as_of_day)
    n_cust = int(orders.customer_ids.size)
    pair = np.unique(orders.customer[sel] * (h + 1) + (orders.day[sel] - cal_day))
    actual_all = np.bincount(pair // (h + 1), minlength=n_cust)
    actual = actual_all[cal.customer].astype(np.float64)
    bg = gg = None
    predicted = np.full(len(cal.customer), np.nan)
    reason = None
    try:
        bg, gg, _ = _fit_models(cal, cancel)
        predicted = expected_purchases(bg, float(h), cal.frequency, cal.recency, cal.T)
    except _NotFitted as exc:
        reason = exc.problem
    labels: list[int | str] = [0, 1, 2, 3, 4, 5, 6, "7+"]
    bucket = np.minimum(cal.frequency, 7)
    rows = []
    for i, label in enumerate(labels):
        m = bucket == i
        k = int(m.sum())
        rows.append({
            "frequency": label,
            "customers": k,
            "predicted_mean": float(predicted[m].mean()) if k and bg is not None else np.nan,
            "actual_mean": float(actual[m].mean()) if k else np.nan,
        })
    return ModelCheck(
        calibration_end=_date(cal_day),
        holdout_days=h,
        customers=len(cal.customer),
        bgnbd=bg,
        gamma_gamma=gg,
        predicted_purchases=float(predicted.sum()) if bg is not None else None,
        actual_purchases=int(actual.sum()),
        by_frequency=pd.DataFrame(rows, columns=["frequency", "customers", "predicted_mean", "actual_mean"]),
        reason=reason,
    )


def forecast(
    orders: OrderTable,
    settings: ForecastSettings | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Forecast:
    """Per-customer purchases, P(alive), spend and discounted CLV, with totals and a model check.

    Parameters
    ----------
    orders
        The section 3 orders (:class:`~retention_gui.core.transactions.OrderTable`,
        from ``analyse_transactions(...).orders`` or ``orders_of(df)``).
    settings
        ``as_of`` (default the last order date), ``horizon_months`` H,
        ``annual_discount_pct`` d, ``margin_pct`` m (0-100), ``holdout_days`` h.
    progress, cancel
        Called between steps and inside the fits (as :func:`analyse_transactions`).

    Returns
    -------
    Forecast
        ``status`` ``"not_fitted"`` with a ``reason`` (every prediction NaN
        / None) when fewer than 20 customers bought twice, the data span up
        to as_of is under 90 days, or the BG/NBD fit fails, runs to a bound
        or depends on its starting point. When only the Gamma-Gamma fit is
        missing (too few repeat buyers with spend, q <= 1, fit failed),
        purchases and P(alive) stand and spend, revenue and CLV are NaN.
        Per customer: ``expected_purchases`` = E[Y(H x 30.4375 days)]
        (purchase days), ``predicted_clv`` discounted monthly.
    """
    st = settings or ForecastSettings()
    st.check()
    _tick(progress, cancel, 0.0)
    if st.as_of is not None:
        as_of_day = _day(st.as_of)
    elif len(orders.day):
        as_of_day = int(orders.day.max())
    else:
        return Forecast("not_fitted", _reason("forecast_no_orders", as_of="-"), None, st)
    as_of = _date(as_of_day)
    s = customer_summary(orders, as_of_day)
    table = _customer_frame(orders, s)
    _tick(progress, cancel, 0.1)
    used = s.T > 0
    result = Forecast("not_fitted", None, as_of, st, customers_used=int(used.sum()),
                      repeat_customers_used=int((s.frequency[used] >= 1).sum()), customers=table)
    if st.holdout_days > 0:
        result.model_check = _model_check(orders, as_of_day, int(st.holdout_days), cancel)
    _tick(progress, cancel, 0.4)
    try:
        bg, gg, spend_reason = _fit_models(s, cancel)
    except _NotFitted as exc:
        result.reason = exc.problem
        return result
    _tick(progress, cancel, 0.8)
    x, tx, T = s.frequency.astype(float), s.recency.astype(float), s.T.astype(float)
    cumulative = _cumulative_purchases(bg, st.horizon_months, x, tx, T)
    table["p_alive"] = p_alive(bg, x, tx, T)
    table["expected_purchases"] = cumulative[:, -1]
    result.status = "fitted"
    result.reason = spend_reason
    result.bgnbd = bg
    result.gamma_gamma = gg
    result.expected_purchases = float(cumulative[:, -1].sum())
    if gg is not None:
        spend = expected_spend(gg, x, s.monetary)
        table["expected_spend"] = spend
        table["predicted_clv"] = predicted_clv(cumulative, spend, st.margin_pct, st.annual_discount_pct)
        result.predicted_revenue = float((cumulative[:, -1] * spend).sum())
        result.predicted_clv = float(table["predicted_clv"].sum())
    _tick(progress, cancel, 1.0)
    return result


def win_back_list(customers: pd.DataFrame, top: int = 50, max_p_alive: float = 0.5,
                  emails: pd.Series | None = None) -> pd.DataFrame:
    """Customers worth winning back: valuable in the past, probably gone now.

    ``value_at_risk`` = past revenue x (1 - p_alive): the money this
    customer brought, weighted by the chance they have stopped buying.
    Customers with p_alive at most ``max_p_alive`` and positive past
    revenue are ranked by it, highest first; the first ``top`` are kept.

    Parameters
    ----------
    customers
        :attr:`Forecast.customers` (``customer_id``, ``revenue``,
        ``last_order``, ``p_alive``, ``predicted_clv``).
    emails
        Optional e-mail per customer id; without it a customer id that looks
        like an e-mail address (has an "@") is used; else the e-mail is None.

    Returns
    -------
    pandas.DataFrame
        ``customer_id``, ``email``, ``last_order``, ``revenue``, ``p_alive``,
        ``predicted_clv`` (NaN when spend is not modelled), ``value_at_risk``.
        Empty when P(alive) was not computed (model not fitted).
    """
    cols = ["customer_id", "email", "last_order", "revenue", "p_alive", "predicted_clv", "value_at_risk"]
    if customers.empty or customers["p_alive"].isna().all():
        return pd.DataFrame(columns=cols)
    risk = customers["revenue"].to_numpy(float) * (1.0 - customers["p_alive"].to_numpy(float))
    keep = (customers["p_alive"].to_numpy(float) <= max_p_alive) & (customers["revenue"].to_numpy(float) > 0)
    out = customers.loc[keep, ["customer_id", "last_order", "revenue", "p_alive", "predicted_clv"]].copy()
    out["value_at_risk"] = risk[keep]
    if emails is not None:
        out["email"] = out["customer_id"].map(emails)
    else:
        out["email"] = pd.Series([c if isinstance(c, str) and "@" in c else None for c in out["customer_id"]],
                                 index=out.index, dtype=object)
    out = out.sort_values("value_at_risk", ascending=False, kind="stable").head(top)
    return out[cols].reset_index(drop=True)
