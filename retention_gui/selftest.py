"""``retention-gui --self-test``: open the window, load the sample, compute, export, check, exit.

The test is independent of the user: whatever language, analysis settings or
window state they saved, it checks the same numbers, and it neither reads nor
changes their settings or their autosaved work (both are pointed at a temporary
folder while it runs). The interface language chosen at start-up stays, so the
translated window and workbook are exercised too; the exported workbook is
read by column position (the canonical keys' order), never by its headers,
which are translated.

With a screenshot path (``run_self_test(screenshot=...)`` or the environment
variable ``RETENTION_GUI_SELFTEST_SCREENSHOT``) the shown window is saved as a
PNG once the sample is loaded; on a real display it is grabbed from the screen.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

__all__ = ["run_self_test", "SCREENSHOT_ENV"]

#: Environment variable naming a PNG file the self-test saves the window to.
SCREENSHOT_ENV = "RETENTION_GUI_SELFTEST_SCREENSHOT"

# Exported columns compared with the core, by canonical key.
CHECKED_KEYS = ("customers_start", "customers_end", "crr_pct", "churn_pct", "revenue", "orders", "aov")


class SelfTestFailure(Exception):
    """A check did not hold; the message says which."""


def _say(text: str) -> None:
    if sys.stdout is not None:
        print(text, flush=True)


def run_self_test(screenshot: str | os.PathLike[str] | None = None) -> int:
    """Run the checks in the running ``QApplication``; 0 when all pass, 1 otherwise."""
    from PySide6.QtCore import QSettings

    from .paths import DATA_DIR_ENV

    if screenshot is None:
        screenshot = os.environ.get(SCREENSHOT_ENV) or None
    with tempfile.TemporaryDirectory(prefix="retention-self-test-") as tmp:
        # The user's settings and autosave stay untouched: closing the window writes its
        # geometry and deletes "the" autosave file, which must not be the user's.
        old_data_dir = os.environ.get(DATA_DIR_ENV)
        os.environ[DATA_DIR_ENV] = str(Path(tmp, "data"))
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(Path(tmp, "settings")))
        window = None
        try:
            from .ui.main_window import MainWindow

            window = MainWindow()
            summary = _run_checks(window, Path(tmp), screenshot)
        except SelfTestFailure as exc:
            _say(f"self-test FAILED: {exc}")
            return 1
        except Exception:  # a bug: say where, and still end cleanly (no abort on a running thread)
            _say("self-test FAILED: unexpected error\n" + traceback.format_exc())
            return 1
        finally:
            _close(window)
            if old_data_dir is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = old_data_dir
    _say(f"self-test OK: {summary}")
    return 0


def _wait(window: Any, signal: Any, timeout_ms: int) -> tuple[bool, tuple]:
    """Run the event loop until ``signal`` fires (True, its arguments) or the time is up (False, ())."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[tuple] = []

    def on_signal(*args: Any) -> None:
        got.append(args)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(on_signal)
    return (bool(got), got[0] if got else ())


