"""Test setup: no display, never the user's own settings, data or logs, and hypothesis profiles.

Hypothesis profiles (``HYPOTHESIS_PROFILE`` picks one; default ``ci`` when ``CI=true``,
else ``quick``): neither has a deadline, because timings on a shared machine
under load say nothing about correctness.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("quick", max_examples=15, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or (
    "ci" if os.environ.get("CI", "").lower() == "true" else "quick")
settings.load_profile(HYPOTHESIS_PROFILE)

# Where a Linux Qt app (and anything else that follows the XDG spec) keeps per-user files.
_XDG_DIRS = {"XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_STATE_HOME": "state"}


def pytest_report_header(config) -> str:
    return f"hypothesis profile: {HYPOTHESIS_PROFILE}"


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path, monkeypatch):
    """Point QSettings, the app's data folder and the XDG folders at a temporary folder
    (napari's _fresh_settings), so neither a test nor a subprocess it starts touches the user's."""
    monkeypatch.setenv("RETENTION_GUI_DATA_DIR", str(tmp_path / "appdata"))
    for var, name in _XDG_DIRS.items():
        monkeypatch.setenv(var, str(tmp_path / "xdg" / name))
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


@pytest.fixture
def clean_env(tmp_path) -> dict[str, str]:
    """Environment for an app subprocess (``retention-gui``, ``retention-calc``, a built binary).

    Its own home, XDG config/data/state/cache folders and ``RETENTION_GUI_DATA_DIR``,
    all under ``tmp_path/user``: the subprocess reads no settings the real user saved
    (language, analysis settings, recent files) and writes no settings, autosave or log
    of theirs. No display (offscreen); ``RETENTION_*`` variables from the caller are dropped.
    Write a settings file for it with ``tests.helpers.write_app_settings``.
    """
    user = tmp_path / "user"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETENTION_")}
    env.update({
        "HOME": str(user / "home"),
        "USERPROFILE": str(user / "home"),  # Windows' home
        "APPDATA": str(user / "appdata-roaming"),
        "LOCALAPPDATA": str(user / "appdata-local"),
        "XDG_CONFIG_HOME": str(user / "config"),
        "XDG_DATA_HOME": str(user / "data"),
        "XDG_STATE_HOME": str(user / "state"),
        "XDG_CACHE_HOME": str(user / "cache"),
        "RETENTION_GUI_DATA_DIR": str(user / "appdata"),
        "QT_QPA_PLATFORM": "offscreen",
    })
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        Path(env[var]).mkdir(parents=True, exist_ok=True)
    return env

