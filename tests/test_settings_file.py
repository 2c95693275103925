"""The settings file: a round trip keeps every choice, and each kind of mistake gets its own sentence."""

from __future__ import annotations

import pytest

from cs_dash.settings import Band, Measure, Settings, SettingsError, band_for, dumps_toml, loads_toml
from tests.conftest import ROOT

DEFAULT_FILE = ROOT / "data" / "default_settings.toml"


def problems_of(text: str) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        loads_toml(text)
    return caught.value.problems


def default_text() -> str:
    return dumps_toml(Settings())


def test_the_shipped_default_file_is_the_dataclass_defaults():
    assert DEFAULT_FILE.read_text(encoding="utf-8") == dumps_toml(Settings())
    assert loads_toml(DEFAULT_FILE.read_bytes()) == Settings()


def test_a_changed_settings_object_survives_a_round_trip_through_toml():
    s = Settings()
    s.tiers.method = "thresholds"
    s.tiers.names = ["Gold", "Silver", "Bronze", "Tin"]
    s.tiers.thresholds = [200_000.0, 50_000.0, 10_000.0]
    s.tiers.shares = [0.1, 0.2, 0.3, 0.4]
    for touch in s.programme:
        touch.tier = {"Tier 1": "Gold", "Tier 2": "Silver", "Tier 3": "Bronze"}[touch.tier]
    s.scorecard[0].weight = 33.5
    s.scorecard[1].enabled = False
    s.scorecard[2] = Measure(
        "capacity_utilisation", "Seats", 5, "higher", 0, 1, method="steps", steps=[[0.5, 50], [0.8, 100]]
    )
    s.bands[1].note = 'Call within "two" weeks; escalate \\ early'
    s.rates = {"Dana Lee": 90.0}
    s.tier_weights = {"Gold": {"nps": 30.0}}
    again = loads_toml(dumps_toml(s))
    assert again == s
    assert again.weight_for(again.scorecard[5], "Gold") == 30.0
    assert again.weight_for(again.scorecard[5], "Silver") == 10.0


def test_a_partial_file_takes_defaults_for_what_it_leaves_out():
    s = loads_toml(
        '[tiers]\nnames = ["A", "B", "C"]\n[[programme]]\ntier = "A"\ntouch = "Call"\nper_year = 1\nminutes = 5\n'
    )
    assert s.tiers.names == ["A", "B", "C"]
    assert s.scorecard == Settings().scorecard


def test_text_that_is_not_toml_is_refused_in_one_sentence():
    (problem,) = problems_of("this is { not toml")
    assert problem.startswith("the settings file is not valid TOML")


def test_a_value_of_the_wrong_type_names_its_field():
    text = default_text().replace("default_hourly_rate = 75.0", 'default_hourly_rate = "lots"')
    assert problems_of(text) == ["default_hourly_rate must be a number"]


def test_an_unknown_tier_method_is_named():
    text = default_text().replace('method = "quantile"', 'method = "alphabetical"')
    assert problems_of(text) == ["tiers.method must be one of quantile, thresholds (it is 'alphabetical')"]


def test_shares_that_do_not_add_up_to_one_say_what_they_add_up_to():
    text = default_text().replace("    0.6,\n", "    0.5,\n")
    assert problems_of(text) == ["tiers.shares must add up to 1 (they add up to 0.9)"]


def test_thresholds_that_do_not_go_down_are_refused():
    text = (
        default_text().replace('method = "quantile"', 'method = "thresholds"').replace("25000.0", "250000.0")
    )
    assert problems_of(text) == [
        "tiers.thresholds must go down from the first tier to the last (100000, 250000)"
    ]


def test_a_negative_weight_is_refused_with_its_position():
    text = default_text().replace("weight = 15\n", "weight = -5\n", 1)
    assert problems_of(text) == ["scorecard[2].weight must be a number ≥ 0"]


def test_bad_equal_to_good_is_refused():
    text = default_text().replace("bad = 90\ngood = 14", "bad = 14\ngood = 14")
    assert problems_of(text) == ["scorecard[2]: bad and good must differ (both are 14)"]


def test_good_on_the_wrong_side_of_bad_for_the_direction_is_refused():
    text = default_text().replace("bad = 90\ngood = 14", "bad = 14\ngood = 90")
    assert problems_of(text) == ["scorecard[2]: lower is better, so good (90) must be below bad (14)"]


def test_an_unknown_measure_key_is_named():
    text = default_text().replace('key = "nps"', 'key = "vibes"')
    (problem,) = problems_of(text)
    assert problem.startswith("scorecard[6].key 'vibes' is not a known measure")


def test_bands_out_of_order_are_refused():
    text = default_text().replace("min_score = 40", "min_score = 80")
    assert problems_of(text) == ["bands must be listed from best to worst, min_score going down (70, 80, 0)"]


def test_an_unknown_setting_is_named_so_typos_show():
    text = "curency = '€'\n" + default_text()
    assert problems_of(text) == ["curency is not a setting cs-dash knows"]


def test_several_mistakes_are_all_reported_at_once():
    text = (
        default_text()
        .replace("default_hourly_rate = 75.0", "default_hourly_rate = true")
        .replace("weight = 20", "weight = 'heavy'")
    )
    assert problems_of(text) == [
        "default_hourly_rate must be a number",
        "scorecard[1].weight must be a number",
    ]


def test_a_file_that_is_not_utf8_is_refused():
    assert problems_of(b"\xff\xfe\x00bad") == ["the settings file is not UTF-8 text"]


@pytest.mark.parametrize(
    ("score", "band"),
    [(100, "Healthy"), (70, "Healthy"), (69.99, "Watch"), (40, "Watch"), (39.99, "At risk"), (0, "At risk")],
)
def test_a_score_at_a_band_threshold_belongs_to_that_band(score, band):
    assert band_for(score, Settings().bands) == band


def test_no_score_has_no_band():
    assert band_for(None, [Band("A", 50, "#000000"), Band("B", 0, "#111111")]) is None
