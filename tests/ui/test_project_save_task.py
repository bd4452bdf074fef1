"""Saving and opening a project go through the window's one task runner: the file is written off the
GUI thread, after a task under way, and every flow that may save first (close, New, import) goes on
only once the save has succeeded."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import retention_gui.ui.document as document
from retention_gui.io.project import load_project
from retention_gui.paths import sample_workbook
from retention_gui.ui.main_window import MainWindow


@pytest.fixture
def slow_disk(monkeypatch):
    """save_project as on a slow disk; records whether each write ran on the GUI thread."""
    real = document.save_project
    writes: list[dict] = []

    def slow(path, form, *args, **kwargs):
        writes.append({"gui_thread": threading.current_thread() is threading.main_thread(), "form": dict(form)})
        time.sleep(0.3)
        real(path, form, *args, **kwargs)

    monkeypatch.setattr(document, "save_project", slow)
    return writes


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[1]) or button)
    return asked


def typed_window_saving_to(qtbot, monkeypatch, target, typed: str, show: bool = False):
    """A window with ``typed`` in the first form field whose unsaved-changes prompt is answered Save
    and whose Save dialog picks ``target``; returns it and the prompts asked."""
    w = MainWindow()
    qtbot.addWidget(w)
    if show:
        w.show()
    w.form.fields["customers_start"].setText(typed)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return w, answer(monkeypatch, QMessageBox.StandardButton.Save)


def test_save_is_written_by_the_task_runner_and_the_window_goes_on(qtbot, tmp_path, slow_disk):
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("120")
    target = tmp_path / "shop.retention"
    started = time.perf_counter()
    w.document.write(str(target))
    assert time.perf_counter() - started < 0.2  # the GUI thread did not wait for the slow disk
    assert w.tasks.busy and w.dirty
    with qtbot.waitSignal(w.document.saved, timeout=10_000) as saved:
        pass
    assert saved.args == [str(target)] and not w.dirty and w.project_path == str(target)
    assert slow_disk[0]["gui_thread"] is False
    assert load_project(target)[0]["customers_start"] == 120


def test_typing_while_it_is_written_keeps_the_document_unsaved(qtbot, tmp_path, slow_disk):
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("120")
    target = tmp_path / "shop.retention"
    with qtbot.waitSignal(w.document.saved, timeout=10_000):
        w.document.write(str(target))
        w.form.fields["customers_end"].setText("130")  # typed while the write is under way
    assert w.dirty and w.project_path == str(target)
    assert "customers_end" not in {k for k, v in load_project(target)[0].items() if v is not None}
    w.dirty = False


def test_a_save_waits_for_the_running_task_and_writes_what_shows_then(qtbot, tmp_path, slow_disk):
    w = MainWindow()
    qtbot.addWidget(w)
    release = threading.Event()
    w.tasks.start(lambda progress, cancel: release.wait(10), on_finished=lambda _r: None,
                  on_failed=lambda exc: None)  # a background forecast, say
    w.form.fields["customers_start"].setText("120")
    target = tmp_path / "later.retention"
    w.document.write(str(target))
    assert "once the work under way is done" in w.statusBar().currentMessage()
    w.form.fields["customers_start"].setText("121")  # typed before the save could start
    release.set()
    with qtbot.waitSignal(w.document.saved, timeout=10_000):
        pass
    assert load_project(target)[0]["customers_start"] == 121 and not w.dirty


def test_a_newer_import_does_not_cancel_a_save_but_follows_it(qtbot, tmp_path, slow_disk):
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("120")
    target = tmp_path / "shop.retention"
    w.document.write(str(target))
    w.tasks.cancel()  # what a newer import does to the running task: a save ignores it
    with qtbot.waitSignal(w.document.saved, timeout=10_000):
        pass
    assert target.exists() and not w.dirty


def test_quit_with_save_chosen_saves_first_then_closes(qtbot, tmp_path, monkeypatch, slow_disk):
    target = tmp_path / "quit.retention"
    w, asked = typed_window_saving_to(qtbot, monkeypatch, target, "77", show=True)
    assert not w.close()  # not yet: the save runs first
    assert w.isVisible()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10_000)
    assert asked == ["Unsaved changes"]
    assert load_project(target)[0]["customers_start"] == 77
    assert not MainWindow.autosave_path().exists()


def test_a_failed_save_keeps_the_window_and_the_figures(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(document, "show_error", lambda parent, exc, title=None: shown.append(exc))
    w, _ = typed_window_saving_to(qtbot, monkeypatch, tmp_path / "no-such-folder" / "quit.retention", "77", show=True)
    assert not w.close()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    problem = shown[0].problems[0]
    assert problem.code == "write_failed" and problem.file == "quit.retention"
    qtbot.wait(50)
    assert w.isVisible() and w.dirty and w.form.fields["customers_start"].text() == "77"
    assert "not saved" in w.statusBar().currentMessage()
    w.dirty = False


def test_new_with_save_chosen_clears_only_after_the_save(qtbot, tmp_path, monkeypatch, slow_disk):
    target = tmp_path / "new.retention"
    w, _ = typed_window_saving_to(qtbot, monkeypatch, target, "55")
    w.new_action.trigger()
    assert w.form.fields["customers_start"].text() == "55"  # still there while it is written
    qtbot.waitUntil(lambda: w.form.fields["customers_start"].text() == "", timeout=10_000)
    assert load_project(target)[0]["customers_start"] == 55 and not w.dirty


def test_import_over_typed_figures_with_save_chosen_saves_then_imports(qtbot, tmp_path, monkeypatch, slow_disk):
    target = tmp_path / "before-import.retention"
    w, _ = typed_window_saving_to(qtbot, monkeypatch, target, "55")
    with qtbot.waitSignal(w.import_finished, timeout=60_000) as done:
        w.import_path(str(sample_workbook()), sheet="Ordrer")
    assert done.args == [True] and w.analysis is not None and w.analysis.orders is not None
    assert load_project(target)[0]["customers_start"] == 55
    assert [x["gui_thread"] for x in slow_disk] == [False]
