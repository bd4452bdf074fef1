"""Every message the user can see about their data, worded in one place.

The CLI, the GUI and the exporter all call :func:`format_problem`, so a
problem reads the same everywhere. Templates are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them; the GUI installs
``QCoreApplication.translate`` with :func:`set_translator` and the same words
then come out in Danish or Swedish. This module imports no Qt.
"""

from __future__ import annotations

from typing import Any, Callable

from .core.catalogue import is_percent
from .core import errors as _errors
from .core.errors import Problem
from .core.report import plain

__all__ = ["explanation", "EXPLANATIONS", "format_problem", "format_location", "message_for", "set_translator", "metric_name", "CONTEXT",
           "whatif_reason", "whatif_heading", "advice_text", "advice_message", "reason_text"]

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(fn: Callable[[str, str], str]) -> None:
    """Use ``fn(context, text)`` (e.g. ``QCoreApplication.translate``) for every message."""
    global _translate
    _translate = fn


def tr(text: str) -> str:
    return _translate(CONTEXT, text)


TEMPLATES: dict[str, str] = {
    # input values
    "negative_value": QT_TRANSLATE_NOOP("Messages", "{value} is negative; this must be zero or more"),
    "not_whole_number": QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number; answer counts must be whole numbers"),
    "gross_margin_out_of_range": QT_TRANSLATE_NOOP("Messages", "gross margin {value} is outside 0-100"),
    "retained_more_than_existed": QT_TRANSLATE_NOOP(
        "Messages", "more customers retained than existed: end {end} - new {new} is more than start {start}"
    ),
    "retained_below_zero": QT_TRANSLATE_NOOP(
        "Messages", "fewer than zero retained: end {end} - new {new} is below 0"
    ),
    "lost_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "lost customers {lost} differs from start + new - end = {derived}; {lost} is used"
    ),
    "repeat_more_than_active": QT_TRANSLATE_NOOP(
        "Messages", "repeat customers {repeat} are more than active customers {active}"
    ),
    "returned_more_than_sold": QT_TRANSLATE_NOOP(
        "Messages", "units returned {returned} are more than units sold {sold}"
    ),
    "missing_period": QT_TRANSLATE_NOOP("Messages", "the period label is empty; give every row a period"),
    "missing_value": QT_TRANSLATE_NOOP("Messages", "this cell is empty; a value is needed here"),
    "missing_column": QT_TRANSLATE_NOOP(
        "Messages", "no column for '{column}' was found; add one, or map it in the import (command line: --map {column}=COLUMN)"
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a number"),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024"
    ),
    "ambiguous_day_month": QT_TRANSLATE_NOOP(
        "Messages", "dates like '{value}' could be day-month or month-day; they were read as day-month"
    ),
    "ambiguous_thousands": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' could mean thousands or decimals; it was read as {read:g} - check the column"
    ),
    "more_problems": QT_TRANSLATE_NOOP("Messages", "{count} more cells like this"),
    # --- numbers ---
    "number_other_convention": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not written the usual way here; it was read as {written} - check it"
    ),
    "number_trailing_minus": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' has its minus sign at the end; it was read as {written}"
    ),
    "number_percent_not_here": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' has a percent sign, but this is not a percent field"
    ),
    "percent_looks_like_fraction": QT_TRANSLATE_NOOP(
        "Messages", "{written} is read as {written} %; if you meant {percent} %, type {percent}"
    ),
    "result_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "not shown: the result is outside its possible range, so an input must be wrong"
    ),
    "result_input_error": QT_TRANSLATE_NOOP(
        "Messages", "not shown: an input it is computed from has an error"
    ),
    "nps_score_invalid": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not an NPS answer; answers are whole numbers from 0 to 10"
    ),
    "no_orders": QT_TRANSLATE_NOOP("Messages", "there are no orders (only refunds or no rows)"),
    "no_data": QT_TRANSLATE_NOOP("Messages", "there are no data rows"),
    "bad_frequency": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a frequency; use one of {allowed}"),
    "bad_setting": QT_TRANSLATE_NOOP("Messages", "setting {setting} = {value} is not allowed"),
    # result warnings
    "churn_high": QT_TRANSLATE_NOOP("Messages", "churn above {threshold:g}% - look into why customers leave"),
    "nps_negative": QT_TRANSLATE_NOOP("Messages", "NPS below {threshold:g} - more detractors than promoters"),
    "nrr_low": QT_TRANSLATE_NOOP("Messages", "NRR below {threshold:g}% - existing customers spend less than before"),
    "dso_high": QT_TRANSLATE_NOOP("Messages", "DSO above {threshold:g} days - customers pay slowly"),
    # files
    "file_not_found": QT_TRANSLATE_NOOP("Messages", "the file does not exist"),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "Messages", "'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv"
    ),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "Messages", "the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again"
    ),
    "encrypted_file": QT_TRANSLATE_NOOP(
        "Messages", "this file is password-protected; save an unprotected copy and import that"
    ),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "Messages", "the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened"
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP("Messages", "there is no sheet '{sheet}'; the sheets are: {sheets}"),
    "no_visible_sheet": QT_TRANSLATE_NOOP("Messages", "every sheet in the file is hidden"),
    "empty_sheet": QT_TRANSLATE_NOOP("Messages", "the sheet is empty"),
    "no_header": QT_TRANSLATE_NOOP(
        "Messages", "no header row with known column names was found in the first {rows} rows; map the columns by hand"
    ),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "the columns do not look like periods, orders or NPS answers: {columns}"
    ),
    "unmapped_columns": QT_TRANSLATE_NOOP("Messages", "these columns were not recognised and are ignored: {columns}"),
    "formulas_without_values": QT_TRANSLATE_NOOP(
        "Messages", "the sheet has formulas without saved results; open the file in Excel, save it, and import again"
    ),
    "project_unreadable": QT_TRANSLATE_NOOP("Messages", "this is not a readable project file ({detail})"),
    "project_newer": QT_TRANSLATE_NOOP(
        "Messages", "this project was saved by a newer version of the app (format {version}); update the app to open it"
    ),
    "unsafe_xml": QT_TRANSLATE_NOOP(
        "Messages", "the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened"
    ),
    "percent_fraction": QT_TRANSLATE_NOOP(
        "Messages", "the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %"
    ),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "write_failed": QT_TRANSLATE_NOOP("Messages", "the file could not be written ({detail})"),
    "file_locked": QT_TRANSLATE_NOOP(
        "Messages", "the file is open in another program or write-protected; close it or choose another name"
    ),
    # --- odd files ---
    "damaged_file": QT_TRANSLATE_NOOP(
        "Messages", "the file is damaged or is not a real {suffix} file; open it in the program that made it and save it again"
    ),
    "output_is_input": QT_TRANSLATE_NOOP(
        "Messages", "the results would overwrite the file being read; choose another name for the results"
    ),
    "no_column_names": QT_TRANSLATE_NOOP(
        "Messages", "the first row with data has no column names; add a header row or map the columns by hand"
    ),
    # --- real exports ---
    "guest_rows": QT_TRANSLATE_NOOP(
        "Messages", "rows without a customer (guest orders): {rows}, net amount {amount:g}; they are left out of every figure"
    ),
    "only_guests": QT_TRANSLATE_NOOP(
        "Messages", "no row has a customer id ({rows} rows); map the column that identifies customers"
    ),
    "blank_amount": QT_TRANSLATE_NOOP(
        "Messages", "the amount is empty and no other row of the same order has one; fill it in"
    ),
    "total_rows_left_out": QT_TRANSLATE_NOOP(
        "Messages", "totals rows left out: {rows} (like '{label}'); the periods are counted on their own"
    ),
    "periods_without_inputs": QT_TRANSLATE_NOOP(
        "Messages", "a periods sheet needs at least one column of figures besides the period (e.g. customers at start, revenue); found: {columns}"
    ),
    "map_unknown_role": QT_TRANSLATE_NOOP("Messages", "'{role}' is not a column role; use one of: {roles}"),
    "map_column_not_found": QT_TRANSLATE_NOOP(
        "Messages", "there is no column '{column}' (give a header or an Excel letter); the columns are: {columns}"
    ),
    # --- forecast --- (why predicted CLV is not fitted; METRICS.md section 5)
    "forecast_no_orders": QT_TRANSLATE_NOOP("Messages", "there are no orders on or before {as_of}, so there is nothing to forecast"),
    "forecast_short_span": QT_TRANSLATE_NOOP(
        "Messages", "the orders up to {as_of} span only {days} days; a forecast needs at least {needed} days"
    ),
    "forecast_too_few_repeat": QT_TRANSLATE_NOOP(
        "Messages", "only {count} customers bought on more than one day up to {as_of}; a forecast needs at least {needed}"
    ),
    "forecast_failed": QT_TRANSLATE_NOOP(
        "Messages", "the purchase model could not be fitted to these orders; no forecast is shown"
    ),
    "forecast_at_bound": QT_TRANSLATE_NOOP(
        "Messages", "the purchase model has no best fit for these orders (a parameter runs off to its limit); no forecast is shown"
    ),
    "forecast_unstable": QT_TRANSLATE_NOOP(
        "Messages", "the purchase model gave different answers from different starting points; no forecast is shown"
    ),
    "spend_too_few": QT_TRANSLATE_NOOP(
        "Messages", "only {count} customers have repeat purchases with an amount; forecasting spend and value needs at least {needed}"
    ),
    "spend_fit_failed": QT_TRANSLATE_NOOP(
        "Messages", "the spend model could not be fitted; spend and value are not forecast"
    ),
    "spend_q_not_above_1": QT_TRANSLATE_NOOP(
        "Messages", "spend per purchase varies too much between customers to forecast (q = {q} is not above 1); spend and value are not forecast"
    ),
}

