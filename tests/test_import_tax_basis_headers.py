"""An amount's tax basis after its name ("Abonnement annuel HT", "ARR excl. VAT") qualifies it.

European CRMs and invoicing tools say whether an amount includes sales tax after its name; the
name before it is what the column is. A record's creation date in other languages is as weak a
word for when the customer subscribed as "Created date" is in English.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.headers import normalize_header


@pytest.mark.parametrize(
    ("header", "words", "qualifier"),
    [
        ("Abonnement annuel HT", "abonnement annuel", "ht"),
        ("Montant TTC", "montant", "ttc"),
        ("ARR excl. VAT", "arr", "excl vat"),
        ("ARR (excl. VAT)", "arr", "excl vat"),
        ("Umsatz netto", "umsatz", "netto"),
        ("Jahresumsatz zzgl. MwSt.", "jahresumsatz", "zzgl mw st"),
        ("Importe sin IVA", "importe", "sin iva"),
        ("Net ARR", "net arr", ""),  # before the name, "net" is part of it
        ("HT", "ht", ""),  # a header that is only the basis keeps it
    ],
)
def test_a_tax_basis_after_an_amounts_name_is_a_qualifier(header, words, qualifier):
    found = normalize_header(header)
    assert (found.words, found.qualifier) == (words, qualifier)


@pytest.mark.parametrize(
    ("amount", "created"),
    [
        ("Abonnement annuel HT", "Date de création"),
        ("ARR excl. VAT", "Fecha de creación"),
        ("Jahresumsatz netto", "Erstellt am"),
    ],
)
def test_a_companies_list_with_an_id_and_a_creation_date_loads_as_accounts(load, amount, created):
    text = (
        f"Identifiant;Nom de l'entreprise;Gestionnaire du compte;{amount};{created};Date de renouvellement\n"
        "4400;Atelier Dubois SARL;Giulia Conti;10 800,00;13/03/2023;24/03/2026\n"
        "4401;Kaiser Logistik AG;Matthias Krüger;26 400,00;02/05/2022;15/05/2026\n"
        "4402;Sakura Foods K.K.;Giulia Conti;12 000,00;20/01/2024;19/01/2026\n"
    )
    r = load("entreprises.csv", data=text.encode())
    assert r.table == "accounts", r.error
    assert r.mapping[amount] == "arr"
    assert load.rows(r, "account", "arr") == [
        ("Atelier Dubois SARL", 10800.0), ("Kaiser Logistik AG", 26400.0), ("Sakura Foods K.K.", 12000.0),
    ]  # fmt: skip
