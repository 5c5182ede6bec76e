"""Capture benchmark: Enter in the facilitation screen until the observation is committed and visible,
with the large demo database (30,000 observations) behind it. Targets: median ≤ 10 ms, p99 ≤ 30 ms.

Run: ``python tests/perf/bench_capture.py``.
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

CAPTURES = int(os.environ.get("CASETAFEL_BENCH_CAPTURES", "300"))


def capture_times(db: Path, captures: int = CAPTURES) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.facilitation_window import FacilitationWindow

    app = QApplication.instance() or QApplication([])
    services = Services.open(db)
    planned = services.sessions.list_sessions(status="gepland")[0]
    window = FacilitationWindow(services, planned.id)
    window.begin()
    window.show()
    app.processEvents()
    while window.step.phase_key != "wat_zien_we":
        window.next_phase()
    line = window.capture.line
    view = window.ui.items_view
    times = []
    for number in range(captures):
        line.setText(f"Observatie {number}: de schotten tussen Wmo en Jeugdwet kosten tijd.")
        before = view.model().rowCount()
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        app.processEvents()
        if view.model().rowCount() != before + 1:
            raise RuntimeError("the observation did not appear")
        times.append((time.perf_counter() - start) * 1000)
    window.close()
    services.close()
    stored = len(services.records.list_observations(planned.id))
    if stored < captures:
        raise RuntimeError(f"only {stored} of {captures} observations stored")
    return times


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    db = folder / "capture.sqlite"
    shutil.copy(large_database(), db)
    try:
        times = capture_times(db)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(times)} observaties vastgelegd op een database met 30.000 observaties")
    ok = report("vastleggen: mediaan (Enter tot zichtbaar en opgeslagen)", median(times), 10, "ms")
    ok &= report("vastleggen: 99e percentiel", percentile(times, 0.99), 30, "ms")
    return 0 if ok else 1


def test_capture() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
