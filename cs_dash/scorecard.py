"""The scorecard a CSM sends to the customer: the customer's own adoption and success numbers.

It shows what matters to the customer (seats in use, adoption, support, feedback, the success
plan) and leaves out internal matters such as cost, firefighting or health notes.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from cs_dash import formatting as fmt
from cs_dash.formatting import plural
from cs_dash.metrics import account as acc
from cs_dash.pdf import html_to_pdf
from cs_dash.plots import account as plots
from cs_dash.report import ChartRenderer, Kpi, Section, build_html
from cs_dash.workspace import Workspace

ENGAGEMENT_TYPES_LAST_YEAR = """
SELECT coalesce(type, 'Other') AS "Type", count(*) AS "Sessions",
       round(sum(duration_min) / 60.0, 1) AS "Hours"
FROM engagements
WHERE account_key = $account_key AND date BETWEEN $as_of - INTERVAL 365 DAY AND $as_of
GROUP BY 1 ORDER BY 2 DESC
"""


def _missing(value) -> bool:
    """No value: None, NaN, or pandas' NaT and NA (a date column's empty cell reads as NaT)."""
    return (
        value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value))
    )


def _fmt(value, pattern: str = "{:,.0f}", missing: str = "–") -> str:
    return missing if _missing(value) else pattern.format(value)


def customer_kpis(ws: Workspace, account_key: str, as_of: dt.date) -> list[Kpi]:
    p = acc.profile(ws, account_key, as_of) or {}
    usage = acc.usage_by_month(ws, account_key, as_of)
    tickets = acc.tickets_summary(ws, account_key, as_of)
    surveys = acc.survey_summary(ws, account_key, as_of)
    kpis = []
    purchased, active = p.get("seats_purchased"), p.get("seats_active")
    if not _missing(purchased) and purchased and not _missing(active):
        kpis.append(
            Kpi("Seats in use", f"{active / purchased:.0%}", f"{active:,.0f} of {purchased:,.0f} seats")
        )
    if not usage.empty:
        latest = usage.iloc[-1]
        earlier = usage.iloc[-4] if len(usage) >= 4 else usage.iloc[0]
        change = ""
        if not _missing(earlier["active_users"]) and earlier["active_users"]:
            change = f"{latest['active_users'] / earlier['active_users'] - 1:+.0%} over 3 months"
        kpis.append(Kpi("Active users", _fmt(latest["active_users"]), change))
        kpis.append(Kpi("Features in use", _fmt(latest["features"]), "last month"))
    if not _missing(p.get("go_live_on")) and not _missing(p.get("provisioned_on")):
        days = (p["go_live_on"] - p["provisioned_on"]).days
        kpis.append(Kpi("Time to value", f"{days} days", "from access to go-live"))
    kpis.append(
        Kpi(
            "Open support cases",
            _fmt(tickets.get("open")),
            f"median {_fmt(tickets.get('median_days_to_resolve'), '{:.1f}')} days to resolve",
        )
    )
    if surveys.get("answers"):
        if not _missing(surveys.get("nps")):
            kpis.append(
                Kpi(
                    "NPS",
                    _fmt(surveys["nps"], "{:+.0f}"),
                    f"{plural(int(surveys['answers']), 'answer')}, 12 months",
                )
            )
        elif not _missing(surveys.get("pct_recommend")):
            kpis.append(Kpi("Would recommend", _fmt(surveys["pct_recommend"], "{:.0f}%"), "12 months"))
    return kpis


def customer_scorecard_html(
    ws: Workspace, account_key: str, as_of: dt.date, render: ChartRenderer | None = None
) -> str:
    """The whole scorecard as one self-contained HTML file, charts as images."""
    p = acc.profile(ws, account_key, as_of) or {"account": account_key}
    name = str(p["account"])
    sections = []
    usage = acc.usage_by_month(ws, account_key, as_of)
    if not usage.empty:
        sections.append(
            Section(
                "Adoption",
                figures=[plots.active_users_by_month(usage.tail(12), name, p.get("seats_purchased"))],
            )
        )
    work = ws.query(ENGAGEMENT_TYPES_LAST_YEAR, {"account_key": account_key, "as_of": as_of})
    if not work.empty:
        work = fmt.table(
            work,
            {
                "Type": ("Type", fmt.text),
                "Sessions": ("Sessions", fmt.whole),
                "Hours": ("Hours", fmt.one_decimal),
            },
        )
        sections.append(Section("Our work together in the last 12 months", tables=[work]))
    plan = acc.plan_items(ws, account_key)
    if not plan.empty:
        shown = fmt.table(
            plan,
            {
                "kind": ("Kind", fmt.capitalised),
                "item": ("Item", fmt.text),
                "dimension": ("Area", fmt.text),
                "status": ("Status", fmt.capitalised),
                "due_date": ("Due", fmt.day),
            },
        )
        sections.append(Section("Your success plan", tables=[shown]))
    subtitle = f"Customer success scorecard as of {fmt.day(as_of)}"
    if not _missing(p.get("renewal_date")):
        subtitle += f" · renewal {p['renewal_date']:%d %b %Y}"
    return build_html(
        name, subtitle, customer_kpis(ws, account_key, as_of), sections, generated_on=as_of, render=render
    )


def customer_scorecard_pdf(
    ws: Workspace, account_key: str, as_of: dt.date, render: ChartRenderer | None = None
) -> bytes:
    """The scorecard as a PDF (A4 landscape)."""
    return html_to_pdf(customer_scorecard_html(ws, account_key, as_of, render))
