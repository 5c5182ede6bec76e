"""The session editor: details (title, date and time, place, facilitator, method), participants, agenda.

Details are autosaved like the case editor's fields: text after a pause, choices at once, each write an
undo step. A session without a date shows the earliest date as '(no date)'.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.sessions import SessionInfo
from casetafel.ui.accessibility import name_fields_from_labels
from casetafel.ui.agenda_editor import AgendaEditor
from casetafel.ui.autosave import Autosaver
from casetafel.ui.participants_editor import ParticipantsEditor
from casetafel.ui.undo_commands import FieldEditCommand, UndoKeyFilter

NO_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
TEXT_FIELDS = ("title", "location", "municipality", "facilitator")


def default_start(now: datetime | None = None) -> datetime:
    """A new session starts next week at 19:30."""
    day = (now or datetime.now()).date() + timedelta(days=7)
    return datetime(day.year, day.month, day.day, 19, 30)


class SessionEditor(QWidget):
    session_changed = Signal(object)  # SessionInfo after a write of the details

    def __init__(self, services: Services, autosaver: Autosaver, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.info: SessionInfo | None = None
        self._stored: dict[str, object] = {}
        self._undo_filter = UndoKeyFilter(self)

        self.text_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        names = {
            "title": self.tr("&Title"),
            "location": self.tr("&Location"),
            "municipality": self.tr("&Municipality"),
            "facilitator": self.tr("&Facilitator"),
        }
        for field in names:
            edit = QLineEdit()
            edit.installEventFilter(self._undo_filter)
            edit.textEdited.connect(partial(self._schedule, field))
            self.text_edits[field] = edit
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat("dddd d MMMM yyyy  HH:mm")
        self.starts_edit.setMinimumDateTime(NO_DATE)
        self.starts_edit.setSpecialValueText(self.tr("(no date)"))
        self.ends_edit = QTimeEdit()
        self.ends_edit.setDisplayFormat("HH:mm")
        self.template_combo = QComboBox()
        form.addRow(names["title"], self.text_edits["title"])
        form.addRow(self.tr("&Date and time"), self.starts_edit)
        form.addRow(self.tr("Planned &end"), self.ends_edit)
        for field in ("location", "municipality", "facilitator"):
            form.addRow(names[field], self.text_edits[field])
        form.addRow(self.tr("Met&hod"), self.template_combo)
        self.method_hint = QLabel()
        self.method_hint.setWordWrap(True)
        form.addRow("", self.method_hint)
        details = QWidget()
        details.setLayout(form)

        self.participants = ParticipantsEditor(services, autosaver, undo_stack)
        self.agenda = AgendaEditor(services, autosaver, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Session parts"))
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.starts_edit.dateTimeChanged.connect(lambda _v: self._schedule("times"))
        self.ends_edit.timeChanged.connect(lambda _v: self._schedule("times"))
        self.template_combo.currentIndexChanged.connect(lambda _i: self._save_now("template_id"))
        self.agenda.agenda_changed.connect(self._update_tab_titles)
        self.participants.model.rowsInserted.connect(self._update_tab_titles)
        self.participants.model.rowsRemoved.connect(self._update_tab_titles)
        self.participants.model.modelReset.connect(self._update_tab_titles)
        name_fields_from_labels(self)
        self.load(None)  # the methods are filled by the page's reload, which comes right after

    def fill_templates(self) -> None:
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in self.services.templates.list_templates():
            self.template_combo.addItem(template.name, template.id)
        self.template_combo.blockSignals(False)

    @property
    def session_id(self) -> int | None:
        return self.info.id if self.info else None

    def load(self, session_id: int | None) -> None:
        self.info = self.services.sessions.get_session(session_id) if session_id is not None else None
        info = self.info
        self.setEnabled(info is not None)
        self._stored = {field: getattr(info, field) if info else "" for field in TEXT_FIELDS}
        self._stored["times"] = (info.starts_at, info.ends_at) if info else (None, None)
        self._stored["template_id"] = info.template_id if info else None
        for field, value in self._stored.items():
            self._show_value(field, value)
        template = self._template(info.template_id if info else None)
        self.participants.load(session_id, info.participants if info else ())
        self.agenda.load(session_id, info.agenda if info else (), template)
        self.agenda.set_times(*self._stored["times"])
        self._show_heading()

    def _template(self, template_id: int | None):
        if template_id is None:
            return None
        return next((t for t in self.services.templates.list_templates() if t.id == template_id), None)

    def _show_heading(self) -> None:
        if self.info is None:
            self.heading.setText(
                self.tr(
                    "No session selected. Press Ctrl+N to plan one, or try ‘casetafel demo’ for example data."
                )
            )
        else:
            self.heading.setText(self.text_edits["title"].text() or self.tr("(untitled session)"))
        template = self.agenda.template
        self.method_hint.setText(
            self.tr("%1 phases; change them on the Methods page.").replace("%1", str(len(template.phases)))
            if template
            else ""
        )

    def _update_tab_titles(self, *_args) -> None:
        self.tabs.setTabText(
            1, self.tr("Participants (%1)").replace("%1", str(self.participants.model.rowCount()))
        )
        self.tabs.setTabText(2, self.tr("Agenda (%1)").replace("%1", str(self.agenda.model.rowCount())))

    def _show_value(self, field: str, value) -> None:
        if field in self.text_edits:
            self.text_edits[field].setText(value)
            return
        widgets = (self.starts_edit, self.ends_edit, self.template_combo)
        blocked = [widget.blockSignals(True) for widget in widgets]
        if field == "times":
            starts, ends = value
            self.starts_edit.setDateTime(QDateTime(starts) if starts else NO_DATE)
            self.ends_edit.setTime(QTime(ends.hour, ends.minute) if ends else QTime(21, 30))
        else:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(value)))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)

    def _value(self, field: str):
        if field in self.text_edits:
            return self.text_edits[field].text()
        if field == "template_id":
            return self.template_combo.currentData()
        starts = self.starts_edit.dateTime()
        if starts == NO_DATE:
            return (None, None)
        start = starts.toPython().replace(second=0, microsecond=0)
        end_time = self.ends_edit.time()
        end = start.replace(hour=end_time.hour(), minute=end_time.minute())
        return (start, end if end >= start else end + timedelta(days=1))

    # -- writing ----------------------------------------------------------------------------------
    def _schedule(self, field: str, *_args) -> None:
        if self.session_id is not None:
            ident, value = self.session_id, self._value(field)
            self.autosaver.schedule(("session", ident, field), lambda: self._write(ident, field, value))

    def _save_now(self, field: str) -> None:
        if self.session_id is not None:
            ident, value = self.session_id, self._value(field)
            self.autosaver.save_now(("session", ident, field), lambda: self._write(ident, field, value))

    def _write(self, ident: int, field: str, value, record_undo: bool = True) -> None:
        changes = {"starts_at": value[0], "ends_at": value[1]} if field == "times" else {field: value}
        info = self.services.sessions.update_session(ident, **changes)
        if ident != self.session_id:
            self.session_changed.emit(info)
            return
        old = self._stored.get(field)
        self._stored[field] = value
        self.info = info
        if field == "template_id":
            self.agenda.set_template(self._template(value))
        self.agenda.set_times(info.starts_at, info.ends_at)
        self._show_heading()
        self.session_changed.emit(info)
        if record_undo and old != value:
            self.undo_stack.push(
                FieldEditCommand(field, (ident, field), old, value, partial(self._apply, field))
            )

    def _apply(self, field: str, value) -> None:
        ident = self.session_id
        if ident is None:
            return
        self._show_value(field, value)
        self.autosaver.save_now(
            ("session", ident, field), lambda: self._write(ident, field, value, record_undo=False)
        )
