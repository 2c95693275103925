"""The leader's choices that every page uses: rates, tiers, targets, programme, scorecard.

One object, saved and loaded as one human-readable TOML file, so a dashboard can be restored
or shared exactly.
"""

from __future__ import annotations

import math
import re
import tomllib
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass

import tomli_w

from cs_dash.measures import MEASURES

TIER_METHODS = ("quantile", "thresholds")
DIRECTIONS = ("higher", "lower")
SCORING_METHODS = ("linear", "steps")


@dataclass
class TierSettings:
    """How accounts are sorted by ARR into tiers, the most valuable first.

    quantile: ``shares`` are the fractions of accounts in each tier (top first, summing to 1).
    thresholds: ``thresholds`` are the lowest ARR of every tier but the last, descending.
    """

    method: str = "quantile"
    names: list[str] = field(default_factory=lambda: ["Tier 1", "Tier 2", "Tier 3"])
    shares: list[float] = field(default_factory=lambda: [0.10, 0.30, 0.60])
    thresholds: list[float] = field(default_factory=lambda: [100_000.0, 25_000.0])
    no_arr_name: str = "No ARR"


@dataclass
class Touch:
    """One line of the proactive programme: per tier, a touch type done N times a year."""

    tier: str
    touch: str
    per_year: float
    minutes: float


def _default_programme() -> list[Touch]:
    return [
        Touch("Tier 1", "QBR", 4, 90),
        Touch("Tier 1", "Call", 12, 30),
        Touch("Tier 1", "Site visit", 2, 240),
        Touch("Tier 2", "QBR", 2, 60),
        Touch("Tier 2", "Call", 6, 30),
        Touch("Tier 3", "Call", 4, 30),
        Touch("Tier 3", "Email", 12, 10),
    ]


@dataclass
class Targets:
    hurtlocker_ratio: float = 2.0  # proactive engagements per reactive one
    proactive_share: float = 0.67


@dataclass
class Measure:
    """One health measure: its raw value is scored 0-100 between ``bad`` and ``good``.

    ``method`` "linear" interpolates between bad (0) and good (100); "steps" uses ``steps``,
    a list of [threshold, score] pairs read in the measure's direction.
    """

    key: str
    label: str
    weight: float
    direction: str  # "higher" or "lower" is better
    bad: float
    good: float
    enabled: bool = True
    method: str = "linear"
    steps: list[list[float]] = field(default_factory=list)


def _default_scorecard() -> list[Measure]:
    return [
        Measure("proactive_share", "Proactive share, last 90 days", 20, "higher", 0.2, 0.7),
        Measure("days_since_proactive", "Days since last proactive touch", 15, "lower", 90, 14),
        Measure("capacity_utilisation", "Seats active ÷ seats purchased", 15, "higher", 0.3, 0.85),
        Measure("adoption_trend", "Active users, last 90 days vs the 90 before", 10, "higher", -0.3, 0.1),
        Measure("open_escalations", "Open escalations", 15, "lower", 3, 0),
        Measure("nps", "NPS (or % recommend), last 12 months", 10, "higher", -20, 50),
        Measure("days_to_renewal", "Days to renewal", 5, "higher", 30, 180),
        Measure("plan_freshness", "Days since account plan review", 10, "lower", 180, 30),
    ]


@dataclass
class Band:
    name: str
    min_score: float
    colour: str
    note: str = ""


def _default_bands() -> list[Band]:
    return [
        Band("Healthy", 70, "#2E8B57", "Keep the cadence; look for expansion."),
        Band("Watch", 40, "#E0A100", "Book a proactive touch within two weeks."),
        Band("At risk", 0, "#C0392B", "Lessons from the last fire: escalate early, exec sponsor call."),
    ]


@dataclass
class MappingProfile:
    """A saved header mapping: the same export next month maps itself."""

    table: str
    columns: dict[str, str]
    date_orders: dict[str, str] = field(default_factory=dict)
    conversions_off: list[str] = field(default_factory=list)  # conversion keys left undone


@dataclass
class Settings:
    currency: str = "$"
    default_hourly_rate: float = 75.0
    rates: dict[str, float] = field(default_factory=dict)  # CSM name -> hourly rate override
    targets: Targets = field(default_factory=Targets)
    tiers: TierSettings = field(default_factory=TierSettings)
    programme: list[Touch] = field(default_factory=_default_programme)
    scorecard: list[Measure] = field(default_factory=_default_scorecard)
    bands: list[Band] = field(default_factory=_default_bands)
    mappings: dict[str, MappingProfile] = field(default_factory=dict)  # header fingerprint -> profile
    # Optional per-tier scorecard: tier name -> measure key -> weight used for that tier's accounts.
    tier_weights: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain dicts and lists, the shape of the settings file."""
        return _to_plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        """Settings from plain data; missing keys take their defaults.

        Raises ``SettingsError`` listing every bad field at once.
        """
        errors: list[str] = []
        settings = _from_plain(cls, data, "", errors)
        if not errors:
            errors += validate(settings)
        if errors:
            raise SettingsError(errors)
        return settings

    def weight_for(self, measure: Measure, tier: str | None) -> float:
        """The measure's weight for an account of ``tier`` (a per-tier override, else the default)."""
        return float(self.tier_weights.get(tier or "", {}).get(measure.key, measure.weight))


