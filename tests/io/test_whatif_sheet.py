"""The What-if sheet: live formulas that a spreadsheet recalculates to the core's numbers, and the advice block."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from retention_gui.core.whatif import HORIZON
from retention_gui.io.workbook import WHATIF_LAYOUT, WHATIF_SERIES_KEYS, write_results
from retention_gui.paths import sample_workbook
from retention_gui.pipeline import analyse_file, analyse_frame, whatif_for

from .test_workbook import needs_office, recalculate

# The hand-worked table of tests/core/test_whatif.py: c = 8, N = 12, v = 120, C0 = 108, m = 40.
THREE = pd.DataFrame({
    "period": ["2024-01", "2024-02", "2024-03"],
    "customers_start": [100, 100, 100],
    "customers_end": [100, 104, 108],
    "new_customers": [10, 12, 14],
    "revenue": [5000.0, 6600.0, 7000.0],
    "orders": [100, 110, 100],
    "active_customers": [50, 55, 50],
    "gross_margin_pct": [40.0, np.nan, np.nan],
})

RC, RI, RS = WHATIF_LAYOUT["controls"], WHATIF_LAYOUT["inputs"], WHATIF_LAYOUT["series"]
TOTAL = RS + HORIZON


def expected_cells(result) -> dict[str, object]:
    """Cell -> the core's number (None where the core has none) for every cell the sheet computes."""
    b, s, d = result.baseline, result.scenario, result.difference
    want: dict[str, object] = {}
    pairs = [(b.inputs.churn_pct, s.inputs.churn_pct), (b.inputs.new_customers, s.inputs.new_customers),
             (b.inputs.customer_value, s.inputs.customer_value), (b.inputs.customers_start, s.inputs.customers_start),
             (b.inputs.gross_margin_pct, s.inputs.gross_margin_pct)]
    for i, (x, y) in enumerate(pairs):
        want[f"C{RI + i}"] = y
        want[f"D{RI + i}"] = y - x
    want[f"B{RI + 5}"], want[f"C{RI + 5}"], want[f"D{RI + 5}"] = b.clv, s.clv, d["clv"]
    want[f"B{RS - 1}"] = want[f"E{RS - 1}"] = b.inputs.customers_start
    columns = {"B": b.customers, "C": b.revenue, "D": b.profit, "E": s.customers, "F": s.revenue, "G": s.profit,
               "H": d["customers"], "I": d["revenue"], "J": d["profit"]}
    for col, series in columns.items():
        for k in range(HORIZON):
            want[f"{col}{RS + k}"] = float(series[k])
    bt, st = b.totals, s.totals
    for col, value in zip("BCDEFG", (bt["customers"], bt["revenue"], bt["profit"],
                                     st["customers"], st["revenue"], st["profit"])):
        want[f"{col}{TOTAL}"] = value
    for col, key in zip("HIJ", ("customers", "revenue", "profit")):
        want[f"{col}{TOTAL}"] = d["totals"][key]
    return want


def assert_whatif_matches(exported: Path, recalculated: Path, result) -> int:
    formulas = load_workbook(exported)["What-if"]
    values = load_workbook(recalculated, data_only=True)["What-if"]
    want = expected_cells(result)
    checked = 0
    for row in formulas.iter_rows():
        for cell in row:
            if cell.data_type != "f":
                continue
            assert cell.coordinate in want, (cell.coordinate, cell.value)
            expected = want[cell.coordinate]
            got = values[cell.coordinate].value
            if expected is None:
                assert got in (None, ""), (cell.coordinate, got)
            else:
                assert isinstance(got, (int, float)), (cell.coordinate, got, cell.value)
                # Differences of nearly equal numbers may come back as an exact 0 from LibreOffice.
                assert math.isclose(got, float(expected), rel_tol=1e-9, abs_tol=1e-7), (cell.coordinate, got, expected)
            checked += 1
    assert checked == len(want)
    return checked


def test_sheet_holds_inputs_as_values_controls_as_cells_and_formulas_for_the_rest(tmp_path):
    analysis = analyse_frame("periods", THREE)
    analysis.what_if = whatif_for(analysis, 2, 25, 10)
    target = tmp_path / "w.xlsx"
    write_results(analysis, target)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Summary", "Periods", "Charts", "What-if", "Definitions"]
    ws = wb["What-if"]
    # Controls: the yellow cells hold the scenario's changes.
    assert [ws[f"B{RC + i}"].value for i in range(3)] == [2.0, 25.0, 10.0]
    assert ws[f"B{RC}"].fill.fgColor.rgb.endswith("FFF2CC")
    # Baseline inputs are values: c = 8, N = 12, v = 120, C0 = 108, m = 40, periods averaged 3, 3, 3, 1, 1.
    assert [ws[f"B{RI + i}"].value for i in range(5)] == [8, 12, 120, 108, 40]
    assert [ws[f"E{RI + i}"].value for i in range(5)] == [3, 3, 3, 1, 1]
    # Formulas reference those cells: C1 = C0 x (1 - c / 100) + N, and the scenario's churn from the control.
    assert ws[f"C{RI}"].value == f"=MIN(MAX(B{RI}-$B${RC},0),MAX(B{RI},100))"
    assert ws[f"B{RS}"].value == f"=B{RS - 1}*(1-$B${RI}/100)+$B${RI + 1}"
    assert ws[f"G{RS}"].value == f"=F{RS}*$C${RI + 4}/100"
    assert ws[f"B{TOTAL}"].value == f"=SUM(B{RS}:B{RS + HORIZON - 1})"
    assert [c.value for c in ws[RS - 2]] == list(WHATIF_SERIES_KEYS)
    assert [ws[f"A{RS + k}"].value for k in range(HORIZON)] == list(range(1, 13))
    assert ws["A1"].value == "What-if: the value of better retention"


