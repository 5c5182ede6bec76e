"""Both windows are usable at 1280×720 at 100 %, and at 1920×1080 with 150 % scaling or 150 % text: they
open inside the screen, the phase title is not cut under the timer, "Finish" stays on the toolbar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("screen_probe.py")


def probe(tmp_path: Path, width: int, height: int, scale: str = "1", font_scale: str = "1") -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
              "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"synchronousWindowSystemEvents": False, "screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "PROBE_FONT_SCALE": font_scale}  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale", "font_scale"),
    [(1280, 720, "1", "1"), (1920, 1080, "1.5", "1"), (1920, 1080, "1", "1.5")],
    ids=["1280x720", "1920x1080-scale-150", "1920x1080-text-150"],
)
def test_windows_fit_and_stay_usable(tmp_path: Path, width, height, scale, font_scale) -> None:
    found = probe(tmp_path, width, height, scale, font_scale)
    room_w, room_h = found["screen"]
    for name in ("main", "table"):
        size, minimum = found[name]["size"], found[name]["minimum"]
        assert size[0] <= room_w and size[1] <= room_h, (name, found)
        assert minimum[0] <= room_w and minimum[1] <= room_h, (name, found)
    assert found["phase_clear_of_timer"] and found["phase_text_fits"], found
    assert found["finish_on_toolbar"] and found["line_visible"], found
    assert found["list_rows_visible"] >= 5, found
