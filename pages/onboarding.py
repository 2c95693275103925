"""Onboarding & adoption: how fast customers get live, how well they start, how adoption grows.

The influence drivers of seed 003, measured while there is still time to act on them.
"""

import streamlit as st

from cs_dash.metrics import drivers
from cs_dash.plots import drivers as plots
from ui import columns, formats, render, session, sidebar
from ui.render import escape_md, metric


@st.fragment
def cohorts_part(ws, filters, scope: str, accounts) -> None:
    """The "Cohort" control reruns only the charts and tables it groups."""
    grain = (
        st.segmented_control(
            "Cohort",
            ["month", "quarter"],
            default="quarter",
            key="onb_grain",
            format_func=str.capitalize,
        )
        or "quarter"
    )
    cohorts = drivers.onboarding_by_cohort(ws, filters, grain)
    render.chart(plots.onboarding_days_by_cohort(cohorts, scope, grain), key="onb_days_cohort")
    st.caption(
        f"Accounts grouped by the {grain} they subscribed. Time to provision = provisioned_on − "
        "subscribed_on; time to value = go_live_on − provisioned_on, in calendar days; the bar is "
        "the median over the cohort's accounts that have both dates. Dates after the as-of date "
        "count as not reached yet. Shorter is better."
    )
    render.chart(plots.onboarding_days_distribution(accounts, scope), key="onb_days_dist")
    st.caption("How many accounts took how many days for each step (same definitions as above).")
    render.chart(plots.adoption_and_satisfaction_by_cohort(cohorts, scope, grain), key="onb_adoption")
    st.caption(
        "Initial adoption = the highest active users of any usage period in the 30 days after "
        "go-live ÷ seats purchased (median over the cohort). Go-live satisfaction = share of "
        "survey answers in the 30 days after go-live that would recommend (yes/no answers); "
        "the go-live NPS is in the table below."
    )
    if not ws.has("usage"):
        st.caption("Initial adoption needs the usage data (active users per period).")
    if not ws.has("surveys"):
        st.caption("Go-live satisfaction needs the surveys data.")
    with st.expander("Cohorts and accounts"):
        render.table(
            cohorts,
            f"onboarding_by_{grain}.csv",
            column_config=columns.config(cohorts, percent=("median_initial_adoption", "go_live_recommend")),
        )
        per_account = accounts.drop(columns=["tier_rank", "promoters", "detractors", "recommend_yes"])
        render.table(
            per_account,
            "onboarding_by_account.csv",
            column_config=columns.config(per_account, percent=("initial_adoption", "go_live_recommend")),
        )


ws = session.workspace()
filters = sidebar.current(ws)
scope = filters.describe()
tiers = ws.settings.tiers

st.title("Onboarding & adoption")
st.caption(f"As of {filters.as_of:%d %b %Y} · {escape_md(scope)}")
if filters.date_from or filters.date_to:
    st.caption(
        "Onboarding shows the accounts that subscribed inside the date range; the other tabs count "
        "usage, tickets and answers dated inside it."
    )

onboarding_tab, adoption_tab, escalations_tab, feedback_tab = st.tabs(
    ["Onboarding", "Adoption and seats", "Escalations", "Feedback"]
)

with onboarding_tab:
    if render.needs(ws, ("accounts",), "Onboarding (time to provision, time to value, initial adoption)"):
        accounts = drivers.onboarding_accounts(ws, filters)
        if accounts.empty:
            st.info(
                "No account in scope has a subscription, provisioning or go-live date. Add the "
                "subscribed_on, provisioned_on and go_live_on columns to the accounts file to see onboarding.",
                icon=":material/event_busy:",
            )
        else:
            overall = drivers.onboarding_overall(ws, filters)
            cols = st.columns(4)
            metric(
                cols[0], "Time to provision (median)", formats.days(overall.get("median_days_to_provision"))
            )
            metric(cols[1], "Time to value (median)", formats.days(overall.get("median_days_to_value")))
            metric(cols[2], "Initial adoption (median)", formats.pct(overall.get("median_initial_adoption")))
            metric(cols[3], "Go-live: would recommend", formats.pct(overall.get("go_live_recommend")))
            cohorts_part(ws, filters, scope, accounts)

