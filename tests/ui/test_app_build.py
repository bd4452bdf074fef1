"""retention_gui.app.build(argv): the window as the command line makes it, without the event loop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from retention_gui.app import build
from retention_gui.pipeline import analyse_file
from retention_gui.paths import sample_workbook


@pytest.fixture
def built(qtbot, monkeypatch):
    made = []
    default_locale = QLocale()

    def make(*argv: str):
        app, window = build(list(argv))
        qtbot.addWidget(window)
        made.append((app, window))
        return app, window

    yield make
    for app, window in made:
        window.dirty = False
        if window.worker is not None:
            window.tasks.cancel()
            qtbot.waitUntil(lambda w=window: w.worker is None, timeout=20_000)
        window.close()
        for translator in app.property("retention_translators") or []:
            QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(default_locale)
    from retention_gui import messages

    messages.set_translator(lambda context, text: text)


def test_empty_in_danish_shows_the_start_page_in_danish(built):
    _app, window = built("--empty", "--language", "da")
    assert window.analysis is None and window.right.currentWidget() is window.start_page
    assert "Kundefastholdelsesberegner" in window.windowTitle()
    assert window.form.fields["customers_start"].objectName() == "customers_start"
    assert window.overview.findChild(type(window.overview.cards["crr_pct"]), "card_crr_pct") is not None


def test_a_file_argument_is_imported_and_the_cards_carry_their_values(built, qtbot, tmp_path):
    path = tmp_path / "periods.csv"
    # S=200, E=210, N=30 -> CRR (210 - 30) / 200 = 90 %; then S=210, E=200, N=10 -> (200 - 10) / 210 = 90.476...
    path.write_text("period,customers_start,customers_end,new_customers\n2024-01,200,210,30\n2024-02,210,200,10\n")
    _app, window = built(str(path), "--language", "en")
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=60_000)
    assert window.overview.cards["crr_pct"].property("value") == pytest.approx(190 / 210 * 100)


def test_sample_opens_the_bundled_orders(built, qtbot):
    _app, window = built("--sample", "--language", "sv")
    qtbot.waitUntil(lambda: window.analysis is not None and window.worker is None, timeout=60_000)
    expected = analyse_file(str(sample_workbook()), sheet="Ordrer")
    assert window.analysis.summary["customers"] == expected.summary["customers"]
    latest = expected.periods["crr_pct"].dropna().iloc[-1]
    assert window.overview.cards["crr_pct"].property("value") == pytest.approx(latest)


def test_an_order_import_forecasts_in_the_background_after_the_results_show(built, qtbot):
    _app, window = built("--sample", "--language", "en")
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=60_000)
    shown_first = window.analysis.forecast is None  # the other results are on screen before the fit
    qtbot.waitUntil(lambda: window.analysis.forecast is not None and window.worker is None, timeout=60_000)
    fc = window.analysis.forecast
    assert shown_first
    # The default model check: the last quarter of the data span, at most 365 days.
    assert fc.model_check is not None and 0 < fc.model_check.holdout_days <= 365
    window.show_panel(window.result_tabs.forecast)
    assert window.result_tabs.forecast.forecast is fc
