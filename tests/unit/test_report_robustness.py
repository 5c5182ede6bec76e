"""The report survives any text a person can type: markup characters, control characters, emoji, right-to-
left scripts and 5,000-character words in every field; text is shown literally and cleaned only for the
PDF. Hypothesis example counts are kept small so the suite stays fast."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetafel.report.data import (
    ActionData,
    CaseChapter,
    ObservationData,
    ParticipantData,
    QuestionData,
    ReportData,
    ReportOptions,
    ReportVariant,
)
from casetafel.report.pdf import build_pdf
from casetafel.report.sample import sample_report
from casetafel.report.text import MISSING_GLYPH, clean, dutch_datetime, para, plain

SPECIALS = (
    "<b>vet</b> & co",
    '<img src="/etc/passwd">',
    "<weet niet>",
    "&amp; &lt; &#0; &bogus;",
    "</para><para>",
    "a\x00b\x07c\x1bd\x7fe\x85f",
    "regel 1\nregel 2\r\nregel 3\rregel 4\tmet tab",
    "😀 👍🏽 🇳🇱",
    "שלום עולם مرحبا بالعالم",
    "\u200b\u200f\u202e omgekeerd \u2028 \u2029",
    "",
    "   ",
)
GIANTS = ("x" * 5000, "woord " + "ĳ" * 5000 + " einde")  # very long words: rare per field, else slow
ANY_TEXT = st.one_of(
    st.sampled_from(SPECIALS),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@st.composite
def report_data(draw) -> ReportData:
    def text() -> str:
        return draw(st.sampled_from(GIANTS)) if draw(st.integers(0, 40)) == 0 else draw(ANY_TEXT)

    observations = tuple(
        ObservationData(
            id=i,
            text=text(),
            kind=text(),
            kind_code=draw(st.sampled_from(["schot", "signaal", "goede_praktijk", text()])),
            phase=text(),
            domains=(text(), text()),
            actors=(text(),),
            author_role=text(),
            votes=draw(st.integers(0, 1000)),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    question = QuestionData(
        id=1,
        text=text(),
        council_role=text(),
        theme=text(),
        addressed_to=text(),
        instrument=text(),
        status=text(),
        owner=text(),
        due_date=date(2027, 1, 1),
        answer=text(),
        votes=3,
        case_code=text(),
    )
    action = ActionData(id=1, text=text(), owner=text(), due_date=None, status=text(), case_code=text())
    cases = tuple(
        CaseChapter(
            code=text(),
            title=text(),
            description=text(),
            domains=(text(),),
            presenter_role=text(),
            observations=observations,
            questions=(question,),
            actions=(action,),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    return ReportData(
        session_id=1,
        title=text(),
        starts_at=datetime(2026, 11, 24, 19, 30),
        location=text(),
        municipality=text(),
        facilitator=text(),
        template_name=text(),
        status=text(),
        participants=(ParticipantData(text(), text(), text()), ParticipantData(text())),
        cases=cases,
        session_questions=(question,),
        session_actions=(action,),
        notes=text(),
        evaluation=(text(),),
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=report_data(), public=st.booleans())
def test_any_text_in_every_field_builds(data, public):
    options = ReportOptions(variant=ReportVariant.PUBLIC if public else ReportVariant.CONFIDENTIAL)
    out = io.BytesIO()
    assert build_pdf(data, options, out) >= 2
    assert out.getvalue().startswith(b"%PDF")


SIMPLE_TEXT = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789éëïöüĳ€<>&\"'/=;:()[]?!+-"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and not s.endswith("-"))  # pdftotext joins a hyphen at a line end


@settings(max_examples=15, deadline=None)
@given(title=SIMPLE_TEXT, observation=SIMPLE_TEXT, question=SIMPLE_TEXT)
def test_simple_fields_appear_literally(tmp_path_factory, title, observation, question):
    base = sample_report()
    case = base.cases[0]
    case = replace(
        case,
        observations=(replace(case.observations[0], text=observation),),
        questions=(replace(case.questions[0], text=question),),
    )
    data = replace(base, title=title, cases=(case,))
    out = io.BytesIO()
    build_pdf(data, ReportOptions(), out)
    text = unicodedata.normalize("NFKC", pdf_text(out.getvalue(), tmp_path_factory.mktemp("p")))
    flat = " ".join(text.split())
    for value in (title, observation, question):
        assert unicodedata.normalize("NFKC", value) in flat


def test_very_long_words_in_every_field_build():
    for giant in GIANTS:
        base = sample_report()
        case = replace(
            base.cases[0],
            code=giant,
            title=giant,
            description=giant,
            domains=(giant,),
            observations=(replace(base.cases[0].observations[0], text=giant, kind=giant, phase=giant),),
            questions=(replace(base.cases[0].questions[0], text=giant, owner=giant, theme=giant),),
            actions=(replace(base.cases[0].actions[0], text=giant, owner=giant, status=giant),),
        )
        data = replace(
            base,
            title=giant,
            status=giant,
            participants=(ParticipantData(giant, giant, giant),),
            cases=(case,),
        )
        assert build_pdf(data, ReportOptions(), io.BytesIO()) > 3


def test_markup_and_specials_are_shown_literally(tmp_path):
    base = sample_report()
    case = replace(base.cases[0], description="\n\n".join(SPECIALS[:5]))
    out = io.BytesIO()
    build_pdf(replace(base, cases=(case,)), ReportOptions(), out)
    text = pdf_text(out.getvalue(), tmp_path)
    for special in SPECIALS[:5]:
        assert special in text


def test_clean_removes_controls_and_replaces_missing_glyphs():
    assert clean("a\x00b\x07c\x1b") == "abc"
    assert clean("regel\r\nregel\rregel") == "regel\nregel\nregel"
    assert clean("tab\there") == "tab here"
    assert clean("😀") == MISSING_GLYPH
    assert clean("één ĳs € ü") == "één ĳs € ü"
    assert clean("שלום") == "שלום"  # Hebrew is in the font


def test_para_escapes_and_breaks_lines():
    assert para("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"
    assert para(None) == ""


def test_plain_is_one_shortened_line():
    assert plain("a\nb\tc") == "a b c"
    assert plain("x" * 50, 10) == "x" * 9 + "\u2026"


def test_dutch_datetime():
    assert dutch_datetime(datetime(2026, 11, 24, 19, 30)) == "dinsdag 24 november 2026, 19.30\u00a0uur"
    assert dutch_datetime(None) == ""
