"""The single-byte code page of a legacy export is the one whose text reads as Western European."""

import pytest

from cs_dash.importing.codepages import (
    best_western_code_page,
    implausible_words,
    misplaced_letter,
    reads_as_another_script,
    unlikely_characters,
)
from cs_dash.importing.sniff import _guess_legacy_encoding

NAMES = {
    "german": ["Jürgen Müller", "Bäckerei Groß", "Österreich Süd", "Kühne & Söhne"],
    "spanish": ["Niño Peña", "José Ibáñez", "Añejo Logística", "Cañada Gómez"],
    "french": ["Gérard Lefèvre", "Société Générale", "Françoise Dupré", "Hôtel Noël"],
}


def _table(names: list[str], rows: int, line_end: str = "\r\n", delimiter: str = ";") -> str:
    lines = [f"Cliente{delimiter}CSM{delimiter}ARR"]
    lines += [
        f"{names[i % len(names)]}{delimiter}{names[(i + 1) % len(names)]}{delimiter}{1000 + i}"
        for i in range(rows)
    ]
    return line_end.join(lines) + line_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller", 0),
        ("MŘller", 1),  # a capital inside a lower-case word
        ("Mºller", 1),  # a sign between two letters
        ("don’t", 0),  # an apostrophe is at home between letters
        ("Niľo Peőa", 2),  # letters Western languages do not write
        ("Caf\x82", 2),  # a control character weighs double
        ("SÃO PAULO, 12 €", 0),
    ],
)
def test_unlikely_characters_are_counted_as_worked_out_by_hand(text, expected):
    assert unlikely_characters(text) == expected


@pytest.mark.parametrize("language", sorted(NAMES))
@pytest.mark.parametrize("rows", [1, 3, 400])
def test_windows_exports_read_as_windows_1252_in_any_western_language_and_length(language, rows):
    text = _table(NAMES[language], rows)
    data = text.encode("cp1252")
    reported, codec, _ = _guess_legacy_encoding(data)
    assert data.decode(codec) == text, reported


@pytest.mark.parametrize("language", sorted(NAMES))
@pytest.mark.parametrize("rows", [1, 3, 400])
def test_classic_mac_exports_with_cr_line_ends_read_as_mac_roman(language, rows):
    text = _table(NAMES[language], rows, line_end="\r", delimiter="\t")
    reported, codec, _ = _guess_legacy_encoding(text.encode("mac_roman"))
    assert (reported, codec) == ("mac-roman", "mac_roman")


@pytest.mark.parametrize("language", sorted(NAMES))
def test_mac_roman_with_windows_line_ends_is_still_told_by_its_letters(language):
    text = _table(NAMES[language], 20)
    _, codec, _ = _guess_legacy_encoding(text.encode("mac_roman"))
    assert codec == "mac_roman"


def test_a_single_umlaut_is_not_read_in_a_central_european_code_page():
    """One 0xFC byte is 'ü' in Windows-1252 but 'Ř' in cp852, which a short-file guess may name."""
    data = "Semana;Cliente\r\n06/01/2025;Müller Hnos.\r\n".encode("cp1252")
    assert best_western_code_page(data, extra=("cp852",)) == ("cp1252", 0)
    assert data.decode(_guess_legacy_encoding(data)[1]).endswith("Müller Hnos.\r\n")


def test_cr_only_line_ends_break_a_tie_for_mac_roman():
    # 0xE9 is 'È' in Mac Roman and 'é' in Windows-1252; in a capitalised word both read well.
    data = b"Name\rCAF\xe9\r"
    assert best_western_code_page(data)[0] == "mac_roman"
    assert best_western_code_page(data.replace(b"\r", b"\r\n"))[0] == "cp1252"


def test_a_file_without_windows_only_bytes_is_reported_as_latin_1():
    reported, codec, _ = _guess_legacy_encoding("Name\nJürgen Müller\nGérard\n".encode("latin-1"))
    assert (reported, codec) == ("latin-1", "latin_1")


