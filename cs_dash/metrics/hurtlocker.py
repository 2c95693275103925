"""The Hurtlocker ratio: is the team defusing problems before they explode, or fighting fires?

Ratio = proactive ÷ reactive engagements (by count); effort-weighted ratio = proactive minutes ÷
reactive minutes; proactive share = P ÷ (P + R). A group with proactive but no reactive work has
no ratio (``None``) and the label "all proactive" — never infinity, never a division error.
Engagements whose tag is neither proactive nor reactive are counted as untagged, not guessed.
"""

from __future__ import annotations

import pandas as pd

from cs_dash import sample_copy
from cs_dash.metrics import facts
from cs_dash.scope import Scope, tier_order
from cs_dash.workspace import Workspace

ALL_PROACTIVE = "all proactive"
NO_TAGGED_WORK = "no tagged work"
BREAKDOWNS = ("csm", "account", "tier", "type", "week", "month")

# Counts and minutes over the compact facts f, by tag code (no tag has the untagged code).
_COUNTS = """
    count(*) FILTER (WHERE f.tag = tag_code('proactive')) AS proactive,
    count(*) FILTER (WHERE f.tag = tag_code('reactive')) AS reactive,
    count(*) FILTER (WHERE f.tag = tag_code(NULL)) AS untagged,
    sum(f.duration_min) FILTER (WHERE f.tag = tag_code('proactive')) AS minutes_proactive,
    sum(f.duration_min) FILTER (WHERE f.tag = tag_code('reactive')) AS minutes_reactive"""
_SUMS = """
    sum(proactive)::BIGINT AS proactive, sum(reactive)::BIGINT AS reactive,
    sum(untagged)::BIGINT AS untagged, sum(minutes_proactive) AS minutes_proactive,
    sum(minutes_reactive) AS minutes_reactive"""
_NO_ACCOUNT = (
    "NULL::VARCHAR AS tier, NULL::DOUBLE AS arr, NULL::VARCHAR AS owner, NULL::DATE AS last_reactive"
)

# Two passes over the filtered engagements — one per account, one per CSM × month × period × type —
# and every breakdown is a small aggregate of one of them, so a page rerun scans the data twice
# however many charts it draws. The ratios are guarded against zero denominators.
BREAKDOWNS_SQL = f"""
WITH per_account AS MATERIALIZED (
    SELECT f.aid, {_COUNTS},
           max(f.date) FILTER (WHERE f.tag = tag_code('reactive')) AS last_reactive
    FROM pr_facts f
    WHERE {{where}}
    GROUP BY f.aid
),
per_cell AS MATERIALIZED (
    SELECT f.cid, f.tid,
           date_trunc('month', f.date)::DATE AS month,
           date_trunc($period, f.date)::DATE AS period,
           {_COUNTS}
    FROM pr_facts f
    WHERE {{where}}
    GROUP BY f.cid, f.tid, month, period
),
named_accounts AS (
    SELECT p.*, coalesce(a.account, k.account) AS account, a.tier, a.arr, a.csm AS owner
    FROM per_account p
    JOIN pr_account k ON k.aid = p.aid
    LEFT JOIN account_dim a ON a.account_key = k.account_key
),
named_cells AS (
    SELECT coalesce(c.csm, k.csm) AS csm, t.type, p.* EXCLUDE (cid, tid)
    FROM per_cell p
    JOIN pr_csm k ON k.cid = p.cid
    JOIN pr_type t ON t.tid = p.tid
    LEFT JOIN csm_dim c ON c.csm_key = k.csm_key
),
grouped AS (
    SELECT 'total' AS kind, 'All' AS "group", NULL::DATE AS day, {_SUMS}, {_NO_ACCOUNT} FROM per_account
    UNION ALL
    SELECT 'tier', coalesce(tier, 'No tier'), NULL, {_SUMS}, {_NO_ACCOUNT} FROM named_accounts GROUP BY 2
    UNION ALL
    SELECT 'csm', csm, NULL, {_SUMS}, {_NO_ACCOUNT} FROM named_cells GROUP BY 2
    UNION ALL
    SELECT 'type', type, NULL, {_SUMS}, {_NO_ACCOUNT} FROM named_cells GROUP BY 2
    UNION ALL
    SELECT 'period', NULL, period, {_SUMS}, {_NO_ACCOUNT} FROM named_cells GROUP BY 3
    UNION ALL
    SELECT 'matrix', csm, month, {_SUMS}, {_NO_ACCOUNT} FROM named_cells GROUP BY 2, 3
    UNION ALL
    SELECT * FROM (
        SELECT 'account', account, NULL, proactive, reactive, untagged, minutes_proactive, minutes_reactive,
               tier, arr, owner, last_reactive
        FROM named_accounts
        WHERE reactive > 0 OR $every_account
        ORDER BY reactive DESC, minutes_reactive DESC NULLS LAST, arr DESC NULLS LAST, account
        LIMIT $top_accounts
    )
)
SELECT *,
       CASE WHEN reactive > 0 THEN proactive / reactive END AS ratio,
       CASE WHEN minutes_reactive > 0 THEN coalesce(minutes_proactive, 0) / minutes_reactive END
           AS effort_ratio,
       CASE WHEN proactive + reactive > 0 THEN proactive / (proactive + reactive) END AS proactive_share,
       CASE WHEN reactive > 0 THEN printf('%.2f', proactive / reactive)
            WHEN proactive > 0 THEN $all_proactive
            ELSE $no_tagged_work END AS ratio_label
FROM grouped
"""
_COLUMNS = [
    "group", "proactive", "reactive", "untagged", "minutes_proactive", "minutes_reactive",
    "ratio", "effort_ratio", "proactive_share", "ratio_label",
]  # fmt: skip


