"""Build the app with build_installer.spec and run the built binary's self-test (slow: about 40 s)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import write_app_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_built_app_starts_and_passes_its_self_test(tmp_path, clean_env):
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: pip install -e '.[test]'")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build_installer.spec")],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "retention-calculator"
    binary = app / ("retention-calculator.exe" if os.name == "nt" else "retention-calculator")
    # Where retention_gui.paths looks when frozen (the wheel's layout: retention_gui/resources).
    resources = app / "_internal" / "retention_gui" / "resources"
    assert (resources / "sample" / "sample_shop.xlsx").exists()
    assert (resources / "header_synonyms.json").exists()
    assert (resources / "translations" / "retention_da.qm").exists()
    # clean_env: its own home, settings and data folders; the user's saved language is never read.
    # Danish is saved here, so the bundled translations are found and used too.
    write_app_settings(clean_env, {"ui/language": "da"})
    run = subprocess.run([str(binary), "--self-test"], capture_output=True, text=True, timeout=300, env=clean_env,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test OK" in run.stdout
    assert "language da_DK" in run.stdout
