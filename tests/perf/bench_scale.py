"""Scale benchmark: with 1,000,000 observations the program opens and shows its sessions within 1.5x the
start-up time on the large demo database (30,000 observations), measured in the same run.

The million-observation database is the large demo database plus 970,000 observations copied from its
own (spread over the same sessions and cases, each text numbered), so the full-text index, the file size
and the sessions are those of a municipality after many years. It is built once and cached next to the
large demo database (delete the folder to rebuild; about a minute).

Run: ``python tests/perf/bench_scale.py`` (or ``python -m pytest tests/perf -s``).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import startup_figures  # noqa: E402
from perf_common import CACHE, large_database, report  # noqa: E402

TARGET_OBSERVATIONS = 1_000_000

COPY_OBSERVATIONS = """
INSERT INTO observations
    (meeting_id, case_id, phase_key, kind, text, domains, actors, author_role, votes, created_at, updated_at)
WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < :copies)
SELECT meeting_id, case_id, phase_key, kind, text || ' (' || n || ')', domains, actors, author_role, votes,
       created_at, updated_at
FROM observations, copies
LIMIT :missing
"""


def million_database() -> Path:
    path = CACHE / "million.sqlite"
    if path.exists():
        return path
    building = CACHE / "million-building.sqlite"
    shutil.copy(large_database(), building)
    connection = sqlite3.connect(building)
    try:
        (present,) = connection.execute("SELECT count(*) FROM observations").fetchone()
        missing = TARGET_OBSERVATIONS - present
        with connection:
            connection.execute(COPY_OBSERVATIONS, {"copies": missing // present + 1, "missing": missing})
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    building.replace(path)
    return path


def count_observations(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM observations").fetchone()[0]
    finally:
        connection.close()


def main() -> int:
    large, million = large_database(), million_database()
    small_figures = startup_figures(large)
    large_figures = startup_figures(million)
    print(
        f"{count_observations(large):,} observaties ({large.stat().st_size / 2**20:.0f} MB): "
        f"{small_figures['app_s']:.3f} s; {count_observations(million):,} observaties "
        f"({million.stat().st_size / 2**20:.0f} MB): {large_figures['app_s']:.3f} s".replace(",", ".")
    )
    ratio = large_figures["app_s"] / small_figures["app_s"]
    return 0 if report("start-up 1.000.000 / 30.000 observaties", ratio, 1.5, "x") else 1


def test_scale() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
