"""Generate resources/sample/sample_shop.xlsx: a small Danish web shop's figures.

Sheets: "Nøgletal" (24 months of period figures, Danish headers under a title
row), "Ordrer" (order lines from the shop system), "NPS" (survey answers).
Deterministic (fixed seed), so the committed file can be rebuilt exactly:

    python scripts/make_sample.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "sample" / "sample_shop.xlsx"


def month_ends(start: dt.date, n: int) -> list[dt.date]:
    out = []
    y, m = start.year, start.month
    for _ in range(n):
        nxt = dt.date(y + (m // 12), m % 12 + 1, 1)
        out.append(nxt - dt.timedelta(days=1))
        y, m = nxt.year, nxt.month
    return out


def periods_sheet(wb: Workbook, rng: np.random.Generator) -> None:
    ws = wb.active
    ws.title = "Nøgletal"
    ws["A1"] = "Webshop Nordlys ApS - nøgletal pr. måned"
    ws["A1"].font = Font(bold=True, size=14)
    headers = [
        "Periode", "Kunder ved periodens start", "Kunder ved periodens slutning", "Nye kunder",
        "Omsætning", "Antal ordrer", "Aktive kunder", "Genkøbende kunder",
        "MRR ved start", "Mistet omsætning", "Nedgraderinger", "Opgraderinger",
        "Solgte enheder", "Returnerede enheder", "Debitorer", "Kreditsalg",
        "Promoters", "Passives", "Detractors", "Dækningsgrad",
    ]
    ws.append([])
    ws.append(headers)
    for c in ws[3]:
        c.font = Font(bold=True)
    customers = 420
    mrr = 38_000.0
    for end in month_ends(dt.date(2023, 1, 1), 24):
        season = 1.0 + 0.35 * (end.month in (11, 12)) - 0.15 * (end.month in (1, 2))
        new = int(rng.poisson(38 * season))
        lost = int(rng.binomial(customers, 0.055 + 0.02 * (end.month in (1, 7))))
        end_customers = customers - lost + new
        active = int(end_customers * rng.uniform(0.45, 0.6))
        repeat = int(active * rng.uniform(0.25, 0.4))
        orders = int(active * rng.uniform(1.3, 1.7))
        revenue = round(orders * rng.uniform(420, 520), 2)
        churned = round(mrr * rng.uniform(0.02, 0.06), 2)
        contraction = round(mrr * rng.uniform(0.0, 0.02), 2)
        expansion = round(mrr * rng.uniform(0.03, 0.08), 2)
        units = int(orders * rng.uniform(1.8, 2.6))
        returned = int(units * rng.uniform(0.03, 0.09))
        credit = round(revenue * 0.3, 2)
        receivable = round(credit * rng.uniform(0.8, 1.9), 2)
        answers = int(rng.integers(25, 60))
        promoters = int(answers * rng.uniform(0.35, 0.6))
        detractors = int(answers * rng.uniform(0.1, 0.3))
        passives = answers - promoters - detractors
        ws.append([
            dt.datetime(end.year, end.month, end.day), customers, end_customers, new,
            revenue, orders, active, repeat, mrr, churned, contraction, expansion,
            units, returned, receivable, credit, promoters, passives, detractors, 42.5,
        ])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm"
        customers = end_customers
        mrr = round(mrr - churned - contraction + expansion + new * 95, 2)


def orders_sheet(wb: Workbook, rng: np.random.Generator) -> None:
    ws = wb.create_sheet("Ordrer")
    ws.append(["Ordre-ID", "Kunde-ID", "Ordredato", "Antal", "Beløb"])
    for c in ws[1]:
        c.font = Font(bold=True)
    start = dt.date(2023, 1, 1)
    days = 730
    n_customers = 900
    arrival = np.sort(rng.integers(0, days, n_customers))
    rates = rng.gamma(1.2, 1 / 120, n_customers)  # orders per day
    rows = []
    order_no = 10_000
    for cid, (first, rate) in enumerate(zip(arrival, rates), start=1):
        day = int(first)
        lifetime = int(rng.exponential(500))
        while day < min(days, first + lifetime):
            order_no += 1
            lines = int(rng.integers(1, 4))
            for _ in range(lines):
                qty = int(rng.integers(1, 4))
                price = float(rng.choice([149.0, 199.0, 249.0, 349.5, 499.0]))
                rows.append((order_no, f"K{cid:04d}", start + dt.timedelta(days=day), qty, round(qty * price, 2)))
            if rng.random() < 0.04:
                qty = 1
                rows.append((order_no, f"K{cid:04d}", start + dt.timedelta(days=min(day + 9, days - 1)), -qty, -199.0))
            day += max(1, int(rng.exponential(1 / max(rate, 1e-3))))
    rows.sort(key=lambda r: (r[2], r[0]))
    for oid, cid, date, qty, amount in rows:
        ws.append([oid, cid, dt.datetime(date.year, date.month, date.day), qty, amount])
        ws.cell(ws.max_row, 3).number_format = "dd-mm-yyyy"


def nps_sheet(wb: Workbook, rng: np.random.Generator) -> None:
    ws = wb.create_sheet("NPS")
    ws.append(["Dato", "Svar"])
    for c in ws[1]:
        c.font = Font(bold=True)
    base = dt.date(2024, 1, 1)
    for i in range(300):
        date = base + dt.timedelta(days=int(rng.integers(0, 366)))
        score = int(rng.choice(range(11), p=[.02, .02, .02, .03, .03, .05, .08, .12, .18, .22, .23]))
        ws.append([dt.datetime(date.year, date.month, date.day), score if rng.random() > 0.03 else None])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"


def main(target: Path = TARGET) -> Path:
    rng = np.random.default_rng(20240131)
    wb = Workbook()
    periods_sheet(wb, rng)
    orders_sheet(wb, rng)
    nps_sheet(wb, rng)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    return target


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
