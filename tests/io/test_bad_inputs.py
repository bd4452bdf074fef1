"""The catalogue of bad and awkward files: each gives a clear message (file, sheet, row, column) or a
documented recovery, the same in the CLI (exit 2) and through the importer."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from retention_gui.cli import main
from retention_gui.core.errors import InputError
from retention_gui.io.reader import import_file
from retention_gui.messages import TEMPLATES
from retention_gui.paths import sample_workbook

from ..helpers import write_csv, write_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def cli(capsys, path) -> tuple[int, str]:
    code = main([str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, err


def problem_codes(path, **kwargs) -> list[str]:
    with pytest.raises(InputError) as info:
        import_file(path, **kwargs)
    for p in info.value.problems:
        assert p.code in TEMPLATES
    return [p.code for p in info.value.problems]


def test_random_bytes_named_xlsx(tmp_path, capsys):
    path = tmp_path / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    assert problem_codes(path) == ["unreadable_file"]
    code, err = cli(capsys, path)
    assert code == 2 and err.startswith("noise.xlsx: the file could not be read as a spreadsheet")


def test_truncated_workbook(tmp_path, capsys):
    data = sample_workbook().read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert problem_codes(path) == ["unreadable_file"]
    assert cli(capsys, path)[0] == 2


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert problem_codes(path) == ["empty_file"]
    assert cli(capsys, path) == (2, "empty.xlsx: the file is empty\n")


def test_empty_sheet_and_header_only(tmp_path, capsys):
    wb = Workbook()
    wb.active.title = "Tom"
    wb.save(tmp_path / "blank.xlsx")
    assert problem_codes(tmp_path / "blank.xlsx") == ["empty_sheet"]
    code, err = cli(capsys, tmp_path / "blank.xlsx")
    assert err == "blank.xlsx, sheet 'Tom': the sheet is empty\n"
    write_xlsx(tmp_path / "head.xlsx", [["Periode", "Nye kunder"]])
    assert problem_codes(tmp_path / "head.xlsx") == ["no_data"]


def test_password_protected_workbook(tmp_path, capsys):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)  # an encrypted workbook is an OLE file
    assert problem_codes(path) == ["encrypted_file"]
    assert "password-protected; save an unprotected copy" in cli(capsys, path)[1]


def test_zip_bomb_is_refused_before_loading(tmp_path, capsys):
    path = tmp_path / "bomb.xlsx"
    chunk = b"<row>" + b" " * (1 << 20) + b"</row>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            for _ in range(220):
                fh.write(chunk)
    assert path.stat().st_size < 2_000_000
    assert problem_codes(path) == ["zip_bomb"]
    assert "would unpack to 230 MB" in cli(capsys, path)[1]


def test_xml_entity_bomb_is_refused(tmp_path, capsys):
    source = write_xlsx(tmp_path / "ok.xlsx", [["Periode", "Nye kunder"], ["2024-01", 3]])
    bomb = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(bomb, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode()
                dtd = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
                if text.startswith("<?xml"):
                    decl, rest = text.split("?>", 1)
                    text = decl + "?>" + dtd + rest
                else:
                    text = dtd + text
                data = text.encode()
            zout.writestr(item, data)
    assert problem_codes(bomb) == ["unsafe_xml"]
    assert cli(capsys, bomb)[0] == 2


def test_formulas_saved_without_results_are_reported(tmp_path, capsys):
    path = write_xlsx(tmp_path / "script.xlsx", [
        ["Periode", "Kunder ved periodens start", "Nye kunder"],
        ["2024-01", 100, "=B2/10"],
        ["2024-02", 110, "=B3/10"],
    ])
    assert problem_codes(path) == ["formulas_without_values"]
    code, err = cli(capsys, path)
    assert err.startswith("script.xlsx, sheet 'Data', column C \"Nye kunder\": the sheet has formulas without saved results")


def test_merged_title_above_the_header_and_header_on_row_3(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Nøgletal 2024"
    ws.merge_cells("A1:D1")
    ws.append(["", "Kunder", "", ""])
    ws.merge_cells("B2:D2")
    ws.append(["Periode", "Kunder ved periodens start", "Kunder ved periodens slutning", "Nye kunder"])
    ws.append(["2024-01", 100, 95, 10])
    ws.cell(4, 9).value = " "  # a stray cell far right: an empty trailing column
    for _ in range(3):
        ws.append([])
    wb.save(tmp_path / "m.xlsx")
    r = import_file(tmp_path / "m.xlsx")
    assert r.raw.header_row == 3 and r.data["source_row"].tolist() == [4]
    assert r.data["customers_end"].tolist() == [95]


def test_percent_text_and_percent_cells(tmp_path):
    text = write_xlsx(tmp_path / "t.xlsx", [["Periode", "Dækningsgrad"], ["2024-01", "12%"], ["2024-02", "40 %"]])
    assert import_file(text).data["gross_margin_pct"].tolist() == [12.0, 40.0]
    cells = write_xlsx(tmp_path / "c.xlsx", [["Periode", "Dækningsgrad"], ["2024-01", 0.12], ["2024-02", 0.4]])
    r = import_file(cells)
    assert r.data["gross_margin_pct"].tolist() == pytest.approx([12.0, 40.0])
    assert [p.code for p in r.warnings] == ["percent_fraction"] and r.warnings[0].row == 2


def test_day_month_ambiguity_is_reported(tmp_path):
    path = write_csv(tmp_path / "d.csv", "Kunde-ID;Ordredato;Beløb\nA;01-02-2024;5\nB;03-04-2024;6\n")
    r = import_file(path)
    assert r.data["order_date"].tolist()[0] == dt.datetime(2024, 2, 1)
    (w,) = r.warnings
    assert (w.code, w.row, w.column_label) == ("ambiguous_day_month", 2, 'B "Ordredato"')


def test_unknown_text_date_names_row_and_column(tmp_path, capsys):
    path = write_csv(tmp_path / "d.csv", "Kunde-ID;Ordredato;Beløb\nA;2024-01-05;5\nB;tomorrow;6\n")
    code, err = cli(capsys, path)
    assert code == 2 and err.startswith("d.csv, row 3, column B \"Ordredato\": 'tomorrow' is not a date")


def test_blank_customer_is_a_guest_left_out_with_one_warning(tmp_path, capsys):
    # METRICS.md section 3 "Real exports": guest rows are left out; a warning counts them and their amount.
    path = write_xlsx(tmp_path / "o.xlsx", [["Kunde-ID", "Ordredato", "Beløb"], ["A", dt.datetime(2024, 1, 2), 5],
                                            [None, dt.datetime(2024, 1, 3), 7]])
    code = main([str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    assert doc["summary"]["revenue"] == 5.0 and doc["summary"]["customers"] == 1
    assert [w["message"] for w in doc["warnings"] if "guest" in w["message"]] == [
        "rows without a customer (guest orders): 1, net amount 7; they are left out of every figure"]


def test_only_guests_is_an_error(tmp_path, capsys):
    path = write_xlsx(tmp_path / "o.xlsx", [["Kunde-ID", "Ordredato", "Beløb"], [None, dt.datetime(2024, 1, 2), 5]])
    code, err = cli(capsys, path)
    assert code == 2 and err.startswith("o.xlsx, sheet 'Data', column A \"Kunde-ID\": no row has a customer id (1 row)")


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice makes the .xls and .ods files (installed by .ci/run)")
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods_are_read(tmp_path, fmt):
    source = write_xlsx(tmp_path / "src.xlsx", [["Titel"], ["Periode", "Kunder ved periodens start", "Nye kunder"],
                                                ["2024-01", 100, 7.5], ["2024-02", 120, "x"]])
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to", fmt,
                    "--outdir", str(tmp_path / "out"), str(source)], check=True, capture_output=True, timeout=180)
    r = import_file(tmp_path / "out" / f"src.{fmt}")
    assert r.kind == "periods" and r.data["customers_start"].tolist() == [100, 120]
    (err,) = r.errors
    assert (err.code, err.row, err.column_label) == ("not_a_number", 4, 'C "Nye kunder"')
