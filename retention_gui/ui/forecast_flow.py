"""Forecasting the shown orders in the task runner: from the Forecast tab's button (its settings, a
progress dialog, errors shown), or right after an order import (default settings, no dialog).
The window shows the analysis again when the fit has been added to it."""

from __future__ import annotations

import dataclasses
import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.forecast import ForecastSettings
from ..forecasting import default_holdout_days, run_forecast
from ..pipeline import Analysis, Settings
from .dialogs import show_error
from .tasks import TaskRunner

__all__ = ["ForecastFlow"]

log = logging.getLogger(__name__)


class ForecastFlow(QObject):
    """``finished(analysis)`` when a fit has been added to ``analysis`` (run_forecast sets its
    forecast); ``status(text, ms)`` for the status bar."""

    finished = Signal(object)
    status = Signal(str, int)

    def __init__(self, window: QWidget, tasks: TaskRunner, analysis: Callable[[], Analysis | None],
                 settings: Callable[[], Settings]) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._analysis = analysis  # the analysis on screen now
        self._settings = settings

    def run(self, settings: ForecastSettings) -> None:
        """The Forecast tab's button: fit with its settings, with a progress dialog; errors are shown."""
        if self._tasks.busy:
            self._tasks.when_free(lambda: self.run(settings))
            return
        self._start(settings, in_background=False)

    def run_in_background(self) -> None:
        """Right after an order import shows its results: the default settings and a model check over
        the last quarter of the data, without a dialog (a failure is logged; the tab explains itself)."""
        analysis = self._analysis()
        if self._tasks.busy or analysis is None or analysis.orders is None or analysis.forecast is not None:
            return
        self._start(dataclasses.replace(self._settings().forecast_settings(),
                                        holdout_days=default_holdout_days(analysis.orders)),
                    in_background=True)

    def _start(self, settings: ForecastSettings, in_background: bool) -> None:
        analysis = self._analysis()
        if analysis is None or analysis.orders is None:
            return
        if in_background:
            self.status.emit(self.tr("Forecasting…"), 0)
            failed = lambda exc: log.warning("background forecast failed: %s", exc)  # noqa: E731
            dialog = {}
        else:
            failed = lambda exc: show_error(self._window, exc, self.tr("Could not forecast"))  # noqa: E731
            dialog = {"progress_text": self.tr("Forecasting…"), "title": self.tr("Forecast")}
        self._tasks.start(run_forecast, analysis, settings, on_finished=lambda _fc: self.finished.emit(analysis),
                          on_failed=failed, on_cancelled=lambda: None, **dialog)
