"""Settings page."""

import streamlit as st

from ui import render

st.title("Settings")
render.coming(
    "Rates, tiers, scorecard, prevention programme and targets, saved and loaded as one file.",
    "None.",
)
