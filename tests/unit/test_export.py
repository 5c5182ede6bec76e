"""CSV and JSON exports of a session: the CSV as Dutch Excel reads it (BOM, semicolons, CRLF, formula
injection neutralised, every row present) and a lossless JSON round trip, also for arbitrary Unicode.
Lone surrogates are left out of the generated text: they cannot be written as UTF-8, and write_json refuses
them with a ValueError instead of writing a broken file."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date, datetime

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
)
from casetafel.report.exports import (
    CSV_COLUMNS,
    from_json_text,
    read_json,
    to_json_text,
    write_csv,
    write_json,
)
from casetafel.report.sample import sample_report


def read_csv_file(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_csv_has_bom_semicolons_crlf_and_every_row(tmp_path):
    data = sample_report()
    path = tmp_path / "sessie.csv"
    count = write_csv(data, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= count + 1
    assert b";" in raw.splitlines()[0]
    rows = read_csv_file(path)
    assert list(rows[0]) == list(CSV_COLUMNS)
    observations = sum(len(case.observations) for case in data.cases)
    questions = sum(len(case.questions) for case in data.cases)
    actions = sum(len(case.actions) for case in data.cases)
    assert (observations, questions, actions) == (12, 4, 3)
    assert count == len(rows) == observations + questions + actions
    kinds = [row["soort"] for row in rows]
    assert kinds.count("Observatie") == 12
    assert kinds.count("Bestuurlijke vraag") == 4
    assert kinds.count("Actie") == 3
    first = rows[0]
    assert first["casus"] == "C-2026-014"
    assert first["tekst"] == data.cases[0].observations[0].text
    assert "€" in "".join(row["antwoord"] for row in rows)
    assert {row["classificatie"] for row in rows} == {"VERTROUWELIJK"}
    assert {row["datum bijeenkomst"] for row in rows} == {"2026-11-24"}
    assert {row["bijeenkomst"] for row in rows} == {data.title}
    assert first["titel casus"] == data.cases[0].title
    question_row = next(row for row in rows if row["soort"] == "Bestuurlijke vraag")
    assert question_row["uiterlijk"] == "2027-01-15"
    assert "beantwoord op" in question_row and "kenmerk antwoord" in question_row
    assert question_row["raadsrol"] == "kaderstellend"


def test_csv_neutralises_formula_injection_and_keeps_newlines(tmp_path):
    base = sample_report()
    dangerous = ('=HYPERLINK("http://x")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")
    observations = tuple(
        replace(base.cases[0].observations[0], id=i, text=text) for i, text in enumerate(dangerous)
    )
    multiline = replace(base.cases[0].observations[0], id=99, text='regel één\nregel twee; met "quotes"')
    case = replace(base.cases[0], observations=(*observations, multiline), questions=(), actions=())
    path = tmp_path / "gevaarlijk.csv"
    write_csv(replace(base, cases=(case,)), path)
    rows = read_csv_file(path)
    texts = [row["tekst"] for row in rows]
    for text in dangerous:
        assert "'" + text in texts
    assert 'regel één\nregel twee; met "quotes"' in texts
    assert all(not row["tekst"].startswith(("=", "+", "-", "@")) for row in rows)


def test_csv_to_a_text_stream_and_without_owners():
    stream = io.StringIO(newline="")
    write_csv(sample_report(), stream, include_owners=False)
    text = stream.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    owners = {row["eigenaar"] for row in rows if row["soort"] != "Observatie"}
    # persons go (shown as "(persoon)"), bodies stay: accountability stays visible
    assert owners == {"(persoon)", "College van B&W", "Griffie", "Wijkteam Noord"}


def test_empty_session_csv_has_only_the_header(tmp_path):
    empty = ReportData(1, "", None, "", "", "", "", "")
    path = tmp_path / "leeg.csv"
    assert write_csv(empty, path) == 0
    assert read_csv_file(path) == []


def test_json_round_trip_of_the_sample(tmp_path):
    data = sample_report()
    path = tmp_path / "sessie.json"
    write_json(data, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "casetafel-sessie"
    assert document["version"] == 2
    import jsonschema

    from casetafel.report.schema import json_schema

    jsonschema.validate(
        document, json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert document["classificatie"] == "VERTROUWELIJK"
    assert re.fullmatch(r"2026-11-24T19:30:00[+-]\d\d:\d\d", document["starts_at"])  # with its time zone
    observation = document["cases"][0]["observations"][0]
    assert observation["created_at"] is None or observation["created_at"].endswith("+00:00")
    question = document["cases"][0]["questions"][0]
    assert question["council_role"] == "Kaderstellend" or question["council_role_code"] is not None
    assert document["cases"][0]["questions"][0]["due_date"] == "2027-01-15"
    assert "Ĳsselstreek" in path.read_text(encoding="utf-8")  # ensure_ascii=False
    assert read_json(path) == data
    assert read_json(io.StringIO(path.read_text(encoding="utf-8"))) == data


def test_json_refuses_other_files_and_versions():
    with pytest.raises(ValueError):
        from_json_text('{"format": "iets anders"}')
    with pytest.raises(ValueError):
        from_json_text('{"format": "casetafel-sessie", "version": 99}')


def test_json_refuses_lone_surrogates_without_writing(tmp_path):
    path = tmp_path / "kapot.json"
    with pytest.raises(ValueError):
        write_json(replace(sample_report(), title="a\ud800b"), path)
    assert not path.exists()


TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(["", "\x00\x01\x1f", "<b>&amp;</b>", "😀\u200f", "\r\n\t"]),
)
BIG_TEXT = st.one_of(TEXT, st.just("ë€" * 50_000))  # a 100 KB (UTF-8: 250 KB) string
MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.just(None),  # the program keeps naive times (UTC for records, local wall-clock for sessions)
)
DATES = st.one_of(st.none(), st.dates())
LABELS = st.lists(TEXT, max_size=3).map(tuple)


@st.composite
def meetings(draw) -> ReportData:
    observation = st.builds(
        ObservationData,
        id=st.integers(),
        text=BIG_TEXT,
        kind=TEXT,
        kind_code=TEXT,
        phase=TEXT,
        domains=LABELS,
        actors=LABELS,
        author_role=TEXT,
        votes=st.integers(0, 10**6),
        created_at=st.one_of(st.none(), MOMENTS),
    )
    question = st.builds(
        QuestionData,
        id=st.integers(),
        text=TEXT,
        council_role=TEXT,
        theme=TEXT,
        addressed_to=TEXT,
        instrument=TEXT,
        status=TEXT,
        owner=TEXT,
        due_date=DATES,
        answer=TEXT,
        votes=st.integers(0, 99),
        case_code=TEXT,
    )
    action = st.builds(
        ActionData, id=st.integers(), text=TEXT, owner=TEXT, due_date=DATES, status=TEXT, case_code=TEXT
    )
    case = st.builds(
        CaseChapter,
        code=TEXT,
        title=TEXT,
        description=BIG_TEXT,
        domains=LABELS,
        presenter_role=TEXT,
        observations=st.lists(observation, max_size=3).map(tuple),
        questions=st.lists(question, max_size=2).map(tuple),
        actions=st.lists(action, max_size=2).map(tuple),
    )
    return ReportData(
        session_id=draw(st.integers()),
        title=draw(TEXT),
        starts_at=draw(st.one_of(st.none(), MOMENTS)),
        location=draw(TEXT),
        municipality=draw(TEXT),
        facilitator=draw(TEXT),
        template_name=draw(TEXT),
        status=draw(TEXT),
        participants=tuple(draw(st.lists(st.builds(ParticipantData, TEXT, TEXT, TEXT), max_size=3))),
        cases=tuple(draw(st.lists(case, max_size=2))),
        session_questions=tuple(draw(st.lists(question, max_size=1))),
        session_actions=tuple(draw(st.lists(action, max_size=1))),
        notes=draw(BIG_TEXT),
        evaluation=draw(LABELS),
        generated_at=draw(MOMENTS),
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=meetings())
def test_json_round_trip_of_arbitrary_sessions(data):
    assert from_json_text(to_json_text(data)) == data
    stream = io.StringIO()
    write_json(data, stream)
    stream.seek(0)
    assert read_json(stream) == data


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=meetings())
def test_csv_of_arbitrary_sessions_reads_back(data):
    stream = io.StringIO(newline="")
    count = write_csv(data, stream)
    rows = list(csv.reader(io.StringIO(stream.getvalue().lstrip("\ufeff"), newline=""), delimiter=";"))
    assert len(rows) == count + 1
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_dates_survive_as_dates():
    data = replace(sample_report(), starts_at=datetime(2026, 1, 2, 3, 4, 5, 6))
    text = to_json_text(data)
    assert (
        '"starts_at": "2026-01-02T03:04:05.000006+' in text
        or '"starts_at": "2026-01-02T03:04:05.000006-' in text
    )
    back = from_json_text(text)
    assert back.starts_at == data.starts_at  # the wall-clock time as written
    elsewhere = re.sub(
        r'"starts_at": "[^"]+"', '"starts_at": "2026-01-02T03:04:05.000006+05:00"', text, count=1
    )
    aware = from_json_text(elsewhere)
    assert aware.starts_at == data.starts_at
    assert isinstance(back.cases[0].questions[0].due_date, date)
