"""The document: what the user typed (form, period table, settings), its project file, the
unsaved-changes state, and autosave with a restore offer after a crash. Writes are atomic.

Saving and opening a project run in the window's task runner, so every flow that may save first
(close, New, Open, import) goes on in a callback: ``maybe_save(then)``."""

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
from .tasks import TaskRunner

__all__ = ["DocumentService", "PROJECT_SUFFIX"]

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".retention"
AUTOSAVE_MS = 60_000

# (form values, period table, settings) of the document, and how to put them back.
Snapshot = Callable[[], tuple[dict, pd.DataFrame, object]]
Restore = Callable[[dict, pd.DataFrame, object], None]


def _write_project(path: str, form: dict, periods: pd.DataFrame, settings: object, *,
                   progress: Callable[[float], None], cancel: Callable[[], bool]) -> str:
    """Task body of File > Save (never cancelled halfway: the write is atomic and short)."""
    save_project(path, form, periods, settings)
    progress(1.0)
    return path


def _read_project(path: str, *, progress: Callable[[float], None], cancel: Callable[[], bool]) -> tuple:
    """Task body of File > Open for a project."""
    return load_project(path)


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
    status = Signal(str, int)

    def __init__(self, window: QWidget, tasks: TaskRunner, snapshot: Snapshot, restore: Restore) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks  # saving and opening a project go through the window's one task runner
        self._edits = 0  # counts edits, so a save knows whether what it wrote is still what shows
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
        if value:
            self._edits += 1
        if value != self._dirty:
            self._dirty = value
            self.changed.emit()

    def reset(self, path: str | None = None) -> None:
        """A fresh state: ``path`` (or none) and nothing unsaved."""
        self.project_path = path
        self._dirty = False
        self.changed.emit()

    # --------------------------------------------------------- saving
    def ask_to_save(self) -> str:
        """Before typed work would be thrown away: "go" (nothing unsaved, or the user discards it),
        "save" (the user wants it saved first) or "cancel"."""
        if not self.dirty:
            return "go"
        answer = QMessageBox.warning(
            self._window, self.tr("Unsaved changes"),
            self.tr("You have typed figures that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        return "go" if answer == QMessageBox.StandardButton.Discard else "cancel"

    def maybe_save(self, then: Callable[[], None]) -> None:
        """Ask before typed work is thrown away; ``then()`` once it is fine to go on (saved or discarded).
        Nothing is called when the user cancels or the save fails."""
        choice = self.ask_to_save()
        if choice == "go":
            then()
        elif choice == "save":
            self.save(then)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """File > Save: to the project's file, or ask for one. ``then()`` after it was written."""
        if not self.project_path:
            self.save_as(then)
        else:
            self.write(self.project_path, then)

    def save_as(self, then: Callable[[], None] | None = None) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save project"), "retention.retention",
                                              self.tr("Retention projects (*.retention)"))
        if not path:
            return
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        self.write(path, then)

    def write(self, path: str, then: Callable[[], None] | None = None) -> None:
        """Write the document to ``path`` in the task runner (after a task under way, such as a background
        forecast). What is written is taken when the write starts; ``saved(path)`` and ``then()`` follow.
        Typing that comes in while it is written keeps the document unsaved."""
        if self._tasks.busy:
            self.status.emit(self.tr("Saving %1 once the work under way is done…").replace("%1", Path(path).name), 0)
            self._tasks.when_free(lambda: self.write(path, then))
            return
        form, periods, settings = self._snapshot()
        edits = self._edits
        self._tasks.start(_write_project, path, form, periods, settings, cancellable=False,
                          on_finished=lambda _result: self._on_written(path, edits, then),
                          on_failed=lambda exc: self._on_write_failed(path, exc))

    def _on_written(self, path: str, edits: int, then: Callable[[], None] | None) -> None:
        if edits == self._edits:
            self.reset(path)
        else:  # typed into while it was written: saved, but not what shows now
            self.project_path = path
            self.changed.emit()
        self.saved.emit(path)
        if then is not None:
            QTimer.singleShot(0, then)  # on a turn of its own, after the task runner has finished

    def _on_write_failed(self, path: str, exc: BaseException) -> None:
        if not isinstance(exc, OSError):
            log.error("saving the project failed", exc_info=exc)
        detail = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
        show_error(self._window, InputError([Problem("write_failed", file=Path(path).name, values={"detail": detail})]))
        self.status.emit(self.tr("The project was not saved."), 0)

    def open(self, path: str) -> None:
        """Open a project file (after asking about unsaved work), read in the task runner; ``opened(path)``
        once it shows. Nothing changes when it cannot be read."""
        self.maybe_save(lambda: self._read(path))

    def _read(self, path: str) -> None:
        if self._tasks.busy:  # a background forecast, say: it ends first (its result is dropped anyway)
            self._tasks.cancel()
            self._tasks.when_free(lambda: self._read(path))
            return
        self._tasks.start(_read_project, path, on_finished=lambda doc: self._on_read(path, doc),
                          on_failed=self._on_read_failed)

    def _on_read(self, path: str, doc: tuple) -> None:
        form, periods, settings, _source = doc
        self._restore(form, periods, settings)
        self.reset(path)
        self.opened.emit(path)

    def _on_read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, InputError):
            log.error("opening the project failed", exc_info=exc)
        show_error(self._window, exc, self.tr("Could not open the project"))

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
