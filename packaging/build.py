"""Build the casetafel bundle in one command: ``python packaging/build.py``.

0. checks that the packaging files carry the version of ``casetafel/__init__.py``,
1. makes a clean virtual environment in ``build/venv`` (``--reuse-venv`` keeps an existing one),
2. installs casetafel from this checkout (``pip install .``) and PyInstaller into it,
3. runs PyInstaller with ``packaging/casetafel.spec`` into ``dist/`` (one folder, windowed),
4. on Linux adds the desktop files in ``dist/casetafel/linux/``; checks that the data files Alembic and
   Qt load at run time are in the bundle,
5. runs the frozen program's ``--self-test`` from an empty folder with an empty ``CASETAFEL_HOME``,
6. prints the bundle's size and the time taken. Exits non-zero when any step fails.

Run it with the Python you want to ship (3.11 or newer), on the system you build for: PyInstaller does not
cross-compile. Windows: ``py -3.12 packaging\\build.py``; then the installer with Inno Setup (README).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
SPEC = ROOT / "packaging" / "casetafel.spec"
PYINSTALLER = "pyinstaller>=6.10,<7"
SELF_TEST_TIME_LIMIT = 300  # seconds; it takes about 5

# Files that must be in every bundle: (description, glob below the bundle folder).
REQUIRED = (
    ("Nederlandse vertaling", "**/casetafel/resources/i18n/casetafel_nl.qm"),
    ("Qt-vertaling qtbase_nl.qm", "**/PySide6/Qt/translations/qtbase_nl.qm"),
    ("lettertypen", "**/casetafel/resources/fonts/DejaVuSansCondensed.ttf"),
    ("pictogram", "**/casetafel/resources/icons/hicolor/32x32/apps/casetafel.png"),
    ("Alembic env.py", "**/casetafel/storage/migrations/env.py"),
    ("Alembic script.py.mako", "**/casetafel/storage/migrations/script.py.mako"),
    ("Alembic-revisies", "**/casetafel/storage/migrations/versions/0*.py"),
)


# Files that repeat the version number, with the pattern that finds it there.
VERSION_FILES = (
    (ROOT / "pyproject.toml", r'^version = "([^"]+)"'),
    (ROOT / "packaging" / "windows" / "casetafel.iss", r'^#define AppVersion "([^"]+)"'),
    (ROOT / "packaging" / "windows" / "version_info.txt", r"StringStruct\('ProductVersion', '([^']+)'\)"),
    (ROOT / "packaging" / "linux" / "nl.casetafel.Casetafel.metainfo.xml", r'<release version="([^"]+)"'),
)


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


def run(*command: str | Path, **kwargs) -> None:
    print("$", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def bundle_folder() -> Path:
    """The folder that holds the bundle (what an installer or archive takes)."""
    return DIST / ("casetafel.app" if sys.platform == "darwin" else "casetafel")


def bundle_executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "casetafel.app" / "Contents" / "MacOS" / "casetafel"
    return DIST / "casetafel" / ("casetafel.exe" if os.name == "nt" else "casetafel")


def check_versions() -> bool:
    """Every packaging file names the version of casetafel/__init__.py (the newest release for AppStream)."""
    step("Versienummers")
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "casetafel" / "__init__.py").read_text("utf-8"))[
        1
    ]
    ok = True
    for path, pattern in VERSION_FILES:
        found = re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE)
        same = bool(found) and found[1] == version
        print(
            f"{'OK' if same else 'FOUT':<4} {path.relative_to(ROOT)}: {found[1] if found else 'niet gevonden'}"
        )
        ok = ok and same
    return ok


def make_environment(reuse: bool) -> None:
    if reuse and venv_python().exists():
        step(f"Bestaande omgeving {VENV} hergebruiken")
    else:
        step(f"Schone virtuele omgeving in {VENV}")
        if VENV.exists():
            shutil.rmtree(VENV)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    python = venv_python()
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    # Not editable: the bundle is made from the installed package, as a user would have it.
    run(python, "-m", "pip", "install", "--quiet", "--no-cache-dir", str(ROOT), PYINSTALLER, cwd=BUILD)


def freeze() -> None:
    step("PyInstaller")
    for old in (DIST / "casetafel", DIST / "casetafel.app"):
        if old.exists():
            shutil.rmtree(old)
    run(
        venv_python(),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        SPEC,
        cwd=BUILD,  # not the checkout: the analysis must find the installed casetafel, not ./casetafel
    )


def add_desktop_files() -> None:
    """Linux: the .desktop and AppStream files travel with the bundle, for the install steps in the README."""
    if sys.platform.startswith("linux"):
        target = DIST / "casetafel" / "linux"
        target.mkdir(exist_ok=True)
        for path in (ROOT / "packaging" / "linux").glob("nl.casetafel.Casetafel.*"):
            shutil.copy2(path, target / path.name)


def check_contents() -> bool:
    step("Inhoud van de bundel")
    folder = bundle_folder()
    ok = True
    for description, pattern in REQUIRED:
        found = sorted(folder.glob(pattern))
        print(
            f"{'OK' if found else 'FOUT':<4} {description}: {found[0].relative_to(DIST) if found else 'ontbreekt'}"
        )
        ok = ok and bool(found)
    return ok


def self_test() -> bool:
    step("Zelftest van de gebundelde versie (lege map, lege CASETAFEL_HOME)")
    with tempfile.TemporaryDirectory(prefix="casetafel-bundeltest-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
        env.pop("VIRTUAL_ENV", None)
        env["CASETAFEL_HOME"] = str(Path(tmp) / "home")
        report = Path(tempfile.gettempdir()) / "casetafel-zelftest.txt"
        report.unlink(missing_ok=True)
        try:
            result = subprocess.run(
                [str(bundle_executable()), "--self-test"],
                cwd=tmp,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=SELF_TEST_TIME_LIMIT,
            )
        except subprocess.TimeoutExpired as expired:
            partial = expired.stdout or b""  # bytes on POSIX even in text mode
            print(partial.decode("utf-8", "replace") if isinstance(partial, bytes) else partial)
            print(f"FOUT de zelftest was na {SELF_TEST_TIME_LIMIT} seconden niet klaar")
            return False
    output = result.stdout or (report.read_text(encoding="utf-8") if report.exists() else "")
    print(output.rstrip() or "(geen uitvoer)")
    if result.returncode != 0:
        print(result.stderr.rstrip())
        print(f"FOUT de zelftest eindigde met code {result.returncode}")
    return result.returncode == 0


def size_of(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de casetafel-bundel met PyInstaller.")
    parser.add_argument("--reuse-venv", action="store_true", help="hergebruik build/venv als die er al is")
    parser.add_argument(
        "--skip-self-test", action="store_true", help="sla de zelftest over (niet voor uitgaven)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    BUILD.mkdir(exist_ok=True)
    if not check_versions():
        print(
            "FOUT zet overal hetzelfde versienummer (zie packaging/README.md, Een nieuwe versie)",
            file=sys.stderr,
        )
        return 1
    try:
        make_environment(args.reuse_venv)
        freeze()
        add_desktop_files()
    except subprocess.CalledProcessError as error:
        print(
            f"FOUT stap mislukt (code {error.returncode}): {' '.join(map(str, error.cmd))}", file=sys.stderr
        )
        return 1
    ok = check_contents()
    if not args.skip_self_test:
        ok = self_test() and ok
    size, count = size_of(bundle_folder())
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    step("Klaar" if ok else "Mislukt")
    print(f"Bundel: {bundle_folder()} ({size / 1_000_000:.0f} MB, {count} bestanden)")
    print(f"Bouwtijd: {minutes} min {seconds} s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
