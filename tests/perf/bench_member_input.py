"""Council members' own input on the large demo database: the "Mijn inbreng" window and its service.

Targets (issue 21, point 4; set here, the issue names none for this window): the window shows its first
screen (the attended sessions, the public outcomes and follow-up of the newest one, painted) within
500 ms; choosing another session shows it within 300 ms; storing one input takes at most 30 ms (median);
accepting it (it becomes an observation) at most 50 ms; the Uitkomsten tab with 20 waiting inputs opens
within 150 ms. The public outcomes are the masked public report data of the session, so the detector
runs over every text of that session once.

Run: ``python tests/perf/bench_member_input.py``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import large_database, median, report  # noqa: E402

RUNS = 5


MEMBER = "Fleur Bakker"


def with_member(source: Path, folder: Path) -> Path:
    """A copy of the large demo (which has no names) where one council member attended every fifth
    session, as a member of a large council over a few years would."""
    import sqlite3

    target = folder / "inbreng.sqlite"
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
        copy.execute(
            "UPDATE participants SET name = ?, present = 1 WHERE id IN (SELECT min(id) FROM participants "
            "WHERE role = 'raadslid' AND meeting_id % 5 = 0 GROUP BY meeting_id)",
            (MEMBER,),
        )
    return target


def measure(db: Path) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.services.member_input import Author
    from casetafel.ui.followup.outcomes_tab import OutcomesTab
    from casetafel.ui.member_input.window import MemberInputWindow

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    times: dict[str, list[float]] = {"first": [], "switch": [], "add": [], "accept": [], "outcomes": []}
    try:
        services.taxonomy.all_labels()  # the connection is open, as in the running program
        author = Author(name=MEMBER)
        print(
            f"Mijn inbreng van ‘{MEMBER}’: aanwezig bij {len(services.member_input.attended(author))} bijeenkomsten"
        )
        for _ in range(RUNS):
            start = time.perf_counter()
            window = MemberInputWindow(services, author)
            window.resize(1280, 720)
            window.show()
            window.repaint()
            times["first"].append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            window.sessions.setCurrentRow(1)
            window.repaint()
            times["switch"].append((time.perf_counter() - start) * 1000)
            window.close()
            window.deleteLater()
            app.processEvents()
        meeting_id = services.member_input.attended(author)[0].meeting_id
        added = []
        for number in range(20):
            start = time.perf_counter()
            added.append(
                services.member_input.add(author, meeting_id, "inzicht", f"Wat ik meeneem, nummer {number}")
            )
            times["add"].append((time.perf_counter() - start) * 1000)
        for _ in range(RUNS):
            start = time.perf_counter()
            tab = OutcomesTab(services, QUndoStack())
            tab.resize(1000, 640)
            tab.load(meeting_id)
            tab.show()
            tab.repaint()
            times["outcomes"].append((time.perf_counter() - start) * 1000)
            tab.close()
            tab.deleteLater()
            app.processEvents()
        for info in added[:10]:
            start = time.perf_counter()
            services.member_input.accept(info.id)
            times["accept"].append((time.perf_counter() - start) * 1000)
        return times
    finally:
        services.close()


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        times = measure(with_member(large_database(), Path(folder)))
    ok = report("mijn inbreng: eerste scherm (mediaan)", median(times["first"]), 500, "ms")
    print(
        f"     de eerste keer (de detector en zijn woordenlijsten nog niet geladen): {times['first'][0]:.1f} ms"
    )
    ok &= report("mijn inbreng: andere bijeenkomst gekozen (mediaan)", median(times["switch"]), 300, "ms")
    ok &= report("inbreng opslaan (mediaan)", median(times["add"]), 30, "ms")
    ok &= report("inbreng opnemen in de uitkomsten (mediaan)", median(times["accept"]), 50, "ms")
    ok &= report("uitkomsten-tab met 20 wachtende inbreng (mediaan)", median(times["outcomes"]), 150, "ms")
    return 0 if ok else 1


def test_member_input() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
