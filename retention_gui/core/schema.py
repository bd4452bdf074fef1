"""Canonical keys of METRICS.md and what kind of quantity each one is."""

from __future__ import annotations

__all__ = [
    "PERIOD_INPUTS",
    "COUNT_KEYS",
    "AMOUNT_KEYS",
    "WHOLE_NUMBER_KEYS",
    "PERIOD_RESULTS",
    "TRANSACTION_COLUMNS",
    "TRANSACTION_PERIOD_COLUMNS",
    "NPS_COLUMNS",
    "PERCENT_KEYS",
    "FREQUENCIES",
    "DEFAULT_THRESHOLDS",
]

# Section 1: inputs of one period, in the order they are shown and exported.
PERIOD_INPUTS: tuple[str, ...] = (
    "customers_start",
    "customers_end",
    "new_customers",
    "lost_customers",
    "revenue",
    "orders",
    "active_customers",
    "repeat_customers",
    "revenue_start",
    "churned_revenue",
    "contraction_revenue",
    "expansion_revenue",
    "units_sold",
    "units_returned",
    "accounts_receivable",
    "credit_sales",
    "days_in_period",
    "promoters",
    "passives",
    "detractors",
    "gross_margin_pct",
)

COUNT_KEYS: frozenset[str] = frozenset(
    {
        "customers_start",
        "customers_end",
        "new_customers",
        "lost_customers",
        "orders",
        "active_customers",
        "repeat_customers",
        "units_sold",
        "units_returned",
        "promoters",
        "passives",
        "detractors",
        "days_in_period",
        "retained_customers",
        "reactivated_customers",
        "responses",
        "skipped",
        "customers",
        "size",
    }
)

AMOUNT_KEYS: frozenset[str] = frozenset(
    {
        "revenue",
        "revenue_start",
        "churned_revenue",
        "contraction_revenue",
        "expansion_revenue",
        "accounts_receivable",
        "credit_sales",
        "revenue_churn",
        "aov",
        "customer_value",
        "clv",
    }
)

# METRICS.md names these explicitly as "not whole numbers -> error".
WHOLE_NUMBER_KEYS: frozenset[str] = frozenset({"promoters", "passives", "detractors"})

# Section 2: results of one period.
PERIOD_RESULTS: tuple[str, ...] = (
    "crr_pct",
    "churn_pct",
    "revenue_churn",
    "revenue_churn_pct",
    "grr_pct",
    "nrr_pct",
    "existing_revenue_growth_pct",
    "aov",
    "purchase_frequency",
    "customer_value",
    "rpr_pct",
    "avg_lifespan_periods",
    "clv",
    "nps",
    "return_rate_pct",
    "dso",
)

# Section 3: raw order rows.
TRANSACTION_COLUMNS: tuple[str, ...] = ("customer_id", "order_date", "amount", "order_id", "quantity")

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

NPS_COLUMNS: tuple[str, ...] = ("score", "answer_date")

PERCENT_KEYS: frozenset[str] = frozenset(
    k for k in (*PERIOD_RESULTS, *TRANSACTION_PERIOD_COLUMNS, "gross_margin_pct") if k.endswith("_pct")
) | {"mean_crr_pct", "mean_churn_pct"}

FREQUENCIES: tuple[str, ...] = ("month", "week", "quarter", "year")

# Section 2: warning thresholds; "above" and "below" are strict.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "churn_pct_above": 7.0,
    "nps_below": 0.0,
    "nrr_pct_below": 100.0,
    "dso_above": 45.0,
}
