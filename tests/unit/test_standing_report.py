"""Stand van zaken: the follow-up report as PDF and CSV, its public variant, and the CLI command."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from casetafel.cli import main
from casetafel.report.standing import NO_THEME, build_standing_pdf, by_theme, write_standing_csv
from casetafel.services.followup import KIND_ACTION


@pytest.fixture
def followed(services, planned_meeting):
    meeting_id = planned_meeting.id
    first_case = planned_meeting.agenda[0].case_id
    services.cases.update_case(first_case, themes=["rol_raad"])
    question = services.records.record_question(
        meeting_id, first_case, "Hoe vaak stapelen schulden zich op?", theme="ontschotten", owner="Ingrid Hoekstra",
        due_date=date(2020, 1, 1),
    )  # fmt: skip
    action = services.records.record_action(meeting_id, first_case, "Cijfers opvragen", owner="Pieter Bos")
    services.records.record_action(meeting_id, None, "Terugkoppelen <b>volgende</b> keer", owner="Griffie")
    services.followup.update_item(
        KIND_ACTION, action.id, status="afgerond", answer="Geleverd op 20 november.", answered_on=date(2026, 11, 20),
        answer_reference="RIB 2026-118",
    )  # fmt: skip
    return question


def test_items_are_grouped_per_theme_overdue_first(services, followed) -> None:
    data = services.followup.standing_data()
    groups = dict(by_theme(data.items))
    assert set(groups) == {"Ontschot budget of verordening", "Rol van de raad", NO_THEME}
    assert groups["Rol van de raad"][0].answer == "Geleverd op 20 november."  # an action: its case's theme
    assert data.items[0].overdue and data.items[0].owner == "Ingrid Hoekstra"
    assert [
        item.label for item in services.followup.standing_data(only_open=True).items if not item.still_open
    ] == []
    assert services.followup.standing_data(since=date(2100, 1, 1)).items == ()


def test_pdf_and_csv_of_the_public_variant_carry_no_names(services, followed, tmp_path: Path) -> None:
    public = services.followup.standing_data(public=True)
    pdf = tmp_path / "p.pdf"
    assert build_standing_pdf(public, pdf) >= 2
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Stand van zaken" in text and "OPENBAAR" in text and "RIB 2026-118" in text
    assert "Hoekstra" not in text and "Pieter Bos" not in text and "Schulden na een scheiding" not in text
    assert "<b>volgende</b>" in text  # user text is never markup
    rows = write_standing_csv(public, tmp_path / "p.csv")
    content = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert rows == 3 and "Hoekstra" not in content and "RIB 2026-118" in content
    confidential = services.followup.standing_data()
    build_standing_pdf(confidential, tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Hoekstra" in text and "VERTROUWELIJK" in text and "te laat" in text


@pytest.mark.sqlite_only
def test_cli_followup(services, followed, tmp_path: Path, capsys) -> None:
    db = str(services.path)
    assert main(["followup", "--db", db, "-o", str(tmp_path / "s.pdf"), "--public", "--open"]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert "openbaar, 2 vragen en afspraken" in capsys.readouterr().out
    assert main(["followup", "--db", db, "-o", str(tmp_path / "s.csv"), "--since", "2000-01-01"]) == 0
    assert main(["followup", "--db", db, "-o", str(tmp_path / "s.txt")]) == 2
    assert main(["followup", "--db", db, "-o", str(tmp_path / "s.csv"), "--since", "gisteren"]) == 2
    errors = capsys.readouterr().err
    assert ".pdf of .csv" in errors and "JJJJ-MM-DD" in errors
    assert main(["followup", "--db", db, "-o", str(tmp_path / "nergens" / "s.csv")]) == 2


def test_identifiers_are_masked_and_bodies_stay_accountable(services, followed) -> None:
    question = services.followup.get_item("vraag", followed.id)
    services.followup.update_item(
        "vraag", question.id, answer="Mevrouw Jansen belde op 06-12345678.", owner="Commissie Sociaal Domein",
        owner_kind="orgaan",
    )  # fmt: skip
    confidential = {item.label: item for item in services.followup.standing_data().items}[question.label]
    assert "06-12345678" not in confidential.answer and "[TELEFOON]" in confidential.answer
    assert "Jansen" in confidential.answer  # softer kinds stay in the confidential variant
    public_items = services.followup.standing_data(public=True).items
    public = {item.label: item for item in public_items}[question.label]
    assert "Jansen" not in public.answer and "06-12345678" not in public.answer
    assert public.owner == "Commissie Sociaal Domein"  # a body stays: the council sees who is accountable
    assert all(item.owner in ("", "Commissie Sociaal Domein") for item in public_items)  # persons go
