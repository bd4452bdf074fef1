"""Number conventions through the importer: workbook text cells, CSV conventions, percent columns."""

from __future__ import annotations

import pytest

from retention_gui.io.reader import import_file

from ..helpers import write_csv, write_xlsx


def test_a_percent_column_of_a_workbook_reads_excel_fractions_and_text_alike(tmp_path):
    # Number cells 0.425 / 0.5 are Excel percent cells (42.5 %, 50 %), said in a warning; text is as written.
    cells = write_xlsx(tmp_path / "c.xlsx", [["Periode", "Dækningsgrad"], ["2024-01", 0.425], ["2024-02", 0.5]])
    r = import_file(cells)
    assert r.data["gross_margin_pct"].tolist() == pytest.approx([42.5, 50.0])
    assert [(p.code, p.row) for p in r.warnings] == [("percent_fraction", 2)]
    text = write_xlsx(tmp_path / "t.xlsx", [["Periode", "Dækningsgrad"], ["2024-01", "42,5 %"], ["2024-02", "42.5%"],
                                           ["2024-03", "0,425"], ["2024-04", "0.425"]])
    r = import_file(text)
    assert r.data["gross_margin_pct"].tolist() == [42.5, 42.5, 0.425, 0.425]
    assert "percent_fraction" not in [p.code for p in r.warnings]


def test_a_semicolon_csv_reads_danish_numbers_and_says_how_it_read_a_decimal_point(tmp_path):
    text = "Periode;Kunder ved periodens start;Omsætning\n2024-01;1.200;230.000\n2024-02;1.150;1234.5\n"
    r = import_file(write_csv(tmp_path / "d.csv", text))
    assert r.data["customers_start"].tolist() == [1200, 1150]
    assert r.data["revenue"].tolist() == [230000.0, 1234.5]
    (w,) = r.warnings
    assert (w.code, w.row, w.values["written"]) == ("number_other_convention", 3, "1.234,5")
