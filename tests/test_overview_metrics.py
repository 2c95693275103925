"""The Overview's account numbers on a tiny company worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import overview
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)
ACCOUNTS = """
account,arr,csm,status,renewal_date
Acme,100000,Dana,active,2025-08-01
Globex,20000,Lee,churned,2025-07-15
Initech,5000,Lee,active,2026-01-01
"""
TRACKER = """
date,account,csm,tag
2025-01-01,Acme,Dana,reactive
2025-06-01,Acme,Dana,reactive
2025-06-02,Acme,Dana,proactive
2025-06-05,Globex,Lee,reactive
2025-06-10,Initech,Lee,proactive
"""


@pytest.fixture
def company(make_ws):
    return make_ws(engagements=TRACKER, accounts=ACCOUNTS)


def test_arr_by_tier_counts_active_accounts_only(company):
    # Tiers by quantile over three accounts: Acme Tier 1, Globex Tier 2 (churned), Initech Tier 3
    tiers = overview.arr_by_tier(company, Scope(as_of=AS_OF))
    assert tiers[["tier", "accounts", "arr"]].values.tolist() == [
        ["Tier 1", 1, 100000.0],
        ["Tier 3", 1, 5000.0],
    ]


def test_the_csm_filter_selects_the_accounts_a_csm_owns(company):
    tiers = overview.arr_by_tier(company, Scope(csms=("lee",), as_of=AS_OF))
    assert tiers["arr"].sum() == 5000.0  # Globex is churned, Initech remains


def test_renewals_due_in_90_days_with_days_left(company):
    due = overview.renewals_due(company, Scope(as_of=AS_OF), 90)
    # Acme renews 2025-08-01: 1 + 31 = 32 days after 30 June; Globex is churned, Initech is in 2026
    assert due[["account", "days_left"]].values.tolist() == [["Acme", 32]]
