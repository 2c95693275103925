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
    from tests.data.blind import make_blind
    from tests.data.blind3 import make_blind3
    from tests.data.blind4 import make_blind4
    from tests.data.blind5 import make_blind5
    from tests.data.blind6 import make_blind6
    from tests.data.blind7 import make_blind7
    from tests.data.blind8 import make_blind8
    from tests.data.blind9 import make_blind9
    from tests.data.blind10 import make_blind10
    from tests.data.holdout import make_holdout

    spreadsheets = ("Excel", "Google Sheets", "Google Forms")
    earlier = {c.system for c in load_cases()}
    for module in (
        make_holdout,
        make_blind,
        make_blind3,
        make_blind4,
        make_blind5,
        make_blind6,
        make_blind7,
        make_blind8,
        make_blind9,
        make_blind10,
    ):
        earlier |= {c.system for c in load_cases(module.HERE)}
    names = {system.split(" (")[0].lower() for system in earlier}
    systems = {case.system for case in CASES.values() if not case.system.startswith(spreadsheets)}
    assert {system.split(" (")[0].lower() for system in systems} & names == set()


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind11.main, BLIND11, tmp_path)
