"""A Japanese header ending in 日 is a date only when it names a day something happened.

稼働日数 (working days) and 営業日 (business days) count days, 曜日 is a weekday: their values are
numbers or weekday names, never dates. 更新日, 契約開始日 and 登録日 are days on the calendar.
"""

from __future__ import annotations

import pytest

from cs_dash.schema import DATE, TABLES, TIMESTAMP

LOG = "顧客名,担当CSM,対応区分,{header}\nAcme,佐藤,プロアクティブ,{a}\nBeta,鈴木,リアクティブ,{b}\n"


@pytest.mark.parametrize(
    "header, a, b",
    [("稼働日数", "20", "18"), ("営業日", "20", "18"), ("曜日", "月", "火"), ("曜日", "月曜日", "火曜日")],
)
def test_a_count_of_days_or_a_weekday_is_not_the_date(load, header, a, b):
    r = load("活動.csv", data=LOG.format(header=header, a=a, b=b).encode("utf-8"))
    assert header not in r.mapping


@pytest.mark.parametrize("header", ["稼働日数", "営業日", "曜日"])
def test_beside_a_real_date_the_count_of_days_is_left_out(load, header):
    text = f"日付,顧客名,担当CSM,対応区分,{header}\n2025/03/03,Acme,佐藤,プロアクティブ,20\n2025/03/04,Beta,鈴木,リアクティブ,18\n"
    r = load("活動.csv", data=text.encode("utf-8"))
    assert r.mapping["日付"] == "date" and header not in r.mapping


@pytest.mark.parametrize("header", ["更新日", "契約開始日", "登録日"])
def test_a_day_something_happened_is_a_date(load, header):
    text = f"顧客名,担当CSM,年間契約額,{header}\nAcme,佐藤,1200000,2025/03/03\nBeta,鈴木,2400000,2025/04/01\n"
    r = load("顧客.csv", data=text.encode("utf-8"))
    kinds = {c.name: c.kind for table in TABLES.values() for c in table.columns}
    assert kinds[r.mapping[header]] in (DATE, TIMESTAMP)
