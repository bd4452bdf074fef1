"""Advice rules: for each rule, data that fires it (with the numbers it quotes) and data that does not."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from retention_gui.core.advice import DEFAULTS, RULES, Fact, Rule, advice_facts, advise, evaluate
from retention_gui.core.periods import compute_period_metrics


def periods(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    return pd.DataFrame({"period": [f"2024-{i:02d}" for i in range(1, n + 1)], **columns})


def cohorts(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["cohort", "size", "retention_pct"])


def fired(**kwargs) -> dict:
    return {a.id: a for a in advise(**kwargs)}


# rule id, inputs that fire it, inputs that do not, the values the fired advice carries.
CASES = [
    # Last churn 7.5 > 7 (the setting's default); 7.0 exactly is not above.
    ("churn_high", dict(periods=periods(churn_pct=[3.0, 7.5])), dict(periods=periods(churn_pct=[9.0, 7.0])),
     {"value": 7.5, "threshold": 7.0}),
    # 1 < 2 < 3 < 4: three rises in a row (all under 7, so churn_high stays quiet); 1, 2, 2, 3 has a flat step.
    ("churn_rising", dict(periods=periods(churn_pct=[1.0, 2.0, 3.0, 4.0])),
     dict(periods=periods(churn_pct=[1.0, 2.0, 2.0, 3.0])),
     {"value": 4.0, "first": 1.0, "periods": 3, "from_period": "2024-01"}),
    # 15 of 100 active bought again: 15 % < 20 %.
    ("rpr_low", dict(periods=periods(rpr_pct=[15.0], active_customers=[100], repeat_customers=[15])),
     dict(periods=periods(rpr_pct=[20.0])),
     {"value": 15.0, "threshold": 20.0, "active_customers": 100.0, "repeat_customers": 15.0}),
    # 40 > 35 > 30 > 25: three falls, still above 20 %; 40, 35, 36, 25 breaks the run.
    ("rpr_falling", dict(periods=periods(rpr_pct=[40.0, 35.0, 30.0, 25.0])),
     dict(periods=periods(rpr_pct=[40.0, 35.0, 36.0, 25.0])), {"value": 25.0, "first": 40.0, "periods": 3}),
    # Cohorts of 10 and 30 with +1 shares 10 % and 20 %: (1 + 6) / 40 = 17.5 % < 20 %.
    # The last cohort has no +1 column and does not count. Not firing: 10 and 30 at 50 % and 10 % -> (5 + 3) / 40 = 20 %.
    ("first_return_low",
     dict(cohorts=cohorts([("2024-01", 10, [100.0, 10.0, 5.0]), ("2024-02", 30, [100.0, 20.0]), ("2024-03", 4, [100.0])])),
     dict(cohorts=cohorts([("2024-01", 10, [100.0, 50.0]), ("2024-02", 30, [100.0, 10.0]), ("2024-03", 4, [100.0])])),
     {"value": 17.5, "threshold": 20.0, "customers": 40.0, "returned": 7}),
    # NPS -10 < 0 in the last period with answers.
    ("nps_negative", dict(periods=periods(nps=[20.0, -10.0, np.nan])), dict(periods=periods(nps=[-10.0, 0.0])),
     {"value": -10.0, "threshold": 0.0}),
    # Detractor shares 10/100, 15/100, 20/100, 30/100 rise three times; NPS stays positive (60 promoters).
    ("detractors_rising",
     dict(periods=periods(promoters=[60, 60, 60, 60], passives=[30, 25, 20, 10], detractors=[10, 15, 20, 30])),
     dict(periods=periods(promoters=[60, 60, 60, 60], passives=[30, 25, 25, 10], detractors=[10, 15, 15, 30])),
     {"value": 30.0, "first": 10.0, "periods": 3, "detractors": 30.0, "responses": 100.0}),
    # 12 of 100 units returned: 12 % > 10 %.
    ("return_rate_high", dict(periods=periods(return_rate_pct=[12.0], units_sold=[100], units_returned=[12])),
     dict(periods=periods(return_rate_pct=[10.0])), {"value": 12.0, "threshold": 10.0, "units_returned": 12.0}),
    # 60 days > 45.
    ("dso_high", dict(periods=periods(dso=[60.0])), dict(periods=periods(dso=[45.0])), {"value": 60.0, "threshold": 45.0}),
    # NRR 95 % < 100 %.
    ("nrr_low", dict(periods=periods(nrr_pct=[95.0], revenue_start=[10_000.0])), dict(periods=periods(nrr_pct=[100.0])),
     {"value": 95.0, "threshold": 100.0, "revenue_start": 10_000.0}),
    # Loyal rate 30 > 28 > 26 > 25.
    ("loyal_falling", dict(periods=periods(loyal_customer_rate_pct=[30.0, 28.0, 26.0, 25.0])),
     dict(periods=periods(loyal_customer_rate_pct=[30.0, 28.0, 26.0])), {"value": 25.0, "first": 30.0}),
    # 12 of the 40 most valuable at risk: 30 % > 20 %, worth 18 000.
    ("valuable_slipping",
     dict(forecast={"valuable_customers": 40, "valuable_at_risk": 12, "at_risk_value": 18_000.0}),
     dict(forecast={"valuable_customers": 40, "valuable_at_risk": 8, "at_risk_value": 9_000.0}),
     {"value": 30.0, "threshold": 20.0, "count": 12.0, "total": 40.0, "amount": 18_000.0}),
]


def test_every_rule_has_a_case():
    assert sorted(c[0] for c in CASES) == sorted(r.id for r in RULES)


@pytest.mark.parametrize("rule_id, firing, quiet, values", CASES, ids=[c[0] for c in CASES])
def test_rule_fires_on_its_data_and_quotes_the_numbers(rule_id, firing, quiet, values):
    got = fired(**firing)
    assert rule_id in got, got
    advice = got[rule_id]
    for key, want in values.items():
        assert advice.values[key] == (pytest.approx(want, rel=1e-12) if isinstance(want, float) else want), key
    rule = next(r for r in RULES if r.id == rule_id)
    assert advice.watch == rule.watch and advice.direction in ("down", "up")
    assert advice.watch_value == pytest.approx(values["value"], rel=1e-12)


@pytest.mark.parametrize("rule_id, firing, quiet, values", CASES, ids=[c[0] for c in CASES])
def test_rule_stays_quiet_on_data_that_does_not_call_for_it(rule_id, firing, quiet, values):
    assert rule_id not in fired(**quiet)


def test_settings_thresholds_and_defaults_can_be_changed():
    data = dict(periods=periods(churn_pct=[7.5], rpr_pct=[15.0]))
    assert set(fired(**data)) == {"churn_high", "rpr_low"}
    quiet = advise(**data, thresholds={"churn_pct_above": 8.0, "rpr_pct_below": 10.0})
    assert quiet == []


def test_one_advice_per_group_the_first_row_wins():
    # Churn 8, 9, 10, 11: above 7 and rising; only churn_high is given.
    got = advise(periods=periods(churn_pct=[8.0, 9.0, 10.0, 11.0]))
    assert [a.id for a in got] == ["churn_high"]
    assert got[0].period == "2024-04"


def test_undefined_values_are_skipped_in_trends():
    # Undefined churn in March (no customers at start) is not a break: 2 -> 3 -> 4 -> 5 over defined periods.
    got = fired(periods=periods(churn_pct=[2.0, 3.0, np.nan, 4.0, 5.0]))
    assert got["churn_rising"].values["from_period"] == "2024-01"


def test_nothing_to_say_for_healthy_or_empty_data():
    assert advise() == []
    healthy = periods(churn_pct=[3.0, 2.5], rpr_pct=[40.0, 41.0], nps=[30.0, 35.0], nrr_pct=[104.0, 103.0],
                      dso=[20.0, 25.0], return_rate_pct=[2.0, 3.0])
    assert advise(periods=healthy) == []


def test_whole_data_summary_and_nps_summary_are_fallbacks():
    got = fired(summary={"rpr_pct": 12.5}, nps={"nps": -20.0, "responses": 10})
    assert got["rpr_low"].values["value"] == 12.5 and got["rpr_low"].period is None
    assert got["nps_negative"].values == {"value": -20.0, "threshold": 0.0, "responses": 10.0}


def test_typed_period_table_end_to_end():
    # S = 100, E = 95, N = 5 -> L = 10, churn 10 %; 10 of 50 active repeat -> RPR 20 % (not below 20);
    # promoters 2, detractors 5 of 10 -> NPS -30.
    df = pd.DataFrame({"period": ["2024-01"], "customers_start": [100], "customers_end": [95], "new_customers": [5],
                       "active_customers": [50], "repeat_customers": [10], "promoters": [2], "passives": [3],
                       "detractors": [5]})
    got = advise(periods=compute_period_metrics(df))
    assert [a.id for a in got] == ["churn_high", "nps_negative"]
    churn = got[0]
    assert churn.values == {"value": 10.0, "threshold": 7.0, "customers_start": 100.0, "lost_customers": 10.0}


def test_the_engine_reads_any_rule_row():
    # A rule that is only data: a new row needs no new code.
    rule = Rule("aov_falling", "aov", "aov", "falling", "x_why", "x_do", "aov", "up", periods=2)
    facts = {"aov": Fact(np.array([300.0, 250.0, 200.0]), ("a", "b", "c"))}
    (a,) = evaluate(facts, rules=[rule])
    assert (a.id, a.period, a.values["first"], a.values["value"]) == ("aov_falling", "c", 300.0, 200.0)


def test_defaults_are_documented_numbers():
    assert DEFAULTS == {"rpr_pct_below": 20.0, "first_return_pct_below": 20.0, "return_rate_pct_above": 10.0,
                        "valuable_at_risk_pct_above": 20.0}


def test_no_forecast_no_fact():
    assert "valuable_at_risk_pct" not in advice_facts(forecast={"valuable_customers": 0, "valuable_at_risk": 0})


def test_forecast_numbers_from_a_per_customer_table():
    from retention_gui.core.advice import forecast_numbers

    # Ten customers who spent 100, 200, ..., 1000. The top fifth is the two at 1000 and 900;
    # the one at 1000 has P(alive) 0.3 (< 0.5), the one at 900 has 0.8. A low P(alive) outside
    # the top fifth (customer at 100) does not count.
    customers = pd.DataFrame({"revenue": [100.0 * i for i in range(1, 11)],
                              "p_alive": [0.1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8, 0.3]})
    numbers = forecast_numbers(customers)
    assert numbers == {"valuable_customers": 2.0, "valuable_at_risk": 1.0, "at_risk_value": 1000.0}
    # 1 of 2 = 50 % > 20 %: the advice fires and quotes the count and the money.
    (a,) = advise(forecast=numbers)
    assert (a.id, a.values["value"], a.values["count"], a.values["amount"]) == ("valuable_slipping", 50.0, 1.0, 1000.0)


def test_forecast_numbers_ties_and_unfitted_models():
    from retention_gui.core.advice import forecast_numbers

    # Three customers; the top fifth rounds up to 1, and the tie at 500 brings in both.
    tied = pd.DataFrame({"revenue": [500.0, 500.0, 100.0], "p_alive": [0.2, 0.6, 0.1]})
    assert forecast_numbers(tied) == {"valuable_customers": 2.0, "valuable_at_risk": 1.0, "at_risk_value": 500.0}
    # A model that was not fitted has null P(alive) everywhere: no numbers, no advice.
    assert forecast_numbers(tied.assign(p_alive=np.nan)) is None
    assert forecast_numbers(pd.DataFrame({"revenue": [1.0]})) is None
