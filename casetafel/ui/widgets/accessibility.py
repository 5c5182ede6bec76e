"""Accessible names for form fields: a field is named after its QLabel buddy, without the '&' mnemonic.

Screen readers already use a buddy label, but an explicit ``accessibleName`` also names the inner line
edit of a spin box or date edit, and lets tests check every focusable control in one way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QTabWidget,
    QWidget,
)


def plain_label(text: str) -> str:
    """Label text without mnemonics ('&&' stays a literal '&') and without a trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def set_name(widget: QWidget, name: str) -> None:
    widget.setAccessibleName(name)
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QWidget, "qt_spinbox_lineedit")
        if inner is not None:
            inner.setAccessibleName(name)
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget.lineEdit().setAccessibleName(name)


def name_fields_from_labels(root: QWidget) -> None:
    """Give every buddy of a QLabel under ``root`` (and inner editors) an accessible name if it has none."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            set_name(buddy, plain_label(label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.text() and not button.accessibleName():
            button.setAccessibleName(plain_label(button.text()).rstrip("…"))
    for tabs in root.findChildren(QTabWidget):
        if not tabs.tabBar().accessibleName():
            tabs.tabBar().setAccessibleName(tabs.accessibleName())
    for spin in root.findChildren(QAbstractSpinBox):
        if spin.accessibleName():
            set_name(spin, spin.accessibleName())


class HeaderNamedDelegate(QStyledItemDelegate):
    """A cell editor named after its column header (a table cell has no label of its own)."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
            set_name(editor, str(header or ""))
        return editor


def label_unlabelled(widget: QWidget, name: str) -> QLabel:
    """Name a control that has no visible label, also for screen readers on Linux.

    On Linux (AT-SPI) Qt gives a combo box its current value as its name and names it through a
    "labelled by" relation with a buddy label among its siblings; ``accessibleName`` alone is not
    read. An invisible buddy label next to the widget gives that relation without taking room.
    Call it once the widget is in its layout (its parent is known).
    """
    widget.setAccessibleName(name)
    label = QLabel(name, widget.parentWidget())
    label.setObjectName("accessible_label")
    label.setBuddy(widget)
    label.hide()
    return label
