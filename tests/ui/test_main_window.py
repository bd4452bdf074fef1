"""The desktop app, driven like a person would: typing, importing, pasting, undoing, exporting."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from retention_gui.paths import sample_workbook
from retention_gui.pipeline import Settings, analyse_file
from retention_gui.ui.dialogs import MappingDialog
from retention_gui.ui.main_window import SAMPLE_SHEET, MainWindow

from ..helpers import write_csv, write_xlsx


def type_into(qtbot, window, key: str, text: str) -> None:
    """Type like a person, then pause: the results follow once typing stops (the form's debounce)."""
    field = window.form.fields[key]
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: not window.form.debounce.isActive(), timeout=2000)


def card(window, key: str) -> str:
    return window.overview.cards[key].value.text()


def import_and_wait(qtbot, window, path, **kwargs):
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.import_path(str(path), **kwargs)
    return blocker.args[0]


def test_window_opens_and_closes_cleanly(qtbot, window):
    assert window.right.currentWidget() is window.start_page
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.close()


def test_typing_into_the_form_shows_crr_churn_and_nps(qtbot, window):
    # S=200, E=210, N=30 -> CRR (210-30)/200 = 90 %, churn 20/200 = 10 % (> 7: warned).
    type_into(qtbot, window, "customers_start", "200")
    type_into(qtbot, window, "customers_end", "210")
    type_into(qtbot, window, "new_customers", "30")
    # NPS (50-20)/100 = 30.
    type_into(qtbot, window, "promoters", "50")
    type_into(qtbot, window, "passives", "30")
    type_into(qtbot, window, "detractors", "20")
    assert window.right.currentWidget() is window.results_host
    assert card(window, "crr_pct") == "90.0 %"
    assert card(window, "churn_pct") == "10.0 %"
    assert card(window, "nps") == "30.0"
    churn = window.overview.cards["churn_pct"]
    assert churn.warning.isVisibleTo(window) and "above 7%" in churn.warning.text()
    assert "(210 − 30) / 200 × 100" in window.overview.cards["crr_pct"].toolTip()
    assert window.isWindowModified()


def test_decimal_comma_and_point_are_both_accepted(qtbot, window):
    type_into(qtbot, window, "revenue", "1.000,50")
    type_into(qtbot, window, "orders", "2")
    assert window.analysis.periods["aov"].iloc[0] == pytest.approx(500.25)
    type_into(qtbot, window, "revenue", "1000.5")
    assert window.analysis.periods["aov"].iloc[0] == pytest.approx(500.25)


def test_input_errors_show_inline_next_to_the_field(qtbot, window):
    type_into(qtbot, window, "customers_start", "100")
    type_into(qtbot, window, "customers_end", "150")
    type_into(qtbot, window, "new_customers", "10")
    message = window.form.messages["customers_end"]
    assert message.isVisibleTo(window) and "more customers retained than existed" in message.text()
    type_into(qtbot, window, "new_customers", "-3")
    assert "negative" in window.form.messages["new_customers"].text()
    type_into(qtbot, window, "orders", "abc")
    assert "'abc' is not a number" == window.form.messages["orders"].text()
    type_into(qtbot, window, "new_customers", "60")
    assert not window.form.messages["customers_end"].isVisibleTo(window)


def type_lines(qtbot, widget, lines):
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)
    form = widget.parent()
    while not hasattr(form, "debounce"):
        form = form.parent()
    qtbot.waitUntil(lambda: not form.debounce.isActive(), timeout=2000)


def test_raw_nps_answers_are_counted(qtbot, window):
    type_lines(qtbot, window.form.raw_answers, ["10", "9", "7", "3", "0"])
    assert window.form.fields["promoters"].text() == "2"
    assert window.form.fields["detractors"].text() == "2"
    # (2 - 2) / 5 = 0
    assert card(window, "nps") == "0.0"
    type_lines(qtbot, window.form.raw_answers, ["", "11"])
    assert window.form.raw_message.isVisibleTo(window) and "6" in window.form.raw_message.text()


