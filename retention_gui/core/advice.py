"""Advice: a rule table (data) and a small engine that reads it over an analysis.

Each rule is one row of :data:`RULES`: which figure it looks at, the test
(``above``/``below`` a threshold, or ``rising``/``falling`` for a number of
periods in a row), the threshold (a settings key where the app has one, else
a documented default in the row), the message codes of why it fires and what
to do, and which figure should move if the advice works. Rules of one
``group`` give at most one piece of advice: the first row of the group that
fires.

The engine first turns the analysis into *facts*: for each figure the
defined values in period order (a whole-data figure is one value with period
``None``), then tests each rule on its fact. It returns numbers and codes;
``retention_gui.messages.advice_text`` words them in the user's language.

Default thresholds that are not settings (``DEFAULTS`` below; any of them can
be overridden by passing the same key in ``thresholds``):

- ``rpr_pct_below`` 20: fewer than one in five active customers buying again
  is low for most small shops.
- ``first_return_pct_below`` 20: fewer than one in five new customers buying
  again in the period after their first.
- ``return_rate_pct_above`` 10: more than one unit in ten sent back.
- ``valuable_at_risk_pct_above`` 20: more than one in five of the most
  valuable customers likely to slip away (from a forecast).
- trends: 3 rises (or falls) in a row, i.e. the last 4 defined values each
  higher (lower) than the one before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from .schema import DEFAULT_THRESHOLDS

__all__ = [
    "Rule",
    "Fact",
    "Advice",
    "RULES",
    "DEFAULTS",
    "TREND_PERIODS",
    "FORECAST_KEYS",
    "advice_facts",
    "forecast_numbers",
    "evaluate",
    "advise",
]

TREND_PERIODS = 3

# Thresholds with no setting in the app (see the module docstring).
DEFAULTS: dict[str, float] = {
    "rpr_pct_below": 20.0,
    "first_return_pct_below": 20.0,
    "return_rate_pct_above": 10.0,
    "valuable_at_risk_pct_above": 20.0,
}

# What a forecast hands in, as plain numbers: how many customers count as the
# most valuable, how many of those are likely to slip away, and what those at
# risk have spent so far (money). forecast_numbers() makes them from section 5's
# per-customer table.
FORECAST_KEYS: tuple[str, ...] = ("valuable_customers", "valuable_at_risk", "at_risk_value")
# forecast_numbers(): the top fifth by revenue are "the most valuable"; below an
# even chance of still being a customer (P(alive) < 0.5) is "likely to slip away".
VALUABLE_TOP_SHARE = 0.2
AT_RISK_P_ALIVE = 0.5


@dataclass(frozen=True)
class Rule:
    """One row of the rule table.

    ``test`` is ``above``/``below`` (strict, against ``thresholds[setting]``
    or :data:`DEFAULTS`), or ``rising``/``falling`` (the last ``periods``
    changes of the fact all up, or all down). ``why`` and ``do`` are message
    codes (``advice_<code>`` templates in retention_gui.messages);
    ``watch`` is the fact that should move, in ``direction`` (``down``/``up``).
    """

    id: str
    group: str
    metric: str
    test: str
    why: str
    do: str
    watch: str
    direction: str
    setting: str | None = None
    periods: int = 0


RULES: tuple[Rule, ...] = (
    Rule("churn_high", "churn", "churn_pct", "above", "churn_high_why", "churn_high_do",
         "churn_pct", "down", setting="churn_pct_above"),
    Rule("churn_rising", "churn", "churn_pct", "rising", "churn_rising_why", "churn_rising_do",
         "churn_pct", "down", periods=TREND_PERIODS),
    Rule("rpr_low", "rpr", "rpr_pct", "below", "rpr_low_why", "rpr_low_do",
         "rpr_pct", "up", setting="rpr_pct_below"),
    Rule("rpr_falling", "rpr", "rpr_pct", "falling", "rpr_falling_why", "rpr_falling_do",
         "rpr_pct", "up", periods=TREND_PERIODS),
    Rule("first_return_low", "first_return", "first_return_pct", "below", "first_return_low_why",
         "first_return_low_do", "first_return_pct", "up", setting="first_return_pct_below"),
    Rule("nps_negative", "nps", "nps", "below", "nps_negative_why", "nps_negative_do",
         "nps", "up", setting="nps_below"),
    Rule("detractors_rising", "nps", "detractors_pct", "rising", "detractors_rising_why",
         "detractors_rising_do", "detractors_pct", "down", periods=TREND_PERIODS),
    Rule("return_rate_high", "returns", "return_rate_pct", "above", "return_rate_high_why",
         "return_rate_high_do", "return_rate_pct", "down", setting="return_rate_pct_above"),
    Rule("dso_high", "dso", "dso", "above", "dso_high_why", "dso_high_do", "dso", "down", setting="dso_above"),
    Rule("nrr_low", "nrr", "nrr_pct", "below", "nrr_low_why", "nrr_low_do", "nrr_pct", "up",
         setting="nrr_pct_below"),
    Rule("loyal_falling", "loyal", "loyal_customer_rate_pct", "falling", "loyal_falling_why",
         "loyal_falling_do", "loyal_customer_rate_pct", "up", periods=TREND_PERIODS),
    Rule("valuable_slipping", "valuable", "valuable_at_risk_pct", "above", "valuable_slipping_why",
         "valuable_slipping_do", "valuable_at_risk_pct", "down", setting="valuable_at_risk_pct_above"),
)


@dataclass(frozen=True)
class Fact:
    """A figure's defined values in period order, with their period labels.

    ``extra`` holds numbers from the user's data that a message can quote
    beside the figure (e.g. the customers behind a share), taken at the last value.
    """

    values: np.ndarray
    periods: tuple[str | None, ...]
    extra: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Advice:
    """One piece of advice: which rule fired, on which figure, with which numbers.

    ``values`` always has ``value`` (the figure now) and either ``threshold``
    or ``periods`` and ``first`` (the value the trend started from), plus the
    fact's extra numbers. ``watch_value`` is the current value of ``watch``.
    """

    id: str
    metric: str
    period: str | None
    values: dict[str, Any]
    why: str
    do: str
    watch: str
    direction: str
    watch_value: float | None


# Companion columns quoted beside a period figure (taken in the figure's last defined period).
_COMPANIONS: dict[str, tuple[str, ...]] = {
    "churn_pct": ("customers_start", "lost_customers"),
    "rpr_pct": ("active_customers", "repeat_customers"),
    "return_rate_pct": ("units_sold", "units_returned"),
    "dso": ("accounts_receivable",),
    "nrr_pct": ("revenue_start",),
    "detractors_pct": ("detractors", "responses"),
}

# Figures read from the period table; the summary is the fallback when the table never defines one.
_PERIOD_FACTS = ("churn_pct", "rpr_pct", "nps", "detractors_pct", "return_rate_pct", "dso", "nrr_pct",
                 "loyal_customer_rate_pct")


def _numeric(frame: pd.DataFrame, key: str) -> pd.Series:
    if key not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype="float64")
    return pd.to_numeric(frame[key], errors="coerce").astype("float64")


def _period_fact(frame: pd.DataFrame, series: pd.Series, key: str) -> Fact | None:
    ok = np.isfinite(series.to_numpy())
    if not ok.any():
        return None
    labels = frame["period"].astype(str).to_numpy() if "period" in frame.columns else np.array([None] * len(frame))
    last = np.flatnonzero(ok)[-1]
    extra = {}
    for col in _COMPANIONS.get(key, ()):
        v = _numeric(frame, col).iloc[last] if col in frame.columns else np.nan
        if np.isfinite(v):
            extra[col] = float(v)
    return Fact(series.to_numpy()[ok], tuple(labels[ok]), extra)


def _single(value: Any, **extra: float) -> Fact | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(v):
        return None
    return Fact(np.array([v]), (None,), dict(extra))


def advice_facts(
    periods: pd.DataFrame | None = None,
    summary: Mapping[str, Any] | None = None,
    cohorts: pd.DataFrame | None = None,
    nps: Mapping[str, Any] | None = None,
    forecast: Mapping[str, float] | None = None,
) -> dict[str, Fact]:
    """The figures the rules look at.

    Parameters
    ----------
    periods
        Period table with section 2/3 results: ``churn_pct``, ``rpr_pct``,
        ``nps``, ``return_rate_pct``, ``dso``, ``nrr_pct``,
        ``loyal_customer_rate_pct`` (percent, days or score as in METRICS.md),
        and ``promoters``/``passives``/``detractors`` for ``detractors_pct``
        = detractors / answers x 100 (undefined with no answers).
    summary
        Whole-data figures; ``rpr_pct`` is used when the table has none.
    cohorts
        ``cohort``, ``size``, ``retention_pct`` (list, k = 0, 1, ...):
        ``first_return_pct`` = customers of every cohort with a k = 1 value
        who ordered again in the next period / their size x 100 (a weighted
        mean of column k = 1); undefined when no cohort has k = 1.
    nps
        The NPS summary (``nps``, ``responses``): used when the table has no NPS.
    forecast
        Plain numbers :data:`FORECAST_KEYS` (all three needed; see
        :func:`forecast_numbers`); ``valuable_at_risk_pct`` =
        valuable_at_risk / valuable_customers x 100 (undefined when 0).
    """
    facts: dict[str, Fact] = {}
    if periods is not None and len(periods):
        frame = periods.reset_index(drop=True)
        answers = _numeric(frame, "promoters").fillna(0) + _numeric(frame, "passives").fillna(0) \
            + _numeric(frame, "detractors").fillna(0)
        frame = frame.assign(responses=answers)
        for key in _PERIOD_FACTS:
            if key == "detractors_pct":
                series = (_numeric(frame, "detractors").fillna(0) * 100.0) / answers.where(answers > 0)
            else:
                series = _numeric(frame, key)
            fact = _period_fact(frame, series, key)
            if fact is not None:
                facts[key] = fact
    for key in ("rpr_pct",):
        if key not in facts and summary and summary.get(key) is not None:
            fact = _single(summary.get(key))
            if fact is not None:
                facts[key] = fact
    if "nps" not in facts and nps:
        fact = _single(nps.get("nps"), responses=float(nps.get("responses") or 0))
        if fact is not None:
            facts["nps"] = fact
    if cohorts is not None and len(cohorts):
        with_next = [(float(r.size), float(r.retention_pct[1])) for r in cohorts.itertuples(index=False)
                     if len(r.retention_pct) > 1 and r.retention_pct[1] is not None and np.isfinite(r.retention_pct[1])]
        size = sum(s for s, _ in with_next)
        if size > 0:
            # Cohort shares are of whole customers, so size x share / 100 counts them back.
            returned = sum(s * p / 100.0 for s, p in with_next)
            facts["first_return_pct"] = Fact(np.array([returned * 100.0 / size]), (None,),
                                             {"customers": size, "returned": round(returned)})
    if forecast and all(forecast.get(k) is not None for k in FORECAST_KEYS):
        total, at_risk = float(forecast["valuable_customers"]), float(forecast["valuable_at_risk"])
        if total > 0:
            extra = {"count": at_risk, "total": total, "amount": float(forecast["at_risk_value"])}
            facts["valuable_at_risk_pct"] = Fact(np.array([at_risk * 100.0 / total]), (None,), extra)
    return facts


def forecast_numbers(
    customers: pd.DataFrame, top_share: float = VALUABLE_TOP_SHARE, p_alive_below: float = AT_RISK_P_ALIVE
) -> dict[str, float] | None:
    """The :data:`FORECAST_KEYS` numbers from a forecast's per-customer table (METRICS.md section 5).

    Parameters
    ----------
    customers
        One row per customer with ``revenue`` (money spent so far) and
        ``p_alive`` (0-1; null when the model was not fitted).
    top_share
        The most valuable customers are the top ``top_share`` by revenue
        (at least one customer; ties at the cut are all included).
    p_alive_below
        A valuable customer with P(alive) below this is likely to slip away.

    Returns
    -------
    dict or None
        ``valuable_customers``, ``valuable_at_risk`` (counts) and
        ``at_risk_value`` (their revenue so far); None when no customer has
        both a revenue and a P(alive).
    """
    if not {"revenue", "p_alive"} <= set(customers.columns):
        return None
    revenue = pd.to_numeric(customers["revenue"], errors="coerce").to_numpy(dtype="float64")
    p_alive = pd.to_numeric(customers["p_alive"], errors="coerce").to_numpy(dtype="float64")
    ok = np.isfinite(revenue) & np.isfinite(p_alive)
    if not ok.any():
        return None
    revenue, p_alive = revenue[ok], p_alive[ok]
    n_top = max(1, int(np.ceil(top_share * len(revenue))))
    cut = np.sort(revenue)[::-1][n_top - 1]
    valuable = revenue >= cut
    at_risk = valuable & (p_alive < p_alive_below)
    return {
        "valuable_customers": float(valuable.sum()),
        "valuable_at_risk": float(at_risk.sum()),
        "at_risk_value": float(revenue[at_risk].sum()),
    }


def _test(rule: Rule, fact: Fact, limit: float | None) -> dict[str, Any] | None:
    # Rounded to 9 decimals so float noise (7.000000000000001) does not cross a threshold or make a trend.
    values = np.round(fact.values, 9)
    now = float(fact.values[-1])
    if rule.test in ("above", "below"):
        assert limit is not None, rule.id
        fired = values[-1] > limit if rule.test == "above" else values[-1] < limit
        return {"value": now, "threshold": limit} if fired else None
    n = rule.periods
    if len(values) < n + 1:
        return None
    steps = np.diff(values[-(n + 1):])
    fired = bool((steps > 0).all()) if rule.test == "rising" else bool((steps < 0).all())
    if not fired:
        return None
    return {"value": now, "first": float(fact.values[-(n + 1)]), "periods": n, "from_period": fact.periods[-(n + 1)]}


def evaluate(
    facts: Mapping[str, Fact], thresholds: Mapping[str, float] | None = None, rules: Iterable[Rule] = RULES
) -> list[Advice]:
    """Test every rule on its fact, in table order; the first rule of a group that fires wins."""
    limits = {**DEFAULTS, **DEFAULT_THRESHOLDS, **(thresholds or {})}
    out: list[Advice] = []
    done: set[str] = set()
    for rule in rules:
        if rule.group in done or rule.metric not in facts:
            continue
        fact = facts[rule.metric]
        limit = None if rule.setting is None else float(limits[rule.setting])
        values = _test(rule, fact, limit)
        if values is None:
            continue
        values.update(fact.extra)
        watched = facts.get(rule.watch)
        out.append(Advice(
            id=rule.id, metric=rule.metric, period=fact.periods[-1], values=values, why=rule.why, do=rule.do,
            watch=rule.watch, direction=rule.direction,
            watch_value=None if watched is None else float(watched.values[-1]),
        ))
        done.add(rule.group)
    return out


def advise(
    periods: pd.DataFrame | None = None,
    summary: Mapping[str, Any] | None = None,
    cohorts: pd.DataFrame | None = None,
    nps: Mapping[str, Any] | None = None,
    forecast: Mapping[str, float] | None = None,
    thresholds: Mapping[str, float] | None = None,
    rules: Iterable[Rule] = RULES,
) -> list[Advice]:
    """Advice for one analysis: :func:`advice_facts` then :func:`evaluate`."""
    return evaluate(advice_facts(periods, summary, cohorts, nps, forecast), thresholds, rules)
