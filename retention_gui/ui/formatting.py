"""Numbers for display, in the user's locale (the core never formats)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

import pandas as pd
from PySide6.QtCore import QLocale

from ..core.catalogue import shown_decimals, unit_of
from ..core.errors import ERROR, WARNING, Problem
from ..core.numbers import SEVERITY, NumberReading, convention_for, infer_convention, parse_number, write_number
from ..core.report import is_missing

__all__ = [
    "format_value", "parse_user_number", "read_user_number", "user_number_problem", "edit_text", "is_missing",
    "set_number_language", "number_language", "block_language",
]

DASH = "–"


def format_value(key: str, value: Any, locale: QLocale | None = None, currency: str = "") -> str:
    """``12,3 %``, ``1.234,50 kr.``, ``1.234`` - as the locale writes them."""
    loc = locale or QLocale()
    if is_missing(value):
        return DASH
    if isinstance(value, (pd.Timestamp,)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        return value
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    places = shown_decimals(key, v)
    if places == 0:
        return loc.toString(int(v))
    text = loc.toString(v, "f", places)
    unit = unit_of(key)
    if unit == "percent":
        return f"{text} %"
    return f"{text} {currency}".strip() if unit == "money" else text


# The number convention of typed and pasted text: None follows the interface language (QLocale's default,
# which app.install_translators sets to the chosen language); tests and callers may pin it.
_number_language: str | None = None


def set_number_language(code: str | None) -> None:
    """Read typed and pasted numbers as ``code`` writes them (``da``, ``sv``, ``en``); None: the interface language."""
    global _number_language
    _number_language = None if code is None else convention_for(code)


def number_language(locale: QLocale | None = None) -> str:
    """The number convention of typed text: the pinned one, else the interface language's.

    Danish and Swedish are themselves; any other language reads like English, unless its
    locale writes a decimal comma (German, Norwegian, ...), which reads like Danish.
    """
    if _number_language is not None:
        return _number_language
    loc = locale or QLocale()
    language = loc.language()
    if language == QLocale.Language.Danish:
        return "da"
    if language == QLocale.Language.Swedish:
        return "sv"
    if language == QLocale.Language.English:
        return "en"
    return "da" if loc.decimalPoint() == "," else "en"


@lru_cache(maxsize=4096)
def _read(text: str, language: str) -> NumberReading:
    return parse_number(text, language)


def read_user_number(text: str, language: str | None = None) -> NumberReading:
    """A typed or pasted text read in the interface language's convention (or ``language``).

    The reading carries the value (None if blank or unreadable), the problem code if any
    (an error, or a warning that says how the text was read) and ``is_percent``.
    """
    return _read(text.strip(), language or number_language())


def parse_user_number(text: str, language: str | None = None, *, percent: bool | None = None) -> tuple[float | None, bool]:
    """A typed number: (value or None if blank, ok).

    Read in the interface language's convention (``language`` to override): "1.200" is
    1200 in Danish and Swedish, 1.2 in English. Text in the other convention is read too
    (see :func:`read_user_number` for the warning). A percent sign is allowed when
    ``percent`` is True or None, and never divides: "42,5 %" is 42.5 in a percent field;
    ``percent=False`` refuses it.
    """
    reading = read_user_number(text, language)
    if not reading.ok:
        return None, False
    if reading.is_percent and percent is False:
        return None, False
    return reading.value, True


def block_language(texts: Iterable[str], language: str | None = None) -> str:
    """The convention to read a pasted block in.

    The interface language's (or ``language``), unless the block's own cells show the
    other convention and none shows this one: Excel in Danish pastes "245.300,50" into an
    English interface, and then its "1.200" is 1200 as well.
    """
    base = language or number_language()
    cells = [t for t in texts if t and t.strip()]
    # Only a cell with a comma, a point or a colon ("100:-") reads in one convention and not the
    # other: a block of plain whole numbers says nothing (and skips two parses, 6 ms a paste).
    if not any("," in t or "." in t or ":" in t for t in cells):
        return base
    inferred = infer_convention(cells)
    if inferred is None or (inferred == "en") == (base == "en"):
        return base
    return inferred


def user_number_problem(text: str, language: str | None = None, *, percent: bool | None = None,
                        interface: str | None = None) -> Problem | None:
    """What to tell the user about a typed text: an error or a warning :class:`Problem`, or None.

    ``interface``: the interface language's convention when ``language`` is another one (a
    pasted block in its own convention); a text the interface would read as another number
    is then reported as read two ways (``ambiguous_thousands``), with the value used, and a
    text the interface does not write that way gets the note typing it would get.
    """
    reading = read_user_number(text, language)
    stripped = text.strip()
    if interface is not None and reading.code is None and reading.value is not None:
        usual = read_user_number(text, interface)
        if usual.code is None and usual.value is not None and usual.value != reading.value:
            return Problem("ambiguous_thousands", WARNING, values={
                "value": stripped, "read": reading.value,
                "written": write_number(reading.value, language or number_language())})
        if usual.code is not None and usual.ok and usual.value == reading.value:
            # Not how the interface writes numbers: say how it was read, as for typed text.
            return Problem(usual.code, SEVERITY[usual.code],
                           values={"value": stripped, "written": usual.written, "read": usual.value})
    if reading.is_percent and percent is False:
        return Problem("number_percent_not_here", ERROR, values={"value": stripped})
    if reading.code is None:
        if percent and not reading.is_percent and reading.value is not None and 0 < abs(reading.value) < 1:
            # 0,425 in a percent field is 0,425 % as typed; say so, in case 42,5 % was meant.
            lang = language or number_language()
            return Problem("percent_looks_like_fraction", WARNING,
                           values={"value": stripped, "written": write_number(reading.value, lang),
                                   "percent": write_number(round(reading.value * 100, 10), lang)})
        return None
    return Problem(reading.code, SEVERITY[reading.code],
                   values={"value": stripped, "written": reading.written, "read": reading.value})


def edit_text(value: float | None, language: str | None = None) -> str:
    """A number as the user would type it in the convention (no grouping): ``1234,5`` in Danish."""
    if value is None or is_missing(value):
        return ""
    v = float(value)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    text = repr(v)
    return text if (language or number_language()) == "en" else text.replace(".", ",")
