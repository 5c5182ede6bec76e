"""F1: the keyboard shortcuts of the live table (and of the main window), in one readable list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def table_shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) while running the table."""
    return [
        (
            "Enter",
            QCoreApplication.translate(
                "Shortcuts",
                "Record the line (an action first asks for owner and due date; Enter again records)",
            ),
        ),
        (
            "Alt+1 … Alt+6",
            QCoreApplication.translate(
                "Shortcuts", "Kind: barrier, good practice, signal, question, governance question, action"
            ),
        ),
        (
            "s: g: si: v: bv: a:",
            QCoreApplication.translate(
                "Shortcuts", "Typed at the start of a line: the kind of that one line"
            ),
        ),
        ("PgDown / Ctrl+Right", QCoreApplication.translate("Shortcuts", "Next phase")),
        ("PgUp / Ctrl+Left", QCoreApplication.translate("Shortcuts", "Previous phase")),
        ("Ctrl+PgDown / Ctrl+PgUp", QCoreApplication.translate("Shortcuts", "Next / previous case")),
        ("F7", QCoreApplication.translate("Shortcuts", "Phase overview (Enter jumps to the chosen phase)")),
        (
            "F8",
            QCoreApplication.translate(
                "Shortcuts", "The phase's tool: attendance, who can act, dot votes, evaluation"
            ),
        ),
        (
            "Esc",
            QCoreApplication.translate(
                "Shortcuts", "Back to the input line (from the overview, a tool, the list or the notes)"
            ),
        ),
        ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Input line")),
        (
            "Ctrl+Shift+N",
            QCoreApplication.translate("Shortcuts", "Your notes (never shown on the presenter screen)"),
        ),
        (
            "F2 / Delete",
            QCoreApplication.translate("Shortcuts", "In the list: edit the text / delete the item"),
        ),
        (
            "1 … 6, Space",
            QCoreApplication.translate("Shortcuts", "Who can act: tick a level for the chosen observation"),
        ),
        (
            "+ / -",
            QCoreApplication.translate("Shortcuts", "Dot votes: one dot more or less for the chosen item"),
        ),
        ("Ctrl+P", QCoreApplication.translate("Shortcuts", "Pause or resume the timer")),
        ("Ctrl+M", QCoreApplication.translate("Shortcuts", "One more minute")),
        ("Ctrl+Shift+P", QCoreApplication.translate("Shortcuts", "Presenter screen on or off")),
        (
            "Ctrl+Down / Ctrl+Up",
            QCoreApplication.translate("Shortcuts", "Page the case text on the presenter screen"),
        ),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("Shortcuts", "Undo / redo")),
        ("Ctrl+Shift+E", QCoreApplication.translate("Shortcuts", "Finish the session")),
        ("F1", QCoreApplication.translate("Shortcuts", "This overview")),
    ]


def main_shortcuts(*, read_only: bool = False, backups: bool = True) -> list[tuple[str, str]]:
    """(keys, what they do) in the main window; ``read_only``: without running the table and making new
    records (the griffie's window, where those keys do nothing); ``backups``: with the backup key (a file;
    on a shared database backups are the server's business and the key does nothing)."""
    shortcuts = [
        ("F9 / Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Run the table for the chosen session")),
        (
            "Ctrl+1 … Ctrl+6",
            QCoreApplication.translate("Shortcuts", "Sessions, cases, methods, search, follow-up, patterns"),
        ),
        ("Ctrl+N", QCoreApplication.translate("Shortcuts", "New session or case")),
        ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Find")),
        ("Ctrl+P", QCoreApplication.translate("Shortcuts", "Session report")),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("Shortcuts", "Undo / redo")),
        ("Ctrl+Shift+B", QCoreApplication.translate("Shortcuts", "Back up now")),
        ("F1", QCoreApplication.translate("Shortcuts", "This overview")),
    ]
    if not backups:
        shortcuts = [row for row in shortcuts if row[0] != "Ctrl+Shift+B"]
    if read_only:
        return [row for row in shortcuts if row[0] not in ("F9 / Ctrl+Enter", "Ctrl+N")]
    return shortcuts


class ShortcutsDialog(QDialog):
    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        for title, rows in sections:
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            table = QTableWidget(len(rows), 2)
            table.setAccessibleName(title)
            table.setHorizontalHeaderLabels(
                [
                    QCoreApplication.translate("Shortcuts", "Keys"),
                    QCoreApplication.translate("Shortcuts", "What it does"),
                ]
            )
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setTabKeyNavigation(False)
            table.setWordWrap(True)
            for row, (keys, text) in enumerate(rows):
                native = "+" in keys and " " not in keys
                shown = (
                    QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if native else keys
                )
                key_item = QTableWidgetItem(shown)
                key_item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    shown.replace("…", QCoreApplication.translate("Shortcuts", "to")),
                )
                table.setItem(row, 0, key_item)
                table.setItem(row, 1, QTableWidgetItem(text))
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.resizeRowsToContents()
            heading.setBuddy(table)
            layout.addWidget(heading)
            layout.addWidget(table, len(rows))  # room in proportion to the rows
            self.tables.append(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 640)


def show_shortcuts(
    parent: QWidget, include_table: bool = True, *, read_only: bool = False, backups: bool = True
) -> ShortcutsDialog:
    """Open the overview (window-modal, without blocking); returns the dialog. ``read_only``: a login that
    may not run the table or make records (see ``main_shortcuts``) sees neither; ``backups``: False on a
    shared database, which has no backup key."""
    sections = []
    if include_table and not read_only:
        sections.append((QCoreApplication.translate("Shortcuts", "Running the table"), table_shortcuts()))
    sections.append(
        (
            QCoreApplication.translate("Shortcuts", "Main window"),
            main_shortcuts(read_only=read_only, backups=backups),
        )
    )
    dialog = ShortcutsDialog(sections, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
