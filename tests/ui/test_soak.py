"""The short form of benchmarks/soak.py: a few hundred mixed actions on the real window.

The long form (10,000 actions) and its figures (RSS growth, event-loop gaps) are in the README;
timings are printed there, never asserted here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def load_soak():
    spec = importlib.util.spec_from_file_location("soak", ROOT / "benchmarks" / "soak.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_short_soak_of_typing_pasting_undo_tabs_imports_exports_language_and_new(qtbot, monkeypatch):
    from retention_gui.ui.main_window import MainWindow

    soak = load_soak()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    figures = soak.run(window, QApplication.instance(), 300, seed=11, patch_dialogs=False)
    print(figures.report())
    assert figures.actions == 300
    assert {"type", "tab", "paste", "undo", "import", "export", "new", "save"} <= set(figures.counts)
    if sys.version_info < (3, 12):
        assert figures.none_refs_end >= figures.none_refs_start - 60, figures.report()
    # Still alive and still right: S=200, E=210, N=30 gives CRR (210 - 30) / 200 = 90 %.
    window.new_action.trigger()
    window.form.set_values({"customers_start": 200, "customers_end": 210, "new_customers": 30})
    assert window.analysis.periods["crr_pct"].iloc[0] == 90.0
    window.dirty = False
