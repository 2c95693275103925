"""Settings: tiers, health scorecard, bands, rates, prevention programme and targets, as one file."""

import pandas as pd
import streamlit as st

from cs_dash.measures import MEASURES
from cs_dash.settings import (
    DIRECTIONS,
    TIER_METHODS,
    Settings,
    SettingsError,
    dumps_toml,
    loads_toml,
)
from ui import session, settings_form
from ui.render import escape_md

ws = session.workspace()
current = ws.settings
state = st.session_state
version = state.setdefault("settings_version", 0)  # new widgets (with the new values) after each apply


def show_problems(problems: list[str]) -> None:
    st.error(f"These settings cannot be used: {len(problems)} problem(s). Nothing was changed.")
    st.dataframe(pd.DataFrame({"problem": problems}), hide_index=True, width="stretch")


def apply(new: Settings, message: str) -> None:
    tiers_changed = new.tiers != ws.settings.tiers
    session.apply_settings(new)
    state["settings_version"] = version + 1
    state["settings_message"] = message
    if tiers_changed and "f_tier" in state:
        del state["f_tier"]  # tier names or members changed: the tier filter starts again
    st.rerun()


st.title("Settings")
st.caption(
    "Everything a leader tunes, in one place and one file: revenue tiers, the health scorecard and "
    "its bands, hourly rates, the proactive programme and targets. Every page follows at once."
)
if state.get("settings_message"):
    st.success(state.pop("settings_message"))
if state.get("settings_problems"):
    show_problems(state.pop("settings_problems"))

left, right = st.columns(2)
with left:
    st.download_button(
        "Download settings (TOML)",
        dumps_toml(current).encode("utf-8"),
        file_name="cs-dash-settings.toml",
        mime="application/toml",
        icon=":material/download:",
        key="settings_download",
    )
if not session.can_edit():
    st.info("You are a viewer of this workspace: its settings are shown in the file above, not changed here.")
    st.stop()
with right:
    upload = st.file_uploader("Upload settings", type=["toml"], key="settings_upload", max_upload_size=1)
    if upload is not None and state.get("settings_upload_done") != upload.file_id:
        state["settings_upload_done"] = upload.file_id
        if upload.size > 1_000_000:
            show_problems(["the settings file is larger than 1 MB; it cannot be a settings file"])
        else:
            try:
                apply(loads_toml(upload.getvalue()), "Settings loaded from the file and applied.")
            except SettingsError as exc:
                show_problems(exc.problems)

