"""Header synonyms (English, Danish, Swedish) -> canonical keys; header-row and kind detection.

Known export layouts (``_layouts`` in ``resources/header_synonyms.json``: UCI
Online Retail, Shopify and WooCommerce order exports, Danish and Swedish
invoice lists) are recognised by a set of signature headers and mapped by
their own table, so a header such as Shopify's "Name" (the order number) never
has to be a general synonym. Other sheets are mapped by synonyms, with the
amount rule of :func:`amount_rank` when several columns could be the amount.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..core.schema import PERIOD_INPUTS
from ..paths import resource_path

__all__ = ["normalize", "synonyms", "KIND_KEYS", "REQUIRED_KEYS", "ROLE_ALTERNATIVES", "map_headers", "detect_kind",
           "find_header_row", "HeaderMatch", "match_headers", "missing_roles", "layouts", "amount_rank"]

# Roles of a transactions sheet beyond METRICS.md's columns: ``email`` stands in for ``customer_id``
# and ``unit_price`` (with ``quantity``) for ``amount`` (section 3, "Real exports").
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "transactions": ("customer_id", "order_date", "amount", "order_id", "quantity", "email", "unit_price"),
    "nps": ("score", "answer_date"),
    "periods": ("period", *PERIOD_INPUTS),
}
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "transactions": ("customer_id", "order_date", "amount"),
    "nps": ("score",),
    "periods": ("period",),
}

# A required role can also be filled by these roles together.
ROLE_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "customer_id": ("email",),
    "amount": ("quantity", "unit_price"),
}

# The hidden sheet of a translated result workbook: each sheet's name, header row and canonical keys
# (written by io.workbook, read by io.reader), so a Danish or Swedish export imports like an English one.
KEYS_SHEET = "_keys"

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
    """Column position -> canonical key for ``kind``; the first column wins a key.

    For transactions two rules of METRICS.md section 3 apply: when several
    columns could be the amount, :func:`amount_rank` picks one; a column named
    only "Price"/"Pris" is a unit price when a quantity column is present and
    the amount when none is (and no amount column exists).
    """
    allowed = KIND_KEYS[kind]
    if kind == "transactions":
        return _map_transactions(headers)
    return _map_generic(headers, allowed)


def _map_generic(headers: Sequence[object], allowed: Sequence[str]) -> dict[int, str]:
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


@lru_cache(maxsize=1)
def _amount_tiers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    with open(resource_path("header_synonyms.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    pref = raw.get("_amount_preference", {})
    net = frozenset(normalize(n) for n in pref.get("before_vat_and_shipping", []))
    totals = frozenset(normalize(n) for n in pref.get("totals", []))
    price = frozenset(normalize(n) for n in raw.get("_price_names", {}).get("names", []))
    return net, totals, price


def amount_rank(header: object) -> int:
    """The amount rule: 0 for money before VAT and shipping (Subtotal, "Beløb ekskl. moms",
    "Belopp exkl. moms", Netto), 1 for a plain amount (Amount, Beløb, Belopp), 2 for totals
    (Total, Totalt, "inkl. moms"). The lowest rank wins; the leftmost column among equals.

    Why: revenue here is what the business earns from its customers; VAT is passed on to the
    state and shipping is mostly passed on to the carrier, so amounts without them compare
    across shops and months.
    """
    net, totals, _ = _amount_tiers()
    n = normalize(header)
    return 0 if n in net else 2 if n in totals else 1


def _map_transactions(headers: Sequence[object]) -> dict[int, str]:
    allowed = [k for k in KIND_KEYS["transactions"] if k != "amount"]
    taken = _map_generic(headers, allowed)
    amount_cols = [i for i, h in enumerate(headers)
                   if i not in taken and (normalize(h) == "amount" or "amount" in _candidates(h))]
    if amount_cols:
        best = min(amount_cols, key=lambda i: (amount_rank(headers[i]), i))
        taken[best] = "amount"
    elif "quantity" not in taken.values():
        # With no quantity column a column named only "Price"/"Pris" is the row's money.
        _, _, price = _amount_tiers()
        for i, key in list(taken.items()):
            if key == "unit_price" and normalize(headers[i]) in price:
                taken[i] = "amount"
                break
    return dict(sorted(taken.items()))


@dataclass
class HeaderMatch:
    """How a header row was understood: kind, column position -> role, and the known layout if any."""

    kind: str | None
    mapping: dict[int, str]
    layout: str | None = None
    # Other columns that could have been the amount (positions), when the amount rule chose.
    amount_alternatives: list[int] = field(default_factory=list)


@lru_cache(maxsize=1)
def layouts() -> tuple[dict[str, Any], ...]:
    """The known export layouts of ``header_synonyms.json`` (``_layouts``)."""
    with open(resource_path("header_synonyms.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    return tuple(raw.get("_layouts", []))


def _match_layout(headers: Sequence[object]) -> tuple[str, dict[int, str], list[int]] | None:
    norm = [normalize(h) for h in headers]
    for layout in layouts():
        if not all(normalize(h) in norm for h in layout["signature"]):
            continue
        mapping: dict[int, str] = {}
        alternatives: list[int] = []
        for role, names in layout["roles"].items():
            options = [names] if isinstance(names, str) else list(names)
            # The layout lists the amount columns in the order of the amount rule.
            found = [norm.index(normalize(n)) for n in options if normalize(n) in norm]
            if found:
                mapping[found[0]] = role
                alternatives += found[1:] if role == "amount" else []
        return layout["name"], dict(sorted(mapping.items())), alternatives
    return None


def missing_roles(kind: str, roles: Iterable[str]) -> list[str]:
    """Required roles of ``kind`` that neither ``roles`` nor their alternatives fill."""
    have = set(roles)
    return [k for k in REQUIRED_KEYS[kind]
            if k not in have and not (k in ROLE_ALTERNATIVES and set(ROLE_ALTERNATIVES[k]) <= have)]


def match_headers(headers: Sequence[object], kind: str = "auto") -> HeaderMatch:
    """Kind, roles and known layout of a header row (``kind`` given or ``"auto"``)."""
    if kind in ("auto", "transactions"):
        known = _match_layout(headers)
        if known is not None:
            name, mapping, alternatives = known
            return HeaderMatch("transactions", mapping, name, alternatives)
        tx = map_headers(headers, "transactions")
        if kind == "transactions" or not missing_roles("transactions", tx.values()):
            amount_alternatives = []
            if "amount" in tx.values():
                amount_alternatives = [i for i, h in enumerate(headers) if i not in tx
                                       and (normalize(h) == "amount" or "amount" in _candidates(h))]
            return HeaderMatch("transactions", tx, None, amount_alternatives)
    if kind != "auto":
        return HeaderMatch(kind, map_headers(headers, kind))
    detected, mapping = _detect_other(headers)
    return HeaderMatch(detected, mapping)


def detect_kind(headers: Sequence[object]) -> tuple[str | None, dict[int, str]]:
    """The kind of sheet these headers describe, and their mapping; ``None`` if unknown."""
    m = match_headers(headers)
    return m.kind, m.mapping


def _detect_other(headers: Sequence[object]) -> tuple[str | None, dict[int, str]]:
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
