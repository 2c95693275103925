"""Tag codes are defined once (``schema.TAG_CODES``) and read in SQL through tag_code / tag_label."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cs_dash.metrics import facts
from cs_dash.schema import TAG_CODES, UNTAGGED_CODE, UNTAGGED_LABEL

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("tag", "code"), [("proactive", 1), ("reactive", 2), (None, 0), ("other", 0), ("", 0)]
)
def test_tag_code_follows_the_registry(macro_con, tag, code):
    assert macro_con.execute("SELECT tag_code($tag)", {"tag": tag}).fetchone()[0] == code
    assert TAG_CODES.get(tag or "", UNTAGGED_CODE) == code


def test_tag_label_reads_the_code_back(macro_con):
    for name, code in TAG_CODES.items():
        assert macro_con.execute("SELECT tag_label($code)", {"code": code}).fetchone()[0] == name
    assert macro_con.execute("SELECT tag_label(0)").fetchone()[0] == UNTAGGED_LABEL


ENGAGEMENTS = """
date,account,csm,tag,duration_min
2025-01-02,Acme,Dana Lee,proactive,30
2025-01-03,Acme,Dana Lee,reactive,60
2025-01-04,Acme,Dana Lee,reactive,15
"""


def test_the_compact_copy_codes_tags_by_the_registry(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS)
    facts.ensure(ws)
    coded = ws.query("SELECT tag, count(*) AS n FROM pr_facts GROUP BY tag ORDER BY tag")
    assert dict(zip(coded["tag"], coded["n"], strict=True)) == {1: 1, 2: 2}


def test_no_query_writes_a_tag_code_as_a_number():
    pattern = re.compile(r"\btag\s*(?:=|IN|WHEN)\s*\(?\s*\d")
    written = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "cs_dash").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert written == []
