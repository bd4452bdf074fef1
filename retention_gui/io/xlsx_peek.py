"""A cheap look into an .xlsx before the real read: sheet states and the first rows.

A spreadsheet reader parses the whole sheet on every load, so asking it for
the first 20 rows of a million-row sheet costs as much as reading it all.
Here the sheet's XML is streamed (with defusedxml, which refuses entity
bombs) and reading stops after the first rows; shared strings are read only
up to the highest index those rows use.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from defusedxml.ElementTree import iterparse, parse

__all__ = ["SheetInfo", "Peek", "peek_xlsx"]

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


@dataclass
class SheetInfo:
    name: str
    state: str  # "visible", "hidden" or "veryHidden"
    part: str  # zip member of the sheet XML


@dataclass
class Peek:
    sheets: list[SheetInfo]
    rows: list[list[object]] = field(default_factory=list)  # rows[i] is Excel row i + 1
    formula_columns: set[int] = field(default_factory=set)  # 0-based columns holding such formulas


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_infos(zf: zipfile.ZipFile) -> list[SheetInfo]:
    rels = {}
    with zf.open("xl/_rels/workbook.xml.rels") as fh:
        rel_root = parse(fh).getroot()
    for rel in rel_root.iter(f"{_NS_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        rels[rel.get("Id")] = part
    with zf.open("xl/workbook.xml") as fh:
        root = parse(fh).getroot()
    out = []
    for sheet in root.iter(f"{_NS_MAIN}sheet"):
        out.append(SheetInfo(sheet.get("name", ""), sheet.get("state", "visible"), rels.get(sheet.get(f"{_NS_REL}id"), "")))
    return out


def _shared_strings(zf: zipfile.ZipFile, upto: int) -> list[str]:
    if upto < 0 or "xl/sharedStrings.xml" not in zf.namelist():
        return []
    strings: list[str] = []
    with zf.open("xl/sharedStrings.xml") as fh:
        for event, elem in iterparse(fh, events=("end",)):
            if elem.tag == f"{_NS_MAIN}si":
                strings.append("".join(t.text or "" for t in elem.iter(f"{_NS_MAIN}t")))
                elem.clear()
                if len(strings) > upto:
                    break
    return strings


def peek_xlsx(path: str, sheet_index: int, n_rows: int = 20) -> Peek:
    """The first ``n_rows`` rows of sheet ``sheet_index`` (cells as str / float / None)."""
    with zipfile.ZipFile(path) as zf:
        sheets = sheet_infos(zf)
        part = sheets[sheet_index].part
        raw: dict[int, dict[int, tuple[str, str | None]]] = {}
        formula_columns: set[int] = set()
        with zf.open(part) as fh:
            for event, elem in iterparse(fh, events=("end",)):
                if elem.tag != f"{_NS_MAIN}row":
                    continue
                r = int(elem.get("r", "0") or 0)
                if r > n_rows:
                    break
                cells: dict[int, tuple[str, str | None]] = {}
                for c in elem.iter(f"{_NS_MAIN}c"):
                    m = _CELL_REF.fullmatch(c.get("r", ""))
                    if not m:
                        continue
                    kind = c.get("t", "n")
                    v = c.find(f"{_NS_MAIN}v")
                    f = c.find(f"{_NS_MAIN}f")
                    if kind == "inlineStr":
                        text = "".join(t.text or "" for t in c.iter(f"{_NS_MAIN}t"))
                        cells[_col_index(m[1])] = ("str", text)
                    else:
                        # No cached value: no <v>, or an empty one on a number cell (an empty <v/>
                        # on a text result, t="str", is a cached empty text).
                        if f is not None and (v is None or (not v.text and kind != "str")):
                            formula_columns.add(_col_index(m[1]))
                        cells[_col_index(m[1])] = (kind, None if v is None else v.text)
                raw[r] = cells
                elem.clear()
        needed = max((int(v) for cells in raw.values() for k, v in cells.values() if k == "s" and v is not None),
                      default=-1)
        strings = _shared_strings(zf, needed)
    width = max((max(cells) + 1 for cells in raw.values() if cells), default=0)
    rows: list[list[object]] = []
    for r in range(1, (max(raw) if raw else 0) + 1):
        row: list[object] = [None] * width
        for col, (kind, value) in raw.get(r, {}).items():
            if value is None:
                continue
            if kind == "s":
                idx = int(value)
                row[col] = strings[idx] if idx < len(strings) else None
            elif kind in ("str", "inlineStr"):
                row[col] = value
            elif kind == "b":
                row[col] = value == "1"
            elif kind == "e":
                row[col] = value
            else:
                try:
                    row[col] = float(value)
                except ValueError:
                    row[col] = value
        rows.append(row)
    return Peek(sheets, rows, formula_columns)
