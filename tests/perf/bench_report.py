"""Benchmark of the session report: a 50-case synthetic session (about 400-word descriptions, 20
observations per case) built with ``build_pdf`` against a bare reportlab build of the same text (one
SimpleDocTemplate pass, plain Paragraphs, the same embedded font). Prints pages per second of both and the
ratio, with the target "≤ 2.0x". Run as ``python tests/perf/bench_report.py`` (not part of the test suite).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from casetafel.report.data import ReportData, ReportOptions
from casetafel.report.fonts import register_fonts
from casetafel.report.pdf import build_pdf
from casetafel.report.sample import large_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import report  # noqa: E402

TARGET = 2.0
SETTLE_MS = 500
ROUNDS = 5


def all_texts(data: ReportData) -> list[str]:
    texts = [data.title]
    for case in data.cases:
        texts.append(f"{case.code} {case.title}")
        texts += case.description.split("\n\n")
        for observation in case.observations:
            texts.append(observation.text)
            texts.append(
                f"Wie kan wat: {', '.join(observation.actors)} · Domeinen: {', '.join(observation.domains)}"
            )
        for question in case.questions:
            texts.append(question.text)
            texts.append(f"Raadsrol: {question.council_role} · Thema: {question.theme}")
        texts += [action.text for action in case.actions]
    return texts


def bare_build(data: ReportData) -> int:
    fonts = register_fonts()
    style = ParagraphStyle("bare", fontName=fonts.regular, fontSize=9.5, leading=13.5, spaceAfter=5)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([Paragraph(escape(text), style) for text in all_texts(data)])
    return doc.page


def ours_build(data: ReportData) -> int:
    return build_pdf(data, ReportOptions(), io.BytesIO())


def measure(data: ReportData) -> tuple[tuple[int, float], tuple[int, float]]:
    """Both builds, interleaved, ``ROUNDS`` times; the fastest round of each counts (the least disturbed
    by other work on the machine)."""
    bare_times, our_times, bare_pages, our_pages = [], [], 0, 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        bare_pages = bare_build(data)
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        our_pages = ours_build(data)
        our_times.append(time.perf_counter() - start)
    return (bare_pages, min(bare_times)), (our_pages, min(our_times))


def largest_demo_meeting():
    """The report data of the session with the most observations in ``demo --size large``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from perf_common import large_database

    from casetafel.services.container import Services

    services = Services.open(large_database())
    try:
        meetings = services.meetings.list_meetings(status="afgerond")
        largest = max(meetings, key=lambda s: len(services.records.list_observations(s.id)))
        return services.reporting.report_data(largest.id)
    finally:
        services.close()


def app_like_gui():
    """The GUI thread as in the program: the main window on the large demo database is shown (its
    widgets and models call into Python for their events) and the interpreter lock is handed over as
    often as ``casetafel.app`` sets it. Returns what must stay alive while measuring."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from perf_common import CACHE, large_database
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from casetafel.app import SWITCH_INTERVAL_S
    from casetafel.services.container import Services
    from casetafel.ui.app_shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    services = Services.open(large_database())
    window = MainWindow(services, QSettings(str(CACHE / "bench-report.ini"), QSettings.Format.IniFormat))
    window.show()
    settle = QEventLoop()  # a user sees the window before asking for a report: its first layout is done
    QTimer.singleShot(SETTLE_MS, settle.quit)
    settle.exec()
    return app, services, window


def longest_event_loop_block(data: ReportData) -> tuple[float, float]:
    """Build the report as the report dialog does (``run_in_background``) while a 10 ms timer ticks on
    the GUI thread; returns (build seconds, longest gap between ticks in ms beyond the 10 ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from casetafel.ui.report.dialog import pdf_bytes
    from casetafel.ui.widgets.background import run_in_background

    app = QApplication.instance()
    clock, gaps, result = QElapsedTimer(), [], {}
    loop = QEventLoop()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def finished(value) -> None:
        result["value"] = value
        loop.quit()

    clock.start()
    timer.start()
    run_in_background(
        None, lambda progress: pdf_bytes(data, ReportOptions(), progress), finished, finished, label=None
    )
    loop.exec()
    timer.stop()
    if not isinstance(result.get("value"), bytes):
        raise RuntimeError(f"the report was not built: {result.get('value')!r}")
    app.processEvents()
    return clock.elapsed() / 1000, max(gaps) - 10


def background_builds() -> list[tuple[float, float]]:
    """Three background builds of the 50-case report in this process, set up as the program is after
    start-up (main window shown, start-up objects frozen out of cyclic GC by ``casetafel.app.started``)."""
    from casetafel.app import started

    register_fonts()
    ours_build(large_report(cases=1))  # warm up fonts, styles and imports
    _app, services, window = app_like_gui()
    started()
    try:
        data = large_report(cases=50, observations=20, description_words=400)
        return [longest_event_loop_block(data) for _ in range(3)]  # the first build of a session too
    finally:
        window.close()
        services.close()


def background_builds_in_a_fresh_process() -> list[tuple[float, float]]:
    """``background_builds`` in a process of its own: what earlier benchmarks left in this one (a heap the
    program would not have) does not lengthen the collector's pauses."""
    import json
    import subprocess

    result = subprocess.run(
        [sys.executable, __file__, "--background-builds"], capture_output=True, text=True, check=True
    )
    return [tuple(pair) for pair in json.loads(result.stdout.strip().splitlines()[-1])]


def main() -> int:
    register_fonts()
    ours_build(large_report(cases=1))  # warm up fonts, styles and imports for both
    ok = True
    builds = background_builds_in_a_fresh_process()
    print(
        "== 50 casussen op de achtergrond gebouwd, hoofdvenster open: "
        + ", ".join(f"{seconds:.2f} s (blokkade {block:.0f} ms)" for seconds, block in builds)
    )
    ok &= report(
        "langste blokkade van de event loop tijdens het bouwen", max(b for _, b in builds), 100, "ms"
    )
    print("== 50 casussen (het doel)")
    ok &= compare(large_report(cases=50, observations=20, description_words=400))
    # For information: a small report is dominated by its fixed parts (cover, contents, charts).
    print(
        "== grootste bijeenkomst van demo --size large (ter informatie, geen doel: voorblad, inhoud en "
        "grafieken wegen zwaar bij een klein verslag)"
    )
    compare(largest_demo_meeting(), target=None)
    return 0 if ok else 1


def test_report() -> None:
    assert main() == 0


def compare(data, target: float | None = TARGET) -> bool:
    """Print both builds and their ratios; with a ``target``, whether the ratio per page meets it."""
    (bare_pages, bare_seconds), (our_pages, our_seconds) = measure(data)
    bare_rate, our_rate = bare_pages / bare_seconds, our_pages / our_seconds
    ratio = bare_rate / our_rate
    print(f"bare reportlab : {bare_pages:4d} pages in {bare_seconds:6.2f} s = {bare_rate:6.1f} pages/s")
    print(f"casetafel      : {our_pages:4d} pages in {our_seconds:6.2f} s = {our_rate:6.1f} pages/s")
    verdict = (
        "" if target is None else f" (target ≤ {target:.1f}x) -> {'OK' if ratio <= target else 'TOO SLOW'}"
    )
    print(f"ratio          : {ratio:.2f}x slower per page{verdict}")
    print(f"time ratio     : {our_seconds / bare_seconds:.2f}x for the same text")
    return target is None or ratio <= target


if __name__ == "__main__":
    if sys.argv[1:] == ["--background-builds"]:
        import json

        print(json.dumps(background_builds()))
        sys.exit(0)
    sys.exit(main())
