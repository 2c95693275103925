"""Figures of one account's page and of the scorecard shared with the customer."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from cs_dash.charts import NEUTRAL, PROACTIVE, REACTIVE, TIER_COLOURS, style


def engagements_by_month(months: pd.DataFrame, account: str) -> go.Figure:
    """Stacked monthly proactive and reactive engagements of one account."""
    fig = go.Figure(
        [
            go.Bar(x=months["month"], y=months["proactive"], name="Proactive", marker_color=PROACTIVE),
            go.Bar(x=months["month"], y=months["reactive"], name="Reactive", marker_color=REACTIVE),
        ]
    )
    fig.update_layout(barmode="stack")
    return style(fig, "Engagements per month", account, x_title="Month", y_title="Engagements")


def active_users_by_month(months: pd.DataFrame, account: str, seats: float | None) -> go.Figure:
    """Monthly active users against the seats purchased."""
    fig = go.Figure(
        go.Scatter(
            x=months["month"],
            y=months["active_users"],
            mode="lines+markers",
            name="Active users",
            line=dict(color=TIER_COLOURS[0], width=3),
        )
    )
    if seats:
        fig.add_hline(
            y=seats,
            line_dash="dash",
            line_color=NEUTRAL,
            annotation_text=f"{seats:,.0f} seats purchased",
            annotation_position="top left",
        )
    return style(fig, "Active users per month", account, x_title="Month", y_title="Active users")
