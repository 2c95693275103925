"""An amount's header that names the change it measures: "Lost ARR", "Expansion MRR", "ARR perdu".

A list of churned customers rarely has a kind column: every row is a churn, and the only place
that says so is the money's own header. Such a header names two things, the money (ARR, MRR, an
amount) and the movement (lost, churned, expansion, upsell); the movement is the revenue kind of
every row, and the table the file is, since a customer's current ARR is never "lost".

Only the kinds that move a running contract count. "New ARR" may be a new value after any change
and "Renewal ARR" is the ARR a renewal is worth, so both stay an ARR.
"""

from __future__ import annotations

import functools

from cs_dash.importing.conversions import header_words
from cs_dash.importing.result import Conversion
from cs_dash.importing.vocabulary import REVENUE_KIND_VOCABULARY, is_forecast

# The words a header names money by, in the languages the vocabulary knows.
MONEY_WORDS = frozenset(
    "arr mrr acv tcv cmrr amount value revenue betrag wert umsatz montant valeur importe valor importo "
    "bedrag waarde omzet belopp belop kwota arvo".split()
)
# The changes a header may name for every row: what moves a customer's running contract.
MOVEMENT_KINDS = frozenset(("churn", "expansion", "contraction", "reactivation"))
# Money that might move but has not: at risk of churn, a potential upsell. An amount, never a change.
NOT_YET_WORDS = frozenset(
    "risk risks risiko risque riesgo risco rischio risico gefahrdet potential potentiel potencial "
    "potenziale potentieel".split()
)
# Endings an adjective or a plural adds to a kind word ("Verlorener ARR", "ARR perdus").
_ENDINGS = ("er", "en", "es", "e", "s", "n", "r")


def _known_form(word: str) -> str:
    """The word, or the kind word it inflects: 'verlorener' -> 'verloren', 'perdus' -> 'perdu'."""
    index = REVENUE_KIND_VOCABULARY.index
    if word in index:
        return word
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem in index:
            return stem
    return word


@functools.lru_cache(maxsize=4096)
def kind_named_by_amount_header(header: str) -> str | None:
    """The revenue kind an amount's header names beside its money word, or None.

    "Lost ARR" -> churn, "Verlorener ARR" -> churn, "ARR perdu" -> churn, "Upsell MRR" ->
    expansion; "ARR", "ARR at risk", "New ARR" and "Renewal ARR" name none.
    """
    words = header_words(header).split()
    if not any(w in MONEY_WORDS for w in words) or any(w in NOT_YET_WORDS for w in words):
        return None
    if is_forecast(header):
        return None
    rest = " ".join(_known_form(w) for w in words if w not in MONEY_WORDS)
    kind = REVENUE_KIND_VOCABULARY.lookup(rest) if rest else None
    return kind if kind in MOVEMENT_KINDS else None


def with_article(kind: str) -> str:
    """'a churn', 'an expansion'."""
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def rows_kind_named_by(amount_header: str) -> tuple[str, Conversion] | None:
    """The kind of every row of a revenue file without a kind column, as its amount's header names it."""
    named = kind_named_by_amount_header(amount_header)
    if named is None:
        return None
    # A won-back customer counts as new business, as a kind column's "Reactivation" does.
    kind = "new" if named == "reactivation" else named
    counted = " (a reactivation counts as new)" if kind != named else ""
    shown = " ".join(amount_header.split())[:80]
    return kind, Conversion(
        "kind:named_by_amount_header",
        "kind",
        f"Every row is {with_article(kind)}{counted}: no column names the kind of change, and '{shown}' "
        f"names money moved by {with_article(named)}",
    )
