"""Overview: the handful of numbers and charts a VP puts in a slide, for the filters in force."""

import pandas as pd
import streamlit as st

from cs_dash.metrics import cost, hurtlocker, overview
from cs_dash.plots import team as plots
from ui import render, session, sidebar

ATTENTION_NOTE = (
    "Interim list until health scores are wired in: active accounts with reactive work in the last 90 "
    "days and a proactive share below target, largest ARR first."
)

ws = session.workspace()
st.title("Overview")
if render.needs(ws, ("engagements",), "The overview"):
    filters = sidebar.current(ws)
    scope = filters.describe()
    cur = ws.settings.currency
    targets = ws.settings.targets
    st.caption(f"{scope} · as of {filters.as_of:%d %b %Y}")

    hurt = hurtlocker.totals(ws, filters)
    spend = cost.totals(ws, filters)
    tiers = overview.arr_by_tier(ws, filters)
    renewals = overview.renewals_due(ws, filters, 90)

    cols = st.columns(6)
    ratio = hurt["ratio"]
    cols[0].metric(
        "Hurtlocker ratio",
        f"{ratio:.2f}" if ratio is not None else hurt["ratio_label"].capitalize(),
        None if ratio is None else f"{ratio - targets.hurtlocker_ratio:+.2f} vs target",
        help="Proactive ÷ reactive engagements.",
    )
    share = hurt["proactive_share"]
    cols[1].metric("Proactive share", "–" if share is None else f"{share:.0%}")
    cols[2].metric("CS cost", f"{cur}{spend['cost']:,.0f}", help="Hours × hourly rate, in the date range.")
    fire_share = spend["firefighting_share"]
    cols[3].metric(
        "Firefighting share", "–" if fire_share is None else f"{fire_share:.0%}", help="Reactive cost ÷ cost."
    )
    cols[4].metric("Active ARR", f"{cur}{tiers['arr'].sum():,.0f}", f"{int(tiers['accounts'].sum()):,} accounts",
                   delta_color="off")  # fmt: skip
    cols[5].metric(
        "Renewing in 90 days", f"{cur}{renewals['arr'].fillna(0).sum():,.0f}", f"{len(renewals):,} accounts",
        delta_color="off",
    )  # fmt: skip

    left, right = st.columns([3, 2])
    with left:
        trend = hurtlocker.trend(ws, filters, "month")
        render.chart(
            plots.ratio_trend(trend, scope, targets.hurtlocker_ratio, "month", height=330), key="ov_trend"
        )
    with right:
        tier_order = ws.query("SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank")[
            "tier"
        ].tolist()
        render.chart(plots.arr_by_tier(tiers, scope, tier_order, cur, height=330), key="ov_tiers")

    money_col = st.column_config.NumberColumn("ARR", format=f"{cur}%,.0f")
    left, right = st.columns(2)
    with left:
        st.markdown("**Accounts needing attention**")
        attention = overview.needing_attention(ws, filters, targets.proactive_share)
        st.dataframe(
            attention,
            hide_index=True,
            width="stretch",
            height=min(230, 38 + 35 * max(len(attention), 1)),
            column_config={
                "arr": money_col,
                "proactive_share": st.column_config.NumberColumn("Proactive share", format="percent"),
                "renewal_date": st.column_config.DateColumn("Renewal"),
                "reactive": "Reactive (90 d)",
            },
        )
        st.caption(ATTENTION_NOTE)
    with right:
        st.markdown("**Renewals in the next 90 days**")
        top = renewals.sort_values("arr", ascending=False, na_position="last").head(5)
        top = top.sort_values("renewal_date") if not top.empty else top
        st.dataframe(
            top.assign(renewal_date=pd.to_datetime(top["renewal_date"])),
            hide_index=True,
            width="stretch",
            height=min(230, 38 + 35 * max(len(top), 1)),
            column_config={
                "arr": money_col,
                "renewal_date": st.column_config.DateColumn("Renewal"),
                "days_left": "Days left",
            },
        )
        st.caption(f"The five largest of {len(renewals):,} renewals due; all of them on Tiers & renewals.")
