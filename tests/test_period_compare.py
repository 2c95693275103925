"""Overview tiles against the previous period of the same length, worked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics.period_compare import previous_period, tile_deltas
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)
JUNE = Scope(date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 30), as_of=AS_OF)


def test_the_previous_period_is_as_long_and_ends_the_day_before():
    before = previous_period(JUNE)
    # June has 30 days: 2 May .. 31 May.
    assert (before.date_from, before.date_to) == (dt.date(2025, 5, 2), dt.date(2025, 5, 31))
    assert before.as_of == AS_OF and before.csms == JUNE.csms
    assert previous_period(Scope(as_of=AS_OF)) is None


@pytest.fixture
def company(make_ws):
    return make_ws(
        team="""
        csm,hourly_rate
        Dana,100
        """,
        engagements="""
        date,account,csm,tag,duration_min
        2025-05-10,Acme,Dana,proactive,60
        2025-05-11,Acme,Dana,reactive,60
        2025-06-02,Acme,Dana,proactive,60
        2025-06-03,Acme,Dana,proactive,60
        2025-06-04,Acme,Dana,proactive,60
        2025-06-05,Acme,Dana,reactive,60
        2025-04-01,Acme,Dana,reactive,600
        """,
    )


def test_tiles_show_the_change_from_the_previous_period(company):
    deltas = tile_deltas(company, JUNE)
    # June: 3 P ÷ 1 R = 3.00, share 75 %, cost 4 h × $100 = $400, firefighting $100 ÷ $400 = 25 %.
    # 2-31 May: 1 P ÷ 1 R = 1.00, share 50 %, cost $200, firefighting 50 %. (1 April is outside.)
    assert deltas["Hurtlocker ratio"].text == "+2.00 vs previous 30 days"
    assert deltas["Proactive share"].text == "+25 pts vs previous 30 days"
    assert deltas["CS cost"].text == "+100% vs previous 30 days"
    assert deltas["Firefighting share"].text == "-25 pts vs previous 30 days"
    assert deltas["Firefighting share"].higher_is_better is False


def test_no_deltas_without_a_date_range_or_without_earlier_work(company):
    assert tile_deltas(company, Scope(as_of=AS_OF)) == {}
    may = Scope(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31), as_of=AS_OF)
    assert tile_deltas(company, may) == {}


def test_the_summary_and_deck_tiles_carry_the_change_in_their_note(company):
    from cs_dash.exec_summary import file_kpis

    notes = {k.label: k.note for k in file_kpis(company, JUNE)}
    assert notes["Hurtlocker ratio"].endswith(" · +2.00 vs previous 30 days")
    assert notes["Firefighting share"] == "reactive cost ÷ cost · -25 pts vs previous 30 days"
