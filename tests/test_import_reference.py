"""Files nobody here wrote: the RavenStack synthetic SaaS data set (by River @ Rivalytics).

Read from the shared reference-data folder when it exists (a user's clone has none), never copied.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions
from tests.conftest import REFERENCE_DATA

RAVENSTACK = REFERENCE_DATA / "ravenstack"

pytestmark = pytest.mark.skipif(not RAVENSTACK.is_dir(), reason="reference data is not present")


def _load(load, name):
    return load(name, data=(RAVENSTACK / name).read_bytes())


def test_support_tickets_load_as_tickets_with_every_row(load):
    r = _load(load, "ravenstack_support_tickets.csv")
    assert r.table == "tickets"
    assert r.mapping["ticket_id"] == "ticket_id" and r.mapping["account_id"] == "account"
    assert r.mapping["submitted_at"] == "opened_at" and r.mapping["escalation_flag"] == "escalated"
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (2000, 2000, 0)
    first = load.rows(r, "ticket_id", "account", "opened_at", "closed_at", "priority", "escalated")[0]
    assert first[:2] == ("T-0024de", "A-712f1c")
    assert (str(first[2]), str(first[3]), first[4], first[5]) == (
        "2023-07-27 00:00:00",
        "2023-07-28 03:00:00",
        "high",
        False,
    )


def test_accounts_load_as_accounts_with_signup_dates_and_seats(load):
    r = _load(load, "ravenstack_accounts.csv")
    assert r.table == "accounts"
    assert (r.rows_loaded, r.rows_rejected) == (500, 0)
    assert load.rows(r, "account", "segment", "seats_purchased")[0] == ("Company_0", "EdTech", 9)
    assert str(load.rows(r, "subscribed_on")[0][0]) == "2024-10-16"


def test_feature_usage_without_an_account_column_says_what_is_missing(load):
    r = _load(load, "ravenstack_feature_usage.csv")
    assert r.table == "usage"
    assert r.error.startswith(
        "ravenstack_feature_usage.csv looks like a usage file but has no column for account"
    )


def test_churn_events_are_not_taken_for_survey_answers(load):
    r = _load(load, "ravenstack_churn_events.csv")
    assert r.table != "surveys"
    # Its only amount is a refund, not the ARR the churn lost: it asks rather than load refunds.
    assert not r.ok and (r.needs_table_choice or "holds refunds" in r.error)
    chosen = load(
        "ravenstack_churn_events.csv",
        ImportOptions(table="revenue"),
        data=(RAVENSTACK / "ravenstack_churn_events.csv").read_bytes(),
    )
    assert "holds refunds" in chosen.error


def test_subscriptions_are_a_history_of_revenue_changes_and_open_subscriptions(ws):
    result = ws.add_file(
        "ravenstack_subscriptions.csv", (RAVENSTACK / "ravenstack_subscriptions.csv").read_bytes()
    )
    assert result.table == "accounts" and result.subscription_history
    assert (result.rows_loaded, result.rows_rejected) == (5000, 0)
    # By hand over the file: 4,514 subscriptions have no end date and no churn flag, 121,915,296 ARR
    # between them, and every one of the 500 accounts holds at least one.
    assert ws.scalar("SELECT count(*) FROM account_dim") == 500
    assert ws.scalar("SELECT sum(arr) FROM account_dim") == 121_915_296
    kinds = dict(ws.con.execute("SELECT kind, count(*) FROM revenue GROUP BY kind").fetchall())
    assert set(kinds) == {"new", "expansion", "contraction", "churn"}
    firsts = ws.con.execute("SELECT arg_min(kind, date) FROM revenue GROUP BY account_key").fetchall()
    assert firsts == [("new",)] * 500  # an account's first paid subscription is new business
