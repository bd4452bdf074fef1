"""Build the app with build_installer.spec and run the built binary's self-test (slow: about 40 s)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_built_app_starts_and_passes_its_self_test(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: pip install -e '.[test]'")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build_installer.spec")],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "retention-calculator"
    binary = app / ("retention-calculator.exe" if os.name == "nt" else "retention-calculator")
    assert (app / "_internal" / "resources" / "sample" / "sample_shop.xlsx").exists()
    assert (app / "_internal" / "resources" / "header_synonyms.json").exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RETENTION_GUI_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run([str(binary), "--self-test"], capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test OK" in run.stdout
