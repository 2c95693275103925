"""A seeded synthetic company written straight into a workspace's canonical tables, in SQL.

Fast enough for a million engagements, so the benchmarks and the page tests can run on data of
any size without going through CSV files. Some CSMs are far more reactive than others, and
churned accounts carry most of the fires.
"""

from __future__ import annotations

import datetime as dt

from cs_dash.workspace import Workspace

FIRST_NAMES = [
    "Dana",
    "Ali",
    "Priya",
    "Marcus",
    "Sofia",
    "Kenji",
    "Grace",
    "Omar",
    "Lena",
    "Tomás",
    "Ruth",
    "Ivan",
]
LAST_NAMES = [
    "Lee",
    "Haddad",
    "Nair",
    "Okafor",
    "Rossi",
    "Tanaka",
    "Kim",
    "Farouk",
    "Berg",
    "Ortiz",
    "Cohen",
    "Petrov",
]
COMPANY_WORDS = [
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Tyrell",
    "Cyberdyne", "Wonka", "Gringotts", "Oscorp", "Aperture", "Monarch", "Pied Piper", "Dunder", "Massive",
    "Nakatomi",
]  # fmt: skip
COMPANY_SUFFIXES = ["Corp", "Labs", "Systems", "Group", "Health", "Logistics", "Retail", "Bank", "Media",
                    "Energy", "Foods", "Motors", "Analytics", "Travel", "Insurance"]  # fmt: skip
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

TEAM_SQL = """
INSERT INTO team (csm, hourly_rate, team, role, csm_key, source_file, source_row)
SELECT name, rate, 'Customer Success', 'CSM', lower(name), 'synthetic', i
FROM (
    SELECT i, ?[1 + (i - 1) % 12] || ' ' || ?[1 + ((i - 1) // 12 + (i - 1) * 5) % 12]
              || CASE WHEN i > 12 THEN ' ' || ((i - 1) // 12 + 1)::VARCHAR ELSE '' END AS name,
           60 + ((i * 37) % 9) * 10 AS rate
    FROM range(1, ? + 1) t(i)
) WHERE i % 6 <> 0  -- every sixth CSM has no rate on file: the default applies
"""

ACCOUNTS_SQL = """
CREATE OR REPLACE TEMP TABLE synth_accounts AS
SELECT i,
       ?[1 + (i - 1) % 20] || ' ' || ?[1 + ((i - 1) // 20) % 15]
           || CASE WHEN i > 300 THEN ' ' || i::VARCHAR ELSE '' END AS account,
       1 + (i * 7) % ? AS csm_i,
       round(exp(10.3 + 1.1 * sqrt(-2 * ln(greatest(random(), 1e-9))) * cos(2 * pi() * random())), -2) AS arr,
       random() < 0.09 AS churned,
       ?::DATE + ((i * 37) % 420 - 45)::INTEGER AS renewal_date
FROM range(1, ? + 1) t(i)
"""

INSERT_ACCOUNTS_SQL = """
INSERT INTO accounts (account, arr, csm, renewal_date, segment, status, churned_on, cac,
                      account_key, csm_key, source_file, source_row)
SELECT a.account, a.arr, c.csm, a.renewal_date,
       CASE WHEN a.arr >= 100000 THEN 'Enterprise' WHEN a.arr >= 25000 THEN 'Mid-Market' ELSE 'SMB' END,
       CASE WHEN a.churned THEN 'churned' ELSE 'active' END,
       CASE WHEN a.churned THEN ?::DATE - (a.i % 200)::INTEGER END,
       CASE WHEN a.i % 3 = 0 THEN round(a.arr * 0.6, -2) END,
       lower(a.account), lower(c.csm), 'synthetic', a.i
FROM synth_accounts a JOIN synth_csms c ON c.i = a.csm_i
"""

ENGAGEMENTS_SQL = """
INSERT INTO engagements (date, account, csm, tag, type, duration_min, effectiveness, fire_id,
                         account_key, csm_key, source_file, source_row)
WITH picks AS (
    SELECT n,
           1 + floor(pow(random(), 1.6) * ?)::INTEGER AS account_i,
           random() AS r_tag, random() AS r_type, random() AS r_dur, random() AS r_csm, random() AS r_day
    FROM range(1, ? + 1) t(n)
),
rows AS (
    SELECT p.*, a.account, a.churned,
           CASE WHEN p.r_csm < 0.9 THEN a.csm_i ELSE 1 + (p.n % ?) END AS csm_i,
           ?::DATE - floor(p.r_day * ?)::INTEGER AS date
    FROM picks p JOIN synth_accounts a ON a.i = p.account_i
),
tagged AS (
    SELECT r.*, c.csm,
           CASE WHEN r.r_tag < 0.18 + 0.35 * (r.csm_i % 4 = 0)::INTEGER + 0.12 * (r.csm_i % 3 = 0)::INTEGER
                                + 0.2 * r.churned::INTEGER
                THEN 'reactive' ELSE 'proactive' END AS tag
    FROM rows r JOIN synth_csms c ON c.i = r.csm_i
)
SELECT date, account, csm, tag,
       CASE WHEN tag = 'proactive'
            THEN ['call', 'email', 'QBR', 'meeting', 'site visit'][1 + floor(r_type * 4.999)::INTEGER]
            ELSE ['call', 'email', 'escalation call', 'meeting'][1 + floor(r_type * 3.999)::INTEGER] END,
       CASE WHEN r_dur < 0.04 THEN NULL ELSE round(10 + r_dur * 80 + r_type * 30) END,
       1 + floor(r_type * 4.999),
       CASE WHEN tag = 'reactive' AND churned THEN 'FIRE-' || account_i::VARCHAR || '-' || strftime(date, '%y%m') END,
       lower(account), lower(csm), 'synthetic', n
FROM tagged
"""


def fill(
    ws: Workspace,
    accounts: int = 300,
    engagements: int = 20_000,
    csms: int = 12,
    end: dt.date = dt.date(2025, 6, 30),
    days: int = 540,
    seed: float = 0.42,
) -> Workspace:
    """Replace the workspace's data with a synthetic company; returns the workspace."""
    ws.clear()
    con = ws.con
    con.execute("SELECT setseed(?)", [seed])
    con.execute(TEAM_SQL, [FIRST_NAMES, LAST_NAMES, csms])
    con.execute(
        "CREATE OR REPLACE TEMP TABLE synth_csms AS SELECT i, "
        "?[1 + (i - 1) % 12] || ' ' || ?[1 + ((i - 1) // 12 + (i - 1) * 5) % 12] "
        "|| CASE WHEN i > 12 THEN ' ' || ((i - 1) // 12 + 1)::VARCHAR ELSE '' END AS csm "
        "FROM range(1, ? + 1) t(i)",
        [FIRST_NAMES, LAST_NAMES, csms],
    )
    con.execute(ACCOUNTS_SQL, [COMPANY_WORDS, COMPANY_SUFFIXES, csms, end, accounts])
    con.execute(INSERT_ACCOUNTS_SQL, [end])
    con.execute(ENGAGEMENTS_SQL, [accounts, engagements, csms, end, days])
    con.execute("DROP TABLE synth_accounts")
    con.execute("DROP TABLE synth_csms")
    ws.refresh_derived()
    return ws
