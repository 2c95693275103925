"""Account plans: goals, steps, blockers, coverage, freshness and blocker patterns worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cs_dash.metrics import plans
from cs_dash.scope import Scope

ACCOUNTS = """
account,arr,csm,segment,status
Acme,100000,Dana,Enterprise,active
Globex,20000,Lee,SMB,active
Initech,5000,Lee,SMB,active
Umbrella,8000,Dana,SMB,active
Hooli,3000,Lee,SMB,churned
"""
# Default tiers over 5 accounts by ARR (10 % / 30 % / 60 %): Acme Tier 1, Globex Tier 2,
# Umbrella, Initech and Hooli Tier 3.

PLANS = """
account,item,kind,dimension,status,owner,due_date,created_on,reviewed_on
Acme,Cut month-end close to 3 days,Goal,,open,Dana,,2025-01-10,2025-06-15
Acme,Roll out to EMEA,step,Transformation,done,Dana,2025-03-31,2025-01-10,
Acme,Train finance team,step,People,open,Dana,2025-07-31,2025-01-10,
Acme,New CFO sceptical,blocker,People,at risk,Dana,,2025-01-10,2025-05-01
Acme,Data quality in ERP,blocker,quality,open,Dana,,2025-02-01,
Globex,Self-serve reporting,goal,,open,Lee,,2024-09-01,2025-04-15
Globex,Missing SSO,blocker,Product,Done,Lee,,2024-09-01,
Globex,Champion left,blocker,people,open,Lee,,2024-09-01,
Umbrella,Replace spreadsheets,goal,,open,Dana,,2024-03-01,
Umbrella,Data quality,blocker,Quality,open,Dana,,2024-03-01,
Initech,Future goal,goal,,open,Lee,,2025-08-01,
Stark,Unmatched plan,goal,,,,,,
"""

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def company(make_ws):
    return make_ws(accounts=ACCOUNTS, plans=PLANS)


def by_account(df):
    return {row["account"]: row for row in df.to_dict("records")}


def test_plan_accounts_summarise_goal_steps_and_open_blockers(company):
    rows = by_account(plans.plan_accounts(company, Scope(as_of=AS_OF)))
    # Initech's only item is created after "as of", so Initech has no plan yet.
    assert sorted(rows) == ["Acme", "Globex", "Stark", "Umbrella"]
    acme = rows["Acme"]
    assert acme["success_definition"] == "Cut month-end close to 3 days"
    # Steps: 2, one done. Blockers not done: "at risk" + "open" = 2; one item at risk.
    assert (acme["steps"], acme["steps_done"], acme["open_blockers"], acme["items_at_risk"]) == (2, 1, 2, 1)
    # Globex: SSO is "Done" (any case), so one open blocker remains.
    assert rows["Globex"]["open_blockers"] == 1


def test_freshness_uses_the_latest_review_else_creation_date(company):
    rows = by_account(plans.plan_accounts(company, Scope(as_of=AS_OF)))
    # Acme latest touch Jun 15 -> 15 days. Globex Apr 15 -> 15 + 31 + 30 = 76 days.
    # Umbrella never reviewed, created 2024-03-01 -> 486 days. Stark has no dates at all.
    assert rows["Acme"]["days_since_review"] == 15
    assert rows["Globex"]["days_since_review"] == 76
    assert rows["Umbrella"]["days_since_review"] == 486
    assert rows["Acme"]["freshness"] == "Within 30 days"
    assert rows["Globex"]["freshness"] == "31–90 days"
    assert rows["Umbrella"]["freshness"] == plans.STALE
    assert rows["Stark"]["freshness"] == plans.UNDATED


def test_freshness_counts_plans_and_arr_in_every_bucket(company):
    df = plans.freshness(company, Scope(as_of=AS_OF))
    assert df["freshness"].tolist() == list(plans.FRESHNESS_ORDER)
    # 30 days: Acme 100,000; 90 days: Globex 20,000; 365 days: none; stale: Umbrella 8,000;
    # undated: Stark (no ARR).
    assert df["plans"].tolist() == [1, 1, 0, 1, 1]
    assert df["arr"].tolist() == [100000, 20000, 0, 8000, 0]


def test_stale_plans_are_listed_largest_arr_first(company):
    df = plans.stale_plans(company, Scope(as_of=AS_OF))
    assert df["account"].tolist() == ["Umbrella", "Stark"]


def test_a_later_review_is_not_seen_before_it_happens(company):
    rows = by_account(plans.plan_accounts(company, Scope(as_of=dt.date(2025, 6, 1))))
    # On Jun 1 Acme's Jun 15 review has not happened: latest touch is the May 1 review, 31 days.
    assert rows["Acme"]["days_since_review"] == 31
    assert rows["Acme"]["freshness"] == "31–90 days"


def test_coverage_is_the_share_of_active_accounts_with_a_plan_per_tier(company):
    df = plans.coverage_by_tier(company, Scope(as_of=AS_OF))
    got = {t: (w, n, c) for t, w, n, c in df[["tier", "with_plan", "accounts", "coverage"]].values}
    # Tier 3 active accounts: Umbrella (plan) and Initech (none yet); Hooli churned is left out.
    assert got == {
        "Tier 1": (1, 1, 1.0),
        "Tier 2": (1, 1, 1.0),
        "Tier 3": (1, 2, 0.5),
        "All tiers": (3, 4, 0.75),
    }
    # ARR with a plan: 100,000 + 20,000 + 8,000 of 133,000.
    total = df[df["tier"] == "All tiers"].iloc[0]
    assert (total["arr_with_plan"], total["arr"]) == (128000, 133000)


def test_blockers_by_dimension_count_open_blockers_and_the_arr_they_touch(company):
    df = plans.blockers_by_dimension(company, Scope(as_of=AS_OF))
    # People: Acme (at risk) + Globex ("people") -> 2 blockers, ARR 120,000.
    # Quality: Acme ("quality") + Umbrella -> 2 blockers, ARR 108,000. SSO is done: left out.
    assert df[["dimension", "blockers", "accounts", "arr_affected"]].values.tolist() == [
        ["People", 2, 2, 120000],
        ["Quality", 2, 2, 108000],
    ]


def test_done_blockers_can_be_included(company):
    df = plans.blockers_by_dimension(company, Scope(as_of=AS_OF), include_done=True)
    assert dict(zip(df["dimension"], df["blockers"], strict=True)) == {
        "People": 2,
        "Quality": 2,
        "Product": 1,
    }


def test_blockers_split_by_tier_and_by_segment(company):
    tiers = plans.blockers_by_dimension(company, Scope(as_of=AS_OF), by="tier")
    got = {(d, g): a for d, g, a in tiers[["dimension", "group", "arr_affected"]].values}
    assert got == {
        ("People", "Tier 1"): 100000,
        ("People", "Tier 2"): 20000,
        ("Quality", "Tier 1"): 100000,
        ("Quality", "Tier 3"): 8000,
    }
    segments = plans.blockers_by_dimension(company, Scope(as_of=AS_OF), by="segment")
    got = {(d, g): n for d, g, n in segments[["dimension", "group", "blockers"]].values}
    assert got == {
        ("People", "Enterprise"): 1,
        ("People", "SMB"): 1,
        ("Quality", "Enterprise"): 1,
        ("Quality", "SMB"): 1,
    }


def test_one_accounts_plan_lists_goals_then_steps_then_blockers(company):
    df = plans.account_plan(company, Scope(as_of=AS_OF), "acme")
    assert df["item"].tolist() == [
        "Cut month-end close to 3 days",
        "Roll out to EMEA",
        "Train finance team",
        "Data quality in ERP",
        "New CFO sceptical",
    ]
    assert df["status"].tolist() == ["open", "done", "open", "open", "at risk"]


def test_csm_filter_keeps_the_plans_of_that_csms_accounts(company):
    filters = Scope(csms=("Lee",), as_of=AS_OF)
    assert plans.plan_accounts(company, filters)["account"].tolist() == ["Globex"]
    coverage = plans.coverage_by_tier(company, filters)
    # Lee's active accounts: Globex (Tier 2, plan) and Initech (Tier 3, none).
    assert dict(zip(coverage["tier"], coverage["coverage"], strict=True)) == {
        "Tier 2": 1.0,
        "Tier 3": 0.0,
        "All tiers": 0.5,
    }


def test_an_unknown_grouping_is_refused_with_a_sentence(company):
    with pytest.raises(ValueError, match="tier or segment"):
        plans.blockers_by_dimension(company, Scope(as_of=AS_OF), by="csm")


def test_summary_section_is_plain_json_with_coverage_freshness_and_blockers(company):
    section = plans.summary_section(company, Scope(as_of=AS_OF))
    json.dumps(section)
    assert (section["coverage"]["with_plan"], section["coverage"]["accounts"]) == (3, 4)
    assert section["freshness"] == {"30_days": 1, "90_days": 1, "365_days": 0, "stale": 1, "undated": 1}
    assert section["blockers_by_dimension"][0] == {
        "dimension": "People",
        "blockers": 2,
        "accounts": 2,
        "arr_affected": 120000.0,
    }
