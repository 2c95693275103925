"""What the numbers were at each import, so a page can say "vs last snapshot".

Every import into a saved workspace stamps a snapshot: when, which files, the settings of that
time, the headline KPIs for the whole company on the data's latest date, and each account's health
score and band. The tables live in the workspace's database, so they are saved and reopened with
it. A page compares today's numbers with the snapshot before the latest one (the latest is the
data on screen) only when its filters are the unfiltered view the snapshot was computed for.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from cs_dash.filters import Filters
from cs_dash.headline import headline_numbers
from cs_dash.metrics import health
from cs_dash.scope import Scope, build_scope
from cs_dash.settings import dumps_toml
from cs_dash.sqlutil import insert_rows
from cs_dash.workspace import Workspace

SNAPSHOTS = "cs_snapshots"
KPIS = "cs_snapshot_kpis"
HEALTH = "cs_snapshot_health"
TABLES = (SNAPSHOTS, KPIS, HEALTH)

CREATE_SQL = (
    f"CREATE TABLE IF NOT EXISTS {SNAPSHOTS} "
    "(id INTEGER, taken_at TIMESTAMP, as_of DATE, files VARCHAR, settings VARCHAR)",
    f"CREATE TABLE IF NOT EXISTS {KPIS} (snapshot_id INTEGER, kpi VARCHAR, value DOUBLE)",
    f"CREATE TABLE IF NOT EXISTS {HEALTH} "
    "(snapshot_id INTEGER, account_key VARCHAR, account VARCHAR, score DOUBLE, band VARCHAR)",
)

INSERT_SNAPSHOT_SQL = f"INSERT INTO {SNAPSHOTS} VALUES (?, ?, ?, ?, ?)"
INSERT_HEALTH_SQL = f"INSERT INTO {HEALTH} VALUES (?, ?, ?, ?, ?)"
# Every account's score in one statement: row by row, 10k accounts took seconds to insert.
INSERT_HEALTH_ROWS_SQL = f"""
INSERT INTO {HEALTH}
SELECT $snapshot_id, unnest($account_keys::VARCHAR[]), unnest($accounts::VARCHAR[]),
       unnest($scores::DOUBLE[]), unnest($bands::VARCHAR[])
"""
NEXT_ID_SQL = f"SELECT coalesce(max(id), 0) + 1 FROM {SNAPSHOTS}"
RECENT_SQL = f"SELECT id, taken_at, as_of, files FROM {SNAPSHOTS} ORDER BY id DESC LIMIT 2"
KPIS_OF_SQL = f"SELECT kpi, value FROM {KPIS} WHERE snapshot_id = ?"
BAND_COUNTS_OF_SQL = f"SELECT band, count(*) AS accounts FROM {HEALTH} WHERE snapshot_id = ? GROUP BY band"


@dataclass(frozen=True)
class Snapshot:
    id: int
    taken_at: dt.datetime
    as_of: dt.date | None
    files: list[str]
    kpis: dict[str, float | None]
    band_counts: dict[str, int]

    @property
    def label(self) -> str:
        return f"vs snapshot of {self.taken_at:%d %b %Y}"


def create_tables(ws: Workspace) -> None:
    for sql in CREATE_SQL:
        ws.con.execute(sql)
    ws.snapshot_tables = True


def unfiltered(ws: Workspace) -> Scope:
    """The view a snapshot is computed for: everyone, all dates, on the default as-of date."""
    return build_scope(ws, Filters(date_preset="all"))


def comparable(ws: Workspace, filters: Filters) -> bool:
    """Whether ``filters`` show the view snapshots were computed for, so a change means something."""
    base = unfiltered(ws)
    return (
        not filters.csms
        and not filters.tiers
        and not filters.segments
        and filters.renewal_window == base.renewal_window
        and filters.date_from is None
        and filters.date_to is None
        and filters.as_of == base.as_of
    )


def headline(ws: Workspace, scope: Scope) -> dict[str, float | None]:
    """The Overview's tiles as numbers (the same ``headline_numbers`` the page shows): what a snapshot keeps."""
    if not ws.has("engagements"):
        return {}
    n = headline_numbers(ws, scope)
    return {
        "hurtlocker_ratio": n["ratio"],
        "proactive_share": n["proactive_share"],
        "cs_cost": float(n["cost"]),
        "firefighting_share": n["firefighting_share"],
        "active_arr": n["active_arr"],
        "renewing_90d_arr": n["renewing_arr"],
    }


def stamp(ws: Workspace, taken_at: dt.datetime | None = None) -> int:
    """Record a snapshot of the workspace as it is now; returns its id."""
    create_tables(ws)
    filters = unfiltered(ws)
    snapshot_id = int(ws.scalar(NEXT_ID_SQL))
    taken_at = taken_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    files = json.dumps([f.name for f in ws.files])
    ws.con.execute(
        INSERT_SNAPSHOT_SQL, [snapshot_id, taken_at, filters.as_of, files, dumps_toml(ws.settings)]
    )
    kpis = [(snapshot_id, k, None if v is None else float(v)) for k, v in headline(ws, filters).items()]
    insert_rows(ws.con, KPIS, kpis)
    if ws.has("accounts") or ws.has("engagements"):
        scores = health.account_scores(ws, filters, breakdown=False)
        if not scores.empty:
            ws.con.execute(
                INSERT_HEALTH_ROWS_SQL,
                {
                    "snapshot_id": snapshot_id,
                    "account_keys": scores["account_key"].tolist(),
                    "accounts": scores["account"].tolist(),
                    "scores": [None if s != s else float(s) for s in scores["score"]],
                    "bands": scores["band"].tolist(),
                },
            )
    return snapshot_id


def previous(ws: Workspace) -> Snapshot | None:
    """The snapshot before the latest one: what the numbers were before the last import."""
    if not has_tables(ws):
        return None
    recent = ws.con.execute(RECENT_SQL).fetchall()
    if len(recent) < 2:
        return None
    snapshot_id, taken_at, as_of, files = recent[1]
    kpis = dict(ws.con.execute(KPIS_OF_SQL, [snapshot_id]).fetchall())
    bands = {band: int(n) for band, n in ws.con.execute(BAND_COUNTS_OF_SQL, [snapshot_id]).fetchall()}
    return Snapshot(snapshot_id, taken_at, as_of, json.loads(files), kpis, bands)


def change(now: float | None, then: float | None) -> float | None:
    if now is None or then is None:
        return None
    return now - then


def has_tables(ws: Workspace) -> bool:
    # Kept on the workspace rather than asked of the catalog: a session's first look at
    # duckdb_tables() lists the attached shared sample too and took 13 ms of its first page.
    return ws.snapshot_tables