def test_a_cyrillic_file_keeps_its_own_code_page():
    text = "Клиент;Менеджер\nОбщество с ограниченной ответственностью Ромашка;Иван Петров\n" * 5
    _, codec, _ = _guess_legacy_encoding(text.encode("cp1251"))
    assert text.encode("cp1251").decode(codec) == text


def test_a_greek_file_keeps_its_own_code_page():
    text = "Πελάτης;Υπεύθυνος\nΑθηναϊκή Ζυθοποιία Α.Ε.;Γιώργος Παπαδόπουλος\n" * 5
    _, codec, _ = _guess_legacy_encoding(text.encode("cp1253"))
    assert text.encode("cp1253").decode(codec) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Γιώργος Παπαδόπουλος, Acme", True),  # whole words in Greek beside a Latin one
        ("Soci\u03b5t\u03b5 G\u03b5n\u03b5rale", False),  # single Greek letters inside Latin words
        ("Société Générale", False),  # no foreign letters at all
    ],
)
def test_another_script_is_whole_words_not_letters_inside_latin_words(text, expected):
    assert reads_as_another_script(text) is expected


# ------------------------------------------------------------------------------ Central European
CENTRAL = {
    "polish": ["Michał Wiśniewski", "Łódź Spółka", "Zażółć Gęślą", "Wrocław Przedsiębiorstwo"],
    "czech": ["Dvořák Nováček", "Těšínská Příbram", "Jiří Kůrka", "Žluťoučký Kůň"],
}
MORE_WESTERN = {
    "portuguese": ["São João", "Açores Ltda", "Conceição Gonçalves", "Irmãos Simões"],
    "italian": ["Caffè Niccolò", "Città Più", "Perché Sì", "Attività Così"],
    "nordic": ["Åkesson AB", "Øresund Ærø", "Søren Kierkegård", "Jönköping Växjö"],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michał Wiśniewski", 0),  # Polish letters in Polish words
        ("Dvořák", 0),
        ("Dvoøák", 1),  # ø and á in one word: no language writes both
        ("Nováèek", 1),
        ("Wroc³aw", 1),  # a sign inside a word
        ("jaŸñ", 2),  # a capital after a lower-case letter, and ÿ with ñ in one word
        ("Jürgen Müller, Société Générale", 0),
    ],
)
def test_implausible_words_are_counted_as_worked_out_by_hand(text, expected):
    assert implausible_words(text) == expected


@pytest.mark.parametrize("language", sorted(CENTRAL))
@pytest.mark.parametrize("rows", [2, 400])
def test_central_european_windows_exports_read_as_windows_1250(language, rows):
    text = _table(CENTRAL[language], rows)
    reported, codec, _ = _guess_legacy_encoding(text.encode("cp1250"))
    assert (reported, codec) == ("windows-1250", "cp1250")
    assert text.encode("cp1250").decode(codec) == text


@pytest.mark.parametrize("language", sorted(NAMES) + sorted(MORE_WESTERN))
@pytest.mark.parametrize("rows", [1, 3, 400])
def test_western_windows_exports_are_not_taken_for_central_european(language, rows):
    text = _table({**NAMES, **MORE_WESTERN}[language], rows)
    _, codec, _ = _guess_legacy_encoding(text.encode("cp1252"))
    assert codec != "cp1250" and text.encode("cp1252").decode(codec) == text


def test_one_central_european_letter_alone_does_not_switch_the_code_page():
    """Mac Roman 'ü' is 0x9F, which Windows-1250 reads as 'ź': one such letter proves nothing."""
    data = "Name\rJürgen Müller\rKühne\r".encode("mac_roman")
    assert best_western_code_page(data)[0] == "mac_roman"


