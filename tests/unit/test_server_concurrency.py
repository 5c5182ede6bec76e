"""Five client processes record into the same session on the shared database at the same time:
nothing is lost, nothing is doubled, and every governance question and action has its own number."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from casetafel.services.container import Services
from tests.unit.test_server import needs_server

pytestmark = needs_server

CLIENTS = 5
LINES = 30  # per client: observations, questions and actions in turn

CLIENT = textwrap.dedent(
    """
    import sys
    from casetafel.services.container import Services

    address, meeting_id, client, lines = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    services = Services.open(address)
    print("klaar", flush=True)
    sys.stdin.readline()  # all clients start together
    for line in range(lines):
        text = f"client {client} regel {line}"
        if line % 3 == 0:
            services.records.record_observation(meeting_id, None, "schot", text, phase_key="wat_zien_we")
        elif line % 3 == 1:
            services.records.record_question(meeting_id, None, text)
        else:
            services.records.record_action(meeting_id, None, text)
    services.close()
    """
)


def test_five_clients_recording_at_once_lose_nothing(server_database: str, tmp_path: Path) -> None:
    services = Services.open(server_database)
    meeting = services.meetings.create_meeting("Vijf tegelijk")
    script = tmp_path / "client.py"
    script.write_text(CLIENT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    clients = [
        subprocess.Popen(
            [sys.executable, str(script), server_database, str(meeting.id), str(n), str(LINES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(CLIENTS)
    ]
    try:
        for client in clients:
            assert client.stdout.readline().strip() == "klaar", client.stderr.read()
        for client in clients:
            client.stdin.write("start\n")
            client.stdin.flush()
        for client in clients:
            _out, err = client.communicate(timeout=120)
            assert client.returncode == 0, err
        timeline = services.records.timeline(meeting.id, whole_session=True)
        texts = [entry.text for entry in timeline]
        expected = {f"client {c} regel {n}" for c in range(CLIENTS) for n in range(LINES)}
        assert len(texts) == len(expected) and set(texts) == expected
        numbers = [entry.number for entry in timeline if getattr(entry, "number", None)]
        assert len(numbers) == CLIENTS * (LINES - LINES // 3) and len(set(numbers)) == len(numbers)
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
        services.close()
