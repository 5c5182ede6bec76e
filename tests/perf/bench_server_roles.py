"""Roles on a shared database, on the large demo (300 sessions, 1,500 cases, 30,000 observations).

Targets (issue 21): the griffie's row-level security and the raadslid's views cost little next to the
administrator reading the same: the sessions list and the follow-up list within 1.5x of the
administrator's time (the issue's start-up target on a server is 1.5x SQLite), a search as griffie
within 50 ms; ``server init`` (migration check, every GRANT, view and policy) within 10 s.

Needs the test server: ``eval "$(bash .ci/postgres.sh start)"``, then
``python tests/perf/bench_server_roles.py``. The database is made once per server (``casetafel_bench_roles``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import CACHE, median, report  # noqa: E402

DATABASE = "casetafel_bench_roles"
PASSWORD = "bench-wachtwoord-1"
RUNS = 7


def prepare(server: str) -> str:
    from sqlalchemy import create_engine, text

    from casetafel.storage.server import engine_url

    admin = create_engine(engine_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": DATABASE}
        ).first()
        if not exists:
            connection.execute(text(f"CREATE DATABASE {DATABASE}"))
    admin.dispose()
    address = engine_url(server).set(database=DATABASE).render_as_string(hide_password=False)
    engine = create_engine(address)
    with engine.connect() as connection:
        filled = connection.execute(text("SELECT to_regclass('meetings') IS NOT NULL")).scalar() and (
            connection.execute(text("SELECT count(*) FROM meetings")).scalar() > 100
        )
    if not filled:
        libpq = address.replace("postgresql+psycopg://", "postgresql://")
        subprocess.run(
            [sys.executable, "-m", "casetafel", "--db", libpq, "demo", "--size", "large"],
            check=True,
            env=dict(os.environ, CASETAFEL_HOME=str(CACHE / "home")),
        )
    # The planner's statistics, as the server's autovacuum gathers them soon after a bulk load (without
    # them it guesses the council member's few sessions wrong, and the follow-up list takes 8x longer).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
    with engine.begin() as connection:
        # the council member attended every second finished session
        connection.execute(
            text(
                "UPDATE participants p SET login = 'bench_raadslid' FROM meetings m WHERE m.id = p.meeting_id "
                "AND m.id % 2 = 0 AND p.role = 'raadslid' AND p.position = (SELECT min(position) FROM "
                "participants q WHERE q.meeting_id = p.meeting_id AND q.role = 'raadslid')"
            )
        )
    engine.dispose()
    return address


def logins(address: str) -> dict[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from casetafel.storage.server_logins import add_user

    engine = create_engine(address)
    made = {}
    for role in ("griffie", "raadslid"):
        name = f"bench_{role}"
        with engine.connect() as connection:
            there = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        if not there:
            add_user(engine, name, role, PASSWORD)
        made[role] = (
            make_url(address).set(username=name, password=PASSWORD).render_as_string(hide_password=False)
        )
    engine.dispose()
    made["beheerder"] = address
    return made


def timed(call) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return median(times)


def main() -> int:
    server = os.environ.get("CASETAFEL_TEST_POSTGRES")
    if not server:
        print('Geen testserver: eval "$(bash .ci/postgres.sh start)" eerst.')
        return 2
    from sqlalchemy import create_engine

    from casetafel.services.container import Services
    from casetafel.storage.server_setup import initialise

    address = prepare(server)
    engine = create_engine(address)
    start = time.perf_counter()
    result = initialise(engine, DATABASE)
    init_seconds = time.perf_counter() - start
    engine.dispose()
    addresses = logins(address)
    figures: dict[str, dict[str, float]] = {}
    for who, login in addresses.items():
        services = Services.open(login)
        try:
            services.meetings.list_meetings()  # connection open, as in the running program
            figures[who] = {
                "sessies": timed(services.meetings.list_meetings),
                "opvolging": timed(services.followup.list_items),
            }
            if who != "raadslid":
                figures[who]["zoeken"] = timed(lambda s=services: s.search.search("schuldhulp wachtlijst"))
            figures[who]["aantal sessies"] = len(services.meetings.list_meetings())
        finally:
            services.close()
    ok = report(f"server init ({len(result.statements)} opdrachten)", init_seconds, 10.0, " s")
    base = figures["beheerder"]
    for who in ("griffie", "raadslid"):
        for what in ("sessies", "opvolging"):
            ratio = figures[who][what] / max(base[what], 0.001)
            print(f"     {who} {what}: {figures[who][what]:.1f} ms, beheerder {base[what]:.1f} ms")
            ok &= report(f"{who}: {what} t.o.v. beheerder", ratio, 1.5, "x")
    ok &= report(
        "griffie: zoeken (rijbeveiliging op casussen en index)", figures["griffie"]["zoeken"], 50.0, " ms"
    )
    print(
        f"     sessies zichtbaar: beheerder {figures['beheerder']['aantal sessies']:.0f}, "
        f"griffie {figures['griffie']['aantal sessies']:.0f}, raadslid {figures['raadslid']['aantal sessies']:.0f}"
    )
    return 0 if ok else 1


def test_server_roles() -> None:
    import pytest

    if not os.environ.get("CASETAFEL_TEST_POSTGRES"):
        pytest.skip("geen testserver (CASETAFEL_TEST_POSTGRES)")
    assert main() == 0


if __name__ == "__main__":
    sys.exit(main())
