"""Two people, one record: the cost of the version check and of refreshing the lists after another
client's change, on the large demo database (12 cases ... 6,000 governance questions).

Targets (issue 21, point 2): lists refresh within two seconds of another client's change. The refresh
runs after the notification (PostgreSQL: within milliseconds of the commit) and 0.3 s of gathering, so
the refresh of every list (case library, sessions, Opvolging, Uitkomsten of the largest session) gets
1.5 s. A follow-up save with the version check (a conflict-free save, as when typing) stays within 30 ms.
With ``CASETAFEL_TEST_POSTGRES`` set, the time from another client's commit to the notification is
measured on the test server too.

Run: ``python tests/perf/bench_concurrency.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import large_database, median, percentile, report  # noqa: E402

RUNS = 5
SAVES = 40


def refresh_times(db: Path) -> list[float]:
    """``MainWindow.refresh_after_changes`` with every list page built and the largest session shown."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.app_shell.main_window import CASES, FOLLOWUP, METHODS, SESSIONS, MainWindow

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    settings = QSettings(
        str(Path(tempfile.gettempdir()) / "bench_concurrency.ini"), QSettings.Format.IniFormat
    )
    try:
        window = MainWindow(services, settings)
        window.resize(1280, 800)
        window.show()
        for row in (SESSIONS, CASES, METHODS, FOLLOWUP):
            window.page(row)
        window.followup_page.load_all()
        sessions = window.sessions_page
        largest = max(services.meetings.list_meetings(), key=lambda m: m.case_count)
        sessions.select_id(largest.id)
        sessions.editor.outcomes  # noqa: B018 - builds the Uitkomsten tab
        app.processEvents()
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            window.refresh_after_changes(frozenset({"governance_questions"}))
            window.repaint()
            times.append((time.perf_counter() - start) * 1000)
        window.close()
        return times
    finally:
        services.close()


def save_times(db: Path) -> list[float]:
    from casetafel.services.container import Services
    from casetafel.services.followup import KIND_QUESTION

    services = Services.open(db)
    try:
        item = next(i for i in services.followup.list_items(limit=50) if i.kind == KIND_QUESTION)
        version, answer, times = item.version, item.answer, []
        for number in range(SAVES):
            new = f"{item.answer} ({number})"
            start = time.perf_counter()
            saved = services.followup.update_item(
                KIND_QUESTION, item.id, expected_version=version, was={"answer": answer}, answer=new
            )
            times.append((time.perf_counter() - start) * 1000)
            version, answer = saved.version, new
        services.followup.update_item(KIND_QUESTION, item.id, answer=item.answer)
        return times
    finally:
        services.close()


def notification_times() -> list[float] | None:
    address = os.environ.get("CASETAFEL_TEST_POSTGRES")
    if not address:
        return None
    import queue

    from sqlalchemy import create_engine, text

    from casetafel.services.container import Services
    from casetafel.storage.notifications import listen_for_changes
    from casetafel.storage.server import engine_url, open_server_database

    name = f"bench_notify_{os.getpid()}"
    admin = create_engine(engine_url(address), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    target = engine_url(address).set(database=name).render_as_string(hide_password=False)
    open_server_database(target).close()
    first, second = Services.open(target), Services.open(target)
    heard: queue.Queue = queue.Queue()
    listener = listen_for_changes(first.db, lambda change: heard.put(time.perf_counter()))
    try:
        case = second.cases.create_case("Meting", "")
        heard.get(timeout=2)
        times = []
        for number in range(SAVES):
            second.cases.update_case(case.id, title=f"Meting {number}")
            committed = time.perf_counter()
            times.append((heard.get(timeout=2) - committed) * 1000)
        return times
    finally:
        listener.stop()
        first.close()
        second.close()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def main() -> int:
    db = large_database()
    refreshed = refresh_times(db)
    ok = report("alle lijsten ververst na een wijziging elders (mediaan)", median(refreshed), 1500, "ms")
    ok &= report("alle lijsten ververst, slechtste", max(refreshed), 1500, "ms")
    saved = save_times(db)
    ok &= report("opvolging opgeslagen met versiecontrole (mediaan)", median(saved), 30, "ms")
    print(f"     95e percentiel {percentile(saved, 0.95):.1f} ms (ter informatie)")
    notified = notification_times()
    if notified is None:
        print("     geen testserver (CASETAFEL_TEST_POSTGRES): melding van de server niet gemeten")
    else:
        ok &= report("melding van de server na de commit van de ander (slechtste)", max(notified), 200, "ms")
        print(f"     mediaan {median(notified):.1f} ms (ter informatie)")
    return 0 if ok else 1


def test_concurrency() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
