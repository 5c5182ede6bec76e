"""The session report PDF: contents, embedded fonts, Dutch text, bookmarks, metadata and both variants,
checked on the produced file with poppler's pdftotext, pdffonts and pdfinfo."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from casetafel.report.data import ReportData, ReportOptions, ReportVariant
from casetafel.report.pdf import build_pdf
from casetafel.report.sample import FACILITATOR, PARTICIPANT_NAMES, large_report, sample_report

CONFIDENTIAL = ReportOptions()
PUBLIC = ReportOptions(variant=ReportVariant.PUBLIC)
NAMES = (FACILITATOR, *PARTICIPANT_NAMES)


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path) -> str:
    return poppler("pdftotext", "-enc", "UTF-8", str(path), "-")


def flat(text: str) -> str:
    """Text with compatibility characters folded (ĳ to ij) and all whitespace as single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;:])\s+|\n+", text)
    return [flat(part) for part in parts if len(part.strip()) > 15]


def pdf_string(raw: bytes) -> str:
    """Decode a PDF literal string body (escapes, UTF-16 with byte order mark)."""
    out, i = bytearray(), 0
    escapes = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
    while i < len(raw):
        char = raw[i : i + 1]
        if char == b"\\":
            following = raw[i + 1 : i + 2]
            octal = re.match(rb"[0-7]{1,3}", raw[i + 1 : i + 4])
            if octal:
                out.append(int(octal.group(0), 8) & 0xFF)
                i += 1 + len(octal.group(0))
                continue
            out.append(escapes.get(following, following[0]))
            i += 2
            continue
        out += char
        i += 1
    data = bytes(out)
    return data[2:].decode("utf-16-be") if data.startswith(b"\xfe\xff") else data.decode("latin-1")


def outline_titles(path: Path) -> list[str]:
    raw = path.read_bytes()
    found = re.findall(rb"/Dest \[[^\]]*\][^>]*?/Parent \d+ 0 R[^>]*?/Title \(((?:\\.|[^\\)])*)\)", raw, re.S)
    return [pdf_string(title) for title in found]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    data = sample_report()
    paths = {"confidential": folder / "vertrouwelijk.pdf", "public": folder / "openbaar.pdf"}
    build_pdf(data, CONFIDENTIAL, paths["confidential"], invariant=True)
    build_pdf(data, PUBLIC, paths["public"], invariant=True)
    return paths


def test_sample_report_has_several_pages_and_the_page_count_is_returned(tmp_path):
    pages = build_pdf(sample_report(), CONFIDENTIAL, tmp_path / "r.pdf")
    assert pages > 1
    assert f"Pages:           {pages}" in poppler("pdfinfo", str(tmp_path / "r.pdf"))


def test_every_font_is_embedded(built):
    for path in built.values():
        lines = poppler("pdffonts", str(path)).splitlines()[2:]
        assert lines, "no fonts listed"
        for line in lines:
            # columns: name type encoding emb sub uni object ID; the name has no spaces
            columns = line.split()
            assert columns[-5] == "yes", f"not embedded: {line}"
            assert "DejaVuSansCondensed" in columns[0]


def test_confidential_text_marking_pages_and_dutch_characters(built):
    text = pdf_text(built["confidential"])
    assert "Vertrouwelijk" in text or "VERTROUWELIJK" in text
    assert "pagina 1 van" in text
    assert re.search(r"pagina (\d+) van \1\b", text), "the last page says 'pagina N van N'"
    for word in ("één", "Naïeve", "€ 14.000", "Coëfficiënt", "vóór", "Ĳsselstreek"):
        assert word in text, word
    assert flat("Casuïstiektafel Sociaal Domein — ‘Ĳsselstreek’ najaar") in flat(text)
    assert "dinsdag 24 november 2026, 19.30 uur" in text
    assert "Beeldvorming: op deze bijeenkomst is niets besloten." in text


def test_public_text_has_the_marking_and_the_insights(built):
    text = pdf_text(built["public"])
    assert "OPENBAAR" in text
    flat_text = flat(text)
    data = sample_report()
    for case in data.cases:
        assert case.code in text
        for observation in case.observations:
            assert flat(observation.text) in flat_text
        for question in case.questions:
            assert flat(question.text) in flat_text


