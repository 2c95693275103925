"""Controls that rerun only their own part of a page still change their chart (sample data)."""

from __future__ import annotations

import json

import pytest

from tests.apptest import open_app


def _chart(at, key: str) -> dict:
    found = [c for c in at.get("plotly_chart") if key in c.proto.id]
    assert len(found) == 1, f"one chart {key} expected, {len(found)} found"
    return json.loads(found[0].proto.spec)


def _points(spec: dict) -> int:
    """How many x positions the chart's widest trace has: one per period shown."""
    return max(len(trace.get("x") or []) for trace in spec["data"])


@pytest.mark.parametrize(
    ("page", "control", "chart", "coarse", "fine"),
    [
        ("proactive_reactive", "pvr_period", "pvr_trend", "month", "week"),
        ("onboarding", "onb_grain", "onb_days_cohort", "quarter", "month"),
        ("outcomes", "out_grain", "out_money", "quarter", "month"),
    ],
)
def test_a_period_control_changes_its_chart(page, control, chart, coarse, fine):
    at = open_app(page)
    assert not at.exception
    before = _points(_chart(at, chart))
    at.segmented_control(key=control).set_value(fine).run()
    assert not at.exception
    after = _points(_chart(at, chart))
    # The sample spans 18 months: finer periods give more points on the same axis.
    assert after > before > 1
    at.segmented_control(key=control).set_value(coarse).run()
    assert _points(_chart(at, chart)) == before


def test_the_bridge_period_changes_the_bridge():
    at = open_app("outcomes")
    chosen = at.selectbox(key="out_bridge_period")
    first = _chart(at, "out_bridge")
    other = 0 if chosen.value != 0 else 1
    chosen.set_value(other).run()
    assert not at.exception
    assert _chart(at, "out_bridge") != first