def test_importing_the_sample_fills_every_tab_with_the_core_numbers(qtbot, window):
    window.open_sample()
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=60_000)
    expected = analyse_file(str(sample_workbook()), sheet=SAMPLE_SHEET, settings=Settings())
    # Tabs are drawn when they are shown, as a person opens them.
    assert window.trends.plot.curves == {}
    window.show_tab(1)
    # Trends: the plotted y-values are the core's.
    for key in ("crr_pct", "churn_pct"):
        y = window.trends.plot.curves[key].getData()[1]
        np.testing.assert_allclose(y, expected.periods[key].to_numpy(dtype=float), equal_nan=True)
    window.trends.set_selected_metrics(["revenue"])
    np.testing.assert_allclose(window.trends.plot.curves["revenue"].getData()[1], expected.periods["revenue"])
    # Overview: the latest period's CRR.
    assert card(window, "crr_pct") == f"{expected.periods['crr_pct'].iloc[-1]:.1f} %"
    # Cohorts, customers, data.
    for i in range(2, window.result_tabs.count()):
        window.show_tab(i)
    assert window.cohorts.model.rowCount() == len(expected.cohorts) + 1  # and the average row
    assert window.cohorts.matrix["+1_pct"].iloc[0] == pytest.approx(expected.cohorts["retention_pct"].iloc[0][1])
    assert window.customers.model.rowCount() == expected.summary["customers"]
    assert window.data_panel.model.rowCount() == len(expected.periods)
    assert all(window.result_tabs.isTabEnabled(i) for i in range(5))
    assert "sample_shop.xlsx" in window.source_label.text()


def test_cancel_stops_an_import_and_changes_nothing(qtbot, window, tmp_path):
    lines = ["customer_id;order_date;amount"] + [f"C{i % 5000};2024-{1 + i % 12:02d}-{1 + i % 28:02d};{i % 90 + 1}"
                                                 for i in range(200_000)]
    path = write_csv(tmp_path / "big.csv", "\n".join(lines))
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.import_path(str(path))
        window.cancel_import()
    assert blocker.args == [False]
    assert window.analysis is None and window.right.currentWidget() is window.start_page
    assert "cancelled" in window.statusBar().currentMessage()


