"""Plain-language explanations and formulas filled in with the user's own numbers."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.catalogue import headline_keys
from ..messages import EXPLANATIONS, QT_TRANSLATE_NOOP, explanation
from .formatting import format_value, is_missing

__all__ = ["EXPLANATIONS", "explanation", "filled_formula", "CARD_METRICS", "HELP_HTML"]

CARD_METRICS: tuple[str, ...] = headline_keys()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Explain", text)


def filled_formula(key: str, row: Mapping[str, Any], kind: str = "periods", currency: str = "") -> str:
    """The formula of docs/metrics.md with this period's numbers, e.g. ``(210 − 30) / 200 × 100 = 90,0 %``."""
    loc = QLocale()

    def f(k: str) -> str:
        return format_value(k, row.get(k), loc, currency)

    def n(k: str) -> str:
        v = row.get(k)
        if is_missing(v):
            return "–"
        return loc.toString(float(v), "f", 2).rstrip("0").rstrip(loc.decimalPoint()) if not float(v).is_integer() else loc.toString(int(v))

    formulas: dict[str, Callable[[], str]] = {
        "crr_pct": (lambda: QCoreApplication.translate("Explain", "retained / customers at start × 100") + f" = {n('retained_customers')} / {n('customers_start')} × 100")
        if kind == "transactions"
        else (lambda: QCoreApplication.translate("Explain", "(customers at end − new) / customers at start × 100")
              + f" = ({n('customers_end')} − {n('new_customers')}) / {n('customers_start')} × 100"),
        "churn_pct": lambda: QCoreApplication.translate("Explain", "lost / customers at start × 100") + f" = {n('lost_customers')} / {n('customers_start')} × 100",
        "revenue_churn_pct": lambda: QCoreApplication.translate("Explain", "(churned + contraction) / revenue at start × 100")
        + f" = ({n('churned_revenue')} + {n('contraction_revenue')}) / {n('revenue_start')} × 100",
        "nrr_pct": lambda: QCoreApplication.translate("Explain", "(revenue at start − churned − contraction + expansion) / revenue at start × 100")
        + f" = ({n('revenue_start')} − {n('churned_revenue')} − {n('contraction_revenue')} + {n('expansion_revenue')}) / {n('revenue_start')} × 100",
        "clv": lambda: QCoreApplication.translate("Explain", "customer value × average lifespan (× gross margin)")
        + f" = {n('customer_value')} × {n('avg_lifespan_periods')}"
        + ("" if is_missing(row.get("gross_margin_pct")) else f" × {n('gross_margin_pct')} %"),
        "customer_value": lambda: QCoreApplication.translate("Explain", "average order value × purchase frequency")
        + f" = {n('aov')} × {n('purchase_frequency')}",
        "rpr_pct": lambda: QCoreApplication.translate("Explain", "repeat customers / active customers × 100")
        + f" = {n('repeat_customers')} / {n('active_customers')} × 100",
        "nps": lambda: QCoreApplication.translate("Explain", "(promoters − detractors) / answers × 100")
        + f" = ({n('promoters')} − {n('detractors')}) / ({n('promoters')} + {n('passives')} + {n('detractors')}) × 100",
        "return_rate_pct": lambda: QCoreApplication.translate("Explain", "units returned / units sold × 100") + f" = {n('units_returned')} / {n('units_sold')} × 100",
        "dso": lambda: QCoreApplication.translate("Explain", "receivables / credit sales × days") + f" = {n('accounts_receivable')} / {n('credit_sales')} × {n('days_in_period')}",
        "avg_days_between_purchases": lambda: QCoreApplication.translate("Explain", "mean of the days between a customer's consecutive purchases"),
        "loyal_customer_rate_pct": lambda: QCoreApplication.translate("Explain", "customers with enough orders in the window / customers with an order in the window × 100"),
    }
    if key not in formulas:
        return ""
    return formulas[key]() + f" = {f(key)}"


HELP_HTML = QT_TRANSLATE_NOOP("Explain", """
<h2>How are these computed?</h2>
<p>Every number follows the project's published definitions (docs/metrics.md in the source code). S, E, N and L are the customers at
the start and end of the period, the new customers and the lost customers.</p>
<table cellpadding="4">
<tr><td><b>Customer retention rate (CRR)</b></td><td>(E − N) / S × 100; from orders: retained / S × 100</td></tr>
<tr><td><b>Churn rate</b></td><td>L / S × 100, with L = S + N − E when not given</td></tr>
<tr><td><b>Revenue churn</b></td><td>(churned + contraction) / revenue at start × 100</td></tr>
<tr><td><b>GRR</b></td><td>(revenue at start − churned − contraction) / revenue at start × 100</td></tr>
<tr><td><b>NRR</b></td><td>(revenue at start − churned − contraction + expansion) / revenue at start × 100</td></tr>
<tr><td><b>Average order value</b></td><td>revenue / orders</td></tr>
<tr><td><b>Purchase frequency</b></td><td>orders / active customers</td></tr>
<tr><td><b>Customer value</b></td><td>average order value × purchase frequency</td></tr>
<tr><td><b>Repeat purchase rate</b></td><td>repeat customers / active customers × 100</td></tr>
<tr><td><b>Average lifespan</b></td><td>100 / churn rate (periods)</td></tr>
<tr><td><b>Customer lifetime value</b></td><td>customer value × average lifespan (× gross margin / 100 when given)</td></tr>
<tr><td><b>NPS</b></td><td>(promoters − detractors) / answers × 100; promoters 9-10, passives 7-8, detractors 0-6</td></tr>
<tr><td><b>Return rate</b></td><td>units returned / units sold × 100</td></tr>
<tr><td><b>DSO</b></td><td>receivables / credit sales × days in the period</td></tr>
</table>
<h3>From orders</h3>
<p>A customer is <i>alive</i> on a day if they ordered within the churn window (365 days by default) up to that day.
S counts customers alive the day before a period starts, E those alive on its last day. Refunds (negative
amounts) reduce revenue but are not orders. Cohorts group customers by the period of their first order and show
the share who ordered again k periods later.</p>
<p>A number shows as “–” when it is undefined, for example a rate with zero customers at the start.</p>
<p>No customer can be counted as lost until one churn window after the first order: the first periods of order
data show 100 % retention and 0 % churn. A result computed from an impossible input (for example more customers
retained than existed) is not shown; its card says why.</p>
<h3>Warnings</h3>
<p>Churn above 7 %, NPS below 0, NRR below 100 % and DSO above 45 days are flagged; the limits can be changed in Settings.</p>
""")
