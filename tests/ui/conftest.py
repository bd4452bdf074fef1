from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from retention_gui.ui.main_window import MainWindow

    # Any unexpected modal box would hang a headless run: fail loudly instead.
    def no_box(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "warning", no_box)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(AssertionError(self.text())))
    w = MainWindow()
    w.show()
    yield w
    w.dirty = False
    if w.worker is not None:
        w.worker.cancel()
        qtbot.waitUntil(lambda: w.worker is None, timeout=10_000)
    w.close()
    w.deleteLater()
