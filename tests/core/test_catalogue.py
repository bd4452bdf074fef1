"""The metric catalogue is complete and agrees with the names, explanations, formulas and the core's output."""

from __future__ import annotations

import importlib.util

import numpy as np
import pandas as pd
import pytest

from retention_gui.core import catalogue, schema
from retention_gui.core.catalogue import CATALOGUE, find, metric
from retention_gui.messages import explanation, metric_name
from retention_gui.pipeline import analyse_frame

# The forecast's names arrive with the forecast (METRICS.md section 5); until then its keys have none.
FORECAST_PRESENT = importlib.util.find_spec("retention_gui.core.forecast") is not None


def test_keys_are_unique_and_every_field_has_an_allowed_value():
    keys = [m.key for m in CATALOGUE]
    assert len(keys) == len(set(keys))
    assert [m.order for m in CATALOGUE] == list(range(len(CATALOGUE)))
    for m in CATALOGUE:
        assert m.unit in catalogue.UNITS, m.key
        assert m.group in catalogue.GROUPS, m.key
        assert m.decimals >= 0, m.key
        assert m.good_direction in ("up", "down", None), m.key
    headlines = [m.headline for m in CATALOGUE if m.headline is not None]
    plots = [m.plottable for m in CATALOGUE if m.plottable is not None]
    assert sorted(headlines) == list(range(len(headlines)))
    assert sorted(plots) == list(range(len(plots)))


@pytest.mark.parametrize("key", catalogue.all_keys())
def test_every_key_has_a_display_name(key):
    if metric(key).group == "forecast" and not FORECAST_PRESENT:
        pytest.skip("forecast names come with retention_gui.core.forecast")
    assert metric_name(key) != key


@pytest.mark.parametrize("key", catalogue.headline_keys())
def test_every_headline_card_has_an_explanation(key):
    assert explanation(key)


@pytest.mark.parametrize("key", catalogue.keys_in_group("result"))
def test_every_computed_period_result_has_an_excel_formula(key):
    from retention_gui.io.workbook import FORMULAS

    assert key in FORMULAS


def test_headline_cards_and_plots_keep_their_order():
    assert catalogue.headline_keys() == (
        "crr_pct", "churn_pct", "revenue_churn_pct", "nrr_pct", "clv", "customer_value",
        "rpr_pct", "nps", "return_rate_pct", "dso", "avg_days_between_purchases", "loyal_customer_rate_pct",
    )
    assert catalogue.plottable_keys() == (
        "crr_pct", "churn_pct", "nrr_pct", "grr_pct", "revenue_churn_pct", "revenue", "customers_start",
        "customers_end", "new_customers", "lost_customers", "active_customers", "orders", "aov", "customer_value",
        "clv", "rpr_pct", "nps", "return_rate_pct", "dso", "avg_days_between_purchases", "loyal_customer_rate_pct",
    )


def test_thresholds_name_the_settings_and_every_setting_has_its_metric():
    used = catalogue.threshold_keys()
    assert used == {"churn_pct": "churn_pct_above", "nrr_pct": "nrr_pct_below", "nps": "nps_below",
                    "dso": "dso_above"}
    assert sorted(used.values()) == sorted(schema.DEFAULT_THRESHOLDS)


def test_schema_sets_are_the_catalogue_s():
    assert schema.PERIOD_INPUTS == (
        "customers_start", "customers_end", "new_customers", "lost_customers", "revenue", "orders",
        "active_customers", "repeat_customers", "revenue_start", "churned_revenue", "contraction_revenue",
        "expansion_revenue", "units_sold", "units_returned", "accounts_receivable", "credit_sales",
        "days_in_period", "promoters", "passives", "detractors", "gross_margin_pct",
    )
    assert all(metric(k).is_input for k in schema.PERIOD_INPUTS)
    assert schema.PERIOD_RESULTS[0] == "crr_pct" and schema.PERIOD_RESULTS[-1] == "dso"
    # Every input but the margin (checked against 0-100) is a count or an amount: negatives are errors.
    assert set(schema.PERIOD_INPUTS) - (schema.COUNT_KEYS | schema.AMOUNT_KEYS) == {"gross_margin_pct"}


