"""The app ships in Danish and Swedish: menus, cards and data messages come out in the chosen language."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

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
    ("da", "&Filer", "Kundefastholdelsesrate (CRR) %", "række 7"),
    ("sv", "&Arkiv", "Kundretention (CRR) %", "rad 7"),
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


ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
from translations_table import PLURALS, T  # noqa: E402

_PLACEHOLDER = re.compile(r"%\d|%n|\{[^{}]*\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = []
    for source, (da, sv) in T.items():
        for lang, text in (("da", da), ("sv", sv)):
            if _placeholders(text) != _placeholders(source):
                wrong.append((lang, source[:60], text[:60]))
    for source, forms in PLURALS.items():
        expected = set(_placeholders(source)) - {"%n"}
        for lang, pair in zip(("da", "sv"), forms):
            for text in pair:
                # A singular form may write the number out ("den næste måned"); every other placeholder stays.
                if set(_placeholders(text)) - {"%n"} != expected:
                    wrong.append((lang, source[:60], text[:60]))
            if "%n" in source and "%n" not in pair[1]:
                wrong.append((lang, source[:60], pair[1][:60]))
    assert not wrong


def _contexts(lang: str) -> dict[str, str]:
    """Source text -> its context, from the catalogue the .qm was compiled from."""
    root = ET.parse(TRANSLATIONS / f"retention_{lang}.ts").getroot()
    return {m.findtext("source"): c.findtext("name") for c in root.iter("context") for m in c.iter("message")}


def _catalogue(lang: str):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"retention_{lang}.qm"))
    contexts = _contexts(lang)

    def translate(source: str, n: int = -1) -> str:
        return translator.translate(contexts[source], source, None, n).replace("%n", str(n))

    return translate


@pytest.mark.parametrize("lang, source, expected", [
    ("da", "Retention Calculator", "Kundefastholdelsesberegner"),
    ("da", "Customer retention rate %", "Kundefastholdelsesrate (CRR) %"),
    ("da", "Churn rate %", "Churn rate (kundeafgang) %"),
    ("da", "Revenue churn", "Omsætningsafgang"),
    ("da", "Net revenue retention %", "Nettoomsætningsfastholdelse (NRR) %"),
    ("da", "Gross revenue retention %", "Bruttoomsætningsfastholdelse (GRR) %"),
    ("da", "Customer lifetime value", "Kundelevetidsværdi (CLV)"),
    ("da", "Average lifespan (periods)", "Gennemsnitlig kundelevetid (perioder)"),
    ("da", "not enough data", "ikke nok data"),
    ("da", "Quick form", "Hurtig indtastning"),
    ("da", "Return rate %", "Returprocent"),
    ("da", "Summary", "Resumé"),
    ("sv", "Customer retention rate %", "Kundretention (CRR) %"),
    ("sv", "Churn rate %", "Churn rate (kundbortfall) %"),
    ("sv", "Revenue churn", "Intäktsbortfall"),
    ("sv", "Net revenue retention %", "Nettointäktsretention (NRR) %"),
    ("sv", "Gross revenue retention %", "Bruttointäktsretention (GRR) %"),
    ("sv", "Customer lifetime value", "Kundlivstidsvärde (CLV)"),
    ("sv", "Average lifespan (periods)", "Genomsnittlig kundlivslängd (perioder)"),
    ("sv", "Share of recent customers with several orders in the churn window.",
     "Andel av kunderna som handlat senaste året med minst 3 ordrar (churn-fönstret och antalet ordrar för en lojal "
     "kund står i Inställningar)."),
    ("sv", "Distinct customers in the data.", "Unika kunder i datan."),
    ("sv", "Find a customer…", "Sök kund…"),
    ("sv", "kr.", "kr"),
    ("sv", "What-if", "Tänk om"),
])
def test_the_compiled_catalogues_use_the_agreed_terms(lang, source, expected):
    assert _catalogue(lang)(source) == expected


@pytest.mark.parametrize("lang, source, one, many", [
    ("da", "%n input error(s)", "1 indtastningsfejl", "3 indtastningsfejl"),
    ("da", "%n warning(s)", "1 advarsel", "3 advarsler"),
    ("da", "Add %n row(s)", "Tilføj 1 række", "Tilføj 3 rækker"),
    ("sv", "Remove %n row(s)", "Ta bort 1 rad", "Ta bort 3 rader"),
    ("sv", "%n period(s)", "1 period", "3 perioder"),
    ("en", "%n warning(s)", "1 warning", "3 warnings"),
    ("en", "Pasted %n row(s).", "Pasted 1 row.", "Pasted 3 rows."),
])
def test_counts_take_the_plural_form_of_the_language(lang, source, one, many):
    translate = _catalogue(lang)
    assert (translate(source, 1), translate(source, 3)) == (one, many)


def test_a_count_of_one_gets_the_singular_message():
    one = messages.format_problem(Problem("more_problems", values={"count": 1}))
    two = messages.format_problem(Problem("more_problems", values={"count": 2}))
    assert (one, two) == ("1 more cell like this", "2 more cells like this")


@pytest.mark.parametrize("code, currency", [("da", "kr."), ("sv", "kr"), ("en", "kr.")])
def test_the_default_currency_follows_the_language(language, code, currency):
    from retention_gui.ui.settings import AppSettings

    language(code)
    assert AppSettings().analysis().currency == currency


@pytest.mark.parametrize("code, sheets, crr", [
    ("da", ["Resumé", "Perioder", "Kohorter", "Kunder", "Grafer", "Hvad nu hvis", "Definitioner"],
     "Kundefastholdelsesrate (CRR) %"),
    ("sv", ["Sammanfattning", "Perioder", "Kohorter", "Kunder", "Diagram", "Tänk om", "Definitioner"],
     "Kundretention (CRR) %"),
])
def test_the_exported_workbook_speaks_the_interface_language(language, tmp_path, code, sheets, crr):
    from openpyxl import load_workbook

    from retention_gui.io.headers import KEYS_SHEET
    from retention_gui.io.workbook import write_results
    from retention_gui.paths import sample_workbook
    from retention_gui.pipeline import analyse_file

    language(code)
    target = tmp_path / f"{code}.xlsx"
    write_results(analyse_file(str(sample_workbook()), sheet="Ordrer"), target, translate=QCoreApplication.translate)
    wb = load_workbook(target)
    assert wb.sheetnames == [*sheets, KEYS_SHEET]
    assert crr in [c.value for c in wb[sheets[1]][1]]
    assert wb[sheets[0]]["A1"].value in ("Kundefastholdelsesberegner - resultater", "Kundretentionskalkylator - resultat")
