"""Result workbook writer (openpyxl), shared by ``retention-calc -o`` and the GUI export.

Sheets: Summary (with the advice), Periods (inputs as values, computed columns
as live Excel formulas over the same row), Cohorts (colour scale), Customers,
NPS, Forecast (when predictions were asked for), Charts (native line charts),
What-if (baseline inputs as values, the scenario's controls as cells, the
projection as live formulas) and Definitions. Text from the user's data is always
written as literal text, never as a formula. The file is written to a
temporary file beside the target and then moved into place.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Callable, Iterable, Mapping

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .. import __version__
from ..core.catalogue import find, headline_keys
from ..core.report import plain
from ..core.whatif import HORIZON, WhatIfResult, what_if
from ..messages import advice_message, explanation, message_for, metric_name, whatif_reason
from ..core.analysis import Analysis, advice_for
from .atomic import atomic_path
from .headers import KEYS_SHEET

__all__ = ["write_results", "safe_cell_value", "FORMULA_PREFIXES", "FORMULAS", "DEFINITIONS", "WHATIF_LAYOUT",
           "WHATIF_SERIES_KEYS"]

Translate = Callable[..., str]
"""``translate(context, text, disambiguation=None, n=-1)``, the shape of ``QCoreApplication.translate``."""



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The untranslated text (the CLI's and the English app's workbook)."""
    return text


def _plural(translate: Translate, text: str, n: int) -> str:
    """A ``%n ...(s)`` text for count ``n``: the catalogue's numerus form, or English written out."""
    out = translate("Workbook", text, None, n)
    return out.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


# Text starting with these is read by Excel as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
BOLD = Font(bold=True)

# Live formulas of METRICS.md section 2, over cells of the same row. {key} is
# that column's cell (e.g. C2). Undefined -> empty text, like the app's "–".
# Operations are in the core's order (multiply before divide) so the
# recalculated numbers match the app's to the last digit.
FORMULAS: dict[str, str] = {
    "lost_customers": '=IF(OR({customers_start}="",{new_customers}="",{customers_end}=""),"",'
                      "{customers_start}+{new_customers}-{customers_end})",
    "crr_pct": '=IF(OR({customers_start}="",{customers_end}="",{new_customers}="",{customers_start}=0),"",'
               "({customers_end}-{new_customers})*100/{customers_start})",
    "crr_pct@transactions": '=IF(OR({customers_start}="",{customers_start}=0),"",'
                            "{retained_customers}*100/{customers_start})",
    "churn_pct": '=IF(OR({customers_start}="",{lost_customers}="",{customers_start}=0),"",'
                 "{lost_customers}*100/{customers_start})",
    "revenue_churn": '=IF(AND({churned_revenue}="",{contraction_revenue}=""),"",'
                     "N({churned_revenue})+N({contraction_revenue}))",
    "revenue_churn_pct": '=IF(OR({revenue_start}="",{revenue_churn}="",{revenue_start}=0),"",'
                         "{revenue_churn}*100/{revenue_start})",
    "grr_pct": '=IF(OR({revenue_start}="",{revenue_start}=0),"",'
               "({revenue_start}-(N({churned_revenue})+N({contraction_revenue})))*100/{revenue_start})",
    "nrr_pct": '=IF(OR({revenue_start}="",{revenue_start}=0),"",'
               "({revenue_start}-(N({churned_revenue})+N({contraction_revenue}))+N({expansion_revenue}))*100/{revenue_start})",
    "existing_revenue_growth_pct": '=IF({nrr_pct}="","",{nrr_pct}-100)',
    "aov": '=IF(OR({revenue}="",{orders}="",{orders}=0),"",{revenue}/{orders})',
    "purchase_frequency": '=IF(OR({orders}="",{active_customers}="",{active_customers}=0),"",'
                          "{orders}/{active_customers})",
    "customer_value": '=IF(OR({aov}="",{purchase_frequency}=""),"",{aov}*{purchase_frequency})',
    "rpr_pct": '=IF(OR({repeat_customers}="",{active_customers}="",{active_customers}=0),"",'
               "{repeat_customers}*100/{active_customers})",
    "avg_lifespan_periods": '=IF(OR({churn_pct}="",{churn_pct}=0),"",100/{churn_pct})',
    "clv": '=IF(OR({customer_value}="",{avg_lifespan_periods}=""),"",'
           '{customer_value}*{avg_lifespan_periods}*IF({gross_margin_pct}="",1,{gross_margin_pct}/100))',
    "clv@transactions": '=IF(OR({customer_value}="",{avg_lifespan_periods}=""),"",'
                        "{customer_value}*{avg_lifespan_periods})",
    "nps": '=IF(N({promoters})+N({passives})+N({detractors})=0,"",'
           "(N({promoters})-N({detractors}))*100/(N({promoters})+N({passives})+N({detractors})))",
    "return_rate_pct": '=IF(OR({units_sold}="",{units_returned}="",{units_sold}=0),"",'
                       "{units_returned}*100/{units_sold})",
    "dso": '=IF(OR({accounts_receivable}="",{credit_sales}="",{credit_sales}=0),"",'
           "{accounts_receivable}*{days_in_period}/{credit_sales})",
}

