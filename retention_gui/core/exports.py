"""Order lines as shop and accounting systems export them -> the rows section 3 counts.

METRICS.md section 3, "Real exports", applied before the rules of section 3,
vectorised (a full Excel sheet of 1,048,575 lines takes well under a second):

- amount = quantity x unit_price when there is no amount column;
- a blank amount on a line whose order has a non-blank amount on another line
  counts 0 (order totals on the first line only, as Shopify writes them); any
  other blank amount is an error naming the row;
- e-mail addresses as customer ids are trimmed and compared case-insensitively;
- lines with a blank customer id (guest orders) are left out of every figure,
  with one warning giving how many lines and their net amount; only when every
  line is a guest's is it an error.

Order-level cells that an export writes on an order's first line only (the
customer and the date) are taken from that order's other lines; how many lines
got them is recorded, never silent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import ERROR, WARNING, Problem
from .parsing import rows_of
from .transactions import order_id_codes

__all__ = ["OrderLines", "prepare_order_lines"]

_MAX_LISTED = 20


@dataclass
class OrderLines:
    """The rows section 3 counts, what happened on the way, and the problems found."""

    data: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    amount_source: str = "column"  # "column" or "quantity_x_unit_price"
    blank_amounts_as_zero: int = 0
    filled_from_order: int = 0
    guest_rows: int = 0
    guest_amount: float = 0.0


def _order_codes(frame: pd.DataFrame) -> np.ndarray | None:
    """Group code of each line's order (-1 for a blank order id); None without an order id column."""
    if "order_id" not in frame.columns:
        return None
    return order_id_codes(frame["order_id"])


def _listed(code: str, mask: np.ndarray, rows: np.ndarray, column: str) -> list[Problem]:
    out = [Problem(code, ERROR, row=int(rows[i]), column=column) for i in np.flatnonzero(mask)[:_MAX_LISTED]]
    extra = int(mask.sum()) - _MAX_LISTED
    if extra > 0:
        out.append(Problem("more_problems", ERROR, column=column, values={"count": extra}))
    return out


def _fill_from_order(frame: pd.DataFrame, key: str, codes: np.ndarray) -> int:
    """Blank ``key`` cells of lines whose order has exactly one distinct value elsewhere take it.

    A blank is a missing value: dates are NaT where blank, and the customer ids
    have been trimmed with "" made missing before this is called.
    """
    col = frame[key]
    blank = col.isna().to_numpy()
    need = blank & (codes >= 0)
    if not need.any():
        return 0
    have = ~blank & (codes >= 0)
    values = col[have]
    per_order = pd.DataFrame({"code": codes[have], "v": values.to_numpy()}).groupby("code")["v"]
    firsts = per_order.first()
    single = per_order.nunique() == 1
    firsts = firsts[single]
    fill_codes = codes[need]
    found = np.isin(fill_codes, firsts.index.to_numpy())
    if not found.any():
        return 0
    positions = np.flatnonzero(need)[found]
    filled = col.copy()
    filled.iloc[positions] = firsts.reindex(fill_codes[found]).to_numpy()
    frame[key] = filled
    return int(len(positions))


