"""The case library page: search as you type, filters, sortable list, and the case editor next to it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
)

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.cases import case_summary
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.ui.cases.editor import CaseEditor
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.accessibility import label_unlabelled, name_fields_from_labels
from casetafel.ui.widgets.autosave import EditingPage
from casetafel.ui.widgets.library_models import CaseFilter, CaseFilterProxy, CaseLibraryModel


class CaseLibraryPage(EditingPage):
    def __init__(self, services: Services, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(services, CaseLibraryModel(), "case_library", parent)
        self.table.setAccessibleName(self.tr("Cases"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 100)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, code and text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.domain_filter = QComboBox()
        self.theme_filter = QComboBox()
        self.status_filter = QComboBox()
        self.domain_filter.setAccessibleName(self.tr("Filter by domain"))
        self.theme_filter.setAccessibleName(self.tr("Filter by theme"))
        self.status_filter.setAccessibleName(self.tr("Filter by anonymisation"))
        self.archived_check = QCheckBox(self.tr("Sho&w archived"))
        for combo, vocabulary, everything in (
            (self.domain_filter, Vocabulary.DOMAIN, self.tr("All domains")),
            (self.theme_filter, Vocabulary.THEME, self.tr("All themes")),
        ):
            combo.addItem(everything, "")
            for term in data_labels.terms(vocabulary, services.taxonomy.terms(vocabulary)):
                combo.addItem(term.label, term.code)
        self.status_filter.addItem(self.tr("Confirmed or not"), "")
        self.status_filter.addItem(self.tr("Anonymisation confirmed"), "confirmed")
        self.status_filter.addItem(self.tr("Not yet confirmed"), "unconfirmed")

        self.new_button = QPushButton(self.tr("New case"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.count_label = QLabel()

        self.editor = CaseEditor(services, self.autosaver, self.undo_stack, settings)
        self.editor.case_changed.connect(lambda info: self.replace_row(case_summary(info)))

        filters = QHBoxLayout()
        for widget in (self.domain_filter, self.theme_filter, self.status_filter):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
            filters.addWidget(widget, 1)
        archived_row = QHBoxLayout()
        archived_row.addWidget(self.archived_check)
        archived_row.addStretch(1)
        archived_row.addWidget(self.count_label)
        left = self.list_pane(
            (self.new_button, self.duplicate_button, self.archive_button, self.delete_button),
            above=(self.search, filters, archived_row),
        )
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_hint.setMargin(12)
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.empty_hint)
        self.add_panes(left, self.right, (440, 660))
        for combo in (self.domain_filter, self.theme_filter, self.status_filter):
            label_unlabelled(combo, combo.accessibleName())  # read as its name on Linux, not its value

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.domain_filter, self.theme_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.archived_check.toggled.connect(self.apply_filter)
        self.new_button.clicked.connect(self.new_item)
        self.duplicate_button.clicked.connect(self.duplicate_case)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_case)
        self.add_delete_shortcut(self.tr("Delete case"), self.delete_case)
        self.record_shown.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.setTabOrder(self.search, self.domain_filter)
        self.setTabOrder(self.domain_filter, self.theme_filter)
        self.setTabOrder(self.theme_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.archived_check)
        self.setTabOrder(self.archived_check, self.table)
        name_fields_from_labels(self)

    def make_proxy(self) -> CaseFilterProxy:
        return CaseFilterProxy(self)

    # -- list -------------------------------------------------------------------------------------
    def load_rows(self) -> list:
        return self.services.cases.list_cases(include_archived=True)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        ids = None
        if text:
            ids = frozenset(c.id for c in self.services.cases.list_cases(include_archived=True, text=text))
        keep = self.selected_id()
        self.proxy.set_filter(
            CaseFilter(
                ids=ids,
                domain=self.domain_filter.currentData() or "",
                theme=self.theme_filter.currentData() or "",
                status=self.status_filter.currentData() or "",
                show_archived=self.archived_check.isChecked(),
            )
        )
        if not self.select_id(keep) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self._show_current()
        self._update_count()

    def _update_count(self, *_args) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 cases")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def show_record(self, ident: int | None) -> None:
        """The selected case; with nothing to select, what to do instead of a disabled form."""
        self.editor.load(ident)
        if ident is not None:
            self.right.setCurrentWidget(self.editor)
            return
        if self.model.rowCount():
            hint = self.tr(
                "No case matches the search or the filters. Clear the search, or choose other filters."
            )
        elif self.services.capabilities.edit_cases:
            hint = self.tr(
                "No case yet. Press Ctrl+N (New case) to describe the first one: write what happened without "
                "names, addresses or other details that identify someone; casetafel underlines what it finds."
            )
        else:  # the griffie sees a case once it is out of preparation
            hint = self.tr(
                "No case to read yet: a case appears here once it is on the agenda of a session that is no "
                "longer being prepared."
            )
        self.empty_hint.setText(hint)
        self.right.setCurrentWidget(self.empty_hint)

    def _update_buttons(self, ident) -> None:
        has = ident is not None
        for button in (self.duplicate_button, self.archive_button, self.delete_button):
            button.setEnabled(has)
        archived = has and self.editor.info is not None and self.editor.info.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
        self.archive_button.setAccessibleName(self.archive_button.text().replace("&", ""))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions ----------------------------------------------------------------------------------
    def _run(self, change):
        """Run a service call; a refusal is shown in a message box. Returns the result or None."""
        if not self.flush():
            return None
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Cases"), str(error))
            return None

    def reload(self) -> None:
        super().reload()
        if self.search.text().strip():
            self.apply_filter()
        self._update_count()

    def _show_new(self, info) -> None:
        """Show a new case: clear search and filters that could hide it, then select it."""
        for widget in (self.search, self.domain_filter, self.theme_filter, self.status_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.domain_filter, self.theme_filter, self.status_filter):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.domain_filter, self.theme_filter, self.status_filter):
            widget.blockSignals(False)
        self.apply_filter()
        self.model.add_row(case_summary(info))
        self.select_id(info.id)

    def new_item(self) -> None:
        info = self._run(lambda: self.services.cases.create_case(self.tr("New case")))
        if info is not None:
            self._show_new(info)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    def duplicate_case(self) -> None:
        ident = self.selected_id()
        if ident is None:
            return
        info = self._run(lambda: self.services.cases.duplicate_case(ident))
        if info is not None:
            self._show_new(info)

    def toggle_archived(self) -> None:
        info = self.editor.info
        if info is None:
            return
        changed = self._run(lambda: self.services.cases.set_archived(info.id, not info.archived))
        if changed is not None:
            self.replace_row(case_summary(changed))
            self.editor.info = changed
            self.apply_filter()
            self._update_buttons(self.selected_id())

    def delete_case(self) -> None:
        info = self.editor.info
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete case"),
            self.tr("Delete case %1 ‘%2’? This cannot be undone.")
            .replace("%1", info.code)
            .replace("%2", info.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.services.cases.delete_case(info.id) or True):
            row = self.proxy.mapFromSource(self.model.index(self.model.row_of_id(info.id), 0)).row()
            self.model.remove_id(info.id)
            if self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
            self._show_current()
            self.table.setFocus()

    # -- window state -----------------------------------------------------------------------------
    def splitters(self) -> dict[str, QSplitter]:
        return {"editor_splitter": self.editor.splitter}
