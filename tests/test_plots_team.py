"""The team figures: titles name the filters, targets are drawn, no infinity reaches a chart."""

from __future__ import annotations

import math

import pandas as pd

from cs_dash.charts import PLOTLY_CONFIG, PROACTIVE, REACTIVE
from cs_dash.formatting import money
from cs_dash.plots import team as plots

BY_CSM = pd.DataFrame(
    {
        "group": ["Dana", "Lee", "Ali"],
        "proactive": [2, 2, 0],
        "reactive": [2, 0, 1],
        "ratio": [1.0, None, 0.0],
        "proactive_share": [0.5, 1.0, 0.0],
        "ratio_label": ["1.00", "all proactive", "0.00"],
    }
)


def test_ratio_chart_says_all_proactive_instead_of_drawing_infinity():
    fig = plots.ratio_by_group(BY_CSM, "CSM: Dana, Lee, Ali", 2.0, "CSM")
    bar = fig.data[0]
    assert all(math.isfinite(x) for x in bar.x)
    labels = dict(zip(bar.y, bar.text, strict=True))
    assert labels["Lee"] == "all proactive"
    # below target in the reactive colour, the all-proactive bar in the proactive colour
    colours = dict(zip(bar.y, bar.marker.color, strict=True))
    assert (colours["Dana"], colours["Lee"]) == (REACTIVE, PROACTIVE)


def test_titles_name_the_filters_and_axes_carry_units():
    fig = plots.ratio_by_group(BY_CSM, "CSM: Dana · Last 90 days", 2.0, "CSM")
    assert fig.layout.title.text == "Hurtlocker ratio by CSM<br><sup>CSM: Dana · Last 90 days</sup>"
    assert fig.layout.xaxis.title.text == "Proactive ÷ reactive engagements"


def test_ratio_charts_draw_the_target_line():
    trend = BY_CSM.assign(group=pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"]), effort_ratio=None)
    fig = plots.ratio_trend(trend, "All accounts and CSMs", 2.5)
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert len(lines) == 1 and lines[0].y0 == 2.5 == lines[0].y1
    assert fig.layout.annotations[0].text == "Target 2.5"


def test_an_empty_frame_gives_a_chart_that_says_so():
    fig = plots.tag_counts(BY_CSM.iloc[0:0], "CSM: Nobody", "tier")
    assert fig.layout.annotations[0].text == "Nothing to show for these filters"
    assert "CSM: Nobody" in fig.layout.title.text


def test_png_download_is_twice_the_screen_size():
    assert PLOTLY_CONFIG["toImageButtonOptions"] == {"format": "png", "scale": 2}


def test_money_is_compact_on_tiles():
    assert money(1_238_400, "$", compact=True) == "$1.24M"
    assert money(79_680, "€", compact=True) == "€79.7k"
    assert money(None) == "–"


def test_arr_by_tier_and_band_stacks_bands_in_their_own_colours_and_tier_order():
    df = pd.DataFrame(
        {
            "tier": ["Tier 2", "Tier 1", "Tier 1"],
            "band": ["Healthy", "Healthy", "At risk"],
            "accounts": [3, 1, 1],
            "arr": [30.0, 100.0, 50.0],
        }
    )
    colours = {"Healthy": "#2E8B57", "Watch": "#E0A100", "At risk": "#C0392B"}
    fig = plots.arr_by_tier_and_band(df, "All accounts and CSMs", ["Tier 1", "Tier 2"], colours)
    assert [(t.name, t.marker.color) for t in fig.data] == [("Healthy", "#2E8B57"), ("At risk", "#C0392B")]
    assert list(fig.data[0].x) == ["Tier 1", "Tier 2"]
    assert list(fig.data[0].y) == [100.0, 30.0]


def test_account_names_from_uploads_are_escaped_on_the_axis_and_in_its_order():
    hostile = '<a href="https://phish.invalid">AT&T</a>'
    frame = BY_CSM.assign(group=[hostile, "Lee", "Ali"])
    fig = plots.tag_counts(frame, "All accounts", "account")
    escaped = '&lt;a href="https://phish.invalid"&gt;AT&amp;T&lt;/a&gt;'
    assert escaped in list(fig.data[0].y)
    assert hostile not in list(fig.data[0].y)
    # Escaped once only, however many figures are styled.
    assert not any("&amp;lt;" in str(label) for label in fig.data[0].y)
