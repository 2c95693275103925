"""Settings edited on the page and saved to a file give the same dashboard after a restart."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from cs_dash.metrics import health, renewals, tiers
from cs_dash.scope import Scope
from cs_dash.settings import Settings, SettingsError, dumps_toml, loads_toml
from tests.test_health import ACCOUNTS, ENGAGEMENTS, SURVEYS, TICKETS
from ui import settings_form

AS_OF = Scope(as_of=dt.date(2025, 4, 1))


def edit(base: Settings, **changes) -> Settings:
    """The page's Apply with the current values, except ``changes``."""
    values = dict(
        tier_method=base.tiers.method,
        tier_names=list(base.tiers.names),
        shares_percent=[s * 100 for s in base.tiers.shares],
        thresholds=list(base.tiers.thresholds),
        scorecard=settings_form.scorecard_frame(base),
        bands=settings_form.bands_frame(base),
        programme=settings_form.programme_frame(base),
        rates=settings_form.rates_frame(base),
        currency=base.currency,
        default_rate=base.default_hourly_rate,
        hurtlocker_target=base.targets.hurtlocker_ratio,
        proactive_share_target=base.targets.proactive_share * 100,
    )
    values.update(changes)
    return settings_form.to_settings(base, **values)


def test_the_page_tables_unchanged_give_back_the_same_settings():
    assert edit(Settings()) == Settings()


def test_renaming_a_tier_renames_it_in_the_programme_and_the_per_tier_weights():
    base = Settings()
    base.tier_weights = {"Tier 1": {"nps": 30.0}}
    weights = settings_form.tier_weights_frame(base)
    new = edit(base, tier_names=["Gold", "Silver", "Bronze"], tier_weights=weights)
    assert {t.tier for t in new.programme} == {"Gold", "Silver", "Bronze"}
    assert new.tier_weights == {"Gold": {"nps": 30.0}}


def test_a_weight_typed_for_one_tier_becomes_that_tiers_weight():
    weights = settings_form.tier_weights_frame(Settings())
    weights.loc[weights["measure"] == "days_to_renewal", "Tier 1"] = 25.0
    new = edit(Settings(), tier_weights=weights)
    assert new.tier_weights == {"Tier 1": {"days_to_renewal": 25.0}}


def test_an_empty_weight_cell_is_reported_by_name_not_taken_as_zero():
    scorecard = settings_form.scorecard_frame(Settings())
    scorecard.loc[2, "weight"] = None
    with pytest.raises(SettingsError) as caught:
        edit(Settings(), scorecard=scorecard)
    assert caught.value.problems == ["scorecard[3].weight is missing"]


def test_a_saved_file_loaded_into_a_fresh_workspace_gives_the_same_numbers(make_ws):
    tables = dict(accounts=ACCOUNTS, engagements=ENGAGEMENTS, tickets=TICKETS, surveys=SURVEYS)
    scorecard = settings_form.scorecard_frame(Settings())
    scorecard.loc[scorecard["key"] == "nps", "weight"] = 40.0
    mine = edit(Settings(), tier_method="thresholds", thresholds=[400.0, 100.0], scorecard=scorecard)
    first = make_ws(mine, **tables)
    saved = dumps_toml(first.settings)

    restarted = make_ws(loads_toml(saved), **tables)  # a new session: same files, the saved settings
    for metric in (health.account_scores, tiers.tier_counts, renewals.renewal_table):
        a = metric(first, AS_OF).drop(columns=["breakdown"], errors="ignore")
        b = metric(restarted, AS_OF).drop(columns=["breakdown"], errors="ignore")
        pd.testing.assert_frame_equal(a, b)
    assert tiers.tier_counts(restarted, AS_OF)["accounts"].tolist() == [
        2,
        1,
        0,
    ]  # 1000 and 500 ≥ 400; 250 ≥ 100
    assert health.account_scores(restarted, AS_OF)["score"].notna().all()
