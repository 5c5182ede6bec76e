"""Nothing lost when the network drops: the outbox file, the idempotent insert by client reference, and the
sender (in order, exactly once, kept while the server cannot be reached, a refused line kept aside).

The service tests run on SQLite and, with a test server, on PostgreSQL (the `services` fixture); the
outbox is a real SQLite file in the test's data folder."""

from __future__ import annotations

import os
import stat
import time
from datetime import date

import pytest

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError, ValidationError
from casetafel.services.outbox import CaptureOutbox, OutboxListener, OutboxState
from casetafel.storage.errors import WriteError
from casetafel.storage.outbox import Outbox, outbox_file


def test_outbox_file_keeps_lines_in_order_privately(tmp_path) -> None:
    path = outbox_file(tmp_path / "outbox", "casetafel@db.gemeente.nl:5432/casetafel")
    box = Outbox(path)
    first = box.append("vraag", 7, 3, "Wie betaalt?", {"theme": "zorg", "phase_key": "p"})
    second = box.append("afspraak", 7, None, "Notitie", {"owner": "Griffie", "due_date": date(2027, 1, 15)})
    third = box.append("observatie", 7, 3, "Schot", {"kind_code": "schot", "domains": ("schulden", "zorg")})
    assert [line.seq for line in box.pending()] == [first.seq, second.seq, third.seq]
    assert len({first.client_ref, second.client_ref, third.client_ref}) == 3
    box.remove(first.seq)
    if os.name == "posix":  # the file and SQLite's -wal and -shm next to it
        assert {stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()} == {0o600}
    box.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = Outbox(path)  # the next start finds what was not confirmed
    kept = again.pending()
    assert [line.text for line in kept] == ["Notitie", "Schot"]
    assert kept[0].fields["due_date"] == date(2027, 1, 15) and kept[1].fields["domains"] == [
        "schulden",
        "zorg",
    ]
    assert again.pending(meeting_id=8) == [] and again.count() == 2
    again.close()


def test_the_same_client_reference_is_stored_once(services: Services, planned_meeting) -> None:
    sid, case_id = planned_meeting.id, planned_meeting.agenda[0].case_id
    records = services.records
    first = records.record(RecordKind.QUESTION, sid, case_id, "Wat kost ontschotten?", client_ref="ref-1")
    again = records.record(RecordKind.QUESTION, sid, case_id, "Wat kost ontschotten?", client_ref="ref-1")
    assert again == first
    following = records.record(RecordKind.QUESTION, sid, case_id, "Wie neemt regie?", client_ref="ref-2")
    assert int(following.number[-3:]) == int(first.number[-3:]) + 1  # the resend used no number
    for kind, fields in ((RecordKind.OBSERVATION, {"kind_code": "schot"}), (RecordKind.ACTION, {})):
        one = records.record(kind, sid, case_id, "Eens", client_ref=f"ref-{kind.value}", **fields)
        assert records.record(kind, sid, case_id, "Eens", client_ref=f"ref-{kind.value}", **fields) == one
        assert records.find_by_client_ref(kind, f"ref-{kind.value}") == one
    assert len(records.timeline(sid, whole_session=True)) == 4
    assert records.find_by_client_ref(RecordKind.ACTION, "never-sent") is None


@pytest.fixture
def outbox(services: Services, tmp_path):
    sender = CaptureOutbox(services.records, Outbox(tmp_path / "box" / "outbox.sqlite"), retry_seconds=0.05)
    yield sender
    sender.close()


class Heard(OutboxListener):
    def __init__(self) -> None:
        self.sent, self.states, self.rejected = [], [], []

    def line_sent(self, line, info) -> None:
        self.sent.append((line.text, info))

    def state_changed(self, state: OutboxState) -> None:
        self.states.append(state)

    def line_rejected(self, line, reason: str) -> None:
        self.rejected.append((line.text, reason))


def _capture_three(outbox: CaptureOutbox, sid: int, case_id: int) -> None:
    outbox.capture(RecordKind.OBSERVATION, sid, case_id, "Niemand heeft overzicht", kind_code="schot")
    outbox.capture(RecordKind.QUESTION, sid, case_id, "Wat kost ontschotten?", theme="zorg")
    outbox.capture(RecordKind.ACTION, sid, None, "Notitie maken", owner="Griffie", due_date=date(2027, 2, 1))


