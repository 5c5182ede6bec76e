"""Bar charts as PNG images for the Word report, drawn with Qt (the report package itself has no Qt and
reportlab cannot rasterise without cairo). Works without a window: the command line gets an offscreen
application when none exists."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter

MAX_BARS = 12
SCALE = 2.0  # pixels per point: sharp when printed at 150 mm
WIDTH_PT = 430.0
BAR_PITCH_PT = 16.0
LABEL_PT = 150.0
BAR = QColor("#4a7db3")
INK = QColor("#1d2733")
RULE = QColor("#c5ced8")

_app = None


def _ensure_application() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def chart_png(items: Sequence[tuple[str, int]], title: str = "") -> bytes:
    """A horizontal bar chart of the first twelve (label, count) pairs, top to bottom as given."""
    _ensure_application()
    shown = list(items[:MAX_BARS])
    height_pt = BAR_PITCH_PT * max(len(shown), 1) + 8
    image = QImage(int(WIDTH_PT * SCALE), int(height_pt * SCALE), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    highest = max((count for _, count in shown), default=0) or 1
    room = WIDTH_PT - LABEL_PT - 30
    for index, (label, count) in enumerate(shown):
        top = 4 + index * BAR_PITCH_PT
        painter.setPen(INK)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_PT - 10)
        painter.drawText(
            QRectF(0, top, LABEL_PT - 6, BAR_PITCH_PT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        width = room * count / highest
        painter.fillRect(QRectF(LABEL_PT, top + 3, width, BAR_PITCH_PT - 6), BAR)
        painter.drawText(
            QRectF(LABEL_PT + width + 3, top, 30, BAR_PITCH_PT), Qt.AlignmentFlag.AlignVCenter, str(count)
        )
    painter.setPen(RULE)
    painter.drawLine(LABEL_PT, 2, LABEL_PT, height_pt - 2)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
