"""Figures for the Onboarding & adoption, Outcomes and Account plans pages.

Pure functions: an aggregated frame from ``cs_dash.metrics.drivers``, ``outcomes`` or ``plans``
and the filters in words go in, a styled figure comes out. ``charts.style`` escapes the text from
uploads (feature, dimension and segment names, the CSM names in the filter line), because Plotly
renders tags such as links inside titles and tick labels.
"""

from __future__ import annotations

import math
import zlib

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cs_dash.charts import (
    ADOPTION_COLOUR,
    EVENTS_COLOUR,
    FRESHNESS_COLOURS,
    GROUP_PALETTE,
    KIND_COLOURS,
    NEUTRAL,
    NPS_COLOUR,
    PROACTIVE,
    PROVISION_COLOUR,
    REACTIVE,
    RETAINED_CHURNED_COLOURS,
    RETENTION_COLOURS,
    SATISFACTION_COLOUR,
    TARGET_COLOUR,
    VALUE_COLOUR,
    style,
    tier_colours,
)

KIND_LABELS = {
    "new": "New",
    "renewal": "Renewals",
    "expansion": "Expansion",
    "contraction": "Contraction",
    "churn": "Churn",
}


def group_colour(name: str) -> str:
    """A colour fixed by the name itself, so a segment keeps its colour whatever else is filtered."""
    return GROUP_PALETTE[zlib.crc32(str(name).encode("utf-8")) % len(GROUP_PALETTE)]