def test_paste_of_a_tab_separated_block_fills_rows_and_undo_restores(qtbot, window):
    window.input_tabs.setCurrentIndex(1)
    window.table_view.setCurrentIndex(window.table_model.index(0, 0))
    QGuiApplication.clipboard().setText("2024-01\t100\t95\t10\n2024-02\t95\t99\t12\n")
    qtbot.keyClick(window.table_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    frame = window.table_model.frame()
    assert frame["period"].tolist() == ["2024-01", "2024-02"]
    assert frame["customers_start"].tolist() == [100, 95]
    # Jan: (95-10)/100 = 85 %; Feb: (99-12)/95.
    assert window.analysis.periods["crr_pct"].tolist() == pytest.approx([85.0, 87 / 95 * 100])
    window.undo_action.trigger()
    assert not window.table_model.has_data()
    window.redo_action.trigger()
    assert window.table_model.frame()["customers_end"].tolist() == [95, 99]


def test_paste_with_a_header_row_maps_the_columns(qtbot, window):
    QGuiApplication.clipboard().setText("Periode\tNye kunder\tKunder ved periodens start\n2024-03\t7\t50\n")
    window.table_view.setCurrentIndex(window.table_model.index(0, 0))
    window.paste_action.trigger()
    row = window.table_model.frame().iloc[0]
    assert (row["period"], row["new_customers"], row["customers_start"]) == ("2024-03", 7, 50)


def test_typing_in_the_table_and_removing_rows_undoes(qtbot, window):
    model = window.table_model
    model.setData(model.index(0, 0), "Q1")
    model.setData(model.index(0, 1), "1.234,5")
    assert model.frame()["customers_start"].iloc[0] == 1234.5
    assert not model.setData(model.index(0, 1), "many")  # refused, value kept
    rows = model.rowCount()
    window.table_view.selectRow(0)
    window.remove_rows_action.trigger()
    assert model.rowCount() == rows - 1 and not model.has_data()
    window.undo_action.trigger()
    assert model.rowCount() == rows and model.frame()["period"].tolist() == ["Q1"]


def test_table_errors_are_marked_on_the_cells(qtbot, window):
    QGuiApplication.clipboard().setText("P1\t10\t30\t5\n")
    window.table_view.setCurrentIndex(window.table_model.index(0, 0))
    window.paste_rows()
    # E - N = 25 > S = 10: the "customers at end" cell of row 1 is marked.
    assert (0, 2) in window.table_model.invalid_cells
    assert window.problems_label.text().startswith("1 input error")


def test_export_writes_the_shown_values(qtbot, window, tmp_path, monkeypatch):
    from ..io.test_workbook import SOFFICE, recalculate

    type_into(qtbot, window, "customers_start", "200")
    type_into(qtbot, window, "customers_end", "210")
    type_into(qtbot, window, "new_customers", "30")
    target = tmp_path / "results.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.export_action.trigger()
    ws = load_workbook(target)["Periods"]
    header = [c.value for c in ws[1]]
    col = header.index("crr_pct") + 1
    assert ws.cell(2, header.index("customers_start") + 1).value == 200
    assert ws.cell(2, col).value.startswith("=IF(")  # a live formula over the typed inputs
    if SOFFICE:
        exported = load_workbook(recalculate(target, tmp_path), data_only=True)["Periods"].cell(2, col).value
        assert exported == pytest.approx(90.0)
        assert card(window, "crr_pct") == f"{exported:.1f} %"


def test_export_to_a_locked_file_offers_retry_or_another_name(qtbot, window, tmp_path, monkeypatch):
    type_into(qtbot, window, "customers_start", "10")
    from retention_gui.io import workbook

    real = workbook.write_results
    calls = {"n": 0}

    def locked_once(analysis, target, header_name=None, translate=None):
        calls["n"] += 1
        if calls["n"] == 1:
            raise PermissionError(13, "Permission denied", str(target))
        real(analysis, target, header_name, translate)

    monkeypatch.setattr(workbook, "write_results", locked_once)
    asked = []
    monkeypatch.setattr(window.exporter, "ask_locked_target", lambda path: asked.append(path) or "retry")
    target = tmp_path / "locked.xlsx"
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        window.export_to(str(target))
    assert asked == [str(target)] and blocker.args == [str(target)] and target.exists()


def test_mapping_dialog_maps_unknown_headers(qtbot, window, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "odd.xlsx", [
        ["Klient nr", "Tidspunkt", "Sum i alt"],
        ["A", dt.datetime(2024, 1, 5), 100],
        ["A", dt.datetime(2024, 2, 5), 50],
        ["B", dt.datetime(2024, 2, 9), 70],
    ])
    seen = {}

    def choose(dialog: MappingDialog) -> int:
        seen["preview_rows"] = dialog.preview.rowCount()
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("transactions"))
        dialog.boxes["customer_id"].setCurrentIndex(dialog.boxes["customer_id"].findData(0))
        dialog.boxes["order_date"].setCurrentIndex(dialog.boxes["order_date"].findData(1))
        dialog.boxes["amount"].setCurrentIndex(dialog.boxes["amount"].findData(2))
        dialog._on_buttons_accepted()
        return dialog.result()

    import retention_gui.io.reader as reader
    import retention_gui.ui.import_flow as import_flow

    reads = []
    real_read = reader.read_raw

    def counted_read(*args, **kwargs):
        reads.append(args[0])
        return real_read(*args, **kwargs)

    monkeypatch.setattr(reader, "read_raw", counted_read)
    monkeypatch.setattr(import_flow, "read_raw", counted_read)
    monkeypatch.setattr(MappingDialog, "exec", choose)
    window.import_path(str(path))
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=30_000)
    assert seen["preview_rows"] == 3
    assert len(reads) == 1  # read once: for the mapping dialog and for the import with the chosen columns
    assert window.analysis.kind == "transactions"
    assert window.analysis.summary["revenue"] == 220.0 and window.analysis.summary["customers"] == 2


def test_mapping_dialog_insists_on_required_columns(qtbot, tmp_path):
    from retention_gui.io.reader import read_raw

    path = write_xlsx(tmp_path / "odd.xlsx", [["x", "y"], [1, 2]])
    dialog = MappingDialog(read_raw(path), "transactions")
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert dialog.result() == 0 and "Customer ID" in dialog.message.text()


def test_bad_cells_are_listed_and_the_rest_still_shown(qtbot, window, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "p.xlsx", [["Periode", "Kunder ved periodens start", "Kunder ved periodens slutning",
                                             "Nye kunder"], ["2024-01", 100, 90, 5], ["2024-02", "mange", 90, 5]])
    listed = {}
    from retention_gui.ui import dialogs

    monkeypatch.setattr(dialogs.ProblemsDialog, "exec", lambda self: listed.setdefault(
        "items", self.lines))
    assert import_and_wait(qtbot, window, path)
    assert listed["items"] == ["p.xlsx, sheet 'Data', row 3, column B \"Kunder ved periodens start\": error: 'mange' is not a number"]
    assert window.analysis.periods["crr_pct"].iloc[0] == 85.0


