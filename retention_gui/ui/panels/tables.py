"""Table tabs: cohort heatmap, customers (sortable, filterable), and the full period data."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...core.parsing import as_mask
from ...core.report import is_missing
from ...pipeline import Analysis
from ..models import DataFrameModel

__all__ = ["CohortsPanel", "CustomersPanel", "DataPanel", "heat_colour"]


def heat_colour(pct: float) -> QColor | None:
    """White (0 %) to a calm blue (100 %)."""
    if is_missing(pct):
        return None
    t = max(0.0, min(1.0, float(pct) / 100.0))
    return QColor(int(255 - 190 * t), int(255 - 120 * t), int(255 - 40 * t))


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(110)
    view.verticalHeader().setDefaultSectionSize(24)
    # Size columns from the first rows only: a full sheet has a million.
    view.horizontalHeader().setResizeContentsPrecision(200)
    return view


class CohortsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.model.background = self._background
        self.view = _table(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(64)
        self.note = QLabel(self.tr("Each row is the customers whose first order fell in that period; column +k is "
                                   "the share of them who ordered again k periods later."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.matrix = pd.DataFrame()

    def _background(self, row: int, column: int, value) -> QColor | None:
        if column < 2:
            return None
        return heat_colour(value)

    def show_analysis(self, analysis: Analysis | None) -> None:
        cohorts = analysis.cohorts if analysis is not None else None
        if cohorts is None or not len(cohorts):
            self.matrix = pd.DataFrame()
            self.model.set_frame(self.matrix)
            self.note.setText(self.tr("Cohorts need order data: import an order export (one row per order line)."))
            return
        width = int(cohorts["retention_pct"].map(len).max())
        data = {"cohort": cohorts["cohort"].tolist(), "size": cohorts["size"].tolist()}
        for k in range(width):
            data[f"+{k}_pct"] = [r[k] if k < len(r) else np.nan for r in cohorts["retention_pct"]]
        self.matrix = pd.DataFrame(data)
        self.model.header_names = {f"+{k}_pct": f"+{k}" for k in range(width)}
        self.model.set_frame(self.matrix)
        self.note.setText(self.tr("Each row is the customers whose first order fell in that period; column +k is "
                                  "the share of them who ordered again k periods later."))
        self.view.resizeColumnToContents(0)


class CustomersPanel(QWidget):
    """Per-customer table. Sorting and finding run in pandas: fast on hundreds of thousands of rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.customers: pd.DataFrame | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("customer_filter")
        self.filter.setPlaceholderText(self.tr("Find a customer…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.view = _table(self.model)
        self.view.setSortingEnabled(True)
        self.count = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.count)

    def _on_filter_text_changed(self, text: str) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        frame = self.customers
        text = self.filter.text().strip()
        if frame is not None and text:
            ids = frame["customer_id"].astype("string")
            frame = frame[as_mask(ids.str.contains(text, case=False, regex=False)).to_numpy()]
        self.model.set_frame(frame)
        header = self.view.horizontalHeader()
        if frame is not None and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def show_analysis(self, analysis: Analysis | None) -> None:
        customers = analysis.customers if analysis is not None else None
        self.customers = customers
        self.model.currency = analysis.settings.currency if analysis else ""
        self.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # by revenue
        self._apply_filter()
        if customers is None:
            self.count.setText(self.tr("Customers need order data: import an order export."))
        else:
            alive = int((customers["status"] == "alive").sum())
            self.count.setText(self.tr("%1 customers, %2 alive").replace("%1", str(len(customers))).replace("%2", str(alive)))
            self.view.resizeColumnsToContents()


class DataPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.view = _table(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_analysis(self, analysis: Analysis | None) -> None:
        frame = analysis.periods if analysis is not None else None
        if frame is not None:
            frame = frame.loc[:, [c for c in frame.columns if c == "period" or frame[c].notna().any()]]
        self.model.currency = analysis.settings.currency if analysis else ""
        self.model.set_frame(frame)
        self.view.resizeColumnsToContents()
