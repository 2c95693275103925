"""Health page."""

import streamlit as st

from ui import render

st.title("Health")
render.coming(
    "A health score per account from a scorecard you configure, its band, what pulls it down, its trend, and an early-warning list sorted by ARR at stake.",
    "Engagements; accounts, tickets, surveys, usage and plans add measures.",
)
