"""Numbers in sentences, as the interface language writes them (for the what-if and improve panels).

``QLocale()`` is the interface language (``app.install_translators`` sets the
default). The "C" locale a test run starts in leaves out thousands
separators; money is easier to read with them, so they are always put in.
"""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

__all__ = ["NBSP", "DASH", "english_plural", "fill", "grouped_locale", "number", "money", "percent", "signed",
           "display_currency", "LocaleNumber", "localised"]

DASH = "–"
# Between a number and its unit, so "10 %" or "84.000 kr." never breaks over two lines.
NBSP = "\u00a0"


def fill(template: str, *args: str) -> str:
    """``%1``, ``%2``... of a translated template replaced in one pass (a number's own ``%`` stays)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
                  template)


def english_plural(text: str, n: int) -> str:
    """``self.tr("%n period(s)", "", n)`` without an English catalogue still says "(s)": write it out."""
    return text.replace("(s)", "" if n == 1 else "s")


def grouped_locale(locale: QLocale | None = None) -> QLocale:
    """The interface locale (or ``locale``), with thousands separators switched on."""
    loc = QLocale(locale) if locale is not None else QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc


def _finite(value: Any) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def number(value: Any, decimals: int | None = 0, locale: QLocale | None = None) -> str:
    """``12.345`` / ``12,5``: ``decimals=None`` writes as few decimals as the value needs."""
    if not _finite(value):
        return DASH
    loc = grouped_locale(locale)
    v = float(value)
    if decimals is None:
        if v.is_integer() and abs(v) < 1e15:
            return loc.toString(int(v))
        return loc.toString(v, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    if decimals == 0:
        rounded = round(v)
        return loc.toString(int(rounded)) if abs(rounded) < 1e15 else loc.toString(v, "f", 0)
    return loc.toString(v, "f", decimals)


def display_currency(currency: str) -> str:
    """The currency as the interface language writes it: the default ``kr.`` is ``kr`` in Swedish."""
    if currency == "kr.":
        return QCoreApplication.translate("Currency", "kr.")
    return currency


def money(value: Any, currency: str = "", decimals: int = 0, locale: QLocale | None = None) -> str:
    """``84.000 kr.`` (whole amounts unless ``decimals``)."""
    if not _finite(value):
        return DASH
    unit = display_currency(currency)
    return f"{number(value, decimals, locale)}{NBSP}{unit}" if unit else number(value, decimals, locale)


def percent(value: Any, decimals: int | None = 1, locale: QLocale | None = None) -> str:
    """``5,5 %``."""
    if not _finite(value):
        return DASH
    return f"{number(value, decimals, locale)}{NBSP}%"


def signed(text: str, value: Any) -> str:
    """A difference with its sign written out: ``+84.000 kr.``; the minus is the locale's own."""
    # The sign follows what is shown: 0.3 kr. shown as "0 kr." gets none.
    if _finite(value) and float(value) > 0 and text != DASH and re.search(r"[1-9]", text):
        return f"+{text}"
    return text


_SPEC = re.compile(r"\.(\d+)([fg%])?")


class LocaleNumber(float):
    """A float that formats itself in the interface language inside ``str.format`` templates.

    ``retention_gui.messages`` fills its templates with Python's format specs
    (``{value:.1f}``), which always write a decimal point; handing it these
    numbers makes the same templates read ``12,5`` in Danish and Swedish.
    """

    _locale: QLocale

    def __new__(cls, value: float, locale: QLocale | None = None) -> "LocaleNumber":
        obj = super().__new__(cls, value)
        obj._locale = grouped_locale(locale)
        return obj

    def __format__(self, spec: str) -> str:
        v = float(self)
        if not math.isfinite(v):
            return format(v, spec)
        if spec in ("", "g"):
            return number(v, None, self._locale)
        m = _SPEC.fullmatch(spec)
        if m is None:
            return format(v, spec)
        digits = int(m.group(1))
        if m.group(2) == "g":
            return number(v, None, self._locale) if v.is_integer() else number(round(v, digits), None, self._locale)
        return number(v, digits, self._locale)

    def __str__(self) -> str:
        return self.__format__("")


def localised(values: dict[str, Any], locale: QLocale | None = None) -> dict[str, Any]:
    """The numbers among ``values`` as :class:`LocaleNumber` (texts, None and booleans stay)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            out[key] = value
        else:
            out[key] = LocaleNumber(float(value), locale)
    return out
