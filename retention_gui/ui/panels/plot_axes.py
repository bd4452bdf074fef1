"""pyqtgraph axes that write numbers and dates as the interface language does."""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from .numbers import grouped_locale

__all__ = ["NumberAxis", "LocaleDateAxis", "TICK_COLOUR", "AXIS_COLOUR"]

TICK_COLOUR = "#333333"
AXIS_COLOUR = "#777777"


def _decimals(spacing: float) -> int:
    if spacing <= 0 or not math.isfinite(spacing):
        return 0
    return max(0, min(6, -int(math.floor(math.log10(spacing)))))


class NumberAxis(pg.AxisItem):
    """Ticks with the locale's thousands separator and decimal mark (``250.000``, ``2,5``); no SI prefix."""

    def __init__(self, orientation: str = "left", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.setTextPen(TICK_COLOUR)
        self.setPen(AXIS_COLOUR)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        loc = grouped_locale()
        places = _decimals(spacing * scale)
        out = []
        for v in values:
            x = v * scale
            if places == 0:
                out.append(loc.toString(int(round(x))))
            else:
                out.append(loc.toString(float(x), "f", places))
        return out


class LocaleDateAxis(pg.DateAxisItem):
    """A UTC date axis whose month names are the interface language's (``jan. 2024``, ``maj``)."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self.setTextPen(TICK_COLOUR)
        self.setPen(AXIS_COLOUR)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        return [self.date_text(v, spacing, i == 0) for i, v in enumerate(values)]

    @staticmethod
    def date_text(value: float, spacing: float, first: bool = False) -> str:
        """A tick's text for ticks ``spacing`` seconds apart: a year, a month name (with its year
        in January and on the first tick), a day and month, or a time."""
        loc = QLocale()
        try:
            d = dt.datetime.fromtimestamp(float(value), dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return ""
        month = loc.monthName(d.month, QLocale.FormatType.ShortFormat)
        if spacing >= 300 * 86400:
            return str(d.year)
        if spacing >= 27 * 86400:
            return f"{month} {d.year}" if d.month == 1 or first else month
        if spacing >= 86400:
            return f"{month} {d.day}" if loc.language() == QLocale.Language.English else f"{d.day}. {month}"
        return f"{d:%H:%M}"
