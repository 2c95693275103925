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


def test_names_lose_exactly_the_spaces_the_regular_expression_would_strip():
    """The first-and-last-character test finds every value [\\s\\p{Z}] finds at an edge, and no other."""
    import duckdb

    from cs_dash.importing.parse import text_sql

    con = duckdb.connect()
    # Every code point at the start, at the end and alone, beside plain names and an empty text.
    points = [chr(c) for c in range(1, 0x3100) if not 0xD800 <= c < 0xE000]
    values = [v for p in points for v in (f"{p}Acme", f"Acme{p}", p, f"A{p}B")] + ["Acme", "", "é\u0301"]
    con.execute("CREATE TABLE t AS SELECT unnest(?::VARCHAR[]) AS v", [values])
    by_regex = "nullif(regexp_replace(v, '^[\\s\\p{Z}]+|[\\s\\p{Z}]+$', '', 'g'), '')"
    differ = con.execute(
        f"SELECT list(v) FROM t WHERE ({text_sql('v')}) IS DISTINCT FROM "
        f"(CASE WHEN regexp_matches(v, '^[\\s\\p{{Z}}]|[\\s\\p{{Z}}]$') THEN {by_regex} ELSE v END)"
    ).fetchone()[0]
    assert differ is None
    stripped = con.execute(f"SELECT {text_sql('v')} FROM (SELECT ? AS v)", [f"\t{NBSP}Acme{EM} "]).fetchone()
    assert stripped == ("Acme",)
