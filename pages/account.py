"""Account page: one customer's 360° view and the scorecard to share with that customer."""

import pandas as pd
import streamlit as st

from cs_dash.charts import NO_TIER_COLOUR
from cs_dash.exports import scorecard_name
from cs_dash.metrics import account as acc
from cs_dash.metrics import health, health_history
from cs_dash.plots import account as plots
from cs_dash.plots import customers as customer_plots
from cs_dash.scope import PAST_ARR_NOTE, PAST_RENEWAL_NOTE, Scope
from cs_dash.scorecard import customer_scorecard_html, customer_scorecard_pdf
from cs_dash.settings import band_for
from ui import columns, render, session, sidebar
from ui.render import metric

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
metric(
    cols[0],
    "ARR",
    "–" if p["arr"] is None or p["arr"] != p["arr"] else f"{ws.settings.currency}{p['arr']:,.0f}",
)
metric(cols[1], "Tier", p["tier"])
metric(cols[2], "Owner CSM", p["csm"] or "–")
days = p["days_to_renewal"]
metric(
    cols[3],
    "Renewal",
    "–" if days is None or days != days else f"{int(days)} days",
    help="Days from the as-of date to the renewal date; negative means overdue.",
)
metric(cols[4], "Status", str(p["status"]).capitalize())
render.past_note(ws, filters, PAST_ARR_NOTE, PAST_RENEWAL_NOTE)
st.text(f"Owner CSM: {p['csm'] or 'unknown'} · Segment: {p['segment'] or 'unknown'}")

st.subheader("Health")
settings = ws.settings
one_account = Scope(as_of=as_of)
mine = health.account_scores(ws, one_account, account_key=key)
if mine.empty or pd.isna(mine.iloc[0]["score"]):
    st.info("No health score for this account on the as-of date: none of the scorecard's measures has data.")
else:
    row = mine.iloc[0]
    cols = st.columns(4)
    metric(cols[0], "Health score", f"{row['score']:.0f} / 100")
    metric(cols[1], "Band", row["band"])
    st.text(f"Pulls it down most: {row['weakest_label'] or 'nothing'}")
    note = next((b.note for b in settings.bands if b.name == row["band"]), "")
    if note:
        st.text(f"{row['band']}: {note}")
    band_colours = {b.name: b.colour for b in settings.bands}
    scope = f"as of {as_of:%d %b %Y}"

    def band_colour(score: float) -> str:
        return band_colours.get(band_for(score, settings.bands), NO_TIER_COLOUR)

    left, right = st.columns(2)
    with left:
        parts = health.breakdown(row["breakdown"])
        render.chart(
            customer_plots.breakdown_bars(parts, scope, names[key], band_colour), key="acc_breakdown"
        )
    with right:
        history = health_history.history(ws, one_account, account_key=key)
        bands = [(b.name, b.min_score, b.colour) for b in settings.bands]
        render.chart(
            customer_plots.score_history(history[history["account_key"] == key], scope, bands, names[key]),
            key="acc_health_history",
        )

st.subheader("Activity")
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
metric(cols[0], "Open tickets", int(t["open"] or 0))
metric(cols[1], "Open escalations", int(t["open_escalations"] or 0))
metric(cols[2], "NPS, 12 months", "–" if s["nps"] is None or s["nps"] != s["nps"] else f"{s['nps']:+.0f}")
metric(cols[3], "Survey answers, 12 months", int(s["answers"] or 0))

st.subheader("Recent engagements")
recent = acc.recent_engagements(ws, key, as_of)
render.table(recent, f"engagements_{key}.csv", key="acc_recent", column_config=columns.config(recent))
st.subheader("Account plan")
plan = acc.plan_items(ws, key)
if plan.empty:
    st.info("No account plan for this account. Upload account plans to track goals, steps and blockers.")
else:
    render.table(plan, f"plan_{key}.csv", key="acc_plan", column_config=columns.config(plan))

st.subheader("Share with the customer")
st.caption(
    "A PDF or a self-contained HTML file with the customer's own numbers: seats in use, adoption, support, "
    "feedback and the success plan. Internal matters (cost, health notes) are left out."
)
pdf, page = st.columns(2)
with pdf:
    render.prepared_download(
        "customer scorecard (PDF)",
        lambda: customer_scorecard_pdf(ws, key, as_of),
        file_name=scorecard_name(names[key], "pdf"),
        mime="application/pdf",
        key="acc_scorecard_pdf",
        stamp=(key, as_of, ws.settings),
    )
with page:
    render.prepared_download(
        "customer scorecard (HTML)",
        lambda: customer_scorecard_html(ws, key, as_of),
        file_name=scorecard_name(names[key], "html"),
        mime="text/html",
        key="acc_scorecard",
        stamp=(key, as_of, ws.settings),
    )
