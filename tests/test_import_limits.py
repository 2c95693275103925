"""Limits checked before DuckDB reads a file, the copies that avoid its traps, and row conservation."""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions, limits, mapping, reading
from cs_dash.importing.sniff import make_unique
from tests.import_helpers import Loader

ENGAGEMENTS = b"date,account,csm,tag\n"


@pytest.fixture
def load(tmp_path):
    loader = Loader(tmp_path)
    yield lambda name, data, **kw: loader(name, data=data, **kw)
    loader.con.close()


def test_too_many_columns_is_refused_before_reading(load):
    header = ",".join(f"c{i}" for i in range(1_001)).encode()
    r = load("wide.csv", header + b"\n" + b",".join([b"1"] * 1_001) + b"\n")
    assert r.error == (
        "wide.csv has 1,001 columns, more than the 1,000 cs-dash reads: keep only the columns you "
        "need and upload it again."
    )


def test_ten_thousand_columns_get_one_sentence(load):
    header = ",".join(f"column_{i}" for i in range(10_000)).encode()
    r = load("very_wide.csv", header + b"\n" + b",".join([b"1"] * 10_000) + b"\n")
    assert r.error.startswith("very_wide.csv has a header row of ")
    assert r.staging_table is None


def test_a_long_header_is_refused(load):
    header = b",".join([b"account", b"x" * 30_000, b"y" * 30_000])
    r = load("long_header.csv", header + b"\nAcme,1,2\n")
    assert r.error == (
        "long_header.csv has a header row of 60,009 characters, more than the 50,000 cs-dash reads: "
        "check that its first row holds the column names."
    )


def test_a_first_line_beyond_the_sniffed_megabyte_is_refused(load):
    r = load("one_line.csv", b"a," * 600_000 + b"\n1\n")
    assert r.error.startswith("one_line.csv has a first row longer than 1 MB")


def test_too_many_bytes_lines_or_too_long_a_line(load, monkeypatch):
    data = ENGAGEMENTS + b"2025-01-01,Acme,Dana,P\n" * 6
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    assert load("big.csv", data).error == (
        "big.csv is 0 MB, more than the 0 MB one file may have: export a shorter date range, "
        "or split it into smaller files."
    )
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(limits, "MAX_LINES", 6)
    assert load("long.csv", data).error == (
        "long.csv has 7 lines, more than the 6 one file may have: split it into smaller files."
    )
    monkeypatch.setattr(limits, "MAX_LINES", 100)
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 30)
    r = load("line.csv", data + b"2025-01-02,Acme,Dana," + b"P" * 20 + b"\n")
    assert r.error.startswith("line.csv has a line of 0.0 MB, more than the 0.0 MB a row or a value")


@pytest.mark.parametrize("chunk", [1, 2, 3, 5])
def test_measure_counts_lines_and_the_longest_across_chunks(tmp_path, chunk):
    path = tmp_path / "x.csv"
    path.write_bytes(b"ab\r\n" + b"x" * 10 + b"\n\nlast")
    size = limits.measure(path, chunk_bytes=chunk)
    assert (size.size, size.lines, size.longest_line) == (20, 4, 10)
    assert (size.crlf_lines, size.lf_lines, size.mixed_newlines) == (1, 3, True)


def test_measure_finds_a_line_over_the_limit_inside_one_chunk(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 5)
    path = tmp_path / "x.csv"
    path.write_bytes(b"ab\n" + b"x" * 10 + b"\nlast\n")
    assert limits.measure(path, chunk_bytes=64).longest_line == 10


@pytest.mark.parametrize("chunk", [1, 2, 3, 64])
def test_measure_old_mac_line_endings(tmp_path, chunk):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"a,b\r1,2\r3,4")
    assert limits.measure(path, chunk_bytes=chunk).lines == 3


@pytest.mark.parametrize("chunk", [1, 2, 4, 64])
def test_carriage_returns_before_the_first_newline_do_not_count_as_lines(tmp_path, chunk):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a\rb\r\n1\r2\n")  # a \r inside a value, then lines ended by \r\n and \n
    size = limits.measure(path, chunk_bytes=chunk)
    assert (size.lines, size.crlf_lines, size.lf_lines) == (2, 1, 2)


