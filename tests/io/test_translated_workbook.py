"""A result workbook in Danish or Swedish: sheet names, headings and definitions in the language, and a
re-import through the hidden key sheet gives the same figures as the English workbook."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from retention_gui import messages
from retention_gui.io.headers import KEYS_SHEET
from retention_gui.io.reader import import_file, visible_sheets
from retention_gui.io.workbook import DEFINITIONS, write_results
from retention_gui.paths import sample_workbook
from retention_gui.pipeline import analyse_file, analyse_frame

from .test_workbook import PERIODS, needs_office, recalculate

# A small Danish catalogue standing in for the compiled one (the GUI passes QCoreApplication.translate).
DANISH = {
    "Summary": "Resumé", "Periods": "Perioder", "Cohorts": "Kohorter", "Customers": "Kunder", "Charts": "Grafer",
    "What-if": "Hvad nu hvis", "Definitions": "Definitioner", "Forecast": "Prognose",
    "Figure": "Nøgletal", "Value": "Værdi", "Period": "Periode", "What it means": "Hvad det betyder",
    "Customers at start": "Kunder ved start", "Customer retention rate %": "Kundefastholdelsesrate (CRR) %",
    "Retention and churn (%)": "Kundefastholdelse og churn (%)",
    DEFINITIONS["churn_pct"]: "mistede kunder / kunder ved start x 100.",
    "%n row(s)": "%n rækker",
}


def danish(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    out = DANISH.get(text, text)
    return out.replace("%n", str(n)) if n >= 0 else out


@pytest.fixture
def danish_messages():
    messages.set_translator(lambda context, text: DANISH.get(text, text))
    yield
    messages.set_translator(lambda context, text: text)


def test_a_danish_workbook_has_danish_sheets_headings_and_definitions(tmp_path, danish_messages):
    analysis = analyse_file(str(sample_workbook()), sheet="Ordrer")
    target = tmp_path / "da.xlsx"
    write_results(analysis, target, translate=danish)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Resumé", "Perioder", "Kohorter", "Kunder", "Grafer", "Hvad nu hvis", "Definitioner",
                             KEYS_SHEET]
    assert wb[KEYS_SHEET].sheet_state == "hidden"
    periods = wb["Perioder"]
    header = [c.value for c in periods[1]]
    assert "Kunder ved start" in header and "Kundefastholdelsesrate (CRR) %" in header
    summary = [[c.value for c in r] for r in wb["Resumé"].iter_rows()]
    assert ["Nøgletal", "Værdi", "Periode", "Hvad det betyder"] in [r[:4] for r in summary]
    definitions = {r[0].value: r[2].value for r in wb["Definitioner"].iter_rows(min_row=2)}
    assert definitions["churn_pct"] == "mistede kunder / kunder ved start x 100."
    assert wb["Grafer"]._charts[0].title is not None
    # The sheet chooser of an import does not offer the key sheet.
    assert KEYS_SHEET not in visible_sheets(target)


def test_the_english_workbook_has_no_key_sheet(tmp_path):
    target = tmp_path / "en.xlsx"
    write_results(analyse_frame("periods", PERIODS), target)
    assert KEYS_SHEET not in load_workbook(target).sheetnames


@needs_office
def test_reimporting_the_danish_periods_sheet_gives_the_same_metrics_as_the_english_one(tmp_path, danish_messages):
    analysis = analyse_frame("periods", PERIODS)
    english, dansk = tmp_path / "en.xlsx", tmp_path / "da.xlsx"
    messages.set_translator(lambda context, text: text)
    write_results(analysis, english)
    messages.set_translator(lambda context, text: DANISH.get(text, text))
    write_results(analysis, dansk, translate=danish)
    (tmp_path / "en").mkdir()
    (tmp_path / "da").mkdir()
    again_en = import_file(recalculate(english, tmp_path / "en"), sheet="Periods")
    again_da = import_file(recalculate(dansk, tmp_path / "da"), sheet="Perioder")
    assert again_da.kind == again_en.kind == "periods"
    assert again_da.mapping == again_en.mapping  # every column known by its key, not by a guessed synonym
    reanalysed = analyse_frame("periods", again_da.data)
    pd.testing.assert_frame_equal(reanalysed.periods, analysis.periods, check_dtype=False, rtol=1e-12)
    pd.testing.assert_frame_equal(reanalysed.periods, analyse_frame("periods", again_en.data).periods,
                                  check_dtype=False, rtol=1e-12)
