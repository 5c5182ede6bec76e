"""The agenda of a session: cases in order (drag and drop, Ctrl+Up/Down), minutes per phase, total time.

Moves, additions, removals and minute changes are undo steps. An agenda item that comes back through undo
gets a new id; ``FirstIds`` maps the first id to the current one.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.concurrency import UNKNOWN
from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError, ServiceError
from casetafel.services.meetings import AgendaItemInfo
from casetafel.services.templates import TemplateInfo
from casetafel.ui.prepare.agenda_case_picker import CasePickerDialog
from casetafel.ui.prepare.agenda_model import AgendaModel, PhaseMinutesModel, time_plan_text, total_minutes
from casetafel.ui.widgets.accessibility import HeaderNamedDelegate
from casetafel.ui.widgets.autosave import Autosaver
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.undo_commands import CallbackCommand, FieldEditCommand, FirstIds


class AgendaView(QTableView):
    """Rows move by drag and drop and by Ctrl+Up / Ctrl+Down; the editor does the actual move."""

    move_requested = Signal(int, int)  # from row, to row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        row = self.currentIndex().row()
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and row >= 0:
            if event.key() == Qt.Key.Key_Up:
                self.move_requested.emit(row, row - 1)
                return
            if event.key() == Qt.Key.Key_Down:
                self.move_requested.emit(row, row + 1)
                return
        super().keyPressEvent(event)

    def drop_row(self, event) -> int:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return self.model().rowCount() - 1
        rect = self.visualRect(index)
        below = event.position().y() > rect.center().y()
        return index.row() + (1 if below else 0)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        source = self.currentIndex().row()
        if event.source() not in (self, None) or source < 0:
            event.ignore()
            return
        target = self.drop_row(event)
        if target > source:
            target -= 1
        # The view must not remove the dragged row itself: the editor moves it in the database.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target != source:
            self.move_requested.emit(source, target)


class AgendaEditor(QWidget):
    agenda_changed = Signal(int)  # the number of cases

    def __init__(self, services: Services, autosaver: Autosaver, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.template: TemplateInfo | None = None
        self.starts_at: datetime | None = None
        self.ends_at: datetime | None = None
        self.ids = FirstIds()

        self.model = AgendaModel(self)
        self.view = AgendaView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.minutes_model = PhaseMinutesModel(self)
        self.minutes_view = QTableView()
        self.minutes_view.setModel(self.minutes_model)
        self.minutes_view.setItemDelegate(HeaderNamedDelegate(self.minutes_view))
        self.minutes_view.setTabKeyNavigation(False)
        self.minutes_view.verticalHeader().hide()
        self.minutes_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.minutes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.minutes_label = QLabel(
            self.tr("Minutes per &phase for the selected case (F2 to change)")
            if services.capabilities.plan_sessions
            else self.tr("Minutes per &phase for the selected case")
        )
        self.minutes_label.setBuddy(self.minutes_view)
        self.minutes_view.setAccessibleName(self.tr("Minutes per phase"))
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAccessibleName(self.tr("Total time"))

        self.add_button = QPushButton(self.tr("&Add cases…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.setToolTip(self.tr("Ctrl+Up in the agenda"))
        self.down_button.setToolTip(self.tr("Ctrl+Down in the agenda"))
        self.reset_button = QPushButton(self.tr("Use the method's minutes"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.minutes_label)
        bottom_layout.addWidget(self.minutes_view, 1)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        bottom_layout.addLayout(reset_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.total_label)

        remove_action = QAction(self.tr("Remove from agenda"), self.view)
        remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.view.addAction(remove_action)
        self.view.move_requested.connect(self.move_row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_minutes())
        self.minutes_model.minutes_edited.connect(self._on_minutes_edited)
        self.add_button.clicked.connect(self.add_cases)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(
            lambda: self.move_row(self.view.currentIndex().row(), self.view.currentIndex().row() - 1)
        )
        self.down_button.clicked.connect(
            lambda: self.move_row(self.view.currentIndex().row(), self.view.currentIndex().row() + 1)
        )
        self.reset_button.clicked.connect(self.reset_minutes)

    # -- showing ----------------------------------------------------------------------------------
    def load(self, meeting_id: int | None, agenda=(), template: TemplateInfo | None = None) -> None:
        self.meeting_id = meeting_id
        self.ids.clear()
        self.template = template
        self._set_agenda(agenda)

    def set_template(self, template: TemplateInfo | None) -> None:
        self.template = template
        self._set_agenda(self.model.items)

    def set_times(self, starts_at: datetime | None, ends_at: datetime | None) -> None:
        self.starts_at, self.ends_at = starts_at, ends_at
        self._show_total()

    def _set_agenda(self, agenda, select_item: int | None = None) -> None:
        keep = select_item
        if keep is None and self.view.currentIndex().isValid():
            keep = self.model.item_at(self.view.currentIndex().row()).id
        self.model.set_agenda(agenda, self.template)
        row = self.model.row_of_item(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 1))
        self._show_minutes()
        self._show_total()
        self.agenda_changed.emit(self.model.rowCount())

    def _show_minutes(self) -> None:
        index = self.view.currentIndex()
        item = self.model.item_at(index.row()) if index.isValid() else None
        self.minutes_model.set_item(item, self.template)
        self.reset_button.setEnabled(bool(item and item.phase_minutes))

    def _show_total(self) -> None:
        total = total_minutes(self.model.items, self.template)
        self.total_label.setText(time_plan_text(total, self.starts_at, self.ends_at))

    def _reload(self, select_item: int | None = None) -> None:
        if self.meeting_id is not None:
            self._set_agenda(self.services.meetings.get_meeting(self.meeting_id).agenda, select_item)

    def _call(self, change):
        if not self.autosaver.flush():
            return None
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Agenda"), str(error))
            return None

    # -- moving -----------------------------------------------------------------------------------
    def move_row(self, source: int, target: int) -> None:
        if not (0 <= source < self.model.rowCount() and 0 <= target < self.model.rowCount()):
            return
        first = self.ids.first(self.model.item_at(source).id)
        if self._move(first, target):
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("move case"),
                    undo=lambda: self._move(first, source),
                    redo=lambda: self._move(first, target),
                )
            )

    def _move(self, first_id: int, position: int) -> bool:
        current = self.ids.current(first_id)
        agenda = self._call(lambda: self.services.meetings.move_agenda_item(current, position))
        if agenda is None:
            self._reload()  # e.g. another client took the case off the agenda: show the agenda as stored
            return False
        self._set_agenda(agenda, current)
        return True

    # -- adding and removing ----------------------------------------------------------------------
    def add_cases(self) -> None:
        if self.meeting_id is None:
            return
        dialog = CasePickerDialog(self.services, {i.case_id for i in self.model.items}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_case_ids(dialog.selected_case_ids())

    def add_case_ids(self, case_ids: list[int]) -> None:
        meeting_id = self.meeting_id
        added = []
        for case_id in case_ids:
            item = self._call(lambda c=case_id: self.services.meetings.add_to_agenda(meeting_id, c))
            if item is not None:
                added.append(item)
        if not added:
            return
        self._reload(added[-1].id)
        firsts = [item.id for item in added]

        def undo() -> None:
            for first in firsts:
                self._remove(first)

        def redo() -> None:
            for first, item in zip(firsts, added, strict=True):
                self._restore(first, item)

        self.undo_stack.push(CallbackCommand(self.tr("add cases"), undo=undo, redo=redo))
        self.view.setFocus()

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.item_at(index.row())
        first = self.ids.first(item.id)
        if self._remove(first):
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("remove case from agenda"),
                    undo=lambda: self._restore(first, item),
                    redo=lambda: self._remove(first),
                )
            )

    def _remove(self, first_id: int) -> bool:
        current = self.ids.current(first_id)

        def remove() -> bool:
            with suppress(NotFoundError):  # another client took it off already: here too
                self.services.meetings.remove_from_agenda(current)
            return True

        if self._call(remove) is None:
            return False
        self._reload()
        return True

    def _restore(self, first_id: int, item: AgendaItemInfo) -> None:
        meeting_id = self.meeting_id
        again = self._call(lambda: self.services.meetings.add_to_agenda(meeting_id, item.case_id))
        if again is None:
            return
        self.ids.renewed(first_id, again.id)
        for key, minutes in item.phase_minutes.items():
            self.services.meetings.set_phase_minutes(again.id, key, minutes)
        agenda = self.services.meetings.move_agenda_item(again.id, item.position)
        self._set_agenda(agenda, again.id)

    # -- minutes ----------------------------------------------------------------------------------
    def _on_minutes_edited(self, phase_key: str, minutes) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.item_at(index.row())
        first = self.ids.first(item.id)
        old = item.phase_minutes.get(phase_key)
        self._set_minutes(first, phase_key, minutes)
        self.undo_stack.push(
            FieldEditCommand(
                self.tr("minutes"),
                ("minutes", first, phase_key),
                old,
                minutes,
                lambda value: self._set_minutes(first, phase_key, value),
            )
        )

    def _set_minutes(self, first_id: int, phase_key: str, minutes) -> None:
        self.minutes_model.set_override(phase_key, minutes)
        self.autosaver.save_now(
            ("minutes", first_id, phase_key), lambda: self._save_minutes(first_id, phase_key, minutes)
        )

    def _save_minutes(self, first_id: int, phase_key: str, minutes) -> None:
        """Save one phase's minutes naming the item's version as read; a conflict with another client's
        minutes for the same phase asks which stay, a case another client took off the agenda is offered
        back."""
        current = self.ids.current(first_id)
        row = self.model.row_of_item(current)
        meetings, meeting_id = self.services.meetings, self.meeting_id
        if row < 0:  # no longer on this agenda (another session was opened): save as before
            with suppress(NotFoundError):
                meetings.set_phase_minutes(current, phase_key, minutes)
            return
        item = self.model.items[row]

        def save(changes, version, known):
            was = known[phase_key] if known else UNKNOWN
            return meetings.set_phase_minutes(
                current, phase_key, changes[phase_key], expected_version=version, was=was
            )

        def reread() -> AgendaItemInfo:
            found = [i for i in meetings.get_meeting(meeting_id).agenda if i.id == current]
            if not found:
                raise NotFoundError("Agendapunt", current)
            return found[0]

        try:
            changed, stored = save_checked(
                self,
                {phase_key: minutes},
                item.version,
                {phase_key: item.phase_minutes.get(phase_key)},
                save,
                reread,
            )
        except NotFoundError:
            self._removed_meanwhile(first_id, item, {**item.phase_minutes, phase_key: minutes})
            return
        row = self.model.row_of_item(current)
        if row >= 0:
            self.model.items[row] = changed
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 4))
        if stored[phase_key] != minutes:  # the user took the other client's minutes
            self._show_minutes()
        self.reset_button.setEnabled(bool(changed.phase_minutes))
        self._show_total()

    def _removed_meanwhile(self, first_id: int, item: AgendaItemInfo, minutes: dict) -> None:
        """Another client took the case off the agenda while its minutes were saved: put it back with the
        minutes entered, or take it off here too."""
        minutes = {key: value for key, value in minutes.items() if value is not None}
        answer = QMessageBox.question(
            self,
            self.tr("Agenda"),
            self.tr(
                "Someone else took case %1 off the agenda meanwhile.\n\n"
                "Put it back on the agenda with the minutes you entered?"
            ).replace("%1", item.case_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        meetings, meeting_id = self.services.meetings, self.meeting_id
        if answer == QMessageBox.StandardButton.Yes and meeting_id is not None:
            try:
                again = meetings.add_to_agenda(meeting_id, item.case_id)
                for key, value in minutes.items():
                    meetings.set_phase_minutes(again.id, key, value)
                meetings.move_agenda_item(again.id, item.position)
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Agenda"), str(error))
            else:
                self.ids.renewed(first_id, again.id)
                self._reload(again.id)
                return
        self._reload()

    def reset_minutes(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.item_at(index.row())
        for key in list(item.phase_minutes):
            self._on_minutes_edited(key, None)
            item = self.model.item_at(index.row())
