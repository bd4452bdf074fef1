"""What-if: what better retention is worth (METRICS.md section 6), with three controls a person can turn.

The baseline comes from the current analysis (typed or imported) through
:func:`retention_gui.pipeline.whatif_for`; the core is small, so every change
of a control recomputes at once. The plots are built once and only get new
numbers with ``setData``. This module is the frame (controls, pages, state); the plots are
in :mod:`.whatif_plot`, the result table and the words in :mod:`.whatif_words`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InputError
from ...core.whatif import HORIZON, WhatIfChanges, WhatIfResult
from ...pipeline import Analysis, whatif_for
from .numbers import display_currency
from .whatif_plot import TEXT_COLOUR, MoneyAxis, WhatIfPlots
from .whatif_words import WhatIfWords

__all__ = ["WhatIfPanel", "MoneyAxis", "DEFAULT_CHANGES"]

# The scenario a new panel starts with: one point less churn says at once what retention is worth.
DEFAULT_CHANGES = WhatIfChanges(churn_down_points=1.0)


class WhatIfPanel(QWidget, WhatIfPlots, WhatIfWords):
    """Baseline against a scenario: controls, a sentence in words, a short table and two plots.

    ``result`` holds the core's :class:`~retention_gui.core.whatif.WhatIfResult`
    for the shown controls (None without an analysis); ``scenario_changed``
    says so each time it changes.
    """

    scenario_changed = Signal(object)  # WhatIfResult | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.result: WhatIfResult | None = None
        self.currency = ""

        # --- heading and baseline ---
        self.title = QLabel(self.tr("What-if: the value of better retention"))
        self.title.setObjectName("whatif_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.baseline_label = QLabel("")
        self.baseline_label.setObjectName("whatif_baseline")
        self.baseline_label.setWordWrap(True)
        self.baseline_label.setTextFormat(Qt.TextFormat.RichText)

        # --- controls ---
        self.churn_down = self._spin("whatif_churn_down", -20.0, 50.0, 0.5, self.tr(" points"),
                                     self.tr("How many percentage points lower churn is each period in the scenario "
                                             "(5 % churn down 1 point is 4 %). Negative: churn goes up."))
        self.new_up = self._spin("whatif_new_up", -100.0, 500.0, 5.0, " %",
                                 self.tr("How many percent more new customers you win each period in the scenario. "
                                         "Negative: fewer."))
        self.value_up = self._spin("whatif_value_up", -100.0, 500.0, 5.0, " %",
                                   self.tr("How many percent more an average customer spends each period in the "
                                           "scenario. Negative: less."))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("whatif_reset")
        self.reset_button.setToolTip(self.tr("Back to one point less churn and no other change"))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        controls = QGroupBox(self.tr("Your scenario"))
        form = QFormLayout(controls)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Churn down by"), self.churn_down)
        form.addRow(self.tr("New customers up by"), self.new_up)
        form.addRow(self.tr("Customer value up by"), self.value_up)
        form.addRow(self.reset_button)
        self.controls = controls

        self.sentence = QLabel("")
        self.sentence.setObjectName("whatif_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                    "border-radius: 6px; padding: 8px; }")
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sf = self.sentence.font()
        sf.setPointSizeF(sf.pointSizeF() * 1.15)
        self.sentence.setFont(sf)
        self.note = QLabel("")
        self.note.setObjectName("whatif_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #505050;")

        left = QVBoxLayout()
        left.addWidget(controls)
        left.addWidget(self.sentence)
        left.addWidget(self.note)
        left.addStretch(1)
        left_host = QWidget()
        left_host.setLayout(left)
        left_host.setFixedWidth(320)
        left.setContentsMargins(0, 0, 0, 0)

        # --- plots, built once (whatif_plot.py) ---
        self._build_plots()

        # --- table (whatif_words.py) ---
        self._build_table()

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plot, 1)
        right.addWidget(self.table)
        right_host = QWidget()
        right_host.setLayout(right)
        results = QHBoxLayout()
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(left_host)
        results.addWidget(right_host, 1)
        results_page = QWidget()
        results_page.setLayout(results)

        # --- the reason page: no numbers, what is missing ---
        self.reason_label = QLabel("")
        self.reason_label.setObjectName("whatif_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reason_label.setMaximumWidth(760)
        rf = self.reason_label.font()
        rf.setPointSizeF(rf.pointSizeF() * 1.15)
        self.reason_label.setFont(rf)
        reason_page = QWidget()
        rp = QVBoxLayout(reason_page)
        rp.addWidget(self.reason_label)
        rp.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(results_page)
        self.pages.addWidget(reason_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.baseline_label)
        outer.addWidget(self.pages, 1)

        for spin in (self.churn_down, self.new_up, self.value_up):
            spin.valueChanged.connect(self._on_control_value_changed)
        self.show_analysis(None)

    # --- building ---

    def _spin(self, name: str, lo: float, hi: float, step: float, suffix: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setDecimals(1)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setToolTip(tip)
        spin.setAccelerated(True)
        spin.setMinimumWidth(150)
        return spin
    # --- state ---

    def changes(self) -> WhatIfChanges:
        """The scenario the controls show."""
        return WhatIfChanges(self.churn_down.value(), self.new_up.value(), self.value_up.value())

    def set_changes(self, changes: WhatIfChanges) -> None:
        """Show a scenario (e.g. from a saved project) and recompute once."""
        for spin, value in ((self.churn_down, changes.churn_down_points), (self.new_up, changes.new_customers_up_pct),
                            (self.value_up, changes.customer_value_up_pct)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._recompute()

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show the what-if for ``analysis``; None clears every number, curve, text and control.

        The controls keep the user's scenario from one analysis to the next, unless the analysis
        carries one of its own (``analysis.what_if``, e.g. from a saved project).
        """
        self.analysis = analysis
        if analysis is None:
            self.currency = ""
            self.set_changes(DEFAULT_CHANGES)
            return
        self.currency = display_currency(analysis.settings.currency)
        if analysis.what_if is not None and analysis.what_if.changes != self.changes():
            # A scenario that came with the analysis (an opened project) is the one to show.
            self.set_changes(analysis.what_if.changes)
            return
        self._recompute()

    def _on_control_value_changed(self, _value: float) -> None:
        self._recompute()

    def _on_reset_button_clicked(self) -> None:
        self.set_changes(DEFAULT_CHANGES)

    def _recompute(self) -> None:
        if self.analysis is None:
            self.result = None
        else:
            try:
                self.result = whatif_for(self.analysis, self.churn_down.value(), self.new_up.value(),
                                         self.value_up.value())
            except InputError:  # the spin boxes' ranges keep the changes allowed; never crash on a slip
                self.result = None
        self._show_result()
        self.scenario_changed.emit(self.result)

    # --- showing ---

    def _clear_numbers(self) -> None:
        for c in self.curves.values():
            c.setData([], [])
        for gap in self.gaps.values():
            gap.setVisible(False)
        for row in range(self.table.rowCount()):
            for col in range(3):
                item = self.table.item(row, col)
                item.setText("")
                item.setForeground(QColor(TEXT_COLOUR))
        self.sentence.setText("")
        self.note.setText("")
        self.baseline_label.setText("")

    def _show_result(self) -> None:
        r = self.result
        self._retitle_table(HORIZON, self.currency)
        for spin in (self.churn_down, self.new_up, self.value_up):
            spin.setEnabled(r is not None and r.ok)
        self.reset_button.setEnabled(r is not None and r.ok)
        if r is None:
            self._clear_numbers()
            self.reason_label.setText(
                self.tr("<b>Nothing to project yet.</b><br>Type your figures or import a spreadsheet to see "
                        "what better retention is worth.") if self.analysis is None else "")
            self.pages.setCurrentIndex(1)
            return
        if not r.ok:
            self._clear_numbers()
            heading = self.tr("Not enough data for a what-if.")
            self.reason_label.setText(f"<b>{heading}</b><br>{self.reason_text(r.reason)}")
            self.pages.setCurrentIndex(1)
            return
        self.reason_label.setText("")
        self.pages.setCurrentIndex(0)
        assert r.baseline is not None and r.scenario is not None
        margin_known = r.inputs.periods_used.get("gross_margin_pct", 0) > 0
        self.baseline_label.setText(self._baseline_text(r, margin_known))
        self._show_plots(r, margin_known)
        self._show_table(r, margin_known)
        self.sentence.setText(self.sentence_text(r, margin_known))
        self.note.setText("" if margin_known else self.tr(
            "Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs."))
