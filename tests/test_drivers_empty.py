"""Every drivers, outcomes and plans metric answers, empty, when its tables have no rows."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import drivers, outcomes, plans
from cs_dash.scope import Scope

FILTERS = Scope(as_of=dt.date(2025, 6, 30))

FRAMES = [
    drivers.onboarding_accounts,
    drivers.onboarding_by_cohort,
    drivers.user_adoption,
    drivers.active_users_by_month,
    drivers.features_by_month,
    drivers.capacity_accounts,
    drivers.capacity_by_tier,
    drivers.escalations_by_month,
    drivers.feedback_by_month,
    outcomes.outcomes_by_period,
    outcomes.retention_by_period,
    outcomes.features_by_outcome,
    outcomes.logo_churn_from_accounts,
    plans.plan_accounts,
    plans.stale_plans,
    plans.blockers_by_dimension,
]


@pytest.fixture
def engagements_only(make_ws):
    return make_ws(engagements="date,account,csm,tag\n2025-01-02,Acme,Dana,proactive")


@pytest.mark.parametrize("metric", FRAMES, ids=lambda f: f"{f.__module__.rsplit('.', 1)[1]}.{f.__name__}")
def test_metric_is_an_empty_frame_without_its_data(engagements_only, metric):
    assert metric(engagements_only, FILTERS).empty


def test_headline_numbers_are_missing_not_zero_without_their_data(engagements_only):
    assert drivers.onboarding_overall(engagements_only, FILTERS)["median_days_to_value"] is None
    assert drivers.escalations_now(engagements_only, FILTERS)["median_days_to_resolution"] is None
    assert drivers.feedback_overall(engagements_only, FILTERS)["nps"] is None
    assert outcomes.trailing_year(engagements_only, FILTERS) == {}


def test_coverage_counts_accounts_without_plans_as_uncovered(engagements_only):
    # The one account known from the engagements has no plan: 0 of 1.
    total = plans.coverage_by_tier(engagements_only, FILTERS).iloc[-1]
    assert (total["tier"], total["with_plan"], total["accounts"]) == ("All tiers", 0, 1)


def test_no_account_in_scope_gives_no_coverage_rows(engagements_only):
    assert plans.coverage_by_tier(engagements_only, Scope(tiers=("Tier 1",), as_of=FILTERS.as_of)).empty


def test_freshness_lists_every_bucket_with_zero_plans(engagements_only):
    assert plans.freshness(engagements_only, FILTERS)["plans"].tolist() == [0, 0, 0, 0, 0]


def test_summary_sections_build_without_their_data(engagements_only):
    for section in (drivers.summary_section, outcomes.summary_section, plans.summary_section):
        assert isinstance(section(engagements_only, FILTERS), dict)


def test_revenue_with_only_unrecognised_kinds_gives_no_periods(make_ws):
    ws = make_ws(revenue="account,date,kind,amount\nAcme,2025-01-02,refund,10")
    assert outcomes.retention_by_period(ws, FILTERS).empty
    assert outcomes.outcomes_by_period(ws, FILTERS).empty
