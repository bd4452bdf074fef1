"""Small workbook and CSV builders for tests (files are made by the tests, never committed)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook


def write_xlsx(path: Path, rows: Iterable[Sequence[object]], title: str = "Data", extra_sheets: dict | None = None,
               hidden_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    if hidden_first:
        ws.title = "Hidden"
        ws.append(["secret"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet(title)
    else:
        ws.title = title
    for row in rows:
        ws.append(list(row))
    for name, more in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in more:
            other.append(list(row))
    wb.save(path)
    return path


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path
