"""Layouts a CS team keeps by hand in a sheet: labelled section rows, period sections, a second
table below the first, two-level headers, subtotal rows and tick boxes.

Every expected value below was worked out by hand from the tiny file in the test.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from cs_dash.importing import sections
from cs_dash.importing.sections import shared_prefix
from tests.import_helpers import Loader

D = dt.date


@pytest.fixture
def load(tmp_path):
    loader = Loader(tmp_path)

    def run(name, text, options=None):
        data = textwrap.dedent(text).lstrip("\n").encode("utf-8")
        return loader(name, options, data=data)

    run.rows = loader.rows
    yield run
    loader.con.close()


# ------------------------------------------------------------------ labelled section rows (rule 3)
LABELLED_CSM_SECTIONS = """
    Date;Account;Pro/Re;Minutes
    {label}{sep}Dana Lee;;;
    03/04/2025;Acme Corp;Proactive;30
    03/11/2025;Globex;Reactive;45
    {label}{sep}Sam Ortiz;;;
    03/05/2025;Initech;Proactive;60
"""


@pytest.mark.parametrize(
    ("label", "sep"),
    [("CSM", ": "), ("csm", ":"), ("Account Manager", " - "), ("Customer Success Manager", " – ")],
)
def test_a_label_every_section_row_starts_with_names_the_column_its_rest_fills(load, label, sep):
    r = load("log.csv", LABELLED_CSM_SECTIONS.format(label=label, sep=sep))
    assert r.ok, r.error
    assert r.mapping.get(label) == "csm"
    assert load.rows(r, "csm", "account") == [
        ("Dana Lee", "Acme Corp"),
        ("Dana Lee", "Globex"),
        ("Sam Ortiz", "Initech"),
    ]
    assert f"without the label '{label}'" in r.transformations[0].text


ACCOUNT_LABEL_INTO_ITS_EMPTY_COLUMN = """
    Task,Cliente,Owner,Due,Type
    Cliente: Acme Corp,,,,
    Kickoff call,,Dana Lee,2025-02-10,Step
    Data import,,Dana Lee,2025-02-24,Step
    Cliente: Globex,,,,
    Kickoff call,,Sam Ortiz,2025-04-10,Step
"""


def test_a_labelled_section_fills_the_empty_column_its_label_names(load):
    r = load("plan.csv", ACCOUNT_LABEL_INTO_ITS_EMPTY_COLUMN)
    assert r.ok, r.error
    assert r.mapping.get("Cliente") == "account" and "Section" not in r.mapping
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Acme Corp", "Globex"]
    assert "into the empty Cliente column" in r.transformations[0].text


@pytest.mark.parametrize(
    ("headings", "label"),
    [
        (["CSM: Maya Okonkwo", "CSM: Jan de Vries"], "CSM"),
        (["Cliente: Acme", "cliente:Globex"], "Cliente"),
        (["Account Manager - Jan de Vries", "Account Manager - Maya"], "Account Manager"),
        (["CSM: Maya", "Owner: Jan"], ""),  # two labels: no column named by either
        (["Q4: 2024", "Q1: 2025"], ""),  # a number names no column
        (["Acme Corp", "Globex"], ""),  # no separator
        (["CSM: Maya"], ""),  # one heading is no pattern
        (["Acme-Globex merger", "Initech-Hooli"], ""),  # a dash inside a name is no separator
        (["CSM:", "CSM:"], ""),  # nothing after the label
    ],
)
def test_the_shared_label_of_section_rows(headings, label):
    assert shared_prefix(headings) == label


# ------------------------------------------------------------------------ period sections (rule 2)
PERIOD_SECTIONS_OVER_DATED_ROWS = """
    Account;CSM;ARR;Renewal date
    {first};;;
    Acme Corp;Dana Lee;12000;15/10/2025
    Globex;Sam Ortiz;8000;02/12/2025
    {second};;;
    Initech;Dana Lee;3000;20/01/2026
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Q4 2025", "Q1 2026"),
        ("4° trimestre 2025", "1° trimestre 2026"),
        ("4e trimestre", "1er trimestre"),
        ("4. Quartal 2025", "1. Quartal 2026"),
        ("Oktober 2025", "Januar 2026"),
        ("Week 42", "Week 4"),
    ],
)
def test_period_rows_over_records_with_their_own_dates_are_left_out(load, first, second):
    r = load("renewals.csv", PERIOD_SECTIONS_OVER_DATED_ROWS.format(first=first, second=second))
    assert r.table == "accounts", r.error
    assert "Section" not in r.mapping and "Date" not in r.mapping
    assert load.rows(r, "account", "renewal_date") == [
        ("Acme Corp", D(2025, 10, 15)),
        ("Globex", D(2025, 12, 2)),
        ("Initech", D(2026, 1, 20)),
    ]
    assert r.rows_loaded == 3
    assert "2 row(s) naming a period" in r.transformations[0].text
    assert "own date in Renewal date" in r.transformations[0].text


