"""Spreadsheets and CSV files -> canonical DataFrames with the row numbers the user sees.

``.xlsx/.xlsm/.xls/.ods`` are read with fastexcel (Rust calamine: much faster
than openpyxl on a full sheet); ``.csv`` with pandas. The header row may sit
below title rows; headers are mapped to canonical keys; values are converted
by :mod:`retention_gui.core.parsing`, which reports every unreadable cell.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, TypeVar

import numpy as np
import pandas as pd

from ..core.catalogue import is_percent
from ..core.errors import ERROR, WARNING, InputError, Problem, ProblemList
from ..core.exports import prepare_order_lines, total_rows
from ..core.parsing import as_mask, month_labels, to_date, to_number
from .headers import KEYS_SHEET, KIND_KEYS, REQUIRED_KEYS, HeaderMatch, find_header_row, match_headers, missing_roles, normalize, synonyms

__all__ = ["RawSheet", "ImportResult", "read_raw", "import_file", "list_sheets", "visible_sheets", "column_letter",
           "EXCEL_SUFFIXES", "contained"]

# fastexcel logs "falling back to string" for untyped columns; strings are handled here.
logging.getLogger("fastexcel").setLevel(logging.ERROR)
# calamine (through fastexcel) logs notes such as "ods row repeat count capped ..." to Python logging;
# they go to the app's log file when there is one, never to a user's terminal (Python's last-resort
# handler would print them on stderr when nothing else handles them).
for _name in ("fastexcel", "calamine"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
log = logging.getLogger(__name__)

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
HEADER_SEARCH_ROWS = 20
# A header further down (below a long export preamble or blank rows) is looked for up to this row.
HEADER_SCAN_ROWS = 1000
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
    # Re-reads columns as written (CSV): a CSV reader turns the id "00131" into the number 131.
    exact_text: Callable[[list[int]], dict[int, pd.Series]] | None = None


@dataclass
class ImportResult(ProblemList):
    """A file mapped to canonical columns, with everything noticed on the way."""

    kind: str
    data: pd.DataFrame  # canonical columns + source_row
    raw: RawSheet
    mapping: dict[str, int]  # canonical key -> column position
    problems: list[Problem] = field(default_factory=list)
    # What was read and how (METRICS.md section 3, "Real exports"): JSON-ready, see ``import_summary``.
    summary: dict[str, object] = field(default_factory=dict)
    # Rows (as Excel shows them) of cells that held a value the importer could not read, per key.
    unreadable: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def file(self) -> str:
        return self.raw.file

    @property
    def sheet(self) -> str | None:
        return self.raw.sheet

    def column_label(self, key: str) -> str | None:
        pos = self.mapping.get(key)
        if pos is None and key == "customer_id":
            pos = self.mapping.get("email")  # e-mail addresses are the customer ids
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


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic inside calamine: pyo3's ``PanicException``, which derives from BaseException
    (not Exception) and has no importable class."""
    return type(exc).__name__ == "PanicException" and not isinstance(exc, Exception)


@contextmanager
def _calamine(path: Path, sheet: str | None = None) -> Iterator[None]:
    """Turn what the spreadsheet reader raises on a broken file into a Problem naming file and sheet.

    Exceptions become "could not be read (detail)"; a panic (calamine tripping over bytes it did not
    expect) becomes "damaged or not a real .xls". KeyboardInterrupt and SystemExit pass through.
    """
    try:
        yield
    except InputError:
        raise
    except Exception as exc:  # calamine raises several types for a broken file
        raise _fail("unreadable_file", path.name, sheet, detail=_short(exc)) from exc
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        log.info("calamine panicked on %s: %s", path.name, _short(exc))
        raise _fail("damaged_file", path.name, sheet, suffix=path.suffix.lower()) from None


_F = TypeVar("_F", bound=Callable[..., Any])


