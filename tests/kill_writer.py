"""A writer process for the kill tests: records observations through the services, as the GUI does.

Run as ``python tests/kill_writer.py DB_PATH SESSION_ID START``; after each service call returns it prints
the number it recorded. The parent kills it with SIGKILL at a random moment and checks the database.
"""

from __future__ import annotations

import sys
from pathlib import Path

PAYLOAD = "Bewind en schuldhulp werken langs elkaar heen; coördinatie ontbreekt. " * 20


def expected_text(number: int) -> str:
    return f"obs-{number}-{PAYLOAD}"


def main() -> int:
    from casetafel.services.container import Services

    db_path, meeting_id, start = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    services = Services.open(db_path)
    print("ready", flush=True)
    number = start
    while True:
        services.records.record_observation(
            meeting_id, None, "schot", expected_text(number), phase_key="wat_zien_we"
        )
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    raise SystemExit(main())