DEFINITIONS: dict[str, str] = {
    "crr_pct": QT_TRANSLATE_NOOP("Workbook", "(customers at end - new customers) / customers at start x 100; from orders: retained / customers at start x 100. Empty when customers at start is 0."),
    "churn_pct": QT_TRANSLATE_NOOP("Workbook", "lost customers / customers at start x 100 (lost = start + new - end when not given). Empty when customers at start is 0."),
    "revenue_churn": QT_TRANSLATE_NOOP("Workbook", "churned revenue + contraction revenue (an amount)."),
    "revenue_churn_pct": QT_TRANSLATE_NOOP("Workbook", "(churned + contraction) / recurring revenue at start x 100."),
    "grr_pct": QT_TRANSLATE_NOOP("Workbook", "(revenue at start - churned - contraction) / revenue at start x 100."),
    "nrr_pct": QT_TRANSLATE_NOOP("Workbook", "(revenue at start - churned - contraction + expansion) / revenue at start x 100."),
    "existing_revenue_growth_pct": QT_TRANSLATE_NOOP("Workbook", "net revenue retention - 100."),
    "aov": QT_TRANSLATE_NOOP("Workbook", "revenue / orders (average purchase value)."),
    "purchase_frequency": QT_TRANSLATE_NOOP("Workbook", "orders / active customers."),
    "customer_value": QT_TRANSLATE_NOOP("Workbook", "average order value x purchase frequency."),
    "rpr_pct": QT_TRANSLATE_NOOP("Workbook", "repeat customers / active customers x 100."),
    "avg_lifespan_periods": QT_TRANSLATE_NOOP("Workbook", "100 / churn rate (in periods). Empty when churn is 0."),
    "clv": QT_TRANSLATE_NOOP("Workbook", "customer value x average lifespan (x gross margin / 100 when given)."),
    "nps": QT_TRANSLATE_NOOP("Workbook", "(promoters - detractors) / (promoters + passives + detractors) x 100, from -100 to 100. Promoters answer 9-10, passives 7-8, detractors 0-6."),
    "return_rate_pct": QT_TRANSLATE_NOOP("Workbook", "units returned / units sold x 100."),
    "dso": QT_TRANSLATE_NOOP("Workbook", "accounts receivable / credit sales x days in the period (days)."),
    "avg_days_between_purchases": QT_TRANSLATE_NOOP("Workbook", "mean of the days between a customer's consecutive distinct order dates, over gaps ending in the period."),
    "loyal_customer_rate_pct": QT_TRANSLATE_NOOP("Workbook", "customers with at least the loyal minimum of orders in the churn window / customers with an order in the window x 100."),
    "customers_start": QT_TRANSLATE_NOOP("Workbook", "from orders: customers alive on the day before the period starts (an order within the churn window up to that day)."),
    "customers_end": QT_TRANSLATE_NOOP("Workbook", "from orders: customers alive on the last day of the period."),
    "reactivated_customers": QT_TRANSLATE_NOOP("Workbook", "from orders: customers alive at the end who were not alive at the start and are not new."),
    "cohorts": QT_TRANSLATE_NOOP("Workbook", "rows: the period of a customer's first order; column +k: share of that cohort with an order k periods later."),
}


def safe_cell_value(value: Any) -> Any:
    """Python value for a cell: NaN -> None, numpy -> Python, timestamps -> datetime."""
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).to_pydatetime()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(plain(v)) for v in value)
    return plain(value)


def _put(ws, row: int, col: int, value: Any, number_format: str | None = None):
    """Write one cell; text that looks like a formula stays text."""
    v = safe_cell_value(value)
    cell = ws.cell(row=row, column=col)
    cell.value = v
    if isinstance(v, str) and v.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"  # a literal string, never a live formula
    if number_format and not isinstance(v, str):
        cell.number_format = number_format
    if isinstance(v, (dt.datetime, dt.date)):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _number_format(key: str, currency: str) -> str | None:
    """The Excel number format of a key, from its unit and decimals in the catalogue (None: General)."""
    m = find(key)
    if m is None or m.unit in ("text", "date"):
        return None
    places = "." + "0" * m.decimals if m.decimals else ""
    if m.unit == "percent":
        return f'0{places}" %"'
    if m.unit == "money":
        cur = currency.replace('"', "")
        return f'#,##0{places}" {cur}"' if cur else f"#,##0{places}"
    if m.unit in ("score", "points", "probability"):
        return f"0{places}"
    return f"#,##0{places}"