def contained(fn: _F | None = None, *, panic_is_damage: bool = True) -> Any:
    """Let nothing BaseException-like but KeyboardInterrupt and SystemExit out of ``fn(path, ...)``.

    Callers (the GUI worker, the CLI) catch Exception; a Rust panic in a native reader is a
    BaseException and would pass them by. With ``panic_is_damage`` (reading a file) a panic becomes
    the damaged-file Problem; anything else of the kind becomes a RuntimeError, reported as a bug.
    """
    def decorate(inner: _F) -> _F:
        @functools.wraps(inner)
        def wrapper(path: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return inner(path, *args, **kwargs)
            except (Exception, KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:
                if panic_is_damage and _is_panic(exc):
                    log.info("panic while reading %s: %s", path, _short(exc))
                    p = Path(path)
                    raise _fail("damaged_file", p.name, suffix=p.suffix.lower()) from None
                raise RuntimeError(f"{type(exc).__name__}: {_short(exc)}") from exc

        return wrapper  # type: ignore[return-value]

    return decorate(fn) if fn is not None else decorate


@contained
def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """Sheet names of a workbook (a CSV has none)."""
    p = Path(path)
    if p.suffix.lower() not in EXCEL_SUFFIXES:
        return []
    _check_container(p)
    return list(_open_excel(p).sheet_names)


def _open_excel(path: Path):  # -> fastexcel.ExcelReader
    import fastexcel

    with _calamine(path):
        return fastexcel.read_excel(path)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


@contained
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
        except BaseException as exc:  # a panic: reported, worded, when the sheet is imported
            if not _is_panic(exc):
                raise
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


@contained
def visible_sheets(path: str | os.PathLike[str]) -> list[str]:
    """Names of the sheets a person sees in a workbook (hidden ones left out; a CSV has none)."""
    p = Path(path)
    if p.suffix.lower() not in EXCEL_SUFFIXES:
        return []
    _check_container(p)
    return [name for name, state in _sheet_states(p) if state == "visible"]


def _first_rows(reader, idx: int, path: Path, name: str, n_rows: int = FORMULA_CHECK_ROWS
                ) -> tuple[list[list[object]], set[int], bool]:
    """The first ``n_rows`` rows of a sheet, for finding the header (xlsx: streamed; xls/ods: through
    the reader), the columns (0-based) whose first rows hold formulas saved without results, and
    whether the sheet may go on below them."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from defusedxml import DefusedXmlException

        from .xlsx_peek import peek_xlsx

        try:
            peek = peek_xlsx(str(path), idx, n_rows)
        except DefusedXmlException as exc:
            raise _fail("unsafe_xml", path.name, name) from exc
        except Exception as exc:  # a malformed part: let the reader below say what is wrong
            log.info("peek failed for %s: %s", path.name, exc)
        else:
            return peek.rows, peek.formula_columns, peek.more
    with _calamine(path, name):
        top = reader.load_sheet(idx, header_row=None, skip_rows=0, n_rows=n_rows, dtypes="string").to_pandas()
    return top.astype(object).where(top.notna(), None).values.tolist(), set(), len(top) >= n_rows


def _is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, float) and cell != cell) or (isinstance(cell, str) and not cell.strip())


def _header_index(rows: list[list[object]]) -> int | None:
    """The header row among ``rows`` (0-based): the best row of known names in the first
    HEADER_SEARCH_ROWS rows; failing that, when those rows are only blank or preamble lines (no row
    with two cells), the best row of known names further down (an export with a long preamble; a
    table that starts near the top is not searched further, where its data rows could pass for a
    header); failing that, the first row with anything in it. None if all are blank."""
    found = find_header_row(rows, HEADER_SEARCH_ROWS)
    if found is None and len(rows) > HEADER_SEARCH_ROWS and not any(
            sum(not _is_blank(c) for c in r) >= 2 for r in rows[:HEADER_SEARCH_ROWS]):
        found = find_header_row(rows, len(rows))
    if found is None:
        found = next((i for i, r in enumerate(rows) if not all(_is_blank(c) for c in r)), None)
    return found


_MIXED_COLUMN = re.compile(r"could not determine dtype for column (.+?)\s*$", re.M)


def _load_typed(reader, idx: int, h: int, as_text: dict[str, str]):
    """The sheet below header row ``h`` with types guessed per column. A column whose cells mix kinds
    with no common type (date-times and durations) is read as text instead of refusing the sheet: it
    may be a column the import does not use, and a used one reports its odd cells as usual.
    ``as_text`` collects those columns (name -> "string") for later reads of the same sheet."""
    import fastexcel

    while True:
        try:
            sheet_obj = reader.load_sheet(idx, header_row=h, dtypes=dict(as_text) or None)
            batch, cell_errors = sheet_obj.to_arrow_with_errors()
            return sheet_obj, batch, cell_errors
        except fastexcel.UnsupportedColumnTypeCombinationError as exc:
            m = _MIXED_COLUMN.search(str(exc))
            if m is None or m[1] in as_text:
                raise
            log.info("column %r mixes types; read as text", m[1])
            as_text[m[1]] = "string"


def _read_excel(path: Path, sheet: str | None, header_row: int | None) -> RawSheet:
    reader = _open_excel(path)
    states = _sheet_states(path, reader)
    idx, name = _pick_sheet(path, states, sheet)
    rows, formula_columns, more_below = _first_rows(reader, idx, path, name)
    exported = _exported_keys(reader, states, path, name)
    if exported is not None and not header_row:
        header_row = exported[0]
    if header_row:
        h: int | None = header_row - 1
    else:
        h = _header_index(rows)
        if (h is None or find_header_row(rows, h + 1) is None) and more_below:
            # No known names in the first rows of a longer sheet: look further down before settling.
            more, _, _ = _first_rows(reader, idx, path, name, HEADER_SCAN_ROWS)
            h = _header_index(more)
        if h is None:
            raise _fail("empty_sheet", path.name, name)
    as_text: dict[str, str] = {}
    with _calamine(path, name):
        sheet_obj, batch, cell_errors = _load_typed(reader, idx, h, as_text)
    data = batch.to_pandas()
    columns = sheet_obj.selected_columns  # available_columns() holds the GIL for 0.16 s on a full sheet
    data.columns = range(data.shape[1])
    bad_cells: dict[int, list[int]] = {}
    for e in cell_errors.errors if cell_errors else []:
        bad_cells.setdefault(e.offset_position[1], []).append(e.offset_position[0])
    if bad_cells:
        # Cells the type guess could not read (text in a number column): take just those cells as text,
        # keeping the exact numbers of every other cell.
        with _calamine(path, name):
            text = reader.load_sheet(idx, header_row=h, dtypes={**as_text, **{columns[c].name: "string" for c in bad_cells}}
                                     ).to_pandas()
        for c, rows_ in bad_cells.items():
            merged = data[c].astype(object).where(data[c].notna(), None)
            merged.iloc[rows_] = text.iloc[rows_, c].to_numpy()
            data[c] = merged

    def exact_numbers(positions: list[int]) -> dict[int, pd.Series]:
        """The same columns read as numbers (text cells empty): exact floats, unlike the text form."""
        with _calamine(path, name):
            loaded = reader.load_sheet(idx, header_row=h, dtypes={**as_text, **{columns[c].name: "float" for c in positions}}
                                       ).to_pandas()
        return {c: loaded.iloc[:, c].reset_index(drop=True) for c in positions}

    headers = [("" if col.column_name_from == "generated" else col.name) for col in columns]
    if exported is not None and exported[0] == h + 1 and len(exported[1]) == len(headers):
        # A workbook this app exported in Danish or Swedish: its hidden sheet holds the canonical keys.
        headers = [key or header for key, header in zip(exported[1], headers)]
    letters = [column_letter(col.absolute_index) for col in columns]
    source_rows = np.arange(h + 2, h + 2 + len(data), dtype=np.int64)
    raw = RawSheet(path.name, name, list(reader.sheet_names), headers, letters, h + 1, data, source_rows)
    raw.exact_numbers = exact_numbers
    raw.uncalculated = {i for i, col in enumerate(columns) if col.absolute_index in formula_columns}
    return raw


def _exported_keys(reader, states: list[tuple[str, str]], path: Path, name: str) -> tuple[int, list[str]] | None:
    """(header row, canonical keys) of sheet ``name`` from the hidden ``_keys`` sheet of a translated export.

    ``io.workbook.write_results`` writes one row per sheet: its name, its header
    row and the canonical key of each column. None when there is no such row.
    """
    names = [n for n, _ in states]
    if KEYS_SHEET not in names or name == KEYS_SHEET:
        return None
    try:
        with _calamine(path, KEYS_SHEET):
            frame = reader.load_sheet(names.index(KEYS_SHEET), header_row=None, dtypes="string").to_pandas()
    except InputError:
        return None
    for row in frame.itertuples(index=False, name=None):
        if row and row[0] == name:
            try:
                header_row = int(float(row[1]))
            except (TypeError, ValueError):
                return None
            keys = [str(k) if k is not None and not (isinstance(k, float) and np.isnan(k)) else "" for k in row[2:]]
            while keys and not keys[-1]:
                keys.pop()
            return header_row, keys
    return None


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec for text saved as UTF-16 (Excel's "Unicode text" export), else None.

    A BOM says so; without one, text whose every other byte of its start is zero is taken for
    UTF-16 (such bytes are never Windows-1252 text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4 and len(head) % 2 == 0:
        if head[1::2].count(0) > 0.9 * (len(head) // 2) and head[0::2].count(0) < 0.1 * (len(head) // 2):
            return "utf-16-le"
        if head[0::2].count(0) > 0.9 * (len(head) // 2) and head[1::2].count(0) < 0.1 * (len(head) // 2):
            return "utf-16-be"
    return None


def _decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding that read it: UTF-16 (BOM or its zero bytes), UTF-8 (with or without
    BOM), else Windows-1252."""
    wide = _utf16(data)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
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
    for _ in range(HEADER_SCAN_ROWS):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            break
    lines = (text if cut < 0 else text[:cut]).splitlines()[:HEADER_SCAN_ROWS]
    sample = "\n".join(lines[:HEADER_SEARCH_ROWS])
    counts = {sep: sample.count(sep) for sep in (";", ",", "\t")}
    if not any(counts.values()):  # a preamble without separators: decide on the lines below it
        wider = "\n".join(lines)
        counts = {sep: wider.count(sep) for sep in counts}
    sep = max(counts, key=lambda s: counts[s]) if any(counts.values()) else ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=sep))
    h = (header_row - 1) if header_row else _header_index(rows)
    if h is None:
        raise _fail("empty_sheet", path.name)
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
    raw.exact_text = lambda positions: _csv_text_columns(text, sep, h, positions, len(data))
    return raw


