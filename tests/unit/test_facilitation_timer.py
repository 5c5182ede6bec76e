"""The countdown of a phase, driven by a fake clock: pause, resume, +1 minute, warning and overtime."""

from __future__ import annotations

from casetafel.domain.countdown import Countdown, TimerState, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_format_counts_down_then_shows_overtime_with_a_plus() -> None:
    assert format_seconds(600) == "10:00"
    assert format_seconds(59.2) == "01:00"
    assert format_seconds(0.4) == "00:01"
    assert format_seconds(0) == "00:00"
    assert format_seconds(-0.5) == "00:00"
    assert format_seconds(-192) == "+03:12"
    assert format_seconds(-3725) == "+62:05"


def test_a_paused_timer_does_not_count() -> None:
    clock = FakeClock()
    timer = Countdown(600, clock=clock)
    assert not timer.running and timer.display() == "10:00"
    clock.advance(30)
    assert timer.elapsed() == 0
    timer.start()
    clock.advance(90)
    assert timer.display() == "08:30"
    timer.pause()
    clock.advance(500)
    assert timer.elapsed() == 90 and timer.display() == "08:30"
    assert timer.toggle() is True
    clock.advance(10)
    assert timer.elapsed() == 100
    assert timer.toggle() is False


def test_warning_two_minutes_before_the_end_and_overtime_after() -> None:
    clock = FakeClock()
    timer = Countdown(300, clock=clock, running=True)
    clock.advance(179)
    assert timer.state() is TimerState.NORMAL
    clock.advance(1)
    assert timer.state() is TimerState.WARNING and timer.display() == "02:00"
    clock.advance(120)
    assert timer.display() == "00:00"
    clock.advance(192)
    assert timer.state() is TimerState.OVERTIME and timer.display() == "+03:12"


def test_plus_one_minute_extends_the_phase_even_in_overtime() -> None:
    clock = FakeClock()
    timer = Countdown(60, clock=clock, running=True)
    clock.advance(90)
    assert timer.display() == "+00:30"
    timer.add_minute()
    assert timer.display() == "00:30" and timer.state() is TimerState.WARNING
    assert timer.extra_seconds == 60
    assert timer.elapsed() == 90


def test_restored_state_continues_where_it_was() -> None:
    clock = FakeClock()
    timer = Countdown(600, clock=clock, elapsed=125.5, extra_seconds=60, running=False)
    assert timer.display() == "08:55" and not timer.running
    timer.start()
    clock.advance(4.5)
    assert timer.elapsed() == 130 and timer.display() == "08:50"
