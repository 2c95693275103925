"""The revenue bridge on a tiny revenue log whose quarters were added up by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from cs_dash.metrics.bridge import bridge_by_period
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def company(make_ws):
    return make_ws(
        accounts="""
        account,csm
        Acme,Dana
        Globex,Lee
        Initech,Lee
        """,
        revenue="""
        account,date,kind,amount
        Acme,2024-11-01,new,100
        Globex,2024-12-15,new,50
        Acme,2025-02-01,expansion,20
        Globex,2025-03-01,contraction,-10
        Initech,2025-03-10,new,30
        Acme,2025-05-01,renewal,120
        Globex,2025-05-20,churn,40
        Initech,2025-06-01,expansion,5
        Acme,2025-07-01,churn,120
        """,
    )


def test_each_quarter_adds_up_from_start_to_end(company):
    df = bridge_by_period(company, Scope(as_of=AS_OF), "quarter")
    rows = df.set_index("period_start").to_dict("index")
    q4, q1, q2 = (
        rows[pd.Timestamp("2024-10-01")],
        rows[pd.Timestamp("2025-01-01")],
        rows[pd.Timestamp("2025-04-01")],
    )
    # Q4 2024: nothing before; Acme 100 and Globex 50 arrive -> 150.
    assert (q4["start_arr"], q4["new"], q4["end_arr"]) == (0, 150, 150)
    # Q1 2025: 150 + 30 new (Initech) + 20 expansion - 10 contraction (written -10) = 190.
    assert (q1["start_arr"], q1["new"], q1["expansion"], q1["contraction"], q1["churn"]) == (
        150,
        30,
        20,
        10,
        0,
    )
    assert q1["end_arr"] == 190
    # Q2 2025: 190 + 5 expansion - 40 churn = 155; the renewal row changes nothing; Acme's July churn
    # is after the as-of date and not counted.
    assert (q2["start_arr"], q2["new"], q2["expansion"], q2["churn"], q2["end_arr"]) == (190, 0, 5, 40, 155)
    assert not q2["partial"]
    for row in (q4, q1, q2):
        assert (
            row["end_arr"]
            == row["start_arr"] + row["new"] + row["expansion"] - row["contraction"] - row["churn"]
        )


def test_the_bridge_follows_the_account_filters(company):
    df = bridge_by_period(company, Scope(csms=("Lee",), as_of=AS_OF), "quarter")
    q2 = df.set_index("period_start").loc[pd.Timestamp("2025-04-01")]
    # Lee's accounts: Globex 50 - 10 = 40 and Initech 30 at the start; + 5 - 40 -> 35.
    assert (q2["start_arr"], q2["end_arr"]) == (70, 35)


def test_a_month_that_is_not_over_is_partial(company):
    df = bridge_by_period(company, Scope(as_of=dt.date(2025, 6, 15)), "month")
    assert df.iloc[-1]["period_start"] == pd.Timestamp("2025-06-01")
    assert bool(df.iloc[-1]["partial"])
