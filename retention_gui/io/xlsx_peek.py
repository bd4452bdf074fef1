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

_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_COL_REF = re.compile(r"([A-Z]+)\d*")


def _local(tag: str) -> str:
    """The element or attribute name without its namespace: Strict Open XML files
    (http://purl.oclc.org/ooxml/...) and transitional ones use the same local names."""
    return tag.rsplit("}", 1)[-1]


def _rel_id(elem) -> str | None:
    """The r:id of a <sheet>, in whichever relationships namespace the file uses."""
    for key, value in elem.attrib.items():
        if key.startswith("{") and _local(key) == "id":
            return value
    return None


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
    more: bool = False  # the sheet has rows below the ones read


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _member(zf: zipfile.ZipFile, part: str) -> str | None:
    """The zip member for a part name, compared without case (Excel does not mind
    ``xl/SharedStrings.xml``); None when absent."""
    names = zf.namelist()
    if part in names:
        return part
    folded = part.lower()
    return next((n for n in names if n.lower() == folded), None)


def _resolve(base_dir: PurePosixPath, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for piece in (base_dir / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _relationships(zf: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """(id, type's last segment, resolved target) of every relationship of ``part``
    ("" for the package's own, ``_rels/.rels``)."""
    path = PurePosixPath(part or "/")
    folder = PurePosixPath(part).parent if part else PurePosixPath("")
    rels_name = _member(zf, "/".join([*folder.parts, "_rels", (path.name + ".rels")]))
    if rels_name is None:
        return []
    with zf.open(rels_name) as fh:
        root = parse(fh).getroot()
    out = []
    for rel in root.iter():
        if _local(rel.tag) != "Relationship" or rel.get("TargetMode") == "External":
            continue
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out.append((rel.get("Id", ""), kind, _resolve(folder, rel.get("Target", ""))))
    return out


def _workbook_part(zf: zipfile.ZipFile) -> str:
    """The workbook's zip member, from the package relationships (normally xl/workbook.xml)."""
    for _, kind, target in _relationships(zf, ""):
        if kind == "officeDocument":
            found = _member(zf, target)
            if found:
                return found
    found = _member(zf, "xl/workbook.xml")
    if found is None:
        raise KeyError("xl/workbook.xml")
    return found


def sheet_infos(zf: zipfile.ZipFile) -> list[SheetInfo]:
    workbook = _workbook_part(zf)
    rels = {rid: (_member(zf, target) or target) for rid, kind, target in _relationships(zf, workbook)}
    with zf.open(workbook) as fh:
        root = parse(fh).getroot()
    out = []
    for sheet in root.iter():
        if _local(sheet.tag) != "sheet":
            continue
        out.append(SheetInfo(sheet.get("name", ""), sheet.get("state", "visible"), rels.get(_rel_id(sheet) or "", "")))
    return out


def _shared_strings_part(zf: zipfile.ZipFile) -> str | None:
    workbook = _workbook_part(zf)
    for _, kind, target in _relationships(zf, workbook):
        if kind == "sharedStrings":
            found = _member(zf, target)
            if found:
                return found
    return _member(zf, str(PurePosixPath(workbook).parent / "sharedStrings.xml"))


def _shared_strings(zf: zipfile.ZipFile, upto: int) -> list[str]:
    part = _shared_strings_part(zf) if upto >= 0 else None
    if part is None:
        return []
    strings: list[str] = []
    with zf.open(part) as fh:
        for event, elem in iterparse(fh, events=("end",)):
            if _local(elem.tag) == "si":
                strings.append(_si_text(elem))
                elem.clear()
                if len(strings) > upto:
                    break
    return strings


def _si_text(si) -> str:
    """The text of a shared string or inline string: its <t>, or its runs' <t>s (phonetic runs,
    <rPh>, are reading aids and left out)."""
    parts = []
    for child in si:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def peek_xlsx(path: str, sheet_index: int, n_rows: int = 20) -> Peek:
    """The first ``n_rows`` rows of sheet ``sheet_index`` (cells as str / float / None)."""
    with zipfile.ZipFile(path) as zf:
        sheets = sheet_infos(zf)
        part = sheets[sheet_index].part
        raw: dict[int, dict[int, tuple[str, str | None]]] = {}
        formula_columns: set[int] = set()
        more = False
        with zf.open(part) as fh:
            # r= on rows and cells is optional: a row without it follows the previous row, a cell
            # without it the previous cell (files written by some tools leave every r= out).
            last_row = 0
            for event, elem in iterparse(fh, events=("end",)):
                if _local(elem.tag) != "row":
                    continue
                given = elem.get("r")
                r = int(given) if given and given.isdigit() else last_row + 1
                last_row = r
                if r > n_rows:
                    more = True
                    break
                cells: dict[int, tuple[str, str | None]] = {}
                col = -1
                for c in elem:
                    if _local(c.tag) != "c":
                        continue
                    m = _COL_REF.fullmatch(c.get("r", ""))
                    col = _col_index(m[1]) if m else col + 1
                    kind = c.get("t", "n")
                    v = f = inline = None
                    for child in c:
                        name = _local(child.tag)
                        if name == "v":
                            v = child
                        elif name == "f":
                            f = child
                        elif name == "is":
                            inline = child
                    if kind == "inlineStr":
                        cells[col] = ("str", _si_text(inline) if inline is not None else (v.text if v is not None else None))
                    else:
                        # No cached value: no <v>, or an empty one on a number cell (an empty <v/>
                        # on a text result, t="str", is a cached empty text).
                        if f is not None and (v is None or (not v.text and kind != "str")):
                            formula_columns.add(col)
                        cells[col] = (kind, None if v is None else v.text)
                raw[r] = cells
                elem.clear()
        needed = max((int(v) for cells in raw.values() for k, v in cells.values()
                       if k == "s" and v is not None and v.strip().isdigit()), default=-1)
        strings = _shared_strings(zf, needed)
    width = max((max(cells) + 1 for cells in raw.values() if cells), default=0)
    rows: list[list[object]] = []
    for r in range(1, (max(raw) if raw else 0) + 1):
        row: list[object] = [None] * width
        for col, (kind, value) in raw.get(r, {}).items():
            if value is None:
                continue
            if kind == "s":
                idx = int(value) if value.strip().isdigit() else -1
                row[col] = strings[idx] if 0 <= idx < len(strings) else None
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
    return Peek(sheets, rows, formula_columns, more)
