"""Choose the single-byte code page of a legacy (not UTF-8) export the way a person would.

A file without a byte-order mark carries no name for its code page, and the bytes of one Latin
code page always decode under another: Windows-1252 ``ü`` (0xFC) is ``Ř`` in DOS Central European
(cp852), so ``Müller`` turns into ``MŘller`` without any error. Statistical guessers pick such
pages for short files. A person reading the candidates instead prefers the one whose text looks
like Western European words: Latin-1 letters in the right case, no control characters, no
Central European or box-drawing letters in otherwise Latin words. Excel on Windows writes
Windows-1252, so it wins a tie; CR-only line ends are classic Mac Excel, so Mac Roman wins then.
"""

from __future__ import annotations

import re
import unicodedata

# Letters and punctuation that Western European text (English, German, French, Spanish,
# Portuguese, Italian, Dutch, Nordic) writes outside ASCII.
_WESTERN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸ")
_WESTERN_SIGNS = frozenset("€£¥¢§©®™°±²³µ¶·¹ºª«»¿¡‘’‚“”„–—…•†‡‰‹›¼½¾¬¦¨¯´¸×÷\u00a0")
_APOSTROPHES = frozenset("’‘´")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A file is in another script unless more of its foreign letters than this sit inside Latin words.
FOREIGN_TOLERANCE = 0.05

# Code pages a Latin-script file may be in, in the order a tie is broken: Windows Excel first.
CANDIDATES = ("cp1252", "mac_roman", "iso8859_15", "cp850", "latin_1")

# The letters each Latin-script language writes outside ASCII (lower case). A real word keeps to
# one language's letters; a word read in the wrong code page mixes them ("Dvoøák", "Nováèek").
ALPHABETS = {
    "german": "äöüß", "french": "àâæçéèêëîïôœùûüÿ", "spanish": "áéíñóúü", "catalan": "àçèéíïòóúü",
    "portuguese": "áàâãçéêíóôõú", "italian": "àèéìíîòóù", "dutch": "éëèïóöü",
    "nordic": "åäæöøéü", "icelandic": "áðéíóúýþæö", "estonian": "äöõüšž",
    "polish": "ąćęłńóśźż", "czech": "áčďéěíňóřšťúůýž", "slovak": "áäčďéíĺľňóôŕšťúýž",
    "hungarian": "áéíóöőúüű", "croatian": "čćđšž", "romanian": "ăâîșțşţ",
    "turkish": "âçğıîöşûü",
}  # fmt: skip
_LATIN_LETTERS = frozenset("".join(ALPHABETS.values()))
# Letters only Central European languages write: their presence is what a Windows-1250 file shows.
_CENTRAL_LETTERS = frozenset(
    c for c in _LATIN_LETTERS if c not in _WESTERN_LETTERS and c.upper() not in _WESTERN_LETTERS
)
CENTRAL_PAGE = "cp1250"  # Windows Central European: Polish, Czech, Slovak, Hungarian, Croatian
TURKISH_PAGE = "cp1254"  # Windows Turkish: Windows-1252 with ğ, ı, ş (and capitals) for Icelandic letters
_TURKISH_LETTERS = frozenset("ğış")
# Regional Windows pages tried after the Western ones, each with the letters that show it.
REGIONAL_PAGES = ((CENTRAL_PAGE, _CENTRAL_LETTERS), (TURKISH_PAGE, _TURKISH_LETTERS))
# Distinct ones; a single letter may be one Western byte misread, unless the header's letters say
# so (``_regional``).
MIN_CENTRAL_LETTERS = 2
_WORD = re.compile(r"[^\W\d_]+")
# A square or cube after letters is a unit of area or volume ("m³", "km²"); after any other word
# it is a Central European letter read in a Western page (Polish "zł" as "z³").
_POWER_AFTER_WORD = re.compile(r"([^\W\d_]+)[²³](?![^\W\d_])")  # (inside a word it is a sign)
_UNITS_WITH_POWERS = frozenset("m cm mm km dm ft in yd mi".split())
# Where in a word each language writes some of its letters. A letter read in the wrong code page
# lands where no language puts it: Italian "Priorità" and Swedish "Åre" in Windows-1250 read as
# "Prioritŕ" and "Ĺre", Spanish "Peña" as "Peńa", French "cœur" as "cśur".
_NEVER_WORD_START = frozenset("ąęńěůĺŕßğ")  # Polish nasals and ń, Czech ě ů, Slovak ĺ ŕ, ß, ğ
_NEVER_BEFORE_VOWEL = frozenset("ńśź")  # Polish writes "ni", "si", "zi" before a vowel
_ONLY_AFTER_CONSONANT = frozenset("ěů")  # Czech: "měsíc", "domů", never after a vowel
_ONLY_BETWEEN_CONSONANTS = frozenset("ĺŕ")  # Slovak syllabic l and r: "dĺžka", "štvŕtok"
_VOWELS = frozenset("aeiouy")
# The ordinal indicators of Spanish, Portuguese and Italian ("Nº", "1ª", "2º") are abbreviations,
# signs, though Unicode files them as letters: no language's alphabet lists them.
_ORDINALS = frozenset("ºª")


