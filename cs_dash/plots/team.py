"""Figures for the team pages (Proactive vs Reactive, Cost of service, Overview).

Pure functions: a data frame from ``cs_dash.metrics`` in, a styled Plotly figure out. Every
title says what is shown and, on its second line, for which filters (``Filters.describe()``).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from cs_dash import charts
from cs_dash import formatting as fmt
from cs_dash.charts import NEUTRAL, PROACTIVE, REACTIVE, UNTAGGED, add_target, empty_figure, style
from cs_dash.metrics.cost import NO_FIRE_ID

NOTHING = "Nothing to show for these filters"


def _bars_height(bars: int, height: int) -> int:
    """Room for every bar label, without a lone bar swelling to fill a tall chart."""
    return max(min(height, 170 + 40 * bars), 150 + 26 * bars)


def ratio_by_group(
    df: pd.DataFrame, scope: str, target: float | None, group_label: str, height: int = 420, sort: bool = True
) -> go.Figure:
    """Hurtlocker ratio per group as horizontal bars, lowest at the top, coloured by the target.

    Groups with no reactive work have no ratio: their bar reaches the chart's edge, hatched, and
    says "all proactive". ``sort=False`` keeps the frame's order (tiers), first row at the top.
    """
    title = f"Hurtlocker ratio by {group_label}"
    if df.empty:
        return empty_figure(title, scope, NOTHING)
    df = df.copy()
    finite = df["ratio"].dropna()
    edge = max([*finite.tolist(), target or 0, 1.0]) * 1.15
    all_proactive = df["ratio"].isna() & (df["proactive"] > 0)
    df["bar"] = df["ratio"].where(~all_proactive, edge).fillna(0)
    df["sort"] = df["ratio"].where(~all_proactive, float("inf")).fillna(-1)
    if sort:
        df = df.sort_values(["sort", "proactive"], ascending=[False, False])
    else:
        df = df.iloc[::-1]
    meets = df["bar"] >= (target if target is not None else 0)
    colours = [PROACTIVE if ok else REACTIVE for ok in meets]
    fig = go.Figure(
        go.Bar(
            x=df["bar"],
            y=df["group"].astype(str),
            orientation="h",
            marker=dict(
                color=colours,
                pattern=dict(shape=["/" if a else "" for a in all_proactive.loc[df.index]], fgcolor="white"),
            ),
            text=df["ratio_label"],
            textposition="outside",
            cliponaxis=False,
            customdata=df[["proactive", "reactive", "proactive_share"]],
            hovertemplate="<b>%{y}</b><br>Ratio %{text}<br>Proactive %{customdata[0]:,} · "
            "Reactive %{customdata[1]:,}<br>Proactive share %{customdata[2]:.0%}<extra></extra>",
        )
    )
    add_target(fig, target, f"Target {target:g}" if target is not None else "", axis="x")
    fig.update_xaxes(range=[0, edge * 1.3])  # room for the "all proactive" label
    return style(
        fig, title, scope, "Proactive ÷ reactive engagements", None, height=_bars_height(len(df), height)
    )


def tag_counts(
    df: pd.DataFrame, scope: str, group_label: str, height: int = 380, order_by: str | None = "total"
) -> go.Figure:
    """Proactive and reactive engagements per group as stacked horizontal bars, ratio at the end.

    The largest group (by ``order_by``: "total" or "reactive") is at the top; with ``order_by=None``
    the frame's own order is kept, its first row at the top (tiers in tier order).
    """
    title = f"Proactive and reactive engagements by {group_label}"
    if df.empty:
        return empty_figure(title, scope, NOTHING)
    df = df.assign(total=df["proactive"] + df["reactive"])
    df = df.iloc[::-1] if order_by is None else df.sort_values([order_by, "total"], kind="stable")
    names = df["group"].astype(str)
    fig = go.Figure()
    fig.add_bar(name="Proactive", x=df["proactive"], y=names, orientation="h", marker_color=PROACTIVE)
    fig.add_bar(
        name="Reactive",
        x=df["reactive"],
        y=names,
        orientation="h",
        marker_color=REACTIVE,
        text=[label if label[:1].isalpha() else f"ratio {label}" for label in df["ratio_label"]],
        textposition="outside",
        cliponaxis=False,
    )
    fig.update_layout(barmode="stack")
    fig.update_traces(hovertemplate="<b>%{y}</b><br>%{fullData.name}: %{x:,}<extra></extra>")
    fig.update_xaxes(range=[0, df["total"].max() * 1.25 if len(df) else 1])
    return style(fig, title, scope, "Engagements (count)", None, height=_bars_height(len(df), height))


NO_TAGGED_WORK = "No engagement tagged proactive or reactive for these filters"
DAY_MS = 24 * 3600 * 1000
LABELLED_PERIODS = 12  # up to a year of months, each point says its ratio
PERIOD_DAYS = {"month": 30, "week": 7}
PERIOD_TICKS = {"month": ("%b %Y", "M1"), "week": ("%d %b %Y", 7 * DAY_MS)}


def ratio_trend(
    df: pd.DataFrame,
    scope: str,
    target: float | None,
    period: str = "month",
    height: int = 380,
    by_minutes: bool = True,
) -> go.Figure:
    """The Hurtlocker ratio per week or month against the target; by count and by minutes.

    A period with no reactive work has no ratio: it is marked above the line, "all proactive",
    rather than left out. When no period has a ratio the chart shows the proactive share instead
    (100 % each period), since a line of gaps would draw nothing at all.
    """
    title = f"Hurtlocker ratio per {period}"
    tagged = df[df["proactive"] + df["reactive"] > 0] if not df.empty else df
    if tagged.empty:
        return empty_figure(title, scope, NO_TAGGED_WORK if not df.empty else NOTHING, height=height)
    if tagged["ratio"].isna().all():
        return _share_trend(tagged, scope, target, period, height)
    finite = tagged["ratio"].dropna()
    top = max([*finite.tolist(), target or 0, 1.0]) * 1.15
    fig = go.Figure()
    fig.add_scatter(
        name="By count",
        x=tagged["group"],
        y=tagged["ratio"],
        mode="lines+markers+text" if len(tagged) <= LABELLED_PERIODS else "lines+markers",
        line=dict(color=PROACTIVE, width=3),
        marker=dict(size=8),
        text=tagged["ratio_label"].where(tagged["ratio"].notna(), ""),
        textposition="top center",
        cliponaxis=False,
        customdata=tagged[["proactive", "reactive", "ratio_label"]],
        hovertemplate="%{x|%b %Y}<br>Ratio %{customdata[2]}<br>Proactive %{customdata[0]:,} · "
        "Reactive %{customdata[1]:,}<extra></extra>",
    )
    all_proactive = tagged[tagged["ratio"].isna()]
    if not all_proactive.empty:
        fig.add_scatter(
            name="All proactive (no reactive work)",
            x=all_proactive["group"],
            y=[top] * len(all_proactive),
            mode="markers+text",
            marker=dict(color=PROACTIVE, symbol="triangle-up", size=12),
            text=["all proactive"] * len(all_proactive),
            textposition="top center",
            cliponaxis=False,
            customdata=all_proactive[["proactive"]],
            hovertemplate="%{x|%b %Y}<br>All proactive: %{customdata[0]:,} engagements, "
            "none reactive<extra></extra>",
        )
    if by_minutes and tagged["effort_ratio"].notna().any():
        fig.add_scatter(
            name="By minutes",
            x=tagged["group"],
            y=tagged["effort_ratio"],
            mode="lines",
            line=dict(color=NEUTRAL, width=1.5, dash="dot"),
            opacity=0.7,
            hovertemplate="%{x|%b %Y}<br>Ratio by minutes %{y:.2f}<extra></extra>",
        )
    add_target(fig, target, f"Target {target:g}" if target is not None else "")
    top_of_axis = max(top * 1.12, float(tagged["effort_ratio"].max(skipna=True) or 0) * 1.05)
    # A ratio of 0 (all reactive) is a value: lifted off the axis line that would hide it.
    bottom = -0.04 * top_of_axis if (finite == 0).any() else 0
    fig.update_yaxes(range=[bottom, top_of_axis])
    _period_axis(fig, tagged["group"], period)
    return style(fig, title, scope, None, "Proactive ÷ reactive", height=height)


def _share_trend(df: pd.DataFrame, scope: str, target: float | None, period: str, height: int) -> go.Figure:
    """Proactive share per period, for a view where no period had reactive work (no ratio)."""
    fig = go.Figure(
        go.Bar(
            name="Proactive share",
            x=df["group"],
            y=df["proactive_share"],
            marker_color=PROACTIVE,
            width=PERIOD_DAYS.get(period, 30) * 0.7 * DAY_MS,  # a date axis' own width for a lone bar is 1 ms
            text=[f"{share:.0%}" for share in df["proactive_share"]],
            textposition="inside",
            customdata=df[["proactive"]],
            hovertemplate="%{x|%b %Y}<br>Proactive share %{y:.0%}<br>%{customdata[0]:,} proactive, "
            "none reactive<extra></extra>",
        )
    )
    if target is not None:
        add_target(
            fig, target / (1 + target), f"Target {target:g} : 1 = {target / (1 + target):.0%} proactive"
        )
    fig.update_yaxes(range=[0, 1.12], tickformat=".0%")
    _period_axis(fig, df["group"], period)
    subtitle = f"{scope} · no reactive work in any {period}, so no ratio: all proactive"
    return style(fig, f"Proactive share per {period}", subtitle, None, "Proactive share", height=height)


def _period_axis(fig: go.Figure, starts: pd.Series, period: str) -> None:
    """Ticks that name the month (or week), one per period: a lone period otherwise gets hour ticks."""
    tick_format, step = PERIOD_TICKS.get(period, PERIOD_TICKS["month"])
    fig.update_xaxes(tickformat=tick_format, dtick=step if len(starts) <= 12 else None)
    # Half a period either side, so the first and last points are not cut in half by the edges.
    half = pd.Timedelta(days=PERIOD_DAYS.get(period, 30) * 0.55)
    fig.update_xaxes(range=[pd.Timestamp(starts.min()) - half, pd.Timestamp(starts.max()) + half])


def share_heatmap(matrix: pd.DataFrame, scope: str, target_share: float | None) -> go.Figure:
    """Proactive share per CSM and month: red is reactive, teal proactive, white the target."""
    title = "Proactive share by CSM and month"
    if matrix.empty:
        return empty_figure(title, scope, NOTHING)
    wide = matrix.pivot_table(index="csm", columns="month", values="proactive_share", aggfunc="first")
    wide = wide.sort_index(ascending=False)
    counts = matrix.assign(n=matrix["proactive"] + matrix["reactive"]).pivot_table(
        index="csm", columns="month", values="n", aggfunc="first"
    )
    counts = counts.reindex(index=wide.index, columns=wide.columns)
    mid = target_share if target_share is not None else 0.5
    fig = go.Figure(
        go.Heatmap(
            z=wide.values,
            x=list(wide.columns),
            y=list(wide.index),
            zmin=0,
            zmax=1,
            zmid=mid,
            colorscale=charts.SHARE_SCALE,
            customdata=counts.values,
            colorbar=dict(title="Proactive", tickformat=".0%", thickness=12),
            hovertemplate="<b>%{y}</b> · %{x|%b %Y}<br>Proactive share %{z:.0%}"
            "<br>%{customdata:,} tagged engagements<extra></extra>",
            xgap=1,
            ygap=1,
        )
    )
    fig.update_xaxes(tickformat="%b %Y", showline=False, ticks="")
    height = max(220, 130 + 26 * len(wide))
    return style(fig, title, scope + f" · white = target {mid:.0%}", None, None, height=height)


def cost_by_group(
    df: pd.DataFrame, scope: str, group_label: str, currency: str = "$", height: int = 380
) -> go.Figure:
    """Cost per group split into firefighting (reactive) and proactive work, stacked."""
    title = f"Cost of service by {group_label}"
    if df.empty or df["cost"].fillna(0).sum() == 0:
        return empty_figure(title, scope, "No engagement with a duration to cost for these filters")
    df = df.copy()
    df["firefighting_cost"] = df["firefighting_cost"].fillna(0)
    df["proactive_cost"] = df["proactive_cost"].fillna(0)
    df["other"] = (df["cost"].fillna(0) - df["firefighting_cost"] - df["proactive_cost"]).clip(lower=0)
    df = df.sort_values("cost", na_position="first")
    names = df["group"].astype(str)
    fig = go.Figure()
    fig.add_bar(name="Proactive", x=df["proactive_cost"], y=names, orientation="h", marker_color=PROACTIVE)
    fig.add_bar(
        name="Firefighting (reactive)",
        x=df["firefighting_cost"],
        y=names,
        orientation="h",
        marker_color=REACTIVE,
    )
    if df["other"].sum() > 0.001 * df["cost"].fillna(0).sum():  # not float dust
        fig.add_bar(name="Untagged", x=df["other"], y=names, orientation="h", marker_color=UNTAGGED)
    fig.update_layout(barmode="stack")
    fig.update_traces(
        hovertemplate="<b>%{y}</b><br>%{fullData.name}: " + currency + "%{x:,.0f}<extra></extra>"
    )
    fig.update_xaxes(tickprefix=currency, tickformat=",.0f")
    return style(
        fig,
        title,
        scope,
        f"Cost ({currency}, hours × hourly rate)",
        None,
        height=max(height, 90 + 26 * len(df)),
    )


def firefighting_vs_prevention(
    tiers: pd.DataFrame, scope: str, currency: str = "$", height: int = 380
) -> go.Figure:
    """Per tier: actual firefighting cost per year against the estimated cost of prevention (CRC)."""
    title = "Firefighting vs prevention, per year by tier"
    if tiers.empty:
        return empty_figure(title, scope, NOTHING)
    names = tiers["tier"].astype(str)
    fig = go.Figure()
    fig.add_bar(name="Actual firefighting", x=names, y=tiers["firefighting_per_year"], marker_color=REACTIVE)
    fig.add_bar(
        name="Prevention estimate (CRC)", x=names, y=tiers["prevention_per_year"], marker_color=PROACTIVE
    )
    fig.update_layout(barmode="group")
    fig.update_traces(
        hovertemplate="<b>%{x}</b><br>%{fullData.name}: " + currency + "%{y:,.0f} a year<extra></extra>"
    )
    fig.update_yaxes(tickprefix=currency, tickformat=",.0f")
    return style(fig, title, scope, None, f"Cost per year ({currency})", height=height)


def top_fires(fires: pd.DataFrame, scope: str, currency: str = "$", height: int = 380) -> go.Figure:
    """The most expensive fires, coloured by what became of the account."""
    title = "The fires that cost most"
    costed = fires[fires["cost"].fillna(0) > 0]
    if costed.empty:
        return empty_figure(title, scope, "No reactive work with a duration for these filters")
    costed = costed.iloc[::-1]
    labels = [
        f"{account} (no fire id)" if fire == NO_FIRE_ID else f"{fire} · {account}"
        for fire, account in zip(costed["fire"], costed["account"], strict=True)
    ]
    fig = go.Figure()
    for outcome, colour in charts.OUTCOME_COLOURS.items():
        mask = (costed["outcome"] == outcome).tolist()
        if not any(mask):
            continue
        fig.add_bar(
            name=outcome,
            x=costed["cost"][mask],
            y=[label for label, keep in zip(labels, mask, strict=True) if keep],
            orientation="h",
            marker_color=colour,
            hovertemplate="<b>%{y}</b><br>" + currency + "%{x:,.0f}<extra>%{fullData.name}</extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    fig.update_xaxes(tickprefix=currency, tickformat=",.0f")
    return style(
        fig, title, scope, f"Reactive cost ({currency})", None, height=max(height, 90 + 26 * len(costed))
    )


def arr_by_tier(
    df: pd.DataFrame, scope: str, tier_order: list[str], currency: str = "$", height: int = 320
) -> go.Figure:
    """ARR and account count per tier, in the tiers' fixed colours."""
    title = "ARR by tier"
    if df.empty or df["arr"].fillna(0).sum() == 0:
        return empty_figure(title, scope, "No ARR for these filters", height=height)
    colours = charts.tier_colours(tier_order)
    fig = go.Figure(
        go.Bar(
            x=df["tier"].astype(str),
            y=df["arr"],
            marker_color=[colours.get(t, charts.NO_TIER_COLOUR) for t in df["tier"]],
            text=[fmt.plural(int(n), "account") for n in df["accounts"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{x}</b><br>" + currency + "%{y:,.0f}<br>%{text}<extra></extra>",
        )
    )
    fig.update_yaxes(tickprefix=currency, tickformat="~s", rangemode="tozero")
    return style(fig, title, scope, None, f"ARR ({currency})", height=height)


def arr_by_tier_and_band(
    df: pd.DataFrame,
    scope: str,
    tier_order: list[str],
    band_colours: dict[str, str],
    currency: str = "$",
    height: int = 320,
) -> go.Figure:
    """ARR per tier stacked by health band, bands in their fixed colours, accounts in the hover."""
    title = "ARR by tier and health"
    if df.empty or df["arr"].fillna(0).sum() == 0:
        return empty_figure(title, scope, "No ARR for these filters", height=height)
    tiers = [t for t in tier_order if t in set(df["tier"])] + sorted(set(df["tier"]) - set(tier_order))
    cells = charts.stacked_cells(df, "band", band_colours, "tier", tiers, ("arr", "accounts"))
    fig = go.Figure()
    for band, colour in band_colours.items():
        part = cells.get(band)
        if part is None or not any(part["arr"]):
            continue
        fig.add_bar(
            name=band,
            x=tiers,
            y=part["arr"],
            marker_color=colour,
            customdata=[n or 0 for n in part["accounts"]],
            hovertemplate="<b>%{x}</b> · %{fullData.name}<br>" + currency + "%{y:,.0f} · "
            "%{customdata:,} accounts<extra></extra>",
        )
    # Plotly hides the legend of a one-trace figure; a lone band still has to say what green means.
    fig.update_layout(barmode="stack", showlegend=True)
    fig.update_yaxes(tickprefix=currency, tickformat="~s", rangemode="tozero")
    return style(fig, title, scope, None, f"ARR ({currency})", height=height)
