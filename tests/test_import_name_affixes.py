"""The word a tool adds to every customer's name ("Acme Workspace", "Onboarding: Acme") is left out.

Each expected name is the bare company name a person reads in the value; a word that is no
tool's and names no known account, or a name that is nothing but the word, is left alone.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.name_affixes import STRIP_AFFIX, Affix, find_affix

COMPANIES = ("Acme Corp", "Globex GmbH", "Initech", "Umbrella & Sons")


@pytest.mark.parametrize(
    ("written", "affix"),
    [
        ("{} Workspace", Affix("", " Workspace")),
        ("{} Portal", Affix("", " Portal")),
        ("Onboarding: {}", Affix("Onboarding: ", "")),
        ("[Customer] {}", Affix("[Customer] ", "")),
        ("{} - Onboarding", Affix("", " - Onboarding")),
        ("{} (Trial)", Affix("", " (Trial)")),
        ("Projekt: {}", Affix("Projekt: ", "")),
        ("{} | Espace client", Affix("", " | Espace client")),
    ],
)
def test_a_word_every_name_carries_is_found_and_stripped(written, affix):
    names = [written.format(c) for c in reversed(COMPANIES)]
    assert find_affix(names) == affix
    assert [affix.bare_name(n) for n in names] == list(reversed(COMPANIES))


def test_a_shared_word_that_is_no_tools_and_no_known_account_stays():
    names = ["First Bank", "City Bank", "Union Bank", "Harbor Bank"]
    assert find_affix(names) is None
    # The same word goes when the bare names are accounts the workspace already knows.
    assert find_affix(names, lambda: frozenset({"first", "city", "union"})) == Affix("", " Bank")


def test_a_word_on_only_some_names_or_a_name_that_is_only_the_word_stays():
    assert find_affix(["Acme Workspace", "Globex Workspace", "Initech", "Umbrella"]) is None
    assert Affix("", " Workspace").bare_name("Workspace") == "Workspace"
    assert Affix("Onboarding: ", "").bare_name("Onboarding: 42") == "Onboarding: 42"  # no letter left
    assert Affix("", " Workspace").bare_name("Acme Portal") == "Acme Portal"


def test_too_few_names_say_nothing_of_a_tool():
    assert find_affix(["Acme Workspace", "Globex Workspace"]) is None


PLAN = (
    "workspace_name,step_name,state\n"
    "Acme Corp Workspace,Kickoff call,Done\n"
    "Globex GmbH Workspace,Admin training,In Development\n"
    "Initech Workspace,Executive sponsor,Shipped\n"
    "Acme Corp Workspace,Quarterly review,Ready for Review\n"
)


def test_a_plan_files_accounts_lose_the_tools_word_and_the_user_can_undo_it(load):
    r = load("flows.csv", ImportOptions(table="plans"), data=PLAN.encode())
    assert STRIP_AFFIX in [t.key for t in r.transformations]
    assert load.rows(r, "account", "status") == [
        ("Acme Corp", "done"), ("Globex GmbH", "open"), ("Initech", "done"), ("Acme Corp", "open"),
    ]  # fmt: skip
    kept = load("flows.csv", ImportOptions(table="plans", undo=frozenset({STRIP_AFFIX})), data=PLAN.encode())
    assert [a for (a,) in load.rows(kept, "account")][:2] == ["Acme Corp Workspace", "Globex GmbH Workspace"]


def test_a_word_is_stripped_when_the_bare_names_are_accounts_already_loaded(load):
    text = "Company,ARR\nAcme Corp EMEA,1000\nGlobex GmbH EMEA,2000\nInitech EMEA,3000\n"
    alone = load("a.csv", ImportOptions(table="accounts"), data=text.encode())
    assert [a for (a,) in load.rows(alone, "account")] == [
        "Acme Corp EMEA",
        "Globex GmbH EMEA",
        "Initech EMEA",
    ]
    load.con.execute(
        "CREATE TABLE accounts AS SELECT unnest(['Acme Corp', 'Globex GmbH', 'Initech']) AS account"
    )
    known = load("a.csv", ImportOptions(table="accounts"), data=text.encode())
    assert [a for (a,) in load.rows(known, "account")] == ["Acme Corp", "Globex GmbH", "Initech"]
