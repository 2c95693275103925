"""The Hurtlocker ratio per period draws what the data means when some periods have no ratio.

A period with no reactive work has no ratio (proactive ÷ 0); a line through such periods alone
drew an empty plot with only the target line.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.plots import team as plots


def _trend(proactive: list[int], reactive: list[int], months: list[str] | None = None) -> pd.DataFrame:
    """A trend frame as ``hurtlocker.trend`` gives it, worked out from the counts."""
    months = months or [f"2025-{n + 1:02d}-01" for n in range(len(proactive))]
    rows = []
    for month, p, r in zip(months, proactive, reactive, strict=True):
        ratio = p / r if r else None
        label = f"{ratio:.2f}" if ratio is not None else ("all proactive" if p else "no tagged work")
        share = p / (p + r) if p + r else None
        rows.append((pd.Timestamp(month), p, r, ratio, None, share, label))
    columns = ["group", "proactive", "reactive", "ratio", "effort_ratio", "proactive_share", "ratio_label"]
    return pd.DataFrame(rows, columns=columns)


def _ys(fig) -> list[list]:
    return [list(trace.y) for trace in fig.data]


def test_every_month_all_proactive_draws_a_proactive_share_of_100_percent():
    fig = plots.ratio_trend(_trend([3, 1], [0, 0]), "All accounts", 2.0)
    assert _ys(fig) == [[1.0, 1.0]]
    assert fig.data[0].type == "bar"
    assert "Proactive share per month" in fig.layout.title.text
    # the ratio target 2 : 1 is a proactive share of 2/3
    assert fig.layout.shapes[0].y0 == 2 / 3
    assert fig.layout.annotations[0].text == "Target 2 : 1 = 67% proactive"


def test_a_week_all_proactive_says_week_and_keeps_its_bar_wide():
    fig = plots.ratio_trend(_trend([2], [0], ["2025-03-03"]), "All accounts", 2.0, period="week")
    assert "Proactive share per week" in fig.layout.title.text
    assert fig.data[0].width > 24 * 3600 * 1000  # wider than a day on the date axis


def test_months_without_a_ratio_are_marked_all_proactive_above_the_line():
    # Jan 2/1 = 2.0, Feb 4 proactive none reactive, Mar 1/2 = 0.5
    fig = plots.ratio_trend(_trend([2, 4, 1], [1, 0, 2]), "All accounts", 3.0)
    line, marks = fig.data
    assert [y for y in line.y if y == y] == [2.0, 0.5]
    assert list(marks.x) == [pd.Timestamp("2025-02-01")]
    assert list(marks.text) == ["all proactive"]
    assert marks.y[0] > 3.0  # above the target and every ratio
    assert marks.y[0] < fig.layout.yaxis.range[1]


def test_all_reactive_draws_a_ratio_of_zero_above_the_axis_line():
    fig = plots.ratio_trend(_trend([0, 0], [1, 3]), "All accounts", 2.0)
    assert _ys(fig) == [[0.0, 0.0]]
    assert list(fig.data[0].text) == ["0.00", "0.00"]
    assert fig.layout.yaxis.range[0] < 0


def test_one_month_has_one_month_tick_not_hours():
    fig = plots.ratio_trend(_trend([1], [1], ["2025-02-01"]), "All accounts", 2.0)
    assert _ys(fig) == [[1.0]]
    assert fig.layout.xaxis.tickformat == "%b %Y"
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert low < pd.Timestamp("2025-02-01") < high
    assert pd.Timedelta(days=20) < high - low < pd.Timedelta(days=40)


def test_a_ratio_in_every_month_draws_no_all_proactive_marks():
    fig = plots.ratio_trend(_trend([2, 3], [1, 1]), "All accounts", 2.0)
    assert [trace.name for trace in fig.data] == ["By count"]
    assert fig.layout.yaxis.range[0] == 0


def test_months_with_only_untagged_work_say_so_in_a_sentence():
    fig = plots.ratio_trend(_trend([0, 0], [0, 0]), "All accounts", 2.0)
    assert fig.data == ()
    assert fig.layout.annotations[0].text == plots.NO_TAGGED_WORK
