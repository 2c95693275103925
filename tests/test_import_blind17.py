"""A seventeenth blind judge: ERP, contract, onboarding, education, review, no-code and BI tools.

The files here come from ``tests/data/blind17/make_blind17.py``: onboarding and PSA tools
(TaskRay, Precursive), Nordic and Polish CRMs (Upsales, Livespace in Windows-1250, webCRM), SQL
Server Management Studio's saved results; Ironclad's contract repository, Quickbase, a Trino
result set, IBM Cognos Analytics' UTF-16 tab-separated output, Bexio with Swiss 1'234.50 amounts;
Planday, Scoro, Kadromierz and Visma Severa staff lists; Efecte, Tidio, Helpshift, Userlike and a
Looker Studio table with its totals row; G2 reviews, Webropol, SurveyXact, Startquestion and Zoho
Survey; Skilljar, Product Fruits by ISO week, Zoho Analytics by fiscal quarter, an Italian sheet
and an Excel "Unicode text" save; Fortnox, PandaDoc, Acumatica with negatives in parentheses,
Abacus, Anaplan's ARR bridge by fiscal quarter and e-conomic; GetAccept, Fibery and account plans
in Polish and Swedish sheets. Written without reading the importer's vocabulary; expected numbers
never come from the importer.
``python benchmarks/judge_imports.py --set blind17`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.blind17 import make_blind17
from tests.export_judge import (
    assert_covers_every_table,
    assert_generator_writes_the_checked_in_files,
    assert_loads_exactly,
    assert_shares_no_system_with_earlier_sets,
    judged_cases,
    load_cases,
)

BLIND17 = make_blind17.HERE
CASES = {case.file: case for case in load_cases(BLIND17)}

# What today's importer does with each export of this batch that it does not yet load exactly.
# Strict, so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", judged_cases(CASES, XFAIL))
def test_blind17_export_loads_into_its_table_with_the_exact_numbers(case):
    assert_loads_exactly(case, BLIND17)


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) == set()


def test_the_batch_covers_every_table_and_at_least_forty_exports():
    assert_covers_every_table(CASES, at_least=40)


def test_the_batch_shares_no_system_with_the_earlier_judges():
    """Spreadsheets in other languages are variations of one format."""
    assert_shares_no_system_with_earlier_sets(CASES, BLIND17)


def test_the_checked_in_exports_are_what_the_seeded_generator_writes(tmp_path):
    assert_generator_writes_the_checked_in_files(make_blind17.main, BLIND17, tmp_path)
