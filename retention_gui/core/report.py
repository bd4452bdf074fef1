"""Results as plain data: the JSON document of ``retention-calc --json``."""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np
import pandas as pd

from .errors import Problem
from .schema import COUNT_KEYS

__all__ = ["plain", "records", "warnings_list"]


def plain(value: Any, key: str | None = None) -> Any:
    """A JSON-ready scalar: NaN/NaT -> None, numpy -> Python, whole counts -> int."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        f = float(value)
        if math.isnan(f) or math.isinf(f):
            return None
        if key in COUNT_KEYS and f.is_integer():
            return int(f)
        return f
    if isinstance(value, (pd.Timestamp, np.datetime64)):
        return pd.Timestamp(value).date().isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    """Rows of a frame as dicts of JSON-ready values."""
    if frame is None:
        return []
    cols = list(frame.columns)
    return [{c: plain(v, c) for c, v in zip(cols, row)} for row in frame.itertuples(index=False, name=None)]


def warnings_list(problems: list[Problem], wording: Callable[[Problem], str]) -> list[dict[str, Any]]:
    """Warnings in the JSON shape ``{"period", "metric", "message", "value"}``."""
    out = []
    for p in problems:
        if p.severity != "warning":
            continue
        item: dict[str, Any] = {"period": p.period, "metric": p.column, "message": wording(p)}
        if "value" in p.values:
            item["value"] = plain(p.values["value"])
        if p.row is not None:
            item["row"] = p.row
        out.append(item)
    return out
