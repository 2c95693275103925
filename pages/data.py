"""Data page: upload exports, check and correct how each was read, and see what was rejected."""

import streamlit as st

from ui import data_report, data_widgets, session, workspace_picker

ws = session.workspace()

st.title("Data")
data_widgets.show_notices()
workspace_picker.workspace_section()
if session.can_edit():
    data_report.source_controls(ws)
    data_widgets.upload_section(ws)
    if ws.files:
        st.subheader("Files")
        for number, loaded in enumerate(ws.files, start=1):
            data_widgets.file_panel(ws, loaded, number)
else:
    st.info("You are a viewer of this workspace: you see its data but cannot upload or change it.")

data_report.data_report(ws)
data_report.saved_mappings(ws)
data_report.templates_section()
