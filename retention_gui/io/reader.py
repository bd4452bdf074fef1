"""Spreadsheets and CSV files -> canonical DataFrames with the row numbers the user sees.

``.xlsx/.xlsm/.xls/.ods`` are read with fastexcel (Rust calamine: much faster
than openpyxl on a full sheet); ``.csv`` with pandas. The header row may sit
below title rows; headers are mapped to canonical keys; values are converted
by :mod:`retention_gui.core.parsing`, which reports every unreadable cell.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import numpy as np
import pandas as pd

from ..core.catalogue import is_percent
from ..core.errors import ERROR, WARNING, InputError, Problem, ProblemList
from ..core.parsing import as_mask, to_date, to_number
from .headers import KIND_KEYS, REQUIRED_KEYS, detect_kind, find_header_row, map_headers

__all__ = ["RawSheet", "ImportResult", "read_raw", "import_file", "list_sheets", "visible_sheets", "column_letter", "EXCEL_SUFFIXES"]

# fastexcel logs "falling back to string" for untyped columns; strings are handled here.
logging.getLogger("fastexcel").setLevel(logging.ERROR)
log = logging.getLogger(__name__)

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
HEADER_SEARCH_ROWS = 20
FORMULA_CHECK_ROWS = 200
# A real sheet compresses maybe 5-20x; anything near 100x and large is a bomb.
MAX_UNCOMPRESSED_BYTES = 1_500_000_000
MAX_RATIO = 200


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class RawSheet:
    """A sheet's data rows as read, before mapping: original headers, raw values."""

    file: str
    sheet: str | None
    sheets: list[str]
    headers: list[str]
    letters: list[str]
    header_row: int  # as Excel shows it (1-based)
    data: pd.DataFrame  # columns by position 0..n-1
    source_rows: np.ndarray
    problems: list[Problem] = field(default_factory=list)
    # Re-reads columns as numbers: a spreadsheet reader turns numbers in a text column into
    # rounded text, so number columns typed as text are read again to keep every digit.
    exact_numbers: Callable[[list[int]], dict[int, pd.Series]] | None = None
    # Column positions holding formulas saved without their results (files written by scripts).
    uncalculated: set[int] = field(default_factory=set)
    # The file's number convention: True for decimal commas (a ";" CSV), False for decimal points
    # (a "," CSV), None when unknown (text cells in a workbook).
    decimal_comma: bool | None = None


@dataclass
class ImportResult(ProblemList):
    """A file mapped to canonical columns, with everything noticed on the way."""

    kind: str
    data: pd.DataFrame  # canonical columns + source_row
    raw: RawSheet
    mapping: dict[str, int]  # canonical key -> column position
    problems: list[Problem] = field(default_factory=list)

    @property
    def file(self) -> str:
        return self.raw.file

    @property
    def sheet(self) -> str | None:
        return self.raw.sheet

    def column_label(self, key: str) -> str | None:
        pos = self.mapping.get(key)
        if pos is None:
            return None
        return f'{self.raw.letters[pos]} "{self.raw.headers[pos]}"'

    def locate(self, problem: Problem) -> Problem:
        """Fill in file, sheet and the column as the user sees it."""
        return problem.located(
            file=self.raw.file,
            sheet=self.raw.sheet,
            column_label=self.column_label(problem.column) if problem.column else None,
        )


def _fail(code: str, file: str, sheet: str | None = None, **values: object) -> InputError:
    return InputError([Problem(code, ERROR, file=file, sheet=sheet, values=values)])


