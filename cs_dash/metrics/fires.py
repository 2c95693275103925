"""The costliest fires: reactive work per fire id, and the reactive work that has none, as one.

A fire is an escalation the tracker ties together with a ``fire_id``. Reactive work without a
fire id is not a fire of its own; it is summed into one row so its size is seen beside the
fires rather than hiding them (seed 001's "pound of cure").
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics import cost
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

WITHOUT_FIRE_ID = "Reactive work without a fire id"

# One row per fire id, plus one for all reactive work without one; cost = hours × the CSM's rate
# (cost.COSTED_CTE, built once per filters). The top ``limit`` fires are kept, and the row without a fire id always.
COSTLIEST_FIRES_SQL = (
    "WITH "
    + cost.FROM_COSTED
    + """,
by_fire AS (
    SELECT f.fire IS NULL AS without_fire_id,
           coalesce(f.fire, $without_fire_id) AS fire,
           CASE WHEN f.fire IS NOT NULL THEN arg_max(f.account, f.engagements) END AS account,
           count(DISTINCT f.account_key) AS accounts,
           min(f.first_date) AS first_date,
           max(f.last_date) AS last_date,
           sum(f.engagements)::BIGINT AS engagements,
           sum(f.hours) AS hours,
           sum(f.cost) AS cost,
           sum(f.engagements - f.with_duration)::BIGINT AS without_duration,
           CASE WHEN f.fire IS NULL OR NOT $has_accounts THEN 'Unknown'
                WHEN bool_or(a.status = 'churned') THEN 'Churned'
                ELSE 'Still a customer' END AS outcome
    FROM costed f
    LEFT JOIN account_dim a ON a.account_key = f.account_key
    WHERE f.tag = tag_code('reactive')
    GROUP BY f.fire
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY without_fire_id ORDER BY cost DESC NULLS LAST, engagements DESC, fire
    ) AS rank
    FROM by_fire
)
SELECT * EXCLUDE (rank)
FROM ranked
WHERE without_fire_id OR rank <= $limit
ORDER BY without_fire_id, cost DESC NULLS LAST, engagements DESC, fire
"""
)


def costliest(ws: Workspace, filters: Scope, limit: int = 15) -> pd.DataFrame:
    """The ``limit`` costliest fires by fire id, then one row for reactive work without a fire id."""
    cost.ensure_costed(ws, filters)
    own = {"without_fire_id": WITHOUT_FIRE_ID, "has_accounts": ws.has("accounts"), "limit": limit}
    return ws.query(COSTLIEST_FIRES_SQL, own)
