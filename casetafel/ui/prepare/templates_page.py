"""The methods page: the method templates with the template editor; copy one to make a variant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
)

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.ui.prepare.template_editor import TemplateEditor
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.autosave import EditingPage
from casetafel.ui.widgets.library_models import TemplateListModel


class TemplateEditorPage(EditingPage):
    title_column = 0

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(services, TemplateListModel(), "templates_page", parent)
        self.table.setAccessibleName(self.tr("Methods"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.copy_button = QPushButton(self.tr("&Copy as a variant"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.hint = hint = QLabel(
            self.tr(
                "A method is the order of phases of a session. Copy a method to make a variant, for "
                "example a short 60-minute format; a session chooses its method on its Details tab."
            )
            if services.capabilities.edit_methods
            else self.tr("A method is the order of phases of a session, with the minutes of each phase.")
        )
        hint.setWordWrap(True)
        self.editor = TemplateEditor(services, self.autosaver, self.undo_stack)
        self.editor.template_changed.connect(self.replace_row)

        left = self.list_pane((self.copy_button, self.delete_button), below=(hint,))
        self.add_panes(left, self.editor, (380, 720))

        name_fields_from_labels(self)
        self.add_delete_shortcut(self.tr("Delete method"), self.delete_template)
        self.copy_button.clicked.connect(self.new_item)
        self.delete_button.clicked.connect(self.delete_template)
        self.record_shown.connect(self._update_buttons)

    def load_rows(self) -> list:
        return self.services.templates.list_templates()

    def show_record(self, ident: int | None) -> None:
        self.editor.load(ident)

    def _update_buttons(self, ident) -> None:
        info = self.editor.info
        self.copy_button.setEnabled(ident is not None)
        self.delete_button.setEnabled(info is not None and not info.is_default)

    def _run(self, change):
        if not self.flush():
            return None
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Methods"), str(error))
            return None

    def new_item(self) -> None:
        """Ctrl+N: a copy of the selected method (or the default) to make a variant."""
        ident = self.selected_id()
        if ident is None:
            ident = self._run(lambda: self.services.templates.default_template().id)
        if ident is None:
            return
        info = self._run(lambda: self.services.templates.copy_template(ident))
        if info is not None:
            self.model.add_row(info)
            self.select_id(info.id)
            self.editor.name_edit.setFocus()
            self.editor.name_edit.selectAll()

    def delete_template(self) -> None:
        info = self.editor.info
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete method"),
            self.tr("Delete the method ‘%1’?").replace("%1", info.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.services.templates.delete_template(info.id) or True):
            self.model.remove_id(info.id)
            if self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            self._show_current()
            self.table.setFocus()
