"""``casetafel --self-test``: the check that CI runs on the frozen bundle, here on the installed package."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casetafel.selftest import SelfTest

CHECKS = (
    "database",
    "demogegevens",
    "logboek",
    "lettertypen",
    "reportlab-versneller",
    "PDF-verslag",
    "Qt",
    "vertaling casetafel_nl",
    "vertaling Qt (qtbase_nl)",
    "programmapictogram",
    "hoofdvenster",
)


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8")
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=180)


def test_self_test_passes_and_reports_every_check(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screenshot = tmp_path / "hoofdvenster.png"
    monkeypatch.setenv("CASETAFEL_SELFTEST_SCREENSHOT", str(screenshot))
    result = run(["-m", "casetafel", "--self-test"], home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("casetafel ") and "zelftest" in lines[0]
    assert not [line for line in lines if line.startswith("FOUT")]
    for check in CHECKS:
        assert any(line.startswith(f"OK   {check}") for line in lines), f"no OK line for {check}"
    assert lines[-1].startswith("Zelftest geslaagd")
    assert "Traceback" not in result.stderr
    assert screenshot.stat().st_size > 0
    # The self-test works in a temporary folder: the user's data folder is not created.
    assert not private_home.exists()


def test_a_failing_check_gives_a_fout_line_and_exit_1(private_home: Path) -> None:
    script = (
        "import casetafel.selftest as s\n"
        "def broken():\n"
        "    raise FileNotFoundError('lettertype weg')\n"
        "s._check_fonts = broken\n"
        "s._build_report = lambda services, pdf: 'overgeslagen'  # keep this test about one failure\n"
        "raise SystemExit(s.run_self_test())\n"
    )
    result = run(["-c", script], home=private_home)
    assert result.returncode == 1
    assert "FOUT lettertypen (resources/fonts): FileNotFoundError: lettertype weg" in result.stdout
    assert "OK   hoofdvenster" in result.stdout  # the other checks still run
    assert result.stdout.splitlines()[-1].startswith("Zelftest mislukt: 1 van")


def test_check_never_raises() -> None:
    out = io.StringIO()
    test = SelfTest(out)

    def boom() -> str:
        raise RuntimeError("kapot\nmet een tweede regel")

    assert test.check("iets", boom) is False
    assert test.check("anders", lambda: "prima") is True
    assert out.getvalue().splitlines() == [
        "FOUT iets: RuntimeError: kapot met een tweede regel",
        "OK   anders: prima",
    ]
    assert (test.passed, test.failed) == (1, 1)


def test_a_report_that_never_finishes_fails_within_the_time_limit(private_home: Path) -> None:
    script = (
        "import time\n"
        "import casetafel.report.pdf as pdf\n"
        "import casetafel.selftest as s\n"
        "pdf.build_pdf = lambda *args, **kwargs: time.sleep(60)\n"
        "s.REPORT_TIME_LIMIT = 1\n"
        "raise SystemExit(s.run_self_test())\n"
    )
    result = run(["-c", script], home=private_home)
    assert result.returncode == 1
    assert "FOUT PDF-verslag: TimeoutError: het verslag was na 1 seconden nog niet klaar" in result.stdout
    assert "PDF-voorbeeld" not in result.stdout
    assert "OK   hoofdvenster" in result.stdout
