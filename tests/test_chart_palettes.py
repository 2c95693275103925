"""Every colour lives in ``cs_dash.charts``, and every palette defined there is used somewhere."""

from __future__ import annotations

import re
import types
from pathlib import Path

from cs_dash import charts

ROOT = Path(__file__).resolve().parent.parent
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def _is_colour(value: object) -> bool:
    if isinstance(value, str):
        return bool(HEX.fullmatch(value))
    if isinstance(value, dict):
        return bool(value) and all(_is_colour(v) for v in value.values())
    if isinstance(value, list | tuple):
        parts = [v for v in value if not isinstance(v, int | float)]  # a colour scale's stops
        return bool(parts) and all(_is_colour(v) for v in parts)
    return False


def palettes(module: types.ModuleType) -> list[str]:
    """The module's upper-case constants that hold a colour or a collection of colours."""
    return [name for name, value in vars(module).items() if name.isupper() and _is_colour(value)]


def unused(names: list[str], defining_source: str, other_sources: list[str]) -> list[str]:
    """The names used nowhere: not in another source, nor in the defining one beyond their definition."""
    found = []
    for name in names:
        word = re.compile(rf"\b{name}\b")
        elsewhere = any(word.search(text) for text in other_sources)
        at_home = len(word.findall(defining_source)) > 1
        if not (elsewhere or at_home):
            found.append(name)
    return found


def _sources(*globs: str) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for g in globs for p in sorted(ROOT.glob(g))}


def test_every_palette_in_charts_is_used():
    charts_path = Path(charts.__file__).resolve()
    others = [text for path, text in _sources("cs_dash/**/*.py", "ui/*.py", "pages/*.py", "app.py").items()
              if path.resolve() != charts_path]  # fmt: skip
    names = palettes(charts)
    assert {"PROACTIVE", "REACTIVE", "TIER_COLOURS", "KIND_COLOURS", "FIRE_TYPE_COLOURS"} <= set(names)
    assert unused(names, charts_path.read_text(encoding="utf-8"), others) == []


def test_an_unused_palette_is_found():
    fake = types.ModuleType("fake")
    fake.USED = ["#111111", "#222222"]
    fake.SPARE = {"a": "#333333"}
    fake.SCALE = [[0.0, "#444444"], [1.0, "#555555"]]
    fake.LIMIT = 3  # not a colour
    assert palettes(fake) == ["USED", "SPARE", "SCALE"]
    source = "USED = [...]\nSPARE = {...}\nSCALE = [...]\nfig(colors=SCALE)\n"
    assert unused(palettes(fake), source, ["bar(color=USED[0])"]) == ["SPARE"]


def test_no_colour_is_written_outside_charts():
    written = {
        str(path.relative_to(ROOT)): HEX.findall(text)
        for path, text in _sources("cs_dash/plots/*.py", "ui/*.py", "pages/*.py", "app.py").items()
        if HEX.search(text)
    }
    assert written == {}
