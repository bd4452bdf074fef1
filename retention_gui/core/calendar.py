"""Period arithmetic on numpy day numbers: ordinals, bounds and labels by frequency.

Periods are integer ordinals counted from 1970: months, quarters, years, or
ISO weeks (Monday to Sunday). Working on ordinals keeps every per-row step
vectorised.
"""

from __future__ import annotations

import datetime as dt
import re

import datetime as _dt

import numpy as np

from .errors import InputError

__all__ = ["period_ordinals", "period_first_days", "period_last_days", "period_label", "period_labels", "check_frequency"]

_FREQUENCIES = ("month", "week", "quarter", "year")


def check_frequency(frequency: str) -> str:
    if frequency not in _FREQUENCIES:
        raise InputError("bad_frequency", value=frequency, allowed=", ".join(_FREQUENCIES))
    return frequency


def _days(dates: np.ndarray) -> np.ndarray:
    return np.asarray(dates, dtype="datetime64[D]")


def period_ordinals(dates: np.ndarray, frequency: str) -> np.ndarray:
    """Ordinal of the period holding each date (datetime64 array) as int64."""
    d = _days(dates)
    if frequency == "month":
        return d.astype("datetime64[M]").astype(np.int64)
    if frequency == "quarter":
        return d.astype("datetime64[M]").astype(np.int64) // 3
    if frequency == "year":
        return d.astype("datetime64[Y]").astype(np.int64)
    if frequency == "week":
        # 1970-01-01 was a Thursday; shifting by 3 days makes weeks start on Monday.
        return (d.astype(np.int64) + 3) // 7
    raise InputError("bad_frequency", value=frequency, allowed=", ".join(_FREQUENCIES))


def period_first_days(ordinals: np.ndarray, frequency: str) -> np.ndarray:
    o = np.asarray(ordinals, dtype=np.int64)
    if frequency == "month":
        return o.astype("datetime64[M]").astype("datetime64[D]")
    if frequency == "quarter":
        return (o * 3).astype("datetime64[M]").astype("datetime64[D]")
    if frequency == "year":
        return o.astype("datetime64[Y]").astype("datetime64[D]")
    if frequency == "week":
        return (o * 7 - 3).astype("datetime64[D]")
    raise InputError("bad_frequency", value=frequency, allowed=", ".join(_FREQUENCIES))


def period_last_days(ordinals: np.ndarray, frequency: str) -> np.ndarray:
    return period_first_days(np.asarray(ordinals, dtype=np.int64) + 1, frequency) - np.timedelta64(1, "D")


def period_label(ordinal: int, frequency: str) -> str:
    o = int(ordinal)
    if frequency == "month":
        return f"{1970 + o // 12:04d}-{o % 12 + 1:02d}"
    if frequency == "quarter":
        return f"{1970 + o // 4:04d}-Q{o % 4 + 1}"
    if frequency == "year":
        return f"{1970 + o:04d}"
    if frequency == "week":
        monday = _dt.date(1970, 1, 1) + _dt.timedelta(days=o * 7 - 3)
        year, week, _ = monday.isocalendar()
        return f"{year:04d}-W{week:02d}"
    raise InputError("bad_frequency", value=frequency, allowed=", ".join(_FREQUENCIES))


def period_labels(ordinals: np.ndarray, frequency: str) -> list[str]:
    return [period_label(o, frequency) for o in np.asarray(ordinals, dtype=np.int64)]


_LABEL_FORMS = (
    (re.compile(r"(\d{4})-(\d{2})"), lambda m: dt.date(int(m[1]), int(m[2]), 1)),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)),
    (re.compile(r"(\d{4})-W(\d{2})"), lambda m: dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)),
    (re.compile(r"(\d{4})"), lambda m: dt.date(int(m[1]), 1, 1)),
)


def period_starts(labels: list[str]) -> list[dt.date] | None:
    """The first day of each period label this module writes (``2024-03``, ``2024-Q1``, ``2024-W05``,
    ``2024``), or None when any label is not one of them (a typed "This period", say)."""
    out = []
    for label in labels:
        for pattern, first_day in _LABEL_FORMS:
            if m := pattern.fullmatch(str(label)):
                out.append(first_day(m))
                break
        else:
            return None
    return out
