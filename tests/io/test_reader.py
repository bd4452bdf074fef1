"""Importer: header synonyms (da/sv/en), title rows, dates, decimal commas, row numbers."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from retention_gui.core.errors import InputError
from retention_gui.io.headers import detect_kind, normalize
from retention_gui.io.reader import column_letter, import_file, list_sheets
from retention_gui.paths import sample_workbook

from ..helpers import write_csv, write_xlsx


def test_normalize_ignores_case_spaces_punctuation_and_diacritics():
    assert normalize("  Kunde-ID ") == "kundeid"
    assert normalize("Omsætning") == "omsaetning"
    assert normalize("Antal kunder vid periodens början") == "antalkundervidperiodensborjan"


@pytest.mark.parametrize(
    "headers, kind, expected",
    [
        (["Periode", "Kunder ved periodens start", "Nye kunder", "Omsætning"], "periods",
         {0: "period", 1: "customers_start", 2: "new_customers", 3: "revenue"}),
        (["Period", "Antal kunder vid periodens början", "Nya kunder", "Intäkter"], "periods",
         {0: "period", 1: "customers_start", 2: "new_customers", 3: "revenue"}),
        (["Kunde-ID", "Ordredato", "Beløb"], "transactions", {0: "customer_id", 1: "order_date", 2: "amount"}),
        (["Kund-ID", "Orderdatum", "Belopp", "Ordernummer"], "transactions",
         {0: "customer_id", 1: "order_date", 2: "amount", 3: "order_id"}),
        (["Dato", "Svar"], "nps", {0: "answer_date", 1: "score"}),
        (["NPS"], "nps", {0: "score"}),
    ],
    ids=["danish periods", "swedish periods", "danish orders", "swedish orders", "danish nps", "nps"],
)
def test_headers_map_to_canonical_keys_and_kind(headers, kind, expected):
    assert detect_kind(headers) == (kind, expected)


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_header_found_below_title_rows_and_excel_rows_kept(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Min butik - nøgletal"],
        [],
        ["Periode", "Kunder ved periodens start", "Kunder ved periodens slutning", "Nye kunder"],
        [dt.datetime(2024, 1, 31), 100, 95, 10],
        [],
        [dt.datetime(2024, 2, 29), 95, 99, 12],
    ])
    r = import_file(path)
    assert r.kind == "periods" and r.raw.header_row == 3
    assert r.data["source_row"].tolist() == [4, 6]
    assert r.data["customers_start"].tolist() == [100, 95]
    assert r.column_label("new_customers") == 'D "Nye kunder"'


def test_hidden_first_sheet_is_skipped_and_named_sheet_is_read(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["NPS"], [9], [3]], title="Svar", hidden_first=True,
                      extra_sheets={"Other": [["Score"], [10]]})
    assert list_sheets(path) == ["Hidden", "Svar", "Other"]
    assert import_file(path).sheet == "Svar"
    assert import_file(path, sheet="Other").data["score"].tolist() == [10]
    with pytest.raises(InputError) as info:
        import_file(path, sheet="Nope")
    assert info.value.problems[0].code == "sheet_not_found"


def test_text_dates_in_three_formats_and_excel_dates(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Kunde-ID", "Ordredato", "Beløb"],
        ["K1", "2024-01-31", 10],
        ["K2", "31-01-2024", 10],
        ["K3", "31.01.2024", 10],
        ["K4", dt.datetime(2024, 1, 31), 10],
    ])
    r = import_file(path)
    assert r.kind == "transactions"
    assert r.data["order_date"].tolist() == [pd.Timestamp("2024-01-31")] * 4
    assert r.errors == []


def test_excel_serial_dates_become_dates():
    from retention_gui.core.parsing import to_date

    import numpy as np

    dates, problems = to_date(pd.Series([45322.0, 45323.75]), "order_date", np.array([2, 3]))
    assert dates.tolist() == [pd.Timestamp("2024-01-31"), pd.Timestamp("2024-02-01")] and problems == []


def test_numbers_as_text_with_decimal_comma_and_currency(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Kunde-ID", "Ordredato", "Beløb"],
        ["K1", dt.datetime(2024, 1, 2), "1.234,56"],
        ["K2", dt.datetime(2024, 1, 3), "kr. 1.234,50"],
        ["K3", dt.datetime(2024, 1, 4), 99.5],
        ["K4", dt.datetime(2024, 1, 5), "12,5"],
    ])
    r = import_file(path)
    assert r.data["amount"].tolist() == [1234.56, 1234.5, 99.5, 12.5]


def test_text_in_a_number_column_is_an_error_with_excel_row_and_column(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Titel"],
        ["Periode", "Kunder ved periodens start"],
        ["2024-01", 10],
        ["2024-02", "mange"],
    ])
    r = import_file(path)
    (err,) = r.errors
    assert (err.code, err.row, err.file, err.sheet) == ("not_a_number", 4, "t.xlsx", "Data")
    assert err.column_label == 'B "Kunder ved periodens start"'


def test_csv_with_semicolons_decimal_comma_and_cp1252(tmp_path):
    text = "Periode;Kunder ved periodens start;Omsætning;Antal ordrer\n2024-01;100;1.234,5;10\n2024-02;90;99,75;3\n"
    r = import_file(write_csv(tmp_path / "t.csv", text, "cp1252"))
    assert r.kind == "periods"
    assert r.data["revenue"].tolist() == [1234.5, 99.75]
    assert r.data["period"].tolist() == ["2024-01", "2024-02"]
    assert r.data["source_row"].tolist() == [2, 3]


def test_csv_utf8_with_bom_and_commas(tmp_path):
    text = "\ufeffCustomer ID,Order date,Amount\nA,2024-01-05,10.5\nB,2024-01-06,3\n"
    r = import_file(write_csv(tmp_path / "t.csv", text))
    assert r.kind == "transactions" and r.data["amount"].tolist() == [10.5, 3.0]
    assert r.data["customer_id"].tolist() == ["A", "B"]


def test_unmapped_columns_are_reported(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["Periode", "Nye kunder", "Farve"], ["2024-01", 3, "rød"]])
    r = import_file(path)
    assert [p.code for p in r.warnings] == ["unmapped_columns"]
    assert 'C "Farve"' in r.warnings[0].values["columns"]


def test_numeric_customer_ids_become_text_without_decimals(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["Kundenummer", "Dato", "Beløb"], [1001, dt.datetime(2024, 1, 1), 5]])
    assert import_file(path).data["customer_id"].tolist() == ["1001"]


@pytest.mark.parametrize("content, code", [(b"", "empty_file"), (b"not a zip at all" * 10, "unreadable_file")],
                         ids=["empty", "random bytes"])
def test_broken_files_give_a_clear_error(tmp_path, content, code):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        import_file(path)
    assert info.value.problems[0].code == code and info.value.problems[0].file == "broken.xlsx"


def test_unknown_columns_give_a_clear_error(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["Farve", "Størrelse"], ["rød", "L"]])
    with pytest.raises(InputError) as info:
        import_file(path)
    assert info.value.problems[0].code == "unknown_kind"


def test_sample_workbook_has_three_kinds():
    path = sample_workbook()
    assert import_file(path).kind == "periods"
    orders = import_file(path, sheet="Ordrer")
    assert orders.kind == "transactions" and len(orders.data) > 2000
    assert import_file(path, sheet="NPS").kind == "nps"


def test_numbers_keep_every_digit_when_a_column_also_holds_text(tmp_path):
    # A text cell makes the reader treat the column as mixed; the other numbers must not be rounded.
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Kunde-ID", "Ordredato", "Beløb"],
        ["K1", dt.datetime(2024, 1, 2), 1234.56789012345],  # 15 digits: as many as Excel keeps
        ["K2", dt.datetime(2024, 1, 3), "kr. 99,50"],
        ["K3", dt.datetime(2024, 1, 4), 84.2105263157895],
    ])
    assert import_file(path).data["amount"].tolist() == [1234.56789012345, 99.5, 84.2105263157895]


def test_numbers_keep_every_digit_in_a_mostly_text_column(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Kunde-ID", "Ordredato", "Beløb"],
        *[[f"K{i}", dt.datetime(2024, 1, 2), "1.000,25"] for i in range(5)],
        ["K9", dt.datetime(2024, 1, 3), 84.2105263157895],
    ])
    assert import_file(path).data["amount"].tolist() == [1000.25] * 5 + [84.2105263157895]


def test_csv_with_blank_lines_keeps_row_numbers(tmp_path):
    text = "Periode;Nye kunder\n2024-01;3\n\n2024-02;x\n"
    r = import_file(write_csv(tmp_path / "b.csv", text))
    assert r.data["source_row"].tolist() == [2, 4]
    (err,) = r.errors
    assert (err.row, err.code) == (4, "not_a_number")


def test_fast_and_plain_csv_readers_agree(tmp_path):
    from retention_gui.io import reader

    lines = ["Kunde-ID;Ordredato;Beløb;Ordre-ID"] + [f"K{i % 7};2024-0{1 + i % 9}-1{i % 10};{i},5;{100 + i // 2}" for i in range(300)]
    path = write_csv(tmp_path / "o.csv", "\n".join(lines) + "\n")
    fast = import_file(path).data
    text = path.read_text()
    rows = [line.split(";") for line in lines[:20]]
    plain = reader._read_csv_pandas(path, text, ";", 0, rows)
    assert fast["amount"].tolist() == plain[2].tolist() == [i + 0.5 for i in range(300)]
    assert fast["customer_id"].tolist() == plain[0].tolist()
    assert fast["order_date"].dt.strftime("%Y-%m-%d").tolist() == plain[1].tolist()


def test_the_csv_separator_decides_what_a_lone_separator_means(tmp_path):
    # A ";" file writes decimal commas, so "1.500" groups thousands; a "," file writes decimal points.
    nordic = write_csv(tmp_path / "n.csv", "Periode;Kunder ved periodens start;Omsætning\n2024-01;1.500;2.500,5\n2024-02;900;12,25\n")
    r = import_file(nordic)
    assert r.data["customers_start"].tolist() == [1500, 900]
    assert r.data["revenue"].tolist() == [2500.5, 12.25]
    assert r.warnings == []
    english = write_csv(tmp_path / "e.csv", 'Period,Customers at start,Revenue\n2024-01,"1,500",2500.5\n2024-02,900,"1,234.5"\n')
    r = import_file(english)
    assert r.data["customers_start"].tolist() == [1500, 900]
    assert r.data["revenue"].tolist() == [2500.5, 1234.5]


def test_a_lone_separator_in_a_workbook_text_cell_is_flagged(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [["Periode", "Omsætning"], ["2024-01", "1.500"], ["2024-02", "1.234.567"]])
    r = import_file(path)
    # "1.234.567" only reads with dots grouping thousands, so the column does, and "1.500" is 1500 (issue 12);
    # it could still be 1.5, so it is still reported.
    assert r.data["revenue"].tolist() == [1500.0, 1234567.0]
    (w,) = r.warnings
    assert (w.code, w.row, w.column_label) == ("ambiguous_thousands", 2, 'B "Omsætning"')


def test_visible_sheets_leave_hidden_ones_out(tmp_path):
    from retention_gui.io.reader import visible_sheets

    path = write_xlsx(tmp_path / "t.xlsx", [["NPS"], [9]], title="Svar", hidden_first=True,
                      extra_sheets={"Other": [["Score"], [10]]})
    assert visible_sheets(path) == ["Svar", "Other"]
    assert visible_sheets(write_csv(tmp_path / "a.csv", "NPS\n9\n")) == []
