"""Outcome charts a VP reads at a glance: the revenue bridge and retention on one percentage axis."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from cs_dash.charts import AXIS_COLOUR, NEUTRAL, PROACTIVE, REACTIVE, TARGET_COLOUR, empty_figure, style
from cs_dash.plots.drivers import RETENTION_COLOURS

BRIDGE_STEPS = (
    ("new", "New", 1),
    ("expansion", "Expansion", 1),
    ("contraction", "Contraction", -1),
    ("churn", "Churn", -1),
)


def period_label(start, grain: str) -> str:
    start = pd.Timestamp(start)
    if grain == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return f"{start:%b %Y}"


def revenue_bridge(row: dict, scope: str, grain: str, currency: str = "$", height: int = 420) -> go.Figure:
    """One period's bridge as a waterfall: start ARR, the four moves, end ARR."""
    label = period_label(row["period_start"], grain)
    title = f"Revenue bridge, {label}" + (" (not over yet)" if row.get("partial") else "")
    names = ["Start ARR"] + [name for _, name, _ in BRIDGE_STEPS] + ["End ARR"]
    values = [row["start_arr"]] + [sign * row[col] for col, _, sign in BRIDGE_STEPS] + [row["end_arr"]]
    texts = [f"{currency}{row['start_arr']:,.0f}"]
    texts += [f"{'+' if sign > 0 else '−'}{currency}{row[col]:,.0f}" for col, _, sign in BRIDGE_STEPS]
    texts.append(f"{currency}{row['end_arr']:,.0f}")
    fig = go.Figure(
        go.Waterfall(
            x=names,
            y=values,
            measure=["absolute", "relative", "relative", "relative", "relative", "total"],
            text=texts,
            textposition="outside",
            cliponaxis=False,
            increasing_marker_color=PROACTIVE,
            decreasing_marker_color=REACTIVE,
            totals_marker_color=NEUTRAL,
            connector_line_color=AXIS_COLOUR,
            hovertemplate="%{x}: %{text}<extra></extra>",
            showlegend=False,
        )
    )
    top = max(row["start_arr"], row["end_arr"], row["start_arr"] + row["new"] + row["expansion"])
    low = min(row["start_arr"], row["end_arr"], row["start_arr"] - row["contraction"] - row["churn"])
    # The moves are small against ARR: start the axis below the lowest point so they can be read.
    bottom = max(0.0, low - (top - low) * 1.5) if top > low else 0.0
    fig.update_yaxes(tickprefix=currency, tickformat="~s", range=[bottom, top + (top - bottom) * 0.12 or 1])
    return style(fig, title, scope, None, f"ARR ({currency})", height=height)


def _percent_range(values: pd.Series) -> list[float]:
    """An axis from a round number below the lowest value to one above the highest, 100 % in view."""
    low = min(float(values.min()), 100.0)
    high = max(float(values.max()), 100.0)
    return [math.floor((low - 2) / 5) * 5, math.ceil((high + 2) / 5) * 5]


def grr_nrr(df: pd.DataFrame, scope: str, grain: str = "quarter", height: int = 380) -> go.Figure:
    """GRR and NRR per period as two lines on one percentage axis that holds every point."""
    title = "Gross and net revenue retention"
    shown = df.dropna(subset=["grr", "nrr"])
    if shown.empty:
        return empty_figure(title, scope, "No account was active at the start of any period", height)
    symbols = ["circle-open" if partial else "circle" for partial in shown["partial"]]
    fig = go.Figure()
    for col, label in (("nrr", "NRR"), ("grr", "GRR")):
        fig.add_scatter(
            x=shown["period_start"],
            y=shown[col] * 100,
            name=label,
            mode="lines+markers",
            marker_symbol=symbols,
            marker_size=8,
            line=dict(color=RETENTION_COLOURS[col], width=3),
            hovertemplate=f"%{{x|%b %Y}}: {label} %{{y:.1f}} %<extra></extra>",
        )
    fig.add_hline(y=100, line_dash="dot", line_color=TARGET_COLOUR)
    values = pd.concat([shown["grr"], shown["nrr"]]) * 100
    fig.update_yaxes(range=_percent_range(values), ticksuffix=" %", tickformat=".1~f")
    return style(fig, title, scope, f"{grain.capitalize()} starting", "Share of start ARR (%)", height=height)


def logo_churn(df: pd.DataFrame, scope: str, grain: str = "quarter", height: int = 260) -> go.Figure:
    """Logo churn per period, on its own small chart and its own percentage axis."""
    title = "Logo churn"
    shown = df.dropna(subset=["logo_churn"])
    if shown.empty:
        return empty_figure(title, scope, "No account was active at the start of any period", height)
    fig = go.Figure(
        go.Bar(
            x=shown["period_start"],
            y=shown["logo_churn"] * 100,
            name="Logo churn",
            marker_color=RETENTION_COLOURS["logo_churn"],
            customdata=shown[["accounts_lost", "accounts_at_start"]],
            hovertemplate="%{x|%b %Y}: %{y:.1f} % (%{customdata[0]} of %{customdata[1]} accounts)<extra></extra>",
        )
    )
    top = max(5, math.ceil(float(shown["logo_churn"].max()) * 100 * 1.2 / 5) * 5)
    fig.update_yaxes(range=[0, top], ticksuffix=" %", tickformat=".1~f")
    return style(fig, title, scope, f"{grain.capitalize()} starting", "Accounts lost (%)", height=height)


def renewal_forecast(
    df: pd.DataFrame, scope: str, labels: dict[str, str], currency: str = "$", height: int = 380
):
    """ARR up for renewal per window, split into expected renewal and expected churn, stacked."""
    title = "Renewal forecast: ARR expected to renew and to churn"
    shown = df[df["arr"] > 0]
    if shown.empty or shown["expected_churn"].isna().all():
        message = (
            "No renewal in these windows"
            if shown.empty
            else "No churned or renewed account to learn rates from"
        )
        return empty_figure(title, scope, message, height)
    names = [labels.get(w, w) for w in shown["window"]]
    fig = go.Figure()
    for col, name, colour in (
        ("expected_renewal", "Expected to renew", PROACTIVE),
        ("expected_churn", "Expected to churn", REACTIVE),
    ):
        fig.add_bar(
            x=names,
            y=shown[col],
            name=name,
            marker_color=colour,
            hovertemplate="%{x}: " + currency + "%{y:,.0f}<extra>%{fullData.name}</extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(tickprefix=currency, tickformat="~s", rangemode="tozero")
    return style(fig, title, scope, "Renewal window", f"ARR ({currency})", height=height)
