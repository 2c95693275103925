"""Fuzzing the importer: generated exports and damaged copies of the test files.

Every import must end in a result (never an exception), a failure in one sentence, and a success
with every row under the header loaded, rejected or skipped. The benchmark
``benchmarks/fuzz_import.py`` runs the same checks on 10,000+ inputs.
"""

from __future__ import annotations

import random

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_helpers import HEADERS, NASTY, SEED_FILES, VALUES, mutate, run_import, structured

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CELL = st.one_of(
    st.sampled_from(VALUES),
    st.text(max_size=12),
    st.lists(st.sampled_from(NASTY + VALUES), max_size=4).map("".join),
)


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect(config={"threads": 1, "memory_limit": "512MB"})
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@st.composite
def exports(draw):
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=2, max_size=6, unique=True))
    rows = draw(st.lists(st.lists(CELL, min_size=len(headers), max_size=len(headers)), max_size=25))
    blank = draw(st.sets(st.integers(0, max(0, len(rows) - 1)), max_size=3)) if rows else set()
    return structured(
        headers,
        rows,
        delimiter=draw(st.sampled_from([",", ";", "\t", "|"])),
        newline=draw(st.sampled_from(["\n", "\r\n"])),
        quote_all=draw(st.booleans()),
        blank_after=blank,
    )


_count = iter(range(10**9))


@FUZZ
@given(case=exports())
def test_generated_exports_keep_every_row(con, folder, case):
    out = run_import(con, folder, case.data, next(_count))
    assert out.escaped is None
    assert out.problems == []
    r = out.result
    if r.ok and r.delimiter == case.delimiter and r.header_row == 1:
        assert r.rows_in_file == case.data_rows, (r.rows_loaded, r.rows_rejected, r.rows_skipped)


@FUZZ
@given(seed=st.sampled_from(SEED_FILES), rng=st.randoms(use_true_random=False))
def test_damaged_test_files_end_in_a_result_or_a_sentence(con, folder, seed, rng: random.Random):
    out = run_import(con, folder, mutate(seed.read_bytes(), rng), next(_count))
    assert out.escaped is None
    assert out.problems == []


def test_a_blank_line_and_a_line_break_in_a_value_are_counted(con, folder):
    case = structured(
        ["date", "account", "csm", "tag"],
        [["2025-01-01", "Acme\nInc", "Dana", "P"], ["2025-01-02", "Beta", "Dana", "R"]],
        blank_after={0},
    )
    out = run_import(con, folder, case.data, next(_count))
    assert out.result.ok and case.data_rows == 3
    assert (out.result.rows_loaded, out.result.rows_skipped, out.result.rows_in_file) == (2, 1, 3)
