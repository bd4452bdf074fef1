"""Where bundled resources live: the source tree, or the PyInstaller folder when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "sample_workbook"]


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return _root().joinpath("resources", *parts)


def sample_workbook() -> Path:
    return resource_path("sample", "sample_shop.xlsx")
