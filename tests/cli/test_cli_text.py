"""The text output shows the headline figures with the catalogue's units and decimals."""

from __future__ import annotations

import pandas as pd

from retention_gui.cli import render_text
from retention_gui.messages import metric_name
from retention_gui.pipeline import analyse_frame


def test_text_table_has_the_headline_figures_in_card_order_with_their_decimals():
    # S=100, E=95, N=5, L=10: CRR 90 %, churn 10 %; NPS (6 - 2) / 10 x 100 = 40; DSO 500 / 1000 x 31 = 15.5 days.
    data = pd.DataFrame([{"period": "2024-01", "customers_start": 100, "customers_end": 95, "new_customers": 5,
                          "lost_customers": 10, "promoters": 6, "passives": 2, "detractors": 2,
                          "accounts_receivable": 500, "credit_sales": 1000, "days_in_period": 31}])
    text = render_text(analyse_frame("periods", data))
    header = next(line for line in text.splitlines() if line.lstrip().startswith("period"))
    names = [metric_name(k) for k in ("crr_pct", "churn_pct", "nps", "dso")]
    assert [header.index(n) for n in names] == sorted(header.index(n) for n in names)
    row = next(line for line in text.splitlines() if line.startswith("2024-01")).split()
    assert row == ["2024-01", "90.0%", "10.0%", "40.0", "15.5"]
    assert "Periods: 1" in text and "Mean churn rate %: 10.0%" in text
