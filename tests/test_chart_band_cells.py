"""Stacked bar charts (a trace per band or tier, a bar per tier or window) read their cells in one pass."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cs_dash.charts import layout_axes, stacked_cells, style
from cs_dash.plots import customers
from cs_dash.plots import team as plots

COLOURS = {"Healthy": "#2E8B57", "Watch": "#E0A100", "At risk": "#C0392B", "No score": "#B0B0B0"}


def test_each_band_lists_its_sum_per_tier_in_tier_order():
    df = pd.DataFrame(
        {
            "tier": ["Gold", "Silver", "Gold", "Gold", "Bronze", "Gold"],
            "band": ["Healthy", "Healthy", "At risk", "Healthy", "Unknown band", "Watch"],
            "accounts": [2, 5, 1, 1, 9, 3],
            "arr": [200.0, 50.0, 80.0, 100.0, 7.0, math.nan],
        }
    )
    cells = stacked_cells(df, "band", COLOURS, "tier", ["Gold", "Silver", "Bronze"], ("arr", "accounts"))
    # Healthy Gold appears twice: 200 + 100 ARR and 2 + 1 accounts. Silver has no At risk row: None.
    assert cells["Healthy"] == {"arr": [300.0, 50.0, None], "accounts": [3.0, 5.0, None]}
    assert cells["At risk"] == {"arr": [80.0, None, None], "accounts": [1.0, None, None]}
    # A missing amount stays missing; the band's accounts still count.
    assert cells["Watch"] == {"arr": [None, None, None], "accounts": [3.0, None, None]}
    assert "Unknown band" not in cells  # not one of the chart's bands
    assert "No score" not in cells  # no rows


def test_a_tier_outside_the_order_is_left_out():
    df = pd.DataFrame({"tier": ["Gold", "Lead"], "band": ["Watch", "Watch"], "arr": [10.0, 4.0]})
    assert stacked_cells(df, "band", COLOURS, "tier", ["Gold"], ("arr",)) == {"Watch": {"arr": [10.0]}}


def test_arr_chart_leaves_out_bands_without_arr_and_fills_missing_tiers():
    df = pd.DataFrame(
        {
            "tier": ["Tier 2", "Tier 1", "Tier 1", "Tier 2"],
            "band": ["Healthy", "Healthy", "At risk", "Watch"],
            "accounts": [3, 1, 1, 4],
            "arr": [30.0, 100.0, 50.0, 0.0],
        }
    )
    fig = plots.arr_by_tier_and_band(df, "All accounts and CSMs", ["Tier 1", "Tier 2"], COLOURS)
    # Watch has accounts but no ARR: an ARR chart has nothing to stack for it.
    assert [t.name for t in fig.data] == ["Healthy", "At risk"]
    assert list(fig.data[1].x) == ["Tier 1", "Tier 2"]
    assert list(fig.data[1].y) == [50.0, None]
    assert list(fig.data[1].customdata) == [1.0, 0]


def test_band_mix_counts_accounts_per_tier_from_the_bottom_up():
    df = pd.DataFrame(
        {
            "tier": ["Tier 1", "Tier 2", "Tier 2"],
            "band": ["Healthy", "Healthy", "At risk"],
            "accounts": [2, 5, 1],
            "arr": [10.0, 20.0, 30.0],
        }
    )
    fig = customers.band_mix(df, "All", COLOURS, ["Tier 1", "Tier 2"], "accounts")
    assert [t.name for t in fig.data] == ["Healthy", "At risk"]
    assert list(fig.data[0].y) == ["Tier 2", "Tier 1"]  # the first tier on top of a horizontal chart
    assert list(fig.data[0].x) == [5.0, 2.0]
    assert list(fig.data[1].x) == [1.0, 0]


def test_style_titles_every_axis_of_a_figure_with_subplots():
    fig = make_subplots(rows=1, cols=11)  # axes "xaxis" … "xaxis11": the tenth sorts after the ninth
    assert [a.plotly_name for a in layout_axes(fig, "xaxis")] == [a.plotly_name for a in fig.select_xaxes()]
    style(fig, "Title", "All", x_title="Month", y_title="ARR (<b>€</b>)")
    assert {a.title.text for a in fig.select_xaxes()} == {"Month"}
    assert {a.title.text for a in fig.select_yaxes()} == {"ARR (&lt;b&gt;€&lt;/b&gt;)"}
    assert fig.layout.title.text == "Title<br><sup>All</sup>"
    assert fig.layout.template.layout.font.family.startswith("Inter")  # the house template


def test_a_one_plot_figure_has_one_axis_each_way():
    fig = go.Figure(go.Bar(x=["a"], y=[1]))
    assert [a.plotly_name for a in layout_axes(fig, "yaxis")] == ["yaxis"]


def test_renewal_windows_stack_tiers_and_fill_empty_windows_with_zero():
    df = pd.DataFrame(
        {
            "window": ["30", "90", "90", "overdue"],
            "tier": ["Tier 1", "Tier 1", "Tier 2", "Tier 2"],
            "accounts": [1, 2, 1, 3],
            "arr": [100.0, 250.0, 40.0, 60.0],
        }
    )
    colours = {"Tier 1": "#1F3A93", "Tier 2": "#4A78C2"}
    fig = customers.windows_by_tier(df, "All", colours, ["Tier 1", "Tier 2", "Tier 3"])
    assert [t.name for t in fig.data] == ["Tier 1", "Tier 2"]  # Tier 3 has no renewals
    # Windows in order: overdue, 30, 60, 90, 180, 365.
    assert list(fig.data[0].y) == [0.0, 100.0, 0.0, 250.0, 0.0, 0.0]
    assert list(fig.data[1].customdata) == [3, 0, 0, 1, 0, 0]
