"""Saved mapping profiles: the same export next month maps itself.

A profile is keyed by a fingerprint of the file's header row, so a file with the same columns in
the same order finds the mapping the user saved for it, whatever its name or its rows.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

_NON_WORD = re.compile(r"[\s_\-./]+")


def _key(header: str) -> str:
    """Lower case, ``_ - . /`` and runs of spaces made one space; kept as it was, so saved keys hold."""
    text = header.replace("\ufeff", "").lower().strip().rstrip("?:*#").strip()
    return _NON_WORD.sub(" ", text).strip()


def fingerprint(headers: list[str]) -> str:
    """A short stable key of a header row: case, spacing and punctuation do not change it."""
    key = "\x1f".join(_key(h) for h in headers)
    return "h" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def find_profile(profiles: dict[str, Any] | None, key: str) -> Any | None:
    """The saved profile for this fingerprint (an object with table, columns, date_orders), if any."""
    if not profiles:
        return None
    profile = profiles.get(key)
    if profile is None or not getattr(profile, "table", None):
        return None
    return profile
