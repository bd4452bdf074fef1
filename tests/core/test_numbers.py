"""The one number parser: typed strings in Danish, Swedish and English, and import columns."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retention_gui.core.numbers import (
    AMBIGUOUS,
    NOT_A_NUMBER,
    OTHER_CONVENTION,
    TRAILING_MINUS,
    convention_for,
    infer_convention,
    parse_number,
    parse_numbers,
    write_number,
)
from retention_gui.core.parsing import to_number

OTHER = OTHER_CONVENTION
TRAIL = TRAILING_MINUS
NAN = NOT_A_NUMBER
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

# text, then for da, sv, en: a value (read silently), (value, warning code), or an error code.
# da and sv write numbers the same way (decimal comma; dot or space groups thousands).
CASES: list[tuple[str, object, object, object]] = [
    ("0", 0.0, 0.0, 0.0),
    ("42", 42.0, 42.0, 42.0),
    ("42,5", 42.5, 42.5, (42.5, OTHER)),
    ("42.5", (42.5, OTHER), (42.5, OTHER), 42.5),
    ("1.200", 1200.0, 1200.0, 1.2),
    ("1,200", 1.2, 1.2, 1200.0),
    ("230.000", 230000.0, 230000.0, 230.0),
    ("1 200", 1200.0, 1200.0, 1200.0),
    (f"1{NBSP}200", 1200.0, 1200.0, 1200.0),
    (f"1{NNBSP}200,5", 1200.5, 1200.5, (1200.5, OTHER)),
    (f"1{THIN}234{THIN}567", 1234567.0, 1234567.0, 1234567.0),
    ("245.300,50", 245300.5, 245300.5, (245300.5, OTHER)),
    ("245,300.50", (245300.5, OTHER), (245300.5, OTHER), 245300.5),
    ("1.234.567", 1234567.0, 1234567.0, (1234567.0, OTHER)),
    ("1,234,567", (1234567.0, OTHER), (1234567.0, OTHER), 1234567.0),
    ("1.234.567,89", 1234567.89, 1234567.89, (1234567.89, OTHER)),
    ("1.5", (1.5, OTHER), (1.5, OTHER), 1.5),
    ("1000.5", (1000.5, OTHER), (1000.5, OTHER), 1000.5),
    ("1.000,50", 1000.5, 1000.5, (1000.5, OTHER)),
    ("3.14159", (3.14159, OTHER), (3.14159, OTHER), 3.14159),
    (",5", 0.5, 0.5, (0.5, OTHER)),
    (".5", (0.5, OTHER), (0.5, OTHER), 0.5),
    ("12.34.5", NAN, NAN, NAN),
    ("1.20.000", NAN, NAN, NAN),
    ("1.2,3.4", NAN, NAN, NAN),
    ("12,", NAN, NAN, NAN),
    ("1 20", NAN, NAN, NAN),
    ("kr. 1.200,50", 1200.5, 1200.5, (1200.5, OTHER)),
    ("1.200 kr.", 1200.0, 1200.0, 1.2),
    ("1.200 kr", 1200.0, 1200.0, 1.2),
    ("DKK 99,95", 99.95, 99.95, (99.95, OTHER)),
    ("99,95 SEK", 99.95, 99.95, (99.95, OTHER)),
    ("€ 12,50", 12.5, 12.5, (12.5, OTHER)),
    ("$1,200.50", (1200.5, OTHER), (1200.5, OTHER), 1200.5),
    ("1.200,-", 1200.0, 1200.0, (1200.0, OTHER)),
    ("1 200:-", 1200.0, 1200.0, (1200.0, OTHER)),
    ("-1.200", -1200.0, -1200.0, -1.2),
    ("\u22121.200", -1200.0, -1200.0, -1.2),
    ("- 5", -5.0, -5.0, -5.0),
    ("+5", 5.0, 5.0, 5.0),
    ("kr. -1.200", -1200.0, -1200.0, -1.2),
    ("-kr 1.200", -1200.0, -1200.0, -1.2),
    ("(1.200)", -1200.0, -1200.0, -1.2),
    ("(1.200,50 kr.)", -1200.5, -1200.5, (-1200.5, OTHER)),
    ("1.200-", (-1200.0, TRAIL), (-1200.0, TRAIL), (-1.2, TRAIL)),
    ("--5", NAN, NAN, NAN),
    ("-(5)", NAN, NAN, NAN),
    ("(5", NAN, NAN, NAN),
    ("42,5 %", 42.5, 42.5, (42.5, OTHER)),
    ("42.5%", (42.5, OTHER), (42.5, OTHER), 42.5),
    ("42,5%", 42.5, 42.5, (42.5, OTHER)),
    ("kr 5 %", NAN, NAN, NAN),
    ("1e-05", 1e-05, 1e-05, 1e-05),
    ("1,5E3", 1500.0, 1500.0, (1500.0, OTHER)),
    ("abc", NAN, NAN, NAN),
    ("12 kunder", NAN, NAN, NAN),
    ("  7  ", 7.0, 7.0, 7.0),
    ("", None, None, None),
    ("   ", None, None, None),
]

LANGUAGES = ("da", "sv", "en")
TABLE = [(text, lang, expected[i]) for text, *expected in CASES for i, lang in enumerate(LANGUAGES)]


@pytest.mark.parametrize("text, language, expected", TABLE, ids=[f"{lang}:{text!r}" for text, lang, _ in TABLE])
def test_typed_numbers_in_each_language(text, language, expected):
    r = parse_number(text, language)
    if expected is None:
        assert (r.value, r.code, r.ok) == (None, None, True)
    elif isinstance(expected, str):
        assert (r.value, r.code, r.ok) == (None, expected, False)
    elif isinstance(expected, tuple):
        value, code = expected
        assert r.value == pytest.approx(value) and r.code == code and r.ok
        assert r.written == write_number(value, language)  # the warning says how it was read
    else:
        assert r.value == pytest.approx(expected) and r.code is None and r.ok


def test_the_table_is_at_least_forty_strings_in_three_languages():
    assert len(CASES) >= 40 and len(TABLE) == 3 * len(CASES)


def test_percent_text_is_marked_never_divided():
    for text in ("42,5 %", "42,5%", f"42,5{NBSP}%"):
        r = parse_number(text, "da")
        assert (r.value, r.is_percent) == (42.5, True)
    assert parse_number("42,5", "da").is_percent is False


def test_a_warning_says_how_the_text_was_read_in_the_convention():
    assert parse_number("1.5", "da").written == "1,5"
    assert parse_number("1000.5", "da").written == "1.000,5"
    assert parse_number("1000.5", "sv").written == f"1{NBSP}000,5"
    assert parse_number("1.000,5", "en").written == "1,000.5"


def test_numbers_that_are_not_text_are_kept():
    assert parse_number(1200, "da").value == 1200.0
    assert parse_number(0.425, "en").value == 0.425
    assert parse_number(float("nan"), "da").value is None


def test_language_codes():
    assert convention_for("da_DK") == "da" and convention_for("sv-SE") == "sv" and convention_for(None) is None
    with pytest.raises(ValueError, match="unknown number convention"):
        convention_for("de")


def test_an_unknown_convention_reads_the_single_reading_and_flags_two():
    col = parse_numbers(["1.500", "1,500", "1.234,5", "1,234.5", "12,5", "1.234.567", "1 500", "x", None], None)
    assert col.values.tolist()[:7] == [1.5, 1.5, 1234.5, 1234.5, 12.5, 1234567.0, 1500.0]
    assert math.isnan(col.values.iloc[7]) and math.isnan(col.values.iloc[8])
    assert col.code.tolist() == [AMBIGUOUS, AMBIGUOUS, None, None, None, None, None, NOT_A_NUMBER, None]


def test_a_column_is_read_like_each_of_its_cells():
    texts = [t for t, *_ in CASES]
    for lang in LANGUAGES:
        col = parse_numbers(pd.Series(texts, index=range(100, 100 + len(texts))), lang)
        for i, t in enumerate(texts):
            one = parse_number(t, lang)
            assert col.code.iloc[i] == one.code, t
            v = col.values.iloc[i]
            assert (one.value is None and math.isnan(v)) or v == one.value, t


@settings(deadline=None)
@given(st.floats(-1e12, 1e12, allow_nan=False).map(lambda x: round(x, 2)), st.sampled_from(LANGUAGES))
def test_what_we_write_we_read_back(value, language):
    r = parse_number(write_number(value, language), language)
    assert r.code is None and r.value == pytest.approx(value, abs=1e-9)


# --- the import path (core/parsing.to_number) -------------------------------------------------


def test_import_follows_the_files_convention():
    rows = np.array([2, 3, 4])
    cells = pd.Series(["1.200", "230.000", "245.300,50"], dtype=object)
    values, problems = to_number(cells, "revenue", rows, decimal_comma=True)
    assert values.tolist() == [1200.0, 230000.0, 245300.5] and problems == []
    values, problems = to_number(pd.Series(["1,200", "3.5"], dtype=object), "revenue", rows[:2], decimal_comma=False)
    assert values.tolist() == [1200.0, 3.5] and problems == []


def test_import_says_how_a_cell_in_the_other_convention_was_read():
    values, problems = to_number(pd.Series(["12,5", "3.5", "4.5"], dtype=object), "revenue", np.array([2, 3, 4]),
                                 decimal_comma=True)
    assert values.tolist() == [12.5, 3.5, 4.5]
    (p,) = problems
    assert (p.code, p.severity, p.row, p.values["written"], p.values["count"]) == (OTHER, "warning", 3, "3,5", 2)


def test_typed_language_wins_over_an_unknown_file_convention():
    values, problems = to_number(pd.Series(["1.200"], dtype=object), "revenue", np.array([1]), language="da")
    assert values.tolist() == [1200.0] and problems == []


def test_import_percent_text_keeps_the_0_100_scale_and_numbers_stay_numbers():
    cells = pd.Series(["42,5 %", "42.5%", "42,5", 0.425, 17], dtype=object)
    values, problems = to_number(cells, "gross_margin_pct", np.arange(2, 7), percent_scale=True, decimal_comma=True)
    assert values.tolist() == [42.5, 42.5, 42.5, 0.425, 17.0]
    assert [p.code for p in problems] == [OTHER]
    values, _ = to_number(pd.Series(["12%"], dtype=object), "revenue", np.array([2]), decimal_comma=True)
    assert values.tolist() == [0.12]


def test_import_errors_name_the_row_and_keep_other_cells():
    values, problems = to_number(pd.Series(["1.200", "mange", None, ""], dtype=object), "orders",
                                 np.array([5, 6, 7, 8]), decimal_comma=True)
    assert values.iloc[0] == 1200.0 and values.iloc[1:].isna().all()
    assert [(p.code, p.row) for p in problems] == [(NOT_A_NUMBER, 6)]


def test_trailing_minus_in_an_import_is_a_warning():
    values, problems = to_number(pd.Series(["1.200-"], dtype=object), "revenue", np.array([2]), decimal_comma=True)
    assert values.tolist() == [-1200.0] and [(p.code, p.values["written"]) for p in problems] == [(TRAIL, "-1.200")]



@settings(deadline=None)
@given(st.lists(st.from_regex(r"[-+]?\d{1,7}([.,]\d{1,4})?", fullmatch=True), min_size=1, max_size=20),
       st.sampled_from(("da", "sv", "en", None)))
def test_the_fast_path_for_plain_numbers_agrees_with_the_full_rules(texts, convention):
    from retention_gui.core.numbers import _parse_text

    col = parse_numbers(texts, convention)
    values, _, codes = _parse_text(pd.Series(texts, dtype="string"), convention)
    assert col.code.tolist() == list(codes)
    np.testing.assert_array_equal(col.values.to_numpy(), values)


@pytest.mark.parametrize("texts, expected", [
    (["1.500", "2.345,50"], [1500.0, 2345.5]),  # decimal commas elsewhere: the dot groups thousands
    (["1.500", "1.234.567"], [1500.0, 1234567.0]),
    (["1,500", "12.5"], [1500.0, 12.5]),  # decimal points elsewhere: the comma groups thousands
    (["1.500", "12"], [1.5, 12.0]),  # nothing says: the lone separator is a decimal mark
    (["1.500", "12,5", "12.5"], [1.5, 12.5, 12.5]),  # the column mixes both: nothing says either
], ids=["comma decimals", "dot groups", "point decimals", "no evidence", "mixed"])
def test_an_unknown_convention_is_taken_from_the_column_and_still_reported(texts, expected):
    col = parse_numbers(texts, None)
    assert col.values.tolist() == expected
    assert col.code.iloc[0] == AMBIGUOUS


_NO_SEPARATOR = st.text(alphabet=st.sampled_from(list("0123456789 -+%()'eEkrKR$€£x\u00a0\u2212\u2009\u0660")), max_size=10)


@given(st.lists(_NO_SEPARATOR, min_size=1, max_size=6))
def test_cells_without_comma_point_or_colon_never_show_a_convention(cells):
    # The paste shortcut in ui.formatting.block_language relies on this: only ",", "." or ":" ("100:-")
    # make a cell read in one convention and not the other.
    assert infer_convention(cells) is None


def test_one_cell_with_a_separator_shows_the_convention():
    assert infer_convention(["245", "100:-"]) == "da"
    assert infer_convention(["245", "12,5"]) == "da"
    assert infer_convention(["245", "1,234.5"]) == "en"
