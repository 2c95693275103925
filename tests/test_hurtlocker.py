"""The Hurtlocker ratio on a tiny tracker whose answers were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from cs_dash.metrics import hurtlocker
from cs_dash.scope import Scope
from tests.conftest import load_tables

# Dana: P 30, R 15, P 45, R 60 -> P=2 R=2, ratio 1.0, minutes 75 vs 75, share 0.5
# Lee:  P 60 (meeting), P 30    -> P=2 R=0, ratio None ("all proactive"), share 1.0
# Ali:  R (no duration)         -> P=0 R=1, ratio 0.0, minutes_reactive None
# Total: P=4 R=3, ratio 4/3, minutes P 75+90=165, R 75 -> effort 2.2, share 4/7
# The as-of date of these views: the latest date any tracker in this file has.
LATEST = dt.date(2025, 3, 1)

TRACKER = """
date,account,csm,tag,type,duration_min
2025-01-02,Acme,Dana,proactive,call,30
2025-01-10,Acme,Dana,reactive,email,15
2025-01-20,Acme,Dana,proactive,call,45
2025-02-03,Acme,Dana,reactive,call,60
2025-01-05,Globex,Lee,proactive,meeting,60
2025-02-06,Globex,Lee,proactive,call,30
2025-02-07,Acme,Ali,reactive,call,
"""


@pytest.fixture
def tracker(make_ws):
    return make_ws(engagements=TRACKER)


def test_team_ratio_counts_and_minutes(tracker):
    total = hurtlocker.totals(tracker, Scope(as_of=LATEST))
    assert (total["proactive"], total["reactive"], total["untagged"]) == (4, 3, 0)
    assert total["ratio"] == pytest.approx(4 / 3)
    assert total["ratio_label"] == "1.33"
    assert total["minutes_proactive"] == 165
    assert total["minutes_reactive"] == 75
    assert total["effort_ratio"] == pytest.approx(2.2)
    assert total["proactive_share"] == pytest.approx(4 / 7)


def test_a_csm_with_no_reactive_work_is_all_proactive_not_infinite(tracker):
    by_csm = hurtlocker.breakdown(tracker, Scope(as_of=LATEST), "csm").set_index("group")
    assert by_csm.loc["Lee", "ratio_label"] == "all proactive"
    assert by_csm["ratio"].isna().loc["Lee"]
    assert by_csm.loc["Lee", "proactive_share"] == 1.0
    assert by_csm.loc["Dana", "ratio"] == 1.0
    assert by_csm.loc["Dana", "effort_ratio"] == 1.0
    assert by_csm.loc["Ali", "ratio"] == 0.0


def test_a_team_with_no_reactive_work_has_no_ratio(make_ws):
    ws = make_ws(engagements="date,account,csm,tag\n2025-01-02,Acme,Dana,proactive\n")
    total = hurtlocker.totals(ws, Scope(as_of=LATEST))
    assert total["ratio"] is None
    assert total["ratio_label"] == "all proactive"
    assert total["proactive_share"] == 1.0


def test_breakdowns_by_account_type_and_month(tracker):
    by_account = hurtlocker.breakdown(tracker, Scope(as_of=LATEST), "account").set_index("group")
    # Acme: Dana P,R,P,R + Ali R -> P=2 R=3
    assert by_account.loc["Acme", ["proactive", "reactive"]].tolist() == [2, 3]
    by_type = hurtlocker.breakdown(tracker, Scope(as_of=LATEST), "type").set_index("group")
    # Types are folded to the capitalised words (call → Call), one label per kind of interaction.
    # call: P 30, P 45, P 30 (Lee), R 60, R (Ali) -> P=3 R=2, ratio 1.5
    assert by_type.loc["Call", ["proactive", "reactive"]].tolist() == [3, 2]
    assert by_type.loc["Call", "ratio"] == 1.5
    assert by_type.loc["Email", "ratio_label"] == "0.00"
    assert by_type.loc["Meeting", "ratio_label"] == "all proactive"
    by_month = hurtlocker.trend(tracker, Scope(as_of=LATEST), "month")
    # January: P,R,P (Dana) + P (Lee) -> 3/1; February: R (Dana), P (Lee), R (Ali) -> 1/2
    assert by_month["group"].tolist() == [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-02-01")]
    assert by_month["ratio"].tolist() == [3.0, 0.5]


def test_untagged_engagements_are_counted_apart(tracker):
    tracker.con.execute(
        "INSERT INTO engagements (date, account, csm, tag, account_key, csm_key) "
        "VALUES ('2025-02-09', 'Acme', 'Dana', NULL, 'acme', 'dana'), "
        "('2025-02-10', 'Acme', 'Dana', 'maybe', 'acme', 'dana')"
    )
    total = hurtlocker.totals(tracker, Scope(as_of=LATEST))
    assert (total["proactive"], total["reactive"], total["untagged"]) == (4, 3, 2)
    assert total["proactive_share"] == pytest.approx(4 / 7)


def test_csm_month_matrix_gives_each_csm_a_share_per_month(tracker):
    matrix = hurtlocker.csm_month_matrix(tracker, Scope(as_of=LATEST))
    dana = matrix[matrix["csm"] == "Dana"].set_index("month")["proactive_share"]
    # Dana: January P,R,P -> 2/3; February R -> 0
    assert dana.loc[pd.Timestamp("2025-01-01")] == pytest.approx(2 / 3)
    assert dana.loc[pd.Timestamp("2025-02-01")] == 0.0


def test_accounts_with_most_reactive_work_come_first(tracker):
    accounts = hurtlocker.reactive_accounts(tracker, Scope(as_of=LATEST))
    assert accounts["account"].tolist() == ["Acme"]  # Globex has no reactive work
    assert accounts.loc[0, "reactive"] == 3
    assert accounts.loc[0, "minutes_reactive"] == 75


def test_csm_and_date_filters_change_the_ratio(tracker):
    # Dana in January: P,R,P -> 2.0
    january = Scope(as_of=LATEST, csms=("dana",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 31))
    assert hurtlocker.totals(tracker, january)["ratio"] == 2.0


def test_a_filter_that_leaves_nothing_gives_zeros_and_no_ratio(tracker):
    section = hurtlocker.summary_section(tracker, Scope(as_of=LATEST, csms=("Nobody",)))
    assert section == {
        "proactive": 0,
        "reactive": 0,
        "untagged": 0,
        "ratio": None,
        "proactive_share": None,
        "minutes_proactive": None,
        "minutes_reactive": None,
        "by_csm": [],
    }
    assert (
        hurtlocker.totals(tracker, Scope(as_of=LATEST, csms=("Nobody",)))["ratio_label"] == "no tagged work"
    )


def test_summary_section_lists_every_csm_with_their_ratio(tracker):
    by_csm = hurtlocker.summary_section(tracker, Scope(as_of=LATEST))["by_csm"]
    assert by_csm == [
        {"csm": "Ali", "proactive": 0, "reactive": 1, "ratio": 0.0, "minutes_proactive": None,
         "minutes_reactive": None},
        {"csm": "Dana", "proactive": 2, "reactive": 2, "ratio": 1.0, "minutes_proactive": 75.0,
         "minutes_reactive": 75.0},
        {"csm": "Lee", "proactive": 2, "reactive": 0, "ratio": None, "minutes_proactive": 90.0,
         "minutes_reactive": None},
    ]  # fmt: skip


def test_tiers_come_in_tier_order_not_by_name(make_ws):
    from cs_dash.settings import Settings, TierSettings

    settings = Settings(tiers=TierSettings(method="thresholds", names=["Gold", "Silver", "Bronze"],
                                           thresholds=[100, 10]))  # fmt: skip
    ws = make_ws(
        settings=settings,
        engagements=TRACKER,
        accounts="account,arr\nAcme,5\nGlobex,500\n",
    )
    by_tier = hurtlocker.breakdown(ws, Scope(as_of=LATEST), "tier")
    # Globex (500) is Gold: Lee's P, P; Acme (5) is Bronze: the rest (P 2, R 3)
    assert by_tier["group"].tolist() == ["Gold", "Bronze"]
    assert by_tier[["proactive", "reactive"]].values.tolist() == [[2, 0], [2, 3]]


def test_page_data_agrees_with_each_breakdown(tracker):
    data = hurtlocker.page_data(tracker, Scope(as_of=LATEST), "month")
    assert data["totals"] == hurtlocker.totals(tracker, Scope(as_of=LATEST))
    assert data["by_csm"].equals(hurtlocker.breakdown(tracker, Scope(as_of=LATEST), "csm"))
    assert data["trend"].equals(hurtlocker.breakdown(tracker, Scope(as_of=LATEST), "month"))
    assert data["reactive_accounts"]["account"].tolist() == ["Acme"]


def test_a_new_upload_is_counted_at_once(tracker):
    assert hurtlocker.totals(tracker, Scope(as_of=LATEST))["reactive"] == 3
    load_tables(tracker, engagements="date,account,csm,tag\n2025-03-01,Acme,Dana,reactive\n")
    assert hurtlocker.totals(tracker, Scope(as_of=LATEST))["reactive"] == 4


def test_renamed_tiers_show_without_reloading(make_ws):
    from cs_dash.settings import Settings, TierSettings

    ws = make_ws(engagements=TRACKER, accounts="account,arr\nAcme,5\nGlobex,500\n")
    assert "Tier 1" in hurtlocker.breakdown(ws, Scope(as_of=LATEST), "tier")["group"].tolist()
    ws.set_settings(Settings(tiers=TierSettings(names=["Gold", "Silver", "Bronze"])))
    assert hurtlocker.breakdown(ws, Scope(as_of=LATEST), "tier")["group"].tolist() == ["Gold", "Bronze"]


def test_one_view_is_computed_once_until_the_data_or_the_filters_change(tracker, monkeypatch):
    statements = []
    compute = hurtlocker._compute_breakdowns
    monkeypatch.setattr(
        hurtlocker,
        "_compute_breakdowns",
        lambda *args: statements.append(args[2:]) or compute(*args),
    )
    view = Scope(as_of=LATEST)
    hurtlocker.page_data(tracker, view, "month", top_accounts=0)
    assert hurtlocker.totals(tracker, view)["reactive"] == 3  # the tiles reuse the page's statement
    hurtlocker.page_data(tracker, view, "month", top_accounts=0)
    assert statements == [("month", 0)]
    hurtlocker.trend(tracker, view, "week")
    assert statements == [("month", 0), ("week", 15)]
    assert hurtlocker.totals(tracker, Scope(as_of=LATEST, csms=("Dana",)))["reactive"] == 2
    load_tables(tracker, engagements="date,account,csm,tag\n2025-03-01,Acme,Dana,reactive\n")
    assert hurtlocker.totals(tracker, view)["reactive"] == 4
    assert len(statements) == 4


def test_a_breakdown_changed_by_its_caller_is_not_changed_for_the_next(tracker):
    view = Scope(as_of=LATEST)
    first = hurtlocker.breakdown(tracker, view, "csm")
    first.loc[:, "reactive"] = 99
    assert hurtlocker.breakdown(tracker, view, "csm")["reactive"].tolist() == [1, 2, 0]