# Files where Windows-1250 and Windows-1252 both read every word as some language's word: only
# what the words say tells them apart. Each must come back exactly as written.
TIES = {
    "polish prices": (
        "cp1250",
        "Imię i nazwisko;Stawka\r\nMaja Nowak;378,40 zł\r\nJan Kowalski;341,85 zł\r\n",
    ),
    "french volumes": ("cp1252", "Client;Volume\r\nÉcole Lumière;12 m³\r\nCrème Brûlée SA;3,5 m³\r\n"),
    "french prices": (
        "cp1252",
        "Client;Tête;Prix\r\nHôtel Noël;Gérard Lefèvre;12 €\r\nÀ la Crème;Zoé;3 €\r\n",
    ),
    "german areas": ("cp1252", "Kunde;Fläche\r\nBäckerei Groß;120 m²\r\nKühne & Söhne;85 km²\r\n"),
    "czech names": ("cp1250", "Jméno a příjmení;Sazba\r\nJiří Dvořák;850 Kč\r\nPetra Nováčková;920 Kč\r\n"),
}


@pytest.mark.parametrize("case", sorted(TIES))
def test_a_tie_between_central_and_western_pages_is_broken_by_what_the_words_say(case):
    page, text = TIES[case]
    codec, _ = best_western_code_page(text.encode(page))
    assert codec == page and text.encode(page).decode(codec) == text


@pytest.mark.parametrize(("text", "expected"), [("378,40 z³", 1), ("12 m³", 0), ("85 km²", 0), ("E=mc²", 1)])
def test_a_power_after_a_word_that_is_no_unit_is_implausible(text, expected):
    assert implausible_words(text) == expected


def _with_header(header: str, names: list[str], rows: int = 6) -> str:
    lines = [header] + [
        f"{names[i % len(names)]};{names[(i + 1) % len(names)]};{1000 + i}" for i in range(rows)
    ]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize(
    "header",
    [
        "Zákazník;Správce účtu;Roční hodnota",  # č is the header's only Czech-only letter
        "Zákazník;Řešitel;Hodnota",  # Ř
        "Zákazník;Správce;Měna",  # ě
    ],
)
def test_one_central_european_letter_decides_when_the_header_reads_as_one_language(header):
    names = ["Lucie Novotná", "Bence Tóth", "Vltava Systems s.r.o.", "Jana Malá"]
    assert best_western_code_page(_with_header(header, names).encode("cp1250"))[0] == "cp1250"


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # The rows name firms of many countries (è, ä, í): their letters mix languages in any page.
        ("Client;Chargé de compte;ARR", ["Inès Moreau", "Bäckerei Sonnenschein", "Verde Energía"]),
        ("Kunde;Betreuer;Umsatz", ["Maison Lefèvre", "Ferreira Logística", "Müller GmbH"]),
        ("Caffè;Città;Perché", ["Niccolò Rossi", "Caffè Nero", "Città di Pavia"]),
    ],
)
def test_a_western_file_with_one_letter_a_central_page_could_read_stays_western(header, names):
    assert best_western_code_page(_with_header(header, names).encode("cp1252"))[0] == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        # Spanish, Portuguese and Italian write "Nº", "1ª", "2º": Windows-1250 reads those bytes as
        # Romanian and Turkish letters ("Nş"), and "ê" as Polish "ę"; the ordinal is no letter.
        "Nº;Cliente;Notas\r\nESC-1;Construtora Ipê Ltda;Caída del servicio\r\nESC-2;Kraftwerk Süd AG;Lentitud\r\n",
        "Nº do chamado;Cliente;Estado\r\n1;Construtora Ipê Ltda;Aberto\r\n2;Farmácias Aurora;Fechado\r\n",
        "Cliente;Visita\r\nCafé Ipê;1ª visita\r\nEscola Nova;2º contacto\r\n",
        "Nº;Cliente;Notas\r\n1;Hôtel Noël;Prioridad\r\n2;Brightwater;Alta\r\n",
        "Pratica Nº;Cliente\r\n7;Ottica Bellini\r\n8;Pâtisserie Ipê\r\n",
    ],
)
def test_an_ordinal_indicator_in_a_western_file_is_no_central_european_letter(text):
    assert best_western_code_page(text.encode("cp1252"))[0] == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Klient;Kwota (zł)\r\nNowak;378,40\r\nKowalski;341,85\r\n",  # ł is ³ in Windows-1252
        "Nr;Klient;Miasto\r\n1;Michał Wiśniewski;Łódź\r\n2;Paweł Żak;Kraków\r\n",
    ],
)
def test_a_central_european_file_with_few_letters_in_its_header_still_reads_as_windows_1250(text):
    assert best_western_code_page(text.encode("cp1250"))[0] == "cp1250"


