"""The period table panel: one editable row per period, Excel-like paste, add/remove rows, bad cells marked."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.analysis import Analysis
from ..core.errors import Problem
from ..io.headers import detect_kind
from ..io.reader import ImportResult
from .formatting import parse_user_number
from .period_model import PERIOD_TABLE_COLUMNS, PeriodTableModel

__all__ = ["PeriodTablePanel", "PeriodTableView"]


# Column widths: the period column fits "2024-12-31"; number columns fit a two-line header and 1.234.567,89.
PERIOD_COLUMN_WIDTH = 92
NUMBER_COLUMN_WIDTH = 84


class PeriodTableView(QTableView):
    """The period table: Excel-like paste (Ctrl+V) of tab-separated blocks; Delete empties cells.

    The period column stays in sight when the table scrolls right: a second view over the same model
    shows column 0 on top of it (Qt's "frozencolumn" example).
    """

    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("period_table_frozen")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid palette(mid); }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setDefaultSectionSize(NUMBER_COLUMN_WIDTH)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frozen.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self.verticalHeader().sectionResized.connect(self._on_vertical_section_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        model.columnsInserted.connect(self._hide_frozen_columns)
        model.modelReset.connect(self._hide_frozen_columns)
        self.fit_columns()
        self.viewport().stackUnder(self.frozen)
        self.frozen.show()
        self._place_frozen()

    def fit_columns(self) -> None:
        """Each column as wide as its two-line header (at least a number's width): 7-8 columns in 800 px."""
        model = self.model()
        metrics = self.horizontalHeader().fontMetrics()
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            base = PERIOD_COLUMN_WIDTH if column == 0 else NUMBER_COLUMN_WIDTH
            self.setColumnWidth(column, max(base, widest + 14))
        self.frozen.setColumnWidth(0, self.columnWidth(0))

    def _hide_frozen_columns(self, *args) -> None:
        for column in range(1, self.model().columnCount()):
            self.frozen.setColumnHidden(column, True)

    def _on_header_section_resized(self, index: int, old: int, new: int) -> None:
        if index == 0:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _on_vertical_section_resized(self, index: int, old: int, new: int) -> None:
        self.frozen.setRowHeight(index, new)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
            self._place_frozen()

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 - Qt override
        # Moving left must not leave the current cell hidden under the frozen column.
        current = super().moveCursor(action, modifiers)
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0
                and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen.columnWidth(0))
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802 - Qt override
        if index.column() > 0:
            super().scrollTo(index, hint)

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(self.verticalHeader().width() + frame, frame, self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            model = self.model()
            for index in self.selectedIndexes():
                model.setData(index, "")
            return
        super().keyPressEvent(event)


class PeriodTablePanel(QWidget):
    """The table with its buttons. ``edited`` on every edit (undoable through ``undo_stack``);
    ``activated`` when an action here should bring the table to the front; ``status(text, ms)``
    for the window's status bar."""

    edited = Signal()
    activated = Signal()
    status = Signal(str, int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeriodTableModel(undo_stack, self)
        self._excel_rows: dict[int, int] = {}  # Excel row of an imported sheet -> table row
        self._table_rows: dict[int, int] = {}  # and back
        self._import: ImportResult | None = None  # the import the table holds unchanged
        self._loading = False
        self.model.edited.connect(self._on_model_edited)  # first: the analysis below must see the change
        self.model.edited.connect(self.edited)
        self.view = PeriodTableView()
        self.view.setObjectName("period_table")
        self.view.setModel(self.model)
        self.view.paste_requested.connect(self.paste_rows)
        self.origin_note = QLabel("")
        self.origin_note.setObjectName("period_table_origin")
        self.origin_note.setWordWrap(True)
        self.origin_note.hide()
        self.model.modelReset.connect(self._update_origin_note)
        self.model.dataChanged.connect(self._update_origin_note)
        self.model._raw_insert(0, 12)  # empty rows to type into; not an edit
        add_row = QToolButton()
        add_row.setText(self.tr("Add row"))
        add_row.setToolTip(self.tr("Add an empty period at the end (Ctrl+Shift+N)"))
        add_row.clicked.connect(self.add_row)
        remove_rows = QToolButton()
        remove_rows.setText(self.tr("Remove rows"))
        remove_rows.setToolTip(self.tr("Remove the selected periods"))
        remove_rows.clicked.connect(self.remove_selected_rows)
        hint = QLabel(self.tr("One row per period. Paste a block copied from Excel with Ctrl+V."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(add_row)
        bar.addWidget(remove_rows)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.origin_note)

    def paste_rows(self) -> None:
        """Paste the clipboard's tab-separated block at the current cell; a copied header row maps columns."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status.emit(self.tr("The clipboard is empty."), 4000)
            return
        block = list(csv.reader(io.StringIO(text), delimiter="\t"))
        current = self.view.currentIndex()
        top = current.row() if current.isValid() else 0
        left = current.column() if current.isValid() else 0
        if block and block[0] and not _looks_numeric_row(block[0][1:]) and any(c.strip() for c in block[0]):
            kind, mapping = detect_kind(block[0])
            if kind == "periods" and mapping:
                self._paste_with_header(block, mapping, top)
                return
        self.activated.emit()
        if self.model.paste_block(top, left, block):
            self.status.emit(self.tr("Pasted %n row(s).", "", len(block)), 4000)

    def _paste_with_header(self, block: list[list[str]], mapping: dict[int, str], top: int) -> None:
        rows = []
        for line in block[1:]:
            full = [""] * len(PERIOD_TABLE_COLUMNS)
            for pos, key in mapping.items():
                if pos < len(line):
                    full[PERIOD_TABLE_COLUMNS.index(key)] = line[pos]
            rows.append(full)
        self.activated.emit()
        self.model.paste_block(top, 0, rows)

    def add_row(self) -> None:
        self.model.insert_rows(self.model.rowCount(), 1)
        self.activated.emit()
        last = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(last)
        self.view.selectionModel().select(last, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def remove_selected_rows(self) -> None:
        self.model.remove_rows(sorted({i.row() for i in self.view.selectedIndexes()}))

    def mark_invalid_cells(self, errors: list[Problem]) -> None:
        """Colour the cells the errors name (rows of the table are 1-based in problems); each red cell's
        tooltip is its message."""
        if self.model.set_invalid_cells(errors):
            self.view.viewport().update()
            self.view.frozen.viewport().update()

    def clear_marks(self) -> None:
        """No red cell from other data: call on New and before showing a newly imported file."""
        self.model.clear_marks()
        self.view.viewport().update()
        self.view.frozen.viewport().update()

    def load_import(self, imported: ImportResult, text: str, origin: str) -> None:
        """Fill the table from an imported periods sheet; its values show as imported (italic) until edited.

        Until the table is next edited, its analysis names the file's rows (:meth:`locate_in_import`).
        """
        frame = imported.data
        # Problems of an imported sheet name its Excel rows: remember which table row each came from.
        rows = frame["source_row"].tolist() if "source_row" in frame.columns else []
        self._excel_rows = {int(r): i + 1 for i, r in enumerate(rows) if r == r}
        self._table_rows = {table: excel for excel, table in self._excel_rows.items()}
        self._import = imported
        self._loading = True
        try:
            self.model.load_frame(frame, text, origin=origin)
        finally:
            self._loading = False

    def _on_model_edited(self) -> None:
        if not self._loading:
            self._import = None  # an edit (or undoing the import): the table no longer is the file

    def locate_in_import(self, analysis: Analysis) -> None:
        """While the table holds an import unchanged: the analysis's problems name the file, the sheet
        and the Excel rows (as the command line does), after the import's own problems."""
        imported = self._import
        if imported is None:
            return
        located = [imported.locate(p.located(row=self._table_rows.get(p.row)) if p.row is not None else p)
                   for p in analysis.problems]
        analysis.problems = list(imported.problems) + located
        analysis.source = imported

    def select_problem(self, problem: Problem) -> bool:
        """Select the cell a problem is about (its row, and its column when it is a table column)."""
        row = problem.row
        if row is not None and problem.file and self.model.origin:
            row = self._excel_rows.get(row, row)
        if row is None or not 1 <= row <= self.model.rowCount():
            return False
        problem = problem.located(row=row)
        column = PERIOD_TABLE_COLUMNS.index(problem.column) if problem.column in PERIOD_TABLE_COLUMNS else 0
        index = self.model.index(problem.row - 1, column)
        self.activated.emit()
        self.view.setCurrentIndex(index)
        if column > 0:
            self.view.scrollTo(index)
        else:
            self.view.verticalScrollBar().setValue(self.view.rowViewportPosition(problem.row - 1)
                                                   + self.view.verticalScrollBar().value())
        self.view.setFocus()
        return True

    def _update_origin_note(self, *args) -> None:
        sources = sorted(set(self.model.origin.values()))
        if sources:
            self.origin_note.setText(self.tr("Values in italics are as imported from %1; values you type are "
                                             "upright.").replace("%1", ", ".join(sources)))
        self.origin_note.setVisible(bool(sources))


def _looks_numeric_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(parse_user_number(c)[1] for c in filled)