def test_a_broken_file_gives_a_message_not_a_crash(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"garbage" * 100)
    shown = []
    from retention_gui.ui import import_flow

    monkeypatch.setattr(import_flow, "show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    assert import_and_wait(qtbot, window, path) is False or shown
    qtbot.waitUntil(lambda: bool(shown))
    assert "broken.xlsx" in shown[0] and "could not be read" in shown[0]


def test_several_sheets_ask_which_one(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    asked = {}

    def pick(parent, title, label, items, current, editable):
        asked["items"] = list(items)
        return "NPS", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    import_and_wait(qtbot, window, sample_workbook())
    assert asked["items"] == ["Nøgletal", "Ordrer", "NPS"]
    assert window.analysis.kind == "nps" and card(window, "nps") != "–"


def test_unsaved_typing_prompts_before_new(qtbot, window, monkeypatch):
    type_into(qtbot, window, "customers_start", "10")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: next(answers))
    window.new_action.trigger()
    assert window.form.fields["customers_start"].text() == "10"
    window.new_action.trigger()
    assert window.form.fields["customers_start"].text() == "" and not window.dirty


def test_project_save_and_open_round_trip(qtbot, window, tmp_path, monkeypatch):
    type_into(qtbot, window, "customers_start", "200")
    type_into(qtbot, window, "customers_end", "210")
    type_into(qtbot, window, "new_customers", "30")
    target = tmp_path / "shop.retention"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.document.saved, timeout=10_000):
        window.save_action.trigger()  # written in the task runner
    assert target.exists() and not window.dirty
    other = MainWindow()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.document.opened, timeout=10_000):
        other.open_path(str(target))
    assert other.form.fields["customers_end"].text() == "210"
    assert other.overview.cards["crr_pct"].value.text() == "90.0 %"


