"""Importing a file: choose a sheet, read and analyse it in the task runner (progress, Cancel),
and ask for a column mapping when the headers are not recognised. The window applies the result."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..core.errors import InputError
from ..io.headers import detect_kind
from ..io.reader import EXCEL_SUFFIXES, ImportResult, RawSheet, read_raw, visible_sheets
from ..pipeline import Analysis, Settings, analyse_file
from .dialogs import MappingDialog, show_error
from .settings import AppSettings
from .tasks import TaskRunner

__all__ = ["ImportFlow", "LoadResult", "load_and_analyse"]

log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    """What a file import produced: an analysis, or a sheet that needs a column mapping."""

    path: str
    imported: ImportResult | None = None
    analysis: Analysis | None = None
    needs_mapping: RawSheet | None = None
    suggested_kind: str = "transactions"
    remember: bool = True


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


class ImportFlow(QObject):
    """``loaded(LoadResult)`` with an analysis to show; ``finished(bool)`` when an import ends either way;
    ``status(text, ms)`` for the status bar."""

    loaded = Signal(object)
    finished = Signal(bool)
    status = Signal(str, int)

    def __init__(self, window: QWidget, tasks: TaskRunner, may_discard: Callable[[], bool],
                 settings: Callable[[], Settings], app_settings: AppSettings | None = None) -> None:
        super().__init__(window)
        self._app_settings = app_settings or AppSettings()
        # The header row and mapping chosen in the dialog for the import under way: remembered once it worked.
        self._chosen: tuple[list[str], dict[str, int], str] | None = None
        self._window = window
        self._tasks = tasks
        self._may_discard = may_discard
        self._settings = settings
        self._pending: tuple[str, str | None, bool] = ("", None, True)

    def choose_file(self, projects: bool) -> str:
        """Ask for a spreadsheet (and, with ``projects``, a saved project) to open; "" when cancelled."""
        if projects:
            filters = self.tr("Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
            path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open"), "", filters)
        else:
            filters = self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
            path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import"), "", filters)
        return path

    def import_path(self, path: str, sheet: str | None = None, mapping: dict[str, int] | None = None,
                    kind: str = "auto", remember: bool = True) -> None:
        """Import in the task runner, with a progress dialog and Cancel."""
        if self._tasks.busy:
            # A newer import replaces what runs (a background forecast, an older import): it is not dropped.
            self._tasks.cancel()
            self._tasks.when_free(lambda: self.import_path(path, sheet, mapping, kind, remember))
            return
        if not self._may_discard():
            return
        if mapping is None:
            self._chosen = None
        if sheet is None and Path(path).suffix.lower() in EXCEL_SUFFIXES:
            try:
                sheets = visible_sheets(path)  # from workbook.xml: no sheet is parsed here
            except InputError as exc:
                show_error(self._window, exc, self.tr("Could not import the file"))
                self.finished.emit(False)
                return
            if len(sheets) > 1:
                choice, ok = QInputDialog.getItem(self._window, self.tr("Choose a sheet"),
                                                  self.tr("The workbook has several sheets. Which one should be imported?"),
                                                  sheets, 0, False)
                if not ok:
                    return
                sheet = choice
        self._pending = (path, sheet, remember)
        name = Path(path).name
        self._tasks.start(load_and_analyse, path, sheet, mapping, kind, self._settings(),
                          on_finished=self._on_task_finished, on_failed=self._on_task_failed,
                          on_cancelled=self._on_task_cancelled,
                          progress_text=self.tr("Reading %1…").replace("%1", name), title=self.tr("Import"))
        self.status.emit(self.tr("Importing %1…").replace("%1", name), 0)

    def _import_mapped(self, path: str, sheet: str | None, mapping: dict[str, int], kind: str, remember: bool,
                       headers: list[str]) -> None:
        self.import_path(path, sheet, mapping, kind, remember)
        self._chosen = (headers, mapping, kind)

    def _on_task_cancelled(self) -> None:
        self.status.emit(self.tr("Import cancelled; nothing was changed."), 0)
        self.finished.emit(False)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._chosen = None
        if not isinstance(exc, (InputError, OSError)):
            log.error("import failed", exc_info=exc)
        show_error(self._window, exc, self.tr("Could not import the file"))
        self.status.emit(self.tr("Import failed."), 0)
        self.finished.emit(False)

    def _on_task_finished(self, result: LoadResult) -> None:
        path, sheet, remember = self._pending
        if result.needs_mapping is not None:
            raw = result.needs_mapping
            # Last time's choice for the same column names is offered, never applied unseen.
            remembered = self._app_settings.mapping_for(raw.headers)
            kind = remembered.kind if remembered else result.suggested_kind
            dialog = MappingDialog(raw, kind, mapping=remembered.mapping if remembered else None,
                                   parent=self._window, remembered=remembered is not None)
            if dialog.exec() == MappingDialog.DialogCode.Accepted:
                # Role -> column position, as import_file takes it; quantity x unit price maps
                # quantity and unit_price and leaves the amount out.
                mapping, kind = dialog.mapping(), dialog.kind()
                headers = list(raw.headers)
                QTimer.singleShot(0, lambda: self._import_mapped(path, sheet, mapping, kind, remember, headers))
            else:
                self.finished.emit(False)
            return
        if self._chosen is not None:
            headers, mapping, kind = self._chosen
            self._app_settings.remember_mapping(headers, mapping, kind)
            self._chosen = None
        result.remember = remember
        self.loaded.emit(result)
