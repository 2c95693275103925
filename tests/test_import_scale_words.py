"""A unit of scale in a header multiplies the column's amounts; the concept word still names the column.

Every expected number is worked out by hand from the rows in the test.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.headers import normalize_header
from cs_dash.importing.scale_words import scale_in_header


@pytest.mark.parametrize(
    ("header", "factor", "words"),
    [
        ("ARR (k€)", 1e3, "arr"),
        ("ARR ($K)", 1e3, "arr"),
        ("MRR in Tsd. €", 1e3, "mrr"),
        ("Umsatz (Tsd. EUR)", 1e3, "umsatz"),
        ("ARR (in Tausend Euro)", 1e3, "arr"),
        ("ARR (en milliers d'euros)", 1e3, "arr"),
        ("Importe (miles de euros)", 1e3, "importe"),
        ("Receita (R$ mil)", 1e3, "receita"),
        ("Fatturato (migliaia di euro)", 1e3, "fatturato"),
        ("Omzet (x 1000)", 1e3, "omzet"),
        ("Amount, thousands", 1e3, "amount"),
        ("ARR TEUR", 1e3, "arr"),
        ("ARR (M€)", 1e6, "arr"),
        ("Revenue, $M", 1e6, "revenue"),
        ("ARR in Mio. €", 1e6, "arr"),
        ("Bookings (millions)", 1e6, "bookings"),
    ],
)
def test_a_unit_of_scale_is_read_in_many_spellings_and_leaves_the_concept_word(header, factor, words):
    found = scale_in_header(header)
    assert found is not None and found.factor == factor
    assert normalize_header(header).words == words


@pytest.mark.parametrize(
    "header",
    ["Duration (m)", "Time m", "Top 1000", "Tier K", "ARR (€)", "MRR in €", "Plan (2024)", "k", "Mio"],
)
def test_a_header_that_names_no_scale_or_only_a_scale_is_left_alone(header):
    # "(m)" is minutes without a currency; a header that is the scale alone names no concept.
    assert scale_in_header(header) is None


def test_thousands_of_arr_in_a_dutch_sheet_are_euros(load):
    # 7,5 thousand = 7,500; 105,0 thousand = 105,000.
    text = "Klant;Segment;ARR (k€)\nAcme;Enterprise;7,5\nGlobex;SMB;105,0\n"
    r = load("klanten.csv", data=text.encode("utf-8"))
    assert load.rows(r, "account", "arr") == [("Acme", 7500.0), ("Globex", 105000.0)]
    assert [c.key for c in r.conversions] == ["arr:thousands"]
    assert "'k€'" in r.conversions[0].text


def test_monthly_thousands_are_annualised_and_scaled(load):
    # 1,25 thousand a month = 1,250 × 12 = 15,000 a year.
    text = 'Datum,Kunde,Bewegung,MRR in Tsd. €\n07.03.2024,Acme,Upsell,"1,25"\n02.04.2024,Globex,Neukunde,2\n'
    r = load("mrr.csv", ImportOptions(table="revenue"), data=text.encode("utf-8"))
    assert load.rows(r, "amount") == [(15000.0,), (24000.0,)]
    assert sorted(c.key for c in r.conversions if c.column == "amount")[:2] == [
        "amount:monthly",
        "amount:thousands",
    ]


def test_millions_switched_off_leave_the_amounts_as_written(load):
    text = "Account,ARR (M€)\nAcme,1.5\nGlobex,0.25\n"
    r = load("a.csv", data=text.encode("utf-8"))
    assert load.rows(r, "arr") == [(1_500_000.0,), (250_000.0,)]
    undone = load("a.csv", ImportOptions(conversions_off={"arr:millions"}), data=text.encode("utf-8"))
    assert load.rows(undone, "arr") == [(1.5,), (0.25,)]


@pytest.mark.parametrize(
    ("header", "factor", "words"),
    [
        ("ARR（千円）", 1e3, "arr"),
        ("ARR（万円）", 1e4, "arr"),
        ("ARR（百万円）", 1e6, "arr"),
        ("ARR（億円）", 1e8, "arr"),
        ("年間契約額（単位：千円）", 1e3, "年間契約額"),
        ("売上千円", 1e3, "売上"),
        ("金额（万元）", 1e4, "金额"),
        ("金额(亿元)", 1e8, "金额"),
        ("ARR(만원)", 1e4, "arr"),
        ("ARR(천원)", 1e3, "arr"),
        ("매출(백만원)", 1e6, "매출"),
        ("金额(千)", 1e3, "金额"),
    ],
)
def test_chinese_japanese_and_korean_scale_numerals_multiply(header, factor, words):
    # 百万 is 100 × 10,000 and 백만 the same in Korean; 億/亿/억 is 10,000 × 10,000.
    found = scale_in_header(header)
    assert found is not None and found.factor == factor
    assert normalize_header(header).words == normalize_header(words).words  # Hangul is kept decomposed


@pytest.mark.parametrize(
    "header", ["ARR（円）", "万円", "十円", "利用回数（百）", "千代田区", "百万遍", "ARR 万"]
)
def test_a_kanji_numeral_that_is_no_scale_is_left_alone(header):
    # a currency alone, a scale alone, a factor under a thousand, a place name, a numeral with no
    # currency outside brackets
    assert scale_in_header(header) is None


def test_ten_thousands_of_yen_are_scaled_and_said(load):
    # 12 万円 = 120,000 yen; 3.5 万円 = 35,000.
    text = "顧客名,担当CSM,ARR（万円）\nAcme,佐藤,12\nBeta,鈴木,3.5\n"
    r = load("顧客.csv", data=text.encode("utf-8"))
    assert load.rows(r, "arr") == [(120000.0,), (35000.0,)]
    scale = next(c for c in r.conversions if c.column == "arr")
    assert scale.key == "arr:ten_thousands"
    assert "× 10,000" in scale.text and "'万円'" in scale.text
    undone = load("顧客.csv", ImportOptions(conversions_off={"arr:ten_thousands"}), data=text.encode("utf-8"))
    assert load.rows(undone, "arr") == [(12.0,), (3.5,)]
