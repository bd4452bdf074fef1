"""Render every result tab of the main window, the period table, the problems dock and the dialogs,
offscreen, to PNG files, at 1280x720 and 1920x1080, in one language.

    python scripts/screenshots.py OUTDIR [LANG]

LANG is ``en``, ``da`` or ``sv`` (default: the ``SHOT_LANGUAGE`` environment variable, else ``en``).
LANG ``all`` runs one process per language (the translators are installed once per process). Files are named ``LANG-SIZE-NN-name.png``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# This checkout's package, not another one installed in editable mode (scripts/ is sys.path[0]).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETENTION_GUI_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "retention-shots"))

LANGUAGES = ("en", "da", "sv")
SIZES = ((1280, 720), (1920, 1080))
TABS = ("overview", "trends", "cohorts", "customers", "forecast", "whatif", "improve", "data")


def main(outdir: str, language: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from retention_gui.app import build
    from retention_gui.io.reader import read_raw
    from retention_gui.paths import sample_workbook
    from retention_gui.ui.dialogs import HelpDialog, MappingDialog, SettingsDialog

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app, w = build(["--empty", "--language", language])

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_free(timeout_s: float = 120) -> None:
        end = time.monotonic() + timeout_s
        while w.worker is not None and time.monotonic() < end:
            settle(50)
        settle()

    def load(**kwargs) -> None:
        loop = QEventLoop()
        w.import_finished.connect(lambda ok: loop.quit())
        if kwargs:
            w.import_path(str(sample_workbook()), remember=False, **kwargs)
        else:
            w.open_sample()
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        wait_free()

    def shot(widget, name: str, size: tuple[int, int] | None) -> None:
        tag = f"{size[0]}x{size[1]}" if size else "dialog"
        widget.grab().save(str(out / f"{language}-{tag}-{name}.png"))

    def shoot_tabs(prefix: str, size: tuple[int, int]) -> None:
        for i, name in enumerate(TABS):
            w.show_tab(i)
            settle()
            if name == "forecast" and prefix == "1":
                w.result_tabs.forecast.run_button.click()
                settle(50)
                wait_free()
                w.show_tab(i)
                settle(250)
            shot(w, f"{prefix}{i}-{name}", size)

    w.show()
    settle()
    for size in SIZES:
        w.resize(*size)
        settle()
        shot(w, "00-start", size)

    # The sample orders: every result tab, then with the problems dock open.
    load()
    for size in SIZES:
        w.resize(*size)
        settle()
        shoot_tabs("1", size)
        w.problems_dock.show()
        w.show_tab(0)
        settle()
        shot(w, "19-overview-problems", size)
        w.problems_dock.hide()
        settle()

    # The sample periods sheet in the editable period table.
    load(sheet="Nøgletal")
    for size in SIZES:
        w.resize(*size)
        settle()
        w.input_tabs.setCurrentWidget(w.period_table)
        shoot_tabs("2", size)
        w.problems_dock.show()
        w.show_tab(0)
        settle()
        shot(w, "29-periods-problems", size)
        w.problems_dock.hide()
        settle()

    dialogs = {
        "30-settings": SettingsDialog(w.settings, w),
        "31-mapping": MappingDialog(read_raw(sample_workbook(), "Ordrer"), "transactions", {"customer_id": 1}, w),
        "33-help": HelpDialog(w),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        settle()
        shot(dialog, name, None)
        dialog.close()
    w.dirty = False
    w.close()
    app.processEvents()
    print(f"screenshots ({language}) in {out}")
    return 0


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "screenshots"
    lang = sys.argv[2] if len(sys.argv) > 2 else (os.environ.get("SHOT_LANGUAGE") or "en")
    if lang == "all":
        codes = [subprocess.call([sys.executable, __file__, target, code]) for code in LANGUAGES]
        sys.exit(max(codes))
    sys.exit(main(target, lang))
