"""Sessions that travel: ``casetafel import`` reads what ``export`` writes (version 2 and version 1) into a
new session in one transaction; export → import → export gives the same content apart from database ids
and the export time; every export is valid against the shipped JSON Schema; bad files are refused with
one Dutch sentence and nothing half imported."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetafel.anonymisation.masking import mask_hard
from casetafel.domain.method import DEFAULT_METHOD_NAME, DEFAULT_PHASES, PhaseScope
from casetafel.domain.vocabulary import (
    ACTION_STATUS_LABELS,
    ADDRESSEES,
    DEFAULT_TERMS,
    INSTRUMENT_LABELS,
    QUESTION_STATUS_LABELS,
    STATUS_LABELS,
    Vocabulary,
)
from casetafel.paths import resources_dir
from casetafel.report.data import (
    ActionData,
    CaseChapter,
    HistoryData,
    ObservationData,
    ParticipantData,
    QuestionData,
    ReportData,
)
from casetafel.report.exports import to_json_text
from casetafel.report.sample import sample_report
from casetafel.report.schema import SCHEMA_RESOURCE, json_schema, json_schema_text
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.errors import ValidationError
from casetafel.services.transfer import MAX_FILE_BYTES, TransferService, parse_session

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def content(text: str) -> dict:
    """An export without what may differ: database ids, the session id and the export time."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "session_id", "generated_at")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(json.loads(text))


def export_text(services: Services, meeting_id: int) -> str:
    text = to_json_text(services.reporting.report_data(meeting_id))
    VALIDATOR.validate(json.loads(text))
    return text


def table_counts(where: Path | Services) -> dict[str, int]:
    if isinstance(where, Services):
        if where.db.is_server:
            from sqlalchemy import text

            with where.db.engine.connect() as server:
                return {
                    table: server.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                    for table in (
                        "meetings",
                        "cases",
                        "observations",
                        "governance_questions",
                        "actions",
                        "session_events",
                    )
                }
        where = where.path
    connection = sqlite3.connect(where)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "meetings",
                "cases",
                "observations",
                "governance_questions",
                "actions",
                "session_events",
            )
        }
    finally:
        connection.close()


def test_the_shipped_schema_is_the_schema_of_the_format() -> None:
    shipped = resources_dir().joinpath(*SCHEMA_RESOURCE).read_text(encoding="utf-8")
    assert shipped == json_schema_text()
    jsonschema.Draft202012Validator.check_schema(json.loads(shipped))
    VALIDATOR.validate(json.loads(to_json_text(sample_report())))


def test_demo_sessions_travel_to_another_database_and_back(services: Services, tmp_path: Path) -> None:
    load_demo(services)
    other = Services.open(tmp_path / "andere.sqlite")
    try:
        for meeting in services.meetings.list_meetings(status="afgerond"):
            original = export_text(services, meeting.id)
            path = tmp_path / f"sessie-{meeting.id}.json"
            path.write_text(original, encoding="utf-8")
            result = TransferService(other.db).import_file(path)
            assert result.renumbered == ()
            assert content(export_text(other, result.meeting_id)) == content(original)
        moved = [(e.event, e.reason, e.who, e.at) for e in other.facilitation.history(result.meeting_id)]
        assert moved == [(e.event, e.reason, e.who, e.at) for e in services.facilitation.history(meeting.id)]
    finally:
        other.close()


def test_importing_into_the_same_database_matches_cases_and_renumbers(services: Services, tmp_path) -> None:
    load_demo(services)
    meeting = services.meetings.list_meetings(status="afgerond")[0]
    before = services.reporting.report_data(meeting.id)
    path = tmp_path / "sessie.json"
    path.write_text(to_json_text(before), encoding="utf-8")
    cases_before = len(services.cases.list_cases())
    result = TransferService(services.db).import_file(path)
    assert len(services.cases.list_cases()) == cases_before
    assert set(result.cases_matched) == {case.code for case in before.cases}
    questions = [q for case in before.cases for q in case.questions] + list(before.session_questions)
    assert len(result.renumbered) == len(questions) + sum(len(c.actions) for c in before.cases) + len(
        before.session_actions
    )
    assert any("bestaat hier al" in line for line in result.messages())
    after = services.reporting.report_data(result.meeting_id)
    assert [c.code for c in after.cases] == [c.code for c in before.cases]
    numbers = [q.number for q in services.records.list_questions()]
    assert len(numbers) == len(set(numbers))


