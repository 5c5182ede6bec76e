"""Qt stops at casetafel/ui: every other package imports and runs without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import casetafel

CORE = Path(casetafel.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages([str(CORE)], prefix="casetafel."):
        if module.name.startswith(("casetafel.ui", "casetafel.app", "casetafel.storage.migrations")):
            continue
        if module.name == "casetafel.__main__":
            continue
        names.append(module.name)
    return names


def test_core_packages_import_without_pyside6() -> None:
    modules = core_modules()
    assert "casetafel.services.container" in modules and "casetafel.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_imports_outside_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        relative = path.relative_to(CORE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith(("from PySide6", "import PySide6")):
                offenders.append(relative)
    assert offenders == []


def test_report_modules_use_the_paragraph_that_wraps_once_per_width() -> None:
    """casetafel.report.paragraph.Paragraph; reportlab's own would wrap every table cell twice."""
    offenders = []
    for path in (CORE / "report").glob("*.py"):
        if path.name == "paragraph.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("from reportlab.platypus") and "Paragraph" in line.split("import", 1)[1]:
                offenders.append(path.name)
    assert offenders == []
