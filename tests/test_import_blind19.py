"""A nineteenth blind judge: the sheets a CS team keeps by hand and the BI downloads it pulls.

The files come from ``tests/data/blind19/make_blind19.py``: contact logs, renewal call sheets,
customer overviews, health-score sheets, capacity plans, escalation logs, NPS follow-up sheets,
usage per calendar week, ARR changes, churn post-mortems, onboarding trackers and account plans,
kept in Excel (saved as CSV in the German, French, Spanish, Italian, Dutch and Portuguese
locales), Google Sheets, WPS Spreadsheets, Quip, Gnumeric, Collabora Online and SoftMaker
PlanMaker, with title and as-of lines, section, subtotal and total rows, legends under the table,
units in the header, "22,5k" amounts, "KW 12", "März 2025" and "Q3/25" dates and CSMs by their
initials; and downloads from MicroStrategy, SAP Analytics Cloud, Oracle Analytics, Yellowfin,
Planful, SurveyHero and Microsoft Lists. Written without reading the importer's vocabulary;
expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set blind19`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind19 import make_blind19
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    assert_shares_no_system_with_earlier_sets,
    judged_cases,
    load_cases,
)

BLIND19 = make_blind19.HERE
CASES = {case.file: case for case in load_cases(BLIND19)}

# What today's importer does with each export of this batch that it does not yet load exactly.
# Strict, so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind19_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND19)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_batch_covers_every_table_and_at_least_forty_exports():
    assert_covers_every_table(CASES, at_least=40)


def test_the_batch_shares_no_system_with_the_earlier_judges():
    """Spreadsheets in other locales are variations of one format; blind18 was written at the same
    time, neither seen by the importer, so the two may share a system."""
    assert_shares_no_system_with_earlier_sets(CASES, BLIND19, written_alongside=("blind18",))


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind19.main, BLIND19, tmp_path)
