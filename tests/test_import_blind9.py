"""A ninth blind judge: dialers, meeting recorders, CRMs, CS platforms, help desks, billing, BI, survey and staffing exports no set covers yet.

The earlier sets were each fixed against after their first score, so their scores overstate how
well the importer generalises. The files here come from ``tests/data/blind9/make_blind9.py``
(Kixie, Fathom, Chili Piper, ZapScale, EspoCRM, folk, SuiteCRM, Databox, Runn, TimeCamp, SysAid,
HaloPSA, GLPI, Richpanel, Fillout, Feedier, Trustmary, Piwik PRO, Apache Superset, Geckoboard,
ClickHouse, ChargeOver, Metronome, Sage Intacct, OnRamp, Dock and CS-team spreadsheets in German,
Spanish, Dutch, French and Portuguese), written without reading the importer's vocabulary. Their
shapes vary as real uploads do: header rows under report titles, a column per metric, Excel saves
with a BOM and semicolons, a tab-separated query result, accounts named only by an id that an
accounts file of the batch resolves. Expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set blind9`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind9 import make_blind9
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    assert_shares_no_system_with_earlier_sets,
    judged_cases,
    load_cases,
)

BLIND9 = make_blind9.HERE
CASES = {case.file: case for case in load_cases(BLIND9)}

# What today's importer does with each export of this batch that it does not yet load exactly.
# Strict, so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind9_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND9)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_batch_covers_every_table_and_at_least_thirty_exports():
    assert_covers_every_table(CASES, at_least=30)


def test_the_batch_shares_no_system_with_the_earlier_judges():
    """Spreadsheets in other languages are variations of one format; every other system is new."""
    assert_shares_no_system_with_earlier_sets(CASES, BLIND9)


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind9.main, BLIND9, tmp_path)
