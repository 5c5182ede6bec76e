"""The quick-capture bar: one input line where Enter records, with the kind chosen by Alt+1..Alt+6 or a
typed prefix, and the few extra fields a kind needs (council role and theme for a governance question,
owner and due date for an action), the author's role and domain tags.

An action typed with Enter first offers its owner and due date inline: the focus moves to "Owner"; Enter
there (or in the due date) records, with or without them.

The bar records nothing itself: it emits ``submitted(CaptureRequest)``; the window stores it and then
calls ``clear_text()``. ``draft_state()``/``restore_draft()`` let the window save what is being typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from casetafel.domain.capture import CAPTURE_ORDER, CaptureKind, split_prefix
from casetafel.domain.document import OwnerKind
from casetafel.services.taxonomy import TermInfo
from casetafel.ui.widgets.accessibility import label_unlabelled
from casetafel.ui.widgets.kind_style import kind_icon

NO_DATE = QDate(2000, 1, 1)
# Keys that the window's shortcuts use even while the input line has the focus.
PASS_THROUGH = (
    QKeySequence("Ctrl+Right"),
    QKeySequence("Ctrl+Left"),
    QKeySequence("Ctrl+PgDown"),
    QKeySequence("Ctrl+PgUp"),
)


@dataclass(frozen=True)
class CaptureRequest:
    kind: CaptureKind
    text: str
    author_role: str = ""
    domains: tuple[str, ...] = ()
    council_role: str = ""
    theme: str = ""
    owner: str = ""
    due_date: date | None = None
    owner_kind: str = ""  # "persoon" or "orgaan" when there is an owner
    participant_id: int | None = None  # who said it, from the attendance list (observations, questions)


class CaptureLine(QLineEdit):
    """An input line that leaves phase navigation, and Ctrl+Z when it has nothing to undo, to the window."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            sequence = QKeySequence(event.keyCombination())
            if any(sequence.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in PASS_THROUGH):
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
                event.ignore()
                return False
        return super().event(event)


