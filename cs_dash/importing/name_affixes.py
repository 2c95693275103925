"""Words a tool adds to every customer's name: "Acme Workspace", "Onboarding: Acme", "[Customer] Acme".

Collaboration, portal and project tools name a customer's space after the customer and add their
own word before or after it ("X Workspace", "X Portal", "X - Onboarding", "X (Trial)", an epic
"Onboarding: X"). The other files of the same customers write the bare name, and accounts are
matched by name. When every (or nearly every) name of the account column carries the same added
word, and that word is a generic one or the bare names are accounts already known, the word goes;
a value that is nothing but the word stays as it is.

A hand-kept sheet or a task tool labels every name the same way too, whatever the label's words
("Kundenerfolg – Acme", "CS | Acme", "Acme (CS)", "Team A: Acme"): text set off from the name by a
colon, a spaced dash or bar, or brackets, carried by nearly all of at least three different names
whose rest differs, is a label and goes. A label holding a legal form ("… – Bau GmbH") is part of
the names; a single "Müller – Bau GmbH" says nothing of a label.

Found on the distinct names of the sample rows; confirmed on every distinct name of the column by
the import (``stripped_sql``), so a file without such names costs nothing more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from cs_dash.importing.evidence import LEGAL_FORMS
from cs_dash.importing.vocabulary import fold

STRIP_AFFIX = "strip_name_affix"  # the transformation's key, to undo it

# Words that name a tool's container for a customer, never a customer: stripped without other proof.
GENERIC_AFFIX_WORDS = frozenset(
    fold(w)
    for w in ("workspace", "portal", "onboarding", "customer", "client", "account", "trial", "project",
              "space", "hub", "room", "channel", "implementation", "kickoff", "kick off", "success plan",
              "customer success", "tenant", "instance", "pilot", "poc", "renewal", "epic", "board",
              "folder", "deal", "opportunity", "org", "sandbox", "demo", "free trial", "paid", "account plan",
              "shared channel", "external", "arbeitsbereich", "kunde", "projekt", "espace", "projet",
              "espace client", "espacio", "proyecto", "cliente", "espaco", "projeto", "progetto",
              "spazio", "klant", "werkruimte", "prueba", "essai", "testversion")
)  # fmt: skip
MOST_NAMES = 0.9  # the share of a column's names that must carry the word
KNOWN_SHARE = 0.5  # or: this share of the bare names are accounts the workspace already knows
MIN_NAMES = 3
MAX_AFFIX_CHARS = 40

# The added text before the name: a bracketed tag, or words followed by a colon, a spaced dash or a bar.
_PREFIXES = (
    re.compile(r"^(\[[^\]]{1,40}\]\s*)\S"),
    re.compile(r"^([^:|\[\]()]{1,40}:\s*)\S"),
    re.compile(r"^([^:|\[\]()]{1,40}?\s+[-–—|]\s+)\S"),
)
# ... and after it: a bracketed tag, a spaced dash or bar and words, or one last word.
_SUFFIXES = (
    re.compile(r"\S(\s*\([^()]{1,40}\))$"),
    re.compile(r"\S(\s+[-–—|]\s+[^-–—|\[\]()]{1,40})$"),
    re.compile(r"\S(\s+[^\s\[\]()]{2,40})$"),
)


@dataclass(frozen=True)
class Affix:
    """The text a tool writes before (``prefix``) and after (``suffix``) every name; either may be ''."""

    prefix: str
    suffix: str

    @property
    def shown(self) -> str:
        return f"{self.prefix}…{self.suffix}".strip()

    @property
    def pattern(self) -> str:
        """RE2 (DuckDB): a name carrying the affix, its bare name (with a letter) as group 1."""
        return self._pattern(lambda text: rf"\Q{text}\E", r"\pL")

    def _pattern(self, literal, letter: str) -> str:
        before = rf"{literal(self.prefix.strip())}\s*" if self.prefix.strip() else ""
        after = rf"\s*{literal(self.suffix.strip())}" if self.suffix.strip() else ""
        return rf"^\s*{before}(.*?{letter}.*?){after}\s*$"

    def bare_name(self, value: str) -> str:
        """The bare name of ``value``; the value itself when it does not carry the affix or is only the affix.

        The Python twin of ``stripped_sql``.
        """
        found = re.match(self._pattern(re.escape, r"[^\W\d_]"), value)
        return found.group(1).strip() if found else value


def _candidates(name: str) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for pattern in _PREFIXES:
        if m := pattern.match(name):
            found.add((m.group(1), ""))
    for pattern in _SUFFIXES:
        if m := pattern.search(name):
            found.add(("", m.group(1)))
    return found


def is_generic(affix: Affix) -> bool:
    return fold(affix.prefix + " " + affix.suffix) in GENERIC_AFFIX_WORDS


_OPENING_MARKS, _CLOSING_MARKS = (":", "-", "–", "—", "|", "]"), ("(", "-", "–", "—", "|")


def is_separated_label(affix: Affix) -> bool:
    """Whether the affix is set off from the name by a mark ("Team: ", " | CS", " (CS)") and names no legal form."""
    prefix, suffix = affix.prefix.strip(), affix.suffix.strip()
    marked = prefix.endswith(_OPENING_MARKS) if prefix else suffix.startswith(_CLOSING_MARKS)
    words = f" {fold(prefix + ' ' + suffix)} "
    return marked and not any(f" {form} " in words for form in LEGAL_FORMS)


def find_affix(names: list[str], known: Callable[[], frozenset[str]] = frozenset) -> Affix | None:
    """The affix nearly every distinct name carries, when it is generic or the bare names are known.

    ``known()`` gives the folded names of the accounts the workspace already has, asked only for
    an affix that is no generic word.
    """
    distinct = sorted({n.strip() for n in names if n and n.strip()})
    if len(distinct) < MIN_NAMES:
        return None
    counts = Counter(c for name in distinct for c in _candidates(name))
    # The most carried first and, of two carried as often (" - Onboarding", " Onboarding"), the longer.
    for (prefix, suffix), carried in sorted(counts.items(), key=lambda c: (-c[1], -len(c[0][0] + c[0][1]))):
        if carried < MOST_NAMES * len(distinct):
            break
        affix = Affix(prefix, suffix)
        if r"\E" in prefix + suffix or len((prefix + suffix).strip()) > MAX_AFFIX_CHARS:
            continue
        bare = [affix.bare_name(n) for n in distinct]
        stripped = [b for b, n in zip(bare, distinct, strict=True) if b != n]
        if len(set(stripped)) < len(stripped) or len(stripped) < MOST_NAMES * len(distinct):
            continue  # two names would become one, or too many are only the word
        if is_generic(affix) or is_separated_label(affix):
            return affix
        accounts = known()
        if sum(fold(b) in accounts for b in stripped) >= KNOWN_SHARE * len(stripped):
            return affix
    return None


def stripped_sql(expr: str) -> str:
    """``expr`` without the affix whose ``Affix.pattern`` is the next bound parameter."""
    return f"regexp_replace({expr}, ?, '\\1')"
