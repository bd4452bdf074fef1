"""The column mapping dialog: which column is which, when the headers were not all recognised.

Roles recognised from the headers are chosen already (:func:`io.headers.match_headers`), or the
mapping chosen last time for the same header layout; the user confirms. For order lines the amount
can be quantity x unit price (METRICS.md section 3, "Real exports"); a price per item chosen as the
amount while a quantity column exists is warned about inline. The preview (ui/mapping_preview.py)
shows the mapped columns as they will be read, with the computed amount.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..io.headers import KIND_KEYS, REQUIRED_KEYS, ROLE_ALTERNATIVES, match_headers, missing_roles, normalize, synonyms
from ..io.reader import RawSheet
from ..messages import explanation, metric_name
from .mapping_preview import MappingPreview, column_names

__all__ = ["MappingDialog"]

# Order-line roles in the order a person thinks of them: who, when, how much, then the rest.
_ORDER_ROLES = ("customer_id", "email", "order_date", "amount", "quantity", "unit_price", "order_id")


class MappingDialog(QDialog):
    """Lets the user say which column is which; recognised columns come pre-filled; shows a preview.

    ``mapping`` (role -> column position) pre-fills the boxes instead of what the headers say;
    ``remembered`` says it is the mapping used last time for these columns (a note is shown).
    """

    NONE = "—"

    def __init__(self, raw: RawSheet, kind: str = "transactions", mapping: dict[str, int] | None = None,
                 parent: QWidget | None = None, remembered: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self.raw = raw
        self.setWindowTitle(self.tr("Which column is which?"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind_box")
        for k, label in (("transactions", self.tr("Orders (one row per order line)")),
                         ("periods", self.tr("Figures per period")),
                         ("nps", self.tr("NPS survey answers"))):
            self.kind_box.addItem(label, k)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_changed)
        where = raw.file + (f" / {raw.sheet}" if raw.sheet else "")
        intro = QLabel(self.tr("Not every column of %1 was recognised. Columns recognised by their names are chosen "
                               "already; pick the column for the rest. Items marked * are needed.").replace("%1", where))
        intro.setWordWrap(True)
        self.note = QLabel(self.tr("These columns were chosen the last time a sheet with the same column names was "
                                   "imported. Check them and press OK."))
        self.note.setObjectName("remembered_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #e3f2fd; padding: 4px; border-radius: 3px;")
        self.note.setVisible(remembered)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidget(self.form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumHeight(250)
        self.boxes: dict[str, QComboBox] = {}
        self.multiply = QCheckBox(self.tr("Amount = quantity × unit price"))
        self.multiply.setObjectName("multiply")
        self.multiply.setToolTip(self.tr("For order lines with a quantity and a price per item (and no amount "
                                         "column): each row's amount is its quantity times its unit price."))
        self.multiply.toggled.connect(self._on_multiply_toggled)
        self.warning = QLabel("")
        self.warning.setObjectName("price_warning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setStyleSheet("background: #fff3e0; color: #8a4b00; padding: 4px; border-radius: 3px;")
        self.warning.linkActivated.connect(self._on_warning_link_activated)
        self.warning.hide()
        self.preview = MappingPreview(raw)
        self.message = QLabel("")
        self.message.setObjectName("mapping_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        top = QFormLayout()
        top.addRow(self.tr("The sheet holds"), self.kind_box)
        layout.addLayout(top)
        layout.addWidget(scroll)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Preview of the first rows, as they will be read:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        initial = mapping if mapping is not None else self._recognised(self.kind())
        self._build_boxes(initial, multiply=_multiplied(initial))
        self.resize(900, 680)

    # ----------------------------------------------------------- building
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _recognised(self, kind: str) -> dict[str, int]:
        return {role: pos for pos, role in match_headers(self.raw.headers, kind).mapping.items()}

    def _roles(self, kind: str) -> tuple[str, ...]:
        return _ORDER_ROLES if kind == "transactions" else KIND_KEYS[kind]

    def _build_boxes(self, mapping: dict[str, int], multiply: bool | None = None) -> None:
        if self.form.indexOf(self.multiply) >= 0:
            self.form.takeRow(self.multiply)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        self._labels: dict[str, QLabel] = {}
        names = column_names(self.raw)
        kind = self.kind()
        for key in self._roles(kind):
            box = QComboBox()
            box.setObjectName(f"map_{key}")
            box.addItem(self.NONE, -1)
            for i, name in enumerate(names):
                box.addItem(name, i)
            if key in mapping and 0 <= mapping[key] < len(names):
                box.setCurrentIndex(box.findData(mapping[key]))
            tip = self._tooltip(key)
            box.setToolTip(tip)
            label = QLabel(self._label_text(key, kind, False))
            label.setToolTip(tip)
            box.currentIndexChanged.connect(self._on_box_changed)
            self.form.addRow(label, box)
            self.boxes[key] = box
            self._labels[key] = label
            if key == "amount":
                self.form.addRow("", self.multiply)
        self.multiply.setVisible(kind == "transactions")
        if multiply is None:
            multiply = self.multiply.isChecked()
        self.multiply.blockSignals(True)
        self.multiply.setChecked(bool(multiply and kind == "transactions"))
        self.multiply.blockSignals(False)
        self._refresh()

    def _label_text(self, key: str, kind: str, multiply: bool) -> str:
        needed = key in REQUIRED_KEYS[kind] and not (key == "amount" and multiply)
        needed = needed or (multiply and key in ROLE_ALTERNATIVES["amount"])
        return metric_name(key) + (" *" if needed else "")

    def _tooltip(self, key: str) -> str:
        tips = {
            "customer_id": self.tr("The column that identifies a customer: a customer number or ID. Rows without "
                                   "one are guest orders and are left out. Not needed when an e-mail column is chosen."),
            "email": self.tr("The customer's e-mail address. It is the customer ID when no customer ID column is "
                             "chosen (compared without regard to case)."),
            "order_date": self.tr("The date of the order: a date, a date and time, or a date written as text."),
            "amount": self.tr("The money of the row, before VAT and shipping if the file has it. Not a price per "
                              "item: then use quantity × unit price."),
            "quantity": self.tr("How many items the row holds. Negative quantities are returns."),
            "unit_price": self.tr("The price of one item. With a quantity, the amount is quantity × unit price."),
            "order_id": self.tr("Order or invoice number: rows with the same number are one order. Without it, "
                                "a customer's rows on one day are one order."),
            "period": self.tr("The period: a date, a month such as \"jan 2025\", or a label."),
            "score": self.tr("The answer to \"How likely are you to recommend us?\", from 0 to 10."),
            "answer_date": self.tr("When the answer was given."),
        }
        return tips.get(key) or explanation(key) or metric_name(key)

    # ------------------------------------------------------------ reading
    def mapping(self) -> dict[str, int]:
        """Role -> column position, as ``import_file(mapping=...)`` takes it. With quantity × unit
        price the amount is left out, so the importer computes it."""
        out = {key: int(box.currentData()) for key, box in self.boxes.items() if int(box.currentData()) >= 0}
        if self.multiply.isChecked():
            out.pop("amount", None)
        return out

    def uses_quantity_times_price(self) -> bool:
        return self.kind() == "transactions" and self.multiply.isChecked()

    def _column_of(self, key: str) -> int:
        box = self.boxes.get(key)
        return -1 if box is None else int(box.currentData())

    # -------------------------------------------------------------- slots
    def _on_kind_box_changed(self) -> None:
        recognised = self._recognised(self.kind())
        self._build_boxes({**recognised, **self.mapping()})

    def _on_box_changed(self) -> None:
        self.message.setText("")
        self._refresh()

    def _on_multiply_toggled(self, _checked: bool) -> None:
        self.message.setText("")
        self._refresh()

    def _on_warning_link_activated(self, _link: str) -> None:
        """"Use quantity × unit price": the column chosen as amount becomes the unit price."""
        price = self._column_of("amount")
        quantity = self._column_of("quantity")
        if quantity < 0:
            quantity = self._quantity_column()
        for box in self.boxes.values():
            box.blockSignals(True)
        if price >= 0 and self._column_of("unit_price") < 0:
            self.boxes["unit_price"].setCurrentIndex(self.boxes["unit_price"].findData(price))
        if quantity >= 0 and self._column_of("quantity") < 0:
            self.boxes["quantity"].setCurrentIndex(self.boxes["quantity"].findData(quantity))
        self.boxes["amount"].setCurrentIndex(0)
        for box in self.boxes.values():
            box.blockSignals(False)
        self.multiply.setChecked(True)
        self._refresh()

    def _refresh(self) -> None:
        kind = self.kind()
        multiply = self.uses_quantity_times_price()
        if "amount" in self.boxes:
            self.boxes["amount"].setEnabled(not multiply)
        for key, label in self._labels.items():
            label.setText(self._label_text(key, kind, multiply))
        self._update_warning()
        self.preview.show_mapping(kind, self._roles(kind), self.mapping(), multiply)

    # ------------------------------------------------------------ warning
    def _quantity_column(self) -> int:
        """The column chosen as the quantity, else the first column named like one; -1 if none."""
        chosen = self._column_of("quantity")
        if chosen >= 0:
            return chosen
        names = synonyms()["quantity"]
        return next((i for i, h in enumerate(self.raw.headers) if normalize(h) in names), -1)

    def _update_warning(self) -> None:
        amount = self._column_of("amount")
        looks_like_price = (self.kind() == "transactions" and not self.multiply.isChecked() and amount >= 0
                            and normalize(self.raw.headers[amount]) in synonyms()["unit_price"]
                            and self._quantity_column() >= 0)
        if looks_like_price:
            name = column_names(self.raw)[amount]
            link = self.tr("Use quantity × unit price instead")
            self.warning.setText(
                self.tr("%1 looks like a price per item, and the sheet has a quantity column: as the amount, "
                        "revenue would be too low.").replace("%1", _html(name))
                + f' <a href="use">{_html(link)}</a>')
        self.warning.setVisible(looks_like_price)

    # ----------------------------------------------------------- accepting
    def _on_buttons_accepted(self) -> None:
        m = self.mapping()
        kind = self.kind()
        if self.uses_quantity_times_price():
            lacking = [k for k in ROLE_ALTERNATIVES["amount"] if k not in m]
            if lacking:
                self.message.setText(self.tr("Amount = quantity × unit price needs both columns; please pick: %1")
                                     .replace("%1", ", ".join(metric_name(k) for k in lacking)))
                return
        missing = missing_roles(kind, m)
        if missing:
            self.message.setText(self.tr("Please pick a column for: %1").replace(
                "%1", ", ".join(self._needed_text(k) for k in missing)))
            return
        if len(set(m.values())) < len(m):
            self.message.setText(self.tr("Each column can be used for one item only."))
            return
        self.accept()

    def _needed_text(self, key: str) -> str:
        if key == "customer_id":
            return self.tr("%1 (or %2)").replace("%1", metric_name("customer_id")).replace("%2", metric_name("email"))
        if key == "amount":
            return self.tr("%1 (or quantity × unit price)").replace("%1", metric_name("amount"))
        return metric_name(key)


def _multiplied(mapping: dict[str, int]) -> bool:
    return "amount" not in mapping and all(k in mapping for k in ROLE_ALTERNATIVES["amount"])


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
