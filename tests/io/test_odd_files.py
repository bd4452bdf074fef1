"""Odd but valid files (issue 11): each is read right, or refused with a message naming the real cause.

Every odd file is built here, part by part (zip members and XML written by the test), except a few
tiny workbooks from calamine's own test suite in tests/data/calamine (MIT; see tests/data/README.md).
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from retention_gui.cli import main
from retention_gui.core.errors import InputError
from retention_gui.io.reader import import_file, read_raw, visible_sheets
from retention_gui.messages import TEMPLATES, format_problem

from ..helpers import write_csv

DATA = Path(__file__).resolve().parents[1] / "data" / "calamine"
ROOT = Path(__file__).resolve().parents[2]

TRANSITIONAL = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
STRICT = ("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://purl.oclc.org/ooxml/officeDocument/relationships")
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


# ---------------------------------------------------------------- builders


def raw_xlsx(path: Path, sheet_data: str, strings: list[str] | None = None, strict: bool = False,
             strings_part: str = "sharedStrings.xml", hidden_first: bool = False) -> Path:
    """A workbook written member by member: one sheet "Ark1" whose <sheetData> is ``sheet_data``."""
    main_ns, rel_ns = STRICT if strict else TRANSITIONAL
    sheets = [("Ark1", "sheet1.xml", "")]
    if hidden_first:
        sheets.insert(0, ("Skjult", "sheet0.xml", ' state="hidden"'))
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/{part}" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for _, part, _ in sheets)
    if strings is not None:
        overrides += (f'<Override PartName="/xl/{strings_part}" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + '</Types>')
    package_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                    f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    conformance = ' conformance="strict"' if strict else ""
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>'
                         for i, (name, _, state) in enumerate(sheets))
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main_ns}" xmlns:r="{rel_ns}"{conformance}>'
                f'<sheets>{sheet_list}</sheets></workbook>')
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{rel_ns}/worksheet" Target="worksheets/{part}"/>'
                   for i, (_, part, _) in enumerate(sheets))
    if strings is not None:
        rels += f'<Relationship Id="rId99" Type="{rel_ns}/sharedStrings" Target="{strings_part}"/>'
    workbook_rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{rels}</Relationships>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", package_rels)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for name, part, _ in sheets:
            body = sheet_data if name == "Ark1" else '<row r="1"><c r="A1" t="inlineStr"><is><t>hemmelig</t></is></c></row>'
            zf.writestr(f"xl/worksheets/{part}", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main_ns}" '
                                                  f'xmlns:r="{rel_ns}"><sheetData>{body}</sheetData></worksheet>')
        if strings is not None:
            items = "".join(f"<si><t>{s}</t></si>" for s in strings)
            zf.writestr(f"xl/{strings_part}", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main_ns}" '
                                              f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    return path


def s_cell(index: int, ref: str | None = None) -> str:
    at = f' r="{ref}"' if ref else ""
    return f'<c{at} t="s"><v>{index}</v></c>'


def n_cell(value: float, ref: str | None = None) -> str:
    at = f' r="{ref}"' if ref else ""
    return f"<c{at}><v>{value}</v></c>"


def row(cells: str, r: int | None = None) -> str:
    return f'<row r="{r}">{cells}</row>' if r else f"<row>{cells}</row>"


PERIOD_STRINGS = ["Periode", "Nye kunder", "2024-01", "2024-02"]
# Periode | Nye kunder / 2024-01 | 5 / 2024-02 | 7, cells addressed as Excel writes them
PERIOD_ROWS = (row(s_cell(0, "A1") + s_cell(1, "B1"), 1) + row(s_cell(2, "A2") + n_cell(5, "B2"), 2)
               + row(s_cell(3, "A3") + n_cell(7, "B3"), 3))


def assert_two_periods(result) -> None:
    assert result.kind == "periods"
    assert result.data["period"].tolist() == ["2024-01", "2024-02"]
    assert result.data["new_customers"].tolist() == [5, 7]
    assert result.data["source_row"].tolist() == [2, 3]


def cfb(stream: bytes) -> bytes:
    """A minimal OLE compound file (what .xls is) holding one "Workbook" stream: header, one FAT
    sector, one directory sector, then the stream's sectors."""
    end, free, fat_sector, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    sectors = max(1, -(-len(stream) // 512))
    fat = [fat_sector, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = bytearray(b"\xff" * 512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[8:24] = bytes(16)
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    header[34:44] = bytes(10)
    # FAT sectors: 1; first directory sector: 1; mini stream cutoff 4096; no mini FAT; no extra DIFAT; DIFAT[0] = 0
    struct.pack_into("<IIIIIIIII", header, 44, 1, 1, 0, 4096, end, 0, end, 0, 0)

    def entry(name: str, kind: int, child: int = none, start: int = end, size: int = 0) -> bytes:
        e = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
        e[0:len(encoded)] = encoded
        struct.pack_into("<HBBIII", e, 64, len(encoded), kind, 1, none, none, child)
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)

    directory = entry("Root Entry", 5, child=1) + entry("Workbook", 2, start=2, size=len(stream)) + entry("", 0) * 2
    return bytes(header) + struct.pack("<128I", *fat) + directory + stream.ljust(sectors * 512, b"\0")


def garbled_xls() -> bytes:
    """A BIFF8 workbook stream whose sheet record (BoundSheet8) claims a stream position far past its
    end: calamine 0.36 panics on it ("range start index ... out of range")."""
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    bound_sheet = struct.pack("<HH", 0x0085, 200) + b"\x01" * 40
    return cfb((bof + bound_sheet).ljust(4096, b"\0"))


def ods(path: Path, rows_xml: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Ark1">' + rows_xml
               + "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_row(*cells: object, repeat: int | None = None) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    xml = "".join(
        f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>'
        if isinstance(c, (int, float)) else
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in cells)
    return f"<table:table-row{rep}>{xml}</table:table-row>"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "1"}
    return subprocess.run([sys.executable, "-m", "retention_gui.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def refused(path: Path, **kwargs) -> list:
    with pytest.raises(InputError) as info:
        import_file(path, **kwargs)
    for p in info.value.problems:
        assert p.code in TEMPLATES
    return info.value.problems


# ---------------------------------------------------------------- 1-3: workbook structure


def test_strict_open_xml_workbook_is_read_with_its_values(tmp_path):
    path = raw_xlsx(tmp_path / "strict.xlsx", PERIOD_ROWS, PERIOD_STRINGS, strict=True)
    assert visible_sheets(path) == ["Ark1"]
    assert_two_periods(import_file(path))


def test_strict_workbook_keeps_hidden_sheets_hidden(tmp_path):
    path = raw_xlsx(tmp_path / "strict.xlsx", PERIOD_ROWS, PERIOD_STRINGS, strict=True, hidden_first=True)
    assert visible_sheets(path) == ["Ark1"]
    r = import_file(path)
    assert r.sheet == "Ark1"
    assert_two_periods(r)


def test_rows_and_cells_without_r_attributes_are_read_in_order(tmp_path):
    # No r= anywhere: rows follow each other and cells follow each other.
    bare = row(s_cell(0) + s_cell(1)) + row(s_cell(2) + n_cell(5)) + row(s_cell(3) + n_cell(7))
    assert_two_periods(import_file(raw_xlsx(tmp_path / "bare.xlsx", bare, PERIOD_STRINGS)))


def test_rows_without_r_follow_the_last_numbered_row(tmp_path):
    # A title on row 1, a gap, the header on row 3 (numbered), then data rows without r= (rows 4 and 5);
    # the second data row skips column A by address: its period cell is empty.
    strings = ["Rapport", *PERIOD_STRINGS]
    sheet = (row(s_cell(0, "A1"), 1) + row(s_cell(1, "A3") + s_cell(2, "B3"), 3)
             + row(s_cell(3) + n_cell(5)) + row(s_cell(4) + n_cell(7)))
    r = import_file(raw_xlsx(tmp_path / "mixed.xlsx", sheet, strings))
    assert r.raw.header_row == 3
    assert r.data["period"].tolist() == ["2024-01", "2024-02"]
    assert r.data["new_customers"].tolist() == [5, 7]
    assert r.data["source_row"].tolist() == [4, 5]


def test_shared_strings_part_with_a_capital_s_is_found_through_the_relationships(tmp_path):
    path = raw_xlsx(tmp_path / "caps.xlsx", PERIOD_ROWS, PERIOD_STRINGS, strings_part="SharedStrings.xml")
    assert "xl/SharedStrings.xml" in zipfile.ZipFile(path).namelist()
    assert_two_periods(import_file(path))


def test_header_peek_reads_namespace_prefixed_parts():
    # calamine's nonstandard-xml-ns-prefix.xlsx: every element written as <x:row>, <x:c>, ...
    raw = read_raw(DATA / "nonstandard-xml-ns-prefix.xlsx")
    assert raw.headers == ["a", "b"] and raw.header_row == 1
    assert raw.data[0].tolist() == [1, 2] and raw.data[1].tolist() == [3, 4]


# ---------------------------------------------------------------- 4: header far down


def test_header_below_row_20_after_blank_rows(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.cell(25, 1, "Periode")
    ws.cell(25, 2, "Nye kunder")
    ws.cell(26, 1, "2024-01")
    ws.cell(26, 2, 5)
    ws.cell(27, 1, "2024-02")
    ws.cell(27, 2, 7)
    wb.save(tmp_path / "low.xlsx")
    r = import_file(tmp_path / "low.xlsx")
    assert r.raw.header_row == 25
    assert r.data["new_customers"].tolist() == [5, 7] and r.data["source_row"].tolist() == [26, 27]


def test_header_below_a_long_preamble_and_below_row_200(tmp_path):
    wb = Workbook()
    ws = wb.active
    for i in range(1, 31):
        ws.cell(i, 1, f"Eksporteret af kassesystemet, linje {i}")
    ws.cell(240, 1, "Periode")
    ws.cell(240, 2, "Nye kunder")
    ws.cell(241, 1, "2024-01")
    ws.cell(241, 2, 5)
    wb.save(tmp_path / "preamble.xlsx")
    r = import_file(tmp_path / "preamble.xlsx")
    assert (r.raw.header_row, r.data["new_customers"].tolist(), r.data["source_row"].tolist()) == (240, [5], [241])


def test_a_table_at_the_top_is_not_searched_further_for_a_header(tmp_path):
    # Unknown column names on row 1 (mapped by hand later); a data row further down happens to hold
    # words that are header names elsewhere: it must not become the header.
    wb = Workbook()
    ws = wb.active
    ws.append(["Nummer", "Tekst"])
    for i in range(2, 300):
        ws.append([i, "Periode" if i == 25 else f"linje {i}"])
    ws.cell(25, 3, "Nye kunder")
    wb.save(tmp_path / "top.xlsx")
    raw = read_raw(tmp_path / "top.xlsx")
    assert raw.header_row == 1 and raw.headers[:2] == ["Nummer", "Tekst"] and len(raw.data) == 298


def test_csv_header_below_row_20(tmp_path):
    text = "Rapport fra webshoppen\n" + "\n" * 29 + "Kunde-ID;Ordredato;Beløb\nA;2024-01-05;5\nB;2024-01-06;6\n"
    r = import_file(write_csv(tmp_path / "low.csv", text))
    assert r.raw.header_row == 31
    assert r.data["customer_id"].tolist() == ["A", "B"] and r.data["source_row"].tolist() == [32, 33]


def test_sheet_without_any_column_names_says_so(tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws.cell(3, 2, 10)  # a header row whose only cell is a number: no names at all
    ws.cell(4, 2, 12)
    wb.save(tmp_path / "numbers.xlsx")
    (p,) = refused(tmp_path / "numbers.xlsx")
    assert p.code in ("no_column_names", "unknown_kind")
    wb = Workbook()
    wb.active.title = "Ark1"
    wb.active.cell(2, 1, dt.datetime(2024, 1, 1))
    wb.active.cell(2, 2, " ")
    wb.active.cell(3, 1, dt.datetime(2024, 1, 2))
    wb.save(tmp_path / "blankhead.xlsx")
    (p,) = refused(tmp_path / "blankhead.xlsx", header_row=2)
    assert p.code == "no_column_names"
    assert format_problem(p) == ("blankhead.xlsx, sheet 'Ark1': the first row with data has no column names; "
                                 "add a header row or map the columns by hand")


# ---------------------------------------------------------------- 5-6: text files


def test_csv_whose_first_data_row_is_shorter_than_the_header_is_padded(tmp_path):
    path = write_csv(tmp_path / "short.csv", "Kunde-ID;Ordredato;Beløb;Land\nA;2024-01-05;5\nB;2024-01-06;6,5;DK\nC;2024-01-07;7\n")
    r = import_file(path)
    assert r.data["customer_id"].tolist() == ["A", "B", "C"]
    assert r.data["amount"].tolist() == [5.0, 6.5, 7.0]
    assert r.data["source_row"].tolist() == [2, 3, 4]
    assert r.raw.data[3].isna().tolist() == [True, False, True]


def test_csv_whose_rows_are_all_shorter_than_the_header(tmp_path):
    path = write_csv(tmp_path / "short.csv", "Periode,Nye kunder,Kunder ved periodens start\n2024-01,5\n2024-02,7\n")
    r = import_file(path)
    assert r.data["new_customers"].tolist() == [5, 7]
    assert r.data["customers_start"].isna().all()


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
                         ids=["LE with BOM (Excel)", "BE with BOM", "LE without BOM"])
def test_excel_unicode_text_export_is_decoded(tmp_path, encoding, bom):
    text = "Kunde-ID\tOrdredato\tBeløb\r\nÅse Ødegård\t2024-01-05\t5\r\nJörg\t2024-01-06\t6.5\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + text.encode(encoding))
    r = import_file(path)
    assert r.raw.headers == ["Kunde-ID", "Ordredato", "Beløb"]
    assert r.data["customer_id"].tolist() == ["Åse Ødegård", "Jörg"]
    assert r.data["order_date"].tolist() == [dt.datetime(2024, 1, 5), dt.datetime(2024, 1, 6)]
    assert r.data["amount"].tolist() == [5.0, 6.5]


# ---------------------------------------------------------------- 7: mixed unused column


def test_an_unused_column_mixing_date_times_and_durations_does_not_refuse_the_sheet(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Kunde-ID", "Ordredato", "Beløb", "Noter"])
    ws.append(["A", dt.datetime(2024, 1, 5), 5, dt.datetime(2024, 1, 5, 10, 30)])
    ws.append(["B", dt.datetime(2024, 1, 6), 6, dt.timedelta(hours=3)])
    wb.save(tmp_path / "mixed.xlsx")
    r = import_file(tmp_path / "mixed.xlsx")
    assert r.kind == "transactions"
    assert r.data["amount"].tolist() == [5, 6]
    assert r.data["order_date"].tolist() == [dt.datetime(2024, 1, 5), dt.datetime(2024, 1, 6)]
    assert [p.code for p in r.problems] == ["unmapped_columns"]


def test_calamines_date_workbook_with_a_duration_among_dates_is_read():
    raw = read_raw(DATA / "date.xlsx")  # column A: two dates and a duration
    assert raw.data.shape == (2, 2)
    assert raw.data[1].tolist() == [16, 17]


# ---------------------------------------------------------------- 8: panics and calamine's log lines


def test_malformed_xls_that_makes_calamine_panic_is_refused_as_damaged(tmp_path):
    path = tmp_path / "garbled.xls"
    path.write_bytes(garbled_xls())
    (p,) = refused(path)
    assert p.code == "damaged_file"
    assert format_problem(p) == ("garbled.xls: the file is damaged or is not a real .xls file; "
                                 "open it in the program that made it and save it again")


def test_calamines_own_panicking_workbook_is_refused_as_damaged():
    (p,) = refused(DATA / "ptgexp-truncated-operand.xls")
    assert (p.code, p.file) == ("damaged_file", "ptgexp-truncated-operand.xls")


def test_cli_on_a_panicking_xls_prints_only_the_apps_message(tmp_path):
    (tmp_path / "garbled.xls").write_bytes(garbled_xls())
    done = run_cli("garbled.xls", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("garbled.xls: the file is damaged or is not a real .xls file; "
                           "open it in the program that made it and save it again\n")


def test_cli_keeps_calamines_log_lines_off_stderr(tmp_path):
    # More repeated rows than a sheet can hold: calamine caps them and logs "ods row repeat count capped".
    ods(tmp_path / "repeat.ods", ods_row("Periode", "Nye kunder") + ods_row("2024-01", 5) + ods_row("2024-02", 7)
        + ods_row(repeat=1_048_570) + ods_row(repeat=5000) + ods_row("2099-01", 1))
    done = run_cli("repeat.ods", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert '"period": "2024-01"' in done.stdout


def test_cli_refuses_an_ods_asking_for_billions_of_cells_in_one_line():
    problems = refused(DATA / "issue_594_dos.ods")
    assert [p.code for p in problems] == ["unreadable_file"] and "Cell limit exceeded" in problems[0].values["detail"]


class FakePanic(BaseException):
    """Stands in for pyo3_runtime.PanicException (same name, a BaseException, not an Exception)."""


FakePanic.__name__ = "PanicException"


def test_no_panic_escapes_import_file_or_analyse_file(tmp_path, monkeypatch):
    from retention_gui import pipeline
    from retention_gui.io import reader

    path = write_csv(tmp_path / "p.csv", "Periode;Nye kunder\n2024-01;5\n")

    def panics(*args, **kwargs):
        raise FakePanic("index out of bounds")

    monkeypatch.setattr(reader, "_read_csv", panics)
    with pytest.raises(InputError) as info:
        import_file(path)
    assert [p.code for p in info.value.problems] == ["damaged_file"]
    with pytest.raises(InputError):
        pipeline.analyse_file(str(path))
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "analyse_frame", panics)
    with pytest.raises(RuntimeError):  # not a file problem: reported as a bug, and caught as an Exception
        pipeline.analyse_file(str(path))


def test_keyboard_interrupt_still_passes_through(tmp_path, monkeypatch):
    from retention_gui.io import reader

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(reader, "_read_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_file(write_csv(tmp_path / "p.csv", "Periode;Nye kunder\n2024-01;5\n"))


# ---------------------------------------------------------------- 9: CLI output


def periods_csv(folder: Path) -> Path:
    return write_csv(folder / "p.csv", "Periode;Kunder ved periodens start;Kunder ved periodens slutning;Nye kunder\n"
                                       "2024-01;100;95;10\n2024-02;95;99;12\n")


def test_output_pointed_at_the_input_is_refused(tmp_path, capsys):
    source = periods_csv(tmp_path)
    before = source.read_bytes()
    assert main([str(source), "-o", str(source)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == ("p.csv: the results would overwrite the file being read; "
                                 "choose another name for the results\n")
    (tmp_path / "sub").mkdir()
    assert main([str(source), "-o", str(tmp_path / "sub" / ".." / "p.csv")]) == 2
    (tmp_path / "link.csv").symlink_to(source)
    assert main([str(tmp_path / "link.csv"), "-o", str(source)]) == 2
    os.link(source, tmp_path / "hard.csv")
    assert main([str(source), "-o", str(tmp_path / "hard.csv")]) == 2
    capsys.readouterr()
    assert source.read_bytes() == before


def test_output_beside_the_input_is_written(tmp_path, capsys):
    source = periods_csv(tmp_path)
    assert main([str(source), "-o", str(tmp_path / "p.xlsx")]) == 0
    assert (tmp_path / "p.xlsx").stat().st_size > 0


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    periods_csv(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["p.csv"], ["p.csv", "--json"]):
        child = subprocess.Popen([sys.executable, "-m", "retention_gui.cli", *args], cwd=tmp_path, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        child.stdout.close()  # the reader is gone before anything is written
        err = child.stderr.read().decode()
        child.stderr.close()
        assert child.wait(timeout=120) == 141
        assert err == ""


def test_piping_into_head_prints_the_first_line_only(tmp_path):
    periods_csv(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(f'"{sys.executable}" -m retention_gui.cli p.csv | head -1; echo "status=${{PIPESTATUS[0]}}"',
                          shell=True, executable="/bin/bash", cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    first, status = done.stdout.splitlines()
    assert first == "p.csv: periods"
    assert status in ("status=0", "status=141")
    assert done.stderr == ""
