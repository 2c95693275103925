"""Japanese, Swedish and Polish sheets: dates with units, value words, headers without spaces, and
thousands grouped by a space. Each rule is tried on several spellings of the same thing.

Every case is a tiny file or value whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from cs_dash.importing import mapping, parse
from cs_dash.importing.headers import normalize_header, words_of
from cs_dash.importing.month_names import read_month_name_date
from cs_dash.importing.vocabulary import (
    ENGAGEMENT_TYPE_VOCABULARY,
    PLAN_KIND_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
)
from cs_dash.schema import TABLES
from tests.import_helpers import load_text as _load


# ------------------------------------------------------------------------------ dates with units
@pytest.mark.parametrize(
    ("value", "expected", "month_only"),
    [
        ("2025年12月31日", dt.date(2025, 12, 31), False),
        ("2025年 3月 4日", dt.date(2025, 3, 4), False),
        ("２０２５年１２月３１日", dt.date(2025, 12, 31), False),  # full-width digits
        ("2025年12月31日(水)", dt.date(2025, 12, 31), False),  # a weekday after it
        ("令和7年3月14日", dt.date(2025, 3, 14), False),  # Reiwa 1 is 2019
        ("令和元年5月1日", dt.date(2019, 5, 1), False),  # an era's first year
        ("平成31年4月30日", dt.date(2019, 4, 30), False),  # Heisei 1 is 1989
        ("2025年4月", dt.date(2025, 4, 1), True),  # a month: its first day
        ("2025년 3월 14일", dt.date(2025, 3, 14), False),  # Korean writes the same units
        ("２０２５/１２/３１", dt.date(2025, 12, 31), False),
    ],
)
def test_a_date_written_with_year_month_and_day_units_is_read(value, expected, month_only):
    assert read_month_name_date(value) == (expected, "", month_only)


@pytest.mark.parametrize("value", ["2025年2月30日", "2025年13月1日", "2025年度", "12月31日と", "令和年3月"])
def test_what_is_no_date_with_units_is_not_read_as_one(value):
    assert read_month_name_date(value) is None


def test_a_japanese_contract_list_reads_its_renewal_dates():
    # Two contracts; the renewals are 31 December 2025 and, in full-width digits, 2 May 2026.
    text = (
        "取引先名,年間契約金額,契約更新日,ステータス\n"
        "株式会社さくら,120000,2025年12月31日,契約中\n"
        "山田製作所,60000,２０２６年５月２日,解約済\n"
    )
    result, rows = _load("keiyaku.csv", text)
    assert result.table == "accounts"
    assert [r["renewal_date"] for r in rows] == [dt.date(2025, 12, 31), dt.date(2026, 5, 2)]
    assert [r["status"] for r in rows] == ["active", "churned"]


# ------------------------------------------------------------------------------ value words
@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("プロアクティブ", "proactive"),
        ("リアクティブ", "reactive"),
        ("能動", "proactive"),
        ("能動的", "proactive"),
        ("受動的", "reactive"),
        ("プロアクティブ対応", "proactive"),  # the word inside a longer value
        ("リアクティブ（問い合わせ）", "reactive"),
    ],
)
def test_japanese_proactive_and_reactive_words_are_the_tag(value, tag):
    assert parse.tag_of(value) == tag


@pytest.mark.parametrize(
    ("value", "flag"),
    [("有", True), ("無", False), ("あり", True), ("なし", False), ("はい", True), ("いいえ", False), ("○", True), ("×", False)],
)  # fmt: skip
def test_japanese_yes_and_no_marks_are_a_flag(value, flag):
    assert parse.yes_or_no(value) is flag


@pytest.mark.parametrize(
    ("value", "kind"),
    [("新規", "new"), ("新規契約", "new"), ("更新", "renewal"), ("継続", "renewal"), ("アップセル", "expansion"),
     ("クロスセル", "expansion"), ("増額", "expansion"), ("ダウングレード", "contraction"), ("減額", "contraction"),
     ("解約", "churn"), ("退会", "churn")],
)  # fmt: skip
def test_japanese_revenue_kinds(value, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "kind"),
    [("ゴール", "goal"), ("目標", "goal"), ("タスク", "step"), ("施策", "step"), ("リスク", "blocker"),
     ("懸念事項", "blocker"), ("Aktivitet", "step"), ("Aktivität", "step"), ("Activité", "step"),
     ("Aktywność", "step"), ("Delmål", "step")],
)  # fmt: skip
def test_plan_kinds_in_japanese_and_an_activity_in_other_languages(value, kind):
    assert PLAN_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "status"),
    [("未対応", "open"), ("処理中", "open"), ("進行中", "open"), ("完了", "done"), ("対応済み", "done"),
     ("遅延", "at risk"), ("Pågår", "open"), ("Under arbete", "open"), ("Slutförd", "done"),
     ("W realizacji", "open"), ("Käynnissä", "open"), ("Ferdig", "done")],
)  # fmt: skip
def test_plan_statuses_in_japanese_swedish_norwegian_polish_and_finnish(value, status):
    assert PLAN_STATUS_VOCABULARY.lookup(value) == status


@pytest.mark.parametrize(
    ("value", "kind"), [("電話", "Call"), ("メール", "Email"), ("打ち合わせ", "Meeting"), ("訪問", "Meeting")]
)
def test_japanese_interaction_types(value, kind):
    assert ENGAGEMENT_TYPE_VOCABULARY.lookup(value) == kind


def test_a_japanese_issue_list_reads_its_kinds_and_statuses():
    # Three items of a Backlog-like list: a goal done, a task in progress, a risk not handled.
    text = (
        "キー,種別,件名,状態,カテゴリー名,担当者,期限日\n"
        "CS-1,ゴール,Reduce onboarding time,完了,Acme GmbH,Yuki Sato,2025/06/26\n"
        "CS-2,タスク,Run admin training,処理中,Acme GmbH,Yuki Sato,2025/07/01\n"
        "CS-3,リスク,Champion left,未対応,Beta AB,Oliver Grant,2025/08/01\n"
    )
    result, rows = _load("kadai.csv", text)
    assert result.table == "plans"
    assert [r["kind"] for r in rows] == ["goal", "step", "blocker"]
    assert [r["status"] for r in rows] == ["done", "open", "open"]


# ------------------------------------------------------------------------------ headers without spaces
@pytest.mark.parametrize(
    ("header", "words", "unit"),
    [
        ("ARR増減額(円)", "arr 増減額", "currency"),  # a change of script parts the words
        ("ＡＲＲ（円）", "arr", "currency"),  # full-width letters and brackets
        ("所要時間(分)", "所要時間", "minutes"),
        ("通話時間（秒）", "通話時間", "seconds"),
        ("担当CSM", "担当 csm", None),
        ("プロアクティブ・リアクティブ", words_of("プロアクティブ リアクティブ"), None),
    ],
)
def test_a_japanese_header_is_parted_by_script_and_its_unit_read(header, words, unit):
    found = normalize_header(header)
    assert (found.words, found.unit) == (words, unit)


@pytest.mark.parametrize(
    ("table", "header", "column"),
    [
        ("usage", "アクティブユーザー数", "active_users"),
        ("usage", "月間アクティブユーザー数", "active_users"),  # a known word inside a longer one
        ("usage", "ログイン回数", "events"),
        ("usage", "対象月", "date"),
        ("usage", "集計月", "date"),  # a month at the end of a compound is the date
        ("revenue", "計上日", "date"),
        ("revenue", "MRR増減額", "amount"),
        ("revenue", "増減区分", "kind"),
        ("accounts", "次回契約更新日", "renewal_date"),
        ("accounts", "取引先企業名", "account"),
        ("tickets", "問い合わせ番号", "ticket_id"),
        ("tickets", "エスカレーション有無", "escalated"),
        ("engagements", "対応方法", "type"),
    ],
)
def test_a_japanese_header_names_its_column_by_a_word_inside_it(table, header, column):
    best = max(
        (c.name for c in TABLES[table].columns),
        key=lambda name: mapping._said(normalize_header(header), table, name)[0],
    )
    assert best == column


@pytest.mark.parametrize(("table", "header"), [("usage", "月額"), ("revenue", "月額"), ("surveys", "日本")])
def test_a_one_kanji_word_names_a_column_only_at_the_end_of_a_header(table, header):
    # "月額" (a monthly amount) begins with "月" (month), "日本" (Japan) with "日" (day): no date.
    assert mapping._said(normalize_header(header), table, "date")[0] == 0.0


def test_a_japanese_usage_sheet_loads_by_its_headers():
    # Two months of two customers: 412 + 129 + 10 + 17 = 568 active users, dates April and May.
    text = (
        "集計月,取引先名,月間アクティブユーザー数\n"
        "2025年4月,株式会社さくら,412\n2025年5月,株式会社さくら,129\n"
        "2025年4月,山田製作所,10\n2025年5月,山田製作所,17\n"
    )
    result, rows = _load("riyou.csv", text)
    assert result.table == "usage"
    assert sum(r["active_users"] for r in rows) == 568
    assert {r["date"] for r in rows} == {dt.date(2025, 4, 1), dt.date(2025, 5, 1)}


def test_a_japanese_revenue_sheet_loads_its_kinds_and_amounts():
    # A new customer (24,000), an upsell (4,800) and a churn (3,000 less, "△" as the minus).
    text = '計上日,会社名,増減区分,MRR増減額(円)\n2024/02/25,Acme,新規,"2,000"\n2024/07/02,Acme,アップセル,400\n2024/10/10,Beta,解約,△250\n'
    result, rows = _load("zougen.csv", text)
    assert result.table == "revenue"
    # MRR × 12: 24,000 new, 4,800 expansion, 3,000 churned
    assert {r["kind"]: abs(r["amount"]) for r in rows} == {"new": 24000, "expansion": 4800, "churn": 3000}


# ------------------------------------------------------------------------------ thousands by a space
@pytest.mark.parametrize(
    ("value", "number"),
    [("12 500", 12500), ("12\u00a0500", 12500), ("12\u202f500", 12500), ("1 234 567,50", 1234567.5),
     ("6\u00a0000,00 kr", 6000), ("-1 200", -1200), ("12 34", None), ("1 2345", None)],
)  # fmt: skip
def test_a_space_between_digits_parts_thousands_only_before_three_digits(value, number):
    con = duckdb.connect()
    try:
        sql = f"SELECT {parse.number_sql('x', comma_decimal=True)} FROM (SELECT ?::VARCHAR AS x)"
        assert con.execute(sql, [value]).fetchone()[0] == number
    finally:
        con.close()


@pytest.mark.parametrize(
    ("header", "separator"),
    [
        ("ARR-förändring (kr)", "\u00a0"),
        ("MRR-ændring", "\u202f"),
        ("Zmiana ARR", " "),
        ("ARR-muutos", "\u00a0"),
    ],
)
def test_a_nordic_or_polish_change_of_arr_with_spaced_thousands_is_the_amount(header, separator):
    # Two changes: 6 000 and 15 000 (ARR, or MRR × 12: 72 000 and 180 000).
    text = f"Datum;Kund;Typ;{header}\n2024-05-09;Acme AB;Ny kund;6{separator}000,00\n2024-06-12;Beta AB;Uppsägning;15{separator}000,00\n"
    result, rows = _load("arr.csv", text)
    assert result.table == "revenue"
    assert result.mapping[header] == "amount"
    factor = 12 if "MRR" in header else 1
    assert [abs(r["amount"]) for r in rows] == [6000 * factor, 15000 * factor]


@pytest.mark.parametrize("header", ["Zdarzenia", "Händelser", "Hendelser", "Tapahtumat", "Liczba zdarzeń"])
def test_events_in_the_nordic_languages_and_polish_with_spaced_thousands(header):
    # Two months: 5 922 + 22 484 = 28 406 events.
    text = (
        f"Klient;Miesiąc;{header}\nAcme Sp. z o.o.;marzec 2025;5 922\nAcme Sp. z o.o.;kwiecień 2025;22 484\n"
    )
    result, rows = _load("aktywnosc.csv", text)
    assert result.table == "usage"
    assert sum(r["events"] for r in rows) == 28406
