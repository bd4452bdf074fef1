"""Numbers for display, in the user's locale (the core never formats)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtCore import QLocale

from ..core.parsing import to_number
from ..core.schema import AMOUNT_KEYS, COUNT_KEYS

__all__ = ["format_value", "parse_user_number", "is_missing"]

DASH = "–"


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


def format_value(key: str, value: Any, locale: QLocale | None = None, currency: str = "") -> str:
    """``12,3 %``, ``1.234,50 kr.``, ``1.234`` - as the locale writes them."""
    loc = locale or QLocale()
    if is_missing(value):
        return DASH
    if isinstance(value, (pd.Timestamp,)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        return value
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if key.endswith("_pct"):
        return f"{loc.toString(v, 'f', 1)} %"
    if key in ("nps",):
        return loc.toString(v, "f", 1)
    if key in AMOUNT_KEYS or key in ("revenue",):
        text = loc.toString(v, "f", 2)
        return f"{text} {currency}".strip()
    if key in COUNT_KEYS and v.is_integer():
        return loc.toString(int(v))
    if key == "days_since_last_order" and v.is_integer():
        return loc.toString(int(v))
    if key in ("dso", "avg_days_between_purchases", "median_days_between_purchases"):
        return loc.toString(v, "f", 1)
    if v.is_integer() and abs(v) < 1e15:
        return loc.toString(int(v))
    return loc.toString(v, "f", 2)


def parse_user_number(text: str) -> tuple[float | None, bool]:
    """A typed number with ``,`` or ``.`` as decimal separator: (value or None if blank, ok)."""
    stripped = text.strip()
    if not stripped:
        return None, True
    values, problems = to_number(pd.Series([stripped], dtype=object), "value", [1])
    v = values.iloc[0]
    if problems or pd.isna(v):
        return None, False
    return float(v), True
