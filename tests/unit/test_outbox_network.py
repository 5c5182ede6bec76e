"""The network drops in the middle of a session: a real PostgreSQL server of the test's own (started with
.ci/postgres.sh, stopped with ``pg_ctl stop -m fast`` and started again on the same port). Lines typed
while it is down wait in the outbox and arrive once, in order, with unique numbers; a capturing process
killed with lines waiting leaves them for the next start, which sends them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, text

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError
from casetafel.storage.server import engine_url, open_server_database

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "postgres.sh"
pytestmark = pytest.mark.skipif(
    not Path("/usr/lib/postgresql").is_dir() or shutil.which("bash") is None,
    reason="PostgreSQL is not installed",
)


class OwnServer:
    """A throwaway cluster of this test alone, which the test stops and starts again."""

    def __init__(self) -> None:
        out = subprocess.run(
            ["bash", str(SCRIPT), "start"], capture_output=True, text=True, check=True
        ).stdout
        values = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line)
        values = {k: v.strip("'") for k, v in values.items()}
        self.url, self.dir, self.bin = (values["CASETAFEL_TEST_POSTGRES"], values["CASETAFEL_TEST_POSTGRES_DIR"],
                                        values["CASETAFEL_TEST_POSTGRES_BIN"])  # fmt: skip
        self.port = urlsplit(self.url).port

    def _pg_ctl(self, *args: str) -> None:
        command = [f"{self.bin}/pg_ctl", "-D", f"{self.dir}/data", "-w", "-t", "60", *args]
        if os.getuid() == 0:
            command = ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-l", f"{self.dir}/server.log", "-o", options, "start")

    def new_database(self, name: str) -> str:
        admin = create_engine(engine_url(self.url), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        address = engine_url(self.url).set(database=name).render_as_string(hide_password=False)
        open_server_database(address).close()  # prepared: schema at the newest revision, defaults
        return address

    def remove(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", self.dir], check=False, capture_output=True)


@pytest.fixture(scope="module")
def server():
    """One cluster for the module (made once: initdb takes seconds); each test leaves it running."""
    own = OwnServer()
    yield own
    own.remove()


def _session(services: Services) -> int:
    case = services.cases.create_case("Schulden na een scheiding", "Mevrouw A. raakte in de schulden.")
    services.cases.confirm_anonymisation(case.id, "Griffier")
    meeting = services.meetings.create_meeting("Casustafel in het dorpshuis", location="Dorpshuis")
    services.meetings.add_to_agenda(meeting.id, case.id)
    return meeting.id


def _wait(condition, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_lines_typed_while_the_server_is_down_arrive_once_in_order(server) -> None:
    services = Services(open_server_database(server.new_database("drop")))
    sid = _session(services)
    outbox = services.capture_outbox
    outbox.retry_seconds = 0.2
    outbox.start()
    typed = []

    def capture(kind: RecordKind, text_: str, **fields):
        typed.append(text_)
        return outbox.capture(kind, sid, None, text_, **fields)

    for n in range(3):
        assert outbox.wait_for(capture(RecordKind.QUESTION, f"Vraag {n} voor de storing"), 10) is not None
    server.stop()
    waiting = [capture(RecordKind.QUESTION, "Vraag tijdens de storing"),
               capture(RecordKind.ACTION, "Afspraak tijdens de storing", owner="Griffie"),
               capture(RecordKind.OBSERVATION, "Observatie tijdens de storing", kind_code="schot"),
               capture(RecordKind.QUESTION, "Nog een vraag tijdens de storing")]  # fmt: skip
    assert outbox.wait_for(waiting[0], 0.5) is None
    with pytest.raises(StorageFailedError, match="verbinding"):  # reading says so in Dutch, too
        services.meetings.get_meeting(sid)
    _wait(lambda: not outbox.online)
    assert [line.text for line in outbox.pending()] == typed[3:]  # kept, in order, marked as waiting

    server.start()
    outbox.retry_now()
    _wait(lambda: outbox.state().waiting == 0)
    assert outbox.online
    stored = services.records.timeline(sid, whole_session=True)
    assert [e.text for e in stored] == typed  # all of them, once, in the order typed
    numbers = [e.number for e in stored if e.number]
    assert len(numbers) == len(set(numbers)) == 6
    questions = [int(e.number.rsplit("-", 1)[1]) for e in stored if e.kind is RecordKind.QUESTION]
    assert questions == list(range(questions[0], questions[0] + 5))
    services.close()


def test_a_killed_program_leaves_its_lines_for_the_next_start(server, private_home) -> None:
    address = server.new_database("killed")
    services = Services(open_server_database(address))
    sid = _session(services)
    services.close()
    texts = ["Eerste vraag voor de crash", "Tweede vraag voor de crash", "Derde vraag voor de crash"]
    writer = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "outbox_writer.py"), address, str(sid), *texts],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "CASETAFEL_HOME": str(private_home)},
    )  # fmt: skip
    try:
        assert writer.stdout.readline().strip() == "open"
        server.stop()
        writer.stdin.write("go\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "kept 3"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    server.start()

    again = Services(open_server_database(address))  # the next start, with the same data folder
    assert [line.text for line in again.capture_outbox.pending()] == texts
    assert again.capture_outbox.send_pending() == 3
    assert [e.text for e in again.records.timeline(sid, whole_session=True)] == texts
    assert again.capture_outbox.pending() == []
    again.close()