def test_public_variant_has_no_descriptions_notes_or_names(built):
    public = flat(pdf_text(built["public"]))
    confidential = flat(pdf_text(built["confidential"]))
    data = sample_report()
    for case in data.cases:
        for sentence in sentences(case.description):
            assert sentence not in public, sentence
            assert sentence in confidential, sentence
    for name in NAMES:
        assert flat(name) not in public, name
        assert flat(name) in confidential, name
    for sentence in sentences(data.notes):
        assert sentence not in public
        assert sentence in confidential


def test_confidential_without_names_shows_roles_only(tmp_path):
    path = tmp_path / "zonder-namen.pdf"
    build_pdf(sample_report(), replace(CONFIDENTIAL, show_names=False), path)
    text = flat(pdf_text(path))
    for name in (FACILITATOR, PARTICIPANT_NAMES[0], PARTICIPANT_NAMES[1]):
        assert flat(name) not in text
    assert "Raadslid" in text
    assert sentences(sample_report().cases[0].description)[0] in text


def test_bookmark_outline_has_every_chapter_and_case(built):
    titles = outline_titles(built["confidential"])
    assert b"/Outlines" in built["confidential"].read_bytes()
    for case in sample_report().cases:
        assert any(case.code in title for title in titles), case.code
    for chapter in ("Deelnemers", "Casussen", "Synthese", "Actie- en opvolglijst"):
        assert any(chapter in title for title in titles), chapter


def test_metadata_is_dutch_and_carries_no_names(built):
    for path in built.values():
        info = poppler("pdfinfo", str(path))
        assert "Author:          Gemeente " in info
        assert "Creator:         casetafel" in info
        assert "Subject:         Verslag casuïstiektafel" in info
        assert "Ĳsselstreek" in info  # the session title
        for name in NAMES:
            assert name not in info
            assert flat(name) not in flat(info)
        assert b"/Lang (nl-NL)" in path.read_bytes()


def test_user_markup_is_shown_literally(tmp_path):
    data = sample_report()
    case = replace(
        data.cases[0], title="<b>vet</b> & co", description='Zie <img src="/etc/passwd"> & <weet niet>'
    )
    data = replace(data, cases=(case, *data.cases[1:]), title="Sessie <i>schuin</i> & zo")
    path = tmp_path / "markup.pdf"
    build_pdf(data, CONFIDENTIAL, path)
    text = pdf_text(path)
    assert "<b>vet</b> & co" in text
    assert '<img src="/etc/passwd"> & <weet niet>' in text
    assert "Sessie <i>schuin</i> & zo" in text


def test_empty_session_builds_a_sensible_report(tmp_path):
    empty = ReportData(
        session_id=1,
        title="",
        starts_at=None,
        location="",
        municipality="",
        facilitator="",
        template_name="",
        status="",
    )
    for options in (CONFIDENTIAL, PUBLIC):
        path = tmp_path / f"{options.variant}.pdf"
        assert build_pdf(empty, options, path) >= 2
        text = pdf_text(path)
        assert "geen deelnemers" in text
        assert "geen casussen besproken" in text
        assert "pagina 1 van" in text


def test_fifty_cases_build_with_every_case_bookmarked(tmp_path):
    data = large_report(cases=50, observations=4, description_words=60)
    path = tmp_path / "groot.pdf"
    pages = build_pdf(data, CONFIDENTIAL, path)
    assert pages > 50 / 3
    titles = outline_titles(path)
    assert sum(1 for title in titles if "C-2026-" in title) == 50
    text = pdf_text(path)
    assert f"pagina {pages} van {pages}" in text


def test_contents_list_gives_the_page_each_case_starts_on(built):
    text = poppler("pdftotext", "-layout", "-enc", "UTF-8", str(built["confidential"]), "-")
    pages = text.split("\f")
    contents_page = next(page for page in pages if page.lstrip().split("\n")[1:2] and "Inhoud" in page[:400])
    for case in sample_report().cases:
        match = re.search(rf"{re.escape(case.code)} .*?(\d+)\s*$", contents_page, re.M)
        assert match, case.code
        page = int(match.group(1))
        assert case.code in pages[page - 1]