class SettingsError(ValueError):
    """A settings file that cannot be used, with one sentence per bad field."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


def dumps_toml(settings: Settings) -> str:
    """The settings as a human-readable TOML document."""
    header = "# cs-dash settings: tiers, scorecard, health bands, rates, programme and targets.\n\n"
    return header + tomli_w.dumps(settings.to_dict())


def loads_toml(text: str | bytes) -> Settings:
    """Settings from TOML text; ``SettingsError`` lists every problem found."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SettingsError(["the settings file is not UTF-8 text"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError([f"the settings file is not valid TOML ({exc})"]) from None
    return Settings.from_dict(data)


# ------------------------------------------------------------------ plain data <-> dataclasses
def _to_plain(value):
    if is_dataclass(value):
        return {f.name: _to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_plain(v) for v in value]
    return value


def _type_name(kind) -> str:
    if kind is float:
        return "a number"
    if kind is bool:
        return "true or false"
    if kind is str:
        return "text"
    if typing.get_origin(kind) is list:
        return "a list"
    return "a table"


def _from_plain(kind, value, path: str, errors: list[str]):
    """Convert ``value`` to ``kind``; append a sentence to ``errors`` and return None when it cannot."""
    origin = typing.get_origin(kind)
    where = path or "the file"
    if is_dataclass(kind):
        if not isinstance(value, dict):
            errors.append(f"{where} must be a table")
            return None
        hints = typing.get_type_hints(kind)
        known = {f.name for f in fields(kind)}
        for extra in sorted(set(value) - known):
            errors.append(f"{_join(path, extra)} is not a setting cs-dash knows")
        kwargs = {}
        for f in fields(kind):
            if f.name not in value:
                if f.default is MISSING and f.default_factory is MISSING:
                    errors.append(f"{_join(path, f.name)} is missing")
                continue
            kwargs[f.name] = _from_plain(hints[f.name], value[f.name], _join(path, f.name), errors)
        if any(v is None for v in kwargs.values()) or len(errors):
            return None
        try:
            return kind(**kwargs)  # type: ignore[operator]
        except TypeError:
            return None
    if origin is list:
        (item_kind,) = typing.get_args(kind)
        if not isinstance(value, list):
            errors.append(f"{where} must be {_type_name(kind)}")
            return None
        items = [_from_plain(item_kind, v, f"{path}[{i + 1}]", errors) for i, v in enumerate(value)]
        return None if any(v is None for v in items) else items
    if origin is dict:
        _, item_kind = typing.get_args(kind)
        if not isinstance(value, dict):
            errors.append(f"{where} must be a table")
            return None
        table = {str(k): _from_plain(item_kind, v, f"{path}.{k}", errors) for k, v in value.items()}
        return None if any(v is None for v in table.values()) else table
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            errors.append(f"{where} must be a number")
            return None
        return float(value)
    if kind is bool:
        if not isinstance(value, bool):
            errors.append(f"{where} must be true or false")
            return None
        return value
    if kind is str:
        if not isinstance(value, str):
            errors.append(f"{where} must be text")
            return None
        return value
    raise TypeError(f"unsupported settings type {kind!r}")  # a programming error, not user input


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


# ------------------------------------------------------------------ meaning of the values
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _fmt(x: float) -> str:
    return f"{x:g}"


def validate(s: Settings) -> list[str]:
    """Every problem with well-typed settings, one sentence each (empty when they are fine)."""
    errors: list[str] = []
    if s.default_hourly_rate < 0:
        errors.append("default_hourly_rate must be a number ≥ 0")
    for name, rate in s.rates.items():
        if rate < 0:
            errors.append(f"rates.{name} must be a number ≥ 0")
    if s.targets.hurtlocker_ratio <= 0:
        errors.append("targets.hurtlocker_ratio must be a number > 0")
    if not 0 <= s.targets.proactive_share <= 1:
        errors.append("targets.proactive_share must be between 0 and 1")
    errors += _validate_tiers(s.tiers)
    tier_names = list(s.tiers.names)
    for i, touch in enumerate(s.programme, 1):
        if touch.tier not in tier_names:
            errors.append(
                f"programme[{i}].tier {touch.tier!r} is not one of the tier names ({', '.join(tier_names)})"
            )
        if touch.per_year < 0:
            errors.append(f"programme[{i}].per_year must be a number ≥ 0")
        if touch.minutes < 0:
            errors.append(f"programme[{i}].minutes must be a number ≥ 0")
    errors += _validate_scorecard(s.scorecard)
    for tier, weights in s.tier_weights.items():
        if tier not in tier_names:
            errors.append(f"tier_weights.{tier} is not one of the tier names ({', '.join(tier_names)})")
        for key, weight in weights.items():
            if key not in MEASURES:
                errors.append(f"tier_weights.{tier}.{key} is not a known measure")
            if weight < 0:
                errors.append(f"tier_weights.{tier}.{key} must be a number ≥ 0")
    errors += _validate_bands(s.bands)
    return errors


