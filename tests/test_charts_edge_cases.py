"""Every team chart on tiny edge-case data either draws a visible mark or says why in a sentence.

The data sets are the corners a small team or a narrow filter reaches: one month, one CSM, one
account, all proactive, all reactive, every duration zero. The figures come from the real metrics
so the frames are the ones the pages draw.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import pytest

from cs_dash import charts
from cs_dash.metrics import cost, fires, health, hurtlocker, overview
from cs_dash.plots import customers
from cs_dash.plots import fires as fire_plots
from cs_dash.plots import team as plots
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 3, 1)
HEADER = "date,account,csm,tag,type,duration_min\n"
ACCOUNTS = "account,arr,csm,tier\nAcme,50000,Dana,Gold\nGlobex,20000,Lee,Silver\n"
DATA_SETS = {
    "one month": "2025-02-02,Acme,Dana,proactive,call,30\n2025-02-03,Globex,Lee,reactive,call,60\n",
    "one CSM": "2025-01-02,Acme,Dana,proactive,call,30\n2025-02-03,Globex,Dana,reactive,email,60\n",
    "one account": "2025-01-02,Acme,Dana,proactive,call,30\n2025-02-03,Acme,Lee,reactive,call,60\n",
    "all proactive": "2025-01-02,Acme,Dana,proactive,call,30\n2025-02-03,Globex,Lee,proactive,call,60\n",
    "all reactive": "2025-01-02,Acme,Dana,reactive,call,30\n2025-02-03,Globex,Lee,reactive,call,60\n",
    "all zero": "2025-01-02,Acme,Dana,proactive,call,0\n2025-02-03,Globex,Lee,reactive,call,0\n",
}


def _figures(ws) -> dict[str, go.Figure]:
    view = Scope(as_of=AS_OF)
    data = hurtlocker.page_data(ws, view, "month")
    bands = health.band_distribution(ws, view)
    colours = charts.band_colours(ws.settings.bands, health.NO_SCORE_BAND)
    tiers = overview.tier_order(ws)
    return {
        "ratio_by_group": plots.ratio_by_group(data["by_csm"], "s", 2.0, "CSM"),
        "ratio_trend": plots.ratio_trend(data["trend"], "s", 2.0),
        "share_heatmap": plots.share_heatmap(data["matrix"], "s", 0.67),
        "tag_counts": plots.tag_counts(data["by_type"], "s", "engagement type"),
        "cost_by_group": plots.cost_by_group(cost.breakdown(ws, view, "csm"), "s", "CSM"),
        "firefighting_vs_prevention": plots.firefighting_vs_prevention(cost.per_tier(ws, view), "s"),
        "top_fires": plots.top_fires(cost.fires(ws, view), "s"),
        "costliest_fires": fire_plots.costliest_fires(fires.costliest(ws, view), "s"),
        "arr_by_tier": plots.arr_by_tier(overview.arr_by_tier(ws, view), "s", tiers),
        "arr_by_tier_and_band": plots.arr_by_tier_and_band(bands, "s", tiers, colours),
    }


def _says(fig: go.Figure) -> str:
    return " ".join(note.text for note in fig.layout.annotations if note.xref == "paper")


@pytest.mark.parametrize("name", DATA_SETS)
def test_every_team_chart_draws_a_mark_or_says_why(make_ws, name):
    ws = make_ws(engagements=HEADER + DATA_SETS[name], accounts=ACCOUNTS)
    for builder, fig in _figures(ws).items():
        drawn = any(charts.trace_draws(trace) for trace in fig.data)
        assert drawn or _says(fig), f"{builder} on '{name}' draws an empty frame"
        assert not (drawn and charts.nothing_drawn(fig)), builder


def test_all_proactive_months_draw_a_share_of_100_percent(make_ws):
    ws = make_ws(engagements=HEADER + DATA_SETS["all proactive"], accounts=ACCOUNTS)
    fig = _figures(ws)["ratio_trend"]
    assert [list(trace.y) for trace in fig.data] == [[1.0, 1.0]]


def test_zero_durations_say_there_is_no_cost(make_ws):
    ws = make_ws(engagements=HEADER + DATA_SETS["all zero"], accounts=ACCOUNTS)
    fig = _figures(ws)["cost_by_group"]
    assert fig.data == () and _says(fig)


# The rule in ``charts.style`` itself, on hand-made figures.


def _styled(*traces) -> go.Figure:
    fig = go.Figure(list(traces))
    charts.add_target(fig, 2.0, "Target 2")
    return charts.style(fig, "A chart", "All accounts")


def test_a_plot_of_missing_values_says_so_instead_of_a_lone_target_line():
    fig = _styled(go.Scatter(x=["2025-01-01", "2025-02-01"], y=[None, float("nan")]))
    assert fig.data == () and fig.layout.shapes == ()
    assert _says(fig) == charts.NOTHING_TO_SHOW


def test_bars_all_zero_say_every_value_is_zero():
    fig = _styled(go.Bar(x=["Dana", "Lee"], y=[0, 0]), go.Bar(x=["Dana", "Lee"], y=[0.0, None]))
    assert _says(fig) == charts.ALL_ZERO
    horizontal = _styled(go.Bar(y=["Dana"], x=[0], orientation="h"))
    assert _says(horizontal) == charts.ALL_ZERO


def test_a_heatmap_of_gaps_and_a_hidden_trace_say_nothing_to_show():
    assert _says(_styled(go.Heatmap(z=[[None, None]]))) == charts.NOTHING_TO_SHOW
    assert _says(_styled(go.Scatter(x=[1], y=[1], visible="legendonly"))) == charts.NOTHING_TO_SHOW


@pytest.mark.parametrize(
    "trace",
    [
        go.Scatter(x=["2025-01-01"], y=[0.0]),  # a ratio of 0 is a value
        go.Bar(x=["Dana", "Lee"], y=[0, 3]),  # one bar is enough
        go.Bar(y=["Dana"], x=[5], orientation="h"),
        go.Heatmap(z=[[None, 0.4]]),
        go.Pie(labels=["a"], values=[1]),
        go.Histogram(x=[1, 2]),
        go.Scatter(x=["Jan", "Feb"], y=["Acme", None]),  # names on both axes
    ],
)
def test_the_rule_does_not_fire_on_a_figure_that_draws_a_mark(trace):
    fig = _styled(trace)
    assert len(fig.data) == 1 and not _says(fig)
    assert len(fig.layout.shapes) == 1  # the target line kept


def test_a_builder_that_says_why_keeps_its_own_words():
    fig = go.Figure()
    fig.add_annotation(text="No account was active", xref="paper", yref="paper", x=0.5, y=0.5)
    assert _says(charts.style(fig, "A chart", "All accounts")) == "No account was active"


def test_arr_by_tier_and_band_names_a_lone_band_in_its_legend():
    bands = pd.DataFrame(
        {"tier": ["Gold", "Silver"], "band": ["Healthy", "Healthy"], "arr": [5.0, 2.0], "accounts": [1, 1]}
    )
    colours = {"Healthy": "#2E8B57", "At risk": "#C0392B"}
    fig = plots.arr_by_tier_and_band(bands, "s", ["Gold", "Silver"], colours)
    assert [trace.name for trace in fig.data] == ["Healthy"] and fig.layout.showlegend is True
    mix = customers.band_mix(bands, "s", colours, ["Gold", "Silver"])
    assert [trace.name for trace in mix.data] == ["Healthy"] and mix.layout.showlegend is True


def test_arr_axes_of_the_customer_charts_carry_the_currency_in_short_ticks():
    tiers = pd.DataFrame({"tier": ["Gold"], "arr": [6_200_000.0], "accounts": [27]})
    fig = customers.tier_arr(tiers, "s", {"Gold": "#1F3A93"}, "€")
    assert (fig.layout.yaxis.tickprefix, fig.layout.yaxis.tickformat) == ("€", "~s")
    bands = pd.DataFrame({"tier": ["Gold"], "band": ["Healthy"], "arr": [5.0], "accounts": [1]})
    mix = customers.band_mix(bands, "s", {"Healthy": "#2E8B57"}, ["Gold"], value="arr", currency="€")
    assert (mix.layout.xaxis.tickprefix, mix.layout.xaxis.tickformat) == ("€", "~s")
    # counts are not money: the accounts view has no currency on its axis
    counts = customers.band_mix(bands, "s", {"Healthy": "#2E8B57"}, ["Gold"], currency="€")
    assert counts.layout.xaxis.tickprefix is None
