"""Account page: one customer's 360° view and the scorecard to share with that customer."""

import streamlit as st

from cs_dash.metrics import account as acc
from cs_dash.plots import account as plots
from cs_dash.scorecard import customer_scorecard_html
from ui import render, session, sidebar

ws = session.workspace()
filters = sidebar.current(ws)
as_of = filters.as_of

st.title("Account")
choices = acc.account_choices(ws, filters)
if choices.empty:
    st.info(
        "No account matches the filters in the sidebar. Widen them, or upload an accounts or "
        "engagements file on the Data page.",
        icon=":material/filter_alt_off:",
    )
    st.stop()

keys = choices["account_key"].tolist()
names = dict(zip(choices["account_key"], choices["account"], strict=True))
wanted = st.query_params.get("account")
index = keys.index(wanted) if wanted in keys else 0
key = st.selectbox("Account", keys, index=index, format_func=names.get, key="account_pick")
st.query_params["account"] = key

p = acc.profile(ws, key, as_of)
cols = st.columns(5)
cols[0].metric(
    "ARR", "–" if p["arr"] is None or p["arr"] != p["arr"] else f"{ws.settings.currency}{p['arr']:,.0f}"
)
cols[1].metric("Tier", p["tier"])
cols[2].metric("Owner CSM", p["csm"] or "–")
days = p["days_to_renewal"]
cols[3].metric(
    "Renewal",
    "–" if days is None or days != days else f"{int(days)} days",
    help="Days from the as-of date to the renewal date; negative means overdue.",
)
cols[4].metric("Status", str(p["status"]).capitalize())

left, right = st.columns(2)
with left:
    months = acc.engagements_by_month(ws, key, as_of)
    if months.empty:
        st.info("No engagements logged for this account yet.")
    else:
        render.chart(plots.engagements_by_month(months, names[key]), key="acc_eng")
with right:
    usage = acc.usage_by_month(ws, key, as_of)
    if usage.empty:
        st.info("No usage data for this account. Upload a usage export to see adoption.")
    else:
        render.chart(plots.active_users_by_month(usage, names[key], p["seats_purchased"]), key="acc_usage")

t = acc.tickets_summary(ws, key, as_of)
s = acc.survey_summary(ws, key, as_of)
cols = st.columns(4)
cols[0].metric("Open tickets", int(t["open"] or 0))
cols[1].metric("Open escalations", int(t["open_escalations"] or 0))
cols[2].metric("NPS, 12 months", "–" if s["nps"] is None or s["nps"] != s["nps"] else f"{s['nps']:+.0f}")
cols[3].metric("Survey answers, 12 months", int(s["answers"] or 0))

st.subheader("Recent engagements")
render.table(acc.recent_engagements(ws, key, as_of), f"engagements_{key}.csv", key="acc_recent")
st.subheader("Account plan")
plan = acc.plan_items(ws, key)
if plan.empty:
    st.info("No account plan for this account. Upload account plans to track goals, steps and blockers.")
else:
    render.table(plan, f"plan_{key}.csv", key="acc_plan")

st.subheader("Share with the customer")
st.caption(
    "A self-contained HTML file with the customer's own numbers: seats in use, adoption, support, "
    "feedback and the success plan. Internal matters (cost, health notes) are left out."
)
st.download_button(
    "Download customer scorecard (HTML)",
    customer_scorecard_html(ws, key, as_of),
    file_name=f"scorecard_{names[key][:40]}.html".replace("/", "_"),
    mime="text/html",
    icon=":material/share:",
    key="acc_scorecard",
)
