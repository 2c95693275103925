"""The costliest fires list fires by fire id and sums reactive work without one into one row."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from cs_dash.metrics import fires
from cs_dash.plots.fires import costliest_fires
from cs_dash.scope import Scope

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def company(make_ws):
    return make_ws(
        accounts="""
        account,arr,status
        Acme,100000,active
        Globex,5000,churned
        Initech,20000,active
        """,
        team="""
        csm,hourly_rate
        Dana,100
        Lee,60
        """,
        engagements="""
        date,account,csm,tag,duration_min,fire_id
        2025-06-01,Acme,Dana,reactive,60,F-1
        2025-06-03,Acme,Lee,reactive,30,F-1
        2025-06-02,Globex,Lee,reactive,120,F-2
        2025-06-05,Initech,Lee,reactive,15,F-3
        2025-06-04,Acme,Dana,reactive,30,
        2025-06-06,Initech,Lee,reactive,90,
        2025-06-07,Initech,Lee,proactive,600,F-9
        """,
    )


def test_fires_by_id_then_the_work_without_one(company):
    df = fires.costliest(company, Scope(as_of=AS_OF))
    # F-1: Dana 1 h × $100 + Lee 0.5 h × $60 = $130; F-2: 2 h × $60 = $120; F-3: 0.25 h × $60 = $15.
    assert df["fire"].tolist() == ["F-1", "F-2", "F-3", fires.WITHOUT_FIRE_ID]
    by = df.set_index("fire")
    assert by.loc["F-1", "cost"] == pytest.approx(130.0)
    assert by.loc["F-2", "cost"] == pytest.approx(120.0)
    assert by.loc["F-3", "cost"] == pytest.approx(15.0)
    # Without a fire id: Dana 0.5 h × $100 + Lee 1.5 h × $60 = $50 + $90 = $140, over two accounts.
    assert by.loc[fires.WITHOUT_FIRE_ID, "cost"] == pytest.approx(140.0)
    assert by.loc[fires.WITHOUT_FIRE_ID, "accounts"] == 2
    assert by.loc[fires.WITHOUT_FIRE_ID, "engagements"] == 2
    assert by.loc["F-1", "engagements"] == 2 and by.loc["F-1", "account"] == "Acme"
    assert by.loc["F-2", "outcome"] == "Churned"
    assert by.loc["F-1", "outcome"] == "Still a customer"
    assert "F-9" not in by.index  # proactive work is never a fire


def test_the_limit_keeps_the_costliest_fires_and_always_the_work_without_one(company):
    df = fires.costliest(company, Scope(as_of=AS_OF), limit=1)
    assert df["fire"].tolist() == ["F-1", fires.WITHOUT_FIRE_ID]


def test_filters_apply_to_the_fires(company):
    df = fires.costliest(company, Scope(csms=("Dana",), as_of=AS_OF))
    # Dana's reactive work: F-1 1 h × $100, and 0.5 h without a fire id.
    assert df.set_index("fire")["cost"].to_dict() == {
        "F-1": pytest.approx(100.0),
        fires.WITHOUT_FIRE_ID: pytest.approx(50.0),
    }


def _chart_spec(rows):
    columns = ["without_fire_id", "fire", "account", "accounts", "cost", "engagements", "hours", "outcome"]
    return json.loads(costliest_fires(pd.DataFrame(rows, columns=columns), "All CSMs").to_json())


def test_work_without_a_fire_id_that_dwarfs_the_fires_runs_off_an_axis_fitted_to_the_fires():
    spec = _chart_spec(
        [
            [False, "F-1", "Acme", 1, 100.0, 2, 1.0, "Still a customer"],
            [True, fires.WITHOUT_FIRE_ID, None, 40, 1000.0, 90, 12.0, "Unknown"],  # 10× the costliest fire
        ]
    )
    assert spec["layout"]["xaxis"]["range"] == [0, 125.0]  # the costliest fire + 25 % for its label
    (note,) = spec["layout"]["annotations"]
    assert note["text"] == "$1,000 (off the scale) →"
    assert note["y"] == "Reactive work without a fire id (40 accounts)"


def test_work_without_a_fire_id_on_the_fires_scale_is_drawn_to_scale():
    spec = _chart_spec(
        [
            [False, "F-1", "Acme", 1, 100.0, 2, 1.0, "Still a customer"],
            [True, fires.WITHOUT_FIRE_ID, None, 2, 250.0, 5, 3.0, "Unknown"],  # 2.5×: still on the scale
        ]
    )
    assert spec["layout"]["xaxis"]["range"] == [0, 312.5]
    assert "annotations" not in spec["layout"]
