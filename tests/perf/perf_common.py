"""Shared helpers of the benchmarks: the large demo database (built once and cached), timing, printing."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("CASETAFEL_BENCH_CACHE", Path(tempfile.gettempdir()) / "casetafel-bench"))


def large_database() -> Path:
    """The ``demo --size large`` database, built once per machine (delete the folder to rebuild)."""
    path = CACHE / "large.sqlite"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "casetafel", "--db", str(path), "demo", "--size", "large"],
            check=True,
            env=dict(os.environ, CASETAFEL_HOME=str(CACHE / "home")),
        )
    return path


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(name: str, value: float, target: float, unit: str = "", *, lower_is_better: bool = True) -> bool:
    met = value <= target if lower_is_better else value >= target
    sign = "≤" if lower_is_better else "≥"
    print(f"{'OK  ' if met else 'MIST'} {name:<58} {value:10.3f}{unit:<3} (doel {sign} {target}{unit})")
    return met
