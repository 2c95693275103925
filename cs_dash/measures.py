"""The health measures the scorecard can compute: one catalogue, read by every module that names them.

The settings check a scorecard's keys against it, the health metrics compute one column per
entry (``cs_dash.metrics.health.RAW_VALUES``), and the Settings and Health pages show each
measure's unit and definition from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MeasureInfo:
    unit: str
    definition: str


MEASURES: dict[str, MeasureInfo] = {
    "proactive_share": MeasureInfo(
        "share",
        "Proactive engagements ÷ all engagements in the 90 days up to the as-of date "
        "(0.6 = 60 %). No engagement in those 90 days: no value.",
    ),
    "days_since_proactive": MeasureInfo(
        "days",
        "Days from the last proactive engagement to the as-of date. An account never touched "
        "proactively counts from the first engagement in the data.",
    ),
    "capacity_utilisation": MeasureInfo(
        "share",
        "Active users ÷ seats purchased: the latest usage count in the last 90 days, else the "
        "accounts file's seats_active (today's figure, also used for past dates).",
    ),
    "adoption_trend": MeasureInfo(
        "change",
        "Average active users (else events) in the last 90 days ÷ the 90 days before, minus 1 "
        "(+0.1 = 10 % more users).",
    ),
    "open_escalations": MeasureInfo(
        "tickets",
        "Escalated tickets open on the as-of date (opened on or before it, not closed by it). "
        "When no ticket carries an escalated flag, every open ticket counts.",
    ),
    "nps": MeasureInfo(
        "NPS",
        "NPS of the survey answers in the last 365 days: % promoters (9-10) − % detractors "
        "(0-6). Without scores, % yes − % no of 'would you recommend'.",
    ),
    "days_to_renewal": MeasureInfo(
        "days", "Days from the as-of date to the renewal date (negative when overdue)."
    ),
    "plan_freshness": MeasureInfo(
        "days",
        "Days since the account plan was last reviewed (else created), counting plan rows dated "
        "on or before the as-of date. No plan: no value.",
    ),
}
