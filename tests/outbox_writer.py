"""A capturing process for the outbox kill test: opens the shared database, waits for "go" on standard
input (the parent stops the server meanwhile), captures lines through the outbox as the window does, says
"kept N" once they wait, and waits to be killed with SIGKILL.

Run as ``python tests/outbox_writer.py ADDRESS SESSION_ID TEXT...`` with CASETAFEL_HOME set.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from casetafel.domain.records import RecordKind
    from casetafel.services.container import Services

    address, meeting_id, texts = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    services = Services.open(address)
    outbox = services.capture_outbox
    outbox.retry_seconds = 0.2
    outbox.start()
    print("open", flush=True)
    sys.stdin.readline()
    for text in texts:
        line = outbox.capture(RecordKind.QUESTION, meeting_id, None, text)
        outbox.wait_for(line, 0.25)
    while outbox.online:
        time.sleep(0.05)
    print(f"kept {outbox.state().waiting}", flush=True)
    time.sleep(600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
