"""Whose initiative a contact was, in the words of an approach: active outreach is proactive.

A hand-kept contact log or a regional CRM often tags a contact by its approach instead of
"Proactive/Reactive": Brazilian "Abordagem: Ativa / Receptiva", "Active / Passive outreach",
"Iniciativa própria / do cliente". A CS leader reads a contact the team took the initiative for as
proactive and one the customer brought as reactive. "Active" and "passive" alone say that only in
a column holding both sides (a status of "Active" accounts is no approach); the phrases naming
whose initiative it was say it on their own. Read on a column's distinct values only.
"""

from __future__ import annotations

import re

from cs_dash.importing.result import Conversion
from cs_dash.importing.vocabulary import fold

PROACTIVE, REACTIVE = "proactive", "reactive"
MOST = 0.9  # the share of a column's values that must name a side

# Active and receptive/passive, in the languages the importer reads (folded, every gender).
_ACTIVE_WORDS = (
    "active", "actively", "aktiv", "aktive", "aktiver", "aktives", "actif", "activa", "activo", "ativa", "ativo",
    "attiva", "attivo", "actief", "actieve", "aktivt", "aktywny", "aktywna", "aktywne", "aktiivinen",
    "aktivni", "activ", "activa", "aktif", "aktiv", "ενεργητικη",
)  # fmt: skip
_PASSIVE_WORDS = (
    "passive", "passively", "passiv", "passive", "passiver", "passives", "passif", "pasiva", "pasivo",
    "passiva", "passivo", "passief", "passieve", "passivt", "pasywny", "pasywna", "pasywne",
    "passiivinen", "pasivni", "pasif", "pasiv", "παθητικη",
    "receptive", "receptiva", "receptivo", "rezeptiv", "receptif", "ricettiva", "ricettivo",
    "receptief", "receptieve", "receptivni",
)  # fmt: skip
# Phrases naming whose initiative it was: unambiguous on their own.
_OUR_INITIATIVE = (
    "own initiative", "our initiative", "self initiated", "csm initiated", "team initiated",
    "vendor initiated", "eigene initiative", "eigeninitiative", "unsere initiative", "initiative propre",
    "notre initiative", "propre initiative", "iniciativa propia", "propia iniciativa",
    "nuestra iniciativa", "iniciativa propria", "propria iniciativa", "nossa iniciativa",
    "iniziativa propria", "nostra iniziativa", "eigen initiatief", "ons initiatief",
)  # fmt: skip
_CUSTOMER_INITIATIVE = (
    "customer initiated", "client initiated", "customer initiative", "client initiative",
    "initiative of the customer", "kundeninitiative", "initiative des kunden", "initiative du client",
    "initiative client", "iniciativa del cliente", "iniciativa cliente", "iniciativa do cliente",
    "iniciativa da cliente", "iniziativa del cliente", "iniziativa cliente", "initiatief van de klant",
    "initiatief klant", "klantinitiatief",
)  # fmt: skip


def _words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?:^| )(?:{body})(?: |$)")


_ACTIVE, _PASSIVE = _words(_ACTIVE_WORDS), _words(_PASSIVE_WORDS)
_OURS, _THEIRS = _words(_OUR_INITIATIVE), _words(_CUSTOMER_INITIATIVE)


def _initiative_side(folded: str) -> str | None:
    ours, theirs = bool(_OURS.search(folded)), bool(_THEIRS.search(folded))
    return None if ours == theirs else (PROACTIVE if ours else REACTIVE)


def _approach_side(folded: str) -> str | None:
    active, passive = bool(_ACTIVE.search(folded)), bool(_PASSIVE.search(folded))
    return None if active == passive else (PROACTIVE if active else REACTIVE)


def readings(values: list[str]) -> dict[str, str]:
    """The tag of each distinct value naming whose initiative a contact was.

    Active/passive words count only when the values hold both sides.
    """
    folded = {v: fold(v) for v in values if v and v.strip()}
    found = {v: _initiative_side(f) for v, f in folded.items()}
    approach = {v: _approach_side(f) for v, f in folded.items()}
    if {PROACTIVE, REACTIVE} <= set(approach.values()):
        found = {v: found[v] or approach[v] for v in folded}
    return {v: side for v, side in found.items() if side}


def share_read(values: list[str]) -> float:
    """The share of the (non-empty) values that name whose initiative the contact was."""
    filled = [v for v in values if v and v.strip()]
    if not filled:
        return 0.0
    read = readings(sorted(set(filled)))
    return sum(1 for v in filled if v in read) / len(filled)


def assumed_outreach(column: str, header: str, values: list[str]) -> tuple[dict[str, str], Conversion] | None:
    """The tag of each value naming the contact's approach, and the sentence saying so; None unless nearly all do."""
    filled = [v for v in values if v and v.strip()]
    read = readings(filled)
    if not filled or sum(1 for v in filled if v in read) < MOST * len(filled):
        return None
    ours = next((v.strip() for v, t in read.items() if t == PROACTIVE), None)
    theirs = next((v.strip() for v, t in read.items() if t == REACTIVE), None)
    said = " and ".join(
        f"'{v}' as {tag.capitalize()}" for v, tag in ((ours, PROACTIVE), (theirs, REACTIVE)) if v
    )
    text = (
        f"read from the approach: column '{header}' says whose initiative each contact was, so {said} "
        "(the team reaching out is proactive, the customer coming to it reactive); switch this off if "
        "the file means something else"
    )
    return read, Conversion(f"{column}:assumed_outreach", column, text)
