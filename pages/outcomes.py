"""Outcomes: renewals, expansion and churn in money and count, GRR, NRR and logo churn, and the
features that set renewing accounts apart from churning ones (seeds 003 and 004)."""

import streamlit as st

from cs_dash.formatting import money
from cs_dash.metrics import bridge, outcomes
from cs_dash.plots import drivers as plots
from cs_dash.plots import outcomes as outcome_plots
from ui import columns, formats, render, session, sidebar
from ui.render import escape_md, metric

RETENTION_NOTE = (
    "GRR and NRR per period on one axis, over the accounts active at its start (definitions above); "
    "new accounts of the period are outside both. An open marker is a period not yet over on the "
    "as-of date. The dotted line is 100 %."
)
BRIDGE_NOTE = (
    "Start ARR + new + expansion − contraction − churn = end ARR. ARR at a moment = the running total "
    "of the revenue log before it (renewal rows keep it as it is), over every account in the filters, "
    "new logos included. The latest complete period is shown first."
)


@st.fragment
def bridge_chart(steps, scope: str, grain: str, currency: str) -> None:
    """The bridge's own period choice reruns only the bridge."""
    labels = [outcome_plots.period_label(p, grain) for p in steps["period_start"]]
    complete = [i for i, partial in enumerate(steps["partial"]) if not partial]
    default = complete[-1] if complete else len(labels) - 1
    chosen = st.selectbox(
        "Period",
        range(len(labels)),
        index=default,
        format_func=labels.__getitem__,
        key="out_bridge_period",
    )
    row = steps.iloc[chosen].to_dict()
    render.chart(
        outcome_plots.revenue_bridge(row, scope, grain, currency),
        key="out_bridge",
        definition=BRIDGE_NOTE,
    )
    st.caption(BRIDGE_NOTE)


@st.fragment
def by_period(ws, filters, scope: str) -> None:
    """The "Period" control reruns only the charts and tables it splits, not the features below."""
    grain = "quarter"
    if ws.has("revenue") or ws.has("accounts"):
        grain = (
            st.segmented_control(
                "Period", ["month", "quarter"], default="quarter", key="out_grain", format_func=str.capitalize
            )
            or "quarter"
        )

    if not ws.has("revenue") and ws.has("accounts"):
        render.needs(ws, ("revenue",), "Renewals, expansion, GRR and NRR")
        st.caption(
            "The accounts file gives one ARR per account, as it is today; GRR and NRR need each account's "
            "ARR at the start of a period, which only a log of revenue changes (new, renewal, expansion, "
            "contraction, churn) can give. Logo churn can come from the accounts file alone:"
        )
        logos = outcomes.logo_churn_from_accounts(ws, filters, grain)
        render.chart(plots.logo_churn_trend(logos, scope, grain), key="out_logo_accounts")
        st.caption(
            "Logo churn = accounts whose churned_on falls in the period ÷ accounts that were customers at "
            "its start (subscribed before it, not churned yet). Accounts marked churned without a date are "
            "left out."
        )
    elif render.needs(ws, ("revenue",), "Renewals, expansion, churn, GRR and NRR"):
        unrecognised = outcomes.unrecognised_kinds(ws)
        if not unrecognised.empty:
            st.warning(
                f"{int(unrecognised['rows'].sum())} revenue rows have a kind that is none of new, renewal, "
                "expansion, contraction or churn, and are left out. Their kinds:",
                icon=":material/warning:",
            )
            st.dataframe(unrecognised, hide_index=True, column_config=columns.config(unrecognised))

        year = outcomes.trailing_year(ws, filters)
        cols = st.columns(4)
        metric(cols[0], "GRR, last 12 months", formats.pct(year.get("grr"), 1))
        metric(cols[1], "NRR, last 12 months", formats.pct(year.get("nrr"), 1))
        metric(cols[2], "Logo churn, last 12 months", formats.pct(year.get("logo_churn"), 1))
        metric(cols[3], "ARR at the start", money(year.get("start_arr"), ws.settings.currency))
        st.caption(
            "Over the 365 days ending on the as-of date, for the accounts active at its start. "
            "GRR = (start ARR − contraction − churn) ÷ start ARR; NRR = (start ARR + expansion − contraction "
            "− churn) ÷ start ARR; logo churn = accounts with a churn row ÷ accounts at the start. Start ARR "
            "is each account's running total of new + expansion − contraction − churn before the start "
            "(renewal rows keep the ARR as it is). Accounts whose history has no 'new' row count only from "
            "their first change."
        )

        changes = outcomes.outcomes_by_period(ws, filters, grain)
        render.chart(plots.outcomes_by_period(changes, scope, "amount", grain), key="out_money")
        st.caption(
            "Sum of the revenue rows' amounts per kind and period (amounts read as positive numbers). "
            "Renewals = ARR renewed; expansion = ARR added by existing customers; contraction and churn = "
            "ARR lost."
        )
        render.chart(plots.outcomes_by_period(changes, scope, "accounts", grain), key="out_count")
        st.caption("Distinct accounts with at least one row of that kind in the period.")

        retention = outcomes.retention_by_period(ws, filters, grain)
        render.chart(
            outcome_plots.grr_nrr(retention, scope, grain), key="out_retention", definition=RETENTION_NOTE
        )
        st.caption(RETENTION_NOTE)
        render.chart(outcome_plots.logo_churn(retention, scope, grain), key="out_logo_churn")
        st.caption("Logo churn = accounts with a churn row in the period ÷ accounts active at its start.")

        st.subheader("Revenue bridge")
        steps = bridge.bridge_by_period(ws, filters, grain)
        if steps.empty:
            st.info("No revenue changes up to the as-of date.", icon=":material/info:")
        else:
            bridge_chart(steps, scope, grain, ws.settings.currency)
            with st.expander(f"Bridge per {grain}"):
                render.table(steps, f"revenue_bridge_by_{grain}.csv", column_config=columns.config(steps))
        with st.expander("Retention per period"):
            render.table(
                retention,
                f"retention_by_{grain}.csv",
                column_config=columns.config(retention, percent=("grr", "nrr", "logo_churn")),
            )


ws = session.workspace()
filters = sidebar.current(ws)
scope = filters.describe()

st.title("Outcomes")
st.caption(f"As of {filters.as_of:%d %b %Y} · {escape_md(scope)}")

by_period(ws, filters, scope)

st.header("Features of renewing vs churning accounts")
if render.needs(ws, ("usage",), "The feature comparison"):
    features = outcomes.features_by_outcome(ws, filters)
    if features.empty:
        st.info(
            "The usage data names no features. Add a feature column (one row per feature used) to compare "
            "retained and churned accounts.",
            icon=":material/info:",
        )
    else:
        if "Churned" not in set(features["outcome"]):
            st.info(
                "No churned account in scope has usage, so there is nothing to compare with yet. Accounts "
                "count as churned when the accounts file says status churned or gives a churned_on date.",
                icon=":material/info:",
            )
        render.chart(plots.features_by_outcome(features, scope), key="out_features")
        st.caption(
            "Share of the accounts in each group that used the feature at least once (usage rows in the "
            "date range, up to the as-of date). Churned = status churned; every other account is retained. "
            "Only accounts that appear in the usage data count. The features with the widest gap come first."
        )
        with st.expander("All features"):
            render.table(
                features,
                "features_by_outcome.csv",
                column_config=columns.config(features, percent=("share_using",)),
            )