with st.form(f"settings_form_{version}"):
    st.subheader("Revenue tiers")
    t = current.tiers
    method = st.radio(
        "Sort accounts into tiers by",
        TIER_METHODS,
        index=TIER_METHODS.index(t.method),
        format_func={"quantile": "share of accounts (quantile)", "thresholds": "ARR thresholds"}.get,
        horizontal=True,
        key=f"set_{version}_tier_method",
    )
    count = st.radio("Number of tiers", [3, 4], index=[3, 4].index(len(t.names)), horizontal=True,
                     key=f"set_{version}_tier_count")  # fmt: skip
    st.caption(
        "Top tier first. Quantile: the share of accounts in each tier (adds up to 100 %); equal ARR "
        "never splits across tiers. Thresholds: the lowest ARR of each tier but the last; an ARR "
        "exactly at a threshold goes to the higher tier. Changes to the number of tiers show after Apply."
    )
    default_names = ["Tier 1", "Tier 2", "Tier 3", "Tier 4"]
    default_shares = {3: [10.0, 30.0, 60.0], 4: [10.0, 20.0, 30.0, 40.0]}
    names, shares, thresholds = [], [], []
    cols = st.columns(len(t.names))
    for i, col in enumerate(cols):
        with col:
            names.append(
                st.text_input(f"Name of tier {i + 1}", t.names[i], key=f"set_{version}_tier_name_{i}")
            )
            share = t.shares[i] * 100 if i < len(t.shares) else 0.0
            shares.append(
                st.number_input(
                    "Share of accounts (%)", 0.0, 100.0, share, step=5.0, key=f"set_{version}_share_{i}"
                )
            )
            if i < len(t.names) - 1:
                low = t.thresholds[i] if i < len(t.thresholds) else 0.0
                thresholds.append(
                    st.number_input(
                        f"Lowest ARR ({escape_md(current.currency)})",
                        0.0,
                        None,
                        float(low),
                        step=1000.0,
                        key=f"set_{version}_threshold_{i}",
                    )  # fmt: skip
                )

    st.subheader("Health scorecard")
    st.caption(
        "Each measure scores 0 at **bad** and 100 at **good**, straight in between. Overall = "
        "Σ(weight × score) ÷ Σ(weight) over the measures an account has data for. "
        "Definitions are under the table."
    )
    scorecard = st.data_editor(
        settings_form.scorecard_frame(current),
        hide_index=True,
        width="stretch",
        num_rows="dynamic",
        key=f"set_{version}_scorecard",
        column_config={
            "key": st.column_config.SelectboxColumn("Measure", options=list(MEASURES), required=True),
            "label": st.column_config.TextColumn("Label"),
            "enabled": st.column_config.CheckboxColumn("On"),
            "weight": st.column_config.NumberColumn("Weight", min_value=0.0),
            "direction": st.column_config.SelectboxColumn("Better when", options=list(DIRECTIONS)),
            "bad": st.column_config.NumberColumn("Bad (0)"),
            "good": st.column_config.NumberColumn("Good (100)"),
        },
    )
    with st.expander("What each measure means"):
        st.dataframe(
            pd.DataFrame(
                {
                    "measure": list(MEASURES),
                    "unit": [m.unit for m in MEASURES.values()],
                    "definition": [m.definition for m in MEASURES.values()],
                }  # fmt: skip
            ),
            hide_index=True,
            width="stretch",
        )

    st.caption(
        "Optional: a different weight for a measure in one tier (blank = the weight above). "
        "For example weigh NPS more for Tier 1, where an executive sponsor answers the survey."
    )
    tier_weights = st.data_editor(
        settings_form.tier_weights_frame(current),
        hide_index=True,
        width="stretch",
        key=f"set_{version}_tier_weights",
        disabled=["measure"],
        column_config={
            "measure": st.column_config.TextColumn("Measure"),
            **{
                n: st.column_config.NumberColumn(f"Weight in {n}", min_value=0.0) for n in current.tiers.names
            },
        },
    )

    st.subheader("Health bands")
    st.caption(
        "Best first. A score belongs to the first band whose minimum it reaches. The note says what to do."
    )
    bands = st.data_editor(
        settings_form.bands_frame(current),
        hide_index=True,
        width="stretch",
        num_rows="dynamic",
        key=f"set_{version}_bands",
        column_config={
            "name": st.column_config.TextColumn("Band", required=True),
            "min_score": st.column_config.NumberColumn("From score", min_value=0, max_value=100),
            "colour": st.column_config.TextColumn("Colour (#RRGGBB)"),
            "note": st.column_config.TextColumn("Status note (lessons from the last fire)", width="large"),
        },
    )

    st.subheader("Rates and targets")
    c1, c2, c3, c4 = st.columns(4)
    currency = c1.text_input("Currency symbol", current.currency, max_chars=4, key=f"set_{version}_currency")
    default_rate = c2.number_input("Default hourly rate", 0.0, None, float(current.default_hourly_rate),
                                   key=f"set_{version}_default_rate")  # fmt: skip
    ratio_target = c3.number_input("Hurtlocker ratio target", 0.1, None, float(current.targets.hurtlocker_ratio),
                                   step=0.1, key=f"set_{version}_ratio_target")  # fmt: skip
    share_target = c4.number_input("Proactive share target (%)", 0.0, 100.0,
                                   float(current.targets.proactive_share * 100), key=f"set_{version}_share_target")  # fmt: skip
    st.caption("Hourly rates per CSM override the team file; CSMs without one use the default rate.")
    rates = st.data_editor(
        settings_form.rates_frame(current),
        hide_index=True,
        num_rows="dynamic",
        key=f"set_{version}_rates",
        column_config={
            "csm": st.column_config.TextColumn("CSM"),
            "hourly_rate": st.column_config.NumberColumn("Hourly rate", min_value=0.0),
        },
    )

    st.subheader("Proactive programme per tier (prevention estimate)")
    programme = st.data_editor(
        settings_form.programme_frame(current),
        hide_index=True,
        width="stretch",
        num_rows="dynamic",
        key=f"set_{version}_programme",
        column_config={
            "tier": st.column_config.SelectboxColumn("Tier", options=list(current.tiers.names)),
            "touch": st.column_config.TextColumn("Touch"),
            "per_year": st.column_config.NumberColumn("Times a year", min_value=0.0),
            "minutes": st.column_config.NumberColumn("Minutes each", min_value=0.0),
        },
    )
    submitted = st.form_submit_button("Apply", type="primary", icon=":material/check:")

if submitted:
    if count != len(t.names):  # a tier added or removed: sensible starting values to adjust
        names = (names + [n for n in default_names if n not in names])[:count]
        shares = default_shares[count]
        thresholds = thresholds[: count - 1] if count < len(t.names) else thresholds + [thresholds[-1] / 2]
    try:
        new = settings_form.to_settings(
            current,
            tier_method=method,
            tier_names=names,
            shares_percent=shares,
            thresholds=thresholds,
            scorecard=scorecard,
            bands=bands,
            programme=programme,
            rates=rates,
            currency=currency,
            default_rate=default_rate,
            hurtlocker_target=ratio_target,
            proactive_share_target=share_target,
            tier_weights=tier_weights,
        )
    except SettingsError as exc:
        show_problems(exc.problems)
    else:
        apply(new, "Settings applied. Every page now uses them.")

if st.button("Reset to the defaults", icon=":material/restart_alt:", key="settings_reset"):
    apply(Settings(), "Default settings restored.")
