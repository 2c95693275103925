"""A fire's post-mortem: its work by type, the warning signs before it, and prevention against cure."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pandas as pd
import pytest

from cs_dash.metrics import fires, postmortem
from cs_dash.plots import fires as fire_plots
from cs_dash.plots import postmortem as plots
from cs_dash.scope import Scope
from cs_dash.settings import Settings, TierSettings, Touch
from tests.conftest import load_tables

AS_OF = dt.date(2025, 9, 30)
D = dt.date


@pytest.fixture
def company(make_ws):
    settings = Settings(
        tiers=TierSettings(method="thresholds", thresholds=[100_000.0, 25_000.0]),
        programme=[Touch("Tier 1", "Call", 12, 30)],  # 6 h a year for a Tier 1 account
    )
    return make_ws(
        settings,
        accounts="""
        account,arr,csm,status
        Acme,150000,Dana,active
        Initech,50000,Lee,active
        """,
        team="""
        csm,hourly_rate
        Dana,100
        Lee,60
        """,
        engagements="""
        date,account,csm,tag,type,duration_min,fire_id
        2025-02-01,Acme,Dana,proactive,Call,30,
        2025-06-03,Acme,Dana,reactive,Call,60,F-1
        2025-06-10,Acme,Lee,reactive,Email,30,F-1
        2025-07-02,Acme,Dana,reactive,Meeting,90,F-1
        2025-06-20,Acme,Dana,reactive,Call,45,
        2025-06-01,Initech,Lee,reactive,Call,30,
        2025-06-10,Initech,Lee,reactive,Call,30,
        2025-06-20,Initech,Lee,reactive,Meeting,60,
        2025-08-01,Initech,Lee,reactive,Call,15,
        2025-05-25,Initech,Lee,proactive,Call,30,
        """,
        tickets="""
        ticket_id,account,opened_at,closed_at,escalated
        T-1,Acme,2025-01-15,2025-01-20,no
        T-2,Acme,2025-04-10,2025-04-30,yes
        T-3,Acme,2025-05-01,2025-05-02,no
        T-4,Initech,2025-05-10,2025-05-11,no
        T-5,Initech,2025-03-01,2025-03-02,no
        """,
        usage="""
        account,date,active_users
        Acme,2025-01-01,20
        Acme,2025-02-01,20
        Acme,2025-04-01,15
        Acme,2025-05-01,13
        Initech,2025-02-10,10
        Initech,2025-04-10,10
        """,
        surveys="""
        account,date,score
        Acme,2025-04-15,9
        Acme,2025-05-20,4
        Initech,2025-05-01,8
        """,
    )


def _fire(ws) -> postmortem.Fire:
    fire = postmortem.fire_by_id(ws, "F-1")
    assert fire is not None
    return fire


def test_a_fire_id_is_its_engagements_and_their_cost_by_type(company):
    fire = _fire(company)
    assert (fire.account, fire.first_date, fire.last_date) == ("Acme", D(2025, 6, 3), D(2025, 7, 2))
    assert fire.months == 2  # June and July
    work = postmortem.timeline(company, fire)
    # Dana 1 h × $100, Lee 0.5 h × $60, Dana 1.5 h × $100; the Acme work without a fire id is not in it.
    assert work["cost"].tolist() == pytest.approx([100.0, 30.0, 150.0])
    kinds = postmortem.by_type(company, fire).set_index("type")
    assert kinds["cost"].to_dict() == pytest.approx({"Meeting": 150.0, "Call": 100.0, "Email": 30.0})
    assert kinds["hours"].to_dict() == pytest.approx({"Meeting": 1.5, "Call": 1.0, "Email": 0.5})
    assert kinds["engagements"].tolist() == [1, 1, 1]


def test_prevention_is_the_tiers_programme_over_the_months_the_fire_spans(company):
    summary = postmortem.prevention_vs_cure(company, _fire(company))
    # Tier 1 (ARR ≥ 100,000): 12 calls × 30 min = 6 h a year × Dana's $100 = $600 a year; 2 months = $100.
    assert summary["tier"] == "Tier 1"
    assert summary["prevention_per_year"] == pytest.approx(600.0)
    assert summary["prevention"] == pytest.approx(100.0)
    assert summary["prevention_hours"] == pytest.approx(1.0)
    assert summary["cure"] == pytest.approx(280.0)
    assert summary["cure_hours"] == pytest.approx(3.0)
    assert summary["cure_to_prevention"] == pytest.approx(2.8)


def test_the_warning_signs_in_the_90_days_before_the_fire(company):
    signs = postmortem.warning_signs(company, _fire(company))
    # The look-back is 2025-03-05 .. 2025-06-02 (90 days before 3 June).
    found = {row.sign: (row.date, row.detail) for row in signs.itertuples()}
    # Last proactive touch 1 Feb: 122 days before the fire, so none in the look-back.
    assert found["No proactive touch"] == (
        D(2025, 3, 5),
        "last proactive engagement 122 days before the fire",
    )
    # Two tickets opened in the look-back (T-2 escalated), one in the 90 days before it (T-1).
    assert found["Tickets"][0] == D(2025, 4, 10)
    assert found["Tickets"][1].startswith("2 opened in the 90 days before (1 escalated), 1 in")
    # Daily active users: (15 + 13) ÷ 2 = 14 in the look-back against 20 before: down 30 %.
    assert found["Usage dropping"][0] == D(2025, 4, 1)
    assert (
        "14.0 active users a day" in found["Usage dropping"][1] and "down 30%" in found["Usage dropping"][1]
    )
    # The answer of 4 is poor; the 9 is not.
    assert found["Poor survey"] == (D(2025, 5, 20), "scored 4 of 10")
    assert signs["date"].tolist() == sorted(signs["date"])
    assert "Health falling" not in found or found["Health falling"][0] < D(2025, 6, 3)


def test_no_sign_where_nothing_changed(company):
    fire = postmortem.Fire("initech", "Initech", D(2025, 6, 1), D(2025, 6, 20))
    flat = pd.DataFrame({"as_of": [D(2025, 4, 30), D(2025, 5, 31)], "score": [70.0, 70.0]})
    signs = postmortem.warning_signs(company, fire, flat)
    # One unescalated ticket in the look-back and one before it; users flat at 10; a survey of 8;
    # a proactive call on 25 May; the score flat.
    assert signs.empty, signs


def test_health_falls_when_a_score_drops_ten_points_below_an_earlier_peak():
    scores = pd.DataFrame(
        {
            "as_of": [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)],
            "score": [80.0, 75.0, 68.0, 60.0],
        }
    )
    sign = postmortem._health_sign(scores)
    assert sign["date"] == D(2025, 3, 31)  # 80 → 68 is the first fall of 10 points or more
    assert sign["detail"] == "score 80 → 68; 60 the day before the fire"
    assert postmortem._health_sign(scores.assign(score=[80.0, 75.0, 72.0, 71.0])) is None


def test_health_before_the_fire_is_scored_at_the_month_ends_and_the_day_before(company):
    scores = postmortem.health_before(company, _fire(company))
    assert scores["as_of"].tolist()[-2:] == [D(2025, 5, 31), D(2025, 6, 2)]
    assert scores["as_of"].tolist()[0] == D(2024, 12, 31)
    assert scores["score"].dropna().between(0, 100).all()


def test_a_burst_is_reactive_work_without_a_fire_id_close_together_on_one_account(company):
    found = postmortem.bursts(company, Scope(as_of=AS_OF))
    # Initech: 1, 10 and 20 June (gaps of 9 and 10 days); 1 August is too far and alone. Acme's one
    # engagement without a fire id is no burst.
    assert found[["account", "first_date", "last_date", "engagements"]].values.tolist() == [
        ["Initech", pd.Timestamp(2025, 6, 1), pd.Timestamp(2025, 6, 20), 3]
    ]
    assert found["cost"].tolist() == pytest.approx([120.0])  # 2 h × Lee's $60
    burst = postmortem.Fire("initech", "Initech", D(2025, 6, 1), D(2025, 6, 20))
    assert postmortem.timeline(company, burst)["cost"].tolist() == pytest.approx([30.0, 30.0, 60.0])
    summary = postmortem.prevention_vs_cure(company, burst)
    assert summary["tier"] == "Tier 2" and summary["prevention"] is None  # Tier 2 has no programme here


def test_the_choices_are_the_fires_by_id_then_the_bursts(company):
    costliest = fires.costliest(company, Scope(as_of=AS_OF))
    labels = [f.label for f in postmortem.choices(company, Scope(as_of=AS_OF), costliest)]
    assert labels == ["F-1 · Acme", "Initech · reactive work 01 Jun 2025–20 Jun 2025"]


def test_the_costliest_fires_chart_has_the_work_without_a_fire_id_as_its_own_bar(company):
    costliest = fires.costliest(company, Scope(as_of=AS_OF))
    spec = json.loads(fire_plots.costliest_fires(costliest, "All CSMs").to_json())
    bars = {trace["name"]: trace["y"] for trace in spec["data"]}
    assert bars["Without a fire id"] == ["Reactive work without a fire id (2 accounts)"]
    assert bars["Still a customer"] == ["F-1 · Acme"]


def test_the_charts_show_the_signs_the_score_the_work_and_both_costs(company):
    fire = _fire(company)
    scores = postmortem.health_before(company, fire)
    signs = postmortem.warning_signs(company, fire, scores)
    work = postmortem.timeline(company, fire)
    spec = json.loads(plots.fire_timeline(scores, signs, work, fire.label, "All CSMs").to_json())
    names = [trace["name"] for trace in spec["data"]]
    assert names[:2] == ["Warning sign", "Health score"] and set(names[2:]) == {"Call", "Email", "Meeting"}
    assert "F-1 · Acme" in spec["layout"]["title"]["text"]
    summary = postmortem.prevention_vs_cure(company, fire, work)
    spec = json.loads(plots.prevention_vs_cure(summary, fire.label, "All CSMs").to_json())
    assert [trace["x"] for trace in spec["data"]] == [[100.0], [280.0]]
    assert spec["data"][0]["text"] == ["$100 · 1.0 h"]
    assert spec["layout"]["annotations"][0]["text"] == "The cure cost 2.8× the prevention"


def test_the_work_kept_for_one_fire_is_not_reused_for_another_fire_the_settings_or_the_data(company):
    fire = _fire(company)
    burst = postmortem.Fire("initech", "Initech", D(2025, 6, 1), D(2025, 6, 20))
    assert postmortem.timeline(company, fire)["cost"].tolist() == pytest.approx([100.0, 30.0, 150.0])
    # Initech's burst: two 30-minute calls and a 1 h meeting at Lee's $60.
    assert postmortem.by_type(company, burst).set_index("type")["cost"].to_dict() == pytest.approx(
        {"Meeting": 60.0, "Call": 60.0}
    )
    assert postmortem.by_type(company, fire)["engagements"].tolist() == [1, 1, 1]

    company.set_settings(replace(company.settings, rates={"Dana": 200.0}))
    assert postmortem.timeline(company, fire)["cost"].tolist() == pytest.approx([200.0, 30.0, 300.0])

    load_tables(
        company,
        engagements="date,account,csm,tag,type,duration_min,fire_id\n2025-06-04,Acme,Lee,reactive,Call,60,F-1",
    )
    assert postmortem.timeline(company, fire)["cost"].tolist() == pytest.approx([200.0, 60.0, 30.0, 300.0])
    assert postmortem.by_type(company, fire).set_index("type").loc["Call", "engagements"] == 2
