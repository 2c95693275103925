"""The renewal forecast on five hand-made accounts whose health bands follow one measure."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from cs_dash.metrics.forecast import forecast_with_rates, renewal_forecast
from cs_dash.scope import Scope
from cs_dash.settings import Settings

AS_OF = dt.date(2025, 6, 30)
RATES = pd.DataFrame({"band": ["Healthy", "Watch", "At risk"], "churn_rate": [0.1, 0.25, 0.5]})


@pytest.fixture
def company(make_ws):
    settings = Settings()
    for measure in settings.scorecard:  # score on seats in use alone: 30 % -> 0, 85 % -> 100
        measure.enabled = measure.key == "capacity_utilisation"
    return make_ws(
        settings=settings,
        accounts="""
        account,arr,renewal_date,seats_purchased,seats_active
        A,1000,2025-07-10,100,90
        B,2000,2025-08-19,100,50
        C,4000,2025-09-18,100,60
        D,8000,2025-07-20,,
        E,500,2025-06-01,100,95
        """,
    )


def test_each_window_weights_its_arr_by_the_band_churn_rate(company):
    df = forecast_with_rates(company, Scope(as_of=AS_OF), RATES, 0.2).set_index("window")
    # Bands: A 90 % seats -> 100 Healthy; B 50 % -> 36 At risk; C 60 % -> 55 Watch; D no seats ->
    # no score, so the overall 20 %; E (overdue) 95 % -> Healthy.
    # 30 days: A 1,000 × 10 % + D 8,000 × 20 % = 100 + 1,600 = 1,700 of 9,000.
    assert df.loc["30", "arr"] == 9000
    assert df.loc["30", "expected_churn"] == pytest.approx(1700)
    assert df.loc["30", "expected_renewal"] == pytest.approx(7300)
    assert df.loc["30", "at_overall_rate"] == 1
    # 60 days adds B 2,000 × 50 % = 1,000; 90 days adds C 4,000 × 25 % = 1,000.
    assert df.loc["60", "expected_churn"] == pytest.approx(2700)
    assert df.loc["90", "expected_churn"] == pytest.approx(3700)
    assert df.loc["90", "arr"] == 15000 and df.loc["365", "arr"] == 15000
    assert df.loc["overdue", "expected_churn"] == pytest.approx(50)  # E 500 × 10 %


def test_a_band_without_a_rate_takes_the_overall_rate(company):
    rates = RATES.assign(churn_rate=[0.1, None, 0.5])
    df = forecast_with_rates(company, Scope(as_of=AS_OF), rates, 0.2).set_index("window")
    # C (Watch) now at 20 %: 4,000 × 20 % = 800 instead of 1,000.
    assert df.loc["90", "expected_churn"] == pytest.approx(3500)
    assert df.loc["90", "at_overall_rate"] == 2


def test_the_rates_come_from_the_backtest(company):
    df, result = renewal_forecast(company, Scope(as_of=AS_OF))
    # Every account is still a customer: the backtest saw no churn, so every band's rate is 0 %
    # and the whole ARR of each window is expected to renew.
    assert result.churned == 0 and result.renewed > 0
    row = df.set_index("window").loc["90"]
    assert (row["arr"], row["expected_churn"], row["expected_renewal"]) == (15000, 0, 15000)
