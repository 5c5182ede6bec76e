"""Follow-up benchmark on the large demo database (6,000 governance questions, 300 actions).

Targets (issue 16): the Opvolging page shows its first screen within 100 ms (page built, first rows in the
table, painted); each keystroke (typing or Backspace) in the free-text filter is answered within 30 ms once the whole list is
loaded (filter, model reset, repaint); a session's Uitkomsten tab opens within 100 ms; the
Stand van zaken of 1,000 items is written as PDF within 3 s. The time to load the whole list after the first screen is printed
for information.

Run: ``python tests/perf/bench_followup.py``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import large_database, median, percentile, report  # noqa: E402

TYPED = ("schuldhulp", "wachtlijst beschut", "griffie", "dagbesteding achttien")
RUNS = 5


CPU: dict[str, list[float]] = {"first": [], "keys": []}  # processor time of this thread, for information


def measure(db: Path) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.followup.page import FollowupPage

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    try:
        services.taxonomy.all_labels()  # the connection is open, as it is in the running program
        first, whole, keys = [], [], []
        for _ in range(RUNS):
            start, cpu = time.perf_counter(), time.thread_time()
            page = FollowupPage(services)
            page.resize(1280, 720)
            page.show()
            page.repaint()
            first.append((time.perf_counter() - start) * 1000)
            CPU["first"].append((time.thread_time() - cpu) * 1000)
            start = time.perf_counter()
            page.load_all()
            whole.append((time.perf_counter() - start) * 1000)
            page.close()
            page.deleteLater()
            app.processEvents()
        page = FollowupPage(services)
        page.resize(1280, 720)
        page.show()
        page.load_all()
        for text in TYPED:  # typed letter by letter, then taken back with Backspace
            for end in [*range(1, len(text) + 1), *range(len(text) - 1, -1, -1)]:
                start, cpu = time.perf_counter(), time.thread_time()
                page.text_filter.setText(text[:end])
                page.table.repaint()
                keys.append((time.perf_counter() - start) * 1000)
                CPU["keys"].append((time.thread_time() - cpu) * 1000)
            page.text_filter.clear()
        return first, whole, keys
    finally:
        services.close()


def outcome_times(db: Path) -> tuple[int, list[float]]:
    """Opening the Uitkomsten tab of the session with the most items: tab built, filled and painted."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.followup.outcomes_tab import OutcomesTab

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    try:
        with services.db.reading() as db_session:
            largest, count = (
                db_session.connection()
                .exec_driver_sql(
                    "SELECT meeting_id, count(*) FROM observations GROUP BY meeting_id ORDER BY 2 DESC LIMIT 1"
                )
                .one()
            )
        services.taxonomy.all_labels()
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            tab = OutcomesTab(services, QUndoStack())
            tab.resize(1000, 640)
            tab.load(largest)
            tab.show()
            tab.repaint()
            times.append((time.perf_counter() - start) * 1000)
            tab.close()
            tab.deleteLater()
            app.processEvents()
        return count, times
    finally:
        services.close()


def standing_seconds(db: Path, count: int = 1000) -> tuple[float, float]:
    """The Stand van zaken of ``count`` items as PDF: data gathered and the PDF written. Returns the
    wall-clock time and the processor time of this process (which a busy machine does not inflate)."""
    import tempfile

    from casetafel.report.standing import build_standing_pdf
    from casetafel.services.container import Services

    services = Services.open(db)
    try:
        start, processor = time.perf_counter(), time.process_time()
        items = services.followup.list_items()[:count]
        data = services.followup.standing_data(items=items)
        with tempfile.TemporaryDirectory() as folder:
            build_standing_pdf(data, Path(folder) / "stand.pdf")
        return time.perf_counter() - start, time.process_time() - processor
    finally:
        services.close()


def main() -> int:
    first, whole, keys = measure(large_database())
    print(f"Opvolging op de grote demo: {RUNS} keer geopend, {len(keys)} toetsaanslagen in het filter")
    ok = report("opvolging: eerste scherm (mediaan)", median(first), 100, "ms")
    print(f"     hele lijst geladen na het eerste scherm (mediaan): {median(whole):.1f} ms (ter informatie)")
    ok &= report("opvolging: filter per toetsaanslag, 95e percentiel", percentile(keys, 0.95), 30, "ms")
    ok &= report("opvolging: filter per toetsaanslag, slechtste", max(keys), 30, "ms")
    print(
        f"     processortijd (ter informatie): eerste scherm {median(CPU['first']):.1f} ms, toetsaanslag "
        f"95e percentiel {percentile(CPU['keys'], 0.95):.1f} ms, slechtste {max(CPU['keys']):.1f} ms"
    )
    count, opened = outcome_times(large_database())
    print(f"Uitkomsten van de bijeenkomst met de meeste observaties ({count})")
    ok &= report("uitkomsten-tab geopend (mediaan)", median(opened), 100, "ms")
    wall, processor = standing_seconds(large_database())
    ok &= report("stand van zaken, 1.000 items als PDF", wall, 3, "s")
    print(f"     waarvan processortijd van dit proces: {processor:.2f} s (ter informatie)")
    return 0 if ok else 1


def test_followup() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