class CaptureBar(QWidget):
    submitted = Signal(object)  # CaptureRequest
    kind_changed = Signal(object)  # the label of the kind now shown

    def __init__(
        self,
        kind_labels: dict[CaptureKind, str],
        roles: list[TermInfo],
        council_roles: list[TermInfo],
        themes: list[TermInfo],
        domains: list[TermInfo],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.kind_labels = kind_labels
        self.sticky_kind = CaptureKind.BARRIER
        self._by_prefix = False
        self._shown_kind: CaptureKind | None = None
        self._action_offered = False
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for number, kind in enumerate(CAPTURE_ORDER, start=1):
            self.kind_combo.addItem(kind_icon(kind), f"{kind_labels[kind]}  (Alt+{number})", kind.value)
            self.kind_combo.setItemData(number - 1, kind_labels[kind], Qt.ItemDataRole.AccessibleTextRole)
        self.line = CaptureLine()
        self.line.setAccessibleName(self.tr("Input line"))
        self.line.setPlaceholderText(self.tr("Type what is said and press Enter"))
        font = self.line.font()
        font.setPointSize(font.pointSize() + 3)
        self.line.setFont(font)
        self.line.setMinimumHeight(36)
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setToolTip(self.tr("Record (Enter)"))

        self.role_combo = self._combo(self.tr("Author role"), roles, self.tr("(role unknown)"))
        self.participant_combo = QComboBox()  # who said it: the name stays out of every public text
        self.participant_combo.setAccessibleName(self.tr("Said by"))
        self.participant_combo.setToolTip(
            self.tr("Who said it, from the attendance list (Alt+I). The name is never in the public report.")
        )
        self.participant_combo.currentIndexChanged.connect(self._participant_chosen)
        self._participant_roles: dict[int, str] = {}
        self.set_participants((), {})
        self.council_combo = self._combo(self.tr("Council role"), council_roles, self.tr("(no council role)"))
        self.theme_combo = self._combo(self.tr("Theme"), themes, self.tr("(no theme)"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(self.tr("who"))
        self.owner_kind_combo = QComboBox()  # recorded, not guessed: a body stays in the public report
        self.owner_kind_combo.setAccessibleName(self.tr("Owner is a"))
        self.owner_kind_combo.addItem(self.tr("person"), OwnerKind.PERSON.value)
        self.owner_kind_combo.addItem(self.tr("body or role"), OwnerKind.BODY.value)
        self.owner_kind_combo.setToolTip(
            self.tr(
                "A body or role (griffie, college, committee, wijkteam) stays in the public report; a person does not."
            )
        )
        self._owner_kinds: dict[str, str] = {}
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        self.due_edit.setMinimumDate(NO_DATE)
        self.due_edit.setSpecialValueText(self.tr("no date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(NO_DATE)
        self.domains_button = QToolButton()
        self.domains_button.setAccessibleName(self.tr("Domains"))
        self.domains_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.domains_menu = QMenu(self.domains_button)
        self.domain_actions: list[QAction] = []
        for term in domains:
            action = self.domains_menu.addAction(term.label)
            action.setCheckable(True)
            action.setData(term.code)
            action.toggled.connect(self._update_domains_text)
            self.domain_actions.append(action)
        self.domains_button.setMenu(self.domains_menu)
        self._update_domains_text()

        self.question_fields = QWidget()
        self.action_fields = QWidget()
        q_layout = QHBoxLayout(self.question_fields)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self._buddy(self.tr("Council r&ole"), self.council_combo))
        q_layout.addWidget(self.council_combo)
        q_layout.addWidget(self._buddy(self.tr("T&heme"), self.theme_combo))
        q_layout.addWidget(self.theme_combo)
        a_layout = QHBoxLayout(self.action_fields)
        a_layout.setContentsMargins(0, 0, 0, 0)
        a_layout.addWidget(self._buddy(self.tr("O&wner"), self.owner_edit))
        a_layout.addWidget(self.owner_edit)
        a_layout.addWidget(self.owner_kind_combo)
        a_layout.addWidget(self._buddy(self.tr("&Due"), self.due_edit))
        a_layout.addWidget(self.due_edit)

        self.hint = QLabel(
            self.tr(
                "Enter records. Kind: Alt+1 barrier (s:) · Alt+2 good practice (g:) · Alt+3 signal (si:) · "
                "Alt+4 question (v:) · Alt+5 governance question (bv:) · Alt+6 action (a:)"
            )
        )
        self.default_hint = self.hint.text()
        self.hint.setWordWrap(True)
        self.hint.setFixedHeight(2 * self.hint.fontMetrics().lineSpacing() + 2)  # room for two lines, always
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kind_combo, 0, 0)
        grid.addWidget(self.line, 0, 1)
        grid.addWidget(self.record_button, 0, 2)
        extras = QHBoxLayout()
        extras.addWidget(self._buddy(self.tr("Sa&id by"), self.participant_combo))
        extras.addWidget(self.participant_combo)
        extras.addWidget(self._buddy(self.tr("Author &role"), self.role_combo))
        extras.addWidget(self.role_combo)
        extras.addWidget(self._buddy(self.tr("Do&mains"), self.domains_button))
        extras.addWidget(self.domains_button)
        extras.addSpacing(16)
        extras.addWidget(self.question_fields)
        extras.addWidget(self.action_fields)
        extras.addStretch(1)
        extras_row = QWidget()
        extras_row.setLayout(extras)
        extras.setContentsMargins(0, 0, 0, 0)
        # The same height whichever fields the kind shows: the input line never moves when they change.
        tallest = (self.role_combo, self.council_combo, self.theme_combo, self.owner_edit, self.due_edit)
        extras_row.setFixedHeight(max(w.sizeHint().height() for w in tallest))
        grid.addWidget(extras_row, 1, 0, 1, 3)
        grid.addWidget(self.hint, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        label_unlabelled(self.kind_combo, self.tr("Kind"))
        QWidget.setTabOrder(self.line, self.council_combo)
        QWidget.setTabOrder(self.council_combo, self.theme_combo)
        QWidget.setTabOrder(self.theme_combo, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.owner_kind_combo)
        QWidget.setTabOrder(self.owner_kind_combo, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.participant_combo)
        QWidget.setTabOrder(self.participant_combo, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.domains_button)
        QWidget.setTabOrder(self.domains_button, self.kind_combo)

        self.line.returnPressed.connect(self.submit)
        self.owner_edit.returnPressed.connect(self.submit)
        self.due_edit.installEventFilter(self)
        self.record_button.clicked.connect(self.submit)
        self.line.textChanged.connect(self._on_text_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        for number, kind in enumerate(CAPTURE_ORDER, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, k=kind: self.choose_kind(k))
            self.addAction(action)
        self._on_kind_changed()

    # -- building blocks --------------------------------------------------------------------------
    def _combo(self, name: str, terms: list[TermInfo], empty: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(empty, "")
        for term in terms:
            combo.addItem(term.label, term.code)
        return combo

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # -- kind -------------------------------------------------------------------------------------
    def kind(self) -> CaptureKind:
        return CaptureKind(self.kind_combo.currentData())

    def choose_kind(self, kind: CaptureKind) -> None:
        """Alt+1..Alt+6: the kind stays until another is chosen (a typed prefix counts for one line)."""
        self.sticky_kind = kind
        self.kind_combo.setCurrentIndex(CAPTURE_ORDER.index(kind))
        self.line.setFocus()

    def set_default_kind(self, kind: CaptureKind) -> None:
        """The phase's usual kind, unless something is being typed."""
        if not self.line.text().strip():
            self.sticky_kind = kind
            self.kind_combo.setCurrentIndex(CAPTURE_ORDER.index(kind))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Enter in the due date records, like Enter in the owner field."""
        if (
            watched is self.due_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def _on_text_changed(self, text: str) -> None:
        self._action_offered = False
        typed, _rest = split_prefix(text)
        wanted = typed or self.sticky_kind
        if wanted != self.kind():
            self._by_prefix = True
            self.kind_combo.setCurrentIndex(CAPTURE_ORDER.index(wanted))
            self._by_prefix = False

    def _on_kind_changed(self) -> None:
        kind = self.kind()
        if not self._by_prefix and split_prefix(self.line.text())[0] is None:
            self.sticky_kind = kind
        self.question_fields.setVisible(kind == CaptureKind.GOVERNANCE_QUESTION)
        self.action_fields.setVisible(kind == CaptureKind.ACTION)
        self.line.setPlaceholderText(
            self.tr("%1: type what is said and press Enter").replace("%1", self.kind_labels[kind])
        )
        if kind != self._shown_kind:
            self._shown_kind = kind
            self.kind_changed.emit(self.kind_labels[kind])

    def _update_domains_text(self) -> None:
        chosen = [a.text() for a in self.domain_actions if a.isChecked()]
        self.domains_button.setText(", ".join(chosen) if chosen else self.tr("none"))

    # -- recording --------------------------------------------------------------------------------
    def request(self) -> CaptureRequest:
        typed, rest = split_prefix(self.line.text())
        due = self.due_edit.date()
        return CaptureRequest(
            kind=typed or self.kind(),
            text=rest.strip(),
            author_role=self.role_combo.currentData() or "",
            domains=tuple(a.data() for a in self.domain_actions if a.isChecked()),
            council_role=self.council_combo.currentData() or "",
            theme=self.theme_combo.currentData() or "",
            owner=self.owner_edit.text().strip(),
            due_date=None if due == NO_DATE else due.toPython(),
            owner_kind=self.owner_kind_combo.currentData() if self.owner_edit.text().strip() else "",
            participant_id=self.participant_combo.currentData(),
        )

    def set_participants(self, participants, role_labels: dict[str, str]) -> None:
        """The present participants to attribute a line to (name, or role for one without a name)."""
        chosen = self.participant_combo.currentData()
        self.participant_combo.blockSignals(True)
        self.participant_combo.clear()
        self.participant_combo.addItem(self.tr("(nobody chosen)"), None)
        self._participant_roles = {}
        for p in participants:
            if not p.present:
                continue
            role = role_labels.get(p.role, p.role)
            self.participant_combo.addItem(f"{p.name} ({role})" if p.name else role, p.id)
            self._participant_roles[p.id] = p.role
        index = self.participant_combo.findData(chosen)
        self.participant_combo.setCurrentIndex(max(0, index))
        self.participant_combo.blockSignals(False)

    def _participant_chosen(self) -> None:
        """The role of the chosen participant becomes the author role."""
        role = self._participant_roles.get(self.participant_combo.currentData())
        index = self.role_combo.findData(role) if role else -1
        if index >= 0:
            self.role_combo.setCurrentIndex(index)

    def set_owner_suggestions(self, people: list[str], bodies: list[str]) -> None:
        """Complete the owner from the session's participants (persons) and common bodies and roles;
        choosing one sets whether the owner is a person or a body (it can still be changed)."""
        self._owner_kinds = {name: OwnerKind.BODY.value for name in bodies}
        self._owner_kinds.update({name: OwnerKind.PERSON.value for name in people if name.strip()})
        completer = QCompleter(sorted(self._owner_kinds, key=str.lower), self.owner_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._owner_chosen)
        self.owner_edit.setCompleter(completer)

    def _owner_chosen(self, text: str) -> None:
        kind = self._owner_kinds.get(text)
        if kind:
            self.owner_kind_combo.setCurrentIndex(self.owner_kind_combo.findData(kind))

    def submit(self) -> None:
        request = self.request()
        if not request.text:
            return
        if request.kind == CaptureKind.ACTION and not request.owner and not self._action_offered:
            # Offer owner and due date first; Enter again records without them.
            self._action_offered = True
            self.owner_edit.setFocus()
            self.hint.setText(
                self.tr("Action: who does it, and by when? Enter records (both may stay empty).")
            )
            return
        self.submitted.emit(request)

    def clear_text(self) -> None:
        """After a successful record: empty the line (not undoable into the line), keep the role."""
        self.line.setText("")
        self.hint.setText(self.default_hint)
        self.kind_combo.setCurrentIndex(CAPTURE_ORDER.index(self.sticky_kind))
        self.owner_edit.setText("")
        self.owner_kind_combo.setCurrentIndex(0)
        self.due_edit.setDate(NO_DATE)
        self.council_combo.setCurrentIndex(0)
        self.theme_combo.setCurrentIndex(0)
        self.participant_combo.setCurrentIndex(0)  # attributed to one line: the next is chosen again

    # -- drafts -----------------------------------------------------------------------------------
    def draft_state_after_clear(self) -> dict[str, str]:
        """What ``draft_state()`` will be once ``clear_text()`` has run (stored together with a record)."""
        cleared = {"invoer": "", "eigenaar": "", "deadline": "", "raadsrol": "", "thema": ""}
        return {**self.draft_state(), **cleared, "soort": self.sticky_kind.value}

    def draft_state(self) -> dict[str, str]:
        due = self.due_edit.date()
        return {
            "invoer": self.line.text(),
            "soort": self.sticky_kind.value,
            "rol": self.role_combo.currentData() or "",
            "raadsrol": self.council_combo.currentData() or "",
            "thema": self.theme_combo.currentData() or "",
            "eigenaar": self.owner_edit.text(),
            "deadline": "" if due == NO_DATE else due.toString(Qt.DateFormat.ISODate),
            "domeinen": ",".join(a.data() for a in self.domain_actions if a.isChecked()),
        }

    def restore_draft(self, state: dict[str, str]) -> None:
        if state.get("soort") in CaptureKind._value2member_map_:
            self.kind_combo.setCurrentIndex(CAPTURE_ORDER.index(CaptureKind(state["soort"])))
        for key, combo in (
            ("rol", self.role_combo),
            ("raadsrol", self.council_combo),
            ("thema", self.theme_combo),
        ):
            index = combo.findData(state.get(key, ""))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.owner_edit.setText(state.get("eigenaar", ""))
        if state.get("deadline"):
            self.due_edit.setDate(QDate.fromString(state["deadline"], Qt.DateFormat.ISODate))
        chosen = set(filter(None, state.get("domeinen", "").split(",")))
        for action in self.domain_actions:
            action.setChecked(action.data() in chosen)
        self.line.setText(state.get("invoer", ""))
