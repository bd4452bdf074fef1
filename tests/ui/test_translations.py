"""The app ships in Danish and Swedish: menus, cards and data messages come out in the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from retention_gui import messages
from retention_gui.app import install_translators
from retention_gui.core.errors import Problem
from retention_gui.ui.main_window import MainWindow


@pytest.fixture
def language(qapp):
    from PySide6.QtCore import QLocale

    installed = []
    before = QLocale()

    def use(code: str):
        installed.extend(install_translators(qapp, code))

    yield use
    for t in installed:
        QCoreApplication.removeTranslator(t)
    QLocale.setDefault(before)
    messages.set_translator(lambda context, text: text)


@pytest.mark.parametrize("code, file_menu, crr, message", [
    ("da", "&Filer", "Kundefastholdelse %", "række 7"),
    ("sv", "&Arkiv", "Kundlojalitet %", "rad 7"),
])
def test_menus_cards_and_messages_are_translated(qtbot, language, code, file_menu, crr, message):
    language(code)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == file_menu
    assert w.overview.cards["crr_pct"].title.text() == crr
    text = messages.format_problem(Problem("not_a_number", row=7, column="revenue", values={"value": "x"}))
    assert message in text and "'x'" in text
    w.dirty = False


def test_english_is_the_default(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == "&File"