_LOCATION = {
    "file": QT_TRANSLATE_NOOP("Messages", "{file}"),
    "sheet": QT_TRANSLATE_NOOP("Messages", "sheet '{sheet}'"),
    "row": QT_TRANSLATE_NOOP("Messages", "row {row}"),
    "column": QT_TRANSLATE_NOOP("Messages", "column {column}"),
    "period": QT_TRANSLATE_NOOP("Messages", "period {period}"),
}

_SEVERITY = {
    "error": QT_TRANSLATE_NOOP("Messages", "error"),
    "warning": QT_TRANSLATE_NOOP("Messages", "warning"),
}

METRIC_NAMES: dict[str, str] = {
    "period": QT_TRANSLATE_NOOP("Messages", "Period"),
    "periods": QT_TRANSLATE_NOOP("Messages", "Periods"),
    "customers_start": QT_TRANSLATE_NOOP("Messages", "Customers at start"),
    "customers_end": QT_TRANSLATE_NOOP("Messages", "Customers at end"),
    "new_customers": QT_TRANSLATE_NOOP("Messages", "New customers"),
    "lost_customers": QT_TRANSLATE_NOOP("Messages", "Lost customers"),
    "retained_customers": QT_TRANSLATE_NOOP("Messages", "Retained customers"),
    "reactivated_customers": QT_TRANSLATE_NOOP("Messages", "Reactivated customers"),
    "revenue": QT_TRANSLATE_NOOP("Messages", "Revenue"),
    "orders": QT_TRANSLATE_NOOP("Messages", "Orders"),
    "active_customers": QT_TRANSLATE_NOOP("Messages", "Active customers"),
    "repeat_customers": QT_TRANSLATE_NOOP("Messages", "Repeat customers"),
    "revenue_start": QT_TRANSLATE_NOOP("Messages", "Recurring revenue at start"),
    "churned_revenue": QT_TRANSLATE_NOOP("Messages", "Churned revenue"),
    "contraction_revenue": QT_TRANSLATE_NOOP("Messages", "Contraction revenue"),
    "expansion_revenue": QT_TRANSLATE_NOOP("Messages", "Expansion revenue"),
    "units_sold": QT_TRANSLATE_NOOP("Messages", "Units sold"),
    "units_returned": QT_TRANSLATE_NOOP("Messages", "Units returned"),
    "accounts_receivable": QT_TRANSLATE_NOOP("Messages", "Accounts receivable"),
    "credit_sales": QT_TRANSLATE_NOOP("Messages", "Credit sales"),
    "days_in_period": QT_TRANSLATE_NOOP("Messages", "Days in period"),
    "promoters": QT_TRANSLATE_NOOP("Messages", "Promoters"),
    "passives": QT_TRANSLATE_NOOP("Messages", "Passives"),
    "detractors": QT_TRANSLATE_NOOP("Messages", "Detractors"),
    "gross_margin_pct": QT_TRANSLATE_NOOP("Messages", "Gross margin %"),
    "crr_pct": QT_TRANSLATE_NOOP("Messages", "Customer retention rate %"),
    "churn_pct": QT_TRANSLATE_NOOP("Messages", "Churn rate %"),
    "revenue_churn": QT_TRANSLATE_NOOP("Messages", "Revenue churn"),
    "revenue_churn_pct": QT_TRANSLATE_NOOP("Messages", "Revenue churn %"),
    "grr_pct": QT_TRANSLATE_NOOP("Messages", "Gross revenue retention %"),
    "nrr_pct": QT_TRANSLATE_NOOP("Messages", "Net revenue retention %"),
    "existing_revenue_growth_pct": QT_TRANSLATE_NOOP("Messages", "Existing revenue growth %"),
    "aov": QT_TRANSLATE_NOOP("Messages", "Average order value"),
    "purchase_frequency": QT_TRANSLATE_NOOP("Messages", "Purchase frequency"),
    "customer_value": QT_TRANSLATE_NOOP("Messages", "Customer value"),
    "rpr_pct": QT_TRANSLATE_NOOP("Messages", "Repeat purchase rate %"),
    "avg_lifespan_periods": QT_TRANSLATE_NOOP("Messages", "Average lifespan (periods)"),
    "clv": QT_TRANSLATE_NOOP("Messages", "Customer lifetime value"),
    "nps": QT_TRANSLATE_NOOP("Messages", "Net Promoter Score"),
    "return_rate_pct": QT_TRANSLATE_NOOP("Messages", "Return rate %"),
    "dso": QT_TRANSLATE_NOOP("Messages", "Days sales outstanding"),
    "avg_days_between_purchases": QT_TRANSLATE_NOOP("Messages", "Days between purchases"),
    "median_days_between_purchases": QT_TRANSLATE_NOOP("Messages", "Median days between purchases"),
    "loyal_customer_rate_pct": QT_TRANSLATE_NOOP("Messages", "Loyal customer rate %"),
    "customers": QT_TRANSLATE_NOOP("Messages", "Customers"),
    "mean_crr_pct": QT_TRANSLATE_NOOP("Messages", "Mean retention rate %"),
    "mean_churn_pct": QT_TRANSLATE_NOOP("Messages", "Mean churn rate %"),
    "customer_id": QT_TRANSLATE_NOOP("Messages", "Customer ID"),
    "order_date": QT_TRANSLATE_NOOP("Messages", "Order date"),
    "amount": QT_TRANSLATE_NOOP("Messages", "Amount"),
    "order_id": QT_TRANSLATE_NOOP("Messages", "Order ID"),
    "quantity": QT_TRANSLATE_NOOP("Messages", "Quantity"),
    # --- real exports ---
    "unit_price": QT_TRANSLATE_NOOP("Messages", "Unit price"),
    "score": QT_TRANSLATE_NOOP("Messages", "NPS answer"),
    "answer_date": QT_TRANSLATE_NOOP("Messages", "Answer date"),
    "responses": QT_TRANSLATE_NOOP("Messages", "Responses"),
    "skipped": QT_TRANSLATE_NOOP("Messages", "Skipped"),
    "cohort": QT_TRANSLATE_NOOP("Messages", "Cohort"),
    "size": QT_TRANSLATE_NOOP("Messages", "Size"),
    "retention_pct": QT_TRANSLATE_NOOP("Messages", "Cohort retention %"),
    "first_order": QT_TRANSLATE_NOOP("Messages", "First order"),
    "last_order": QT_TRANSLATE_NOOP("Messages", "Last order"),
    "days_since_last_order": QT_TRANSLATE_NOOP("Messages", "Days since last order"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    # --- forecast --- (columns of the Forecast sheet and the win-back list)
    "frequency": QT_TRANSLATE_NOOP("Messages", "Repeat purchase days"),
    "recency": QT_TRANSLATE_NOOP("Messages", "Days from first to last purchase"),
    "T": QT_TRANSLATE_NOOP("Messages", "Days since first purchase"),
    "monetary": QT_TRANSLATE_NOOP("Messages", "Average repeat purchase"),
    "p_alive": QT_TRANSLATE_NOOP("Messages", "Chance still a customer"),
    "expected_purchases": QT_TRANSLATE_NOOP("Messages", "Expected purchases"),
    "expected_spend": QT_TRANSLATE_NOOP("Messages", "Expected spend per purchase"),
    "predicted_clv": QT_TRANSLATE_NOOP("Messages", "Predicted customer value"),
    "predicted_revenue": QT_TRANSLATE_NOOP("Messages", "Predicted revenue"),
    "value_at_risk": QT_TRANSLATE_NOOP("Messages", "Value at risk"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "predicted_mean": QT_TRANSLATE_NOOP("Messages", "Predicted purchases per customer"),
    "actual_mean": QT_TRANSLATE_NOOP("Messages", "Actual purchases per customer"),
}


EXPLANATIONS: dict[str, str] = {
    "crr_pct": QT_TRANSLATE_NOOP("Explain", "Share of the customers you started with who are still customers."),
    "churn_pct": QT_TRANSLATE_NOOP("Explain", "Share of the customers you started with who left."),
    "revenue_churn_pct": QT_TRANSLATE_NOOP("Explain", "Share of recurring revenue lost to cancellations and downgrades."),
    "nrr_pct": QT_TRANSLATE_NOOP("Explain", "Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow."),
    "clv": QT_TRANSLATE_NOOP("Explain", "What an average customer is worth over their whole time with you."),
    "customer_value": QT_TRANSLATE_NOOP("Explain", "What an average active customer spends in a period."),
    "rpr_pct": QT_TRANSLATE_NOOP("Explain", "Share of active customers who bought more than once."),
    "nps": QT_TRANSLATE_NOOP("Explain", "Would customers recommend you? From -100 to 100; above 0 is more fans than critics."),
    "return_rate_pct": QT_TRANSLATE_NOOP("Explain", "Share of units sold that came back."),
    "dso": QT_TRANSLATE_NOOP("Explain", "How many days customers take to pay, on average."),
    "avg_days_between_purchases": QT_TRANSLATE_NOOP("Explain", "Average days between a customer's purchases."),
    "loyal_customer_rate_pct": QT_TRANSLATE_NOOP("Explain", "Share of recent customers with several orders in the churn window."),
    "customers": QT_TRANSLATE_NOOP("Explain", "Distinct customers in the data."),
    "orders": QT_TRANSLATE_NOOP("Explain", "Orders in the data (refunds are not orders)."),
    "revenue": QT_TRANSLATE_NOOP("Explain", "Revenue net of refunds."),
    "aov": QT_TRANSLATE_NOOP("Explain", "Average value of one order."),
    "purchase_frequency": QT_TRANSLATE_NOOP("Explain", "Orders per customer."),
    "median_days_between_purchases": QT_TRANSLATE_NOOP("Explain", "The middle value of the days between purchases."),
    "mean_crr_pct": QT_TRANSLATE_NOOP("Explain", "Average retention rate over the periods where it is defined."),
    "mean_churn_pct": QT_TRANSLATE_NOOP("Explain", "Average churn rate over the periods where it is defined."),
    "responses": QT_TRANSLATE_NOOP("Explain", "Answers counted (blanks skipped)."),
    "skipped": QT_TRANSLATE_NOOP("Explain", "Blank answers."),
}


def explanation(key: str) -> str:
    """One plain sentence on what a figure means (translated)."""
    text = EXPLANATIONS.get(key)
    return _translate("Explain", text) if text else ""


def metric_name(key: str) -> str:
    """The translated display name of a canonical key (the key itself if unknown)."""
    return tr(METRIC_NAMES[key]) if key in METRIC_NAMES else key


def _fmt_value(value: Any) -> Any:
    if isinstance(value, float):
        shown = plain(value, whole=True)
        if shown is None:  # NaN and infinity read as before
            return value
        return float(f"{shown:.6g}") if isinstance(shown, float) else shown
    return value


# Templates with a count, worded for a count of one: code -> (the count's value name, singular template).
# message_for picks this form when the count is 1 ("1 more cell like this", not "1 more cells").
SINGULAR: dict[str, tuple[str, str]] = {
    "more_problems": ("count", QT_TRANSLATE_NOOP("Messages", "1 more cell like this")),
    "only_guests": ("rows", QT_TRANSLATE_NOOP(
        "Messages", "no row has a customer id (1 row); map the column that identifies customers")),
    "forecast_too_few_repeat": ("count", QT_TRANSLATE_NOOP(
        "Messages", "only 1 customer bought on more than one day up to {as_of}; a forecast needs at least {needed}")),
    "spend_too_few": ("count", QT_TRANSLATE_NOOP(
        "Messages", "only 1 customer has repeat purchases with an amount; forecasting spend and value needs at least {needed}")),
    "no_header": ("rows", QT_TRANSLATE_NOOP(
        "Messages", "no header row with known column names was found in the first row; map the columns by hand")),
}


def _is_one(value: Any) -> bool:
    try:
        return float(value) == 1
    except (TypeError, ValueError):
        return False


def message_for(problem: Problem) -> str:
    """The sentence for a problem, without its location (the singular wording for a count of one)."""
    template = TEMPLATES.get(problem.code)
    if template is None:
        return problem.code
    if problem.code in SINGULAR and _is_one(problem.values.get(SINGULAR[problem.code][0])):
        template = SINGULAR[problem.code][1]
    values = {k: _fmt_value(v) for k, v in problem.values.items()}
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return tr(template)


def reason_text(code: str | None) -> str:
    """Why a result shows "–" (a code from ``PeriodAnalysis.reasons``): one translated sentence, "" for None."""
    if code is None:
        return ""
    if code == "result_out_of_range":
        return tr(TEMPLATES["result_out_of_range"])
    return tr(TEMPLATES["result_input_error"])


def format_location(problem: Problem) -> str:
    parts = []
    if problem.file:
        parts.append(tr(_LOCATION["file"]).format(file=problem.file))
    if problem.sheet:
        parts.append(tr(_LOCATION["sheet"]).format(sheet=problem.sheet))
    if problem.row is not None:
        parts.append(tr(_LOCATION["row"]).format(row=problem.row))
    if problem.column_label or problem.column:
        parts.append(tr(_LOCATION["column"]).format(column=problem.column_label or metric_name(problem.column or "")))
    if problem.period and problem.row is None:
        parts.append(tr(_LOCATION["period"]).format(period=problem.period))
    return ", ".join(parts)


def format_problem(problem: Problem, with_severity: bool = False) -> str:
    """``file, sheet 'X', row 7, column C "Kunder": message``."""
    where = format_location(problem)
    text = message_for(problem)
    if with_severity:
        text = f"{tr(_SEVERITY.get(problem.severity, problem.severity))}: {text}"
    return f"{where}: {text}" if where else text


# --- what-if and advice ---

# Names of the what-if sheet's rows and columns and of the figures advice looks
# at; merged into METRIC_NAMES so metric_name() and translated headers find them.
WHATIF_NAMES: dict[str, str] = {
    "what_if": QT_TRANSLATE_NOOP("Messages", "What-if: the value of better retention"),
    "whatif_how": QT_TRANSLATE_NOOP("Messages", "Each period ahead: customers = customers before x (1 - churn / 100) + new customers; revenue = customers x customer value; profit = revenue x gross margin / 100. The baseline figures are averages of the last 12 periods with data."),
    "whatif_hint": QT_TRANSLATE_NOOP(
        "Messages", "Change the yellow cells to try your own scenario; every other number follows."
    ),
    "whatif_figure": QT_TRANSLATE_NOOP("Messages", "Figure"),
    "baseline": QT_TRANSLATE_NOOP("Messages", "Baseline"),
    "change": QT_TRANSLATE_NOOP("Messages", "Change"),
    "scenario": QT_TRANSLATE_NOOP("Messages", "Scenario"),
    "difference": QT_TRANSLATE_NOOP("Messages", "Difference"),
    "periods_used": QT_TRANSLATE_NOOP("Messages", "Periods averaged"),
    "whatif_customers_now": QT_TRANSLATE_NOOP("Messages", "Customers now (end of the last period)"),
    "churn_down_points": QT_TRANSLATE_NOOP("Messages", "Churn down (points)"),
    "new_customers_up_pct": QT_TRANSLATE_NOOP("Messages", "New customers up %"),
    "customer_value_up_pct": QT_TRANSLATE_NOOP("Messages", "Customer value up %"),
    "k": QT_TRANSLATE_NOOP("Messages", "Periods ahead"),
    "customers_baseline": QT_TRANSLATE_NOOP("Messages", "Customers (baseline)"),
    "revenue_baseline": QT_TRANSLATE_NOOP("Messages", "Revenue (baseline)"),
    "profit_baseline": QT_TRANSLATE_NOOP("Messages", "Profit (baseline)"),
    "customers_scenario": QT_TRANSLATE_NOOP("Messages", "Customers (scenario)"),
    "revenue_scenario": QT_TRANSLATE_NOOP("Messages", "Revenue (scenario)"),
    "profit_scenario": QT_TRANSLATE_NOOP("Messages", "Profit (scenario)"),
    "customers_difference": QT_TRANSLATE_NOOP("Messages", "Customers (difference)"),
    "revenue_difference": QT_TRANSLATE_NOOP("Messages", "Revenue (difference)"),
    "profit_difference": QT_TRANSLATE_NOOP("Messages", "Profit (difference)"),
    "total": QT_TRANSLATE_NOOP("Messages", "Sum"),
    "whatif_customers_end": QT_TRANSLATE_NOOP("Messages", "Customers after the last period ahead"),
    "whatif_revenue_total": QT_TRANSLATE_NOOP("Messages", "Revenue, sum of the periods ahead"),
    "whatif_profit_total": QT_TRANSLATE_NOOP("Messages", "Profit, sum of the periods ahead"),
    "first_return_pct": QT_TRANSLATE_NOOP("Messages", "New customers who come back %"),
    "detractors_pct": QT_TRANSLATE_NOOP("Messages", "Share of critics %"),
    "valuable_at_risk_pct": QT_TRANSLATE_NOOP("Messages", "Valuable customers at risk %"),
    "advice": QT_TRANSLATE_NOOP("Messages", "Advice"),
    "advice_none": QT_TRANSLATE_NOOP("Messages", "Nothing in your figures calls for advice right now."),
    "why": QT_TRANSLATE_NOOP("Messages", "Why"),
    "suggestion": QT_TRANSLATE_NOOP("Messages", "What to try"),
    "watch": QT_TRANSLATE_NOOP("Messages", "Number to watch"),
}
METRIC_NAMES.update(WHATIF_NAMES)

# Reason codes of retention_gui.core.whatif.REASONS.
WHATIF_REASONS: dict[str, str] = {
    "no_churn": QT_TRANSLATE_NOOP(
        "Messages", "not enough data for a what-if: no period has a churn rate (it needs customers at start, and lost customers or new customers and customers at end)"
    ),
    "no_new_customers": QT_TRANSLATE_NOOP("Messages", "not enough data for a what-if: no period has new customers"),
    "no_customer_value": QT_TRANSLATE_NOOP(
        "Messages", "not enough data for a what-if: no period has a customer value (it needs revenue, orders and active customers)"
    ),
    "no_customers_end": QT_TRANSLATE_NOOP("Messages", "not enough data for a what-if: no period has customers at end"),
    "churn_above_100": QT_TRANSLATE_NOOP(
        "Messages", "the average churn rate is above 100% (more customers lost than there were); check lost customers"
    ),
}

WHATIF_HEADING = QT_TRANSLATE_NOOP(
    "Messages", "What-if over {periods} periods: churn down {churn_down:g} points, new customers up {new_up:g}%, customer value up {value_up:g}%"
)

# Why each rule fired (_why) and what to try (_do); codes are the rules' why/do fields.
ADVICE_TEMPLATES: dict[str, str] = {
    "churn_high_why": QT_TRANSLATE_NOOP("Messages", "Churn was {value:.1f}% in {period}, above your limit of {threshold:g}%."),
    "churn_high_do": QT_TRANSLATE_NOOP(
        "Messages", "Ask the customers who leave why (a short call or a two-question e-mail), fix the most common reason first, and answer questions quickly by phone, e-mail and chat."
    ),
    "churn_rising_why": QT_TRANSLATE_NOOP(
        "Messages", "Churn has risen {periods} periods in a row, from {first:.1f}% in {from_period} to {value:.1f}% in {period}."
    ),
    "churn_rising_do": QT_TRANSLATE_NOOP(
        "Messages", "Find out what changed when churn began to rise (prices, delivery, service, a competitor) and ask recent leavers what made them go."
    ),
    "rpr_low_why": QT_TRANSLATE_NOOP(
        "Messages", "Only {value:.1f}% of active customers bought more than once (below {threshold:g}%)."
    ),
    "rpr_low_do": QT_TRANSLATE_NOOP(
        "Messages", "Reward the second purchase: loyalty points, a discount on the next order or early access to new products for customers who come back."
    ),
    "rpr_falling_why": QT_TRANSLATE_NOOP(
        "Messages", "The repeat purchase rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}."
    ),
    "rpr_falling_do": QT_TRANSLATE_NOOP(
        "Messages", "Send offers and reminders that fit what each group of customers bought before, instead of the same newsletter to everyone."
    ),
    "first_return_low_why": QT_TRANSLATE_NOOP(
        "Messages", "Only {value:.1f}% of new customers ({returned} of {customers:.0f}) bought again in the period after their first order (below {threshold:g}%)."
    ),
    "first_return_low_do": QT_TRANSLATE_NOOP(
        "Messages", "Follow up every first order: a thank-you, tips on getting the most out of the purchase, and a good reason to come back."
    ),
    "nps_negative_why": QT_TRANSLATE_NOOP("Messages", "NPS is {value:.0f}: more critics than fans (below {threshold:g})."),
    "nps_negative_do": QT_TRANSLATE_NOOP(
        "Messages", "Contact the customers who answered 0-6, ask what went wrong, fix it and tell them you did."
    ),
    "detractors_rising_why": QT_TRANSLATE_NOOP(
        "Messages", "The share of critics (answers 0-6) has risen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}."
    ),
    "detractors_rising_do": QT_TRANSLATE_NOOP(
        "Messages", "Read what the latest critics wrote, act on the most frequent complaint, and thank each of them personally for the feedback."
    ),
    "return_rate_high_why": QT_TRANSLATE_NOOP(
        "Messages", "{value:.1f}% of the units sold in {period} came back (above {threshold:g}%)."
    ),
    "return_rate_high_do": QT_TRANSLATE_NOOP(
        "Messages", "Look at the most returned products: fix quality problems, and make descriptions, sizes and photos match what arrives."
    ),
    "dso_high_why": QT_TRANSLATE_NOOP(
        "Messages", "Customers took {value:.0f} days to pay in {period} (above {threshold:g} days)."
    ),
    "dso_high_do": QT_TRANSLATE_NOOP(
        "Messages", "Send invoices at once, remind kindly before the due date, and offer automatic payment or a subscription where it fits."
    ),
    "nrr_low_why": QT_TRANSLATE_NOOP(
        "Messages", "Net revenue retention was {value:.1f}% in {period}: existing customers bring in less than before (below {threshold:g}%)."
    ),
    "nrr_low_do": QT_TRANSLATE_NOOP(
        "Messages", "Check in with existing customers before they cut back, and offer upgrades or add-ons that fit how they use you."
    ),
    "loyal_falling_why": QT_TRANSLATE_NOOP(
        "Messages", "The loyal customer rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}."
    ),
    "loyal_falling_do": QT_TRANSLATE_NOOP(
        "Messages", "Give regular customers a reason to stay: a simple loyalty programme, member prices, a referral bonus or a customer community."
    ),
    "valuable_slipping_why": QT_TRANSLATE_NOOP(
        "Messages", "{count:.0f} of your {total:.0f} most valuable customers ({value:.0f}%) look likely to slip away; together they have spent {amount:.0f} {currency} with you."
    ),
    "valuable_slipping_do": QT_TRANSLATE_NOOP(
        "Messages", "Contact them personally before they are gone: a call or a personal note with a win-back offer made for them."
    ),
    "watch_down": QT_TRANSLATE_NOOP("Messages", "Number to watch: {metric}, now {value}; it should fall if this works."),
    "watch_up": QT_TRANSLATE_NOOP("Messages", "Number to watch: {metric}, now {value}; it should rise if this works."),
}


def whatif_reason(code: str | None) -> str:
    """The sentence for a what-if reason code (empty for None)."""
    if code is None:
        return ""
    template = WHATIF_REASONS.get(code)
    return tr(template) if template else code


def whatif_heading(periods: int, churn_down: float, new_up: float, value_up: float) -> str:
    return tr(WHATIF_HEADING).format(periods=periods, churn_down=churn_down, new_up=new_up, value_up=value_up)


def _watch_value(key: str, value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f} %" if is_percent(key) else f"{value:.1f}"


def _advice_part(code: str, values: dict[str, Any]) -> str:
    template = ADVICE_TEMPLATES.get(code)
    if template is None:
        return code
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return tr(template)


def advice_text(advice: Any, currency: str = "") -> dict[str, str]:
    """``why``, ``do`` and ``watch`` sentences for a :class:`retention_gui.core.advice.Advice`."""
    values = {"period": advice.period, "currency": currency, **advice.values}
    watch_code = "watch_down" if advice.direction == "down" else "watch_up"
    watch = _advice_part(watch_code, {"metric": metric_name(advice.watch),
                                      "value": _watch_value(advice.watch, advice.watch_value)})
    return {"why": _advice_part(advice.why, values), "do": _advice_part(advice.do, values), "watch": watch}


def advice_message(advice: Any, currency: str = "") -> str:
    """Why, what to try and the number to watch, as one paragraph."""
    parts = advice_text(advice, currency)
    return " ".join((parts["why"], parts["do"], parts["watch"]))


# str(InputError) says what the CLI and the GUI say.
_errors.set_problem_text(format_problem)
