"""The Hurtlocker ratio: is the team defusing problems before they explode, or fighting fires?

Ratio = proactive ÷ reactive engagements (by count); effort-weighted ratio = proactive minutes ÷
reactive minutes; proactive share = P ÷ (P + R). A group with proactive but no reactive work has
no ratio (``None``) and the label "all proactive" — never infinity, never a division error.
Engagements whose tag is neither proactive nor reactive are counted as untagged, not guessed.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.filters import Filters
from cs_dash.workspace import Workspace

ALL_PROACTIVE = "all proactive"
NO_TAGGED_WORK = "no tagged work"

# What a breakdown groups by: fixed SQL expressions over engagements e, account_dim a, csm_dim c.
GROUPS = {
    "csm": "coalesce(c.csm, e.csm)",
    "account": "coalesce(a.account, e.account)",
    "tier": "coalesce(a.tier, 'No tier')",
    "type": "coalesce(nullif(trim(e.type), ''), 'Not recorded')",
    "week": "date_trunc('week', e.date)::DATE",
    "month": "date_trunc('month', e.date)::DATE",
}

# Counts and minutes per group, then the three ratios, guarded against zero denominators.
BREAKDOWN_SQL = """
WITH tagged AS (
    SELECT {group_expr} AS grp, lower(trim(e.tag)) AS tag, e.duration_min
    FROM engagements e
    LEFT JOIN account_dim a ON a.account_key = e.account_key
    LEFT JOIN csm_dim c ON c.csm_key = e.csm_key
    WHERE {where}
),
counted AS (
    SELECT grp,
           count(*) FILTER (WHERE tag = 'proactive') AS proactive,
           count(*) FILTER (WHERE tag = 'reactive') AS reactive,
           count(*) FILTER (WHERE tag IS NULL OR tag NOT IN ('proactive', 'reactive')) AS untagged,
           sum(duration_min) FILTER (WHERE tag = 'proactive') AS minutes_proactive,
           sum(duration_min) FILTER (WHERE tag = 'reactive') AS minutes_reactive
    FROM tagged
    GROUP BY grp
)
SELECT grp AS "group", proactive, reactive, untagged, minutes_proactive, minutes_reactive,
       CASE WHEN reactive > 0 THEN proactive / reactive END AS ratio,
       CASE WHEN minutes_reactive > 0 THEN coalesce(minutes_proactive, 0) / minutes_reactive END
           AS effort_ratio,
       CASE WHEN proactive + reactive > 0 THEN proactive / (proactive + reactive) END AS proactive_share,
       CASE WHEN reactive > 0 THEN printf('%.2f', proactive / reactive)
            WHEN proactive > 0 THEN ?
            ELSE ? END AS ratio_label
FROM counted
ORDER BY {order}
"""

# The accounts where the team spends most reactive effort, with what is known about them.
REACTIVE_ACCOUNTS_SQL = """
SELECT coalesce(a.account, any_value(e.account)) AS account,
       any_value(a.tier) AS tier,
       any_value(a.arr) AS arr,
       any_value(a.csm) AS owner,
       count(*) FILTER (WHERE lower(trim(e.tag)) = 'reactive') AS reactive,
       count(*) FILTER (WHERE lower(trim(e.tag)) = 'proactive') AS proactive,
       sum(e.duration_min) FILTER (WHERE lower(trim(e.tag)) = 'reactive') AS minutes_reactive,
       max(e.date) FILTER (WHERE lower(trim(e.tag)) = 'reactive') AS last_reactive,
       printf('%.2f', count(*) FILTER (WHERE lower(trim(e.tag)) = 'proactive')
                      / count(*) FILTER (WHERE lower(trim(e.tag)) = 'reactive')) AS ratio_label
