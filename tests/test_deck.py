"""The executive deck: one title slide, the headline tiles, one slide per chart, in words."""

from __future__ import annotations

import datetime as dt
import io
import re

import plotly.graph_objects as go
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cs_dash.charts import style
from cs_dash.deck import Slide, build_deck
from cs_dash.exec_summary import Chart, executive_deck
from cs_dash.report import Kpi
from cs_dash.scope import Scope
from tests.images import fake_png
from tests.test_exec_summary import AS_OF, _company

RAW_VALUE = re.compile(r"\d+\.\d{3,}|\b(nan|None|NaT)\b|_[a-z]+_|[a-z]+_[a-z]+")


def _slides(data: bytes):
    return list(Presentation(io.BytesIO(data)).slides)


def _texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def _pictures(slide) -> list:
    return [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_a_slide_per_chart_titled_with_what_and_the_filters():
    figs = [
        style(go.Figure(go.Bar(x=["A"], y=[1])), f"Chart {i}", "CSM: Dana & Lee", y_title="n")
        for i in range(3)
    ]
    data = build_deck(
        "Review",
        "CSM: Dana & Lee · as of 30 Jun 2025",
        [Kpi("Hurtlocker ratio", "3.00", "target 2")],
        [Slide(f, f"Definition {i}") for i, f in enumerate(figs)],
        as_of=dt.date(2025, 6, 30),
        render=fake_png,
    )
    slides = _slides(data)
    # Title, headline numbers, then the three charts.
    assert len(slides) == 5
    assert _texts(slides[0]) == ["Review", "CSM: Dana & Lee · as of 30 Jun 2025"]
    assert _texts(slides[1])[0] == "Headline numbers"
    assert "Hurtlocker ratio\n3.00\ntarget 2" in _texts(slides[1])
    for i, slide in enumerate(slides[2:]):
        # The title is unescaped text, not Plotly's HTML ("&amp;", "<br>").
        assert _texts(slide) == [f"Chart {i}", "CSM: Dana & Lee · as of 30 Jun 2025"]
        assert len(_pictures(slide)) == 1
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == f"Definition {i}\nFilters: CSM: Dana & Lee. As of 30 Jun 2025."


def test_pictures_are_drawn_without_their_title_which_the_slide_carries():
    drawn = []

    def render(fig):
        drawn.append(fig.layout.title.text)
        return fake_png(fig)

    fig = style(go.Figure(go.Bar(x=["A"], y=[1])), "ARR by tier", "All accounts and CSMs")
    build_deck("Review", "x", [], [Slide(fig)], render=render)
    assert drawn == [""]
    assert fig.layout.title.text.startswith("ARR by tier")  # the caller's figure is left alone


@pytest.fixture
def company(make_ws):
    return _company(make_ws)


def test_the_workspace_deck_carries_the_overview_tiles_and_charts(company):
    slides = _slides(executive_deck(company, Scope(as_of=AS_OF), render=fake_png))
    assert len(slides) == 4
    assert _texts(slides[0])[1] == "All accounts and CSMs · as of 30 Jun 2025"
    tiles = _texts(slides[1])[2:]
    # Worked by hand in test_exec_summary: ratio 3.00, 75 % proactive, $400 cost, 25 % firefighting.
    assert tiles[:4] == [
        "Hurtlocker ratio\n3.00\ntarget 2 : 1",
        "Proactive share\n75%\nof tagged engagements",
        "CS cost\n$400\nhours × hourly rate",
        "Firefighting share\n25%\nreactive cost ÷ cost",
    ]
    assert [_texts(s)[0] for s in slides[2:]] == ["Hurtlocker ratio per month", "ARR by tier and health"]
    for slide in slides:
        for text in _texts(slide):
            assert not RAW_VALUE.search(text), text


def test_ticked_charts_replace_the_overview_charts(company):
    fig = style(go.Figure(go.Bar(x=["A"], y=[1])), "Cost per account", "CSM: Dana")
    slides = _slides(
        executive_deck(company, Scope(as_of=AS_OF), [Chart(fig, "Hours × rate.")], render=fake_png)
    )
    assert [_texts(s)[0] for s in slides] == [
        "Customer Success executive review",
        "Headline numbers",
        "Cost per account",
    ]
    assert slides[2].notes_slide.notes_text_frame.text.startswith("Hours × rate.")