def _csv_text_columns(text: str, sep: str, h: int, positions: list[int], n_rows: int) -> dict[int, pd.Series]:
    """Columns of a CSV as the text written in them (ids keep their leading zeros)."""
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, header=None, skiprows=h + 1, usecols=sorted(positions), dtype=str,
                            keep_default_na=False, skip_blank_lines=False, engine="c")
    except (ValueError, pd.errors.ParserError) as exc:  # the numbers read first stand
        log.info("csv text re-read failed: %s", exc)
        return {}
    if len(frame) != n_rows:
        return {}
    out = {}
    for pos in positions:
        col = frame[pos] if pos in frame.columns else pd.Series([""] * n_rows)
        out[pos] = col.reset_index(drop=True).iloc[:n_rows].astype("string")
    return out


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


def _csv_width(text: str, sep: str, h: int, header: list[str]) -> int:
    """The most cells any row from the header on has (rows of uneven length: short ones are padded)."""
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    width = len(header)
    for i, row in enumerate(reader):
        if i >= h and len(row) > width:
            width = len(row)
    return width


def _read_csv_pandas(path: Path, text: str, sep: str, h: int, rows: list[list[str]]) -> pd.DataFrame:
    try:
        data = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            header=None,
            # Named columns as wide as the widest row: a short row (often the first one: trailing empty
            # cells left out) is padded with blanks instead of fixing the width for the whole file.
            names=range(_csv_width(text, sep, h, rows[h])),
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


