"""Result workbooks: live formulas recalculated by a real spreadsheet engine, formats, no formula injection,
round trip, atomic writes."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from retention_gui.io.reader import import_file
from retention_gui.io.workbook import FORMULAS, write_results
from retention_gui.paths import sample_workbook
from retention_gui.pipeline import analyse_frame, analyse_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_skip_without_office = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui from Debian)"
)


def needs_office(test):
    """LibreOffice-backed: marked ``office`` (left out of the quick loop) and skipped when it is missing."""
    return pytest.mark.office(_skip_without_office(test))


def recalculate(path: Path, tmp_path: Path) -> Path:
    """Open and save the file with LibreOffice headless, which recalculates every formula."""
    out = tmp_path / "recalculated"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    return out / path.name


def assert_formulas_match(exported: Path, recalculated: Path, expected: pd.DataFrame) -> int:
    """Every formula cell of Periods equals the core's number (1e-9 relative), empty where undefined."""
    formulas = load_workbook(exported)["Periods"]
    values = load_workbook(recalculated, data_only=True)["Periods"]
    header = [c.value for c in formulas[1]]
    checked = 0
    for j, key in enumerate(header, start=1):
        for i in range(2, formulas.max_row + 1):
            cell = formulas.cell(i, j)
            if cell.data_type != "f":
                continue
            want = expected[key].iloc[i - 2]
            got = values.cell(i, j).value
            if want is None or (isinstance(want, float) and math.isnan(want)):
                assert got in (None, ""), (key, i, got)
            else:
                assert isinstance(got, (int, float)), (key, i, got, cell.value)
                assert math.isclose(got, float(want), rel_tol=1e-9, abs_tol=1e-12), (key, i, got, want)
            checked += 1
    return checked


PERIODS = pd.DataFrame({
    "period": ["2024-01", "2024-02", "2024-03", "2024-04", "Q2"],
    "customers_start": [200, 0, 100, 95, 50],
    "customers_end": [210, 5, 93, 90, 50],
    "new_customers": [30, 5, 0, 10, 0],
    "lost_customers": [np.nan, np.nan, 7, 20, np.nan],
    "revenue": [50_000.0, 100.0, 20_000.0, np.nan, 500.0],
    "orders": [400, 0, 150, 10, 3],
    "active_customers": [250, 0, 90, 8, 3],
    "repeat_customers": [100, 0, 30, 2, 0],
    "revenue_start": [10_000.0, 0.0, np.nan, 5_000.0, 800.0],
    "churned_revenue": [500.0, 10.0, np.nan, np.nan, 20.0],
    "contraction_revenue": [200.0, np.nan, np.nan, np.nan, np.nan],
    "expansion_revenue": [900.0, np.nan, np.nan, 300.0, np.nan],
    "units_sold": [300, 0, 10, np.nan, 7],
    "units_returned": [15, 0, 1, np.nan, 0],
    "accounts_receivable": [30_000.0, 5.0, np.nan, 100.0, 50.0],
    "credit_sales": [90_000.0, 0.0, np.nan, 300.0, 70.0],
    "promoters": [50, 0, np.nan, 3, 1],
    "passives": [30, 0, np.nan, np.nan, 1],
    "detractors": [20, 0, np.nan, 9, 1],
    "gross_margin_pct": [40.0, np.nan, np.nan, np.nan, 55.5],
})


def test_formula_templates_cover_every_section_2_result():
    from retention_gui.core.schema import PERIOD_RESULTS

    assert set(PERIOD_RESULTS) <= {k.split("@")[0] for k in FORMULAS}


@needs_office
def test_live_formulas_recalculate_to_the_core_numbers_for_typed_periods(tmp_path):
    analysis = analyse_frame("periods", PERIODS)
    target = tmp_path / "periods.xlsx"
    write_results(analysis, target)
    checked = assert_formulas_match(target, recalculate(target, tmp_path), analysis.periods)
    assert checked == 16 * 5 + 3  # every result of every row, and the 3 derived lost-customer cells


@needs_office
def test_live_formulas_for_order_data(tmp_path):
    analysis = analyse_file(str(sample_workbook()), sheet="Ordrer")
    target = tmp_path / "orders.xlsx"
    write_results(analysis, target)
    checked = assert_formulas_match(target, recalculate(target, tmp_path), analysis.periods)
    assert checked >= 9 * len(analysis.periods)


