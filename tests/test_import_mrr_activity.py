"""A billing system's activity log: a signed monthly movement ("MRR Change") and the event that made it.

Fusebill, Chargebee and the like write one row per subscription event, "Subscription Cancelled"
or "Quantity Increased", with the change of monthly recurring revenue it made. The file is a list
of revenue changes: the event words are their kinds, the movement × 12 the annual amount. Every
expected number is worked out by hand from the rows of its test.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import evidence
from cs_dash.importing.conversions import header_words
from cs_dash.importing.vocabulary import REVENUE_KIND_VOCABULARY


@pytest.mark.parametrize(
    ("event", "kind"),
    [
        ("Subscription Activated", "new"),
        ("Subscription Upgraded", "expansion"),
        ("Quantity Increased", "expansion"),
        ("Downgraded", "contraction"),
        ("Quantity Decreased", "contraction"),
        ("Seats removed", "contraction"),
        ("Subscription Cancelled", "churn"),
        ("Subscription Renewed", "renewal"),
    ],
)
def test_a_billing_events_words_name_its_revenue_kind(event, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(event) == kind


def test_an_event_in_title_case_is_no_persons_name():
    assert not evidence._person_name("Subscription Cancelled")
    assert not evidence._person_name("Quantity Increased")
    assert evidence._person_name("Priya Raman")


def test_a_delta_sign_before_an_abbreviation_is_the_word_delta_and_a_greek_word_keeps_its_letter():
    assert header_words("ΔMRR") == " delta mrr "
    assert header_words("∆ ARR") == " delta arr "
    assert "delta" not in header_words("ΔΙΑΡΚΕΙΑ")


@pytest.mark.parametrize("movement", ["MRR Change", "ΔMRR", "MRR delta", "Net MRR movement"])
def test_an_activity_log_with_a_signed_mrr_movement_loads_as_revenue_changes(load, movement):
    text = (
        f"Customer ID,Company Name,Activity Date,Activity,{movement}\n"
        '1001,Acme Corp,06/20/2024,Subscription Cancelled,"-$1,000.00 USD"\n'
        "1002,Globex GmbH,08/09/2024,Quantity Decreased,-$250.00 USD\n"
        "1003,Initech LLC,08/25/2024,Subscription Activated,+$500.00 USD\n"
        "1004,Umbrella Inc,12/06/2024,Quantity Increased,+$40.00 USD\n"
        "1005,Acme Corp,02/27/2025,Subscription Renewed,+$100.00 USD\n"
    )
    r = load("subscription_activity.csv", data=text.encode())
    assert r.table == "revenue" and r.mapping["Activity"] == "kind"
    # Each movement × 12, stored positive, the kind saying the direction.
    assert load.rows(r, "account", "kind", "amount") == [
        ("Acme Corp", "churn", 12000.0),
        ("Globex GmbH", "contraction", 3000.0),
        ("Initech LLC", "new", 6000.0),
        ("Umbrella Inc", "expansion", 480.0),
        ("Acme Corp", "renewal", 1200.0),
    ]
