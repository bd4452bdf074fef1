"""Every error and warning of the current data in one list, like a build-errors pane.

``ProblemsPanel`` lives in a dock; ``ProblemCountButton`` sits in the status bar and
opens it. A row of the list leads to the field or cell the problem is about
(``problem_activated``).
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ERROR, Problem
from ..messages import message_for, metric_name
from .panels.numbers import english_plural

__all__ = ["ProblemsPanel", "ProblemCountButton", "merge_problems"]

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b23c00"

_SEVERITY, _PERIOD, _ROW, _COLUMN, _MESSAGE = range(5)
_PROBLEM_ROLE = Qt.ItemDataRole.UserRole
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _key(p: Problem) -> tuple:
    return (p.severity, p.code, p.row, p.column, p.period, p.file, p.sheet, repr(sorted(p.values.items(), key=str)))


def merge_problems(*lists: Iterable[Problem]) -> list[Problem]:
    """The problems of several lists, each once (a cell note may also be among the analysis problems)."""
    seen: set[tuple] = set()
    out: list[Problem] = []
    for problems in lists:
        for p in problems:
            k = _key(p)
            if k not in seen:
                seen.add(k)
                out.append(p)
    return out


class _ProblemItem(QTreeWidgetItem):
    """Sorts by the value behind the text: rows as numbers, errors before warnings."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:  # noqa: D105 - Qt override
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        a, b = self.data(column, _SORT_ROLE), other.data(column, _SORT_ROLE)
        if a is None or b is None:
            return super().__lt__(other)
        return a < b


class ProblemsPanel(QWidget):
    """The list of problems: severity, period, row, column, message. ``problem_activated(Problem)`` on
    click or Enter."""

    problem_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.summary = QLabel("")
        self.summary.setObjectName("problems_summary")
        self.severity = QComboBox()
        self.severity.setObjectName("problems_severity")
        self.severity.addItem(self.tr("Errors and warnings"), "all")
        self.severity.addItem(self.tr("Errors only"), ERROR)
        self.severity.addItem(self.tr("Warnings only"), "warning")
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        self.list = QTreeWidget()
        self.list.setObjectName("problems_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Period"), self.tr("Row"), self.tr("Column"),
                                   self.tr("Problem")])
        # Room after each text: with the warning icon, "Advarsel" / "Varning" lost its last letter.
        self.list.setStyleSheet("QTreeView::item { padding-right: 8px; }")
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (_SEVERITY, _PERIOD, _ROW, _COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(_ROW, Qt.SortOrder.AscendingOrder)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.empty = QLabel(self.tr("No problems: every figure could be read and checked."))
        self.empty.setObjectName("problems_empty")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.severity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.set_problems([])

    def set_problems(self, problems: list[Problem], cell_problems: list[Problem] | None = None) -> None:
        """Show ``problems`` (an analysis's, imported and located ones included) and the table's cell notes."""
        self.problems = merge_problems(problems, cell_problems or [])
        self.list.setSortingEnabled(False)
        self.list.clear()
        icons = {ERROR: self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        kinds = {ERROR: self.tr("Error"), "warning": self.tr("Warning")}
        for p in self.problems:
            severity = p.severity if p.severity == ERROR else "warning"
            column = p.column_label or (metric_name(p.column) if p.column else "")
            item = _ProblemItem([kinds[severity], p.period or "", "" if p.row is None else str(p.row), column,
                                 message_for(p)])
            item.setIcon(_SEVERITY, icons[severity])
            item.setForeground(_SEVERITY, QColor(ERROR_COLOUR if severity == ERROR else WARNING_COLOUR))
            item.setData(_SEVERITY, _PROBLEM_ROLE, p)
            item.setData(_SEVERITY, _SORT_ROLE, 0 if severity == ERROR else 1)
            item.setData(_ROW, _SORT_ROLE, -1 if p.row is None else int(p.row))
            item.setTextAlignment(_ROW, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(_MESSAGE, message_for(p))
            self.list.addTopLevelItem(item)
        self.list.setSortingEnabled(True)
        self._apply_filter()
        errors = sum(1 for p in self.problems if p.severity == ERROR)
        warnings = len(self.problems) - errors
        self.summary.setText(self.count_text(errors, warnings) or self.tr("No problems"))
        self.list.setVisible(bool(self.problems))
        self.empty.setVisible(not self.problems)

    def count_text(self, errors: int, warnings: int) -> str:
        """"2 input errors; 22 warnings" (a part is left out when it is zero)."""
        parts = []
        if errors:
            parts.append(english_plural(self.tr("%n input error(s)", "", errors), errors))
        if warnings:
            parts.append(english_plural(self.tr("%n warning(s)", "", warnings), warnings))
        return "; ".join(parts)

    def visible_problems(self) -> list[Problem]:
        """The listed problems as shown (sorted, filtered)."""
        out = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if not item.isHidden():
                out.append(item.data(_SEVERITY, _PROBLEM_ROLE))
        return out

    def _apply_filter(self) -> None:
        wanted = self.severity.currentData()
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            p: Problem = item.data(_SEVERITY, _PROBLEM_ROLE)
            is_error = p.severity == ERROR
            item.setHidden(wanted == ERROR and not is_error or wanted == "warning" and is_error)

    def _on_severity_changed(self, index: int) -> None:
        self._apply_filter()

    def _on_list_item_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        self.problem_activated.emit(item.data(_SEVERITY, _PROBLEM_ROLE))


class ProblemCountButton(QToolButton):
    """"3 input errors; 22 warnings" in the status bar, in red (errors) or orange; ``clicked`` opens the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem_count_button")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Show the list of problems"))
        self.errors = self.warnings = 0
        self.set_counts(0, 0)

    def set_problems(self, problems: list[Problem]) -> None:
        errors = sum(1 for p in problems if p.severity == ERROR)
        self.set_counts(errors, len(problems) - errors)

    def set_counts(self, errors: int, warnings: int) -> None:
        self.errors, self.warnings = errors, warnings
        parts = []
        if errors:
            parts.append(english_plural(self.tr("%n input error(s)", "", errors), errors))
        if warnings:
            parts.append(english_plural(self.tr("%n warning(s)", "", warnings), warnings))
        self.setText("; ".join(parts))
        colour = ERROR_COLOUR if errors else WARNING_COLOUR
        self.setStyleSheet(f"QToolButton {{ color: {colour}; text-decoration: underline; border: none; }}")
        self.setVisible(bool(errors or warnings))
