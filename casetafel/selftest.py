"""``casetafel --self-test``: check that this installation works, without touching the user's data.

Runs in a temporary ``CASETAFEL_HOME`` and offscreen (unless ``QT_QPA_PLATFORM`` is set): opens and
migrates a new database, loads the demo data, checks the report fonts, builds a PDF report, then starts
Qt with the Dutch translations and shows the main window. Prints one line per check (``OK`` or
``FOUT``) and returns 0 only when every check passed; it never raises. A frozen bundle that misses a
module, a data file or a Qt plugin fails here instead of exiting silently on a user's desk.
The Qt checks live in ``casetafel.ui.app_shell.self_check``, so this module imports without PySide6.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from casetafel import __version__

OK = "OK"
FAILED = "FOUT"
REPORT_TIME_LIMIT = 120  # seconds; the demo report takes about one


class SelfTest:
    """Runs named checks, prints one line each, remembers failures."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.passed = 0
        self.failed = 0

    def check(self, title: str, step: Callable[[], str]) -> bool:
        """Run ``step`` (which returns a short detail or raises) and print ``OK``/``FOUT`` with ``title``."""
        try:
            detail = step()
        except Exception as error:  # noqa: BLE001 - a self-test reports every failure and goes on
            self.failed += 1
            message = " ".join(f"{type(error).__name__}: {error}".split())
            self._line(FAILED, f"{title}: {message}")
            traceback.print_exc(file=sys.stderr)
            return False
        self.passed += 1
        self._line(OK, f"{title}: {detail}" if detail else title)
        return True

    def _line(self, status: str, text: str) -> None:
        print(f"{status:<4} {text}", file=self.out, flush=True)


def run_self_test() -> int:
    """Check this installation; 0 when every check passed, 1 otherwise. Never raises."""
    out = _output()
    test = SelfTest(out)
    saved_home = os.environ.get("CASETAFEL_HOME")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        print(f"casetafel {__version__} zelftest ({_where()})", file=out, flush=True)
        with tempfile.TemporaryDirectory(prefix="casetafel-zelftest-", ignore_cleanup_errors=True) as tmp:
            os.environ["CASETAFEL_HOME"] = str(Path(tmp) / "home")
            _run_checks(test, Path(tmp))
    except Exception as error:  # noqa: BLE001 - never raise from the self-test
        test.failed += 1
        test._line(FAILED, f"zelftest afgebroken: {type(error).__name__}: {error}")
        traceback.print_exc(file=sys.stderr)
    finally:
        if saved_home is None:
            os.environ.pop("CASETAFEL_HOME", None)
        else:
            os.environ["CASETAFEL_HOME"] = saved_home
    total = test.passed + test.failed
    if test.failed:
        print(f"Zelftest mislukt: {test.failed} van {total} controles mislukt.", file=out, flush=True)
        return 1
    print(f"Zelftest geslaagd: {total} controles in orde.", file=out, flush=True)
    return 0


def _run_checks(test: SelfTest, tmp: Path) -> None:
    state: dict = {}

    def open_database() -> str:
        from casetafel.services.container import Services
        from casetafel.storage import migrate

        state["services"] = Services.open(tmp / "home" / "casetafel.sqlite")
        return f"aangemaakt en bijgewerkt tot schemaversie {migrate.head_revision()}"

    def load_demo_data() -> str:
        from casetafel.services.demo import load_demo

        summary = load_demo(state["services"])
        if not summary.meetings:
            raise RuntimeError("geen bijeenkomsten geladen")
        return f"{summary.meetings} bijeenkomsten, {summary.cases} casussen"

    def logging_works() -> str:
        import logging

        from casetafel.logging_setup import setup_logging

        path = setup_logging()
        logging.getLogger(__name__).info("Zelftest")
        root = logging.getLogger()
        for handler in [h for h in root.handlers if Path(getattr(h, "baseFilename", "")) == path]:
            root.removeHandler(handler)  # release the file, so the temporary folder can go (Windows)
            handler.close()
        if path.stat().st_size == 0:
            raise RuntimeError(f"er is niets in {path} geschreven")
        return f"logbestand {path.name} geschreven"

    test.check("database", open_database)
    services = state.get("services")
    try:
        if services is not None:
            test.check("demogegevens", load_demo_data)
        test.check("logboek", logging_works)
        test.check("lettertypen (resources/fonts)", _check_fonts)
        test.check("reportlab-versneller", _check_report_accelerator)
        test.check("PostgreSQL-stuurprogramma (gedeelde database)", _check_server_driver)
        pdf = tmp / "zelftest-verslag.pdf"
        if services is not None and not test.check("PDF-verslag", lambda: _build_report(services, pdf)):
            pdf = None
        _run_gui_checks(test, services, tmp, pdf)
    finally:
        if services is not None:
            services.close()


