"""pyqtgraph axes that write numbers and dates as the interface language does."""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale

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
        loc = QLocale()
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
        loc = QLocale()
        out = []
        for i, v in enumerate(values):
            try:
                d = dt.datetime.fromtimestamp(float(v), dt.timezone.utc)
            except (OverflowError, OSError, ValueError):
                out.append("")
                continue
            month = loc.monthName(d.month, QLocale.FormatType.ShortFormat)
            if spacing >= 300 * 86400:
                out.append(str(d.year))
            elif spacing >= 27 * 86400:
                out.append(f"{month} {d.year}" if d.month == 1 or i == 0 else month)
            elif spacing >= 86400:
                out.append(f"{d.day}. {month}" if loc.language() != QLocale.Language.English else f"{month} {d.day}")
            else:
                out.append(f"{d:%H:%M}")
        return out
