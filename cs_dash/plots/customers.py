"""Figures for the customer pages (Tiers & renewals, Health).

Pure functions: a data frame from ``cs_dash.metrics`` in, a styled Plotly figure out. Tiers keep
their tier colours and bands the colours the leader set for them, on every chart. The second
title line says which filters (and which as-of date) the chart shows.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cs_dash.charts import NEUTRAL, NO_TIER_COLOUR, empty_figure, escape_text, stacked_cells, style
from cs_dash.metrics.renewals import WINDOWS

NOTHING = "Nothing to show for these filters"
SHORT_WINDOWS = {"overdue": "Overdue", "30": "≤ 30 days", "60": "≤ 60 days", "90": "≤ 90 days",
                 "180": "≤ 180 days", "365": "≤ 365 days"}  # fmt: skip


def _money(currency: str, axis: str) -> str:
    """A hover amount in money; the currency is set before it as text (it may come from a settings file)."""
    return f"{escape_text(currency)}%{{{axis}:,.0f}}"


def tier_arr(df: pd.DataFrame, scope: str, colours: dict[str, str], currency: str = "$") -> go.Figure:
    """ARR per tier as bars, the account count written on each bar."""
    title = "ARR and accounts by tier"
    if df.empty or df["accounts"].sum() == 0:
        return empty_figure(title, scope, NOTHING)
    fig = go.Figure(
        go.Bar(
            x=df["tier"],
            y=df["arr"],
            marker_color=[colours.get(t, NO_TIER_COLOUR) for t in df["tier"]],
            text=[f"{n:,} accounts" for n in df["accounts"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{x}</b><br>ARR " + _money(currency, "y") + "<br>%{text}<extra></extra>",
        )
    )
    fig.update_yaxes(tickprefix=currency, tickformat="~s")  # $6M, as on every other ARR axis
    return style(fig, title, scope, None, f"ARR ({currency})", height=380)


def windows_by_tier(
    df: pd.DataFrame, scope: str, colours: dict[str, str], tier_order: list[str], currency: str = "$"
) -> go.Figure:
    """ARR renewing in each window (cumulative), stacked by tier."""
    title = "ARR up for renewal, by window and tier"
    if df.empty:
        return empty_figure(title, scope, NOTHING)
    fig = go.Figure()
    windows = [SHORT_WINDOWS[w] for w in WINDOWS]
    cells = stacked_cells(df, "tier", tier_order, "window", list(WINDOWS), ("arr", "accounts"))
    for tier in tier_order:
        part = cells.get(tier)
        if part is None:
            continue
        fig.add_bar(
            name=tier,
            x=windows,
            y=[arr or 0.0 for arr in part["arr"]],
            marker_color=colours.get(tier, NO_TIER_COLOUR),
            customdata=[int(n or 0) for n in part["accounts"]],
            hovertemplate=f"<b>{escape_text(tier)}</b> · %{{x}}<br>ARR {_money(currency, 'y')}<br>"
            "%{customdata} accounts<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(tickprefix=currency, tickformat="~s")
    return style(fig, title, scope, "Renewal date from the as-of date", f"ARR ({currency})")


def renewal_timeline(
    df: pd.DataFrame,
    scope: str,
    band_colours: dict[str, str],
    tier_order: list[str],
    currency: str = "$",
) -> go.Figure:
    """ARR renewing month by month (overdue first), one row per tier, bars stacked by health band."""
    title = "Renewals by month: ARR per tier, coloured by health"
    if df.empty:
        return empty_figure(title, scope, "No renewal dates in the next 12 months for these filters")
    df = df.copy()
    df["when"] = [
        "Overdue" if overdue else pd.Timestamp(m).strftime("%b %Y")
        for overdue, m in zip(df["overdue"], df["month"], strict=True)
    ]
    order = ["Overdue"] if df["overdue"].any() else []
    order += [pd.Timestamp(m).strftime("%b %Y") for m in sorted(df.loc[~df["overdue"], "month"].unique())]
    tiers = [t for t in tier_order if t in set(df["tier"])]
    fig = make_subplots(
        rows=len(tiers), cols=1, shared_xaxes=True, vertical_spacing=0.06, subplot_titles=tiers
    )
    # Summed once for every tier and band: a group-by per cell cost more than the rest of the chart.
    summed = df.groupby(["tier", "band", "when"])[["arr", "accounts"]].sum()
    per_cell = {key: part.droplevel([0, 1]) for key, part in summed.groupby(level=[0, 1])}
    shown = set()
    for row, tier in enumerate(tiers, start=1):
        for band, colour in band_colours.items():
            if (tier, band) not in per_cell:
                continue
            cells = per_cell[(tier, band)].reindex(order)
            if cells["arr"].fillna(0).sum() == 0:
                continue
            fig.add_bar(
                name=band,
                legendgroup=band,
                showlegend=band not in shown,
                x=order,
                y=cells["arr"],
                marker_color=colour,
                customdata=cells["accounts"].fillna(0).astype(int),
                hovertemplate=f"<b>{escape_text(tier)}</b> · %{{x}} · {escape_text(band)}<br>"
                f"ARR {_money(currency, 'y')}<br>"
                "%{customdata} accounts<extra></extra>",
                row=row,
                col=1,
            )
            shown.add(band)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(categoryorder="array", categoryarray=order)
    fig.update_yaxes(tickformat="~s", title_text=f"ARR ({escape_text(currency)})")
    return style(fig, title, scope, None, None, height=max(380, 170 * len(tiers) + 140))


def band_mix(
    df: pd.DataFrame,
    scope: str,
    band_colours: dict[str, str],
    tier_order: list[str],
    value: str = "accounts",
    currency: str = "$",
) -> go.Figure:
    """Accounts (or ARR) per tier as horizontal bars stacked by health band."""
    what = "Accounts" if value == "accounts" else "ARR"
    title = f"{what} by health band and tier"
    if df.empty:
        return empty_figure(title, scope, NOTHING)
    tiers = [t for t in tier_order if t in set(df["tier"])][::-1]
    cells = stacked_cells(df, "band", band_colours, "tier", tiers, (value,))
    fig = go.Figure()
    for band, colour in band_colours.items():
        part = cells.get(band)
        if part is None or not any(part[value]):
            continue
        amount = "%{x:,.0f}" if value == "accounts" else _money(currency, "x")
        fig.add_bar(
            name=band,
            y=tiers,
            x=[n or 0 for n in part[value]],
            orientation="h",
            marker_color=colour,
            hovertemplate=f"<b>%{{y}}</b> · {escape_text(band)}<br>{what} {amount}<extra></extra>",
        )
    fig.update_layout(barmode="stack", showlegend=True)  # a lone band still names its colour
    x_title = "Accounts" if value == "accounts" else f"ARR ({currency})"
    if value != "accounts":
        fig.update_xaxes(tickprefix=currency, tickformat="~s")
    return style(fig, title, scope, x_title, None, height=max(300, 120 + 60 * len(tiers)))


def score_history(
    df: pd.DataFrame, scope: str, bands: list[tuple[str, float, str]], account: str
) -> go.Figure:
    """One account's score at each month end, over its bands' coloured backgrounds, with arrows.

    The hover names the band each point was given, which for a stored month is the band of its time.
    """
    title = f"Health over time: {account}"
    df = df.dropna(subset=["score"])
    if df.empty:
        return empty_figure(title, scope, "No score for this account on these dates")
    fig = go.Figure()
    upper = 100.0
    for _name, low, colour in bands:
        fig.add_hrect(y0=low, y1=upper, fillcolor=colour, opacity=0.10, line_width=0, layer="below")
        upper = low
    arrows = []
    for change in df["change"]:
        if pd.isna(change):
            arrows.append("")
        else:
            arrows.append("▲" if change >= 1 else "▼" if change <= -1 else "→")
    fig.add_scatter(
        x=df["as_of"],
        y=df["score"],
        mode="lines+markers+text",
        line=dict(color=NEUTRAL, width=3),
        marker=dict(size=9),
        text=[f"{a} {s:.0f}".strip() for a, s in zip(arrows, df["score"], strict=True)],
        textposition="top center",
        customdata=[escape_text(b) if isinstance(b, str) else "" for b in df["band"]],
        hovertemplate="%{x|%d %b %Y}<br>Score %{y:.1f} · %{customdata}<extra></extra>",
        showlegend=False,
    )
    fig.update_yaxes(range=[0, 105])
    fig.update_xaxes(tickformat="%b %Y")
    return style(fig, title, scope, "Month end (score from the data known then)", "Health score (0-100)")


def breakdown_bars(df: pd.DataFrame, scope: str, account: str, band_of) -> go.Figure:
    """Each measure's score 0-100 for one account, coloured by the band that score would be in.

    ``band_of(score)`` returns the band colour; measures without data are shown as "no data".
    """
    title = f"Scorecard: {account}"
    if df.empty:
        return empty_figure(title, scope, "No measures in the scorecard")
    df = df.iloc[::-1]
    has = df["score"].notna()
    text = [
        f"{s:.0f} · weight {w:g} · −{p:.1f} pts" if ok else "no data"
        for s, w, p, ok in zip(df["score"], df["weight"], df["points_lost"], has, strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            y=df["label"],
            x=df["score"].fillna(0),
            orientation="h",
            marker_color=[
                band_of(s) if ok else NO_TIER_COLOUR for s, ok in zip(df["score"], has, strict=True)
            ],
            text=text,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{y}</b><br>%{text}<extra></extra>",
        )
    )
    fig.update_xaxes(range=[0, 135])
    return style(
        fig, title, scope, "Measure score (0 = bad threshold, 100 = good)", None, height=120 + 42 * len(df)
    )


def churn_by_band(df: pd.DataFrame, scope: str, band_colours: dict[str, str], auc: float | None) -> go.Figure:
    """Backtest: churn rate of the accounts in each band when they were scored."""
    auc_text = "AUC n/a" if auc is None else f"AUC {auc:.2f}"
    title = f"Churn rate by health band before the outcome ({auc_text})"
    if df.empty or df["accounts"].sum() == 0:
        return empty_figure(title, scope, "No churned or renewed accounts to test against")
    fig = go.Figure(
        go.Bar(
            x=df["band"],
            y=df["churn_rate"].fillna(0),
            marker_color=[band_colours.get(b, NEUTRAL) for b in df["band"]],
            text=[f"{c} of {n} churned" for c, n in zip(df["churned"], df["accounts"], strict=True)],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{x}</b><br>Churn rate %{y:.0%}<br>%{text}<extra></extra>",
        )
    )
    fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    return style(fig, title, scope, "Band when scored", "Accounts that churned", height=380)


def band_history(
    df: pd.DataFrame, scope: str, band_colours: dict[str, str], value: str = "accounts"
) -> go.Figure:
    """Accounts (or ARR) per health band at each month end, stacked, worst band at the bottom."""
    what = "Accounts" if value == "accounts" else "ARR"
    title = f"{what} by health band, month by month"
    if df.empty:
        return empty_figure(title, scope, NOTHING)
    fig = go.Figure()
    for band, colour in reversed(list(band_colours.items())):
        part = df[df["band"] == band]
        if part.empty:
            continue
        fig.add_bar(
            name=band,
            x=part["as_of"],
            y=part[value],
            marker_color=colour,
            hovertemplate=f"%{{x|%d %b %Y}} · {escape_text(band)}<br>{what} %{{y:,.0f}}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(tickformat="%b %Y")
    return style(fig, title, scope, "Month end (scored from the data known then)", what)
