"""Renewals, expansion, churn and retention on a small revenue log worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cs_dash.metrics import outcomes
from cs_dash.scope import Scope

ACCOUNTS = """
account,csm,status
Acme,Dana,active
Globex,Lee,active
Initech,Lee,churned
Umbrella,Dana,active
"""

REVENUE = """
account,date,kind,amount
Acme,2024-01-15,new,100
Globex,2024-02-01,New,50
Initech,2024-03-01,new,40
Umbrella,2024-05-10,new,30
Acme,2024-04-10,expansion,20
Globex,2024-05-01,contraction,-10
Initech,2024-06-15,churn,40
Acme,2024-07-01,renewal,120
Globex,2024-08-01,upsell,5
Stark,2024-04-01,refund,7
"""

USAGE = """
account,date,feature
Acme,2024-03-01,Reports
Acme,2024-03-01,Alerts
Globex,2024-03-01,reports
Initech,2024-03-01,Reports
Initech,2024-04-01,Exports
"""

AS_OF = dt.date(2024, 9, 30)


@pytest.fixture
def company(make_ws):
    return make_ws(accounts=ACCOUNTS, revenue=REVENUE, usage=USAGE)


def test_outcomes_per_quarter_sum_money_and_count_accounts_by_kind(company):
    df = outcomes.outcomes_by_period(company, Scope(as_of=AS_OF), grain="quarter")
    got = {(str(p)[:10], k): (a, n) for p, k, a, n in df[["period", "kind", "amount", "accounts"]].values}
    assert got == {
        # Q1: three new logos, 100 + 50 + 40 = 190.
        ("2024-01-01", "new"): (190, 3),
        # Q2: Umbrella new 30; Acme +20; Globex -10 (written as -10, read as 10); Initech churns 40.
        ("2024-04-01", "new"): (30, 1),
        ("2024-04-01", "expansion"): (20, 1),
        ("2024-04-01", "contraction"): (10, 1),
        ("2024-04-01", "churn"): (40, 1),
        # Q3: Acme renews 120; Globex "upsell" counts as expansion, 5.
        ("2024-07-01", "renewal"): (120, 1),
        ("2024-07-01", "expansion"): (5, 1),
    }


def test_unrecognised_kinds_are_reported_not_counted(company):
    df = outcomes.unrecognised_kinds(company)
    assert df.values.tolist() == [["refund", 1]]


def test_date_range_keeps_only_changes_inside_it(company):
    filters = Scope(as_of=AS_OF, date_from=dt.date(2024, 7, 1))
    df = outcomes.outcomes_by_period(company, filters, grain="month")
    # Jul: renewal 120; Aug: expansion 5.
    assert df[["kind", "amount"]].values.tolist() == [["renewal", 120], ["expansion", 5]]


def test_grr_nrr_and_logo_churn_per_quarter_use_start_arr_from_the_ledger(company):
    df = outcomes.retention_by_period(company, Scope(as_of=AS_OF), grain="quarter")
    # Q1 has no account active on Jan 1, so the first row is Q2.
    assert [str(d)[:10] for d in df["period_start"]] == ["2024-04-01", "2024-07-01"]
    q2, q3 = df.iloc[0], df.iloc[1]
    # Q2 start ARR: Acme 100 + Globex 50 + Initech 40 = 190 over 3 accounts (Umbrella is new in Q2).
    # GRR = (190 - 10 - 40) / 190 = 140/190; NRR = (190 + 20 - 10 - 40) / 190 = 160/190; 1 of 3 lost.
    assert (q2["accounts_at_start"], q2["start_arr"]) == (3, 190)
    assert q2["grr"] == pytest.approx(140 / 190)
    assert q2["nrr"] == pytest.approx(160 / 190)
    assert q2["logo_churn"] == pytest.approx(1 / 3)
    # Q3 start: Acme 120, Globex 40, Umbrella 30 = 190 (Initech is at 0, no longer active).
    # The renewal changes nothing; Globex +5 -> GRR 1, NRR 195/190.
    assert (q3["accounts_at_start"], q3["start_arr"]) == (3, 190)
    assert q3["grr"] == pytest.approx(1.0)
    assert q3["nrr"] == pytest.approx(195 / 190)
    assert q3["logo_churn"] == 0
    assert not q3["partial"]


def test_last_period_is_marked_partial_when_it_ends_after_as_of(company):
    df = outcomes.retention_by_period(company, Scope(as_of=dt.date(2024, 8, 15)), grain="quarter")
    assert df["partial"].tolist() == [False, True]


def test_retention_window_counts_only_accounts_active_at_its_start(company):
    got = outcomes.retention_window(company, Scope(as_of=AS_OF), dt.date(2024, 4, 1), dt.date(2024, 9, 30))
    # Start ARR 190 (Acme, Globex, Initech). Expansion 20 + 5, contraction 10, churn 40.
    # GRR = (190 - 50) / 190; NRR = (190 + 25 - 50) / 190 = 165/190. Umbrella (new) is outside.
    assert got["start_arr"] == 190
    assert got["grr"] == pytest.approx(140 / 190)
    assert got["nrr"] == pytest.approx(165 / 190)


def test_csm_filter_reaches_revenue_through_the_account_owner(company):
    df = outcomes.retention_by_period(company, Scope(csms=("Dana",), as_of=AS_OF), grain="quarter")
    # Dana owns Acme and Umbrella. Q2: start Acme 100, +20 -> GRR 1, NRR 1.2.
    q2 = df.iloc[0]
    assert q2["start_arr"] == 100
    assert q2["nrr"] == pytest.approx(1.2)


def test_features_by_outcome_compare_shares_of_retained_and_churned_accounts(company):
    df = outcomes.features_by_outcome(company, Scope(as_of=AS_OF))
    got = {(f, o): s for f, o, s in df[["feature", "outcome", "share_using"]].values}
    # Accounts with usage: retained Acme, Globex (2); churned Initech (1). Umbrella has no usage.
    # Reports: 2/2 and 1/1. Alerts: 1/2 and 0/1. Exports: 0/2 and 1/1.
    assert got == pytest.approx(
        {
            ("Reports", "Retained"): 1.0,
            ("Reports", "Churned"): 1.0,
            ("Alerts", "Retained"): 0.5,
            ("Alerts", "Churned"): 0.0,
            ("Exports", "Retained"): 0.0,
            ("Exports", "Churned"): 1.0,
        }
    )


def test_an_unknown_period_grain_is_refused_with_a_sentence(company):
    with pytest.raises(ValueError, match="must be one of month, quarter"):
        outcomes.outcomes_by_period(company, Scope(as_of=AS_OF), grain="fortnight")


def test_summary_section_is_plain_json_with_trailing_retention(company):
    section = outcomes.summary_section(company, Scope(as_of=AS_OF))
    json.dumps(section)
    # 365 days to Sep 30 start on 2023-10-02, before any revenue: no account is active at the start.
    assert section["trailing_12_months"]["grr"] is None
    assert section["by_quarter"][0] == {"period": "2024-01-01", "kind": "new", "amount": 190.0, "accounts": 3}


def test_logo_churn_from_accounts_alone_uses_subscription_and_churn_dates(make_ws):
    ws = make_ws(
        accounts="""
        account,subscribed_on,status,churned_on
        A,2024-01-10,active,
        B,2024-02-01,churned,2024-05-15
        C,2024-04-15,churned,2024-08-01
        D,,churned,
        E,,active,
        """
    )
    df = outcomes.logo_churn_from_accounts(ws, Scope(as_of=AS_OF), grain="quarter")
    # D churned on an unknown day: left out. E has no subscription date: a customer throughout.
    # Q1: only E is a customer on Jan 1 -> 0 of 1. Q2: A, B, E on Apr 1; B leaves May 15 -> 1 of 3.
    # Q3: A, C, E on Jul 1; C leaves Aug 1 -> 1 of 3.
    assert [str(d)[:10] for d in df["period_start"]] == ["2024-01-01", "2024-04-01", "2024-07-01"]
    assert df["accounts_at_start"].tolist() == [1, 3, 3]
    assert df["accounts_lost"].tolist() == [0, 1, 1]
    assert df["logo_churn"].tolist() == pytest.approx([0, 1 / 3, 1 / 3])


def test_tier_filter_keeps_the_revenue_of_that_tiers_accounts(make_ws):
    ws = make_ws(
        accounts="account,arr\nAcme,100000\nGlobex,50\nInitech,40\nUmbrella,30",
        revenue=REVENUE,
    )
    # Default tiers over 4 accounts: Acme alone is Tier 1. Its Q2: start 100, +20 -> NRR 1.2.
    df = outcomes.retention_by_period(ws, Scope(tiers=("Tier 1",), as_of=AS_OF), grain="quarter")
    assert df["start_arr"].tolist() == [100, 120]
    assert df["nrr"].tolist() == pytest.approx([1.2, 1.0])
