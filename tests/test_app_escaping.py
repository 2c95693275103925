"""Names from uploads are shown as text on every page, never rendered as markdown or HTML."""

from __future__ import annotations

import pytest

from tests.apptest import open_app

PIXEL_CSM = "![pixel](http://tracker.invalid/p.png) <b>Eve</b>"
PAGES = ("overview", "proactive_reactive", "cost", "renewals", "health", "onboarding", "outcomes", "plans")


@pytest.fixture
def company_with_a_hostile_csm_name(tmp_path, monkeypatch):
    (tmp_path / "engagements.csv").write_text(
        "date,account,csm,tag,duration_min\n"
        f'2025-06-01,Acme,"{PIXEL_CSM}",proactive,30\n'
        f'2025-06-02,Acme,"{PIXEL_CSM}",reactive,30\n',
        encoding="utf-8",
    )
    (tmp_path / "accounts.csv").write_text(
        f'account,arr,csm,renewal_date\nAcme,1000,"{PIXEL_CSM}",2025-07-01\n', encoding="utf-8"
    )
    monkeypatch.setenv("CS_DASH_SAMPLE_DIR", str(tmp_path))


@pytest.mark.parametrize("page", PAGES)
def test_a_csm_name_with_markdown_is_escaped_in_every_caption(company_with_a_hostile_csm_name, page):
    at = open_app(page)
    at.multiselect(key="f_csm").set_value([PIXEL_CSM]).run()
    assert not at.exception
    texts = [c.value for c in at.caption] + [m.value for m in at.markdown] + [i.value for i in at.info]
    assert any("pixel" in t for t in texts), texts
    for text in texts:
        assert "![pixel](" not in text and "<b>Eve" not in text, text
