"""Names in charts show as themselves: HTML escaped once, quotes left as quotes, hovers included."""

from __future__ import annotations

import pandas as pd

from cs_dash.plots import customers

HOSTILE_BAND = '<a href="https://phish.invalid">Risk</a>'
HOSTILE_TIER = "<img src=x> Tier"
HOSTILE_CURRENCY = "<b>€</b>"


def test_a_quote_in_a_scorecard_label_is_a_quote_not_an_entity():
    df = pd.DataFrame(
        {"label": ['Logins "last 30 days" <b>'], "score": [50.0], "weight": [1.0], "points_lost": [2.0]}
    )
    fig = customers.breakdown_bars(df, "All accounts", 'Acme "Co"', lambda s: "#000000")
    assert list(fig.data[0].y) == ['Logins "last 30 days" &lt;b&gt;']
    assert fig.layout.title.text.startswith('Scorecard: Acme "Co"<br>')


def test_band_tier_and_currency_names_are_escaped_in_hovers_and_axis_titles():
    df = pd.DataFrame({"tier": [HOSTILE_TIER], "band": [HOSTILE_BAND], "accounts": [3], "arr": [300.0]})
    fig = customers.band_mix(df, "All", {HOSTILE_BAND: "#C0392B"}, [HOSTILE_TIER], "arr", HOSTILE_CURRENCY)
    hover = fig.data[0].hovertemplate
    assert "<a " not in hover and "<b>€" not in hover
    assert '&lt;a href="https://phish.invalid"&gt;Risk&lt;/a&gt;' in hover
    assert "&lt;b&gt;€&lt;/b&gt;%{x:,.0f}" in hover
    assert fig.layout.xaxis.title.text == "ARR (&lt;b&gt;€&lt;/b&gt;)"
    assert fig.data[0].name == '&lt;a href="https://phish.invalid"&gt;Risk&lt;/a&gt;'
