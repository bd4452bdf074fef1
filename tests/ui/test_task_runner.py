"""The window's one task runner: one task at a time, a callback for the next task, uncancellable
saves, and a garbage collection that ends an import or export (on the GUI thread)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from retention_gui.ui.tasks import TaskRunner


def make_runner(qtbot) -> TaskRunner:
    host = QWidget()
    qtbot.addWidget(host)
    return TaskRunner(host)


def test_a_task_can_ask_for_a_full_collection_at_its_end_on_the_gui_thread(qtbot):
    runner = make_runner(qtbot)
    passes: list[tuple[int, bool]] = []

    def watch(phase, info):
        if phase == "stop":
            passes.append((info["generation"], threading.current_thread() is threading.main_thread()))

    results = []
    gc.callbacks.append(watch)
    try:
        for collect in (False, True):
            passes.clear()
            with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
                runner.start(lambda progress, cancel: "done", on_finished=results.append, on_failed=results.append,
                             collect_garbage=collect)
            results.append([p for p in passes if p[0] == 2])
    finally:
        gc.callbacks.remove(watch)
    # Without the flag no full pass ran; with it, one did, on the GUI thread (garbage may hold Qt
    # objects), and the result still came back.
    assert results[0] == "done" and results[1] == []
    assert results[2] == "done" and results[3] == [(2, True)]


def test_a_callback_may_start_the_next_task_and_busy_stays_true_between(qtbot):
    runner = make_runner(qtbot)
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    done = []

    def first_done(_result):
        runner.start(lambda progress, cancel: 2, on_finished=done.append, on_failed=done.append)

    runner.start(lambda progress, cancel: 1, on_finished=first_done, on_failed=done.append)
    qtbot.waitUntil(lambda: done == [2], timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    # One True when the first started, one True for the second (started inside the first's callback),
    # and a single False at the very end: nobody waiting on "free" ran in between.
    assert states == [True, True, False]


def test_an_uncancellable_task_reports_its_result_even_when_cancel_is_asked(qtbot):
    runner = make_runner(qtbot)
    release = threading.Event()
    outcome = []
    runner.start(lambda progress, cancel: release.wait(10) and "written", on_finished=outcome.append,
                 on_failed=outcome.append, on_cancelled=lambda: outcome.append("cancelled"), cancellable=False)
    runner.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == ["written"]
