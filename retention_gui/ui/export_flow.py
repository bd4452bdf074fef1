"""Exporting the result workbook: the file dialog, the write in the task runner, and what to do when
the target is open in Excel (try again, save under another name, or cancel)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import InputError, Problem
from ..pipeline import Analysis
from .dialogs import show_error
from .tasks import TaskRunner

__all__ = ["ExportFlow"]

log = logging.getLogger(__name__)


class ExportFlow(QObject):
    """``finished(path)`` when an export ends ("" when it did not write); ``status(text, ms)``."""

    finished = Signal(str)
    status = Signal(str, int)

    def __init__(self, window: QWidget, tasks: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._target = ""
        self._analysis: Analysis | None = None

    def export_dialog(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export results"), "retention-results.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(analysis, path)

    def export_to(self, analysis: Analysis | None, path: str) -> None:
        """Write the results workbook in the task runner (same writer as retention-calc -o)."""
        if analysis is None:
            return
        if self._tasks.busy:  # a background forecast, say: the export follows it
            self._tasks.when_free(lambda: self.export_to(analysis, path))
            return
        self._target, self._analysis = path, analysis
        self._tasks.start(_write_workbook, analysis, path, _ui_header_name(),
                          on_finished=self._on_task_finished, on_failed=self._on_task_failed,
                          on_cancelled=lambda: self.finished.emit(""), collect_garbage=True)
        self.status.emit(self.tr("Writing %1…").replace("%1", Path(path).name), 0)

    def _on_task_finished(self, path: str) -> None:
        self.status.emit(self.tr("Results written to %1").replace("%1", path), 6000)
        self.finished.emit(path)

    def ask_locked_target(self, path: str) -> str:
        """The target is open in Excel or write-protected: "retry", "other" or "cancel"."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Could not export"))
        box.setText(self.tr("%1 is open in another program or write-protected.").replace("%1", Path(path).name))
        box.setInformativeText(self.tr("Close it and try again, or save under another name."))
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "retry" if box.clickedButton() is retry else "other" if box.clickedButton() is other else "cancel"

    def _on_task_failed(self, exc: BaseException) -> None:
        target, analysis = self._target, self._analysis
        if isinstance(exc, PermissionError):
            choice = self.ask_locked_target(target)
            if choice == "retry":
                QTimer.singleShot(0, lambda: self._tasks.when_free(lambda: self.export_to(analysis, target)))
                return
            if choice == "other":
                QTimer.singleShot(0, lambda: self.export_dialog(analysis))
                return
            self.finished.emit("")
            return
        if isinstance(exc, OSError):
            exc = InputError([Problem("write_failed", file=Path(target).name,
                                      values={"detail": exc.strerror or str(exc)})])
        elif not isinstance(exc, InputError):
            log.error("export failed", exc_info=exc)
        show_error(self._window, exc, self.tr("Could not export"))
        self.finished.emit("")


def _write_workbook(analysis: Analysis, target: str, header_name: Callable[[str], str] | None,
                    progress: Callable[[float], None], cancel: Callable[[], bool]) -> str:
    """Task body for an export (no widgets)."""
    from ..io import workbook

    # The interface language's words (QCoreApplication.translate is thread-safe); English as the CLI writes it.
    translate = QCoreApplication.translate if header_name is not None else None
    workbook.write_results(analysis, target, header_name, translate)
    return target


def _ui_header_name() -> Callable[[str], str] | None:
    """Workbook headers in the UI language; canonical keys (METRICS.md's English headers) in English."""
    from ..messages import metric_name

    translated = QCoreApplication.translate("Messages", "Customers at start") != "Customers at start"
    return metric_name if translated else None
