"""``retention-calc``: the metrics pipeline on the command line, without Qt.

Exit codes: 0 success, 2 bad input (one line per problem on stderr, the
first naming file, sheet, Excel row and column), 1 a bug, 141 (128 + SIGPIPE,
as a shell reports a tool whose reader went away) when stdout was closed
early, as by ``retention-calc orders.xlsx | head -1``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import pandas as pd

from .core.catalogue import headline_keys, is_percent, shown_decimals
from .core.errors import InputError, Problem
from .core.report import is_missing
from .core.whatif import HORIZON
from .messages import advice_message, format_problem, message_for, metric_name, whatif_heading, whatif_reason
from .pipeline import Analysis, Settings, advice_for, analyse_file, to_json, whatif_for

__all__ = ["main", "build_parser"]

MAX_LISTED = 20
EXIT_BROKEN_PIPE = 141
log = logging.getLogger(__name__)

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
    f = p.add_argument_group(
        "forecast (orders only; METRICS.md section 5)",
        "Predicted purchases, P(alive) and customer lifetime value (BG/NBD and Gamma-Gamma). "
        "Any of these options asks for the forecast; without them none is computed.",
    )
    f.add_argument("--predict", action="store_true", help="compute the forecast with the default settings")
    f.add_argument("--as-of", type=_date, metavar="DATE", help="forecast from this day, YYYY-MM-DD (default: the last order date)")
    f.add_argument("--horizon-months", type=_positive_int, metavar="N", help="months to forecast (default 12)")
    f.add_argument("--discount-pct", type=_non_negative_float, metavar="D", help="annual discount rate in %% (default 10)")
    f.add_argument("--margin-pct", type=_percent, metavar="M", help="gross margin in %%, 0-100 (default 100)")
    f.add_argument("--holdout-days", type=_non_negative_int, metavar="N",
                   help="check the model: fit on orders up to N days before the as-of day and compare (default 0: no check)")
    f.add_argument("--customers", action="store_true", help="with --json: one object per customer")
    p.add_argument("-o", "--output", metavar="OUTPUT.xlsx", help="write a results workbook")
    p.add_argument(
        "--what-if", type=_what_if, metavar="CHURN_DOWN,NEW_UP,VALUE_UP",
        help="project 12 periods with churn CHURN_DOWN points lower, new customers NEW_UP %% and customer value "
             "VALUE_UP %% higher (e.g. 2,10,5; decimals with a point); adds 'what_if' to --json, a table to the "
             "text output, and its controls to the workbook's What-if sheet",
    )
    p.add_argument("--map", action="append", type=_role_column, default=[], metavar="ROLE=COLUMN", dest="roles",
                   help="use COLUMN (its header text or Excel letter) for ROLE, e.g. --map amount=Beløb "
                        "--map customer_id=Email; repeatable")
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


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _number(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number")
    return value


def _non_negative_float(text: str) -> float:
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _percent(text: str) -> float:
    value = _number(text)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 100")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from None


def _forecast_options(args: argparse.Namespace) -> dict[str, object]:
    """Settings for the forecast flags that were given; ``predict`` when any was."""
    given = {
        "as_of": args.as_of,
        "horizon_months": args.horizon_months,
        "annual_discount_pct": args.discount_pct,
        "margin_pct": args.margin_pct,
        "holdout_days": args.holdout_days,
    }
    options: dict[str, object] = {k: v for k, v in given.items() if v is not None}
    if args.predict or args.customers or options:
        options["predict"] = True
        options["customers_json"] = bool(args.customers)
    return options


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
    if analysis.forecast is not None:
        lines.append("")
        lines.extend(_forecast_lines(analysis))
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


def _forecast_lines(analysis: Analysis) -> list[str]:
    """The forecast in a few lines: status or reason, totals, the model check."""
    fc = analysis.forecast
    assert fc is not None
    st = fc.settings
    head = f"Forecast as of {fc.as_of.isoformat() if fc.as_of else '-'}, next {st.horizon_months} months"
    lines = [head + ":"]
    if fc.reason is not None:
        lines.append(f"  {message_for(fc.reason)}")
    if fc.bgnbd is not None:
        lines.append(f"  {metric_name('expected_purchases')}: {_fmt(fc.expected_purchases, 'expected_purchases')}")
        lines.append(f"  {metric_name('predicted_revenue')}: {_fmt(fc.predicted_revenue, 'predicted_revenue')}")
        lines.append(f"  {metric_name('predicted_clv')}: {_fmt(fc.predicted_clv, 'predicted_clv')}"
                     f"  (margin {st.margin_pct:g}%, discount {st.annual_discount_pct:g}% a year)")
    mc = fc.model_check
    if mc is not None:
        lines.append(f"  Model check ({mc.holdout_days} days after {mc.calibration_end.isoformat()}): "
                     f"predicted {_fmt(mc.predicted_purchases, 'predicted')} purchases, actual {mc.actual_purchases}")
        if mc.reason is not None:
            lines.append(f"    {message_for(mc.reason)}")
    return lines


def _report_problems(problems: list[Problem]) -> None:
    for p in problems[:MAX_LISTED]:
        print(format_problem(p), file=sys.stderr)
    if len(problems) > MAX_LISTED:
        print(f"... and {len(problems) - MAX_LISTED} more problems", file=sys.stderr)


def _same_file(a: str, b: str) -> bool:
    """True when two paths name one file: the same resolved path (symlinks followed), or the same file
    on disk (a hard link, or another spelling on a file system that ignores case)."""
    pa, pb = Path(a).resolve(), Path(b).resolve()
    if pa == pb:
        return True
    try:
        return os.path.samefile(pa, pb)
    except OSError:  # one of them does not exist (yet), so they are not one file
        return False


@contextmanager
def _native_stderr_kept_for_log() -> Iterator[None]:
    """Keep what native code writes straight to file descriptor 2 off the terminal when it is a Rust
    panic report ("thread '...' panicked at ..."): the reader turns the panic into a message of its
    own. Anything else written meanwhile is passed on unchanged afterwards."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # stderr is not a real file (tests capture it)
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as spool:
        os.dup2(spool.fileno(), fd)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, fd)
            os.close(saved)
            spool.seek(0)
            written = spool.read()
            if b"panicked at" in written:
                log.info("native reader output: %s", written.decode("utf-8", "replace"))
            elif written:
                sys.stderr.buffer.write(written)
                sys.stderr.flush()


def _print_quietly(write) -> int:
    """Run ``write`` (which prints to stdout); a reader that went away (``| head -1``) ends the
    program quietly with 141 instead of a BrokenPipeError traceback."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would flush stdout again at exit and complain; point it at devnull first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings(
        frequency=args.frequency, churn_window_days=args.churn_window_days, loyal_min_orders=args.loyal_min_orders,
        **_forecast_options(args),
    )
    if args.output and _same_file(args.output, args.input):
        _report_problems([Problem("output_is_input", file=Path(args.output).name)])
        return 2
    try:
        with _native_stderr_kept_for_log():
            analysis = analyse_file(args.input, sheet=args.sheet, kind=args.kind, settings=settings,
                                    roles=dict(args.roles) or None)
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
        doc = json.dumps(to_json(analysis), ensure_ascii=False, allow_nan=False)
        return _print_quietly(lambda: print(doc))
    text = render_text(analysis)
    return _print_quietly(lambda: print(text))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