def prepare_order_lines(frame: pd.DataFrame, *, email_ids: bool = False) -> OrderLines:
    """Apply the "Real exports" rules of METRICS.md section 3 to imported order lines.

    Parameters
    ----------
    frame
        Columns ``customer_id`` (text as the importer gives it: trimmed, missing
        for a guest), ``order_date``
        (datetime64, NaT where blank or unreadable), and either ``amount``
        (float, NaN where blank) or ``quantity`` and ``unit_price`` (floats);
        optional ``order_id``, ``quantity``, ``source_row``.
    email_ids
        The customer ids are e-mail addresses: lower-cased (trimmed by the
        importer), so ``Ann@Shop.dk `` and ``ann@shop.dk`` are one customer.

    Returns
    -------
    OrderLines
        ``data`` has ``amount`` filled and guests left out (``unit_price`` is
        dropped once it has made the amount); errors for blank amounts (or a
        blank quantity or unit price) that no rule covers, a warning for guest
        lines, an error when every line is a guest's.
    """
    df = frame.reset_index(drop=True)  # a new frame: the caller's is not changed
    rows = rows_of(df)
    problems: list[Problem] = []
    result = OrderLines(df)

    if "amount" not in df.columns and {"quantity", "unit_price"} <= set(df.columns):
        q = df["quantity"].to_numpy(dtype="float64")
        p = df["unit_price"].to_numpy(dtype="float64")
        # A negative quantity gives a negative amount: a refund (UCI's "C..." cancellations need no rule).
        df["amount"] = q * p
        result.amount_source = "quantity_x_unit_price"
        missing_q = np.isnan(q) & ~np.isnan(p)
        missing_p = np.isnan(p)
    else:
        missing_q = missing_p = np.zeros(len(df), dtype=bool)
    if "unit_price" in df.columns:
        df = df.drop(columns=["unit_price"])

    # Ids are compared as text (e-mails without case) before an order's lines are matched up. The importer
    # has trimmed them already (reader._text_ids): trimming a million ids again would change none.
    ids = df["customer_id"].astype("string")
    if email_ids:
        ids = ids.str.lower()
    empty = ids == ""
    df["customer_id"] = ids.mask(empty) if empty.any() else ids

    amount = df["amount"].to_numpy(dtype="float64")  # no copy when already float64 (read-only then)
    blank_amount = np.isnan(amount)
    # The other lines of a line's order are looked at only for a blank amount, customer or date.
    any_blank = blank_amount.any() or df["customer_id"].isna().any() or df["order_date"].isna().any()
    codes = _order_codes(df) if any_blank else None
    if codes is not None and blank_amount.any():
        # Order totals written on the first line only: the order's other lines count 0.
        n_codes = int(codes.max()) + 1 if len(codes) else 0
        valued = np.bincount(codes[(codes >= 0) & ~blank_amount], minlength=n_codes) > 0
        continuation = blank_amount & (codes >= 0) & valued[np.maximum(codes, 0)]
        amount = amount.copy()
        amount[continuation] = 0.0
        result.blank_amounts_as_zero = int(continuation.sum())
        blank_amount &= ~continuation
        df["amount"] = amount
    elif df["amount"].dtype != np.float64:
        df["amount"] = amount

    if codes is not None:
        result.filled_from_order = _fill_from_order(df, "customer_id", codes) + _fill_from_order(df, "order_date", codes)
    guest = df["customer_id"].isna().to_numpy(dtype=bool)
    if guest.all():
        problems.append(Problem("only_guests", ERROR, column="customer_id", values={"rows": int(len(df))}))
        result.data, result.problems = df.iloc[0:0], problems
        return result
    if guest.any():
        result.guest_rows = int(guest.sum())
        result.guest_amount = float(np.nansum(amount[guest]))
        problems.append(Problem("guest_rows", WARNING, column="customer_id",
                                values={"rows": result.guest_rows, "amount": round(result.guest_amount, 2)}))
    keep = ~guest
    if result.amount_source == "quantity_x_unit_price":
        problems += _listed("missing_value", missing_p & blank_amount & keep, rows, "unit_price")
        problems += _listed("missing_value", missing_q & blank_amount & keep, rows, "quantity")
    else:
        problems += _listed("blank_amount", blank_amount & keep, rows, "amount")
    result.data = df[keep].reset_index(drop=True)
    result.problems = problems
    return result


# --- periods sheets ---

# Labels of a totals row under a periods table (da, sv, en), compared without case or spaces.
TOTAL_LABELS: frozenset[str] = frozenset({"i alt", "ialt", "total", "totalt", "sum", "summa", "grand total", "totals"})


def total_rows(labels: pd.Series) -> np.ndarray:
    """Which period labels name a totals row ("I alt", "Total", "Totalt", "Sum", "Summa", "Grand total", any case)."""
    text = labels.astype("string").str.strip().str.rstrip(":.").str.lower().str.replace(r"\s+", " ", regex=True)
    return text.isin(TOTAL_LABELS).fillna(False).to_numpy(dtype=bool)
