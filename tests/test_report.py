"""Downloadable HTML documents escape every user string and carry their charts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from cs_dash.report import Kpi, Section, build_html


def test_user_text_is_escaped_everywhere():
    evil = "<script>alert(1)</script>![](http://x/p.png)"
    doc = build_html(
        evil,
        evil,
        [Kpi(evil, evil, evil)],
        [Section(evil, evil, tables=[pd.DataFrame({"account": [evil]})])],
        generated_on=dt.date(2026, 1, 2),
    )
    assert "<script>alert(1)" not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "Prepared with cs-dash on 2026-01-02." in doc


def test_plotly_script_is_embedded_once_for_many_figures():
    figs = [go.Figure(go.Bar(x=[1], y=[2])) for _ in range(3)]
    doc = build_html("t", "s", [], [Section("charts", figures=figs)])
    assert doc.count("plotly.js v") == 1
    assert doc.count("Plotly.newPlot") == 3
