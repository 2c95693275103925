"""Outcome charts: the bridge's bars add up, and retention lines stay inside their axis."""

from __future__ import annotations

import pandas as pd

from cs_dash.plots import outcomes as plots


def test_the_bridge_draws_start_the_four_moves_and_end():
    row = dict(
        period_start=pd.Timestamp("2025-01-01"), partial=False,
        start_arr=150.0, new=30.0, expansion=20.0, contraction=10.0, churn=0.0, end_arr=190.0,
    )  # fmt: skip
    fig = plots.revenue_bridge(row, "All accounts and CSMs", "quarter")
    bars = fig.data[0]
    assert list(bars.x) == ["Start ARR", "New", "Expansion", "Contraction", "Churn", "End ARR"]
    assert list(bars.y) == [150.0, 30.0, 20.0, -10.0, -0.0, 190.0]
    assert list(bars.text) == ["$150", "+$30", "+$20", "−$10", "−$0", "$190"]
    assert fig.layout.title.text.startswith("Revenue bridge, Q1 2025")
    # The tallest point (150 + 30 + 20 = 200) fits under the axis' top.
    assert fig.layout.yaxis.range[1] >= 200


def _retention(grr, nrr, churn):
    n = len(grr)
    return pd.DataFrame(
        {
            "period_start": pd.date_range("2025-01-01", periods=n, freq="QS"),
            "partial": [False] * (n - 1) + [True],
            "grr": grr,
            "nrr": nrr,
            "logo_churn": churn,
            "accounts_lost": [1] * n,
            "accounts_at_start": [20] * n,
        }
    )


def test_grr_and_nrr_share_one_axis_that_holds_every_point():
    df = _retention([0.81, 0.93, 0.97], [1.04, 1.17, 0.88], [0.05, 0.02, 0.1])
    fig = plots.grr_nrr(df, "All", "quarter")
    assert {t.name for t in fig.data} == {"GRR", "NRR"}
    assert all(t.yaxis in (None, "y") for t in fig.data)  # no second axis
    low, high = fig.layout.yaxis.range
    assert (low, high) == (75, 120)  # 81 - 2 floored to 75; 117 + 2 raised to 120
    for trace in fig.data:
        assert all(low < y < high for y in trace.y)


def test_logo_churn_has_its_own_axis_from_zero():
    df = _retention([0.9] * 3, [1.0] * 3, [0.05, 0.02, 0.125])
    fig = plots.logo_churn(df, "All", "quarter")
    assert fig.layout.yaxis.range == (0, 15)  # 12.5 % × 1.2 = 15
    assert max(fig.data[0].y) < 15