def test_a_version_1_file_is_read(services: Services, tmp_path: Path) -> None:
    load_demo(services)
    meeting = next(s for s in services.meetings.list_meetings(status="afgerond") if "schulden" in s.title)
    document = json.loads(to_json_text(services.reporting.report_data(meeting.id)))
    # what version 1 wrote: no numbers, phase keys, opening/closing lines or history
    document["version"] = 1
    for key in ("opening", "closing", "history"):
        del document[key]
    for chapter in document["cases"]:
        for observation in chapter["observations"]:
            del observation["phase_key"]
        for item in chapter["questions"] + chapter["actions"]:
            for key in ("number", "phase_key", "created_at"):
                item.pop(key, None)
    VALIDATOR.validate(document)
    other = Services.open(tmp_path / "andere.sqlite")
    try:
        result = TransferService(other.db).import_data(parse_session(json.dumps(document).encode()))
        again = other.reporting.report_data(result.meeting_id)
        assert result.renumbered == ()
        assert all(q.number.startswith("BV-2026-") for case in again.cases for q in case.questions)
        first = again.cases[0].observations[0]
        assert first.phase_key and first.phase == document["cases"][0]["observations"][0]["phase"]
    finally:
        other.close()


BAD_FILES = {
    "geen json": b"dit is geen json",
    "afgekapt": b'{"format": "casetafel-sessie", "version": 2, "title": "x", "cas',
    "ander formaat": b'{"format": "iets anders", "version": 2}',
    "nieuwere versie": b'{"format": "casetafel-sessie", "version": 3}',
    "onbekende versie": b'{"format": "casetafel-sessie", "version": "twee"}',
    "geen utf-8": b'{"format": "casetafel-sessie", "title": "\xff"}',
    "veld ontbreekt": b'{"format": "casetafel-sessie", "version": 2, "title": "x"}',
    "verkeerd type": b'{"format": "casetafel-sessie", "version": 2, "session_id": "1", "title": "x", '
    b'"starts_at": null, "location": "", "municipality": "", "facilitator": "", "template_name": "", "status": ""}',
    "surrogaat": b'{"format": "casetafel-sessie", "version": 2, "session_id": 1, "title": "\\ud800", '
    b'"starts_at": null, "location": "", "municipality": "", "facilitator": "", "template_name": "", "status": ""}',
    "diep": b"[" * 100_000,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_dutch_sentence(services, db_path, tmp_path, name) -> None:
    path = tmp_path / "sessie.json"
    path.write_bytes(BAD_FILES[name])
    before = table_counts(services)
    with pytest.raises(ValidationError) as refused:
        TransferService(services.db).import_file(path)
    message = str(refused.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    if name == "nieuwere versie":
        assert "nieuwere versie" in message
    assert table_counts(services) == before


def test_an_oversized_file_is_refused_unread(services, tmp_path) -> None:
    path = tmp_path / "groot.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ValidationError, match="50 MB"):
        TransferService(services.db).import_file(path)


def test_a_failure_halfway_leaves_nothing(services, db_path, tmp_path) -> None:
    load_demo(services)
    meeting = services.meetings.list_meetings(status="afgerond")[0]
    document = json.loads(to_json_text(services.reporting.report_data(meeting.id)))
    document["cases"][-1]["actions"].append(dict(document["cases"][0]["actions"][0], text="  "))
    before = table_counts(services)
    with pytest.raises(ValidationError, match="geen tekst"):
        TransferService(services.db).import_data(parse_session(json.dumps(document).encode()))
    assert table_counts(services) == before


# -- property: export → import → export over generated sessions --------------------------------------
def labels(vocabulary: Vocabulary) -> list[str]:
    return [term.label for term in DEFAULT_TERMS[vocabulary]]


TEXT = st.text(
    st.characters(
        codec="utf-8", categories=["L", "N", "P", "S", "Zs"], exclude_characters="\x85\u2028\u2029"
    ),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() and mask_hard(text) == text)  # an export always masks a hard identifier
SAFE_TEXT = st.lists(st.sampled_from(["de", "wijk", "zorg", "schuld", "hulp", "en", "wacht"]), min_size=1,
                     max_size=12).map(" ".join)  # fmt: skip
MOMENT = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))
DAY = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
CASE_PHASES = [p for p in DEFAULT_PHASES if p.scope == PhaseScope.PER_CASE]
KINDS = DEFAULT_TERMS[Vocabulary.OBSERVATION_KIND]
OPTIONAL = lambda values: st.sampled_from(["", *values])  # noqa: E731