def _header(ws, names: Iterable[str], tooltips: Mapping[str, str] | None = None, keys: Iterable[str] | None = None) -> None:
    key_list = list(keys) if keys is not None else None
    for j, name in enumerate(names, start=1):
        cell = _put(ws, 1, j, name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if tooltips and key_list and key_list[j - 1] in tooltips:
            cell.comment = Comment(tooltips[key_list[j - 1]], "Retention Calculator")
    ws.freeze_panes = "A2"


def _widths(ws, widths: Iterable[int]) -> None:
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w


def _formula_for(key: str, kind: str, letters: Mapping[str, str], row: int) -> str | None:
    template = FORMULAS.get(f"{key}@{kind}") or FORMULAS.get(key)
    if template is None:
        return None
    needed = {part.split("}")[0] for part in template.split("{")[1:]}
    if not needed <= set(letters):
        return None
    return template.format(**{k: f"{letters[k]}{row}" for k in needed})


def _periods_sheet(wb: Workbook, analysis: Analysis, header_name: Callable[[str], str], currency: str,
                   translate: Translate) -> None:
    frame = analysis.periods
    assert frame is not None
    ws = wb.create_sheet(translate("Workbook", "Periods"))
    keys = [str(c) for c in frame.columns]
    _header(ws, [header_name(k) for k in keys], {k: metric_name(k) for k in keys}, keys)
    letters = {k: get_column_letter(j) for j, k in enumerate(keys, start=1)}
    inputs = analysis.inputs
    reasons = analysis.reasons
    formats = {k: _number_format(k, currency) for k in keys}
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for j, (key, value) in enumerate(zip(keys, row), start=1):
            formula = None
            # Inputs the user gave stay values; derived and computed columns follow them live.
            typed = inputs is not None and key in inputs.columns and pd.notna(inputs[key].iloc[i - 2])
            # A result the app does not show (an input error, an impossible value) is left empty, not recalculated.
            hidden = reasons is not None and key in reasons.columns and reasons[key].iloc[i - 2] is not None
            if not typed and not hidden:
                formula = _formula_for(key, analysis.kind, letters, i)
            if key == "lost_customers" and analysis.kind != "periods":
                formula = None  # counted from orders, not derived
            if formula is not None:
                cell = ws.cell(row=i, column=j, value=formula)
                if formats[key]:
                    cell.number_format = formats[key]
            else:
                _put(ws, i, j, value, formats[key])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(2, len(frame) + 1)}"
    _widths(ws, [12] + [15] * (len(keys) - 1))
    ws.row_dimensions[1].height = 45


def _summary_sheet(wb: Workbook, analysis: Analysis, header_name: Callable[[str], str], currency: str, source: str | None,
                   translate: Translate) -> None:
    ws = wb.create_sheet(translate("Workbook", "Summary"), 0)
    ws["A1"] = translate("Workbook", "Retention Calculator - results")
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    rows: list[tuple[str, Any, str, str]] = []
    frame = analysis.periods
    if frame is not None and len(frame):
        for key in headline_keys():
            if key in frame.columns and frame[key].notna().any():
                last = frame[frame[key].notna()].iloc[-1]
                rows.append((key, last[key], str(last["period"]), explanation(key)))
    for key, value in analysis.summary.items():
        if key != "periods":
            rows.append((key, value, translate("Workbook", "all data"), explanation(key)))
    if analysis.nps is not None:
        for key, value in analysis.nps.items():
            rows.append((key, value, translate("Workbook", "all answers"), explanation(key)))
    for j, name in enumerate((translate("Workbook", "Figure"), translate("Workbook", "Value"),
                               translate("Workbook", "Period"), translate("Workbook", "What it means")), start=1):
        c = _put(ws, r, j, name)
        c.font = BOLD
        c.fill = HEADER_FILL
    for key, value, period, text in rows:
        r += 1
        _put(ws, r, 1, header_name(key) if header_name(key) != key else metric_name(key))
        _put(ws, r, 2, value, _number_format(key, currency))
        _put(ws, r, 3, period)
        _put(ws, r, 4, text)
    warnings = [p for p in analysis.problems if p.severity == "warning"]
    r += 2
    _put(ws, r, 1, translate("Workbook", "Warnings")).font = BOLD
    if not warnings:
        _put(ws, r + 1, 1, translate("Workbook", "none"))
        r += 1
    for p in warnings:
        r += 1
        _put(ws, r, 1, p.period or "")
        _put(ws, r, 2, metric_name(p.column) if p.column else "")
        _put(ws, r, 4, message_for(p))
    r += 2
    s = analysis.settings
    facts = [
        (translate("Workbook", "Source file"), source or translate("Workbook", "typed in the app")),
        (translate("Workbook", "Kind of data"), _kind_name(analysis.kind, translate)),
        (translate("Workbook", "Frequency"), _frequency_name(s.frequency, translate)),
        (translate("Workbook", "Churn window (days)"), s.churn_window_days),
        (translate("Workbook", "Loyal minimum orders"), s.loyal_min_orders),
        (translate("Workbook", "App version"), __version__),
        (translate("Workbook", "Written"), dt.datetime.now().replace(microsecond=0)),
    ]
    r = _advice_block(ws, analysis, r) + 2
    _put(ws, r, 1, translate("Workbook", "About these results")).font = BOLD
    for name, value in facts:
        r += 1
        _put(ws, r, 1, name)
        c = _put(ws, r, 2, value)
        if isinstance(value, dt.datetime):
            c.number_format = "yyyy-mm-dd hh:mm"
    if analysis.source is not None and analysis.source.summary:
        r = _import_block(ws, r + 2, analysis.source.summary, translate, header_name)
    _widths(ws, (34, 18, 14, 90))


