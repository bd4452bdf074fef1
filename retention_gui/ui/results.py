"""The result tabs: every panel shows the same analysis; only the visible one is drawn at once,
the others when they are shown (typing redraws one tab per pause, not all of them)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from ..pipeline import Analysis
from .panels.forecast import ForecastPanel
from .panels.improve import ImprovePanel
from .panels.overview import OverviewPanel
from .panels.tables import CohortsPanel, CustomersPanel, DataPanel
from .panels.trends import TrendsPanel
from .panels.whatif import WhatIfPanel

__all__ = ["ResultsView"]


class ResultsView(QTabWidget):
    """Tabs of result panels. A panel is any widget with ``show_analysis(analysis | None)``."""

    drawn = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result_tabs")
        self.analysis: Analysis | None = None
        self.overview = OverviewPanel()
        self.trends = TrendsPanel()
        self.cohorts = CohortsPanel()
        self.customers = CustomersPanel()
        self.forecast = ForecastPanel()
        self.whatif = WhatIfPanel()
        self.improve = ImprovePanel()
        self.data_panel = DataPanel()
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.trends, self.tr("Trends"))
        self.addTab(self.cohorts, self.tr("Cohorts"))
        self.addTab(self.customers, self.tr("Customers"))
        self.addTab(self.forecast, self.tr("Forecast"))
        self.addTab(self.whatif, self.tr("What-if"))
        self.addTab(self.improve, self.tr("Improve"))
        self.addTab(self.data_panel, self.tr("Data"))
        self.setTabToolTip(self.indexOf(self.forecast), self.tr("Who will buy again, who is slipping away, and what each customer is worth"))
        self.setTabToolTip(self.indexOf(self.whatif), self.tr("What keeping more customers is worth over the next 12 periods"))
        self.setTabToolTip(self.indexOf(self.improve), self.tr("What to do now: suggestions from your own numbers"))
        self._stale: set[QWidget] = set()
        self.currentChanged.connect(self._on_current_changed)
        self.trends.png_button.clicked.connect(self.export_plot_png)
        self.trends.csv_button.clicked.connect(self.export_plot_csv)
        self.overview.warning_activated.connect(self._on_overview_warning_activated)
        self.whatif.scenario_changed.connect(self._on_whatif_scenario_changed)

    def _on_overview_warning_activated(self, key: str) -> None:
        """A card's warning opens the advice for that figure."""
        self.setCurrentWidget(self.improve)
        self.improve.focus_metric(key)

    def _on_whatif_scenario_changed(self, result) -> None:
        # The scenario on screen is the one exported (What-if sheet) and written to JSON.
        if self.analysis is not None:
            self.analysis.what_if = result

    def export_plot_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plot"), "trends.png", self.tr("PNG image (*.png)"))
        if path:
            self.trends.plot.grab().save(path, "PNG")

    def export_plot_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plotted numbers"), "trends.csv",
                                              self.tr("CSV file (*.csv)"))
        if path:
            self.trends.plotted_frame().to_csv(path, index=False)

    def panels(self) -> list[QWidget]:
        return [self.widget(i) for i in range(self.count())]

    def show_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        has = analysis is not None
        self.setTabEnabled(self.indexOf(self.cohorts), bool(has and analysis.cohorts is not None))
        self.setTabEnabled(self.indexOf(self.customers), bool(has and analysis.customers is not None))
        self._stale = set(self.panels())
        self._draw_current()

    def _draw_current(self) -> None:
        panel = self.currentWidget()
        if panel in self._stale:
            self._stale.discard(panel)
            panel.show_analysis(self.analysis)
            self.drawn.emit(panel)

    def _on_current_changed(self, _index: int) -> None:
        self._draw_current()