def _validate_tiers(t: TierSettings) -> list[str]:
    errors = []
    if t.method not in TIER_METHODS:
        errors.append(f"tiers.method must be one of {', '.join(TIER_METHODS)} (it is {t.method!r})")
    n = len(t.names)
    if n not in (3, 4):
        errors.append(f"tiers.names must name 3 or 4 tiers (it names {n})")
    if any(not name.strip() for name in t.names):
        errors.append("tiers.names must not be empty")
    if len(set(t.names)) != n:
        errors.append("tiers.names must all be different")
    if t.no_arr_name in t.names:
        errors.append("tiers.no_arr_name must differ from the tier names")
    if t.method == "quantile":
        if len(t.shares) != n:
            errors.append(f"tiers.shares must have one share per tier ({n}), it has {len(t.shares)}")
        if any(share <= 0 for share in t.shares):
            errors.append("tiers.shares must all be greater than 0")
        total = sum(t.shares)
        if abs(total - 1) > 1e-6:
            errors.append(f"tiers.shares must add up to 1 (they add up to {round(total, 6):g})")
    if t.method == "thresholds":
        if len(t.thresholds) != n - 1:
            errors.append(
                f"tiers.thresholds must have one ARR threshold per tier but the last ({n - 1}), "
                f"it has {len(t.thresholds)}"
            )
        if any(b >= a for a, b in zip(t.thresholds, t.thresholds[1:], strict=False)):
            shown = ", ".join(_fmt(x) for x in t.thresholds)
            errors.append(f"tiers.thresholds must go down from the first tier to the last ({shown})")
        if any(x < 0 for x in t.thresholds):
            errors.append("tiers.thresholds must be numbers ≥ 0")
    return errors


def _validate_scorecard(scorecard: list[Measure]) -> list[str]:
    errors = []
    seen = set()
    for i, m in enumerate(scorecard, 1):
        at = f"scorecard[{i}]"
        if m.key not in MEASURES:
            errors.append(f"{at}.key {m.key!r} is not a known measure (one of {', '.join(MEASURES)})")
        if m.key in seen:
            errors.append(f"{at}.key {m.key!r} appears twice")
        seen.add(m.key)
        if m.weight < 0:
            errors.append(f"{at}.weight must be a number ≥ 0")
        if m.direction not in DIRECTIONS:
            errors.append(f"{at}.direction must be 'higher' or 'lower' (it is {m.direction!r})")
        if m.method not in SCORING_METHODS:
            errors.append(f"{at}.method must be 'linear' or 'steps' (it is {m.method!r})")
        if m.method == "linear":
            if m.bad == m.good:
                errors.append(f"{at}: bad and good must differ (both are {_fmt(m.bad)})")
            elif m.direction == "higher" and m.good < m.bad:
                errors.append(
                    f"{at}: higher is better, so good ({_fmt(m.good)}) must be above bad ({_fmt(m.bad)})"
                )
            elif m.direction == "lower" and m.good > m.bad:
                errors.append(
                    f"{at}: lower is better, so good ({_fmt(m.good)}) must be below bad ({_fmt(m.bad)})"
                )
        if m.method == "steps":
            if not m.steps or any(len(step) != 2 for step in m.steps):
                errors.append(f"{at}.steps must be a list of [threshold, score] pairs")
            elif any(not 0 <= step[1] <= 100 for step in m.steps):
                errors.append(f"{at}.steps scores must be between 0 and 100")
    if not any(m.enabled and m.weight > 0 for m in scorecard):
        errors.append("scorecard must have at least one enabled measure with a weight above 0")
    return errors


def _validate_bands(bands: list[Band]) -> list[str]:
    errors = []
    if len(bands) < 2:
        errors.append("bands must list at least two bands")
    names = [b.name for b in bands]
    if any(not n.strip() for n in names) or len(set(names)) != len(names):
        errors.append("bands must have names that are not empty and all different")
    for i, b in enumerate(bands, 1):
        if not 0 <= b.min_score <= 100:
            errors.append(f"bands[{i}].min_score must be between 0 and 100")
        if not _COLOUR.match(b.colour):
            errors.append(f"bands[{i}].colour must look like #2E8B57 (it is {b.colour!r})")
    scores = [b.min_score for b in bands]
    if any(b >= a for a, b in zip(scores, scores[1:], strict=False)):
        shown = ", ".join(_fmt(x) for x in scores)
        errors.append(f"bands must be listed from best to worst, min_score going down ({shown})")
    elif bands and bands[-1].min_score != 0:
        errors.append("bands: the last band must start at 0 so every score has a band")
    return errors


def band_for(score: float | None, bands: list[Band]) -> str | None:
    """The first band (best first) whose min_score the score reaches; None without a score."""
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return None
    for band in bands:
        if score >= band.min_score:
            return band.name
    return bands[-1].name


if __name__ == "__main__":  # python -m cs_dash.settings > data/default_settings.toml
    print(dumps_toml(Settings()), end="")
