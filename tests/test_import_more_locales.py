"""Rules for exports in languages and conventions the importer learnt from the fifth blind batch.

Czech, Turkish, Hungarian, Romanian, Greek and Indonesian spreadsheets; Windows-1254; dates
written ``5. 11. 2024`` or ``2024.09.27.`` and times with dots; ``Ja``/``Nei`` answering
"Proactive?"; kinds written as verbs (``upgraded``); dotted thousands with a currency and no
decimals (``Rp 435.000``); a "Sum" row that fills every cell. Each expected value is worked out
by hand from the rows written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import evidence, sniff
from cs_dash.importing.codepages import best_western_code_page, one_language
from cs_dash.importing.month_names import read_month_name_date
from cs_dash.importing.parse import clock_normalised, decimal_comma, tag_of
from cs_dash.importing.sniff import _guess_legacy_encoding
from cs_dash.importing.vocabulary import (
    PLAN_KIND_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
)
from cs_dash.schema import TABLES
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows


def _load(name: str, text: str, encoding: str = "utf-8"):
    ws = Workspace(memory_limit="256MB", threads=1)
    result = ws.add_file(name, text.encode(encoding))
    rows = loaded_rows(ws, result.table, name) if result.ok else []
    ws.close()
    return result, rows


# ------------------------------------------------------------------------------------ code pages
TURKISH = [
    "Müşteri;Müşteri Temsilcisi;Görüşme Türü\r\nAnadolu Lojistik;Emre Kaya;Toplantı\r\n",
    "Şirket;Sorumlu;Açıklama\r\nBoğaziçi Yazılım;Ayşe Yılmaz;Değerlendirme\r\n",
    "Tarih;Müşteri;Hareket Türü\r\n09.01.2024;Kuzey Gıda;Genişleme\r\n",
]


@pytest.mark.parametrize("text", TURKISH)
@pytest.mark.parametrize("rows", [1, 200])
def test_turkish_windows_exports_read_as_windows_1254(text, rows):
    header, line = text.split("\r\n", 1)
    whole = header + "\r\n" + line * rows
    reported, codec, _ = _guess_legacy_encoding(whole.encode("cp1254"))
    assert (reported, codec) == ("windows-1254", "cp1254")


@pytest.mark.parametrize(
    "text",
    [
        "Name;Stadt\r\nJürgen Müller;Köln\r\nSøren Åkesson;Malmö\r\n",
        "Client;Ville\r\nSociété Générale;Besançon\r\nCafé Olé;Reykjavík\r\n",
        "Nafn;Borg\r\nÞórður Guðmundsson;Ísafjörður\r\n",  # Icelandic keeps its own letters
    ],
)
def test_western_exports_are_not_taken_for_turkish(text):
    _, codec, _ = _guess_legacy_encoding(text.encode("cp1252"))
    assert codec != "cp1254"
    assert text.encode("cp1252").decode(codec) == text


def test_a_czech_file_whose_western_reading_is_plausible_word_by_word_is_told_by_its_one_language():
    # In Windows-1252 "péče" reads "péèe" and "Schůzka" "Schùzka": each word French-looking, the
    # file as a whole French è beside Spanish á; in Windows-1250 every letter is Czech.
    text = "Zákazník;Povaha;Typ\r\nBrno Medical;Proaktivní;Schůzka\r\nVltava;péče o zákazníky;Telefonát\r\n"
    data = text.encode("cp1250")
    assert best_western_code_page(data)[0] == "cp1250"
    assert one_language(text) and not one_language(data.decode("cp1252"))


# ------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("5. 11. 2024", "5.11.2024"),
        ("27. 11. 2024 14:05", "27.11.2024 14:05"),
        ("2024.09.27.", "2024.09.27"),
        ("2024.09.27. 10:15", "2024.09.27 10:15"),
        ("8/9/2024 09.40.00", "8/9/2024 09:40:00"),
        ("29/09/2024 10.43", "29/09/2024 10:43"),  # Excel in the Italian locale: h.mm
        ("Wed Sep 04 10:35:00 2024", "Sep 04 2024 10:35:00"),  # C's ctime(): the year after the clock
        ("Sat Mar 1 09:05 2025", "Mar 1 2025 09:05"),
        ("Sep 04 10:35:00", "Sep 04 10:35:00"),  # no year: left as written
        ("29.9.2024 klo 9.05", "29.9.2024 9:05"),  # Finnish
        ("2024-09-29 kl. 16.39", "2024-09-29 16:39"),  # Swedish, Danish, Norwegian
        ("1 12.50", "1 12.50"),  # no date before it: not a clock
        ("29/09/2024 10.4", "29/09/2024 10.4"),  # minutes are two digits
        ("03.04.2025 10:15", "03.04.2025 10:15"),
        ("2025-01-06", "2025-01-06"),
    ],
)
def test_central_european_date_spellings_are_normalised(written, normalised):
    assert clock_normalised(written) == normalised


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024. március", (dt.date(2024, 3, 1), True)),
        ("12 Ekim 2024", (dt.date(2024, 10, 12), False)),
        ("3 Şubat 2025", (dt.date(2025, 2, 3), False)),
        ("3 Mei 2025", (dt.date(2025, 5, 3), False)),
        ("5 iunie 2024", (dt.date(2024, 6, 5), False)),
        ("14. října 2024", (dt.date(2024, 10, 14), False)),
        ("2025. márc. 4.", (dt.date(2025, 3, 4), False)),
    ],
)
def test_month_names_in_czech_turkish_hungarian_romanian_and_indonesian(written, expected):
    found = read_month_name_date(written)
    assert found is not None and (found[0], found[2]) == expected


def test_a_tracker_with_spaced_czech_dates_and_dotted_hungarian_dates_loads_every_row():
    czech = (
        "Datum;Zákazník;Manažer péče o zákazníky;Povaha\n5. 11. 2024;Brno Medical;Lucie Nováková;Proaktivní\n"
    )
    czech += "17. 12. 2024;Vltava;Lucie Nováková;Reaktivní\n"
    result, rows = _load("kontakty.csv", czech)
    assert result.table == "engagements" and result.rows_rejected == 0
    assert [r["date"] for r in rows] == [dt.date(2024, 11, 5), dt.date(2024, 12, 17)]
    assert [r["tag"] for r in rows] == ["proactive", "reactive"]

    hungarian = "Dátum,Ügyfél,Ügyfélmenedzser,Jelleg\n2024.09.27.,Duna Print,Bence Tóth,proaktív\n"
    hungarian += "2024.10.03.,Duna Print,Bence Tóth,reaktív\n"
    result, rows = _load("kapcsolatok.csv", hungarian)
    assert result.table == "engagements" and result.rows_rejected == 0
    assert [r["date"] for r in rows] == [dt.date(2024, 9, 27), dt.date(2024, 10, 3)]


def test_a_ticket_register_with_hours_and_minutes_written_with_a_dot_loads_its_times():
    text = (
        "N. ticket;Cliente;Data apertura;Data chiusura\n"
        "7;Vittoria Moda S.p.A.;29/09/2024 10.43;30/09/2024 16.39\n"
        "8;Helvetia Dental AG;04/10/2024 09.05;\n"
    )
    result, rows = _load("registro.csv", text)
    assert result.table == "tickets" and (result.rows_loaded, result.rows_rejected) == (2, 0)
    assert [r["opened_at"] for r in rows] == [
        dt.datetime(2024, 9, 29, 10, 43),
        dt.datetime(2024, 10, 4, 9, 5),
    ]
    assert rows[0]["closed_at"] == dt.datetime(2024, 9, 30, 16, 39)


def test_search_results_with_ctime_dates_and_not_set_for_an_open_ticket_load_as_tickets():
    text = (
        "id,Subject,Queue,Status,Requestors,CF.{Customer},Created,Resolved\n"
        "1001,Password reset,support,resolved,a@vittoria.example,Vittoria Moda S.p.A.,"
        "Wed Sep 04 10:35:00 2024,Sat Sep 07 20:00:00 2024\n"
        "1002,API limit,support,open,b@polder.example,Polder Water B.V.,Mon Feb 24 12:43:00 2025,Not set\n"
        "1003,Cannot export,support,stalled,c@maple.example,Maple & Finch Ltd,Sun Mar 02 10:39:00 2025,Not set\n"
    )
    result, rows = _load("search.csv", text)
    assert result.table == "tickets" and result.mapping["CF.{Customer}"] == "account", result.mapping
    assert (result.rows_loaded, result.rows_rejected) == (3, 0)
    assert rows[0]["opened_at"] == dt.datetime(2024, 9, 4, 10, 35)
    assert rows[0]["closed_at"] == dt.datetime(2024, 9, 7, 20, 0)
    assert [r["closed_at"] for r in rows[1:]] == [None, None]


# ------------------------------------------------------------------------------------ values
@pytest.mark.parametrize(
    ("value", "tag"),
    [("Ja", "proactive"), ("Nei", "reactive"), ("Evet", "proactive"), ("Hayır", "reactive"),
     ("Igen", "proactive"), ("Nem", "reactive"), ("Da", "proactive"), ("Nu", "reactive"),
     ("Ya", "proactive"), ("Tidak", "reactive"), ("Proaktivní", "proactive"), ("Reaktif", "reactive"),
     ("proaktív", "proactive"), ("Reactiv", "reactive"), ("maybe", None)],
)  # fmt: skip
def test_tag_words_and_yes_no_answers_in_more_languages(value, tag):
    assert tag_of(value) == tag


@pytest.mark.parametrize(
    ("value", "kind"),
    [("upgraded", "expansion"), ("downgraded", "contraction"), ("created", "new"), ("renewed", "renewal"),
     ("Kayıp", "churn"), ("Yeni müşteri", "new"), ("Genişleme", "expansion"), ("Lemorzsolódás", "churn"),
     ("Csökkentés", "contraction"), ("Megújítás", "renewal"), ("Client nou", "new"), ("Pelanggan baru", "new")],
)  # fmt: skip
def test_revenue_kinds_as_verbs_and_in_more_languages(value, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "kind", "status"),
    [("Cél", "goal", None), ("Lépés", "step", None), ("Akadály", "blocker", None),
     ("Tujuan", "goal", None), ("Langkah", "step", None), ("Hambatan", "blocker", None),
     ("Nyitott", None, "open"), ("Kész", None, "done"), ("Veszélyben", None, "at risk"),
     ("Berjalan", None, "open"), ("Selesai", None, "done"), ("Berisiko", None, "at risk")],
)  # fmt: skip
def test_plan_kinds_and_statuses_in_hungarian_and_indonesian(value, kind, status):
    if kind:
        assert PLAN_KIND_VOCABULARY.lookup(value) == kind
    if status:
        assert PLAN_STATUS_VOCABULARY.lookup(value) == status


def test_content_evidence_knows_every_plan_kind_the_value_vocabulary_knows():
    assert evidence.profile(["Cél", "Lépés", "Akadály", "Cél"]).plan_kind == 1.0
    assert evidence.profile(["Tujuan", "Hambatan", "Langkah", "Budi Santoso"]).plan_kind == 0.75
    # A help desk's ticket types: "problem" is a blocker word, one value of three is not a kind column.
    assert evidence.profile(["incident", "question", "problem"]).plan_kind == 0.0
    kind = TABLES["plans"].column("kind")
    assert evidence.fit(kind, evidence.profile(["Tujuan", "Langkah", "Hambatan"]), "plans")[0] > 0


def test_a_feature_column_of_revenue_kinds_counts_against_usage():
    feature = TABLES["usage"].column("feature")
    kinds = evidence.profile(["New Subscription", "Upgrade", "Downgrade", "Cancellation", "Renewal"])
    flows = evidence.profile(["Welcome tour", "Invite your team", "Build a dashboard"])
    assert evidence.fit(feature, kinds, "usage")[0] < 0
    assert evidence.fit(feature, flows, "usage")[0] >= 0


@pytest.mark.parametrize(
    ("values", "comma"),
    [
        (["Rp 435.000", "Rp 375.000", "Rp 396.000"], True),  # three digits after every dot, a currency
        (["12.500 Ft", "9.000 Ft"], True),
        (["€ 1.500"], True),
        (["1.500", "2.250"], False),  # no currency: could be three decimals
        (["$1.500", "$2.25"], False),  # one value has two decimals: the dot is the decimal mark
        (["1.234,50 €", "99,00 €"], True),
        (["$1,234.50", "$99.00"], False),
    ],
)
def test_dotted_thousands_with_a_currency_and_no_decimals(values, comma):
    assert decimal_comma(values, european_hint=False) is comma


def test_an_indonesian_rate_sheet_reads_rupiah_with_dotted_thousands():
    text = "Nama Lengkap,Jabatan,Tarif per Jam\nBudi Santoso,CSM,Rp 435.000\nSiti Rahma,Lead,Rp 1.125.000\n"
    result, rows = _load("tarif.csv", text)
    assert result.table == "team"
    assert [r["hourly_rate"] for r in rows] == [435_000.0, 1_125_000.0]


# ------------------------------------------------------------------------------------ layout
def test_a_sum_row_that_fills_every_cell_is_a_totals_row_when_its_numbers_are_the_sums():
    text = "Kunde|06.01.2025|13.01.2025|Sum\nA|4|6|10\nB|1|2|3\nSum|5|8|13\n"
    assert sniff._footer(text, "|")[0] == 1
    # The same row whose numbers are not the sums above is a record (a customer named "Sum").
    assert sniff._footer(text.replace("Sum|5|8|13", "Sum|7|8|15"), "|")[0] == 0


def test_a_wide_sheet_with_a_title_line_and_a_full_sum_row_loads_only_the_customers():
    text = (
        "Aktive brukere per uke\n\nKunde|03.02.2025|10.02.2025|17.02.2025|Sum\n"
        "Fjordline|46|56|10|112\nBergen Energi|11|9|4|24\nNusantara|5|7|1|13\nAnadolu|3|3|2|8\n"
        "Sum|65|75|17|157\n"
    )
    result, rows = _load("aktive_brukere.csv", text)
    assert result.table == "usage"
    assert sorted({r["account"] for r in rows}) == ["Anadolu", "Bergen Energi", "Fjordline", "Nusantara"]
    assert len(rows) == 12
    assert sum(r["active_users"] for r in rows) == 112 + 24 + 13 + 8


# ------------------------------------------------------------------------------------ headers
@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        (
            "Tarih;Müşteri;Müşteri Temsilcisi;Proaktif / Reaktif;Süre (dk)\n"
            "10.09.2024;Anadolu;Emre Kaya;Reaktif;15\n06.10.2024;Vltava;Emre Kaya;Proaktif;90\n",
            "engagements",
            {"date", "account", "csm", "tag", "duration_min"},
        ),
        (
            "Ügyfél;Tétel;Típus;Állapot;Határidő\nDuna;Admin képzés;Lépés;Nyitott;2025.04.30.\n"
            "Duna;Bővítés az EU-ban;Cél;Kész;2025.06.30.\n",
            "plans",
            {"account", "item", "kind", "status", "due_date"},
        ),
        (
            "Pelanggan,Jenis,Rencana,Status,Tenggat\nJakarta Kopi,Tujuan,Go live,Berjalan,30/04/2025\n"
            "Jakarta Kopi,Hambatan,No budget,Berisiko,15/05/2025\n",
            "plans",
            {"account", "item", "kind", "status", "due_date"},
        ),
        (
            "Nr. tichet;Client;Deschis la;Închis la;Prioritate\nT-1;Cluj;04.03.2025 10:15;05.03.2025 09:00;Ridicată\n"
            "T-2;Cluj;06.03.2025 11:00;;Normală\n",
            "tickets",
            {"ticket_id", "account", "opened_at", "closed_at", "priority"},
        ),
    ],
)
def test_headers_in_turkish_hungarian_indonesian_and_romanian_map_to_their_columns(text, table, expected):
    result, rows = _load("sheet.csv", text)
    assert result.table == table
    assert set(result.mapping.values()) == expected
    assert len(rows) == 2


def test_a_monthly_value_in_romanian_is_annualised():
    text = "Client;Responsabil cont;Valoare lunară (RON)\nCluj Software;Ioana Marin;1.150,00\nBrno;Ioana Marin;390,00\n"
    result, rows = _load("clienti.csv", text)
    assert result.table == "accounts"
    assert [r["arr"] for r in rows] == [13_800.0, 4_680.0]
