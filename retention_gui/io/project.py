"""Project files (``.retention``): the typed form, the period table, mapping and settings, as versioned JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pandas as pd

from ..core.errors import ERROR, InputError, Problem
from ..core.report import plain
from ..core.analysis import Settings
from .atomic import atomic_path

__all__ = ["FORMAT", "VERSION", "save_project", "load_project"]

FORMAT = "retention-calculator-project"
VERSION = 1


def save_project(path: str | os.PathLike[str], form: dict[str, Any], periods: pd.DataFrame,
                 settings: Settings, source: dict[str, Any] | None = None) -> None:
    """Write atomically: the old file stays intact if anything fails."""
    rows = []
    for rec in periods.to_dict("records"):
        row = {}
        for k, v in rec.items():
            if k == "source_row":
                continue
            row[k] = v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else plain(v)
        rows.append(row)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "form": {k: plain(v) for k, v in form.items()},
        "periods": rows,
        # The forecast's as_of is a date: written as ISO text, read back by load_project.
        "settings": {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(settings).items()},
        "source": source or {},
    }
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def load_project(path: str | os.PathLike[str]) -> tuple[dict[str, Any], pd.DataFrame, Settings, dict[str, Any]]:
    p = Path(path)
    name = p.name
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError([Problem("file_not_found", ERROR, file=name)]) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError([Problem("project_unreadable", ERROR, file=name, values={"detail": str(exc)[:120]})]) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError([Problem("project_unreadable", ERROR, file=name, values={"detail": "not a project file"})])
    version = doc.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise InputError([Problem("project_newer", ERROR, file=name, values={"version": version})])
    try:
        s = doc.get("settings", {})
        values = {k: v for k, v in s.items() if k in Settings.__dataclass_fields__}
        if isinstance(values.get("as_of"), str):
            values["as_of"] = dt.date.fromisoformat(values["as_of"])
        settings = Settings(**values)
        periods = pd.DataFrame(doc.get("periods", []))
        form = dict(doc.get("form", {}))
    except (TypeError, ValueError) as exc:
        raise InputError([Problem("project_unreadable", ERROR, file=name, values={"detail": str(exc)[:120]})]) from exc
    return form, periods, settings, dict(doc.get("source", {}))
