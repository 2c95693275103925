"""Revenue tiers: quantile and threshold boundaries, ties, small books and accounts without ARR."""

from __future__ import annotations

import datetime as dt

from cs_dash.metrics import tiers
from cs_dash.scope import Scope
from cs_dash.settings import Settings

AS_OF = Scope(as_of=dt.date(2025, 1, 1))


def accounts_csv(*rows: tuple[str, str]) -> str:
    return "account,arr\n" + "\n".join(f"{name},{arr}" for name, arr in rows)


def tier_of(ws) -> dict[str, str]:
    return dict(ws.con.execute("SELECT account, tier FROM account_dim").fetchall())


def counts(ws) -> list[tuple]:
    return [tuple(r) for r in tiers.tier_counts(ws, AS_OF).itertuples(index=False)]


def test_quantile_tiers_put_the_top_10_the_next_30_and_the_last_60_percent_of_ten_accounts(make_ws):
    # 10 accounts: Tier 1 = the top 1, Tier 2 = ranks 2-4 (fewer than 4 accounts richer), Tier 3 = 6.
    ws = make_ws(accounts=accounts_csv(*[(f"A{i}", 100 - 10 * i) for i in range(10)]))
    assert counts(ws) == [("Tier 1", 1, 100.0), ("Tier 2", 3, 240.0), ("Tier 3", 6, 210.0)]
    # Tier 2: 90 + 80 + 70 = 240; Tier 3: 60 + 50 + 40 + 30 + 20 + 10 = 210.


def test_accounts_tied_at_a_boundary_all_go_to_the_higher_tier(make_ws):
    # 100, 90, 80, 80, 80, 60 ... : the three 80s share rank 3 (2 accounts richer, 2 < 4),
    # so Tier 2 holds 90 and all three 80s: 4 accounts, more than its 30 %.
    rows = [("A", 100), ("B", 90), ("C", 80), ("D", 80), ("E", 80), ("F", 60), ("G", 50), ("H", 40)]
    rows += [("I", 30), ("J", 20)]
    ws = make_ws(accounts=accounts_csv(*rows))
    tier = tier_of(ws)
    assert {tier[n] for n in "CDE"} == {"Tier 2"}
    assert counts(ws)[1] == ("Tier 2", 4, 330.0)


def test_shares_that_add_up_in_floating_point_still_cut_at_whole_accounts(make_ws):
    # 0.1 + 0.2 is 0.30000000000000004: rank 4 must not slip into Tier 2 (3 accounts above it = 30 %).
    settings = Settings()
    settings.tiers.shares = [0.1, 0.2, 0.7]
    ws = make_ws(settings, accounts=accounts_csv(*[(f"A{i}", 100 - 10 * i) for i in range(10)]))
    assert [c[1] for c in counts(ws)] == [1, 2, 7]


def test_with_fewer_accounts_than_tiers_the_middle_tier_is_empty_but_listed(make_ws):
    # 2 accounts: the top one has 0 % richer (< 10 %) -> Tier 1; the other has 50 % richer,
    # not < 40 % -> Tier 3. Tier 2 is listed with 0 accounts.
    ws = make_ws(accounts=accounts_csv(("Big", 500), ("Small", 100)))
    assert counts(ws) == [("Tier 1", 1, 500.0), ("Tier 2", 0, 0.0), ("Tier 3", 1, 100.0)]


def test_accounts_without_arr_form_their_own_group_after_the_tiers(make_ws):
    ws = make_ws(accounts=accounts_csv(("Big", 500), ("Mid", 200), ("Unknown", "")))
    assert tier_of(ws)["Unknown"] == "No ARR"
    assert counts(ws)[-1] == ("No ARR", 1, 0.0)
    assert ws.scalar("SELECT tier_rank FROM account_dim WHERE account = 'Unknown'") == 4


def test_thresholds_put_an_arr_exactly_at_a_threshold_in_the_higher_tier(make_ws):
    settings = Settings()
    settings.tiers.method = "thresholds"
    settings.tiers.thresholds = [100_000.0, 25_000.0]
    ws = make_ws(
        settings,
        accounts=accounts_csv(
            ("At100k", 100000), ("Below100k", 99999), ("At25k", 25000), ("Below25k", 24999.99)
        ),
    )
    assert tier_of(ws) == {"At100k": "Tier 1", "Below100k": "Tier 2", "At25k": "Tier 2", "Below25k": "Tier 3"}


def test_four_tiers_with_names_the_leader_chose(make_ws):
    settings = Settings()
    settings.tiers.names = ["Platinum", "Gold", "Silver", "Bronze"]
    settings.tiers.shares = [0.25, 0.25, 0.25, 0.25]
    ws = make_ws(settings, accounts=accounts_csv(*[(f"A{i}", 80 - 10 * i) for i in range(8)]))
    assert [(c[0], c[1]) for c in counts(ws)] == [("Platinum", 2), ("Gold", 2), ("Silver", 2), ("Bronze", 2)]


def test_changing_the_settings_moves_accounts_between_tiers(make_ws):
    ws = make_ws(accounts=accounts_csv(("Big", 500), ("Mid", 200), ("Small", 100)))
    assert tier_of(ws)["Mid"] == "Tier 2"  # 1 of 3 richer = 33 % < 10 % + 30 %
    new = Settings()
    new.tiers.method = "thresholds"
    new.tiers.thresholds = [400.0, 250.0]
    ws.set_settings(new)
    assert tier_of(ws) == {"Big": "Tier 1", "Mid": "Tier 3", "Small": "Tier 3"}


def test_churned_accounts_and_filtered_out_tiers_are_not_counted(make_ws):
    ws = make_ws(
        accounts="account,arr,status,churned_on\nBig,500,active,\nGone,300,churned,2024-06-01\nSmall,100,active,"
    )
    assert sum(c[1] for c in counts(ws)) == 2
    only_tier_3 = Scope(as_of=dt.date(2025, 1, 1), tiers=("Tier 3",))
    assert tiers.summary_section(ws, only_tier_3) == [{"tier": "Tier 3", "accounts": 1, "arr": 100.0}]
