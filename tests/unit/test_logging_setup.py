"""The log file: written at set-up, turned over at start when it reached 1 MB, five old ones kept."""

from __future__ import annotations

import logging
from pathlib import Path

from casetafel.logging_setup import KEEP, setup_logging, turn_over


def test_a_full_log_is_turned_over_and_five_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "casetafel.log"
    for generation in range(KEEP + 2):
        path.write_text(f"generatie {generation}\n" + "x" * 100, encoding="utf-8")
        turn_over(path, max_bytes=50)
    assert not path.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"casetafel.log.{n}" for n in range(1, KEEP + 1)]
    assert (tmp_path / "casetafel.log.1").read_text(encoding="utf-8").startswith(f"generatie {KEEP + 1}")
    assert (tmp_path / f"casetafel.log.{KEEP}").read_text(encoding="utf-8").startswith("generatie 2")


def test_a_small_log_stays_and_set_up_adds_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "casetafel.log"
    path.write_text("vorige sessie\n", encoding="utf-8")
    turn_over(path)
    assert path.read_text(encoding="utf-8") == "vorige sessie\n"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(tmp_path) == path
        assert setup_logging(tmp_path) == path
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1
        logging.getLogger("casetafel.test").info("Gestart")
        added[0].flush()
        assert path.read_text(encoding="utf-8").startswith("vorige sessie\n")
        assert "Gestart" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_a_log_that_cannot_be_moved_keeps_the_older_ones(tmp_path: Path, monkeypatch) -> None:
    import os

    path = tmp_path / "casetafel.log"
    path.write_text("x" * 100, encoding="utf-8")
    (tmp_path / "casetafel.log.1").write_text("eerder", encoding="utf-8")
    real_replace = os.replace

    def in_use(source, target):  # Windows: another copy of the program has the log open
        if str(source) == str(path):
            raise PermissionError(13, "in gebruik")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", in_use)
    turn_over(path, max_bytes=50)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["casetafel.log", "casetafel.log.1"]
    assert (tmp_path / "casetafel.log.1").read_text(encoding="utf-8") == "eerder"