@pytest.mark.parametrize("chunk", [1, 2, 3, 64])
def test_only_a_carriage_return_right_before_a_newline_ends_a_crlf_line(tmp_path, chunk):
    path = tmp_path / "x.csv"
    # Worked out by hand: three \n; "\r\r\n" and "c\r\n" hold one \r\n each, "\n\r" and a lone \r none;
    # four lines, the longest of three bytes ("a\r\r", "\rc\r", "d\re").
    path.write_bytes(b"a\r\r\nb\n\rc\r\nd\re")
    size = limits.measure(path, chunk_bytes=chunk)
    assert (size.lines, size.crlf_lines, size.lf_lines, size.longest_line) == (4, 2, 3, 3)


def test_many_repeated_headers_are_numbered_in_one_pass():
    names = make_unique(["x"] * 20_000 + ["x_3", "X"])
    assert names[:3] == ["x", "x_2", "x_3"]
    assert names[19_999] == "x_20000"
    assert names[-2:] == ["x_3_2", "X_20001"]
    assert len({n.lower() for n in names}) == len(names)


def _header_comparisons(monkeypatch, count: int) -> int:
    """How many times choosing the table compares a header with a column, for ``count`` repeated names."""
    calls = []
    real = mapping.match_header
    monkeypatch.setattr(mapping, "match_header", lambda *args: calls.append(1) or real(*args))
    mapping._said.cache_clear()
    headers = make_unique(["notes"] * count + ["date", "account", "csm", "tag"])
    samples = {h: ["x"] for h in headers}
    mapping.choose_table(headers, headers, samples, "repeated.csv")
    mapping._said.cache_clear()
    return len(calls)


def test_choosing_the_table_grows_linearly_with_repeated_header_names(monkeypatch):
    # Each header is compared with each column once: twice the names, twice the comparisons.
    small, large = _header_comparisons(monkeypatch, 150), _header_comparisons(monkeypatch, 300)
    assert small > 150
    assert large <= 2 * small + 200  # the four named columns' share does not double


def test_a_quote_inside_a_header_name_keeps_every_row(load):
    r = load("quoted.csv", b'account,""date,active_users\nAcme,2025-01-01,3\nBeta,2025-01-02,4\n')
    assert r.ok and r.table == "usage"
    assert (r.rows_loaded, r.rows_rejected) == (2, 0)
    assert any("quote" in w for w in r.warnings)


def test_mixed_line_endings_are_read(load):
    data = (
        b"date,account,csm,tag\r\n2025-01-01,Acme,Dana,Proactive\n"
        b"2025-01-02,Beta,Dana,Reactive\r\n2025-01-03,Gamma,Lee,P\n"
    )
    r = load("mixed.csv", data, options=ImportOptions(table="engagements"))
    assert r.ok, r.error
    assert (r.rows_loaded, r.rows_rejected) == (3, 0)


def test_rows_loaded_rejected_and_skipped_add_up_to_the_file(load):
    data = (
        ENGAGEMENTS
        + b'2025-01-01,Acme,Dana,P\n\n2025-01-02,"Beta\nInc",Dana,R\n,,,\n'
        + b"2025-01-03,Gamma,Lee\n2025-01-04,Acme,Dana,maybe\n\n"
    )
    r = load("counted.csv", data, options=ImportOptions(table="engagements"))
    assert r.ok, r.error
    # 2 loaded; 2 rejected (3 fields, an unknown tag); 3 empty (one of them ",,,").
    assert (r.rows_loaded, r.rows_rejected, r.rows_skipped, r.rows_in_file) == (2, 2, 3, 7)


def test_rows_the_reader_loses_in_silence_stop_the_import(load, monkeypatch):
    real = reading.read_raw

    def lossy(con, source, layout, raw, rejects, scan):
        real(con, source, layout, raw, rejects, scan)
        con.execute(f'DELETE FROM "{raw}" WHERE rowid = 0')

    monkeypatch.setattr(reading, "read_raw", lossy)
    r = load("lossy.csv", ENGAGEMENTS + b"2025-01-01,Acme,Dana,P\n2025-01-02,Beta,Dana,R\n")
    assert r.error == (
        "lossy.csv could not be read completely: 1 of its 3 lines were neither loaded nor rejected, "
        "so nothing was loaded rather than lose them without a word. Open it in a spreadsheet, save "
        "it as CSV UTF-8 and upload it again."
    )
    assert r.staging_table is None


def test_a_file_whose_sampled_rows_all_split_wrongly_is_refused_before_reading(load, monkeypatch):
    def never(*args):
        raise AssertionError("DuckDB should not read this file")

    monkeypatch.setattr(reading, "read_raw", never)
    r = load("ragged.csv", ENGAGEMENTS + b"2025-01-01,Acme\n" * 30)
    assert r.error.startswith("ragged.csv could not be split into columns: most rows have a different number")
