"""Overview page."""

import streamlit as st

from ui import render

st.title("Overview")
render.coming(
    "The handful of numbers and charts a VP puts in a slide: the Hurtlocker ratio and its trend, CS cost and firefighting share, ARR by health band and tier, renewals in the next 90 days and the accounts needing attention.",
    "Engagements; accounts add revenue, tiers and renewals.",
)
