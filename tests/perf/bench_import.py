"""Benchmark of ``casetafel import``: the session with the most observations of ``demo --size large`` is
exported as JSON and imported again into a copy of the large database (its cases are matched by code, its
numbers are in use and so given anew: the most work an import does). Prints the median and the slowest of
five imports, with the target "≤ 1 s". Run as ``python tests/perf/bench_import.py`` (not part of the test
suite).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import large_database, median, report  # noqa: E402

from casetafel.report.exports import to_json_text  # noqa: E402
from casetafel.services.container import Services  # noqa: E402
from casetafel.services.transfer import TransferService  # noqa: E402

TARGET_S = 1.0
ROUNDS = 5


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "large.sqlite"
        shutil.copy(large_database(), copy)
        services = Services.open(copy)
        try:
            meetings = services.meetings.list_meetings(status="afgerond")
            largest = max(meetings, key=lambda s: len(services.records.list_observations(s.id)))
            data = services.reporting.report_data(largest.id)
            source = Path(folder) / "sessie.json"
            source.write_text(to_json_text(data), encoding="utf-8")
            items = sum(len(c.observations) + len(c.questions) + len(c.actions) for c in data.cases)
            print(f"Grootste bijeenkomst: {len(data.cases)} casussen, {items} items, "
                  f"{source.stat().st_size / 1024:.0f} kB JSON")  # fmt: skip
            transfer = TransferService(services.db)
            times = []
            for _ in range(ROUNDS):
                start = time.perf_counter()
                transfer.import_file(source)
                times.append(time.perf_counter() - start)
        finally:
            services.close()
    ok = report("import grootste demobijeenkomst, mediaan", median(times), TARGET_S, " s")
    ok &= report("import grootste demobijeenkomst, langzaamste", max(times), TARGET_S, " s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
