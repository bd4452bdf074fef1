"""One number parser for typed, pasted and imported text (Danish, Swedish, English).

Rules (the same for the quick form, the period table, paste and import):

* A *convention* says how numbers are written: ``"da"`` and ``"sv"`` group
  thousands with a dot, a space (normal, non-breaking, narrow or thin) or an
  apostrophe and use a decimal comma; ``"en"`` groups with a comma, a space or
  an apostrophe and uses a decimal point. A grouping separator is always
  followed by exactly three digits, and the first group has one to three.
  Typed and pasted text follows the interface language; an imported file
  follows its own convention (a ``;`` CSV writes decimal commas, a ``,`` CSV
  decimal points), or ``None`` when the file does not say (text cells in a
  workbook).
* Text that is a number in the convention is read that way, silently:
  ``"1.200"`` is 1200 in Danish and 1.2 in English; ``"1,200"`` is 1.2 in
  Danish and 1200 in English.
* Text that is not a number in the convention but is one in the other
  convention is read the other way *with a warning* that says how it was read
  (``number_other_convention``): ``"1.5"`` in Danish is 1,5; ``"1,5"`` in
  English is 1.5; ``"1,234.50"`` in Danish is 1.234,5.
* With no convention known (text cells of a workbook), text with a single
  reading is read that way. Text that reads as two different numbers
  (``"1.500"``, ``"1,500"``: one separator before exactly three digits) is read
  in the column's own convention when its other cells show one (``12,5`` or
  ``1.234.567`` only read with decimal commas, ``12.5`` or ``1,234.5`` only
  with decimal points, and the column does not mix them), else with the
  separator as a decimal mark; either way it is reported
  (``ambiguous_thousands``, with the value read).
* Text that is a number in neither convention is an error (``not_a_number``).
* Around the number: a currency word or symbol before or after it (``kr.``,
  ``kr``, ``DKK``, ``SEK``, ``NOK``, ``EUR``, ``USD``, ``GBP``, ``€``, ``$``,
  ``£``); a leading ``-`` or ``+`` (also the unicode minus ``−`` and dashes
  Word puts in); parentheses for a negative amount, as accountants write
  ``(1.200)``; a trailing minus as accounting systems export it (``1.200-``),
  read as negative *with a warning* (``number_trailing_minus``); the whole-krone
  marks ``,-`` (Danish) and ``:-`` (Swedish), as in ``1.200,-`` and ``1 200:-``,
  in the Nordic conventions; a percent sign at the end. Two signs, a currency
  together with a percent sign, or unbalanced parentheses are errors.
* A plain number with an exponent (``1e-05``, ``1,5E3`` in Danish) is read as
  written.

Percent: a cell or field with ``%`` reports ``is_percent``; the caller decides
the scale (a 0-100 column keeps 42,5 % as 42.5). No text is ever divided by
100 here.

Everything is vectorised over a pandas Series (the import path); the scalar
:func:`parse_number` runs the same code on one value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd

from .errors import ERROR, WARNING

__all__ = [
    "CONVENTIONS",
    "NumberColumn",
    "NumberReading",
    "convention_for",
    "infer_convention",
    "parse_numbers",
    "parse_number",
    "write_number",
    "NOT_A_NUMBER",
    "OTHER_CONVENTION",
    "TRAILING_MINUS",
    "AMBIGUOUS",
    "SEVERITY",
]

CONVENTIONS: tuple[str, ...] = ("da", "sv", "en")

NOT_A_NUMBER = "not_a_number"
OTHER_CONVENTION = "number_other_convention"
TRAILING_MINUS = "number_trailing_minus"
AMBIGUOUS = "ambiguous_thousands"
SEVERITY: dict[str, str] = {
    NOT_A_NUMBER: ERROR,
    OTHER_CONVENTION: WARNING,
    TRAILING_MINUS: WARNING,
    AMBIGUOUS: WARNING,
}

# Spaces a spreadsheet or a locale puts between digit groups: no-break, narrow no-break,
# thin, figure, en/em and other fixed-width spaces.
_SPACES = "[\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a]"
# Minus signs that are not ASCII: unicode minus, figure dash, en dash (Word's autocorrect),
# small and full-width hyphen-minus.
_MINUSES = "[\u2212\u2012\u2013\ufe63\uff0d]"
_CURRENCY = r"(?:kr\.?|dkk|sek|nok|eur|usd|gbp|€|\$|£)"

# The outer shape of a number cell; the digits themselves are checked per convention below.
_SHAPE = re.compile(
    r"^(?P<open>\()?\s*"
    r"(?P<lead>[-+])?\s*"
    rf"(?:(?P<cur1>{_CURRENCY})\s*)?"
    r"(?P<lead2>[-+])?\s*"
    r"(?P<num>\d(?:[\d.,' ]*\d)?|[.,]\d+)"
    r"(?P<exp>[eE][-+]?\d+)?"
    r"(?P<whole>[,:]-)?"
    rf"\s*(?P<cur2>{_CURRENCY})?"
    r"\s*(?P<pct>%)?"
    r"\s*(?P<trail>-)?"
    r"\s*(?P<close>\))?$",
    re.IGNORECASE,
)
_GROUPS = ("open", "lead", "cur1", "lead2", "num", "exp", "whole", "cur2", "pct", "trail", "close")

# Digits in each convention: plain, grouped by one separator used throughout, or only decimals.
_NORDIC = re.compile(r"\d+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?"
                     r"|\d{1,3}(?:'\d{3})+(?:,\d+)?|,\d+")
_ENGLISH = re.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?"
                      r"|\d{1,3}(?:'\d{3})+(?:\.\d+)?|\.\d+")
# With an exponent only a plain number is allowed.
# ASCII digits only: to_numeric reads nothing else (other scripts' digits go the slow way, to an error).
_PLAIN_POINT = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?")
_PLAIN_COMMA = re.compile(r"[-+]?[0-9]+(?:,[0-9]+)?")
_PLAIN_INT = re.compile(r"[-+]?[0-9]+")
_LONE_GROUP = re.compile(r"[-+]?[0-9]{1,3}[.,][0-9]{3}")  # "1.500": thousands in one convention, decimals in the other
_NORDIC_PLAIN = re.compile(r"\d+(?:,\d+)?")
_ENGLISH_PLAIN = re.compile(r"\d+(?:\.\d+)?")


_PLAIN_INTEGER = re.compile(r"\s*[-+]?[0-9]{1,15}\s*")  # the same in every convention: no pandas needed


def convention_for(language: str | None) -> str | None:
    """The number convention of an interface language code (``da``, ``sv``, ``en``, ``da_DK``...).

    ``None`` stays ``None`` (unknown convention). Other codes raise ``ValueError``.
    """
    if language is None:
        return None
    code = language.split("_")[0].split("-")[0].lower()
    if code not in CONVENTIONS:
        raise ValueError(f"unknown number convention {language!r}; use one of {', '.join(CONVENTIONS)}")
    return code


@dataclass
class NumberColumn:
    """The reading of a column of texts, position by position (a RangeIndex).

    ``values``: float, NaN for blanks and for text that is not a number.
    ``is_percent``: the text ended in ``%``.
    ``code``: ``None`` or one of :data:`SEVERITY`'s keys; errors leave the value NaN,
    warnings keep it.
    ``written``: for warnings, the value as the convention writes it (``1,5``), so the
    message can say how the text was read.
    """

    values: pd.Series
    is_percent: pd.Series
    code: pd.Series
    written: pd.Series


@dataclass(frozen=True)
class NumberReading:
    """One text read by :func:`parse_number`: ``value`` is None for blank or unreadable text."""

    value: float | None
    code: str | None = None
    written: str | None = None
    is_percent: bool = False

    @property
    def ok(self) -> bool:
        """True unless the text is an error (blank is ok)."""
        return self.code is None or SEVERITY[self.code] != ERROR


def write_number(value: float, convention: str) -> str:
    """``value`` as ``convention`` writes it, grouped: ``1.234,5`` (da), ``1 234,5`` (sv), ``1,234.5`` (en).

    Used to tell the user how a text was read; not a display formatter (the UI formats with QLocale).
    """
    text = f"{value:,}" if not float(value).is_integer() else f"{int(value):,}"
    if convention == "en":
        return text
    group = "." if convention == "da" else "\u00a0"
    return text.replace(",", "\0").replace(".", ",").replace("\0", group)


def _fullmatch(s: pd.Series, pattern: re.Pattern[str]) -> np.ndarray:
    return s.str.fullmatch(pattern.pattern).fillna(False).to_numpy(dtype=bool, copy=True)


def _to_float(num: pd.Series, exp: pd.Series, convention: str) -> np.ndarray:
    if convention == "en":
        plain = num.str.replace(r"[, ']", "", regex=True)
    else:
        plain = num.str.replace(r"[. ']", "", regex=True).str.replace(",", ".", regex=False)
    plain = plain + exp.fillna("")
    return pd.to_numeric(plain, errors="coerce").to_numpy(dtype="float64")


def parse_numbers(texts: pd.Series | Iterable[object], convention: str | None, *,
                  first_written_only: bool = False) -> NumberColumn:
    """Read a column of texts as numbers under ``convention`` (``"da"``, ``"sv"``, ``"en"`` or None).

    Blank or missing cells give NaN with no code. See the module docstring for the rules.
    ``first_written_only``: fill ``written`` for the first cell of each warning code only (all a
    column-level message needs; saves a Python loop over a large column).
    """
    conv = convention_for(convention)
    raw = pd.Series(texts if isinstance(texts, pd.Series) else list(texts), dtype=object).reset_index(drop=True)
    t = raw.astype("string").str.strip()
    n = len(t)
    values = np.full(n, np.nan)
    is_percent = np.zeros(n, dtype=bool)
    code = np.full(n, None, dtype=object)
    # Fast path: plain numbers ("1234", "12.5" in English, "12,5" in Danish) that read one way only.
    plain_point = _fullmatch(t, _PLAIN_POINT)
    plain_comma = _fullmatch(t, _PLAIN_COMMA)
    if conv == "en":
        fast_point, fast_comma = plain_point, np.zeros(n, dtype=bool)
    elif conv is None:
        two_ways = _fullmatch(t, _LONE_GROUP)
        fast_point, fast_comma = plain_point & ~two_ways, plain_comma & ~two_ways & ~plain_point
    else:
        fast_point, fast_comma = plain_point & _fullmatch(t, _PLAIN_INT), plain_comma
    if fast_point.any():
        values[fast_point] = pd.to_numeric(t[fast_point]).to_numpy(dtype="float64")
    if fast_comma.any():
        values[fast_comma] = pd.to_numeric(t[fast_comma].str.replace(",", ".", regex=False)).to_numpy(dtype="float64")
    slow = ~(fast_point | fast_comma)
    if slow.any():
        v, pct, c = _parse_text(t[slow].reset_index(drop=True), conv)
        values[slow], is_percent[slow], code[slow] = v, pct, c
    if conv is None:
        two_readings = code == AMBIGUOUS
        inferred = infer_convention(raw) if two_readings.any() else None
        if inferred is not None:
            # The column's other cells say how it writes numbers: read "1.500" that way, and still say so.
            again = parse_numbers(raw, inferred)
            values, is_percent = again.values.to_numpy(copy=True), again.is_percent.to_numpy(copy=True)
            code = again.code.to_numpy(copy=True)
            code[two_readings] = AMBIGUOUS
            conv = inferred

    written = np.full(n, None, dtype=object)
    warn = np.flatnonzero(~np.isnan(values) & (code != None))  # noqa: E711 - elementwise on object array
    if first_written_only:
        warn = np.array([warn[code[warn] == c][0] for c in dict.fromkeys(code[warn])], dtype=np.int64)
    shown_in = conv or "en"
    for i in warn:
        written[i] = write_number(float(values[i]), shown_in)
    index = pd.RangeIndex(n)
    return NumberColumn(
        values=pd.Series(values, index=index, dtype="float64"),
        is_percent=pd.Series(is_percent, index=index),
        code=pd.Series(code, index=index, dtype=object),
        written=pd.Series(written, index=index, dtype=object),
    )


def infer_convention(raw: pd.Series | Iterable[object]) -> str | None:
    """The convention a column (or a pasted block) shows by itself, or None.

    ``"da"`` when some cells read only with a decimal comma (``12,5``, ``1.234,5``,
    ``1.234.567``) and none only with a decimal point; ``"en"`` the other way round;
    None when no cell (or cells of both kinds) says.
    """
    nordic, english = parse_numbers(raw, "da"), parse_numbers(raw, "en")
    nordic_only = bool((nordic.code.isna() & nordic.values.notna() & (english.code == OTHER_CONVENTION)).any())
    english_only = bool((english.code.isna() & english.values.notna() & (nordic.code == OTHER_CONVENTION)).any())
    if nordic_only == english_only:
        return None
    return "da" if nordic_only else "en"


def _parse_text(t: pd.Series, conv: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The full rules on stripped text (a string Series with a RangeIndex): (values, is_percent, codes)."""
    t = t.str.replace(_SPACES, " ", regex=True).str.replace(_MINUSES, "-", regex=True).str.strip()
    t = t.str.replace(r" {2,}", " ", regex=True)
    blank = (t.isna() | (t == "")).to_numpy(dtype=bool)
    parts = t.str.extract(_SHAPE.pattern, flags=re.IGNORECASE)
    for g in _GROUPS:
        if g not in parts.columns:  # pragma: no cover - every group is named in the pattern
            parts[g] = pd.NA
    has = {g: parts[g].notna().to_numpy(dtype=bool, copy=True) for g in _GROUPS}
    shaped = has["num"].copy()
    num = parts["num"].fillna("")
    exp = parts["exp"]

    paren = has["open"] & has["close"]
    lead_minus = (parts["lead"] == "-").fillna(False).to_numpy(dtype=bool) | (
        (parts["lead2"] == "-").fillna(False).to_numpy(dtype=bool))
    signs = has["lead"].astype(int) + has["lead2"].astype(int) + has["trail"].astype(int) + paren.astype(int)
    shaped &= has["open"] == has["close"]
    shaped &= signs <= 1
    shaped &= ~(has["cur1"] & has["cur2"])
    shaped &= ~((has["cur1"] | has["cur2"]) & has["pct"])
    shaped &= ~(has["whole"] & (has["exp"] | has["pct"]))
    negative = lead_minus | has["trail"] | paren

    def valid_in(c: str) -> np.ndarray:
        if c == "en":
            ok = np.where(has["exp"], _fullmatch(num, _ENGLISH_PLAIN), _fullmatch(num, _ENGLISH))
            ok &= ~has["whole"]  # ",-" and ":-" are Nordic
        else:
            ok = np.where(has["exp"], _fullmatch(num, _NORDIC_PLAIN), _fullmatch(num, _NORDIC))
            ok &= ~(has["whole"] & num.str.contains(",", regex=False).fillna(False).to_numpy(dtype=bool))
        return shaped & ok

    valid_nordic, valid_english = valid_in("da"), valid_in("en")
    v_nordic, v_english = _to_float(num, exp, "da"), _to_float(num, exp, "en")
    same = valid_nordic & valid_english & (v_nordic == v_english)

    code = np.full(len(t), None, dtype=object)
    values = np.full(len(t), np.nan)
    if conv is None:
        both = valid_nordic & valid_english & ~same
        # Two readings: the lone separator is taken as a decimal mark (the smaller number), and said so.
        values = np.where(valid_english & ~valid_nordic, v_english, values)
        values = np.where(valid_nordic & ~valid_english, v_nordic, values)
        values = np.where(same, v_nordic, values)
        values = np.where(both, np.where(np.abs(v_nordic) <= np.abs(v_english), v_nordic, v_english), values)
        code[both] = AMBIGUOUS
    else:
        mine, theirs = (valid_english, valid_nordic) if conv == "en" else (valid_nordic, valid_english)
        v_mine, v_theirs = (v_english, v_nordic) if conv == "en" else (v_nordic, v_english)
        values = np.where(mine, v_mine, np.where(theirs, v_theirs, np.nan))
        code[theirs & ~mine] = OTHER_CONVENTION
    values = np.where(negative, -values, values)
    readable = ~np.isnan(values)
    code[readable & has["trail"] & (code == None)] = TRAILING_MINUS  # noqa: E711 - elementwise on object array
    code[~readable & ~blank] = NOT_A_NUMBER
    values[blank] = np.nan
    code[blank] = None
    return values, has["pct"] & readable, code


def parse_number(text: object, language: str) -> NumberReading:
    """Read one typed or pasted text in the number convention of ``language`` (``da``, ``sv``, ``en``).

    Numbers that are not text (an int or float from a spreadsheet cell) are returned as they are.
    """
    if isinstance(text, (int, float, np.integer, np.floating)) and not isinstance(text, bool):
        v = float(text)
        return NumberReading(None if np.isnan(v) else v)
    conv = convention_for(language)
    if isinstance(text, str) and _PLAIN_INTEGER.fullmatch(text):
        return NumberReading(float(text.strip()))
    column = parse_numbers(pd.Series([text], dtype=object), conv)
    v = float(column.values.iloc[0])
    return NumberReading(
        value=None if np.isnan(v) else v,
        code=column.code.iloc[0],
        written=column.written.iloc[0],
        is_percent=bool(column.is_percent.iloc[0]),
    )
