"""The Forecast tab's "Win back" page: customers who spent well with you but have probably stopped
buying, most money at risk first, and the export of that list as CSV or Excel for a mail tool."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...core.forecast import win_back_list
from ...io.winback import write_win_back
from ...messages import metric_name
from .forecast_models import ForecastTableModel, counted, table_view
from .numbers import fill

__all__ = ["WinBackPage", "WIN_BACK_COLUMNS"]

WIN_BACK_COLUMNS = ("customer_id", "email", "last_order", "revenue", "p_alive", "predicted_clv", "value_at_risk")


class WinBackPage(QWidget):
    """The list and its export; ``win_back`` is the shown list (empty before a fitted forecast)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.win_back = pd.DataFrame()
        self.model = ForecastTableModel(WIN_BACK_COLUMNS)
        self.view = table_view(self.model, "forecast_win_back")
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export for mail tool…"), objectName="forecast_export")
        self.export_button.setToolTip(self.tr("Save the list as CSV or Excel, to import in your newsletter or "
                                              "mail tool"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_customers(self, customers: pd.DataFrame) -> None:
        """The win-back list of a fitted forecast's per-customer frame (``Forecast.customers``)."""
        self.win_back = win_back_list(customers)
        with_email = self.win_back["email"].notna().any() if len(self.win_back) else False
        self.model.shown = WIN_BACK_COLUMNS if with_email else tuple(
            c for c in WIN_BACK_COLUMNS if c != "email")
        self.model._sort = None
        self.model.set_data(self.win_back.assign(frequency=_frequency_of(self.win_back, customers)))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.export_button.setEnabled(len(self.win_back) > 0)
        n = len(self.win_back)
        self.intro.setText(
            counted(self.tr("%n customer(s) who spent well with you but have probably stopped buying, "
                                   "most money at risk first. A personal offer may bring them back.", "", n), n)
            if n else self.tr("No customer with a past purchase is likely to have stopped buying."))

    def clear(self) -> None:
        self.win_back = pd.DataFrame()
        self.model.set_data(None)
        self.intro.setText("")
        self.export_button.setEnabled(False)

    def _on_export_button_clicked(self) -> None:
        if not len(self.win_back):
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export win-back list"), self.tr("win-back.csv"),
            self.tr("CSV for mail tools (*.csv);;Excel workbook (*.xlsx)"))
        if not path:
            return
        if "xlsx" in chosen and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        elif "csv" in chosen and not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv"
        self.export_win_back(path)

    def export_win_back(self, path: str) -> bool:
        """Write the win-back list to ``path`` (CSV, or Excel for ``.xlsx``); a calm message on failure."""
        try:
            write_win_back(self.win_back, path, metric_name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export win-back list"),
                                fill(self.tr("The list could not be saved: %1"), exc.strerror or str(exc)))
            return False
        return True


def _frequency_of(rows: pd.DataFrame, customers: pd.DataFrame) -> np.ndarray:
    lookup = pd.Series(customers["frequency"].to_numpy(), index=customers["customer_id"].to_numpy())
    return rows["customer_id"].map(lookup).to_numpy() if len(rows) else np.zeros(0)
