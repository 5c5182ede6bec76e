"""Update the Dutch translation catalogue from the sources and build the .qm file.

Run ``python packaging/translations.py`` after changing user-visible strings in ``casetafel/ui`` or
``casetafel/app.py``; then translate the new entries in ``resources/i18n/casetafel_nl.ts`` (Qt Linguist
or a text editor) and run it again to rebuild ``casetafel_nl.qm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "casetafel_nl.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "casetafel" / "ui").rglob("*.py")) + [ROOT / "casetafel" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def main() -> int:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(TS_FILE.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(TS_FILE.with_suffix(".qm"))], check=True
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
