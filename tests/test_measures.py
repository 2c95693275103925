"""One catalogue of health measures: the settings, the scoring SQL and the pages all read it."""

from __future__ import annotations

import re

from cs_dash.measures import MEASURES
from cs_dash.metrics import health
from cs_dash.settings import Settings, validate


def test_the_default_scorecard_scores_every_catalogued_measure_once():
    assert [m.key for m in Settings().scorecard] == list(MEASURES)


def test_the_scoring_sql_computes_a_column_for_every_catalogued_measure():
    computed = set(
        re.findall(r"\bAS (\w+)\s*(?:,|\n)", health.RAW_VALUES.rsplit("SELECT p.account_key", 1)[1])
    )
    assert set(MEASURES) <= computed


def test_health_reads_the_same_catalogue():
    assert health.MEASURES is MEASURES


def test_a_key_outside_the_catalogue_is_refused_in_words():
    settings = Settings()
    settings.scorecard[0].key = "vibes"
    errors = validate(settings)
    assert any("'vibes' is not a known measure" in e for e in errors)