def _integer_text(values: pd.Series, missing: np.ndarray | None = None) -> pd.Series:
    """int64 numbers as text ("1001"; missing where ``missing``), written by Arrow: pandas writes each
    number through Python, half a second for a million ids."""
    import pyarrow as pa

    text = pa.array(values.to_numpy(), type=pa.int64(), mask=missing).cast(pa.string())
    return pd.Series(pd.array(text, dtype="string"), index=values.index)


def _text_ids(values: pd.Series) -> pd.Series:
    """Ids as text (Arrow strings, fast to group): 1001.0 from a number cell becomes "1001"."""
    if values.dtype == np.float64:
        whole = values.notna() & (values == np.floor(values))
        if whole.all():
            return _integer_text(values.astype("int64"))
        # Blank cells stay missing, whole numbers lose their ".0", other numbers are written as they are.
        out = _integer_text(values.where(whole, 0.0).astype("int64"), missing=~whole.to_numpy())
        rest = values.notna() & ~whole
        if rest.any():
            out[rest] = values[rest].astype("string")
        return out
    if pd.api.types.is_float_dtype(values.dtype):
        whole = values.notna() & (values == np.floor(values))
        if whole.all():
            return values.astype("int64").astype("string")
        out = values.astype("string")
        out[whole] = values[whole].astype("int64").astype("string")
        return out
    if values.dtype == np.int64:
        return _integer_text(values)
    if pd.api.types.is_integer_dtype(values.dtype):
        return values.astype("string")
    if values.dtype == object:
        # A number column with a few text cells (re-read as text) mixes floats and strings.
        numbers = as_mask(values.map(lambda v: isinstance(v, (int, float, np.number)) and not isinstance(v, bool),
                                     na_action="ignore"))
        if numbers.any():
            values = values.copy()
            values[numbers] = _text_ids(values[numbers].astype("float64")).to_numpy()
    s = values.astype("string").str.strip()
    empty = s == ""
    return s.mask(empty) if empty.any() else s


