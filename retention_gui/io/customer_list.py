"""The customer list (or a part of it, e.g. lapsed valuable customers) as a CSV file for a mail-out."""

from __future__ import annotations

import csv
import os
from typing import Mapping

import pandas as pd

from .atomic import atomic_path

__all__ = ["CUSTOMER_LIST_COLUMNS", "write_customer_list"]

CUSTOMER_LIST_COLUMNS: tuple[str, ...] = ("customer_id", "orders", "revenue", "last_order", "status")


def write_customer_list(
    customers: pd.DataFrame,
    path: str | os.PathLike[str],
    headers: Mapping[str, str] | None = None,
    status_names: Mapping[str, str] | None = None,
    delimiter: str = ",",
    decimal: str = ".",
) -> int:
    """Write customer id, orders, revenue, last order and status of ``customers``, one row each; returns the rows.

    ``headers`` and ``status_names`` word the header row and the status values (default: the keys and
    values as they are); ``delimiter`` and ``decimal`` follow the spreadsheet convention of the reader
    (Danish and Swedish Excel open ``;`` with ``,`` decimals). Dates are written ``YYYY-MM-DD``; revenue
    with two decimals. The file is complete or not written at all; UTF-8 with a BOM so Excel reads ``ø``.
    """
    columns = [c for c in CUSTOMER_LIST_COLUMNS if c in customers.columns]
    headers = headers or {}
    status_names = status_names or {}
    with atomic_path(path) as tmp:
        with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow([headers.get(c, c) for c in columns])
            for row in customers[columns].itertuples(index=False, name=None):
                writer.writerow([_cell(c, v, status_names, decimal) for c, v in zip(columns, row)])
    return len(customers)


def _cell(column: str, value, status_names: Mapping[str, str], decimal: str) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    if column == "status":
        return status_names.get(str(value), str(value))
    if column == "last_order":
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if column == "revenue":
        return f"{float(value):.2f}".replace(".", decimal)
    if column == "orders":
        return str(int(value))
    return str(value)
