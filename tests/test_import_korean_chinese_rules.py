"""Korean and Chinese exports: header words in Korean and in both Chinese scripts, Hangul kept whole
when folded, Korean dates and clocks, the value words of statuses, kinds and tags, a total row, and
a title over a narrow table. Each rule is tried on variations and where it must not fire.

Every case is a tiny file or value whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.cjk_words import traditional
from cs_dash.importing import mapping, parse
from cs_dash.importing.headers import normalize_header
from cs_dash.importing.sniff import sniff
from cs_dash.importing.vocabulary import (
    ACCOUNT_STATUS_VOCABULARY,
    ENGAGEMENT_TYPE_VOCABULARY,
    PLAN_KIND_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
    fold,
)
from cs_dash.schema import TABLES
from tests.import_helpers import load_text as _load


def _best_column(table: str, header: str) -> str:
    return max(
        (c.name for c in TABLES[table].columns),
        key=lambda name: mapping._said(normalize_header(header), table, name)[0],
    )


# ------------------------------------------------------------------------------ folding
@pytest.mark.parametrize("text", ["종료", "고객사", "활성 사용자 수"])
def test_hangul_stays_the_syllables_it_was_when_folded(text):
    # NFKD alone parts a syllable into its letters (종 -> ᄌ ᅩ ᆼ); folded, it is composed again.
    assert fold(text) == text
    assert normalize_header(text).words == text


def test_folding_still_drops_latin_accents():
    assert fold("Neugeschäft") == "neugeschaft"


def test_a_latin_word_glued_to_hangul_is_a_word_of_its_own():
    assert normalize_header("CSM담당자").words == "csm 담당자"


# ------------------------------------------------------------------------------ headers
@pytest.mark.parametrize(
    ("table", "header", "column"),
    [
        ("tickets", "상담 ID", "ticket_id"),
        ("tickets", "고객사", "account"),
        ("tickets", "생성일시", "opened_at"),
        ("tickets", "종료일시", "closed_at"),
        ("usage", "기준월", "date"),
        ("usage", "활성 사용자 수", "active_users"),
        ("usage", "활성사용자수", "active_users"),  # the same words without spaces
        ("usage", "월간 활성 사용자 수", "active_users"),  # a known word inside a longer header
        ("accounts", "고객명", "account"),
        ("accounts", "CSM 담당자", "csm"),  # mixed Latin and Hangul
        ("accounts", "갱신일", "renewal_date"),
        ("accounts", "연간 계약 금액", "arr"),
        ("plans", "客户名称", "account"),
        ("plans", "客戶名稱", "account"),  # traditional
        ("plans", "截止日期", "due_date"),
        ("accounts", "客户成功经理", "csm"),
        ("accounts", "客戶成功經理", "csm"),
        ("accounts", "续约日期", "renewal_date"),
        ("accounts", "續約日期", "renewal_date"),
        ("accounts", "年度经常性收入", "arr"),
        ("tickets", "工单编号", "ticket_id"),
        ("tickets", "創建時間", "opened_at"),
        ("usage", "活跃用户数", "active_users"),
        ("usage", "活躍使用者數", "active_users"),  # Taiwan's word for a user
        ("surveys", "满意度", "score"),
    ],
)
def test_korean_and_chinese_headers_name_their_columns(table, header, column):
    assert _best_column(table, header) == column


@pytest.mark.parametrize("header", ["기준월", "客户名称"])
def test_a_korean_or_chinese_header_names_no_column_where_it_says_something_else(header):
    # A month is no account and a customer's name is no date.
    assert mapping._said(normalize_header(header), "usage", "active_users")[0] == 0.0


@pytest.mark.parametrize(
    ("simplified", "traditional_form"),
    [("客户名称", "客戶名稱"), ("负责人", "負責人"), ("活跃用户数", "活躍用戶數"), ("截止日期", "截止日期")],
)
def test_a_simplified_word_is_spelled_in_traditional_characters(simplified, traditional_form):
    assert traditional(simplified) == traditional_form


# ------------------------------------------------------------------------------ dates and clocks
@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("2024. 9. 13. 오후 12:31", "2024.9.13 12:31 PM"),  # noon stays noon
        ("2024. 10. 3. 오전 8:52", "2024.10.3 8:52 AM"),
        ("2025. 3. 14 오후 2:30:05", "2025.3.14 2:30:05 PM"),  # no dot after the day, seconds
        ("2025/3/14 下午2:30", "2025/3/14 2:30 PM"),  # Chinese, no space before the clock
        ("2025/3/14 上午 9:05", "2025/3/14 9:05 AM"),
        ("2025/3/14 午後 9:05", "2025/3/14 9:05 PM"),  # Japanese
    ],
)
def test_korean_dates_and_east_asian_halves_of_the_day_are_written_the_one_way(value, normalised):
    assert parse.clock_normalised(value) == normalised


@pytest.mark.parametrize("value", ["오후", "2:30 오후 회의", "14.3.2025"])
def test_what_is_no_korean_date_or_clock_is_left_as_it_was(value):
    assert parse.clock_normalised(value) == value


def test_a_korean_help_desk_export_loads_its_times():
    # 2024-09-13 12:31 -> 2024-09-14 21:51 is 33 h 20 min; the second ticket is open.
    text = (
        "상담 ID,고객사,생성일시,종료일시,상태\n"
        "ct-1,Acme,2024. 9. 13. 오후 12:31,2024. 9. 14. 오후 9:51,종료\n"
        "ct-2,한빛소프트 주식회사,2024. 10. 3. 오전 8:52,,진행중\n"
    )
    result, rows = _load("sangdam.csv", text)
    assert result.table == "tickets"
    assert rows[0]["opened_at"] == dt.datetime(2024, 9, 13, 12, 31)
    assert rows[0]["closed_at"] == dt.datetime(2024, 9, 14, 21, 51)
    assert rows[1]["opened_at"] == dt.datetime(2024, 10, 3, 8, 52)
    assert rows[1]["closed_at"] is None


# ------------------------------------------------------------------------------ value words
@pytest.mark.parametrize(
    ("value", "kind"),
    [("目标", "goal"), ("目標", "goal"), ("목표", "goal"), ("行动项", "step"), ("行動項", "step"),
     ("실행 항목", "step"), ("障碍", "blocker"), ("障礙", "blocker"), ("리스크", "blocker")],
)  # fmt: skip
def test_plan_kinds_in_chinese_and_korean(value, kind):
    assert PLAN_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "status"),
    [("已完成", "done"), ("완료", "done"), ("有风险", "at risk"), ("有風險", "at risk"), ("지연", "at risk"),
     ("进行中", "open"), ("진행 중", "open"), ("진행중", "open"), ("未開始", "open")],
)  # fmt: skip
def test_plan_statuses_in_chinese_and_korean(value, status):
    assert PLAN_STATUS_VOCABULARY.lookup(value) == status


@pytest.mark.parametrize(
    ("value", "kind"),
    [("新签", "new"), ("신규", "new"), ("续约", "renewal"), ("갱신", "renewal"), ("增购", "expansion"),
     ("업셀", "expansion"), ("降级", "contraction"), ("감액", "contraction"), ("流失", "churn"), ("해지", "churn")],
)  # fmt: skip
def test_revenue_kinds_in_chinese_and_korean(value, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "status"),
    [("已流失", "churned"), ("해지됨", "churned"), ("合作中", "active"), ("이용 중", "active")],
)
def test_account_statuses_in_chinese_and_korean(value, status):
    assert ACCOUNT_STATUS_VOCABULARY.lookup(value) == status


@pytest.mark.parametrize(
    ("value", "kind"),
    [("电话", "Call"), ("통화", "Call"), ("邮件", "Email"), ("拜访", "Meeting"), ("미팅", "Meeting")],
)
def test_interaction_types_in_chinese_and_korean(value, kind):
    assert ENGAGEMENT_TYPE_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize(
    ("value", "tag"),
    [("主动", "proactive"), ("主動", "proactive"), ("能动", "proactive"), ("선제", "proactive"), ("선제적", "proactive"),
     ("被动", "reactive"), ("被動", "reactive"), ("사후", "reactive"), ("사후적", "reactive")],
)  # fmt: skip
def test_chinese_and_korean_proactive_and_reactive_words_are_the_tag(value, tag):
    assert parse.tag_of(value) == tag


@pytest.mark.parametrize("value", ["확인", "处理", "紧急"])
def test_other_words_are_no_tag(value):
    assert parse.tag_of(value) is None


# ------------------------------------------------------------------------------ whole files
def test_a_korean_usage_sheet_under_its_title_leaves_out_its_total_row():
    # Two rows of 94 and 14 active users; the 합계 row (108) sums them and is no record.
    text = (
        "월별 사용 현황,,\n기준월,고객사,활성 사용자 수\n2025년 3월,Acme,94\n2025년 4월,Acme,14\n합계,,108\n"
    )
    result, rows = _load("sayong.csv", text, "cp949")
    assert result.table == "usage"
    assert result.header_row == 2
    assert [r["active_users"] for r in rows] == [94, 14]
    assert [r["date"] for r in rows] == [dt.date(2025, 3, 1), dt.date(2025, 4, 1)]


@pytest.mark.parametrize(
    ("text", "header_row"),
    [
        ("Usage,,\nAccount,Date,Users\nAcme,2025-03-01,5\n", 2),  # a title over the header
        ("Account,Users,Date\nAcme,5,2025-03-01\n", 1),  # a full header
        ("Account,\nAcme,5\nGlobex,7\n", 1),  # two columns: half named is still a header
    ],
)
def test_one_name_over_a_fuller_row_of_three_or_more_cells_is_a_title(tmp_path, text, header_row):
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    layout, _ = sniff(path)
    assert layout.header_row == header_row


def test_a_traditional_chinese_success_plan_loads_its_kinds_and_statuses():
    # One goal at risk, one step done; the owner is written as initials.
    text = "客戶名稱,類型,事項,狀態,負責人,截止日期\nAcme,目標,Reduce onboarding time,有風險,KV,2025/5/10\nAcme,行動項,Run training,已完成,KV,2025/7/17\n"
    result, rows = _load("jihua.csv", text)
    assert result.table == "plans"
    assert [r["kind"] for r in rows] == ["goal", "step"]
    assert [r["status"] for r in rows] == ["at risk", "done"]
    assert rows[0]["due_date"] == dt.date(2025, 5, 10)
