"""Numbers typed key by key, edited and pasted, in Danish, Swedish and English (issue 12.1)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from retention_gui.ui import formatting
from retention_gui.ui.forms import QuickForm
from retention_gui.ui.models import PERIOD_TABLE_COLUMNS, PeriodTableModel


@pytest.fixture
def language():
    """Pin the number convention of typed text (the app follows the interface language)."""
    yield formatting.set_number_language
    formatting.set_number_language(None)


@pytest.fixture
def form(qtbot):
    f = QuickForm()
    qtbot.addWidget(f)
    return f


def type_key_by_key(qtbot, form, key, text):
    field = form.fields[key]
    field.clear()
    qtbot.keyClicks(field, text)
    # then a pause, as a person makes: the checks across fields and the results follow it
    qtbot.waitUntil(lambda: not form.debounce.isActive(), timeout=2000)


TYPED = [
    ("da", "customers_start", "1.200", 1200.0),
    ("da", "revenue", "245.300,50", 245300.5),
    ("da", "revenue", "1.234.567", 1234567.0),
    ("da", "revenue", "kr. 1.200,-", 1200.0),
    ("da", "revenue", "42,5", 42.5),
    ("da", "revenue", "1,200", 1.2),
    ("da", "gross_margin_pct", "42,5 %", 42.5),
    ("da", "gross_margin_pct", "42,5%", 42.5),
    ("da", "churned_revenue", "(1.200)", -1200.0),
    ("sv", "customers_start", "1 200", 1200.0),
    ("sv", "revenue", "1 200:-", 1200.0),
    ("sv", "revenue", "99,95 SEK", 99.95),
    ("sv", "revenue", "230.000", 230000.0),
    ("sv", "gross_margin_pct", "42,5", 42.5),
    ("en", "customers_start", "1,200", 1200.0),
    ("en", "revenue", "1.200", 1.2),
    ("en", "revenue", "$1,200.50", 1200.5),
    ("en", "revenue", "-1,200", -1200.0),
    ("en", "gross_margin_pct", "42.5%", 42.5),
    ("en", "gross_margin_pct", "42.5", 42.5),
]


@pytest.mark.parametrize("lang, key, text, expected", TYPED, ids=[f"{l}:{k}:{t}" for l, k, t, _ in TYPED])
def test_typed_numbers_are_read_in_the_interface_language(qtbot, form, language, lang, key, text, expected):
    language(lang)
    type_key_by_key(qtbot, form, key, text)
    assert form.values()[key] == pytest.approx(expected)
    assert form.frame()[key].iloc[0] == pytest.approx(expected)
    # Read as written; a negative amount is then an input error of its own (METRICS.md section 2).
    assert (key in form.errors()) == (expected < 0)


@pytest.mark.parametrize("lang, text, expected, shown", [
    ("da", "1.5", 1.5, "1,5"),
    ("sv", "1000.5", 1000.5, "1\u00a0000,5"),
    ("en", "1.000,50", 1000.5, "1,000.5"),
], ids=["da:1.5", "sv:1000.5", "en:1.000,50"])
def test_text_in_the_other_convention_is_read_and_the_field_says_how(qtbot, form, language, lang, text, expected, shown):
    language(lang)
    type_key_by_key(qtbot, form, "revenue", text)
    assert form.values()["revenue"] == pytest.approx(expected)
    message = form.messages["revenue"]
    assert message.isVisibleTo(form) and message.text().startswith("⚠") and shown in message.text()
    assert "revenue" not in form.errors()


@pytest.mark.parametrize("lang", ["da", "sv", "en"])
def test_a_trailing_minus_is_read_as_negative_and_then_flagged_as_negative(qtbot, form, language, lang):
    language(lang)
    type_key_by_key(qtbot, form, "orders", "12-")
    assert form.values()["orders"] == -12.0
    text = form.messages["orders"].text()
    assert "negative" in text and "minus sign at the end" in text  # the error and how the text was read
    assert "orders" in form.errors()


@pytest.mark.parametrize("lang", ["da", "sv", "en"])
def test_text_that_is_no_number_is_an_error_and_gives_no_value(qtbot, form, language, lang):
    language(lang)
    type_key_by_key(qtbot, form, "revenue", "1.2.3")
    assert form.values()["revenue"] is None
    assert form.errors()["revenue"] == "'1.2.3' is not a number"
    type_key_by_key(qtbot, form, "revenue", "12 %")
    assert form.values()["revenue"] is None and "not a percent field" in form.errors()["revenue"]


@pytest.mark.parametrize("lang, text, advice", [("da", "0,425", "42,5 %"), ("en", "0.425", "42.5 %")])
def test_a_fraction_typed_as_a_percent_is_kept_as_typed_with_a_hint(qtbot, form, language, lang, text, advice):
    language(lang)
    type_key_by_key(qtbot, form, "gross_margin_pct", text)
    assert form.values()["gross_margin_pct"] == 0.425  # as typed: 0.425 %, never multiplied by 100
    message = form.messages["gross_margin_pct"].text()
    assert message.startswith("⚠") and advice in message and "gross_margin_pct" not in form.errors()


def test_values_put_back_into_the_form_are_written_as_the_language_types_them(qtbot, form, language):
    language("da")
    form.set_values({"revenue": 1234.5, "customers_start": 1200.0})
    assert form.fields["revenue"].text() == "1234,5" and form.fields["customers_start"].text() == "1200"
    assert form.values()["revenue"] == 1234.5 and form.problems() == {}


def test_the_interface_language_decides_when_nothing_is_pinned(qtbot, form):
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        assert formatting.number_language() == "da"
        type_key_by_key(qtbot, form, "customers_start", "1.200")
        assert form.values()["customers_start"] == 1200.0
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert formatting.number_language() == "sv"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert formatting.number_language() == "en"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert formatting.number_language() == "da"  # a decimal-comma locale reads like Danish
    finally:
        QLocale.setDefault(before)


# --- the period table ------------------------------------------------------------------------


@pytest.fixture
def table(qtbot):
    return PeriodTableModel(QUndoStack())


def col(key: str) -> int:
    return PERIOD_TABLE_COLUMNS.index(key)


@pytest.mark.parametrize("lang, text, expected", [
    ("da", "1.200", 1200.0), ("sv", "1 200", 1200.0), ("en", "1,200", 1200.0), ("da", "230.000", 230000.0),
    ("en", "1.200", 1.2),
])
def test_a_typed_table_cell_follows_the_language(table, language, lang, text, expected):
    language(lang)
    table.insert_rows(0, 1)
    assert table.setData(table.index(0, col("revenue")), text)
    assert table.frame()["revenue"].iloc[0] == expected


def test_a_block_pasted_from_danish_excel_keeps_every_number(table, language):
    language("da")
    block = [["2024-01", "1.200", "1.150", "100", "", "230.000", "1.234"],
             ["2024-02", "1.150", "1.180", "90", "", "245.300,50", "mange"]]
    assert table.paste_block(0, 0, block)
    frame = table.frame()
    assert frame["customers_start"].tolist() == [1200.0, 1150.0]
    assert frame["customers_end"].tolist() == [1150.0, 1180.0]
    assert frame["revenue"].tolist() == [230000.0, 245300.5]
    assert frame["orders"].iloc[0] == 1234.0 and math.isnan(frame["orders"].iloc[1])
    # "mange" is not a number: it stays in the cell, marked, with the reason as a tooltip - never blanked.
    cell = table.index(1, col("orders"))
    assert table.data(cell) == "mange"
    assert table.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert table.data(cell, Qt.ItemDataRole.ToolTipRole) == "'mange' is not a number"
    assert [(p.code, p.row, p.column) for p in table.cell_problems()] == [("not_a_number", 2, "orders")]
    # Typing a number over it clears the mark; undo brings the text back.
    assert table.setData(cell, "12")
    assert table.data(cell) == "12" and table.cell_problems() == []
    table.undo_stack.undo()
    assert table.data(cell) == "mange"
    table.undo_stack.undo()  # the paste
    assert not table.has_data() and table.cell_problems() == []


def test_a_pasted_number_in_the_other_convention_is_kept_with_a_note(table, language):
    language("da")
    table.paste_block(0, 0, [["P1", "1.5"]])
    assert table.frame()["customers_start"].tolist() == [1.5]
    cell = table.index(0, col("customers_start"))
    assert "1,5" in table.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert [p.code for p in table.cell_problems()] == ["number_other_convention"]


def test_marks_move_with_their_rows(table, language):
    language("en")
    table.paste_block(0, 0, [["P1", "x"], ["P2", "y"]])
    table.insert_rows(0, 1)
    assert table.data(table.index(1, col("customers_start"))) == "x"
    assert table.data(table.index(2, col("customers_start"))) == "y"
    table.remove_rows([1])
    assert table.data(table.index(1, col("customers_start"))) == "y"
    assert [p.row for p in table.cell_problems()] == [2]


def test_the_edit_text_of_a_cell_is_in_the_language(table, language):
    language("sv")
    table.paste_block(0, 0, [["P1", "", "", "", "", "1 234,5"]])
    assert table.data(table.index(0, col("revenue")), Qt.ItemDataRole.EditRole) == "1234,5"


def test_ctrl_v_in_the_window_pastes_danish_numbers(qtbot, window, language):
    language("da")
    window.input_tabs.setCurrentIndex(1)
    window.table_view.setCurrentIndex(window.table_model.index(0, 0))
    QGuiApplication.clipboard().setText("2024-01\t1.200\t1.150\t100\n")
    qtbot.keyClick(window.table_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    frame = window.table_model.frame()
    assert frame["customers_start"].tolist() == [1200.0] and frame["customers_end"].tolist() == [1150.0]
    # (1150 - 100) / 1200 = 87.5 %
    assert window.analysis.periods["crr_pct"].iloc[0] == pytest.approx(87.5)


def test_a_block_from_danish_excel_pasted_into_the_english_interface_reads_as_danish(table, language):
    language("en")
    # "245.300,50" only reads with decimal commas: the block is Danish, so "1.200" is 1200, not 1.2.
    table.paste_block(0, 0, [["2024-01", "1.200", "1.150", "100", "", "245.300,50"]])
    frame = table.frame()
    assert frame["customers_start"].tolist() == [1200.0] and frame["revenue"].tolist() == [245300.5]
    # Each cell English would read otherwise says how it was read.
    notes = {(p.column, p.code, p.values["read"]) for p in table.cell_problems()}
    assert notes == {("customers_start", "ambiguous_thousands", 1200.0), ("customers_end", "ambiguous_thousands", 1150.0),
                     ("revenue", "number_other_convention", 245300.5)}
    assert "1200" in table.data(table.index(0, col("customers_start")), Qt.ItemDataRole.ToolTipRole)


def test_a_block_that_shows_no_convention_follows_the_interface(table, language):
    language("en")
    table.paste_block(0, 0, [["2024-01", "1.200", "100"]])
    assert table.frame()["customers_start"].tolist() == [1.2] and table.cell_problems() == []


def test_number_messages_have_danish_and_swedish_texts_with_the_same_placeholders():
    import re
    import runpy
    from pathlib import Path

    from retention_gui.messages import TEMPLATES

    table = runpy.run_path(str(Path(__file__).parents[2] / "scripts" / "translations_table.py"))["T"]
    for code in ("number_other_convention", "number_trailing_minus", "number_percent_not_here",
                 "percent_looks_like_fraction", "result_out_of_range", "result_input_error"):
        source = TEMPLATES[code]
        fields = sorted(re.findall(r"\{[^}]*\}", source))
        for translated in table[source]:
            assert sorted(re.findall(r"\{[^}]*\}", translated)) == fields, (code, translated)


TYPED_PERIOD = {
    # key: (Danish and Swedish, English)
    "customers_start": ("1.200", "1,200"),
    "customers_end": ("1 250", "1,250"),
    "new_customers": ("150", "150"),
    "revenue": ("245.300,50", "245,300.50"),
    "orders": ("1.000", "1,000"),
    "active_customers": ("800", "800"),
    "gross_margin_pct": ("42,5 %", "42.5%"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "en"])
def test_a_period_typed_key_by_key_gives_the_cards_their_values(qtbot, window, language, lang):
    """The issue's case: "1.200" and "42,5 %" typed as a Dane types them reach the cards unchanged."""
    language(lang)
    for key, (nordic, english) in TYPED_PERIOD.items():
        type_key_by_key(qtbot, window.form, key, english if lang == "en" else nordic)
    # S 1200, E 1250, N 150: CRR (1250 - 150) / 1200 = 91.67 %; L = 1200 + 150 - 1250 = 100, churn 8.33 %.
    # AOV 245300.5 / 1000; frequency 1000 / 800; customer value = 306.625625; lifespan 100 / 8.333 = 12;
    # CLV = 306.625625 x 12 x 42.5 / 100 = 1563.79 (not 15.64, as "42,5 %" read as 0.425 % would give).
    cards = window.overview.cards
    assert cards["crr_pct"].property("value") == pytest.approx(1100 / 1200 * 100)
    assert cards["churn_pct"].property("value") == pytest.approx(100 / 1200 * 100)
    assert cards["clv"].property("value") == pytest.approx(245300.5 / 800 * 12 * 0.425)
