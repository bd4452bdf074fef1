"""What one analysis holds and the choices behind it: the data classes every layer passes around.

Pure (no Qt, no files). ``pipeline`` builds these from files; ``io`` writes them; the UI shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

import pandas as pd

from .advice import Advice, advise
from .errors import Problem, ProblemList
from .forecast import Forecast, ForecastSettings
from .schema import DEFAULT_THRESHOLDS
from .transactions import OrderTable
from .whatif import WhatIfChanges, WhatIfResult, what_if

__all__ = ["Settings", "Analysis", "whatif_for", "advice_for"]


@dataclass
class Settings:
    """Choices METRICS.md leaves to the user, with its defaults."""

    frequency: str = "month"
    churn_window_days: int = 365
    loyal_min_orders: int = 3
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    currency: str = "kr."
    # Section 5 (predicted CLV), transactions only. Off by default so the plain pipeline stays as fast.
    predict: bool = False
    as_of: dt.date | None = None  # None: the last order date
    horizon_months: int = 12
    annual_discount_pct: float = 10.0
    margin_pct: float = 100.0
    holdout_days: int = 0  # 0: no model check
    customers_json: bool = False  # put one object per customer in the JSON document (``--customers``)

    def forecast_settings(self) -> ForecastSettings:
        return ForecastSettings(self.as_of, self.horizon_months, self.annual_discount_pct, self.margin_pct,
                                self.holdout_days)


@dataclass
class Analysis(ProblemList):
    """Everything computed for one input."""

    kind: str
    settings: Settings
    periods: pd.DataFrame | None = None
    summary: dict[str, Any] = field(default_factory=dict)
    cohorts: pd.DataFrame | None = None
    customers: pd.DataFrame | None = None
    nps: dict[str, Any] | None = None
    problems: list[Problem] = field(default_factory=list)
    # The import it came from (an ``io.reader.ImportResult``: file, sheet, rows, import summary).
    source: Any = None
    # The values the user gave, row by row beside ``periods`` (NaN where derived or computed).
    inputs: pd.DataFrame | None = None
    # The what-if the user asked for (METRICS.md section 6): see whatif_for(); exported and in JSON when set.
    what_if: WhatIfResult | None = None
    # Plain numbers from a forecast for the "valuable customers slipping away" advice
    # (retention_gui.core.advice.FORECAST_KEYS); None when no forecast was made.
    forecast_numbers: dict[str, float] | None = None
    # Periods input only: per row and result, why a result is not shown (a code; None where it is).
    reasons: pd.DataFrame | None = None
    # Section 5, when ``settings.predict`` and the data are transactions.
    forecast: Forecast | None = None
    # The section 3 orders of transactions, so a forecast can be run again with other settings
    # (``core.forecast.forecast(analysis.orders, ...)``) without reading or analysing the rows again.
    orders: OrderTable | None = None


def whatif_for(
    analysis: Analysis,
    churn_down_points: float = 0.0,
    new_customers_up_pct: float = 0.0,
    customer_value_up_pct: float = 0.0,
) -> WhatIfResult:
    """Section 6's what-if on an analysis's period table (typed or from orders).

    Raises :class:`InputError` (``bad_setting``) for a change that is not a
    finite number or lowers N or v by more than 100 %; undefined inputs give
    a result with a reason code instead.
    """
    changes = WhatIfChanges(churn_down_points, new_customers_up_pct, customer_value_up_pct)
    periods = analysis.periods if analysis.periods is not None else pd.DataFrame()
    return what_if(periods, changes)


def advice_for(analysis: Analysis, forecast: Mapping[str, float] | None = None) -> list[Advice]:
    """The advice rules over an analysis, with the user's thresholds (and forecast numbers when given)."""
    return advise(
        periods=analysis.periods,
        summary=analysis.summary,
        cohorts=analysis.cohorts,
        nps=analysis.nps,
        forecast=forecast if forecast is not None else analysis.forecast_numbers,
        thresholds=analysis.settings.thresholds,
    )
