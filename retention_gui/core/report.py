"""Results as plain data: the JSON document of ``retention-calc --json``, and the one helper that
turns numpy/pandas scalars (NaN, NaT, numpy numbers) into plain Python values for JSON, cells and messages."""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np
import pandas as pd

from .errors import Problem
from .catalogue import is_whole_number

__all__ = ["is_missing", "plain", "records", "warnings_list"]


def is_missing(value: Any) -> bool:
    """None, NaN or NaT: shown as a dash, written as an empty cell or JSON null."""
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


def plain(value: Any, key: str | None = None, whole: bool = False) -> Any:
    """A JSON-ready scalar: NaN/NaT -> None, numpy -> Python, whole counts -> int.

    With ``whole`` every whole float is an int (for messages: "3", not "3.0");
    otherwise only those of a count key (:func:`catalogue.is_whole_number`).
    """
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
        if (whole or (key is not None and is_whole_number(key))) and f.is_integer():
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
