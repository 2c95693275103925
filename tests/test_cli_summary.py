"""The CLI's JSON: the hurtlocker and cost sections, and the --csm / --from / --to filters."""

from __future__ import annotations

import csv
import json

import pytest

from cs_dash.cli import main
from tests.conftest import ROOT
from tests.test_cost import ACCOUNTS, TEAM, TRACKER


@pytest.fixture
def files(tmp_path):
    paths = []
    for name, text in (("engagements.csv", TRACKER), ("accounts.csv", ACCOUNTS), ("team.csv", TEAM)):
        path = tmp_path / name
        path.write_text(text.strip() + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _summary(capsys, *args) -> dict:
    status = main(["summary", *args, "--json"])
    out = capsys.readouterr().out
    assert status == 0
    return json.loads(out)


def test_summary_json_has_the_hurtlocker_and_cost_sections(files, capsys):
    summary = _summary(capsys, *files)
    hurt = summary["hurtlocker"]
    # P: rows 1 and 5; R: rows 2, 3, 4 -> 2/3; minutes P 30+60=90, R 60+120=180
    assert (hurt["proactive"], hurt["reactive"], hurt["untagged"]) == (2, 3, 0)
    assert hurt["ratio"] == pytest.approx(2 / 3)
    assert hurt["proactive_share"] == pytest.approx(0.4)
    assert (hurt["minutes_proactive"], hurt["minutes_reactive"]) == (90.0, 180.0)
    assert [row["csm"] for row in hurt["by_csm"]] == ["Dana", "Lee"]
    assert set(hurt["by_csm"][0]) == {
        "csm", "proactive", "reactive", "ratio", "minutes_proactive", "minutes_reactive"
    }  # fmt: skip
    money = summary["cost"]
    assert (money["total"], money["firefighting"], money["proactive"]) == (350.0, 225.0, 125.0)
    assert money["by_csm"] == [
        {"csm": "Dana", "hours": 0.5, "cost": 50.0, "rate": 100.0, "rate_is_default": False},
        {"csm": "Lee", "hours": 4.0, "cost": 300.0, "rate": 75.0, "rate_is_default": True},
    ]


def test_csm_option_narrows_both_sections(files, capsys):
    summary = _summary(capsys, *files, "--csm", "lee")
    # Lee: R 60, R 120, P 60 -> ratio 0.5; cost 4 h x 75 = 300, of which 225 reactive
    assert summary["hurtlocker"]["ratio"] == 0.5
    assert [row["csm"] for row in summary["hurtlocker"]["by_csm"]] == ["Lee"]
    assert (summary["cost"]["total"], summary["cost"]["firefighting"]) == (300.0, 225.0)


def test_from_and_to_options_narrow_the_dates(files, capsys):
    summary = _summary(capsys, *files, "--from", "2025-01-10", "--to", "2025-02-05")
    # 2025-01-15 Dana R (no duration) and 2025-02-01 Lee R 60 -> no proactive work, ratio 0
    hurt = summary["hurtlocker"]
    assert (hurt["proactive"], hurt["reactive"], hurt["ratio"]) == (0, 2, 0.0)
    assert summary["cost"]["total"] == 75.0
    assert summary["cost"]["engagements_without_duration"] == 1


def test_an_as_of_date_leaves_later_engagements_out(files, capsys):
    summary = _summary(capsys, *files, "--as-of", "2025-06-30")
    assert summary["as_of"] == "2025-06-30"
    assert summary["hurtlocker"]["proactive"] == 1  # the 2025-12-31 meeting is after the as-of date


def test_text_output_names_the_cost(files, capsys):
    assert main(["summary", *files]) == 0
    out = capsys.readouterr().out
    assert "CS cost: 350.00 (firefighting 225.00, proactive 125.00)" in out


SAMPLE = ROOT / "data" / "sample"


@pytest.mark.skipif(not (SAMPLE / "engagements.csv").exists(), reason="no sample data")
def test_one_csm_and_one_month_of_the_sample_match_a_count_of_the_csv(capsys):
    csm, month = "Dana Lee", "2026-03"
    with open(SAMPLE / "engagements.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["csm"] == csm and r["date"].startswith(month)]
    with open(SAMPLE / "team.csv", encoding="utf-8", newline="") as handle:
        rate = next(float(r["hourly_rate"]) for r in csv.DictReader(handle) if r["csm"] == csm)
    proactive = sum(r["tag"] == "proactive" for r in rows)
    reactive = sum(r["tag"] == "reactive" for r in rows)
    minutes = sum(float(r["duration_min"]) for r in rows if r["duration_min"])
    firefighting = sum(float(r["duration_min"]) for r in rows if r["duration_min"] and r["tag"] == "reactive")

    files = [str(p) for p in sorted(SAMPLE.glob("*.csv"))]
    summary = _summary(capsys, *files, "--csm", csm, "--from", f"{month}-01", "--to", f"{month}-31")
    assert (summary["hurtlocker"]["proactive"], summary["hurtlocker"]["reactive"]) == (proactive, reactive)
    assert summary["hurtlocker"]["ratio"] == pytest.approx(proactive / reactive)
    assert summary["cost"]["total"] == pytest.approx(minutes / 60 * rate, abs=0.01)
    assert summary["cost"]["firefighting"] == pytest.approx(firefighting / 60 * rate, abs=0.01)


def test_tier_segment_and_renewal_window_options_narrow_the_accounts(tmp_path, capsys):
    # As of 2025-06-30: Acme (Tier 1 by ARR, Enterprise) renews in 10 days, Initech (SMB) in 200,
    # Globex (SMB) was due 2025-06-01 -> overdue. Quantile tiers over three accounts.
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "account,arr,csm,status,segment,renewal_date\n"
        "Acme,100000,Dana,active,Enterprise,2025-07-10\n"
        "Globex,20000,Lee,active,SMB,2025-06-01\n"
        "Initech,5000,Lee,active,SMB,2026-01-16\n",
        encoding="utf-8",
    )
    base = [str(accounts), "--as-of", "2025-06-30"]
    assert _summary(capsys, *base)["accounts"]["count"] == 3
    smb = _summary(capsys, *base, "--segment", "smb")["accounts"]
    assert (smb["count"], smb["total_arr"]) == (2, 25000.0)
    assert _summary(capsys, *base, "--tier", "Tier 1")["accounts"]["total_arr"] == 100000.0
    assert _summary(capsys, *base, "--renewal-window", "30")["accounts"]["total_arr"] == 100000.0
    assert _summary(capsys, *base, "--renewal-window", "overdue")["accounts"]["total_arr"] == 20000.0
    # Lee owns Globex and Initech: the accounts section follows the owner, as the pages do.
    assert _summary(capsys, *base, "--csm", "LEE")["accounts"]["count"] == 2


def test_an_unknown_tier_or_contradictory_dates_get_one_sentence(files, capsys):
    assert main(["summary", *files, "--tier", "Platinum"]) == 2
    assert "--tier 'Platinum' is not in the data" in capsys.readouterr().err
    assert main(["summary", *files, "--dates", "90d", "--from", "2025-01-01"]) == 2
    assert "--dates cannot be combined" in capsys.readouterr().err
