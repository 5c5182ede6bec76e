"""A plain-Python callback list used instead of ``Signal`` for the facilitation window's own events.

PySide6 6.12 on Python 3.11 loses a reference to ``True`` on every ``Signal.emit()`` made from Python
(signals emitted by Qt itself are fine). A session of two hours with a timer that emits every second
would drive that count to zero and abort the program with "bool_dealloc". ``Hook`` has the same
``connect``/``emit`` shape, runs synchronously on the caller's (GUI) thread and touches no Qt code.
"""

from __future__ import annotations

from collections.abc import Callable


class Hook:
    def __init__(self) -> None:
        self._callbacks: list[Callable[..., object]] = []

    def connect(self, callback: Callable[..., object]) -> None:
        self._callbacks.append(callback)

    def emit(self, *args: object) -> None:
        for callback in list(self._callbacks):
            callback(*args)
