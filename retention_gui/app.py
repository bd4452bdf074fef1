"""``retention-gui [FILE] [--sample] [--self-test]``: logging, excepthook, translators, the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Sequence

from .paths import data_dir

__all__ = ["main", "build", "data_dir", "build_parser"]

log = logging.getLogger("retention_gui")


def setup_logging() -> Path:
    """Log to a file: a frozen windowed app has no console (stderr may be None)."""
    path = data_dir() / "retention-calculator.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        root.addHandler(console)
    return path


class _LogStream:
    """Stands in for a missing console stream (a frozen windowed app): what is written goes to the log."""

    def __init__(self, level: int) -> None:
        self.level = level

    def write(self, text: str) -> int:
        if text.strip():
            logging.getLogger("retention_gui.console").log(self.level, text.rstrip())
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def ensure_streams() -> None:
    """Nothing may write to stderr blindly: give a frozen app's missing streams somewhere to go."""
    if sys.stdout is None:
        sys.stdout = _LogStream(logging.INFO)
    if sys.stderr is None:
        sys.stderr = _LogStream(logging.WARNING)


def install_excepthook(log_path: Path) -> None:
    """Anything unexpected is logged and shown calmly, instead of killing the app."""

    def hook(exc_type, exc, tb) -> None:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            app = QApplication.instance()
            if app is not None and QApplication.platformName() != "offscreen":
                box = QMessageBox()
                box.setIcon(QMessageBox.Icon.Critical)
                box.setWindowTitle(QApplication.translate("App", "Something went wrong"))
                box.setText(QApplication.translate(
                    "App", "Something unexpected went wrong. Your typed figures are still there; please save them. "
                    "Details were written to %1").replace("%1", str(log_path)))
                box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb))[-4000:])
                box.exec()
        except Exception:  # the hook itself must never raise
            pass

    sys.excepthook = hook


def install_translators(app, language: str | None = None) -> list:
    """The app's own translation and Qt's, for the system language (or ``language``)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from . import messages
    from .paths import resource_path

    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)  # numbers and dates as the chosen language writes them
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "retention", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    messages.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    return installed


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="retention-gui", description="Retention Calculator desktop app.")
    p.add_argument("file", nargs="?", metavar="FILE", help="spreadsheet or .retention project to open")
    p.add_argument("--sample", action="store_true", help="open the bundled sample data")
    p.add_argument("--empty", action="store_true", help="start with an empty form (no sample)")
    p.add_argument("--language", metavar="CODE", help="interface language, e.g. da, sv, en")
    p.add_argument("--self-test", action="store_true", help="load the sample offscreen, export, check, exit")
    p.add_argument("--screenshot", metavar="PNG", help="with --self-test: save the shown window to this PNG file")
    return p


def _application(args: argparse.Namespace):
    """The QApplication with the app's names, icon, logging, excepthook and translators."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .paths import resource_path
    from .ui.settings import AppSettings

    log_path = setup_logging()
    install_excepthook(log_path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("RetentionCalculator")
    app.setApplicationName("RetentionCalculator")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    app.setProperty("retention_translators", install_translators(app, args.language or AppSettings().language() or None))
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Retention Calculator"))
    return app


def build(argv: Sequence[str] | None = None):
    """``(QApplication, MainWindow)`` as ``retention-gui ARGS`` makes them (``--empty``, ``--language``,
    ``--sample``, a file), shown, without entering the event loop: for tests and scripts from outside.

    A file or the sample is read in the background; the results appear once events are processed.
    """
    args = build_parser().parse_args(argv)
    app = _application(args)
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if window.offer_restore():
        pass  # the user's unsaved typing comes first
    elif args.file:
        window.open_path(args.file)
    elif args.sample or not args.empty:
        # No file given: start on the bundled sample so there is something to look at.
        window.open_sample()
    return app, window


def freeze_startup_objects() -> None:
    """Keep what start-up made (modules, the window, the sample) out of the garbage collector's passes.

    Those objects live as long as the app; without this, every full collection walks all of them
    and stops the window for 100 ms or more now and then while the user types.
    """
    gc.collect()
    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    ensure_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.screenshot and not args.self_test:
        parser.error("--screenshot works with --self-test")
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application(args)
        from .selftest import run_self_test

        return run_self_test(screenshot=args.screenshot)
    app, _window = build(argv)
    freeze_startup_objects()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
