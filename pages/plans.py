"""Account plans page."""

import streamlit as st

from ui import render

st.title("Account plans")
render.coming(
    "Each account's success definition, steps and blockers; plan coverage by tier; freshness against monthly, quarterly and yearly reviews; blockers by dimension across all plans.",
    "Account plans; accounts for tiers and ARR.",
)
