"""Document control of a session's report and the owner kind of questions and actions: stored, validated,
migrated, and printed by the PDF as the griffie needs it (cover, CONCEPT on every page, metadata, the
summary for the council, the action list, bodies that stay and persons that go in the public variant)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casetafel.report.data import ParticipantData, ReportOptions, ReportVariant
from casetafel.report.evaluation import NO_EVALUATION, evaluation_sections
from casetafel.report.pdf import build_pdf
from casetafel.report.sample import PARTICIPANT_NAMES, sample_report
from casetafel.services.errors import ValidationError

PUBLIC = ReportOptions(variant=ReportVariant.PUBLIC)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pages_of(path: Path) -> list[str]:
    return poppler("pdftotext", "-enc", "UTF-8", str(path), "-").split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


# -- storage and services ------------------------------------------------------------------------
def test_document_control_is_stored_and_validated(services, planned_meeting) -> None:
    info = services.meetings.get_meeting(planned_meeting.id)
    assert (info.doc_status, info.doc_version, info.adopted_on) == ("concept", "", None)
    info = services.meetings.update_meeting(
        planned_meeting.id,
        doc_status="definitief",
        doc_version="1.0",
        adopted_on=date(2026, 12, 1),
        addressee="Commissie Sociaal Domein",
        griffie_contact="griffie@gemeente.nl",
        reference="Z-2026-0042",
    )
    assert (info.doc_status, info.doc_version, info.adopted_on) == ("definitief", "1.0", date(2026, 12, 1))
    data = services.reporting.report_data(planned_meeting.id)
    assert (data.addressee, data.griffie_contact, data.reference) == (
        "Commissie Sociaal Domein",
        "griffie@gemeente.nl",
        "Z-2026-0042",
    )
    with pytest.raises(ValidationError):
        services.meetings.update_meeting(planned_meeting.id, doc_status="klad")
    with pytest.raises(ValidationError):
        services.meetings.update_meeting(planned_meeting.id, adopted_on="gisteren")


def test_owner_kind_and_route_are_recorded_not_guessed(services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    action = services.records.record_action(
        planned_meeting.id,
        case_id,
        "Griffie agendeert het",
        owner="Griffie",
        owner_kind="orgaan",
        route="Raad",
    )
    assert (action.owner_kind, action.route) == ("orgaan", "Raad")
    unknown = services.records.record_action(planned_meeting.id, case_id, "Iemand doet iets", owner="Pieter")
    assert unknown.owner_kind == ""  # not recorded: the public report treats it as a person
    question = services.records.record_question(planned_meeting.id, case_id, "Wat kost het?", owner="College")
    question = services.records.update_question(question.id, owner_kind="orgaan", route="Commissie")
    assert (question.owner_kind, question.route) == ("orgaan", "Commissie")
    with pytest.raises(ValidationError):
        services.records.update_action(action.id, owner_kind="robot")
    data = services.reporting.report_data(planned_meeting.id)
    owners = {a.owner: a.owner_kind for a in data.cases[0].actions}
    assert owners == {"Griffie": "orgaan", "Pieter": ""}
    assert data.cases[0].questions[0].council_role_code == ""
    assert data.cases[0].questions[0].status_code == "open"


def test_upgrade_from_0003_adds_the_columns_and_keeps_search(tmp_path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copy(FIXTURES / "schema_0003.sqlite", path)
    from casetafel.services.container import Services

    services = Services.open(path)
    try:
        meeting = services.meetings.list_meetings()[0]
        assert services.meetings.get_meeting(meeting.id).doc_status == "concept"
        case_id = services.meetings.get_meeting(meeting.id).agenda[0].case_id
        services.records.record_question(meeting.id, case_id, "Zoekbare vraag over wachtlijsten")
        assert services.search.search("wachtlijsten")  # the search triggers survived the migration
    finally:
        services.close()
    connection = sqlite3.connect(path)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(actions)")}
    connection.close()
    assert {"owner_kind", "route"} <= columns


# -- the PDF ---------------------------------------------------------------------------------------
def test_concept_mark_on_every_page_and_not_on_a_final_report(tmp_path) -> None:
    concept = tmp_path / "concept.pdf"
    build_pdf(sample_report(), ReportOptions(), concept)
    pages = pages_of(concept)
    assert len(pages) > 3 and all("CONCEPT" in page for page in pages)
    final = tmp_path / "definitief.pdf"
    data = replace(sample_report(), doc_status="definitief", doc_version="1.0", adopted_on=date(2026, 12, 1))
    build_pdf(data, ReportOptions(), final)
    text = flat("\n".join(pages_of(final)))
    assert "CONCEPT" not in text
    assert "Definitief, versie 1.0, vastgesteld door de deelnemers op dinsdag 1 december 2026" in text


def test_cover_has_document_control_and_metadata_says_what_it_is(tmp_path) -> None:
    data = replace(
        sample_report(),
        addressee="Commissie Sociaal Domein",
        griffie_contact="Griffie, 0499-123456",
        reference="Z-42",
    )
    path = tmp_path / "verslag.pdf"
    build_pdf(data, PUBLIC, path)
    cover = flat(pages_of(path)[0])
    for expected in (
        "Status verslag",
        "Bestemd voor Commissie Sociaal Domein",
        "Contact griffie",
        "Kenmerk Z-42",
    ):
        assert expected in cover
    info = poppler("pdfinfo", str(path))
    assert "Author:          Gemeente Ĳsselstreek" in info or "Author:          Gemeente IJsselstreek" in info
    assert "openbare versie, concept" in info
    assert "Z-42" in info  # the keywords carry the reference


def test_logo_on_the_cover_and_a_bad_logo_is_ignored(tmp_path) -> None:
    png = tmp_path / "logo.png"
    png.write_bytes(tiny_png())
    with_logo, without = tmp_path / "met.pdf", tmp_path / "zonder.pdf"
    build_pdf(sample_report(), ReportOptions(logo_path=str(png)), with_logo)
    build_pdf(sample_report(), ReportOptions(logo_path=str(tmp_path / "weg.png")), without)
    assert b"/Subtype /Image" in with_logo.read_bytes()
    assert b"/Subtype /Image" not in without.read_bytes()


def test_summary_for_the_council_comes_right_after_the_cover(tmp_path) -> None:
    path = tmp_path / "verslag.pdf"
    build_pdf(sample_report(), ReportOptions(), path)
    summary = flat(pages_of(path)[1])
    assert summary.startswith("Casuïstiektafel") or "Samenvatting voor de raad" in summary[:200]
    for expected in (
        "Wat opviel",
        "Vragen voor de raad, per rol",
        "kaderstellend",
        "Wat de raad wordt gevraagd",
    ):
        assert expected in summary
    assert "Ter kennisname" in summary and "Voor oordeelsvorming" in summary


def test_public_variant_keeps_bodies_as_owners_and_drops_persons(tmp_path) -> None:
    path = tmp_path / "openbaar.pdf"
    build_pdf(sample_report(), PUBLIC, path)
    text = flat("\n".join(pages_of(path)))
    for body in ("Griffie", "College van B&W", "Wijkteam Noord"):
        assert body in text
    for name in PARTICIPANT_NAMES:
        assert flat(name) not in text
    assert "(persoon)" in text


def test_action_list_marks_items_without_owner_or_due_date(tmp_path) -> None:
    path = tmp_path / "verslag.pdf"
    build_pdf(sample_report(), ReportOptions(), path)
    pages = pages_of(path)
    followup = flat(
        next(page for page in pages if "Actie- en opvolglijst" in page and "Omschrijving" in page)
    )
    assert "nog geen datum" in followup
    for column in ("Gericht aan", "Instrument", "Eigenaar", "Uiterlijk", "Status en antwoord"):
        assert column in followup
    assert "Deadline" not in flat("\n".join(pages))


def test_a_role_held_by_one_person_is_not_a_source_in_public(tmp_path) -> None:
    data = sample_report()
    case = data.cases[0]
    observation = replace(
        case.observations[0], author_role="Ervaringsdeskundige", text="Uniek ervaren knelpunt."
    )
    data = replace(
        data,
        participants=(*data.participants, ParticipantData("Ervaringsdeskundige")),
        cases=(replace(case, observations=(observation, *case.observations[1:])), *data.cases[1:]),
    )
    public, confidential = tmp_path / "openbaar.pdf", tmp_path / "vertrouwelijk.pdf"
    build_pdf(data, PUBLIC, public)
    build_pdf(data, ReportOptions(), confidential)
    assert "Inbreng: Ervaringsdeskundige" in flat("\n".join(pages_of(confidential)))
    assert "Inbreng: Ervaringsdeskundige" not in flat("\n".join(pages_of(public)))


def test_planned_session_is_a_preparation(tmp_path) -> None:
    data = replace(sample_report(), status_code="gepland", status="Gepland")
    path = tmp_path / "voorbereiding.pdf"
    build_pdf(data, ReportOptions(), path)
    text = flat("\n".join(pages_of(path)))
    assert "Voorbereiding casuïstiektafel" in text
    assert "Agenda en casussen" in text
    for absent in ("Actie- en opvolglijst", "Evaluatie", "Synthese over de casussen"):
        assert absent not in text


def test_evaluation_is_structured_or_says_there_is_none(tmp_path) -> None:
    assert evaluation_sections(()) == []
    sections = evaluation_sections(["+ Goede opkomst", "Anders: korter inleiden", "> casus 3 terug", "los"])
    assert [title for title, _ in sections] == [
        "Wat werkte",
        "Wat kan anders",
        "Meenemen naar de volgende bijeenkomst",
        "Overige opmerkingen",
    ]
    assert sections[1][1] == ["korter inleiden"]
    path = tmp_path / "zonder.pdf"
    build_pdf(replace(sample_report(), evaluation=()), ReportOptions(), path)
    assert NO_EVALUATION in flat("\n".join(pages_of(path)))


def test_house_style_times_votes_and_hyphenation(tmp_path) -> None:
    from casetafel.report.styles import dutch_hyphenation
    from casetafel.report.text import count_label, dutch_datetime

    assert count_label(5, "stem", "stemmen") == "5\u00a0stemmen"
    assert dutch_datetime(sample_report().starts_at).endswith("19.30\u00a0uur")
    hyphenate = dutch_hyphenation()
    assert ("agenda", "commissie") in hyphenate("agendacommissie")


def tiny_png() -> bytes:
    """A valid 1 x 1 PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x1f\x4e\x79"))
        + chunk(b"IEND", b"")
    )