def _order_ids(values: pd.Series) -> pd.Series:
    """Order ids stay numbers when they are numbers (cheap to group); otherwise text."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values
    return _text_ids(values)


def _convert(raw: RawSheet, kind: str, mapping: Mapping[str, int],
             notes: dict[str, object] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    rows = raw.source_rows
    problems: list[Problem] = []
    out: dict[str, pd.Series] = {}
    # Only id columns a CSV reader turned into numbers are read again as text (leading zeros).
    numeric_ids = [mapping[k] for k in ("customer_id", "email")
                   if k in mapping and pd.api.types.is_numeric_dtype(raw.data[mapping[k]].dtype)]
    id_text = raw.exact_text(numeric_ids) if numeric_ids and raw.exact_text is not None else {}
    number_keys = [k for k in mapping if k not in ("customer_id", "email", "order_id", "order_date", "answer_date", "score", "period")]
    texty = [mapping[k] for k in number_keys if not pd.api.types.is_numeric_dtype(raw.data[mapping[k]].dtype)]
    exact = raw.exact_numbers(texty) if texty and raw.exact_numbers is not None else {}
    for key, pos in mapping.items():
        col = raw.data[pos].reset_index(drop=True)
        if pos in exact:
            # A reader turns text such as "1.500" into 1.5 when asked for numbers; text with one grouping
            # separator is kept as text so the number convention (or an ambiguity warning) decides.
            grouped = as_mask(col.astype("string").str.strip().str.fullmatch(r"-?\d{1,3}[.,]\d{3}"))
            col = exact[pos].astype(object).where(exact[pos].notna() & ~grouped, col)
        if key in ("customer_id", "email"):
            if pos in id_text and pd.api.types.is_numeric_dtype(col.dtype):
                col = id_text[pos]  # "00131" stays "00131"
            out[key] = _text_ids(col)
        elif key == "order_id":
            out[key] = _order_ids(col)
        elif key in ("order_date", "answer_date"):
            info: dict[str, object] = {}
            out[key], found = to_date(col, key, rows, info=info)
            problems += found
            if notes is not None and info.get("day_month_order"):
                notes.setdefault("date_order", {})[key] = info["day_month_order"]
            if notes is not None and found:
                # Every cell that held something but no date (the core would see a blank there).
                filled = ~(col.isna() | col.astype("string").str.strip().eq("").fillna(True))
                notes.setdefault("unreadable", {})[key] = rows[(filled & out[key].isna()).to_numpy()]
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
    # The converted columns as they are (each a new array, or a copy-on-write view of ``raw``'s): copying
    # them into one block per dtype, as a frame built from a dict does by default, is a second pass.
    frame = pd.DataFrame(out, copy=False)
    frame["source_row"] = rows
    # Blank rows (every mapped cell empty) are layout, not data.
    value_cols = [k for k in mapping]
    blank = pd.Series(True, index=frame.index)
    for key in value_cols:
        col = frame[key]
        empty = col.isna()
        if key not in ("customer_id", "email", "order_id") and (col.dtype == object or pd.api.types.is_string_dtype(col.dtype)):
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

    Converted, and said so in a warning (never silently). Text cells are never converted: "0,425" and
    "0.425" typed as text both stay 0.425, and "42,5 %" is 42.5."""
    if raw.dtype == object:
        # Only number cells are stored as fractions by Excel; text ("0,425", "0.425") is read as written,
        # whichever decimal mark it uses.
        is_text = as_mask(raw.map(lambda v: isinstance(v, str), na_action="ignore"))
        numbers_in_cells = pd.to_numeric(raw.where(~is_text), errors="coerce")
    elif pd.api.types.is_numeric_dtype(raw.dtype):
        numbers_in_cells = raw
    else:  # a text column
        numbers_in_cells = pd.Series(np.nan, index=raw.index)
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
        # An impossible date ("31.02.2024") keeps its text: it is reported as not a date, and must not
        # reach the checks as a blank label ("the period label is empty").
        written = col[looks_like_date].reset_index(drop=True)
        out[looks_like_date] = [d if not pd.isna(d) else w for d, w in zip(dates, written)]
    # "januar 2025", "jan-25", "maj 2025", "januari 2025", "Jan 2025" are dated periods too.
    months = month_labels(text.where(~looks_like_date))
    is_month = months.notna()
    if is_month.any():
        out[is_month] = list(months[is_month])
    return out