def _empty(fig: go.Figure, message: str) -> go.Figure:
    fig.add_annotation(text=message, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _styled(fig, title, scope, x_title=None, y_title=None, height=420):
    return style(fig, title, scope, x_title, y_title, height)


# --------------------------------------------------------------------------- onboarding


def onboarding_days_by_cohort(cohorts: pd.DataFrame, scope: str, grain: str = "month") -> go.Figure:
    """Median days to provision and to value per subscription month."""
    fig = go.Figure()
    if cohorts.empty:
        _empty(fig, "No account has a subscription date")
    else:
        fig.add_bar(
            x=cohorts["cohort"],
            y=cohorts["median_days_to_provision"],
            name="Time to provision",
            marker_color=PROVISION_COLOUR,
            customdata=cohorts[["provisioned"]],
            hovertemplate="%{x|%b %Y}: median %{y:.0f} days over %{customdata[0]} accounts<extra></extra>",
        )
        fig.add_bar(
            x=cohorts["cohort"],
            y=cohorts["median_days_to_value"],
            name="Time to value",
            marker_color=VALUE_COLOUR,
            customdata=cohorts[["live"]],
            hovertemplate="%{x|%b %Y}: median %{y:.0f} days over %{customdata[0]} accounts<extra></extra>",
        )
        fig.update_layout(barmode="group")
    return _styled(fig, "Onboarding speed by cohort (median)", scope, f"Subscription {grain}", "Days")


def onboarding_days_distribution(accounts: pd.DataFrame, scope: str) -> go.Figure:
    """How many accounts took how many days to provision and to reach value."""
    fig = go.Figure()
    provision = accounts["days_to_provision"].dropna() if not accounts.empty else []
    value = accounts["days_to_value"].dropna() if not accounts.empty else []
    if len(provision) == 0 and len(value) == 0:
        _empty(fig, "No account has both dates of a step")
    else:
        fig.add_histogram(x=provision, name="Time to provision", marker_color=PROVISION_COLOUR, opacity=0.75)
        fig.add_histogram(x=value, name="Time to value", marker_color=VALUE_COLOUR, opacity=0.75)
        fig.update_layout(barmode="overlay")
    return _styled(fig, "Onboarding speed: distribution", scope, "Days", "Accounts")


def adoption_and_satisfaction_by_cohort(cohorts: pd.DataFrame, scope: str, grain: str = "month") -> go.Figure:
    """Median initial adoption and go-live % recommend per subscription month."""
    fig = go.Figure()
    if cohorts.empty:
        _empty(fig, "No account has a subscription date")
    else:
        fig.add_bar(
            x=cohorts["cohort"],
            y=cohorts["median_initial_adoption"] * 100,
            name="Initial adoption (median)",
            marker_color=ADOPTION_COLOUR,
            customdata=cohorts[["with_adoption"]],
            hovertemplate="%{x|%b %Y}: %{y:.0f} % of seats, %{customdata[0]} accounts<extra></extra>",
        )
        fig.add_scatter(
            x=cohorts["cohort"],
            y=cohorts["go_live_recommend"] * 100,
            name="Go-live: would recommend",
            mode="lines+markers",
            line_color=SATISFACTION_COLOUR,
            customdata=cohorts[["recommend_answers"]],
            hovertemplate="%{x|%b %Y}: %{y:.0f} % of %{customdata[0]} answers<extra></extra>",
        )
        fig.update_yaxes(rangemode="tozero", ticksuffix=" %")
    return _styled(
        fig, "Initial adoption and go-live satisfaction by cohort", scope, f"Subscription {grain}", "%"
    )


# --------------------------------------------------------------------------- nurturing


def active_users_trend(months: pd.DataFrame, scope: str) -> go.Figure:
    """Active users per month (line, left axis) and events per month (bars, right axis) when known."""
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    if months.empty:
        _empty(fig, "No usage in the date range")
    else:
        if months["events"].notna().any():
            fig.add_bar(
                x=months["month"],
                y=months["events"],
                name="Events (transactions)",
                marker_color=EVENTS_COLOUR,
                hovertemplate="%{x|%b %Y}: %{y:,.0f} events<extra></extra>",
                secondary_y=True,
            )
            fig.update_yaxes(title_text="Events", rangemode="tozero", showgrid=False, secondary_y=True)
        fig.add_scatter(
            x=months["month"],
            y=months["active_users"],
            mode="lines+markers",
            name="Active users",
            line_color=PROACTIVE,
            customdata=months[["accounts"]],
            hovertemplate="%{x|%b %Y}: %{y:,.0f} users in %{customdata[0]} accounts<extra></extra>",
            secondary_y=False,
        )
        fig.update_yaxes(title_text="Active users", rangemode="tozero", secondary_y=False)
    return _styled(fig, "User adoption: active users and events per month", scope, "Month")


def feature_adoption_trend(months: pd.DataFrame, scope: str) -> go.Figure:
    fig = go.Figure()
    if months.empty:
        _empty(fig, "No usage rows name a feature")
    else:
        fig.add_bar(
            x=months["month"],
            y=months["distinct_features"],
            name="Distinct features used",
            marker_color=NEUTRAL,
        )
        fig.add_scatter(
            x=months["month"],
            y=months["new_adoptions"],
            mode="lines+markers",
            name="New adoptions (account × feature)",
            line_color=PROACTIVE,
        )
        fig.update_yaxes(rangemode="tozero")
    return _styled(fig, "Feature adoption per month", scope, "Month", "Features / adoptions")


def capacity_by_tier(df: pd.DataFrame, scope: str, tier_names: list[str], no_arr_name: str) -> go.Figure:
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No active account states seats purchased and active")
    else:
        colours = tier_colours(tier_names, no_arr_name)
        fig.add_bar(
            x=df["tier"],
            y=df["utilisation"] * 100,
            marker_color=[colours.get(t, NEUTRAL) for t in df["tier"]],
            text=[
                f"{a:,.0f} of {p:,.0f} seats"
                for a, p in zip(df["seats_active"], df["seats_purchased"], strict=True)
            ],
            textposition="outside",
            hovertemplate="%{x}: %{y:.0f} %<extra></extra>",
        )
        fig.add_hline(y=100, line_dash="dot", line_color=TARGET_COLOUR)
        fig.update_yaxes(rangemode="tozero", ticksuffix=" %")
    return _styled(fig, "Capacity utilisation by tier", scope, "Tier", "Seats active ÷ purchased")


def escalations_trend(df: pd.DataFrame, scope: str, what: str = "Tickets") -> go.Figure:
    fig = go.Figure()
    if df.empty:
        _empty(fig, f"No {what.lower()}")
    else:
        fig.add_bar(x=df["month"], y=df["opened"], name="Opened", marker_color=REACTIVE)
        fig.add_bar(x=df["month"], y=df["closed"], name="Closed", marker_color=PROACTIVE)
        fig.add_scatter(
            x=df["month"],
            y=df["open_at_month_end"],
            name="Open at month end",
            mode="lines+markers",
            line_color=NEUTRAL,
        )
        fig.update_layout(barmode="group")
    return _styled(fig, f"{what}: opened, closed and still open", scope, "Month", what)


def resolution_trend(df: pd.DataFrame, scope: str, what: str = "Tickets") -> go.Figure:
    fig = go.Figure()
    closed = df.dropna(subset=["median_days_to_resolution"]) if not df.empty else df
    if closed.empty:
        _empty(fig, f"No closed {what.lower()}")
    else:
        fig.add_scatter(
            x=closed["month"],
            y=closed["median_days_to_resolution"],
            mode="lines+markers",
            name="Median days to resolution",
            line_color=REACTIVE,
            customdata=closed[["closed"]],
            hovertemplate="%{x|%b %Y}: %{y:.1f} days, %{customdata[0]} closed<extra></extra>",
        )
        fig.update_yaxes(rangemode="tozero")
    return _styled(fig, f"{what}: median time to resolution", scope, "Month closed", "Days")


def feedback_trend(df: pd.DataFrame, scope: str) -> go.Figure:
    """NPS (left axis, points) and % recommend (right axis) per month."""
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    if df.empty:
        _empty(fig, "No survey answers")
    else:
        if df["scored_answers"].sum() > 0:
            fig.add_scatter(
                x=df["month"],
                y=df["nps"],
                name="NPS",
                mode="lines+markers",
                line_color=NPS_COLOUR,
                customdata=df[["scored_answers"]],
                hovertemplate="%{x|%b %Y}: NPS %{y:.0f} from %{customdata[0]} scores<extra></extra>",
                secondary_y=False,
            )
        if df["recommend_answers"].sum() > 0:
            fig.add_scatter(
                x=df["month"],
                y=df["pct_recommend"] * 100,
                name="Would recommend",
                mode="lines+markers",
                line_color=SATISFACTION_COLOUR,
                customdata=df[["recommend_answers"]],
                hovertemplate="%{x|%b %Y}: %{y:.0f} % of %{customdata[0]} answers<extra></extra>",
                secondary_y=True,
            )
        fig.update_yaxes(title_text="NPS (−100 to 100)", range=[-100, 100], secondary_y=False)
        fig.update_yaxes(title_text="Would recommend (%)", range=[0, 100], showgrid=False, secondary_y=True)
    return _styled(fig, "Customer feedback per month", scope, "Month")


# --------------------------------------------------------------------------- outcomes


def outcomes_by_period(
    df: pd.DataFrame, scope: str, value: str = "amount", grain: str = "month"
) -> go.Figure:
    """Grouped bars per kind of change: money (``value="amount"``) or accounts (``"accounts"``)."""
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No revenue changes")
    else:
        for kind, label in KIND_LABELS.items():
            rows = df[df["kind"] == kind]
            if rows.empty:
                continue
            fig.add_bar(x=rows["period"], y=rows[value], name=label, marker_color=KIND_COLOURS[kind])
        fig.update_layout(barmode="group")
    money = value == "amount"
    title = "Renewals, expansion and churn: ARR" if money else "Renewals, expansion and churn: accounts"
    return _styled(fig, title, scope, grain.capitalize(), "ARR" if money else "Accounts")


def retention_trend(df: pd.DataFrame, scope: str, grain: str = "quarter") -> go.Figure:
    """GRR and NRR as lines (left axis), logo churn as bars (right axis) per period."""
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    if df.empty:
        _empty(fig, "No account was active at the start of any period")
    else:
        fig.add_bar(
            x=df["period_start"],
            y=df["logo_churn"] * 100,
            name="Logo churn",
            marker_color=RETENTION_COLOURS["logo_churn"],
            opacity=0.45,
            customdata=df[["accounts_lost", "accounts_at_start"]],
            hovertemplate="%{x|%b %Y}: %{y:.1f} % (%{customdata[0]} of %{customdata[1]} accounts)<extra></extra>",
            secondary_y=True,
        )
        symbols = ["circle-open" if partial else "circle" for partial in df["partial"]]
        for col, label in (("grr", "GRR"), ("nrr", "NRR")):
            fig.add_scatter(
                x=df["period_start"],
                y=df[col] * 100,
                name=label,
                mode="lines+markers",
                marker_symbol=symbols,
                line_color=RETENTION_COLOURS[col],
                hovertemplate=f"%{{x|%b %Y}}: {label} %{{y:.1f}} %<extra></extra>",
                secondary_y=False,
            )
        fig.add_hline(y=100, line_dash="dot", line_color=TARGET_COLOUR)
        fig.update_yaxes(title_text="GRR and NRR (%)", ticksuffix=" %", secondary_y=False)
        # Room above the tallest bar so it stays under the lines; a round top for round ticks.
        top = max(5, math.ceil(float(df["logo_churn"].max() or 0) * 100 * 3 / 5) * 5)
        fig.update_yaxes(
            title_text="Logo churn (%)", ticksuffix=" %", range=[0, top], showgrid=False, secondary_y=True
        )
    return _styled(
        fig, "Gross and net revenue retention, logo churn", scope, f"{grain.capitalize()} starting"
    )


def logo_churn_trend(df: pd.DataFrame, scope: str, grain: str = "quarter") -> go.Figure:
    """Logo churn per period as bars (from the accounts file when there is no revenue log)."""
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No account has a churn date")
    else:
        fig.add_bar(
            x=df["period_start"],
            y=df["logo_churn"] * 100,
            name="Logo churn",
            marker_color=RETENTION_COLOURS["logo_churn"],
            customdata=df[["accounts_lost", "accounts_at_start"]],
            hovertemplate="%{x|%b %Y}: %{y:.1f} % (%{customdata[0]} of %{customdata[1]} accounts)<extra></extra>",
        )
        fig.update_yaxes(rangemode="tozero", ticksuffix=" %")
    return _styled(fig, "Logo churn", scope, f"{grain.capitalize()} starting", "Accounts lost (%)")


def features_by_outcome(df: pd.DataFrame, scope: str, top: int = 15) -> go.Figure:
    """Share of retained and churned accounts using each feature, the widest gaps first."""
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No usage rows name a feature")
        return _styled(fig, "Features used by retained vs churned accounts", scope)
    wide = df.pivot_table(index="feature", columns="outcome", values="share_using", aggfunc="first").fillna(0)
    for outcome in ("Retained", "Churned"):
        if outcome not in wide:
            wide[outcome] = 0.0
    wide["gap"] = wide["Retained"] - wide["Churned"]
    wide = wide.reindex(wide["gap"].abs().sort_values(ascending=False).index).head(top).iloc[::-1]
    sizes = df.groupby("outcome")["accounts_in_group"].first().to_dict()
    for outcome in ("Retained", "Churned"):
        fig.add_bar(
            y=list(wide.index),
            x=wide[outcome] * 100,
            orientation="h",
            name=f"{outcome} ({sizes.get(outcome, 0)} accounts)",
            marker_color=RETAINED_CHURNED_COLOURS[outcome],
            hovertemplate="%{y}: %{x:.0f} %<extra></extra>",
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(range=[0, 100], ticksuffix=" %")
    fig.update_yaxes(automargin=True)
    height = max(420, 60 + 36 * len(wide))
    return _styled(
        fig, "Features used by retained vs churned accounts", scope, "Accounts using it", None, height
    )


# --------------------------------------------------------------------------- plans


def plan_coverage(df: pd.DataFrame, scope: str, tier_names: list[str], no_arr_name: str) -> go.Figure:
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No active accounts")
    else:
        colours = tier_colours(tier_names, no_arr_name)
        fig.add_bar(
            x=df["tier"],
            y=df["coverage"] * 100,
            marker_color=[colours.get(t, NEUTRAL) for t in df["tier"]],
            text=[f"{p} of {n}" for p, n in zip(df["with_plan"], df["accounts"], strict=True)],
            textposition="outside",
            hovertemplate="%{x}: %{y:.0f} % of accounts have a plan<extra></extra>",
        )
        fig.update_yaxes(range=[0, 110], ticksuffix=" %")
    return _styled(fig, "Account plan coverage by tier", scope, "Tier", "Customers with a plan")


def plan_freshness(df: pd.DataFrame, scope: str) -> go.Figure:
    fig = go.Figure()
    fig.add_bar(
        x=list(df["freshness"]),
        y=df["plans"],
        marker_color=FRESHNESS_COLOURS[: len(df)],
        text=df["plans"],
        textposition="outside",
        customdata=df[["arr"]],
        hovertemplate="%{x}: %{y} plans, ARR %{customdata[0]:,.0f}<extra></extra>",
    )
    fig.update_yaxes(rangemode="tozero")
    return _styled(fig, "Account plan freshness", scope, "Last review", "Plans")


def blockers_by_dimension(df: pd.DataFrame, scope: str) -> go.Figure:
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No open blockers")
    else:
        ordered = df.iloc[::-1]
        fig.add_bar(
            y=ordered["dimension"],
            x=ordered["arr_affected"],
            orientation="h",
            marker_color=REACTIVE,
            text=[
                f"{b} blockers, {a} accounts"
                for b, a in zip(ordered["blockers"], ordered["accounts"], strict=True)
            ],
            textposition="auto",
            hovertemplate="%{y}: ARR %{x:,.0f}<extra></extra>",
        )
        fig.update_yaxes(automargin=True)
    height = max(420, 60 + 40 * len(df))
    return _styled(
        fig,
        "Open blockers by dimension: ARR affected",
        scope,
        "ARR of accounts with the blocker",
        None,
        height,
    )


def blockers_by_group(
    df: pd.DataFrame, scope: str, by: str, tier_names: list[str] | None = None, no_arr_name: str = "No ARR"
) -> go.Figure:
    """Open blockers per dimension, stacked by tier or segment."""
    fig = go.Figure()
    if df.empty:
        _empty(fig, "No open blockers")
        return _styled(fig, f"Open blockers by dimension and {by}", scope)
    groups = list(dict.fromkeys(df["group"]))
    if by == "tier" and tier_names:
        colours = tier_colours(tier_names, no_arr_name)
        groups = [t for t in [*tier_names, no_arr_name] if t in groups] + [
            g for g in groups if g not in tier_names
        ]
    else:
        colours = {g: group_colour(g) for g in groups}
    for group in groups:
        rows = df[df["group"] == group]
        fig.add_bar(
            x=rows["dimension"],
            y=rows["blockers"],
            name=str(group),
            marker_color=colours.get(group, NEUTRAL),
            customdata=rows[["arr_affected"]],
            hovertemplate="%{x}: %{y} blockers, ARR %{customdata[0]:,.0f}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    return _styled(fig, f"Open blockers by dimension and {by}", scope, "Dimension", "Blockers")
