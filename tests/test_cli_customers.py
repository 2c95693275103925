"""The CLI's tiers, renewals and health sections, and --settings with a good and a bad file."""

from __future__ import annotations

import json

import pytest

from cs_dash.cli import main
from cs_dash.settings import Settings, dumps_toml

ACCOUNTS = (
    "account,arr,csm,renewal_date\nBig,300000,Dana,2025-01-20\nMid,50000,Lee,2025-03-15\nSmall,1000,Lee,\n"
)
ENGAGEMENTS = "date,account,csm,tag\n2024-12-20,Big,Dana,proactive\n2024-12-30,Mid,Lee,reactive\n"


def test_a_bad_settings_file_is_one_line_on_stderr_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[tiers]\nmethod = "alphabetical"\n', encoding="utf-8")
    data = tmp_path / "accounts.csv"
    data.write_text(ACCOUNTS, encoding="utf-8")
    assert main(["summary", str(data), "--settings", str(bad), "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{bad}: tiers.method must be one of quantile, thresholds (it is 'alphabetical')"]


def test_a_settings_file_that_cannot_be_read_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["summary", str(tmp_path / "x.csv"), "--settings", str(tmp_path / "missing.toml")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_the_json_has_tiers_renewals_and_health_under_the_saved_settings(tmp_path, capsys):
    pytest.importorskip(
        "cs_dash.metrics.hurtlocker", reason="the proactive/reactive metrics are not merged yet"
    )
    settings = Settings()
    settings.tiers.method = "thresholds"
    settings.tiers.thresholds = [100_000.0, 10_000.0]
    (tmp_path / "s.toml").write_text(dumps_toml(settings), encoding="utf-8")
    (tmp_path / "accounts.csv").write_text(ACCOUNTS, encoding="utf-8")
    (tmp_path / "engagements.csv").write_text(ENGAGEMENTS, encoding="utf-8")
    code = main(
        [
            "summary",
            str(tmp_path / "accounts.csv"),
            str(tmp_path / "engagements.csv"),
            "--as-of",
            "2025-01-01",
        ]
        + ["--settings", str(tmp_path / "s.toml"), "--json"]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["tiers"] == [
        {"tier": "Tier 1", "accounts": 1, "arr": 300000.0},
        {"tier": "Tier 2", "accounts": 1, "arr": 50000.0},
        {"tier": "Tier 3", "accounts": 1, "arr": 1000.0},
    ]
    # Big renews in 19 days, Mid in 73: 30 -> Big; 90 and later -> both.
    assert [(r["window"], r["accounts"]) for r in out["renewals"]] == [
        ("overdue", 0), ("30", 1), ("60", 1), ("90", 2), ("180", 2), ("365", 2)
    ]  # fmt: skip
    assert [a["account"] for a in out["health"]["accounts"]] == ["Big", "Mid", "Small"]
    assert sum(b["accounts"] for b in out["health"]["bands"]) == 3
