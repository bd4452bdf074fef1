"""Result workbook writer (openpyxl), shared by ``retention-calc -o`` and the GUI export."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Iterable

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ..core.report import plain
from ..pipeline import Analysis
from .atomic import atomic_path

__all__ = ["write_results", "safe_cell_value", "FORMULA_PREFIXES"]

# Text starting with these is read by Excel as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell_value(value: Any) -> Any:
    """Python value for a cell: NaN -> None, numpy -> Python, timestamps -> datetime."""
    if isinstance(value, (pd.Timestamp,)):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).to_pydatetime()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(plain(v)) for v in value)
    return plain(value)


def _cell(ws, value: Any, bold: bool = False) -> WriteOnlyCell:
    v = safe_cell_value(value)
    cell = WriteOnlyCell(ws, value=v)
    if isinstance(v, str) and v.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"  # a literal string, never a live formula
    if bold:
        cell.font = Font(bold=True)
    if isinstance(v, (dt.datetime, dt.date)):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _sheet(wb: Workbook, title: str, header: Iterable[str], rows: Iterable[Iterable[Any]]) -> None:
    ws = wb.create_sheet(title)
    ws.append([_cell(ws, h, bold=True) for h in header])
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def _frame_sheet(wb: Workbook, title: str, frame: pd.DataFrame) -> None:
    _sheet(wb, title, [str(c) for c in frame.columns], frame.itertuples(index=False, name=None))


def write_results(analysis: Analysis, target: str | os.PathLike[str]) -> None:
    """Write Periods, Cohorts, Customers, NPS and Summary sheets, atomically."""
    wb = Workbook(write_only=True)
    if analysis.periods is not None:
        _frame_sheet(wb, "Periods", analysis.periods)
    if analysis.cohorts is not None:
        width = int(analysis.cohorts["retention_pct"].map(len).max()) if len(analysis.cohorts) else 0
        header = ["cohort", "size", *[f"k={k}" for k in range(width)]]
        rows = ([r.cohort, r.size, *r.retention_pct] for r in analysis.cohorts.itertuples(index=False))
        _sheet(wb, "Cohorts", header, rows)
    if analysis.customers is not None:
        _frame_sheet(wb, "Customers", analysis.customers)
    if analysis.nps is not None:
        _sheet(wb, "NPS", ["key", "value"], analysis.nps.items())
    summary = list(analysis.summary.items())
    if analysis.source is not None:
        summary += [("source_file", analysis.source.file), ("source_sheet", analysis.source.sheet)]
    summary += [("frequency", analysis.settings.frequency), ("churn_window_days", analysis.settings.churn_window_days),
                ("loyal_min_orders", analysis.settings.loyal_min_orders)]
    _sheet(wb, "Summary", ["key", "value"], summary)
    with atomic_path(target) as tmp:
        wb.save(tmp)
