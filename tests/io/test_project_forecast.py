"""Project files keep the forecast settings of section 5 (as_of is a date, written as ISO text)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from retention_gui.io.project import load_project, save_project
from retention_gui.pipeline import Settings


def test_forecast_settings_survive_a_project_round_trip(tmp_path):
    settings = Settings(predict=True, as_of=dt.date(1998, 6, 30), horizon_months=6, annual_discount_pct=8.5,
                        margin_pct=40.0, holdout_days=273)
    save_project(tmp_path / "p.retention", {}, pd.DataFrame({"period": ["2024-01"], "revenue": [1.0]}), settings)
    _, _, back, _ = load_project(tmp_path / "p.retention")
    assert back == settings
    assert '"as_of": "1998-06-30"' in (tmp_path / "p.retention").read_text(encoding="utf-8")
