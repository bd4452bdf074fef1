"""retention-calc: exit codes, one-line messages naming file/sheet/row/column, JSON shape."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from retention_gui.cli import main
from retention_gui.paths import sample_workbook

from ..helpers import write_csv, write_xlsx

HEAD = ["Periode", "Kunder ved periodens start", "Kunder ved periodens slutning", "Nye kunder",
        "Aktive kunder", "Genkøbende kunder", "Solgte enheder", "Returnerede enheder", "Promoters", "Omsætning"]


def periods_file(tmp_path, bad_row: list) -> str:
    good = ["2024-01", 100, 95, 10, 50, 20, 100, 5, 10, 1000]
    return str(write_xlsx(tmp_path / "p.xlsx", [["Nøgletal"], HEAD, good, bad_row], title="Ark1"))


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "bad_row, column",
    [
        (["2024-02", 95, 90, -3, 50, 20, 100, 5, 10, 1000], 'D "Nye kunder"'),
        (["2024-02", 95, 120, 10, 50, 20, 100, 5, 10, 1000], 'C "Kunder ved periodens slutning"'),
        (["2024-02", 95, 5, 10, 50, 20, 100, 5, 10, 1000], 'C "Kunder ved periodens slutning"'),
        (["2024-02", 95, 90, 10, 50, 60, 100, 5, 10, 1000], 'F "Genkøbende kunder"'),
        (["2024-02", 95, 90, 10, 50, 20, 100, 101, 10, 1000], 'H "Returnerede enheder"'),
        (["2024-02", 95, 90, 10, 50, 20, 100, 5, 7.5, 1000], 'I "Promoters"'),
        (["2024-02", 95, 90, 10, 50, 20, 100, 5, 10, "mange"], 'J "Omsætning"'),
    ],
    ids=["negative count", "more retained than existed", "fewer than zero retained", "repeat > active",
         "returned > sold", "fractional promoters", "text in number column"],
)
def test_each_input_error_exits_2_naming_file_sheet_excel_row_and_column(tmp_path, capsys, bad_row, column):
    code, out, err = run(capsys, periods_file(tmp_path, bad_row))
    assert code == 2 and out == ""
    first = err.splitlines()[0]
    assert first.startswith("p.xlsx, sheet 'Ark1', row 4, column " + column + ": "), first
    assert "Traceback" not in err


def test_nps_answer_11_exits_2_with_every_bad_row(tmp_path, capsys):
    path = write_xlsx(tmp_path / "n.xlsx", [["Svar"], [9], [11], [None], ["seven"]])
    code, _, err = run(capsys, str(path))
    assert code == 2
    assert [line.split(":")[0] for line in err.splitlines()] == [
        "n.xlsx, sheet 'Data', row 3, column A \"Svar\"", "n.xlsx, sheet 'Data', row 5, column A \"Svar\""]


def test_missing_file_and_unknown_format_exit_2(tmp_path, capsys):
    assert run(capsys, str(tmp_path / "nope.xlsx"))[0] == 2
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    code, _, err = run(capsys, str(tmp_path / "x.pdf"))
    assert code == 2 and "'.pdf' files cannot be read" in err


def test_json_for_periods_has_inputs_results_nulls_and_warnings(tmp_path, capsys):
    # S=100, E=90, N=2: CRR 88 %, churn 12 % (> 7: warning); orders 0 -> aov null.
    path = write_xlsx(tmp_path / "p.xlsx", [["Period", "Customers at start", "Customers at end", "New customers",
                                             "Revenue", "Orders"], [dt.datetime(2024, 3, 31), 100, 90, 2, 500, 0]])
    code, out, _ = run(capsys, str(path), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["kind"] == "periods"
    (p,) = doc["periods"]
    assert p["period"] == "2024-03" and p["days_in_period"] == 31
    assert p["crr_pct"] == 88.0 and p["churn_pct"] == 12.0 and p["lost_customers"] == 12
    assert p["aov"] is None and p["nps"] is None
    assert doc["warnings"] == [{"period": "2024-03", "metric": "churn_pct", "value": 12.0, "row": 2,
                                "message": "churn above 7% - look into why customers leave"}]


def test_json_for_orders_with_frequency_window_and_cohorts(tmp_path, capsys):
    text = "customer_id;order_date;amount\nA;2024-12-30;10\nB;2025-01-06;5\nA;2025-01-07;7,5\n"
    path = write_csv(tmp_path / "o.csv", text)
    code, out, _ = run(capsys, str(path), "--json", "--frequency", "week", "--churn-window-days", "30")
    assert code == 0
    doc = json.loads(out)
    assert doc["kind"] == "transactions"
    assert [p["period"] for p in doc["periods"]] == ["2025-W01", "2025-W02"]
    assert doc["summary"]["revenue"] == 22.5 and doc["summary"]["customers"] == 2
    assert doc["cohorts"] == [{"cohort": "2025-W01", "size": 1, "retention_pct": [100.0, 100.0]},
                              {"cohort": "2025-W02", "size": 1, "retention_pct": [100.0]}]
    assert doc["periods"][1]["customers_start"] == 1 and doc["periods"][1]["crr_pct"] == 100.0


def test_json_for_nps(tmp_path, capsys):
    path = write_xlsx(tmp_path / "n.xlsx", [["NPS"], [10], [None], [9], [2], [None]])
    doc = json.loads(run(capsys, str(path), "--json")[1])
    assert doc["nps"] == {"responses": 3, "promoters": 2, "passives": 0, "detractors": 1, "skipped": 1,
                          "nps": pytest.approx(100 / 3)}


def test_text_output_shows_key_figures_and_warnings(capsys):
    code, out, _ = run(capsys, str(sample_workbook()))
    assert code == 0
    assert "Customer retention rate %" in out and "Warnings:" in out and "2024-12" in out


def test_output_workbook_has_period_cohort_and_summary_sheets(tmp_path, capsys):
    target = tmp_path / "out.xlsx"
    code, _, _ = run(capsys, str(sample_workbook()), "--sheet", "Ordrer", "-o", str(target))
    assert code == 0
    wb = load_workbook(target, read_only=True)
    assert wb.sheetnames == ["Summary", "Periods", "Cohorts", "Customers", "Charts", "What-if", "Definitions"]
    header = next(wb["Periods"].iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("period", "customers_start", "customers_end")
    assert not list(tmp_path.glob(".out-*"))  # no temporary left behind


def test_kind_can_be_forced(tmp_path, capsys):
    path = write_xlsx(tmp_path / "n.xlsx", [["Score"], [10]])
    assert run(capsys, str(path), "--kind", "periods")[0] == 2


def test_installed_command_runs_as_a_program(tmp_path):
    result = subprocess.run([sys.executable, "-m", "retention_gui.cli", str(sample_workbook()), "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "periods"


def test_negative_nps_from_answers_is_warned_overall_and_per_period(tmp_path, capsys):
    # January: one promoter, two detractors -> (1-2)/3 = -33.3; February: one promoter -> 100.
    path = write_csv(tmp_path / "s.csv", "Dato;Svar\n2024-01-03;10\n2024-01-09;2\n2024-01-20;5\n2024-02-01;9\n")
    doc = json.loads(run(capsys, str(path), "--json")[1])
    assert doc["nps"]["nps"] == 0.0
    assert [(w["period"], w["metric"]) for w in doc["warnings"]] == [("2024-01", "nps")]
    path2 = write_csv(tmp_path / "t.csv", "NPS\n0\n10\n3\n")
    doc2 = json.loads(run(capsys, str(path2), "--json")[1])
    assert [(w["period"], w["metric"], w["value"]) for w in doc2["warnings"]] == [("all", "nps", pytest.approx(-100 / 3))]
