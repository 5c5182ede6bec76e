"""The Word report: real heading styles, repeating table headers, chart images with alternative text,
Dutch core properties, both variants' content rules, and the municipality's own template (.dotx)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from casetafel.report.data import ReportOptions, ReportVariant
from casetafel.report.docx import build_docx
from casetafel.report.docx_base import TemplateError
from casetafel.report.sample import FACILITATOR, PARTICIPANT_NAMES, sample_report
from tests.unit.test_document_control import tiny_png

PUBLIC = ReportOptions(variant=ReportVariant.PUBLIC)


def fake_chart(items, title) -> bytes:
    return tiny_png()


def built(options: ReportOptions, data=None, **kwargs) -> docx.document.Document:
    buffer = io.BytesIO()
    build_docx(data or sample_report(), options, buffer, **kwargs)
    buffer.seek(0)
    return docx.Document(buffer)


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def test_headings_use_real_heading_styles_in_order() -> None:
    document = built(ReportOptions())
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0][0] == "Title"
    level_one = [text for style, text in headings if style == "Heading 1"]
    assert level_one[:3] == ["Samenvatting voor de raad", "1 Deelnemers", "2 Casussen"]
    assert "4 Actie- en opvolglijst" in level_one and "5 Evaluatie" in level_one
    assert any(style == "Heading 2" and text.startswith("C-2026-014") for style, text in headings)


def test_tables_repeat_their_header_row_and_rows_do_not_split() -> None:
    document = built(ReportOptions())
    data_tables = document.tables[1:]  # the first is the cover's label-value list
    assert len(data_tables) >= 8
    for table in data_tables:
        first = table.rows[0]._tr
        assert first.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)
    followup = next(t for t in data_tables if t.rows[0].cells[0].text == "Nr." and len(t.columns) == 12)
    header = [cell.text for cell in followup.rows[0].cells]
    assert (
        header[:3] == ["Nr.", "Casus", "Omschrijving"]
        and "Uiterlijk" in header
        and "Kenmerk antwoord" in header
    )


def test_core_properties_and_language() -> None:
    document = built(ReportOptions())
    properties = document.core_properties
    assert properties.language == "nl-NL"
    assert properties.author == "Gemeente Ĳsselstreek"
    assert properties.title == sample_report().title
    assert "beeldvorming" in properties.subject and "vertrouwelijke versie" in properties.subject
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "nl-NL"


def test_charts_are_images_with_alternative_text() -> None:
    document = built(ReportOptions(), chart_image=fake_chart)
    descriptions = [element.get("descr") for element in document.element.body.iter(qn("wp:docPr"))]
    assert descriptions and all(d.startswith("Staafdiagram") for d in descriptions)
    assert "Wonen: 2" in descriptions[0] or ": 2" in descriptions[0]
    without = built(replace(ReportOptions(), show_charts=False), chart_image=fake_chart)
    assert list(without.element.body.iter(qn("wp:docPr"))) == []


def test_public_variant_leaves_out_names_and_descriptions_but_keeps_bodies() -> None:
    data = sample_report()
    text = all_text(built(PUBLIC, data))
    for name in (FACILITATOR, *PARTICIPANT_NAMES):
        assert name not in text
    assert data.cases[0].description[:40] not in text
    assert "OPENBAAR" in text and "Griffie" in text and "Wijkteam Noord" in text
    confidential = all_text(built(ReportOptions(), data))
    assert data.cases[0].description[:40] in confidential and PARTICIPANT_NAMES[0] in confidential


def test_concept_in_the_header_and_page_fields_in_the_footer() -> None:
    document = built(ReportOptions())
    section = document.sections[0]
    assert "CONCEPT" in section.header.paragraphs[0].text
    footer = section.footer._element
    instructions = [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    final = built(ReportOptions(), replace(sample_report(), doc_status="definitief"))
    assert "CONCEPT" not in final.sections[0].header.paragraphs[0].text


def test_user_text_is_never_markup_and_control_characters_are_dropped() -> None:
    data = sample_report()
    case = replace(data.cases[0], title="<b>vet</b> & \x07 bel")
    text = all_text(built(ReportOptions(), replace(data, cases=(case, *data.cases[1:]))))
    assert "<b>vet</b> & \u2400 bel" in text or "<b>vet</b> &  bel" in text


def make_template(tmp_path, suffix: str) -> str:
    """A municipal template: its own header text and a custom heading colour, with boilerplate body text."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld \u2014 huisstijl"
    document.styles["Heading 1"].font.name = "Voorbeeld Sans"
    document.add_paragraph("Tekst uit het sjabloon die weg moet.")
    path = tmp_path / f"sjabloon{suffix}"
    document.save(path)
    if suffix == ".dotx":  # the content type of a template
        raw = io.BytesIO(path.read_bytes())
        out = io.BytesIO()
        with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(b"document.main+xml", b"template.main+xml")
                target.writestr(item, content)
        path.write_bytes(out.getvalue())
    return str(path)


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_the_municipal_template_gives_styles_and_header(tmp_path, suffix) -> None:
    template = make_template(tmp_path, suffix)
    document = built(replace(ReportOptions(), word_template=template))
    assert document.styles["Heading 1"].font.name == "Voorbeeld Sans"
    header = document.sections[0].header.paragraphs
    assert header[0].text == "Gemeente Voorbeeld \u2014 huisstijl"
    assert any("VERTROUWELIJK" in p.text for p in header)
    assert "Tekst uit het sjabloon die weg moet." not in all_text(document)