def test_headers_follow_the_header_names_like_other_sheets(tmp_path):
    from retention_gui.messages import metric_name

    analysis = analyse_frame("periods", THREE)
    target = tmp_path / "named.xlsx"
    write_results(analysis, target, metric_name)
    ws = load_workbook(target)["What-if"]
    assert [c.value for c in ws[RS - 2]][:3] == ["Periods ahead", "Customers (baseline)", "Revenue (baseline)"]
    assert ws[f"A{TOTAL}"].value == "Sum"
    # No what-if asked for: the controls are 0 and the scenario is the baseline.
    assert [ws[f"B{RC + i}"].value for i in range(3)] == [0, 0, 0]


def test_undefined_inputs_write_the_reason_and_no_formulas(tmp_path):
    analysis = analyse_frame("periods", THREE.drop(columns=["revenue"]))
    target = tmp_path / "u.xlsx"
    write_results(analysis, target)
    ws = load_workbook(target)["What-if"]
    assert ws["A3"].value.startswith("not enough data for a what-if: no period has a customer value")
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_nps_answers_get_no_what_if_sheet(tmp_path):
    analysis = analyse_frame("nps", pd.DataFrame({"score": [10, 9, 3]}))
    target = tmp_path / "n.xlsx"
    write_results(analysis, target)
    assert "What-if" not in load_workbook(target).sheetnames


def test_summary_lists_the_advice_with_its_number(tmp_path):
    # S = 100, E = 90, N = 2: churn 12 % fires churn_high.
    analysis = analyse_frame("periods", pd.DataFrame({"period": ["2024-03"], "customers_start": [100],
                                                      "customers_end": [90], "new_customers": [2]}))
    target = tmp_path / "s.xlsx"
    write_results(analysis, target)
    rows = [[c.value for c in r] for r in load_workbook(target)["Summary"].iter_rows()]
    start = next(i for i, r in enumerate(rows) if r[0] == "Advice")
    figure, value, period, text = rows[start + 1][:4]
    assert (figure, value, period) == ("Churn rate %", 12, "2024-03")
    assert text.startswith("Churn was 12.0% in 2024-03, above your limit of 7%.")
    healthy = analyse_frame("periods", THREE)
    write_results(healthy, target)
    rows = [[c.value for c in r] for r in load_workbook(target)["Summary"].iter_rows()]
    start = next(i for i, r in enumerate(rows) if r[0] == "Advice")
    assert rows[start + 1][0] == "Nothing in your figures calls for advice right now."


@needs_office
@pytest.mark.parametrize("changes", [(2, 25, 10), (0, 0, 0), (20, -50, 0), (-3.5, 12.5, -10)],
                         ids=["hand-worked", "no change", "churn to zero", "churn up, value down"])
def test_what_if_formulas_recalculate_to_the_core_numbers(tmp_path, changes):
    analysis = analyse_frame("periods", THREE)
    analysis.what_if = whatif_for(analysis, *changes)
    target = tmp_path / "w.xlsx"
    write_results(analysis, target)
    checked = assert_whatif_matches(target, recalculate(target, tmp_path), analysis.what_if)
    # 5 scenario inputs and 5 differences, 3 CLV cells, 2 starting counts, 9 x 12 series, 9 sums
    assert checked == 10 + 3 + 2 + 9 * HORIZON + 9


@needs_office
def test_what_if_formulas_for_order_data(tmp_path):
    analysis = analyse_file(str(sample_workbook()), sheet="Ordrer")
    analysis.what_if = whatif_for(analysis, 1, 10, 5)
    target = tmp_path / "o.xlsx"
    write_results(analysis, target)
    assert assert_whatif_matches(target, recalculate(target, tmp_path), analysis.what_if) == 10 + 3 + 2 + 9 * 12 + 9


@needs_office
def test_changing_a_control_in_the_workbook_changes_the_projection(tmp_path):
    analysis = analyse_frame("periods", THREE)
    target = tmp_path / "w.xlsx"
    write_results(analysis, target)
    wb = load_workbook(target)
    wb["What-if"][f"B{RC}"] = 2  # the owner types "churn 2 points lower"
    wb["What-if"][f"B{RC + 1}"] = 25
    wb["What-if"][f"B{RC + 2}"] = 10
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    values = load_workbook(recalculate(edited, tmp_path), data_only=True)["What-if"]
    # The hand-worked scenario: C1 = 108 x 0.94 + 15 = 116.52, CLV 880 against 600.
    assert values[f"E{RS}"].value == pytest.approx(116.52, rel=1e-12)
    assert values[f"C{RI + 5}"].value == pytest.approx(880.0, rel=1e-12)
    assert values[f"D{RI + 5}"].value == pytest.approx(280.0, rel=1e-12)
    assert_whatif_matches(edited, recalculate(edited, tmp_path), whatif_for(analysis, 2, 25, 10))