def _check_container(path: Path) -> None:
    """Refuse encrypted workbooks and zip bombs before any parser sees them."""
    name = path.name
    size = path.stat().st_size
    if size == 0:
        raise _fail("empty_file", name)
    with open(path, "rb") as fh:
        magic = fh.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0") and path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _fail("encrypted_file", name)
    if magic.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                total = sum(info.file_size for info in zf.infolist())
                names = {info.filename for info in zf.infolist()}
        except zipfile.BadZipFile as exc:
            raise _fail("unreadable_file", name, detail=str(exc)) from exc
        if total > MAX_UNCOMPRESSED_BYTES or (total > 50_000_000 and total > MAX_RATIO * size):
            raise _fail("zip_bomb", name, size_mb=total // 1_000_000)
        if "EncryptedPackage" in names:
            raise _fail("encrypted_file", name)


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """Sheet names of a workbook (a CSV has none)."""
    p = Path(path)
    if p.suffix.lower() not in EXCEL_SUFFIXES:
        return []
    _check_container(p)
    return list(_open_excel(p).sheet_names)


def _open_excel(path: Path):  # -> fastexcel.ExcelReader
    import fastexcel

    try:
        return fastexcel.read_excel(path)
    except Exception as exc:  # calamine raises several types for a broken file
        raise _fail("unreadable_file", path.name, detail=_short(exc)) from exc


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def read_raw(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    header_row: int | None = None,
) -> RawSheet:
    """Read a sheet's header and data rows, finding the header row when not given.

    ``header_row`` is 1-based as Excel shows it. The result keeps the Excel
    row number of every data row (blank rows included, so numbers match).
    """
    p = Path(path)
    if not p.exists():
        raise _fail("file_not_found", str(p))
    suffix = p.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        _check_container(p)
        return _read_excel(p, sheet, header_row)
    if suffix in CSV_SUFFIXES:
        if p.stat().st_size == 0:
            raise _fail("empty_file", p.name)
        return _read_csv(p, header_row)
    raise _fail("unsupported_format", p.name, suffix=suffix or p.name)


def _sheet_states(path: Path, reader=None) -> list[tuple[str, str]]:
    """(name, state) of every sheet; state is "visible", "hidden" or "veryHidden".

    For .xlsx the states come from workbook.xml (no sheet is parsed); other
    formats ask the spreadsheet reader, one sheet at a time.
    """
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from defusedxml import DefusedXmlException

        from .xlsx_peek import sheet_infos

        try:
            with zipfile.ZipFile(path) as zf:
                return [(info.name, info.state) for info in sheet_infos(zf)]
        except DefusedXmlException as exc:
            raise _fail("unsafe_xml", path.name) from exc
        except (KeyError, zipfile.BadZipFile, ValueError) as exc:
            log.info("workbook.xml unreadable for %s: %s", path.name, exc)
    reader = reader or _open_excel(path)
    states = []
    for i, name in enumerate(reader.sheet_names):
        try:
            state = reader.load_sheet(i, header_row=None, n_rows=1, dtypes="string").visible
        except Exception:  # an unreadable sheet is reported when it is imported
            state = "visible"
        states.append((name, state))
    return states


def _pick_sheet(path: Path, states: list[tuple[str, str]], sheet: str | None) -> tuple[int, str]:
    names = [name for name, _ in states]
    if sheet is not None:
        if sheet not in names:
            raise _fail("sheet_not_found", path.name, sheet=sheet, sheets=", ".join(names))
        return names.index(sheet), sheet
    for i, (name, state) in enumerate(states):
        if state == "visible":
            return i, name
    raise _fail("no_visible_sheet", path.name)


def visible_sheets(path: str | os.PathLike[str]) -> list[str]:
    """Names of the sheets a person sees in a workbook (hidden ones left out; a CSV has none)."""
    p = Path(path)
    if p.suffix.lower() not in EXCEL_SUFFIXES:
        return []
    _check_container(p)
    return [name for name, state in _sheet_states(p) if state == "visible"]


def _first_rows(reader, idx: int, path: Path, name: str) -> tuple[list[list[object]], set[int]]:
    """The first rows of a sheet, for finding the header (xlsx: streamed; xls/ods: through the reader),
    and the columns (0-based) whose first rows hold formulas saved without results."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from defusedxml import DefusedXmlException

        from .xlsx_peek import peek_xlsx

        try:
            peek = peek_xlsx(str(path), idx, FORMULA_CHECK_ROWS)
        except DefusedXmlException as exc:
            raise _fail("unsafe_xml", path.name, name) from exc
        except Exception as exc:  # a malformed part: let the reader below say what is wrong
            log.info("peek failed for %s: %s", path.name, exc)
        else:
            return peek.rows[:HEADER_SEARCH_ROWS], peek.formula_columns
    try:
        top = reader.load_sheet(idx, header_row=None, skip_rows=0, n_rows=HEADER_SEARCH_ROWS, dtypes="string").to_pandas()
    except Exception as exc:
        raise _fail("unreadable_file", path.name, name, detail=_short(exc)) from exc
    return top.astype(object).where(top.notna(), None).values.tolist(), set()


def _read_excel(path: Path, sheet: str | None, header_row: int | None) -> RawSheet:
    reader = _open_excel(path)
    idx, name = _pick_sheet(path, _sheet_states(path, reader), sheet)
    rows, formula_columns = _first_rows(reader, idx, path, name)
    if not rows or all(c is None or (isinstance(c, str) and not c.strip()) for r in rows for c in r):
        raise _fail("empty_sheet", path.name, name)
    h = (header_row - 1) if header_row else find_header_row(rows, HEADER_SEARCH_ROWS)
    if h is None:
        h = next(i for i, r in enumerate(rows) if any(c not in (None, "") for c in r))
    try:
        sheet_obj = reader.load_sheet(idx, header_row=h)
        batch, cell_errors = sheet_obj.to_arrow_with_errors()
    except Exception as exc:
        raise _fail("unreadable_file", path.name, name, detail=_short(exc)) from exc
    data = batch.to_pandas()
    columns = sheet_obj.selected_columns  # available_columns() holds the GIL for 0.16 s on a full sheet
    data.columns = range(data.shape[1])
    bad_cells: dict[int, list[int]] = {}
    for e in cell_errors.errors if cell_errors else []:
        bad_cells.setdefault(e.offset_position[1], []).append(e.offset_position[0])
    if bad_cells:
        # Cells the type guess could not read (text in a number column): take just those cells as text,
        # keeping the exact numbers of every other cell.
        try:
            text = reader.load_sheet(idx, header_row=h, dtypes={columns[c].name: "string" for c in bad_cells}).to_pandas()
        except Exception as exc:
            raise _fail("unreadable_file", path.name, name, detail=_short(exc)) from exc
        for c, rows_ in bad_cells.items():
            merged = data[c].astype(object).where(data[c].notna(), None)
            merged.iloc[rows_] = text.iloc[rows_, c].to_numpy()
            data[c] = merged

    def exact_numbers(positions: list[int]) -> dict[int, pd.Series]:
        """The same columns read as numbers (text cells empty): exact floats, unlike the text form."""
        loaded = reader.load_sheet(idx, header_row=h, dtypes={columns[c].name: "float" for c in positions}).to_pandas()
        return {c: loaded.iloc[:, c].reset_index(drop=True) for c in positions}

    headers = [("" if col.column_name_from == "generated" else col.name) for col in columns]
    letters = [column_letter(col.absolute_index) for col in columns]
    source_rows = np.arange(h + 2, h + 2 + len(data), dtype=np.int64)
    raw = RawSheet(path.name, name, list(reader.sheet_names), headers, letters, h + 1, data, source_rows)
    raw.exact_numbers = exact_numbers
    raw.uncalculated = {i for i, col in enumerate(columns) if col.absolute_index in formula_columns}
    return raw


def _decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding that read it: UTF-8 (with or without BOM), else Windows-1252."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _read_csv(path: Path, header_row: int | None) -> RawSheet:
    raw_bytes = path.read_bytes()
    text, encoding = _decode(raw_bytes)
    cut = -1
    for _ in range(HEADER_SEARCH_ROWS):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            break
    lines = (text if cut < 0 else text[:cut]).splitlines()[:HEADER_SEARCH_ROWS]
    sample = "\n".join(lines)
    counts = {sep: sample.count(sep) for sep in (";", ",", "\t")}
    sep = max(counts, key=lambda s: counts[s]) if any(counts.values()) else ","
    rows = list(csv.reader(io.StringIO(sample), delimiter=sep))
    if not any(any(c.strip() for c in r) for r in rows):
        raise _fail("empty_sheet", path.name)
    h = (header_row - 1) if header_row else find_header_row(rows, HEADER_SEARCH_ROWS)
    if h is None:
        h = next(i for i, r in enumerate(rows) if any(c.strip() for c in r))
    # Arrow reads UTF-8 bytes as they are; other encodings are handed over re-encoded.
    if encoding == "utf-8-sig":
        utf8 = raw_bytes[3:] if raw_bytes.startswith(b"\xef\xbb\xbf") else raw_bytes
    else:
        utf8 = text.encode("utf-8")
    data = _read_csv_arrow(utf8, sep, h)
    if data is None:
        data = _read_csv_pandas(path, text, sep, h, rows)
    headers = [c.strip() for c in rows[h]]
    width = max(len(headers), data.shape[1])
    headers += [""] * (width - len(headers))
    for extra in range(data.shape[1], width):
        data[extra] = np.nan
    data.columns = range(data.shape[1])
    source_rows = np.arange(h + 2, h + 2 + len(data), dtype=np.int64)
    raw = RawSheet(path.name, None, [], headers, [column_letter(i) for i in range(width)], h + 1, data, source_rows)
    raw.decimal_comma = {";": True, ",": False}.get(sep)
    return raw


def _read_csv_arrow(body: bytes, sep: str, h: int) -> pd.DataFrame | None:
    """Arrow's multi-threaded CSV reader on UTF-8 bytes; None when it cannot keep row numbers exact
    (blank lines) or fails."""
    import re

    import pyarrow as pa
    import pyarrow.csv as pacsv

    if re.search(rb"\n[ \t]*\r?\n(?![\r\n]*\Z)", body):
        return None  # arrow skips empty lines, which would shift every row number after them
    try:
        table = pacsv.read_csv(
            io.BytesIO(body),
            read_options=pacsv.ReadOptions(skip_rows=h + 1, autogenerate_column_names=True),
            parse_options=pacsv.ParseOptions(delimiter=sep),
            convert_options=pacsv.ConvertOptions(decimal_point="," if sep == ";" else ".", strings_can_be_null=True),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as exc:
        log.info("arrow csv fallback: %s", exc)
        return None
    if table.num_columns == 0:
        return None
    frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get, date_as_object=False)
    frame.columns = range(frame.shape[1])
    return frame


def _read_csv_pandas(path: Path, text: str, sep: str, h: int, rows: list[list[str]]) -> pd.DataFrame:
    try:
        data = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            header=None,
            skiprows=h + 1,
            skip_blank_lines=False,
            decimal="," if sep == ";" else ".",
            dtype=None,
            keep_default_na=False,
            na_values=[""],
            engine="c",
        )
    except pd.errors.EmptyDataError:
        data = pd.DataFrame(columns=range(len(rows[h])))
    except (pd.errors.ParserError, ValueError) as exc:
        raise _fail("unreadable_file", path.name, detail=_short(exc)) from exc
    data.columns = range(data.shape[1])
    return data


def _text_ids(values: pd.Series) -> pd.Series:
    """Ids as text (Arrow strings, fast to group): 1001.0 from a number cell becomes "1001"."""
    if pd.api.types.is_float_dtype(values.dtype):
        whole = values.notna() & (values == np.floor(values))
        if whole.all():
            return values.astype("int64").astype("string")
        out = values.astype("string")
        out[whole] = values[whole].astype("int64").astype("string")
        return out
    if pd.api.types.is_integer_dtype(values.dtype):
        return values.astype("string")
    s = values.astype("string").str.strip()
    return s.mask(s == "")


def _order_ids(values: pd.Series) -> pd.Series:
    """Order ids stay numbers when they are numbers (cheap to group); otherwise text."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values
    return _text_ids(values)


def _convert(raw: RawSheet, kind: str, mapping: Mapping[str, int]) -> tuple[pd.DataFrame, list[Problem]]:
    rows = raw.source_rows
    problems: list[Problem] = []
    out: dict[str, pd.Series] = {}
    number_keys = [k for k in mapping if k not in ("customer_id", "order_id", "order_date", "answer_date", "score", "period")]
    texty = [mapping[k] for k in number_keys if not pd.api.types.is_numeric_dtype(raw.data[mapping[k]].dtype)]
    exact = raw.exact_numbers(texty) if texty and raw.exact_numbers is not None else {}
    for key, pos in mapping.items():
        col = raw.data[pos].reset_index(drop=True)
        if pos in exact:
            # A reader turns text such as "1.500" into 1.5 when asked for numbers; text with one grouping
            # separator is kept as text so the number convention (or an ambiguity warning) decides.
            grouped = as_mask(col.astype("string").str.strip().str.fullmatch(r"-?\d{1,3}[.,]\d{3}"))
            col = exact[pos].astype(object).where(exact[pos].notna() & ~grouped, col)
        if key == "customer_id":
            out[key] = _text_ids(col)
        elif key == "order_id":
            out[key] = _order_ids(col)
        elif key in ("order_date", "answer_date"):
            out[key], found = to_date(col, key, rows)
            problems += found
        elif key == "score":
            out[key] = col
        elif key == "period":
            out[key] = _period_values(col, rows, problems)
        else:
            out[key], found = to_number(col, key, rows, percent_scale=is_percent(key),
                                        decimal_comma=raw.decimal_comma)
            problems += found
            if is_percent(key):
                out[key], found = _percent_fractions(out[key], col, key, rows)
                problems += found
    frame = pd.DataFrame(out)
    frame["source_row"] = rows
    # Blank rows (every mapped cell empty) are layout, not data.
    value_cols = [k for k in mapping]
    blank = pd.Series(True, index=frame.index)
    for key in value_cols:
        col = frame[key]
        empty = col.isna()
        if key not in ("customer_id", "order_id") and (col.dtype == object or pd.api.types.is_string_dtype(col.dtype)):
            if not pd.api.types.is_datetime64_any_dtype(col.dtype):
                empty = empty | col.astype("string").str.strip().eq("").fillna(True)
        blank &= empty
    if kind == "nps" and (~blank).any():
        # A blank answer between answers is a skipped question (counted); only the
        # empty rows before the first and after the last answer are layout.
        filled = np.flatnonzero(~blank.to_numpy())
        inside = np.zeros(len(frame), dtype=bool)
        inside[filled[0] : filled[-1] + 1] = True
        blank = blank & ~inside
    frame = frame[~blank].reset_index(drop=True)
    return frame, problems


def _percent_fractions(values: pd.Series, raw: pd.Series, key: str, rows: np.ndarray) -> tuple[pd.Series, list[Problem]]:
    """A 0-100 column whose numbers are all fractions (0.42) was formatted as percent in Excel: 0.42 is 42 %.

    Converted, and said so in a warning (never silently)."""
    numbers_in_cells = pd.to_numeric(raw, errors="coerce") if raw.dtype == object else raw
    from_cells = numbers_in_cells.notna() & values.notna()
    v = values[from_cells]
    if len(v) and (v.abs() <= 1).all() and (v != 0).any() and not (v == np.floor(v)).all():
        out = values.copy()
        out[from_cells] = values[from_cells] * 100.0
        first = int(np.flatnonzero(from_cells.to_numpy())[0])
        return out, [Problem("percent_fraction", WARNING, row=int(rows[first]), column=key,
                             values={"value": float(v.iloc[0]), "percent": float(v.iloc[0]) * 100.0})]
    return values, []


def _period_values(col: pd.Series, rows: np.ndarray, problems: list[Problem]) -> pd.Series:
    """Dates stay dates (labelled later by frequency); full text dates become dates; other text is kept."""
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return col
    if pd.api.types.is_numeric_dtype(col.dtype):
        return col.astype(object).where(col.notna(), None)
    text = col.astype("string").str.strip()
    looks_like_date = as_mask(text.str.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}[-./]\d{1,2}[-./]\d{4}"))
    out = col.astype(object).copy()
    if looks_like_date.any():
        dates, found = to_date(col[looks_like_date], "period", rows[looks_like_date.to_numpy()])
        problems += found
        out[looks_like_date] = list(dates)
    return out


def import_file(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    kind: str = "auto",
    mapping: Mapping[str, int] | None = None,
    header_row: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> ImportResult:
    """Read, map and convert a file.

    Raises :class:`InputError` (with file and sheet filled in) when the file
    cannot be read or its columns cannot be recognised. Cell problems are
    returned in ``ImportResult.problems`` (errors and warnings) so the data
    can still be shown.
    """
    if progress:
        progress(0.05)
    raw = read_raw(path, sheet, header_row)
    if progress:
        progress(0.6)
    where = {"file": raw.file, "sheet": raw.sheet}
    if mapping is not None:
        chosen = kind if kind != "auto" else _kind_of_mapping(mapping)
        pos_map = {pos: key for key, pos in mapping.items()}
    elif kind == "auto":
        detected, pos_map = detect_kind(raw.headers)
        if detected is None:
            raise InputError([Problem("unknown_kind", ERROR, values={"columns": ", ".join(h for h in raw.headers if h)}).located(**where)])
        chosen = detected
    else:
        if kind not in KIND_KEYS:
            raise ValueError(kind)
        chosen, pos_map = kind, map_headers(raw.headers, kind)
    key_to_pos = {key: pos for pos, key in pos_map.items()}
    missing = [k for k in REQUIRED_KEYS[chosen] if k not in key_to_pos]
    if missing:
        raise InputError([Problem("missing_column", ERROR, column=k, values={"column": k}).located(**where) for k in missing])
    stale = sorted(k for k, pos in key_to_pos.items() if pos in raw.uncalculated)
    if stale:
        # The formulas were never calculated, so these cells would silently read as empty.
        raise InputError([Problem("formulas_without_values", ERROR, column=k).located(
            **where, column_label=f'{raw.letters[key_to_pos[k]]} "{raw.headers[key_to_pos[k]]}"') for k in stale])
    frame, problems = _convert(raw, chosen, key_to_pos)
    if frame.empty:
        raise InputError([Problem("no_data", ERROR).located(**where)])
    unmapped = [f'{raw.letters[i]} "{h}"' for i, h in enumerate(raw.headers) if i not in pos_map and h]
    result = ImportResult(chosen, frame, raw, key_to_pos)
    if unmapped:
        problems.append(Problem("unmapped_columns", WARNING, values={"columns": ", ".join(unmapped)}))
    result.problems = [result.locate(p) for p in problems]
    if progress:
        progress(1.0)
    return result


def _kind_of_mapping(mapping: Mapping[str, int]) -> str:
    keys = set(mapping)
    if {"customer_id", "order_date", "amount"} <= keys:
        return "transactions"
    if "score" in keys and not keys & set(KIND_KEYS["periods"]):
        return "nps"
    return "periods"
