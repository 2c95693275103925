"""cs-dash: the frame. Page config, navigation, the shared sidebar filters, then the page."""

import streamlit as st

from ui import data_widgets, session, sidebar, team

# An emoji icon is drawn by the browser; a material one would be fetched from Google's servers.
st.set_page_config(page_title="cs-dash", page_icon="📊", layout="wide")

PAGES = {
    "Summary": [
        st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page("pages/account.py", title="Account", icon=":material/apartment:"),
    ],
    "Team": [
        st.Page("pages/proactive_reactive.py", title="Proactive vs Reactive", icon=":material/balance:"),
        st.Page("pages/cost.py", title="Cost of service", icon=":material/payments:"),
    ],
    "Customers": [
        st.Page("pages/renewals.py", title="Tiers & renewals", icon=":material/event_repeat:"),
        st.Page("pages/health.py", title="Health", icon=":material/favorite:"),
        st.Page("pages/onboarding.py", title="Onboarding & adoption", icon=":material/rocket_launch:"),
        st.Page("pages/outcomes.py", title="Outcomes", icon=":material/trending_up:"),
        st.Page("pages/plans.py", title="Account plans", icon=":material/checklist:"),
    ],
    "Setup": [
        st.Page("pages/data.py", title="Data", icon=":material/upload_file:"),
        st.Page("pages/settings.py", title="Settings", icon=":material/tune:"),
    ],
}

navigation = st.navigation(PAGES)
team.require_login()
# Files an upload's stopped run left are imported before anything shows the data.
ws = data_widgets.import_waiting_uploads(session.workspace())
session.show_notice()
sidebar.render(ws)
if ws.is_sample:
    st.info(
        "You are looking at **sample data** for a made-up company. Upload your own exports on the "
        "**Data** page to see your team.",
        icon=":material/science:",
    )
navigation.run()
