"""Numbers for display, in the user's locale (the core never formats)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QLocale

from ..core.catalogue import shown_decimals, unit_of
from ..core.parsing import to_number
from ..core.report import is_missing

__all__ = ["format_value", "parse_user_number", "is_missing"]

DASH = "–"


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
    places = shown_decimals(key, v)
    if places == 0:
        return loc.toString(int(v))
    text = loc.toString(v, "f", places)
    unit = unit_of(key)
    if unit == "percent":
        return f"{text} %"
    return f"{text} {currency}".strip() if unit == "money" else text


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
