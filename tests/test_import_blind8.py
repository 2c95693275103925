"""An eighth blind judge: trackers a CS team keeps by hand, downloaded from sheets and no-code tools.

The earlier batches were mostly what a system exports. The files here come from
``tests/data/blind8/make_blind8.py``: what a CS team builds itself in Google Sheets, Excel, Apple
Numbers, LibreOffice Calc, Airtable, Notion, Smartsheet, monday.com, ClickUp, Grist, Baserow,
SeaTable, Rows, Zoho Sheet and OnlyOffice (titles and "last updated" lines, group rows over the
header, spacer columns, per-CSM, per-account and per-quarter sections, totals blocks, Y/N and
colour words, "$1.2k" amounts, dates typed every way, one column per month or week), about a
third in German, French, Spanish, Portuguese, Italian and Dutch, written without reading the
importer's vocabulary. Expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set blind8`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind8 import make_blind8
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    judged_cases,
    load_cases,
)

BLIND8 = make_blind8.HERE
CASES = {case.file: case for case in load_cases(BLIND8)}

# What today's importer does with each export of this batch that it does not yet load exactly.
# Strict, so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}

# The tools a CS team builds its own trackers in: earlier batches used them too, each file here is a
# different hand-made layout.
HAND_MADE_TOOLS = (
    "Excel",
    "Google Sheets",
    "Google Forms",
    "Apple Numbers",
    "LibreOffice Calc",
    "Airtable",
    "Notion",
    "Smartsheet",
    "Monday.com",
    "ClickUp",
)


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind8_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND8)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_batch_covers_every_table_and_at_least_thirty_exports():
    assert_covers_every_table(CASES, at_least=30)


def test_a_third_of_the_batch_is_in_another_language():
    languages = ("German", "French", "Spanish", "Portuguese", "Italian", "Dutch")
    foreign = [c for c in CASES.values() if any(word in c.system for word in languages)]
    assert len(foreign) * 3 >= len(CASES)


def test_the_batch_shares_no_file_and_no_system_with_the_earlier_judges():
    """Hand-made trackers come from a few tools; every other system, and every file name, is new."""
    from tests.data.blind import make_blind
    from tests.data.blind3 import make_blind3
    from tests.data.blind4 import make_blind4
    from tests.data.blind5 import make_blind5
    from tests.data.blind6 import make_blind6
    from tests.data.holdout import make_holdout

    earlier = load_cases()
    for module in (make_holdout, make_blind, make_blind3, make_blind4, make_blind5, make_blind6):
        earlier += load_cases(module.HERE)
    assert {c.file for c in earlier} & set(CASES) == set()
    names = {c.system.split(" (")[0].lower() for c in earlier}
    systems = {c.system for c in CASES.values() if not c.system.startswith(HAND_MADE_TOOLS)}
    assert {system.split(" (")[0].lower() for system in systems} & names == set()


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind8.main, BLIND8, tmp_path)
