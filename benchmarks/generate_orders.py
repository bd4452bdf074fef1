"""Realistic order-line sheets for benchmarks, written once and cached outside the repo.

Customers arrive over 36 months and return at varied rates (gamma-distributed),
orders have one to four lines, about 3 % of orders get a refund line. Written
with xlsxwriter in constant-memory mode (much faster than openpyxl), plus the
same data as CSV.

    python benchmarks/generate_orders.py 100000 300000 1048575
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

CACHE = Path(os.environ.get("RETENTION_BENCH_CACHE", Path.home() / ".cache" / "retention-calculator-bench"))
MAX_EXCEL_ROWS = 1_048_575  # data rows under one header row
EPOCH = np.datetime64("2022-01-01")
DAYS = 3 * 365


def make_orders(n_rows: int, seed: int = 7) -> pd.DataFrame:
    """About ``n_rows`` order lines (exactly n_rows), vectorised."""
    rng = np.random.default_rng(seed)
    n_orders = int(n_rows / 2.4)
    n_customers = max(10, n_orders // 6)
    arrival = rng.integers(0, DAYS, n_customers)
    weight = rng.gamma(0.8, 1.0, n_customers)
    cust = rng.choice(n_customers, size=n_orders, p=weight / weight.sum())
    span = DAYS - arrival[cust]
    day = arrival[cust] + (rng.random(n_orders) * span).astype(np.int64)
    lines = rng.integers(1, 5, n_orders)
    order_idx = np.repeat(np.arange(n_orders), lines)[:n_rows]
    n = len(order_idx)
    qty = rng.integers(1, 4, n)
    price = rng.choice(np.array([49.0, 99.0, 149.0, 199.0, 349.5, 499.0]), n)
    amount = qty * price
    refund = rng.random(n) < 0.03
    qty = np.where(refund, -1, qty)
    amount = np.where(refund, -price, amount)
    frame = pd.DataFrame({
        "order_id": 100_000 + order_idx,
        "customer_id": np.char.add("C", cust[order_idx].astype(str)),
        "order_date": (EPOCH + day[order_idx].astype("timedelta64[D]")).astype("datetime64[ns]"),
        "quantity": qty,
        "amount": amount,
    })
    if n < n_rows:  # pad by repeating the last orders' lines
        extra = frame.iloc[: n_rows - n].copy()
        frame = pd.concat([frame, extra], ignore_index=True)
    return frame.sort_values(["order_date", "order_id"], kind="stable").reset_index(drop=True)


def write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    import xlsxwriter

    tmp = path.with_suffix(".tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
    ws = wb.add_worksheet("Ordrer")
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["Ordre-ID", "Kunde-ID", "Ordredato", "Antal", "Beløb"])
    oid = frame["order_id"].to_numpy().tolist()
    cid = frame["customer_id"].tolist()
    dates = frame["order_date"].dt.to_pydatetime().tolist()
    qty = frame["quantity"].to_numpy().tolist()
    amount = frame["amount"].to_numpy().tolist()
    for i in range(len(frame)):
        r = i + 1
        ws.write_number(r, 0, oid[i])
        ws.write_string(r, 1, cid[i])
        ws.write_datetime(r, 2, dates[i], date_fmt)
        ws.write_number(r, 3, qty[i])
        ws.write_number(r, 4, amount[i])
    wb.close()
    tmp.replace(path)


def ensure(n_rows: int) -> tuple[Path, Path]:
    """Cached (xlsx, csv) with n_rows order lines; generated on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    xlsx = CACHE / f"orders_{n_rows}.xlsx"
    csv = CACHE / f"orders_{n_rows}.csv"
    if not (xlsx.exists() and csv.exists()):
        t = time.perf_counter()
        frame = make_orders(n_rows)
        frame.assign(order_date=frame["order_date"].dt.strftime("%Y-%m-%d")).rename(columns={
            "order_id": "Ordre-ID", "customer_id": "Kunde-ID", "order_date": "Ordredato", "quantity": "Antal",
            "amount": "Beløb"}).to_csv(csv, sep=";", index=False, decimal=",")
        write_xlsx(frame, xlsx)
        print(f"generated {n_rows:,} rows in {time.perf_counter() - t:.1f} s -> {xlsx}", file=sys.stderr)
    return xlsx, csv


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["100000"]:
        print(ensure(int(arg)))