@st.composite
def observations(draw, phases) -> ObservationData:
    phase = draw(st.sampled_from(phases))
    kind = draw(st.sampled_from(KINDS))
    return ObservationData(
        id=0, text=draw(TEXT), kind=kind.label, kind_code=kind.code, phase=phase.name,
        domains=tuple(draw(st.lists(st.sampled_from(labels(Vocabulary.DOMAIN)), max_size=2, unique=True))),
        actors=tuple(draw(st.lists(st.sampled_from(labels(Vocabulary.ACTOR_LEVEL)), max_size=2, unique=True))),
        author_role=draw(OPTIONAL(labels(Vocabulary.PARTICIPANT_ROLE))), votes=draw(st.integers(0, 9)),
        created_at=draw(MOMENT), phase_key=phase.key,
    )  # fmt: skip


def pairs(vocabulary: Vocabulary) -> list[tuple[str, str]]:
    return [(term.code, term.label) for term in DEFAULT_TERMS[vocabulary]]


OPTIONAL_PAIR = lambda values: st.sampled_from([("", ""), *values])  # noqa: E731
OWNER_KIND = st.sampled_from(["", "persoon", "orgaan"])


@st.composite
def questions(draw, case_code: str, number: str) -> QuestionData:
    council = draw(OPTIONAL_PAIR(pairs(Vocabulary.COUNCIL_ROLE)))
    addressee = draw(OPTIONAL_PAIR([(t.code, t.label) for t in ADDRESSEES]))
    instrument = draw(st.sampled_from(list(INSTRUMENT_LABELS.items())))
    status = draw(st.sampled_from(list(QUESTION_STATUS_LABELS.items())))
    return QuestionData(
        id=0, text=draw(TEXT), council_role=council[1], theme=draw(OPTIONAL(labels(Vocabulary.THEME))),
        addressed_to=addressee[1], instrument=instrument[1], status=status[1], owner=draw(st.just("") | TEXT),
        due_date=draw(st.none() | DAY), answer=draw(st.just("") | TEXT), votes=draw(st.integers(0, 9)),
        case_code=case_code, number=number, phase_key="wie_kan_wat", created_at=draw(MOMENT),
        owner_kind=draw(OWNER_KIND), route=draw(st.just("") | TEXT), answered_on=draw(st.none() | DAY),
        answer_reference=draw(st.just("") | TEXT), council_role_code=council[0], addressed_to_code=addressee[0],
        instrument_code=instrument[0], status_code=status[0],
    )  # fmt: skip


@st.composite
def actions(draw, case_code: str, number: str) -> ActionData:
    status = draw(st.sampled_from(list(ACTION_STATUS_LABELS.items())))
    return ActionData(
        id=0, text=draw(TEXT), owner=draw(st.just("") | TEXT), due_date=draw(st.none() | DAY),
        status=status[1], case_code=case_code, number=number, created_at=draw(MOMENT),
        owner_kind=draw(OWNER_KIND), route=draw(st.just("") | TEXT), answered_on=draw(st.none() | DAY),
        answer_reference=draw(st.just("") | TEXT), status_code=status[0],
    )  # fmt: skip


