"""The program's icon, from the PNG sizes that packaging/render_icons.py renders from casetafel.svg.

PNG is read by Qt itself; the SVG would load the Qt SVG library and its plugin at every start (about
2 MB and a few milliseconds) for a picture that never changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from casetafel.paths import resource_path

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", "casetafel.png")


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon
