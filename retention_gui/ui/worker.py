"""Run a core/io callable off the GUI thread, with progress and cancel.

The callable is called as ``fn(*args, progress=report, cancel=is_cancelled)``;
``report(fraction)`` emits a queued ``progress`` signal, ``is_cancelled()``
reads a ``threading.Event`` set by :meth:`Worker.cancel`. The worker ends with
``finished(result)``, ``failed(exc)`` or ``cancelled()``, always on the GUI
thread's side of a queued connection: widgets are touched only in slots there.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.errors import Cancelled

__all__ = ["Worker", "start_worker"]


class Worker(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self.progress.emit, cancel=self._cancel.is_set, **self._kwargs)
        except Cancelled:
            self.cancelled.emit()
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # handed to the GUI thread, which shows it
            # BaseException, not Exception: a Rust panic in a native reader (pyo3's PanicException)
            # derives from BaseException and would otherwise end the thread with no answer.
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)
        finally:
            self.done.emit()


def start_worker(parent: QObject, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Worker, QThread]:
    """Create a worker on its own thread and start it; both are cleaned up when it is done."""
    thread = QThread(parent)
    worker = Worker(fn, *args, **kwargs)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return worker, thread
