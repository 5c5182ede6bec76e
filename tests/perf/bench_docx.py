"""Benchmark of the Word report: the 50-case synthetic session of ``bench_report`` (about 400-word
descriptions, 20 observations per case) as DOCX in both variants, with the chart images, target ≤ 3 s;
and, for information, the largest session of ``demo --size large``. Run as
``python tests/perf/bench_docx.py`` (not part of the test suite)."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casetafel.report.data import ReportOptions, ReportVariant
from casetafel.report.docx import build_docx
from casetafel.report.sample import large_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_common import report  # noqa: E402

TARGET_S = 3.0
ROUNDS = 3


def fastest(data, options) -> float:
    from casetafel.ui.report.chart_image import chart_png

    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        build_docx(data, options, io.BytesIO(), chart_image=chart_png)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    build_docx(large_report(cases=1), ReportOptions(), io.BytesIO())  # warm up imports
    data = large_report(cases=50, observations=20, description_words=400)
    ok = True
    print("== 50 casussen als Word-document (het doel)")
    ok &= report("DOCX vertrouwelijk, 50 casussen", fastest(data, ReportOptions()), TARGET_S, " s")
    ok &= report(
        "DOCX openbaar, 50 casussen",
        fastest(data, ReportOptions(variant=ReportVariant.PUBLIC)),
        TARGET_S,
        " s",
    )
    from bench_report import largest_demo_meeting

    print("== grootste bijeenkomst van demo --size large (ter informatie)")
    print(f"DOCX vertrouwelijk: {fastest(largest_demo_meeting(), ReportOptions()):.2f} s")
    return 0 if ok else 1


def test_docx() -> None:
    assert main() == 0


if __name__ == "__main__":
    sys.exit(main())
