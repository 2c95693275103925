"""Downloadable HTML documents escape every user string and carry their charts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from cs_dash.report import Kpi, Section, build_html
from tests.images import fake_png


def test_user_text_is_escaped_everywhere():
    evil = "<script>alert(1)</script>![](http://x/p.png)"
    doc = build_html(
        evil,
        evil,
        [Kpi(evil, evil, evil)],
        [Section(evil, evil, tables=[pd.DataFrame({"account": [evil]})])],
        generated_on=dt.date(2026, 1, 2),
        render=fake_png,
    )
    assert "<script>alert(1)" not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "Prepared with cs-dash on 2026-01-02." in doc


def test_every_figure_is_an_image_and_no_plotly_script_is_embedded():
    figs = [
        go.Figure(go.Bar(x=[1], y=[2]), layout_title_text=f"Chart {i}<br><sup>CSM: A&amp;B</sup>")
        for i in range(3)
    ]
    doc = build_html("t", "s", [], [Section("charts", figures=figs)], render=fake_png)
    assert doc.count("<img class='chart'") == 3
    assert doc.count("data:image/png;base64,") == 3
    assert "alt='Chart 2 (CSM: A&amp;B)'" in doc
    assert "plotly.js" not in doc and "Plotly.newPlot" not in doc
    assert len(doc) < 20_000