def test_progress_is_reported_up_to_the_total():
    calls: list[tuple[int, int]] = []
    build_pdf(
        sample_report(), CONFIDENTIAL, io.BytesIO(), progress=lambda done, total: calls.append((done, total))
    )
    assert len(calls) > 3
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    assert calls[-1][0] == calls[-1][1]
    assert len({total for _, total in calls}) == 1


def test_invariant_output_is_reproducible_and_streams_work(tmp_path):
    first, second = io.BytesIO(), io.BytesIO()
    build_pdf(sample_report(), PUBLIC, first, invariant=True)
    build_pdf(sample_report(), PUBLIC, second, invariant=True)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().startswith(b"%PDF")
    path = tmp_path / "via-str.pdf"
    build_pdf(sample_report(), PUBLIC, str(path), invariant=True)
    assert path.read_bytes() == first.getvalue()


def test_options_without_charts_and_votes(tmp_path):
    path = tmp_path / "kaal.pdf"
    build_pdf(sample_report(), ReportOptions(show_charts=False, show_votes=False), path)
    text = pdf_text(path)
    assert "stemmen" not in text.replace("Stemmen", "")
    assert "Terugkerende knelpunten" in text  # the tables stay


def test_reusing_a_paragraph_s_lines_changes_no_byte(monkeypatch):
    """casetafel.report.paragraph answers a repeated wrap at the same width from the previous one; the
    PDF must be the very same as with reportlab wrapping every time. Eight cases with tables, kept
    headings and paragraphs split over pages."""
    from reportlab.platypus import paragraph as reportlab_paragraph

    from casetafel.report import paragraph

    data = large_report(cases=8, observations=12, description_words=400)
    calls = {"wraps": 0, "reused": 0}
    wrap = paragraph.Paragraph.wrap

    def counting(self, width, height):
        calls["wraps"] += 1
        before = self.__dict__.get("_last_wrap")
        size = wrap(self, width, height)
        calls["reused"] += self.__dict__.get("_last_wrap") is before and before is not None
        return size

    monkeypatch.setattr(paragraph.Paragraph, "wrap", counting)
    reused = io.BytesIO()
    pages = build_pdf(data, CONFIDENTIAL, reused, invariant=True)
    monkeypatch.setattr(paragraph.Paragraph, "wrap", reportlab_paragraph.Paragraph.wrap)
    every_time = io.BytesIO()
    assert build_pdf(data, CONFIDENTIAL, every_time, invariant=True) == pages
    assert reused.getvalue() == every_time.getvalue()
    assert calls["reused"] > calls["wraps"] / 5, calls  # the reuse happens (about a third of all wraps)


def test_a_paragraph_wrapped_at_another_width_or_after_a_split_is_wrapped_again():
    from reportlab.platypus import paragraph as reportlab_paragraph

    from casetafel.report.paragraph import Paragraph
    from casetafel.report.styles import get_styles

    style = get_styles().body
    text = "Schuldhulp en bewind werken langs elkaar heen; niemand coördineert. " * 12

    def fresh(width):
        return reportlab_paragraph.Paragraph(text, style).wrap(width, 10_000)

    ours = Paragraph(text, style)
    assert ours.wrap(300, 10_000) == fresh(300)
    assert ours.wrap(300, 500) == fresh(300)  # the same width: the lines are reused
    assert ours.wrap(150, 10_000) == fresh(150)
    assert ours.wrap(300, 10_000) == fresh(300)
    assert ours.wrap(0, 10_000) == fresh(0) == ours.wrap(0, 10_000)  # no room: reportlab's answer each time
    assert ours.wrap(300, 10_000) == fresh(300)
    ours.split(300, style.leading * 1.5)  # too little room: reportlab drops the lines ("orphan")
    assert "blPara" not in ours.__dict__
    assert ours.wrap(300, 10_000) == fresh(300)
    assert len(ours.blPara.lines) > 1
