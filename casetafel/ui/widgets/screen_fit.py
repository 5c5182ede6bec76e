"""Windows open at a size that fits the screen they are on, whatever the screen and text scaling."""

from __future__ import annotations

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.94  # leave room for panels and the window frame


def fit_to_screen(window: QWidget, largest_width: int, largest_height: int, screen: QScreen | None) -> None:
    """Size ``window`` to most of ``screen`` (at most ``largest_width`` × ``largest_height``) and centre it.

    A 1280×720 screen gets a window that fits inside it with its frame; a 1920×1080 screen is used
    instead of leaving a small window in its middle.
    """
    if screen is None:
        window.resize(largest_width, largest_height)
        return
    area = screen.availableGeometry()
    width = min(largest_width, int(area.width() * SCREEN_SHARE))
    height = min(largest_height, int(area.height() * SCREEN_SHARE))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
