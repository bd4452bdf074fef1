"""Turn cell values (numbers, text, dates) into numbers and dates, vectorised.

Every cell that cannot be read becomes a :class:`Problem` naming its row and
column; nothing is silently turned into a blank.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import ERROR, WARNING, Problem
from .numbers import AMBIGUOUS, OTHER_CONVENTION, TRAILING_MINUS, NumberColumn, parse_numbers

__all__ = ["to_number", "to_date", "month_labels", "rows_of", "as_mask", "EXCEL_EPOCH"]

EXCEL_EPOCH = np.datetime64("1899-12-30", "D")

_MAX_LISTED = 20


def as_mask(values: pd.Series) -> pd.Series:
    """A plain bool Series from a boolean-ish one (nullable, float with NaN, object with NaT): missing is False."""
    out = values == True  # noqa: E712 - elementwise; NaN, NaT and None compare False
    if out.dtype != bool:  # a nullable boolean keeps <NA>
        out = out.fillna(False).astype(bool)
    return out


def rows_of(frame: pd.DataFrame) -> np.ndarray:
    """The user-visible row numbers of ``frame`` (``source_row`` or 1-based position)."""
    if "source_row" in frame.columns:
        return frame["source_row"].to_numpy(dtype=np.int64)
    return np.arange(1, len(frame) + 1, dtype=np.int64)


def _blank(text: pd.Series) -> pd.Series:
    return text.isna() | (text.str.strip() == "")


def _parse_number_text(text: pd.Series, decimal_comma: bool | None = None, language: str | None = None) -> NumberColumn:
    """Parse numbers written as text with :func:`retention_gui.core.numbers.parse_numbers`.

    ``language`` (``da``, ``sv``, ``en``: typed or pasted text) wins over
    ``decimal_comma`` (the file's convention, e.g. a ``;`` CSV writes decimal
    commas); with neither, the convention is unknown and a value like ``1.500``
    is read as 1.5 and marked ambiguous.
    """
    if language is not None:
        convention = language
    else:
        convention = {True: "da", False: "en"}.get(decimal_comma) if decimal_comma is not None else None
    return parse_numbers(text, convention, first_written_only=True)


def to_number(
    values: pd.Series, column: str, rows: np.ndarray, *, percent_scale: bool = False,
    decimal_comma: bool | None = None, language: str | None = None,
) -> tuple[pd.Series, list[Problem]]:
    """Numbers from a column of cells; blanks stay NaN, unreadable text is a problem.

    Number cells are kept as they are; text cells go through the one number
    parser (:mod:`retention_gui.core.numbers`) in the convention of ``language``
    or of the file (``decimal_comma``). ``percent_scale``: "12%" becomes 12 (for
    0-100 columns); otherwise "12%" becomes 0.12. A text read another way than
    the convention writes it, or read from two possible readings, is a warning
    (the first of each kind in the column) that says how it was read.
    """
    if pd.api.types.is_bool_dtype(values.dtype):
        values = values.astype("float64")
    if pd.api.types.is_numeric_dtype(values.dtype):
        return values.astype("float64").reset_index(drop=True), []
    obj = values.reset_index(drop=True)
    text = obj.astype("string")
    blank = _blank(text)
    if obj.dtype == object:
        is_text = as_mask(obj.map(lambda v: isinstance(v, str), na_action="ignore"))
        numeric = pd.to_numeric(obj.where(~is_text), errors="coerce").astype("float64")
    else:  # a string column: every cell is text
        is_text = ~blank
        numeric = pd.Series(np.nan, index=obj.index, dtype="float64")
    need = ~blank & (is_text | numeric.isna())
    result = numeric.where(~is_text).astype("float64")
    problems: list[Problem] = []
    if need.any():
        at = np.flatnonzero(need.to_numpy())
        parsed = _parse_number_text(text[need], decimal_comma, language)
        v = parsed.values.to_numpy()
        if not percent_scale:
            v = np.where(parsed.is_percent.to_numpy(dtype=bool), v / 100.0, v)
        result.iloc[at] = v
        codes = parsed.code.to_numpy()
        for code in (AMBIGUOUS, OTHER_CONVENTION, TRAILING_MINUS):
            hits = np.flatnonzero(codes == code)
            if len(hits):
                j = int(hits[0])
                i = int(at[j])
                problems.append(Problem(code, WARNING, row=int(rows[i]), column=column,
                                        values={"value": str(obj.iloc[i]), "read": float(result.iloc[i]),
                                                "written": parsed.written.iloc[j], "count": len(hits)}))
        bad = need & result.isna()
        for i in np.flatnonzero(bad.to_numpy())[:_MAX_LISTED]:
            problems.append(
                Problem("not_a_number", ERROR, row=int(rows[i]), column=column, values={"value": str(obj.iloc[i])})
            )
        extra = int(bad.sum()) - _MAX_LISTED
        if extra > 0:
            problems.append(Problem("more_problems", ERROR, column=column, values={"count": extra}))
    return result, problems


# Text dates (METRICS.md section 3): year first (ISO, optionally with a time and a UTC offset), or
# day and month in either order before a four-digit year, or yyyymmdd; each with an optional time,
# which is ignored like the offset: the date is the calendar date as written.
_TIME = r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
# Patterns run in Arrow's RE2 engine (no back-references): both separators are captured and compared.
_YEAR_FIRST = r"(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})" + _TIME
_PARTS_FIRST = r"(?P<a>\d{1,2})(?P<s1>[-/.])(?P<b>\d{1,2})(?P<s2>[-/.])(?P<y>\d{4})" + _TIME
_COMPACT = r"(?P<y>[12]\d{3})(?P<m>[01]\d)(?P<d>[0-3]\d)"
# yyyymmdd whole numbers are far above the last Excel serial (9999-12-31 = 2958465).
_MAX_SERIAL = 2958465
_MIN_COMPACT, _MAX_COMPACT = 10000101, 99991231


def _object_kinds(v: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Which cells of an object column hold dates, and which hold numbers."""
    kinds = v.map(type, na_action="ignore")
    types = [t for t in kinds.dropna().unique()]
    date_types = {t: issubclass(t, (pd.Timestamp, np.datetime64)) or hasattr(t, "year") for t in types}
    number_types = {t: issubclass(t, (int, float, np.number)) and not issubclass(t, bool) for t in types}
    is_dt = as_mask(kinds.map(date_types))
    is_num = as_mask(kinds.map(number_types))
    return is_dt, is_num