PERIOD_SECTIONS_WITHOUT_DATES = """
    Account,CSM,Pro/Re,Minutes
    {first},,,
    Acme Corp,Dana Lee,Proactive,30
    Globex,Sam Ortiz,Reactive,45
    {second},,,
    Initech,Dana Lee,Proactive,60
"""


@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        ("Q4 2024", "Q1 2025", (D(2024, 10, 1), D(2025, 1, 1))),
        ("Noviembre 2024", "Enero 2025", (D(2024, 11, 1), D(2025, 1, 1))),
        ("KW 12/2025", "KW 13/2025", (D(2025, 3, 17), D(2025, 3, 24))),
    ],
)
def test_period_rows_over_records_without_dates_give_them_the_first_day_of_the_period(
    load, first, second, days
):
    r = load("touches.csv", PERIOD_SECTIONS_WITHOUT_DATES.format(first=first, second=second))
    assert r.table == "engagements", r.error
    assert r.mapping.get("Date") == "date"
    assert load.rows(r, "account", "date") == [
        ("Acme Corp", days[0]),
        ("Globex", days[0]),
        ("Initech", days[1]),
    ]
    assert "first day of each one's period" in r.transformations[0].text


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("Q4 2024", D(2024, 10, 1)),
        ("4° trimestre 2025", D(2025, 10, 1)),
        ("1er trimestre 2026", D(2026, 1, 1)),
        ("2. Quartal 2025", D(2025, 4, 1)),
        ("T3 2025", D(2025, 7, 1)),
        ("Januar 2025", D(2025, 1, 1)),
        ("Week 2 2025", D(2025, 1, 6)),
    ],
)
def test_a_section_row_names_a_period_and_its_first_day(text, first_day):
    from cs_dash.importing.periods import section_period

    period = section_period(text)
    assert period is not None and D(period.year, period.month, period.day) == first_day


@pytest.mark.parametrize(
    "text", ["Acme Corp", "Dana Lee", "SMB", "03/04/2025", "Week 60", "Quarterly review"]
)
def test_names_and_days_are_no_section_period(text):
    from cs_dash.importing.periods import section_period

    assert section_period(text) is None


@pytest.mark.parametrize(
    "header", ["Scadenza contratto", "Fine contratto", "Fin de contrato", "Vencimento do contrato"]
)
def test_a_contracts_end_in_other_languages_is_the_renewal_date(load, header):
    text = (
        f"Account,CSM,ARR,{header}\nAcme Corp,Dana Lee,12000,2025-10-15\nGlobex,Sam Ortiz,8000,2025-12-02\n"
    )
    r = load("accounts.csv", text)
    assert (r.table, r.mapping.get(header)) == ("accounts", "renewal_date"), r.error


# ---------------------------------------------------------------- a second table below (rule 5)
ACCOUNTS_ABOVE = """
    Account;CSM;ARR;Renewal;Status
    Acme Corp;Dana Lee;12000;2025-10-15;Active
    Globex;Sam Ortiz;8000;2025-12-02;Active
    Initech;Dana Lee;3000;2026-01-20;Churned
"""


@pytest.mark.parametrize(
    ("below", "first"),
    [
        ("\n;;;;\nResumo;;;;\nClientes ativos;2;;;\nMRR total;23000;;;\n", "Resumo"),  # a summary block
        ("\n\nSummary\nActive accounts;2\n", "Summary"),  # blank lines without delimiters
        (
            ";;;;\n;;;;\nARR per CSM;;;;\nCSM;Accounts;ARR;;\nDana Lee;2;15000;;\nSam Ortiz;1;8000;;\n",
            "ARR per CSM",
        ),
        ("\nZusammenfassung;;;;\nKunden gesamt;3;;;\n", "Zusammenfassung"),
    ],
)
def test_a_second_table_below_a_blank_line_is_not_appended_to_the_first(load, below, first):
    text = textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n") + below
    r = load("accounts.csv", text)
    assert r.table == "accounts", r.error
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Globex", "Initech"]
    assert any(f"below a blank line (from '{first}')" in w for w in r.warnings)


