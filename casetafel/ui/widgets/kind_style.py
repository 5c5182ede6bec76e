"""How each kind of record looks in the live table: a colour and a small drawn icon per kind, so the
kind can be told apart at a glance (and not by colour alone: each icon has its own shape and letter)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from casetafel.domain.capture import PREFIX_OF, CaptureKind
from casetafel.ui.facilitation.capture_commands import ACTION, OBSERVATION, QUESTION, Ref

# Colours chosen to differ for the common colour-vision deficiencies and to carry white text.
KIND_COLOURS: dict[CaptureKind, str] = {
    CaptureKind.BARRIER: "#b3261e",
    CaptureKind.GOOD_PRACTICE: "#1e7b34",
    CaptureKind.SIGNAL: "#8a5a00",
    CaptureKind.QUESTION: "#1f5fa8",
    CaptureKind.GOVERNANCE_QUESTION: "#6b3fa0",
    CaptureKind.ACTION: "#3d4a57",
}
_SHAPES = {
    CaptureKind.BARRIER: "square",
    CaptureKind.GOOD_PRACTICE: "circle",
    CaptureKind.SIGNAL: "triangle",
    CaptureKind.QUESTION: "circle",
    CaptureKind.GOVERNANCE_QUESTION: "diamond",
    CaptureKind.ACTION: "square",
}


def kind_of(ref: Ref, info) -> CaptureKind:
    """The capture kind of a stored record (an observation kind outside the six counts as a barrier)."""
    if ref[0] == QUESTION:
        return CaptureKind.GOVERNANCE_QUESTION
    if ref[0] == ACTION:
        return CaptureKind.ACTION
    if ref[0] == OBSERVATION:
        code = getattr(info, "kind", "")
        if code in CaptureKind._value2member_map_:
            return CaptureKind(code)
    return CaptureKind.BARRIER


def kind_colour(kind: CaptureKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


@cache
def kind_icon(kind: CaptureKind, size: int = 16) -> QIcon:
    """A filled shape in the kind's colour with the first letter of its typed prefix."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind))
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    shape = _SHAPES[kind]
    if shape == "circle":
        painter.drawEllipse(box)
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 0), QPointF(size, size), QPointF(0, size)]))
    elif shape == "diamond":
        half = size / 2
        painter.drawPolygon(
            QPolygonF([QPointF(half, 0), QPointF(size, half), QPointF(half, size), QPointF(0, half)])
        )
    else:
        painter.drawRoundedRect(box, 3, 3)
    font = QFont()
    font.setPixelSize(max(7, int(size * 0.6)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    letter = PREFIX_OF[kind][:1].upper() if kind != CaptureKind.SIGNAL else "!"
    text_box = QRectF(box.adjusted(0, size * 0.15, 0, 0)) if shape == "triangle" else box
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)
