"""Dialogs: column mapping (:mod:`.mapping_dialog`), import problems, settings, help, about; and show_error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.errors import InputError, Problem
from ..messages import format_problem, message_for, metric_name
from ..pipeline import Settings
from .explain import HELP_HTML, _tr
from .mapping_dialog import MappingDialog
from .panels.numbers import english_plural
from .settings import default_currency

__all__ = ["MappingDialog", "ProblemsDialog", "SettingsDialog", "HelpDialog", "show_error", "show_about", "error_text"]


def error_text(exc: BaseException, limit: int = 20) -> str:
    """Every problem of an expected error, one per line, as the CLI words them."""
    if isinstance(exc, InputError):
        lines = [format_problem(p) for p in exc.problems[:limit]]
        if len(exc.problems) > limit:
            lines.append(f"… (+{len(exc.problems) - limit})")
        return "\n".join(lines)
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """One calm message box for expected failures (bad files, bad input, a locked target)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("App", "Retention Calculator"))
    text = error_text(exc)
    first, _, rest = text.partition("\n")
    box.setText(first)
    if rest:
        box.setDetailedText(text)
    box.exec()


class ProblemsDialog(QDialog):
    """Import problems with Excel row and column; the data is still shown where it could be read."""

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in the file"))
        self.lines = [format_problem(p, with_severity=True) for p in problems]
        self.table = QTableWidget(len(problems), 5)
        self.table.setObjectName("problem_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                              self.tr("Problem")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        kinds = {"error": self.tr("Error"), "warning": self.tr("Note")}
        for i, p in enumerate(problems):
            cells = [kinds.get(p.severity, p.severity), p.sheet or "", "" if p.row is None else str(p.row),
                     p.column_label or (metric_name(p.column) if p.column else ""), message_for(p)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0 and p.severity == "error":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        for j in range(4):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        errors = sum(1 for p in problems if p.severity == "error")
        file = next((p.file for p in problems if p.file), "")
        intro = QLabel(english_plural(self.tr("%n problem(s) found in %1. Cells that could not be read are left empty "
                                              "and the figures that depend on them are not shown. Fix them in the "
                                              "file and import it again.", "", len(problems)), len(problems))
                       .replace("%1", file) if errors
                       else self.tr("Notes about %2 (the figures were computed):").replace("%2", file))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 380)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for key, label in (("month", self.tr("Month")), ("week", self.tr("Week (ISO)")),
                           ("quarter", self.tr("Quarter")), ("year", self.tr("Year"))):
            self.frequency.addItem(label, key)
        self.frequency.setCurrentIndex(self.frequency.findData(settings.frequency))
        self.window = QSpinBox()
        self.window.setObjectName("churn_window_days")
        self.window.setRange(1, 3650)
        self.window.setSuffix(self.tr(" days"))
        self.window.setValue(settings.churn_window_days)
        self.window.setToolTip(self.tr("A customer counts as alive while their last order is at most this many days old."))
        self.loyal = QSpinBox()
        self.loyal.setObjectName("loyal_min_orders")
        self.loyal.setRange(1, 1000)
        self.loyal.setValue(settings.loyal_min_orders)
        self.currency = QLineEdit(settings.currency)
        self.currency.setObjectName("currency")
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        labels = {"churn_pct_above": self.tr("Warn when churn is above (%)"),
                  "nps_below": self.tr("Warn when NPS is below"),
                  "nrr_pct_below": self.tr("Warn when NRR is below (%)"),
                  "dso_above": self.tr("Warn when DSO is above (days)")}
        form = QFormLayout()
        form.addRow(self.tr("Period length for orders and dates"), self.frequency)
        form.addRow(self.tr("Churn window"), self.window)
        form.addRow(self.tr("Orders that make a customer loyal"), self.loyal)
        form.addRow(self.tr("Currency symbol"), self.currency)
        for key, label in labels.items():
            spin = QDoubleSpinBox()
            spin.setObjectName(key)
            spin.setRange(-100.0, 10_000.0)
            spin.setDecimals(1)
            spin.setValue(float(settings.thresholds.get(key, 0.0)))
            self.thresholds[key] = spin
            form.addRow(label, spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._on_defaults_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_defaults_clicked(self) -> None:
        d = Settings()
        self.frequency.setCurrentIndex(self.frequency.findData(d.frequency))
        self.window.setValue(d.churn_window_days)
        self.loyal.setValue(d.loyal_min_orders)
        self.currency.setText(default_currency())  # "kr" in Swedish, "kr." otherwise
        for key, spin in self.thresholds.items():
            spin.setValue(d.thresholds[key])

    def settings(self) -> Settings:
        return Settings(
            frequency=str(self.frequency.currentData()),
            churn_window_days=self.window.value(),
            loyal_min_orders=self.loyal.value(),
            thresholds={k: s.value() for k, s in self.thresholds.items()},
            currency=self.currency.text().strip(),
        )


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How are these computed?"))
        text = QTextBrowser()
        text.setHtml(_tr(HELP_HTML))
        text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(720, 620)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("App", "About Retention Calculator"),
        f"<h3>{QCoreApplication.translate('App', 'Retention Calculator')} {__version__}</h3>"
        + QCoreApplication.translate("App", "<p>Measure, understand and improve customer retention.</p>"
                                            "<p>Open source. Built with Qt, pandas, pyqtgraph and openpyxl.</p>"),
    )
