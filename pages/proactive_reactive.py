"""Proactive vs Reactive: the Hurtlocker ratio by CSM, tier, type, account and over time."""

from dataclasses import replace

import streamlit as st

from cs_dash.formatting import compact_count
from cs_dash.metrics import hurtlocker
from cs_dash.plots import team as plots
from ui import render, session, sidebar
from ui.render import metric

DEFINITION = (
    "**Hurtlocker ratio** = proactive ÷ reactive engagements; **by minutes** = proactive minutes ÷ "
    "reactive minutes; **proactive share** = proactive ÷ (proactive + reactive). A group with no "
    "reactive work is *all proactive*. Engagements tagged neither way are counted as untagged."
)
SHOWN_ACCOUNT_COLUMNS = [
    "account", "tier", "arr", "owner", "reactive", "proactive", "minutes_reactive", "last_reactive", "ratio_label",
]  # fmt: skip


def ratio_text(value: float | None, label: str) -> str:
    return f"{value:.2f}" if value is not None else label.capitalize()


@st.fragment
def trend_chart(ws, filters, scope: str, target: float, page_trend, page_period: str) -> None:
    """The "Trend by" control reruns only its own chart; the page's trend serves its own period."""
    period = st.session_state.get("pvr_period") or "month"
    trend = page_trend if period == page_period else hurtlocker.trend(ws, filters, period)
    render.chart(plots.ratio_trend(trend, scope, target, period), key="pvr_trend")
    st.segmented_control("Trend by", ["month", "week"], default="month", key="pvr_period")


ws = session.workspace()
st.title("Proactive vs Reactive")
if render.needs(ws, ("engagements",), "The Hurtlocker ratio"):
    filters = sidebar.current(ws)
    scope = filters.describe()
    targets = ws.settings.targets
    target = targets.hurtlocker_ratio
    st.caption(f"{render.escape_md(scope)} · as of {filters.as_of:%d %b %Y}. {DEFINITION}")

    period = st.session_state.get("pvr_period") or "month"
    data = hurtlocker.page_data(ws, filters, period)
    total = data["totals"]

    cols = st.columns(5)
    ratio = total["ratio"]
    metric(
        cols[0],
        "Hurtlocker ratio",
        ratio_text(ratio, total["ratio_label"]),
        delta=None if ratio is None else f"{ratio - target:+.2f} vs target {target:g}",
        help="Proactive ÷ reactive engagements.",
    )
    metric(
        cols[1],
        "Ratio by minutes",
        ratio_text(total["effort_ratio"], "no reactive minutes"),
        help="Proactive minutes ÷ reactive minutes (engagements with a duration only).",
    )
    share = total["proactive_share"]
    metric(cols[2], "Proactive share", "–" if share is None else f"{share:.0%}")
    metric(
        cols[3],
        "Proactive · reactive",
        f"{compact_count(total['proactive'])} · {compact_count(total['reactive'])}",
        help=f"{total['proactive']:,} proactive and {total['reactive']:,} reactive engagements.",
    )
    metric(cols[4], "Untagged", f"{total['untagged']:,}", help="Tagged neither proactive nor reactive.")

    if total["proactive"] + total["reactive"] == 0:
        st.info("No tagged engagements match these filters. Widen the filters in the sidebar.")
    else:
        left, right = st.columns(2)
        with left:
            if len(data["by_csm"]) > 1:
                render.chart(plots.ratio_by_group(data["by_csm"], scope, target, "CSM"), key="pvr_by_csm")
            else:  # one CSM in view: compare their tiers instead of a lone bar
                figure = plots.ratio_by_group(data["by_tier"], scope, target, "tier", sort=False)
                render.chart(figure, key="pvr_by_csm")
        with right:
            trend_chart(ws, filters, scope, target, data["trend"], period)
        render.chart(plots.share_heatmap(data["matrix"], scope, targets.proactive_share), key="pvr_heatmap")
        left, right = st.columns(2)
        with left:
            render.chart(plots.tag_counts(data["by_tier"], scope, "tier", order_by=None), key="pvr_by_tier")
        with right:
            render.chart(plots.tag_counts(data["by_type"], scope, "engagement type"), key="pvr_by_type")

        st.subheader("Accounts with the most reactive work")
        accounts = data["reactive_accounts"]
        render.chart(
            plots.tag_counts(
                accounts.rename(columns={"account": "group"}),
                scope,
                "account (most reactive)",
                order_by="reactive",
            ),
            key="pvr_by_account",
        )
        render.table(
            accounts[SHOWN_ACCOUNT_COLUMNS],
            "most_reactive_accounts.csv",
            column_config={
                "account": "Account",
                "tier": "Tier",
                "owner": "Owner",
                "arr": st.column_config.NumberColumn("ARR", format=f"{ws.settings.currency}%,.0f"),
                "reactive": "Reactive",
                "proactive": "Proactive",
                "minutes_reactive": st.column_config.NumberColumn("Reactive minutes", format="%,.0f"),
                "last_reactive": st.column_config.DateColumn("Last reactive", format="YYYY-MM-DD"),
                "ratio_label": "Ratio",
            },
        )

    if not session.can_edit():
        st.caption(f"Target Hurtlocker ratio: {target:g}, set by the workspace's editors.")
    else:
        with st.expander("Target"):
            new_target = st.number_input(
                "Target Hurtlocker ratio (proactive per reactive engagement)",
                min_value=0.1,
                max_value=50.0,
                value=float(target),
                step=0.5,
                key="pvr_target",
            )
            if new_target != target:
                settings = ws.settings
                session.apply_settings(
                    replace(settings, targets=replace(settings.targets, hurtlocker_ratio=new_target))
                )
                st.rerun()
