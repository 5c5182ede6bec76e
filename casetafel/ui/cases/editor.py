"""The case editor: title, description, structured facts and the anonymisation confirmation, autosaved.

Text is written half a second after the last keystroke, choices at once; every write that succeeded is an
undo step (a replacement from the findings panel is a step of its own). A changed description needs its
anonymisation confirmed again (the service revokes it). The live identifier check, the findings panel
and the confirmation are in ``anonymisation`` (its guard knows the editor only as a ``GuardedEditor``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.cases import CaseInfo
from casetafel.services.container import Services
from casetafel.ui.cases.anonymisation import AnonymisationGuard
from casetafel.ui.cases.description import DescriptionEditor
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.autosave import Autosaver
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.line_findings import LineFindingsUnderliner
from casetafel.ui.widgets.undo_commands import FieldEditCommand, SeparateFieldEditCommand, UndoKeyFilter

LIST_FIELDS = {"domains": Vocabulary.DOMAIN, "life_areas": Vocabulary.LIFE_AREA, "themes": Vocabulary.THEME}
COMBO_FIELDS = {
    "age_band": Vocabulary.AGE_BAND,
    "household_type": Vocabulary.HOUSEHOLD_TYPE,
    "presenter_role": Vocabulary.PARTICIPANT_ROLE,
}


class CaseEditor(QWidget):
    case_changed = Signal(object)  # CaseInfo, after every successful write

    def __init__(
        self,
        services: Services,
        autosaver: Autosaver,
        undo_stack: QUndoStack,
        settings: QSettings | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.settings = settings
        self.info: CaseInfo | None = None
        self._stored: dict[str, object] = {}
        self._undo_filter = UndoKeyFilter(self)

        self.code_label = QLabel()
        font = self.code_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.code_label.setFont(font)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("A short title without names"))
        self.title_edit.installEventFilter(self._undo_filter)
        self.title_check = LineFindingsUnderliner(self.title_edit)  # titles carry no names either
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)

        self.description = DescriptionEditor()
        self.description.text_edit.installEventFilter(self._undo_filter)
        description_label = QLabel(self.tr("&Description (anonymised)"))
        description_label.setBuddy(self.description.text_edit)
        self.guard = AnonymisationGuard(self)
        self.anonymisation_label = self.guard.label
        self.confirm_button = self.guard.confirm_button
        self.revoke_button = self.guard.revoke_button
        self.findings = self.guard.panel

        self.fact_lists: dict[str, QListWidget] = {}
        self.fact_combos: dict[str, QComboBox] = {}
        facts = QWidget()
        grid = QGridLayout(facts)
        grid.setContentsMargins(0, 0, 0, 0)
        list_names = {
            "domains": self.tr("D&omains"),
            "life_areas": self.tr("&Life areas"),
            "themes": self.tr("The&mes"),
        }
        for column, (field, text) in enumerate(list_names.items()):
            widget = QListWidget()
            widget.setMinimumHeight(120)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
            self.fact_lists[field] = widget
            widget.itemChanged.connect(partial(self._on_list_changed, field))
        combo_names = {
            "age_band": self.tr("&Age band"),
            "household_type": self.tr("Hou&sehold"),
            "presenter_role": self.tr("&Presented by"),
        }
        for column, (field, text) in enumerate(combo_names.items()):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            label = QLabel(text)
            label.setBuddy(combo)
            grid.addWidget(label, 2, column)
            grid.addWidget(combo, 3, column)
            self.fact_combos[field] = combo
            combo.currentIndexChanged.connect(partial(self._on_combo_changed, field))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.code_label)
        header.addWidget(title_label)
        header.addWidget(self.title_edit, 1)
        top_layout.addLayout(header)
        top_layout.addWidget(self.guard.bar)
        top_layout.addWidget(description_label)
        top_layout.addWidget(self.description, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.findings)
        self.splitter.addWidget(facts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([320, 240, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.title_edit.textEdited.connect(self._on_title_edited)
        self.description.text_edit.textChanged.connect(self._on_description_edited)
        self.fill_choices()
        self.load(None)
        name_fields_from_labels(self)
        self.description.count_label.setAccessibleName(self.tr("Word count"))

    # -- loading ----------------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """The taxonomy labels for the lists and combos (active terms only)."""
        for field, vocabulary in LIST_FIELDS.items():
            widget = self.fact_lists[field]
            widget.blockSignals(True)
            widget.clear()
            for term in data_labels.terms(vocabulary, self.services.taxonomy.terms(vocabulary)):
                item = QListWidgetItem(term.label)
                item.setData(Qt.ItemDataRole.UserRole, term.code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            widget.blockSignals(False)
        for field, vocabulary in COMBO_FIELDS.items():
            combo = self.fact_combos[field]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not given)"), "")
            for term in data_labels.terms(vocabulary, self.services.taxonomy.terms(vocabulary)):
                combo.addItem(term.label, term.code)
            combo.blockSignals(False)

    @property
    def case_id(self) -> int | None:
        return self.info.id if self.info else None

    def load(self, case_id: int | None) -> None:
        self.info = self.services.cases.get_case(case_id) if case_id is not None else None
        self.setEnabled(self.info is not None)
        info = self.info
        self._stored = {
            "title": info.title if info else "",
            "description": info.description if info else "",
            "domains": info.domains if info else (),
            "life_areas": info.life_areas if info else (),
            "themes": info.themes if info else (),
            "age_band": info.age_band if info else "",
            "household_type": info.household_type if info else "",
            "presenter_role": info.presenter_role if info else "",
        }
        for field, value in self._stored.items():
            self._show_value(field, value)
        self.code_label.setText(info.code if info else "")
        self.guard.reload()

    def _show_value(self, field: str, value) -> None:
        if field == "title":
            self.title_edit.setText(value)
        elif field == "description":
            self.description.set_text(value)
        elif field in self.fact_lists:
            widget = self.fact_lists[field]
            widget.blockSignals(True)
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in value
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
        else:
            combo = self.fact_combos[field]
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0 and value:  # an inactive term still shows with its code
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _show_anonymisation(self) -> None:
        self.guard.refresh()

    # -- edits ------------------------------------------------------------------------------------
    def _value(self, field: str):
        if field == "title":
            return self.title_edit.text()
        if field == "description":
            return self.description.text()
        if field in self.fact_lists:
            widget = self.fact_lists[field]
            return tuple(
                widget.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked
            )
        return self.fact_combos[field].currentData() or ""

    def _on_title_edited(self, _text: str) -> None:
        self._schedule("title")

    def _on_description_edited(self) -> None:
        self._show_anonymisation()
        self._schedule("description")

    def _on_list_changed(self, field: str, _item) -> None:
        self._save_now(field)

    def _on_combo_changed(self, field: str, _index: int) -> None:
        self._save_now(field)

    def _schedule(self, field: str) -> None:
        if self.case_id is not None:
            case_id, value = self.case_id, self._value(field)
            self.autosaver.schedule(("case", case_id, field), lambda: self._write(case_id, field, value))

    def _save_now(self, field: str) -> None:
        if self.case_id is not None:
            case_id, value = self.case_id, self._value(field)
            self.autosaver.save_now(("case", case_id, field), lambda: self._write(case_id, field, value))

    def replace_description(self, text: str, what: str) -> None:
        """A replacement from the findings panel: changes the text as an undo step of its own."""
        case_id = self.case_id
        if case_id is None:
            return
        self.autosaver.flush()  # the typing before it stays a separate step
        self.description.replace_text(text)
        self.autosaver.save_now(
            ("case", case_id, "description"),
            lambda: self._write(case_id, "description", text, separate=what),
        )

    def _write(self, case_id: int, field: str, value, record_undo: bool = True, separate: str = "") -> None:
        """Store one field; ``separate`` names an undo step that is never merged with typing."""
        mine = case_id == self.case_id and self.info is not None
        cases = self.services.cases
        info, stored = save_checked(
            self,
            {field: value},
            self.info.version if mine else None,
            {field: self._stored.get(field)} if mine and field in self._stored else None,
            lambda changes, version, was: cases.update_case(
                case_id, expected_version=version, was=was, **changes
            ),
            lambda: cases.get_case(case_id),
        )
        if stored[field] != value and case_id == self.case_id:  # the user took the stored or a merged text
            value = stored[field]
            self._show_value(field, value)
            if field == "description":
                self.guard.highlighter.run_now()
        if case_id != self.case_id:
            self.case_changed.emit(info)
            return
        old = self._stored.get(field)
        self._stored[field] = value
        self.info = info
        self._show_anonymisation()
        self.case_changed.emit(info)
        if record_undo and old != value:
            command = SeparateFieldEditCommand if separate else FieldEditCommand
            self.undo_stack.push(
                command(
                    separate or self._field_name(field),
                    (case_id, field),
                    old,
                    value,
                    partial(self._apply, field),
                )
            )

    def _apply(self, field: str, value) -> None:
        """Undo or redo: show ``value`` and write it (without a new undo step)."""
        case_id = self.case_id
        if case_id is None:
            return
        self._show_value(field, value)
        if field == "description":
            self.guard.highlighter.run_now()
        self._show_anonymisation()
        self.autosaver.save_now(
            ("case", case_id, field), lambda: self._write(case_id, field, value, record_undo=False)
        )

    def _field_name(self, field: str) -> str:
        names = {
            "title": self.tr("title"),
            "description": self.tr("description"),
            "domains": self.tr("domains"),
            "life_areas": self.tr("life areas"),
            "themes": self.tr("themes"),
            "age_band": self.tr("age band"),
            "household_type": self.tr("household"),
            "presenter_role": self.tr("presenter"),
        }
        return names[field]

    # -- anonymisation ----------------------------------------------------------------------------
    def confirm_anonymisation(self) -> None:
        self.guard.confirm()

    def revoke_anonymisation(self) -> None:
        self.guard.revoke()
