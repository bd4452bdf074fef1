"""Raw order rows -> period table, cohorts, customers and summary (METRICS.md section 3).

Vectorised throughout. The alive/lost logic uses one idea: an order on day t
keeps its customer alive on the days [t, t + W - 1]. Every period boundary
(the day before each period starts, and the last day of the last period) is a
column of a customers x boundaries matrix of "orders inside the window ending
that day", built with a difference array and a cumulative sum. S, E,
retained, lost, reactivated and loyal customers are all column reductions of
that matrix. Customers are processed in blocks to bound memory, and the
blocks are where progress is reported and cancellation is checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np
import pandas as pd

from . import calendar
from .errors import ERROR, Cancelled, InputError, Problem
from .parsing import rows_of
from .periods import compute_period_metrics, result_warnings
from .schema import TRANSACTION_PERIOD_COLUMNS

__all__ = [
    "TransactionAnalysis", "OrderTable", "analyse_transactions", "validate_transactions", "order_table", "orders_of",
    "order_id_codes",
]

Progress = Callable[[float], None]
CancelCheck = Callable[[], bool]

# Cells of the customers x boundaries matrix handled at once (bounds memory).
_BLOCK_CELLS = 4_000_000


@dataclass
class OrderTable:
    """The orders of section 3, one entry per order, plus the rows they came from.

    Kept so later steps (the forecast of section 5) reuse the one definition
    of an order, of refunds and of guests instead of parsing the rows again.
    Days are whole days since 1970-01-01.

    Attributes
    ----------
    customer, day, amount
        Per order: customer code (index into ``customer_ids``), its day (the
        earliest day of its rows) and its amount (sum of its rows; every
        order row has amount >= 0, so the amount is >= 0).
    customer_ids
        The customer id of each code.
    row_customer, row_day, row_amount
        Per input row, refunds included (for revenue net of refunds).
    """

    customer: np.ndarray
    day: np.ndarray
    amount: np.ndarray
    customer_ids: pd.Index
    row_customer: np.ndarray
    row_day: np.ndarray
    row_amount: np.ndarray


@dataclass
class TransactionAnalysis:
    """Everything computed from order rows."""

    periods: pd.DataFrame
    summary: dict[str, float | int | None]
    cohorts: pd.DataFrame
    customers: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    frequency: str = "month"
    orders: OrderTable | None = None


def validate_transactions(df: pd.DataFrame) -> list[Problem]:
    """Errors for rows missing a customer, a date or an amount (section 3 needs all three)."""
    rows = rows_of(df)
    problems: list[Problem] = []
    for key in ("customer_id", "order_date", "amount"):
        if key not in df.columns:
            problems.append(Problem("missing_column", ERROR, column=key, values={"column": key}))
            continue
        col = df[key]
        missing = col.isna().to_numpy().copy()
        if col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            missing |= (col.astype("string").str.strip() == "").fillna(True).to_numpy()
        for i in np.flatnonzero(missing)[:20]:
            problems.append(Problem("missing_value", ERROR, row=int(rows[i]), column=key))
        extra = int(missing.sum()) - 20
        if extra > 0:
            problems.append(Problem("more_problems", ERROR, column=key, values={"count": extra}))
    return problems


def _tick(progress: Progress | None, cancel: CancelCheck | None, fraction: float) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(fraction)


def order_id_codes(ids: pd.Series, rows: np.ndarray | None = None) -> np.ndarray:
    """The order of each row (of the rows where the mask ``rows`` is True, when given) as a code
    (0, 1, ... in order of first appearance), -1 for a blank id.

    Number ids are compared as numbers; any other id as trimmed text, where ""
    is blank. Whole-number ids (what a spreadsheet reader gives for an id
    column) are grouped as integers: the same groups and codes as grouping the
    floats, at about half the cost.
    """
    if rows is not None:
        ids = pd.Series(ids.array[rows], dtype=ids.dtype, copy=False)  # no index to subset as well
    if ids.dtype == np.float64:
        values = ids.to_numpy()
        with np.errstate(invalid="ignore"):
            whole = values.astype(np.int64)
            same = whole == values  # False for NaN, fractions and floats beyond int64
        if same.all():
            return _integer_codes(whole)
        blank = np.isnan(values)
        if (same | blank).all():
            codes = np.full(len(values), -1, dtype=np.intp)
            codes[~blank] = _integer_codes(whole[~blank])
            return codes
    if ids.dtype == np.int64:
        return _integer_codes(ids.to_numpy())
    if pd.api.types.is_numeric_dtype(ids.dtype):
        return pd.factorize(ids, sort=False)[0]  # NaN -> -1
    return pd.factorize(ids.astype("string").str.strip().replace("", pd.NA), sort=False)[0]


def _integer_codes(values: np.ndarray) -> np.ndarray:
    """``pd.factorize(values)[0]`` for int64 ``values``. Order lines usually come order by order: when
    every id's lines are next to each other, the codes are a running count of the id changes, found
    without a hash table of every line (checked: no id may start two runs)."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.intp)
    change = values[1:] != values[:-1]
    heads = np.r_[values[:1], values[1:][change]]  # the id of each run
    heads.sort()
    if not (heads[1:] != heads[:-1]).all():
        return pd.factorize(values, sort=False)[0]
    codes = np.empty(len(values), dtype=np.intp)
    codes[0] = 0
    np.cumsum(change, out=codes[1:])
    return codes


