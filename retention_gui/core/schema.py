"""Canonical key sets of METRICS.md that the core works with.

What each key is (unit, decimals, card, plot) lives in :mod:`.catalogue`; the
sets here are derived from it, or are table layouts and settings.
"""

from __future__ import annotations

from . import catalogue

__all__ = [
    "PERIOD_INPUTS",
    "COUNT_KEYS",
    "AMOUNT_KEYS",
    "WHOLE_NUMBER_KEYS",
    "PERIOD_RESULTS",
    "TRANSACTION_PERIOD_COLUMNS",
    "DEFAULT_THRESHOLDS",
]

# Section 1: inputs of one period, in the order they are shown and exported.
PERIOD_INPUTS: tuple[str, ...] = catalogue.input_keys()

# Counts and whole days (not negative; whole values are written as whole numbers).
COUNT_KEYS: frozenset[str] = frozenset(k for k in catalogue.all_keys() if catalogue.is_whole_number(k))

AMOUNT_KEYS: frozenset[str] = frozenset(catalogue.keys_with_unit("money"))

# METRICS.md names these explicitly as "not whole numbers -> error".
WHOLE_NUMBER_KEYS: frozenset[str] = frozenset({"promoters", "passives", "detractors"})

# Section 2: results of one period.
PERIOD_RESULTS: tuple[str, ...] = catalogue.keys_in_group("result")

# Section 3: columns of the period table built from orders (before section 2's).
TRANSACTION_PERIOD_COLUMNS: tuple[str, ...] = (
    "customers_start",
    "customers_end",
    "new_customers",
    "retained_customers",
    "lost_customers",
    "reactivated_customers",
    "active_customers",
    "orders",
    "revenue",
    "repeat_customers",
    "units_sold",
    "units_returned",
    "days_in_period",
    "avg_days_between_purchases",
    "loyal_customer_rate_pct",
)

# Section 2: warning thresholds; "above" and "below" are strict.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "churn_pct_above": 7.0,
    "nps_below": 0.0,
    "nrr_pct_below": 100.0,
    "dso_above": 45.0,
}
