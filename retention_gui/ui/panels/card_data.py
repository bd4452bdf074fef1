"""What a key-figure card shows for a picked range of periods: the number, the one before, the history.

Plain numbers only (no widgets, no wording): :class:`OverviewPanel` words and draws them.
A range is ``"latest"``, ``"last12"`` (the periods that start within the last 12 months, or
the last 12 periods when the labels are not dates) or one period label.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ...core import catalogue
from ...core.calendar import period_starts
from ...core.report import is_missing

__all__ = ["CardFigure", "SUM_KEYS", "card_figure", "range_rows", "previous_rows", "change", "period_starts",
           "first_window_periods"]

LATEST = "latest"
LAST12 = "last12"

# Flows over a period: a range adds them up. Every other figure (rates, averages, stocks) is averaged.
SUM_KEYS: frozenset[str] = frozenset({
    "revenue", "orders", "new_customers", "lost_customers", "units_sold", "units_returned", "churned_revenue",
    "contraction_revenue", "expansion_revenue", "revenue_churn", "credit_sales", "promoters", "passives",
    "detractors", "responses", "retained_customers", "reactivated_customers", "days_in_period",
})
_NPS_PARTS = ("promoters", "passives", "detractors")


def _months_back(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return dt.date(y, m + 1, min(d.day, 28))


def range_rows(labels: list[str], choice: str) -> list[int]:
    """Row positions of a range. ``latest`` is the last row (a card may step back to its last defined one)."""
    n = len(labels)
    if not n:
        return []
    if choice == LATEST:
        return [n - 1]
    if choice == LAST12:
        starts = period_starts(labels)
        if starts is None:
            return list(range(max(0, n - 12), n))
        since = _months_back(starts[-1], 12)
        return [i for i, s in enumerate(starts) if s > since]
    return [i for i, label in enumerate(labels) if str(label) == choice]


def previous_rows(labels: list[str], rows: list[int]) -> list[int]:
    """The range just before ``rows``, as long as it (empty when the data do not reach back that far)."""
    if not rows:
        return []
    first, k = rows[0], len(rows)
    if first - k < 0:
        return []
    return list(range(first - k, first))


@dataclass
class CardFigure:
    """One card's numbers for a range."""

    value: float | None = None  # None: nothing to show ("–")
    rows: list[int] = field(default_factory=list)  # the rows it is made of
    how: str = "single"  # single | sum | mean | pooled (NPS from the answers of the range)
    reason: str | None = None  # why it is hidden (a reason code), when it is
    previous: float | None = None  # the same figure for the range before
    parts: dict[str, float] = field(default_factory=dict)  # NPS: promoters, passives, detractors, responses


def _value(frame: pd.DataFrame, key: str, rows: list[int]) -> tuple[float | None, str, dict[str, float]]:
    if not rows or key not in frame.columns:
        return None, "single", {}
    if key == "nps" and all(c in frame.columns for c in _NPS_PARTS):
        parts = {c: float(np.nansum(frame[c].to_numpy(dtype=float)[rows])) for c in _NPS_PARTS}
        defined = ~np.isnan(frame[list(_NPS_PARTS)].to_numpy(dtype=float)[rows]).any(axis=1)
        n = parts["promoters"] + parts["passives"] + parts["detractors"]
        if defined.any() and n > 0:
            parts["responses"] = n
            value = (parts["promoters"] - parts["detractors"]) / n * 100
            return value, "single" if len(rows) == 1 else "pooled", parts
    values = frame[key].to_numpy(dtype=float)[rows]
    values = values[np.isfinite(values)]
    if not len(values):
        return None, "single", {}
    if len(rows) == 1:
        return float(values[0]), "single", {}
    if key in SUM_KEYS:
        return float(values.sum()), "sum", {}
    return float(values.mean()), "mean", {}


def card_figure(frame: pd.DataFrame | None, key: str, choice: str,
                reasons: pd.DataFrame | None = None) -> CardFigure:
    """The card of ``key`` for a range: its value (sum or mean over the range), the range before's, why hidden.

    ``latest`` steps back to the last period where the figure is either defined or hidden for a
    reason: a hidden latest result shows "–" with its reason, never an older number.
    """
    if frame is None or not len(frame) or key not in frame.columns:
        return CardFigure()
    labels = [str(p) for p in frame["period"]]
    why = reasons[key] if reasons is not None and key in reasons.columns and len(reasons) == len(frame) else None
    values = frame[key].to_numpy(dtype=float)
    if choice == LATEST:
        rows: list[int] = []
        for i in range(len(frame) - 1, -1, -1):
            if np.isfinite(values[i]) or (why is not None and why.iloc[i] is not None):
                rows = [i]
                break
        if not rows:
            return CardFigure()
    else:
        rows = range_rows(labels, choice)
    value, how, parts = _value(frame, key, rows)
    reason = None
    if why is not None:
        codes = [why.iloc[i] for i in rows if why.iloc[i] is not None]
        if codes and value is None:
            reason = codes[0]
    before = previous_rows(labels, rows)
    previous, _, _ = _value(frame, key, before)
    return CardFigure(value=value, rows=rows, how=how, reason=reason, previous=previous, parts=parts)


def change(key: str, now: float | None, before: float | None) -> tuple[float, str] | None:
    """(change, kind): percentage points for percents and scores, else the relative change in percent.

    None when either is missing or a relative change has nothing to be relative to.
    """
    if is_missing(now) or is_missing(before):
        return None
    unit = catalogue.unit_of(key)
    if unit in ("percent", "score", "points"):
        return float(now) - float(before), "points"
    if float(before) == 0:
        return None
    return (float(now) - float(before)) / abs(float(before)) * 100, "percent"


def first_window_periods(labels: list[str], first_order: Any, window_days: int) -> list[int]:
    """Rows of periods that end before anyone can be lost: the last day is less than one churn
    window after the first order (METRICS.md section 3: a customer is lost ``window`` days after
    their last order)."""
    starts = period_starts(labels)
    if starts is None or is_missing(first_order) or not starts:
        return []
    first = pd.Timestamp(first_order).date()
    possible = first + dt.timedelta(days=int(window_days))
    out = []
    for i, start in enumerate(starts):
        if i + 1 < len(starts):
            end = starts[i + 1] - dt.timedelta(days=1)
        else:
            step = starts[i] - starts[i - 1] if i else dt.timedelta(days=1)
            end = start + step - dt.timedelta(days=1)
        if end < possible:
            out.append(i)
        else:
            break
    return out
