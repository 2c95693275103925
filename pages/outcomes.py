"""Outcomes page."""

import streamlit as st

from ui import render

st.title("Outcomes")
render.coming(
    "Renewals, expansion and churn in money and count per period; GRR, NRR and logo churn; features used by accounts that renew vs those that churn.",
    "Revenue changes; accounts; usage with features.",
)
