"""Health: each customer's score from the leader's scorecard, the early-warning list, trends, and a backtest."""

import pandas as pd
import streamlit as st

from cs_dash import charts
from cs_dash.charts import NO_TIER_COLOUR
from cs_dash.formatting import money
from cs_dash.metrics import backtest, health, health_history
from cs_dash.plots import customers as plots
from cs_dash.scope import PAST_ARR_NOTE, PAST_RENEWAL_NOTE
from cs_dash.settings import band_for
from ui import render, session, sidebar, snapshot_note
from ui.render import metric

ws = session.workspace()
st.title("Health")
if ws.has("accounts") or render.needs(ws, ("engagements",), "The health scorecard"):
    filters = sidebar.current(ws)
    settings = ws.settings
    currency = settings.currency
    scope = f"{filters.describe()} · as of {filters.as_of:%d %b %Y}"
    band_colours = charts.band_colours(settings.bands, health.NO_SCORE_BAND)
    tier_names = [*settings.tiers.names, settings.tiers.no_arr_name]
    bands_text = ", ".join(f"{b.name} ≥ {b.min_score:g}" for b in settings.bands[:-1])
    st.caption(
        f"{render.escape_md(scope)}. Score 0-100 = Σ(weight × measure score) ÷ Σ(weight) over the measures an account has "
        f"data for (a missing measure drops out). Bands: {bands_text}, else {settings.bands[-1].name}. "
        "Edit the scorecard in Settings."
    )

    scores = health.account_scores(ws, filters, breakdown=False)
    if scores.empty:
        st.info("No customers match these filters on the as-of date. Widen the filters in the sidebar.")
        st.stop()
    cols = st.columns(len(settings.bands) + 1)
    metric(cols[0], "Customers scored", f"{scores['score'].notna().sum():,}")
    for col, band in zip(cols[1:], settings.bands, strict=False):
        part = scores[scores["band"] == band.name]
        metric(
            col,
            band.name,
            f"{len(part):,}",
            f"{money(part['arr'].sum(), currency)} ARR",
            delta_color="off",
            delta_arrow="off",
        )
    snapshot_note.health_note(ws, filters, scores)

    render.past_note(ws, filters, PAST_ARR_NOTE, PAST_RENEWAL_NOTE)

    mix = health.band_distribution(ws, filters)
    left, right = st.columns(2)
    with left:
        render.chart(
            plots.band_mix(mix, scope, band_colours, tier_names, "accounts"), key="health_mix_accounts"
        )
    with right:
        render.chart(
            plots.band_mix(mix, scope, band_colours, tier_names, "arr", currency), key="health_mix_arr"
        )

    st.subheader("Early warning")
    warning = health.early_warning(ws, filters)
    notes = {b.name: b.note for b in settings.bands}
    st.caption(
        f"Customers in the lowest band ({settings.bands[-1].name}) or whose score fell "
        f"{health.FALLING_POINTS} points or more since the last month end, largest ARR at stake first."
    )
    if warning.empty:
        st.success("No customer is at risk or falling for these filters.")
    else:
        shown = warning.assign(
            what_to_do=warning["band"].map(notes), pulls_down_most=warning["weakest_label"]
        ).drop(columns=["weakest_measure", "weakest_label"])
        render.table(
            shown,
            "early_warning.csv",
            key="health_ew_csv",
            column_config={
                "account": "Account",
                "tier": "Tier",
                "csm": "Owner CSM",
                "band": "Band",
                "reason": "Why listed",
                "what_to_do": "What to do (band note)",
                "pulls_down_most": "Pulls it down most",
                "arr": st.column_config.NumberColumn(f"ARR at stake ({currency})", format="localized"),
                "score": st.column_config.ProgressColumn("Score", min_value=0, max_value=100, format="%.1f"),
                "previous_score": st.column_config.NumberColumn("Last month end", format="%.1f"),
                "change": st.column_config.NumberColumn("Change", format="%+.1f"),
                "renewal_date": st.column_config.DateColumn("Renewal"),
            },
        )

    st.subheader("One account")
    options = scores["account"].tolist()
    chosen = st.selectbox("Account (lowest score first)", options, key="health_account")
    row = scores[scores["account"] == chosen].iloc[0]
    mine = health.account_scores(ws, filters, account_key=row["account_key"])
    parts = health.breakdown(mine["breakdown"].iloc[0])
    score_text = "no score" if pd.isna(row["score"]) else f"{row['score']:.0f}"
    owner = row["csm"] if isinstance(row["csm"], str) else "unknown"
    st.text(f"{chosen}: score {score_text} ({row['band']}) · {row['tier']} · owner {owner}")
    if isinstance(notes.get(row["band"]), str) and notes.get(row["band"]):
        st.text(f"{row['band']}: {notes[row['band']]}")

    def band_colour(score: float) -> str:
        return band_colours.get(band_for(score, settings.bands), NO_TIER_COLOUR)

    left, right = st.columns(2)
    with left:
        render.chart(plots.breakdown_bars(parts, scope, chosen, band_colour), key="health_breakdown")
    history = health_history.history(ws, filters)
    with right:
        mine = history[history["account"] == chosen]
        bands = [(b.name, b.min_score, b.colour) for b in settings.bands]
        render.chart(plots.score_history(mine, scope, bands, chosen), key="health_history")
    render.table(
        parts.assign(definition=parts["measure"].map(lambda k: health.MEASURES[k].definition)),
        "health_breakdown.csv",
        key="health_breakdown_csv",
        column_config={
            "measure": "Key",
            "label": "Measure",
            "weight": "Weight",
            "definition": "Definition",
            "value": st.column_config.NumberColumn("Value", format="%.3g"),
            "score": st.column_config.NumberColumn("Score", format="%.1f"),
            "points_lost": st.column_config.NumberColumn("Points lost", format="%.1f"),
        },
    )

    st.subheader("Health over time")
    sources = health_history.sources(ws, filters)
    st.caption(
        render.escape_md(
            "Each month end's score is computed from the data as it was then (rows dated later are "
            "ignored). ▲/▼: up or down 1 point or more since the month before. Lowest score today first. "
            + sources.describe(settings.bands)
        )
    )
    history_colours = charts.band_colours(sources.bands(settings.bands), health.NO_SCORE_BAND)
    render.chart(
        plots.band_history(health_history.band_history(ws, filters), scope, history_colours),
        key="health_band_history",
    )
    history["cell"] = health.score_cells(history["score"], history["change"])
    history["when"] = pd.to_datetime(history["as_of"]).dt.strftime("%Y-%m-%d")
    grid = history.pivot_table(index=["account", "tier"], columns="when", values="cell", aggfunc="first")
    latest = history.sort_values("as_of").groupby("account")["score"].last()
    grid = grid.reset_index().fillna("")
    grid = grid.assign(latest=grid["account"].map(latest)).sort_values("latest").drop(columns="latest")
    render.table(
        grid,
        "health_history.csv",
        key="health_history_csv",
        column_config={"account": "Account", "tier": "Tier"},
    )

    st.subheader("Does the scorecard predict churn? (backtest)")
    horizon = st.segmented_control(
        "Score accounts this many days before the outcome",
        [30, 60, 90, 180],
        default=90,
        key="health_horizon",
    )
    result = backtest.run(ws, filters, horizon_days=int(horizon or 90))
    left, right = st.columns([2, 1])
    with left:
        render.chart(
            plots.churn_by_band(result.by_band, scope, band_colours, result.auc), key="health_backtest"
        )
    with right:
        metric(st, "AUC", "–" if result.auc is None else f"{result.auc:.2f}")
        metric(st, "Churned · renewed", f"{result.churned:,} · {result.renewed:,}")
        st.caption(
            "Each churned or renewed account is scored as it looked that many days before the outcome. "
            "AUC = the chance a churned account scored lower than a renewed one: 0.5 is a coin toss, "
            "1.0 a perfect warning. Outcomes come from churned accounts (accounts file) and churn / "
            "renewal rows (revenue file)."
        )
