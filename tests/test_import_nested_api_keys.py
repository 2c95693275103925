"""JSON-flattened API keys: a user's ``profile.*`` fields and a money object's ``.amount``.

An API dump of users writes ``profile.full_name`` and ``billing_rate.amount``: the profile only
says where the field lives, and the amount of a rate is the rate. A list of people with a rate
and a role is then the team, however its keys nest.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.headers import normalize_header


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("profile.full_name", "full name"),
        ("profile.title", "title"),
        ("billing_rate.amount", "billing rate"),
        ("hourlyRate.value", "hourly rate"),
        ("unit_price.amount", "unit price"),
        ("plan.amount", "plan amount"),  # a plan is no money: its amount is the plan's price
        ("billing_rate.currency", "billing rate currency"),
        ("amount", "amount"),
    ],
)
def test_a_nested_keys_words_drop_where_it_lives_and_a_money_objects_amount(header, words):
    assert normalize_header(header).words == words


@pytest.mark.parametrize(
    ("name", "rate", "role"),
    [
        ("profile.full_name", "billing_rate.amount", "profile.title"),
        ("profile.name", "hourly_rate.amount", "profile.job_title"),
        ("user.profile.display_name", "cost_rate.value", "user.profile.title"),
    ],
)
def test_a_user_dump_with_rates_and_titles_loads_as_the_team(load, name, rate, role):
    text = (
        f"id,{name},profile.email,{role},{rate},active\n"
        "usr_1,Megan Holloway,megan@example.com,Senior Customer Success Manager,98.00,true\n"
        "usr_2,Darius Okafor,darius@example.com,Customer Success Manager,86.00,true\n"
        "usr_3,Kavya Raman,kavya@example.com,Customer Success Associate,74.00,true\n"
    )
    r = load("users.csv", data=text.encode())
    assert r.table == "team", r.error
    assert load.rows(r, "csm", "hourly_rate", "role") == [
        ("Megan Holloway", 98.0, "Senior Customer Success Manager"),
        ("Darius Okafor", 86.0, "Customer Success Manager"),
        ("Kavya Raman", 74.0, "Customer Success Associate"),
    ]
