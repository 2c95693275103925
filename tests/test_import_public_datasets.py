"""The header shapes of public churn data sets an analyst downloads first load as a list of accounts.

Telco and bank churn files are one row per customer id, a yes/no churn column and many columns
describing the customer; a person reads them as accounts with their churn status (and, where a
monthly charge is given, its ARR). The values here are made up; only the header shapes are those
of the public files, and the variations (other systems' words, another language, 1/0 flags,
another column order) check the rule rather than one file.
"""

from __future__ import annotations

TELCO_HEADER = (
    "customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,MultipleLines,"
    "InternetService,OnlineSecurity,OnlineBackup,DeviceProtection,TechSupport,StreamingTV,"
    "StreamingMovies,Contract,PaperlessBilling,PaymentMethod,MonthlyCharges,TotalCharges,Churn"
)
TELCO_ROWS = [
    "1234-ABCDE,Female,0,Yes,No,3,No,No phone service,DSL,No,Yes,No,No,No,No,Month-to-month,Yes,Electronic check,30.50,91.50,No",
    "2345-BCDEF,Male,1,No,No,24,Yes,Yes,Fiber optic,No,No,Yes,No,Yes,Yes,One year,No,Mailed check,80.00,1920.00,Yes",
    "3456-CDEFG,Male,0,No,Yes,0,Yes,No,No,No internet service,No internet service,No internet service,"
    "No internet service,No internet service,No internet service,Two year,No,Credit card (automatic),20.25, ,No",
    "4567-DEFGH,Female,0,Yes,Yes,12,Yes,No,DSL,Yes,No,No,Yes,No,No,Month-to-month,Yes,Bank transfer (automatic),55.00,660.00,Yes",
]

BANK_HEADER = (
    "RowNumber,CustomerId,Surname,CreditScore,Geography,Gender,Age,Tenure,Balance,NumOfProducts,"
    "HasCrCard,IsActiveMember,EstimatedSalary,Exited"
)
BANK_ROWS = [
    "1,15500001,Ngata,610,France,Female,41,2,0,1,1,1,101348.88,1",
    "2,15500002,Holm,590,Spain,Female,39,1,83807.86,1,0,1,112542.58,0",
    "3,15500003,Brandt,502,Germany,Male,42,8,159660.8,3,1,0,113931.57,1",
    "4,15500004,Okafor,699,France,Male,39,1,0,2,0,0,93826.63,0",
]


def _csv(header: str, rows: list[str]) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def test_telco_churn_is_an_accounts_list_with_monthly_charges_as_arr(load):
    r = load("WA_Fn-UseC_-Telco-Customer-Churn.csv", data=_csv(TELCO_HEADER, TELCO_ROWS))
    assert r.table == "accounts", r.error
    assert r.mapping["customerID"] == "account" and r.mapping["MonthlyCharges"] == "arr"
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 4, 0)
    # 30.50 a month is 366 a year; "Yes" under Churn is a churned account.
    assert load.rows(r, "account", "arr", "status") == [
        ("1234-ABCDE", 366.0, "active"),
        ("2345-BCDEF", 960.0, "churned"),
        ("3456-CDEFG", 243.0, "active"),
        ("4567-DEFGH", 660.0, "churned"),
    ]


def test_telco_churn_with_one_zero_flags_and_another_order_is_still_accounts(load):
    header = (
        "Churn,MonthlyCharges,Contract,gender,Partner,Dependents,PhoneService,InternetService,customer_id"
    )
    rows = [
        "0,30.50,Month-to-month,Female,Yes,No,No,DSL,C-1",
        "1,80.00,One year,Male,No,No,Yes,Fiber optic,C-2",
        "0,20.25,Two year,Male,No,Yes,Yes,No,C-3",
    ]
    r = load("churn.csv", data=_csv(header, rows))
    assert r.table == "accounts", r.error
    assert load.rows(r, "account", "arr", "status") == [
        ("C-1", 366.0, "active"),
        ("C-2", 960.0, "churned"),
        ("C-3", 243.0, "active"),
    ]


def test_bank_churn_exited_is_the_churn_status_and_a_salary_is_no_arr(load):
    r = load("Churn_Modelling.csv", data=_csv(BANK_HEADER, BANK_ROWS))
    assert r.table == "accounts", r.error
    assert r.mapping["CustomerId"] == "account" and r.mapping["Exited"] == "status"
    assert "EstimatedSalary" not in r.mapping and "Balance" not in r.mapping
    assert load.rows(r, "account", "status") == [
        ("15500001", "churned"),
        ("15500002", "active"),
        ("15500003", "churned"),
        ("15500004", "active"),
    ]


def test_a_german_customer_list_with_a_cancelled_flag_is_accounts(load):
    header = "Kundennummer,Geschlecht,Alter,Tarif,Vertragslaufzeit,Zahlungsart,Region,Gekündigt"
    rows = [
        "K-1001,weiblich,34,Basis,12,Lastschrift,Nord,nein",
        "K-1002,männlich,51,Premium,24,Rechnung,Süd,ja",
        "K-1003,weiblich,28,Basis,1,Kreditkarte,West,nein",
    ]
    r = load("kunden.csv", data=_csv(header, rows))
    assert r.table == "accounts", r.error
    assert load.rows(r, "account", "status") == [
        ("K-1001", "active"),
        ("K-1002", "churned"),
        ("K-1003", "active"),
    ]


def test_customer_ids_repeated_row_by_row_are_no_customer_list(load):
    # The same customer on several rows with a churn flag is a history, not a list of accounts:
    # the rule for customer lists does not lift it (it may still load by its headers elsewhere).
    header = "customerID,gender,Partner,Dependents,PhoneService,InternetService,Contract,PaymentMethod,Churn"
    rows = [
        "C-1,Female,Yes,No,No,DSL,Month-to-month,Electronic check,No",
        "C-1,Female,Yes,No,No,DSL,Month-to-month,Electronic check,Yes",
        "C-2,Male,No,No,Yes,Fiber optic,One year,Mailed check,No",
        "C-2,Male,No,No,Yes,Fiber optic,One year,Mailed check,No",
    ]
    r = load("history.csv", data=_csv(header, rows))
    assert not r.ok