def _letters(text: str) -> set[str]:
    """The lower-case letters ``text`` writes outside ASCII, ordinal indicators left out."""
    return {c for c in text.lower() if not c.isascii() and c.isalpha() and c not in _ORDINALS}


def _is_vowel(char: str) -> bool:
    return unicodedata.normalize("NFD", char.lower())[:1] in _VOWELS


def _is_consonant(char: str) -> bool:
    return char.isalpha() and not _is_vowel(char)


def misplaced_letter(char: str, before: str, after: str) -> bool:
    """Whether ``char`` between ``before`` and ``after`` stands where no language writes it.

    Polish ą, ę, ń, Czech ě, ů and Slovak ĺ, ŕ never begin a word; Polish ń, ś, ź never come
    before a vowel; Czech ě, ů follow a consonant and Slovak ĺ, ŕ stand between two consonants.
    """
    letter = char.lower()
    if letter in _NEVER_WORD_START and not before.isalpha():
        return True
    if letter in _NEVER_BEFORE_VOWEL and _is_vowel(after):
        return True
    if letter in _ONLY_AFTER_CONSONANT and not _is_consonant(before):
        return True
    return letter in _ONLY_BETWEEN_CONSONANTS and not (_is_consonant(before) and _is_consonant(after))


def unlikely_characters(text: str) -> int:
    """How many characters of ``text`` a reader of Western European text would find suspicious.

    Suspicious are control characters and replacement marks, letters that Western languages do
    not use (Ř, ľ, ő, box drawing), a capital letter after a letter and before a lower-case one (``MŘller``, ``JŸrgen``)
    and a sign standing between two letters (``Mºller``), except an apostrophe (``don’t``).
    """
    count = 0
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        start = match.start()
        before = text[start - 1] if start else " "
        after = text[start + 1] if start + 1 < len(text) else " "
        if char in _WESTERN_LETTERS:
            if char.isupper() and before.isalpha() and after.islower():
                count += 1
        elif char in _WESTERN_SIGNS:
            if before.isalpha() and after.isalpha() and char not in _APOSTROPHES:
                count += 1
        else:
            count += 2 if unicodedata.category(char).startswith("C") or char == "\ufffd" else 1
    return count


def implausible_words(text: str) -> int:
    """How many words and characters of ``text`` a reader of any Latin-script language would doubt.

    Like ``unlikely_characters``, but every Latin alphabet is at home (Polish ``ł``, Czech ``ř``)
    as long as one word keeps to one language's letters; a capital right after a lower-case letter
    (``jaŸ``), a letter where no language writes it (``Prioritŕ``, ``Ĺre``, ``Peńa``), a sign
    inside a word (``Wroc³aw``) and a square or cube after a word that is no unit (``z³`` for
    ``zł``, while ``m³`` is a cubic metre) are doubted too.
    """
    count = 0
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        start = match.start()
        before = text[start - 1] if start else " "
        after = text[start + 1] if start + 1 < len(text) else " "
        if char.lower() in _LATIN_LETTERS or char in _WESTERN_LETTERS:
            if (char.isupper() and before.isalpha() and before.islower()) or misplaced_letter(
                char, before, after
            ):
                count += 1
        elif char in _WESTERN_SIGNS:
            if before.isalpha() and after.isalpha() and char not in _APOSTROPHES:
                count += 1
        else:
            count += 2 if unicodedata.category(char).startswith("C") or char == "\ufffd" else 1
    for word in _WORD.findall(text):
        letters = _letters(word)
        if letters and not any(letters <= set(alphabet) for alphabet in ALPHABETS.values()):
            count += 1
    count += sum(
        1 for found in _POWER_AFTER_WORD.finditer(text) if found.group(1).lower() not in _UNITS_WITH_POWERS
    )
    return count


