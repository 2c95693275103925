"""Money and plurals are written by one module, the same on tiles, charts and in files."""

from __future__ import annotations

import math

import pandas as pd

from cs_dash.formatting import MISSING, money, money_formatter, plural


def test_money_is_whole_units_with_thousands_separators():
    assert money(135_500.0) == "$135,500"
    assert money(79_680.4, "€") == "€79,680"
    assert money(-1_250, "£") == "£-1,250"


def test_compact_money_keeps_three_figures_and_a_suffix():
    assert money(1_238_400, "$", compact=True) == "$1.24M"
    assert money(3_580_000_000, "$", compact=True) == "$3.58B"
    assert money(999, "$", compact=True) == "$999"


def test_money_the_data_cannot_give_is_a_dash():
    for missing in (None, math.nan, pd.NA, pd.NaT):
        assert money(missing) == MISSING
        assert money(missing, compact=True) == MISSING


def test_the_column_formatter_is_money_in_one_currency():
    assert money_formatter("€")(1234.4) == "€1,234" == money(1234.4, "€")
    assert money_formatter("€")(None) == MISSING


def test_plural_takes_the_count_and_an_irregular_plural():
    assert plural(1, "account") == "1 account"
    assert plural(0, "account") == "0 accounts"
    assert plural(1_204, "row") == "1,204 rows"
    assert plural(2, "reply", "replies") == "2 replies"
    assert plural(1, "reply", "replies") == "1 reply"


def test_counts_on_a_tile_fit_in_four_characters():
    from cs_dash.formatting import compact_count

    assert compact_count(12_041) == "12k"
    assert compact_count(7_912) == "7.91k"
    assert compact_count(1_250_000) == "1.25M"
    # small counts stay exact: the rule does not fire below a thousand
    assert compact_count(950) == "950"
    assert compact_count(0) == "0"
    assert compact_count(None) == "–" or compact_count(None) == compact_count(float("nan"))
