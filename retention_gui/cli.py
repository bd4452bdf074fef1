"""``retention-calc``: the metrics pipeline on the command line, without Qt.

Exit codes: 0 success, 2 bad input (one line per problem on stderr, the
first naming file, sheet, Excel row and column), 1 a bug.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

import pandas as pd

from .core.catalogue import headline_keys, is_percent, shown_decimals
from .core.errors import InputError, Problem
from .core.report import is_missing
from .core.whatif import HORIZON
from .messages import advice_message, format_problem, metric_name, whatif_heading, whatif_reason
from .pipeline import Analysis, Settings, advice_for, analyse_file, to_json, whatif_for

__all__ = ["main", "build_parser"]

MAX_LISTED = 20

_TABLE_COLUMNS = headline_keys()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="retention-calc",
        description="Customer-retention metrics from a spreadsheet of periods, orders or NPS answers.",
    )
    p.add_argument("input", metavar="INPUT", help=".xlsx, .xlsm, .xls, .ods or .csv file")
    p.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first visible one)")
    p.add_argument("--kind", choices=("auto", "periods", "transactions", "nps"), default="auto")
    p.add_argument("--frequency", choices=("month", "week", "quarter", "year"), default="month")
    p.add_argument("--churn-window-days", type=_positive_int, default=365, metavar="N")
    p.add_argument("--loyal-min-orders", type=_positive_int, default=3, metavar="N")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument("-o", "--output", metavar="OUTPUT.xlsx", help="write a results workbook")
    p.add_argument(
        "--what-if", type=_what_if, metavar="CHURN_DOWN,NEW_UP,VALUE_UP",
        help="project 12 periods with churn CHURN_DOWN points lower, new customers NEW_UP %% and customer value "
             "VALUE_UP %% higher (e.g. 2,10,5; decimals with a point); adds 'what_if' to --json, a table to the "
             "text output, and its controls to the workbook's What-if sheet",
    )
    return p


def _what_if(text: str) -> tuple[float, float, float]:
    parts = [t.strip() for t in text.split(",")]
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(f"{text!r}: give three numbers, CHURN_DOWN,NEW_UP,VALUE_UP (e.g. 2,10,5)")
    try:
        values = tuple(float(t) for t in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give three numbers with a decimal point, e.g. 2.5,10,0") from None
    if not all(v == v and abs(v) != float("inf") for v in values):
        raise argparse.ArgumentTypeError(f"{text!r}: give three finite numbers")
    if values[1] < -100 or values[2] < -100:
        raise argparse.ArgumentTypeError(f"{text!r}: new customers and customer value cannot go down by more than 100%")
    return values  # type: ignore[return-value]


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _fmt(value: object, key: str) -> str:
    if is_missing(value):
        return "-"
    if isinstance(value, float):
        places = shown_decimals(key, value)
        return f"{value:.{places}f}%" if is_percent(key) else f"{value:,.{places}f}"
    return str(value)


def render_text(analysis: Analysis) -> str:
    """A readable table of the key figures, then the warnings."""
    lines: list[str] = []
    src = analysis.source
    if src is not None:
        where = f"{src.file}" + (f", sheet '{src.sheet}'" if src.sheet else "")
        lines.append(f"{where}: {analysis.kind}")
    if analysis.nps is not None:
        n = analysis.nps
        lines.append(
            f"NPS {_fmt(n['nps'], 'nps')}  ({n['responses']} answers: {n['promoters']} promoters, "
            f"{n['passives']} passives, {n['detractors']} detractors; {n['skipped']} blank)"
        )
    if analysis.summary:
        lines.append("")
        for key, value in analysis.summary.items():
            lines.append(f"  {metric_name(key)}: {_fmt(value, key)}")
    if analysis.periods is not None and len(analysis.periods):
        frame = analysis.periods
        cols = [c for c in _TABLE_COLUMNS if c in frame.columns and frame[c].notna().any()]
        if analysis.kind == "nps":
            cols = ["responses", "nps"]
        shown = pd.DataFrame({"period": frame["period"].astype(str)})
        for c in cols:
            shown[metric_name(c)] = [_fmt(v, c) for v in frame[c]]
        lines.append("")
        lines.append(shown.to_string(index=False))
    if analysis.warnings:
        lines.append("")
        lines.append("Warnings:")
        for p in analysis.warnings:
            lines.append(f"  {format_problem(p)}")
    advice = advice_for(analysis)
    if advice:
        lines.append("")
        lines.append(f"{metric_name('advice')}:")
        for a in advice:
            lines.append(f"  - {advice_message(a, analysis.settings.currency)}")
    if analysis.what_if is not None:
        lines.append("")
        lines.extend(_what_if_lines(analysis))
    return "\n".join(lines)


def _what_if_lines(analysis: Analysis) -> list[str]:
    r = analysis.what_if
    assert r is not None
    c = r.changes
    head = whatif_heading(HORIZON if r.baseline is None else len(r.baseline.customers), c.churn_down_points,
                          c.new_customers_up_pct, c.customer_value_up_pct)
    if not r.ok or r.baseline is None or r.scenario is None:
        return [head, f"  {whatif_reason(r.reason)}"]
    b, s = r.baseline, r.scenario
    rows = [
        ("churn_pct", b.inputs.churn_pct, s.inputs.churn_pct),
        ("new_customers", b.inputs.new_customers, s.inputs.new_customers),
        ("customer_value", b.inputs.customer_value, s.inputs.customer_value),
        ("whatif_customers_end", float(b.customers[-1]), float(s.customers[-1])),
        ("whatif_revenue_total", b.totals["revenue"], s.totals["revenue"]),
        ("whatif_profit_total", b.totals["profit"], s.totals["profit"]),
        ("clv", b.clv, s.clv),
    ]
    table = pd.DataFrame({
        metric_name("whatif_figure"): [metric_name(k) for k, _, _ in rows],
        metric_name("baseline"): [_fmt(x, k) for k, x, _ in rows],
        metric_name("scenario"): [_fmt(y, k) for k, _, y in rows],
        metric_name("difference"): [_fmt(None if x is None or y is None else y - x, k) for k, x, y in rows],
    })
    return [head, table.to_string(index=False)]


def _report_problems(problems: list[Problem]) -> None:
    for p in problems[:MAX_LISTED]:
        print(format_problem(p), file=sys.stderr)
    if len(problems) > MAX_LISTED:
        print(f"... and {len(problems) - MAX_LISTED} more problems", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings(
        frequency=args.frequency, churn_window_days=args.churn_window_days, loyal_min_orders=args.loyal_min_orders
    )
    try:
        analysis = analyse_file(args.input, sheet=args.sheet, kind=args.kind, settings=settings)
        if args.what_if is not None:
            analysis.what_if = whatif_for(analysis, *args.what_if)
        if args.output:
            from .io.workbook import write_results

            try:
                write_results(analysis, args.output)
            except OSError as exc:
                raise InputError([Problem("write_failed", file=args.output, values={"detail": exc.strerror or str(exc)})]) from exc
    except InputError as exc:
        errors = [p for p in exc.problems if p.severity == "error"] or exc.problems
        _report_problems(errors)
        return 2
    if args.json:
        json.dump(to_json(analysis), sys.stdout, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(render_text(analysis))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
