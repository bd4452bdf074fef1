"""The document: what the user typed (form, period table, settings), its project file, the
unsaved-changes state, and autosave with a restore offer after a crash. Writes are atomic."""

from __future__ import annotations

import datetime as dt
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import InputError, Problem
from ..io.project import load_project, save_project
from ..paths import data_dir
from .dialogs import show_error

__all__ = ["DocumentService", "PROJECT_SUFFIX"]

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".retention"
AUTOSAVE_MS = 60_000

# (form values, period table, settings) of the document, and how to put them back.
Snapshot = Callable[[], tuple[dict, pd.DataFrame, object]]
Restore = Callable[[dict, pd.DataFrame, object], None]


def _write_autosave(path: Path, form: dict, periods: pd.DataFrame, settings: object, source: dict) -> bool:
    try:
        save_project(path, form, periods, settings, source)
    except OSError as exc:
        log.warning("autosave failed: %s", exc)
        return False
    return True


class DocumentService(QObject):
    """``changed`` when the file name or the unsaved state changes; ``saved(path)`` and
    ``opened(path)`` for the recent-files list."""

    changed = Signal()
    saved = Signal(str)
    opened = Signal(str)

    def __init__(self, window: QWidget, snapshot: Snapshot, restore: Restore) -> None:
        super().__init__(window)
        self._window = window
        self._snapshot = snapshot
        self._restore = restore
        self.project_path: str | None = None
        self._dirty = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(os.environ.get("RETENTION_AUTOSAVE_MS", AUTOSAVE_MS)))
        self.autosave_timer.timeout.connect(lambda: self.autosave(wait=False))
        self.autosave_timer.start()
        # The timer's autosaves are written by a thread of their own, one after another: creating and
        # replacing a file can take 70 ms on a slow disk, and the window must not stop meanwhile.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future | None = None

    @property
    def dirty(self) -> bool:
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        if value != self._dirty:
            self._dirty = value
            self.changed.emit()

    def reset(self, path: str | None = None) -> None:
        """A fresh state: ``path`` (or none) and nothing unsaved."""
        self.project_path = path
        self._dirty = False
        self.changed.emit()

    # --------------------------------------------------------- saving
    def maybe_save(self) -> bool:
        """Ask before typed work is thrown away. True when it is fine to go on."""
        if not self.dirty:
            return True
        answer = QMessageBox.warning(
            self._window, self.tr("Unsaved changes"),
            self.tr("You have typed figures that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        if not self.project_path:
            return self.save_as()
        return self.write(self.project_path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save project"), "retention.retention",
                                              self.tr("Retention projects (*.retention)"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self.write(path)

    def write(self, path: str) -> bool:
        form, periods, settings = self._snapshot()
        try:
            save_project(path, form, periods, settings)
        except OSError as exc:
            show_error(self._window, InputError([Problem("write_failed", file=Path(path).name,
                                                         values={"detail": exc.strerror or str(exc)})]))
            return False
        self.reset(path)
        self.saved.emit(path)
        return True

    def open(self, path: str) -> bool:
        """Open a project file (after asking about unsaved work). True when it was opened."""
        if not self.maybe_save():
            return False
        try:
            form, periods, settings, _source = load_project(path)
        except InputError as exc:
            show_error(self._window, exc, self.tr("Could not open the project"))
            return False
        self._restore(form, periods, settings)
        self.reset(path)
        self.opened.emit(path)
        return True

    # ------------------------------------------------------- autosave
    @staticmethod
    def autosave_path() -> Path:
        return data_dir() / "autosave.retention"

    def autosave(self, wait: bool = True) -> bool:
        """Save typed work that is not saved yet (atomically) to the data folder.

        What is saved is taken now, on the GUI thread; the file is written by the autosave thread.
        With ``wait`` this returns when it is written (False if it could not be); without, at once.
        """
        if not self.dirty:
            return False
        form, periods, settings = self._snapshot()
        self._pending = self._writer.submit(_write_autosave, self.autosave_path(), form, periods, settings,
                                            {"project": self.project_path or ""})
        return self._pending.result() if wait else True

    def discard_autosave(self) -> None:
        if self._pending is not None:
            self._pending.result()  # a write under way must not bring the file back after this
        self.autosave_path().unlink(missing_ok=True)

    def offer_restore(self) -> bool:
        """After a crash: offer the autosaved work back. True when it was restored."""
        path = self.autosave_path()
        if not path.exists():
            return False
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self._window, self.tr("Restore unsaved work?"),
            self.tr("The app was closed without saving figures you typed (autosaved %1). Restore them?").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_autosave()
            return False
        try:
            form, periods, settings, _source = load_project(path)
        except InputError as exc:
            show_error(self._window, exc, self.tr("Could not restore"))
            return False
        self._restore(form, periods, settings)
        self.project_path = None
        self.dirty = True
        self.changed.emit()
        return True
