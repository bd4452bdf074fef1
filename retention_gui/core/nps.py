"""Net Promoter Score from raw survey answers (METRICS.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import pandas as pd

from . import calendar
from .errors import ERROR, WARNING, InputError, Problem
from .parsing import rows_of
from .report import plain

__all__ = ["NpsAnalysis", "analyse_nps", "nps_warnings", "classify_scores", "answer_groups", "count_answers"]


@dataclass
class NpsAnalysis:
    """Counts and score over all answers, and per period when answers are dated."""

    summary: dict[str, float | int | None]
    periods: pd.DataFrame | None = None
    problems: list[Problem] = field(default_factory=list)


def _nps(promoters: float, passives: float, detractors: float) -> float | None:
    total = promoters + passives + detractors
    return (promoters - detractors) * 100.0 / total if total > 0 else None


def answer_groups(scores: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Masks of promoters (9-10), passives (7-8) and detractors (0-6) among answers 0-10.

    A blank (NaN) answer is in none of them.
    """
    s = np.asarray(scores, dtype="float64")
    return s >= 9, (s >= 7) & (s <= 8), s <= 6


def count_answers(scores: pd.Series | np.ndarray) -> dict[str, int]:
    """``promoters``, ``passives`` and ``detractors``: how many answers fall in each group."""
    pro, pas, det = answer_groups(scores)
    return {"promoters": int(pro.sum()), "passives": int(pas.sum()), "detractors": int(det.sum())}


def classify_scores(scores: pd.Series, rows: np.ndarray | None = None) -> tuple[pd.Series, list[Problem]]:
    """Whole-number scores 0-10 as floats (NaN for blanks) and an error per bad answer.

    Accepts numbers and numbers written as text ("7", " 9 "); anything else
    (11, -1, 7.5, "seven") is an error naming its row.
    """
    rows = np.arange(1, len(scores) + 1) if rows is None else rows
    s = scores.reset_index(drop=True)
    if pd.api.types.is_numeric_dtype(s.dtype):
        values = s.astype("float64")
        blank = values.isna()
    else:
        text = s.astype("string").str.strip()
        blank = text.isna() | (text == "")
        values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").astype("float64")
    bad = ~blank & (values.isna() | (values < 0) | (values > 10) | (values != np.floor(values)))
    problems = [
        Problem("nps_score_invalid", ERROR, row=int(rows[i]), column="score", values={"value": plain(s.iloc[i], whole=True)})
        for i in np.flatnonzero(bad.to_numpy())
    ]
    return values.where(~bad), problems


def analyse_nps(df: pd.DataFrame, frequency: str = "month") -> NpsAnalysis:
    """NPS from a ``score`` column (and an optional ``answer_date`` to trend by period).

    Promoters answer 9-10, passives 7-8, detractors 0-6; blanks are skipped
    and counted in ``skipped``; any other answer raises :class:`InputError`
    listing every bad row.
    """
    if "score" not in df.columns:
        raise InputError([Problem("missing_column", ERROR, column="score", values={"column": "score"})])
    rows = rows_of(df)
    values, problems = classify_scores(df["score"], rows)
    if problems:
        raise InputError(problems)
    answered = values.notna()
    counts = count_answers(values[answered])
    promoters, passives, detractors = counts["promoters"], counts["passives"], counts["detractors"]
    summary = {
        "responses": promoters + passives + detractors,
        "promoters": promoters,
        "passives": passives,
        "detractors": detractors,
        "skipped": int((~answered).sum()),
        "nps": _nps(promoters, passives, detractors),
    }
    periods = None
    if "answer_date" in df.columns:
        dates = pd.to_datetime(df["answer_date"], errors="coerce").reset_index(drop=True)
        ok = answered & dates.notna()
        if ok.any():
            ords = calendar.period_ordinals(dates[ok].to_numpy(dtype="datetime64[D]"), frequency)
            sv = values[ok].to_numpy()
            p0, p1 = int(ords.min()), int(ords.max())
            n = p1 - p0 + 1
            idx = ords - p0
            pro, pas, det = (np.bincount(idx, weights=group, minlength=n) for group in answer_groups(sv))
            total = pro + pas + det
            with np.errstate(invalid="ignore", divide="ignore"):
                score = np.where(total > 0, (pro - det) * 100.0 / np.where(total > 0, total, 1), np.nan)
            periods = pd.DataFrame(
                {
                    "period": calendar.period_labels(np.arange(p0, p1 + 1), frequency),
                    "promoters": pro,
                    "passives": pas,
                    "detractors": det,
                    "responses": total,
                    "nps": score,
                }
            )
    return NpsAnalysis(summary=summary, periods=periods)


def nps_warnings(analysis: NpsAnalysis, thresholds: Mapping[str, float]) -> list[Problem]:
    """The section 2 result warnings of NPS from answers: per period (``result_warnings``) and for all
    answers together (``period="all"``), "below" strictly, on the value rounded to 9 decimals."""
    from .periods import result_warnings

    problems = result_warnings(analysis.periods, thresholds) if analysis.periods is not None else []
    overall = analysis.summary.get("nps")
    limit = thresholds.get("nps_below", 0.0)
    if overall is not None and round(overall, 9) < limit:
        problems.append(Problem("nps_negative", WARNING, column="nps", period="all",
                                values={"value": overall, "threshold": limit}))
    return problems