@needs_office
def test_changing_an_input_in_the_workbook_changes_the_results(tmp_path):
    analysis = analyse_frame("periods", PERIODS.head(1))
    target = tmp_path / "one.xlsx"
    write_results(analysis, target)
    wb = load_workbook(target)
    ws = wb["Periods"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("customers_start") + 1).value = 250  # the accountant corrects S
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    changed = PERIODS.head(1).assign(customers_start=250)
    assert_formulas_match(edited, recalculate(edited, tmp_path), analyse_frame("periods", changed).periods)


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path):
    rows = pd.DataFrame({
        "customer_id": ['=HYPERLINK("http://x","y")', "+45 1234", "@SUM(A1)", "-1"],
        "order_date": pd.to_datetime(["2024-01-05", "2024-01-06", "2024-02-01", "2024-02-02"]),
        "amount": [10.0, 20.0, 30.0, 40.0],
    })
    analysis = analyse_frame("transactions", rows)
    target = tmp_path / "inject.xlsx"
    write_results(analysis, target)
    ws = load_workbook(target)["Customers"]
    ids = [ws.cell(i, 1).value for i in range(2, 6)]
    assert sorted(ids) == sorted(rows["customer_id"])
    assert all(ws.cell(i, 1).data_type == "s" for i in range(2, 6))
    with zipfile.ZipFile(target) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        customers_xml = [zf.read(n).decode() for n in names if "HYPERLINK" in zf.read(n).decode()]
    assert customers_xml and all("<f>" not in xml for xml in customers_xml)


def test_formats_frozen_header_filter_and_sheets(tmp_path):
    analysis = analyse_file(str(sample_workbook()), sheet="Ordrer")
    target = tmp_path / "r.xlsx"
    write_results(analysis, target)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Summary", "Periods", "Cohorts", "Customers", "Charts", "What-if", "Definitions"]
    ws = wb["Periods"]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.cell(3, header.index("crr_pct") + 1).number_format == '0.0" %"'
    assert "kr." in ws.cell(3, header.index("revenue") + 1).number_format
    assert ws.cell(3, header.index("orders") + 1).number_format == "#,##0"
    customers = wb["Customers"]
    assert customers.cell(2, 4).is_date
    assert len(wb["Charts"]._charts) == 3
    assert wb["Cohorts"].conditional_formatting
    summary = [[c.value for c in r] for r in wb["Summary"].iter_rows()]
    assert any(r[0] == "Source file" and r[1] == "sample_shop.xlsx / Ordrer" for r in summary)
    definitions = [r[0].value for r in wb["Definitions"].iter_rows(min_row=2)]
    assert "crr_pct" in definitions and "clv" in definitions


@needs_office
def test_round_trip_importing_the_exported_periods_gives_the_same_metrics(tmp_path):
    analysis = analyse_frame("periods", PERIODS)
    target = tmp_path / "rt.xlsx"
    write_results(analysis, target)
    values = recalculate(target, tmp_path)
    again = import_file(values, sheet="Periods")
    assert again.kind == "periods"
    reanalysed = analyse_frame("periods", again.data)
    pd.testing.assert_frame_equal(reanalysed.periods, analysis.periods, check_dtype=False, rtol=1e-12)


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old contents")
    from openpyxl import Workbook

    def boom(self, path):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", boom)
    with pytest.raises(OSError):
        write_results(analyse_frame("periods", PERIODS.head(1)), target)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]


def test_a_locked_target_raises_permission_error_and_keeps_the_old_file(tmp_path, monkeypatch):
    # Excel on Windows locks an open workbook: replacing it fails with PermissionError.
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"the accountant's copy")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        write_results(analyse_frame("periods", PERIODS.head(1)), target)
    assert target.read_bytes() == b"the accountant's copy"
    assert [p.name for p in tmp_path.iterdir()] == ["open-in-excel.xlsx"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_written_files_get_ordinary_permissions(tmp_path):
    target = tmp_path / "new.xlsx"
    write_results(analyse_frame("periods", PERIODS.head(1)), target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    write_results(analyse_frame("periods", PERIODS.head(1)), target)
    assert target.stat().st_mode & 0o777 == 0o640
