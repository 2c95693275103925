"""Every chart the user can add to the deck has a definition for its speaker notes, and a title that
says what it shows and for which filters."""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import plotly.graph_objects as go
import pytest
from pptx import Presentation

from cs_dash.definitions import CHART_DEFINITIONS, chart_definition
from tests.apptest import open_app
from tests.images import fake_png
from tests.test_app_team import tiny_sample  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[1]


def _chart_calls() -> list[tuple[str, int, dict[str, ast.expr]]]:
    """Every ``render.chart(...)`` call in the pages: file, line and its keyword arguments."""
    calls = []
    for path in sorted((ROOT / "pages").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "chart"
                and getattr(func.value, "id", "") == "render"
            ):
                calls.append((path.name, node.lineno, {k.arg: k.value for k in node.keywords}))
    return calls


def test_every_chart_on_every_page_has_a_key_and_a_definition():
    calls = _chart_calls()
    assert len(calls) > 40
    for name, line, kwargs in calls:
        assert isinstance(kwargs.get("key"), ast.Constant), f"{name}:{line}: a chart without a constant key"
        key = kwargs["key"].value
        assert "definition" in kwargs or chart_definition(key), f"{name}:{line}: {key} has no definition"


def test_the_list_has_no_definition_for_a_chart_that_does_not_exist():
    keys = {kwargs["key"].value for _, _, kwargs in _chart_calls()}
    assert set(CHART_DEFINITIONS) - keys == set()
    assert all(len(text) > 40 and text.endswith((".", ")")) for text in CHART_DEFINITIONS.values())


def test_a_chart_ticked_without_its_own_definition_carries_the_listed_one_into_the_notes(
    tiny_sample,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr("cs_dash.deck.slide_image", fake_png)
    at = open_app("cost")
    at.toggle(key="deck_cost_by_type").set_value(True).run()
    at.switch_page("pages/proactive_reactive.py").run()
    at.toggle(key="deck_pvr_heatmap").set_value(True).run()
    assert not at.exception
    at.button(key="deck_file_prepare").click().run()
    deck = Presentation(io.BytesIO(at.session_state["deck_file"]["data"]))
    slides = list(deck.slides)[2:]
    assert [s.shapes.title.text for s in slides] == [
        "Cost of service by engagement type",
        "Proactive share by CSM and month",
    ]
    for slide, key in zip(slides, ("cost_by_type", "pvr_heatmap"), strict=True):
        notes = slide.notes_slide.notes_text_frame.text.split("\n")
        assert notes[0] == CHART_DEFINITIONS[key]
        assert notes[1].startswith("Filters: All accounts and CSMs") and "As of " in notes[1]
        scope_line = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame][1]
        assert scope_line.startswith("All accounts and CSMs") and " · as of " in scope_line


@pytest.mark.parametrize("page", ["overview", "proactive_reactive", "cost", "renewals", "health"])
def test_every_chart_title_says_what_and_for_which_filters(tiny_sample, page):  # noqa: F811
    at = open_app(page)
    assert not at.exception
    charts = at.get("plotly_chart")
    assert charts
    for chart in charts:
        title = go.Figure(json.loads(chart.proto.spec)).layout.title.text or ""
        what, _, scope = title.partition("<br><sup>")
        assert what.strip() and scope.removesuffix("</sup>").strip(), title