def test_synthesis_counts_each_observation_once_and_charts_only_what_adds() -> None:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepTogether

    from casetafel.report.story import StoryContext
    from casetafel.report.synthesis import NO_DOMAIN, domain_counts, synthesis_chapter

    data = sample_report()
    case = data.cases[0]
    undomained = replace(case.observations[0], id=999, domains=(), kind_code="schot")
    data = replace(
        data, cases=(replace(case, observations=(*case.observations, undomained)), *data.cases[1:])
    )
    counts = domain_counts(data)
    total = sum(len(c.observations) for c in data.cases)
    assert sum(c.observations for c in counts.values()) == total  # each observation once
    assert counts[NO_DOMAIN].observations == 1
    flowables = synthesis_chapter(StoryContext(data, ReportOptions()))

    def drawings(items) -> list:
        found = []
        for item in items:
            if isinstance(item, Drawing):
                found.append(item)
            elif isinstance(item, KeepTogether):
                found += drawings(item._content)
        return found

    charts = drawings(flowables)
    labels = [name for chart in charts for name in chart.contents[0].categoryAxis.categoryNames]
    assert NO_DOMAIN not in labels and "kaderstellend" not in labels  # three council roles: table only
    assert charts  # the domains (more than a handful) are charted


def test_hanging_indent_fits_long_numbers() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from casetafel.report.cases import hanging_styles
    from casetafel.report.story import StoryContext

    ctx = StoryContext(sample_report(), ReportOptions())
    assert hanging_styles(ctx, ["V1", "V9"])[0] is ctx.styles.question
    for label in ("V123", "BV-2026-014"):
        question, meta, answer = hanging_styles(ctx, ["V1", label])
        width = stringWidth(label, question.bulletFontName, question.fontSize)
        assert (
            question.leftIndent >= width + 6 and meta.leftIndent == answer.leftIndent == question.leftIndent
        )


def test_an_observation_and_its_meta_line_move_together() -> None:
    from casetafel.report import styles as st
    from casetafel.report.layout import Together
    from casetafel.report.paragraph import Paragraph

    styles = st.get_styles()
    pair = Together(
        [Paragraph("Een knelpunt.", styles.bullet), Paragraph("Inbreng: Raadslid", styles.bullet_meta)]
    )
    _, height = pair.wrap(st.FRAME_WIDTH, st.FRAME_HEIGHT)
    assert pair.split(st.FRAME_WIDTH, height + 1) == [pair]
    assert pair.split(st.FRAME_WIDTH, height - 1) == []  # not one line without the other: moves on whole
    long_text = " ".join(["Een heel lange observatie over de zorg."] * 200)
    tall = Together([Paragraph(long_text, styles.bullet), Paragraph("Inbreng: Raadslid", styles.bullet_meta)])
    tall.wrap(st.FRAME_WIDTH, st.FRAME_HEIGHT)
    parts = tall.split(st.FRAME_WIDTH, st.FRAME_HEIGHT / 2)  # too tall to keep: its parts, split as usual
    assert parts[1:] == tall.parts
