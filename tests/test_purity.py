"""The core and the file layer never load Qt (STYLE.md: keep the core pure)."""

from __future__ import annotations

import subprocess
import sys


def test_core_io_cli_import_without_pyside6():
    code = (
        "import sys, retention_gui.core.periods, retention_gui.core.transactions, retention_gui.core.nps, "
        "retention_gui.core.forecast, "
        "retention_gui.io.reader, retention_gui.io.workbook, retention_gui.pipeline, retention_gui.cli; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_does_no_file_io():
    import pathlib

    import retention_gui.core as core

    for path in pathlib.Path(core.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("open(", "openpyxl", "fastexcel", "PySide6", "read_csv", "to_excel"):
            assert forbidden not in text, f"{path.name} uses {forbidden}"
