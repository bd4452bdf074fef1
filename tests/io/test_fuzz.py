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
           "Dækningsgrad", "Promoters", "Detractors", "", "junk", "Farve", "=SUM(A1)"]
cells = st.one_of(
    st.none(),
    st.integers(-5, 500),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.text(alphabet="0123456789,.-% kr abcæøå=", max_size=8),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2026, 12, 31)).map(
        lambda d: dt.datetime(d.year, d.month, d.day)),
    st.sampled_from(["2024-01-31", "31-01-2024", "31.01.2024", "2024-02", "seven", "", " ", "12%"]),
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
