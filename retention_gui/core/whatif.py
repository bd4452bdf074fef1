"""What-if: the value of better retention (METRICS.md section 6).

A baseline is read from a period table (typed, or built from orders by
section 3), projected K = 12 periods ahead with

    C_k = C_(k-1) x (1 - c / 100) + N,  revenue_k = C_k x v,  profit_k = revenue_k x m / 100,

and compared with a scenario in which churn is lower by some points, and new
customers and customer value are higher by some percent. The core returns
numbers only; when an input cannot be had, the result carries a plain reason
code (``status == "undefined"``) instead of numbers, never an exception.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import InputError

__all__ = [
    "HORIZON",
    "BASELINE_WINDOW",
    "REASONS",
    "WhatIfChanges",
    "WhatIfInputs",
    "WhatIfSeries",
    "WhatIfResult",
    "baseline_inputs",
    "scenario_inputs",
    "project",
    "what_if",
]

# K of section 6: periods projected ahead.
HORIZON = 12
# "The last 12 periods (or fewer) in which it is defined".
BASELINE_WINDOW = 12

# Reason codes, in the order they are checked; each has a message template
# ``whatif_<code>`` in retention_gui.messages.
REASONS: tuple[str, ...] = (
    "no_churn",
    "no_new_customers",
    "no_customer_value",
    "no_customers_end",
    "churn_above_100",
)


@dataclass(frozen=True)
class WhatIfChanges:
    """The scenario's controls.

    ``churn_down_points`` lowers churn by percentage points (churn never goes
    below 0; a negative value raises churn, never above 100 unless the
    baseline already is). ``new_customers_up_pct`` and
    ``customer_value_up_pct`` raise N and v by percent (negative lowers them;
    -100 is the least allowed, which makes them 0).
    """

    churn_down_points: float = 0.0
    new_customers_up_pct: float = 0.0
    customer_value_up_pct: float = 0.0

    def __post_init__(self) -> None:
        for name in ("churn_down_points", "new_customers_up_pct", "customer_value_up_pct"):
            value = getattr(self, name)
            if not isinstance(value, (int, float, np.integer, np.floating)) or not math.isfinite(float(value)):
                raise InputError("bad_setting", setting=name, value=value)
            object.__setattr__(self, name, float(value))
        # Below -100 % the counts and amounts would turn negative.
        for name in ("new_customers_up_pct", "customer_value_up_pct"):
            if getattr(self, name) < -100.0:
                raise InputError("bad_setting", setting=name, value=getattr(self, name))


@dataclass(frozen=True)
class WhatIfInputs:
    """The four figures a projection starts from, plus the margin.

    ``churn_pct`` c (percent per period), ``new_customers`` N (customers per
    period), ``customer_value`` v (money per customer per period),
    ``customers_start`` C0 (customers), ``gross_margin_pct`` m (0-100).
    ``periods_used`` says, per input, over how many periods it was averaged
    (1 for C0 and m: the last defined value; 0 for a margin that defaulted to 100).
    A field is None when the period table never defines it.
    """

    churn_pct: float | None
    new_customers: float | None
    customer_value: float | None
    customers_start: float | None
    gross_margin_pct: float
    periods_used: dict[str, int]
    # The label of the last period the inputs come from (None when nothing is defined).
    last_period: str | None = None


@dataclass(frozen=True)
class WhatIfSeries:
    """One projection over K periods: index 0 is period k = 1.

    ``customers`` C_k, ``revenue`` C_k x v and ``profit`` revenue x m / 100;
    ``totals`` holds the sum of each series; ``clv`` is section 2's
    customer_value x 100 / churn_pct x margin / 100, None when churn is 0.
    """

    inputs: WhatIfInputs
    customers: np.ndarray
    revenue: np.ndarray
    profit: np.ndarray
    clv: float | None

    @property
    def totals(self) -> dict[str, float]:
        return {
            "customers": float(self.customers.sum()),
            "revenue": float(self.revenue.sum()),
            "profit": float(self.profit.sum()),
        }


@dataclass(frozen=True)
class WhatIfResult:
    """Baseline, scenario and their differences; or the reason there are none.

    ``status`` is ``"ok"`` or ``"undefined"``; when undefined ``reason`` is
    one of :data:`REASONS` and ``baseline``/``scenario`` are None, while
    ``inputs`` still shows what could be found.
    """

    status: str
    reason: str | None
    inputs: WhatIfInputs
    changes: WhatIfChanges
    baseline: WhatIfSeries | None = None
    scenario: WhatIfSeries | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def difference(self) -> dict[str, object] | None:
        """Scenario minus baseline: each series, each total, and clv (None where either clv is)."""
        if self.baseline is None or self.scenario is None:
            return None
        b, s = self.baseline, self.scenario
        bt, st = b.totals, s.totals
        return {
            "customers": s.customers - b.customers,
            "revenue": s.revenue - b.revenue,
            "profit": s.profit - b.profit,
            "totals": {k: st[k] - bt[k] for k in bt},
            "clv": None if b.clv is None or s.clv is None else s.clv - b.clv,
        }


def _defined(table: pd.DataFrame, key: str) -> pd.Series:
    if key not in table.columns:
        return pd.Series(dtype="float64")
    values = pd.to_numeric(table[key], errors="coerce").astype("float64")
    return values[np.isfinite(values.to_numpy())]


def _mean_of_last(table: pd.DataFrame, key: str) -> tuple[float | None, int]:
    values = _defined(table, key).iloc[-BASELINE_WINDOW:]
    if not len(values):
        return None, 0
    return float(values.mean()), len(values)


def _last(table: pd.DataFrame, key: str) -> tuple[float | None, int]:
    values = _defined(table, key)
    if not len(values):
        return None, 0
    return float(values.iloc[-1]), 1


def baseline_inputs(periods: pd.DataFrame) -> WhatIfInputs:
    """Section 6's baseline from a period table.

    Parameters
    ----------
    periods
        A period table with section 2's results (as from
        :func:`~retention_gui.core.periods.compute_period_metrics` or
        :func:`~retention_gui.core.transactions.analyse_transactions`), rows
        in period order. Uses ``churn_pct``, ``new_customers``,
        ``customer_value`` (mean of the last 12 rows where each is defined),
        ``customers_end`` and ``gross_margin_pct`` (the last defined value;
        margin 100 when never given). Missing columns count as undefined.
    """
    c, nc = _mean_of_last(periods, "churn_pct")
    n, nn = _mean_of_last(periods, "new_customers")
    v, nv = _mean_of_last(periods, "customer_value")
    c0, n0 = _last(periods, "customers_end")
    m, nm = _last(periods, "gross_margin_pct")
    used = {"churn_pct": nc, "new_customers": nn, "customer_value": nv, "customers_start": n0, "gross_margin_pct": nm}
    last_period = None
    if "period" in periods.columns and len(periods):
        defined_rows = [_defined(periods, k).index for k in ("churn_pct", "new_customers", "customer_value", "customers_end")]
        idx = [ix[-1] for ix in defined_rows if len(ix)]
        if idx:
            last_period = str(periods.loc[max(idx, key=periods.index.get_loc), "period"])
    return WhatIfInputs(c, n, v, c0, 100.0 if m is None else m, used, last_period)


def scenario_inputs(base: WhatIfInputs, changes: WhatIfChanges) -> WhatIfInputs:
    """The baseline with the scenario's changes applied (undefined inputs stay undefined).

    c' = max(c - points, 0), capped at max(c, 100); N' = N x (1 + up / 100); v' = v x (1 + up / 100).
    """
    c = base.churn_pct
    if c is not None:
        c = min(max(c - changes.churn_down_points, 0.0), max(c, 100.0))
    n = None if base.new_customers is None else base.new_customers * (1.0 + changes.new_customers_up_pct / 100.0)
    v = None if base.customer_value is None else base.customer_value * (1.0 + changes.customer_value_up_pct / 100.0)
    return WhatIfInputs(c, n, v, base.customers_start, base.gross_margin_pct, dict(base.periods_used), base.last_period)


def _reason(inputs: WhatIfInputs) -> str | None:
    if inputs.churn_pct is None:
        return "no_churn"
    if inputs.new_customers is None:
        return "no_new_customers"
    if inputs.customer_value is None:
        return "no_customer_value"
    if inputs.customers_start is None:
        return "no_customers_end"
    # Only a typed lost_customers larger than the customers at start gets
    # here; the recursion would then swing below zero customers.
    if inputs.churn_pct > 100.0:
        return "churn_above_100"
    return None


def project(inputs: WhatIfInputs, horizon: int = HORIZON) -> WhatIfSeries:
    """The K-period projection of defined inputs.

    The recursion is written out rather than in closed form so that the
    exported workbook's live formulas (the same operations, in the same
    order) recalculate to the same digits.
    """
    c, n, v, c0 = inputs.churn_pct, inputs.new_customers, inputs.customer_value, inputs.customers_start
    if c is None or n is None or v is None or c0 is None:
        raise ValueError("project() needs defined inputs; what_if() gives the reason instead")
    keep = 1.0 - c / 100.0
    customers = np.empty(horizon, dtype="float64")
    prev = c0
    for k in range(horizon):  # 12 steps, each needing the one before
        prev = prev * keep + n
        customers[k] = prev
    revenue = customers * v
    profit = revenue * inputs.gross_margin_pct / 100.0
    clv = None if c == 0 else v * (100.0 / c) * (inputs.gross_margin_pct / 100.0)
    return WhatIfSeries(inputs, customers, revenue, profit, clv)


def what_if(periods: pd.DataFrame, changes: WhatIfChanges | None = None, horizon: int = HORIZON) -> WhatIfResult:
    """Baseline and scenario projections of METRICS.md section 6.

    Parameters
    ----------
    periods
        Period table with section 2's results; see :func:`baseline_inputs`.
    changes
        The scenario; no change by default (then scenario equals baseline).
    horizon
        K, periods projected; 12 by the contract.

    Returns
    -------
    WhatIfResult
        ``status "undefined"`` with a reason code of :data:`REASONS` when
        churn, new customers, customer value or customers at end is never
        defined in the table (or mean churn is above 100 %).
    """
    changes = changes or WhatIfChanges()
    base = baseline_inputs(periods)
    reason = _reason(base)
    if reason is not None:
        return WhatIfResult("undefined", reason, base, changes)
    return WhatIfResult("ok", None, base, changes, project(base, horizon), project(scenario_inputs(base, changes), horizon))
