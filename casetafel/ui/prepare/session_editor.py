"""The session editor: details (title, date and time, place, facilitator, method), participants, agenda.

Details are autosaved like the case editor's fields: text after a pause, choices at once, each write an
undo step. A session without a date shows the earliest date as '(no date)'.

The participants and agenda tabs are built the first time they are opened (or asked for): the program
starts on the details tab, and the two editors with their tables are not needed until then.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError
from casetafel.services.meetings import MeetingInfo
from casetafel.ui.prepare.agenda_model import hours_minutes
from casetafel.ui.report.session_document import DOCUMENT_TEXT_FIELDS, NOT_ADOPTED, DocumentControlForm
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.autosave import Autosaver
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.date_fields import DateTimeField, TimeField
from casetafel.ui.widgets.undo_commands import FieldEditCommand, UndoKeyFilter

if TYPE_CHECKING:
    from casetafel.ui.followup.outcomes_tab import OutcomesTab
    from casetafel.ui.prepare.agenda_editor import AgendaEditor
    from casetafel.ui.prepare.participants_editor import ParticipantsEditor

NO_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
TEXT_FIELDS = ("title", "location", "municipality", "facilitator", *DOCUMENT_TEXT_FIELDS)
DETAILS_TAB, PARTICIPANTS_TAB, AGENDA_TAB, OUTCOMES_TAB, DOCUMENT_TAB = range(5)


def default_start(now: datetime | None = None) -> datetime:
    """A new session starts next week at 19:30."""
    day = (now or datetime.now()).date() + timedelta(days=7)
    return datetime(day.year, day.month, day.day, 19, 30)


class SessionEditor(QWidget):
    session_changed = Signal(object)  # SessionInfo after a write of the details
    agenda_changed = Signal(int)  # the number of cases, after the agenda tab changed it
    part_built = Signal(str)  # "participants" or "agenda": that tab's editor was just made

    def __init__(self, services: Services, autosaver: Autosaver, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.info: MeetingInfo | None = None
        self._stored: dict[str, object] = {}
        self._undo_filter = UndoKeyFilter(self)

        self.text_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        names = {
            "title": self.tr("&Title"),
            "location": self.tr("&Location"),
            "municipality": self.tr("&Municipality"),
            "facilitator": self.tr("Fa&cilitator"),
        }
        self.document = DocumentControlForm()
        for field in (*names, *DOCUMENT_TEXT_FIELDS):
            edit = self.document.line_edits()[field] if field in DOCUMENT_TEXT_FIELDS else QLineEdit()
            edit.installEventFilter(self._undo_filter)
            edit.textEdited.connect(partial(self._schedule, field))
            self.text_edits[field] = edit
        self.title_check = None  # titles are published: checked as typed, set up after the first paint
        QTimer.singleShot(0, self, self._check_title)
        self.starts_edit = DateTimeField()
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat("dddd d MMMM yyyy  HH:mm")
        self.starts_edit.setMinimumDateTime(NO_DATE)
        self.starts_edit.setSpecialValueText(self.tr("(no date)"))
        self.ends_edit = TimeField()
        self.ends_edit.setDisplayFormat("HH:mm")
        self.template_combo = QComboBox()
        form.addRow(names["title"], self.text_edits["title"])
        form.addRow(self.tr("Date and t&ime"), self.starts_edit)
        form.addRow(self.tr("Pl&anned end"), self.ends_edit)
        for field in ("location", "municipality", "facilitator"):
            form.addRow(names[field], self.text_edits[field])
        form.addRow(self.tr("Meth&od"), self.template_combo)
        self.method_hint = QLabel()
        self.method_hint.setWordWrap(True)
        form.addRow("", self.method_hint)
        details = QWidget()
        details.setLayout(form)

        self._participants: ParticipantsEditor | None = None
        self._agenda: AgendaEditor | None = None
        self._outcomes: OutcomesTab | None = None
        self.template = None  # the TemplateInfo of the session's method
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Session parts"))
        self.tabs.addTab(details, self.tr("Details"))
        for _part in (PARTICIPANTS_TAB, AGENDA_TAB, OUTCOMES_TAB):  # holders: filled when first opened
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "")
        self.tabs.addTab(self.document, self.tr("Report"))
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
        self.document.status_combo.currentIndexChanged.connect(lambda _i: self._save_now("doc_status"))
        self.document.addressee_combo.activated.connect(lambda _i: self._save_now("addressee"))
        self.document.adopted_edit.dateChanged.connect(lambda _d: self._schedule("adopted_on"))
        self.tabs.currentChanged.connect(self._tab_opened)
        name_fields_from_labels(self)
        self.load(None)  # the methods are filled by the page's reload, which comes right after

    def fill_templates(self) -> None:
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for ident, name in self.services.templates.template_names():
            self.template_combo.addItem(name, ident)
        self.template_combo.blockSignals(False)

    @property
    def meeting_id(self) -> int | None:
        return self.info.id if self.info else None

    # -- the participants and agenda tabs, built when first needed ---------------------------------
    @property
    def participants(self) -> ParticipantsEditor:
        if self._participants is None:
            from casetafel.ui.prepare.participants_editor import ParticipantsEditor

            editor = ParticipantsEditor(self.services, self.autosaver, self.undo_stack)
            self._participants = editor
            editor.load(self.meeting_id, self.info.participants if self.info else ())
            for signal in (editor.model.rowsInserted, editor.model.rowsRemoved, editor.model.modelReset):
                signal.connect(self._update_tab_titles)
            self._place(PARTICIPANTS_TAB, editor, "participants")
        return self._participants

    @property
    def agenda(self) -> AgendaEditor:
        if self._agenda is None:
            from casetafel.ui.prepare.agenda_editor import AgendaEditor

            editor = AgendaEditor(self.services, self.autosaver, self.undo_stack)
            self._agenda = editor
            editor.load(self.meeting_id, self.info.agenda if self.info else (), self.template)
            editor.set_times(*self._stored["times"])
            editor.agenda_changed.connect(self._update_tab_titles)
            editor.agenda_changed.connect(self.agenda_changed)
            self._place(AGENDA_TAB, editor, "agenda")
        return self._agenda

    @property
    def outcomes(self) -> OutcomesTab:
        """The Uitkomsten tab: every item recorded in the session, grouped by case and session part."""
        if self._outcomes is None:
            from casetafel.ui.followup.outcomes_tab import OutcomesTab

            self._outcomes = OutcomesTab(self.services, self.undo_stack)
            self._outcomes.load(self.meeting_id)
            self._place(OUTCOMES_TAB, self._outcomes, "outcomes")
        return self._outcomes

    def show_outcome(self, kind: str, item_id: int) -> bool:
        """Open the Uitkomsten tab with one item selected (a search hit on an observation or question)."""
        self.tabs.setCurrentIndex(OUTCOMES_TAB)
        found = self.outcomes.select_item(kind, item_id)
        if found:
            self.outcomes.tree.setFocus()
        return found

    @property
    def built_participants(self) -> ParticipantsEditor | None:
        """The participants editor if its tab was built, without building it."""
        return self._participants

    @property
    def built_agenda(self) -> AgendaEditor | None:
        """The agenda editor if its tab was built, without building it."""
        return self._agenda

    def _place(self, tab: int, editor: QWidget, part: str) -> None:
        holder = self.tabs.widget(tab)
        holder.layout().addWidget(editor)
        editor.show()  # a child added to a shown tab would otherwise appear only after the next events
        name_fields_from_labels(editor)
        if holder.hasFocus():  # the tab was opened from the keyboard: focus goes on into the new editor
            holder.focusNextChild()
        self.part_built.emit(part)

    def _tab_opened(self, index: int) -> None:
        if index == PARTICIPANTS_TAB:
            self.participants  # noqa: B018 - builds the tab
        elif index == AGENDA_TAB:
            self.agenda  # noqa: B018 - builds the tab
        elif index == OUTCOMES_TAB:
            self.outcomes  # noqa: B018 - builds the tab

    def _check_title(self):
        """The identifier check of the title field (the detector's module loads after the window shows)."""
        if self.title_check is None:
            from casetafel.ui.widgets.line_findings import LineFindingsUnderliner

            self.title_check = LineFindingsUnderliner(self.text_edits["title"])
        return self.title_check

    def load(self, meeting_id: int | None) -> None:
        self.info = self.services.meetings.get_meeting(meeting_id) if meeting_id is not None else None
        info = self.info
        self.setEnabled(info is not None)
        self._stored = {field: getattr(info, field) if info else "" for field in TEXT_FIELDS}
        self._stored["times"] = (info.starts_at, info.ends_at) if info else (None, None)
        self._stored["template_id"] = info.template_id if info else None
        self._stored["doc_status"] = info.doc_status if info else "concept"
        self._stored["adopted_on"] = info.adopted_on if info else None
        for field, value in self._stored.items():
            self._show_value(field, value)
        self.template = self._template(info.template_id if info else None)
        if self._participants is not None:
            self._participants.load(meeting_id, info.participants if info else ())
        if self._agenda is not None:
            self._agenda.load(meeting_id, info.agenda if info else (), self.template)
            self._agenda.set_times(*self._stored["times"])
        if self._outcomes is not None:
            self._outcomes.load(meeting_id)
        self._update_tab_titles()
        self._show_heading()
        if info is not None and info.status == MeetingStatus.FINISHED:
            self.tabs.setCurrentIndex(OUTCOMES_TAB)  # once held, what came out of it comes first

    def _template(self, template_id: int | None):
        if template_id is None:
            return None
        try:
            return self.services.templates.get_template(template_id)
        except NotFoundError:  # deleted on the Methods page meanwhile
            return None

    def _show_heading(self) -> None:
        if self.info is None:
            self.heading.setText(
                self.tr("No session selected. Choose one in the list, or press Ctrl+N to plan a new one.")
                if self.services.capabilities.plan_sessions
                else self.tr("No session selected. Choose one in the list.")
            )
        else:
            self.heading.setText(self.text_edits["title"].text() or self.tr("(untitled session)"))
        template = self.template
        self.method_hint.setText(
            (
                self.tr(
                    "%1 phases. With this method one case takes %2, two cases %3, three cases %4 (change the "
                    "minutes on the agenda, or the method on the Methods page)."
                )
                if self.services.capabilities.plan_sessions
                else self.tr("%1 phases. With this method one case takes %2, two cases %3, three cases %4.")
            )
            .replace("%1", str(len(template.phases)))
            .replace("%2", hours_minutes(template.minutes_for(1)))
            .replace("%3", hours_minutes(template.minutes_for(2)))
            .replace("%4", hours_minutes(template.minutes_for(3)))
            if template
            else ""
        )

    def _update_tab_titles(self, *_args) -> None:
        if self._participants is not None:
            people = self._participants.model.rowCount()
        else:
            people = len(self.info.participants) if self.info else 0
        cases = (
            self._agenda.model.rowCount()
            if self._agenda is not None
            else len(self.info.agenda if self.info else ())
        )
        self.tabs.setTabText(PARTICIPANTS_TAB, self.tr("Participants (%1)").replace("%1", str(people)))
        self.tabs.setTabText(AGENDA_TAB, self.tr("Agenda (%1)").replace("%1", str(cases)))
        self.tabs.setTabText(OUTCOMES_TAB, self.tr("Outcomes"))

    def _show_value(self, field: str, value) -> None:
        if field in self.text_edits:
            self.text_edits[field].setText(value)
            return
        document = self.document
        widgets = (
            self.starts_edit,
            self.ends_edit,
            self.template_combo,
            document.status_combo,
            document.adopted_edit,
        )
        blocked = [widget.blockSignals(True) for widget in widgets]
        if field == "times":
            starts, ends = value
            self.starts_edit.setDateTime(QDateTime(starts) if starts else NO_DATE)
            self.ends_edit.setTime(QTime(ends.hour, ends.minute) if ends else QTime(21, 30))
        elif field == "doc_status":
            document.status_combo.setCurrentIndex(max(0, document.status_combo.findData(value)))
        elif field == "adopted_on":
            document.adopted_edit.setDate(QDate(value) if value else NOT_ADOPTED)
        else:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(value)))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)

    def _value(self, field: str):
        if field in self.text_edits:
            return self.text_edits[field].text()
        if field == "template_id":
            return self.template_combo.currentData()
        if field == "doc_status":
            return self.document.status_combo.currentData()
        if field == "adopted_on":
            day = self.document.adopted_edit.date()
            return None if day == NOT_ADOPTED else day.toPython()
        starts = self.starts_edit.dateTime()
        if starts == NO_DATE:
            return (None, None)
        start = starts.toPython().replace(second=0, microsecond=0)
        end_time = self.ends_edit.time()
        end = start.replace(hour=end_time.hour(), minute=end_time.minute())
        return (start, end if end >= start else end + timedelta(days=1))

    # -- writing ----------------------------------------------------------------------------------
    def _schedule(self, field: str, *_args) -> None:
        if self.meeting_id is not None:
            ident, value = self.meeting_id, self._value(field)
            self.autosaver.schedule(("session", ident, field), lambda: self._write(ident, field, value))

    def _save_now(self, field: str) -> None:
        if self.meeting_id is not None:
            ident, value = self.meeting_id, self._value(field)
            self.autosaver.save_now(("session", ident, field), lambda: self._write(ident, field, value))

    def _write(self, ident: int, field: str, value, record_undo: bool = True) -> None:
        def as_changes(value) -> dict:
            return {"starts_at": value[0], "ends_at": value[1]} if field == "times" else {field: value}

        mine = ident == self.meeting_id and self.info is not None
        meetings = self.services.meetings
        info, stored = save_checked(
            self,
            as_changes(value),
            self.info.version if mine else None,
            as_changes(self._stored[field]) if mine and field in self._stored else None,
            lambda changes, version, was: meetings.update_meeting(
                ident, expected_version=version, was=was, **changes
            ),
            lambda: meetings.get_meeting(ident),
        )
        chosen = (stored["starts_at"], stored["ends_at"]) if field == "times" else stored[field]
        if chosen != value and ident == self.meeting_id:  # the user took the stored or a merged text
            value = chosen
            self._show_value(field, value)
        if ident != self.meeting_id:
            self.session_changed.emit(info)
            return
        old = self._stored.get(field)
        self._stored[field] = value
        self.info = info
        if field == "template_id":
            self.template = self._template(value)
            if self._agenda is not None:
                self._agenda.set_template(self.template)
        if self._agenda is not None:
            self._agenda.set_times(info.starts_at, info.ends_at)
        self._show_heading()
        self.session_changed.emit(info)
        if record_undo and old != value:
            self.undo_stack.push(
                FieldEditCommand(field, (ident, field), old, value, partial(self._apply, field))
            )

    def _apply(self, field: str, value) -> None:
        ident = self.meeting_id
        if ident is None:
            return
        self._show_value(field, value)
        self.autosaver.save_now(
            ("session", ident, field), lambda: self._write(ident, field, value, record_undo=False)
        )
