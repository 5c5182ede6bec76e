"""The main window for a login that may change only part of the data (the griffie on a shared database).

``Services.capabilities`` says what the login may do; this module hides and locks the rest, so the window
never offers what PostgreSQL would refuse: the menu items for new sessions, importing and running the
table, and on the pages the buttons that make, delete or change records, with the forms made read only
(``widgets.read_only``) and a note above them that says why. What the login may change stays as it is:
for the griffie the report's document control (the session's *Report* tab) and the *Follow-up* page.
Nothing here runs for a login that may do everything (a file, the administrator, a gespreksleider).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from casetafel.services.capabilities import Capabilities
from casetafel.ui.widgets.read_only import make_read_only, read_only_note

SESSIONS_PAGE, CASES_PAGE, METHODS_PAGE = "sessions", "cases", "methods"


def note_text(capabilities: Capabilities, page: str) -> str:
    """The sentence above a read-only page: who is signed in, and where they can change something."""
    if page == SESSIONS_PAGE and capabilities.document_control:
        text = QCoreApplication.translate(
            "RoleLimits",
            "Read only: signed in as %1. You can fill in the report's document control on the Report tab, and follow up questions and actions on the Follow-up page.",
        )
    else:
        text = QCoreApplication.translate("RoleLimits", "Read only: signed in as %1.")
    return text.replace("%1", capabilities.role or "")


def hide(*actions: QAction) -> None:
    """A hidden action is absent from its menu and its shortcut does nothing."""
    for action in actions:
        action.setVisible(False)
        action.setEnabled(False)


def limit_menus(window, capabilities: Capabilities) -> None:
    """The main window's menu items that make or run something this login may not."""
    if not capabilities.plan_sessions:
        hide(window.import_action)
    if not capabilities.run_table:
        hide(window.run_table_action, window.reopen_action, window.member_input_action)
    if capabilities.read_only:
        hide(window.new_item_action)
    if not capabilities.make_reports:
        hide(window.report_action)
    for menu_action in window.menuBar().actions():  # a menu with nothing left in it goes too (Table)
        menu = menu_action.menu()
        if menu is not None and not any(a.isVisible() and not a.isSeparator() for a in menu.actions()):
            menu_action.setVisible(False)


def limit_page(page: QWidget, name: str, capabilities: Capabilities) -> None:
    """Hide and lock on a page what this login may not change (``name``: which page it is)."""
    if name == SESSIONS_PAGE:
        _limit_sessions(page, capabilities)
    elif name == CASES_PAGE and not capabilities.edit_cases:
        _lock_editing_page(page, (page.new_button, page.duplicate_button, page.archive_button,
                                  page.delete_button), page.editor, capabilities, name)  # fmt: skip
    elif name == METHODS_PAGE and not capabilities.edit_methods:
        _lock_editing_page(page, (page.copy_button, page.delete_button), page.editor, capabilities, name)


def _limit_sessions(page, capabilities: Capabilities) -> None:
    from casetafel.ui.prepare.session_editor import DETAILS_TAB, DOCUMENT_TAB

    if not capabilities.run_table:
        page.run_button.hide()
    if capabilities.plan_sessions:
        return
    for button in (page.new_button, page.delete_button):
        button.hide()
    hide(*page.table.actions())  # the Delete key on the list
    page.first_start.may_plan = False  # a reload of an empty list shows no example data to load
    make_read_only(page.first_start, keep=(page.first_start.shortcuts_button,))
    page.first_start.intro.setText(
        QCoreApplication.translate(
            "RoleLimits", "There are no sessions yet. They appear here as soon as a facilitator plans one."
        )
    )
    editor = page.editor
    make_read_only(editor.tabs.widget(DETAILS_TAB))
    if not capabilities.document_control:
        make_read_only(editor.tabs.widget(DOCUMENT_TAB))

    def lock_part(part: str) -> None:
        if part in ("participants", "agenda") or (part == "outcomes" and not capabilities.edit_outcomes):
            make_read_only(getattr(editor, part))

    editor.part_built.connect(lock_part)
    for part, built in (("participants", editor.built_participants), ("agenda", editor.built_agenda)):
        if built is not None:
            lock_part(part)
    _add_note(page, note_text(capabilities, SESSIONS_PAGE))


def _lock_editing_page(page, buttons, editor: QWidget, capabilities: Capabilities, name: str) -> None:
    for button in buttons:
        button.hide()
    hide(*page.table.actions())
    make_read_only(editor)
    _add_note(page, note_text(capabilities, name))


def _add_note(page: QWidget, text: str) -> None:
    layout = page.layout()
    note = read_only_note(text)
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, note)
        for index in range(1, layout.count()):  # the page below takes the room, the note what it needs
            layout.setStretch(index, 1)
    page.read_only_note = note
