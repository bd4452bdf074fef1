"""The main window: menus and shortcuts, input on the left, result tabs on the right, workers for files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InputError, Problem
from ..io.headers import detect_kind
from ..io.project import load_project, save_project
from ..io.reader import CSV_SUFFIXES, EXCEL_SUFFIXES, ImportResult, RawSheet, read_raw, visible_sheets
from ..paths import sample_workbook
from ..pipeline import Analysis, Settings, analyse_file, analyse_frame
from .dialogs import HelpDialog, MappingDialog, ProblemsDialog, SettingsDialog, show_about, show_error
from .forms import QuickForm
from .models import PERIOD_TABLE_COLUMNS, PeriodTableModel
from .panels.overview import OverviewPanel
from .panels.tables import CohortsPanel, CustomersPanel, DataPanel
from .panels.trends import TrendsPanel
from .settings import AppSettings
from .worker import Worker, start_worker

__all__ = ["MainWindow", "LoadResult", "load_and_analyse"]

log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = EXCEL_SUFFIXES + CSV_SUFFIXES
PROJECT_SUFFIX = ".retention"
SAMPLE_SHEET = "Ordrer"
AUTOSAVE_MS = 60_000


@dataclass
class LoadResult:
    """What a file import produced: an analysis, or a sheet that needs a column mapping."""

    path: str
    imported: ImportResult | None = None
    analysis: Analysis | None = None
    needs_mapping: RawSheet | None = None
    suggested_kind: str = "transactions"


def load_and_analyse(path: str, sheet: str | None, mapping: dict[str, int] | None, kind: str,
                     settings: Settings, progress: Callable[[float], None], cancel: Callable[[], bool]) -> LoadResult:
    """Worker body: the shared pipeline, keeping what could be read (problems are listed, not fatal);
    a sheet whose columns are not recognised comes back for the mapping dialog. No Qt here."""
    try:
        analysis = analyse_file(path, sheet=sheet, kind=kind, settings=settings, mapping=mapping,
                                progress=progress, cancel=cancel, strict=False)
    except InputError as exc:
        if any(p.code in ("unknown_kind", "missing_column") for p in exc.problems) and mapping is None:
            raw = read_raw(path, sheet)
            guess, _ = detect_kind(raw.headers)
            return LoadResult(path, needs_mapping=raw, suggested_kind=guess or "transactions")
        raise
    return LoadResult(path, imported=analysis.source, analysis=analysis)


class PeriodTableView(QTableView):
    """The period table: Excel-like paste (Ctrl+V) of tab-separated blocks."""

    paste_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            model = self.model()
            for index in self.selectedIndexes():
                model.setData(index, "")
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    analysis_shown = Signal()
    import_finished = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_settings = AppSettings()
        self.settings: Settings = self.app_settings.analysis()
        self.undo_stack = QUndoStack(self)
        self.analysis: Analysis | None = None
        self.file_result: LoadResult | None = None
        self.active_source: str | None = None  # "form", "table" or "file"
        self.project_path: str | None = None
        self.dirty = False
        self.worker: Worker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Retention Calculator") + "[*]")
        self.setAcceptDrops(True)
        self._build_ui()
        self._create_actions()
        self._create_menus()
        self._read_settings()
        self._update_title()
        self.statusBar().showMessage(self.tr("Type your figures on the left, or import a spreadsheet (Ctrl+I)."))
        # Typed work is saved every minute to the data folder, and offered back after a crash.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(os.environ.get("RETENTION_AUTOSAVE_MS", AUTOSAVE_MS)))
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.form = QuickForm()
        self.form.edited.connect(self._on_form_edited)
        self.form.inputs_changed.connect(self._on_form_inputs_changed)
        self.table_model = PeriodTableModel(self.undo_stack, self)
        self.table_model.edited.connect(self._on_table_model_edited)
        self.table_view = PeriodTableView()
        self.table_view.setObjectName("period_table")
        self.table_view.setModel(self.table_model)
        self.table_view.paste_requested.connect(self.paste_rows)
        self.table_view.horizontalHeader().setDefaultSectionSize(120)
        self.table_model._raw_insert(0, 12)  # empty rows to type into; not an edit
        add_row = QToolButton()
        add_row.setText(self.tr("Add row"))
        add_row.setToolTip(self.tr("Add an empty period at the end (Ctrl+Shift+N)"))
        add_row.clicked.connect(self.add_row)
        remove_rows = QToolButton()
        remove_rows.setText(self.tr("Remove rows"))
        remove_rows.setToolTip(self.tr("Remove the selected periods"))
        remove_rows.clicked.connect(self.remove_selected_rows)
        hint = QLabel(self.tr("One row per period. Paste a block copied from Excel with Ctrl+V."))
        hint.setWordWrap(True)
        table_page = QWidget()
        tl = QVBoxLayout(table_page)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(add_row)
        bar.addWidget(remove_rows)
        tl.addLayout(bar)
        tl.addWidget(self.table_view)

        self.input_tabs = QTabWidget()
        self.input_tabs.setObjectName("input_tabs")
        self.input_tabs.addTab(self.form, self.tr("Quick form"))
        self.input_tabs.addTab(table_page, self.tr("Period table"))

        self.overview = OverviewPanel()
        self.trends = TrendsPanel()
        self.trends.png_button.clicked.connect(self.export_plot_png)
        self.trends.csv_button.clicked.connect(self.export_plot_csv)
        self.cohorts = CohortsPanel()
        self.customers = CustomersPanel()
        self.data_panel = DataPanel()
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("result_tabs")
        self.result_tabs.addTab(self.overview, self.tr("Overview"))
        self.result_tabs.addTab(self.trends, self.tr("Trends"))
        self.result_tabs.addTab(self.cohorts, self.tr("Cohorts"))
        self.result_tabs.addTab(self.customers, self.tr("Customers"))
        self.result_tabs.addTab(self.data_panel, self.tr("Data"))
        self._stale_panels: set[QWidget] = set()
        self.result_tabs.currentChanged.connect(self._on_result_tabs_current_changed)

        self.start_page = QWidget()
        sl = QVBoxLayout(self.start_page)
        sl.addStretch(1)
        title = QLabel(self.tr("<h1>Retention Calculator</h1><p>See how many customers stay, what they are worth, "
                               "and where to improve.</p>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        sl.addWidget(title)
        self.sample_button = QPushButton(self.tr("Try the sample data"))
        self.sample_button.setObjectName("sample_button")
        self.sample_button.clicked.connect(self.open_sample)
        import_button = QPushButton(self.tr("Import a spreadsheet…"))
        import_button.clicked.connect(self.import_dialog)
        for b in (self.sample_button, import_button):
            b.setMinimumWidth(260)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(b)
            row.addStretch(1)
            sl.addLayout(row)
        tip = QLabel(self.tr("…or type your figures in the form on the left, or drop an Excel file here."))
        tip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sl.addWidget(tip)
        sl.addStretch(2)
        self.right = QStackedWidget()
        self.right.addWidget(self.start_page)
        self.right.addWidget(self.result_tabs)

        splitter = QSplitter()
        splitter.addWidget(self.input_tabs)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.problems_label = QLabel("")
        self.problems_label.setObjectName("problems_label")
        self.source_label = QLabel("")
        self.statusBar().addPermanentWidget(self.problems_label)
        self.statusBar().addPermanentWidget(self.source_label)

    def _create_actions(self) -> None:
        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            if tip:
                a.setStatusTip(tip)
                a.setToolTip(tip)
            a.triggered.connect(slot)
            return a

        self.new_action = action(self.tr("&New"), self.new_file, QKeySequence.StandardKey.New,
                                 self.tr("Start again with an empty form and table"))
        self.open_action = action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                  self.tr("Open a saved project or a spreadsheet"))
        self.save_action = action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save,
                                  self.tr("Save the typed figures and settings as a project"))
        self.save_as_action = action(self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.import_action = action(self.tr("&Import…"), self.import_dialog, "Ctrl+I",
                                    self.tr("Import an Excel sheet or CSV file"))
        self.export_action = action(self.tr("&Export results…"), self.export_dialog, "Ctrl+E",
                                    self.tr("Write the results to an Excel workbook"))
        self.sample_action = action(self.tr("Open the &sample data"), self.open_sample)
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
        self.quit_action = action(self.tr("&Quit"), self.close, quit_keys if not quit_keys.isEmpty() else "Ctrl+Q")
        if quit_keys.isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.paste_action = action(self.tr("&Paste rows"), self.paste_rows, "Ctrl+Shift+V",
                                   self.tr("Paste rows copied from Excel into the period table"))
        self.add_row_action = action(self.tr("&Add row"), self.add_row, "Ctrl+Shift+N")
        self.remove_rows_action = action(self.tr("&Remove rows"), self.remove_selected_rows)
        self.settings_action = action(self.tr("&Settings…"), self.edit_settings, QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.help_action = action(self.tr("&How are these computed?"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self.about_action = action(self.tr("&About"), lambda: show_about(self))
        self.tab_actions = []
        for i in range(self.result_tabs.count()):
            a = action(self.result_tabs.tabText(i), lambda _=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}")
            self.tab_actions.append(a)

    def _create_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.new_action, self.open_action, self.save_action, self.save_as_action):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.import_action)
        m.addAction(self.export_action)
        m.addAction(self.sample_action)
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        m.addSeparator()
        m.addAction(self.quit_action)
        e = self.menuBar().addMenu(self.tr("&Edit"))
        for a in (self.undo_action, self.redo_action):
            e.addAction(a)
        e.addSeparator()
        for a in (self.paste_action, self.add_row_action, self.remove_rows_action):
            e.addAction(a)
        v = self.menuBar().addMenu(self.tr("&View"))
        for a in self.tab_actions:
            v.addAction(a)
        v.addSeparator()
        v.addAction(self.settings_action)
        language_menu = v.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        current = self.app_settings.language()
        for code, name in (("", self.tr("System language")), ("en", "English"), ("da", "Dansk"), ("sv", "Svenska")):
            a = language_menu.addAction(name)
            a.setCheckable(True)
            a.setChecked(code == current)
            a.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = a
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(self.help_action)
        h.addAction(self.about_action)
        self._rebuild_recent_menu(self.app_settings.recent_files())

    def _rebuild_recent_menu(self, files: list[str]) -> None:
        self.recent_menu.clear()
        for path in files:
            a = self.recent_menu.addAction(Path(path).name)
            a.setToolTip(path)
            a.setStatusTip(path)
            a.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear list"))
            clear.triggered.connect(self._on_clear_recent_triggered)

    def _on_clear_recent_triggered(self) -> None:
        self.app_settings.clear_recent_files()
        self._rebuild_recent_menu([])

    def _read_settings(self) -> None:
        geometry = self.app_settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)

    def show_tab(self, index: int) -> None:
        self.right.setCurrentWidget(self.result_tabs)
        self.result_tabs.setCurrentIndex(index)

    # ------------------------------------------------------------ results
    def _on_form_edited(self) -> None:
        if not self.dirty:
            self.dirty = True
            self._update_title()

    def _on_form_inputs_changed(self) -> None:
        self.active_source = "form"
        self.recompute()

    def _on_table_model_edited(self) -> None:
        if self.table_model.has_data():
            self.active_source = "table"
        self.dirty = True
        self._update_title()
        self.recompute()

    def recompute(self) -> None:
        """Fast, synchronous: typed inputs are a handful of rows."""
        analysis: Analysis | None = None
        if self.active_source == "form" and self.form.has_data():
            analysis = analyse_frame("periods", self.form.frame(), self.settings)
        elif self.active_source == "table" and self.table_model.has_data():
            frame = self.table_model.frame()
            try:
                analysis = analyse_frame("periods", frame, self.settings)
            except InputError:
                analysis = None
            if analysis is not None:
                self._mark_invalid_cells(analysis.errors)
        elif self.active_source == "file" and self.file_result is not None:
            analysis = self.file_result.analysis
        self.show_analysis(analysis)

    def _mark_invalid_cells(self, errors: list[Problem]) -> None:
        cells = set()
        for p in errors:
            if p.row is not None and p.column in PERIOD_TABLE_COLUMNS:
                cells.add((p.row - 1, PERIOD_TABLE_COLUMNS.index(p.column)))
        if cells != self.table_model.invalid_cells:
            self.table_model.invalid_cells = cells
            self.table_view.viewport().update()

    def show_analysis(self, analysis: Analysis | None, done: Callable[[], None] | None = None) -> None:
        """Show a result. Only the visible tab is drawn now; the others are drawn when they are
        shown (typing redraws one tab per pause, not five). ``done`` runs once the visible tab is drawn."""
        self.analysis = analysis
        has = analysis is not None
        self.right.setCurrentWidget(self.result_tabs if has else self.start_page)
        self.export_action.setEnabled(has)
        self.result_tabs.setTabEnabled(2, bool(has and analysis.cohorts is not None))
        self.result_tabs.setTabEnabled(3, bool(has and analysis.customers is not None))
        self._show_problem_counts(analysis)
        self._stale_panels = set(self._result_panels())
        self._draw_current_panel()
        self.analysis_shown.emit()
        if done is not None:
            done()

    def _result_panels(self) -> list[QWidget]:
        return [self.result_tabs.widget(i) for i in range(self.result_tabs.count())]

    def _draw_current_panel(self) -> None:
        panel = self.result_tabs.currentWidget()
        if panel in self._stale_panels:
            self._stale_panels.discard(panel)
            panel.show_analysis(self.analysis)

    def _on_result_tabs_current_changed(self, _index: int) -> None:
        self._draw_current_panel()

    def _show_problem_counts(self, analysis: Analysis | None) -> None:
        if analysis is None:
            self.problems_label.setText("")
            return
        errors = len(analysis.errors)
        warnings = len(analysis.warnings)
        parts = []
        if errors:
            parts.append(self.tr("%n input error(s)", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s)", "", warnings))
        self.problems_label.setText("; ".join(parts))
        self.problems_label.setStyleSheet("color: #c62828;" if errors else "color: #b23c00;")

    # -------------------------------------------------------------- files
    def _update_title(self) -> None:
        name = Path(self.project_path).name if self.project_path else (
            Path(self.file_result.path).name if self.file_result and self.active_source == "file" else self.tr("Untitled"))
        self.setWindowTitle(f"{name}[*] — {self.tr('Retention Calculator')}")
        self.setWindowModified(self.dirty)

    def maybe_save(self) -> bool:
        """Ask before typed work is thrown away. True when it is fine to go on."""
        if not self.dirty:
            return True
        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            self.tr("You have typed figures that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        self.form.clear()
        self.table_model.load_frame(PeriodTableModel.empty_frame(12))
        self.undo_stack.clear()
        self.file_result = None
        self.project_path = None
        self.active_source = None
        self.dirty = False
        self.show_analysis(None)
        self._update_title()

    def open_dialog(self) -> None:
        filters = self.tr("Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), "", filters)
        if path:
            self.open_path(path)

    def import_dialog(self) -> None:
        filters = self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", filters)
        if path:
            self.import_path(path)

    def open_path(self, path: str) -> None:
        if path.lower().endswith(PROJECT_SUFFIX):
            self.open_project(path)
        else:
            self.import_path(path)

    def open_sample(self) -> None:
        self.import_path(str(sample_workbook()), sheet=SAMPLE_SHEET, remember=False)

    def import_path(self, path: str, sheet: str | None = None, mapping: dict[str, int] | None = None,
                    kind: str = "auto", remember: bool = True) -> None:
        """Import in a worker, with a progress dialog and Cancel."""
        if self.worker is not None:
            return
        if self.dirty and not self.maybe_save():
            return
        if sheet is None and Path(path).suffix.lower() in EXCEL_SUFFIXES:
            try:
                sheets = visible_sheets(path)  # from workbook.xml: no sheet is parsed here
            except InputError as exc:
                show_error(self, exc, self.tr("Could not import the file"))
                self.import_finished.emit(False)
                return
            if len(sheets) > 1:
                choice, ok = QInputDialog.getItem(self, self.tr("Choose a sheet"),
                                                  self.tr("The workbook has several sheets. Which one should be imported?"),
                                                  sheets, 0, False)
                if not ok:
                    return
                sheet = choice
        self._remember = remember
        self._pending = (path, sheet)
        self.progress_dialog = QProgressDialog(self.tr("Reading %1…").replace("%1", Path(path).name),
                                               self.tr("Cancel"), 0, 100, self)
        self.progress_dialog.setObjectName("import_progress")
        self.progress_dialog.setMinimumWidth(440)  # room for a long file name
        self.progress_dialog.setWindowTitle(self.tr("Import"))
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(300)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        self.worker, self._thread = start_worker(self, load_and_analyse, path, sheet, mapping, kind, self.settings)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.progress_dialog.canceled.connect(self.cancel_import)
        self.statusBar().showMessage(self.tr("Importing %1…").replace("%1", Path(path).name))

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.statusBar().showMessage(self.tr("Cancelling…"))

    def _on_worker_progress(self, fraction: float) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(int(fraction * 100))

    def _end_worker(self) -> None:
        self.worker = None
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_worker_cancelled(self) -> None:
        self._end_worker()
        self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."))
        self.import_finished.emit(False)

    def _on_worker_failed(self, exc: BaseException) -> None:
        self._end_worker()
        if not isinstance(exc, (InputError, OSError)):
            log.error("import failed", exc_info=exc)
        show_error(self, exc, self.tr("Could not import the file"))
        self.statusBar().showMessage(self.tr("Import failed."))
        self.import_finished.emit(False)

    def _on_worker_finished(self, result: LoadResult) -> None:
        self._end_worker()
        if result.needs_mapping is not None:
            dialog = MappingDialog(result.needs_mapping, result.suggested_kind, parent=self)
            if dialog.exec() == MappingDialog.DialogCode.Accepted:
                path, sheet = self._pending
                QTimer.singleShot(0, lambda: self.import_path(path, sheet, dialog.mapping(), dialog.kind(), self._remember))
            else:
                self.import_finished.emit(False)
            return
        self.apply_load_result(result, lambda: self.import_finished.emit(True))

    def apply_load_result(self, result: LoadResult, done: Callable[[], None] | None = None) -> None:
        assert result.analysis is not None and result.imported is not None
        if self._remember:
            self._rebuild_recent_menu(self.app_settings.add_recent_file(str(Path(result.path).resolve())))
        imported = result.imported
        if imported.kind == "periods":
            self.table_model.load_frame(imported.data, self.tr("Import %1").replace("%1", Path(result.path).name))
            self.file_result = None
            self.active_source = "table"
            self.input_tabs.setCurrentIndex(1)
            self.recompute()
            if self.analysis is not None:
                self.analysis.problems = imported.problems + [
                    imported.locate(p) for p in self.analysis.problems]
                self.analysis.source = imported
        else:
            self.file_result = result
            self.active_source = "file"
            self.show_analysis(result.analysis, done)
            done = None
        self.dirty = False
        self.project_path = None
        self._update_title()
        where = imported.file + (f" / {imported.sheet}" if imported.sheet else "")
        self.source_label.setText(where)
        self.statusBar().showMessage(self.tr("Imported %1").replace("%1", where), 6000)
        problems = [p for p in imported.problems if p.severity == "error" or p.code != "unmapped_columns"] + [
            p for p in imported.problems if p.code == "unmapped_columns"]
        if imported.errors:
            ProblemsDialog(problems, self).exec()
        if done is not None:
            done()

    # ----------------------------------------------------------- autosave
    @staticmethod
    def autosave_path() -> Path:
        from ..paths import data_dir

        return data_dir() / "autosave.retention"

    def autosave(self) -> bool:
        """Save typed work that is not saved yet (atomically) to the data folder."""
        if not self.dirty:
            return False
        try:
            save_project(self.autosave_path(), self.form.values(), self.table_model.frame(), self.settings,
                         {"project": self.project_path or ""})
        except OSError as exc:
            log.warning("autosave failed: %s", exc)
            return False
        return True

    def discard_autosave(self) -> None:
        self.autosave_path().unlink(missing_ok=True)

    def offer_restore(self) -> bool:
        """After a crash: offer the autosaved work back. True when it was restored."""
        path = self.autosave_path()
        if not path.exists():
            return False
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self, self.tr("Restore unsaved work?"),
            self.tr("The app was closed without saving figures you typed (autosaved %1). Restore them?").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_autosave()
            return False
        try:
            form, periods, settings, _source = load_project(path)
        except InputError as exc:
            show_error(self, exc, self.tr("Could not restore"))
            return False
        self.settings = settings
        self.form.set_values(form)
        self.table_model.load_frame(periods if len(periods) else PeriodTableModel.empty_frame(12))
        self.undo_stack.clear()
        self.active_source = "table" if self.table_model.has_data() else ("form" if self.form.has_data() else None)
        self.recompute()
        self.project_path = None
        self.dirty = True
        self._update_title()
        return True

    # ----------------------------------------------------- project files
    def save(self) -> bool:
        if not self.project_path:
            return self.save_as()
        return self._write_project(self.project_path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), "retention.retention",
                                              self.tr("Retention projects (*.retention)"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self._write_project(path)

    def _write_project(self, path: str) -> bool:
        try:
            save_project(path, self.form.values(), self.table_model.frame(), self.settings)
        except OSError as exc:
            show_error(self, InputError([Problem("write_failed", file=Path(path).name, values={"detail": exc.strerror or str(exc)})]))
            return False
        self.project_path = path
        self.dirty = False
        self._update_title()
        self._rebuild_recent_menu(self.app_settings.add_recent_file(str(Path(path).resolve())))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", Path(path).name), 4000)
        return True

    def open_project(self, path: str) -> None:
        if not self.maybe_save():
            return
        try:
            form, periods, settings, _source = load_project(path)
        except InputError as exc:
            show_error(self, exc, self.tr("Could not open the project"))
            return
        self.settings = settings
        self.form.set_values(form)
        self.table_model.load_frame(periods if len(periods) else PeriodTableModel.empty_frame(12))
        self.undo_stack.clear()
        self.file_result = None
        self.active_source = "table" if self.table_model.has_data() else ("form" if self.form.has_data() else None)
        self.recompute()
        self.project_path = path
        self.dirty = False
        self._update_title()
        self._rebuild_recent_menu(self.app_settings.add_recent_file(str(Path(path).resolve())))

    # -------------------------------------------------------------- edit
    def paste_rows(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage(self.tr("The clipboard is empty."), 4000)
            return
        block = list(csv.reader(io.StringIO(text), delimiter="\t"))
        current = self.table_view.currentIndex()
        top = current.row() if current.isValid() else 0
        left = current.column() if current.isValid() else 0
        if block and block[0] and not _looks_numeric_row(block[0][1:]) and any(c.strip() for c in block[0]):
            # A header row copied along: map its columns instead of pasting it as data.
            kind, mapping = detect_kind(block[0])
            if kind == "periods" and mapping:
                self._paste_with_header(block, mapping, top)
                return
        self.input_tabs.setCurrentIndex(1)
        if self.table_model.paste_block(top, left, block):
            self.statusBar().showMessage(self.tr("Pasted %n row(s).", "", len(block)), 4000)

    def _paste_with_header(self, block: list[list[str]], mapping: dict[int, str], top: int) -> None:
        rows = []
        for line in block[1:]:
            full = [""] * len(PERIOD_TABLE_COLUMNS)
            for pos, key in mapping.items():
                if pos < len(line):
                    full[PERIOD_TABLE_COLUMNS.index(key)] = line[pos]
            rows.append(full)
        self.input_tabs.setCurrentIndex(1)
        self.table_model.paste_block(top, 0, rows)

    def add_row(self) -> None:
        self.table_model.insert_rows(self.table_model.rowCount(), 1)
        self.input_tabs.setCurrentIndex(1)
        last = self.table_model.index(self.table_model.rowCount() - 1, 0)
        self.table_view.setCurrentIndex(last)
        self.table_view.selectionModel().select(last, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def remove_selected_rows(self) -> None:
        rows = sorted({i.row() for i in self.table_view.selectedIndexes()})
        self.table_model.remove_rows(rows)

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        old = self.settings
        self.settings = dialog.settings()
        self.app_settings.set_analysis(self.settings)
        if self.active_source == "file" and self.file_result is not None and self.file_result.imported is not None:
            if (old.frequency, old.churn_window_days, old.loyal_min_orders, old.thresholds) != (
                self.settings.frequency, self.settings.churn_window_days, self.settings.loyal_min_orders,
                self.settings.thresholds,
            ):
                imp = self.file_result.imported
                self.import_path(self.file_result.path, imp.sheet, imp.mapping, imp.kind, remember=False)
                return
            self.file_result.analysis.settings = self.settings
        self.recompute()

    def choose_language(self, code: str) -> None:
        """Remember the interface language; it is used from the next start."""
        self.app_settings.set_language(code)
        for c, a in self.language_actions.items():
            a.setChecked(c == code)
        self.statusBar().showMessage(self.tr("The new language is used the next time the app starts."), 8000)

    def show_help(self) -> None:
        HelpDialog(self).exec()

    # ------------------------------------------------------------ export
    def export_dialog(self) -> None:
        self.form.flush()
        if self.analysis is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results"), "retention-results.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the results workbook in a worker (same writer as retention-calc -o)."""
        if self.worker is not None or self.analysis is None:
            return
        header_name = _ui_header_name()

        def job(analysis, target, progress, cancel):
            from ..io import workbook

            workbook.write_results(analysis, target, header_name)
            return target

        self._export_target = path
        self.worker, self._thread = start_worker(self, job, self.analysis, path)
        self.worker.finished.connect(self._on_export_finished)
        self.worker.failed.connect(self._on_export_failed)
        self.statusBar().showMessage(self.tr("Writing %1…").replace("%1", Path(path).name))

    export_finished = Signal(str)

    def _on_export_finished(self, path: str) -> None:
        self.worker = None
        self.statusBar().showMessage(self.tr("Results written to %1").replace("%1", path), 6000)
        self.export_finished.emit(path)

    def _ask_locked_target(self, path: str) -> str:
        """The target is open in Excel or write-protected: "retry", "other" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Could not export"))
        box.setText(self.tr("%1 is open in another program or write-protected.").replace("%1", Path(path).name))
        box.setInformativeText(self.tr("Close it and try again, or save under another name."))
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "retry" if box.clickedButton() is retry else "other" if box.clickedButton() is other else "cancel"

    def _on_export_failed(self, exc: BaseException) -> None:
        self.worker = None
        if isinstance(exc, PermissionError):
            choice = self._ask_locked_target(self._export_target)
            if choice == "retry":
                QTimer.singleShot(0, lambda: self.export_to(self._export_target))
                return
            if choice == "other":
                QTimer.singleShot(0, self.export_dialog)
                return
            self.export_finished.emit("")
            return
        if isinstance(exc, OSError):
            exc = InputError([Problem("write_failed", file=Path(self._export_target).name,
                                      values={"detail": exc.strerror or str(exc)})])
        elif not isinstance(exc, InputError):
            log.error("export failed", exc_info=exc)
        show_error(self, exc, self.tr("Could not export"))
        self.export_finished.emit("")

    def export_plot_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plot"), "trends.png", self.tr("PNG image (*.png)"))
        if path:
            self.trends.plot.grab().save(path, "PNG")

    def export_plot_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plotted numbers"), "trends.csv", self.tr("CSV file (*.csv)"))
        if path:
            self.trends.plotted_frame().to_csv(path, index=False)

    # ------------------------------------------------- window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and any(u.toLocalFile().lower().endswith(SPREADSHEET_SUFFIXES + (PROJECT_SUFFIX,)) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.lower().endswith(SPREADSHEET_SUFFIXES + (PROJECT_SUFFIX,)):
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda p=path: self.open_path(p))
                return
        event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        if self.worker is not None:
            self.worker.cancel()
        self.discard_autosave()  # the user saved or chose to discard
        self.app_settings.set_geometry(self.saveGeometry())
        self.app_settings.sync()
        event.accept()


def _ui_header_name() -> Callable[[str], str] | None:
    """Workbook headers in the UI language; canonical keys (METRICS.md's English headers) in English."""
    from ..messages import metric_name

    translated = QCoreApplication.translate("Messages", "Customers at start") != "Customers at start"
    return metric_name if translated else None


def _looks_numeric_row(cells: list[str]) -> bool:
    from .formatting import parse_user_number

    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(parse_user_number(c)[1] for c in filled)
