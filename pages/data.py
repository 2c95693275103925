"""Data page."""

import streamlit as st

from ui import render

st.title("Data")
render.coming(
    "Upload your exports, check how each was mapped, fix any mapping, and see every rejected row.",
    "Any CSV export.",
)
