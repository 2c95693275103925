"""Streamlit glue shared by app.py and the pages: the session's workspace, sidebar, rendering."""
