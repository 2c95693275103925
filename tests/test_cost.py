"""Cost of service on a tiny tracker whose answers were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import cost
from cs_dash.metrics.cost import NO_FIRE_ID
from cs_dash.scope import Scope
from cs_dash.settings import Settings, TierSettings, Touch
from tests.conftest import load_tables

# Dana has a rate of 100/h; Lee has none, so the default 75/h applies (flagged).
# 1  Acme   Dana P call    30 min -> 0.5 h x 100 =  50
# 2  Acme   Dana R email   --     -> not costed (no duration), fire F1
# 3  Acme   Lee  R call    60 min -> 1 h x 75    =  75, fire F1
# 4  Globex Lee  R call   120 min -> 2 h x 75    = 150, no fire id
# 5  Globex Lee  P meeting 60 min -> 1 h x 75    =  75
# Total 350 = firefighting 225 + proactive 125; 4.5 hours; one engagement without duration.
# The data runs 2025-01-01..2025-12-31: 365 days, exactly one year.
# The as-of date of these views: the latest date any tracker in this file has.
LATEST = dt.date(2025, 12, 31)

TRACKER = """
date,account,csm,tag,type,duration_min,fire_id,effectiveness
2025-01-01,Acme,Dana,proactive,call,30,,4
2025-01-15,Acme,Dana,reactive,email,,F1,2
2025-02-01,Acme,Lee,reactive,call,60,F1,3
2025-02-10,Globex,Lee,reactive,call,120,,
2025-12-31,Globex,Lee,proactive,meeting,60,,
"""
TEAM = """
csm,hourly_rate
Dana,100
"""
# Quantile tiers 10/30/60 over three accounts: Acme Tier 1, Globex Tier 2, Initech Tier 3.
ACCOUNTS = """
account,arr,csm,status,cac
Acme,100000,Dana,active,5000
Globex,20000,Lee,churned,
Initech,5000,Lee,active,
"""


@pytest.fixture
def tracker(make_ws):
    return make_ws(engagements=TRACKER, team=TEAM, accounts=ACCOUNTS)


def test_cost_is_hours_times_each_csms_rate(tracker):
    total = cost.totals(tracker, Scope(as_of=LATEST))
    assert total["cost"] == 350.0
    assert total["firefighting"] == 225.0
    assert total["proactive"] == 125.0
    assert total["hours"] == 4.5
    assert total["firefighting_share"] == pytest.approx(225 / 350)


def test_engagements_without_duration_are_counted_not_costed_as_zero(tracker):
    total = cost.totals(tracker, Scope(as_of=LATEST))
    assert total["without_duration"] == 1
    by_type = cost.breakdown(tracker, Scope(as_of=LATEST), "type").set_index("group")
    assert by_type.loc["Email", "without_duration"] == 1
    assert by_type["cost"].isna().loc["Email"]  # unknown, not 0


def test_a_csm_without_a_rate_gets_the_default_flagged(tracker):
    rates = cost.rates(tracker).set_index("csm")
    assert rates.loc["Lee", "hourly_rate"] == 75.0
    assert bool(rates.loc["Lee", "rate_is_default"])
    assert not bool(rates.loc["Dana", "rate_is_default"])
    by_csm = cost.breakdown(tracker, Scope(as_of=LATEST), "csm").set_index("group")
    assert bool(by_csm.loc["Lee", "uses_default_rate"])
    assert by_csm.loc["Lee", "cost"] == 300.0  # 4 h x 75


def test_a_rate_set_in_the_settings_replaces_the_default(tracker):
    tracker.set_settings(Settings(rates={"lee": 80}))
    section = cost.summary_section(tracker, Scope(as_of=LATEST))
    lee = next(row for row in section["by_csm"] if row["csm"] == "Lee")
    assert lee == {"csm": "Lee", "hours": 4.0, "cost": 320.0, "rate": 80.0, "rate_is_default": False}


def test_average_duration_and_effectiveness_by_type(tracker):
    by_type = cost.breakdown(tracker, Scope(as_of=LATEST), "type").set_index("group")
    # calls: 30, 60, 120 minutes -> average 70; effectiveness 4 and 3 (one blank) -> 3.5
    assert by_type.loc["Call", "avg_minutes"] == 70.0
    assert by_type.loc["Call", "avg_effectiveness"] == 3.5
    assert by_type.loc["Call", "engagements"] == 3


def test_firefighting_is_costed_per_fire_and_per_account_without_fire_id(tracker):
    fires = cost.fires(tracker, Scope(as_of=LATEST)).set_index("fire")
    # F1: Dana's email (no duration) + Lee's 1 h call at 75 -> 75, one uncosted
    assert fires.loc["F1", "cost"] == 75.0
    assert fires.loc["F1", "engagements"] == 2
    assert fires.loc["F1", "without_duration"] == 1
    assert fires.loc["F1", "outcome"] == "Still a customer"
    # Globex's reactive work has no fire id: grouped per account, 2 h x 75 = 150, churned
    assert fires.loc[NO_FIRE_ID, "account"] == "Globex"
    assert fires.loc[NO_FIRE_ID, "cost"] == 150.0
    assert fires.loc[NO_FIRE_ID, "outcome"] == "Churned"
    assert fires.index.tolist() == [NO_FIRE_ID, "F1"]  # most expensive first


def test_prevention_estimate_per_tier_from_the_default_programme(tracker):
    crc = cost.prevention(tracker).set_index("tier")
    # Tier 1: 4x90 + 12x30 + 2x240 = 1200 min = 20 h x Dana's 100 = 2000
    assert crc.loc["Tier 1", "hours_per_year"] == 20.0
    assert crc.loc["Tier 1", "crc_per_account"] == 2000.0
    # Tier 2: 2x60 + 6x30 = 300 min = 5 h x Lee's default 75 = 375, flagged as a default rate
    assert crc.loc["Tier 2", "crc_per_account"] == 375.0
    assert bool(crc.loc["Tier 2", "rate_is_default"])
    # Tier 3: 4x30 + 12x10 = 240 min = 4 h x 75 = 300
    assert crc.loc["Tier 3", "crc_per_account"] == 300.0


def test_prevention_uses_the_plain_average_rate_of_the_tiers_owners(make_ws):
    settings = Settings(
        tiers=TierSettings(names=["Tier 1", "Tier 2"], shares=[0.5, 0.5]),
        programme=[Touch("Tier 1", "QBR", 4, 90), Touch("Tier 1", "Call", 12, 30)],
        rates={"Lee": 50},
    )
    ws = make_ws(settings=settings, engagements=TRACKER, team=TEAM, accounts=ACCOUNTS)
    crc = cost.prevention(ws).set_index("tier")
    # Tier 1 = Acme (Dana, 100) and Globex (Lee, 50): rate 75; 4x90 + 12x30 = 720 min = 12 h -> 900
    assert crc.loc["Tier 1", "rate"] == 75.0
    assert crc.loc["Tier 1", "crc_per_account"] == 900.0
    assert "Tier 2" not in crc.index  # no programme for Tier 2: no estimate, not zero
    accounts = cost.per_account(ws, Scope(as_of=LATEST)).set_index("account")
    assert accounts["prevention_per_year"].isna().loc["Initech"]


def test_per_account_cost_per_year_share_of_arr_and_crc_to_cac(tracker):
    accounts = cost.per_account(tracker, Scope(as_of=LATEST)).set_index("account")
    assert cost.period_years(tracker, Scope(as_of=LATEST)) == 1.0
    # Acme: 50 + 75 = 125 a year on 100,000 ARR -> 0.125 %; CRC 2000 / CAC 5000 = 0.4
    assert accounts.loc["Acme", "cs_cost_per_year"] == 125.0
    assert accounts.loc["Acme", "firefighting_per_year"] == 75.0
    assert accounts.loc["Acme", "cs_cost_share_of_arr"] == pytest.approx(0.00125)
    assert accounts.loc["Acme", "crc_to_cac"] == pytest.approx(0.4)
    # Globex: 150 + 75 = 225 on 20,000 -> 1.125 %; no CAC, no ratio
    assert accounts.loc["Globex", "cs_cost_share_of_arr"] == pytest.approx(0.01125)
    assert accounts["crc_to_cac"].isna().loc["Globex"]
    # Initech had no engagements but is still listed, at zero actual cost and a 300 estimate
    assert accounts.loc["Initech", "cost"] == 0.0
    assert accounts.loc["Initech", "prevention_per_year"] == 300.0


def test_firefighting_is_annualised_over_the_date_range(tracker):
    # 2025-01-01..2025-02-28 is 59 days; Globex's 150 of firefighting -> 150 x 365 / 59 a year
    filters = Scope(as_of=LATEST, date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 2, 28))
    tiers = cost.per_tier(tracker, filters).set_index("tier")
    assert tiers.loc["Tier 2", "firefighting_per_year"] == pytest.approx(150 * 365 / 59)
    assert tiers.loc["Tier 2", "prevention_per_year"] == 375.0
    assert tiers["accounts"].tolist() == [1, 1, 1]


def test_a_filter_that_leaves_nothing_costs_nothing(tracker):
    empty = Scope(as_of=LATEST, csms=("Nobody",))
    assert cost.totals(tracker, empty)["cost"] == 0.0
    assert cost.fires(tracker, empty).empty
    assert cost.summary_section(tracker, empty)["by_csm"] == []
    assert cost.per_account(tracker, empty).empty


def test_summary_section_matches_the_hand_worked_totals(tracker):
    section = cost.summary_section(tracker, Scope(as_of=LATEST))
    assert (section["total"], section["firefighting"], section["proactive"]) == (350.0, 225.0, 125.0)
    assert section["engagements_without_duration"] == 1
    assert section["by_csm"][0] == {
        "csm": "Dana",
        "hours": 0.5,
        "cost": 50.0,
        "rate": 100.0,
        "rate_is_default": False,
    }


def test_the_costed_engagements_kept_for_one_view_are_not_reused_for_another(tracker):
    everyone, dana = Scope(as_of=LATEST), Scope(csms=("Dana",), as_of=LATEST)
    assert cost.totals(tracker, everyone)["cost"] == 350.0
    assert cost.totals(tracker, dana)["cost"] == 50.0  # Dana's 30 min at 100/h; her email has no duration
    assert cost.breakdown(tracker, everyone, "csm").set_index("group")["cost"].to_dict() == {
        "Lee": 300.0,
        "Dana": 50.0,
    }
    tracker.set_settings(Settings(rates={"Lee": 50.0}))  # new settings: a new data version
    assert cost.totals(tracker, everyone)["cost"] == 250.0  # Lee's 4 h at 50/h


def test_the_rates_kept_for_the_data_are_not_reused_after_the_settings_or_the_data_change(tracker):
    assert cost.rates(tracker).set_index("csm")["engagements"].to_dict() == {"Dana": 2, "Lee": 3}
    shown = cost.rates(tracker)
    shown.loc[0, "hourly_rate"] = 1.0  # an editor's change to its copy is not kept
    assert cost.rates(tracker).set_index("csm").loc["Dana", "hourly_rate"] == 100.0

    tracker.set_settings(Settings(rates={"Lee": 50.0}))
    after = cost.rates(tracker).set_index("csm")
    assert after.loc["Lee", "hourly_rate"] == 50.0
    assert not bool(after.loc["Lee", "rate_is_default"])

    load_tables(tracker, engagements="date,account,csm,tag\n2025-06-01,Acme,Dana,proactive")
    assert cost.rates(tracker).set_index("csm").loc["Dana", "engagements"] == 3
