"""retention-calc --predict and friends (METRICS.md section 5): JSON keys, flags, not-fitted exits 0."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from retention_gui.cli import main

from ..helpers import write_csv, write_xlsx

CDNOW = Path(__file__).resolve().parent.parent / "data" / "CDNOW_sample.txt"

PREDICTION_KEYS = {
    "status", "reason", "as_of", "horizon_months", "annual_discount_pct", "margin_pct", "customers_used",
    "repeat_customers_used", "bgnbd", "gamma_gamma", "expected_purchases", "predicted_revenue", "predicted_clv",
    "model_check",
}
CUSTOMER_KEYS = ["customer_id", "orders", "revenue", "first_order", "last_order", "frequency", "recency", "T",
                 "monetary", "p_alive", "expected_purchases", "expected_spend", "predicted_clv"]


@pytest.fixture(scope="module")
def cdnow_xlsx(tmp_path_factory) -> str:
    """The CDNOW sample as a workbook: customer id, date, amount; one row per line of the text file."""
    rows = [["customer id", "date", "amount"]]
    for line in CDNOW.read_text().splitlines():
        cid, _, day, _, amount = line.split()
        rows.append([cid, dt.datetime.strptime(day, "%Y%m%d"), float(amount)])
    return str(write_xlsx(tmp_path_factory.mktemp("cdnow") / "cdnow.xlsx", rows))


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_done_when_cdnow_model_check_prints_the_papers_calibration_fit(cdnow_xlsx, capsys):
    code, out, err = run(capsys, cdnow_xlsx, "--as-of", "1998-06-30", "--holdout-days", "273", "--customers", "--json")
    assert code == 0, err
    doc = json.loads(out)
    pred = doc["predictions"]
    assert set(pred) == PREDICTION_KEYS
    assert pred["status"] == "fitted" and pred["reason"] is None and pred["as_of"] == "1998-06-30"
    assert (pred["horizon_months"], pred["annual_discount_pct"], pred["margin_pct"]) == (12, 10.0, 100.0)
    mc = pred["model_check"]
    assert set(mc) == {"calibration_end", "holdout_days", "customers", "bgnbd", "gamma_gamma",
                       "predicted_purchases", "actual_purchases", "by_frequency"}
    assert mc["calibration_end"] == "1997-09-30" and mc["holdout_days"] == 273 and mc["customers"] == 2357
    bg, gg = mc["bgnbd"], mc["gamma_gamma"]
    # Fader, Hardie and Lee (2005): r 0.243, alpha 4.414 weeks = 30.90 days, a 0.793, b 2.426, LL -9582.4 (weeks).
    assert (round(bg["r"], 3), round(bg["alpha"] / 7, 3), round(bg["a"], 3), round(bg["b"], 3)) == \
        (0.243, 4.414, 0.793, 2.426)
    assert round(bg["alpha"], 2) == 30.90
    assert bg["log_likelihood"] + 2457 * 1.9459101090932196 == pytest.approx(-9582.4, abs=0.05)
    assert (round(gg["p"], 2), round(gg["q"], 2), round(gg["gamma"], 2)) == (6.25, 3.74, 15.44)
    assert [b["frequency"] for b in mc["by_frequency"]] == [0, 1, 2, 3, 4, 5, 6, "7+"]
    assert set(mc["by_frequency"][0]) == {"frequency", "customers", "predicted_mean", "actual_mean"}
    assert mc["actual_purchases"] == 1882
    customers = doc["customers"]
    assert len(customers) == 2357 and list(customers[0]) == CUSTOMER_KEYS
    first = customers[0]
    # Customer 00004: days 1997-01-01, 01-18, 08-02, 12-12 -> x 3, t_x 345, T 545 days to 1998-06-30.
    assert (first["customer_id"], first["frequency"], first["recency"], first["T"]) == ("00004", 3, 345, 545)
    assert first["first_order"] == "1997-01-01" and first["last_order"] == "1997-12-12"
    assert sum(c["predicted_clv"] for c in customers) == pytest.approx(pred["predicted_clv"], rel=1e-9)


def test_without_forecast_flags_no_forecast_is_computed(cdnow_xlsx, capsys):
    doc = json.loads(run(capsys, cdnow_xlsx, "--json")[1])
    assert "predictions" not in doc and "customers" not in doc


@pytest.mark.parametrize("flags", [["--predict"], ["--as-of", "1998-06-30"], ["--horizon-months", "6"],
                                   ["--discount-pct", "0"], ["--margin-pct", "40"], ["--holdout-days", "30"]],
                         ids=["predict", "as-of", "horizon", "discount", "margin", "holdout"])
def test_each_forecast_flag_implies_predict(cdnow_xlsx, capsys, flags):
    code, out, _ = run(capsys, cdnow_xlsx, "--json", *flags)
    doc = json.loads(out)
    assert code == 0 and doc["predictions"]["status"] == "fitted"
    assert "customers" not in doc  # only with --customers


def test_settings_reach_the_forecast(cdnow_xlsx, capsys):
    base = json.loads(run(capsys, cdnow_xlsx, "--json", "--discount-pct", "0")[1])["predictions"]
    half = json.loads(run(capsys, cdnow_xlsx, "--json", "--discount-pct", "0", "--margin-pct", "50")[1])["predictions"]
    assert half["margin_pct"] == 50.0 and half["annual_discount_pct"] == 0.0
    # No discount, margin 100: CLV = revenue; margin 50 halves it.
    assert base["predicted_clv"] == pytest.approx(base["predicted_revenue"], rel=1e-12)
    assert half["predicted_clv"] == pytest.approx(base["predicted_clv"] / 2, rel=1e-12)


def test_too_few_repeat_customers_exits_0_with_a_plain_reason(tmp_path, capsys):
    # Three customers over 200 days: 1 repeat customer, 20 are needed.
    text = "customer_id;order_date;amount\nA;2024-01-01;10\nA;2024-03-01;10\nB;2024-02-01;5\nC;2024-07-19;7\n"
    code, out, err = run(capsys, str(write_csv(tmp_path / "o.csv", text)), "--json", "--predict", "--customers")
    assert code == 0, err
    pred = json.loads(out)["predictions"]
    assert pred["status"] == "not_fitted"
    assert pred["reason"] == "only 1 customer bought on more than one day up to 2024-07-19; a forecast needs at least 20"
    assert pred["bgnbd"] is None and pred["gamma_gamma"] is None
    assert pred["expected_purchases"] is None and pred["predicted_clv"] is None
    assert [c["p_alive"] for c in json.loads(out)["customers"]] == [None, None, None]


def test_short_span_in_text_output_exits_0(tmp_path, capsys):
    text = "customer_id;order_date;amount\nA;2024-01-01;10\nA;2024-01-20;10\n"
    code, out, _ = run(capsys, str(write_csv(tmp_path / "o.csv", text)), "--predict")
    assert code == 0
    assert "the orders up to 2024-01-20 span only 19 days; a forecast needs at least 90 days" in out


@pytest.mark.parametrize("flags, message", [
    (["--margin-pct", "120"], "must be between 0 and 100"),
    (["--as-of", "30-06-1998"], "is not a date; use YYYY-MM-DD"),
    (["--holdout-days", "-1"], "must be 0 or more"),
    (["--horizon-months", "0"], "must be 1 or more"),
], ids=["margin", "date", "holdout", "horizon"])
def test_bad_forecast_flags_exit_2(cdnow_xlsx, capsys, flags, message):
    with pytest.raises(SystemExit) as exc:
        main([cdnow_xlsx, *flags])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_forecast_sheet_reads_back(cdnow_xlsx, tmp_path, capsys):
    target = tmp_path / "out.xlsx"
    code, _, err = run(capsys, cdnow_xlsx, "--holdout-days", "273", "--as-of", "1998-06-30", "-o", str(target))
    assert code == 0, err
    wb = load_workbook(target, read_only=True)
    assert wb.sheetnames == ["Summary", "Periods", "Cohorts", "Customers", "Forecast", "Charts", "What-if", "Definitions"]
    rows = [r for r in wb["Forecast"].iter_rows(values_only=True)]
    wb.close()
    labels = {r[0]: r[1] for r in rows if r and r[0] is not None}
    assert labels["status"] == "fitted"
    assert labels["as_of"].date() == dt.date(1998, 6, 30) and labels["holdout_days"] == 273
    assert labels["calibration_end"].date() == dt.date(1997, 9, 30)
    assert labels["actual_purchases"] == 1882
    header = next(i for i, r in enumerate(rows) if r and r[0] == "customer_id")
    assert rows[header][:13] == ("customer_id", "orders", "revenue", "first_order", "last_order", "frequency",
                                 "recency", "T", "monetary", "p_alive", "expected_purchases", "expected_spend",
                                 "predicted_clv")
    first = rows[header + 1]
    assert first[0] == "00004" and first[5:8] == (3, 345, 545)
    assert 0 < first[9] < 1
    assert len([r for r in rows[header + 1:] if r and r[0] is not None]) == 2357
    by_freq = next(i for i, r in enumerate(rows) if r and r[0] == "frequency")
    assert [rows[by_freq + k][0] for k in range(1, 9)] == [0, 1, 2, 3, 4, 5, 6, "7+"]
    assert rows[by_freq + 1][1] == 1411


def test_forecast_sheet_headers_are_translated_with_the_header_names(cdnow_xlsx, tmp_path):
    from retention_gui.messages import metric_name
    from retention_gui.pipeline import Settings, analyse_file
    from retention_gui.io.workbook import write_results

    analysis = analyse_file(cdnow_xlsx, settings=Settings(predict=True))
    write_results(analysis, tmp_path / "named.xlsx", header_name=metric_name)
    wb = load_workbook(tmp_path / "named.xlsx", read_only=True)
    rows = list(wb["Forecast"].iter_rows(values_only=True))
    wb.close()
    header = next(r for r in rows if r and r[0] == "Customer ID")
    assert "Chance still a customer" in header and "Predicted customer value" in header


def test_fast_customer_records_are_the_plain_records():
    import numpy as np
    import pandas as pd

    from retention_gui.core.report import records
    from retention_gui.pipeline import customer_records

    frame = pd.DataFrame({
        "customer_id": ["A", 7, None],
        "orders": np.array([1, 2, 3], dtype=np.int64),
        "first_order": pd.to_datetime(["2024-01-01", None, "2024-03-05"]),
        "monetary": [np.nan, 2.5, np.inf],
        "T": np.array([0, 10, 20]),
    })
    assert customer_records(frame) == records(frame)
    assert customer_records(frame)[1] == {"customer_id": 7, "orders": 2, "first_order": None, "monetary": 2.5, "T": 10}