@st.composite
def meetings(draw) -> ReportData:
    counter = {"BV": 0, "A": 0}

    def number(series: str) -> str:
        counter[series] += 1
        return f"{series}-{draw(st.sampled_from([2025, 2026]))}-{counter[series]:03d}"

    chapters = []
    for index in range(draw(st.integers(0, 3))):
        code = f"C-2026-{index + 1:04d}"
        chapters.append(CaseChapter(
            code=code, title=draw(TEXT), description=draw(SAFE_TEXT),
            domains=tuple(draw(st.lists(st.sampled_from(labels(Vocabulary.DOMAIN)), max_size=2, unique=True))),
            presenter_role=draw(OPTIONAL(labels(Vocabulary.PARTICIPANT_ROLE))),
            observations=tuple(draw(st.lists(observations(CASE_PHASES), max_size=4))),
            questions=tuple(draw(questions(code, number("BV"))) for _ in range(draw(st.integers(0, 3)))),
            actions=tuple(draw(actions(code, number("A"))) for _ in range(draw(st.integers(0, 2)))),
        ))  # fmt: skip
    opening = [p for p in DEFAULT_PHASES if p.key == "opening"]
    closing = [p for p in DEFAULT_PHASES if p.key == "evaluatie"]
    session_status = draw(st.sampled_from(list(STATUS_LABELS.items())))
    return ReportData(
        session_id=0, title=draw(TEXT), starts_at=draw(st.none() | MOMENT), location=draw(st.just("") | TEXT),
        municipality=draw(st.just("") | TEXT), facilitator=draw(st.just("") | TEXT),
        template_name=DEFAULT_METHOD_NAME, status=session_status[1], status_code=session_status[0],
        doc_status=draw(st.sampled_from(["concept", "definitief"])), doc_version=draw(st.just("") | TEXT),
        adopted_on=draw(st.none() | DAY), addressee=draw(st.just("") | TEXT),
        griffie_contact=draw(st.just("") | TEXT), reference=draw(st.just("") | TEXT),
        participants=tuple(
            ParticipantData(role, draw(st.just("") | TEXT), draw(st.just("") | TEXT))
            for role in draw(st.lists(st.sampled_from(labels(Vocabulary.PARTICIPANT_ROLE)), max_size=4))
        ),
        cases=tuple(chapters),
        session_questions=tuple(draw(questions("", number("BV"))) for _ in range(draw(st.integers(0, 2)))),
        session_actions=tuple(draw(actions("", number("A"))) for _ in range(draw(st.integers(0, 2)))),
        notes=draw(st.just("") | TEXT), evaluation=tuple(draw(st.lists(TEXT, max_size=3))),
        opening=tuple(draw(st.lists(observations(opening), max_size=2))),
        closing=tuple(draw(st.lists(observations(closing), max_size=2))),
        history=tuple(
            HistoryData(event, draw(MOMENT), draw(st.just("") | TEXT), draw(st.just("") | TEXT))
            for event in draw(st.lists(st.sampled_from(["afgerond", "heropend"]), max_size=3))
        ),
    )  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_export_import_export_keeps_the_content(data: ReportData) -> None:
    first = to_json_text(data)
    VALIDATOR.validate(json.loads(first))
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "casetafel.sqlite")
        try:
            result = TransferService(services.db).import_data(parse_session(first.encode("utf-8")))
            assert result.renumbered == ()
            second = export_text(services, result.meeting_id)
        finally:
            services.close()
    expected = content(first)
    expected["history"].sort(key=lambda event: event["at"])  # the history is kept in time order
    assert content(second) == expected


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def paths_of(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, (*prefix, index))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_session_file_is_imported_whole_or_refused_in_dutch(data) -> None:
    document = json.loads(to_json_text(sample_report()))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in paths_of(document) if p and p[0] not in ("format", "version")]
        path = data.draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSON_VALUES)
    raw = json.dumps(document).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "casetafel.sqlite")
        try:
            before = table_counts(services.path)
            try:
                result = TransferService(services.db).import_data(parse_session(raw))
            except ValidationError as refused:
                assert str(refused).endswith(".") and "\n" not in str(refused)
                assert table_counts(services.path) == before
            else:
                services.reporting.report_data(result.meeting_id)
        finally:
            services.close()