def test_drop_a_file_onto_the_window_imports_it(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "n.csv", "NPS\n10\n9\n0\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.dropEvent(event)
    assert window.analysis.nps["nps"] == pytest.approx(100 / 3)


def test_settings_change_the_frequency_and_thresholds(qtbot, window, monkeypatch):
    from retention_gui.ui.dialogs import SettingsDialog

    def accept(dialog):
        dialog.thresholds["churn_pct_above"].setValue(12.0)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    type_into(qtbot, window, "customers_start", "200")
    type_into(qtbot, window, "customers_end", "210")
    type_into(qtbot, window, "new_customers", "30")
    assert window.overview.cards["churn_pct"].warning.text()
    window.settings_action.trigger()
    assert window.settings.thresholds["churn_pct_above"] == 12.0
    assert not window.overview.cards["churn_pct"].warning.text()  # 10 % is not above 12 %


def test_settings_and_recent_files_live_in_the_test_folder(qtbot, window, tmp_path):
    from retention_gui.ui.settings import AppSettings

    AppSettings().add_recent_file("/x/y.xlsx")
    assert (tmp_path / "settings").exists()
    assert AppSettings().recent_files()[0] == "/x/y.xlsx"


def test_trends_read_out_and_export_png_and_csv(qtbot, window, tmp_path, monkeypatch):
    window.open_sample()
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=60_000)
    window.show_tab(1)
    window.trends.set_selected_metrics(["crr_pct", "revenue"])
    assert len(window.trends.plot.plots) == 2  # percent and money on their own axes
    window.trends.show_readout(13)
    text = window.trends.readout.text()
    assert "2024-02" in text and "Customer retention rate %" in text
    png, csv_path = tmp_path / "t.png", tmp_path / "t.csv"
    answers = iter([(str(png), ""), (str(csv_path), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    window.trends.png_button.click()
    window.trends.csv_button.click()
    assert png.stat().st_size > 5_000
    import pandas as pd

    saved = pd.read_csv(csv_path)
    assert list(saved.columns) == ["period", "crr_pct", "revenue"]
    np.testing.assert_allclose(saved["revenue"], window.analysis.periods["revenue"])


def test_customers_sort_and_find(qtbot, window):
    window.open_sample()
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=60_000)
    window.show_tab(3)
    panel = window.customers
    revenue = panel.model.frame()["revenue"]
    assert revenue.is_monotonic_decreasing  # biggest customers first
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # orders
    assert panel.model.frame()["orders"].is_monotonic_increasing
    qtbot.keyClicks(panel.filter, "K001")
    ids = panel.model.frame()["customer_id"].tolist()
    assert ids and all("K001" in i for i in ids)
    assert panel.model.frame()["orders"].is_monotonic_increasing  # the sort is kept while finding


@pytest.mark.parametrize("case", ["empty", "noise", "encrypted", "uncalculated"])
def test_bad_files_say_the_same_in_the_window_as_on_the_command_line(qtbot, window, tmp_path, monkeypatch, capsys, case):
    from retention_gui.cli import main as cli_main
    from retention_gui.ui import import_flow
    from retention_gui.ui.dialogs import error_text

    path = tmp_path / f"{case}.xlsx"
    if case == "empty":
        path.write_bytes(b"")
    elif case == "noise":
        path.write_bytes(bytes(range(256)) * 8)
    elif case == "encrypted":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)
    else:
        write_xlsx(path, [["Periode", "Nye kunder"], ["2024-01", "=1+1"]])
    shown = []
    monkeypatch.setattr(import_flow, "show_error", lambda parent, exc, title=None: shown.append(error_text(exc)))
    window.import_path(str(path))
    qtbot.waitUntil(lambda: bool(shown) and window.worker is None, timeout=30_000)
    assert cli_main([str(path)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == shown[0].splitlines()[0]
    assert window.analysis is None


def test_undated_nps_answers_warn_on_the_card(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "n.csv", "NPS\n0\n10\n3\n")
    import_and_wait(qtbot, window, path)
    assert card(window, "nps") == "-33.3"
    assert "NPS below 0" in window.overview.cards["nps"].warning.text()


def test_language_choice_is_remembered(qtbot, window):
    from retention_gui.ui.settings import AppSettings

    window.language_actions["da"].trigger()
    assert AppSettings().language() == "da"
    assert window.language_actions["da"].isChecked() and not window.language_actions["sv"].isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_a_periods_sheet_is_analysed_once_and_its_problems_name_the_excel_rows(qtbot, window, tmp_path, monkeypatch):
    import retention_gui.pipeline as pipeline
    from retention_gui.ui.dialogs import ProblemsDialog

    calls = []
    real = pipeline.analyse_periods
    monkeypatch.setattr(pipeline, "analyse_periods", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: 0)
    # Headers on Excel row 3; row 5 retains E - N = 200 - 5 = 195 of 90 customers.
    path = write_xlsx(tmp_path / "tal.xlsx", [["Kundetal 2024"], [],
                                              ["Periode", "Kunder ved start", "Kunder ved slut", "Nye kunder"],
                                              ["2024-01", 100, 90, 5], ["2024-02", 90, 200, 5]], title="Tal")
    assert import_and_wait(qtbot, window, path)
    assert len(calls) == 1  # not once in the worker and again for the table
    errors = [(p.code, p.row, p.file, p.sheet) for p in window.analysis.errors]
    assert errors == [("retained_more_than_existed", 5, "tal.xlsx", "Tal")]
    assert errors == [(p.code, p.row, p.file, p.sheet) for p in analyse_file(str(path), strict=False).errors]
    assert window.analysis.periods["crr_pct"].iloc[0] == 85.0  # (90 - 5) / 100


def test_a_settings_change_analyses_the_imported_orders_again_without_reading_the_file(
        qtbot, window, tmp_path, monkeypatch):
    import shutil

    from retention_gui.ui.dialogs import SettingsDialog

    copy = tmp_path / "butik.xlsx"
    shutil.copy(sample_workbook(), copy)
    assert import_and_wait(qtbot, window, copy, sheet="Ordrer")
    monthly = window.analysis.periods["period"].tolist()
    assert monthly[0].count("-") == 1 and "Q" not in monthly[0]
    copy.unlink()  # the file is gone: the new settings must use what was read

    def quarterly(dialog):
        dialog.frequency.setCurrentIndex(dialog.frequency.findData("quarter"))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", quarterly)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: window.worker is None and "Q" in str(window.analysis.periods["period"].iloc[0]),
                    timeout=30_000)
    expected = analyse_file(str(sample_workbook()), sheet="Ordrer", settings=Settings(frequency="quarter"))
    assert window.analysis.periods["period"].tolist() == expected.periods["period"].tolist()
    assert window.analysis.periods["revenue"].tolist() == expected.periods["revenue"].tolist()