@contained
def import_file(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    kind: str = "auto",
    mapping: Mapping[str, int] | None = None,
    header_row: int | None = None,
    progress: Callable[[float], None] | None = None,
    roles: Mapping[str, str] | None = None,
    raw: RawSheet | None = None,
) -> ImportResult:
    """Read, map and convert a file.

    ``roles`` maps roles to columns by header text or Excel letter (the CLI's
    ``--map amount=Beløb``); it overrides what the headers say. ``raw`` is the
    sheet as :func:`read_raw` gave it, when the caller has read it already (the
    GUI reads a sheet once, for the column mapping dialog and the import).

    Raises :class:`InputError` (with file and sheet filled in) when the file
    cannot be read or its columns cannot be recognised. Cell problems are
    returned in ``ImportResult.problems`` (errors and warnings) so the data
    can still be shown.
    """
    if progress:
        progress(0.05)
    if raw is None:
        raw = read_raw(path, sheet, header_row)
    if progress:
        progress(0.6)
    where = {"file": raw.file, "sheet": raw.sheet}
    if kind != "auto" and kind not in KIND_KEYS:
        raise ValueError(kind)
    match = HeaderMatch(None, {})
    if mapping is not None:
        chosen: str | None = kind if kind != "auto" else _kind_of_mapping(mapping)
        pos_map = {pos: key for key, pos in mapping.items()}
    else:
        match = match_headers(raw.headers, kind)
        chosen, pos_map = match.kind, dict(match.mapping)
    if roles:
        if mapping is None and kind == "auto" and chosen != "transactions" and set(roles) & _ORDER_ROLES:
            # Mapping an order role says the sheet holds orders, whatever its headers suggested.
            match = match_headers(raw.headers, "transactions")
            chosen, pos_map = "transactions", dict(match.mapping)
        pos_map = _apply_roles(raw, pos_map, roles, where)
        if chosen is None:
            chosen = _kind_of_mapping({key: pos for pos, key in pos_map.items()})
    if chosen is None and not any(h.strip() for h in raw.headers):
        raise InputError([Problem("no_column_names", ERROR).located(**where)])
    if chosen is None:
        raise InputError([Problem("unknown_kind", ERROR, values={"columns": ", ".join(h for h in raw.headers if h)}).located(**where)])
    key_to_pos = {key: pos for pos, key in pos_map.items() if key in KIND_KEYS[chosen]}
    missing = missing_roles(chosen, key_to_pos)
    if missing:
        raise InputError([Problem("missing_column", ERROR, column=k, values={"column": k}).located(**where) for k in missing])
    if chosen == "periods" and not set(key_to_pos) - {"period"}:
        # A column of labels alone holds no figure to compute from (METRICS.md section 3).
        raise InputError([Problem("periods_without_inputs", ERROR, column="period",
                                  values={"columns": ", ".join(h for h in raw.headers if h)}).located(**where)])
    stale = sorted(k for k, pos in key_to_pos.items() if pos in raw.uncalculated)
    if stale:
        # The formulas were never calculated, so these cells would silently read as empty.
        raise InputError([Problem("formulas_without_values", ERROR, column=k).located(
            **where, column_label=f'{raw.letters[key_to_pos[k]]} "{raw.headers[key_to_pos[k]]}"') for k in stale])
    notes: dict[str, object] = {}
    frame, problems = _convert(raw, chosen, key_to_pos, notes)
    if frame.empty:
        raise InputError([Problem("no_data", ERROR).located(**where)])
    result = ImportResult(chosen, frame, raw, key_to_pos)
    rows_read = len(frame)
    left_out: list[dict[str, object]] = []
    if chosen == "transactions":
        frame, found, left_out, notes = _real_exports(result, frame, notes)
        problems += found
        if any(p.code == "only_guests" for p in found):
            raise InputError([result.locate(p) for p in found if p.severity == ERROR])
    elif chosen == "periods":
        totals = total_rows(frame["period"])
        if totals.any():
            first = int(np.flatnonzero(totals)[0])
            problems.append(Problem("total_rows_left_out", WARNING, row=int(frame["source_row"].iloc[first]),
                                    column="period", values={"rows": int(totals.sum()),
                                                             "label": str(frame["period"].iloc[first]).strip()}))
            left_out.append({"reason": "total_rows", "rows": int(totals.sum()),
                             "source_rows": [int(r) for r in frame["source_row"][totals][:20]]})
            frame = frame[~totals].reset_index(drop=True)
            if frame.empty:
                raise InputError([Problem("no_data", ERROR).located(**where)])
    result.data = frame
    unmapped = [f'{raw.letters[i]} "{h}"' for i, h in enumerate(raw.headers)
                if i not in key_to_pos.values() and i not in match.amount_alternatives and h]
    if unmapped and match.layout is None:  # a known layout's other columns are known, just not needed
        problems.append(Problem("unmapped_columns", WARNING, values={"columns": ", ".join(unmapped)}))
    result.problems = [result.locate(p) for p in problems]
    result.summary = import_summary(result, match, rows_read, left_out, notes)
    result.unreadable = dict(notes.get("unreadable", {}))  # type: ignore[arg-type]
    if progress:
        progress(1.0)
    return result


