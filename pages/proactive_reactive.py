"""Proactive vs Reactive page."""

import streamlit as st

from ui import render

st.title("Proactive vs Reactive")
render.coming(
    "The Hurtlocker ratio (proactive ÷ reactive engagements), by count and by minutes, by CSM, account, tier and type, and its trend against your target.",
    "Engagements (date, account, CSM, Proactive/Reactive tag).",
)
