"""Write the win-back list for a mail tool: CSV or Excel, atomically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from .atomic import atomic_path

__all__ = ["WIN_BACK_COLUMNS", "win_back_export_frame", "write_win_back"]

# What a mail tool needs: who, how to reach them, and why they are on the list.
WIN_BACK_COLUMNS = ("customer_id", "email", "last_order", "p_alive", "predicted_clv")


def win_back_export_frame(win_back: pd.DataFrame) -> pd.DataFrame:
    """The columns to export from :func:`retention_gui.core.forecast.win_back_list`.

    ``email`` is left out when no customer has one (the import had no e-mails).
    """
    cols = [c for c in WIN_BACK_COLUMNS if c in win_back.columns]
    if "email" in cols and not win_back["email"].notna().any():
        cols.remove("email")
    return win_back[cols].reset_index(drop=True)


def write_win_back(win_back: pd.DataFrame, path: str | os.PathLike[str],
                   header_name: Callable[[str], str] | None = None) -> Path:
    """Write the win-back list to ``path``: ``.xlsx`` as a workbook, anything else as CSV.

    CSV is UTF-8 with a byte-order mark (Excel reads the letters æ, ø, å right),
    comma-separated, dates as ``YYYY-MM-DD`` and numbers with a decimal point
    (P(alive) 0-1 to four decimals, predicted CLV to two), as mail tools import them.
    The workbook keeps full precision with number formats. ``header_name`` words the column titles (default: the keys).
    Returns the path written.
    """
    target = Path(path)
    frame = win_back_export_frame(win_back)
    name = header_name or (lambda k: k)
    headers = [name(c) for c in frame.columns]
    with atomic_path(target) as tmp:
        if target.suffix.lower() == ".xlsx":
            _write_xlsx(frame, headers, tmp)
        else:
            out = frame.copy()
            if "last_order" in out.columns:
                out["last_order"] = pd.to_datetime(out["last_order"]).dt.strftime("%Y-%m-%d")
            # Money to the øre, P(alive) to four decimals: what a person reads in a mail tool.
            for key, places in (("p_alive", 4), ("predicted_clv", 2)):
                if key in out.columns:
                    out[key] = pd.to_numeric(out[key], errors="coerce").round(places)
            out.columns = headers
            out.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return target


def _write_xlsx(frame: pd.DataFrame, headers: list[str], tmp: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Win back"
    formats = {"last_order": "yyyy-mm-dd", "p_alive": "0.0%", "predicted_clv": "#,##0.00"}
    for j, h in enumerate(headers, start=1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    keys = list(frame.columns)
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for j, (key, value) in enumerate(zip(keys, row), start=1):
            if value is None or (isinstance(value, float) and value != value):
                continue
            if isinstance(value, pd.Timestamp):
                value = value.date()
            elif hasattr(value, "item"):
                value = value.item()
            cell = ws.cell(row=i, column=j, value=value)
            if key in formats:
                cell.number_format = formats[key]
    for j, h in enumerate(headers, start=1):
        ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = max(12, len(h) + 2)
    ws.freeze_panes = "A2"
    wb.save(tmp)
