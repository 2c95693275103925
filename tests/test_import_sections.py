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
