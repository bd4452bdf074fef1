"""Period table -> derived metrics (METRICS.md section 2), vectorised.

A period table has one row per period: a ``period`` label and any of the
inputs of :data:`~retention_gui.core.schema.PERIOD_INPUTS` (missing values are
NaN). An optional ``source_row`` column carries the row number the user sees,
for messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import pandas as pd

from . import calendar
from .errors import ERROR, WARNING, InputError, Problem, ProblemList
from .parsing import as_mask, month_labels, rows_of
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
    "period_metrics",
    "result_reasons",
    "RESULT_INPUTS",
    "RESULT_RANGES",
    "OUT_OF_RANGE",
    "result_warnings",
    "analyse_periods",
]

DEFAULT_DAYS_IN_PERIOD = 30.0


@dataclass
class PeriodAnalysis(ProblemList):
    """Result of :func:`analyse_periods`: the table and every problem found."""

    table: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    # Per row and result: why the result is not shown (a code), None where it is (see result_reasons).
    reasons: pd.DataFrame | None = None


def _col(df: pd.DataFrame, key: str) -> np.ndarray:
    """Column ``key`` as float64 (text that is not a number is NaN); all NaN where the column is missing."""
    if key in df.columns:
        column = df[key]
        if column.dtype == np.float64:  # typed and pasted figures are already numbers
            return column.to_numpy(dtype="float64", copy=True)
        return pd.to_numeric(column, errors="coerce").astype("float64").to_numpy(dtype="float64", copy=True)
    return np.full(len(df), np.nan)


def _numbers(df: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every period input of ``df`` as a float64 array, converted once per analysis.

    The computations below work on plain arrays: a period table has a handful of rows, where each
    pandas operation costs more than the arithmetic, and the form recomputes after every pause in typing.
    """
    return {key: _col(df, key) for key in PERIOD_INPUTS}


