"""Section 4 of METRICS.md: NPS from raw answers."""

from __future__ import annotations

import pandas as pd
import pytest

from retention_gui.core.errors import InputError
from retention_gui.core.nps import analyse_nps


def test_counts_and_score_with_blanks_skipped():
    # 10, 9 promoters; 8, 7 passives; 6, 0 detractors; one blank -> (2-2)/6 = 0.
    # Plus three more promoters -> (5-2)/9*100 = 33.33.
    scores = pd.Series([10, 9, 8, 7, 6, 0, None, 9, 9, 10], dtype="float64")
    s = analyse_nps(pd.DataFrame({"score": scores})).summary
    assert s == {"responses": 9, "promoters": 5, "passives": 2, "detractors": 2, "skipped": 1, "nps": pytest.approx(100 / 3)}


def test_text_answers_that_are_whole_numbers_are_accepted():
    s = analyse_nps(pd.DataFrame({"score": [" 9", "7", "", "3"]})).summary
    assert (s["promoters"], s["passives"], s["detractors"], s["skipped"]) == (1, 1, 1, 1)


def test_bad_answers_are_errors_naming_every_row():
    df = pd.DataFrame({"score": [11, -1, 7.5, "seven", 9], "source_row": [2, 3, 4, 5, 6]})
    with pytest.raises(InputError) as info:
        analyse_nps(df)
    assert [(p.code, p.row) for p in info.value.problems] == [("nps_score_invalid", r) for r in (2, 3, 4, 5)]


def test_no_answers_gives_null_score():
    assert analyse_nps(pd.DataFrame({"score": [None, None]})).summary["nps"] is None


def test_dated_answers_trend_by_period():
    df = pd.DataFrame({"score": [10, 0, 9, 8], "answer_date": pd.to_datetime(["2024-01-03", "2024-01-20", "2024-03-01", "2024-03-02"])})
    p = analyse_nps(df).periods
    assert p["period"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert p["nps"].tolist()[0] == 0.0 and p["nps"].tolist()[2] == 50.0
    assert pd.isna(p["nps"].tolist()[1])

