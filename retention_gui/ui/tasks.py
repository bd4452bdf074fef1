"""One task runner for the window's long work (import, export, forecast): one task at a time,
progress, cancel, and a shutdown that waits for the thread (Orange3's ConcurrentMixin is the model).

Every task runs on ONE long-lived worker thread shared by the process (made on first use, ended
at exit): no QThread or worker object is created or destroyed per task (a soak of thousands of
imports and exports crashed in the teardown of per-task threads), and no window can be destroyed
while "its" thread still runs. A task is a
core/io callable ``fn(*args, progress=..., cancel=...)``; its outcome comes back to exactly one of
the callbacks given to :meth:`TaskRunner.start`, on the GUI thread.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import Cancelled

__all__ = ["TaskRunner", "RunningTask"]


class RunningTask:
    """The task now running: ``cancel()`` asks it to stop (the core polls between chunks)."""

    def __init__(self, task_id: int, cancellable: bool = True, collect_garbage: bool = False) -> None:
        self.task_id = task_id
        self.cancellable = cancellable
        self.collect_garbage = collect_garbage  # a full garbage collection when it ends (on the GUI thread)
        self.event = threading.Event()
        self.done = threading.Event()  # set by the worker thread when the task has returned

    def cancel(self) -> None:
        if self.cancellable:  # a project save is never stopped halfway: its outcome is always reported
            self.event.set()


class _Runner(QObject):
    """Lives on the worker thread; runs each submitted task and reports back with queued signals."""

    progress = Signal(int, float)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)

    @Slot(object)
    def run(self, job: tuple) -> None:
        task_id, fn, args, event, done = job
        try:
            self._run(task_id, fn, args, event)
        finally:
            done.set()

    def _run(self, task_id: int, fn: Callable[..., Any], args: tuple, event: threading.Event) -> None:
        try:
            result = fn(*args, progress=lambda f: self.progress.emit(task_id, float(f)), cancel=event.is_set)
        except Cancelled:
            self.cancelled.emit(task_id)
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - a calamine panic derives from BaseException
            if event.is_set():
                self.cancelled.emit(task_id)
            else:
                self.failed.emit(task_id, exc)
        else:
            if event.is_set():
                self.cancelled.emit(task_id)
            else:
                self.finished.emit(task_id, result)


_ids = itertools.count(1)
_shared: tuple[QThread, _Runner] | None = None


def _shared_runner() -> tuple[QThread, _Runner]:
    """The process's one worker thread and the runner living on it, made on first use."""
    global _shared
    if _shared is None:
        thread = QThread()
        thread.setObjectName("retention-tasks")
        runner = _Runner()
        runner.moveToThread(thread)
        thread.start()
        _shared = (thread, runner)
        atexit.register(_stop_shared)
    return _shared


def _stop_shared() -> None:
    global _shared
    if _shared is not None:
        thread, _runner = _shared
        thread.quit()
        thread.wait(10_000)
        _shared = None


class TaskRunner(QObject):
    """Runs one task at a time for ``parent``'s window.

    ``busy_changed(bool)`` fires when a task starts and when it has ended (after its callback ran).
    ``worker`` is the running task (with ``cancel()``), or None.
    """

    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.worker: RunningTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._callbacks: tuple = (None, None, None)
        self._in_set_value = False
        thread, runner = _shared_runner()
        self._submit.connect(runner.run, Qt.ConnectionType.QueuedConnection)
        # Reports of every runner's tasks come here; each runner keeps its own (by task id).
        runner.progress.connect(self._on_runner_progress, Qt.ConnectionType.QueuedConnection)
        runner.finished.connect(self._on_runner_finished, Qt.ConnectionType.QueuedConnection)
        runner.failed.connect(self._on_runner_failed, Qt.ConnectionType.QueuedConnection)
        runner.cancelled.connect(self._on_runner_cancelled, Qt.ConnectionType.QueuedConnection)

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
              progress_text: str | None = None, title: str = "", cancellable: bool = True,
              collect_garbage: bool = False) -> bool:
        """Start ``fn(*args, progress=..., cancel=...)`` off the GUI thread. False when a task is running.

        With ``progress_text`` a window-modal progress dialog with Cancel shows after 300 ms. A task
        that is not ``cancellable`` ignores :meth:`cancel` (a newer import then waits for it). With
        ``collect_garbage`` a full garbage collection ends the task, on the GUI thread.
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
        self.worker = RunningTask(next(_ids), cancellable, collect_garbage)
        self._callbacks = (on_finished, on_failed, on_cancelled)
        self.busy_changed.emit(True)
        self._submit.emit((self.worker.task_id, fn, args, self.worker.event, self.worker.done))
        return True

    def cancel(self) -> None:
        """Ask the running task to stop."""
        if self.worker is not None:
            self.worker.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel the running task and wait until it has returned: no work of this window outlives it."""
        task = self.worker
        if task is not None:
            task.cancel()
            task.done.wait(timeout_ms / 1000)

    def _current(self, task_id: int) -> bool:
        # A report from a task that is no longer the running one (the window moved on) is dropped.
        return self.worker is not None and self.worker.task_id == task_id

    @Slot(int, float)
    def _on_runner_progress(self, task_id: int, fraction: float) -> None:
        if self._current(task_id) and self.progress_dialog is not None and not self._in_set_value:
            # A modal QProgressDialog's setValue processes events itself: the task's end may arrive
            # inside it. _end_later keeps that from closing the dialog under setValue (a soak crash).
            self._in_set_value = True
            try:
                self.progress_dialog.setValue(int(fraction * 100))
            finally:
                self._in_set_value = False

    def _end_later(self, task_id: int, callback_index: int, *result: Any) -> None:
        if not self._current(task_id):
            return
        if self._in_set_value:
            QTimer.singleShot(0, lambda: self._end_later(task_id, callback_index, *result))
            return
        self._end(self._callbacks[callback_index], *result)

    @Slot(int, object)
    def _on_runner_finished(self, task_id: int, result: Any) -> None:
        self._end_later(task_id, 0, result)

    @Slot(int, object)
    def _on_runner_failed(self, task_id: int, exc: BaseException) -> None:
        self._end_later(task_id, 1, exc)

    @Slot(int)
    def _on_runner_cancelled(self, task_id: int) -> None:
        self._end_later(task_id, 2)

    def _end(self, callback: Callable[..., None] | None, *result: Any) -> None:
        task, self.worker = self.worker, None
        if task is not None and task.collect_garbage:
            # Reading a sheet or writing a workbook leaves thousands of objects in reference cycles
            # (openpyxl's XML trees). Collected as part of the task, they are not left for a full pass
            # of Python's collector in the middle of the user's next edit (25-45 ms). On this thread,
            # as garbage may hold Qt objects (the test suite hung once with the pass on the worker).
            gc.collect()
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()  # still parented: Qt deletes it on a later turn
            self.progress_dialog = None
        try:
            if callback is not None:
                callback(*result)
        finally:
            if self.worker is None:  # the callback may have started the next task
                self.busy_changed.emit(False)
