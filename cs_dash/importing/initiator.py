"""Who started a contact, read as the engagement's tag: the team started it, so it was proactive.

A hand-kept contact log often says who took the initiative ("À l'initiative de": CSM / Client,
"Initiiert von": wir / Kunde) instead of tagging each contact. A CS leader reads a contact the
team started as proactive and one the customer started as reactive. The team is named by a word
("CSM", "nous", "team") or by a person of the file's own CSM column (a name, a first name or the
initials "IC" of "Inés Calderón"); the customer by a word ("Client", "Kunde", "customer").
The reading needs both a header that asks who started the contact and values that answer it.
"""

from __future__ import annotations

import re

from cs_dash.importing.parse import direction_of
from cs_dash.importing.result import Conversion
from cs_dash.importing.vocabulary import fold

# Stems and phrases of headers asking who started something, in the languages the importer reads:
# "Initiated by", "Initiator", "À l'initiative de", "Initié par", "Initiiert von", "Iniciado por",
# "Iniciativa de", "Avviato da", "Iniziato da", "Geïnitieerd door", "Initiatief van", "Started by".
_INITIATOR_HEADER = re.compile(
    r"\b(?:initiat\w*|initiier\w*|initie[e]?|iniciad[oa]s?|iniciativa|iniciou|iniziat\w*|iniziativa"
    r"|geinitieerd|initiatief"
    r"|(?:started|begun|opened|gestartet|angestossen|ausgelost|gestart|lance[e]?|demarre[e]?|avviat[oa]"
    r"|comenzad[oa]|empezad[oa]|aberto|abierto) (?:by|von|door|par|da|por)"
    r"|who (?:started|reached out)|reached out first)\b"
)
# Words naming our side (the CS team) and the customer's, folded (no accents, lower case).
OUR_SIDE = frozenset(
    {
        "csm", "cs", "cse", "csm team", "cs team", "customer success", "account manager", "am", "tam",
        "we", "us", "our team", "team", "internal", "vendor", "provider",
        "wir", "uns", "intern", "anbieter", "nous", "equipe", "equipe cs", "interne", "fournisseur",
        "nosotros", "nosotras", "equipo", "interno", "proveedor", "nos", "equipe interna",
        "noi", "squadra", "fornitore", "wij", "ons", "leverancier",
    }
)  # fmt: skip
CUSTOMER_SIDE = frozenset(
    {
        "client", "customer", "the customer", "external",
        "kunde", "der kunde", "kundin", "extern", "le client", "la cliente", "externe",
        "cliente", "el cliente", "o cliente", "il cliente", "externo", "esterno", "utente",
        "klant", "de klant", "klient", "kund", "asiakas",
    }
)  # fmt: skip
TEAM, CUSTOMER = "proactive", "reactive"
MOST = 0.9  # the share of a column's values that must name a side


def asks_who_started(header_words: str) -> str | None:
    """The word of a header that asks who started the contact ("initiative"), or None."""
    found = _INITIATOR_HEADER.search(header_words)
    return found.group(0) if found else None


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def team_keys(people: list[str]) -> frozenset[str]:
    """How a log names the team's people: full name, first name, initials ("IC", "LdW", "LW")."""
    keys: set[str] = set()
    for person in people:
        words = [w for w in re.split(r"[\s,]+", person.strip()) if w]
        if not words or "@" in person:
            continue
        keys.add(_compact(person))
        if len(words) > 1:
            keys.add(_compact(words[0]))
            keys.add(_compact("".join(w[0] for w in words)))
            keys.add(_compact("".join(w[0] for w in words if w[0].isupper())))
    return frozenset(k for k in keys if k)


def side_of(value: str, team: frozenset[str] = frozenset()) -> str | None:
    """'proactive' when the team started the contact, 'reactive' when the customer did, else None."""
    folded = fold(value)
    if not folded:
        return None
    if folded in OUR_SIDE:
        return TEAM
    if folded in CUSTOMER_SIDE:
        return CUSTOMER
    if folded.replace(" ", "") in team:
        return TEAM
    return direction_of(value)


def initials(value: str) -> bool:
    """Two to four letters, upper case but perhaps a particle ("IC", "LdW"): a person's initials."""
    return bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]?[A-ZÀ-Ý]{1,2}\.?", value.strip().replace(".", "")))


def readings(values: list[str], people: list[str]) -> dict[str, str]:
    """Each distinct value that names a side, with the tag it stands for."""
    team = team_keys(people)
    found = {value: side_of(value, team) for value in values}
    return {value: tag for value, tag in found.items() if tag}


def assumed_initiator(
    column: str, header: str, values: list[str], people: list[str]
) -> tuple[dict[str, str], Conversion] | None:
    """The tag of each value of a column saying who started the contact, and the sentence saying so.

    None unless the header asks who started it and nearly every value names a side.
    """
    filled = [v for v in values if v and v.strip()]
    if not filled or asks_who_started(fold(header)) is None:
        return None
    read = readings(filled, people)
    if sum(1 for v in filled if v in read) < MOST * len(filled):
        return None
    ours = next((v.strip() for v, t in read.items() if t == TEAM), None)
    theirs = next((v.strip() for v, t in read.items() if t == CUSTOMER), None)
    said = " or ".join(
        f"'{v}' ({side})" for v, side in ((ours, "the team"), (theirs, "the customer")) if v is not None
    )
    text = (
        f"read from who started the contact: column '{header}' says {said} and no column says proactive or reactive, so a contact the team "
        "started is read as Proactive and one the customer started as Reactive; switch this off if "
        "the file's contacts are not tagged that way"
    )
    return read, Conversion(f"{column}:assumed_initiator", column, text)


SHOWN_UNREAD = 3  # how many of the values naming no side the sentence quotes


def unread_initiator(header: str, values: list[str], people: list[str]) -> str | None:
    """Why a column saying who started each contact cannot be the tag, in one sentence, or None.

    "Initiated by" holding only "Paul Martin" and "Ana Ruiz" names people, yet not whether they
    are the team's or the customer's: no contact can be tagged from it, and the user is told what
    to change rather than that the file lacks a tag.
    """
    filled = [v.strip() for v in values if v and v.strip()]
    if not filled or asks_who_started(fold(header)) is None:
        return None
    read = readings(filled, people)
    unread = sorted({v for v in filled if v not in read})
    if not unread or len(filled) - len(unread) >= MOST * len(filled):
        return None
    quoted = ", ".join(f"'{v}'" for v in unread[:SHOWN_UNREAD]) + (
        ", …" if len(unread) > SHOWN_UNREAD else ""
    )
    return (
        f"has a column '{header}' saying who started each contact, but {len(unread)} of its values "
        f"({quoted}) name neither the team nor the customer, so no contact can be tagged Proactive or "
        "Reactive from it: map a column that says Proactive or Reactive to tag on the Data page, or "
        "write the team's people as they appear in the CSM column and 'Customer' for a contact the "
        "customer started"
    )
