"""Period table -> derived metrics (METRICS.md section 2), vectorised.

A period table has one row per period: a ``period`` label and any of the
inputs of :data:`~retention_gui.core.schema.PERIOD_INPUTS` (missing values are
NaN). An optional ``source_row`` column carries the row number the user sees,
for messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import pandas as pd

from . import calendar
from .errors import ERROR, WARNING, InputError, Problem, ProblemList
from .parsing import as_mask, rows_of
from .schema import (
    AMOUNT_KEYS,
    COUNT_KEYS,
    DEFAULT_THRESHOLDS,
    PERIOD_INPUTS,
    PERIOD_RESULTS,
    WHOLE_NUMBER_KEYS,
)

__all__ = [
    "PeriodAnalysis",
    "label_periods",
    "validate_period_inputs",
    "compute_period_metrics",
    "result_warnings",
    "analyse_periods",
]

DEFAULT_DAYS_IN_PERIOD = 30.0


@dataclass
class PeriodAnalysis(ProblemList):
    """Result of :func:`analyse_periods`: the table and every problem found."""

    table: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)


def _col(df: pd.DataFrame, key: str) -> pd.Series:
    if key in df.columns:
        return pd.to_numeric(df[key], errors="coerce").astype("float64")
    return pd.Series(np.nan, index=df.index, dtype="float64")


def _ratio(num: pd.Series, den: pd.Series, scale: float = 1.0) -> pd.Series:
    """num / den * scale; NaN where den is 0 or either side is missing."""
    # Multiply first: 7 * 100 / 100 is exactly 7, while 7 / 100 * 100 is not.
    out = (num * scale) / den.where(den != 0)
    return out.astype("float64")


def label_periods(periods: pd.Series, frequency: str = "month") -> tuple[pd.Series, pd.Series]:
    """Labels and derived days for a ``period`` column.

    Dates become ``YYYY-MM`` / ``YYYY-Qn`` / ``YYYY-Www`` / ``YYYY`` by
    ``frequency`` and give the calendar days of that period; text labels are
    kept as written and give NaN days (the caller falls back to 30).
    """
    calendar.check_frequency(frequency)
    labels = periods.astype(object).copy()
    days = pd.Series(np.nan, index=periods.index, dtype="float64")
    if pd.api.types.is_datetime64_any_dtype(periods.dtype):
        is_date = periods.notna()
        dates = periods
    else:
        is_date = as_mask(periods.map(
            lambda x: isinstance(x, (pd.Timestamp, np.datetime64)) or (hasattr(x, "year") and hasattr(x, "month")),
            na_action="ignore"))
        dates = pd.to_datetime(periods.where(is_date), errors="coerce")
    if is_date.any():
        d = dates[is_date].to_numpy(dtype="datetime64[D]")
        ords = calendar.period_ordinals(d, frequency)
        first = calendar.period_first_days(ords, frequency)
        last = calendar.period_last_days(ords, frequency)
        labels[is_date] = calendar.period_labels(ords, frequency)
        days[is_date] = (last - first).astype(np.int64) + 1
    text = ~is_date & periods.notna()
    if text.any():
        labels[text] = periods[text].map(_text_label)
    return labels, days


def _text_label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def validate_period_inputs(df: pd.DataFrame) -> list[Problem]:
    """Consistency checks of METRICS.md section 2 on a period table's inputs.

    Returns errors (negative counts or amounts, E - N > S, E - N < 0,
    repeat > active, returned > sold, non-whole NPS counts, gross margin
    outside 0-100, missing period label) and the warning for a given
    ``lost_customers`` that differs from S + N - E.
    """
    rows = rows_of(df)
    labels = df["period"].astype(object) if "period" in df.columns else pd.Series([None] * len(df), index=df.index)
    problems: list[Problem] = []

    def add(mask: pd.Series | np.ndarray, code: str, column: str, severity: str = ERROR, **cols: pd.Series) -> None:
        m = np.asarray(mask, dtype=bool)
        for i in np.flatnonzero(m):
            values = {name: _plain(series.iloc[i]) for name, series in cols.items()}
            label = labels.iloc[i]
            problems.append(
                Problem(code, severity, row=int(rows[i]), column=column,
                        period=None if _is_blank(label) else str(label), values=values)
            )

    present = [k for k in PERIOD_INPUTS if k in df.columns]
    if "period" not in df.columns:
        problems.append(Problem("missing_column", ERROR, column="period", values={"column": "period"}))
    else:
        has_data = df[present].notna().any(axis=1) if present else pd.Series(False, index=df.index)
        add(labels.map(_is_blank).astype(bool) & has_data, "missing_period", "period")

    for key in present:
        v = _col(df, key)
        if key in COUNT_KEYS or key in AMOUNT_KEYS:
            add(v < 0, "negative_value", key, value=v)
        if key in WHOLE_NUMBER_KEYS:
            add(v.notna() & (v != np.floor(v)), "not_whole_number", key, value=v)
    if "gross_margin_pct" in df.columns:
        g = _col(df, "gross_margin_pct")
        add((g < 0) | (g > 100), "gross_margin_out_of_range", "gross_margin_pct", value=g)

    s, e, n = _col(df, "customers_start"), _col(df, "customers_end"), _col(df, "new_customers")
    retained = e - n
    add(retained > s, "retained_more_than_existed", "customers_end", end=e, new=n, start=s)
    add(retained < 0, "retained_below_zero", "customers_end", end=e, new=n)
    if "lost_customers" in df.columns:
        lost = _col(df, "lost_customers")
        derived = s + n - e
        add(lost.notna() & derived.notna() & (lost != derived), "lost_mismatch", "lost_customers", WARNING,
            lost=lost, derived=derived)
    active, repeat = _col(df, "active_customers"), _col(df, "repeat_customers")
    add(repeat > active, "repeat_more_than_active", "repeat_customers", repeat=repeat, active=active)
    sold, returned = _col(df, "units_sold"), _col(df, "units_returned")
    add(returned > sold, "returned_more_than_sold", "units_returned", returned=returned, sold=sold)
    return problems


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    if value is pd.NaT:
        return True
    return isinstance(value, str) and value.strip() == ""


def _plain(value: object) -> object:
    """A JSON- and message-friendly scalar."""
    from .report import plain  # here, not at the top: the imports above are being changed on other branches

    return plain(value, whole=True)


def compute_period_metrics(df: pd.DataFrame, frequency: str = "month") -> pd.DataFrame:
    """Every section 2 result for each row of a period table.

    Needs ``period`` and any inputs; returns a new frame with ``period``
    labelled by ``frequency`` (dates) or kept as written (text), every input
    column (``lost_customers`` derived as S + N - E where not given,
    ``days_in_period`` from a dated period or 30), and the result columns of
    :data:`~retention_gui.core.schema.PERIOD_RESULTS`. A result is NaN exactly
    where METRICS.md calls it undefined.
    """
    out = pd.DataFrame(index=df.index)
    if "period" in df.columns:
        labels, days_from_date = label_periods(df["period"], frequency)
    else:
        labels = pd.Series([str(i + 1) for i in range(len(df))], index=df.index, dtype=object)
        days_from_date = pd.Series(np.nan, index=df.index)
    out["period"] = labels
    for key in PERIOD_INPUTS:
        out[key] = _col(df, key)
    s, e, n = out["customers_start"], out["customers_end"], out["new_customers"]
    out["lost_customers"] = out["lost_customers"].fillna(s + n - e)
    out["days_in_period"] = out["days_in_period"].fillna(days_from_date).fillna(DEFAULT_DAYS_IN_PERIOD)

    res = out
    res["crr_pct"] = _ratio(e - n, s, 100.0)
    res["churn_pct"] = _ratio(out["lost_customers"], s, 100.0)

    churned, contraction, expansion = out["churned_revenue"], out["contraction_revenue"], out["expansion_revenue"]
    rs = out["revenue_start"]
    lost_rev = churned.fillna(0.0) + contraction.fillna(0.0)
    res["revenue_churn"] = lost_rev.where(churned.notna() | contraction.notna())
    res["revenue_churn_pct"] = _ratio(res["revenue_churn"], rs, 100.0)
    res["grr_pct"] = _ratio(rs - lost_rev, rs, 100.0)
    res["nrr_pct"] = _ratio(rs - lost_rev + expansion.fillna(0.0), rs, 100.0)
    res["existing_revenue_growth_pct"] = res["nrr_pct"] - 100.0

    res["aov"] = _ratio(out["revenue"], out["orders"])
    res["purchase_frequency"] = _ratio(out["orders"], out["active_customers"])
    res["customer_value"] = res["aov"] * res["purchase_frequency"]
    res["rpr_pct"] = _ratio(out["repeat_customers"], out["active_customers"], 100.0)
    res["avg_lifespan_periods"] = _ratio(pd.Series(100.0, index=df.index), res["churn_pct"])
    margin = (out["gross_margin_pct"] / 100.0).fillna(1.0)
    res["clv"] = res["customer_value"] * res["avg_lifespan_periods"] * margin

    p, pa, d = out["promoters"], out["passives"], out["detractors"]
    any_answer = p.notna() | pa.notna() | d.notna()
    total = (p.fillna(0.0) + pa.fillna(0.0) + d.fillna(0.0)).where(any_answer)
    res["nps"] = _ratio(p.fillna(0.0) - d.fillna(0.0), total, 100.0)
    res["return_rate_pct"] = _ratio(out["units_returned"], out["units_sold"], 100.0)
    res["dso"] = _ratio(out["accounts_receivable"] * out["days_in_period"], out["credit_sales"])
    return res[["period", *PERIOD_INPUTS, *PERIOD_RESULTS]]


# metric, comparison, threshold key, message code
_WARNING_RULES: tuple[tuple[str, str, str, str], ...] = (
    ("churn_pct", "above", "churn_pct_above", "churn_high"),
    ("nps", "below", "nps_below", "nps_negative"),
    ("nrr_pct", "below", "nrr_pct_below", "nrr_low"),
    ("dso", "above", "dso_above", "dso_high"),
)


def result_warnings(
    table: pd.DataFrame, thresholds: Mapping[str, float] | None = None, rows: np.ndarray | None = None
) -> list[Problem]:
    """Warnings on results (strict comparisons against ``thresholds``)."""
    limits = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    problems: list[Problem] = []
    for metric, how, key, code in _WARNING_RULES:
        if metric not in table.columns:
            continue
        # Rounded to 9 decimals so float noise (7.000000000000001) does not cross a threshold.
        v = np.round(table[metric].to_numpy(dtype="float64"), 9)
        limit = float(limits[key])
        with np.errstate(invalid="ignore"):
            mask = v > limit if how == "above" else v < limit
        for i in np.flatnonzero(mask):
            problems.append(
                Problem(code, WARNING, row=None if rows is None else int(rows[i]), column=metric,
                        period=str(table["period"].iloc[i]), values={"value": float(v[i]), "threshold": limit})
            )
    return problems


def analyse_periods(
    df: pd.DataFrame, frequency: str = "month", thresholds: Mapping[str, float] | None = None
) -> PeriodAnalysis:
    """Validate a period table, compute every metric and the result warnings."""
    if len(df) == 0:
        raise InputError("no_data")
    table = compute_period_metrics(df, frequency)
    # Messages name a period as it is shown: a date becomes "2024-01".
    shown = df.assign(period=table["period"]) if "period" in df.columns else df
    problems = validate_period_inputs(shown)
    problems += result_warnings(table, thresholds, rows_of(df))
    return PeriodAnalysis(table=table, problems=problems)

