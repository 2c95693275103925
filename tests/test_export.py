"""CSV downloads open safely in a spreadsheet: formula-like text is neutralised, numbers are not."""

from __future__ import annotations

import io

import pandas as pd

from cs_dash.export import safe_csv


def test_formula_like_text_is_prefixed_and_numbers_are_kept():
    frame = pd.DataFrame(
        {
            "account": ['=HYPERLINK("http://x")', "+SUM(A1)", "@cmd", "-2+3", "Acme", "\tTab"],
            "arr": [1.5, -200.0, 0.0, 3.0, 4.0, 5.0],
        }
    )
    data = safe_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads accents right
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert back["account"].tolist() == [
        '\'=HYPERLINK("http://x")',
        "'+SUM(A1)",
        "'@cmd",
        "'-2+3",
        "Acme",
        "'\tTab",
    ]
    assert back["arr"].tolist() == [1.5, -200.0, 0.0, 3.0, 4.0, 5.0]


def test_the_original_frame_is_left_unchanged():
    frame = pd.DataFrame({"account": ["=1+1"]})
    safe_csv(frame)
    assert frame["account"].tolist() == ["=1+1"]


def test_a_carriage_return_before_or_inside_a_formula_is_neutralised():
    frame = pd.DataFrame(
        {"note": ["\r=1+1", "ok\r=cmd|' /C calc'!A0", "a\n  @SUM(1)", "  =2+2", "a-b", "x\ny"]}
    )
    assert safe_csv(frame).decode("utf-8-sig").splitlines(keepends=False)[0] == "note"
    back = pd.read_csv(io.BytesIO(safe_csv(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert back["note"].tolist() == [
        "'\r'=1+1",
        "ok\r'=cmd|' /C calc'!A0",
        "a\n'  @SUM(1)",
        "'  =2+2",
        "a-b",
        "x\ny",
    ]


def test_headers_and_category_cells_are_neutralised_too():
    frame = pd.DataFrame({"=Tier 1": [1], "tier": pd.Categorical(["@evil"])})
    back = pd.read_csv(io.BytesIO(safe_csv(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert back.columns.tolist() == ["'=Tier 1", "tier"]
    assert back["tier"].tolist() == ["'@evil"]
