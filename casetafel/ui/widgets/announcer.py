"""Spoken feedback for screen readers (AT-SPI on Linux, UI Automation on Windows, VoiceOver on macOS).

Things that change without the focus moving (a phase change, a recorded item, a pause, an autosave, the
timer reaching its last minutes) are sent as a Qt accessibility announcement. Qt has had
``QAccessibleAnnouncementEvent`` since 6.8; where it is missing, the message is set as the accessible
description of a live status label, which screen readers read as a change of the window's status.
The last messages are kept, so tests (and a person asking "what did it say?") can read them back.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

try:  # PySide6 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older PySide6
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

HISTORY = 50


class Announcer:
    """Announces short messages on behalf of ``owner`` (a window)."""

    def __init__(self, owner: QWidget, live_label: QLabel | None = None) -> None:
        self.owner = owner
        self.live_label = live_label
        self.history: deque[str] = deque(maxlen=HISTORY)

    @property
    def last(self) -> str:
        return self.history[-1] if self.history else ""

    def announce(self, message: str, assertive: bool = False) -> None:
        message = message.strip()
        if not message:
            return
        self.history.append(message)
        if QAccessibleAnnouncementEvent is not None:
            event = QAccessibleAnnouncementEvent(self.owner, message)
            if assertive:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)
            return
        if self.live_label is not None:  # pragma: no cover - older PySide6
            self.live_label.setAccessibleDescription(message)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.live_label, QAccessible.Event.DescriptionChanged)
            )