def test_a_totals_row_above_the_blank_line_and_the_pivot_below_are_both_left_out(load):
    text = (
        textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n")
        + "Totaal;;23000;;\n;;;;\nCSM;Klanten;ARR;;\nDana Lee;2;15000;;\n"
    )
    r = load("klanten.csv", text)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Globex", "Initech"]
    assert sum(a for (a,) in load.rows(r, "arr")) == 23000


@pytest.mark.parametrize(
    "below",
    [
        "\nHooli;Sam Ortiz;5000;2026-03-01;Active\n",  # the table goes on after a blank line
        "\nSam Ortiz;;;;\nHooli;Sam Ortiz;5000;2026-03-01;Active\n",  # a heading, then full rows
        "\nAccount;CSM;ARR;Renewal;Status\nHooli;Sam Ortiz;5000;2026-03-01;Active\n",  # the header repeated
    ],
)
def test_rows_below_a_blank_line_with_the_tables_shape_stay_in_it(load, below):
    text = textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n") + below
    r = load("accounts.csv", text)
    assert "Hooli" in [a for (a,) in load.rows(r, "account")]
    assert not any("below a blank line" in w for w in r.warnings)


@pytest.mark.parametrize(
    "footer",
    [
        "Grand Totals (3 records)\n\nConfidential Information - Do Not Distribute\nCopyright (c) 2025 Acme\n",
        "Total (3 registros)\n\nInformações confidenciais\nTodos os direitos reservados\n",
        "Confidential Information\nReport generated by Acme\nAll rights reserved\n",
    ],
)
def test_one_cell_footer_lines_below_a_blank_line_are_a_footer_not_a_second_table(load, footer):
    r = load("accounts.csv", textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n") + "\n" + footer)
    assert (r.footer_lines, r.table_below_rows) == (3, 0)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Globex", "Initech"]
    assert not any("below a blank line" in w for w in r.warnings)


def test_a_second_table_and_the_footer_under_it_are_counted_apart(load):
    # 3 accounts; a blank line, a 3-row pivot (header and 2 rows); a blank line, 2 footer lines.
    text = (
        textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n")
        + "\nCSM;Accounts;ARR;;\nDana Lee;2;15000;;\nSam Ortiz;1;8000;;\n"
        + "\nConfidential Information - Do Not Distribute\nCopyright (c) 2025 Acme Inc.\n"
    )
    r = load("accounts.csv", text)
    assert (r.footer_lines, r.table_below_rows) == (2, 3)
    assert (r.rows_loaded, r.rows_skipped) == (3, 4)  # the pivot's 3 rows and the blank line above it
    assert any("Left out 3 row(s) below a blank line (from 'CSM')" in w for w in r.warnings)
    assert any("Removed 2 report footer line(s)" in w for w in r.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Account,CSM\nAcme Corp,Dana Lee\nGlobex,Sam Ortiz\nInitech,Dana Lee\n\nHooli,\nUmbrella,\n",
        "Conta;Responsável\nAcme Corp;Dana Lee\nGlobex;Sam Ortiz\nInitech;Dana Lee\n;\nHooli;\nUmbrella;\n",
        "Account\tCSM\nAcme Corp\tDana Lee\nGlobex\tSam Ortiz\nInitech\tDana Lee\n\t\nHooli\t\nUmbrella\t\n",
    ],
)
def test_one_cell_lines_under_a_two_column_list_stay_its_rows(load, text):
    # Under a list two cells wide a row filling one cell is no narrower block: 3 + 1 blank + 2 rows.
    r = load("accounts.csv", text)
    assert r.ok, r.error
    assert (r.table_below_rows, r.rows_in_file) == (0, 6)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Globex", "Initech", "Hooli", "Umbrella"]
    assert not any("below a blank line" in w for w in r.warnings)


