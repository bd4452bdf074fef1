"""Cards, tables and plots take unit and decimals from the catalogue."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale

from retention_gui.core import catalogue
from retention_gui.ui.explain import CARD_METRICS
from retention_gui.ui.formatting import format_value
from retention_gui.ui.panels.trends import PLOTTABLE, TrendsPanel

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DA = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


@pytest.mark.parametrize("key, value, shown", [
    ("crr_pct", 90, "90.0 %"),
    ("+2_pct", 12.345, "12.3 %"),  # a cohort column
    ("nps", 12.5, "12.5"),
    ("revenue", 1234.5, "1,234.50 kr."),
    ("clv", np.float64(10), "10.00 kr."),
    ("customers_start", 1234.0, "1,234"),
    ("customers_start", 12.5, "12.50"),  # a mean of counts
    ("dso", 30, "30.0"),
    ("avg_days_between_purchases", 12.25, "12.3"),
    ("days_since_last_order", 3.0, "3"),
    ("purchase_frequency", 2.0, "2"),
    ("purchase_frequency", 1.5, "1.50"),
    ("avg_lifespan_periods", 8.333, "8.33"),
    ("p_alive", 0.5, "0.500"),
    ("unknown_key", 4.0, "4"),
    ("unknown_key", 1.234, "1.23"),
    ("crr_pct", math.nan, "–"),
    ("first_order", pd.Timestamp("2024-01-31"), "2024-01-31"),
    ("status", "alive", "alive"),
], ids=lambda v: str(v))
def test_values_are_shown_with_the_catalogue_s_unit_and_decimals(key, value, shown):
    assert format_value(key, value, EN, currency="kr.") == shown


def test_the_locale_writes_the_number():
    assert format_value("revenue", 1234.5, DA, currency="kr.") == "1.234,50 kr."
    assert format_value("churn_pct", 7.25, DA) == "7,3 %"


def test_cards_and_plots_are_the_catalogue_s():
    assert CARD_METRICS == catalogue.headline_keys()
    assert PLOTTABLE == catalogue.plottable_keys()


@pytest.mark.parametrize("key, plot", [
    ("crr_pct", "percent"), ("nps", "percent"), ("revenue", "money"), ("clv", "money"), ("dso", "days"),
    ("avg_days_between_purchases", "days"), ("orders", "count"), ("new_customers", "count"),
    ("unknown_key", "other"),
])
def test_each_unit_has_its_own_plot_and_nps_shares_the_percent_plot(key, plot):
    assert TrendsPanel.unit_of(key) == plot