def order_table(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, pd.Index]:
    """Per-row arrays: customer code, day number, amount and whether the row is an order row; the
    order of each order row (0, 1, ... in order of first appearance among the order rows); and the
    customer ids by code.

    An order is a distinct ``order_id`` when that column exists (a blank id
    falls back to the customer and date), else a distinct
    (``customer_id``, ``order_date``) pair. Rows with a negative amount are
    refunds and belong to no order.
    """
    cust, uniques = pd.factorize(df["customer_id"], sort=False)
    cust = cust.astype(np.int64, copy=False)
    day = df["order_date"].to_numpy(dtype="datetime64[D]").view(np.int64)
    amount = df["amount"].to_numpy(dtype="float64")
    is_order = amount >= 0
    every_row = bool(is_order.all())

    def pair_key() -> np.ndarray:
        key = cust * 4_000_000 + (day - day.min() if len(day) else day)
        return key if every_row else key[is_order]

    if "order_id" in df.columns:
        # Only the order rows are grouped: the codes are then numbered as the orders are.
        codes = order_id_codes(df["order_id"], None if every_row else is_order)
        if (codes >= 0).all():
            return cust, day, amount, is_order, codes, uniques
        # Ids and (customer, day) pairs live in separate key ranges.
        key = np.where(codes >= 0, codes, -2 - pair_key())
    else:
        key = pair_key()
    return cust, day, amount, is_order, pd.factorize(key, sort=False)[0], uniques