def _advice_block(ws, analysis: Analysis, r: int) -> int:
    """The advice under the warnings: figure, its value, period, and why / what to try / the number to watch.

    Returns the last row written.
    """
    currency = analysis.settings.currency
    _put(ws, r, 1, metric_name("advice")).font = BOLD
    advice = advice_for(analysis)
    if not advice:
        _put(ws, r + 1, 1, metric_name("advice_none"))
        return r + 1
    for a in advice:
        r += 1
        _put(ws, r, 1, metric_name(a.metric))
        _put(ws, r, 2, a.values.get("value"), _number_format(a.metric, currency) or "0.0")
        _put(ws, r, 3, a.period or "")
        cell = _put(ws, r, 4, advice_message(a, currency))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return r


# Where the What-if sheet puts things (1-based rows; columns are A, B, ...).
WHATIF_LAYOUT: dict[str, int] = {
    "controls": 5,  # churn_down_points, new_customers_up_pct, customer_value_up_pct in column B
    "inputs": 10,  # churn_pct, new_customers, customer_value, customers_start, gross_margin_pct, clv
    "series": 19,  # k = 1 .. K; the row above holds k = 0 (C0); the row after the last holds the sums
}
WHATIF_SERIES_KEYS: tuple[str, ...] = (
    "k", "customers_baseline", "revenue_baseline", "profit_baseline", "customers_scenario", "revenue_scenario",
    "profit_scenario", "customers_difference", "revenue_difference", "profit_difference",
)
CONTROL_FILL = PatternFill("solid", fgColor="FFF2CC")