def _run_checks(window: Any, tmp: Path, screenshot: str | os.PathLike[str] | None) -> str:
    from openpyxl import load_workbook
    from PySide6.QtCore import QLocale

    from .paths import sample_workbook
    from .pipeline import Settings, analyse_file
    from .ui import main_window as ui_main_window
    from .ui.dialogs import error_text
    from .ui.main_window import SAMPLE_SHEET

    failures: list[str] = []
    # No modal message box may wait for a click here: a failure is printed and ends the test.
    ui_main_window.show_error = lambda parent, exc, title=None: failures.append(error_text(exc))
    window.show()
    window.open_sample()
    fired, args = _wait(window, window.import_finished, 60_000)
    if not fired or not args[0] or window.analysis is None:
        raise SelfTestFailure("the sample did not load" + (f": {failures[0]}" if failures else ""))
    if screenshot:
        _save_screenshot(window, Path(screenshot))

    expected = analyse_file(str(sample_workbook()), sheet=SAMPLE_SHEET, settings=Settings())
    periods = expected.periods
    shown = window.analysis.periods
    if list(shown.columns) != list(periods.columns) or len(shown) != len(periods):
        raise SelfTestFailure(f"the window's periods differ from the core's: {list(shown.columns)} "
                              f"({len(shown)} rows) != {list(periods.columns)} ({len(periods)} rows)")

    target = str(tmp / "self-test.xlsx")
    window.export_to(target)
    fired, args = _wait(window, window.export_finished, 60_000)
    if not fired or args[0] != target:
        raise SelfTestFailure("export did not finish" + (f": {failures[0]}" if failures else ""))
    wb = load_workbook(target, read_only=True)
    # The sheet carries the interface language's name, as the export wrote it.
    from PySide6.QtCore import QCoreApplication

    rows = list(wb[QCoreApplication.translate("Workbook", "Periods")].iter_rows(values_only=True))
    wb.close()
    # Headers are in the interface language; the columns are the canonical keys, in order.
    keys = [str(c) for c in shown.columns]
    if len(rows[0]) != len(keys):
        raise SelfTestFailure(f"the Periods sheet has {len(rows[0])} columns, the analysis {len(keys)}")
    if len(rows) - 1 != len(periods):
        raise SelfTestFailure(f"the Periods sheet has {len(rows) - 1} rows, the analysis {len(periods)}")
    checked = 0
    for key in CHECKED_KEYS:
        col = keys.index(key)
        for i, row in enumerate(rows[1:]):
            want = periods[key].iloc[i]
            got = row[col]
            if isinstance(got, str) and got.startswith("="):
                continue  # live formulas are checked by the test suite with a spreadsheet engine
            missing = want is None or (isinstance(want, float) and math.isnan(want))
            if (got is None) != missing or (
                    got is not None and not math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-9)):
                raise SelfTestFailure(f"{key} (column {col + 1} {rows[0][col]!r}) row {i + 2}: {got!r} != {want!r}")
            checked += 1
    if checked == 0:
        raise SelfTestFailure("no exported value was compared")

    # The CSV path (Arrow's reader) must work in a built app too.
    csv_path = tmp / "self-test.csv"
    csv_path.write_text("Kunde-ID;Ordredato;Beløb\nA;2024-01-05;100,5\nB;2024-02-01;50\nA;2024-03-02;20\n",
                        encoding="utf-8")
    small = analyse_file(str(csv_path))
    if small.summary.get("revenue") != 170.5 or small.summary.get("customers") != 2:
        raise SelfTestFailure(f"CSV import gave {small.summary}")
    from PySide6.QtWidgets import QApplication

    shot = f"; screenshot {screenshot}" if screenshot else ""
    return (f"{len(periods)} periods, {checked} exported values match the core; CSV import OK; "
            f"language {QLocale().name()}; platform {QApplication.platformName()}{shot}")


def _save_screenshot(window: Any, path: Path) -> None:
    """Save the window as shown: from the screen on a real display, else rendered by the widget."""
    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtWidgets import QApplication

    handle = window.windowHandle()
    deadline = QDeadlineTimer(10_000)
    while handle is not None and not handle.isExposed() and not deadline.hasExpired():
        QApplication.processEvents()
    # Let the panels paint the loaded sample before the picture is taken.
    settle = QDeadlineTimer(300)
    while not settle.hasExpired():
        QApplication.processEvents()
    pixmap = None
    if QApplication.platformName() != "offscreen" and window.screen() is not None:
        pixmap = window.screen().grabWindow(window.winId())
    if pixmap is None or pixmap.isNull():
        pixmap = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        raise SelfTestFailure(f"could not save a screenshot to {path}")


def _close(window: Any) -> None:
    """Close the window without questions and stop its worker threads before Qt tears down."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    if window is None:
        return
    window.dirty = False
    window.close()
    for thread in window.findChildren(QThread):
        thread.quit()
        thread.wait(30_000)
    QApplication.processEvents()
