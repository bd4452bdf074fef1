"""Random small workbooks and CSVs through the real importer and metrics: they import, or raise the
project's own InputError with known, located problems. Never another exception, never a hang."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retention_gui.core.errors import InputError
from retention_gui.messages import TEMPLATES, format_problem
from retention_gui.pipeline import analyse_file

from ..helpers import write_csv, write_xlsx

HEADERS = ["Periode", "Kunder ved periodens start", "Kunder ved periodens slutning", "Nye kunder", "Omsætning",
           "Antal ordrer", "Aktive kunder", "Kunde-ID", "Ordredato", "Beløb", "Ordre-ID", "Antal", "NPS", "Svar",
           "Dækningsgrad", "Promoters", "Detractors", "", "junk", "Farve", "=SUM(A1)",
           # real exports: e-mail ids, quantity x unit price, competing amount columns, invoice lists
           "Email", "Quantity", "UnitPrice", "Pris", "Subtotal", "Total", "Fakturadato", "Beløb ekskl. moms"]
cells = st.one_of(
    st.none(),
    st.integers(-5, 500),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.text(alphabet="0123456789,.-% kr abcæøå=", max_size=8),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2026, 12, 31)).map(
        lambda d: dt.datetime(d.year, d.month, d.day)),
    st.sampled_from(["2024-01-31", "31-01-2024", "31.01.2024", "2024-02", "seven", "", " ", "12%", "I alt",
                     "januar 2025", "01/31/2024 3:04 PM", "2024-01-31T10:00:00+01:00", "A@B.dk ", "00131"]),
)


def table(draw_headers, draw_rows):
    return [draw_headers, *draw_rows]


tables = st.integers(1, 6).flatmap(lambda width: st.tuples(
    st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width),
    st.lists(st.lists(cells, min_size=width, max_size=width), min_size=0, max_size=8),
    st.integers(0, 2),
))


def check(path) -> None:
    try:
        analysis = analyse_file(str(path))
    except InputError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.code in TEMPLATES, p.code
            assert p.file == path.name
            format_problem(p)  # words without error
    else:
        assert analysis.kind in ("periods", "transactions", "nps")


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=tables)
def test_random_workbooks_import_or_fail_cleanly(tmp_path, data):
    headers, rows, title_rows = data
    content = [["Rapport"]] * title_rows + [headers, *rows]
    check(write_xlsx(tmp_path / "fuzz.xlsx", content))


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=tables, sep=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_csvs_import_or_fail_cleanly(tmp_path, data, sep, encoding):
    headers, rows, _ = data

    def text(v):
        if v is None:
            return ""
        if isinstance(v, dt.datetime):
            return v.strftime("%Y-%m-%d")
        return str(v).replace(sep, " ").replace('"', "")

    lines = [sep.join(text(h) for h in headers)] + [sep.join(text(v) for v in row) for row in rows]
    body = "\n".join(lines) + "\n"
    try:
        body.encode(encoding)
    except UnicodeEncodeError:
        return
    check(write_csv(tmp_path / "fuzz.csv", body, encoding))


# ---- real exports (METRICS.md section 3): order lines through the importer, against the plain reference ----

import csv as _csv  # noqa: E402
import io as _io  # noqa: E402

import numpy as _np  # noqa: E402

from ..core.reference import reference  # noqa: E402

_BASE = dt.date(2023, 12, 20)
_EPOCH = dt.date(1899, 12, 30)


def _date_cell(day: dt.date, form: str, month_first: bool, hour: int):
    """One date written the way form says (the calendar date is ``day`` in every form)."""
    a, b = (day.month, day.day) if month_first else (day.day, day.month)
    return {
        "datetime": dt.datetime(day.year, day.month, day.day, hour, 5),
        "serial": (day - _EPOCH).days + hour / 24,
        "yyyymmdd": day.year * 10000 + day.month * 100 + day.day,
        "iso": day.isoformat(),
        "iso_time_offset": f"{day.isoformat()}T{hour:02d}:05:00+0{hour % 3}:00",
        "iso_space_utc": f"{day.isoformat()} {hour:02d}:05:09 -0100",
        "dash": f"{a:02d}-{b:02d}-{day.year}",
        "dot_time": f"{a}.{b}.{day.year} {hour}:05",
        "slash": f"{a:02d}/{b:02d}/{day.year}",
        "slash_pm": f"{a}/{b}/{day.year} {hour % 12 + 1}:05 PM",
    }[form]


_TEXT_FORMS = ["iso", "iso_time_offset", "iso_space_utc", "dash", "dot_time", "slash", "slash_pm", "yyyymmdd"]
_DMY = {"dash", "dot_time", "slash", "slash_pm"}

_line = st.tuples(
    st.integers(0, 4),                         # order number
    st.integers(1, 8),                         # quantity (negated for a refund line below)
    st.booleans(),                             # refund line
    st.integers(0, 400).map(lambda n: n / 4),  # unit price (exact in binary)
    st.sampled_from(["", " ", "upper", "title"]),  # how the e-mail is written on this line
    st.booleans(),                             # e-mail left blank on a later line of its order
)
_order = st.tuples(
    st.integers(0, 5),                         # customer (5 = guest: no e-mail on any line)
    st.integers(0, 120),                       # day offset
    st.integers(-100, 900),                    # order subtotal (first line only), for the totals layout
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    orders=st.lists(_order, min_size=5, max_size=5),
    lines=st.lists(_line, min_size=1, max_size=14),
    forms=st.lists(st.sampled_from(["datetime", "serial", *_TEXT_FORMS]), min_size=14, max_size=14),
    month_first=st.booleans(),
    totals=st.booleans(),
    fmt=st.sampled_from(["xlsx", "csv"]),
    hours=st.lists(st.integers(0, 23), min_size=14, max_size=14),
)
def test_real_export_lines_match_the_reference(tmp_path, orders, lines, forms, month_first, totals, fmt, hours):
    """Amount from quantity x unit price (or an order subtotal on the first line only), e-mails in any case and
    with spaces, blanks on later lines, guests, every date form: the importer and core against a plain reading."""
    if fmt == "csv":
        forms = [f if f in _TEXT_FORMS else "iso" for f in forms]
    table: list[list[object]] = [["Order ID", "Email", "Date", "Quantity", "Subtotal" if totals else "Unit price"]]
    plain: list[tuple] = []  # (e-mail or None, day, amount, order id, quantity, date form)
    seen: set[int] = set()
    for i, (o, qty, refund, price, spelling, blank_later) in enumerate(lines):
        cust, offset, subtotal = orders[o]
        day = _BASE + dt.timedelta(days=offset)
        first = o not in seen
        seen.add(o)
        email = None if cust == 5 else f"c{cust}@shop.dk"
        written = email
        if email is not None:
            written = {"": email, " ": f"  {email} ", "upper": email.upper(), "title": email.title()}[spelling]
            if blank_later and not first:
                written = None  # an order-level cell on the order's first line only
        q = -qty if refund else qty
        amount_cell = (subtotal if first else None) if totals else price
        amount = (float(subtotal) if first else 0.0) if totals else q * price
        table.append([f"#{o}", written, _date_cell(day, forms[i], month_first, hours[i]), q, amount_cell])
        plain.append((email, day, amount, f"#{o}", q, forms[i]))

    # The day/month order the rule decides for the column: a first part above 12 somewhere means day first,
    # else a second part above 12 means month first, else day first (with a warning).
    parts = [(d.month, d.day) if month_first else (d.day, d.month) for _, d, _, _, _, f in plain if f in _DMY]
    read_month_first = not any(a > 12 for a, _ in parts) and any(b > 12 for _, b in parts)

    def read(day: dt.date, form: str) -> dt.date:
        if form in _DMY and read_month_first != month_first:
            return dt.date(day.year, day.day, day.month)  # written month first, read day first
        return day

    kept = [(e, read(d, f), amt, oid) for e, d, amt, oid, _, f in plain if e is not None]
    guests = [amt for e, _, amt, _, _, _ in plain if e is None]
    if fmt == "xlsx":
        path = write_xlsx(tmp_path / "lines.xlsx", table)
    else:
        buf = _io.StringIO()
        _csv.writer(buf, lineterminator="\n").writerows([["" if v is None else v for v in r] for r in table])
        path = write_csv(tmp_path / "lines.csv", buf.getvalue())
    if not any(r[2] >= 0 for r in kept):
        try:
            analyse_file(str(path))
        except InputError as exc:
            assert {p.code for p in exc.problems} <= {"only_guests", "no_orders"}
            return
        raise AssertionError("expected an input error")
    a = analyse_file(str(path))
    want = reference(kept, with_ids=True)
    got = a.periods
    assert len(got) == len(want)
    for key in ("customers_start", "customers_end", "new_customers", "retained_customers", "lost_customers",
                "active_customers", "orders", "revenue", "repeat_customers"):
        _np.testing.assert_allclose(got[key].to_numpy(dtype=float), [w[key] for w in want], rtol=1e-9, atol=1e-9,
                                    err_msg=key)
    assert a.summary["customers"] == len({r[0] for r in kept})
    found = [p for p in a.problems if p.code == "guest_rows"]
    assert [p.values for p in found] == ([{"rows": len(guests), "amount": round(sum(guests), 2)}] if guests else [])
    order_days: dict[str, dt.date] = {}
    for _, d, amt, oid in kept:
        if amt >= 0:
            order_days[oid] = min(d, order_days.get(oid, d))  # an order is dated by its earliest line
    order_months = [(d.year, d.month) for d in order_days.values()]
    span = (min(order_months), max(order_months))
    inside = [span[0] <= (d.year, d.month) <= span[1] for e, d, _, _ in kept]
    if not totals and all(inside):  # refunds outside the orders' periods are in no period (section 3)
        sold = sum(q for e, _, amt, _, q, _ in plain if e is not None and amt >= 0 and q > 0)
        returned = sum(-q for e, _, amt, _, q, _ in plain if e is not None and amt < 0)
        assert (a.periods["units_sold"].sum(), a.periods["units_returned"].sum()) == (sold, returned)
    ambiguous = [p for p in a.problems if p.code == "ambiguous_day_month"]
    assumed = bool(parts) and not any(a_ > 12 for a_, _ in parts) and not read_month_first and any(x != y for x, y in parts)
    assert bool(ambiguous) == assumed
