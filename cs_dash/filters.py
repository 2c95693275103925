"""The sidebar's choices as one object; ``cs_dash.scope.Scope`` turns them into SQL conditions.

Every page and the CLI apply the same ``Filters`` so a number means the same thing everywhere.
Account-level choices (tier, segment, renewal window) select accounts from ``account_dim``;
CSM and date range apply to the fact table being queried. The same object round-trips through
the page URL (``to_query_params`` / ``from_query_params``) so a copied link restores the view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

RENEWAL_WINDOWS = ("any", "overdue", "30", "60", "90", "180", "365")
RENEWAL_WINDOW_LABELS = {
    "any": "Any time",
    "overdue": "Overdue",
    "30": "Next 30 days",
    "60": "Next 60 days",
    "90": "Next 90 days",
    "180": "Next 180 days",
    "365": "Next 365 days",
}

# Date-range presets, relative to the "as of" date. "custom" means date_from/date_to as given.
DATE_PRESETS = ("all", "30d", "90d", "qtd", "12m", "custom")
DATE_PRESET_LABELS = {
    "all": "All dates",
    "30d": "Last 30 days",
    "90d": "Last 90 days",
    "qtd": "Quarter to date",
    "12m": "Last 12 months",
    "custom": "Custom dates",
}


def preset_range(
    preset: str,
    as_of: dt.date | None,
    custom_from: dt.date | None = None,
    custom_to: dt.date | None = None,
) -> tuple[dt.date | None, dt.date | None]:
    """The (from, to) dates a preset means at ``as_of``; both ends inclusive.

    "Last 30 days" at 2025-06-30 is 2025-06-01..2025-06-30 (30 days counting the as-of day).
    "Last 12 months" starts the day after the same date a year earlier. Without an as-of date
    the relative presets cannot be placed and mean "all dates".
    """
    if preset == "custom":
        return custom_from, custom_to
    if preset == "all" or as_of is None:
        return None, None
    if preset == "30d":
        return as_of - dt.timedelta(days=29), as_of
    if preset == "90d":
        return as_of - dt.timedelta(days=89), as_of
    if preset == "qtd":
        first_month = 3 * ((as_of.month - 1) // 3) + 1
        return dt.date(as_of.year, first_month, 1), as_of
    if preset == "12m":
        try:
            year_ago = as_of.replace(year=as_of.year - 1)
        except ValueError:  # 29 February
            year_ago = as_of.replace(year=as_of.year - 1, day=28)
        return year_ago + dt.timedelta(days=1), as_of
    raise ValueError(f"unknown date preset: {preset}")


@dataclass(frozen=True)
class Filters:
    csms: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    renewal_window: str = "any"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    as_of: dt.date | None = None
    # How the date range was chosen; "custom" means date_from/date_to are exactly as given.
    date_preset: str = "custom"

    def resolved(self) -> Filters:
        """The same filters with the preset turned into concrete dates at ``as_of``."""
        if self.date_preset == "custom":
            return self
        start, end = preset_range(self.date_preset, self.as_of)
        return replace(self, date_from=start, date_to=end)

    @property
    def period_end(self) -> dt.date | None:
        """The last day counted: the range's end, never later than the as-of date."""
        ends = [d for d in (self.date_to, self.as_of) if d is not None]
        return min(ends) if ends else None

    def describe(self) -> str:
        """The filters in force in words, for chart titles and captions."""
        parts = []
        if self.csms:
            parts.append("CSM: " + ", ".join(self.csms))
        if self.tiers:
            parts.append(", ".join(self.tiers))
        if self.segments:
            parts.append("Segment: " + ", ".join(self.segments))
        if self.renewal_window == "overdue":
            parts.append("renewal overdue")
        elif self.renewal_window != "any":
            parts.append(f"renewing in {self.renewal_window} days")
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "start"
            end = self.date_to.isoformat() if self.date_to else "latest"
            label = DATE_PRESET_LABELS.get(self.date_preset, "")
            dates = f"{start} to {end}"
            parts.append(f"{label} ({dates})" if self.date_preset not in ("custom", "all") else dates)
        return " · ".join(parts) if parts else "All accounts and CSMs"


# ---------------------------------------------------------------------- URL query parameters
# Short keys so a shared link stays readable: ?csm=Dana+Lee&csm=Ali&tier=Tier+1&dates=90d
_LIST_KEYS = {"csm": "csms", "tier": "tiers", "segment": "segments"}


def _one(value: str | list[str] | None) -> str | None:
    if isinstance(value, list | tuple):
        return value[-1] if value else None
    return value


def _many(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else list(value)
    return tuple(v for v in dict.fromkeys(values) if v)


def _date(value: str | list[str] | None) -> dt.date | None:
    text = _one(value)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def to_query_params(filters: Filters, explicit_as_of: bool = True) -> dict[str, str | list[str]]:
    """The filters as URL query parameters; defaults are left out so a plain link stays plain.

    A relative preset is stored as its name (the link keeps meaning "last 90 days"); a custom
    range as its two dates. ``explicit_as_of=False`` leaves the as-of date out (it then follows
    the data's latest date when the link is opened).
    """
    params: dict[str, str | list[str]] = {}
    for key, attr in _LIST_KEYS.items():
        values = list(getattr(filters, attr))
        if values:
            params[key] = values
    if filters.renewal_window != "any":
        params["renewal"] = filters.renewal_window
    if filters.date_preset == "custom":
        if filters.date_from or filters.date_to:
            params["dates"] = "custom"
            if filters.date_from:
                params["from"] = filters.date_from.isoformat()
            if filters.date_to:
                params["to"] = filters.date_to.isoformat()
    elif filters.date_preset != "all":
        params["dates"] = filters.date_preset
    if explicit_as_of and filters.as_of:
        params["as_of"] = filters.as_of.isoformat()
    return params


def from_query_params(params: Mapping[str, str | list[str]]) -> Filters:
    """Filters from URL query parameters; anything unreadable falls back to its default."""
    renewal = _one(params.get("renewal")) or "any"
    preset = _one(params.get("dates")) or "all"
    if preset not in DATE_PRESETS:
        preset = "all"
    date_from, date_to = _date(params.get("from")), _date(params.get("to"))
    if preset != "custom":
        date_from = date_to = None
    elif date_from is None and date_to is None:
        preset = "all"
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return Filters(
        csms=_many(params.get("csm")),
        tiers=_many(params.get("tier")),
        segments=_many(params.get("segment")),
        renewal_window=renewal if renewal in RENEWAL_WINDOWS else "any",
        date_from=date_from,
        date_to=date_to,
        as_of=_date(params.get("as_of")),
        date_preset=preset,
    )
