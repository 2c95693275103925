"""What every chart of the app shows, in one sentence or three: the definition a slide carries.

A chart ticked "Add to deck" on any page goes into the executive deck with its definition in the
speaker notes, so the presenter can say what the numbers mean. The pages show the same words in
their captions; this is the one list keyed by each chart's element key, and a test checks that
every chart on every page has an entry.
"""

from __future__ import annotations

from cs_dash.exec_summary import RATIO_DEFINITION, TIERS_DEFINITION
from cs_dash.metrics.postmortem import PREVENTION_DEFINITION, TIMELINE_DEFINITION

RATIO_BY_GROUP = (
    "Hurtlocker ratio = proactive engagements ÷ reactive engagements per group, against the leader's "
    "target (dashed line). A group with no reactive work is all proactive."
)
TAG_COUNTS = (
    "Engagements tagged proactive and reactive per group, counted; untagged engagements are left out."
)
SCORE = (
    "Health score 0-100 = Σ(weight × measure score) ÷ Σ(weight) over the measures an account has data for "
    "(a missing measure drops out); the bands and weights are the leader's scorecard in Settings."
)
COST = "Cost = duration in hours × the CSM's hourly rate (the default rate where a CSM has none, flagged)."

CHART_DEFINITIONS: dict[str, str] = {
    # Overview
    "ov_trend": RATIO_DEFINITION,
    "ov_tiers": TIERS_DEFINITION,
    # Account
    "acc_breakdown": SCORE
    + " Each bar is one measure's score; the longest gap to 100 pulls the score down most.",
    "acc_health_history": "The account's health score at each month end, computed from the data as it was then. "
    + SCORE,
    "acc_eng": "The account's engagements per month, proactive and reactive.",
    "acc_usage": "The account's active users per month (the highest usage row of the month) against the seats "
    "purchased.",
    # Proactive vs Reactive
    "pvr_by_csm": RATIO_BY_GROUP + " One bar per CSM (per tier when one CSM is in view).",
    "pvr_trend": "Hurtlocker ratio = proactive ÷ reactive engagements per month or week, against the target.",
    "pvr_heatmap": "Proactive share = proactive ÷ (proactive + reactive) engagements per CSM and month; the colour "
    "turns from reactive red to proactive teal through white at the target share.",
    "pvr_by_tier": TAG_COUNTS + " One bar per account tier.",
    "pvr_by_type": TAG_COUNTS + " One bar per engagement type.",
    "pvr_by_account": TAG_COUNTS + " The accounts with the most reactive engagements.",
    # Cost of service
    "cost_by_csm": COST + " Total cost per CSM (per tier when one CSM is in view), proactive and reactive.",
    "cost_by_type": COST + " Total cost per engagement type, proactive and reactive.",
    "cost_vs_prevention": "Firefighting = the cost of reactive work per year, per tier; prevention (CRC) = the "
    "tier's proactive programme (touches per year × minutes) × the average rate of the CSMs who own the tier's "
    "accounts, × the tier's accounts. " + COST,
    "cost_fires": "A fire = the reactive engagements that share a fire id; its cost = their hours × each CSM's "
    "hourly rate. Reactive work without a fire id is summed into one grey bar of its own. The 15 costliest fires "
    "are shown, coloured by whether the account is still a customer.",
    "cost_postmortem_timeline": TIMELINE_DEFINITION,
    "cost_postmortem_prevention": PREVENTION_DEFINITION,
    # Tiers & renewals
    "ren_tiers": "Customers on the as-of date sorted by ARR into value tiers (by share of accounts or by ARR "
    "thresholds, in Settings): ARR and number of accounts per tier.",
    "ren_windows": "ARR renewing from the as-of date up to 30, 60, 90, 180 and 365 days (cumulative, both ends "
    "included) and overdue (renewal date passed on a current customer), per tier.",
    "ren_forecast": "ARR up for renewal in each window, and the expected churn: Σ ARR × the churn rate of the "
    "account's health band in the backtest (accounts scored 90 days before they churned or renewed).",
    "ren_timeline": "Each customer's next renewal date and ARR, coloured by health band, by tier.",
    # Health
    "health_mix_accounts": "Customers on the as-of date per tier, split by health band. " + SCORE,
    "health_mix_arr": "ARR of the customers on the as-of date per tier, split by health band. " + SCORE,
    "health_breakdown": SCORE
    + " Each bar is one measure's score; the longest gap to 100 pulls the score down most.",
    "health_history": "The chosen account's health score at each month end, computed from the data as it was "
    "then. " + SCORE,
    "health_band_history": "Customers per health band at each month end, each scored from the data as it was "
    "then (rows dated later are ignored).",
    "health_backtest": "Churn rate by health band: each churned or renewed account scored as it looked the chosen "
    "number of days before the outcome; churned ÷ (churned + renewed) per band. AUC = the chance a churned "
    "account scored lower than a renewed one (0.5 a coin toss, 1.0 a perfect warning).",
    # Onboarding & adoption
    "onb_days_cohort": "Accounts grouped by the period they subscribed. Time to provision = provisioned_on − "
    "subscribed_on; time to value = go_live_on − provisioned_on, in calendar days; the bar is the cohort's median.",
    "onb_days_dist": "How many accounts took how many days to provision (provisioned_on − subscribed_on) and to "
    "go live (go_live_on − provisioned_on).",
    "onb_adoption": "Initial adoption = the highest active users in the 30 days after go-live ÷ seats purchased "
    "(median over the cohort); go-live satisfaction = share of survey answers in those 30 days that would "
    "recommend.",
    "adopt_users": "Line: active users per month summed over the accounts in scope (each account's highest usage "
    "row of the month). Bars: events summed over every usage row.",
    "adopt_features": "Bars: distinct features used per month. Line: new adoptions = (account, feature) pairs used "
    "for the first time that month.",
    "adopt_capacity": "Capacity utilisation = seats active ÷ seats purchased per tier, over the active accounts "
    "that state both; the dotted line is 100 %.",
    "esc_trend": "Tickets opened and closed per month, and open at month end (opened before and not closed by "
    "the end of the month).",
    "esc_resolution": "Median days from opened to closed of the tickets closed in each month.",
    "feedback_trend": "NPS = % promoters (9-10) − % detractors (0-6) over the answers with a score; would "
    "recommend = share of yes among yes/no answers; per month.",
    # Outcomes
    "out_logo_accounts": "Logo churn = accounts whose churned_on falls in the period ÷ accounts that were "
    "customers at its start.",
    "out_money": "Sum of the revenue rows' amounts per kind and period: renewals, expansion (ARR added by "
    "existing customers), contraction and churn (ARR lost).",
    "out_count": "Distinct accounts with at least one revenue row of each kind in the period.",
    "out_retention": "GRR = (start ARR − contraction − churn) ÷ start ARR; NRR = (start ARR + expansion − "
    "contraction − churn) ÷ start ARR; per period, over the accounts active at its start, on one percentage axis.",
    "out_logo_churn": "Logo churn = accounts with a churn row in the period ÷ accounts active at its start.",
    "out_bridge": "Start ARR + new + expansion − contraction − churn = end ARR, per period; ARR at a moment = the "
    "running total of the revenue log before it.",
    "out_features": "Share of the retained and of the churned accounts that used each feature at least once; the "
    "features with the widest gap first.",
    # Account plans
    "plan_coverage": "Share of the customers in each tier with at least one account-plan row (goal, step or "
    "blocker) created on or before the as-of date.",
    "plan_freshness": "Days from each plan's last review (or creation) to the as-of date: 30 = monthly update, "
    "90 = quarterly refresh, 365 = yearly plan; older or undated plans are stale.",
    "plan_blockers": "Open blockers (not done) by dimension; bar length = ARR of the accounts with such a "
    "blocker, each account counted once.",
    "plan_blockers_by": "Open blockers per dimension, stacked by the account's tier or segment.",
}


def chart_definition(key: str | None) -> str:
    """The definition of the chart with this element key ('' for a chart not listed)."""
    return CHART_DEFINITIONS.get(key or "", "")
