"""The sessions page: the list of sessions (newest first) with the session editor next to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
)

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.meetings import MeetingInfo, MeetingSummary
from casetafel.ui.app_shell.first_start import FirstStartPanel
from casetafel.ui.prepare.session_editor import SessionEditor, default_start
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.autosave import EditingPage
from casetafel.ui.widgets.library_models import SessionRowsModel


def summary_of(info: MeetingInfo) -> MeetingSummary:
    return MeetingSummary(info.id, info.title, info.starts_at, info.location, info.status, len(info.agenda))


class SessionEditorPage(EditingPage):
    run_requested = Signal()  # "Start the table" for the selected session
    data_loaded = Signal()  # the example data was loaded: every page reloads
    shortcuts_requested = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(services, SessionRowsModel(), "sessions_page", parent)
        self.table.setAccessibleName(self.tr("Sessions"))
        # Titles often start alike ("Casuïstiektafel: ..."): the end tells them apart.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 120)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.new_button = QPushButton(self.tr("&New session"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.run_button = QPushButton(self.tr("&Start the table"))
        self.run_button.setToolTip(self.tr("Run the table for this session (F9)"))
        self.editor = SessionEditor(services, self.autosaver, self.undo_stack)
        self.editor.session_changed.connect(lambda info: self.replace_row(summary_of(info)))
        self.editor.agenda_changed.connect(self._agenda_count_changed)
        self.editor.part_built.connect(self._restore_part_state)
        self._settings: QSettings | None = None

        self.first_start = FirstStartPanel()
        self.first_start.plan_requested.connect(self.new_item)
        self.first_start.demo_requested.connect(self.load_example_data)
        self.first_start.shortcuts_requested.connect(self.shortcuts_requested.emit)
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.first_start)
        left = self.list_pane((self.new_button, self.delete_button, self.run_button))
        self.add_panes(left, self.right, (520, 680))
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        name_fields_from_labels(self)
        self.add_delete_shortcut(self.tr("Delete session"), self.delete_meeting)
        self.new_button.clicked.connect(self.new_item)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.run_button.clicked.connect(self.run_requested.emit)
        self.record_shown.connect(self._on_record_shown)

    def _on_record_shown(self, ident: int | None) -> None:
        self.delete_button.setEnabled(ident is not None)
        self.run_button.setEnabled(ident is not None and self.editor.info is not None
                                   and self.editor.info.status != MeetingStatus.FINISHED)  # fmt: skip
        empty = ident is None and self.model.rowCount() == 0
        if empty:
            self.first_start.set_demo_available(not self.services.cases.list_cases(include_archived=True))
        self.right.setCurrentWidget(self.first_start if empty else self.editor)

    def load_example_data(self) -> None:
        from casetafel.services.demo import load_demo

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self._run(lambda: load_demo(self.services))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.data_loaded.emit()
        self.reload()
        self.table.setFocus()

    def load_rows(self) -> list:
        return self.services.meetings.list_meetings()

    def reload(self) -> None:
        self.editor.fill_templates()
        super().reload()

    def show_record(self, ident: int | None) -> None:
        self.editor.load(ident)

    def _agenda_count_changed(self, count: int) -> None:
        ident = self.editor.meeting_id
        number = self.model.row_of_id(ident) if ident is not None else -1
        if number >= 0 and self.model.row_at(number).case_count != count:
            self.model.replace_row(number, replace(self.model.row_at(number), case_count=count))

    def _run(self, change):
        if not self.flush():
            return None
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Sessions"), str(error))
            return None

    def remembered_details(self) -> dict[str, str]:
        """Municipality and facilitator of the latest session that has them: not retyped every time."""
        remembered: dict[str, str] = {}
        rows = sorted(self.model_rows(), key=lambda r: (r.starts_at is not None, r.starts_at), reverse=True)
        for row in rows[:20]:
            info = self.services.meetings.get_meeting(row.id)
            for field in ("municipality", "facilitator"):
                if getattr(info, field) and field not in remembered:
                    remembered[field] = getattr(info, field)
            if len(remembered) == 2:
                break
        return remembered

    def model_rows(self) -> list[MeetingSummary]:
        return [self.model.row_at(n) for n in range(self.model.rowCount())]

    def new_item(self) -> None:
        starts = default_start()
        details = self.remembered_details()
        info = self._run(
            lambda: self.services.meetings.create_meeting(
                self.tr("New session"), starts, ends_at=starts + timedelta(hours=2), **details
            )
        )
        if info is None:
            return
        self.model.add_row(summary_of(info))
        self.select_id(info.id)
        self.editor.tabs.setCurrentIndex(0)
        title = self.editor.text_edits["title"]
        title.setFocus()
        title.selectAll()

    def delete_meeting(self) -> None:
        info = self.editor.info
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete the session ‘%1’ with its participants, agenda and everything recorded in it? "
                "This cannot be undone."
            ).replace("%1", info.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.services.meetings.delete_meeting(info.id) or True):
            self.model.remove_id(info.id)
            if self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            self._show_current()
            self.table.setFocus()

    # The participants and agenda tabs are built when first opened: their saved column widths and
    # splitter are applied then, and only the parts that exist are saved (the others keep theirs).
    def splitters(self) -> dict[str, QSplitter]:
        agenda = self.editor.built_agenda
        return {"agenda_splitter": agenda.splitter} if agenda is not None else {}

    def header_views(self) -> dict[str, QHeaderView]:
        views = {"table": self.table.horizontalHeader()}
        if self.editor.built_participants is not None:
            views["participants"] = self.editor.built_participants.table.horizontalHeader()
        return views

    def restore_state(self, settings: QSettings, names: set[str] | None = None) -> None:
        self._settings = settings
        super().restore_state(settings, names)

    def _restore_part_state(self, part: str) -> None:
        if self._settings is not None and part in ("participants", "agenda"):
            self.restore_state(
                self._settings, {"participants"} if part == "participants" else {"agenda_splitter"}
            )
