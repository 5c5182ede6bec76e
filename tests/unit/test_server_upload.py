"""Moving to the server: ``server upload`` copies a local database in one transaction, ids remapped,
numbers and codes kept (a number the server already uses gets a new one, and says so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.errors import ValidationError
from casetafel.services.server_upload import ServerUploadService, _Copier
from tests.cli.test_cli import run
from tests.unit.test_server import needs_server

pytestmark = needs_server


def _numbers(services: Services) -> list[str]:
    return sorted(item.label for item in services.followup.standing_data(public=False).items)


def _session_story(services: Services) -> list[tuple]:
    """What a reader of the reports sees of every session: title, case codes, texts and numbers."""
    story = []
    for meeting in sorted(services.meetings.list_meetings(), key=lambda m: (m.title, m.starts_at or 0)):
        data = services.reporting.report_data(meeting.id)
        story.append(
            (
                data.title,
                tuple(sorted(case.code for case in data.cases)),
                tuple(sorted(o.text for case in data.cases for o in case.observations)),
                tuple(sorted((q.number, q.text) for case in data.cases for q in case.questions)),
            )
        )
    return story


@pytest.fixture
def local(db_path: Path) -> Services:
    services = Services.open(db_path)
    load_demo(services, "small")
    case = services.cases.list_cases()[0]
    services.pseudonyms.letter_for(f"casus {case.id}", "Jansen")
    yield services
    services.close()


def test_a_local_database_arrives_whole_with_its_numbers(local: Services, server_database: str) -> None:
    server = Services.open(server_database)
    try:
        summary = ServerUploadService(server.db).upload(local.db)
        assert summary.renumbered == ()
        assert summary.sessions == len(local.meetings.list_meetings())
        assert _numbers(server) == _numbers(local)
        assert _session_story(server) == _session_story(local)
        assert sorted(c.code for c in server.cases.list_cases()) == sorted(
            c.code for c in local.cases.list_cases()
        )
        assert server.search.search("schuld")  # the search index followed the copied rows
        # Ids inside texts follow the new ids: the pseudonym's scope names the case's new id.
        copied = {c.code: c.id for c in server.cases.list_cases()}
        first = local.cases.list_cases()[0]
        assert server.pseudonyms.letters(f"casus {copied[first.code]}")
        # The next number continues after the copied ones.
        meeting = server.meetings.list_meetings()[0]
        made = server.records.record_question(meeting.id, None, "Nieuwe vraag op de server")
        assert made.number not in _numbers(local)
    finally:
        server.close()


def test_a_second_upload_renumbers_what_the_server_already_uses(
    local: Services, server_database: str
) -> None:
    server = Services.open(server_database)
    try:
        upload = ServerUploadService(server.db)
        upload.upload(local.db)
        again = upload.upload(local.db)
        numbers = _numbers(server)
        assert len(numbers) == 2 * len(_numbers(local)) and len(set(numbers)) == len(numbers)
        changed = dict(again.renumbered)
        assert set(_numbers(local)) <= set(changed)
        assert all(old != new for old, new in again.renumbered)
        codes = [c.code for c in server.cases.list_cases()]
        assert len(codes) == len(set(codes))
    finally:
        server.close()


def test_a_failure_halfway_leaves_the_server_as_it_was(
    local: Services, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Services.open(server_database)
    original = _Copier._copy

    def copy_then_fail(self, table):
        if table.name == "actions":
            raise RuntimeError("netwerk weg")
        return original(self, table)

    monkeypatch.setattr(_Copier, "_copy", copy_then_fail)
    try:
        with pytest.raises(RuntimeError):
            ServerUploadService(server.db).upload(local.db)
        assert server.meetings.list_meetings() == [] and server.cases.list_cases() == []
    finally:
        server.close()


def test_upload_needs_a_server_as_target(local: Services) -> None:
    with pytest.raises(ValidationError):
        ServerUploadService(local.db)


def test_the_command(local: Services, db_path: Path, server_database: str, private_home: Path) -> None:
    local.close()
    result = run("server", "upload", "--from", str(db_path), "--db", server_database, home=private_home)
    assert result.returncode == 0, result.stderr
    assert "Geüpload naar de gedeelde database" in result.stdout
    listed = run("sessions", "--db", server_database, home=private_home)
    assert len(listed.stdout.splitlines()) > 3
    refused = run("server", "upload", "--from", str(db_path), "--db", str(db_path), home=private_home)
    assert refused.returncode == 2 and "postgresql://" in refused.stderr


def test_history_and_decisions_follow_their_items(local: Services, server_database: str) -> None:
    """Rows that name an item by kind and id (follow-up history, publication decisions) point at the
    item's new id on the server, whatever order the tables are copied in."""
    question = next(i for i in local.followup.list_items() if i.kind == "vraag")
    local.followup.update_item("vraag", question.id, status="beantwoord", answer="Veertig keer per jaar.")
    observation = local.records.timeline(question.meeting_id, whole_session=True)[0]
    local.publication.waive(
        question.meeting_id,
        f"observatie {observation.info.id}",
        "tekst",
        "plaats",
        "Wolderveen",
        "de gemeente zelf, geen persoon",
        "Griffier",
    )
    server = Services.open(server_database)
    try:
        ServerUploadService(server.db).upload(local.db)
        moved = next(i for i in server.followup.list_items() if i.label == question.label)
        history = server.followup.history("vraag", moved.id)
        assert {change.field for change in history} >= {"status", "answer"}
        meeting = next(m for m in server.meetings.list_meetings() if m.title == moved.session_title)
        (waiver,) = server.publication.waivers(meeting.id)
        moved_observation = next(
            e for e in server.records.timeline(meeting.id, whole_session=True) if e.text == observation.text
        )
        assert waiver.item == f"observatie {moved_observation.info.id}"
    finally:
        server.close()
