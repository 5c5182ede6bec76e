"""A thin QTimer driver around the plain ``Countdown``: ticks a few times a second and reports the
display text and state (normal, warning, overtime) when they change; plus the timer's colours."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from casetafel.domain.countdown import Countdown, TimerState

TICK_MS = 200

# (text, background) per state; the high-contrast set is for a dark presenter screen.
TIMER_COLOURS = {
    TimerState.NORMAL: ("#1b1b1b", "transparent"),
    TimerState.WARNING: ("#000000", "#ffb000"),
    TimerState.OVERTIME: ("#ffffff", "#c40000"),
}
TIMER_COLOURS_HIGH_CONTRAST = {
    TimerState.NORMAL: ("#ffffff", "transparent"),
    TimerState.WARNING: ("#000000", "#ffd400"),
    TimerState.OVERTIME: ("#ffffff", "#e00000"),
}


def timer_style(state: str, high_contrast: bool = False) -> str:
    colours = TIMER_COLOURS_HIGH_CONTRAST if high_contrast else TIMER_COLOURS
    text, background = colours[TimerState(state)]
    return f"color: {text}; background: {background}; border-radius: 6px; padding: 0 12px;"


class TimerDriver(QObject):
    """Owns the countdown of the current step and emits ``changed(text, state)``."""

    changed = Signal(object, object)  # display text, state

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.countdown = Countdown(0, clock=clock)
        self._shown: tuple[str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def load(self, planned_seconds: int, elapsed: float, extra_seconds: int, running: bool) -> None:
        self.countdown = Countdown(
            planned_seconds, clock=self.clock, elapsed=elapsed, extra_seconds=extra_seconds, running=running
        )
        self.refresh(force=True)

    def toggle(self) -> bool:
        running = self.countdown.toggle()
        self.refresh(force=True)
        return running

    def add_minute(self) -> None:
        self.countdown.add_minute()
        self.refresh(force=True)

    def text(self) -> str:
        return self.countdown.display()

    def state(self) -> str:
        return self.countdown.state().value

    def refresh(self, force: bool = False) -> None:
        shown = (self.text(), self.state())
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit(*shown)

    def stop(self) -> None:
        self._timer.stop()
