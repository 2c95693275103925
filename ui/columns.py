"""Column settings for tables: readable headers, dates without a clock time, shares as percentages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

ACRONYMS = {"arr": "ARR", "csm": "CSM", "nps": "NPS", "grr": "GRR", "nrr": "NRR", "cac": "CAC"}


def label(column: str) -> str:
    """A column name as a header: "go_live_nps" -> "Go live NPS"."""
    words = [ACRONYMS.get(w, w) for w in str(column).split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def config(df: pd.DataFrame, percent: tuple[str, ...] = ()) -> dict:
    """``column_config`` for ``st.dataframe``: "days_to_value" shows as "Days to value", and so on."""
    out = {}
    for column in df.columns:
        header = label(column)
        if column in percent:
            out[column] = st.column_config.NumberColumn(header, format="percent")
        elif pd.api.types.is_datetime64_any_dtype(df[column]):
            out[column] = st.column_config.DateColumn(header, format="YYYY-MM-DD")
        elif pd.api.types.is_float_dtype(df[column]):
            out[column] = st.column_config.NumberColumn(header, format="localized")
        else:
            out[column] = st.column_config.Column(header)
    return out
