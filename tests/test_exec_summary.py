"""The executive summary file carries the Overview's numbers for the filters in force."""

from __future__ import annotations

import datetime as dt

from cs_dash.exec_summary import exec_summary_html, headline_kpis
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)


def _company(make_ws):
    return make_ws(
        accounts="""
        account,arr,csm,renewal_date
        Acme,100000,Dana,2025-07-30
        Globex,5000,Lee,2026-01-01
        """,
        team="""
        csm,hourly_rate
        Dana,100
        Lee,50
        """,
        engagements="""
        date,account,csm,tag,duration_min
        2025-06-01,Acme,Dana,proactive,60
        2025-06-02,Acme,Dana,proactive,60
        2025-06-03,Acme,Dana,proactive,60
        2025-06-04,Globex,Lee,reactive,120
        """,
    )


def test_headline_numbers_are_worked_by_hand(make_ws):
    ws = _company(make_ws)
    kpis = {k.label: k.value for k in headline_kpis(ws, Scope(as_of=AS_OF))}
    # 3 proactive ÷ 1 reactive; 3 ÷ 4 = 75 %.
    assert kpis["Hurtlocker ratio"] == "3.00"
    assert kpis["Proactive share"] == "75%"
    # Cost: Dana 3 h × $100 = $300, Lee 2 h × $50 = $100 -> $400; firefighting $100 ÷ $400 = 25 %.
    assert kpis["CS cost"] == "$400"
    assert kpis["Firefighting share"] == "25%"
    # Only Acme renews within 90 days of 2025-06-30.
    assert kpis["Renewing in 90 days"] == "$100k"


def test_the_file_names_the_filters_and_escapes_names(make_ws):
    ws = _company(make_ws)
    doc = exec_summary_html(ws, Scope(csms=("Dana",), as_of=AS_OF))
    assert "CSM: Dana · as of 30 Jun 2025" in doc
    assert "Customer Success executive summary" in doc
    assert doc.count("Plotly.newPlot") == 2
