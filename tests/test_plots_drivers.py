"""The drivers, outcomes and plans figures: titles name the filters, upload text cannot inject markup."""

from __future__ import annotations

import pandas as pd

from cs_dash.plots import drivers as plots

EVIL = '<a href="http://evil.example">click</a>'


def test_titles_carry_the_filters_escaped():
    fig = plots.plan_freshness(
        pd.DataFrame({"freshness": ["Within 30 days"], "plans": [2], "arr": [10.0]}),
        f"CSM: {EVIL}",
    )
    title = fig.layout.title.text
    assert title.startswith("Account plan freshness<br><sup>CSM: &lt;a href=")
    assert "<a href" not in title


def test_feature_names_from_uploads_are_escaped_on_the_axis():
    df = pd.DataFrame(
        {
            "feature": [EVIL, EVIL],
            "outcome": ["Retained", "Churned"],
            "accounts_in_group": [2, 1],
            "accounts_using": [1, 1],
            "share_using": [0.5, 1.0],
        }
    )
    fig = plots.features_by_outcome(df, "All accounts and CSMs")
    labels = [label for trace in fig.data for label in trace.y]
    assert labels and all(label.startswith("&lt;a href=") for label in labels)
    # Retained 50 %, churned 100 %, in percent on the axis.
    assert [list(trace.x) for trace in fig.data] == [[50.0], [100.0]]


def test_blocker_dimensions_and_groups_are_escaped():
    df = pd.DataFrame(
        {"dimension": [EVIL], "group": [EVIL], "blockers": [1], "accounts": [1], "arr_affected": [5.0]}
    )
    fig = plots.blockers_by_group(df, "All", "segment")
    assert fig.data[0].name.startswith("&lt;a")
    assert fig.data[0].x[0].startswith("&lt;a")


def test_an_empty_frame_draws_an_explanation_instead_of_empty_axes():
    fig = plots.retention_trend(pd.DataFrame(), "All accounts and CSMs")
    assert fig.layout.annotations[0].text == "No account was active at the start of any period"
    assert len(fig.data) == 0


def test_outcome_kinds_have_fixed_colours_whatever_kinds_are_present():
    df = pd.DataFrame(
        {
            "period": pd.to_datetime(["2025-01-01", "2025-01-01"]),
            "kind": ["churn", "renewal"],
            "amount": [5, 7],
        }
    )
    fig = plots.outcomes_by_period(df, "All", "amount", "quarter")
    colours = {trace.name: trace.marker.color for trace in fig.data}
    assert colours == {"Renewals": plots.KIND_COLOURS["renewal"], "Churn": plots.KIND_COLOURS["churn"]}
    assert fig.layout.yaxis.title.text == "ARR"


def test_a_segment_keeps_its_colour_when_other_segments_are_filtered_out():
    both = pd.DataFrame(
        {
            "dimension": ["People", "People"],
            "group": ["Enterprise", "SMB"],
            "blockers": [1, 2],
            "accounts": [1, 2],
            "arr_affected": [5.0, 6.0],
        }
    )
    smb_only = both[both["group"] == "SMB"]
    colour = {t.name: t.marker.color for t in plots.blockers_by_group(both, "All", "segment").data}
    alone = {t.name: t.marker.color for t in plots.blockers_by_group(smb_only, "SMB", "segment").data}
    assert colour["SMB"] == alone["SMB"] == plots.group_colour("SMB")
