"""Onboarding and nurturing drivers on a four-account company worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from cs_dash.metrics import drivers
from cs_dash.scope import Scope

ACCOUNTS = """
account,arr,csm,segment,seats_purchased,seats_active,subscribed_on,provisioned_on,go_live_on,status
Acme,100000,Dana,Enterprise,50,40,2025-01-10,2025-01-20,2025-03-01,active
Globex,20000,Lee,SMB,10,9,2025-01-25,2025-02-04,2025-02-14,active
Initech,5000,Lee,SMB,20,,2025-02-03,2025-02-10,,active
Umbrella,8000,Dana,SMB,10,2,2024-06-01,2024-06-05,2024-07-01,churned
"""
# Default tiers (10 % / 30 % / 60 % of 4 accounts by ARR): Acme Tier 1, Globex Tier 2, the rest Tier 3.

USAGE = """
account,date,active_users,events,feature
Acme,2025-03-01,20,100,Reports
Acme,2025-03-01,25,50,Dashboards
Acme,2025-03-31,30,70,reports
Acme,2025-04-01,45,200,Reports
Acme,2025-04-01,10,20,Alerts
Globex,2025-02-14,5,10,Reports
Globex,2025-04-01,8,30,Exports
"""

SURVEYS = """
account,date,score,recommend
Acme,2025-03-10,10,true
Acme,2025-03-20,6,false
Acme,2025-05-01,9,true
Globex,2025-02-20,8,true
Globex,2025-03-05,3,false
"""

TICKETS = """
ticket_id,account,opened_at,closed_at,escalated
T1,Acme,2025-03-02 09:00:00,2025-03-04 09:00:00,true
T2,Acme,2025-03-10 00:00:00,2025-04-02 00:00:00,false
T3,Globex,2025-03-20 00:00:00,,true
T4,Globex,2025-04-05 00:00:00,2025-04-06 12:00:00,false
"""

AS_OF = dt.date(2025, 4, 30)


@pytest.fixture
def company(make_ws):
    return make_ws(accounts=ACCOUNTS, usage=USAGE, surveys=SURVEYS, tickets=TICKETS)


def by_account(df):
    return {row["account"]: row for row in df.to_dict("records")}


def test_days_to_provision_and_to_value_are_counted_per_account(company):
    rows = by_account(drivers.onboarding_accounts(company, Scope(as_of=AS_OF)))
    # Acme: Jan 10 -> Jan 20 = 10 days; Jan 20 -> Mar 1 = 11 (rest of Jan) + 28 (Feb) + 1 = 40 days.
    assert (rows["Acme"]["days_to_provision"], rows["Acme"]["days_to_value"]) == (10, 40)
    # Globex: Jan 25 -> Feb 4 = 10; Feb 4 -> Feb 14 = 10.
    assert (rows["Globex"]["days_to_provision"], rows["Globex"]["days_to_value"]) == (10, 10)
    # Initech has not gone live: provision Feb 3 -> Feb 10 = 7, no time to value.
    assert rows["Initech"]["days_to_provision"] == 7
    assert pd.isna(rows["Initech"]["days_to_value"])


def test_initial_adoption_is_the_best_period_in_the_30_days_after_go_live_over_seats(company):
    rows = by_account(drivers.onboarding_accounts(company, Scope(as_of=AS_OF)))
    # Acme went live Mar 1; window Mar 1..Mar 31 holds periods with 25 (max of 20/25 on Mar 1) and
    # 30; Apr 1 (45) is outside. 30 / 50 seats = 0.6.
    assert rows["Acme"]["initial_active_users"] == 30
    assert rows["Acme"]["initial_adoption"] == pytest.approx(0.6)
    # Globex: 5 users on go-live day / 10 seats = 0.5; the Apr 1 period is outside the window.
    assert rows["Globex"]["initial_adoption"] == pytest.approx(0.5)


def test_go_live_satisfaction_counts_answers_within_30_days_of_go_live(company):
    rows = by_account(drivers.onboarding_accounts(company, Scope(as_of=AS_OF)))
    # Acme window Mar 1..Mar 31: answers 10/yes and 6/no (May 1 is outside).
    # % recommend 1/2; NPS (1 promoter - 1 detractor) / 2 = 0.
    assert rows["Acme"]["go_live_recommend"] == pytest.approx(0.5)
    assert rows["Acme"]["go_live_nps"] == pytest.approx(0.0)
    # Globex window Feb 14..Mar 16: 8/yes and 3/no -> 1/2 recommend; NPS (0 - 1) / 2 = -50.
    assert rows["Globex"]["go_live_nps"] == pytest.approx(-50.0)


def test_cohorts_take_medians_and_pool_answers_by_subscription_month(company):
    cohorts = drivers.onboarding_by_cohort(company, Scope(as_of=AS_OF))
    assert [c.isoformat()[:7] for c in cohorts["cohort"]] == ["2024-06", "2025-01", "2025-02"]
    jan = cohorts.iloc[1]
    # Jan 2025 = Acme and Globex: provision median(10, 10) = 10; value median(40, 10) = 25;
    # adoption median(0.6, 0.5) = 0.55.
    assert jan["accounts"] == 2
    assert jan["median_days_to_provision"] == 10
    assert jan["median_days_to_value"] == 25
    assert jan["median_initial_adoption"] == pytest.approx(0.55)
    # Pooled go-live answers: yes/no/yes/no -> 2/4 = 0.5; scores 10, 6, 8, 3 -> (1 - 2) / 4 = -25.
    assert jan["go_live_recommend"] == pytest.approx(0.5)
    assert jan["go_live_nps"] == pytest.approx(-25.0)
    # Umbrella (Jun 2024): 4 days to provision (Jun 1 -> Jun 5), 26 to value (Jun 5 -> Jul 1).
    assert cohorts.iloc[0]["median_days_to_provision"] == 4
    assert cohorts.iloc[0]["median_days_to_value"] == 26


def test_cohorts_can_be_quarters(company):
    cohorts = drivers.onboarding_by_cohort(company, Scope(as_of=AS_OF), grain="quarter")
    # Q2 2024: Umbrella. Q1 2025: Acme, Globex, Initech -> provision median(10, 10, 7) = 10.
    assert [str(c)[:10] for c in cohorts["cohort"]] == ["2024-04-01", "2025-01-01"]
    assert cohorts["accounts"].tolist() == [1, 3]
    assert cohorts.iloc[1]["median_days_to_provision"] == 10


def test_onboarding_dates_after_as_of_have_not_happened_yet(company):
    rows = by_account(drivers.onboarding_accounts(company, Scope(as_of=dt.date(2025, 2, 15))))
    # On Feb 15 Acme was provisioned (Jan 20) but not yet live (Mar 1).
    assert rows["Acme"]["days_to_provision"] == 10
    assert pd.isna(rows["Acme"]["go_live_on"])
    assert pd.isna(rows["Acme"]["days_to_value"])


def test_csm_filter_keeps_only_the_accounts_that_csm_owns(company):
    overall = drivers.onboarding_overall(company, Scope(csms=("dana",), as_of=AS_OF))
    # Dana owns Acme and Umbrella: provision median(10, 4) = 7; value median(40, 26) = 33.
    assert overall["accounts"] == 2
    assert overall["median_days_to_provision"] == 7
    assert overall["median_days_to_value"] == 33


def test_user_adoption_compares_now_with_go_live(company):
    rows = by_account(drivers.user_adoption(company, Scope(as_of=AS_OF)))
    # Acme: 30 at go-live, 45 on Apr 1 (latest) -> +50 %. Globex: 5 -> 8 -> +60 %.
    assert (rows["Acme"]["active_at_go_live"], rows["Acme"]["active_now"]) == (30, 45)
    assert rows["Acme"]["growth_since_go_live"] == pytest.approx(0.5)
    assert rows["Globex"]["growth_since_go_live"] == pytest.approx(0.6)


def test_user_adoption_overall_counts_growing_accounts_and_median_growth(company):
    overall = drivers.user_adoption_overall(company, Scope(as_of=AS_OF))
    # Acme +50 %, Globex +60 %: both growing, median 55 %.
    assert (overall["accounts_compared"], overall["accounts_growing"]) == (2, 2)
    assert overall["median_growth"] == pytest.approx(0.55)


def test_active_users_by_month_sums_each_accounts_best_period(company):
    months = drivers.active_users_by_month(company, Scope(as_of=AS_OF))
    # Feb: Globex 5. Mar: Acme max(25, 30) = 30. Apr: Acme max(45, 10) + Globex 8 = 53.
    assert months["active_users"].tolist() == [5, 30, 53]
    # Events add up over every row: Feb 10; Mar 100 + 50 + 70 = 220; Apr 200 + 20 + 30 = 250.
    assert months["events"].tolist() == [10, 220, 250]


def test_active_users_by_month_keeps_to_the_date_range(company):
    filters = Scope(as_of=AS_OF, date_from=dt.date(2025, 3, 15))
    months = drivers.active_users_by_month(company, filters)
    # Only the Mar 31 (Acme 30, 70 events) and Apr 1 periods are inside the range.
    assert months["active_users"].tolist() == [30, 53]
    assert months["events"].tolist() == [70, 250]


def test_features_by_month_counts_distinct_features_and_first_adoptions(company):
    months = drivers.features_by_month(company, Scope(as_of=AS_OF))
    # Feb: Globex reports -> 1 feature; Globex's first month, so its starting point, not a new adoption.
    # Mar: Acme reports + dashboards -> 2 features; Acme's first month, again no new adoption.
    # Apr: Acme reports (known) + alerts (new) and Globex exports (new) -> 3 features, 3 account
    # features over 2 accounts = 1.5 each, 2 new adoptions. Reports/reports are one feature.
    assert months["distinct_features"].tolist() == [1, 2, 3]
    assert months["new_adoptions"].tolist() == [0, 0, 2]
    assert months["features_per_account"].tolist() == [1.0, 2.0, 1.5]


def test_capacity_utilisation_is_seats_active_over_purchased_for_active_accounts(company):
    tiers = drivers.capacity_by_tier(company, Scope(as_of=AS_OF))
    got = dict(zip(tiers["tier"], tiers["utilisation"], strict=True))
    # Acme 40/50 = 0.8 (Tier 1); Globex 9/10 = 0.9 (Tier 2); Initech has no active seats and
    # Umbrella churned, so both drop out. All tiers: (40 + 9) / (50 + 10) = 49/60.
    assert got == pytest.approx({"Tier 1": 0.8, "Tier 2": 0.9, "All tiers": 49 / 60})


def test_escalations_by_month_count_opened_closed_backlog_and_resolution(company):
    months = drivers.escalations_by_month(company, Scope(as_of=AS_OF))
    # Mar: opened T1, T2, T3; closed T1 (2 days); open on Mar 31: T2 (closed Apr 2) and T3.
    # Apr: opened T4; closed T2 (23 days) and T4 (1.5 days) -> median 12.25; open on Apr 30: T3.
    assert months["opened"].tolist() == [3, 1]
    assert months["closed"].tolist() == [1, 2]
    assert months["open_at_month_end"].tolist() == [2, 1]
    assert months["median_days_to_resolution"].tolist() == pytest.approx([2.0, 12.25])


def test_escalations_can_be_limited_to_escalated_tickets(company):
    months = drivers.escalations_by_month(company, Scope(as_of=AS_OF), only_escalated=True)
    # Escalated: T1 (opened and closed in Mar) and T3 (opened Mar, still open).
    assert months["opened"].tolist() == [2, 0]
    assert months["open_at_month_end"].tolist() == [1, 1]


def test_escalations_now_counts_open_tickets_and_median_resolution(company):
    now = drivers.escalations_now(company, Scope(as_of=AS_OF))
    # Open on Apr 30: T3. Closed: T1 2 days, T2 23, T4 1.5 -> median 2.
    assert now["open_now"] == 1
    assert now["closed"] == 3
    assert now["median_days_to_resolution"] == pytest.approx(2.0)


def test_feedback_by_month_gives_nps_and_share_recommending(company):
    months = drivers.feedback_by_month(company, Scope(as_of=dt.date(2025, 5, 31)))
    # Feb: one 8 -> NPS 0, 1/1 recommend. Mar: 10, 6, 3 -> (1 - 2) / 3 = -33.3, 1/3 recommend.
    # May: one 9 -> NPS 100.
    assert months["nps"].tolist() == pytest.approx([0.0, -100 / 3, 100.0])
    assert months["pct_recommend"].tolist() == pytest.approx([1.0, 1 / 3, 1.0])


def test_feedback_respects_as_of(company):
    overall = drivers.feedback_overall(company, Scope(as_of=AS_OF))
    # The May 1 answer is after Apr 30: four answers 10, 6, 8, 3 -> (1 - 2) / 4 = -25.
    assert overall["answers"] == 4
    assert overall["nps"] == pytest.approx(-25.0)


def test_summary_section_is_plain_json_with_the_headline_numbers(company):
    section = drivers.summary_section(company, Scope(as_of=AS_OF))
    json.dumps(section)
    # Medians over Acme, Globex, Initech, Umbrella: provision (4, 7, 10, 10) -> 8.5; value (10, 26, 40) -> 26.
    assert section["onboarding"]["median_days_to_provision"] == 8.5
    assert section["onboarding"]["median_days_to_value"] == 26
    assert section["capacity_utilisation"] == pytest.approx(49 / 60)
    assert section["escalations"]["open_now"] == 1
    assert section["user_adoption"]["accounts_growing"] == 2


def test_the_cli_summary_carries_the_drivers_outcomes_and_plans_sections(company):
    from cs_dash.summary import build_summary

    summary = build_summary(company, Scope(as_of=AS_OF))
    json.dumps(summary)
    assert summary["drivers"]["onboarding"]["median_days_to_value"] == 26
    assert {"outcomes", "plans"} <= set(summary)
