"""The backtest: accounts scored before a known outcome, churn rate by band, and a hand-checked AUC."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import backtest
from cs_dash.scope import Scope
from cs_dash.settings import Measure, Settings


def test_auc_is_the_share_of_churned_renewed_pairs_where_the_churned_account_scored_lower(ws):
    # Churned 10, 50; renewed 40, 50, 90. Pairs: (10,40) 1, (10,50) 1, (10,90) 1, (50,40) 0,
    # (50,50) 0.5, (50,90) 1 -> 4.5 / 6 = 0.75.
    scored = [(10, True), (50, True), (40, False), (50, False), (90, False)]
    assert backtest.auc_of(ws.con, scored) == pytest.approx(0.75)


def test_auc_is_none_without_both_outcomes(ws):
    assert backtest.auc_of(ws.con, [(10, True), (20, True)]) is None


def test_accounts_are_scored_horizon_days_before_their_churn_or_renewal(make_ws):
    # One measure: days since the last proactive touch, 0 -> 100, 60 -> 0.
    #   Lost churned 2025-05-01 -> scored 2025-01-31: last touch 2024-12-01, 61 days -> 0, At risk.
    #   Kept renewed 2025-04-01 -> scored 2025-01-01: touched that day -> 100, Healthy.
    #   Held renewed 2025-04-30 -> scored 2025-01-30: touched 2025-01-20, 10 days -> 83.3, Healthy.
    settings = Settings()
    settings.scorecard = [Measure("days_since_proactive", "Recency", 1, "lower", 60, 0)]
    ws = make_ws(
        settings,
        accounts="account,arr,status,churned_on\nLost,100,churned,2025-05-01\nKept,100,active,\nHeld,100,active,",
        engagements="""
        date,account,csm,tag
        2024-12-01,Lost,Dana,proactive
        2025-01-01,Kept,Dana,proactive
        2025-01-20,Held,Dana,proactive
        2025-03-01,Lost,Dana,proactive
        """,
        revenue="account,date,kind,amount\nKept,2025-04-01,renewal,100\nHeld,2025-04-30,renewal,100",
    )
    result = backtest.run(ws, Scope(as_of=dt.date(2025, 6, 1)), horizon_days=90)
    scored = result.accounts.set_index("account")
    assert scored.loc["Lost", "scored_on"].date() == dt.date(2025, 1, 31)
    assert scored["score"].to_dict() == pytest.approx({"Lost": 0.0, "Kept": 100.0, "Held": 100 * 50 / 60})
    assert (result.churned, result.renewed) == (1, 2)
    assert result.auc == pytest.approx(1.0)
    by_band = result.by_band.set_index("band")
    assert by_band.loc["At risk", ["accounts", "churned"]].tolist() == [1, 1]
    assert by_band.loc["Healthy", "churn_rate"] == 0
    assert by_band.loc["Watch", "accounts"] == 0
