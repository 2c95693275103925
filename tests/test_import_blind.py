"""A blind judge: exports from systems neither earlier judge covers load exactly.

``tests/data/exports`` and ``tests/data/holdout`` were each fixed against as they were written, so
their scores overstate how well the importer generalises. The files here come from
``tests/data/blind/make_blind.py`` (call recorders, time trackers, other CRMs, BI downloads, help
desks, NPS tools, invoices, task tools and CS-team spreadsheets in six languages), written without
reading the importer's vocabulary. Expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set blind`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind import make_blind
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    judged_cases,
    load_cases,
)

BLIND = make_blind.HERE
CASES = {case.file: case for case in load_cases(BLIND)}

# What today's importer does with each blind export that it does not yet load exactly. Strict, so
# a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_blind_set_covers_every_table_and_at_least_thirty_exports():
    assert_covers_every_table(CASES, at_least=30)
    assert len({case.system for case in CASES.values()}) >= 25


# Systems the held-out set's second batch and this set each wrote from scratch, at the same time
# and without seeing the other's files: independent exports of one system, not copies.
WRITTEN_TWICE = {"Zuora", "HappyFox", "Baremetrics", "Insightly", "AskNicely", "Retently"}


def test_the_blind_set_shares_no_system_with_the_earlier_judges():
    """Spreadsheets in other languages are variations of one format; every other system is new."""
    from tests.data.holdout import make_holdout

    spreadsheets = ("Excel", "Google Sheets", "Google Forms")
    earlier = {c.system for c in load_cases()} | {c.system for c in load_cases(make_holdout.HERE)}
    systems = {case.system for case in CASES.values() if not case.system.startswith(spreadsheets)}
    assert {system.split(" ")[0] for system in systems & earlier} <= WRITTEN_TWICE


def test_the_checked_in_blind_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind.main, BLIND, tmp_path)
