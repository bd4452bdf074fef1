"""Test setup: no display, and never the user's own settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path, monkeypatch):
    """Point QSettings and the app's data folder at a temporary folder (napari's _fresh_settings)."""
    monkeypatch.setenv("RETENTION_GUI_DATA_DIR", str(tmp_path / "appdata"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core tests need no Qt
        yield
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(tmp_path / "settings"))
    yield
