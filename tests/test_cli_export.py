"""``python -m cs_dash export``: the deck, the summary and scorecards written for the filter flags.

Charts are drawn by a stand-in renderer here; test_files_rendered.py draws real ones.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
from pptx import Presentation

from cs_dash.cli import main
from tests.images import fake_png

FILES = {
    "accounts.csv": (
        "account,arr,csm,renewal_date,seats_purchased,seats_active\n"
        "Acme,100000,Dana,2025-07-30,50,40\n"
        "Globex,5000,Lee,2026-01-01,10,2\n"
        "Initech,20000,Lee,2025-09-01,20,5\n"
    ),
    "team.csv": "csm,hourly_rate\nDana,137\nLee,59\n",
    "engagements.csv": (
        "date,account,csm,tag,type,duration_min,fire_id,notes\n"
        "2025-06-01,Acme,Dana,proactive,QBR,90,,renewal talk with Globex reference\n"
        "2025-06-02,Acme,Dana,reactive,call,60,F-1,outage escalated by Initech too\n"
        "2025-06-04,Globex,Lee,reactive,call,120,F-2,angry about Acme pricing\n"
        "2025-06-05,Initech,Lee,proactive,call,30,,\n"
    ),
    "surveys.csv": "account,date,score\nAcme,2025-05-01,9\nAcme,2025-06-01,10\nGlobex,2025-06-01,2\n",
    "plans.csv": (
        "account,item,kind,dimension,status,due_date\n"
        "Acme,Roll out to every site,goal,People,open,2025-09-30\n"
        "Globex,Fix the data feed,blocker,Quality,at risk,2025-07-15\n"
    ),
}


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setattr("cs_dash.report.chart_png", fake_png)
    monkeypatch.setattr("cs_dash.deck.slide_image", fake_png)
    paths = []
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_deck_is_written_for_the_filters(files, tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["export", "deck", *files, "--out", str(out), "--csm", "Dana", "--as-of", "2025-06-30"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out} (")
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == 4
    assert slides[0].shapes[1].text_frame.text == "CSM: Dana · as of 30 Jun 2025"


def test_a_fire_adds_its_post_mortem_to_the_deck(files, tmp_path):
    out = tmp_path / "deck.pptx"
    assert main(["export", "deck", *files, "--out", str(out), "--fire", "F-2", "--as-of", "2025-06-30"]) == 0
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == 6  # title, tiles, the Overview's two charts, then the fire's two
    assert [s.shapes.title.text for s in slides[4:]] == [
        "Fire post-mortem: F-2 · Globex",
        "Prevention vs cure: F-2 · Globex",
    ]
    notes = slides[5].notes_slide.notes_text_frame.text
    assert notes.startswith("Cure = the cost of the fire's reactive work")


def test_summary_as_html_and_pdf(files, tmp_path):
    html_out, pdf_out = tmp_path / "s.html", tmp_path / "s.pdf"
    assert main(["export", "summary", *files, "--out", str(html_out), "--format", "html"]) == 0
    doc = html_out.read_text(encoding="utf-8")
    # Without --as-of the files' latest date is the as-of date.
    assert "All accounts and CSMs · as of 05 Jun 2025" in doc
    assert main(["export", "summary", *files, "--out", str(pdf_out)]) == 0
    assert pdf_out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scorecard"], "A scorecard is for one customer: give --account NAME, or --all"),
        (["scorecard", "--account", "Umbrella"], "No account named 'Umbrella' among the 3 accounts"),
        (["summary", "--format", "pptx"], "A summary is written as pdf or html, not pptx."),
        (["deck", "--format", "pdf"], "A deck is written as pptx, not pdf."),
        (["deck", "--fire", "F-9"], "No reactive work carries the fire id 'F-9'"),
        (["summary", "--fire", "F-1"], "--fire adds a fire's post-mortem to a deck"),
    ],
)
def test_a_request_that_cannot_be_met_is_one_sentence_and_exit_2(files, tmp_path, capsys, args, message):
    kind, *rest = args
    out = tmp_path / "x"
    assert main(["export", kind, *files, "--out", str(out), *rest]) == 2
    assert capsys.readouterr().err.startswith(message)
    assert not out.exists()


def test_account_names_match_as_the_importer_matches_them(files, tmp_path):
    out = tmp_path / "acme.html"
    assert (
        main(["export", "scorecard", *files, "--out", str(out), "--account", "  ACME ", "--format", "html"])
        == 0
    )
    assert "<h1>Acme</h1>" in out.read_text(encoding="utf-8")


def _scorecards(files, tmp_path, *flags) -> dict[str, bytes]:
    out = tmp_path / "cards.zip"
    assert main(["export", "scorecard", *files, "--out", str(out), "--all", *flags]) == 0
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_all_writes_one_scorecard_per_account_that_passes_the_filters(files, tmp_path):
    cards = _scorecards(files, tmp_path, "--format", "html")
    assert sorted(cards) == ["scorecard_acme.html", "scorecard_globex.html", "scorecard_initech.html"]
    assert b"<h1>Globex</h1>" in cards["scorecard_globex.html"]


INTERNAL = (
    "cost",
    "Cost",
    "rate",
    "$137",
    "137",
    "$59",
    "reactive",
    "Reactive",
    "firefight",
    "fire",
    "F-1",
    "Health",
    "health",
    "Lessons from the last fire",
    "Book a proactive touch",
    "Keep the cadence",
    "100,000",
    "100000",
    "ARR",
    "Dana",  # the customer sees "we", not the internal owner field
    "notes",
    "outage",
    "pricing",
)


def test_a_scorecard_never_carries_internal_fields_or_other_customers(files, tmp_path):
    cards = _scorecards(files, tmp_path, "--format", "html")
    others = {"Acme", "Globex", "Initech"}
    for name, data in cards.items():
        doc = data.decode("utf-8")
        own = name.removeprefix("scorecard_").removesuffix(".html").capitalize()
        for word in INTERNAL + tuple(others - {own}):
            assert word not in doc, f"{word!r} leaks into {name}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_the_pdf_scorecard_carries_no_internal_field_either(files, tmp_path):
    out = tmp_path / "acme.pdf"
    assert main(["export", "scorecard", *files, "--out", str(out), "--account", "Acme"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Acme" in text and "80%" in text  # 40 of 50 seats
    for word in INTERNAL + ("Globex", "Initech"):
        assert word not in text, word


def test_the_zip_is_readable_as_bytes(files, tmp_path):
    cards = _scorecards(files, tmp_path)
    assert all(data.startswith(b"%PDF-") for data in cards.values())
    assert zipfile.is_zipfile(io.BytesIO((tmp_path / "cards.zip").read_bytes()))