@pytest.mark.parametrize(
    ("below", "rows", "blank_lines"),
    [
        ("\n\nResumo;;;;\nClientes ativos;3;;;\n", 2, 2),
        ("\nNotes\n\nAsk Dana about Globex\n", 2, 2),  # one-cell notes under a 5-column table
        (";;;;\nCSM;Accounts;;;\nDana Lee;2;;;\nSam Ortiz;1;;;\n;;;;\n", 3, 2),
    ],
)
def test_rows_left_out_as_a_second_table_are_counted_and_said(load, below, rows, blank_lines):
    r = load("accounts.csv", textwrap.dedent(ACCOUNTS_ABOVE).lstrip("\n") + below)
    assert r.table_below_rows == rows
    assert (r.rows_loaded, r.rows_skipped, r.rows_in_file) == (3, rows + blank_lines, 3 + rows + blank_lines)
    assert any(f"Left out {rows} row(s) below a blank line" in w for w in r.warnings)


@pytest.mark.parametrize(
    "header", ["Início do contrato", "Inicio del contrato", "Inizio contratto", "Début du contrat"]
)
def test_a_contracts_start_in_other_languages_is_the_subscription_date(load, header):
    text = (
        f"Account,CSM,ARR,{header}\nAcme Corp,Dana Lee,12000,2023-03-13\nGlobex,Sam Ortiz,8000,2024-02-24\n"
    )
    r = load("accounts.csv", text)
    assert (r.table, r.mapping.get(header)) == ("accounts", "subscribed_on"), r.error


# ------------------------------------------------------------------- two-level headers (rule 1)
@pytest.mark.parametrize(
    ("group_row", "header", "qualified"),
    [
        (
            ["Q1", "", "Q2", ""],
            ["ARR", "Users", "ARR", "Users"],
            ["Q1 ARR", "Q1 Users", "Q2 ARR", "Q2 Users"],
        ),
        (
            ["Client", "Renewal", ""],
            ["Account", "Date", "Amount"],
            ["Client Account", "Renewal Date", "Renewal Amount"],
        ),
        (
            ["Kunde", "", "Termin", ""],
            ["Name", "Stufe", "Datum", "Art"],
            ["Kunde Name", "Kunde Stufe", "Termin Datum", "Termin Art"],
        ),
        (
            ["Customer", "", "Customer", ""],
            ["Customer name", "Tier", "Customer id", "Plan"],
            ["Customer name", "Customer Tier", "Customer id", "Customer Plan"],
        ),
    ],
)
def test_a_group_heading_row_qualifies_the_columns_under_it(group_row, header, qualified):
    from cs_dash.importing.sniff import group_headings

    assert group_headings(group_row, header) == qualified


@pytest.mark.parametrize(
    ("row", "header"),
    [
        (["Touch log 2025", "", "", ""], ["Date", "Account", "CSM", "Minutes"]),  # a title in the first cell
        (["Acme", "Dana Lee", "30", ""], ["Account", "CSM", "Minutes", "Notes"]),  # a record, not groups
        (["Date", "Account", "CSM", "Minutes"], ["Date", "Account", "CSM", "Minutes"]),  # every cell named
        (["", "2025-01-01", "", ""], ["Account", "Date", "CSM", "Minutes"]),  # a value is no group name
        (["Customer", "Touch", "Owner", ""], ["Name", "Date", "CSM", ""]),  # no name spans a column
        (
            ["Sum of users", "Column labels"],
            ["Row labels", "Mar 2025", "Apr 2025", "Total"],
        ),  # a pivot's labels
    ],
)
def test_rows_above_the_header_that_are_no_group_headings(row, header):
    from cs_dash.importing.sniff import group_headings

    assert group_headings(row, header) is None


TWO_LEVEL_TOUCHES = """
    {customer},,{touch},,,{owner},
    Name,Tier,Date,Proactive?,Minutes,CSM,Notes
    Acme Corp,SMB,9/20/2024,TRUE,30,Dana Lee,
    Globex,Enterprise,10/1/2024,FALSE,45,Sam Ortiz,Renewal call
"""


@pytest.mark.parametrize(
    ("customer", "touch", "owner"),
    [("Customer", "Touch", "Owner"), ("Account", "Activity", "Team"), ("Kunde", "Kontakt", "Betreuung")],
)
def test_a_two_level_header_loads_with_each_group_word_joined_to_its_columns(load, customer, touch, owner):
    r = load("touches.csv", TWO_LEVEL_TOUCHES.format(customer=customer, touch=touch, owner=owner))
    assert r.table == "engagements", r.error
    assert r.mapping.get(f"{customer} Name") == "account"
    assert load.rows(r, "account", "csm", "date", "tag") == [
        ("Acme Corp", "Dana Lee", D(2024, 9, 20), "proactive"),
        ("Globex", "Sam Ortiz", D(2024, 10, 1), "reactive"),
    ]
    assert any("headings over groups of columns" in w for w in r.warnings)


