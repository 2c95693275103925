"""The leader's choices that every page uses: rates, tiers, targets, programme, scorecard.

One object, saved and loaded as one human-readable TOML file, so a dashboard can be restored
or shared exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TIER_METHODS = ("quantile", "thresholds")
DIRECTIONS = ("higher", "lower")


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