# The breakdowns of the last view asked for, by (period, top_accounts), kept in ``ws.caches`` for
# the data version and filters they were computed for: a page, its tiles and its files ask for
# the same view several times in one rerun.
KEPT_KEY = "hurtlocker breakdowns"


def _kept(ws: Workspace, filters: Scope) -> dict[tuple[str, int | None], dict[str, pd.DataFrame]]:
    """This view's breakdowns computed so far (emptied when the data, settings or filters change)."""
    view = (ws.version, repr(filters))
    kept = ws.caches.get(KEPT_KEY)
    if not isinstance(kept, tuple) or kept[0] != view:
        kept = (view, {})
        ws.caches[KEPT_KEY] = kept
    return kept[1]


def _breakdowns(
    ws: Workspace, filters: Scope, period: str = "month", top_accounts: int | None = 15
) -> dict[str, pd.DataFrame]:
    """Every breakdown in one statement, split by kind: total, tier, csm, type, period, matrix, account.

    ``top_accounts`` keeps the accounts with most reactive work; ``None`` keeps every account.
    Asked again for the same data, settings and filters, the frames come from the last statement
    (as copies, so a caller's change stays its own).
    """
    if period not in ("week", "month"):
        raise ValueError(f"period must be week or month, not {period}")
    kept = _kept(ws, filters)
    if (period, top_accounts) not in kept:
        question = (KEPT_KEY, repr(filters), period, top_accounts)
        kept[(period, top_accounts)] = sample_copy.kept_or_computed(
            ws, question, lambda: _compute_breakdowns(ws, filters, period, top_accounts)
        )
    return {kind: frame.copy() for kind, frame in kept[(period, top_accounts)].items()}


