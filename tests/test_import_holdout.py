"""A held-out judge: exports from systems the first export set does not cover load exactly.

``tests/data/exports`` was built next to the importer, so its score overstates how well the
importer generalises. The files here come from ``tests/data/holdout/make_holdout.py`` (other CRMs,
help desks, billing, analytics, survey and spreadsheet tools, another company and seed), plus the
third-party files of ``../shared/reference-data`` where an expected number can be stated by rule
(skipped when that folder is absent). Expected numbers never come from the importer.
``python benchmarks/judge_imports.py --set holdout`` prints the share loaded exactly.
"""

from __future__ import annotations

import pytest

from tests.data.holdout import make_holdout
from tests.data.holdout.reference_cases import RAVENSTACK, REFERENCE, ravenstack_cases
from tests.export_judge import EXPECTED_FILE, judge, load_cases

HOLDOUT = make_holdout.HERE
CASES = {case.file: case for case in load_cases(HOLDOUT)}
REFERENCE_CASES = {case.file: case for case in ravenstack_cases()}

# What today's importer does with each held-out export that it does not yet load exactly. Strict,
# so a case that starts passing says so; emptied only by teaching the importer general rules.
XFAIL: dict[str, str] = {}


def _param(name: str, *values):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(*values, id=name, marks=marks)


@pytest.mark.parametrize("case", [_param(name, case) for name, case in CASES.items()])
def test_held_out_export_loads_into_its_table_with_the_exact_numbers(case):
    verdict = judge(case, HOLDOUT)
    assert verdict.error is None, verdict.explain()
    assert verdict.table == case.table, verdict.explain()
    assert verdict.wrong == {}, verdict.explain()


@pytest.mark.skipif(not REFERENCE_CASES, reason="../shared/reference-data is absent")
@pytest.mark.parametrize("case", [_param(name, case) for name, case in REFERENCE_CASES.items()])
def test_third_party_file_loads_with_the_numbers_stated_by_rule(case):
    verdict = judge(case, REFERENCE / RAVENSTACK)
    assert verdict.error is None, verdict.explain()
    assert verdict.table == case.table, verdict.explain()
    assert verdict.wrong == {}, verdict.explain()


def test_the_list_of_known_failures_names_only_cases_that_exist():
    assert set(XFAIL) - set(CASES) - set(REFERENCE_CASES) == set()


def test_the_held_out_set_covers_every_table_and_at_least_thirty_exports():
    tables = {case.table for case in CASES.values()}
    assert tables == {"engagements", "accounts", "team", "tickets", "surveys", "usage", "revenue", "plans"}
    assert len(CASES) >= 50
    assert len({case.system for case in CASES.values()}) >= 20


def test_the_checked_in_held_out_exports_are_what_the_seeded_generator_writes(tmp_path):
    make_holdout.main(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in HOLDOUT.iterdir() if p.suffix in (".csv", ".json"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (HOLDOUT / name).read_bytes(), name
    assert (tmp_path / EXPECTED_FILE).is_file()


def test_reference_expectations_are_stated_from_the_file_not_the_importer(tmp_path):
    folder = tmp_path / RAVENSTACK
    folder.mkdir()
    (folder / "ravenstack_accounts.csv").write_text(
        "account_id,account_name,industry,country,signup_date,referral_source,plan_tier,seats,is_trial,churn_flag\n"
        "A-1,Company_0,EdTech,US,2024-10-16,partner,Basic,9,False,False\n"
        "A-2,Company_1,FinTech,IN,2023-08-17,other,Basic,18,False,True\n",
        encoding="utf-8",
    )
    (folder / "ravenstack_support_tickets.csv").write_text(
        "ticket_id,account_id,submitted_at,closed_at,resolution_time_hours,priority,"
        "first_response_time_minutes,satisfaction_score,escalation_flag\n"
        "T-1,A-1,2023-07-27,2023-07-28 03:00:00,27.0,high,74,,False\n"
        "T-2,A-9,2024-07-08,,,low,10,,True\n",
        encoding="utf-8",
    )
    accounts, tickets = ravenstack_cases(tmp_path)
    # 9 + 18 seats; Company_1's churn flag is True.
    assert accounts.measures["seats_purchased"] == 27.0
    assert accounts.measures["status"] == {"active": 1, "churned": 1}
    # T-1: 2023-07-27 00:00 to 2023-07-28 03:00 is 27 h; T-2 is open; only A-1 is a known account.
    assert (tickets.measures["resolution_hours"], tickets.measures["open"]) == (27.0, 1)
    assert (tickets.matched, tickets.measures["escalated"]) == (1, 1)