def _whatif_sheet(wb: Workbook, analysis: Analysis, header_name: Callable[[str], str], currency: str,
                  translate: Translate) -> None:
    """Section 6 as live formulas over the baseline inputs (values) and the scenario's controls (yellow cells).

    Each formula does the core's operations in the core's order
    (retention_gui.core.whatif.project), so a recalculation gives its numbers.
    """
    assert analysis.periods is not None
    result: WhatIfResult = analysis.what_if if analysis.what_if is not None else what_if(analysis.periods)
    ws = wb.create_sheet(translate("Workbook", "What-if"))
    ws["A1"] = metric_name("what_if")
    ws["A1"].font = Font(bold=True, size=14)
    money = _number_format("revenue", currency)
    pct = '0.0" %"'
    count = "#,##0.0"
    if not result.ok:
        _put(ws, 3, 1, whatif_reason(result.reason))
        _widths(ws, (40,))
        return
    _put(ws, 2, 1, metric_name("whatif_hint"))
    _put(ws, 3, 1, metric_name("whatif_how"))

    def head(row: int, keys: Iterable[str]) -> None:
        for j, key in enumerate(keys, start=1):
            c = _put(ws, row, j, header_name(key))
            c.font = BOLD
            c.fill = HEADER_FILL
            c.alignment = Alignment(wrap_text=True, vertical="top")

    rc = WHATIF_LAYOUT["controls"]
    head(rc - 1, ("whatif_figure", "change"))
    ch = result.changes
    for i, (key, value) in enumerate((("churn_down_points", ch.churn_down_points),
                                      ("new_customers_up_pct", ch.new_customers_up_pct),
                                      ("customer_value_up_pct", ch.customer_value_up_pct))):
        _put(ws, rc + i, 1, metric_name(key))
        cell = _put(ws, rc + i, 2, value, "0.0" if key == "churn_down_points" else pct)
        cell.fill = CONTROL_FILL
    churn_ctl, new_ctl, value_ctl = (f"$B${rc + i}" for i in range(3))

    ri = WHATIF_LAYOUT["inputs"]
    head(ri - 1, ("whatif_figure", "baseline", "scenario", "difference", "periods_used"))
    b = result.inputs
    c_row, n_row, v_row, c0_row, m_row, clv_row = range(ri, ri + 6)
    rows = (
        ("churn_pct", b.churn_pct, f"=MIN(MAX(B{c_row}-{churn_ctl},0),MAX(B{c_row},100))", pct, "churn_pct"),
        ("new_customers", b.new_customers, f"=B{n_row}*(1+{new_ctl}/100)", count, "new_customers"),
        ("customer_value", b.customer_value, f"=B{v_row}*(1+{value_ctl}/100)", money, "customer_value"),
        ("whatif_customers_now", b.customers_start, f"=B{c0_row}", count, "customers_start"),
        ("gross_margin_pct", b.gross_margin_pct, f"=B{m_row}", pct, "gross_margin_pct"),
    )
    for r, (label, value, scenario, fmt, used_key) in zip(range(ri, ri + 5), rows):
        _put(ws, r, 1, metric_name(label))
        _put(ws, r, 2, value, fmt)
        ws.cell(r, 3, scenario).number_format = fmt
        ws.cell(r, 4, f"=C{r}-B{r}").number_format = fmt
        _put(ws, r, 5, b.periods_used.get(used_key, 0), "0")
    _put(ws, clv_row, 1, metric_name("clv"))
    for col in "BC":
        # Section 2: customer value x (100 / churn) x margin / 100; empty when churn is 0.
        ws[f"{col}{clv_row}"] = f'=IF({col}{c_row}=0,"",{col}{v_row}*(100/{col}{c_row})*({col}{m_row}/100))'
        ws[f"{col}{clv_row}"].number_format = money
    ws[f"D{clv_row}"] = f'=IF(OR(B{clv_row}="",C{clv_row}=""),"",C{clv_row}-B{clv_row})'
    ws[f"D{clv_row}"].number_format = money

    rs = WHATIF_LAYOUT["series"]
    head(rs - 2, WHATIF_SERIES_KEYS)
    _put(ws, rs - 1, 1, 0, "0")
    ws[f"B{rs - 1}"] = f"=B{c0_row}"
    ws[f"E{rs - 1}"] = f"=C{c0_row}"
    for col in "BE":
        ws[f"{col}{rs - 1}"].number_format = count
    for k in range(1, HORIZON + 1):
        r = rs + k - 1
        _put(ws, r, 1, k, "0")
        # Baseline in B:D over column B of the inputs, scenario in E:G over column C.
        for cc, rev, prof, src in (("B", "C", "D", "B"), ("E", "F", "G", "C")):
            ws[f"{cc}{r}"] = f"={cc}{r - 1}*(1-${src}${c_row}/100)+${src}${n_row}"
            ws[f"{rev}{r}"] = f"={cc}{r}*${src}${v_row}"
            ws[f"{prof}{r}"] = f"={rev}{r}*${src}${m_row}/100"
            ws[f"{cc}{r}"].number_format = count
            ws[f"{rev}{r}"].number_format = money
            ws[f"{prof}{r}"].number_format = money
        for d, (bcol, scol) in zip("HIJ", (("B", "E"), ("C", "F"), ("D", "G"))):
            ws[f"{d}{r}"] = f"={scol}{r}-{bcol}{r}"
            ws[f"{d}{r}"].number_format = count if d == "H" else money
    last = rs + HORIZON - 1
    total = last + 1
    _put(ws, total, 1, header_name("total")).font = BOLD
    for col in "BCDEFG":
        ws[f"{col}{total}"] = f"=SUM({col}{rs}:{col}{last})"
        ws[f"{col}{total}"].number_format = count if col in "BE" else money
        ws[f"{col}{total}"].font = BOLD
    # The difference of the sums, as the core reports it (not a sum of differences).
    for d, (bcol, scol) in zip("HIJ", (("B", "E"), ("C", "F"), ("D", "G"))):
        ws[f"{d}{total}"] = f"={scol}{total}-{bcol}{total}"
        ws[f"{d}{total}"].number_format = count if d == "H" else money
        ws[f"{d}{total}"].font = BOLD
    _widths(ws, (34, 16, 16, 16, 16, 16, 16, 16, 16, 16))
    ws.row_dimensions[rs - 2].height = 45


# Labels of the import block on the Summary sheet, in the order shown.
IMPORT_LABELS: dict[str, str] = {
    "sheet": QT_TRANSLATE_NOOP("Workbook", "Sheet"),
    "header_row": QT_TRANSLATE_NOOP("Workbook", "Header row"),
    "layout": QT_TRANSLATE_NOOP("Workbook", "Recognised layout"),
    "rows_read": QT_TRANSLATE_NOOP("Workbook", "Rows read"),
    "rows_used": QT_TRANSLATE_NOOP("Workbook", "Rows used"),
    "amount": QT_TRANSLATE_NOOP("Workbook", "Amount from"),
    "amount_alternatives": QT_TRANSLATE_NOOP("Workbook", "Amount columns not used"),
    "customer_id": QT_TRANSLATE_NOOP("Workbook", "Customer id from"),
    "customer_id_is_email": QT_TRANSLATE_NOOP("Workbook", "Customer ids are e-mails (case ignored)"),
    "blank_amounts_counted_as_zero": QT_TRANSLATE_NOOP("Workbook", "Blank amounts counted as 0 (later lines of an order)"),
    "filled_from_order": QT_TRANSLATE_NOOP("Workbook", "Customer or date taken from the order's other lines"),
}


