"""Issue 14 point 8: limits a user never meets, refused with a Dutch sentence; the JSONL check reads line
by line within a bound and refuses deep nesting."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from casetafel.anonymisation.check_cli import MAX_LINE, check_jsonl
from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError
from casetafel.storage.limits import MAX_OBSERVATION_CHARS, MAX_TEXT_CHARS
from tests.cli.test_cli import run


def test_an_observation_longer_than_a_few_thousand_characters_is_refused(
    services: Services, planned_meeting
) -> None:
    case_id = planned_meeting.agenda[0].case_id
    kind = "signaal"
    fine = services.records.record_observation(planned_meeting.id, case_id, kind, "a" * MAX_OBSERVATION_CHARS)
    with pytest.raises(StorageFailedError) as raised:
        services.records.record_observation(planned_meeting.id, case_id, kind, "a" * 1_000_000)
    assert "te lang" in str(raised.value) and "1.000.000" in str(raised.value)
    with pytest.raises(StorageFailedError):
        services.records.update_observation(fine.id, text="b" * (MAX_OBSERVATION_CHARS + 1))
    texts = [o.text for o in services.records.list_observations(planned_meeting.id)]
    assert texts == ["a" * MAX_OBSERVATION_CHARS]


def test_a_case_longer_than_fifty_thousand_characters_is_refused(services: Services) -> None:
    case = services.cases.create_case("Schulden", "x" * MAX_TEXT_CHARS)
    with pytest.raises(StorageFailedError) as raised:
        services.cases.update_case(case.id, description="y" * (MAX_TEXT_CHARS + 1))
    assert "te lang" in str(raised.value)
    with pytest.raises(StorageFailedError):
        services.cases.create_case("Te lang", "z" * (MAX_TEXT_CHARS + 1))
    assert services.cases.get_case(case.id).description == "x" * MAX_TEXT_CHARS
    assert len(services.cases.list_cases()) == 1


class BoundedStream(io.BytesIO):
    """Records the most the check ever asked for in one read."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line

    def __iter__(self):  # the check must not read whole lines of unbounded length
        raise AssertionError("read line by line with a bound")


def test_jsonl_is_read_line_by_line_within_a_bound() -> None:
    first = json.dumps({"id": 1, "text": "Mevrouw Jansen woont in Zwolle."}).encode() + b"\n"
    huge = b'{"id": 2, "text": "' + b"a" * (MAX_LINE + 10) + b'"}\n'
    stream = BoundedStream(first + huge)
    out = io.StringIO()
    with pytest.raises(ValueError) as raised:
        check_jsonl(stream, out)
    assert "Regel 2 is langer dan" in str(raised.value)
    assert stream.largest <= MAX_LINE + 1
    assert json.loads(out.getvalue().splitlines()[0])["id"] == 1  # the first line was answered first


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"[" * 100_000, "te diep genest"),
        (b'{"id": 1e400, "text": "x"}', '"id"'),
        (b'{"id": NaN, "text": "x"}', "geen geldige JSON"),
    ],
)
def test_jsonl_refuses_deep_nesting_and_ids_that_are_not_json(line: bytes, expected: str) -> None:
    out = io.StringIO()
    with pytest.raises(ValueError) as raised:
        check_jsonl(io.BytesIO(b'{"id": 0, "text": "x"}\n' + line + b"\n"), out)
    assert str(raised.value).startswith("Regel 2") and expected in str(raised.value)
    assert "Infinity" not in out.getvalue() and "NaN" not in out.getvalue()


def test_the_command_refuses_deep_nesting_without_a_traceback(private_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "diep.jsonl"
    source.write_bytes(b"[" * 100_000 + b"\n")
    result = run("anon-check", "--jsonl", str(source), home=private_home)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "te diep genest" in result.stderr