FROM engagements e
LEFT JOIN account_dim a ON a.account_key = e.account_key
WHERE {where}
GROUP BY e.account_key, a.account
HAVING count(*) FILTER (WHERE lower(trim(e.tag)) = 'reactive') > 0
ORDER BY reactive DESC, minutes_reactive DESC NULLS LAST, arr DESC NULLS LAST, account
LIMIT ?
"""


def breakdown(ws: Workspace, filters: Filters, by: str | None = None) -> pd.DataFrame:
    """P, R, untagged, minutes and the three ratios per group (``by`` in GROUPS), or in total.

    Periods (week, month) come oldest first; other groups by name.
    """
    group_expr = GROUPS[by] if by else "'All'"
    order = "grp" if by in (None, "week", "month") else "lower(grp::VARCHAR)"
    where, params = filters.where(alias="e")
    sql = BREAKDOWN_SQL.format(group_expr=group_expr, where=where, order=order)
    return ws.query(sql, params + [ALL_PROACTIVE, NO_TAGGED_WORK])


def totals(ws: Workspace, filters: Filters) -> dict:
    """The headline numbers for the filters: counts, minutes, ratios and the ratio's label."""
    df = breakdown(ws, filters)
    if df.empty:
        return {
            "proactive": 0,
            "reactive": 0,
            "untagged": 0,
            "minutes_proactive": None,
            "minutes_reactive": None,
            "ratio": None,
            "effort_ratio": None,
            "proactive_share": None,
            "ratio_label": NO_TAGGED_WORK,
        }
    row = df.iloc[0]
    return {
        "proactive": int(row["proactive"]),
        "reactive": int(row["reactive"]),
        "untagged": int(row["untagged"]),
        "minutes_proactive": _num(row["minutes_proactive"]),
        "minutes_reactive": _num(row["minutes_reactive"]),
        "ratio": _num(row["ratio"]),
        "effort_ratio": _num(row["effort_ratio"]),
        "proactive_share": _num(row["proactive_share"]),
        "ratio_label": row["ratio_label"],
    }


def trend(ws: Workspace, filters: Filters, period: str = "month") -> pd.DataFrame:
    """The breakdown per week or month, oldest first."""
    if period not in ("week", "month"):
        raise ValueError(f"period must be week or month, not {period}")
    return breakdown(ws, filters, period)


MATRIX_SQL = """
SELECT coalesce(c.csm, e.csm) AS csm,
       date_trunc('month', e.date)::DATE AS month,
       count(*) FILTER (WHERE lower(trim(e.tag)) = 'proactive') AS proactive,
       count(*) FILTER (WHERE lower(trim(e.tag)) = 'reactive') AS reactive
FROM engagements e
LEFT JOIN csm_dim c ON c.csm_key = e.csm_key
WHERE {where}
GROUP BY 1, 2
ORDER BY lower(coalesce(c.csm, e.csm)), 2
"""


def csm_month_matrix(ws: Workspace, filters: Filters) -> pd.DataFrame:
    """Proactive share per CSM and month (long form: csm, month, proactive, reactive, share)."""
    where, params = filters.where(alias="e")
    df = ws.query(MATRIX_SQL.format(where=where), params)
    tagged = df["proactive"] + df["reactive"]
    df["proactive_share"] = (df["proactive"] / tagged).where(tagged > 0)
    return df


def reactive_accounts(ws: Workspace, filters: Filters, limit: int = 15) -> pd.DataFrame:
    """The accounts with the most reactive engagements, most first."""
    where, params = filters.where(alias="e")
    return ws.query(REACTIVE_ACCOUNTS_SQL.format(where=where), params + [limit])


def summary_section(ws: Workspace, filters: Filters) -> dict:
    """The CLI's "hurtlocker" JSON section (issue 2 item 7), for the given filters."""
    total = totals(ws, filters)
    by_csm = breakdown(ws, filters, "csm")
    return {
        "proactive": total["proactive"],
        "reactive": total["reactive"],
        "untagged": total["untagged"],
        "ratio": total["ratio"],
        "proactive_share": total["proactive_share"],
        "minutes_proactive": total["minutes_proactive"],
        "minutes_reactive": total["minutes_reactive"],
        "by_csm": [
            {
                "csm": str(row["group"]),
                "proactive": int(row["proactive"]),
                "reactive": int(row["reactive"]),
                "ratio": _num(row["ratio"]),
                "minutes_proactive": _num(row["minutes_proactive"]),
                "minutes_reactive": _num(row["minutes_reactive"]),
            }
            for _, row in by_csm.iterrows()
        ],
    }


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def page_data(ws: Workspace, filters: Filters, period: str = "month", top_accounts: int = 15) -> dict:
    """Everything the Proactive vs Reactive page shows, in one call (what the benchmark times)."""
    return {
        "totals": totals(ws, filters),
        "by_csm": breakdown(ws, filters, "csm"),
        "by_tier": breakdown(ws, filters, "tier"),
        "by_type": breakdown(ws, filters, "type"),
        "trend": trend(ws, filters, period),
        "matrix": csm_month_matrix(ws, filters),
        "reactive_accounts": reactive_accounts(ws, filters, top_accounts),
    }
