"""Metric tiles show names from uploads and settings files as text: no image, link or HTML gets through."""

from __future__ import annotations

import pytest

from cs_dash.settings import Settings, dumps_toml
from tests.apptest import open_app

PIXEL = "![p](http://tracker.invalid/p.png)"
LINK = "[click](http://tracker.invalid/)"


def _tiles(at) -> list[str]:
    return [str(part) for m in at.metric for part in (m.label, m.value, m.delta) if part is not None]


def _assert_inert(texts: list[str]) -> None:
    assert texts
    for text in texts:
        assert "![" not in text and "](" not in text and "<b>" not in text, text


@pytest.fixture
def hostile_company(tmp_path, monkeypatch):
    (tmp_path / "engagements.csv").write_text(
        "date,account,csm,tag,duration_min\n"
        f'2025-06-01,Acme,"{PIXEL} <b>Eve</b>",proactive,30\n'
        f'2025-06-02,Acme,"{PIXEL} <b>Eve</b>",reactive,30\n',
        encoding="utf-8",
    )
    (tmp_path / "accounts.csv").write_text(
        f'account,arr,csm,renewal_date\nAcme,1000,"{PIXEL} <b>Eve</b>",2025-07-01\n', encoding="utf-8"
    )
    monkeypatch.setenv("CS_DASH_SAMPLE_DIR", str(tmp_path))


def test_the_owner_csm_tile_on_the_account_page_is_text(hostile_company):
    at = open_app("account")
    assert not at.exception
    owner = next(m for m in at.metric if m.label == "Owner CSM")
    assert owner.value == "\\!\\[p\\]\\(http\\://tracker.invalid/p.png\\) \\<b\\>Eve\\</b\\>"
    _assert_inert(_tiles(at))


@pytest.mark.parametrize("page", ["overview", "renewals", "cost", "health", "outcomes"])
def test_tier_band_and_currency_names_from_a_settings_file_are_text(page):
    settings = Settings()
    settings.currency = PIXEL
    renamed = {old: f"{LINK} {old}" for old in settings.tiers.names}
    settings.tiers.names = list(renamed.values())
    for touch in settings.programme:
        touch.tier = renamed[touch.tier]
    settings.tier_weights = {renamed[t]: w for t, w in settings.tier_weights.items()}
    for band in settings.bands:
        band.name = f"<b>{band.name}</b> {PIXEL}"
    at = open_app("settings")
    at.file_uploader(key="settings_upload").set_value(
        ("mine.toml", dumps_toml(settings).encode(), "application/toml")
    )
    at.run()
    assert not at.exception
    assert at.session_state["settings_version"] == 1
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception
    _assert_inert(_tiles(at))
