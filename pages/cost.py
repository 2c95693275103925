"""Cost of service: what the team's time costs, what firefighting costs, and what prevention would."""

import html
from dataclasses import replace

import pandas as pd
import streamlit as st

from cs_dash.exec_summary import postmortem_charts
from cs_dash.formatting import money
from cs_dash.metrics import cost, postmortem
from cs_dash.metrics import fires as fire_metrics
from cs_dash.plots import fires as fire_plots
from cs_dash.plots import team as plots
from cs_dash.scope import PAST_ARR_NOTE
from cs_dash.settings import Touch
from ui import render, session, sidebar
from ui.render import metric

DEFINITION = (
    "**Cost** = duration in hours × the CSM's hourly rate. **Firefighting** = the cost of reactive work. "
    "**Prevention estimate (CRC)** = the proactive programme below (touches per year × minutes) × the "
    "average rate of the CSMs who own that tier's accounts. Per-year figures are annualised over the "
    "date range."
)

FIRES_DEFINITION = (
    "A fire = the reactive engagements that share a fire id; its cost = their hours × each CSM's "
    "hourly rate. Reactive work without a fire id is summed into one grey bar of its own. The 15 "
    "costliest fires are shown, coloured by whether the account is still a customer."
)


def column_labels(cur: str) -> dict:
    """Readable headers and formats for every column the cost tables show."""
    money_col = st.column_config.NumberColumn
    labels = {
        "account": "Account",
        "tier": "Tier",
        "owner": "Owner",
        "status": "Status",
        "fire": "Fire",
        "outcome": "Outcome",
        "accounts": "Accounts",
        "engagements": "Engagements",
        "with_duration": "With duration",
        "without_duration": "No duration",
        "uses_default_rate": st.column_config.CheckboxColumn("Default rate used"),
        "first_date": st.column_config.DateColumn("First", format="YYYY-MM-DD"),
        "last_date": st.column_config.DateColumn("Last", format="YYYY-MM-DD"),
        "hours": st.column_config.NumberColumn("Hours", format="%,.1f"),
        "avg_minutes": st.column_config.NumberColumn("Avg minutes", format="%.0f"),
        "avg_effectiveness": st.column_config.NumberColumn("Avg effectiveness (1–5)", format="%.1f"),
        "cs_cost_share_of_arr": st.column_config.NumberColumn("CS cost % of ARR", format="percent"),
        "crc_to_cac": st.column_config.NumberColumn("CRC ÷ CAC", format="%.2f"),
    }
    for key, label in (
        ("arr", "ARR"),
        ("cac", "CAC"),
        ("avg_cac", "Average CAC"),
        ("cost", "Cost"),
        ("firefighting", "Firefighting"),
        ("firefighting_cost", "Firefighting"),
        ("proactive_cost", "Proactive"),
        ("firefighting_per_year", "Firefighting / year"),
        ("prevention_per_account", "CRC / account"),
        ("prevention_per_year", "Prevention / year"),
        ("cs_cost_per_year", "CS cost / year"),
    ):
        labels[key] = money_col(label, format=f"{cur}%,.0f")
    return labels


POSTMORTEM_INTRO = (
    "Pick a fire (or click its bar in the chart above): what warned of it in the 90 days before, the "
    "work it took, and what the tier's proactive programme would have cost over the same months. The "
    "fires offered are the costliest by fire id, then the costliest bursts of reactive work without one "
    "(3 or more engagements on one account, each within 14 days of the one before). A post-mortem covers "
    "the whole fire, whoever worked on it."
)
PICKED = "postmortem_fire"


def clicked_fire(event, labels: list[str]) -> str | None:
    """The fire whose bar was clicked in the costliest-fires chart, if it is one the box offers."""
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    for point in points:
        label = html.unescape(str(point.get("y", "")))  # the chart shows names escaped
        if label in labels:
            return label
    return None


