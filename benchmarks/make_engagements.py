"""Writes engagements exports of 10k, 100k and 1M rows into benchmarks/generated/ for timing imports.

The files look like a CRM activity report: US dates, dollar amounts with thousands separators,
quoted notes with commas, a few durations written as 1:30 — so the benchmark exercises the same
parsing a real export needs. Seeded, so every run writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

GENERATED = Path(__file__).resolve().parent / "generated"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
HEADER = [
    "Activity Date",
    "Account Name",
    "Assigned",
    "Proactive/Reactive",
    "Type",
    "Duration (min)",
    "Subject",
    "Account ARR",
]
TYPES = ["Call", "Email", "Meeting", "QBR", "Site visit"]
SUBJECTS = ["Check-in, weekly", "Outage follow-up", "Renewal prep", "Training: admins", 'Escalation "P1"']


def write(path: Path, rows: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    accounts = [f"Account {i:04d}" for i in range(3000)]
    arr = {a: rng.randint(5, 500) * 1000 for a in accounts}
    csms = [f"CSM {i:02d}" for i in range(40)]
    start = dt.date(2024, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for _ in range(rows):
            day = start + dt.timedelta(days=rng.randrange(540))
            account = rng.choice(accounts)
            minutes = rng.choice([15, 30, 45, 60, 90])
            duration = f"{minutes // 60}:{minutes % 60:02d}" if rng.random() < 0.1 else str(minutes)
            out.writerow(
                [
                    day.strftime("%m/%d/%Y"),
                    account,
                    rng.choice(csms),
                    "Proactive" if rng.random() < 0.6 else "Reactive",
                    rng.choice(TYPES),
                    duration,
                    rng.choice(SUBJECTS),
                    f"${arr[account]:,.2f}",
                ]
            )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", help="10k, 100k and/or 1m (default: all)")
    args = parser.parse_args()
    for size in args.sizes or list(SIZES):
        path = write(GENERATED / f"engagements_{size}.csv", SIZES[size])
        print(f"{path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