PERIOD_SECTIONS_IN_THE_DATE_COLUMN = """
    Datum;Kunde;CSM;Anlass;Dauer
    {first};;;;
    06.01.25;Acme Corp;Dana Lee;proaktiv;30
    07.01.25;Globex;Sam Ortiz;reaktiv;45
    {second};;;;
    13.01.25;Initech;Dana Lee;proaktiv;60
"""


@pytest.mark.parametrize(("first", "second"), [("KW 2/2025", "KW 3/2025"), ("Januar 2025", "Februar 2025")])
def test_period_rows_in_the_records_own_date_column_are_left_out(load, first, second):
    r = load("wochenbericht.csv", PERIOD_SECTIONS_IN_THE_DATE_COLUMN.format(first=first, second=second))
    assert r.table == "engagements", r.error
    assert r.mapping.get("Datum") == "date" and "Date" not in r.mapping
    assert [d for (d,) in load.rows(r, "date")] == [D(2025, 1, 6), D(2025, 1, 7), D(2025, 1, 13)]
    assert "own date in Datum" in r.transformations[0].text


# ---------------------------------------------------------------------- tick boxes, TRUE/FALSE (rule 6)
@pytest.mark.parametrize(
    ("value", "answer"),
    [
        ("☑", True), ("✓", True), ("[x]", True), ("[X]", True), (" TRUE ", True), ("WAAR", True),
        ("VRAI", True), ("WAHR", True), ("Verdadero", True), ("☐", False), ("✗", False), ("[ ]", False),
        ("FALSE", False), ("ONWAAR", False), ("FAUX", False), ("FALSCH", False), ("falso", False),
        ("maybe", None), ("", None),
    ],
)  # fmt: skip
def test_a_tick_box_or_a_sheets_true_and_false_is_a_yes_or_a_no(value, answer):
    from cs_dash.importing.parse import yes_or_no

    assert yes_or_no(value) is answer


CHECKLIST = """
    Customer,Task,Owner,Due,{done}
    Acme Corp,Kickoff call,Dana Lee,2025-02-10,{yes}
    Acme Corp,Data import,Dana Lee,2025-02-24,{no}
    Globex,Go-live,Sam Ortiz,2025-03-03,{yes}
"""


@pytest.mark.parametrize(
    ("done", "yes", "no"),
    [
        ("Feito", "☑", "☐"),
        ("Done", "[x]", "[ ]"),
        ("Fatto", "✓", "✗"),
        ("Klaar", "WAAR", "ONWAAR"),
        ("Fait", "VRAI", "FAUX"),
    ],
)
def test_a_checklists_done_boxes_are_its_items_status(load, done, yes, no):
    r = load("onboarding_checklist.csv", CHECKLIST.format(done=done, yes=yes, no=no))
    assert r.table == "plans", r.error
    assert r.mapping.get(done) == "status"
    assert load.rows(r, "kind", "status") == [("step", "done"), ("step", "open"), ("step", "done")]


TOUCHES_WITH_A_YES_NO_TAG = """
    Date;Account;CSM;Proactive?
    03/04/2025;Acme Corp;Dana Lee;{yes}
    03/11/2025;Globex;Sam Ortiz;{no}
"""


@pytest.mark.parametrize(
    ("yes", "no"), [("WAAR", "ONWAAR"), ("VRAI", "FAUX"), ("WAHR", "FALSCH"), ("☑", "☐")]
)
def test_a_proactive_column_answered_in_a_sheets_language_is_the_tag(load, yes, no):
    r = load("touches.csv", TOUCHES_WITH_A_YES_NO_TAG.format(yes=yes, no=no))
    assert r.table == "engagements", r.error
    assert [t for (t,) in load.rows(r, "tag")] == ["proactive", "reactive"]


# ------------------------------------------------------------------ subtotal rows inside the table
SUBTOTALS_BETWEEN_GROUPS = """
    {customer},CSM,ARR,{renewal}
    Acme GmbH,Anna Berg,12000,2026-01-10
    Beta AG,Anna Berg,8000,2026-02-10
    {label},,20000,
    Gamma SE,Jan Roth,5000,2026-03-10
    Delta KG,Jan Roth,7000,2026-04-10
    {label},,12000,
"""


