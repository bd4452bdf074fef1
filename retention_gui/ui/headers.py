"""Column headers in words: a metric's name and its unit in brackets, wrapped on two lines, and its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.catalogue import unit_of
from ..messages import explanation, metric_name

__all__ = ["header_text", "header_tooltip", "unit_text"]


def unit_text(key: str, currency: str = "") -> str:
    """The unit of a key for a header, in brackets: "(%)", "(kr.)", "(days)"; "" for counts, text and dates,
    and for days when the name says so already ("Days in period")."""
    unit = unit_of(key)
    if unit == "percent":
        return "(%)"
    if unit == "money":
        return f"({currency})" if currency else ""
    if unit == "days":
        return "" if "days" in key else QCoreApplication.translate("Headers", "(days)")
    if unit == "periods":
        return QCoreApplication.translate("Headers", "(periods)")
    if unit == "points":
        return QCoreApplication.translate("Headers", "(points)")
    return ""


def _bare_name(key: str) -> str:
    """The display name without a trailing "%" or "(periods)" the unit brackets say again."""
    name = metric_name(key)
    unit = unit_of(key)
    if unit == "percent" and name.endswith("%"):
        name = name[:-1].rstrip()
    if unit == "periods" and name.endswith(")") and "(" in name:
        name = name[: name.rindex("(")].rstrip()
    return name


def header_text(key: str, currency: str = "", width: int = 14) -> str:
    """A column header of (at most) two lines: the metric's name and its unit in brackets, wrapped."""
    name, unit = _bare_name(key), unit_text(key, currency)
    words = name.split() + ([unit] if unit else [])
    if len(name) <= width or len(words) < 2:
        return f"{name}\n{unit}" if unit else name
    # Break at the space that makes the longer line shortest; the unit never stands alone on line 1.
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def header_tooltip(key: str, currency: str = "") -> str:
    """The header's tooltip in words: what the figure means, or its name and unit; never the internal key."""
    words = explanation(key)
    name = " ".join(part for part in (_bare_name(key), unit_text(key, currency)) if part)
    return f"{name}: {words}" if words else name