def _orders(
    cust: np.ndarray, day: np.ndarray, is_order: np.ndarray, inv: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per order (``inv``: the order of each order row) its day (the earliest of its rows) and its
    customer (the one on its first row)."""
    n_orders = int(inv.max()) + 1 if len(inv) else 0
    o_day = np.full(n_orders, np.iinfo(np.int64).max)
    _min_by_group(o_day, inv, day[is_order])
    # Reversed assignment: the first row wins.
    o_cust = np.empty(n_orders, dtype=np.int64)
    o_cust[inv[::-1]] = cust[is_order][::-1]
    return o_day, o_cust


def orders_of(df: pd.DataFrame) -> OrderTable:
    """The :class:`OrderTable` of validated order rows (columns as :func:`analyse_transactions`)."""
    cust, day, amount, is_order, inv, uniques = order_table(df)
    o_day, o_cust = _orders(cust, day, is_order, inv)
    o_amount = np.bincount(inv, weights=amount[is_order], minlength=len(o_day))
    return OrderTable(o_cust, o_day, o_amount, uniques, cust, day, amount)


def analyse_transactions(
    df: pd.DataFrame,
    frequency: str = "month",
    churn_window_days: int = 365,
    loyal_min_orders: int = 3,
    thresholds: Mapping[str, float] | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> TransactionAnalysis:
    """Period table, summary, cohorts and customers from order rows.

    Parameters
    ----------
    df
        Columns ``customer_id``, ``order_date`` (datetime64), ``amount``
        (float, negative for refunds), optional ``order_id`` and
        ``quantity``, optional ``source_row``.
    frequency
        ``month`` (default), ``week`` (ISO, Monday first), ``quarter`` or ``year``.
    churn_window_days
        W: a customer is alive on day d with an order in [d - W + 1, d].
    loyal_min_orders
        Orders in the window that make a customer loyal.

    Returns
    -------
    TransactionAnalysis
        ``periods`` holds the section 3 columns and the section 2 results
        that follow from them (NaN where undefined).
    """
    calendar.check_frequency(frequency)
    if churn_window_days < 1:
        raise InputError("bad_setting", setting="churn_window_days", value=churn_window_days)
    if loyal_min_orders < 1:
        raise InputError("bad_setting", setting="loyal_min_orders", value=loyal_min_orders)
    problems = validate_transactions(df)
    if problems:
        raise InputError(problems)
    _tick(progress, cancel, 0.0)
    W = int(churn_window_days)
    cust, day, amount, is_order, inv, cust_uniques = order_table(df)
    n_cust_all = int(cust.max()) + 1 if len(cust) else 0
    if not is_order.any():
        raise InputError("no_orders")

    # --- orders: one row each (customer of its first row, earliest date) ---
    o_day, o_cust = _orders(cust, day, is_order, inv)
    n_orders = len(o_day)
    o_amount = np.bincount(inv, weights=amount[is_order], minlength=n_orders)
    _tick(progress, cancel, 0.15)

    # Period of every day in the data, looked up instead of converting a million dates.
    day_lo, day_hi = int(day.min()), int(day.max())
    ord_of_day = calendar.period_ordinals(np.arange(day_lo, day_hi + 1).astype("datetime64[D]"), frequency)

    def ordinals(days: np.ndarray) -> np.ndarray:
        return ord_of_day[days - day_lo]

    def period_indexes(days: np.ndarray) -> np.ndarray:
        return pi_of_day[days - day_lo]

    o_ord = ordinals(o_day)
    p0, p1 = int(o_ord.min()), int(o_ord.max())
    P = p1 - p0 + 1
    o_pi = o_ord - p0
    pi_of_day = ord_of_day - p0
    ords = np.arange(p0, p1 + 1, dtype=np.int64)
    first_days = calendar.period_first_days(ords, frequency).astype(np.int64)
    last_days = calendar.period_last_days(ords, frequency).astype(np.int64)
    # boundary k: the day before period k starts; boundary P: last day of the last period.
    bounds = np.append(first_days - 1, last_days[-1])

    # --- per-period sums over rows (revenue net of refunds, units) ---
    row_pi = period_indexes(day)
    if first_days[0] <= day_lo and day_hi <= last_days[-1]:
        in_range: np.ndarray | slice = slice(None)  # the usual case: no refund outside the order periods
    else:
        in_range = (row_pi >= 0) & (row_pi < P)
    revenue = np.bincount(row_pi[in_range], weights=amount[in_range], minlength=P)
    units_sold = units_returned = None
    if "quantity" in df.columns:
        qty = pd.to_numeric(df["quantity"], errors="coerce").to_numpy(dtype="float64")
        # Units sold: positive quantities of order rows; returned: |quantity| of refund rows (a blank
        # counts 0). Only the refund rows are summed for the returns: the others would add zeros,
        # which change no sum, and refunds are few.
        sold_w = np.nan_to_num(np.where(is_order & (qty > 0), qty, 0.0), copy=False)
        units_sold = np.bincount(row_pi[in_range], weights=sold_w[in_range], minlength=P)
        back = ~is_order if isinstance(in_range, slice) else ~is_order & in_range
        units_returned = np.bincount(row_pi[back], weights=np.abs(np.nan_to_num(qty[back])), minlength=P)

    orders_pp = np.bincount(o_pi, minlength=P).astype(np.float64)

    # --- customers with orders: first order period, active pairs, repeat ---
    first_day_c = np.full(n_cust_all, np.iinfo(np.int64).max)
    _min_by_group(first_day_c, o_cust, o_day)
    has_order_c = first_day_c != np.iinfo(np.int64).max
    first_pi_c = np.full(n_cust_all, -1, dtype=np.int64)
    first_pi_c[has_order_c] = period_indexes(first_day_c[has_order_c])
    new_pp = np.bincount(first_pi_c[has_order_c], minlength=P).astype(np.float64)

    pair = o_cust * P
    pair += o_pi
    pair_codes, pair_counts = _sorted_unique_counts(pair)  # sorted by customer, then period
    pair_cust = pair_codes // P
    pair_pi = pair_codes % P
    active_pp = np.bincount(pair_pi, minlength=P).astype(np.float64)
    cum = np.cumsum(pair_counts)
    starts = np.r_[0, np.flatnonzero(np.diff(pair_cust)) + 1]
    run_start_cum = np.repeat(np.r_[0, cum[starts[1:] - 1]], np.diff(np.r_[starts, len(cum)]))
    orders_to_date = cum - run_start_cum
    repeat_pp = np.bincount(pair_pi[orders_to_date >= 2], minlength=P).astype(np.float64)
    _tick(progress, cancel, 0.3)

    # --- gaps between consecutive distinct order dates of a customer ---
    cust_day = o_cust * 4_000_000
    cust_day += o_day
    cust_day -= o_day.min()
    cd, _ = _sorted_unique_counts(cust_day)
    cd_cust = cd // 4_000_000
    cd_day = cd % 4_000_000 + o_day.min()
    same = cd_cust[1:] == cd_cust[:-1]
    gaps = (cd_day[1:] - cd_day[:-1])[same].astype(np.float64)
    gap_pi = period_indexes(cd_day[1:][same])
    gap_sum = np.bincount(gap_pi, weights=gaps, minlength=P)
    gap_n = np.bincount(gap_pi, minlength=P)
    with np.errstate(invalid="ignore", divide="ignore"):
        avg_gap_pp = np.where(gap_n > 0, gap_sum / np.maximum(gap_n, 1), np.nan)

    # --- alive matrix, block by block over customers ---
    n_b = P + 1
    k1 = np.searchsorted(bounds, o_day, side="left")
    k2 = np.searchsorted(bounds, o_day + W - 1, side="right")
    cust_ids = np.flatnonzero(has_order_c)
    block = max(1, _BLOCK_CELLS // (n_b + 1))
    one_block = len(cust_ids) <= block
    if not one_block:
        # Orders grouped by customer, to take them block by block; their order within a customer does not
        # matter (the counts are sums), so the sort need not be stable (a stable sort is several times slower).
        order_by_cust = np.argsort(o_cust)
        sc, sk1, sk2 = o_cust[order_by_cust], k1[order_by_cust], k2[order_by_cust]
        lo_positions = np.searchsorted(sc, cust_ids)
    S = np.zeros(P)
    E = np.zeros(P)
    retained = np.zeros(P)
    new_alive_end = np.zeros(P)
    loyal = np.zeros(P)
    alive_last = np.zeros(n_cust_all, dtype=bool)
    # Row of each customer with an order in the matrix (a block's rows start at its first customer's).
    row_of = np.zeros(n_cust_all, dtype=np.int64)
    row_of[cust_ids] = np.arange(len(cust_ids))
    for bstart in range(0, len(cust_ids), block):
        ids = cust_ids[bstart : bstart + block]
        if one_block:  # the usual case: every order at once, no grouping needed
            c, s1, s2 = o_cust, k1, k2
        else:
            a, b = lo_positions[bstart], (lo_positions[bstart + block] if bstart + block < len(cust_ids) else len(sc))
            c, s1, s2 = sc[a:b], sk1[a:b], sk2[a:b]
        width = n_b + 1
        # +1 where an order's window starts, -1 after it ends (ufunc.at: far faster than two bincounts
        # of the whole matrix), summed along each row in place. int32: a customer has fewer than 2**31
        # orders, and half the memory is half the pages to touch.
        diff = np.zeros((len(ids), width), dtype=np.int32)
        cells = diff.reshape(-1)
        at = row_of[c]  # a looked-up copy: changed in place below
        at -= bstart
        at *= width
        at += s1
        np.add.at(cells, at, 1)
        at -= s1
        at += s2
        np.subtract.at(cells, at, 1)
        counts = np.cumsum(diff, axis=1, out=diff)[:, :n_b]
        alive = counts > 0
        S += alive[:, :P].sum(axis=0)
        E += alive[:, 1:].sum(axis=0)
        retained += (alive[:, :P] & alive[:, 1:]).sum(axis=0)
        fp = first_pi_c[ids]
        new_alive_end += np.bincount(fp, weights=alive[np.arange(len(ids)), fp + 1], minlength=P)
        loyal += (counts[:, 1:] >= loyal_min_orders).sum(axis=0)
        alive_last[ids] = alive[:, P]
        _tick(progress, cancel, 0.3 + 0.6 * min(1.0, (bstart + block) / len(cust_ids)))

    lost = S - retained
    reactivated = E - retained - new_alive_end
    with np.errstate(invalid="ignore", divide="ignore"):
        loyal_pct = np.where(E > 0, loyal * 100.0 / np.where(E > 0, E, 1), np.nan)

    labels = calendar.period_labels(ords, frequency)
    table = pd.DataFrame(
        {
            "period": labels,
            "customers_start": S,
            "customers_end": E,
            "new_customers": new_pp,
            "retained_customers": retained,
            "lost_customers": lost,
            "reactivated_customers": reactivated,
            "active_customers": active_pp,
            "orders": orders_pp,
            "revenue": revenue,
            "repeat_customers": repeat_pp,
            "units_sold": units_sold if units_sold is not None else np.nan,
            "units_returned": units_returned if units_returned is not None else np.nan,
            "days_in_period": (last_days - first_days + 1).astype(np.float64),
            "avg_days_between_purchases": avg_gap_pp,
            "loyal_customer_rate_pct": loyal_pct,
        }
    )
    # Counted from orders, these columns are consistent by construction; net revenue after refunds and
    # returns of earlier sales are real figures here, not typing errors, so nothing is hidden (section 3).
    metrics = compute_period_metrics(table.drop(columns=["period"]).assign(period=labels), frequency,
                                     null_impossible=False)
    # Section 3 defines CRR as retained / S (N in (E - N) / S counts reactivated customers too).
    with np.errstate(invalid="ignore", divide="ignore"):
        metrics["crr_pct"] = np.where(S > 0, retained * 100.0 / np.where(S > 0, S, 1), np.nan)
    result_cols = [
        "crr_pct", "churn_pct", "aov", "purchase_frequency", "customer_value", "rpr_pct",
        "avg_lifespan_periods", "clv", "return_rate_pct",
    ]
    periods = pd.concat([table, metrics[result_cols]], axis=1)
    if units_sold is None:
        periods = periods.drop(columns=["units_sold", "units_returned", "return_rate_pct"])
    periods = periods[[c for c in ("period", *TRANSACTION_PERIOD_COLUMNS, *result_cols) if c in periods.columns]]

    # --- summary over the whole data ---
    n_customers = int(n_cust_all)
    orders_per_cust = np.bincount(o_cust, minlength=n_cust_all)
    total_revenue = float(amount.sum())
    crr_defined = periods["crr_pct"].dropna()
    churn_defined = periods["churn_pct"].dropna()
    summary: dict[str, float | int | None] = {
        "customers": n_customers,
        "orders": int(n_orders),
        "revenue": total_revenue,
        "rpr_pct": float((orders_per_cust >= 2).sum() * 100.0 / n_customers),
        "aov": total_revenue / n_orders if n_orders else None,
        "purchase_frequency": n_orders / n_customers,
        "avg_days_between_purchases": float(gaps.mean()) if len(gaps) else None,
        "median_days_between_purchases": float(np.median(gaps)) if len(gaps) else None,
        "mean_crr_pct": float(crr_defined.mean()) if len(crr_defined) else None,
        "mean_churn_pct": float(churn_defined.mean()) if len(churn_defined) else None,
    }

    # --- cohorts: share of each first-order cohort active k periods later ---
    k = pair_pi - first_pi_c[pair_cust]
    cohort_counts = np.bincount(first_pi_c[pair_cust] * P + k, minlength=P * P).reshape(P, P)
    sizes = np.bincount(first_pi_c[has_order_c], minlength=P)
    cohort_rows = []
    for c in np.flatnonzero(sizes):
        cohort_rows.append(
            {
                "cohort": labels[c],
                "size": int(sizes[c]),
                "retention_pct": (cohort_counts[c, : P - c] * 100.0 / sizes[c]).tolist(),
            }
        )
    cohorts = pd.DataFrame(cohort_rows, columns=["cohort", "size", "retention_pct"])

    # --- customers ---
    rev_c = np.bincount(cust, weights=amount, minlength=n_cust_all)
    neg_last = np.full(n_cust_all, np.iinfo(np.int64).max)
    _min_by_group(neg_last, o_cust, -o_day)
    last_day_c = -neg_last
    data_end = int(bounds[-1])
    first_dates = pd.to_datetime(np.where(has_order_c, first_day_c, 0).astype("datetime64[D]")).where(has_order_c)
    last_dates = pd.to_datetime(np.where(has_order_c, last_day_c, 0).astype("datetime64[D]")).where(has_order_c)
    customers = pd.DataFrame(
        {
            "customer_id": np.asarray(cust_uniques, dtype=object),
            "orders": orders_per_cust,
            "revenue": rev_c,
            "first_order": first_dates,
            "last_order": last_dates,
            "days_since_last_order": np.where(has_order_c, data_end - last_day_c, np.nan),
            "status": np.where(alive_last, "alive", "lost"),
        }
    )
    _tick(progress, cancel, 1.0)
    warnings = result_warnings(periods, thresholds)
    orders = OrderTable(o_cust, o_day, o_amount, cust_uniques, cust, day, amount)
    return TransactionAnalysis(periods, summary, cohorts, customers, warnings, frequency, orders)


def _sorted_unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and how often each occurs. Sorts ``values`` in place (callers pass a
    temporary): a plain sort, faster than np.unique here, and not a stable one, which is over ten
    times slower and gives the same sorted values."""
    v = values
    v.sort()
    if not len(v):
        return v, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, v[1:] != v[:-1]])
    counts = np.diff(np.r_[starts, len(v)])
    return v[starts], counts


def _min_by_group(target: np.ndarray, groups: np.ndarray, values: np.ndarray) -> None:
    """target[g] = min(target[g], values of group g) (numpy's unbuffered ufunc.at is fast since 2.0)."""
    if len(groups):
        np.minimum.at(target, groups, values)
