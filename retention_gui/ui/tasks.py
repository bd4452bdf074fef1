"""One task runner for the window's long work (import, export): one task at a time, progress,
cancel, and a shutdown that waits for the thread (Orange3's ConcurrentMixin is the model).

A task is a core/io callable run by :class:`~.worker.Worker` on its own thread. Its outcome comes
back to exactly one of the callbacks given to :meth:`TaskRunner.start`, on the GUI thread.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .worker import Worker, start_worker

__all__ = ["TaskRunner"]


class TaskRunner(QObject):
    """Runs one task at a time for ``parent``'s window.

    ``busy_changed(bool)`` fires when a task starts and when it has ended (after its callback ran).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.worker: Worker | None = None
        self._thread: QThread | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._callbacks: tuple = (None, None, None)
        # Workers and threads stay referenced here until their thread has finished: a parentless
        # Worker whose last Python reference went away could be deleted while its thread still runs.
        self._alive: dict[QThread, Worker] = {}

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def when_free(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` now if no task runs, else once the running task has ended (a retry, say)."""
        if self.worker is None:
            fn()
            return

        def once(busy: bool) -> None:
            if not busy:
                self.busy_changed.disconnect(once)
                fn()

        self.busy_changed.connect(once)

    def start(self, fn: Callable[..., Any], *args: Any, on_finished: Callable[[Any], None],
              on_failed: Callable[[BaseException], None], on_cancelled: Callable[[], None] | None = None,
              progress_text: str | None = None, title: str = "") -> bool:
        """Start ``fn(*args, progress=..., cancel=...)`` off the GUI thread. False when a task is running.

        With ``progress_text`` a window-modal progress dialog with Cancel shows after 300 ms.
        """
        if self.worker is not None:
            return False
        if progress_text is not None:
            dialog = QProgressDialog(progress_text, self.tr("Cancel"), 0, 100, self._window)
            dialog.setObjectName("import_progress")
            dialog.setMinimumWidth(440)  # room for a long file name
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.progress_dialog = dialog
        self._callbacks = (on_finished, on_failed, on_cancelled)
        self.worker, self._thread = start_worker(self, fn, *args)
        self._alive[self._thread] = self.worker
        # A bound slot, not a lambda: the thread deletes itself when it has finished, and a Python
        # callable's hidden receiver on a self-deleting sender is what shiboken mishandles.
        self._thread.finished.connect(self._on_thread_finished)
        # Bound slots of this GUI-thread object: queued connections, so the callbacks run on the GUI
        # thread (a lambda would run on the worker's thread).
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.busy_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop (the core polls between chunks)."""
        if self.worker is not None:
            self.worker.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel the running task and wait for every thread still finishing: none outlives the window."""
        self.cancel()
        for thread in list(self._alive):
            try:
                if thread.isRunning():
                    thread.quit()
                    thread.wait(timeout_ms)
            except RuntimeError:  # the thread object was already deleted: it has ended
                pass

    @Slot()
    def _on_thread_finished(self) -> None:
        for thread in [t for t in self._alive if t is self.sender() or not _running(t)]:
            self._alive.pop(thread, None)

    @Slot(float)
    def _on_worker_progress(self, fraction: float) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(int(fraction * 100))

    @Slot(object)
    def _on_worker_finished(self, result: Any) -> None:
        self._end(self._callbacks[0], result)

    @Slot(object)
    def _on_worker_failed(self, exc: BaseException) -> None:
        self._end(self._callbacks[1], exc)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end(self._callbacks[2])

    def _end(self, callback: Callable[..., None] | None, *result: Any) -> None:
        self.worker = None
        self._thread = None
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        try:
            if callback is not None:
                callback(*result)
        finally:
            self.busy_changed.emit(False)


def _running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # already deleted
        return False
