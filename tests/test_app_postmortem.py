"""The Cost of service page's fire post-mortem, in Streamlit, on the hand-made company of the core tests."""

from __future__ import annotations

import textwrap

import pytest

from tests.apptest import open_app
from ui.session import SAMPLE_DIR_ENV

TABLES = {
    "accounts": """
        account,arr,csm,status
        Acme,150000,Dana,active
        Initech,50000,Lee,active
        """,
    "team": """
        csm,hourly_rate
        Dana,100
        Lee,60
        """,
    "engagements": """
        date,account,csm,tag,type,duration_min,fire_id
        2025-02-01,Acme,Dana,proactive,Call,30,
        2025-06-03,Acme,Dana,reactive,Call,60,F-1
        2025-06-10,Acme,Lee,reactive,Email,30,F-1
        2025-07-02,Acme,Dana,reactive,Meeting,90,F-1
        2025-06-01,Initech,Lee,reactive,Call,30,
        2025-06-10,Initech,Lee,reactive,Call,30,
        2025-06-20,Initech,Lee,reactive,Meeting,60,
        """,
}


@pytest.fixture
def company(tmp_path, monkeypatch):
    for name, text in TABLES.items():
        (tmp_path / f"{name}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    monkeypatch.setenv(SAMPLE_DIR_ENV, str(tmp_path))


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_the_post_mortem_offers_the_fire_and_the_burst_and_follows_the_choice(company):
    at = open_app("cost")
    assert not at.exception, [e.message for e in at.exception]
    box = at.selectbox(key="postmortem_fire")
    assert box.options == ["F-1 · Acme", "Initech · reactive work 01 Jun 2025–20 Jun 2025"]
    # F-1: Dana 1 h × $100 + Lee 0.5 h × $60 + Dana 1.5 h × $100.
    assert _metric(at, "The fire cost") == "$280"
    keys = " ".join(chart.proto.id for chart in at.get("plotly_chart"))
    assert "cost_postmortem_timeline" in keys and "cost_postmortem_prevention" in keys
    box.set_value("Initech · reactive work 01 Jun 2025–20 Jun 2025").run()
    assert not at.exception
    assert _metric(at, "The fire cost") == "$120"  # 2 h × Lee's $60