def _ratio(num: np.ndarray, den: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """num / den * scale; NaN where den is 0 or either side is missing."""
    # Multiply first: 7 * 100 / 100 is exactly 7, while 7 / 100 * 100 is not.
    with np.errstate(divide="ignore", invalid="ignore"):
        return (num * scale) / np.where(den != 0, den, np.nan)


def _fillnan(values: np.ndarray, other: np.ndarray | float) -> np.ndarray:
    """``values`` with its NaN replaced by ``other``."""
    return np.where(np.isnan(values), other, values)


_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script


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
        # Text month labels ("januar 2025", "jan-25") typed or pasted are dated periods too (section 3).
        # Only text with a letter can name a month: typed "2024-01" labels skip the month parser (5 ms).
        is_text = as_mask(periods.map(lambda x: isinstance(x, str) and _LETTER.search(x) is not None,
                                      na_action="ignore"))
        if is_text.any():
            months = month_labels(periods.where(is_text).astype(object))
            is_month = months.notna()
            if is_month.any():
                dates = dates.where(~is_month, months)
                is_date = is_date | is_month
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


@dataclass
class _Check:
    """One consistency check of METRICS.md section 2 on every row at once."""

    code: str
    mask: np.ndarray
    column: str
    inputs: tuple[str, ...]  # the inputs it puts in doubt: results that use any of them are not shown
    severity: str = ERROR
    values: dict[str, pd.Series] = field(default_factory=dict)


@np.errstate(all="ignore")
def _input_checks(df: pd.DataFrame, nums: Mapping[str, np.ndarray] | None = None) -> list[_Check]:
    """Every input check, in the order problems are reported (without the period label check)."""
    v = _numbers(df) if nums is None else nums
    checks: list[_Check] = []

    def add(mask: np.ndarray, code: str, column: str, inputs: tuple[str, ...],
            severity: str = ERROR, **cols: np.ndarray) -> None:
        checks.append(_Check(code, np.asarray(mask, dtype=bool), column, inputs, severity, cols))

    present = [k for k in PERIOD_INPUTS if k in df.columns]
    for key in present:
        x = v[key]
        if key in COUNT_KEYS or key in AMOUNT_KEYS:
            add(x < 0, "negative_value", key, (key,), value=x)
        if key in WHOLE_NUMBER_KEYS:
            add(~np.isnan(x) & (x != np.floor(x)), "not_whole_number", key, (key,), value=x)
    if "gross_margin_pct" in df.columns:
        g = v["gross_margin_pct"]
        add((g < 0) | (g > 100), "gross_margin_out_of_range", "gross_margin_pct", ("gross_margin_pct",), value=g)

    s, e, n = v["customers_start"], v["customers_end"], v["new_customers"]
    retained = e - n
    add(retained > s, "retained_more_than_existed", "customers_end",
        ("customers_start", "customers_end", "new_customers"), end=e, new=n, start=s)
    add(retained < 0, "retained_below_zero", "customers_end", ("customers_end", "new_customers"), end=e, new=n)
    if "lost_customers" in df.columns:
        lost = v["lost_customers"]
        derived = s + n - e
        add(~np.isnan(lost) & ~np.isnan(derived) & (lost != derived), "lost_mismatch", "lost_customers", (),
            WARNING, lost=lost, derived=derived)
    active, repeat = v["active_customers"], v["repeat_customers"]
    add(repeat > active, "repeat_more_than_active", "repeat_customers", ("repeat_customers", "active_customers"),
        repeat=repeat, active=active)
    sold, returned = v["units_sold"], v["units_returned"]
    add(returned > sold, "returned_more_than_sold", "units_returned", ("units_returned", "units_sold"),
        returned=returned, sold=sold)
    return checks


def validate_period_inputs(df: pd.DataFrame, checks: list[_Check] | None = None) -> list[Problem]:
    """Consistency checks of METRICS.md section 2 on a period table's inputs.

    Returns errors (negative counts or amounts, E - N > S, E - N < 0,
    repeat > active, returned > sold, non-whole NPS counts, gross margin
    outside 0-100, missing period label) and the warning for a given
    ``lost_customers`` that differs from S + N - E. ``checks`` are those of
    ``_input_checks(df)`` when the caller has them already.
    """
    rows = rows_of(df)
    labels = df["period"].astype(object) if "period" in df.columns else pd.Series([None] * len(df), index=df.index)
    problems: list[Problem] = []

    def add(mask: pd.Series | np.ndarray, code: str, column: str, severity: str = ERROR,
            cols: Mapping[str, np.ndarray] | None = None) -> None:
        m = np.asarray(mask, dtype=bool)
        for i in np.flatnonzero(m):
            values = {name: _plain(array[i]) for name, array in (cols or {}).items()}
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

    for check in _input_checks(df) if checks is None else checks:
        add(check.mask, check.code, check.column, check.severity, check.values)
    return problems


# The inputs each result is computed from (METRICS.md section 2). ``lost_customers`` stands for the
# given L, or for S + N - E where L is blank (see _input_doubts).
RESULT_INPUTS: dict[str, tuple[str, ...]] = {
    "crr_pct": ("customers_start", "customers_end", "new_customers"),
    "churn_pct": ("customers_start", "lost_customers"),
    "revenue_churn": ("churned_revenue", "contraction_revenue"),
    "revenue_churn_pct": ("revenue_start", "churned_revenue", "contraction_revenue"),
    "grr_pct": ("revenue_start", "churned_revenue", "contraction_revenue"),
    "nrr_pct": ("revenue_start", "churned_revenue", "contraction_revenue", "expansion_revenue"),
    "existing_revenue_growth_pct": ("revenue_start", "churned_revenue", "contraction_revenue", "expansion_revenue"),
    "aov": ("revenue", "orders"),
    "purchase_frequency": ("orders", "active_customers"),
    "customer_value": ("revenue", "orders", "active_customers"),
    "rpr_pct": ("repeat_customers", "active_customers"),
    "avg_lifespan_periods": ("customers_start", "lost_customers"),
    "clv": ("revenue", "orders", "active_customers", "customers_start", "lost_customers", "gross_margin_pct"),
    "nps": ("promoters", "passives", "detractors"),
    "return_rate_pct": ("units_returned", "units_sold"),
    "dso": ("accounts_receivable", "credit_sales", "days_in_period"),
}

# The range a result can have; a value outside it comes from impossible inputs and is not shown.
RESULT_RANGES: dict[str, tuple[float, float]] = {
    "crr_pct": (0.0, 100.0),
    "churn_pct": (0.0, 100.0),
    "revenue_churn": (0.0, np.inf),
    "revenue_churn_pct": (0.0, 100.0),
    "grr_pct": (0.0, 100.0),
    "nrr_pct": (0.0, np.inf),
    "existing_revenue_growth_pct": (-100.0, np.inf),
    "aov": (0.0, np.inf),
    "purchase_frequency": (0.0, np.inf),
    "customer_value": (0.0, np.inf),
    "rpr_pct": (0.0, 100.0),
    "avg_lifespan_periods": (0.0, np.inf),
    "clv": (0.0, np.inf),
    "nps": (-100.0, 100.0),
    "return_rate_pct": (0.0, 100.0),
    "dso": (0.0, np.inf),
}

# Results computed from other results (or, for NRR, from the same lost revenue as GRR): when the
# source is not shown, neither are these. Listed in the order they are computed.
RESULT_SOURCES: dict[str, tuple[str, ...]] = {
    "revenue_churn_pct": ("grr_pct",),
    "grr_pct": ("revenue_churn_pct",),
    "nrr_pct": ("grr_pct", "revenue_churn_pct"),
    "existing_revenue_growth_pct": ("nrr_pct",),
    "customer_value": ("aov", "purchase_frequency"),
    "avg_lifespan_periods": ("churn_pct",),
    "clv": ("customer_value", "avg_lifespan_periods"),
}

OUT_OF_RANGE = "result_out_of_range"
_RANGE_SLACK = 1e-9  # float noise at a bound (100.00000000000001) is not out of range


def _unset(reasons: np.ndarray) -> np.ndarray:
    """Where an object array of reason codes has none (None)."""
    return pd.isna(reasons)


def _first(reasons: np.ndarray, other: np.ndarray) -> np.ndarray:
    """``reasons``, with ``other``'s code where it has none."""
    unset = _unset(reasons)
    return np.where(unset, other, reasons) if unset.any() else reasons


def _input_doubts(checks: list[_Check], nums: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """For each input key: the code of the first error that puts it in doubt, row by row (None if none)."""
    size = len(nums["customers_start"])
    doubts = {key: np.full(size, None, dtype=object) for key in PERIOD_INPUTS}
    for check in checks:
        if check.severity != ERROR or not check.mask.any():
            continue
        for key in check.inputs:
            d = doubts[key].copy()
            d[_unset(d) & check.mask] = check.code
            doubts[key] = d
    # L left blank is S + N - E: in doubt when E or N is.
    given = ~np.isnan(nums["lost_customers"])
    derived = _first(doubts["customers_end"], doubts["new_customers"])
    doubts["lost_customers"] = np.where(given, doubts["lost_customers"], derived)
    return doubts


def _reasons(checks: list[_Check], nums: Mapping[str, np.ndarray], results: Mapping[str, np.ndarray]
             ) -> dict[str, np.ndarray]:
    """:func:`result_reasons` on arrays: result key -> object array of codes (None where shown)."""
    doubts = _input_doubts(checks, nums)
    reasons: dict[str, np.ndarray] = {}
    for key in PERIOD_RESULTS:
        reason = np.full(len(results[key]), None, dtype=object)
        for inp in RESULT_INPUTS[key]:
            reason = _first(reason, doubts[inp])
        low, high = RESULT_RANGES[key]
        v = results[key]
        with np.errstate(invalid="ignore"):
            outside = (v < low - _RANGE_SLACK) | (v > high + _RANGE_SLACK)
        reasons[key] = np.where(_unset(reason) & outside, OUT_OF_RANGE, reason).astype(object)
    # A result made from a result that is not shown is not shown either (same reason). Two passes
    # settle the GRR <-> revenue churn pair and everything downstream of them.
    for _ in range(2):
        for key, sources in RESULT_SOURCES.items():
            for src in sources:
                reasons[key] = _first(reasons[key], reasons[src])
    return reasons


def result_reasons(df: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Why each result of ``table`` (from :func:`compute_period_metrics` without nulling) cannot be shown.

    A frame with ``table``'s index and one column per result: ``None`` where the
    result may be shown (a number, or NaN where METRICS.md calls it undefined),
    else a code: the input error that puts one of its inputs in doubt
    (``negative_value``, ``retained_more_than_existed``, ...), or
    ``result_out_of_range`` for a value its formula cannot give from possible
    inputs (CRR above 100, a negative CLV, ...).
    """
    nums = _numbers(df)
    results = {key: table[key].to_numpy(dtype="float64") for key in PERIOD_RESULTS}
    return _reason_frame(_reasons(_input_checks(df, nums), nums, results), table.index)


def _reason_frame(reasons: Mapping[str, np.ndarray], index: pd.Index) -> pd.DataFrame:
    return pd.DataFrame({key: pd.Series(reasons[key], index=index, dtype=object) for key in PERIOD_RESULTS})


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


def compute_period_metrics(df: pd.DataFrame, frequency: str = "month", *, null_impossible: bool = True) -> pd.DataFrame:
    """Every section 2 result for each row of a period table.

    Needs ``period`` and any inputs; returns a new frame with ``period``
    labelled by ``frequency`` (dates) or kept as written (text), every input
    column (``lost_customers`` derived as S + N - E where not given,
    ``days_in_period`` from a dated period or 30), and the result columns of
    :data:`~retention_gui.core.schema.PERIOD_RESULTS`. A result is NaN where
    METRICS.md calls it undefined and, with ``null_impossible`` (the default),
    where an input it needs is an error or its value is impossible (see
    :func:`result_reasons`; :func:`period_metrics` also returns the reasons).
    Valid input gives the same numbers either way.
    """
    if not null_impossible:  # the reasons would only be thrown away
        return _period_metrics(df, frequency, False, with_reasons=False)[0]
    return period_metrics(df, frequency)[0]


def period_metrics(
    df: pd.DataFrame, frequency: str = "month", *, null_impossible: bool = True
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`compute_period_metrics` and :func:`result_reasons`: (table, reasons).

    With ``null_impossible`` every result that has a reason is NaN in the table.
    """
    table, reasons, _ = _period_metrics(df, frequency, null_impossible)
    assert reasons is not None
    return table, reasons


@np.errstate(all="ignore")  # inf - inf and overflow give NaN and inf quietly, as pandas does
def _period_metrics(
    df: pd.DataFrame, frequency: str, null_impossible: bool, with_reasons: bool = True
) -> tuple[pd.DataFrame, pd.DataFrame | None, list[_Check]]:
    """:func:`period_metrics`, and the input checks it made (for :func:`validate_period_inputs`).
    Without ``with_reasons`` (and so without nulling) neither reasons nor checks are worked out."""
    if "period" in df.columns:
        labels, days_from_date = label_periods(df["period"], frequency)
    else:
        labels = pd.Series([str(i + 1) for i in range(len(df))], index=df.index, dtype=object)
        days_from_date = pd.Series(np.nan, index=df.index)
    nums = _numbers(df)
    checks = _input_checks(df, nums) if with_reasons else []
    v = dict(nums)
    s, e, n = v["customers_start"], v["customers_end"], v["new_customers"]
    v["lost_customers"] = _fillnan(v["lost_customers"], s + n - e)
    days = _fillnan(v["days_in_period"], days_from_date.to_numpy(dtype="float64"))
    v["days_in_period"] = _fillnan(days, DEFAULT_DAYS_IN_PERIOD)

    r: dict[str, np.ndarray] = {}
    r["crr_pct"] = _ratio(e - n, s, 100.0)
    r["churn_pct"] = _ratio(v["lost_customers"], s, 100.0)

    churned, contraction, expansion = v["churned_revenue"], v["contraction_revenue"], v["expansion_revenue"]
    rs = v["revenue_start"]
    lost_rev = _fillnan(churned, 0.0) + _fillnan(contraction, 0.0)
    r["revenue_churn"] = np.where(~np.isnan(churned) | ~np.isnan(contraction), lost_rev, np.nan)
    r["revenue_churn_pct"] = _ratio(r["revenue_churn"], rs, 100.0)
    r["grr_pct"] = _ratio(rs - lost_rev, rs, 100.0)
    r["nrr_pct"] = _ratio(rs - lost_rev + _fillnan(expansion, 0.0), rs, 100.0)
    r["existing_revenue_growth_pct"] = r["nrr_pct"] - 100.0

    r["aov"] = _ratio(v["revenue"], v["orders"])
    r["purchase_frequency"] = _ratio(v["orders"], v["active_customers"])
    r["customer_value"] = r["aov"] * r["purchase_frequency"]
    r["rpr_pct"] = _ratio(v["repeat_customers"], v["active_customers"], 100.0)
    r["avg_lifespan_periods"] = _ratio(np.full(len(df), 100.0), r["churn_pct"])
    margin = _fillnan(v["gross_margin_pct"] / 100.0, 1.0)
    r["clv"] = r["customer_value"] * r["avg_lifespan_periods"] * margin

    p, pa, d = v["promoters"], v["passives"], v["detractors"]
    any_answer = ~np.isnan(p) | ~np.isnan(pa) | ~np.isnan(d)
    total = np.where(any_answer, _fillnan(p, 0.0) + _fillnan(pa, 0.0) + _fillnan(d, 0.0), np.nan)
    r["nps"] = _ratio(_fillnan(p, 0.0) - _fillnan(d, 0.0), total, 100.0)
    r["return_rate_pct"] = _ratio(v["units_returned"], v["units_sold"], 100.0)
    r["dso"] = _ratio(v["accounts_receivable"] * v["days_in_period"], v["credit_sales"])

    reasons = _reasons(checks, nums, r) if with_reasons else None
    if null_impossible and reasons is not None:
        for key in PERIOD_RESULTS:
            hidden = ~_unset(reasons[key])
            if hidden.any():
                r[key] = np.where(hidden, np.nan, r[key])
    columns: dict[str, object] = {"period": labels}
    columns.update((key, v[key]) for key in PERIOD_INPUTS)
    columns.update((key, r[key]) for key in PERIOD_RESULTS)
    table = pd.DataFrame(columns, index=df.index)
    return table, None if reasons is None else _reason_frame(reasons, df.index), checks


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
    table, reasons, checks = _period_metrics(df, frequency, True)
    # Messages name a period as it is shown: a date becomes "2024-01".
    shown = df.assign(period=table["period"]) if "period" in df.columns else df
    problems = validate_period_inputs(shown, checks)
    problems += result_warnings(table, thresholds, rows_of(df))
    return PeriodAnalysis(table=table, problems=problems, reasons=reasons)

