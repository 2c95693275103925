"""An eleventh blind judge: call and meeting tools, CRMs, a CS platform, help desks, billing, FP&A, BI, survey, time and project exports no set covers yet.

The earlier sets were each fixed against after their first score, so their scores overstate how
well the importer generalises. The files here come from ``tests/data/blind11/make_blind11.py``
(CloudTalk, Zoom, Jiminny, Talkdesk, Startdeliver, Twenty, Brevo, Paymo, Timely, Pylon, Plain,
Azure DevOps, YouTrack, Survio, Chameleon, Mopinion, psql, Grafana, Klipfolio, Holistics, Pigment,
Sequence, MeisterTask, Adobe Workfront and CS-team spreadsheets in French, German, Portuguese,
Spanish, Dutch and Italian), written without reading the importer's vocabulary. Their shapes vary
as real uploads do: bare seconds, ``mm:ss`` and ``1h30`` durations, title and as-of lines, a
``sep=,`` line, psql's aligned table, a column per month, amounts split from their currency code,
serial and two-digit-year dates, and accounts named only by an id that an accounts file of the
batch resolves. Expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set blind11`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind11 import make_blind11
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    assert_shares_no_system_with_earlier_sets,
    judged_cases,
    load_cases,
)

BLIND11 = make_blind11.HERE
CASES = {case.file: case for case in load_cases(BLIND11)}

# What today's importer does with each export of this batch that it does not yet load exactly.
# Strict, so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind11_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND11)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_batch_covers_every_table_and_at_least_thirty_exports():
    assert_covers_every_table(CASES, at_least=30)


def test_the_batch_shares_no_system_with_the_earlier_judges():
    """Spreadsheets in other languages are variations of one format; every other system is new."""
    assert_shares_no_system_with_earlier_sets(CASES, BLIND11)


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind11.main, BLIND11, tmp_path)