# ------------------------------------------------------------------------- letters in their places
@pytest.mark.parametrize(
    ("char", "before", "after", "expected"),
    [
        ("ŕ", "t", " ", True),  # "Prioritŕ": Slovak syllabic r ends no word
        ("ŕ", "v", "b", False),  # "vŕba"
        ("Ĺ", " ", "r", True),  # "Ĺre": begins a word
        ("ĺ", "d", "ž", False),  # "dĺžka"
        ("ń", "e", "a", True),  # "Peńa": Polish writes "nia"
        ("ń", "a", "s", False),  # "Gdańsk"
        ("ś", "c", "u", True),  # "cśur": French "cœur" in Windows-1250
        ("ś", "i", "n", False),  # "Wiśniewski"
        ("ę", " ", "t", True),  # "ętre": French "être" in Windows-1250
        ("ę", "i", " ", False),  # "się"
        ("ů", "i", " ", True),  # "piů": Italian "più" in Windows-1250
        ("ů", "m", " ", False),  # "domů"
        ("ě", "M", "n", False),  # "Měna"
        ("ä", " ", "r", False),  # letters outside the rules are never misplaced
    ],
)
def test_a_letter_is_misplaced_only_where_no_language_writes_it(char, before, after, expected):
    assert misplaced_letter(char, before, after) is expected


@pytest.mark.parametrize(("text", "expected"), [("Prioritŕ", 1), ("Ĺre", 1), ("Peńa", 1), ("Gdańsk", 0)])
def test_a_misplaced_letter_makes_a_word_implausible(text, expected):
    assert implausible_words(text) == expected


# One small export per language, in the code page its Windows Excel writes.
LANGUAGES = {
    "italian": (
        "cp1252",
        "Cliente;Priorità;Città\r\nVittoria Moda;Alta;Forlì\r\nCaffè Niccolò;Media;Però\r\n",
    ),
    "swedish": ("cp1252", "Kund;Ort\r\nFjällresor AB;Åre\r\nSkärgårdens Båtar;Västerås\r\n"),
    "german": ("cp1252", "Kunde;Straße\r\nBäckerei Größer;Hauptstraße\r\nKühne & Söhne;Ölweg\r\n"),
    "french": ("cp1252", "Client;Ville\r\nSœurs Lefèvre;Besançon\r\nÊtre & Cœur;Orléans\r\n"),
    "spanish": ("cp1252", "Cliente;Ciudad\r\nPeña Ibáñez;Logroño\r\nAñejo España;Cádiz\r\n"),
    "polish": ("cp1250", "Klient;Miasto\r\nSpółka Wiśniewski;Gdańsk\r\nPaweł Żak;Łódź\r\n"),
    "czech": ("cp1250", "Zákazník;Město\r\nJiří Dvořák;Plzeň\r\nTěšínská Kůrka;Třebíč\r\n"),
    "hungarian": ("cp1250", "Ügyfél;Város\r\nSzőke Műszaki Kft.;Győr\r\nKovács Bőr;Érd\r\n"),
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_language_is_read_in_the_code_page_it_is_written_in(language):
    page, text = LANGUAGES[language]
    data = text.encode(page)
    _, codec, _ = _guess_legacy_encoding(data)
    assert data.decode(codec) == text


def test_italian_and_swedish_words_are_not_read_as_slovak():
    """Windows-1250 reads à as ŕ and å as ĺ, Slovak letters that only stand between consonants."""
    data = "N. ticket;Cliente;Priorità\r\n1003;Fjällresor;Alta\r\n1012;Åre Turism;Media\r\n".encode("cp1252")
    assert best_western_code_page(data)[0] == "cp1252"
