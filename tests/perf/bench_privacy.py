"""Privacy benchmarks on the large demo database.

1. Underlining in the capture line: a 200-word line typed key by key in the facilitation window; per
   keystroke, the key itself, the check of the whole line (which runs when typing pauses) and the
   repaint with the underline. Target: at most 50 ms at the 99th percentile.
2. Publication review: listing the open findings of the largest session (the most observations,
   questions and actions). Target: at most 1 s.

Run: ``python tests/perf/bench_privacy.py``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import large_database, median, percentile, report  # noqa: E402

KEYSTROKES = int(os.environ.get("CASETAFEL_BENCH_KEYSTROKES", "200"))


def two_hundred_words() -> str:
    from casetafel.services import demo_content

    words = " ".join(case.description for case in demo_content.DEMO_CASES).split()[:195]
    return " ".join(words) + " mevrouw Jansen belde 0612345678 gisteren"


def keystroke_times(db: Path) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.facilitation.window import FacilitationWindow

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    planned = services.meetings.list_meetings(status="gepland")[0]
    window = FacilitationWindow(services, planned.id)
    window.begin()
    window.show()
    app.processEvents()
    while window.step.phase_key != "wat_zien_we":
        window.next_phase()
    line = window.capture.line
    line.setFocus()
    line.setText(two_hundred_words())
    window.line_check.run_now()
    times = []
    for number in range(KEYSTROKES):
        key = Qt.Key.Key_Space if number % 6 == 5 else Qt.Key.Key_A
        start = time.perf_counter()
        QTest.keyClick(line, key)
        window.line_check.run_now()
        line.repaint()
        times.append((time.perf_counter() - start) * 1000)
    if not window.line_check.findings:
        raise RuntimeError("the line was not checked")
    window.close()
    services.close()
    return times


def review_seconds(db: Path) -> tuple[float, int, int]:
    from sqlalchemy import func, select

    from casetafel.services.container import Services
    from casetafel.storage.models import Observation

    services = Services.open(db)
    with services.db.reading() as db_session:
        largest = db_session.execute(
            select(Observation.meeting_id, func.count())
            .group_by(Observation.meeting_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    start = time.perf_counter()
    texts = services.publication.session_findings(largest[0])
    seconds = time.perf_counter() - start
    services.close()
    return seconds, largest[1], len(texts)


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    db = folder / "privacy.sqlite"
    ok = True
    try:
        shutil.copy(large_database(), db)
        times = keystroke_times(db)
        print(f"{len(times)} toetsaanslagen op een regel van 200 woorden, database met 30.000 observaties")
        ok &= report("onderstrepen per toetsaanslag: mediaan", median(times), 50, "ms")
        ok &= report("onderstrepen per toetsaanslag: 99e percentiel", percentile(times, 0.99), 50, "ms")
        seconds, observations, texts = review_seconds(db)
        print(f"grootste bijeenkomst: {observations} observaties, {texts} teksten met vondsten")
        ok &= report("publicatiecontrole: vondsten van de grootste bijeenkomst", seconds, 1.0, "s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


def test_privacy() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
