"""The main window: a frame that holds the input panels (quick form, period table), the result
tabs (ui/window_layout.py lays them out), and the services that do the work (document, task runner,
import, export and forecast flows); it wires their signals, owns the menus (ui/menus.py builds them)
and decides which data the results come from."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from ..core.errors import InputError, Problem
from ..io.reader import CSV_SUFFIXES, EXCEL_SUFFIXES
from ..paths import sample_workbook
from ..pipeline import Analysis, Settings, analyse_frame
from .dialogs import ProblemsDialog, SettingsDialog
from .document import PROJECT_SUFFIX, DocumentService
from .export_flow import ExportFlow
from .forecast_flow import ForecastFlow
from .import_flow import ImportFlow, LoadResult, load_and_analyse
from .menus import create_actions, create_menus, rebuild_recent_menu
from .period_model import PeriodTableModel
from .settings import AppSettings
from .tasks import TaskRunner
from .window_layout import build_layout

__all__ = ["MainWindow", "LoadResult", "load_and_analyse"]

SPREADSHEET_SUFFIXES = EXCEL_SUFFIXES + CSV_SUFFIXES
SAMPLE_SHEET = "Ordrer"


class MainWindow(QMainWindow):
    analysis_shown = Signal()
    import_finished = Signal(bool)
    export_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_settings = AppSettings()
        self.settings: Settings = self.app_settings.analysis()
        self.undo_stack = QUndoStack(self)
        self.analysis: Analysis | None = None
        self.file_result: LoadResult | None = None
        self.active_source: str | None = None  # "form", "table" or "file": where the results come from
        self.tasks = TaskRunner(self)
        self.document = DocumentService(self, self.tasks, self._document_state, self._restore_document)
        self.document.changed.connect(self._update_title)
        self.document.status.connect(self._show_status)
        self.document.saved.connect(self._on_document_saved)
        self.document.opened.connect(self._on_document_opened)
        self.importer = ImportFlow(self, self.tasks, self.document.maybe_save, lambda: self.settings, self.app_settings)
        self.importer.loaded.connect(self.apply_load_result)
        self.importer.reanalysed.connect(self._on_reanalysed)
        self.importer.finished.connect(self.import_finished)
        self.importer.status.connect(self._show_status)
        self.exporter = ExportFlow(self, self.tasks)
        self.exporter.finished.connect(self.export_finished)
        self.exporter.status.connect(self._show_status)
        self.forecaster = ForecastFlow(self, self.tasks, lambda: self.analysis, lambda: self.settings)
        self.forecaster.finished.connect(self._on_forecaster_finished)
        self.forecaster.status.connect(self._show_status)
        self.setAcceptDrops(True)
        self._build_ui()
        create_actions(self)
        create_menus(self)
        self._read_settings()
        self._update_title()
        self.statusBar().showMessage(self.tr("Type your figures on the left, or import a spreadsheet (Ctrl+I)."))

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        build_layout(self)
        self.form.edited.connect(self._on_form_edited)
        self.form.inputs_changed.connect(self._on_form_inputs_changed)
        self.period_table.edited.connect(self._on_period_table_edited)
        self.period_table.activated.connect(lambda: self.input_tabs.setCurrentWidget(self.period_table))
        self.period_table.status.connect(self._show_status)
        self.result_tabs.forecast.forecast_requested.connect(self.forecaster.run)
        self.result_tabs.customers.status.connect(self._show_status)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.import_requested.connect(self.import_dialog)
        self.problems_panel.problem_activated.connect(self._on_problems_panel_problem_activated)
        self.input_tabs.currentChanged.connect(self._on_input_tabs_current_changed)

    # The parts, under the names the rest of the app and the tests know them by.
    overview = property(lambda self: self.result_tabs.overview)
    trends = property(lambda self: self.result_tabs.trends)
    cohorts = property(lambda self: self.result_tabs.cohorts)
    customers = property(lambda self: self.result_tabs.customers)
    data_panel = property(lambda self: self.result_tabs.data_panel)
    whatif = property(lambda self: self.result_tabs.whatif)
    improve = property(lambda self: self.result_tabs.improve)
    table_model = property(lambda self: self.period_table.model)
    table_view = property(lambda self: self.period_table.view)
    worker = property(lambda self: self.tasks.worker)
    project_path = property(lambda self: self.document.project_path)

    @property
    def dirty(self) -> bool:
        return self.document.dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.document.dirty = value

    def paste_rows(self) -> None:
        self.period_table.paste_rows()

    def _show_status(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def _read_settings(self) -> None:
        geometry = self.app_settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)

    def _remember_file(self, path: str) -> None:
        rebuild_recent_menu(self, self.app_settings.add_recent_file(str(Path(path).resolve())))

    def show_tab(self, index: int) -> None:
        self.right.setCurrentWidget(self.results_host)
        self.result_tabs.setCurrentIndex(index)

    def show_panel(self, panel: QWidget) -> None:
        self.show_tab(self.result_tabs.indexOf(panel))

    # ------------------------------------------------------------ results
    def _on_form_edited(self) -> None:
        self.dirty = True

    def _on_form_inputs_changed(self) -> None:
        self.active_source = "form"
        self.recompute()

    def _on_period_table_edited(self) -> None:
        if self.table_model.has_data():
            self.active_source = "table"
        self.dirty = True
        self.recompute()

    def recompute(self) -> None:
        """Fast, synchronous: typed inputs are a handful of rows."""
        analysis: Analysis | None = None
        if self.active_source == "form" and self.form.has_data():
            analysis = analyse_frame("periods", self.form.frame(), self.settings)
        elif self.active_source == "table" and self.table_model.has_data():
            try:
                analysis = analyse_frame("periods", self.table_model.frame(), self.settings)
            except InputError:
                analysis = None
            if analysis is not None:
                self.period_table.mark_invalid_cells(analysis.errors)
                self.period_table.locate_in_import(analysis)
        elif self.active_source == "file" and self.file_result is not None:
            analysis = self.file_result.analysis
        self.show_analysis(analysis)

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show a result: the visible tab is drawn now, the others when they are shown."""
        self.analysis = analysis
        has = analysis is not None
        self.right.setCurrentWidget(self.results_host if has else self.start_page)
        self.export_action.setEnabled(has)
        self._show_problem_counts(analysis)
        self.result_tabs.show_analysis(analysis)
        self.import_summary.show_analysis(analysis)
        self.analysis_shown.emit()

    def _show_problem_counts(self, analysis: Analysis | None) -> None:
        problems = analysis.problems if analysis is not None else []
        cells = self.table_model.cell_problems() if self.active_source == "table" else []
        self.problems_panel.set_problems(problems, cells)
        self.problems_label.set_problems(self.problems_panel.problems)

    def _on_problems_panel_problem_activated(self, problem: Problem) -> None:
        """Take the user to what the problem names: the form field or the table cell."""
        if self.active_source == "form" and problem.column in self.form.fields:
            self.input_tabs.setCurrentWidget(self.form)
            self.form.fields[problem.column].setFocus()
        elif self.active_source == "table":
            self.period_table.select_problem(problem)

    def _on_input_tabs_current_changed(self, index: int) -> None:
        # The period table needs room for its columns; the form does not.
        if self.input_tabs.widget(index) is self.period_table:
            left = max(380, min(self.width() * 3 // 5, self.width() - 760))  # results keep 760 px
            self.splitter.setSizes([left, self.width() - left])
        else:
            self.splitter.setSizes([380, max(self.width() - 380, 400)])

    def _on_forecaster_finished(self, analysis: Analysis) -> None:
        if analysis is self.analysis:  # not replaced by another import meanwhile
            self.show_analysis(analysis)  # redraws the Forecast tab and the advice that uses it

    # ----------------------------------------------------------- document
    def _document_state(self) -> tuple[dict, pd.DataFrame, Settings]:
        return self.form.values(), self.table_model.frame(), self.settings

    def _restore_document(self, form: dict, periods: pd.DataFrame, settings: Settings) -> None:
        self.settings = settings
        self.form.set_values(form)
        self.table_model.load_frame(periods if len(periods) else PeriodTableModel.empty_frame(12))
        self.undo_stack.clear()
        self.file_result = None
        self.active_source = "table" if self.table_model.has_data() else ("form" if self.form.has_data() else None)
        self.recompute()

    def _update_title(self) -> None:
        path = self.document.project_path
        name = Path(path).name if path else (
            Path(self.file_result.path).name if self.file_result and self.active_source == "file" else self.tr("Untitled"))
        title = self.tr("Retention Calculator")
        self.setWindowTitle(f"{name}[*] — {title}")
        self.setWindowModified(self.document.dirty)

    def _on_document_saved(self, path: str) -> None:
        self._remember_file(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", Path(path).name), 4000)

    def _on_document_opened(self, path: str) -> None:
        self._remember_file(path)

    def autosave(self) -> bool:
        return self.document.autosave()

    @staticmethod
    def autosave_path() -> Path:
        return DocumentService.autosave_path()

    def offer_restore(self) -> bool:
        return self.document.offer_restore()

    def new_file(self) -> None:
        self.document.maybe_save(self._clear_document)

    def _clear_document(self) -> None:
        self.form.clear()
        self.table_model.load_frame(PeriodTableModel.empty_frame(12))
        self.undo_stack.clear()
        self.file_result = None
        self.active_source = None
        self.source_label.setText("")
        self.period_table.clear_marks()
        self.document.reset()
        self.show_analysis(None)

    # -------------------------------------------------------------- files
    def open_dialog(self) -> None:
        path = self.importer.choose_file(projects=True)
        if path:
            self.open_path(path)

    def import_dialog(self) -> None:
        path = self.importer.choose_file(projects=False)
        if path:
            self.import_path(path)

    def open_path(self, path: str) -> None:
        if path.lower().endswith(PROJECT_SUFFIX):
            self.document.open(path)
        else:
            self.import_path(path)

    def open_sample(self) -> None:
        self.import_path(str(sample_workbook()), sheet=SAMPLE_SHEET, remember=False)

    def import_path(self, path: str, sheet: str | None = None, mapping: dict[str, int] | None = None,
                    kind: str = "auto", remember: bool = True) -> None:
        self.importer.import_path(path, sheet, mapping, kind, remember)

    def cancel_import(self) -> None:
        if self.tasks.busy:
            self.tasks.cancel()
            self.statusBar().showMessage(self.tr("Cancelling…"))

    def apply_load_result(self, result: LoadResult) -> None:
        """Show an imported file: a periods sheet fills the period table; orders and NPS answers show as they are."""
        assert result.imported is not None
        if result.remember:
            self._remember_file(result.path)
        imported = result.imported
        where = imported.file + (f" / {imported.sheet}" if imported.sheet else "")
        self.period_table.clear_marks()
        if imported.kind == "periods":
            # The table analyses what it shows (the one analysis of the sheet); while it holds the
            # import unchanged, problems name the file's rows.
            self.file_result = None
            self.active_source = "table"
            self.period_table.load_import(imported, self.tr("Import %1").replace("%1", Path(result.path).name), where)
            self.input_tabs.setCurrentWidget(self.period_table)
        else:
            assert result.analysis is not None
            self._on_reanalysed(result)
        self.document.reset()
        self.source_label.setText(where)
        self.statusBar().showMessage(self.tr("Imported %1").replace("%1", where), 6000)
        problems = [p for p in imported.problems if p.severity == "error" or p.code != "unmapped_columns"] + [
            p for p in imported.problems if p.code == "unmapped_columns"]
        self.import_summary.show_import(imported, self.settings.currency)
        if imported.errors:
            ProblemsDialog(problems, self).exec()
        self.import_finished.emit(True)

    def _on_reanalysed(self, result: LoadResult) -> None:
        """Show an imported file's analysis (orders, NPS answers): at import, and after a settings change."""
        assert result.analysis is not None
        self.file_result = result
        self.active_source = "file"
        self.show_analysis(result.analysis)
        if result.analysis.orders is not None:
            QTimer.singleShot(0, self.forecaster.run_in_background)  # the other results show first

    # -------------------------------------------------------------- edit
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
                self.importer.reanalyse(self.file_result)
                return
            self.file_result.analysis.settings = self.settings
        self.recompute()

    def choose_language(self, code: str) -> None:
        """Remember the interface language; it is used from the next start."""
        self.app_settings.set_language(code)
        for c, a in self.language_actions.items():
            a.setChecked(c == code)
        self.statusBar().showMessage(self.tr("The new language is used the next time the app starts."), 8000)

    # ------------------------------------------------------------ export
    def export_dialog(self) -> None:
        self.form.flush()
        self.exporter.export_dialog(self.analysis)

    def export_to(self, path: str) -> None:
        self.exporter.export_to(self.analysis, path)

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
        choice = self.document.ask_to_save()
        if choice != "go":
            event.ignore()
            if choice == "save":  # saved in the task runner; the window then closes (or asks again if typed into)
                self.document.save(then=self.close)
            return
        self.tasks.shutdown()  # no worker thread outlives the window
        self.document.discard_autosave()  # the user saved or chose to discard
        self.app_settings.set_geometry(self.saveGeometry())
        self.app_settings.sync()
        event.accept()
