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
from ..io.reader import EXCEL_SUFFIXES, ImportResult, RawSheet, import_file, read_raw, visible_sheets
from ..pipeline import Analysis, Settings, analyse_imported
from .dialogs import MappingDialog, show_error
from .settings import AppSettings
from .tasks import TaskRunner

__all__ = ["ImportFlow", "LoadResult", "load_and_analyse", "reanalyse"]

log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    """What a file import produced: the imported data with its analysis (none for a periods sheet: the
    period table analyses what it shows), or a sheet that needs a column mapping."""

    path: str
    imported: ImportResult | None = None
    analysis: Analysis | None = None
    needs_mapping: RawSheet | None = None
    suggested_kind: str = "transactions"
    remember: bool = True


def load_and_analyse(path: str, sheet: str | None, mapping: dict[str, int] | None, kind: str,
                     settings: Settings, raw: RawSheet | None, progress: Callable[[float], None],
                     cancel: Callable[[], bool]) -> LoadResult:
    """Worker body: read the sheet once and import it, keeping what could be read (problems are listed,
    not fatal); a sheet whose columns are not recognised comes back, as read, for the mapping dialog.

    Orders and NPS answers are analysed here. A periods sheet is not: it fills the period table, which
    analyses what it shows (a handful of rows) on the GUI thread, so it is analysed once. No Qt here."""
    progress(0.02)
    if raw is None:
        raw = read_raw(path, sheet)
    try:
        imported = import_file(path, sheet=sheet, kind=kind, mapping=mapping, raw=raw,
                               progress=lambda f: progress(0.5 * f))
    except InputError as exc:
        if any(p.code in ("unknown_kind", "missing_column") for p in exc.problems) and mapping is None:
            guess, _ = detect_kind(raw.headers)
            return LoadResult(path, needs_mapping=raw, suggested_kind=guess or "transactions")
        raise
    if imported.kind == "periods":
        return LoadResult(path, imported=imported)
    return reanalyse(LoadResult(path, imported=imported), settings, lambda f: progress(0.5 + 0.5 * f), cancel)


def reanalyse(result: LoadResult, settings: Settings, progress: Callable[[float], None],
              cancel: Callable[[], bool]) -> LoadResult:
    """Worker body: the analysis of an imported file (again, with new settings), without reading it again."""
    assert result.imported is not None
    analysis = analyse_imported(result.imported, settings, progress, cancel, strict=False)
    return LoadResult(result.path, imported=result.imported, analysis=analysis, remember=result.remember)


class ImportFlow(QObject):
    """``loaded(LoadResult)`` with an import to show; ``finished(bool)`` when an import ends either way;
    ``reanalysed(LoadResult)`` with the new analysis of an import after a settings change;
    ``status(text, ms)`` for the status bar."""

    loaded = Signal(object)
    reanalysed = Signal(object)
    finished = Signal(bool)
    status = Signal(str, int)

    def __init__(self, window: QWidget, tasks: TaskRunner, may_discard: Callable[[Callable[[], None]], None],
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
                    kind: str = "auto", remember: bool = True, raw: RawSheet | None = None) -> None:
        """Import in the task runner, with a progress dialog and Cancel. ``raw`` is the sheet already
        read (for the mapping dialog): it is not read again."""
        if self._tasks.busy:
            # A newer import replaces what runs (a background forecast, an older import): it is not dropped.
            self._tasks.cancel()
            self._tasks.when_free(lambda: self.import_path(path, sheet, mapping, kind, remember, raw))
            return
        # Typed figures are saved or discarded first (a save runs in the task runner; the import follows).
        self._may_discard(lambda: self._import_checked(path, sheet, mapping, kind, remember, raw))

    def _import_checked(self, path: str, sheet: str | None, mapping: dict[str, int] | None, kind: str,
                        remember: bool, raw: RawSheet | None) -> None:
        if self._tasks.busy:  # a task started while the user was asked or the save ran
            self._tasks.when_free(lambda: self._import_checked(path, sheet, mapping, kind, remember, raw))
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
        self._tasks.start(load_and_analyse, path, sheet, mapping, kind, self._settings(), raw,
                          on_finished=self._on_task_finished, on_failed=self._on_task_failed,
                          on_cancelled=self._on_task_cancelled,
                          progress_text=self.tr("Reading %1…").replace("%1", name), title=self.tr("Import"),
                          collect_garbage=True)
        self.status.emit(self.tr("Importing %1…").replace("%1", name), 0)

    def _import_mapped(self, path: str, sheet: str | None, mapping: dict[str, int], kind: str, remember: bool,
                       raw: RawSheet) -> None:
        self.import_path(path, sheet, mapping, kind, remember, raw)
        self._chosen = (list(raw.headers), mapping, kind)

    def reanalyse(self, result: LoadResult) -> None:
        """Analyse an imported file again with the current settings (off the GUI thread, with progress),
        from the data read at import: the file is not read again, and may have changed or gone since."""
        if self._tasks.busy:
            self._tasks.cancel()
            self._tasks.when_free(lambda: self.reanalyse(result))
            return
        self._tasks.start(reanalyse, result, self._settings(), on_finished=self.reanalysed.emit,
                          on_failed=self._on_reanalysis_failed, on_cancelled=self._on_reanalysis_cancelled,
                          progress_text=self.tr("Computing…"), title=self.tr("Settings"), collect_garbage=True)

    def _on_reanalysis_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, InputError):
            log.error("analysis failed", exc_info=exc)
        show_error(self._window, exc, self.tr("Could not compute the results"))

    def _on_reanalysis_cancelled(self) -> None:
        self.status.emit(self.tr("Cancelled: the results are those of the earlier settings."), 0)

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
                QTimer.singleShot(0, lambda: self._import_mapped(path, sheet, mapping, kind, remember, raw))
            else:
                self.finished.emit(False)
            return
        if self._chosen is not None:
            headers, mapping, kind = self._chosen
            self._app_settings.remember_mapping(headers, mapping, kind)
            self._chosen = None
        result.remember = remember
        self.loaded.emit(result)
