"""Cost of service page."""

import streamlit as st

from ui import render

st.title("Cost of service")
render.coming(
    "What the team's work costs (duration × hourly rate), what firefighting costs against the prevention programme per tier, CS cost as % of ARR and CRC vs CAC.",
    "Engagements with durations; team rates; accounts with ARR and CAC.",
)
