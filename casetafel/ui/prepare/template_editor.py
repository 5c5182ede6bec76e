"""The method template editor: name, description and the phases (name, minutes, question, scope, records).

Fields are autosaved and undoable like the other editors; phases are added, removed and moved at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError, ServiceError
from casetafel.services.templates import PhaseInfo, TemplateInfo
from casetafel.ui.prepare.template_models import (
    RECORD_TEXT,
    SCOPE_TEXT,
    PhaseTableModel,
    record_text,
    scope_text,
)
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.autosave import Autosaver
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.undo_commands import CallbackCommand, FieldEditCommand, UndoKeyFilter

PHASE_FIELDS = ("name", "minutes", "scope", "records", "guiding_question")


class TemplateEditor(QWidget):
    template_changed = Signal(object)  # TemplateInfo

    def __init__(self, services: Services, autosaver: Autosaver, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.info: TemplateInfo | None = None
        self._filter = UndoKeyFilter(self)

        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setUndoRedoEnabled(False)
        self.description_edit.setMaximumHeight(70)
        header_form = QFormLayout()
        header_form.addRow(self.tr("Method &name"), self.name_edit)
        header_form.addRow(self.tr("Descri&ption"), self.description_edit)

        self.phase_model = PhaseTableModel(self)
        self.phase_table = QTableView()
        self.phase_table.setModel(self.phase_model)
        self.phase_table.setAccessibleName(self.tr("Phases"))
        self.phase_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phase_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.phase_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phase_table.setTabKeyNavigation(False)
        self.phase_table.setWordWrap(False)
        self.phase_table.verticalHeader().hide()
        header = self.phase_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        phases_label = QLabel(self.tr("P&hases"))
        phases_label.setBuddy(self.phase_table)
        self.add_phase_button = QPushButton(self.tr("&Add phase"))
        self.remove_phase_button = QPushButton(self.tr("Re&move phase…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        phase_buttons = QHBoxLayout()
        for button in (self.add_phase_button, self.remove_phase_button, self.up_button, self.down_button):
            phase_buttons.addWidget(button)
        phase_buttons.addStretch(1)

        self.phase_name = QLineEdit()
        self.phase_minutes = QSpinBox()
        self.phase_minutes.setRange(1, 600)
        self.phase_minutes.setSuffix(self.tr(" min."))
        self.phase_scope = QComboBox()
        for code in SCOPE_TEXT:
            self.phase_scope.addItem(scope_text(code), code)
        self.phase_records = QComboBox()
        for code in RECORD_TEXT:
            self.phase_records.addItem(record_text(code), code)
        self.phase_question = QPlainTextEdit()
        self.phase_question.setTabChangesFocus(True)
        self.phase_question.setUndoRedoEnabled(False)
        self.phase_question.setMaximumHeight(80)
        self.phase_box = QGroupBox(self.tr("Selected phase"))
        phase_form = QFormLayout(self.phase_box)
        phase_form.addRow(self.tr("Na&me"), self.phase_name)
        phase_form.addRow(self.tr("M&inutes"), self.phase_minutes)
        phase_form.addRow(self.tr("&When"), self.phase_scope)
        phase_form.addRow(self.tr("&Records"), self.phase_records)
        phase_form.addRow(self.tr("&Guiding question"), self.phase_question)
        for widget in (self.name_edit, self.description_edit, self.phase_name, self.phase_question):
            widget.installEventFilter(self._filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(header_form)
        layout.addWidget(phases_label)
        layout.addWidget(self.phase_table, 1)
        layout.addLayout(phase_buttons)
        layout.addWidget(self.phase_box)

        self.name_edit.textEdited.connect(lambda _t: self._schedule_template())
        self.description_edit.textChanged.connect(self._schedule_template)
        self.phase_name.textEdited.connect(lambda _t: self._edit_phase("name", schedule=True))
        self.phase_question.textChanged.connect(lambda: self._edit_phase("guiding_question", schedule=True))
        self.phase_minutes.valueChanged.connect(lambda _v: self._edit_phase("minutes", schedule=True))
        self.phase_scope.currentIndexChanged.connect(lambda _i: self._edit_phase("scope"))
        self.phase_records.currentIndexChanged.connect(lambda _i: self._edit_phase("records"))
        self.phase_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_phase())
        self.add_phase_button.clicked.connect(self.add_phase)
        self.remove_phase_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        name_fields_from_labels(self)
        self.load(None)

    # -- showing ----------------------------------------------------------------------------------
    def load(self, template_id: int | None, keep_phase: int | None = None) -> None:
        self.info = self.services.templates.get_template(template_id) if template_id is not None else None
        self.setEnabled(self.info is not None)
        self._stored_template = (self.info.name, self.info.description) if self.info else ("", "")
        for widget in (self.name_edit, self.description_edit):
            widget.blockSignals(True)
        self.name_edit.setText(self._stored_template[0])
        self.description_edit.setPlainText(self._stored_template[1])
        for widget in (self.name_edit, self.description_edit):
            widget.blockSignals(False)
        self._show_phases(self.info.phases if self.info else (), keep_phase)

    def _show_phases(self, phases, keep_phase: int | None = None) -> None:
        self.phase_model.set_phases(phases)
        row = self.phase_model.row_of(keep_phase) if keep_phase is not None else -1
        if row < 0 and phases:
            row = 0
        if row >= 0:
            self.phase_table.setCurrentIndex(self.phase_model.index(row, 1))
        self._show_phase()

    def current_phase(self) -> PhaseInfo | None:
        index = self.phase_table.currentIndex()
        return self.phase_model.phases[index.row()] if index.isValid() else None

    def _show_phase(self) -> None:
        phase = self.current_phase()
        self.phase_box.setEnabled(phase is not None)
        self.remove_phase_button.setEnabled(phase is not None)
        widgets = (
            self.phase_name,
            self.phase_minutes,
            self.phase_scope,
            self.phase_records,
            self.phase_question,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.phase_name.setText(data_labels.phase_name(phase.key, phase.name) if phase else "")
        self.phase_minutes.setValue(phase.minutes if phase else 10)
        self.phase_scope.setCurrentIndex(max(0, self.phase_scope.findData(phase.scope if phase else "")))
        self.phase_records.setCurrentIndex(
            max(0, self.phase_records.findData(phase.records if phase else ""))
        )
        self.phase_question.setPlainText(
            data_labels.phase_question(phase.key, phase.guiding_question) if phase else ""
        )
        for widget in widgets:
            widget.blockSignals(False)

    def _call(self, change):
        if not self.autosaver.flush():
            return None
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Methods"), str(error))
            return None

    # -- template name and description ------------------------------------------------------------
    def _schedule_template(self) -> None:
        if self.info is None or not self.name_edit.text().strip():
            return
        ident, value = self.info.id, (self.name_edit.text(), self.description_edit.toPlainText())
        self.autosaver.schedule(("template", ident), lambda: self._write_template(ident, value))

    def _write_template(self, ident: int, value: tuple[str, str], record_undo: bool = True) -> None:
        """Save name and description naming the version this form read; a conflict with another client's
        save of the same field opens the conflict dialog, and a value taken from it is shown."""
        templates = self.services.templates
        mine = self.info is not None and self.info.id == ident
        old = self._stored_template
        info, stored = save_checked(
            self,
            {"name": value[0], "description": value[1]},
            self.info.version if mine else None,
            {"name": old[0], "description": old[1]} if mine else None,
            lambda changes, version, was: templates.rename_template(
                ident, changes.get("name"), changes.get("description"), expected_version=version, was=was
            ),
            lambda: templates.get_template(ident),
        )
        chosen = (stored["name"], stored["description"])
        if mine:
            self.info = info
            self._stored_template = chosen
            if chosen != value:  # the user took the stored or a merged text
                self._show_template(chosen)
        self.template_changed.emit(info)
        if record_undo and old != chosen and mine:
            self.undo_stack.push(
                FieldEditCommand(self.tr("method"), ("template", ident), old, chosen, self._apply_template)
            )

    def _show_template(self, value: tuple[str, str]) -> None:
        for widget in (self.name_edit, self.description_edit):
            widget.blockSignals(True)
        self.name_edit.setText(value[0])
        self.description_edit.setPlainText(value[1])
        for widget in (self.name_edit, self.description_edit):
            widget.blockSignals(False)

    def _apply_template(self, value: tuple[str, str]) -> None:
        if self.info is None:
            return
        ident = self.info.id
        self._show_template(value)
        self.autosaver.save_now(("template", ident), lambda: self._write_template(ident, value, False))

    # -- phase fields -----------------------------------------------------------------------------
    def _phase_value(self, field: str):
        return {
            "name": self.phase_name.text(),
            "minutes": self.phase_minutes.value(),
            "scope": self.phase_scope.currentData(),
            "records": self.phase_records.currentData(),
            "guiding_question": self.phase_question.toPlainText(),
        }[field]

    def _edit_phase(self, field: str, schedule: bool = False) -> None:
        phase = self.current_phase()
        if phase is None or (field == "name" and not self.phase_name.text().strip()):
            return
        value = self._phase_value(field)
        write = partial(self._write_phase, phase.id, field, value)
        if schedule:
            self.autosaver.schedule(("phase", phase.id, field), write)
        else:
            self.autosaver.save_now(("phase", phase.id, field), write)

    def _write_phase(self, phase_id: int, field: str, value, record_undo: bool = True) -> None:
        """Save one field of a phase naming the version the table read; a conflict opens the conflict
        dialog, a phase another client removed is reported with what was typed."""
        row = self.phase_model.row_of(phase_id)
        shown = self.phase_model.phases[row] if row >= 0 else None
        old = getattr(shown, field) if shown is not None else None
        templates = self.services.templates
        try:
            info, stored = save_checked(
                self,
                {field: value},
                shown.version if shown is not None else None,
                {field: old} if shown is not None else None,
                lambda changes, version, was: templates.update_phase(
                    phase_id, expected_version=version, was=was, **changes
                ),
                lambda: next(p for p in templates.get_template(self.info.id).phases if p.id == phase_id),
            )
        except NotFoundError:
            self._phase_removed_meanwhile(value)
            return
        typed, value = value, stored[field]
        self.phase_model.replace(info)
        if (phase := self.current_phase()) is not None and phase.id == phase_id and value != typed:
            self._show_phase()  # a value taken from the other client
        if self.info is not None:
            self.info = templates.get_template(self.info.id)
            self.template_changed.emit(self.info)
        if record_undo and old is not None and old != value:
            self.undo_stack.push(
                FieldEditCommand(
                    self.tr("phase"),
                    ("phase", phase_id, field),
                    old,
                    value,
                    partial(self._apply_phase, phase_id, field),
                )
            )

    def _phase_removed_meanwhile(self, value) -> None:
        QMessageBox.warning(
            self,
            self.tr("Methods"),
            self.tr(
                "Someone else removed this phase meanwhile; what you entered was not saved:\n\n%1"
            ).replace("%1", str(value)),
        )
        if self.info is not None:
            try:
                self.load(self.info.id)
            except NotFoundError:  # the whole method is gone too
                self.load(None)

    def _apply_phase(self, phase_id: int, field: str, value) -> None:
        self.autosaver.save_now(
            ("phase", phase_id, field), partial(self._write_phase, phase_id, field, value, False)
        )
        if (phase := self.current_phase()) is not None and phase.id == phase_id:
            self._show_phase()

    # -- phases -----------------------------------------------------------------------------------
    def add_phase(self) -> None:
        if self.info is None:
            return
        ident = self.info.id
        info = self._call(lambda: self.services.templates.add_phase(ident, self.tr("New phase"), 10))
        if info is not None:
            self._changed(info, info.phases[-1].id)
            self.phase_name.setFocus()
            self.phase_name.selectAll()

    def remove_phase(self) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove phase"),
            self.tr("Remove the phase ‘%1’ from this method?").replace(
                "%1", data_labels.phase_name(phase.key, phase.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            info = self._call(lambda: self.services.templates.remove_phase(phase.id))
            if info is not None:
                self._changed(info)

    def move_phase(self, step: int) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        source = self.phase_model.row_of(phase.id)
        target = source + step
        if not 0 <= target < len(self.phase_model.phases):
            return
        if self._move(phase.id, target):
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("move phase"),
                    undo=lambda: self._move(phase.id, source),
                    redo=lambda: self._move(phase.id, target),
                )
            )

    def _move(self, phase_id: int, position: int) -> bool:
        info = self._call(lambda: self.services.templates.move_phase(phase_id, position))
        if info is not None:
            self._changed(info, phase_id)
        return info is not None

    def _changed(self, info: TemplateInfo, keep_phase: int | None = None) -> None:
        self.info = info
        self._show_phases(info.phases, keep_phase)
        self.template_changed.emit(info)