def test_a_broken_template_is_refused_in_dutch(tmp_path) -> None:
    broken = tmp_path / "kapot.dotx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(TemplateError, match="kan niet worden gebruikt"):
        built(replace(ReportOptions(), word_template=str(broken)))


def test_docx_is_a_valid_package(tmp_path) -> None:
    path = tmp_path / "verslag.docx"
    build_docx(sample_report(), ReportOptions(), path, chart_image=fake_chart)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        settings = archive.read("word/settings.xml").decode()
    tags = re.findall(r"<w:(\w+)", settings)
    assert tags.index("autoHyphenation") == tags.index("defaultTabStop") + 1


def test_opening_session_items_and_evaluation_lines_are_in_word_as_in_the_pdf() -> None:
    """The griffie's Word file holds what the PDF holds: the opening's lines, the questions and actions of
    the session as a whole (numbered after the cases'), and the lines captured in the evaluation."""
    from casetafel.report.data import ActionData, ObservationData, QuestionData

    def line(number: int, text: str, phase: str) -> ObservationData:
        return ObservationData(number, text, "Signaal", "signaal", phase, author_role="Raadslid")

    data = replace(
        sample_report(),
        opening=(line(901, "Afspraak van vorige keer: brief aan de corporatie is verstuurd", "Opening"),),
        closing=(line(902, "Volgende keer een boer aan tafel <b>&</b>", "Evaluatie"),),
        session_questions=(QuestionData(903, "Hoe vaak stapelen regels op bij één gezin?", number="BV-9"),),
        session_actions=(ActionData(904, "Overzicht van de wachttijden opvragen", owner="Griffie"),),
    )
    document = built(ReportOptions(), data)
    text = all_text(document)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    opening = next(i for i, h in enumerate(headings) if h.endswith("Opening"))
    together = next(i for i, h in enumerate(headings) if h.endswith("bijeenkomst als geheel"))
    cases = next(i for i, h in enumerate(headings) if h.endswith("Casussen"))
    assert opening < cases < together
    assert "Afspraak van vorige keer: brief aan de corporatie is verstuurd" in text
    assert "Volgende keer een boer aan tafel <b>&</b>" in text  # as typed, never markup
    assert "Hoe vaak stapelen regels op bij één gezin?" in text
    assert "Overzicht van de wachttijden opvragen" in text
    assert "Signaal · Fase: Opening · Inbreng: Raadslid" in text
    paragraphs = [p.text for p in document.paragraphs]
    evaluation = next(i for i, t in enumerate(paragraphs) if t.endswith("Evaluatie"))
    assert any("Volgende keer een boer aan tafel" in t for t in paragraphs[evaluation:])


def test_a_question_in_word_has_its_theme_and_votes_as_in_the_pdf() -> None:
    """The questions' lines in Word carry what the PDF's carry: the theme and the dots it got (without
    votes when the facilitator left them out)."""
    from casetafel.report.data import QuestionData

    question = QuestionData(905, "Wie houdt het overzicht?", number="BV-9", theme="Rol van de raad", votes=4)
    data = replace(sample_report(), session_questions=(question,))

    def meta_line(options: ReportOptions) -> str:  # the question's paragraph: its text, a break, its fields
        paragraphs = [p.text for p in built(options, data).paragraphs]
        return next(t for t in paragraphs if "Wie houdt het overzicht?" in t).split("\n")[-1]

    line = meta_line(ReportOptions())
    assert "Thema: Rol van de raad" in line and line.endswith("4\u00a0stemmen")
    line = meta_line(ReportOptions(show_votes=False))
    assert "Thema: Rol van de raad" in line and "stem" not in line


def test_public_word_has_no_owner_column_when_every_owner_is_a_person_as_the_pdf() -> None:
    data = sample_report()

    def persons(items):
        return tuple(replace(item, owner_kind="persoon") for item in items)

    data = replace(
        data,
        session_questions=persons(data.session_questions),
        session_actions=persons(data.session_actions),
        cases=tuple(
            replace(case, questions=persons(case.questions), actions=persons(case.actions))
            for case in data.cases
        ),
    )
    action_headers = [
        [cell.text for cell in table.rows[0].cells]
        for table in built(PUBLIC, data).tables
        if table.rows[0].cells[1].text == "Afspraak"
    ]
    assert action_headers and all(
        header == ["Nr.", "Afspraak", "Uiterlijk", "Status"] for header in action_headers
    )
    confidential = [
        [cell.text for cell in table.rows[0].cells]
        for table in built(ReportOptions(), data).tables
        if table.rows[0].cells[1].text == "Afspraak"
    ]
    assert all("Eigenaar" in header for header in confidential)