def _import_block(ws, r: int, summary: Mapping[str, Any], translate: Translate = english,
                  name: Callable[[str], str] = lambda key: key) -> int:
    """What was read and how (sheet, column of each role, rows left out and why, date order)."""
    _put(ws, r, 1, translate("Workbook", "Import")).font = BOLD
    lines: list[tuple[str, Any]] = []
    for key, label in IMPORT_LABELS.items():
        value = summary.get(key)
        if value is None or value == [] or (key == "customer_id_is_email" and not value):
            continue
        lines.append((translate("Workbook", label), ", ".join(map(str, value)) if isinstance(value, list) else value))
    for key, label in (summary.get("columns") or {}).items():
        lines.append((translate("Workbook", "Column for %1").replace("%1", name(key)), label))
    for item in summary.get("left_out") or []:
        text = _plural(translate, QT_TRANSLATE_NOOP("Workbook", "%n row(s)"), int(item.get("rows") or 0))
        if "amount" in item:
            text += translate("Workbook", ", net amount %1").replace("%1", f"{item['amount']:g}")
        reason = str(item.get("reason", "")).replace("_", " ")
        lines.append((translate("Workbook", "Left out: %1").replace("%1", reason), text))
    for key, order in (summary.get("date_order") or {}).items():
        lines.append((translate("Workbook", "Date order of %1").replace("%1", name(key)), str(order).replace("_", " ")))
    for label, value in lines:
        r += 1
        _put(ws, r, 1, label)
        _put(ws, r, 2, value if not isinstance(value, bool)
             else (translate("Workbook", "yes") if value else translate("Workbook", "no")))
    return r


def _cohorts_sheet(wb: Workbook, cohorts: pd.DataFrame, header_name: Callable[[str], str], translate: Translate) -> None:
    ws = wb.create_sheet(translate("Workbook", "Cohorts"))
    width = int(cohorts["retention_pct"].map(len).max()) if len(cohorts) else 0
    _header(ws, [header_name("cohort"), header_name("size"), *[f"+{k}" for k in range(width)]])
    for i, r in enumerate(cohorts.itertuples(index=False), start=2):
        _put(ws, i, 1, r.cohort)
        _put(ws, i, 2, r.size, "#,##0")
        for k, v in enumerate(r.retention_pct):
            _put(ws, i, 3 + k, v, '0.0" %"')
    if width and len(cohorts):
        area = f"C2:{get_column_letter(2 + width)}{len(cohorts) + 1}"
        ws.conditional_formatting.add(area, ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                                           end_type="num", end_value=100, end_color="4A86C5"))
    _widths(ws, [12, 8] + [8] * width)


def _frame_sheet(wb: Workbook, title: str, frame: pd.DataFrame, header_name: Callable[[str], str], currency: str) -> None:
    ws = wb.create_sheet(title)
    keys = [str(c) for c in frame.columns]
    _header(ws, [header_name(k) for k in keys])
    formats = [_number_format(k, currency) for k in keys]
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for j, value in enumerate(row, start=1):
            _put(ws, i, j, value, formats[j - 1])
    if len(frame):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{len(frame) + 1}"
    _widths(ws, [16] * len(keys))


def _charts_sheet(wb: Workbook, analysis: Analysis, translate: Translate) -> None:
    frame = analysis.periods
    if frame is None or not len(frame):
        return
    periods_ws = wb[translate("Workbook", "Periods")]
    keys = [str(c) for c in frame.columns]
    ws = wb.create_sheet(translate("Workbook", "Charts"))
    n = len(frame)
    cats = Reference(periods_ws, min_col=1, min_row=2, max_row=n + 1)
    groups = [
        (translate("Workbook", "Retention and churn (%)"), ["crr_pct", "churn_pct"]),
        (translate("Workbook", "Net revenue retention (%)"), ["nrr_pct"]),
        (translate("Workbook", "Revenue"), ["revenue"]),
        (translate("Workbook", "Customers"), ["customers_start", "customers_end", "new_customers", "lost_customers"]),
        (translate("Workbook", "NPS"), ["nps"]),
    ]
    anchor_row = 1
    for title, wanted in groups:
        present = [k for k in wanted if k in keys and frame[k].notna().any()]
        if not present:
            continue
        chart = LineChart()
        chart.title = title
        chart.height, chart.width = 7.5, 18
        chart.y_axis.title = title
        for key in present:
            col = keys.index(key) + 1
            data = Reference(periods_ws, min_col=col, min_row=1, max_row=n + 1)
            chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        ws.add_chart(chart, f"A{anchor_row}")
        anchor_row += 16


