"""Every surface shows the same number for the same view, for the even-numbered views of
``tests/consistency.py`` (the odd ones are in ``test_consistency_odd_views.py``, so the halves can run side by
side)."""

from __future__ import annotations

import pytest

from tests import consistency
from tests.consistency import pages, sample, view_results, views  # noqa: F401  (fixtures)

NUMBERS = range(0, consistency.VIEWS, 2)


def test_the_views_cover_present_and_past_dates_and_every_filter(views):  # noqa: F811
    every = [v.filters for v in views]
    assert any(f.as_of for f in every) and any(f.as_of is None for f in every)
    assert all(any(getattr(f, name) for f in every) for name in ("csms", "tiers", "segments"))
    assert {f.renewal_window for f in every} >= {"any", "overdue"}
    assert {f.date_preset for f in every} >= {"all", "custom"}


@pytest.mark.parametrize("number", NUMBERS)
def test_the_numbers_agree_with_each_other_and_an_independent_count(number, sample, view_results):  # noqa: F811
    consistency.check_numbers(number, sample, view_results)


# The first view also opens the eight page sessions; on a shared, busy machine that alone can take
# minutes, more than the suite's per-test limit.
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("number", NUMBERS)
def test_every_page_shows_the_cli_numbers_and_the_file_tiles(number, sample, views, view_results, pages):  # noqa: F811
    consistency.check_pages(number, sample, views, view_results, pages)
