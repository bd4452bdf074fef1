"""retention-calc --what-if and the advice key: JSON shape and hand-worked numbers."""

from __future__ import annotations

import json

import pytest

from retention_gui.cli import main

from ..helpers import write_xlsx

HEAD = ["period", "customers_start", "customers_end", "new_customers", "revenue", "orders", "active_customers",
        "gross_margin_pct"]
# The hand-worked table of tests/core/test_whatif.py: churn 10, 8, 6 % -> c = 8; N = 12; v = 100, 120, 140 -> 120;
# C0 = 108; margin 40.
ROWS = [["2024-01", 100, 100, 10, 5000, 100, 50, 40], ["2024-02", 100, 104, 12, 6600, 110, 55, None],
        ["2024-03", 100, 108, 14, 7000, 100, 50, None]]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three(tmp_path) -> str:
    return str(write_xlsx(tmp_path / "three.xlsx", [HEAD, *ROWS]))


def test_what_if_key_has_both_series_totals_differences_and_clv(capsys, three):
    code, out, _ = run(capsys, three, "--json", "--what-if", "2,25,10")
    assert code == 0
    w = json.loads(out)["what_if"]
    assert (w["status"], w["reason"], w["message"], w["periods_ahead"]) == ("ok", None, None, 12)
    assert w["changes"] == {"churn_down_points": 2.0, "new_customers_up_pct": 25.0, "customer_value_up_pct": 10.0}
    assert w["inputs"]["periods_used"] == {"churn_pct": 3, "new_customers": 3, "customer_value": 3,
                                           "customers_start": 1, "gross_margin_pct": 1}
    b, s, d = w["baseline"], w["scenario"], w["difference"]
    # C1 = 108 x 0.92 + 12 = 111.36 and 108 x 0.94 + 15 = 116.52; revenue 111.36 x 120 = 13 363.2
    assert b["customers"][0] == pytest.approx(111.36) and s["customers"][0] == pytest.approx(116.52)
    assert b["revenue"][0] == pytest.approx(13363.2) and b["profit"][0] == pytest.approx(5345.28)
    assert len(b["customers"]) == len(s["profit"]) == len(d["revenue"]) == 12
    # sums: 1494.58287 and 1834.09739 customer-periods (closed forms in tests/core/test_whatif.py)
    assert b["totals"]["customers"] == pytest.approx(1494.5828652)
    assert s["totals"]["revenue"] == pytest.approx(1834.0973937 * 132)
    assert d["totals"]["profit"] == pytest.approx((1834.0973937 * 132 - 1494.5828652 * 120) * 0.4)
    assert (b["clv"], s["clv"], d["clv"]) == (pytest.approx(600.0), pytest.approx(880.0), pytest.approx(280.0))
    assert s["inputs"]["churn_pct"] == 6.0 and s["inputs"]["new_customers"] == 15.0


def test_without_the_flag_there_is_no_what_if_key_but_advice_is_there(capsys, three):
    doc = json.loads(run(capsys, three, "--json")[1])
    assert "what_if" not in doc
    # Churn in the last period is 6 % (not above 7) and nothing else fires.
    assert doc["advice"] == []


def test_advice_key_lists_id_metric_values_and_message(tmp_path, capsys):
    # S = 100, E = 90, N = 2 -> L = 12, churn 12 % (> 7).
    path = write_xlsx(tmp_path / "p.xlsx", [["period", "customers_start", "customers_end", "new_customers"],
                                            ["2024-03", 100, 90, 2]])
    doc = json.loads(run(capsys, str(path), "--json")[1])
    assert doc["advice"] == [{
        "id": "churn_high", "metric": "churn_pct", "period": "2024-03", "watch": "churn_pct",
        "values": {"value": 12.0, "threshold": 7.0, "customers_start": 100, "lost_customers": 12},
        "message": "Churn was 12.0% in 2024-03, above your limit of 7%. Ask the customers who leave why (a short "
                   "call or a two-question e-mail), fix the most common reason first, and answer questions quickly "
                   "by phone, e-mail and chat. Number to watch: Churn rate %, now 12.0 %; it should fall if this works.",
    }]


def test_undefined_inputs_give_a_reason_in_json_and_text(tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", [["period", "customers_start", "customers_end", "new_customers"],
                                            ["2024-03", 100, 90, 2]])
    w = json.loads(run(capsys, str(path), "--json", "--what-if", "1,0,0")[1])["what_if"]
    assert (w["status"], w["reason"], w["baseline"], w["difference"]) == ("undefined", "no_customer_value", None, None)
    assert w["message"].startswith("not enough data for a what-if: no period has a customer value")
    code, out, _ = run(capsys, str(path), "--what-if", "1,0,0")
    assert code == 0 and "not enough data for a what-if" in out


def test_text_output_shows_the_what_if_table(capsys, three):
    code, out, _ = run(capsys, three, "--what-if", "2,25,10")
    assert code == 0
    assert "What-if over 12 periods: churn down 2 points, new customers up 25%, customer value up 10%" in out
    # CLV 600 -> 880, a difference of 280
    line = [x for x in out.splitlines() if "Customer lifetime value" in x][-1]
    assert line.split()[-3:] == ["600.00", "880.00", "280.00"]


@pytest.mark.parametrize("value", ["2,10", "a,b,c", "1,-150,0", "nan,0,0"], ids=["two", "text", "below -100", "nan"])
def test_a_bad_what_if_value_exits_2(capsys, three, value):
    with pytest.raises(SystemExit) as exc:
        main([three, "--what-if", value])
    assert exc.value.code == 2
    assert "--what-if" in capsys.readouterr().err


def test_workbook_carries_the_what_if_controls(tmp_path, capsys, three):
    from openpyxl import load_workbook

    from retention_gui.io.workbook import WHATIF_LAYOUT

    target = tmp_path / "out.xlsx"
    assert run(capsys, three, "--what-if", "2,25,10", "-o", str(target))[0] == 0
    ws = load_workbook(target)["What-if"]
    rc = WHATIF_LAYOUT["controls"]
    assert [(ws.cell(rc + i, 1).value, ws.cell(rc + i, 2).value) for i in range(3)] == [
        ("Churn down (points)", 2), ("New customers up %", 25), ("Customer value up %", 10)]