# Number formats of the Forecast sheet's columns (money keys take the currency).
_FORECAST_MONEY = ("revenue", "monetary", "expected_spend", "predicted_clv", "predicted_revenue")
_FORECAST_FORMATS = {
    "orders": "#,##0", "frequency": "#,##0", "recency": "#,##0", "T": "#,##0", "customers": "#,##0",
    "p_alive": "0.000", "expected_purchases": "0.000", "predicted_mean": "0.000", "actual_mean": "0.000",
}


def _forecast_sheet(wb: Workbook, analysis: Analysis, header_name: Callable[[str], str], currency: str,
                    translate: Translate) -> None:
    """Section 5: status, settings, model parameters, model check, then one row per customer."""
    fc = analysis.forecast
    assert fc is not None
    cur = currency.replace('"', "")
    money = f'#,##0.00" {cur}"' if cur else "#,##0.00"

    def fmt(key: str) -> str | None:
        return money if key in _FORECAST_MONEY else _FORECAST_FORMATS.get(key)

    ws = wb.create_sheet(translate("Workbook", "Forecast"))
    ws["A1"] = translate("Workbook", "Predicted customer value (BG/NBD and Gamma-Gamma)")
    ws["A1"].font = Font(bold=True, size=14)
    st = fc.settings
    r = 3

    def block(title: str, items: list[tuple[str, Any, str | None]]) -> None:
        nonlocal r
        _put(ws, r, 1, title).font = BOLD
        for name, value, number_format in items:
            r += 1
            _put(ws, r, 1, name)
            _put(ws, r, 2, value, number_format)
        r += 2

    block(translate("Workbook", "Result"), [
        ("status", fc.status, None),
        ("reason", message_for(fc.reason) if fc.reason is not None else "", None),
        (header_name("expected_purchases"), fc.expected_purchases, "#,##0.00"),
        (header_name("predicted_revenue"), fc.predicted_revenue, money),
        (header_name("predicted_clv"), fc.predicted_clv, money),
        ("customers_used", fc.customers_used, "#,##0"),
        ("repeat_customers_used", fc.repeat_customers_used, "#,##0"),
    ])
    block(translate("Workbook", "Settings"), [
        ("as_of", fc.as_of, None),
        ("horizon_months", st.horizon_months, "#,##0"),
        ("annual_discount_pct", st.annual_discount_pct, '0.0" %"'),
        ("margin_pct", st.margin_pct, '0.0" %"'),
        ("holdout_days", st.holdout_days, "#,##0"),
    ])

    def params(prefix: str, fit: Any) -> list[tuple[str, Any, str | None]]:
        if fit is None:
            return [(prefix, translate("Workbook", "not fitted"), None)]
        return [(f"{prefix} {k}", v, None) for k, v in vars(fit).items()]

    block(translate("Workbook", "Model parameters (alpha in days)"), params("bgnbd", fc.bgnbd) + params("gamma_gamma", fc.gamma_gamma))
    mc = fc.model_check
    if mc is not None:
        block(translate("Workbook", "Model check"), [
            ("calibration_end", mc.calibration_end, None),
            ("holdout_days", mc.holdout_days, "#,##0"),
            ("customers", mc.customers, "#,##0"),
            ("predicted_purchases", mc.predicted_purchases, "#,##0.00"),
            ("actual_purchases", mc.actual_purchases, "#,##0"),
            ("reason", message_for(mc.reason) if mc.reason is not None else "", None),
        ] + params("bgnbd", mc.bgnbd) + params("gamma_gamma", mc.gamma_gamma))
        keys = list(mc.by_frequency.columns)
        for j, key in enumerate(keys, start=1):
            c = _put(ws, r, j, header_name(key))
            c.font = BOLD
            c.fill = HEADER_FILL
        for row in mc.by_frequency.itertuples(index=False, name=None):
            r += 1
            for j, (key, value) in enumerate(zip(keys, row), start=1):
                _put(ws, r, j, value, fmt(key))
        r += 3

    frame = fc.customers
    keys = [str(c) for c in frame.columns]
    top = r
    for j, key in enumerate(keys, start=1):
        c = _put(ws, top, j, header_name(key))
        c.font = BOLD
        c.fill = HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="top")
    formats = [fmt(k) for k in keys]
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=top + 1):
        for j, value in enumerate(row, start=1):
            _put(ws, i, j, value, formats[j - 1])
    ws.auto_filter.ref = f"A{top}:{get_column_letter(len(keys))}{max(top + 1, top + len(frame))}"
    ws.freeze_panes = f"A{top + 1}"
    _widths(ws, [26, 16] + [14] * (len(keys) - 2))


