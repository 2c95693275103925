"""A name made only of spaces (tabs, no-break or em spaces too) is no name: the row is rejected."""

from __future__ import annotations

import json

from cs_dash.cli import main
from cs_dash.importing import ImportOptions

NBSP, EM = "\u00a0", "\u2003"

ENGAGEMENTS = (
    "date,account,csm,tag,duration_min\n"
    f"2025-01-01,Acme,{NBSP},Proactive,30\n"
    "2025-01-02,Beta,\t,Reactive,20\n"
    f"2025-01-03,{EM},Lee,Proactive,10\n"
    f"2025-01-04,{NBSP}Gamma{NBSP},Lee,Proactive,15\n"
)


def test_space_only_names_are_rejected_with_a_reason(ws):
    r = ws.add_file("tracker.csv", ENGAGEMENTS.encode(), ImportOptions(table="engagements"))
    assert (r.rows_loaded, r.rows_rejected) == (1, 3)
    assert r.rejects[["row", "column", "reason"]].values.tolist() == [
        [2, "csm", "csm has only spaces, no name"],
        [3, "csm", "csm has only spaces, no name"],
        [4, "account", "account has only spaces, no name"],
    ]
    assert ws.query("SELECT account, account_key, csm FROM engagements").values.tolist() == [
        ["Gamma", "gamma", "Lee"]
    ]


def test_the_command_line_summarises_a_file_with_space_only_names(tmp_path, capsys):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(ENGAGEMENTS, encoding="utf-8")
    team = tmp_path / "team.csv"
    team.write_text(f"csm,hourly_rate\n{NBSP},100\nLee,90\n", encoding="utf-8")
    assert main(["summary", str(tracker), str(team), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tables"]["engagements"]["rows"] == 1
    assert summary["tables"]["team"]["rows"] == 1
