"""The command line's --table choice and its warning when it chose a table with low confidence."""

from __future__ import annotations

import json

import pytest

from cs_dash.cli import main, table_for

MIXED = (
    "Account,Date,Owner,Users,Rating\nAcme Corp,2025-01-02,Dana Lee,5,4\nGlobex,2025-01-03,Sam Ortiz,7,5\n"
)
TRACKER = "Date,Account,CSM,Tag\n2025-01-02,Acme Corp,Dana Lee,Proactive\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "mixed.csv").write_text(MIXED)
    (tmp_path / "tracker.csv").write_text(TRACKER)
    return tmp_path


def _tables(out: str) -> dict:
    return {name: info["rows"] for name, info in json.loads(out)["tables"].items() if info["rows"]}


def test_a_close_call_loads_the_likelier_table_with_one_warning_line(files, capsys):
    status = main(["summary", str(files / "mixed.csv"), str(files / "tracker.csv"), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("mixed.csv: warning: read as ")
    assert "low confidence" in lines[0] and "--table mixed.csv=" in lines[0]
    assert sum(_tables(captured.out).values()) == 3


@pytest.mark.parametrize("given", ["mixed.csv", "{dir}/mixed.csv"])
def test_table_names_the_file_by_name_or_path_and_silences_the_warning(files, capsys, given):
    choice = given.format(dir=files) + "=usage"
    status = main(["summary", str(files / "mixed.csv"), "--table", choice, "--json"])
    captured = capsys.readouterr()
    assert status == 0 and captured.err == ""
    assert _tables(captured.out) == {"usage": 2}


def test_a_table_choice_for_a_file_not_given_is_reported(files, capsys):
    status = main(["summary", str(files / "tracker.csv"), "--table", "other.csv=tickets", "--json"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.strip() == "--table other.csv: no such file among the files given."
    assert _tables(captured.out) == {"engagements": 1}


def test_an_unknown_table_is_refused_by_the_parser(files, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["summary", str(files / "tracker.csv"), "--table", "tracker.csv=calls"])
    assert exc.value.code == 2
    assert "'calls' is not a table" in capsys.readouterr().err


def test_table_for_prefers_the_last_matching_choice():
    choices = [("a.csv", "tickets"), ("dir/a.csv", "surveys")]
    assert table_for("dir/a.csv", choices) == "surveys"
    assert table_for("other/a.csv", choices) == "tickets"
    assert table_for("b.csv", choices) is None
