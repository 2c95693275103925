"""Section headings and repeated headers inside a hand-kept sheet's table (``cs_dash.importing.sections``).

Every expected value below was worked out by hand from the tiny file in the test.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from cs_dash.importing import ImportOptions
from tests.import_helpers import Loader

D = dt.date


@pytest.fixture
def load(tmp_path):
    loader = Loader(tmp_path)

    def run(name, text, options=None):
        data = textwrap.dedent(text).lstrip("\n").encode("utf-8")
        return loader(name, options, data=data)

    run.rows = loader.rows
    yield run
    loader.con.close()


PER_CSM = """
    Date,Account,Pro/Re,Minutes,Notes
    Dana Lee,,,,
    03/04/2025,Acme Corp,Proactive,30,QBR prep
    03/11/2025,Globex,Reactive,45,"Outage, follow-up"

    Sam Ortiz,,,,
    03/05/2025,Initech,Proactive,60,
    03/06/2025,Acme Corp,Proactive,15,Check-in
    03/07/2025,Hooli,Reactive,20,
"""


def test_a_csm_named_alone_above_each_section_is_the_csm_of_the_rows_below(load):
    r = load("touchpoints.csv", PER_CSM)
    assert r.ok, r.error
    assert r.mapping.get("Section") == "csm"
    assert load.rows(r, "csm", "account") == [
        ("Dana Lee", "Acme Corp"),
        ("Dana Lee", "Globex"),
        ("Sam Ortiz", "Initech"),
        ("Sam Ortiz", "Acme Corp"),
        ("Sam Ortiz", "Hooli"),
    ]
    # two headings and one blank line: every line is accounted for, none loaded as a record
    assert (r.rows_loaded, r.rows_rejected, r.rows_skipped) == (5, 0, 3)
    assert "section headings" in r.transformations[0].text


PER_ACCOUNT = """
    Customer,Item,Type,Status,Due
    Acme Corp,,,,
    ,Roll out to the EU team,Goal,On track,2025-07-04
    ,Champion left,Blocker,Off track,2025-07-24
    Globex,,,,
    ,Run admin training,Step,Complete,2025-03-05
"""


def test_an_account_named_alone_above_its_plan_items_fills_the_empty_account_column(load):
    r = load("plans.csv", PER_ACCOUNT)
    assert r.table == "plans", r.error
    assert load.rows(r, "account", "kind", "due_date") == [
        ("Acme Corp", "goal", D(2025, 7, 4)),
        ("Acme Corp", "blocker", D(2025, 7, 24)),
        ("Globex", "step", D(2025, 3, 5)),
    ]
    assert "into their empty Customer column" in r.transformations[0].text


GROUPED_BOARD = """
    Name,CSM,ARR,Renewal
    Acme Corp,Dana Lee,12000,2025-09-01
    Globex,Sam Ortiz,8000,2025-10-01

    SMB
    Name,CSM,ARR,Renewal
    Initech,Dana Lee,3000,2025-11-01
"""


def test_a_header_repeated_under_a_group_name_is_left_out_with_the_group_name(load):
    r = load("board.csv", GROUPED_BOARD)
    assert r.table == "accounts", r.error
    assert load.rows(r, "account", "arr") == [("Acme Corp", 12000.0), ("Globex", 8000.0), ("Initech", 3000.0)]
    assert "repeating the header" in r.transformations[0].text


SPARSE_RECORD = """
    Account,CSM,ARR,Renewal
    Acme Corp,Dana Lee,12000,2025-09-01
    Globex,,,
    Initech,,,
    Hooli,Sam Ortiz,3000,2025-11-01
"""


def test_records_that_fill_only_their_name_stay_records_when_the_table_does_not_start_with_one(load):
    r = load("accounts.csv", SPARSE_RECORD)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Globex", "Initech", "Hooli"]
    assert r.transformations == []


def test_the_sections_can_be_undone(load):
    r = load("touchpoints.csv", PER_CSM, ImportOptions(undo=frozenset({"sections"})))
    assert r.transformations == [] and r.undone == ["sections"]
    assert "Section" not in r.mapping


PER_ACCOUNT_CHECKLIST = """
    Task,Owner,Due,Done
    Acme Corp {label},,,
    Kickoff call,Dana Lee,2025-02-10,TRUE
    Data import,Dana Lee,2025-02-24,FALSE
    Globex {label},,,
    Kickoff call,Sam Ortiz,2025-04-10,TRUE
    Data import,Sam Ortiz,2025-04-24,TRUE
"""


@pytest.mark.parametrize(
    ("label", "file"),
    [
        ("onboarding", "onboarding_checklist.csv"),
        ("Onboarding", "Onboarding Checklist.csv"),
        ("– onboarding", "customer-onboarding.csv"),
        ("Einführung", "Checkliste Einführung.csv"),
        ("plan", "success_plan.csv"),
    ],
)
def test_a_word_every_heading_ends_with_and_the_file_names_labels_the_sections(load, label, file):
    r = load(file, PER_ACCOUNT_CHECKLIST.format(label=label))
    assert r.ok, r.error
    assert (r.table, r.mapping.get("Section")) == ("plans", "account")
    assert sorted({row[0] for row in load.rows(r, "account")}) == ["Acme Corp", "Globex"]
    word = label.split()[-1]
    assert f"without the word '{word}'" in r.transformations[0].text


@pytest.mark.parametrize(
    "headings",
    [
        ("Acme GmbH", "Globex GmbH"),  # a legal form both companies have
        ("Alder Clinics", "Birch Clinics"),  # a noun companies are named with
        ("Q1 2025", "Q2 2025"),  # a number
        ("Dana Lee", "Sam Lee"),  # a family name two CSMs share
    ],
)
def test_a_shared_last_word_that_belongs_to_the_names_stays(headings):
    from cs_dash.importing.sections import shared_label

    topic = "GmbH clinics 2025 Lee tracker.csv"  # even when the file happens to name it
    expected = "Lee" if headings[0].endswith("Lee") else ""
    assert shared_label(list(headings), topic) == expected
    assert shared_label(list(headings), "tracker.csv") == ""


def test_headings_that_end_differently_have_no_label():
    from cs_dash.importing.sections import shared_label

    topic = "onboarding renewal.csv"
    assert shared_label(["Acme onboarding", "Globex renewal"], topic) == ""
    assert shared_label(["Acme", "Globex"], topic) == ""
    assert shared_label(["Acme onboarding"], topic) == ""  # one heading is no pattern
