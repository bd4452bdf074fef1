"""A QTranslator that reads scripts/translations_table.py, so a test can show Danish or Swedish texts
without compiled .qm files (the catalogues are refreshed by the lead with fill_translations.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from translations_table import PLURALS, T  # noqa: E402


class TableTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.column = {"da": 0, "sv": 1}[language]

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        if source in PLURALS and n is not None and n >= 0:
            forms = PLURALS[source][self.column]
            return (forms[0] if n == 1 else forms[-1]).replace("%n", str(n))
        if source in T:
            return T[source][self.column]
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
