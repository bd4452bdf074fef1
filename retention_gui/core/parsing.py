"""Turn cell values (numbers, text, dates) into numbers and dates, vectorised.

Every cell that cannot be read becomes a :class:`Problem` naming its row and
column; nothing is silently turned into a blank.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import ERROR, WARNING, Problem
from .numbers import AMBIGUOUS, OTHER_CONVENTION, TRAILING_MINUS, NumberColumn, parse_numbers

__all__ = ["to_number", "to_date", "rows_of", "as_mask", "EXCEL_EPOCH"]

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


_DATE_FORMATS = (
    (r"\d{4}-\d{1,2}-\d{1,2}", "%Y-%m-%d"),
    (r"\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?", "ISO8601"),
    (r"\d{1,2}-\d{1,2}-\d{4}", "%d-%m-%Y"),
    (r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"),
    (r"\d{1,2}/\d{1,2}/\d{4}", "%d/%m/%Y"),
)


def _object_kinds(v: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Which cells of an object column hold dates, and which hold numbers."""
    kinds = v.map(type, na_action="ignore")
    types = [t for t in kinds.dropna().unique()]
    date_types = {t: issubclass(t, (pd.Timestamp, np.datetime64)) or hasattr(t, "year") for t in types}
    number_types = {t: issubclass(t, (int, float, np.number)) and not issubclass(t, bool) for t in types}
    is_dt = as_mask(kinds.map(date_types))
    is_num = as_mask(kinds.map(number_types))
    return is_dt, is_num


def to_date(values: pd.Series, column: str, rows: np.ndarray) -> tuple[pd.Series, list[Problem]]:
    """Dates from a column: real dates, Excel serial numbers, or text.

    Text dates are read as ``YYYY-MM-DD``, ``DD-MM-YYYY``, ``DD.MM.YYYY`` or
    ``DD/MM/YYYY`` (day first, as in Denmark and Sweden). A column of
    ``DD-MM``/``DD/MM`` dates where every day is 12 or less could also be
    month first: that is reported as a warning.
    """
    v = values.reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(v.dtype):
        return v.astype("datetime64[ns]").dt.normalize(), []
    if pd.api.types.is_numeric_dtype(v.dtype):
        serial = v.astype("float64")
        days = np.floor(serial.to_numpy())
        ok = ~np.isnan(days) & (days > 0) & (days < 2958466)
        res = pd.Series(pd.NaT, index=v.index, dtype="datetime64[ns]")
        if ok.any():
            res[ok] = (EXCEL_EPOCH + days[ok].astype(np.int64).astype("timedelta64[D]")).astype("datetime64[ns]")
        bad = ~ok & ~np.isnan(days)
        problems = [
            Problem("not_a_date", ERROR, row=int(rows[i]), column=column, values={"value": str(serial.iloc[i])})
            for i in np.flatnonzero(bad)[:_MAX_LISTED]
        ]
        return res, problems
    res = pd.Series(pd.NaT, index=v.index, dtype="datetime64[ns]")
    if v.dtype != object:  # a text column holds no date or number objects
        v = v.astype(object)
        is_dt = is_num = pd.Series(False, index=v.index)
    else:
        is_dt, is_num = _object_kinds(v)
    if is_dt.any():
        res[is_dt] = pd.to_datetime(v[is_dt]).dt.normalize()
    if is_num.any():
        sub, _ = to_date(v[is_num].astype("float64"), column, rows[is_num.to_numpy()])
        res[is_num] = sub.to_numpy()
    text = v.where(~(is_dt | is_num)).astype("string").str.strip()
    blank = text.isna() | (text == "")
    problems: list[Problem] = []
    todo = ~blank & res.isna()
    ambiguous_candidates = pd.Series(False, index=v.index)
    if todo.any():
        # Most files use one format throughout: try ISO dates on everything at C speed first.
        fast = pd.to_datetime(text.where(todo), format="%Y-%m-%d", errors="coerce")
        hit = todo & fast.notna()
        if hit.any():
            res[hit] = fast[hit]
            todo = todo & ~hit
    for pattern, fmt in _DATE_FORMATS:
        if not todo.any():
            break
        match = todo & as_mask(text.str.fullmatch(pattern))
        if match.any():
            parsed = pd.to_datetime(text[match], format=fmt, errors="coerce")
            res[match] = parsed.dt.normalize()
            if fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
                ambiguous_candidates |= match
            todo = todo & ~match
    bad = ~blank & res.isna()
    for i in np.flatnonzero(bad.to_numpy())[:_MAX_LISTED]:
        problems.append(Problem("not_a_date", ERROR, row=int(rows[i]), column=column, values={"value": str(v.iloc[i])}))
    if ambiguous_candidates.any():
        days = res[ambiguous_candidates].dt.day
        if len(days) > 1 and (days <= 12).all():
            first = int(np.flatnonzero(ambiguous_candidates.to_numpy())[0])
            problems.append(
                Problem("ambiguous_day_month", WARNING, row=int(rows[first]), column=column, values={"value": str(v.iloc[first])})
            )
    return res, problems
