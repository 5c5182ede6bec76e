"""Start-up benchmark: process start to the main window painted with its data, on the large demo database,
against a floor (a bare QApplication with a shown QMainWindow plus ``import sqlalchemy.orm``).

Run: ``python tests/perf/bench_startup.py`` (or ``python -m pytest tests/perf -s``). Targets: time at most
1.3x the floor; resident memory at most 1.3x the floor's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import CACHE, large_database, median, report  # noqa: E402

RUNS = int(os.environ.get("CASETAFEL_BENCH_RUNS", "15"))

PROBE = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def painted():
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow")]
    if not windows:
        QTimer.singleShot(1, painted)
        return
    windows[0].repaint()
    app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:  # Linux keeps ru_maxrss across exec (the parent's peak); VmHWM is this process's own peak
        with open("/proc/self/status") as status:
            rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    print(f"PAINTED {time.time()} {rss}", flush=True)
    app.quit()

QTimer.singleShot(0, painted)
"""

FLOOR = (
    PROBE
    + """
from PySide6.QtWidgets import QMainWindow
import sqlalchemy.orm
window = QMainWindow()
window.show()
app.exec()
"""
)

CASETAFEL = (
    PROBE
    + """
from casetafel.cli import main
main(["--db", sys.argv[1]])
"""
)


def measure(script: str, *args: str) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASETAFEL_HOME=str(CACHE / "home"))
    # An installed program has its bytecode (pip compiles it; the floor's libraries have theirs): the
    # warm-up run writes ours, as a user's first start does, also where the shell turned that off.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env)
    for line in result.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, when, rss = line.split()
            return float(when) - start, int(rss)
    raise RuntimeError(f"no paint: {result.stdout}\n{result.stderr}")


def startup_figures(db: Path, runs: int = RUNS) -> dict[str, float]:
    measure(FLOOR)
    measure(CASETAFEL, str(db))  # warm the file cache, write the bytecode
    floor, app = [], []
    for _ in range(runs):  # alternated, so a machine that slows down during the run hits both alike
        floor.append(measure(FLOOR))
        app.append(measure(CASETAFEL, str(db)))
    ratios = [a / f for (a, _), (f, _) in zip(app, floor, strict=True)]
    low, _middle, high = statistics.quantiles(ratios, n=4, method="inclusive")
    return {
        "floor_s": median([t for t, _ in floor]),
        "app_s": median([t for t, _ in app]),
        "floor_rss_kb": median([m for _, m in floor]),
        "app_rss_kb": median([m for _, m in app]),
        # Each program start against the floor measured just before it: a machine whose speed drifts
        # (a shared VM) moves both of a pair alike, so the median of these ratios is the steadier figure.
        "paired_ratio": median(ratios),
        "paired_ratio_quartiles": (low, high),
    }


def main() -> int:
    figures = startup_figures(large_database())
    print(
        f"floor {figures['floor_s']:.3f} s, {figures['floor_rss_kb'] / 1024:.0f} MB; "
        f"casetafel {figures['app_s']:.3f} s, {figures['app_rss_kb'] / 1024:.0f} MB"
    )
    low, high = figures["paired_ratio_quartiles"]
    print(
        f"ratio of the medians {figures['app_s'] / figures['floor_s']:.3f}x; "
        f"per pair: median {figures['paired_ratio']:.3f}x, quartiles {low:.3f}x – {high:.3f}x"
    )
    ok = report("start-up / floor (large demo database), per pair", figures["paired_ratio"], 1.3, "x")
    ok &= report("resident memory / floor", figures["app_rss_kb"] / figures["floor_rss_kb"], 1.3, "x")
    return 0 if ok else 1


def test_startup() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
