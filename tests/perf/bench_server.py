"""Benchmarks of the shared database (PostgreSQL on a loopback server), on the large demo.

Run: ``python tests/perf/bench_server.py``. Starts its own throwaway server with ``.ci/postgres.sh start
--durable`` (fsync on, as a real server: the test server runs without) and stops it again. Targets
(issue 21):
- moving the large demo to the server (``server upload``): reported, no target;
- start-up to the sessions list painted on the large demo: at most 1.5x the same on SQLite (per pair);
- search per keystroke: at most 50 ms (p95 over every prefix of a set of words);
- capture (a line recorded and committed): at most 30 ms median;
- five writers at once: at least 50 recorded lines per second together.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import CASETAFEL, measure  # noqa: E402
from perf_common import large_database, median, percentile, report  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("CASETAFEL_BENCH_RUNS", "9"))
WORDS = ["schuldhulpverlening", "wachtlijst", "mantelzorg", "dagbesteding", "jeugdzorg", "coördinatie"]
WRITERS = 5
WRITE_SECONDS = 5.0


def _server() -> tuple[str, str]:
    """The admin address of a durable throwaway server started here, and its folder."""
    out = subprocess.run(
        ["bash", str(ROOT / ".ci" / "postgres.sh"), "start", "--durable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    values = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
    return values["CASETAFEL_TEST_POSTGRES"].strip("'"), values["CASETAFEL_TEST_POSTGRES_DIR"].strip("'")


def _fresh_database(admin: str, name: str) -> str:
    from sqlalchemy import create_engine, text

    from casetafel.storage.server import engine_url

    engine = create_engine(engine_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return engine_url(admin).set(database=name).render_as_string(hide_password=False)


def upload(local: Path, address: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "casetafel", "server", "upload", "--from", str(local), "--db", address],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def startup_ratio(local: Path, address: str) -> tuple[float, float, float]:
    measure(CASETAFEL, str(local))
    measure(CASETAFEL, address)
    pairs = [(measure(CASETAFEL, address)[0], measure(CASETAFEL, str(local))[0]) for _ in range(RUNS)]
    return median([s for s, _ in pairs]), median([f for _, f in pairs]), median([s / f for s, f in pairs])


def search_times(address: str) -> list[float]:
    from casetafel.services.container import Services

    services = Services.open(address)
    times = []
    try:
        services.search.search("schuld")  # the first query loads the modules
        for word in WORDS:
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                services.search.search(word[:end])
                times.append(time.perf_counter() - start)
    finally:
        services.close()
    return times


def capture_times(address: str, lines: int = 200) -> list[float]:
    from casetafel.services.container import Services

    services = Services.open(address)
    times = []
    try:
        meeting = services.meetings.list_meetings()[0]
        for n in range(lines):
            start = time.perf_counter()
            services.records.record_observation(
                meeting.id, None, "schot", f"meting {n}", phase_key="wat_zien_we"
            )
            times.append(time.perf_counter() - start)
    finally:
        services.close()
    return times


WRITER = textwrap.dedent(
    """
    import sys, time
    from casetafel.services.container import Services
    services = Services.open(sys.argv[1])
    meeting, seconds = int(sys.argv[2]), float(sys.argv[3])
    print("klaar", flush=True)
    sys.stdin.readline()
    done, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        if done % 4 == 3:
            services.records.record_question(meeting, None, f"vraag {done}")
        else:
            services.records.record_observation(meeting, None, "schot", f"regel {done}", phase_key="wat_zien_we")
        done += 1
    print(done, flush=True)
    """
)


def writers_per_second(address: str) -> float:
    from casetafel.services.container import Services

    services = Services.open(address)
    meeting = services.meetings.create_meeting("Vijf schrijvers").id
    services.close()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, address, str(meeting), str(WRITE_SECONDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        for _ in range(WRITERS)
    ]
    for process in processes:
        assert process.stdout.readline().strip() == "klaar"
    for process in processes:
        process.stdin.write("start\n")
        process.stdin.flush()
    total = sum(int(process.communicate(timeout=120)[0].strip()) for process in processes)
    return total / WRITE_SECONDS


def main() -> int:
    local = large_database()
    admin, started = _server()
    try:
        address = _fresh_database(admin, "casetafel_bench_large")
        upload_s = upload(local, address)
        print(f"---- server upload of the large demo: {upload_s:.1f} s")
        server_s, file_s, ratio = startup_ratio(local, address)
        print(f"start-up to the sessions list: server {server_s:.3f} s, file {file_s:.3f} s")
        ok = report("start-up on the server / on SQLite (large demo), per pair", ratio, 1.5, "x")
        searches = search_times(address)
        print(f"search per keystroke: median {median(searches) * 1000:.1f} ms over {len(searches)} prefixes")
        ok &= report(
            "search per keystroke p95 (server, large demo)", percentile(searches, 0.95) * 1000, 50, "ms"
        )
        captures = capture_times(address)
        print(f"capture p95 {percentile(captures, 0.95) * 1000:.1f} ms")
        ok &= report("capture, recorded and committed, median (server)", median(captures) * 1000, 30, "ms")
        rate = writers_per_second(address)
        ok &= report(
            f"{WRITERS} writers at once, recorded lines per second", rate, 50, "/s", lower_is_better=False
        )
        return 0 if ok else 1
    finally:
        subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", started], check=False)


def test_server_benchmarks() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
