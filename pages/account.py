"""Account page."""

import streamlit as st

from ui import render

st.title("Account")
render.coming(
    "One customer's 360° view — engagements, tickets, usage, survey answers, plan and health — and a scorecard to share with that customer as a file.",
    "Any table with an account column; accounts for revenue and renewal.",
)
