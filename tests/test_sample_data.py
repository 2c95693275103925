"""The bundled sample company: made by a deterministic script, and shaped the way the pages need."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
import sys

import pytest

from cs_dash.schema import TABLES
from cs_dash.scope import default_as_of
from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests.conftest import ROOT

AS_OF = dt.date(2026, 11, 15)


def _load_generator():
    spec = importlib.util.spec_from_file_location("generate_sample", ROOT / "data" / "generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


generator = _load_generator()


@pytest.fixture(scope="module")
def sample():
    workspace = Workspace(memory_limit="1GB")
    workspace.load_sample()
    yield workspace
    workspace.close()


def test_same_seed_writes_the_same_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generator.generate(first)
    generator.generate(second)
    for path in sorted(first.glob("*.csv")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_committed_sample_is_exactly_what_the_generator_writes(tmp_path):
    generator.generate(tmp_path)
    written = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert written == sorted(p.name for p in SAMPLE_DIR.glob("*.csv"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (SAMPLE_DIR / name).read_bytes(), (
            f"{name} differs: run python data/generate_sample.py and commit the result"
        )


def test_another_seed_makes_another_company(tmp_path):
    generator.generate(tmp_path, seed=generator.SEED + 1)
    assert (tmp_path / "engagements.csv").read_bytes() != (SAMPLE_DIR / "engagements.csv").read_bytes()


def test_every_table_has_a_file_with_canonical_headers_only():
    for name, table in TABLES.items():
        with open(SAMPLE_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert set(header) <= set(table.column_names), (name, set(header) - set(table.column_names))
        assert set(table.required) <= set(header), name


def test_sample_files_stay_small():
    total = sum(p.stat().st_size for p in SAMPLE_DIR.glob("*.csv"))
    assert total < 8 * 1024 * 1024, total


def test_row_counts_are_those_of_a_mid_sized_company(sample):
    counts = sample.row_counts()
    assert counts["accounts"] == 300
    assert counts["team"] == 11
    assert 18_000 <= counts["engagements"] <= 22_000
    assert 1_000 <= counts["tickets"] <= 4_000
    assert 1_000 <= counts["surveys"] <= 3_000
    assert 10_000 <= counts["usage"] <= 30_000
    assert 900 <= counts["revenue"] <= 2_000
    assert 500 <= counts["plans"] <= 2_000
    assert sample.rejects().empty


def test_engagements_cover_eighteen_months_ending_on_the_as_of_date(sample):
    first, last = sample.con.execute("SELECT min(date), max(date) FROM engagements").fetchone()
    assert (first, last) == (dt.date(2025, 5, 16), AS_OF)
    assert default_as_of(sample) == AS_OF
    tags = {r[0] for r in sample.con.execute("SELECT DISTINCT tag FROM engagements").fetchall()}
    assert tags == {"proactive", "reactive"}
    types = {r[0] for r in sample.con.execute("SELECT DISTINCT type FROM engagements").fetchall()}
    assert types == {"Call", "Email", "Meeting", "QBR", "Site visit"}


def test_reactive_share_varies_widely_by_csm(sample):
    shares = dict(
        sample.con.execute(
            "SELECT csm, avg((tag = 'reactive')::INT) FROM engagements GROUP BY csm HAVING count(*) > 300"
        ).fetchall()
    )
    assert len(shares) == 12
    assert min(shares.values()) < 0.25
    assert max(shares.values()) > 0.6


def test_every_churned_account_had_a_fire_before_it_left(sample):
    churned, with_fire = sample.con.execute(
        """
        SELECT count(*),
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM engagements e
                   WHERE e.account_key = a.account_key AND e.fire_id IS NOT NULL
                     AND e.tag = 'reactive' AND e.date <= a.churned_on))
        FROM account_dim a WHERE a.status = 'churned'
        """
    ).fetchone()
    assert 24 <= churned <= 30  # 8-10 % of 300
    assert with_fire == churned
    active_with_fire = sample.scalar(
        "SELECT avg((account_key IN (SELECT account_key FROM engagements WHERE fire_id IS NOT NULL))::INT) "
        "FROM account_dim WHERE status = 'active'"
    )
    assert active_with_fire < 0.6


def test_accounts_spread_over_tiers_segments_and_renewal_windows(sample):
    arr_max, arr_median, segments, overdue, next_15_months, with_cac = sample.con.execute(
        """
        SELECT max(arr), median(arr), count(DISTINCT segment),
               count(*) FILTER (WHERE status = 'active' AND renewal_date < ?),
               count(*) FILTER (WHERE status = 'active' AND renewal_date BETWEEN ? AND ? + INTERVAL 15 MONTH),
               avg((cac IS NOT NULL)::INT)
        FROM account_dim
        """,
        [AS_OF, AS_OF, AS_OF],
    ).fetchone()
    assert arr_max > 10 * arr_median  # log-normal: a few big accounts
    assert segments == 3
    assert 5 <= overdue <= 15
    assert next_15_months >= 250
    assert 0.75 < with_cac < 0.95


def test_one_csm_is_missing_from_the_team_file_so_the_default_rate_shows(sample):
    defaults = sample.con.execute("SELECT csm FROM csm_dim WHERE rate_is_default").fetchall()
    assert defaults == [("Jordan Reyes",)]


def test_troubled_accounts_are_listed_in_the_readme():
    readme = (SAMPLE_DIR / "README.md").read_text(encoding="utf-8")
    listed = tuple(re.findall(r"^\s+\d+\. (.+)$", readme, flags=re.MULTILINE))
    assert listed == generator.TROUBLED_ACCOUNTS


def test_troubled_accounts_look_troubled_at_the_as_of_date(sample):
    rows = sample.con.execute(
        """
        SELECT a.account,
               a.seats_active / a.seats_purchased AS utilisation,
               datediff('day', a.renewal_date, ?) AS days_overdue,
               (SELECT count(*) FROM engagements e WHERE e.account_key = a.account_key
                  AND e.tag = 'proactive' AND e.date > ? - INTERVAL 75 DAY) AS proactive_recent,
               (SELECT count(*) FROM engagements e WHERE e.account_key = a.account_key
                  AND e.tag = 'reactive' AND e.date > ? - INTERVAL 90 DAY) AS reactive_recent,
               (SELECT count(*) FROM tickets t WHERE t.account_key = a.account_key
                  AND t.escalated AND t.closed_at IS NULL) AS open_escalations,
               (SELECT max(reviewed_on) FROM plans p WHERE p.account_key = a.account_key) AS reviewed,
               (SELECT avg(score) FROM surveys s WHERE s.account_key = a.account_key
                  AND s.date > ? - INTERVAL 12 MONTH) AS mean_score,
               (SELECT sum(active_users) FILTER (WHERE date >= DATE '2026-08-01')
                     / sum(active_users) FILTER (WHERE date BETWEEN DATE '2026-05-01' AND DATE '2026-07-31')
                FROM usage u WHERE u.account_key = a.account_key) AS usage_trend
        FROM account_dim a WHERE a.account IN (SELECT unnest(?)) AND a.status = 'active'
        ORDER BY a.renewal_date
        """,
        [AS_OF, AS_OF, AS_OF, AS_OF, list(generator.TROUBLED_ACCOUNTS)],
    ).fetchall()
    assert len(rows) == 12
    renewing_soon = [r for r in rows if -90 <= r[2] <= 0]
    assert len(renewing_soon) == 4
    for account, utilisation, _, proactive, reactive, escalations, reviewed, score, trend in rows:
        assert utilisation < 0.35, account
        assert proactive == 0 and reactive >= 8, account
        assert escalations >= 2, account
        assert (AS_OF - reviewed).days > 180, account
        assert score < 6.5, account
        assert trend < 0.7, account
