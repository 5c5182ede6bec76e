"""Capture benchmark: Enter in the facilitation screen until the observation is committed and visible,
with the large demo database (30,000 observations) behind it. Targets: median ≤ 10 ms, p99 ≤ 30 ms.

As in a real session, the draft of the typed line has been saved (the window does that every second)
before Enter, so recording also clears the stored draft. Measured once with only the facilitation
window and once with the presenter screen shown as well. The presenter follows a moment later (a
coalescing timer, so typing stays instant); how long until the projected insights show the new record
is measured too, against a target of our own: at most 100 ms at the 99th percentile, well below what a
room notices.

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


def capture_times(
    db: Path, captures: int = CAPTURES, presenter: bool = False
) -> tuple[list[float], list[float]]:
    """Milliseconds from Enter until stored and listed; with ``presenter``, also until projected."""
    from PySide6.QtCore import QEventLoop, Qt
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
    if presenter:
        window.toggle_presenter(True)
    app.processEvents()
    while window.step.phase_key != "wat_zien_we":
        window.next_phase()
    line = window.capture.line
    view = window.ui.items_view
    times, projected = [], []
    for number in range(captures):
        text = f"Observatie {number}: de schotten tussen Wmo en Jeugdwet kosten tijd."
        line.setText(text)
        window.save_drafts()
        before = view.model().rowCount()
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        app.processEvents()
        if view.model().rowCount() != before + 1:
            raise RuntimeError("the observation did not appear")
        times.append((time.perf_counter() - start) * 1000)
        if presenter:
            while not (
                window.presenter.content.insights and window.presenter.content.insights[0].text == text
            ):
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
            app.processEvents()  # painted
            projected.append((time.perf_counter() - start) * 1000)
    window.close()
    services.close()
    stored = len(services.records.list_observations(planned.id))
    if stored < captures:
        raise RuntimeError(f"only {stored} of {captures} observations stored")
    return times, projected


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    db = folder / "capture.sqlite"
    ok = True
    try:
        for presenter, label in ((False, ""), (True, ", presentatiescherm open")):
            shutil.copy(large_database(), db)
            times, projected = capture_times(db, presenter=presenter)
            print(f"{len(times)} observaties vastgelegd op een database met 30.000 observaties{label}")
            ok &= report("vastleggen: mediaan (Enter tot zichtbaar en opgeslagen)", median(times), 10, "ms")
            ok &= report("vastleggen: 99e percentiel", percentile(times, 0.99), 30, "ms")
            if projected:
                ok &= report(
                    "presentatiescherm toont het nieuwe inzicht: 99e pct.",
                    percentile(projected, 0.99),
                    100,
                    "ms",
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


def test_capture() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
