"""The fire post-mortem's charts: the run-up and the work on one timeline, and prevention vs cure."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cs_dash import charts
from cs_dash.charts import empty_figure, escape_text, style


def fire_timeline(
    scores: pd.DataFrame,
    signs: pd.DataFrame,
    work: pd.DataFrame,
    fire_label: str,
    scope: str,
    currency: str = "$",
) -> go.Figure:
    """Warning signs, the account's health score, and the fire's cost per day, on one date axis."""
    title = f"Fire post-mortem: {fire_label}"
    if work.empty:
        return empty_figure(title, scope, "No engagements belong to this fire")
    fig = make_subplots(
        rows=3,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.06,
        row_heights=[0.22, 0.33, 0.45],
    )
    if not signs.empty:
        fig.add_scatter(
            x=signs["date"],
            y=signs["sign"],
            mode="markers",
            marker=dict(
                symbol="diamond",
                size=13,
                color=charts.SIGN_COLOUR,
                line=dict(color=charts.SIGN_EDGE_COLOUR, width=1),
            ),
            name="Warning sign",
            customdata=[escape_text(d) for d in signs["detail"]],
            hovertemplate="%{x|%d %b %Y} · %{y}<br>%{customdata}<extra></extra>",
            row=1,
            col=1,
        )
    known = scores.dropna(subset=["score"])
    if not known.empty:
        fig.add_scatter(
            x=known["as_of"],
            y=known["score"],
            mode="lines+markers",
            line=dict(color=charts.NEUTRAL, width=2),
            name="Health score",
            hovertemplate="%{x|%d %b %Y}: score %{y:.0f}<extra></extra>",
            row=2,
            col=1,
        )
    daily = work.groupby(["date", "type"], as_index=False).agg(
        cost=("cost", "sum"), engagements=("type", "size")
    )
    for i, (kind, part) in enumerate(daily.groupby("type", sort=True)):
        fig.add_bar(
            x=part["date"],
            y=part["cost"],
            name=str(kind),
            marker_color=charts.FIRE_TYPE_COLOURS[i % len(charts.FIRE_TYPE_COLOURS)],
            customdata=part["engagements"],
            hovertemplate="%{x|%d %b %Y}: "
            + currency
            + "%{y:,.0f} · %{customdata} engagements<extra>%{fullData.name}</extra>",
            row=3,
            col=1,
        )
    first, last = min(work["date"]), max(work["date"])
    fig.add_vrect(
        x0=pd.Timestamp(first) - pd.Timedelta(hours=12),
        x1=pd.Timestamp(last) + pd.Timedelta(hours=12),
        fillcolor=charts.REACTIVE,
        opacity=0.08,
        line_width=0,
        row="all",
        col=1,
    )
    fig.update_layout(barmode="stack", showlegend=True)
    fig.update_yaxes(automargin=True)
    fig.update_yaxes(row=1, col=1, categoryorder="category descending")
    fig.update_yaxes(title_text="Health (0-100)", range=[0, 100], row=2, col=1)
    fig.update_yaxes(title_text=escape_text(f"Fire cost ({currency}/day)"), tickprefix=currency,
                     tickformat=",.0f", row=3, col=1)  # fmt: skip
    fig.update_xaxes(tickformat="%d %b %Y", row=3, col=1)
    return style(fig, title, scope, height=620)


def prevention_vs_cure(summary: dict, fire_label: str, scope: str, currency: str = "$") -> go.Figure:
    """The fire's reactive cost against what the tier's proactive programme costs for as long."""
    title = f"Prevention vs cure: {fire_label}"
    months = summary["months"]
    span = f"{months} month{'s' if months != 1 else ''}"
    if summary["prevention"] is None:
        tier = escape_text(summary["tier"] or "this account’s tier")
        return empty_figure(
            title,
            scope,
            f"No proactive programme is set for {tier}: set one under Cost of service",
            height=300,
        )
    rows = [
        (f"Prevention: the {summary['tier']} programme for {span}", summary["prevention"],
         summary["prevention_hours"], charts.PROACTIVE),
        ("Cure: the fire's reactive work", summary["cure"], summary["cure_hours"], charts.REACTIVE),
    ]  # fmt: skip
    fig = go.Figure()
    for label, amount, hours, colour in rows:
        fig.add_bar(
            x=[amount],
            y=[label],
            orientation="h",
            marker_color=colour,
            text=[f"{currency}{amount:,.0f} · {hours:,.1f} h"],
            textposition="outside",
            cliponaxis=False,
            showlegend=False,
            hovertemplate="%{y}: " + currency + "%{x:,.0f}<extra></extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=[r[0] for r in rows][::-1], automargin=True)
    largest = max(summary["prevention"], summary["cure"]) or 1.0
    fig.update_xaxes(tickprefix=currency, tickformat=",.0f", range=[0, largest * 1.5])  # room for the labels
    ratio = summary["cure_to_prevention"]
    if ratio:
        fig.add_annotation(
            text=f"The cure cost {ratio:,.1f}× the prevention",
            xref="paper", yref="paper", x=1, y=1.02, xanchor="right", yanchor="bottom", showarrow=False,
            font=dict(color=charts.NEUTRAL),
        )  # fmt: skip
    return style(fig, title, scope, f"Cost ({currency})", None, height=300)
