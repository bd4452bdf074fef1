"""``retention-gui --self-test`` passes whatever language the user saved, and leaves their files alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import write_app_settings

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # This checkout's package, whatever else is installed (PYTHONPATH beats an editable install elsewhere).
    env = {**env, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "retention_gui", "--self-test", *args], capture_output=True,
                          text=True, timeout=300, env=env, cwd=cwd)


@pytest.mark.parametrize("language, locale", [("da", "da_DK"), ("sv", "sv_SE"), ("en", "en_")], ids=["da", "sv", "en"])
def test_self_test_passes_in_the_saved_language_and_leaves_the_users_files_alone(clean_env, tmp_path, language, locale):
    # A saved language and analysis settings that differ from the defaults the self-test checks against.
    ini = write_app_settings(clean_env, {"ui/language": language, "analysis/frequency": "week"})
    before = ini.read_text(encoding="utf-8")
    autosave = Path(clean_env["RETENTION_GUI_DATA_DIR"]) / "autosave.retention"
    autosave.parent.mkdir(parents=True, exist_ok=True)
    autosave.write_bytes(b"typed work from before a crash")
    shot = tmp_path / "shot.png"
    result = run_self_test({**clean_env, "RETENTION_GUI_SELFTEST_SCREENSHOT": str(shot)}, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test OK" in result.stdout
    assert f"language {locale}" in result.stdout  # the saved language was really used
    assert ini.read_text(encoding="utf-8") == before  # no window geometry or anything else written back
    assert autosave.read_bytes() == b"typed work from before a crash"  # closing the window did not discard it
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
