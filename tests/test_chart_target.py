"""The target line: where plotly's own add_hline / add_vline would draw it on a one-plot figure."""

import plotly.graph_objects as go

from cs_dash.charts import TARGET_COLOUR, add_target

LINE = dict(color=TARGET_COLOUR, width=2, dash="dash")


def _figure() -> go.Figure:
    return go.Figure(go.Scatter(x=[1, 2, 3], y=[1.0, 2.5, 1.5]))


def test_a_horizontal_target_matches_add_hline():
    ours = add_target(_figure(), 2.0, "Target 2")
    theirs = _figure().add_hline(
        y=2.0, line=LINE, annotation_text="Target 2", annotation_position="top left",
        annotation_font_color=TARGET_COLOUR,
    )  # fmt: skip
    assert ours.layout.shapes == theirs.layout.shapes
    assert ours.layout.annotations == theirs.layout.annotations
    assert ours.layout.shapes[0].y0 == 2.0 and ours.layout.shapes[0].xref == "x domain"


def test_a_vertical_target_matches_add_vline():
    ours = add_target(_figure(), 1.5, "Target 1.5", axis="x")
    theirs = _figure().add_vline(
        x=1.5, line=LINE, annotation_text="Target 1.5", annotation_position="top right",
        annotation_font_color=TARGET_COLOUR, annotation_yanchor="bottom",
    )  # fmt: skip
    assert ours.layout.shapes == theirs.layout.shapes
    assert ours.layout.annotations == theirs.layout.annotations


def test_no_target_draws_nothing():
    assert add_target(_figure(), None, "").layout.shapes == ()
