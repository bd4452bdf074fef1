"""Forecast: predicted purchases and customer value (METRICS.md section 5), who to win back, and "Can I trust it?".

The panel collects the settings and asks for a forecast (``forecast_requested``);
the window's forecast flow (ui/forecast_flow.py) runs :func:`retention_gui.forecasting.run_forecast`
in its TaskRunner, and the result is handed back with :meth:`ForecastPanel.set_forecast`.
The win-back list and its export are in :mod:`.forecast_winback`, the model check in :mod:`.forecast_check`.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.forecast import Forecast, ForecastSettings
from ...forecasting import default_holdout_days, order_span
from ...messages import message_for
from .forecast_check import ModelCheckView
from .forecast_models import ForecastTableModel, counted, table_view
from .forecast_winback import WinBackPage
from .numbers import DASH, display_currency, english_plural, fill, money, number, percent

__all__ = ["ForecastPanel", "CUSTOMER_COLUMNS"]

CUSTOMER_COLUMNS = ("customer_id", "orders", "revenue", "last_order", "p_alive", "expected_purchases",
                    "expected_spend", "predicted_clv")


class ForecastPanel(QWidget):
    """Settings, totals, the customer list, the win-back list and the model check.

    ``forecast`` is the shown :class:`~retention_gui.core.forecast.Forecast` (None before one).
    """

    forecast_requested = Signal(object)  # ForecastSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis = None
        self.forecast: Forecast | None = None
        self.currency = ""

        self.title = QLabel(self.tr("Forecast: what your customers will buy"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)

        # --- settings ---
        self.horizon = QSpinBox(objectName="forecast_horizon")
        self.horizon.setRange(1, 120)
        self.horizon.setValue(12)
        self.horizon.setSuffix(self.tr(" months"))
        self.horizon.setToolTip(self.tr("How far ahead to forecast"))
        self.discount = QDoubleSpinBox(objectName="forecast_discount")
        self.discount.setRange(0.0, 50.0)
        self.discount.setDecimals(1)
        self.discount.setValue(10.0)
        self.discount.setSuffix(" %")
        self.discount.setToolTip(self.tr("A krone next year is worth less than one today: the yearly rate that "
                                         "future value is discounted by"))
        self.margin = QDoubleSpinBox(objectName="forecast_margin")
        self.margin.setRange(0.0, 100.0)
        self.margin.setDecimals(1)
        self.margin.setValue(100.0)
        self.margin.setSuffix(" %")
        self.margin.setToolTip(self.tr("Your gross margin: the share of a sale you keep after the cost of the goods. "
                                       "100 % counts revenue."))
        self.holdout = QSpinBox(objectName="forecast_holdout")
        self.holdout.setRange(0, 3650)
        self.holdout.setSuffix(self.tr(" days"))
        self.holdout.setToolTip(self.tr("To check the model, it is also fitted without your last days of orders and "
                                        "compared with what really happened in them. 0: no check."))
        self.as_of = QDateEdit(objectName="forecast_as_of")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        self.as_of.setToolTip(self.tr("Forecast from this day: orders after it are left out"))
        self.run_button = QPushButton(self.tr("Run forecast"), objectName="forecast_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self._on_run_button_clicked)

        bar = QGridLayout()
        bar.setHorizontalSpacing(10)
        for col, (text, widget) in enumerate(((self.tr("Horizon"), self.horizon),
                                              (self.tr("Yearly discount rate"), self.discount),
                                              (self.tr("Gross margin"), self.margin),
                                              (self.tr("Model check: last"), self.holdout),
                                              (self.tr("As of"), self.as_of))):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label, 0, col)
            bar.addWidget(widget, 1, col)
            widget.setMinimumWidth(110)
        bar.addWidget(self.run_button, 1, 5)
        bar.setColumnStretch(6, 1)
        self.settings_box = QWidget()
        self.settings_box.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)

        # --- explanation / reason page ---
        self.message = QLabel("", objectName="forecast_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setMaximumWidth(820)
        mf = self.message.font()
        mf.setPointSizeF(mf.pointSizeF() * 1.1)
        self.message.setFont(mf)
        message_page = QWidget()
        mp = QVBoxLayout(message_page)
        mp.addWidget(self.message)
        mp.addStretch(1)

        # --- results page: totals, then three tabs ---
        self.totals: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        cards.setContentsMargins(0, 0, 0, 0)
        for key, caption in (("expected_purchases", self.tr("Expected purchases")),
                             ("predicted_revenue", self.tr("Expected revenue")),
                             ("predicted_clv", self.tr("Predicted customer value (CLV)"))):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet("QFrame { background: palette(base); border-radius: 6px; }")
            cl = QVBoxLayout(card)
            cap = QLabel(caption)
            cap.setStyleSheet("color: #505050;")
            value = QLabel(DASH, objectName=f"forecast_total_{key}")
            vf = value.font()
            vf.setPointSizeF(vf.pointSizeF() * 1.6)
            vf.setBold(True)
            value.setFont(vf)
            cl.addWidget(cap)
            cl.addWidget(value)
            self.totals[key] = value
            cards.addWidget(card, 1)
        self.summary = QLabel("", objectName="forecast_summary")
        self.summary.setWordWrap(True)
        self.note = QLabel("", objectName="forecast_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")

        # customers
        self.customer_model = ForecastTableModel(CUSTOMER_COLUMNS)
        self.customer_view = table_view(self.customer_model, "forecast_customers")
        self.search = QLineEdit(objectName="forecast_search")
        self.search.setPlaceholderText(self.tr("Search customer…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.count_label = QLabel("")
        customers_page = QWidget()
        cpl = QVBoxLayout(customers_page)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        cpl.addLayout(top)
        cpl.addWidget(self.customer_view, 1)

        self.win_back_page = WinBackPage()

        self.check = ModelCheckView()
        self.check.setObjectName("forecast_check")

        self.tabs = QTabWidget(objectName="forecast_tabs")
        self.tabs.addTab(customers_page, self.tr("Customers"))
        self.tabs.addTab(self.win_back_page, self.tr("Win back"))
        self.tabs.addTab(self.check, self.tr("Can I trust it?"))

        results_page = QWidget()
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(cards)
        rl.addWidget(self.summary)
        rl.addWidget(self.note)
        rl.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(results_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.settings_box)
        outer.addWidget(self.pages, 1)
        self.show_analysis(None)

    # --- settings ---

    def settings(self) -> ForecastSettings:
        """The settings the controls show."""
        as_of = self.as_of.date().toPython() if self._span is not None else None
        if self._span is not None and as_of == self._span[1]:
            as_of = None  # the last order date: the default, so a project stays right when orders grow
        return ForecastSettings(as_of, self.horizon.value(), self.discount.value(), self.margin.value(),
                                self.holdout.value())

    def _on_run_button_clicked(self) -> None:
        self.forecast_requested.emit(self.settings())

    def _set_controls(self, analysis) -> None:
        orders = getattr(analysis, "orders", None) if analysis is not None else None
        self._span = order_span(orders)
        enabled = self._span is not None
        for w in (self.horizon, self.discount, self.margin, self.holdout, self.as_of, self.run_button):
            w.setEnabled(enabled)
        self.settings_box.setVisible(enabled)  # nothing to set without orders: the page says what is needed
        if self._span is None:
            self.as_of.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
            self.holdout.setValue(0)
            return
        first, last = self._span
        self.as_of.setDateRange(QDate(first), QDate(last))
        fc = analysis.forecast
        if fc is not None:  # settings that came with the analysis (a project, the CLI's flags)
            st = fc.settings
            self.horizon.setValue(st.horizon_months)
            self.discount.setValue(st.annual_discount_pct)
            self.margin.setValue(st.margin_pct)
            self.holdout.setValue(st.holdout_days)
            self.as_of.setDate(QDate(fc.as_of or last))
        else:
            self.holdout.setValue(default_holdout_days(orders))
            self.as_of.setDate(QDate(last))

    # --- showing ---

    def show_analysis(self, analysis) -> None:
        """Show ``analysis`` (its forecast when it has one); None clears every number, list and plot."""
        self.analysis = analysis
        self.currency = display_currency(analysis.settings.currency) if analysis is not None else ""
        self._set_controls(analysis)
        fc = analysis.forecast if analysis is not None else None
        self.set_forecast(fc)

    def set_forecast(self, fc: Forecast | None) -> None:
        """Show a forecast (from :func:`retention_gui.forecasting.run_forecast`); None: what a forecast needs."""
        self.forecast = fc
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for model in (self.customer_model, self.win_back_page.model):
            model.currency = self.currency
            model.one_purchase = self.tr("one purchase so far")
            model._needle = ""
        if fc is None or fc.status != "fitted":
            self._clear()
            self.message.setText(self._needs_text() if fc is None else self._not_fitted_text(fc))
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.message.setText("")
        self._show_totals(fc)
        customers = fc.customers
        self.customer_model._sort = None
        self.customer_model.set_data(customers)
        sort_key = "predicted_clv" if customers["predicted_clv"].notna().any() else "expected_purchases"
        self.customer_view.sortByColumn(CUSTOMER_COLUMNS.index(sort_key), Qt.SortOrder.DescendingOrder)
        self._update_count()
        self.win_back_page.show_customers(customers)
        self.check.show_check(fc, self.analysis.orders)

    def _clear(self) -> None:
        for label in self.totals.values():
            label.setText(DASH)
        self.summary.setText("")
        self.note.setText("")
        self.count_label.setText("")
        self.customer_model.set_data(None)
        self.win_back_page.clear()
        self.check.clear()

    def _needs_text(self) -> str:
        head = self.tr("<b>What a forecast needs</b>")
        body = self.tr("A forecast predicts how many purchases each customer will make and what they are worth, "
                       "from their order history. It needs <b>order data</b> (one row per order with customer, "
                       "date and amount), at least <b>20 customers who bought on two different days</b>, and at "
                       "least <b>90 days</b> of orders.")
        if self.analysis is None:
            tail = self.tr("Import your orders to start.")
        elif getattr(self.analysis, "orders", None) is None:
            tail = self.tr("These figures are per period, not per order, so there is nothing to forecast from. "
                           "Import an order list from your shop or accounting system.")
        else:
            tail = self.tr("Choose the settings above and press <b>Run forecast</b>.")
        return f"{head}<br><br>{body}<br><br>{tail}"

    def _not_fitted_text(self, fc: Forecast) -> str:
        head = self.tr("<b>No forecast for these orders.</b>")
        reason = message_for(fc.reason) if fc.reason is not None else ""
        reason = reason[:1].upper() + reason[1:]
        code = fc.reason.code if fc.reason is not None else ""
        if code == "forecast_short_span":
            help_text = self.tr("Import orders that cover a longer time, at least 90 days, or move the "
                                "<i>As of</i> date later.")
        elif code == "forecast_too_few_repeat":
            help_text = self.tr("Import orders that cover a longer time, so more customers have come back; at "
                                "least 20 customers must have bought on two different days.")
        elif code == "forecast_no_orders":
            help_text = self.tr("Move the <i>As of</i> date to a day after your first orders.")
        else:
            help_text = self.tr("This happens with few or very uneven orders. More orders, over a longer time, "
                                "usually let the model fit.")
        return f"{head}<br><br>{reason}.<br><br>{help_text}"

    def _show_totals(self, fc: Forecast) -> None:
        self.totals["expected_purchases"].setText(number(fc.expected_purchases, 0))
        self.totals["predicted_revenue"].setText(money(fc.predicted_revenue, self.currency))
        self.totals["predicted_clv"].setText(money(fc.predicted_clv, self.currency))
        h = fc.settings.horizon_months
        months = english_plural(self.tr("the next %n month(s)", "", h), h)
        n = len(fc.customers)
        customers = counted(self.tr("%n customer(s)", "", n), n)
        text = fill(self.tr("Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) "
                            "and discounts by %5 a year."),
                    months, fc.as_of.isoformat() if fc.as_of else DASH, customers,
                    percent(fc.settings.margin_pct, None), percent(fc.settings.annual_discount_pct, None))
        self.summary.setText(text)
        note = message_for(fc.reason) if fc.reason is not None else ""
        self.note.setText(note[:1].upper() + note[1:] + "." if note else "")
        self.note.setVisible(bool(note))

    def _on_search_text_changed(self, text: str) -> None:
        self.customer_model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        n = self.customer_model.rowCount()
        self.count_label.setText(counted(self.tr("%n customer(s)", "", n), n))
