"""Japanese, Swedish and Polish sheets: dates with units, value words, headers without spaces, and
thousands grouped by a space. Each rule is tried on several spellings of the same thing.

Every case is a tiny file or value whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import parse
from cs_dash.importing.month_names import read_month_name_date
from cs_dash.importing.vocabulary import (
    ENGAGEMENT_TYPE_VOCABULARY,
    PLAN_KIND_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
)
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows


def _load(name: str, text: str, encoding: str = "utf-8"):
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file(name, text.encode(encoding))
        assert result.ok, result.error
        return result, loaded_rows(ws, result.table, name)
    finally:
        ws.close()


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
