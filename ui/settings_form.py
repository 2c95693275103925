"""The Settings page's editable tables: settings parts to data frames and back.

The page edits copies as tables; ``to_settings`` rebuilds one plain dict and lets
``Settings.from_dict`` validate it, so the page and a settings file share one set of rules.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.settings import Settings

SCORECARD_COLUMNS = ["key", "label", "enabled", "weight", "direction", "bad", "good"]
BAND_COLUMNS = ["name", "min_score", "colour", "note"]
PROGRAMME_COLUMNS = ["tier", "touch", "per_year", "minutes"]


def scorecard_frame(settings: Settings) -> pd.DataFrame:
    return pd.DataFrame([{c: getattr(m, c) for c in SCORECARD_COLUMNS} for m in settings.scorecard])


def bands_frame(settings: Settings) -> pd.DataFrame:
    return pd.DataFrame([{c: getattr(b, c) for c in BAND_COLUMNS} for b in settings.bands])


def programme_frame(settings: Settings) -> pd.DataFrame:
    return pd.DataFrame([{c: getattr(t, c) for c in PROGRAMME_COLUMNS} for t in settings.programme])


def rates_frame(settings: Settings) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "csm": pd.Series(list(settings.rates), dtype="string"),
            "hourly_rate": pd.Series(list(settings.rates.values()), dtype="float64"),
        }
    )


def tier_weights_frame(settings: Settings) -> pd.DataFrame:
    """One row per measure, one column per tier: the weight for that tier, blank = the scorecard's."""
    rows = []
    for m in settings.scorecard:
        row = {"measure": m.key}
        for tier in settings.tiers.names:
            row[tier] = settings.tier_weights.get(tier, {}).get(m.key)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["measure", *settings.tiers.names])
    return frame.astype({tier: "float64" for tier in settings.tiers.names})


def _tier_weights(df: pd.DataFrame | None, renames: dict[str, str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    if df is None:
        return out
    for row in df.to_dict("records"):
        for tier, weight in row.items():
            if tier == "measure" or weight is None or pd.isna(weight):
                continue
            out.setdefault(renames.get(tier, tier), {})[str(row["measure"])] = float(weight)
    return out


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain Python values; empty cells become None (and fail validation by name)."""
    out = []
    for row in df.to_dict("records"):
        clean = {}
        for key, value in row.items():
            if value is None or (isinstance(value, float) and pd.isna(value)):
                continue  # a missing cell: the field is reported missing, not silently zero
            clean[key] = value.item() if hasattr(value, "item") else value
        out.append(clean)
    return out


def to_settings(
    base: Settings,
    *,
    tier_method: str,
    tier_names: list[str],
    shares_percent: list[float],
    thresholds: list[float],
    scorecard: pd.DataFrame,
    bands: pd.DataFrame,
    programme: pd.DataFrame,
    rates: pd.DataFrame,
    currency: str,
    default_rate: float,
    hurtlocker_target: float,
    proactive_share_target: float,
    tier_weights: pd.DataFrame | None = None,
) -> Settings:
    """New settings from the page's widgets; raises ``SettingsError`` naming every bad field.

    Renaming a tier renames it in the prevention programme and the per-tier weights too (by
    position), so a rename never leaves the programme pointing at a tier that no longer exists;
    the lines of a removed tier go with it.
    """
    data = base.to_dict()
    renames = dict(zip(base.tiers.names, tier_names, strict=False))
    data["tiers"].update(
        method=tier_method,
        names=tier_names,
        shares=[float(s) / 100 for s in shares_percent],
        thresholds=[float(t) for t in thresholds],
    )
    steps = {m.key: (m.method, m.steps) for m in base.scorecard}
    measures = _records(scorecard)
    for m in measures:
        method, kept_steps = steps.get(m.get("key"), ("linear", []))
        m.setdefault("method", method)
        m.setdefault("steps", kept_steps)
    data["scorecard"] = measures
    data["bands"] = _records(bands)
    touches = _records(programme)
    for t in touches:
        t["tier"] = renames.get(t.get("tier"), t.get("tier"))
    # A tier that no longer exists (4 tiers down to 3) takes its programme lines and weights with it.
    data["programme"] = [t for t in touches if t.get("tier") in tier_names]
    if tier_weights is not None:
        weights = _tier_weights(tier_weights, renames)
    else:
        weights = {renames.get(k, k): v for k, v in data["tier_weights"].items()}
    data["tier_weights"] = {k: v for k, v in weights.items() if k in tier_names}
    data["rates"] = {
        str(r["csm"]): r.get("hourly_rate") for r in _records(rates) if str(r.get("csm", "")).strip()
    }
    data["currency"] = currency
    data["default_hourly_rate"] = float(default_rate)
    data["targets"] = {
        "hurtlocker_ratio": float(hurtlocker_target),
        "proactive_share": float(proactive_share_target) / 100,
    }
    return Settings.from_dict(data)
