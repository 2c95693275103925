"""One account's 360° numbers, on a tiny hand-made company."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import account
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def acme(make_ws):
    return make_ws(
        accounts="""
        account,arr,csm,renewal_date,segment,seats_purchased,seats_active
        Acme,100000,Dana,2025-07-30,SMB,50,40
        Globex,5000,Lee,2026-01-01,SMB,10,2
        """,
        engagements="""
        date,account,csm,tag,duration_min
        2025-05-02,Acme,Dana,proactive,30
        2025-05-20,acme,Dana,reactive,60
        2025-06-01,Acme,Dana,proactive,
        2025-07-01,Acme,Dana,proactive,45
        2025-06-01,Globex,Lee,reactive,15
        """,
        tickets="""
        ticket_id,account,opened_at,closed_at,escalated
        T1,Acme,2025-06-01 09:00,2025-06-03 09:00,yes
        T2,Acme,2025-06-20 09:00,,yes
        T3,Acme,2025-06-25 09:00,,no
        T4,Acme,2024-01-01 09:00,2024-01-02 21:00,no
        """,
        surveys="""
        account,date,score,recommend
        Acme,2025-03-01,10,yes
        Acme,2025-04-01,9,yes
        Acme,2025-05-01,7,no
        Acme,2025-06-01,3,no
        Acme,2023-01-01,0,no
        """,
    )


def test_choices_are_sorted_by_arr_and_follow_filters(acme):
    assert account.account_choices(acme, Scope(as_of=AS_OF))["account"].tolist() == ["Acme", "Globex"]
    # Globex renews 2026-01-01: outside the next 90 days from 2025-06-30.
    within_90 = Scope(renewal_window="90", as_of=AS_OF)
    assert account.account_choices(acme, within_90)["account"].tolist() == ["Acme"]


def test_profile_counts_days_to_renewal_from_as_of(acme):
    p = account.profile(acme, "acme", AS_OF)
    assert p["account"] == "Acme"
    assert p["days_to_renewal"] == 30  # 2025-06-30 -> 2025-07-30


def test_monthly_engagements_stop_at_as_of(acme):
    months = account.engagements_by_month(acme, "acme", AS_OF)
    # May: 1 proactive + 1 reactive, 90 minutes; June: 1 proactive without duration; July is after as-of.
    assert months[["proactive", "reactive"]].values.tolist() == [[1, 1], [1, 0]]
    assert months["minutes"].iloc[0] == 90


def test_tickets_summary(acme):
    t = account.tickets_summary(acme, "acme", AS_OF)
    # Open at as-of: T2, T3; escalated among them: T2; closed within 90 days: T1.
    assert (t["open"], t["open_escalations"], t["closed_last_90_days"]) == (2, 1, 1)
    # Closed within the last 365 days: T1 only, 48 hours = 2 days (T4 is older).
    assert t["median_days_to_resolve"] == pytest.approx(2.0)


def test_survey_summary_uses_last_12_months(acme):
    s = account.survey_summary(acme, "acme", AS_OF)
    # Four answers in the year: promoters 10, 9; passive 7; detractor 3 -> (2 - 1) / 4 = 25.
    assert s["answers"] == 4
    assert s["nps"] == pytest.approx(25.0)
    assert s["pct_recommend"] == pytest.approx(50.0)


def test_customer_scorecard_shows_their_numbers_and_no_internal_ones(acme):
    from cs_dash.scorecard import customer_scorecard_html
    from tests.images import fake_png

    doc = customer_scorecard_html(acme, "acme", AS_OF, render=fake_png)
    assert "<h1>Acme</h1>" in doc
    assert "80%" in doc  # 40 of 50 seats in use
    assert "40 of 50 seats" in doc
    assert "NPS" in doc and "+25" in doc
    for internal in ("Reactive", "reactive", "firefight", "At risk", "cost"):
        assert internal not in doc


def test_a_scorecard_for_an_account_without_a_renewal_date_says_none(make_ws):
    from cs_dash.scorecard import customer_scorecard_html
    from tests.images import fake_png

    ws = make_ws(
        accounts="""
        account,arr,csm,renewal_date
        Initech,1000,Lee,
        """,
        engagements="""
        date,account,csm,tag,duration_min
        2025-05-02,Initech,Lee,proactive,30
        """,
    )
    doc = customer_scorecard_html(ws, "initech", AS_OF, render=fake_png)
    assert "<h1>Initech</h1>" in doc
    assert "· renewal" not in doc
