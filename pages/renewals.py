"""Tiers & renewals page."""

import streamlit as st

from ui import render

st.title("Tiers & renewals")
render.coming(
    "Accounts sorted into revenue tiers, and renewals per tier in the next 30 / 60 / 90 / 180 / 365 days and overdue, as a timeline and a table.",
    "Accounts with ARR and renewal dates (or engagements that carry them).",
)