_ORDER_ROLES = frozenset(KIND_KEYS["transactions"]) - {"score"}


def _apply_roles(raw: RawSheet, pos_map: dict[int, str], roles: Mapping[str, str],
                 where: Mapping[str, str | None]) -> dict[int, str]:
    """``--map ROLE=COLUMN`` over the detected mapping; the column by header text or Excel letter."""
    known = sorted({k for keys in KIND_KEYS.values() for k in keys})
    out = dict(pos_map)
    problems: list[Problem] = []
    for role, spec in roles.items():
        if role not in known:
            problems.append(Problem("map_unknown_role", ERROR, values={"role": role, "roles": ", ".join(known)}))
            continue
        pos = _column_of(raw, spec)
        if pos is None:
            problems.append(Problem("map_column_not_found", ERROR, values={
                "column": spec, "columns": ", ".join(f'{l} "{h}"' for l, h in zip(raw.letters, raw.headers) if h)}))
            continue
        out = {p: k for p, k in out.items() if k != role and p != pos}
        out[pos] = role
    if problems:
        raise InputError([p.located(**where) for p in problems])
    return dict(sorted(out.items()))


def _column_of(raw: RawSheet, spec: str) -> int | None:
    """A column by its header text (exact, then ignoring case and punctuation) or its Excel letter."""
    text = spec.strip()
    for same in (lambda h: h.strip() == text, lambda h: normalize(h) == normalize(text) and normalize(text) != ""):
        hits = [i for i, h in enumerate(raw.headers) if h and same(h)]
        if hits:
            return hits[0]
    if text.isalpha() and text.upper() in raw.letters:
        return raw.letters.index(text.upper())
    return None


