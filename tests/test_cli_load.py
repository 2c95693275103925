"""The command line loads files as the Data page does and reports an unusable file in one line."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from cs_dash.cli import main
from tests.conftest import ROOT
from tests.import_helpers import MESSY

HAS_SUMMARY = importlib.util.find_spec("cs_dash.metrics.hurtlocker") is not None


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cs_dash", "summary", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.mark.skipif(not HAS_SUMMARY, reason="the summary metrics are not merged yet")
def test_an_unusable_file_gets_one_stderr_line_and_status_2_while_the_others_load():
    done = _run(str(MESSY / "salesforce_activities.csv"), str(MESSY / "empty.csv"), "--json")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "empty.csv is empty: export the report again with its rows and upload that file."
    ]
    summary = json.loads(done.stdout)
    assert summary["tables"]["engagements"]["rows"] == 4
    assert summary["tables"]["engagements"]["files"] == ["salesforce_activities.csv"]


@pytest.mark.skipif(not HAS_SUMMARY, reason="the summary metrics are not merged yet")
def test_map_overrides_apply_to_every_file_and_headers_a_file_lacks_are_ignored():
    done = _run(
        str(MESSY / "hand_kept_tracker.csv"),
        str(MESSY / "utf8_bom.csv"),
        "--map",
        "What happened=outcome",
        "--map",
        "Kunde=account",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    tables = json.loads(done.stdout)["tables"]
    assert (tables["engagements"]["rows"], tables["accounts"]["rows"]) == (6, 2)


def test_a_missing_file_is_named_with_the_reason(capsys, monkeypatch):
    import cs_dash.cli as cli

    monkeypatch.setattr(cli, "build_summary", lambda ws, filters: {"tables": {}})
    status = main(["summary", str(MESSY / "does_not_exist.csv"), str(MESSY / "garbage.csv"), "--json"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err == [
        f"{MESSY / 'does_not_exist.csv'}: cannot be read (No such file or directory).",
        "garbage.csv is a binary file, not a CSV text file: export the data as CSV from the system it came from.",
    ]


@pytest.mark.skipif(not HAS_SUMMARY, reason="the summary metrics are not merged yet")
def test_conversions_are_listed_and_no_convert_leaves_one_undone(tmp_path, capsys):
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("Account Name,MRR\nAcme,1000\nGlobex,500\n")
    assert main(["summary", str(accounts), "--map", "MRR=arr", "--json"]) == 0
    converted = json.loads(capsys.readouterr().out)
    assert converted["accounts"]["total_arr"] == 18_000  # (1,000 + 500) × 12
    assert converted["conversions"] == [
        {"file": "accounts.csv", "key": "arr:monthly", "text": "MRR × 12 → ARR (column 'MRR' says 'mrr')"}
    ]
    assert main(["summary", str(accounts), "--map", "MRR=arr", "--no-convert", "arr:monthly", "--json"]) == 0
    undone = json.loads(capsys.readouterr().out)
    assert (undone["accounts"]["total_arr"], undone["conversions"]) == (1_500, [])


def test_a_file_over_the_size_limit_is_refused_in_one_line_without_being_read(tmp_path, capsys, monkeypatch):
    import cs_dash.cli as cli
    from cs_dash.importing import limits

    monkeypatch.setattr(cli, "build_summary", lambda ws, filters: {"tables": {}})
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2_000_000)
    big = tmp_path / "big.csv"
    with big.open("wb") as out:  # 3 MB on disk, of which only the header was written
        out.write(b"date,account,csm,tag\n")
        out.truncate(3_000_000)
    read = []
    monkeypatch.setattr(cli.Workspace, "add_file", lambda *args: read.append(args))
    status = main(["summary", str(big), "--json"])
    assert status == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "big.csv is 3 MB, more than the 2 MB one file may have: export a shorter date range, or split it "
        "into smaller files."
    ]
    assert read == []  # neither read nor copied into the workspace
