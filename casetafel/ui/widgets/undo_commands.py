"""Undo commands of the editors, and the key filter that routes Ctrl+Z from text fields to the undo stack.

Every command is pushed *after* its change was written (the first ``redo`` does nothing); ``undo`` and a
later ``redo`` write through the same function the editor uses, so they are autosaved like any edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

MERGE_SECONDS = 2.0
_FIELD_COMMAND_ID = 4711


class AppliedCommand(QUndoCommand):
    """A command whose change is already done when it is pushed: the first ``redo`` is skipped."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class FieldEditCommand(AppliedCommand):
    """One field of one record changed from ``old`` to ``new``; ``apply(value)`` writes and shows a value.

    Edits of the same field that follow each other within two seconds merge into one step, so undo takes
    back a burst of typing, not a single autosave.
    """

    def __init__(self, text: str, target: tuple, old: Any, new: Any, apply: Callable[[Any], None]) -> None:
        super().__init__(text)
        self.target = target
        self.old = old
        self.new = new
        self._apply = apply
        self._at = time.monotonic()

    def id(self) -> int:
        return _FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, FieldEditCommand) or other.target != self.target:
            return False
        if other._at - self._at > MERGE_SECONDS:
            return False
        self.new = other.new
        self._at = other._at
        return True

    def undo(self) -> None:
        self._apply(self.old)

    def do(self) -> None:
        self._apply(self.new)


class SeparateFieldEditCommand(FieldEditCommand):
    """A field edit that is an undo step of its own, never merged (a replacement of an identifier)."""

    def id(self) -> int:
        return -1


class CallbackCommand(AppliedCommand):
    """A structural change (agenda move, participant added or removed) given as two callables."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo

    def undo(self) -> None:
        self._undo()

    def do(self) -> None:
        self._redo()


class FirstIds:
    """Row ids across undo steps: a row that is removed and brought back by undo gets a new id, so undo
    steps keep the id the row had first and ask here for the current one."""

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def clear(self) -> None:
        self._current = {}

    def current(self, first_id: int) -> int:
        return self._current.get(first_id, first_id)

    def first(self, current_id: int) -> int:
        return next((first for first, now in self._current.items() if now == current_id), current_id)

    def renewed(self, first_id: int, new_id: int) -> None:
        """The row of ``first_id`` was stored again under ``new_id``."""
        self._current[first_id] = new_id


UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_undo_or_redo(event: QKeyEvent) -> bool:
    combined = event.keyCombination()
    sequence = QKeySequence(combined)
    if sequence.matches(QKeySequence("Ctrl+Y")) == QKeySequence.SequenceMatch.ExactMatch:
        return True
    return any(
        sequence.matches(standard) == QKeySequence.SequenceMatch.ExactMatch
        for key in UNDO_KEYS
        for standard in QKeySequence.keyBindings(key)
    )


class UndoKeyFilter(QObject):
    """Lets the window's Undo and Redo actions handle Ctrl+Z in text fields (one undo history, not two)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_or_redo(event):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