def _compute_breakdowns(
    ws: Workspace, filters: Scope, period: str, top_accounts: int | None
) -> dict[str, pd.DataFrame]:
    facts.ensure(ws)
    sql = BREAKDOWNS_SQL.format(where=facts.fact_filter(filters, alias="f"))
    own = {
        "period": period,
        "every_account": top_accounts is None,
        "top_accounts": top_accounts,
        "all_proactive": ALL_PROACTIVE,
        "no_tagged_work": NO_TAGGED_WORK,
    }
    df = ws.query(sql, filters.bind(sql, **own))
    frames = {kind: part.drop(columns=["kind"]).reset_index(drop=True) for kind, part in df.groupby("kind")}
    empty = df.iloc[0:0].drop(columns=["kind"])
    out = {
        kind: frames.get(kind, empty)
        for kind in ("total", "tier", "csm", "type", "period", "matrix", "account")
    }
    for kind in ("csm", "type"):
        out[kind] = out[kind][_COLUMNS].sort_values("group", key=lambda s: s.str.lower(), ignore_index=True)
    rank = {tier: i for i, tier in enumerate(tier_order(ws))}
    out["tier"] = out["tier"][_COLUMNS].sort_values(
        "group", key=lambda s: s.map(lambda t: rank.get(t, len(rank))), ignore_index=True
    )
    out["period"] = (
        out["period"].assign(group=out["period"]["day"])[_COLUMNS].sort_values("group", ignore_index=True)
    )
    out["matrix"] = (
        out["matrix"]
        .rename(columns={"group": "csm", "day": "month"})[
            ["csm", "month", "proactive", "reactive", "proactive_share"]
        ]
        .sort_values(
            ["csm", "month"], key=lambda s: s.str.lower() if s.name == "csm" else s, ignore_index=True
        )
    )
    out["account"] = out["account"][
        ["group", "tier", "arr", "owner", "reactive", "proactive", "untagged", "minutes_proactive",
         "minutes_reactive", "last_reactive", "ratio", "effort_ratio", "proactive_share", "ratio_label"]
    ].rename(columns={"group": "account"})  # fmt: skip
    return out


def breakdown(ws: Workspace, filters: Scope, by: str | None = None) -> pd.DataFrame:
    """P, R, untagged, minutes and the three ratios per group (``by`` in BREAKDOWNS), or in total.

    Periods (week, month) come oldest first, tiers in tier order, other groups by name.
    """
    if by is None:
        total = _breakdowns(ws, filters)["total"]
        return total[_COLUMNS] if total["proactive"].notna().all() else total.iloc[0:0][_COLUMNS]
    if by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown: {by}")
    if by in ("week", "month"):
        return _breakdowns(ws, filters, period=by)["period"]
    if by == "account":
        accounts = _breakdowns(ws, filters, top_accounts=None)["account"].rename(columns={"account": "group"})
        return accounts[_COLUMNS].sort_values("group", key=lambda s: s.str.lower(), ignore_index=True)
    return _breakdowns(ws, filters)[by]


def totals(ws: Workspace, filters: Scope) -> dict:
    """The headline numbers for the filters: counts, minutes, ratios and the ratio's label.

    The total is the same whatever the period or number of accounts, so any breakdown of this
    view already computed gives it.
    """
    kept = _kept(ws, filters)
    frames = next(iter(kept.values())) if kept else _breakdowns(ws, filters)
    return totals_of(frames["total"])


def totals_of(df: pd.DataFrame) -> dict:
    """The headline numbers of a "total" breakdown: the one reading the page, the CLI and the files share."""
    row = df.iloc[0] if len(df) else None
    if row is None or pd.isna(row["proactive"]):  # nothing matched the filters
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


def trend(ws: Workspace, filters: Scope, period: str = "month") -> pd.DataFrame:
    """The breakdown per week or month, oldest first."""
    return _breakdowns(ws, filters, period)["period"]


def csm_month_matrix(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Proactive share per CSM and month (long form: csm, month, proactive, reactive, proactive_share)."""
    return _breakdowns(ws, filters)["matrix"]


def reactive_accounts(ws: Workspace, filters: Scope, limit: int = 15) -> pd.DataFrame:
    """The accounts with the most reactive engagements, most first."""
    return _breakdowns(ws, filters, top_accounts=limit)["account"]


def page_data(ws: Workspace, filters: Scope, period: str = "month", top_accounts: int = 15) -> dict:
    """Everything the Proactive vs Reactive page shows, from one statement (what the benchmark times)."""
    frames = _breakdowns(ws, filters, period, top_accounts)
    return {
        "totals": totals_of(frames["total"]),
        "by_csm": frames["csm"],
        "by_tier": frames["tier"],
        "by_type": frames["type"],
        "trend": frames["period"],
        "matrix": frames["matrix"],
        "reactive_accounts": frames["account"],
    }


def summary_section(ws: Workspace, filters: Scope) -> dict:
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