def test_the_pct_suffix_and_the_percent_unit_agree():
    for m in CATALOGUE:
        assert (m.unit == "percent") == m.key.endswith("_pct"), m.key


@pytest.mark.parametrize("key, unit", [
    ("dso", "days"), ("avg_days_between_purchases", "days"), ("median_days_between_purchases", "days"),
    ("days_in_period", "days"), ("nps", "score"), ("purchase_frequency", "ratio"),
    ("avg_lifespan_periods", "periods"), ("p_alive", "probability"), ("clv", "money"), ("+3", "percent"),
    ("+0_pct", "percent"), ("no_such_key", None),
])
def test_units(key, unit):
    assert catalogue.unit_of(key) == unit


@pytest.mark.parametrize("key, value, decimals", [
    ("crr_pct", 90.0, 1), ("dso", 30.0, 1), ("nps", 12.0, 1), ("revenue", 5.0, 2),
    ("customers_start", 12.0, 0), ("customers_start", 12.5, 2), ("purchase_frequency", 2.0, 0),
    ("purchase_frequency", 1.5, 2), ("days_since_last_order", 3.0, 0), ("unknown", 1.25, 2), ("unknown", 4.0, 0),
])
def test_shown_decimals(key, value, decimals):
    assert catalogue.shown_decimals(key, value) == decimals


def _orders() -> pd.DataFrame:
    days = pd.to_datetime(["2024-01-03", "2024-01-20", "2024-02-05", "2024-02-06", "2024-03-10", "2024-03-11",
                           "2024-03-12"])
    return pd.DataFrame({
        "customer_id": ["a", "b", "a", "c", "a", "b", "c"],
        "order_date": days,
        "amount": [100.0, 50.0, 80.0, -10.0, 120.0, 60.0, 30.0],
        "order_id": ["1", "2", "3", "4", "5", "6", "7"],
        "quantity": [1.0, 2.0, 1.0, -1.0, 3.0, 1.0, 1.0],
    })


def _every_input() -> pd.DataFrame:
    row = {k: 10.0 for k in schema.PERIOD_INPUTS}
    row.update(customers_start=100.0, customers_end=95.0, new_customers=5.0, lost_customers=10.0,
               gross_margin_pct=40.0, units_returned=1.0, repeat_customers=5.0)
    return pd.DataFrame([{"period": "2024-01", **row}, {"period": "2024-02", **row}])


@pytest.mark.parametrize("kind, data", [
    ("periods", _every_input()),
    ("transactions", _orders()),
    ("nps", pd.DataFrame({"score": [10, 9, 7, 3, np.nan],
                          "answer_date": pd.to_datetime(["2024-01-02"] * 3 + ["2024-02-02"] * 2)})),
], ids=["periods", "transactions", "nps"])
def test_every_key_the_core_produces_is_in_the_catalogue(kind, data):
    a = analyse_frame(kind, data)
    produced = set(a.summary) | set(a.nps or {})
    for frame in (a.periods, a.cohorts, a.customers):
        if frame is not None:
            produced |= {str(c) for c in frame.columns}
    assert produced, kind
    assert sorted(k for k in produced if find(k) is None) == []


def test_catalogue_is_plain_python():
    from pathlib import Path

    source = Path(catalogue.__file__).read_text(encoding="utf-8")
    for forbidden in ("PySide6", "pandas", "numpy"):
        assert f"import {forbidden}" not in source


def test_result_warnings_use_the_catalogue_s_threshold_settings():
    from retention_gui.core.periods import _WARNING_RULES

    assert {m: setting for m, _how, setting, _code in _WARNING_RULES} == catalogue.threshold_keys()


def test_advice_watches_each_figure_in_its_good_direction():
    from retention_gui.core.advice import RULES

    for rule in RULES:
        assert metric(rule.watch).good_direction == rule.direction, rule.id
        if rule.setting in schema.DEFAULT_THRESHOLDS:
            assert metric(rule.metric).threshold_key == rule.setting, rule.id
