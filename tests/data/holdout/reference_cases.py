"""Expected results for the third-party files in ``../shared/reference-data``, stated by rule.

Those files are not in the repository (their licence is unclear), so their expectations cannot be
written into ``expected.json``. Each case here reads its file with the standard ``csv`` module and
turns it into canonical rows by the reading a careful person would make (the column that names
the account, ``True`` in a churn flag means churned, an empty close means open), then measures them
with ``tests.export_judge.measures`` — never through the importer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from tests.export_judge import Case, measures

REFERENCE = (Path(__file__).resolve().parents[3] / ".." / "shared" / "reference-data").resolve()
RAVENSTACK = "ravenstack"


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _moment(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def ravenstack_cases(root: Path = REFERENCE) -> list[Case]:
    """RavenStack (by River @ Rivalytics): accounts, and tickets that name accounts by id."""
    folder = root / RAVENSTACK
    if not (folder / "ravenstack_accounts.csv").is_file():
        return []
    accounts = _rows(folder / "ravenstack_accounts.csv")
    account_rows = [
        dict(
            account=r["account_name"],
            seats_purchased=int(r["seats"]),
            subscribed_on=dt.date.fromisoformat(r["signup_date"]),
            status="churned" if r["churn_flag"] == "True" else "active",
        )
        for r in accounts
    ]
    fields = ["account", "seats_purchased", "subscribed_on", "status"]
    cases = [
        Case(
            "ravenstack_accounts.csv",
            "RavenStack (third-party synthetic data)",
            "accounts",
            fields,
            measures("accounts", account_rows, fields),
            concepts=["Python True/False", "churn flag = churned"],
        )
    ]
    known = {r["account_id"] for r in accounts}
    tickets = _rows(folder / "ravenstack_support_tickets.csv")
    ticket_rows = [
        dict(
            ticket_id=r["ticket_id"],
            account=r["account_id"],
            opened_at=_moment(r["submitted_at"]),
            closed_at=_moment(r["closed_at"]),
            priority=r["priority"],
            escalated=r["escalation_flag"] == "True",
        )
        for r in tickets
    ]
    fields = ["ticket_id", "account", "opened_at", "closed_at", "priority", "escalated"]
    cases.append(
        Case(
            "ravenstack_support_tickets.csv",
            "RavenStack (third-party synthetic data)",
            "tickets",
            fields,
            measures("tickets", ticket_rows, fields, accounts_by_id=True),
            concepts=["account by id", "date-only open times"],
            context=["ravenstack_accounts.csv"],
            accounts_by_id=True,
            matched=len({r["account_id"] for r in tickets} & known),
        )
    )
    return cases
