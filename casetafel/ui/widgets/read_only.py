"""Read-only forms for a login that may look but not change (the griffie on a shared database).

``make_read_only(root, keep=...)`` turns every control under ``root`` that would write into one that
only shows: text fields read only (they can still be selected and copied), choices disabled, buttons
that change something hidden, item views without editing, dragging, check boxes or activation, and
the shortcuts of actions and ``QShortcut``s off. What is under a widget in ``keep`` stays as it is. It
may be called again after a form was (re)built; it only ever takes rights away. ``read_only_note`` is
the visible sentence that says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QTabBar,
    QTextEdit,
    QWidget,
)

NOTE_STYLE = "QLabel { background: #fff4d6; color: #3d2e00; border: 1px solid #e0c060; padding: 6px; }"
# Keys that change an item view's contents: toggling a check box, activating (adding) an item, moving.
CHANGING_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Return, Qt.Key.Key_Enter}
MOVING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down}
FILTER_NAME = "casetafel_read_only_filter"


def read_only_note(text: str) -> QLabel:
    """A visible note above a read-only form, read by a screen reader as what it says."""
    note = QLabel(text)
    note.setObjectName("read_only_note")
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    note.setAccessibleName(text)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    note.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return note


class _ViewGuard(QObject):
    """Eats what would change an item view: a click that ticks a check box, a double click, Space,
    Enter and Ctrl+Up/Down (moving a row). Arrows, Tab and selecting a row still work."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            view = watched.parent()
            if isinstance(view, QAbstractItemView):
                index = view.indexAt(event.position().toPoint())
                return bool(index.isValid() and index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in CHANGING_KEYS:
                return True
            if key in MOVING_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return True
        return False


def _guard_view(view: QAbstractItemView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setDragEnabled(False)
    view.setAcceptDrops(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    if view.findChild(_ViewGuard, FILTER_NAME) is None:
        guard = _ViewGuard(view)
        guard.setObjectName(FILTER_NAME)
        view.installEventFilter(guard)
        view.viewport().installEventFilter(guard)


def make_read_only(root: QWidget, keep: Sequence[QWidget] = ()) -> None:
    """Every control under ``root`` that writes only shows from now on, except under ``keep``."""

    def kept(widget: QObject) -> bool:
        return any(widget is k or (isinstance(widget, QWidget) and k.isAncestorOf(widget)) for k in keep)

    for widget in (root, *root.findChildren(QWidget)):
        if kept(widget):
            continue
        for action in widget.actions():
            action.setEnabled(False)
            action.setVisible(False)
        if isinstance(widget, QAbstractSpinBox):  # dates and numbers: no arrows, no calendar to pick from
            widget.setReadOnly(True)
            widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            if isinstance(widget, QDateTimeEdit):
                widget.setCalendarPopup(False)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.setReadOnly(True)
        elif isinstance(widget, (QComboBox, QCheckBox, QRadioButton)):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractButton):
            if not isinstance(widget.parent(), (QTabBar, QLineEdit, QAbstractSpinBox)):
                widget.setVisible(False)
        elif isinstance(widget, QAbstractItemView):
            _guard_view(widget)
    for shortcut in root.findChildren(QShortcut):
        if not kept(shortcut.parent()):
            shortcut.setEnabled(False)
