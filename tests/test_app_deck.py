"""Charts ticked "Add to deck" on any page stay ticked across pages and make the sidebar's deck."""

from __future__ import annotations

import io

from pptx import Presentation

from tests.apptest import open_app
from tests.images import fake_png
from tests.test_app_team import tiny_sample  # noqa: F401  (fixture)


def _sidebar_texts(at) -> list[str]:
    return [t.value for t in at.sidebar.text]


def test_ticked_charts_are_kept_across_pages_and_built_into_the_deck(tiny_sample, monkeypatch):  # noqa: F811
    monkeypatch.setattr("cs_dash.deck.slide_image", fake_png)
    at = open_app("overview")
    assert not at.exception
    assert at.toggle(key="deck_ov_trend").value is False
    at.toggle(key="deck_ov_trend").set_value(True).run()
    at.switch_page("pages/cost.py").run()
    at.toggle(key="deck_cost_fires").set_value(True).run()
    assert not at.exception
    assert _sidebar_texts(at) == ["· Hurtlocker ratio per month", "· The fires that cost most"]
    at.switch_page("pages/overview.py").run()
    assert at.toggle(key="deck_ov_trend").value is True  # still ticked after visiting another page

    at.button(key="deck_file_prepare").click().run()
    (download,) = [b for b in at.get("download_button") if "deck" in b.proto.label.lower()]
    assert download.proto.label == "Download deck (PPTX)"
    deck = Presentation(io.BytesIO(at.session_state["deck_file"]["data"]))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides]
    assert titles == [
        "Customer Success executive review",
        "Headline numbers",
        "Hurtlocker ratio per month",
        "The fires that cost most",
    ]


def test_unticking_removes_the_chart(tiny_sample):  # noqa: F811
    at = open_app("overview")
    at.toggle(key="deck_ov_tiers").set_value(True).run()
    assert _sidebar_texts(at) == ["· ARR by tier and health"]
    at.toggle(key="deck_ov_tiers").set_value(False).run()
    assert _sidebar_texts(at) == []
