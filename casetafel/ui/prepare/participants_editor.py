"""The participants of a session: a table with role (combo), optional name and party; add, remove, copy.

Adding, removing, copying and every cell edit are undo steps. A participant that comes back through undo
gets a new id; ``FirstIds`` maps the first id to the current one so older steps still find it.

A cell edit names the version of the row it read: when another client changed the same field meanwhile the
conflict dialog asks which value stays; when another client removed the participant, the user is asked
whether to add it again with what was typed.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError, ServiceError
from casetafel.services.meetings import ParticipantInfo
from casetafel.ui.prepare.participants_model import ParticipantsModel
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.accessibility import HeaderNamedDelegate
from casetafel.ui.widgets.autosave import Autosaver
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.undo_commands import CallbackCommand, FieldEditCommand, FirstIds

DEFAULT_ROLE = "raadslid"


class RoleDelegate(QStyledItemDelegate):
    """Edits the role column with a combo of the participant roles."""

    def __init__(self, roles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Role"))
        for code, label in self.roles.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt override
        """One click on a role opens the list of roles (no double click needed)."""
        view = self.parent()
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and isinstance(view, QAbstractItemView)
            and view.state() != QAbstractItemView.State.EditingState
        ):
            view.setCurrentIndex(index)
            view.edit(index)
            return True
        return super().editorEvent(event, model, option, index)

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsEditor(QWidget):
    def __init__(self, services: Services, autosaver: Autosaver, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.ids = FirstIds()
        terms = data_labels.terms(
            Vocabulary.PARTICIPANT_ROLE,
            services.taxonomy.terms(Vocabulary.PARTICIPANT_ROLE, include_inactive=True),
        )
        roles = {t.code: t.label for t in terms if t.active}  # to choose from
        self.model = ParticipantsModel({t.code: t.label for t in terms}, self)  # old rows keep their label
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setItemDelegate(HeaderNamedDelegate(self.table))
        self.table.setItemDelegateForColumn(0, RoleDelegate(roles, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 200)

        self.add_button = QPushButton(self.tr("&Add participant"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.copy_button = QPushButton(self.tr("&Copy from an earlier session…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        remove_action = QAction(self.tr("Remove participant"), self.table)
        remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button.clicked.connect(self.copy_from_earlier)
        self.model.edited.connect(self._on_edited)

    def load(self, meeting_id: int | None, participants: tuple[ParticipantInfo, ...] = ()) -> None:
        if meeting_id == self.meeting_id and self._finish_open_edit():
            return  # the same session again while a cell was typed in: the rows here are the newest
        self.meeting_id = meeting_id
        self.ids.clear()
        self.model.set_participants(participants)

    def _finish_open_edit(self) -> bool:
        """Write the cell being typed in (a reset of the rows would drop it); True when there was one."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return False
        editor = QApplication.focusWidget()
        if editor is None or not self.table.isAncestorOf(editor):
            return False
        delegate = self.table.itemDelegateForIndex(self.table.currentIndex())
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def _call(self, change):
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Participants"), str(error))
            return None

    # -- cell edits -------------------------------------------------------------------------------
    def _on_edited(self, participant_id: int, field: str, old: str, new: str) -> None:
        first = self.ids.first(participant_id)
        self._write(first, field, new, old)
        self.undo_stack.push(
            FieldEditCommand(
                self.tr("participant"),
                ("participant", first, field),
                old,
                new,
                lambda value, f=first, name=field: self._write(f, name, value, show=True),
            )
        )

    def _write(
        self, first_id: int, field: str, value: str, was: str | None = None, show: bool = False
    ) -> None:
        """Save one cell naming the row's version as read; ``was`` is what the cell held before (the
        model already shows ``value``, except for an undo step: ``show``)."""
        row = self.model.row_of(self.ids.current(first_id))
        if row >= 0 and show:
            was = getattr(self.model.rows[row], field)
            self.model.replace(replace(self.model.rows[row], **{field: value}))
        self.autosaver.save_now(
            ("participant", first_id, field), lambda: self._save_cell(first_id, field, value, was)
        )

    def _save_cell(self, first_id: int, field: str, value: str, was: str | None) -> None:
        current = self.ids.current(first_id)
        row = self.model.row_of(current)
        meetings, meeting_id = self.services.meetings, self.meeting_id
        if row < 0:  # no longer in this table (another session was opened): save what was typed as before
            with suppress(NotFoundError):
                meetings.update_participant(current, **{field: value})
            return

        def reread() -> ParticipantInfo:
            found = [p for p in meetings.get_meeting(meeting_id).participants if p.id == current]
            if not found:
                raise NotFoundError("Deelnemer", current)
            return found[0]

        try:
            info, _stored = save_checked(
                self,
                {field: value},
                self.model.rows[row].version,
                None if was is None else {field: was},
                lambda changes, version, known: meetings.update_participant(
                    current, expected_version=version, was=known, **changes
                ),
                reread,
            )
        except NotFoundError:
            self._removed_meanwhile(first_id)
            return
        self.model.replace(info)  # the stored row: a value the user took from the other client shows

    def _removed_meanwhile(self, first_id: int) -> None:
        """Another client removed the participant whose cell was saved: add it again with what was typed,
        or take it out of the table too."""
        current = self.ids.current(first_id)
        mine = self.model.rows[self.model.row_of(current)]
        typed = ", ".join(
            part for part in (self.model.role_labels.get(mine.role, mine.role), mine.name, mine.party) if part
        )
        answer = QMessageBox.question(
            self,
            self.tr("Participants"),
            self.tr(
                "Someone else removed this participant meanwhile (%1).\n\n"
                "Add the participant again with what you entered?"
            ).replace("%1", typed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        number = self.model.remove(current)
        if answer != QMessageBox.StandardButton.Yes or self.meeting_id is None:
            return
        try:
            again = self.services.meetings.add_participant(self.meeting_id, mine.role, mine.name, mine.party)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Participants"), str(error))
            return
        self.ids.renewed(first_id, again.id)
        self.model.insert(number, again)
        self.table.setCurrentIndex(self.model.index(number, 0))

    # -- add, remove, copy ------------------------------------------------------------------------
    def add_participant(self) -> None:
        if self.meeting_id is None or not self.autosaver.flush():
            return
        meeting_id = self.meeting_id
        info = self._call(lambda: self.services.meetings.add_participant(meeting_id, DEFAULT_ROLE))
        if info is None:
            return
        first = info.id
        self.model.insert(len(self.model.rows), info)
        self.undo_stack.push(
            CallbackCommand(
                self.tr("add participant"),
                undo=lambda: self._remove(first),
                redo=lambda: self._restore(first, info),
            )
        )
        self.table.setCurrentIndex(self.model.index(self.model.row_of(info.id), 0))
        self.table.setFocus()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if self.meeting_id is None or not index.isValid() or not self.autosaver.flush():
            return
        info = self.model.rows[index.row()]
        first = self.ids.first(info.id)
        if self._remove(first):
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("remove participant"),
                    undo=lambda: self._restore(first, info),
                    redo=lambda: self._remove(first),
                )
            )

    def _remove(self, first_id: int) -> bool:
        current = self.ids.current(first_id)
        try:
            with suppress(NotFoundError):  # another client removed it already: take it out here too
                self.services.meetings.remove_participant(current)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Participants"), str(error))
            return False
        row = self.model.remove(current)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(min(max(row, 0), len(self.model.rows) - 1), 0))
        return True

    def _restore(self, first_id: int, info: ParticipantInfo) -> None:
        meeting_id = self.meeting_id
        again = self._call(
            lambda: self.services.meetings.add_participant(meeting_id, info.role, info.name, info.party)
        )
        if again is not None:
            self.ids.renewed(first_id, again.id)
            self.model.insert(len(self.model.rows), again)

    def copy_from_earlier(self) -> None:
        if self.meeting_id is None or not self.autosaver.flush():
            return
        others = [s for s in self.services.meetings.list_meetings() if s.id != self.meeting_id]
        if not others:
            QMessageBox.information(
                self, self.tr("Participants"), self.tr("There is no earlier session yet.")
            )
            return
        labels = [
            (s.starts_at.strftime("%d-%m-%Y") + " — " if s.starts_at else "") + (s.title or "—")
            for s in others
        ]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Copy participants"),
            self.tr("Copy the participants of this session:"),
            labels,
            0,
            False,
        )
        if not ok or choice not in labels:
            return
        source = others[labels.index(choice)]
        meeting_id = self.meeting_id
        added = self._call(lambda: self.services.meetings.copy_participants(source.id, meeting_id))
        if not added:
            return
        for info in added:
            self.model.insert(len(self.model.rows), info)
        firsts = [info.id for info in added]

        def undo() -> None:
            for first in firsts:
                self._remove(first)

        def redo() -> None:
            for first, info in zip(firsts, added, strict=True):
                self._restore(first, info)

        self.undo_stack.push(CallbackCommand(self.tr("copy participants"), undo=undo, redo=redo))
