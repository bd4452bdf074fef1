"""Header synonyms (English, Danish, Swedish) -> canonical keys; header-row and kind detection."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

from ..core.schema import PERIOD_INPUTS
from ..paths import resource_path

__all__ = ["normalize", "synonyms", "KIND_KEYS", "REQUIRED_KEYS", "map_headers", "detect_kind", "find_header_row"]

KIND_KEYS: dict[str, tuple[str, ...]] = {
    "transactions": ("customer_id", "order_date", "amount", "order_id", "quantity"),
    "nps": ("score", "answer_date"),
    "periods": ("period", *PERIOD_INPUTS),
}
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "transactions": ("customer_id", "order_date", "amount"),
    "nps": ("score",),
    "periods": ("period",),
}

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ß": "ss"})


def normalize(text: object) -> str:
    """Lower case, Nordic letters folded, diacritics and everything but letters and digits removed."""
    s = str(text).strip().lower().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s)


@lru_cache(maxsize=1)
def synonyms() -> dict[str, frozenset[str]]:
    """Canonical key -> normalised header names, from ``resources/header_synonyms.json``."""
    with open(resource_path("header_synonyms.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    table = {key: frozenset(normalize(n) for n in names) | {normalize(key)} for key, names in raw.items() if not key.startswith("_")}
    return table


def _candidates(header: object) -> set[str]:
    n = normalize(header)
    if not n:
        return set()
    return {key for key, names in synonyms().items() if n in names}


def map_headers(headers: Sequence[object], kind: str) -> dict[int, str]:
    """Column position -> canonical key for ``kind``; the first column wins a key."""
    allowed = KIND_KEYS[kind]
    taken: dict[int, str] = {}
    used: set[str] = set()
    # Exact key names first, so a sheet exported by this app maps back exactly.
    for pass_exact in (True, False):
        for i, h in enumerate(headers):
            if i in taken:
                continue
            for key in allowed:
                if key in used:
                    continue
                if (normalize(h) == normalize(key)) if pass_exact else (key in _candidates(h)):
                    taken[i] = key
                    used.add(key)
                    break
    return taken


def detect_kind(headers: Sequence[object]) -> tuple[str | None, dict[int, str]]:
    """The kind of sheet these headers describe, and their mapping; ``None`` if unknown."""
    tx = map_headers(headers, "transactions")
    if all(k in tx.values() for k in REQUIRED_KEYS["transactions"]):
        return "transactions", tx
    per = map_headers(headers, "periods")
    inputs = [k for k in per.values() if k != "period"]
    nps = map_headers(headers, "nps")
    if "score" in nps.values() and not inputs:
        return "nps", nps
    if inputs:
        return "periods", per
    return None, per


def find_header_row(rows: Iterable[Sequence[object]], max_rows: int = 20) -> int | None:
    """Index of the row with the most recognised header names (ties: the first)."""
    best, best_score = None, 0
    for idx, row in enumerate(rows):
        if idx >= max_rows:
            break
        score = sum(1 for cell in row if cell is not None and not _is_nan(cell) and _candidates(cell))
        if score > best_score:
            best, best_score = idx, score
    return best


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and value != value
