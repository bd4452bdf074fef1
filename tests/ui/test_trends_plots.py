"""Trend plots say what they show: axis titles with units, grouped numbers, month names in the interface
language, readable ticks, the warning limits, a legend outside the data, and no read-out of old numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from retention_gui.paths import sample_workbook
from retention_gui.pipeline import analyse_file
from retention_gui.ui.panels.plot_axes import LocaleDateAxis, NumberAxis
from retention_gui.ui.panels.trends import TrendsPanel


@pytest.fixture(scope="module")
def periods():
    return analyse_file(str(sample_workbook()), sheet="Nøgletal")


@pytest.fixture
def panel(qtbot, periods):
    p = TrendsPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    p.show_analysis(periods)
    return p


@pytest.fixture
def danish():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield
    QLocale.setDefault(before)


def left_title(item) -> str:
    return item.getAxis("left").labelText


def test_each_plot_has_an_axis_title_with_its_unit(panel):
    panel.set_selected_metrics(["churn_pct", "revenue", "dso", "customers_end"])
    titles = [left_title(item) for item in panel.plot.plots]
    assert titles == ["Percent (%)", "Amount (kr.)", "Customers", "Days"]  # in the picker's order
    assert panel.plot.plots[-1].getAxis("bottom").labelText == "Period"


def test_money_ticks_are_grouped_in_the_interface_language(danish):
    axis = NumberAxis("left")
    assert axis.tickStrings([250000.0, 300000.0], 1.0, 50000.0) == ["250.000", "300.000"]
    assert axis.tickStrings([2.5], 1.0, 0.5) == ["2,5"]


def test_a_date_axis_writes_danish_month_names(danish):
    may = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc).timestamp()
    january = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).timestamp()
    month = 31 * 86400
    axis = LocaleDateAxis("bottom")
    assert axis.tickStrings([january, may], 1.0, month) == ["jan. 2024", "maj"]


def test_the_period_ticks_follow_the_interface_language(qtbot, periods, danish):
    p = TrendsPanel()
    qtbot.addWidget(p)
    p.show_analysis(periods)
    major = p.plot.plots[0].getAxis("bottom")._tickLevels[0]
    texts = [text for _x, text in major]
    assert texts[0] == "jan. 2023" and "maj" in texts and "jul." in texts


def test_tick_text_is_dark_and_readable(panel):
    for item in panel.plot.plots:
        for side in ("left", "bottom"):
            assert item.getAxis(side).textPen().color().name() == "#333333"


def test_the_churn_limit_is_a_dashed_line_at_seven_percent(panel):
    panel.set_selected_metrics(["churn_pct", "dso"])
    line = panel.plot.threshold_lines["churn_pct"]
    assert line.value() == pytest.approx(7.0) and line.angle == 0
    assert line.label.format == "limit 7.0 %"
    assert panel.plot.threshold_lines["dso"].value() == pytest.approx(45.0)
    # The view holds the limit even where the data stay below it.
    low, high = panel.plot.plots[0].vb.viewRange()[1]
    assert low < 7.0 < high


def test_the_legend_sits_above_the_plot_not_on_the_data(panel):
    panel.set_selected_metrics(["crr_pct", "churn_pct"])
    item = panel.plot.plots[0]
    assert item.legend is None
    assert "Customer retention rate %" in item.titleLabel.text and "Churn rate %" in item.titleLabel.text


def test_the_read_out_has_units_and_is_cleared_with_the_data(panel, periods):
    panel.set_selected_metrics(["churn_pct", "dso"])
    panel.show_readout(3)
    text = panel.readout.text()
    assert "2023-04" in text and f"{periods.periods['dso'].iloc[3]:.1f} days" in text and " %" in text
    assert all(v.isVisible() for v in panel.plot.vlines)
    panel.show_analysis(None)
    assert panel.readout.text() == panel._readout_hint
    assert panel.plot.curves == {} and panel.plot.threshold_lines == {} and panel.plot.plots == []
    panel.show_readout(3)  # nothing to read: no error, nothing shown
    assert panel.readout.text() == panel._readout_hint
    panel.show_analysis(periods)
    assert panel.readout.text() == panel._readout_hint
    assert not any(v.isVisible() for v in panel.plot.vlines)


def test_order_data_shade_the_first_churn_window_on_the_retention_plot(qtbot, periods):
    orders = analyse_file(str(sample_workbook()), sheet="Ordrer")
    p = TrendsPanel()
    qtbot.addWidget(p)
    p.show_analysis(orders)
    assert p.window_rows == list(range(12))  # 2023-01 .. 2023-12: first order 2023-01-02, window 365 days
    (band,) = p.plot.window_bands
    low, high = band.getRegion()
    assert low < p.x[0] < p.x[11] < high < p.x[12]
    p.show_analysis(periods)  # typed periods: no window
    assert p.window_rows == [] and not any(b.isVisible() for b in p.plot.window_bands)
    p.show_analysis(None)
    assert p.plot.window_bands == []
