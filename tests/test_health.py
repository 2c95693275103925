"""The health scorecard: each measure's raw value by hand, scoring, missing measures, bands, history."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from cs_dash.metrics import health
from cs_dash.scope import Scope
from cs_dash.settings import Measure, Settings

AS_OF = dt.date(2025, 4, 1)  # the 90-day window is 2025-01-02 .. 2025-04-01; 2025-01-01 is out

ACCOUNTS = """
account,arr,csm,renewal_date,seats_purchased,seats_active
Alpha,1000,Dana,2025-06-30,10,4
Beta,500,Dana,,20,5
Gamma,250,Lee,,,
"""
ENGAGEMENTS = """
date,account,csm,tag
2025-01-01,Alpha,Dana,proactive
2025-02-01,Alpha,Dana,proactive
2025-03-01,Alpha,Dana,reactive
2025-03-15,Alpha,Dana,reactive
2025-04-02,Alpha,Dana,proactive
2025-03-10,Beta,Dana,reactive
"""
USAGE = """
account,date,active_users,feature
Alpha,2025-03-01,6,reports
Gamma,2024-11-01,10,reports
Gamma,2024-12-01,10,reports
Gamma,2024-12-01,8,exports
Gamma,2025-02-01,10,reports
Gamma,2025-03-01,12,reports
"""
TICKETS = """
ticket_id,account,opened_at,closed_at,escalated
T1,Alpha,2025-03-01,,true
T2,Alpha,2025-02-01,2025-03-01,true
T3,Alpha,2025-03-20,2025-04-05,true
T4,Alpha,2025-03-20,,false
T5,Alpha,2025-04-10,,true
"""
SURVEYS = """
account,date,score,recommend
Alpha,2025-03-01,10,
Alpha,2025-02-01,9,
Alpha,2025-01-15,7,
Alpha,2024-12-01,3,
Alpha,2024-06-01,0,
Alpha,2024-03-01,0,
Beta,2025-03-01,,yes
Beta,2025-03-02,,yes
Beta,2025-03-03,,no
"""
PLANS = """
account,item,kind,created_on,reviewed_on
Alpha,Grow usage,goal,2024-12-01,2025-03-02
Alpha,Train admins,step,2025-01-01,
Alpha,Renewal blocker,blocker,2025-01-01,2025-04-15
"""


@pytest.fixture
def book(make_ws):
    return make_ws(
        accounts=ACCOUNTS, engagements=ENGAGEMENTS, usage=USAGE, tickets=TICKETS, surveys=SURVEYS, plans=PLANS
    )


def raw_values(ws, as_of=AS_OF) -> dict[str, dict[str, float | None]]:
    df = health.account_scores(ws, Scope(as_of=as_of))
    return {r.account: {m["measure"]: m["value"] for m in r.breakdown} for r in df.itertuples()}


def test_proactive_share_counts_the_90_days_up_to_the_as_of_date(book):
    # In the window: 2025-02-01 proactive, 03-01 and 03-15 reactive -> 1 / 3. 01-01 and 04-02 are out.
    values = raw_values(book)
    assert values["Alpha"]["proactive_share"] == pytest.approx(1 / 3)
    assert values["Beta"]["proactive_share"] == 0.0
    assert values["Gamma"]["proactive_share"] is None  # no engagement: no value


def test_days_since_the_last_proactive_touch(book):
    values = raw_values(book)
    assert values["Alpha"]["days_since_proactive"] == 59  # 2025-02-01 -> 2025-04-01: 28 + 31
    # Beta was never touched proactively: counted from the first engagement in the data, 2025-01-01.
    assert values["Beta"]["days_since_proactive"] == 90


def test_capacity_utilisation_prefers_recent_usage_over_the_seats_column(book):
    values = raw_values(book)
    assert values["Alpha"]["capacity_utilisation"] == pytest.approx(0.6)  # 6 users (usage) / 10 seats
    assert values["Beta"]["capacity_utilisation"] == pytest.approx(0.25)  # 5 active / 20 seats
    assert values["Gamma"]["capacity_utilisation"] is None  # no seats purchased


def test_adoption_trend_compares_the_last_90_days_with_the_90_before(book):
    # Gamma now (2025-01-02..04-01): 10 and 12 -> 11; before (2024-10-04..2025-01-01): 10 and
    # max(10, 8) = 10 on 2024-12-01 -> 10. 11 / 10 - 1 = 0.1.
    values = raw_values(book)
    assert values["Gamma"]["adoption_trend"] == pytest.approx(0.1)
    assert values["Alpha"]["adoption_trend"] is None  # nothing in the earlier 90 days


def test_open_escalations_on_the_as_of_date(book):
    # T1 open; T2 closed before; T3 closed after the as-of date -> open then; T4 not escalated;
    # T5 opened later. -> 2. Accounts without tickets have 0 open.
    values = raw_values(book)
    assert values["Alpha"]["open_escalations"] == 2
    assert values["Beta"]["open_escalations"] == 0


def test_nps_over_the_last_365_days_or_percent_recommend(book):
    # Alpha since 2024-04-02: 10, 9, 7, 3, 0 -> 2 promoters, 2 detractors of 5 -> NPS 0.
    # Beta: yes, yes, no -> % yes - % no = 66.7 - 33.3 = 33.3.
    values = raw_values(book)
    assert values["Alpha"]["nps"] == pytest.approx(0.0)
    assert values["Beta"]["nps"] == pytest.approx(100 / 3)
    assert values["Gamma"]["nps"] is None


def test_days_to_renewal_and_plan_freshness(book):
    values = raw_values(book)
    assert values["Alpha"]["days_to_renewal"] == 90  # 2025-04-01 -> 2025-06-30: 29 + 31 + 30
    assert values["Beta"]["days_to_renewal"] is None
    # Reviewed 2025-03-02 (the 2025-04-15 review is after the as-of date) -> 30 days.
    assert values["Alpha"]["plan_freshness"] == 30
    assert values["Beta"]["plan_freshness"] is None


def scorecard(*measures: Measure) -> Settings:
    settings = Settings()
    settings.scorecard = list(measures)
    return settings


SHARE = Measure("proactive_share", "Proactive share", 30, "higher", 0, 1)
RENEWAL = Measure("days_to_renewal", "Days to renewal", 10, "higher", 0, 100)
NPS = Measure("nps", "NPS", 60, "higher", -100, 100)


def test_a_missing_measure_drops_out_of_the_weights_instead_of_counting_as_zero(book):
    # Alpha: share 1/3 -> 33.33 (w 30), renewal 90 days -> 90 (w 10), NPS 0 -> 50 (w 60):
    #   (30 * 33.33 + 10 * 90 + 60 * 50) / 100 = 49.
    # Beta: share 0 -> 0 (w 30), renewal missing, NPS 33.3 -> 66.67 (w 60):
    #   (0 + 60 * 66.67) / 90 = 44.44, not 4000 / 100 = 40.
    book.set_settings(scorecard(SHARE, RENEWAL, NPS))
    df = health.account_scores(book, Scope(as_of=AS_OF)).set_index("account")
    assert df.loc["Alpha", "score"] == pytest.approx(49.0)
    assert df.loc["Beta", "score"] == pytest.approx(4000 / 90)
    assert df.loc["Gamma", "band"] == health.NO_SCORE_BAND  # no measure has data


def test_the_weakest_measure_is_the_one_that_costs_the_most_points(book):
    # Alpha: share loses 30 * 66.7 = 2000, renewal 10 * 10 = 100, NPS 60 * 50 = 3000 -> NPS.
    book.set_settings(scorecard(SHARE, RENEWAL, NPS))
    row = health.account_scores(book, Scope(as_of=AS_OF)).set_index("account").loc["Alpha"]
    assert row["weakest_measure"] == "nps"
    lost = health.breakdown(row["breakdown"]).set_index("measure")["points_lost"]
    assert lost.sum() == pytest.approx(100 - 49.0)
    assert lost["nps"] == pytest.approx(30.0)


def test_scores_without_breakdown_are_the_same_scores_in_the_same_order(book):
    # Same hand-worked scores as above (Alpha 49, Beta 44.44, Gamma none), lowest first, no breakdown.
    book.set_settings(scorecard(SHARE, RENEWAL, NPS))
    lean = health.account_scores(book, Scope(as_of=AS_OF), breakdown=False)
    assert "breakdown" not in lean.columns
    assert lean["account"].tolist() == ["Beta", "Alpha", "Gamma"]
    assert lean["score"].tolist()[:2] == pytest.approx([4000 / 90, 49.0])
    assert lean["weakest_label"].tolist()[1] == "NPS"
    full = health.account_scores(book, Scope(as_of=AS_OF)).drop(columns="breakdown")
    pd.testing.assert_frame_equal(lean, full)


def test_linear_scores_are_clamped_to_0_and_100_in_either_direction(book):
    # Alpha renewal in 90 days: "higher" bad 120 good 200 -> below bad -> 0;
    # "lower" bad 200 good 120 -> past good -> 100.
    book.set_settings(scorecard(Measure("days_to_renewal", "r", 1, "higher", 120, 200)))
    assert health.account_scores(book, Scope(as_of=AS_OF)).set_index("account").loc["Alpha", "score"] == 0
    book.set_settings(scorecard(Measure("days_to_renewal", "r", 1, "lower", 200, 120)))
    assert health.account_scores(book, Scope(as_of=AS_OF)).set_index("account").loc["Alpha", "score"] == 100


@pytest.mark.parametrize(
    ("direction", "steps", "expected"),
    [
        ("higher", [[30, 20], [90, 70], [120, 100]], 70),  # 90 reaches the 90 step exactly
        ("higher", [[30, 20], [91, 70], [120, 100]], 20),  # 90 is below 91: the 30 step
        ("higher", [[100, 50]], 0),  # no step reached
        ("lower", [[7, 100], [90, 60], [365, 20]], 60),  # lower is better: the first step at or above 90
        ("lower", [[7, 100], [89, 60], [365, 20]], 20),
    ],
)
def test_stepped_measures_score_the_step_the_value_reaches(book, direction, steps, expected):
    book.set_settings(
        scorecard(Measure("days_to_renewal", "r", 1, direction, 0, 1, method="steps", steps=steps))
    )
    assert (
        health.account_scores(book, Scope(as_of=AS_OF)).set_index("account").loc["Alpha", "score"] == expected
    )


@pytest.mark.parametrize(("days", "band"), [(70, "Healthy"), (69, "Watch"), (40, "Watch"), (39, "At risk")])
def test_a_score_exactly_at_a_band_threshold_is_in_that_band(make_ws, days, band):
    # One measure: days to renewal, 0 -> 0 points, 100 -> 100 points, so the score is the day count.
    renewal = (AS_OF + dt.timedelta(days=days)).isoformat()
    ws = make_ws(scorecard(RENEWAL), accounts=f"account,arr,renewal_date\nA,1,{renewal}")
    row = health.account_scores(ws, Scope(as_of=AS_OF)).iloc[0]
    assert (row["score"], row["band"]) == (days, band)


def test_a_per_tier_weight_overrides_the_scorecard_weight_for_that_tier(book):
    # Alpha is Tier 1 (highest ARR). With NPS weighted 0 in Tier 1:
    # (30 * 33.33 + 10 * 90) / 40 = 47.5.
    settings = scorecard(SHARE, RENEWAL, NPS)
    settings.tier_weights = {"Tier 1": {"nps": 0.0}}
    book.set_settings(settings)
    assert health.account_scores(book, Scope(as_of=AS_OF)).set_index("account").loc["Alpha", "score"] == (
        pytest.approx(47.5)
    )


def test_month_ends_step_back_from_the_as_of_date():
    assert health.month_ends(dt.date(2025, 3, 15), 2) == [
        dt.date(2025, 1, 31),
        dt.date(2025, 2, 28),
        dt.date(2025, 3, 15),
    ]
    assert health.month_ends(dt.date(2024, 3, 31), 2) == [
        dt.date(2024, 1, 31),
        dt.date(2024, 2, 29),
        dt.date(2024, 3, 31),
    ]


RECENCY = Measure("days_since_proactive", "Days since proactive", 1, "lower", 60, 0)


def test_history_scores_each_month_end_from_the_data_as_it_was_then(make_ws):
    # One measure: 0 days -> 100, 60 days -> 0. Touches on 2025-01-01 and 2025-03-01.
    # 01-31: 30 days -> 50; 02-28: 58 days -> 3.33 (the 03-01 touch is not seen yet); 03-15: 14 days -> 76.67.
    ws = make_ws(
        scorecard(RECENCY),
        engagements="date,account,csm,tag\n2025-01-01,A,Dana,proactive\n2025-03-01,A,Dana,proactive",
    )
    hist = health.history(ws, Scope(as_of=dt.date(2025, 3, 15)), months=2)
    assert hist["score"].tolist() == pytest.approx([50.0, 100 * 2 / 60, 100 * 46 / 60])
    assert [health.arrow(c) for c in hist["change"]] == ["", "▼", "▲"]


def test_score_cells_round_each_score_and_add_its_arrow():
    # By hand: 71.6 -> 72 and a rise of 3 -> ▲; 64.5 rounds to even (64), a fall of 1 exactly -> ▼;
    # 80 with a change of 0.99 -> →; no change known -> no arrow; no score -> blank.
    scores = pd.Series([71.6, 64.5, 80.0, 55.4, None, 0.0, 100.0])
    changes = pd.Series([3.0, -1.0, 0.99, None, 2.0, -0.5, 1.0])
    cells = health.score_cells(scores, changes).tolist()
    assert cells == ["72 ▲", "64 ▼", "80 →", "55", "", "0 →", "100 ▲"]
    one_by_one = [
        "" if pd.isna(s) else f"{s:.0f} {health.arrow(c)}".strip()
        for s, c in zip(scores, changes, strict=True)
    ]
    assert cells == one_by_one


def test_band_history_counts_accounts_per_band_at_each_month_end(make_ws):
    # Same scores as above: 50 (Watch) on 01-31, 3.3 (At risk) on 02-28, 76.7 (Healthy) on 03-15.
    ws = make_ws(
        scorecard(RECENCY),
        accounts="account,arr\nA,100",
        engagements="date,account,csm,tag\n2025-01-01,A,Dana,proactive\n2025-03-01,A,Dana,proactive",
    )
    got = health.band_history(ws, Scope(as_of=dt.date(2025, 3, 15)), months=2)
    assert got[["band", "accounts", "arr"]].values.tolist() == [
        ["Watch", 1, 100.0],
        ["At risk", 1, 100.0],
        ["Healthy", 1, 100.0],
    ]


def test_the_early_warning_list_names_at_risk_and_falling_accounts_by_arr_at_stake(make_ws):
    # Score = 100 - days since the last proactive touch * 100 / 60. Last month end: 2025-02-28.
    #   Stale: touched 2024-12-01 only -> 0 then and now: at risk.           ARR 500
    #   Slide: touched 02-25 -> 95 then, 34 days on 03-31 -> 43.3: falling.  ARR 300
    #   Dip:   touched 02-27 (98.3) and 03-25 (90): down 8.3 < 10, Healthy.  ARR 900
    #   Fresh: touched 03-30 -> 98.3: rising.                                 ARR 700
    ws = make_ws(
        scorecard(RECENCY),
        accounts="account,arr\nStale,500\nSlide,300\nDip,900\nFresh,700",
        engagements="""
        date,account,csm,tag
        2024-12-01,Stale,Dana,proactive
        2025-02-25,Slide,Dana,proactive
        2025-02-27,Dip,Dana,proactive
        2025-03-25,Dip,Dana,proactive
        2025-03-30,Fresh,Dana,proactive
        """,
    )
    ew = health.early_warning(ws, Scope(as_of=dt.date(2025, 3, 31)))
    assert ew["account"].tolist() == ["Stale", "Slide"]
    assert ew["reason"].tolist() == ["at risk", "falling"]
    assert ew["change"].tolist()[1] == pytest.approx(100 * 34 / 60 * -1 + 100 * 3 / 60)
    # Only the first by ARR at stake when a page shows a few.
    assert health.early_warning(ws, Scope(as_of=dt.date(2025, 3, 31)), first=1)["account"].tolist() == [
        "Stale"
    ]


def test_health_follows_the_account_filters(book):
    only_lee = health.account_scores(book, Scope(as_of=AS_OF, csms=("Lee",)))
    assert only_lee["account"].tolist() == ["Gamma"]


def test_the_summary_section_lists_bands_and_accounts(book):
    section = health.summary_section(book, Scope(as_of=AS_OF))
    assert [b["band"] for b in section["bands"]] == ["Healthy", "Watch", "At risk"]
    assert sum(b["accounts"] for b in section["bands"]) == 3
    assert [a["account"] for a in section["accounts"]] == ["Alpha", "Beta", "Gamma"]
    assert set(section["accounts"][0]) == {"account", "score", "band", "weakest_measure"}