def _real_exports(result: ImportResult, frame: pd.DataFrame,
                  notes: dict[str, object]) -> tuple[pd.DataFrame, list[Problem], list[dict[str, object]], dict[str, object]]:
    """METRICS.md section 3 "Real exports" on imported order lines (see :mod:`retention_gui.core.exports`)."""
    email_ids = "customer_id" not in frame.columns and "email" in frame.columns
    if not email_ids and "customer_id" in result.mapping:
        # A customer id column mapped by hand to an e-mail column compares its addresses the same way.
        email_ids = normalize(result.raw.headers[result.mapping["customer_id"]]) in synonyms()["email"]
    if email_ids and "customer_id" not in frame.columns:
        frame = frame.rename(columns={"email": "customer_id"})
    elif "email" in frame.columns:
        frame = frame.drop(columns=["email"])  # a customer id column wins over the e-mail
    lines = prepare_order_lines(frame, email_ids=email_ids)
    left_out: list[dict[str, object]] = []
    if lines.guest_rows:
        left_out.append({"reason": "guest_rows", "rows": lines.guest_rows, "amount": round(lines.guest_amount, 2)})
    notes = {**notes, "email_ids": email_ids, "amount_source": lines.amount_source,
             "blank_amounts_counted_as_zero": lines.blank_amounts_as_zero,
             "filled_from_order": lines.filled_from_order}
    return lines.data, lines.problems, left_out, notes


def import_summary(result: ImportResult, match: HeaderMatch, rows_read: int, left_out: list[dict[str, object]],
                   notes: Mapping[str, object]) -> dict[str, object]:
    """What was read and how, JSON-ready: sheet, layout, the column of each role, rows read and used,
    rows left out and why, and the day/month order decided for each date column."""
    raw = result.raw
    columns = {key: result.column_label(key) for key in result.mapping}
    amount: object = columns.get("amount")
    if notes.get("amount_source") == "quantity_x_unit_price":
        q, p = result.mapping["quantity"], result.mapping["unit_price"]
        amount = f"{raw.headers[q] or raw.letters[q]} x {raw.headers[p] or raw.letters[p]}"
    summary: dict[str, object] = {
        "file": raw.file,
        "sheet": raw.sheet,
        "header_row": raw.header_row,
        "kind": result.kind,
        "layout": match.layout,
        "columns": columns,
        "rows_read": int(rows_read),
        "rows_used": int(len(result.data)),
        "left_out": left_out,
        "date_order": dict(notes.get("date_order", {})),  # type: ignore[arg-type]
    }
    if result.kind == "transactions":
        summary["amount"] = amount
        summary["amount_alternatives"] = [f'{raw.letters[i]} "{raw.headers[i]}"' for i in match.amount_alternatives
                                          if i not in result.mapping.values()]
        summary["customer_id"] = columns.get("customer_id") or columns.get("email")
        summary["customer_id_is_email"] = bool(notes.get("email_ids"))
        summary["blank_amounts_counted_as_zero"] = int(notes.get("blank_amounts_counted_as_zero", 0))  # type: ignore[arg-type]
        summary["filled_from_order"] = int(notes.get("filled_from_order", 0))  # type: ignore[arg-type]
    return summary


def _kind_of_mapping(mapping: Mapping[str, int]) -> str:
    keys = set(mapping)
    if not missing_roles("transactions", keys):
        return "transactions"
    if "score" in keys and not keys & set(KIND_KEYS["periods"]):
        return "nps"
    return "periods"
