"""Everything the app knows about one number, in one table (STYLE.md: "One place for each fact").

One :class:`Metric` row per key the app shows, prints or exports (METRICS.md
sections 1-6): its unit, its decimals, whether it is a headline card and
where, whether the trends panel offers it and where, which way is good, and
which warning threshold applies. The cards, the trend plots, the CLI text,
the JSON and the Excel number formats all read this table; names,
explanations and Excel formulas stay with their words (``messages``,
``ui.explain``, ``io.workbook``). Pure Python: no Qt, no pandas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

__all__ = [
    "Metric",
    "UNITS",
    "GROUPS",
    "CATALOGUE",
    "metric",
    "find",
    "unit_of",
    "is_percent",
    "is_whole_number",
    "shown_decimals",
    "keys_with_unit",
    "keys_in_group",
    "input_keys",
    "headline_keys",
    "plottable_keys",
    "threshold_keys",
    "all_keys",
]

# percent: 0-100 scale. money: an amount in the user's currency. days: a number
# of days. count: how many (customers, orders, units, answers). score: NPS,
# -100..100 (and a 0-10 answer). ratio: one count per another (purchase
# frequency). periods: a number of periods (lifespan). probability: 0-1.
# points: a difference of percentages in percentage points (the what-if's churn change).
# text and date: labels and dates (ids, periods, order dates).
UNITS: tuple[str, ...] = ("percent", "points", "money", "days", "count", "score", "ratio", "periods",
                          "probability", "text", "date")

# Where a key comes from (METRICS.md): input (section 1), result (section 2),
# transactions (section 3: order rows, the period table from orders, the
# customer list, cohorts), summary (section 3 whole-data figures), nps
# (section 4), forecast (section 5), whatif (section 6), advice (the figures
# the advice rules compute).
GROUPS: tuple[str, ...] = ("input", "result", "transactions", "summary", "nps", "forecast", "whatif", "advice")


@dataclass(frozen=True)
class Metric:
    """One key of the catalogue.

    ``decimals`` is the number of decimals shown; 0 means a whole number (a
    count, whole days), shown without decimals when it is whole.
    ``headline`` is the position of its Overview card (None: no card),
    ``plottable`` its position in the trends picker (None: not offered).
    ``good_direction`` is ``"up"``, ``"down"`` or None (neither is better).
    ``threshold_key`` names the setting of ``schema.DEFAULT_THRESHOLDS``
    that warns about it. ``order`` is its place in the table (display order).
    """

    key: str
    unit: str
    decimals: int
    group: str
    headline: int | None = None
    plottable: int | None = None
    good_direction: str | None = None
    threshold_key: str | None = None
    order: int = 0

    @property
    def is_input(self) -> bool:
        """A section 1 input (typed in the form or imported)."""
        return self.group == "input"


def _m(key: str, unit: str, decimals: int, group: str, *, card: int | None = None, plot: int | None = None,
       good: str | None = None, threshold: str | None = None) -> Metric:
    return Metric(key, unit, decimals, group, card, plot, good, threshold)


_ROWS: tuple[Metric, ...] = (
    _m("period", "text", 0, "input"),
    # Section 1: period inputs, in the order they are shown and exported.
    _m("customers_start", "count", 0, "input", plot=6),
    _m("customers_end", "count", 0, "input", plot=7, good="up"),
    _m("new_customers", "count", 0, "input", plot=8, good="up"),
    _m("lost_customers", "count", 0, "input", plot=9, good="down"),
    _m("revenue", "money", 2, "input", plot=5, good="up"),
    _m("orders", "count", 0, "input", plot=11, good="up"),
    _m("active_customers", "count", 0, "input", plot=10, good="up"),
    _m("repeat_customers", "count", 0, "input", good="up"),
    _m("revenue_start", "money", 2, "input"),
    _m("churned_revenue", "money", 2, "input", good="down"),
    _m("contraction_revenue", "money", 2, "input", good="down"),
    _m("expansion_revenue", "money", 2, "input", good="up"),
    _m("units_sold", "count", 0, "input", good="up"),
    _m("units_returned", "count", 0, "input", good="down"),
    _m("accounts_receivable", "money", 2, "input"),
    _m("credit_sales", "money", 2, "input"),
    _m("days_in_period", "days", 0, "input"),
    _m("promoters", "count", 0, "input", good="up"),
    _m("passives", "count", 0, "input"),
    _m("detractors", "count", 0, "input", good="down"),
    _m("gross_margin_pct", "percent", 1, "input", good="up"),
    # Section 2: results of one period, in the order of the period table.
    _m("crr_pct", "percent", 1, "result", card=0, plot=0, good="up"),
    _m("churn_pct", "percent", 1, "result", card=1, plot=1, good="down", threshold="churn_pct_above"),
    _m("revenue_churn", "money", 2, "result", good="down"),
    _m("revenue_churn_pct", "percent", 1, "result", card=2, plot=4, good="down"),
    _m("grr_pct", "percent", 1, "result", plot=3, good="up"),
    _m("nrr_pct", "percent", 1, "result", card=3, plot=2, good="up", threshold="nrr_pct_below"),
    _m("existing_revenue_growth_pct", "percent", 1, "result", good="up"),
    _m("aov", "money", 2, "result", plot=12, good="up"),
    _m("purchase_frequency", "ratio", 2, "result", good="up"),
    _m("customer_value", "money", 2, "result", card=5, plot=13, good="up"),
    _m("rpr_pct", "percent", 1, "result", card=6, plot=15, good="up"),
    _m("avg_lifespan_periods", "periods", 2, "result", good="up"),
    _m("clv", "money", 2, "result", card=4, plot=14, good="up"),
    _m("nps", "score", 1, "result", card=7, plot=16, good="up", threshold="nps_below"),
    _m("return_rate_pct", "percent", 1, "result", card=8, plot=17, good="down"),
    _m("dso", "days", 1, "result", card=9, plot=18, good="down", threshold="dso_above"),
    # Section 3: order rows.
    _m("customer_id", "text", 0, "transactions"),
    _m("order_date", "date", 0, "transactions"),
    _m("amount", "money", 2, "transactions"),
    _m("order_id", "text", 0, "transactions"),
    _m("quantity", "count", 0, "transactions"),
    # Section 3: the period table from orders (besides the inputs and results above).
    _m("retained_customers", "count", 0, "transactions", good="up"),
    _m("reactivated_customers", "count", 0, "transactions", good="up"),
    _m("avg_days_between_purchases", "days", 1, "transactions", card=10, plot=19, good="down"),
    _m("loyal_customer_rate_pct", "percent", 1, "transactions", card=11, plot=20, good="up"),
    # Section 3: cohorts (retention_pct is each column +k) and the customer list.
    _m("cohort", "text", 0, "transactions"),
    _m("size", "count", 0, "transactions"),
    _m("retention_pct", "percent", 1, "transactions", good="up"),
    _m("first_order", "date", 0, "transactions"),
    _m("last_order", "date", 0, "transactions"),
    _m("days_since_last_order", "days", 0, "transactions", good="down"),
    _m("status", "text", 0, "transactions"),
    # Section 3: whole-data summary (customers, orders, revenue, rpr_pct, aov,
    # purchase_frequency and avg_days_between_purchases are rows above).
    _m("periods", "count", 0, "summary"),
    _m("customers", "count", 0, "summary", good="up"),
    _m("median_days_between_purchases", "days", 1, "summary", good="down"),
    _m("mean_crr_pct", "percent", 1, "summary", good="up"),
    _m("mean_churn_pct", "percent", 1, "summary", good="down"),
    # Section 4: NPS from raw answers (promoters, passives, detractors, nps above).
    _m("score", "score", 0, "nps"),
    _m("answer_date", "date", 0, "nps"),
    _m("responses", "count", 0, "nps"),
    _m("skipped", "count", 0, "nps"),
    # Section 5: the forecast's per-customer keys.
    _m("frequency", "count", 0, "forecast", good="up"),
    _m("recency", "days", 0, "forecast"),
    _m("T", "days", 0, "forecast"),
    _m("monetary", "money", 2, "forecast", good="up"),
    _m("p_alive", "probability", 3, "forecast", good="up"),
    _m("expected_purchases", "count", 3, "forecast", good="up"),
    _m("expected_spend", "money", 2, "forecast", good="up"),
    _m("predicted_clv", "money", 2, "forecast", good="up"),
    # Section 5: totals, the model check by frequency, and the win-back list.
    _m("predicted_revenue", "money", 2, "forecast", good="up"),
    _m("predicted_mean", "count", 3, "forecast"),
    _m("actual_mean", "count", 3, "forecast"),
    _m("value_at_risk", "money", 2, "forecast", good="down"),
    _m("email", "text", 0, "forecast"),
    # Section 6: what-if changes and projection.
    _m("churn_down_points", "points", 1, "whatif"),
    _m("new_customers_up_pct", "percent", 1, "whatif"),
    _m("customer_value_up_pct", "percent", 1, "whatif"),
    _m("k", "periods", 0, "whatif"),
    _m("customers_baseline", "count", 1, "whatif"),
    _m("revenue_baseline", "money", 2, "whatif"),
    _m("profit_baseline", "money", 2, "whatif"),
    _m("customers_scenario", "count", 1, "whatif"),
    _m("revenue_scenario", "money", 2, "whatif"),
    _m("profit_scenario", "money", 2, "whatif"),
    _m("customers_difference", "count", 1, "whatif", good="up"),
    _m("revenue_difference", "money", 2, "whatif", good="up"),
    _m("profit_difference", "money", 2, "whatif", good="up"),
    _m("whatif_customers_now", "count", 1, "whatif"),
    _m("whatif_customers_end", "count", 1, "whatif", good="up"),
    _m("whatif_revenue_total", "money", 2, "whatif", good="up"),
    _m("whatif_profit_total", "money", 2, "whatif", good="up"),
    # The figures the advice rules compute (retention_gui.core.advice).
    _m("first_return_pct", "percent", 1, "advice", good="up"),
    _m("detractors_pct", "percent", 1, "advice", good="down"),
    _m("valuable_at_risk_pct", "percent", 1, "advice", good="down"),
)

CATALOGUE: tuple[Metric, ...] = tuple(replace(row, order=i) for i, row in enumerate(_ROWS))
_BY_KEY: dict[str, Metric] = {m.key: m for m in CATALOGUE}
# The cohort table's columns +0, +1, ... (and +0_pct, ... in the cohorts panel) are retention_pct.
_COHORT_COLUMN = re.compile(r"\+\d+(?:_pct)?")


def find(key: str) -> Metric | None:
    """The catalogue row of ``key`` (a cohort column ``+k`` is ``retention_pct``), or None."""
    m = _BY_KEY.get(key)
    if m is None and _COHORT_COLUMN.fullmatch(key):
        return _BY_KEY["retention_pct"]
    return m


def metric(key: str) -> Metric:
    """The catalogue row of ``key``; KeyError for a key the catalogue does not know."""
    m = find(key)
    if m is None:
        raise KeyError(key)
    return m


def unit_of(key: str) -> str | None:
    """One of :data:`UNITS`, or None for a key the catalogue does not know."""
    m = find(key)
    return None if m is None else m.unit


def is_percent(key: str) -> bool:
    return unit_of(key) == "percent"


def is_whole_number(key: str) -> bool:
    """Counts and whole days: a whole value is written without decimals (JSON ints, ``1.234``)."""
    m = find(key)
    return m is not None and m.decimals == 0 and m.unit in ("count", "days")


# Units always shown with their decimals (12.0 %, 30.0 days); the others drop the decimals of a whole value.
_FIXED_DECIMALS = ("percent", "points", "score", "money", "days", "probability")


def shown_decimals(key: str, value: float) -> int:
    """How many decimals to show ``value`` of ``key`` with, on screen and in the CLI.

    Percent, money, score, days and probability keep their decimals (``12.0 %``);
    a whole count, ratio or unknown figure has none (``3``); any other value has
    its key's decimals, or 2 when the key has none (a mean of counts: ``12.50``).
    """
    m = find(key)
    if m is not None and m.unit in _FIXED_DECIMALS and m.decimals:
        return m.decimals
    if value.is_integer() and abs(value) < 1e15:
        return 0
    return m.decimals if m is not None and m.decimals else 2


def _keys(rows: Iterable[Metric]) -> tuple[str, ...]:
    return tuple(m.key for m in rows)


def all_keys() -> tuple[str, ...]:
    return _keys(CATALOGUE)


def keys_with_unit(unit: str) -> tuple[str, ...]:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return _keys(m for m in CATALOGUE if m.unit == unit)


def keys_in_group(group: str) -> tuple[str, ...]:
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r}")
    return _keys(m for m in CATALOGUE if m.group == group)


def input_keys() -> tuple[str, ...]:
    """Section 1's inputs in display and export order (without ``period``)."""
    return _keys(m for m in CATALOGUE if m.is_input and m.key != "period")


def headline_keys() -> tuple[str, ...]:
    """The Overview cards, in their order (also the CLI table and the workbook summary)."""
    return _keys(sorted((m for m in CATALOGUE if m.headline is not None), key=lambda m: m.headline))


def plottable_keys() -> tuple[str, ...]:
    """The figures the trends panel offers, in the picker's order."""
    return _keys(sorted((m for m in CATALOGUE if m.plottable is not None), key=lambda m: m.plottable))


def threshold_keys() -> dict[str, str]:
    """metric key -> the setting (``schema.DEFAULT_THRESHOLDS`` key) that warns about it."""
    return {m.key: m.threshold_key for m in CATALOGUE if m.threshold_key is not None}