def postmortem_section(ws, filters, fires: pd.DataFrame, event, cur: str) -> None:
    """One fire's post-mortem: tiles, the two charts, the warning signs and the work by type."""
    st.subheader("Fire post-mortem")
    st.caption(POSTMORTEM_INTRO)
    options = postmortem.choices(ws, filters, fires)
    if not options:
        st.info("No fire for these filters: no reactive work with a fire id, and no burst of reactive work.")
        return
    labels = [f.label for f in options]
    picked = clicked_fire(event, labels)
    if picked and st.session_state.get("postmortem_clicked") != picked:
        st.session_state[PICKED] = picked
    st.session_state["postmortem_clicked"] = picked
    if st.session_state.get(PICKED) not in labels:
        st.session_state.pop(PICKED, None)
    label = st.selectbox("Fire", labels, key=PICKED)
    fire = options[labels.index(label)]
    found = postmortem.report(ws, fire)
    summary = found.summary
    cols = st.columns(4)
    metric(cols[0], "The fire cost", money(summary["cure"], cur), f"{summary['cure_hours']:,.1f} h",
           delta_color="off", delta_arrow="off")  # fmt: skip
    metric(cols[1], "Prevention, same months", money(summary["prevention"], cur),
           None if summary["prevention_hours"] is None else f"{summary['prevention_hours']:,.1f} h",
           delta_color="off", delta_arrow="off")  # fmt: skip
    ratio = summary["cure_to_prevention"]
    metric(cols[2], "Cure ÷ prevention", "–" if ratio is None else f"{ratio:,.1f}×")
    lead = found.lead_days
    metric(cols[3], "First warning", "none found" if lead is None else f"{lead} days before")
    if summary["without_duration"]:
        st.caption(
            f"{summary['without_duration']:,} of the fire's engagements have no duration: counted, not costed."
        )
    timeline_chart, prevention_chart = postmortem_charts(ws, filters, fire, found)
    render.chart(timeline_chart.figure, key="cost_postmortem_timeline", definition=timeline_chart.definition)
    left, right = st.columns(2)
    with left:
        render.chart(
            prevention_chart.figure, key="cost_postmortem_prevention", definition=prevention_chart.definition
        )
    with right:
        st.markdown("**Warning signs before the fire**")
        if found.signs.empty:
            st.text("None found in the 90 days before.")
        else:
            render.table(found.signs, "fire_warning_signs.csv", key="pm_signs_csv",
                         column_config={"date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                                        "sign": "Sign", "detail": "What"})  # fmt: skip
        st.markdown("**The work by type**")
        render.table(found.kinds, "fire_work_by_type.csv", key="pm_types_csv",
                     column_config={**column_labels(cur), "type": "Type"})  # fmt: skip
    with st.expander("Every engagement of the fire"):
        render.table(found.work.drop(columns=["rate_is_default"]), "fire_engagements.csv", key="pm_work_csv",
                     column_config={**column_labels(cur), "date": st.column_config.DateColumn("Date"),
                                    "csm": "CSM", "type": "Type", "duration_min": "Minutes",
                                    "effectiveness": "Effectiveness (1–5)"})  # fmt: skip


def rates_editor(ws) -> None:
    """Hourly rates per CSM: edits become the settings' rate overrides."""
    current = cost.rates(ws)
    st.caption(
        f"Rates come from the team file when uploaded; a CSM without one gets the default "
        f"({render.escape_md(ws.settings.currency)}{ws.settings.default_hourly_rate:,.0f}/h, flagged). "
        "Edit any rate here."
    )
    with st.form("rates_form", border=False):
        default_rate = st.number_input(
            "Default hourly rate", min_value=0.0, value=float(ws.settings.default_hourly_rate), step=5.0
        )
        edited = st.data_editor(
            current,
            hide_index=True,
            disabled=["csm", "rate_is_default", "engagements"],
            column_config={
                "csm": "CSM",
                "hourly_rate": st.column_config.NumberColumn("Hourly rate", min_value=0.0, format="%.2f"),
                "rate_is_default": st.column_config.CheckboxColumn("Default rate"),
                "engagements": "Engagements",
            },
            key="rates_editor",
        )
        if st.form_submit_button("Save rates", icon=":material/save:"):
            overrides = dict(ws.settings.rates)
            for (_, before), (_, after) in zip(current.iterrows(), edited.iterrows(), strict=True):
                rate = after["hourly_rate"]
                if pd.notna(rate) and float(rate) != float(before["hourly_rate"]):
                    overrides[str(after["csm"])] = float(rate)
            session.apply_settings(replace(ws.settings, rates=overrides, default_hourly_rate=default_rate))
            st.rerun()


def programme_editor(ws) -> None:
    """The proactive programme per tier that the prevention estimate is built from."""
    table = pd.DataFrame(
        [(t.tier, t.touch, t.per_year, t.minutes) for t in ws.settings.programme],
        columns=["tier", "touch", "per_year", "minutes"],
    )
    with st.form("programme_form", border=False):
        edited = st.data_editor(
            table,
            hide_index=True,
            num_rows="dynamic",
            column_config={
                "tier": "Tier",
                "touch": "Touch",
                "per_year": st.column_config.NumberColumn("Per year", min_value=0.0),
                "minutes": st.column_config.NumberColumn("Minutes each", min_value=0.0),
            },
            key="programme_editor",
        )
        if st.form_submit_button("Save programme", icon=":material/save:"):
            complete = edited.dropna(subset=["tier", "per_year", "minutes"])
            skipped = len(edited) - len(complete)
            touches = [
                Touch(str(r.tier).strip(), str(r.touch or "").strip(), float(r.per_year), float(r.minutes))
                for r in complete.itertuples()
                if str(r.tier).strip()
            ]
            session.apply_settings(replace(ws.settings, programme=touches))
            if skipped:
                st.session_state["programme_note"] = f"{skipped} incomplete row(s) were left out."
            st.rerun()
    if note := st.session_state.pop("programme_note", None):
        st.warning(note)


ws = session.workspace()
st.title("Cost of service")
if render.needs(ws, ("engagements",), "The cost of service"):
    filters = sidebar.current(ws)
    scope = filters.describe()
    cur = ws.settings.currency
    years = cost.period_years(ws, filters)
    st.caption(
        f"{render.escape_md(scope)} · as of {filters.as_of:%d %b %Y} · {cost.years_label(years)} of work. {DEFINITION}"
    )

    total = cost.totals(ws, filters)
    cols = st.columns(5)
    metric(cols[0], "CS cost", money(total["cost"], cur), help="All engagements with a duration, costed.")
    share = total["firefighting_share"]
    metric(cols[1],
        "Firefighting", money(total["firefighting"], cur), None if share is None else f"{share:.0%} of cost",
        delta_color="off",
        delta_arrow="off",
    )  # fmt: skip
    metric(cols[2], "Proactive work", money(total["proactive"], cur))
    metric(cols[3], "Hours logged", f"{total['hours']:,.0f}")
    metric(
        cols[4],
        "Not costed",
        f"{total['without_duration']:,}",
        help="Engagements without a duration: counted, not costed.",
    )
    if total["without_duration"]:
        st.warning(
            f"{total['without_duration']:,} of {total['engagements']:,} engagements have no duration, so they "
            "are counted but not costed: the costs here are a floor.",
            icon=":material/timer_off:",
        )
    if total["uses_default_rate"]:
        st.info("Some CSMs have no hourly rate and are costed at the default rate (see Rates below).")

    by_csm = cost.breakdown(ws, filters, "csm")
    by_type = cost.breakdown(ws, filters, "type")
    tiers = cost.per_tier(ws, filters)
    fires = fire_metrics.costliest(ws, filters)
    left, right = st.columns(2)
    with left:
        if len(by_csm) > 1:
            render.chart(plots.cost_by_group(by_csm, scope, "CSM", cur), key="cost_by_csm")
        else:  # one CSM in view: their cost by tier says more than a lone bar
            by_tier = cost.breakdown(ws, filters, "tier")
            render.chart(plots.cost_by_group(by_tier, scope, "tier", cur), key="cost_by_csm")
    with right:
        render.chart(plots.cost_by_group(by_type, scope, "engagement type", cur), key="cost_by_type")
    left, right = st.columns(2)
    with left:
        render.chart(plots.firefighting_vs_prevention(tiers, scope, cur), key="cost_vs_prevention")
    with right:
        fire_click = render.chart(
            fire_plots.costliest_fires(fires, scope, cur),
            key="cost_fires",
            definition=FIRES_DEFINITION,
            selectable=True,
        )
    postmortem_section(ws, filters, fires, fire_click, cur)

    columns = column_labels(cur)
    st.subheader("Per tier: firefighting vs prevention")
    render.past_note(ws, filters, PAST_ARR_NOTE)
    render.table(tiers.drop(columns=["tier_rank"]), "cost_per_tier.csv", column_config=columns)
    tab_fires, tab_accounts, tab_type, tab_csm = st.tabs(
        ["Costliest fires", "Per account", "By type", "By CSM"]
    )
    with tab_fires:
        st.caption(FIRES_DEFINITION)
        render.table(fires.drop(columns=["without_fire_id"]), "costliest_fires.csv", column_config=columns)
    with tab_accounts:
        accounts = cost.per_account(ws, filters).drop(columns=["tier_rank"])
        render.table(accounts, "cost_per_account.csv", column_config=columns)
    for tab, frame, name in ((tab_type, by_type, "Type"), (tab_csm, by_csm, "CSM")):
        with tab:
            render.table(frame, f"cost_by_{name.lower()}.csv", column_config={**columns, "group": name})

    st.subheader("Rates and prevention programme")
    if not session.can_edit():
        st.info("You are a viewer of this workspace: the rates and the programme are set by its editors.")
    else:
        left, right = st.columns(2)
        with left, st.container(border=True):
            st.markdown("**Hourly rates**")
            rates_editor(ws)
        with right, st.container(border=True):
            st.markdown("**Proactive programme per tier** (what prevention would take, per account per year)")
            programme_editor(ws)
