"""A slow, plainly written reference of METRICS.md section 3, for checking the fast core.

Loops over periods and customers with Python sets and dates, exactly as the
definitions read. Only for small inputs in tests.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np


def _period_of(d: dt.date, frequency: str) -> tuple:
    if frequency == "month":
        return (d.year, d.month)
    if frequency == "quarter":
        return (d.year, (d.month - 1) // 3)
    if frequency == "year":
        return (d.year,)
    monday = d - dt.timedelta(days=d.weekday())
    return (monday,)


def _bounds(key: tuple, frequency: str) -> tuple[dt.date, dt.date]:
    if frequency == "month":
        y, m = key
        first = dt.date(y, m, 1)
        nxt = dt.date(y + m // 12, m % 12 + 1, 1)
    elif frequency == "quarter":
        y, q = key
        first = dt.date(y, 3 * q + 1, 1)
        nxt = dt.date(y + (q == 3), (3 * q + 3) % 12 + 1, 1)
    elif frequency == "year":
        first, nxt = dt.date(key[0], 1, 1), dt.date(key[0] + 1, 1, 1)
    else:
        first = key[0]
        nxt = first + dt.timedelta(days=7)
    return first, nxt - dt.timedelta(days=1)


def _next(key: tuple, frequency: str) -> tuple:
    _, last = _bounds(key, frequency)
    return _period_of(last + dt.timedelta(days=1), frequency)


def reference(rows: list[tuple], frequency: str = "month", W: int = 365, loyal_min: int = 3, with_ids: bool = False):
    """rows: (customer, date, amount[, order_id]). Returns (list of period dicts, summary)."""
    orders: dict[object, tuple[object, dt.date]] = {}
    for r in rows:
        cust, day, amount = r[0], r[1], r[2]
        if amount < 0:
            continue
        key = r[3] if with_ids else (cust, day)
        if key not in orders or day < orders[key][1]:
            orders[key] = (orders[key][0] if key in orders else cust, day)
    order_days: dict[object, list[dt.date]] = defaultdict(list)
    for cust, day in orders.values():
        order_days[cust].append(day)

    def alive(c, d):
        return any(d - dt.timedelta(days=W - 1) <= x <= d for x in order_days[c])

    def in_window(c, d):
        return sum(1 for x in order_days[c] if d - dt.timedelta(days=W - 1) <= x <= d)

    first_order = {c: min(ds) for c, ds in order_days.items()}
    all_days = [d for _, d in orders.values()]
    p = _period_of(min(all_days), frequency)
    last_p = _period_of(max(all_days), frequency)
    out = []
    while True:
        f, l = _bounds(p, frequency)
        S = {c for c in order_days if alive(c, f - dt.timedelta(days=1))}
        E = {c for c in order_days if alive(c, l)}
        new = {c for c, d in first_order.items() if f <= d <= l}
        active = {c for c, ds in order_days.items() if any(f <= x <= l for x in ds)}
        n_orders = sum(1 for _, d in orders.values() if f <= d <= l)
        revenue = sum(r[2] for r in rows if f <= r[1] <= l)
        repeat = {c for c in active if sum(1 for x in order_days[c] if x <= l) >= 2}
        gaps = []
        for c, ds in order_days.items():
            u = sorted(set(ds))
            gaps += [(b - a).days for a, b in zip(u, u[1:]) if f <= b <= l]
        window = {c for c in order_days if in_window(c, l) >= 1}
        loyal = {c for c in window if in_window(c, l) >= loyal_min}
        out.append(
            {
                "customers_start": len(S),
                "customers_end": len(E),
                "new_customers": len(new),
                "retained_customers": len(S & E),
                "lost_customers": len(S - E),
                "reactivated_customers": len(E - S - new),
                "crr_pct": len(S & E) * 100 / len(S) if S else np.nan,
                "churn_pct": len(S - E) * 100 / len(S) if S else np.nan,
                "active_customers": len(active),
                "orders": n_orders,
                "revenue": revenue,
                "repeat_customers": len(repeat),
                "avg_days_between_purchases": sum(gaps) / len(gaps) if gaps else np.nan,
                "loyal_customer_rate_pct": len(loyal) * 100 / len(window) if window else np.nan,
            }
        )
        if p == last_p:
            break
        p = _next(p, frequency)
    return out