def _definitions_sheet(wb: Workbook, translate: Translate) -> None:
    ws = wb.create_sheet(translate("Workbook", "Definitions"))
    _header(ws, [translate("Workbook", "key"), translate("Workbook", "name"), translate("Workbook", "definition")])
    for i, (key, text) in enumerate(DEFINITIONS.items(), start=2):
        _put(ws, i, 1, key)
        _put(ws, i, 2, metric_name(key) if key != "cohorts" else translate("Workbook", "Cohorts"))
        _put(ws, i, 3, translate("Workbook", text))
    _widths(ws, (28, 30, 110))


def _kind_name(kind: str, translate: Translate) -> str:
    names = {
        "periods": QT_TRANSLATE_NOOP("Workbook", "figures per period"),
        "transactions": QT_TRANSLATE_NOOP("Workbook", "orders"),
        "nps": QT_TRANSLATE_NOOP("Workbook", "NPS answers"),
    }
    return translate("Workbook", names[kind]) if kind in names else kind


def _frequency_name(frequency: str, translate: Translate) -> str:
    names = {
        "M": QT_TRANSLATE_NOOP("Workbook", "month"),
        "W": QT_TRANSLATE_NOOP("Workbook", "week"),
        "Q": QT_TRANSLATE_NOOP("Workbook", "quarter"),
        "Y": QT_TRANSLATE_NOOP("Workbook", "year"),
    }
    return translate("Workbook", names[frequency]) if frequency in names else frequency


def _keys_sheet(wb: Workbook, header_keys: Mapping[str, tuple[int, list[str]]]) -> None:
    """A hidden sheet: one row per sheet with translated headers - its name, header row and canonical keys.

    The importer reads it (``io.reader``), so a workbook exported in Danish or
    Swedish imports exactly like an English one.
    """
    ws = wb.create_sheet(KEYS_SHEET)
    ws.sheet_state = "hidden"
    for i, (sheet, (header_row, keys)) in enumerate(header_keys.items(), start=1):
        _put(ws, i, 1, sheet)
        _put(ws, i, 2, header_row)
        for j, key in enumerate(keys, start=3):
            _put(ws, i, j, key)


def write_results(
    analysis: Analysis,
    target: str | os.PathLike[str],
    header_name: Callable[[str], str] | None = None,
    translate: Translate | None = None,
) -> None:
    """Write the results workbook atomically.

    ``header_name`` turns a canonical key into a column header; by default the
    canonical keys themselves (METRICS.md: the English headers of exported
    workbooks), which the importer reads back exactly.

    ``translate(context, text, disambiguation=None, n=-1)`` (the GUI passes
    ``QCoreApplication.translate``) words the sheet names, headings,
    definitions and chart titles in the interface language; metric names come
    from :func:`retention_gui.messages.metric_name`. With ``translate`` and no
    ``header_name`` the column headers are the translated metric names, and a
    hidden sheet ``_keys`` keeps their canonical keys for a re-import.
    """
    t = translate or english
    name = header_name or (metric_name if translate is not None else (lambda key: key))
    currency = analysis.settings.currency
    wb = Workbook()
    wb.remove(wb.active)
    header_keys: dict[str, tuple[int, list[str]]] = {}
    if analysis.periods is not None:
        _periods_sheet(wb, analysis, name, currency, t)
        header_keys[t("Workbook", "Periods")] = (1, [str(c) for c in analysis.periods.columns])
    if analysis.cohorts is not None:
        _cohorts_sheet(wb, analysis.cohorts, name if translate is not None else (lambda key: key), t)
    if analysis.customers is not None:
        _frame_sheet(wb, t("Workbook", "Customers"), analysis.customers, name, currency)
        header_keys[t("Workbook", "Customers")] = (1, [str(c) for c in analysis.customers.columns])
    if analysis.nps is not None:
        nps = pd.DataFrame([analysis.nps])
        _frame_sheet(wb, t("Workbook", "NPS"), nps, name, currency)
        header_keys[t("Workbook", "NPS")] = (1, [str(c) for c in nps.columns])
    if analysis.forecast is not None:
        _forecast_sheet(wb, analysis, name, currency, t)
    source = None
    if analysis.source is not None:
        source = analysis.source.file + (f" / {analysis.source.sheet}" if analysis.source.sheet else "")
    _summary_sheet(wb, analysis, name, currency, source, t)
    _charts_sheet(wb, analysis, t)
    if analysis.periods is not None and analysis.kind != "nps":
        _whatif_sheet(wb, analysis, name, currency, t)
    _definitions_sheet(wb, t)
    if translate is not None or header_name is not None:
        _keys_sheet(wb, header_keys)
    with atomic_path(target) as tmp:
        wb.save(tmp)