def test_sender_writes_in_order_exactly_once(services: Services, planned_meeting, outbox) -> None:
    sid, case_id = planned_meeting.id, planned_meeting.agenda[0].case_id
    heard = Heard()
    outbox.add_listener(heard)
    _capture_three(outbox, sid, case_id)
    assert outbox.send_pending() == 3
    assert outbox.send_pending() == 0 and outbox.pending() == []
    assert [text for text, _info in heard.sent] == ["Niemand heeft overzicht", "Wat kost ontschotten?",
                                                    "Notitie maken"]  # fmt: skip
    stored = services.records.timeline(sid, whole_session=True)
    assert [e.text for e in stored] == [text for text, _ in heard.sent]
    assert stored[2].info.due_date == date(2027, 2, 1) and stored[1].info.theme == "zorg"


def test_a_lost_acknowledgement_does_not_make_a_copy(services: Services, planned_meeting, outbox) -> None:
    """The server stored the line but the answer never arrived: the line is sent again, stored once."""
    sid, case_id = planned_meeting.id, planned_meeting.agenda[0].case_id
    real_record = services.records.record
    lost = []

    def stored_then_cut_off(*args, **kwargs):
        info = real_record(*args, **kwargs)
        if not lost:
            lost.append(info)
            raise StorageFailedError(WriteError("de verbinding met de gedeelde database is verbroken"))
        return info

    outbox.records = type("Cut", (), {"record": staticmethod(stored_then_cut_off)})()
    _capture_three(outbox, sid, case_id)
    assert outbox.send_pending() == 0 and not outbox.online and len(outbox.pending()) == 3
    assert outbox.send_pending() == 3 and outbox.online
    stored = services.records.timeline(sid, whole_session=True)
    assert [e.text for e in stored] == ["Niemand heeft overzicht", "Wat kost ontschotten?", "Notitie maken"]
    assert stored[0].info.id == lost[0].id


def test_unreachable_server_keeps_the_lines_and_says_so(services: Services, planned_meeting, outbox) -> None:
    sid, case_id = planned_meeting.id, planned_meeting.agenda[0].case_id
    heard = Heard()
    outbox.add_listener(heard)

    def unreachable(*_args, **_kwargs):
        raise StorageFailedError(WriteError("de verbinding met de gedeelde database is verbroken"))

    real = outbox.records
    outbox.records = type("Down", (), {"record": staticmethod(unreachable)})()
    _capture_three(outbox, sid, case_id)
    outbox.start()
    line = outbox.capture(RecordKind.QUESTION, sid, case_id, "Nog een vraag")
    assert outbox.wait_for(line, timeout=0.3) is None  # not stored: shown as waiting
    _until(lambda: heard.states and heard.states[-1] == OutboxState(online=False, waiting=4))
    outbox.records = real  # the network is back: the sender's next try sends everything, in order
    _until(lambda: not outbox.pending())
    assert [e.text for e in services.records.timeline(sid, whole_session=True)] == [
        "Niemand heeft overzicht", "Wat kost ontschotten?", "Notitie maken", "Nog een vraag"]  # fmt: skip
    assert outbox.pending() == [] and outbox.online


def _until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_refused_line_is_kept_aside(services: Services, planned_meeting, outbox) -> None:
    heard = Heard()
    outbox.add_listener(heard)
    outbox.capture(RecordKind.ACTION, 999_999, None, "Bij een verdwenen bijeenkomst")
    outbox.capture(RecordKind.ACTION, planned_meeting.id, None, "Gewoon")
    assert outbox.send_pending() == 1
    assert [text for text, _ in heard.rejected] == ["Bij een verdwenen bijeenkomst"]
    ((line, reason),) = outbox.outbox.rejected()
    assert line.text == "Bij een verdwenen bijeenkomst" and "bestaat niet" in reason


def test_an_empty_line_is_refused_before_it_is_kept(services: Services, planned_meeting, outbox) -> None:
    with pytest.raises(ValidationError):
        outbox.capture(RecordKind.QUESTION, planned_meeting.id, None, "   ")
    with pytest.raises(ValidationError):
        outbox.capture(RecordKind.OBSERVATION, planned_meeting.id, None, "Zonder soort")
    assert outbox.pending() == []


@pytest.mark.sqlite_only
def test_no_outbox_on_a_file(services: Services) -> None:
    assert services.capture_outbox is None


def test_the_state_may_be_asked_after_closing(services: Services, planned_meeting, tmp_path) -> None:
    """A window's last queued "sent" signal can arrive after the program closed the outbox: it gets an
    answer, not an error, and the waiting line stays in the file for the next start."""
    path = tmp_path / "box" / "outbox.sqlite"
    sender = CaptureOutbox(services.records, Outbox(path), retry_seconds=0.05)
    sender.outbox.append("observatie", planned_meeting.id, None, "Nog niet verstuurd", {"kind_code": "schot"})
    assert sender.state().waiting == 1
    sender.close()
    assert sender.state() == OutboxState(True, 0)
    reopened = Outbox(path)
    assert [line.text for line in reopened.pending()] == ["Nog niet verstuurd"]
    reopened.close()