def _extract(text: pd.Series, pattern: str) -> pd.DataFrame:
    """Named groups of ``^pattern$`` as float columns (NaN where the text does not match), vectorised in
    Arrow (a million cells in about a second; pandas' ``str.extract`` takes several)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(text.to_numpy(dtype=object, na_value=None), type=pa.string(), from_pandas=True)
    found = pc.extract_regex(arr, f"^{pattern}$")
    valid = found.is_valid().to_numpy(zero_copy_only=False)
    matched = found.filter(found.is_valid())
    out = {}
    for name in [f.name for f in found.type]:
        field_ = matched.field(name)
        if name.startswith("s"):
            col = np.full(len(text), None, dtype=object)
            col[valid] = field_.to_numpy(zero_copy_only=False)
        else:
            col = np.full(len(text), np.nan)
            col[valid] = pc.cast(field_, pa.float64()).to_numpy(zero_copy_only=False)
        out[name] = col
    frame = pd.DataFrame(out, index=text.index)
    if "s1" in frame:
        mixed = (frame["s1"] != frame["s2"]).to_numpy() & frame["s1"].notna().to_numpy()
        frame.loc[mixed, [c for c in frame.columns if not c.startswith("s")]] = np.nan  # 31-01.2024 is no date
    return frame


def _ymd(y: pd.Series, m: pd.Series, d: pd.Series) -> pd.Series:
    """Dates from year, month and day numbers; impossible dates (31 February) become NaT."""
    frame = pd.DataFrame({"year": y, "month": m, "day": d}).astype("float64")
    ok = frame.notna().all(axis=1) & frame["month"].between(1, 12) & frame["day"].between(1, 31)
    out = pd.Series(pd.NaT, index=y.index, dtype="datetime64[ns]")
    if ok.any():
        out[ok] = pd.to_datetime(frame[ok].astype("int64"), errors="coerce")
    return out


def _naive_days(values: pd.Series) -> pd.Series:
    """Date-time objects -> their calendar date as written (an offset is ignored, not applied)."""
    def one(x: object) -> pd.Timestamp:
        t = pd.Timestamp(x)
        return t.tz_localize(None) if t.tzinfo is not None else t

    return pd.Series([one(x) for x in values], index=values.index, dtype="datetime64[ns]").dt.normalize()


def _numbers_to_dates(serial: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Excel serials and yyyymmdd whole numbers -> datetime64[ns] (NaT where neither), and the ok mask."""
    days = np.floor(serial)
    res = np.full(len(serial), np.datetime64("NaT"), dtype="datetime64[ns]")
    is_serial = ~np.isnan(days) & (days > 0) & (days <= _MAX_SERIAL)
    if is_serial.any():
        res[is_serial] = (EXCEL_EPOCH + days[is_serial].astype(np.int64).astype("timedelta64[D]")).astype("datetime64[ns]")
    compact = ~np.isnan(serial) & (serial == days) & (serial >= _MIN_COMPACT) & (serial <= _MAX_COMPACT)
    if compact.any():
        n = serial[compact].astype(np.int64)
        idx = pd.RangeIndex(int(compact.sum()))
        got = _ymd(pd.Series(n // 10000, index=idx), pd.Series(n // 100 % 100, index=idx), pd.Series(n % 100, index=idx))
        res[compact] = got.to_numpy()
    return res, ~np.isnat(res)


def _bad_dates(bad: np.ndarray, shown: pd.Series, column: str, rows: np.ndarray) -> list[Problem]:
    problems = [Problem("not_a_date", ERROR, row=int(rows[i]), column=column, values={"value": str(shown.iloc[i])})
                for i in np.flatnonzero(bad)[:_MAX_LISTED]]
    extra = int(bad.sum()) - _MAX_LISTED
    if extra > 0:
        problems.append(Problem("more_problems", ERROR, column=column, values={"count": extra}))
    return problems


def to_date(
    values: pd.Series, column: str, rows: np.ndarray, *, info: dict[str, object] | None = None,
) -> tuple[pd.Series, list[Problem]]:
    """Dates from a column of cells, vectorised (METRICS.md section 3, "Real exports").

    A cell may be a date, a date-time, an Excel serial number, a yyyymmdd whole
    number, or text: ISO ``2024-01-31`` (with or without a time and a UTC
    offset), ``31-01-2024``, ``31.01.2024``, ``31/01/2024`` or ``01/31/2024``,
    each with an optional time. The result is the calendar date as written
    (time and offset dropped, never converted). Day/month order of the text
    forms is decided for the whole column: a first part above 12 somewhere
    means day first, else a second part above 12 means month first, else day
    first with an ``ambiguous_day_month`` warning.

    Parameters
    ----------
    values
        The cells (any dtype).
    column, rows
        Canonical key and the user-visible row of each cell, for problems.
    info
        When given, ``info["day_month_order"]`` is set to ``"day_first"``,
        ``"month_first"``, ``"day_first_assumed"`` or ``None`` (no such dates).

    Returns
    -------
    (dates, problems)
        ``datetime64[ns]`` at midnight, NaT for blanks and unreadable cells;
        an error for every unreadable non-blank cell (20 listed, then a count).
    """
    v = values.reset_index(drop=True)
    if info is not None:
        info["day_month_order"] = None
    if pd.api.types.is_datetime64_any_dtype(v.dtype):
        if getattr(v.dt, "tz", None) is not None:
            v = v.dt.tz_localize(None)
        return v.astype("datetime64[ns]").dt.normalize(), []
    if pd.api.types.is_numeric_dtype(v.dtype) and not pd.api.types.is_bool_dtype(v.dtype):
        serial = v.astype("float64").to_numpy()
        res, ok = _numbers_to_dates(serial)
        return pd.Series(res, index=v.index), _bad_dates(~ok & ~np.isnan(serial), v, column, rows)
    res = pd.Series(pd.NaT, index=v.index, dtype="datetime64[ns]")
    if v.dtype != object:  # a text column holds no date or number objects
        v = v.astype(object)
        is_dt = is_num = pd.Series(False, index=v.index)
    else:
        is_dt, is_num = _object_kinds(v)
    if is_dt.any():
        res[is_dt] = _naive_days(v[is_dt]).to_numpy()
    if is_num.any():
        res[is_num], _ = _numbers_to_dates(v[is_num].astype("float64").to_numpy())
    text = v.where(~(is_dt | is_num)).astype("string").str.strip()
    warning: Problem | None = None
    blank = (text.isna() | (text == "")).to_numpy()
    todo = pd.Series(~blank & ~(is_dt | is_num).to_numpy(), index=v.index)
    sample = text[todo].head(64)
    if todo.any() and as_mask(sample.str.fullmatch(r"\d{4}-\d{2}-\d{2}")).any():
        t = text.where(todo)
        # Most files use one format throughout: plain ISO dates at C speed first (only when the
        # column starts with them: a failing strptime on every cell costs more than the regex below).
        fast = pd.to_datetime(t, format="%Y-%m-%d", errors="coerce")
        hit = todo & fast.notna()
        res[hit] = fast[hit]
        todo &= ~hit
    if todo.any():
        iso = _extract(text[todo], _YEAR_FIRST).dropna(subset=["y"])
        if len(iso):
            res[iso.index] = _ymd(iso["y"], iso["m"], iso["d"]).to_numpy()
            todo[iso.index] = False
    if todo.any():
        # A number cell in a column the spreadsheet reader typed as text arrives as its digits.
        digits = text[todo]
        digits = digits[as_mask(digits.str.fullmatch(r"\d{1,7}(\.\d+)?"))]
        if len(digits):
            res[digits.index], _ = _numbers_to_dates(pd.to_numeric(digits).to_numpy(dtype="float64"))
            todo[digits.index] = False
    if todo.any():
        compact = _extract(text[todo], _COMPACT).dropna(subset=["y"])
        if len(compact):
            res[compact.index] = _ymd(compact["y"], compact["m"], compact["d"]).to_numpy()
            todo[compact.index] = False
    if todo.any():
        dmy = _extract(text[todo], _PARTS_FIRST).dropna(subset=["y"])
        if len(dmy):
            a, b = dmy["a"], dmy["b"]
            order = "day_first"
            if not (a > 12).any():
                if (b > 12).any():
                    order = "month_first"
                elif (a != b).any():
                    order = "day_first_assumed"
                    first = int(dmy.index[(a != b).to_numpy()][0])
                    warning = Problem("ambiguous_day_month", WARNING, row=int(rows[first]), column=column,
                                      values={"value": str(v.iloc[first])})
            day, month = (b, a) if order == "month_first" else (a, b)
            res[dmy.index] = _ymd(dmy["y"], month, day).to_numpy()
            if info is not None:
                info["day_month_order"] = order
    bad = ~blank & res.isna().to_numpy()
    problems = _bad_dates(bad, v, column, rows)
    if warning is not None:
        problems.append(warning)
    return res, problems


# Month names and abbreviations in Danish, Swedish and English (lower case), -> month number.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    ("januar", "januari", "january", "jan"), ("februar", "februari", "february", "feb"),
    ("marts", "mars", "march", "mar", "mrt"), ("april", "apr"), ("maj", "may"), ("juni", "june", "jun"),
    ("juli", "july", "jul"), ("august", "augusti", "aug"), ("september", "sep", "sept"),
    ("oktober", "october", "okt", "oct"), ("november", "nov"), ("december", "dec"),
), start=1):
    for _name in _names:
        _MONTHS[_name] = _number
_MONTH_LABEL = r"(?P<name>[a-z]+)\.?[\s\-/']*(?P<y>\d{4}|\d{2})"


def month_labels(labels: pd.Series) -> pd.Series:
    """Text month labels ("januar 2025", "jan-25", "maj 2025", "januari 2025", "Jan 2025") -> the
    first day of that month; NaT for anything else. Two-digit years are 20xx."""
    text = labels.astype("string").str.strip().str.lower()
    parts = text.str.extract(f"^{_MONTH_LABEL}$")
    month = parts["name"].map(_MONTHS, na_action="ignore")
    year = pd.to_numeric(parts["y"], errors="coerce")
    year = year.where(year >= 100, year + 2000)
    return _ymd(year.where(month.notna()), month, pd.Series(1.0, index=labels.index))
