"""A unit of scale in a header: "ARR (k€)", "MRR in Tsd. €", "Umsatz (Mio. EUR)", "Amount, thousands".

Finance sheets shorten big amounts and say so once, in the header; every value of the column is
then that many times larger than written. The header's other words still name the concept (ARR,
MRR, amount), so the phrase is taken out of the words the vocabulary reads, and its factor is
applied as a conversion the user sees.

A phrase counts only when it says nothing but a scale, with at most a currency, a preposition
("in", "en", "em", "x") and an "of" around it. A lone "m" is minutes until a currency beside it
makes it millions ("M€", "$M"); a lone trailing "k" outside brackets needs a currency too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

THOUSANDS = ("k", "tsd", "tsd.", "tds", "tausend", "tausende", "thousand", "thousands", "thsd", "th",
             "mil", "miles", "milliers", "millier", "migliaia", "duizend", "duizenden", "milhares",
             "tys", "tusen", "tusind", "tuhatta", "binlik", "000", "000s", "x1000", "1000",
             "teur", "tchf", "keur", "kusd", "kgbp", "kchf", "t€")  # fmt: skip
MILLIONS = ("m", "mm", "mn", "mln", "mio", "mio.", "million", "millions", "millionen", "millones",
            "milhoes", "milioni", "miljoen", "miljoenen", "miljon", "miljoner", "millioner",
            "meur", "musd", "mchf", "mgbp")  # fmt: skip
# Compact forms carry their currency already ("TEUR", "kUSD", "MEUR").
_WITH_CURRENCY = frozenset(
    ("teur", "tchf", "keur", "kusd", "kgbp", "kchf", "t€", "meur", "musd", "mchf", "mgbp")
)
CURRENCIES = frozenset("€ $ £ ¥ r$ eur usd gbp chf cad aud jpy sek nok dkk brl pln czk huf euro euros "
                       "dollar dollars dollares dolares reais real pfund livres sterling".split())  # fmt: skip
_LINKS = frozenset("in en em x of de d di do da van der des du".split())
_FACTORS = {**{w: 1e3 for w in THOUSANDS}, **{w: 1e6 for w in MILLIONS}}
_SYMBOL = re.compile(r"(r\$|[€$£¥])")
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


@dataclass(frozen=True)
class ScaleWord:
    """The factor a header's unit of scale stands for, the phrase that said it, and the header without it."""

    factor: float
    said: str
    rest: str


def _tokens(text: str) -> list[str]:
    spaced = _SYMBOL.sub(r" \1 ", text.lower().replace("'", " ").replace("’", " "))
    return [t.strip(",;:") for t in spaced.split() if t.strip(",;:")]


def _phrase_factor(tokens: list[str], bracketed: bool) -> float | None:
    """The factor when ``tokens`` say only a scale (and at most a currency and linking words)."""
    scales = [t for t in tokens if t in _FACTORS]
    if len(scales) != 1 or tokens[-1] in _LINKS:
        return None
    others = [t for t in tokens if t not in _FACTORS]
    if any(t not in CURRENCIES and t not in _LINKS for t in others):
        return None
    scale = scales[0]
    currency = scale in _WITH_CURRENCY or any(t in CURRENCIES for t in others)
    if scale == "m" and not currency:
        return None  # "(m)" is minutes
    spoken = scale.isalpha() and len(scale) >= 3
    if not bracketed and not (spoken or currency or {"in", "en", "em"} & set(others)):
        return None  # "Tier k", "Top 1000"
    return _FACTORS[scale]


def scale_in_header(header: str) -> ScaleWord | None:
    """The unit of scale ``header`` names in brackets or at its end, if any."""
    for match in _BRACKETED.finditer(header):
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        factor = _phrase_factor(_tokens(inner), bracketed=True)
        rest = (header[: match.start()] + header[match.end() :]).strip()
        if factor and rest:
            return ScaleWord(factor, inner.strip(), rest)
    tokens = _tokens(header)
    for start in range(1, len(tokens)):
        factor = _phrase_factor(tokens[start:], bracketed=False)
        if factor:
            said = " ".join(tokens[start:])
            return ScaleWord(factor, said, " ".join(tokens[:start]))
    return None
