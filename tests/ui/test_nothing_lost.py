"""Nothing typed is lost: autosave and restore after a crash, project files that refuse what they cannot read,
and a calm, logged message for anything unexpected."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from retention_gui.ui.main_window import MainWindow

CRASHING_APP = textwrap.dedent("""
    import os, signal
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from retention_gui.ui.main_window import MainWindow
    w = MainWindow(); w.show()
    for key, text in {"customers_start": "200", "customers_end": "210", "new_customers": "30"}.items():
        w.form.fields[key].setText(text)
    loop = QEventLoop(); QTimer.singleShot(1500, loop.quit); loop.exec()   # the autosave timer fires meanwhile
    print("KILLING", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_typed_work_survives_a_crash_and_is_offered_back(qtbot, monkeypatch):
    env = {**os.environ, "RETENTION_AUTOSAVE_MS": "200", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CRASHING_APP], env=env, capture_output=True, text=True, timeout=120)
    assert "KILLING" in result.stdout and result.returncode == -signal.SIGKILL
    assert MainWindow.autosave_path().exists()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.offer_restore()
    assert "Restore them?" in asked[0]
    assert w.form.fields["customers_end"].text() == "210"
    assert w.overview.cards["crr_pct"].value.text() == "90.0 %"
    assert w.dirty
    w.dirty = False


def test_declining_the_restore_removes_the_autosave(qtbot, monkeypatch):
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("5")
    assert w.autosave() and MainWindow.autosave_path().exists()
    w.dirty = False
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.offer_restore()
    assert not MainWindow.autosave_path().exists()


def test_a_clean_quit_leaves_no_autosave(qtbot):
    w = MainWindow()
    w.form.fields["customers_start"].setText("5")
    w.autosave()
    w.dirty = False
    w.close()
    assert not MainWindow.autosave_path().exists()


@pytest.mark.parametrize(
    "content, code",
    [
        ("not json at all", "project_unreadable"),
        (json.dumps({"format": "something-else"}), "project_unreadable"),
        (json.dumps({"format": "retention-calculator-project", "version": 99}), "project_newer"),
    ],
    ids=["garbage", "other format", "newer version"],
)
def test_unreadable_or_newer_project_files_change_nothing(qtbot, tmp_path, monkeypatch, content, code):
    from retention_gui.ui import document

    shown = []
    monkeypatch.setattr(document, "show_error", lambda parent, exc, title=None: shown.append(exc))
    path = tmp_path / "p.retention"
    path.write_text(content)
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("7")
    w.dirty = False
    w.open_path(str(path))  # read in the task runner
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert [p.code for p in shown[0].problems] == [code]
    assert w.form.fields["customers_start"].text() == "7"


def test_project_save_is_atomic(tmp_path, monkeypatch):
    import pandas as pd

    from retention_gui.io.project import load_project, save_project
    from retention_gui.pipeline import Settings

    target = tmp_path / "keep.retention"
    save_project(target, {"customers_start": 5.0}, pd.DataFrame({"period": ["a"], "orders": [3.0]}), Settings())
    before = target.read_bytes()

    def broken(self, *a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("pathlib.Path.write_text", broken)
    with pytest.raises(OSError):
        save_project(target, {"customers_start": 9.0}, pd.DataFrame(), Settings())
    assert target.read_bytes() == before
    form, periods, settings, _ = load_project(target)
    assert form == {"customers_start": 5} and periods["orders"].tolist() == [3]


def test_unexpected_errors_are_logged_to_a_file(tmp_path):
    import logging

    from retention_gui import app

    before = list(logging.getLogger().handlers)
    log_path = app.setup_logging()
    app.install_excepthook(log_path)
    try:
        raise RuntimeError("a bug for the log")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    for handler in logging.getLogger().handlers:
        handler.flush()
    for handler in set(logging.getLogger().handlers) - set(before):
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "a bug for the log" in log_path.read_text()
    assert str(log_path).startswith(os.environ["RETENTION_GUI_DATA_DIR"])


def test_a_frozen_app_without_console_streams_logs_instead(monkeypatch):
    import logging

    from retention_gui import app

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    app.ensure_streams()
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("retention_gui.console").addHandler(handler)
    try:
        print("usage: something went to stderr", file=sys.stderr)
    finally:
        logging.getLogger("retention_gui.console").removeHandler(handler)
    assert [r.getMessage() for r in records] == ["usage: something went to stderr"]


def test_import_over_typed_figures_and_quit_ask_first(qtbot, monkeypatch, tmp_path):
    from retention_gui.paths import sample_workbook

    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("12")
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel)
    w.import_path(str(sample_workbook()), sheet="Ordrer")
    assert asked == ["Unsaved changes"] and w.worker is None  # cancelled: nothing imported
    assert not w.close()  # Quit is refused while the user cancels
    assert w.form.fields["customers_start"].text() == "12" and len(asked) == 2
    w.dirty = False


def test_the_timers_autosave_is_written_off_the_gui_thread_and_a_discard_waits_for_it(qtbot, monkeypatch):
    import threading
    import time

    import retention_gui.ui.document as document

    writers = []
    real = document.save_project

    def slow_save(*args, **kwargs):
        writers.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.3)  # a slow disk
        real(*args, **kwargs)

    monkeypatch.setattr(document, "save_project", slow_save)
    w = MainWindow()
    qtbot.addWidget(w)
    w.form.fields["customers_start"].setText("5")
    started = time.perf_counter()
    w.document.autosave_timer.timeout.emit()  # as the timer does
    assert time.perf_counter() - started < 0.2  # the window went on at once
    w.document.discard_autosave()  # waits for the write under way, then removes it
    assert writers == [False]
    assert not MainWindow.autosave_path().exists()
    w.dirty = False