def one_language(text: str) -> bool:
    """Whether every letter ``text`` writes outside ASCII belongs to one language's alphabet.

    A file is written in one language: Czech read as Czech keeps to Czech letters, Czech read as
    Windows-1252 mixes French ``è`` with Spanish ``á`` although each word alone looks plausible.
    """
    letters = _letters(text)
    return bool(letters) and any(letters <= set(alphabet) for alphabet in ALPHABETS.values())


def mixes_languages(text: str) -> bool:
    """Whether ``text`` writes letters outside ASCII that no one language's alphabet holds together."""
    return bool(_letters(text)) and not one_language(text)


def _regional(sample: bytes, western: str) -> tuple[str, int] | None:
    """A regional Windows page when it reads ``sample`` as words better than ``western`` does.

    Better means fewer implausible words; on a tie, the regional reading keeps to one language's
    letters and the Western one does not.
    """
    western_text = sample.decode(western)
    western_score = implausible_words(western_text)
    for page, letters in REGIONAL_PAGES:
        text = _decodes(sample, page)
        shown = len({c.lower() for c in text} & letters) if text is not None else 0
        if not shown:
            continue
        score = implausible_words(text)
        if shown >= MIN_CENTRAL_LETTERS and (
            score < western_score
            or (score == western_score and one_language(text) and mixes_languages(western_text))
        ):
            return page, score
        # One regional letter (Czech č) decides when the header, written in the file's own
        # language while its rows name people and firms of any country, keeps to one language's
        # letters in this page ("Roční", "účtu") and mixes them in the Western one ("Roèní", "úètu")
        # or reads as no word there ("z³" for "zł"); a Western "Nº" read as "Nş" is no such evidence.
        header, western_header = _first_line(text), _first_line(western_text)
        doubted = mixes_languages(western_header) or implausible_words(western_header) > implausible_words(
            header
        )
        if score <= western_score and one_language(header) and doubted:
            return page, score
    return None


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].split("\r", 1)[0]


def reads_as_another_script(text: str) -> bool:
    """Whether ``text`` is written in a non-Latin script (Greek, Cyrillic, ...), not Latin misread.

    A file really written in another script spells whole words in it; a Latin file read in that
    script's code page gets single foreign letters inside Latin words (``Soci?t?``), or no foreign
    letters at all when the page shares its accented Latin letters.
    """
    foreign = touching = 0
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        if not char.isalpha() or unicodedata.name(char, "").startswith("LATIN"):
            continue
        foreign += 1
        start = match.start()
        neighbours = text[max(0, start - 1) : start] + text[start + 1 : start + 2]
        touching += any(n.isascii() and n.isalpha() for n in neighbours)
    return foreign > 0 and touching <= FOREIGN_TOLERANCE * foreign


def _decodes(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def best_western_code_page(data: bytes, extra: tuple[str, ...] = ()) -> tuple[str, int]:
    """The code page among ``CANDIDATES`` and ``extra`` that reads ``data`` most plausibly.

    Returns the Python codec name and its count of unlikely characters. Pages that cannot decode
    every byte are left out; Latin-1 decodes anything, so there is always an answer. Windows-1250
    (Central European) or Windows-1254 (Turkish) is chosen instead only when it reads the file as
    Polish, Czech, Turkish, ... words better than the best Western page does (``_regional``).
    """
    sample = data[:200_000]
    cr_only = b"\r" in sample and b"\n" not in sample
    order = list(CANDIDATES)
    if cr_only:
        order.remove("mac_roman")
        order.insert(0, "mac_roman")
    order += [codec for codec in extra if codec not in order]
    best: tuple[str, int] | None = None
    for codec in order:
        text = _decodes(sample, codec)
        if text is None:
            continue
        score = unlikely_characters(text)
        if best is None or score < best[1]:
            best = (codec, score)
    assert best is not None  # latin_1 decodes every byte
    return _regional(sample, best[0]) or best
