"""The executive summary file carries the Overview's numbers for the filters in force."""

from __future__ import annotations

import datetime as dt

from cs_dash.exec_summary import exec_summary_html, headline_kpis
from cs_dash.scope import Scope
from tests.images import fake_png

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


def test_the_ratio_tile_without_reactive_work_shows_no_number_and_says_why_in_its_note(make_ws):
    ws = _company(make_ws)
    tiles = {k.label: k for k in headline_kpis(ws, Scope(as_of=AS_OF, csms=("Dana",)))}
    ratio = tiles["Hurtlocker ratio"]
    # Dana has 3 proactive and no reactive engagement: no ratio, and the note says so.
    assert (ratio.value, ratio.note, ratio.delta) == ("–", "all proactive", None)
    everyone = {k.label: k for k in headline_kpis(ws, Scope(as_of=AS_OF))}["Hurtlocker ratio"]
    assert (everyone.value, everyone.note, everyone.delta) == ("3.00", "target 2 : 1", "+1.00 vs target")


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
    doc = exec_summary_html(ws, Scope(csms=("Dana",), as_of=AS_OF), render=fake_png)
    assert "CSM: Dana · as of 30 Jun 2025" in doc
    assert "Customer Success executive summary" in doc
    assert doc.count("<img class='chart'") == 2


def test_tables_show_numbers_as_on_screen_under_words(make_ws):
    ws = _company(make_ws)
    doc = exec_summary_html(ws, Scope(as_of=AS_OF), render=fake_png)
    # Acme renews on 30 Jul 2025, 30 days after the as-of date, for $100,000.
    assert "<td>$100,000</td>" in doc
    assert "<td>30 Jul 2025</td>" in doc
    assert "<td>30</td>" in doc
    for header in ("Account", "CSM", "ARR", "Renewal", "Days left"):
        assert f"<th>{header}</th>" in doc
    for raw in ("100000.0", "renewal_date", "days_left", "2025-07-30", "nan", "None"):
        assert raw not in doc