@pytest.mark.parametrize(
    ("customer", "renewal", "label"),
    [("Kunde", "Verlängerung", "Zwischensumme"), ("Customer", "Renewal", "Subtotal"),
     ("Client", "Renouvellement", "Sous-total"), ("Klant", "Verlenging", "Subtotaal"),
     ("Cliente", "Rinnovo", "Totale parziale"), ("Customer", "Renewal", "SUBTOTAL:"),
     ("Customer", "Renewal", "Sub-total"), ("Kunde", "Fornyelse", "Mellemtotal"), ("Kunde", "Fornyelse", "Delsum"),
     ("Asiakas", "Uusiminen", "Välisumma"), ("Klient", "Odnowienie", "Suma częściowa"),
     ("Zákazník", "Obnovení", "Mezisoučet"), ("Müşteri", "Yenileme", "Ara toplam"),
     ("Ügyfél", "Megújítás", "Részösszeg")],
)  # fmt: skip
def test_subtotal_rows_between_groups_are_left_out_counted_and_said(load, customer, renewal, label):
    # Four customers (ARR 12000 + 8000 + 5000 + 7000 = 32000); the two subtotal rows are no accounts.
    r = load("arr.csv", SUBTOTALS_BETWEEN_GROUPS.format(customer=customer, renewal=renewal, label=label))
    assert r.table == "accounts", r.error
    assert [a for (a,) in load.rows(r, "account")] == ["Acme GmbH", "Beta AG", "Gamma SE", "Delta KG"]
    assert sum(arr for (arr,) in load.rows(r, "arr")) == 32000
    # The last one may close the table as a report footer does; either way it is counted and said.
    assert (r.rows_loaded, r.rows_skipped + r.footer_lines) == (4, 2)
    assert any(t.key == "subtotals" for t in r.transformations)


GROUP_NAME_WITH_ITS_SUMS = """
    Account,CSM,ARR,Seats
    EMEA,,,
    Acme GmbH,Anna Berg,12000,10
    Beta AG,Anna Berg,8000,5
    EMEA,,20000,15
    Americas,,,
    Gamma Inc,Jan Roth,5000,3
    americas,,5000,3
"""


def test_a_group_name_again_with_only_its_sums_is_a_subtotal(load):
    # EMEA sums 20000 and 15 over its two rows, Americas 5000 and 3 (written in lower case).
    r = load("accounts.csv", GROUP_NAME_WITH_ITS_SUMS)
    assert r.table == "accounts", r.error
    assert [a for (a,) in load.rows(r, "account")] == ["Acme GmbH", "Beta AG", "Gamma Inc"]
    assert (r.rows_loaded, r.rows_skipped) == (3, 4)  # two headings, two subtotals


def test_a_row_named_like_a_total_with_text_in_it_is_a_record(load):
    # "Total Wine & More" has a CSM and a date: a customer, not a sum; nothing is left out.
    text = """
        Customer,CSM,ARR,Renewal
        Acme GmbH,Anna Berg,12000,2026-01-10
        Total Wine & More,Anna Berg,8000,2026-02-10
        Beta AG,Jan Roth,5000,2026-03-10
    """
    r = load("arr.csv", text)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme GmbH", "Total Wine & More", "Beta AG"]
    assert not any(t.key == "subtotals" for t in r.transformations)


def test_a_group_name_again_whose_numbers_are_not_its_sums_is_a_record(load):
    # Under the heading "Acme", a row "Acme" with 3 seats is not the sum of 10 + 5: it stays.
    text = """
        Account,Item,Seats,Note
        Acme,,,
        Acme,Renewal,10,
        Acme,Upsell,5,
        Acme,,3,
    """
    r = load("seats.csv", text)
    assert not any(t.key == "subtotals" for t in r.transformations)


@pytest.mark.parametrize(("text", "value"), [("12,000.50", 12000.5), ("12.000,50", 12000.5), ("€ 1 200", 1200.0),
                                             ("(300)", -300.0), ("1.234.567", 1234567.0), ("0,5", 0.5)])  # fmt: skip
def test_a_subtotals_numbers_are_read_as_a_sheet_writes_them(text, value):
    assert sections.sheet_number(text) == value