with adoption_tab:
    st.subheader("User adoption")
    if render.needs(ws, ("usage",), "User and feature adoption"):
        adoption = drivers.user_adoption_overall(ws, filters)
        cols = st.columns(2)
        compared = adoption.get("accounts_compared") or 0
        metric(
            cols[0],
            "More users than at go-live",
            f"{adoption.get('accounts_growing') or 0} of {compared} accounts",
        )
        metric(cols[1], "Median growth since go-live", formats.pct(adoption.get("median_growth")))
        st.caption(
            "Accounts whose go-live falls inside the usage data: active users now (latest period on or "
            "before the as-of date) vs the highest in the 30 days after go-live."
        )
        months = drivers.active_users_by_month(ws, filters)
        render.chart(plots.active_users_trend(months, scope), key="adopt_users")
        st.caption(
            "Line: active users per month, summed over the accounts in scope; each account counts its "
            "highest usage row in the month (with one row per feature, the busiest feature, so nobody "
            "is counted once per feature). Bars: events (transactions), summed over every usage row. "
            "Growth in either is better."
        )
        growth = drivers.user_adoption(ws, filters)
        with st.expander("Active users now vs at go-live, per account"):
            st.caption(
                "At go-live = highest active users in the 30 days after go-live; now = the latest usage "
                "period on or before the as-of date. Growth = now ÷ at go-live − 1."
            )
            growth = growth.drop(columns=["tier_rank"])
            render.table(
                growth,
                "user_adoption.csv",
                column_config=columns.config(growth, percent=("growth_since_go_live",)),
            )
        st.subheader("Feature adoption")
        features = drivers.features_by_month(ws, filters)
        if features.empty:
            st.info(
                "The usage data names no features. Add a feature column (one row per feature used) to "
                "see feature adoption.",
                icon=":material/info:",
            )
        else:
            render.chart(plots.feature_adoption_trend(features, scope), key="adopt_features")
            st.caption(
                "Bars: distinct features used in the month by the accounts in scope. Line: new adoptions "
                "= (account, feature) pairs used for the first time that month, looking at all usage up "
                "to the as-of date; the features an account uses in its first month of usage data are its "
                "starting point and do not count as new."
            )
    st.subheader("Capacity utilisation")
    if render.needs(ws, ("accounts",), "Capacity utilisation"):
        capacity = drivers.capacity_by_tier(ws, filters)
        if capacity.empty:
            st.info(
                "No active account states both seats_purchased and seats_active. Add them to the "
                "accounts file to see capacity utilisation.",
                icon=":material/info:",
            )
        else:
            render.chart(
                plots.capacity_by_tier(capacity, scope, list(tiers.names), tiers.no_arr_name),
                key="adopt_capacity",
            )
            st.caption(
                "Seats active ÷ seats purchased for active accounts that state both; per tier the sum of "
                "active seats over the sum of purchased seats. Higher is better; the dotted line is 100 %."
            )
            with st.expander("Accounts, lowest utilisation first"):
                seats = drivers.capacity_accounts(ws, filters).drop(columns=["tier_rank"])
                render.table(
                    seats,
                    "capacity_utilisation.csv",
                    column_config=columns.config(seats, percent=("utilisation",)),
                )

with escalations_tab:
    if render.needs(ws, ("tickets",), "Escalations"):
        only_escalated = st.toggle("Escalated tickets only", key="onb_only_escalated")
        what = "Escalations" if only_escalated else "Tickets"
        now = drivers.escalations_now(ws, filters, only_escalated)
        cols = st.columns(3)
        metric(cols[0], "Open on the as-of date", formats.number(now.get("open_now")))
        closed_when = "in the date range" if filters.date_from or filters.date_to else "to date"
        metric(cols[1], f"Closed {closed_when}", formats.number(now.get("closed")))
        metric(cols[2], "Median days to resolution", formats.number(now.get("median_days_to_resolution"), 1))
        months = drivers.escalations_by_month(ws, filters, only_escalated)
        render.chart(plots.escalations_trend(months, scope, what), key="esc_trend")
        st.caption(
            "Opened and closed per month; open at month end = opened before and not closed by the end of "
            "the month (the as-of date for the current month). Fewer is better."
        )
        render.chart(plots.resolution_trend(months, scope, what), key="esc_resolution")
        st.caption("Median days from opened_at to closed_at of the tickets closed in each month.")

with feedback_tab:
    if render.needs(ws, ("surveys",), "Customer feedback (NPS, would recommend)"):
        overall = drivers.feedback_overall(ws, filters)
        cols = st.columns(3)
        metric(cols[0], "Answers", formats.number(overall.get("answers")))
        metric(cols[1], "NPS", formats.number(overall.get("nps")))
        metric(cols[2], "Would recommend", formats.pct(overall.get("pct_recommend")))
        months = drivers.feedback_by_month(ws, filters)
        render.chart(plots.feedback_trend(months, scope), key="feedback_trend")
        st.caption(
            "NPS = % promoters (score 9–10) − % detractors (0–6) over the answers with a score; would "
            "recommend = share of yes among the answers with a yes/no. Answers dated on or before the "
            "as-of date, inside the date range."
        )
