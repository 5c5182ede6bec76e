"""The Opvolging page: every governance question and action of every session, with what became of it.

Filters (kind, status, overdue, owner, theme, council role, session, case and free text) narrow the list in
memory, so each keystroke is answered without asking the database. The list shows overdue items first,
marked in words and colour. The detail pane sets status, answer, answer date, instrument and reference;
each save is one undo step (Ctrl+Z / Ctrl+Shift+Z) and lands in the item's history.

The first screen is filled from the first rows only; the whole list follows right after, once the page is
on screen (a database of years holds thousands of items).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.followup import (
    KIND_ACTION,
    KIND_QUESTION,
    STILL_OPEN_FILTER,
    FollowupFilter,
    FollowupItem,
    filter_items,
    status_choices,
)
from casetafel.ui.followup.detail import FollowupDetail
from casetafel.ui.followup.export import FollowupExport
from casetafel.ui.followup.model import CASE, DUE, NUMBER, OWNER, SESSION, STATUS, TEXT, FollowupTableModel
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.undo_commands import AppliedCommand

FIRST_SCREEN_ROWS = 60
REMEMBERED_RESULTS = 64  # filter results kept for Backspace


class FollowupChangeCommand(AppliedCommand):
    """Follow-up fields of one item changed from ``old`` to ``new`` (already written when pushed)."""

    def __init__(self, page: FollowupPage, item: FollowupItem, old: dict, new: dict) -> None:
        super().__init__(page.tr("Change %1").replace("%1", item.label))
        self.page, self.kind, self.item_id, self.old, self.new = page, item.kind, item.id, old, new

    def do(self) -> None:
        self.page.write(self.kind, self.item_id, self.new, was=self.old)

    def undo(self) -> None:
        self.page.write(self.kind, self.item_id, self.old, was=self.new)


class FollowupPage(QWidget):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)
        self.all_items: list[FollowupItem] | None = None
        self._last: tuple[FollowupFilter | None, list[FollowupItem]] = (None, [])  # filter and its result
        self._results: dict[FollowupFilter, list[FollowupItem]] = {}  # the last filters' results

        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(
            self.tr("Filter on words in question, answer, owner, case, session…")
        )
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Questions and actions"), "")
        self.kind_filter.addItem(self.tr("Governance questions"), KIND_QUESTION)
        self.kind_filter.addItem(self.tr("Actions"), KIND_ACTION)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), "")
        self.status_filter.addItem(self.tr("Still open"), STILL_OPEN_FILTER)
        for code, label in dict(status_choices(KIND_QUESTION) + status_choices(KIND_ACTION)).items():
            self.status_filter.addItem(label, code)
        self.overdue_filter = QCheckBox(self.tr("On&ly overdue"))
        self.owner_filter = QComboBox()
        self.theme_filter = QComboBox()
        self.role_filter = QComboBox()
        self.session_filter = QComboBox()
        self.case_filter = QComboBox()
        self.labels = labels = services.taxonomy.all_labels()
        self._fill(self.theme_filter, self.tr("Every theme"), labels.get(Vocabulary.THEME.value, {}).items())
        roles = labels.get(Vocabulary.COUNCIL_ROLE.value, {}).items()
        self._fill(self.role_filter, self.tr("Every council role"), roles)
        for combo in (self.owner_filter, self.session_filter, self.case_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        names = (
            (self.text_filter, self.tr("Filter text")),
            (self.kind_filter, self.tr("Kind")),
            (self.status_filter, self.tr("Status")),
            (self.owner_filter, self.tr("Owner")),
            (self.theme_filter, self.tr("Theme")),
            (self.role_filter, self.tr("Council role")),
            (self.session_filter, self.tr("Session")),
            (self.case_filter, self.tr("Case")),
        )
        for widget, name in names:
            widget.setAccessibleName(name)
        filters = QGridLayout()
        filters.addWidget(self.text_filter, 0, 0, 1, 3)
        filters.addWidget(self.kind_filter, 0, 3)
        filters.addWidget(self.status_filter, 0, 4)
        filters.addWidget(self.overdue_filter, 0, 5)
        for column, combo in enumerate(
            (self.owner_filter, self.theme_filter, self.role_filter, self.session_filter, self.case_filter)
        ):
            filters.addWidget(combo, 1, column)
        for column in range(6):
            filters.setColumnStretch(column, 1)

        self.model = FollowupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Questions and actions to follow up"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        number_width = self.table.fontMetrics().horizontalAdvance("BV-0000-000") + 16  # a stable number whole
        for column, width in (
            (NUMBER, number_width),
            (STATUS, 110),
            (OWNER, 100),
            (DUE, 130),
            (SESSION, 82),
            (CASE, 88),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.count_label = QLabel()

        self.detail = FollowupDetail()
        self.detail.save_requested.connect(self.save)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 380])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.export = FollowupExport(services, lambda: list(self.model.items))
        left_layout.addWidget(self.export)

        self.text_filter.textChanged.connect(self.apply_filters)
        for combo in (self.kind_filter, self.status_filter, self.owner_filter, self.theme_filter,
                      self.role_filter, self.session_filter, self.case_filter):  # fmt: skip
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)

        self.model.set_items(services.followup.list_items(limit=FIRST_SCREEN_ROWS, labels=labels))
        self._select_row(0)
        self.count_label.setText(self.tr("Loading…"))
        QTimer.singleShot(0, self.load_all)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices, keep=None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Shown again: items may have changed on another page; the list is read again right after."""
        super().showEvent(event)
        if self.all_items is not None:
            QTimer.singleShot(0, self.load_all)

    # -- loading and filtering ----------------------------------------------------------------------
    def load_all(self) -> None:
        """Read every item (again) and fill the choices of owner, session and case from them."""
        items = self.services.followup.list_items(labels=self.labels)
        for item in items:
            _ = item.haystack  # made now, so the first keystroke is as quick as the others
        self.all_items = items
        self._last, self._results = (None, []), {}
        owners = sorted({item.owner for item in items if item.owner}, key=str.casefold)
        self._fill(
            self.owner_filter,
            self.tr("Every owner"),
            [(o, o) for o in owners],
            self.owner_filter.currentData(),
        )
        meetings = {item.meeting_id: item for item in items}
        ordered = sorted(
            meetings.values(), key=lambda i: (i.session_date is None, i.session_date), reverse=True
        )
        choices = [(i.meeting_id, f"{i.session_date or ''} {i.session_title}".strip()) for i in ordered]
        self._fill(self.session_filter, self.tr("Every session"), choices, self.session_filter.currentData())
        cases = {item.case_id: item for item in items if item.case_id is not None}
        choices = [
            (i.case_id, f"{i.case_code} {i.case_title}")
            for i in sorted(cases.values(), key=lambda i: i.case_code)
        ]
        self._fill(self.case_filter, self.tr("Every case"), choices, self.case_filter.currentData())
        self.apply_filters()

    def current_filter(self) -> FollowupFilter:
        return FollowupFilter(
            status=self.status_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            overdue_only=self.overdue_filter.isChecked(),
            theme=self.theme_filter.currentData() or "",
            council_role=self.role_filter.currentData() or "",
            meeting_id=self.session_filter.currentData(),
            case_id=self.case_filter.currentData(),
            kind=self.kind_filter.currentData() or "",
            text=self.text_filter.text(),
        )

    def apply_filters(self) -> None:
        if self.all_items is None:
            self.load_all()
            return
        shown = self.detail.item
        wanted = self.current_filter()
        source = self.all_items
        previous, previous_items = self._last
        same_other_filters = previous is not None and replace(previous, text=wanted.text) == wanted
        if same_other_filters and wanted.text.startswith(previous.text):
            source = previous_items  # more typed: the words narrow what was shown
        items = self._results.get(wanted)  # Backspace: this filter was answered a moment ago
        if items is None:
            items = filter_items(source, wanted)
            if len(self._results) >= REMEMBERED_RESULTS:
                self._results.pop(next(iter(self._results)))
            self._results[wanted] = items
        self._last = (wanted, items)
        self.model.set_items(items)
        overdue = sum(1 for item in items if item.overdue)
        self.count_label.setText(
            self.tr("%1 of %2 items shown, %3 of them overdue")
            .replace("%1", str(len(items)))
            .replace("%2", str(len(self.all_items)))
            .replace("%3", str(overdue))
        )
        row = self.model.row_of(shown.kind, shown.id) if shown is not None else -1
        self._select_row(max(row, 0))

    def _select_row(self, row: int) -> None:
        if row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_current()

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        item = self.model.items[index.row()] if index.isValid() else None
        if item is not None and self.detail.item is not None and item == self.detail.item:
            return
        shown = self.detail.item
        same = item is not None and shown is not None and (item.kind, item.id) == (shown.kind, shown.id)
        if same and self.detail.changes():  # typed and not saved: a reload never overwrites it (conflicts)
            return
        history = self.services.followup.history(item.kind, item.id) if item is not None else []
        self.detail.show_item(item, history)

    def select_item(self, kind: str, item_id: int) -> bool:
        """Show one item, clearing the filters when they hide it; False when it does not exist."""
        row = self.model.row_of(kind, item_id)
        if row < 0:
            self.clear_filters()
            row = self.model.row_of(kind, item_id)
        if row < 0:
            return False
        self._select_row(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.status_filter, self.owner_filter, self.theme_filter,
                      self.role_filter, self.session_filter, self.case_filter):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(False)
        self.overdue_filter.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.apply_filters()

    # -- changing -----------------------------------------------------------------------------------
    def save(self, item: FollowupItem, changes: dict) -> None:
        old = {name: getattr(item, name) for name in changes}
        stored = self.write(item.kind, item.id, changes, was=old, version=item.version)
        if stored is not None and stored != old:
            self.undo_stack.push(FollowupChangeCommand(self, item, old, stored))

    def write(
        self, kind: str, item_id: int, changes: dict, *, was: dict | None = None, version: int | None = None
    ) -> dict | None:
        """Save ``changes`` naming the version shown (another client's save of the same fields opens the
        conflict dialog); returns the values now stored, or None when nothing was saved (the typed text
        stays in the form)."""
        followup = self.services.followup
        if version is None:
            row = self.model.row_of(kind, item_id)
            version = self.model.items[row].version if row >= 0 else None
        try:
            updated, stored = save_checked(
                self, changes, version, was,
                lambda values, expected, before: followup.update_item(
                    kind, item_id, expected_version=expected, was=before, **values
                ),
                lambda: followup.get_item(kind, item_id),
            )  # fmt: skip
        except EditConflictError:
            return None
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Follow-up"), str(error))
            return None
        if self.all_items is not None:
            self.all_items = [updated if (i.kind, i.id) == (kind, item_id) else i for i in self.all_items]
            self._last, self._results = (None, []), {}
        self.model.replace_item(updated)
        if self.detail.item is not None and (self.detail.item.kind, self.detail.item.id) == (kind, item_id):
            self.detail.show_item(updated, self.services.followup.history(kind, item_id))
        return stored

    def reload(self) -> None:
        self.undo_stack.clear()
        self.labels = self.services.taxonomy.all_labels()
        self.load_all()

    # -- the Edit menu acts on the page that is shown ---------------------------------------------
    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def focus_search(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()
