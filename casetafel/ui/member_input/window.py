"""The "Mijn inbreng" window of one council member: the sessions they attended, each session's outcomes as
the public report shows them, the follow-up of those sessions, their own input with what became of it,
and one form to add an insight ("wat neem ik mee"), a question for the follow-up, or a comment on the
follow-up item chosen in the list.

The text line is checked for possible identifiers while typing, as the capture line at the table is
(underlined, named in the tooltip); the input is stored as typed and waits for the facilitator, who
sees it marked in Uitkomsten. Everything shown comes from ``services.member_input``: the public fields
only, never a case description or a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.member_input import Author, FollowupLine, InputKind
from casetafel.ui.followup.model import date_text
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.line_findings import LineFindingsUnderliner
from casetafel.ui.widgets.screen_fit import fit_to_screen

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberInputWindow(QWidget):
    """One author's own window; ``open_member_input_window`` makes and shows it."""

    def __init__(self, services: Services, author: Author, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.author = author
        self.setWindowTitle(self.tr("My input — %1").replace("%1", author.shown))
        self.heading = QLabel(
            self.tr(
                "What you add goes to the facilitator first; it becomes part of the report once it is accepted."
            )
        )
        self.heading.setWordWrap(True)

        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions you attended"))
        self.sessions.setWordWrap(True)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.currentItemChanged.connect(lambda *_: self.show_session())
        sessions_label = QLabel(self.tr("&Sessions you attended"))
        sessions_label.setBuddy(self.sessions)

        self.outcomes = self._tree(
            self.tr("Public outcomes"), [self.tr("Text"), self.tr("Kind"), self.tr("Part")]
        )
        self.followup = self._tree(
            self.tr("Follow-up"),
            [self.tr("Number"), self.tr("Text"), self.tr("Status"), self.tr("Owner"), self.tr("Due"),
             self.tr("Answer")],
        )  # fmt: skip
        self.followup.currentItemChanged.connect(lambda *_: self._update_form())
        self.mine = self._tree(
            self.tr("My input"), [self.tr("Text"), self.tr("Kind"), self.tr("Status"), self.tr("Session")]
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What you can see"))
        self.tabs.addTab(self.outcomes, self.tr("&Public outcomes"))
        self.tabs.addTab(self.followup, self.tr("&Follow-up"))
        self.tabs.addTab(self.mine, self.tr("&My input"))

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("What I take home (insight)"), InputKind.INSIGHT.value)
        self.kind_combo.addItem(self.tr("Question for the follow-up"), InputKind.QUESTION.value)
        self.kind_combo.addItem(self.tr("Comment on the chosen follow-up item"), InputKind.COMMENT.value)
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._update_form())
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Type your input and press Enter"))
        self.text_edit.returnPressed.connect(self.add)
        self.underliner = LineFindingsUnderliner(self.text_edit, services.taxonomy.local_places())
        self.add_button = QPushButton(self.tr("&Send to the facilitator"))
        self.add_button.clicked.connect(self.add)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        form_box = QGroupBox(self.tr("Add input"))
        form = QGridLayout(form_box)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind_combo)
        text_label = QLabel(self.tr("&Text"))
        text_label.setBuddy(self.text_edit)
        form.addWidget(kind_label, 0, 0)
        form.addWidget(self.kind_combo, 0, 1)
        form.addWidget(self.about, 0, 2, 1, 2)
        form.addWidget(text_label, 1, 0)
        form.addWidget(self.text_edit, 1, 1, 1, 2)
        form.addWidget(self.add_button, 1, 3)
        form.addWidget(self.message, 2, 0, 1, 4)
        form.setColumnStretch(2, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(sessions_label)
        left_layout.addWidget(self.sessions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(form_box)
        QShortcut(QKeySequence("Ctrl+L"), self, self.text_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        name_fields_from_labels(self)
        self.reload()

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            0 if headers[0] != self.tr("Number") else 1, QHeaderView.ResizeMode.Stretch
        )
        for column in range(len(headers)):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                tree.setColumnWidth(column, 170 if column == len(headers) - 1 else 130)
        return tree

    # -- showing ------------------------------------------------------------------------------------
    def reload(self) -> None:
        attended = self.services.member_input.attended(self.author)
        self.sessions.clear()
        for session in attended:
            when = session.starts_at.strftime("%d-%m-%Y") if session.starts_at else self.tr("no date")
            item = QListWidgetItem(f"{when}  {session.title}\n{session.role}")
            item.setData(SESSION_ROLE, session.meeting_id)
            self.sessions.addItem(item)
        if attended:
            self.sessions.setCurrentRow(0)
        else:
            self.message.setText(self.tr("No session was found at which you were present."))
        self.show_mine()
        self._update_form()

    def current_session(self) -> int | None:
        item = self.sessions.currentItem()
        return item.data(SESSION_ROLE) if item is not None else None

    def show_session(self) -> None:
        meeting_id = self.current_session()
        self.outcomes.clear()
        self.followup.clear()
        if meeting_id is None:
            return
        try:
            lines = self.services.member_input.public_outcomes(self.author, meeting_id)
            followup = self.services.member_input.followup(self.author, meeting_id)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        for line in lines:
            text = f"{line.label}  {line.text}" if line.label else line.text
            kind = f"{line.kind} ({line.role})" if line.role else line.kind
            row = QTreeWidgetItem([text.replace("\n", " "), kind, line.section])
            row.setToolTip(0, line.text)
            self.outcomes.addTopLevelItem(row)
        for item in followup:
            row = QTreeWidgetItem(
                [item.label, item.text.replace("\n", " "), item.status, item.owner, date_text(item.due_date),
                 item.answer.replace("\n", " ")]
            )  # fmt: skip
            row.setToolTip(1, item.text)
            row.setData(0, SESSION_ROLE, item)
            self.followup.addTopLevelItem(row)
        self._update_form()

    def show_mine(self) -> None:
        self.mine.clear()
        titles = {s.meeting_id: s.title for s in self.services.member_input.attended(self.author)}
        for info in self.services.member_input.my_inputs(self.author):
            kind = info.kind_label + (f" ({info.item_label})" if info.item_label else "")
            row = QTreeWidgetItem(
                [info.text.replace("\n", " "), kind, info.status_label, titles.get(info.meeting_id, "")]
            )
            row.setToolTip(0, info.text)
            self.mine.addTopLevelItem(row)

    def chosen_item(self) -> FollowupLine | None:
        row = self.followup.currentItem()
        return row.data(0, SESSION_ROLE) if row is not None else None

    def _update_form(self) -> None:
        kind = InputKind(self.kind_combo.currentData())
        item = self.chosen_item()
        if kind is InputKind.COMMENT:
            self.about.setText(
                self.tr("About: %1").replace("%1", item.label)
                if item
                else self.tr("Choose an item on the Follow-up tab first.")
            )
        else:
            self.about.setText("")
        ready = self.current_session() is not None and (kind is not InputKind.COMMENT or item is not None)
        self.add_button.setEnabled(ready)

    # -- adding -------------------------------------------------------------------------------------
    def add(self) -> None:
        meeting_id = self.current_session()
        text = self.text_edit.text().strip()
        if meeting_id is None or not text:
            return
        kind = InputKind(self.kind_combo.currentData())
        item = self.chosen_item() if kind is InputKind.COMMENT else None
        if kind is InputKind.COMMENT and item is None:
            self.message.setText(self.tr("Choose an item on the Follow-up tab first."))
            return
        about = {}
        if item is not None:
            about = {"question_id": item.id} if item.kind == "vraag" else {"action_id": item.id}
        try:
            self.services.member_input.add(self.author, meeting_id, kind, text, **about)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        findings = self.underliner.run_now()
        self.text_edit.clear()
        sent = self.tr("Sent to the facilitator.")
        if findings:
            sent += " " + self.tr(
                "It may name a person or place (%1 possible identifiers): those are masked in the public report."
            ).replace("%1", str(len(findings)))
        self.message.setText(sent)
        self.show_mine()


def open_member_input_window(
    services: Services, author: Author, parent: QWidget | None = None
) -> MemberInputWindow:
    """Make and show the "Mijn inbreng" window of ``author`` (the entry point for a council member's login,
    the command ``casetafel mijn-inbreng`` and the facilitator's menu item)."""
    window = MemberInputWindow(services, author, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = parent.screen() if parent is not None else window.screen()
    fit_to_screen(window, 1200, 760, screen)
    window.show()
    window.text_edit.setFocus()
    return window
