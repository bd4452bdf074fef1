"""Realistic order-line sheets for benchmarks, written once and cached outside the repo.

Customers arrive over 36 months and return at varied rates (gamma-distributed),
orders have one to four lines, about 3 % of orders get a refund line. Written
with xlsxwriter in constant-memory mode (much faster than openpyxl), plus the
same data as CSV.

    python benchmarks/generate_orders.py 100000 300000 1048575
    python benchmarks/generate_orders.py --online-retail 1048575

``--online-retail`` writes UCI's Online Retail layout instead (the data set a
small shop's export most often looks like): one line per product, InvoiceNo
with "C..." cancellations whose Quantity is negative, StockCode, Description,
Quantity, InvoiceDate as date-times, UnitPrice, CustomerID blank on about a
quarter of the lines (guests), Country. Importing it needs amount = quantity x
price and guest rows (the column-role rules).
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


RETAIL_COLUMNS = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]
RETAIL_START = np.datetime64("2010-12-01T00:00")
RETAIL_DAYS = 374  # 2010-12-01 .. 2011-12-09, as in the UCI set
_COUNTRIES = np.array(["United Kingdom", "Germany", "France", "EIRE", "Spain", "Netherlands", "Belgium",
                       "Switzerland", "Portugal", "Australia", "Norway", "Italy", "Channel Islands", "Finland",
                       "Cyprus", "Sweden", "Denmark", "Japan", "Poland", "USA"])
_COUNTRY_P = np.array([0.89, 0.02, 0.018, 0.016, 0.006, 0.005, 0.004, 0.004, 0.003, 0.003, 0.003, 0.003, 0.002,
                       0.002, 0.002, 0.002, 0.001, 0.001, 0.001, 0.012])
_WORDS = np.array(["WHITE", "HANGING", "HEART", "T-LIGHT", "HOLDER", "RED", "RETROSPOT", "CAKE", "CASES", "JUMBO",
                   "BAG", "VINTAGE", "PAISLEY", "LUNCH", "BOX", "REGENCY", "CAKESTAND", "3", "TIER", "PARTY",
                   "BUNTING", "SET", "OF", "6", "SPOTTY", "CHRISTMAS", "GLASS", "BAUBLE", "PINK", "BLUE"])


def make_online_retail(n_rows: int, seed: int = 11) -> pd.DataFrame:
    """Exactly ``n_rows`` order lines in UCI Online Retail's layout (vectorised).

    About 21 lines per invoice, 2 % of invoices cancelled ("C" + number, negative quantities),
    25 % of the lines without a CustomerID (guest invoices), customers returning at gamma-spread rates,
    one country per customer (mostly the United Kingdom), prices fixed per stock code.
    """
    rng = np.random.default_rng(seed)
    n_invoices = max(1, n_rows // 21)
    n_customers = max(10, n_invoices // 6)
    weight = rng.gamma(0.7, 1.0, n_customers)
    customer = rng.choice(n_customers, size=n_invoices, p=weight / weight.sum())
    guest = rng.random(n_invoices) < 0.25
    cancelled = (rng.random(n_invoices) < 0.02) & ~guest
    minute = np.sort(rng.integers(0, RETAIL_DAYS * 24 * 60, n_invoices))
    minute = (minute // (24 * 60)) * 24 * 60 + 8 * 60 + (minute % (24 * 60)) // 2  # opening hours 08:00-20:00
    lines = rng.poisson(20.0, n_invoices) + 1
    inv = np.repeat(np.arange(n_invoices), lines)
    if len(inv) < n_rows:
        inv = np.concatenate([inv, np.full(n_rows - len(inv), n_invoices - 1)])
    inv = inv[:n_rows]
    n_codes = 4000
    code_numbers = rng.choice(np.arange(10000, 99999), n_codes, replace=False)
    suffix = rng.choice(np.array(["", "", "", "A", "B", "C"]), n_codes)
    codes = np.char.add(code_numbers.astype(str), suffix)
    codes[:4] = ["POST", "M", "DOT", "C2"]
    words = rng.choice(_WORDS, size=(n_codes, 4))
    descriptions = np.array([" ".join(w) for w in words])
    prices = np.round(rng.choice(np.array([0.29, 0.42, 0.55, 0.85, 1.25, 1.65, 2.1, 2.55, 2.95, 3.75, 4.95, 7.95,
                                           12.75, 18.0]), n_codes) * rng.choice([1.0, 1.0, 1.2], n_codes), 2)
    code = rng.integers(0, n_codes, n_rows)
    qty = rng.choice(np.array([1, 1, 2, 2, 3, 4, 6, 6, 12, 12, 24, 48]), n_rows)
    is_cancel = cancelled[inv]
    qty = np.where(is_cancel, -qty, qty)
    invoice_no = (536365 + inv).astype(str)
    invoice_no = np.where(is_cancel, np.char.add("C", invoice_no), invoice_no)
    cust_id = 12346.0 + customer[inv]
    cust_id = np.where(guest[inv], np.nan, cust_id)
    country_of = rng.choice(_COUNTRIES, n_customers, p=_COUNTRY_P / _COUNTRY_P.sum())
    return pd.DataFrame({
        "InvoiceNo": invoice_no,
        "StockCode": codes[code],
        "Description": descriptions[code],
        "Quantity": qty,
        "InvoiceDate": (RETAIL_START + minute[inv].astype("timedelta64[m]")).astype("datetime64[ns]"),
        "UnitPrice": prices[code],
        "CustomerID": cust_id,
        "Country": country_of[customer[inv]],
    })


def write_retail_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """As UCI ships it: InvoiceNo as a number unless cancelled ("C..."), CustomerID a number or blank."""
    import xlsxwriter

    tmp = path.with_suffix(".tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
    ws = wb.add_worksheet("Online Retail")
    stamp = wb.add_format({"num_format": "m/d/yy h:mm"})
    ws.write_row(0, 0, RETAIL_COLUMNS)
    inv = frame["InvoiceNo"].tolist()
    code = frame["StockCode"].tolist()
    desc = frame["Description"].tolist()
    qty = frame["Quantity"].to_numpy().tolist()
    when = frame["InvoiceDate"].dt.to_pydatetime().tolist()
    price = frame["UnitPrice"].to_numpy().tolist()
    cust = frame["CustomerID"].to_numpy().tolist()
    country = frame["Country"].tolist()
    for i in range(len(frame)):
        r = i + 1
        if inv[i][0] == "C":
            ws.write_string(r, 0, inv[i])
        else:
            ws.write_number(r, 0, int(inv[i]))
        if code[i].isdigit():
            ws.write_number(r, 1, int(code[i]))
        else:
            ws.write_string(r, 1, code[i])
        ws.write_string(r, 2, desc[i])
        ws.write_number(r, 3, qty[i])
        ws.write_datetime(r, 4, when[i], stamp)
        ws.write_number(r, 5, price[i])
        if cust[i] == cust[i]:  # not NaN: guests leave the cell empty
            ws.write_number(r, 6, cust[i])
        ws.write_string(r, 7, country[i])
    wb.close()
    tmp.replace(path)


def ensure_online_retail(n_rows: int) -> tuple[Path, Path]:
    """Cached (xlsx, csv) in the Online Retail layout with n_rows lines; generated on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    xlsx = CACHE / f"online_retail_{n_rows}.xlsx"
    csv = CACHE / f"online_retail_{n_rows}.csv"
    if not (xlsx.exists() and csv.exists()):
        t = time.perf_counter()
        frame = make_online_retail(n_rows)
        # The CSV as commonly shared: comma-separated, decimal points, "2010-12-01 08:26:00" stamps.
        frame.assign(InvoiceDate=frame["InvoiceDate"].dt.strftime("%Y-%m-%d %H:%M:%S"),
                     CustomerID=frame["CustomerID"].astype("Int64")).to_csv(csv, index=False)
        write_retail_xlsx(frame, xlsx)
        print(f"generated {n_rows:,} online-retail rows in {time.perf_counter() - t:.1f} s -> {xlsx}", file=sys.stderr)
    return xlsx, csv


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--online-retail":
        for arg in args[1:] or [str(MAX_EXCEL_ROWS)]:
            print(ensure_online_retail(int(arg)))
    else:
        for arg in args or ["100000"]:
            print(ensure(int(arg)))
