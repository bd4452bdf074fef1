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

from .core.errors import InputError, Problem
from .messages import format_problem, metric_name
from .pipeline import Analysis, Settings, analyse_file, to_json

__all__ = ["main", "build_parser"]

MAX_LISTED = 20

_TABLE_COLUMNS = (
    "crr_pct", "churn_pct", "revenue_churn_pct", "nrr_pct", "aov", "customer_value", "clv", "rpr_pct",
    "nps", "return_rate_pct", "dso", "avg_days_between_purchases", "loyal_customer_rate_pct",
)


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
    p.add_argument("--map", action="append", type=_role_column, default=[], metavar="ROLE=COLUMN", dest="roles",
                   help="use COLUMN (its header text or Excel letter) for ROLE, e.g. --map amount=Beløb "
                        "--map customer_id=Email; repeatable")
    return p


def _role_column(text: str) -> tuple[str, str]:
    role, sep, column = text.partition("=")
    if not sep or not role.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not ROLE=COLUMN (e.g. amount=Beløb or amount=D)")
    return role.strip(), column.strip()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _fmt(value: object, key: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "-"
    if isinstance(value, float):
        if key.endswith("_pct"):
            return f"{value:.1f}%"
        return f"{value:,.2f}"
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
            lines.append(f"  {metric_name(key) if key != 'periods' else 'Periods'}: {_fmt(value, key)}")
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
    return "\n".join(lines)


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
        analysis = analyse_file(args.input, sheet=args.sheet, kind=args.kind, settings=settings,
                                roles=dict(args.roles) or None)
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
