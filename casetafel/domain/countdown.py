"""The countdown of one phase, as plain logic: planned time, added minutes, pause and overtime.

The time source is injectable (``clock`` returns seconds, e.g. ``time.monotonic``), so the rules can be
tested without waiting and without Qt. The display counts down to ``00:00`` and then keeps counting up
as overtime, shown as ``+03:12``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

WARNING_SECONDS = 120


class TimerState(StrEnum):
    NORMAL = "normaal"
    WARNING = "bijna"
    OVERTIME = "overtijd"


def format_seconds(seconds: float) -> str:
    """Remaining time as ``MM:SS`` (rounded up), overtime as ``+MM:SS`` (rounded down)."""
    if seconds > 0:
        whole = math.ceil(seconds - 1e-9)
        sign = ""
    else:
        whole = math.floor(-seconds + 1e-9)
        sign = "+" if whole > 0 else ""
    minutes, rest = divmod(int(whole), 60)
    return f"{sign}{minutes:02d}:{rest:02d}"


class Countdown:
    """Planned seconds plus added minutes, minus the seconds spent while running."""

    def __init__(
        self,
        planned_seconds: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        elapsed: float = 0.0,
        extra_seconds: int = 0,
        running: bool = False,
    ) -> None:
        self._clock = clock
        self.planned_seconds = int(planned_seconds)
        self.extra_seconds = int(extra_seconds)
        self._banked = float(elapsed)
        self._since: float | None = clock() if running else None

    # -- state ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        """Seconds actually spent in this phase (running time only)."""
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self.planned_seconds + self.extra_seconds - self.elapsed()

    def state(self) -> TimerState:
        remaining = self.remaining()
        if remaining <= 0 and self.elapsed() > 0:
            return TimerState.OVERTIME
        if remaining <= WARNING_SECONDS:
            return TimerState.WARNING
        return TimerState.NORMAL

    def display(self) -> str:
        return format_seconds(self.remaining())

    # -- changes ----------------------------------------------------------------------------------
    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def toggle(self) -> bool:
        """Pause a running timer or resume a paused one; returns whether it now runs."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def add_minute(self, minutes: int = 1) -> None:
        self.extra_seconds += 60 * int(minutes)
