"""A compact copy of the engagements for fast reruns: small integer codes instead of text keys.

Grouping a million rows by text keys (CSM, account, type) is what makes a page slow; grouping by
small integers is several times faster. The copy (``pr_facts``, each engagement's date, tag, minutes,
effectiveness and fire id, with the code tables ``pr_csm``,
``pr_account``, ``pr_type``) is rebuilt whenever the engagements change — the check is a
fingerprint of the loaded files and the table's contents — and never holds anything the
canonical table does not. Tags are coded by ``cs_dash.schema.TAG_CODES`` (SQL: tag_code, tag_label).
"""

from __future__ import annotations

from cs_dash.dims import most_frequent
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

FINGERPRINT_SQL = """
SELECT count(*), min(date), max(date), sum(duration_min), max(source_row) FROM engagements
"""

BUILD_SQL = (
    f"""
CREATE OR REPLACE TABLE pr_csm AS
SELECT row_number() OVER (ORDER BY csm_key)::INTEGER AS cid, csm_key, csm
FROM ({most_frequent("csm_key", "csm", "engagements")})
""",
    f"""
CREATE OR REPLACE TABLE pr_account AS
SELECT row_number() OVER (ORDER BY account_key)::INTEGER AS aid, account_key, account
FROM ({most_frequent("account_key", "account", "engagements")})
""",
    """
CREATE OR REPLACE TABLE pr_type AS
SELECT row_number() OVER (ORDER BY type)::INTEGER AS tid, type
FROM (SELECT DISTINCT coalesce(nullif(trim(type), ''), 'Not recorded') AS type FROM engagements)
""",
    """
CREATE OR REPLACE TABLE pr_facts AS
SELECT c.cid, a.aid, t.tid, e.date,
       tag_code(e.tag)::TINYINT AS tag,
       e.duration_min, e.effectiveness, nullif(trim(e.fire_id), '') AS fire
FROM engagements e
JOIN pr_csm c ON c.csm_key IS NOT DISTINCT FROM e.csm_key
JOIN pr_account a ON a.account_key IS NOT DISTINCT FROM e.account_key
JOIN pr_type t ON t.type = coalesce(nullif(trim(e.type), ''), 'Not recorded')
ORDER BY e.date
""",
)


def _fingerprint(ws: Workspace) -> str:
    stats = ws.con.execute(FINGERPRINT_SQL).fetchone()
    staging = [f.result.staging_table for f in ws.files]
    return repr((staging, stats))


def ensure(ws: Workspace) -> None:
    """Build the compact copy unless it already matches the engagements."""
    fingerprint = _fingerprint(ws)
    ws.con.execute("CREATE TABLE IF NOT EXISTS pr_meta (fingerprint VARCHAR)")
    if ws.scalar("SELECT count(*) FROM pr_meta WHERE fingerprint = ?", [fingerprint]):
        return
    for sql in BUILD_SQL:
        ws.con.execute(sql)
    ws.con.execute("DELETE FROM pr_meta")
    ws.con.execute("INSERT INTO pr_meta VALUES (?)", [fingerprint])


def fact_filter(filters: Scope, alias: str = "f") -> str:
    """The filters as a condition on ``pr_facts`` (by code), with the scope's named parameters."""
    conds = []
    if filters.date_from:
        conds.append(f"{alias}.date >= $date_from")
    conds.append(f"{alias}.date <= $period_end")
    if filters.csms:
        conds.append(f"{alias}.cid IN (SELECT cid FROM pr_csm WHERE csm_key IN (SELECT unnest($csm_keys)))")
    accounts = filters.account_filter("account_key", by_owner=False)
    if accounts != "TRUE":
        conds.append(f"{alias}.aid IN (SELECT aid FROM pr_account WHERE {accounts})")
    return " AND ".join(conds)
