"""Table tabs: cohort heatmap, customers (sortable, filterable), and the full period data."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InputError, Problem
from ...core.parsing import as_mask
from ...core.report import is_missing
from ...io.customer_list import CUSTOMER_LIST_COLUMNS, write_customer_list
from ...messages import metric_name
from ...pipeline import Analysis
from ..dialogs import show_error
from ..formatting import format_value
from ..headers import unit_text
from ..models import DataFrameModel
from .numbers import english_plural

__all__ = ["CohortsPanel", "CustomersPanel", "DataPanel", "cohort_average", "heat_colour"]


def heat_colour(pct: float, top: float = 100.0) -> QColor | None:
    """White (0 %) to a calm blue (``top`` %, the highest value on the scale)."""
    if is_missing(pct):
        return None
    t = max(0.0, min(1.0, float(pct) / top)) if top > 0 else 0.0
    return QColor(int(255 - 190 * t), int(255 - 120 * t), int(255 - 40 * t))


# The first cohort column is 100 % by definition: grey, outside the colour scale.
NEUTRAL = QColor(232, 232, 232)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(110)
    view.verticalHeader().setDefaultSectionSize(24)
    # Size columns from the first rows only (a full sheet has a million): each row measured costs a
    # call into Python per column and role, and the lists are sorted with the widest figures on top.
    view.horizontalHeader().setResizeContentsPrecision(80)
    return view


def cohort_average(cohorts: pd.DataFrame) -> list[float]:
    """Per column k: the mean of the cohorts' retention at k weighted by cohort size, over the cohorts that
    have column k (a young cohort has no +k for large k yet); NaN where none has it."""
    width = int(cohorts["retention_pct"].map(len).max()) if len(cohorts) else 0
    out = []
    for k in range(width):
        pairs = [(float(size), float(r[k])) for size, r in zip(cohorts["size"], cohorts["retention_pct"])
                 if k < len(r) and not is_missing(r[k])]
        total = sum(size for size, _ in pairs)
        out.append(sum(size * v for size, v in pairs) / total if total > 0 else np.nan)
    return out


class CohortsPanel(QWidget):
    """Cohort retention heatmap: one row per first-order period, one column per period after it, and an
    average row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.model.background = self._background
        self.model.value_text = {"cohort": self._cohort_text}
        self.model.row_font = self._row_font
        self.view = _table(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(86)
        self.view.verticalHeader().hide()  # row numbers mean nothing here; the cohort column names each row
        self.note = QLabel("")
        self.note.setObjectName("cohorts_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.matrix = pd.DataFrame()
        self.top = 100.0
        self.frequency = "month"

    def column_title(self, k: int) -> str:
        """"Start" for the first period, then "+1 month", "+2 months" (weeks, quarters, years)."""
        if k == 0:
            return self.tr("Start")
        titles = {
            "week": self.tr("+%n week(s)", "", k),
            "quarter": self.tr("+%n quarter(s)", "", k),
            "year": self.tr("+%n year(s)", "", k),
        }
        return english_plural(titles.get(self.frequency, self.tr("+%n month(s)", "", k)), k)

    def _cohort_text(self, value) -> str:
        return self.tr("Average") if value is _AVERAGE else format_value("cohort", value)

    def _row_font(self, row: int) -> QFont | None:
        if len(self.matrix) and row == len(self.matrix) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _background(self, row: int, column: int, value) -> QColor | None:
        if column < 2:
            return None
        if column == 2:
            return None if is_missing(value) else NEUTRAL
        return heat_colour(value, self.top)

    def show_analysis(self, analysis: Analysis | None) -> None:
        cohorts = analysis.cohorts if analysis is not None else None
        if cohorts is None or not len(cohorts):
            self.matrix = pd.DataFrame()
            self.model.set_frame(self.matrix)
            self.note.setText(self.tr("Cohorts need order data: import an order export (one row per order line)."))
            return
        self.frequency = analysis.settings.frequency
        width = int(cohorts["retention_pct"].map(len).max())
        average = cohort_average(cohorts)
        data = {"cohort": [*cohorts["cohort"].tolist(), _AVERAGE],
                "size": [*cohorts["size"].tolist(), int(cohorts["size"].sum())]}
        for k in range(width):
            data[f"+{k}_pct"] = [*(r[k] if k < len(r) else np.nan for r in cohorts["retention_pct"]), average[k]]
        self.matrix = pd.DataFrame(data)
        later = self.matrix[[f"+{k}_pct" for k in range(1, width)]].to_numpy(dtype=float)
        finite = later[np.isfinite(later)]
        self.top = float(finite.max()) if finite.size and finite.max() > 0 else 100.0
        self.model.header_names = {f"+{k}_pct": self.column_title(k) for k in range(width)}
        self.model.header_names["size"] = self.tr("Customers")
        self.model.set_frame(self.matrix)
        self.note.setText(self.tr(
            "Each row is the customers whose first order fell in that period; a column such as \u201c%1\u201d is "
            "the share of them who ordered again that long after. The last row is the average, weighted by "
            "cohort size. Darker blue is better; the start column is always 100 %.").replace(
                "%1", self.column_title(1)))
        self.view.resizeColumnToContents(0)


class _Average:
    """The cohort label of the average row (shown as "Average" in the interface language)."""

    def __str__(self) -> str:
        return "Average"


_AVERAGE = _Average()


class CustomersPanel(QWidget):
    """Per-customer table. Sorting and finding run in pandas: fast on hundreds of thousands of rows.

    "Lapsed valuable customers" shows the lost customers, the biggest spenders first; "Export list…"
    writes what is shown to a CSV file for a mail-out."""

    export_requested = Signal()
    status = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.model.value_text = {"status": self.status_text}
        self.customers: pd.DataFrame | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("customer_filter")
        self.filter.setPlaceholderText(self.tr("Find a customer…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.lapsed = QToolButton()
        self.lapsed.setObjectName("lapsed_customers")
        self.lapsed.setCheckable(True)
        self.lapsed.setText(self.tr("Lapsed valuable customers"))
        self.lapsed.setToolTip(self.tr("Show only customers who have stopped buying, the biggest spenders first: "
                                       "the people worth a win-back offer."))
        self.lapsed.toggled.connect(self._on_lapsed_toggled)
        self.export = QToolButton()
        self.export.setObjectName("export_customers")
        self.export.setText(self.tr("Export list…"))
        self.export.setToolTip(self.tr("Save the customers shown (id, orders, revenue, last order, status) as a "
                                       "CSV file, e.g. for a mail-out"))
        self.export.clicked.connect(self.export_list)
        self.view = _table(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel("")
        self.count.setObjectName("customer_count")
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.lapsed)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self._update_buttons()

    def status_text(self, value) -> str:
        """A customer's status in the interface language (the data keeps "alive" / "lost")."""
        names = {"alive": self.tr("active"), "lost": self.tr("lost")}
        return names.get(str(value), "" if is_missing(value) else str(value))

    def shown(self) -> pd.DataFrame:
        """The customers as shown now (found, filtered and sorted)."""
        return self.model.frame()

    def _on_filter_text_changed(self, text: str) -> None:
        self._apply_filter()

    def _on_lapsed_toggled(self, checked: bool) -> None:
        if checked and "revenue" in self.model.frame().columns:
            column = list(self.model.frame().columns).index("revenue")
            self.view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        self._apply_filter()

    def _apply_filter(self) -> None:
        frame = self.customers
        text = self.filter.text().strip()
        if frame is not None and text:
            ids = frame["customer_id"].astype("string")
            frame = frame[as_mask(ids.str.contains(text, case=False, regex=False)).to_numpy()]
        if frame is not None and self.lapsed.isChecked() and "status" in frame.columns:
            frame = frame[(frame["status"] == "lost").to_numpy()]
        self.model.set_frame(frame)
        header = self.view.horizontalHeader()
        if frame is not None and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.customers is not None and len(self.customers) > 0
        self.lapsed.setEnabled(has)
        self.export.setEnabled(has and len(self.model.frame()) > 0)

    def _update_count(self) -> None:
        customers = self.customers
        if customers is None:
            self.count.setText(self.tr("Customers need order data: import an order export."))
            return
        alive = int((customers["status"] == "alive").sum())
        text = (english_plural(self.tr("%n customer(s)", "", len(customers)), len(customers)) + ", "
                + self.tr("%n active", "", alive))
        shown = len(self.model.frame())
        if shown != len(customers):
            text += " - " + self.tr("%n shown", "", shown)
        self.count.setText(text)

    def show_analysis(self, analysis: Analysis | None) -> None:
        customers = analysis.customers if analysis is not None else None
        self.customers = customers
        self.model.currency = analysis.settings.currency if analysis else ""
        self.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # by revenue
        self._apply_filter()
        if customers is not None:
            self.view.resizeColumnsToContents()

    def export_list(self) -> None:
        """Ask where, then write the customers shown to CSV in the spreadsheet convention of the interface."""
        frame = self.shown()
        if not len(frame):
            return
        name = self.tr("lapsed-customers") if self.lapsed.isChecked() else self.tr("customers")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export customer list"), f"{name}.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        comma_decimal = QLocale().decimalPoint() == ","
        headers = {key: " ".join(part for part in (metric_name(key), unit_text(key, self.model.currency)) if part)
                   for key in CUSTOMER_LIST_COLUMNS}
        try:
            rows = write_customer_list(frame, path, headers, {"alive": self.status_text("alive"),
                                                              "lost": self.status_text("lost")},
                                       delimiter=";" if comma_decimal else ",", decimal="," if comma_decimal else ".")
        except OSError as exc:
            show_error(self, InputError([Problem("write_failed", file=Path(path).name,
                                                 values={"detail": exc.strerror or str(exc)})]))
            return
        self.status.emit(english_plural(self.tr("Saved %n customer(s) to %1", "", rows), rows)
                         .replace("%1", Path(path).name), 6000)


def fit_columns(view: QTableView, rows: int, keep: bool) -> None:
    """Size ``view``'s columns to their header and the text of their first ``rows`` rows, as
    ``resizeColumnsToContents`` does, from the texts' widths: Qt's own sizing asks the model for every
    role of every cell (a call into Python each), 30-70 ms for forty columns after each typed figure.
    With ``keep`` a column only grows (no jumping while the user types; a width they chose stays)."""
    model: DataFrameModel = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    # The item delegate's text margins, and one more pixel each side as QStyledItemDelegate adds.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
    n = min(rows, model.rowCount())
    for column in range(model.columnCount()):
        text = max((metrics.horizontalAdvance(model.display_text(r, column)) for r in range(n)), default=0)
        width = max(text + margin if n else 0, header.sectionSizeHint(column))
        if keep:
            width = max(width, header.sectionSize(column))
        if width != header.sectionSize(column):
            header.resizeSection(column, width)


class DataPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.view = _table(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self._sized_for: tuple = ()  # the columns (and currency) the widths were fitted to
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_analysis(self, analysis: Analysis | None) -> None:
        frame = analysis.periods if analysis is not None else None
        if frame is not None:
            frame = frame.loc[:, [c for c in frame.columns if c == "period" or frame[c].notna().any()]]
        self.model.currency = analysis.settings.currency if analysis else ""
        self.model.set_frame(frame)
        # Forty columns are sized again after every typed figure: from two years of rows, and while the
        # columns stay the same a column only grows.
        columns = (tuple(self.model.frame().columns), self.model.currency)
        fit_columns(self.view, 24, keep=columns == self._sized_for)
        self._sized_for = columns