def _check_server_driver() -> str:
    """psycopg 3 and its libpq load, and SQLAlchemy's dialect for them (no server needed)."""
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as dialect  # noqa: F401

    version = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__}, libpq {version // 10000}.{version % 10000} ({psycopg.pq.__impl__})"
    )


def _check_fonts() -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    from casetafel.paths import resource_path

    files = sorted(resource_path("fonts").glob("*.ttf"))
    if not files:
        raise FileNotFoundError(f"geen lettertypen in {resource_path('fonts')}")
    for number, path in enumerate(files):
        TTFont(f"CasetafelSelfTest{number}", str(path))
    return f"{len(files)} geladen"


def _check_report_accelerator() -> str:
    """reportlab measures and writes text with the C helpers of rl_accel when they are installed; without
    them it silently uses Python versions, and a long report takes a third longer."""
    from reportlab.lib import rl_accel

    if getattr(rl_accel.fp_str, "__module__", "") != "_rl_accel":
        raise RuntimeError("rl_accel ontbreekt: verslagen worden trager gemaakt (pip install rl_accel)")
    return "C-versie actief"


def _build_report(services, pdf: Path) -> str:
    if importlib.util.find_spec("casetafel.report.pdf") is None:
        return "overgeslagen (deze versie heeft nog geen PDF-verslag)"
    from casetafel.report import pdf as report_pdf

    if not hasattr(report_pdf, "build_pdf"):
        return "overgeslagen (deze versie heeft nog geen PDF-verslag)"
    from casetafel.domain.vocabulary import MeetingStatus
    from casetafel.report.data import ReportOptions

    finished = services.meetings.list_meetings(status=MeetingStatus.FINISHED.value)
    if not finished:
        raise RuntimeError("de demogegevens hebben geen afgeronde bijeenkomst")
    data = services.reporting.report_data(finished[0].id)
    result: list = []
    # A daemon thread with a time limit: a report that never finishes fails the check instead of hanging
    # the self-test (and CI) for ever; the thread is abandoned when the process ends.
    worker = threading.Thread(
        target=lambda: result.append(_capture(lambda: report_pdf.build_pdf(data, ReportOptions(), pdf))),
        name="zelftest-verslag",
        daemon=True,
    )
    worker.start()
    worker.join(REPORT_TIME_LIMIT)
    if worker.is_alive():
        raise TimeoutError(f"het verslag was na {REPORT_TIME_LIMIT} seconden nog niet klaar")
    pages, error = result[0]
    if error is not None:
        raise error
    if pages < 1 or pdf.read_bytes()[:5] != b"%PDF-":
        raise RuntimeError(f"geen geldig PDF-bestand ({pages} pagina's)")
    return f"{pages} pagina's"


def _capture(step: Callable[[], int]) -> tuple[int, Exception | None]:
    try:
        return step(), None
    except Exception as error:  # noqa: BLE001 - handed to the calling thread
        return 0, error


def _run_gui_checks(test: SelfTest, services, tmp: Path, pdf: Path | None) -> None:
    state: dict = {}

    def start_qt() -> str:
        from casetafel.ui.app_shell.self_check import start_application

        state["app"], detail = start_application()
        return detail

    if not test.check("Qt", start_qt):
        return
    from casetafel.ui.app_shell import self_check

    app = state["app"]
    test.check("vertaling casetafel_nl", lambda: self_check.check_own_translation(app, state))
    test.check("vertaling Qt (qtbase_nl)", lambda: self_check.check_qt_translation(app))
    test.check("programmapictogram", self_check.check_icon)
    if services is not None:
        test.check("hoofdvenster", lambda: self_check.check_main_window(app, services, tmp / "settings.ini"))
    if pdf is not None and pdf.is_file():
        test.check("PDF-voorbeeld (QtPdf)", lambda: self_check.check_pdf_preview(pdf))
    state.clear()


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"gebundeld, {Path(sys.executable).parent}"
    return f"Python {sys.version.split()[0]}, {Path(__file__).resolve().parent}"


def _output() -> TextIO:
    """stdout, or a file in the temp folder when there is none (a windowed program on Windows)."""
    if sys.stdout is not None:
        return sys.stdout
    return open(  # noqa: SIM115 - stays open for the rest of the (short) process
        Path(tempfile.gettempdir()) / "casetafel-zelftest.txt", "w", encoding="utf-8"
    )
