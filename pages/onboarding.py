"""Onboarding & adoption page."""

import streamlit as st

from ui import render

st.title("Onboarding & adoption")
render.coming(
    "Time to provision, time to value, initial adoption and go-live satisfaction by cohort; user and feature adoption, capacity utilisation, escalations and feedback over time.",
    "Accounts with subscription, provisioning and go-live dates; usage; surveys; tickets.",
)
