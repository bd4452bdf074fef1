"""The main window's layout, as Qt Designer's setupUi would build it: the input tabs (quick form,
period table) on the left; on the right the start page, or the results with the import summary
above them; a splitter between the two; the problems dock below; the problem counts and the data's
source in the status bar.

Only the parts and their places: the window connects their signals. Texts use the "MainWindow"
translation context, written out so pyside6-lupdate finds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from .forms import QuickForm
from .import_summary import ImportSummaryBar
from .period_table import PeriodTablePanel
from .problems_dock import ProblemsDock
from .results import ResultsView
from .start_page import StartPage

__all__ = ["build_layout"]


def build_layout(w) -> None:
    """Create the parts as attributes of ``w`` (a MainWindow with its ``undo_stack``) and lay them out."""
    w.form = QuickForm()
    w.period_table = PeriodTablePanel(w.undo_stack)
    w.input_tabs = QTabWidget()
    w.input_tabs.setObjectName("input_tabs")
    w.input_tabs.addTab(w.form, QCoreApplication.translate("MainWindow", "Quick form"))
    w.input_tabs.addTab(w.period_table, QCoreApplication.translate("MainWindow", "Period table"))

    w.result_tabs = ResultsView()
    w.start_page = StartPage()
    # Above the tabs: one line saying what was read from the file (sheet, columns, rows left out).
    w.import_summary = ImportSummaryBar()
    w.results_host = QWidget()
    box = QVBoxLayout(w.results_host)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(w.import_summary)
    box.addWidget(w.result_tabs, 1)
    w.right = QStackedWidget()
    w.right.addWidget(w.start_page)
    w.right.addWidget(w.results_host)

    splitter = QSplitter()
    splitter.addWidget(w.input_tabs)
    splitter.addWidget(w.right)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([380, 900])
    w.splitter = splitter
    w.setCentralWidget(splitter)
    # Every error and warning of the current data, like a build-errors list; the status-bar counts open it.
    w.problems_dock = ProblemsDock(w)
    w.problems_panel = w.problems_dock.panel
    w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, w.problems_dock)
    w.problems_dock.hide()
    w.problems_label = w.problems_dock.count_button
    w.source_label = QLabel("")
    w.statusBar().addPermanentWidget(w.problems_label)
    w.statusBar().addPermanentWidget(w.source_label)
