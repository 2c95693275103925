"""A unit of scale in a header: "ARR (k€)", "MRR in Tsd. €", "Umsatz (Mio. EUR)", "Amount, thousands".

Finance sheets shorten big amounts and say so once, in the header; every value of the column is
then that many times larger than written. The header's other words still name the concept (ARR,
MRR, amount), so the phrase is taken out of the words the vocabulary reads, and its factor is
applied as a conversion the user sees.

A phrase counts only when it says nothing but a scale, with at most a currency, a preposition
("in", "en", "em", "x") and an "of" around it. A lone "m" is minutes until a currency beside it
makes it millions ("M€", "$M"); a lone trailing "k" outside brackets needs a currency too.

Chinese, Japanese and Korean headers write the scale as numerals before the currency, with no
space: "ARR（千円）", "売上（百万円）", "金额（万元）", "매출(천원)", "(単位：億円)". They count in powers of ten
thousand (万/만 is 10,000, 億/亿/억 100,000,000) that 十, 百 or 千 (십, 백, 천) multiply.
"""

from __future__ import annotations

import re
import unicodedata
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
# Full-width brackets and colons as a Japanese sheet types them ("（千円）"), read as ASCII.
_WIDE_FORMS = re.compile("[\uff01-\uffef\u3000]+")
_CJK_DIGITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_CJK_MYRIADS = {"万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8, "만": 1e4, "억": 1e8}
_CJK_CURRENCY = r"円|元|圆|원|ドル|美元|欧元|ユーロ|달러|유로"
# "単位：千円" (unit: thousand yen), "万元", "천원"; a scale numeral alone only in brackets ("(千)").
_CJK_PHRASE = (
    r"(?:(?:単位|单位|단위)\s*:?\s*)?(?P<digit>[十百千십백천])?(?P<myriad>[万萬億亿만억])?\s*"
    rf"(?P<currency>{_CJK_CURRENCY})?"
)
_CJK_BRACKETED = re.compile(rf"^\s*{_CJK_PHRASE}\s*$")
_CJK_AT_END = re.compile(rf"\s*{_CJK_PHRASE}\s*$")
# What a factor is called in the conversion shown to the user.
SCALE_NAMES = {1e3: "thousands", 1e4: "ten thousands", 1e5: "hundred thousands", 1e6: "millions",
               1e7: "ten millions", 1e8: "hundred millions", 1e9: "billions", 1e12: "trillions"}  # fmt: skip


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


def _cjk_factor(match: re.Match[str] | None, bracketed: bool) -> float | None:
    """The factor of a numeral phrase ("百万円" 1,000,000); only from a thousand up, and with a
    currency unless bracketed."""
    if match is None or not (match.group("digit") or match.group("myriad")):
        return None
    if not (bracketed or match.group("currency")):
        return None
    factor = float(
        _CJK_DIGITS.get(match.group("digit") or "", 1) * _CJK_MYRIADS.get(match.group("myriad") or "", 1)
    )
    return factor if factor >= 1e3 else None


def scale_name(factor: float) -> str:
    """ "thousands" for 1,000, "ten thousands" for 10,000 (万), "hundred millions" for 億."""
    return SCALE_NAMES.get(factor, f"× {factor:,.0f}")


def scale_in_header(header: str) -> ScaleWord | None:
    """The unit of scale ``header`` names in brackets or at its end, if any."""
    header = _WIDE_FORMS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), header)
    for match in _BRACKETED.finditer(header):
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        factor = _phrase_factor(_tokens(inner), bracketed=True) or _cjk_factor(
            _CJK_BRACKETED.match(inner), bracketed=True
        )
        rest = (header[: match.start()] + header[match.end() :]).strip()
        if factor and rest:
            return ScaleWord(factor, inner.strip(), rest)
    tokens = _tokens(header)
    for start in range(1, len(tokens)):
        factor = _phrase_factor(tokens[start:], bracketed=False)
        if factor:
            said = " ".join(tokens[start:])
            return ScaleWord(factor, said, " ".join(tokens[:start]))
    at_end = _CJK_AT_END.search(header)
    factor = _cjk_factor(at_end, bracketed=False)
    if at_end and factor and header[: at_end.start()].strip():
        return ScaleWord(factor, at_end.group().strip(), header[: at_end.start()].strip())
    return None
