"""Account plans: each customer's success definition, steps and blockers, and across all plans
their coverage, freshness and the patterns in what blocks customers (seed 002)."""

import pandas as pd
import streamlit as st

from cs_dash.metrics import plans
from cs_dash.plots import drivers as plots
from cs_dash.scope import PAST_ARR_NOTE
from ui import columns, render, session, sidebar
from ui.render import escape_md, metric


@st.fragment
def blockers_split(ws, filters, scope: str, tiers) -> None:
    """The "Split by" control reruns only its own chart."""
    by = st.segmented_control("Split by", ["tier", "segment"], default="tier", key="plan_by") or "tier"
    split = plans.blockers_by_dimension(ws, filters, by=by)
    render.chart(
        plots.blockers_by_group(split, scope, by, list(tiers.names), tiers.no_arr_name),
        key="plan_blockers_by",
    )
    st.caption(f"Open blockers per dimension, stacked by the account's {by}.")


ws = session.workspace()
filters = sidebar.current(ws)
scope = filters.describe()
tiers = ws.settings.tiers

st.title("Account plans")
st.caption(f"As of {filters.as_of:%d %b %Y} · {escape_md(scope)}")
if filters.date_from or filters.date_to:
    st.caption("Plans are judged as they stand on the as-of date; the date range does not apply here.")

if render.needs(ws, ("plans",), "Account plans"):
    coverage = plans.coverage_by_tier(ws, filters)
    fresh = plans.freshness(ws, filters)
    per_account = plans.plan_accounts(ws, filters)

    total = coverage[coverage["tier"] == "All tiers"]
    cols = st.columns(3)
    if not total.empty:
        metric(cols[0], "Customers with a plan", f"{total.iloc[0]['coverage']:.0%}")
    plans_in = dict(zip(fresh["freshness"], fresh["plans"], strict=True))
    recent = sum(plans_in[label] for days, label in plans.FRESHNESS_BUCKETS if days <= 90)
    metric(cols[1], "Plans reviewed in the last 90 days", f"{int(recent)}")
    metric(cols[2], "Stale plans", f"{int(plans_in[plans.STALE] + plans_in[plans.UNDATED])}")
    render.past_note(ws, filters, PAST_ARR_NOTE)

    render.chart(
        plots.plan_coverage(
            coverage[coverage["tier"] != "All tiers"], scope, list(tiers.names), tiers.no_arr_name
        ),
        key="plan_coverage",
    )
    st.caption(
        "Share of the customers on the as-of date in each tier with at least one plan row (goal, step or blocker) "
        "created on or before the as-of date. Bar labels: accounts with a plan of accounts in the tier."
    )

    render.chart(plots.plan_freshness(fresh, scope), key="plan_freshness")
    st.caption(
        "Days from the plan's last touch to the as-of date: its latest reviewed_on, or created_on for "
        "rows never reviewed. 30 days = monthly update, 90 = quarterly refresh, 365 = yearly plan; "
        "older or undated plans are stale."
    )
    stale = plans.stale_plans(ws, filters)
    if not stale.empty:
        with st.expander(f"Stale plans ({len(stale)}), largest ARR first"):
            stale = stale[
                ["account", "tier", "arr", "csm", "last_reviewed", "days_since_review", "freshness"]
            ]
            render.table(stale, "stale_plans.csv", column_config=columns.config(stale))

    st.header("Patterns across plans")
    blockers = plans.blockers_by_dimension(ws, filters)
    if blockers.empty:
        st.info("No open blockers in the plans in scope.", icon=":material/check_circle:")
    else:
        render.chart(plots.blockers_by_dimension(blockers, scope), key="plan_blockers")
        st.caption(
            "Blockers not marked done, grouped by dimension (People, Product, Services, Quality, … as "
            "written, matched case-insensitively; none given = Unclassified). Bar length: ARR of the "
            "accounts with such a blocker, each account counted once."
        )
        blockers_split(ws, filters, scope, tiers)

    st.header("One account's plan")
    if per_account.empty:
        st.info("No plan rows are dated on or before the as-of date for the accounts in scope.")
    else:
        names = dict(zip(per_account["account"], per_account["account_key"], strict=False))
        chosen = st.selectbox("Account", list(names), key="plan_account")
        summary = per_account[per_account["account"] == chosen].iloc[0]
        st.subheader("Success definition")
        goal = summary["success_definition"]
        st.text("No goal written yet." if pd.isna(goal) else goal)
        cols = st.columns(3)
        metric(cols[0], "Steps done", f"{int(summary['steps_done'])} of {int(summary['steps'])}")
        metric(cols[1], "Open blockers", f"{int(summary['open_blockers'])}")
        metric(
            cols[2],
            "Days since last review",
            "–" if summary["freshness"] == plans.UNDATED else f"{int(summary['days_since_review'])}",
        )
        items = plans.account_plan(ws, filters, names[chosen])
        render.table(items, "account_plan.csv", key="dl_account_plan", column_config=columns.config(items))

    with st.expander("Every plan"):
        every_plan = per_account.drop(columns=["account_key", "tier_rank"])
        render.table(every_plan, "account_plans.csv", column_config=columns.config(every_plan))
