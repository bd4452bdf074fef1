"""The Forecast tab's work, without Qt: run a forecast on an analysis's orders, and the model-check curves.

:func:`run_forecast` is the task body the GUI runs in its TaskRunner
(``fn(analysis, settings, progress=..., cancel=...)``); it reuses
``analysis.orders`` so no file is read and no row is parsed again.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import numpy as np
import pandas as pd

from .core.advice import forecast_numbers
from .core.forecast import BgNbdFit, Forecast, ForecastSettings, expected_purchases, forecast
from .core.transactions import OrderTable

__all__ = ["run_forecast", "default_holdout_days", "order_span", "cumulative_repeat_purchases",
           "MAX_DEFAULT_HOLDOUT_DAYS"]

MAX_DEFAULT_HOLDOUT_DAYS = 365


def _date(day: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(day))


def order_span(orders: OrderTable | None) -> tuple[dt.date, dt.date] | None:
    """First and last order date of ``orders``; None when there are none."""
    if orders is None or not len(orders.day):
        return None
    return _date(int(orders.day.min())), _date(int(orders.day.max()))


def default_holdout_days(orders: OrderTable | None) -> int:
    """The model check's default holdout: the last quarter of the data span, at most 365 days (0 without orders)."""
    span = order_span(orders)
    if span is None:
        return 0
    days = (span[1] - span[0]).days
    return int(min(MAX_DEFAULT_HOLDOUT_DAYS, days // 4))


def run_forecast(
    analysis,
    settings: ForecastSettings,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Forecast:
    """Forecast ``analysis.orders`` with ``settings``; store it and its advice numbers on the analysis.

    ``analysis`` is a :class:`retention_gui.pipeline.Analysis` of transactions.
    Sets ``analysis.forecast`` and ``analysis.forecast_numbers`` (from
    :func:`retention_gui.core.advice.forecast_numbers`, None when not fitted),
    so the advice "valuable customers slipping away" can fire. Never raises
    for data a model cannot fit: the Forecast says ``not_fitted`` and why.
    Raises ``ValueError`` when the analysis has no orders (not transactions).
    """
    if getattr(analysis, "orders", None) is None:
        raise ValueError("a forecast needs order data (transactions)")
    fc = forecast(analysis.orders, settings, progress, cancel)
    analysis.forecast = fc
    analysis.forecast_numbers = forecast_numbers(fc.customers) if fc.status == "fitted" else None
    return fc


def cumulative_repeat_purchases(orders: OrderTable, fit: BgNbdFit, calibration_end: dt.date,
                                as_of: dt.date) -> pd.DataFrame:
    """Repeat purchases over time, actual and as the model expects, for the "Can I trust it?" plot.

    As lifetimes' ``plot_cumulative_transactions``: the customers are those
    whose first purchase is on or before ``calibration_end`` (the model
    check's). For every day from the first purchase to ``as_of``:
    ``actual`` = their purchase days after their first, up to that day
    (cumulative); ``model`` = the sum over those already born of the BG/NBD
    ``E[Y(t)]`` for a new customer, t = days since their first purchase
    (``fit`` is the model check's fit, on the calibration orders only).

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime64), ``actual`` (float), ``model`` (float); empty without customers.
    """
    cal_day = (calibration_end - dt.date(1970, 1, 1)).days
    end_day = (as_of - dt.date(1970, 1, 1)).days
    sel = orders.day <= end_day
    cust, day = orders.customer[sel], orders.day[sel]
    empty = pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "actual": pd.Series(dtype=float),
                          "model": pd.Series(dtype=float)})
    if not len(cust):
        return empty
    d0 = int(day.min())
    width = end_day - d0 + 1
    pairs = np.unique(cust.astype(np.int64) * width + (day - d0))  # distinct (customer, day), sorted
    pc, pday = pairs // width, pairs % width
    is_first = np.r_[True, pc[1:] != pc[:-1]]
    first_of = np.repeat(pday[is_first], np.diff(np.r_[np.flatnonzero(is_first), len(pc)]))
    born = first_of + d0 <= cal_day
    if not born.any():
        return empty
    repeat_days = pday[born & ~is_first]
    actual = np.cumsum(np.bincount(repeat_days, minlength=width)[:width]).astype(float)
    births = np.bincount(pday[born & is_first], minlength=width)[:width].astype(float)
    t = np.arange(width, dtype=float)
    ey = expected_purchases(fit, t, np.zeros(width), np.zeros(width), np.zeros(width))
    model = np.convolve(births, ey)[:width]
    dates = pd.to_datetime((d0 + np.arange(width)).astype("datetime64[D]"))
    return pd.DataFrame({"date": dates, "actual": actual, "model": model})
