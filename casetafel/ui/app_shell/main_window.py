"""The main window: a sidebar with the sessions and cases, menus with standard shortcuts, a status line.

Only the page that is shown is built: the case library, the methods and the search page are made the
first time they are opened, so the program starts quickly on a database of years (see tests/perf).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from casetafel import __version__
from casetafel.paths import backup_dir, default_db_path
from casetafel.services.container import Services
from casetafel.storage.errors import StorageError
from casetafel.ui.app_shell.change_relay import ChangeRelay
from casetafel.ui.app_shell.i18n import DEFAULT_LANGUAGE, LANGUAGES
from casetafel.ui.prepare.sessions_page import SessionEditorPage
from casetafel.ui.widgets.autosave import EditingPage, SaveStatus
from casetafel.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from casetafel.services.search import SearchHit

SESSIONS, CASES, METHODS, SEARCH, FOLLOWUP, PATTERNS = range(6)
# Where each editing page's list/editor splitter is remembered in the settings.
SPLITTER_KEYS = {SESSIONS: "sessions_splitter", CASES: "cases_splitter", METHODS: "templates_splitter"}
PAGE_NAMES = {SESSIONS: "sessions", CASES: "cases", METHODS: "methods"}  # for ``role_limits``


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: QSettings,
        parent=None,
        *,
        on_restore: Callable[[Path], bool] | None = None,
        on_switch: Callable[[Path | str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_restore = on_restore
        self.on_switch = on_switch  # opens another database in the running program (the workspace)
        self.services = services
        self.change_relay = ChangeRelay(services.db, self)  # other clients' changes (a server only)
        self.change_relay.changed.connect(self.refresh_after_changes)
        self.settings = settings
        if services.path is None:  # everyone sees at once that what they change, colleagues see too
            title = self.tr("casetafel — case table — shared database %1").replace("%1", services.location)
        else:
            title = self.tr("casetafel — case table")
        self.setWindowTitle(title)
        fit_to_screen(self, 1680, 1050, QGuiApplication.primaryScreen())  # a saved size wins (below)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.addItems(
            [
                self.tr("Sessions"),
                self.tr("Cases"),
                self.tr("Methods"),
                self.tr("Search"),
                self.tr("Follow-up"),
                self.tr("Patterns"),
            ]
        )
        self.sidebar.setMaximumWidth(260)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.save_status = SaveStatus(self.statusBar(), self)
        self.pages = QStackedWidget()
        self._built: dict[int, QWidget] = {}
        for _row in range(self.sidebar.count()):
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1020])
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self._show_page)

        if services.path is None:
            where = self.tr("Shared database: %1").replace("%1", services.location)
        else:
            where = self.tr("Database: %1").replace("%1", str(services.path))
        self.database_label = QLabel(where)
        self.statusBar().addPermanentWidget(self.database_label)
        self.capabilities = services.capabilities  # what this login may change (the griffie: a part)
        self._build_menus()
        if self.capabilities.read_only:
            from casetafel.ui.app_shell.role_limits import limit_menus

            limit_menus(self, self.capabilities)
        self._restore_state()
        self.sidebar.setCurrentRow(SESSIONS)

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        on_file = self.services.path is not None  # a server's backups are its administrator's business
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.make_backup)
        if on_file:
            file_menu.addAction(self.backup_action)
        if self.on_restore is not None and on_file:  # restoring needs the composition root to reopen it
            self.restore_action = QAction(self.tr("&Restore a backup…"), self)
            self.restore_action.triggered.connect(self.choose_backup_to_restore)
            file_menu.addAction(self.restore_action)
        self.import_action = QAction(self.tr("&Import a session…"), self)
        self.import_action.triggered.connect(self.import_session)
        file_menu.addAction(self.import_action)
        self.database_action = QAction(self.tr("&Shared database…"), self)
        self.database_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.database_action)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self.open_data_folder)
        if on_file:
            file_menu.addAction(open_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self._build_edit_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        views = (
            (self.tr("&Sessions"), "Ctrl+1"),
            (self.tr("&Cases"), "Ctrl+2"),
            (self.tr("&Methods"), "Ctrl+3"),
            (self.tr("Searc&h"), "Ctrl+4"),
            (self.tr("&Follow-up"), "Ctrl+5"),
            (self.tr("&Patterns"), "Ctrl+6"),
        )
        for row, (text, key) in enumerate(views):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        view_menu.addAction(refresh)

        table_menu = self.menuBar().addMenu(self.tr("Ta&ble"))
        self.run_table_action = QAction(self.tr("Run the &table…"), self)
        self.run_table_action.setShortcuts([QKeySequence("F9"), QKeySequence("Ctrl+Return")])
        self.run_table_action.triggered.connect(self.run_table)
        table_menu.addAction(self.run_table_action)
        self.reopen_action = QAction(self.tr("&Reopen the session…"), self)
        self.reopen_action.triggered.connect(self.reopen_session)
        table_menu.addAction(self.reopen_action)
        self.member_input_action = QAction(self.tr("&Input on behalf of a participant…"), self)
        self.member_input_action.triggered.connect(self.input_on_behalf)
        table_menu.addAction(self.member_input_action)

        report_menu = self.menuBar().addMenu(self.tr("&Report"))
        self.report_action = QAction(self.tr("Session &report…"), self)
        self.report_action.setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+R is Refresh
        self.report_action.triggered.connect(self.show_report)
        report_menu.addAction(self.report_action)
        self.report_settings_action = QAction(self.tr("Report &settings…"), self)
        self.report_settings_action.triggered.connect(self.show_report_settings)
        report_menu.addAction(self.report_settings_action)

        language_menu = self.menuBar().addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        current = self.settings.value("language", "nl")
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&About casetafel"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_edit_menu(self) -> None:
        """Undo, redo, new and find: they act on the page that is shown."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        for text, keys, method in (
            (self.tr("&Undo"), QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), "undo"),
            (self.tr("&Redo"), list(dict.fromkeys(redo_keys)), "redo"),
            (self.tr("&New"), [QKeySequence(QKeySequence.StandardKey.New)], "new_item"),
            (self.tr("&Find"), [QKeySequence(QKeySequence.StandardKey.Find)], "focus_search"),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.triggered.connect(
                lambda _checked=False, m=method: getattr(self.pages.currentWidget(), m)()
            )
            edit_menu.addAction(action)
            setattr(self, f"{method}_action", action)

    # -- pages ------------------------------------------------------------------------------------
    @property
    def sessions_page(self):
        return self.page(SESSIONS)

    @property
    def cases_page(self):
        return self.page(CASES)

    @property
    def templates_page(self):
        return self.page(METHODS)

    @property
    def search_page(self):
        return self.page(SEARCH)

    @property
    def followup_page(self):
        return self.page(FOLLOWUP)

    def page(self, row: int) -> QWidget:
        """The page of sidebar ``row``, built (and loaded) the first time it is asked for."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = self._build_page(row)
            stand_in, shown = self.pages.widget(row), self.pages.currentWidget()
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages.setCurrentWidget(page if shown is stand_in else shown)
        return page

    def _build_page(self, row: int) -> QWidget:
        if row == SEARCH:
            from casetafel.ui.app_shell.search_page import SearchPage

            return SearchPage(self.services, self.open_search_hit)
        if row == FOLLOWUP:
            from casetafel.ui.followup.page import FollowupPage

            return FollowupPage(self.services)
        if row == PATTERNS:
            from casetafel.ui.followup.patterns_page import PatternsPage

            return PatternsPage(self.services)
        if row == SESSIONS:
            page = SessionEditorPage(self.services)
            page.run_requested.connect(self.run_table)
            page.data_loaded.connect(self.reload)
            page.shortcuts_requested.connect(self.show_shortcuts)
        elif row == CASES:
            from casetafel.ui.cases.library import CaseLibraryPage

            page = CaseLibraryPage(self.services, self.settings)
        else:
            from casetafel.ui.prepare.templates_page import TemplateEditorPage

            page = TemplateEditorPage(self.services)
        self.save_status.watch(page.autosaver)
        if self.capabilities.read_only:  # before loading: a finished session opens its Uitkomsten
            from casetafel.ui.app_shell.role_limits import limit_page

            limit_page(page, PAGE_NAMES[row], self.capabilities)
        page.restore_state(self.settings)
        state = self.settings.value(f"main_window/{SPLITTER_KEYS[row]}")
        if state is not None:
            page.splitter.restoreState(state)
        page.reload()
        return page

    def editing_pages(self) -> list[EditingPage]:
        """The pages with records being edited, of those built so far."""
        return [page for page in self._built.values() if isinstance(page, EditingPage)]

    # -- behaviour --------------------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        for page in self.editing_pages():
            page.flush()
        if row >= 0:
            page = self.page(row)
            self.pages.setCurrentWidget(page)
            page.table.setFocus()
            if row == SEARCH:
                page.focus_search()
            self.new_item_action.setEnabled(
                callable(getattr(page, "new_item", None)) and not self.capabilities.read_only
            )

    def open_search_hit(self, hit: SearchHit) -> None:
        """Show the case, or the session an observation or question belongs to."""
        from casetafel.services.search import KIND_CASE

        if hit.kind == KIND_CASE:
            self.sidebar.setCurrentRow(1)
            found = self.cases_page.select_id(hit.ref_id)
        else:
            self.sidebar.setCurrentRow(0)
            found = self.sessions_page.select_id(hit.meeting_id)
            if found:  # an observation or a question: shown selected in the session's outcomes
                self.sessions_page.editor.show_outcome(hit.kind, hit.ref_id)
        if not found:
            self.statusBar().showMessage(
                self.tr("The result is hidden by a filter of the list (for example archived cases)."), 8000
            )

    def selected_meeting_id(self) -> int | None:
        """The session selected in the sessions list, for actions that work on one session."""
        return self.sessions_page.selected_id()

    def run_table(self) -> None:
        """Run the table ("Tafel leiden") for the selected session; resumes it when it was running."""
        from casetafel.ui.facilitation.launch import start_facilitation

        if not self.capabilities.run_table:  # the griffie: not offered, and no shortcut reaches it
            return
        running = getattr(self, "facilitation_window", None)
        if running is not None and running.isVisible():  # one table at a time: show the one that runs
            running.raise_()
            running.activateWindow()
            return
        for page in self.editing_pages():  # what was just typed or added to the agenda is saved first
            page.flush()
        self.facilitation_window = start_facilitation(
            self, self.services, self.selected_meeting_id(), settings=self.settings
        )
        if self.facilitation_window is not None:
            self.facilitation_window.finished.connect(lambda _session_id: self.reload())
            self.reload()

    def import_session(self) -> None:
        """Import a session file (JSON of ``export``) as a new session and show it."""
        from casetafel.ui.app_shell.session_import import import_session

        if not self.capabilities.plan_sessions:
            return
        meeting_id = import_session(self, self.services)
        if meeting_id is not None:
            self.reload()
            self.sessions_page.select_id(meeting_id)

    def reopen_session(self) -> None:
        """Reopen the selected finished session, with a reason (kept in its history)."""
        from casetafel.ui.prepare.reopen_dialog import reopen_session

        if not self.capabilities.run_table:
            return
        self.reopen_dialog = reopen_session(self, self.services, self.selected_meeting_id())
        if self.reopen_dialog is not None:
            self.reopen_dialog.accepted.connect(self.reload)

    def input_on_behalf(self) -> None:
        """The "Mijn inbreng" window for a participant of the selected session, chosen from its list."""
        from casetafel.ui.member_input.on_behalf import input_on_behalf

        if not self.capabilities.run_table:
            return
        self.member_input_window = input_on_behalf(self, self.services, self.selected_meeting_id())

    def show_report(self) -> None:
        """The report of the selected session: preview, PDF, print, CSV and JSON."""
        from casetafel.ui.report.dialog import open_report_dialog  # loads reportlab only when needed

        self.report_dialog = open_report_dialog(self, self.services, self.selected_meeting_id())

    def show_report_settings(self) -> None:
        """The municipal logo and Word template of the reports, chosen once."""
        from casetafel.ui.report.settings import ReportSettingsDialog

        ReportSettingsDialog(self.settings, self).exec()

    def resume_table(self) -> None:
        """At start-up: send what an earlier run left in the outbox of a shared database (first, in order),
        then offer to continue a session that was still running."""
        if self.services.capture_outbox is not None:
            from casetafel.ui.facilitation.outbox_link import send_left_over

            send_left_over(self, self.services.capture_outbox)
        if not self.capabilities.run_table:
            return
        runs = self.services.meetings.resumable_runs()
        if not runs:  # the usual case: the facilitation modules stay unloaded
            return
        from casetafel.ui.facilitation.launch import offer_resume

        self.facilitation_window = offer_resume(self, self.services, runs[0], settings=self.settings)
        if self.facilitation_window is not None:
            self.facilitation_window.finished.connect(lambda _session_id: self.reload())

    def refresh_after_changes(self, _tables: frozenset[str]) -> None:
        """Another client changed something (on a server): the lists show it within two seconds; records
        being edited keep what was typed (their saves compare versions, see the conflict dialog)."""
        for page in self.editing_pages():
            page.refresh_list()
        if FOLLOWUP in self._built:
            self._built[FOLLOWUP].load_all()
        sessions = self._built.get(SESSIONS)
        outcomes = getattr(getattr(sessions, "editor", None), "_outcomes", None)
        if outcomes is not None:
            outcomes.refresh()

    def reload(self) -> None:
        for page in self.editing_pages():
            page.reload()
        if FOLLOWUP in self._built:
            self._built[FOLLOWUP].reload()

    def make_backup(self) -> None:
        from casetafel.services.maintenance import backup_now

        try:
            made = backup_now(self.services.path)
        except (OSError, StorageError) as error:
            QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                self.tr("The backup could not be made: %1").replace("%1", str(error)),
            )
            return
        self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", str(made)), 10000)

    def choose_backup_to_restore(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup_dir(self.services.path)),
            self.tr("casetafel database (*.sqlite)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the data in casetafel with this backup? The current file is kept as a copy first."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.on_restore(Path(chosen))

    def choose_database(self) -> None:
        """File > Shared database…: the local file or a shared database; opened at once when it can be."""
        from casetafel.ui.app_shell.shared_database_dialog import SharedDatabaseDialog

        current = self.services.address if self.services.path is None else None
        self.database_dialog = SharedDatabaseDialog(self.settings, self, current_server=current)
        self.database_dialog.accepted.connect(lambda: self._database_chosen(self.database_dialog.target()))
        self.database_dialog.open()

    def _database_chosen(self, target: str | None) -> None:
        from casetafel.storage.server import describe_location

        if target is None and self.services.path is not None:
            self.statusBar().showMessage(self.tr("Saved: casetafel uses the local file."), 8000)
            return
        if (
            target is not None
            and self.services.path is None
            and describe_location(target) == self.services.location
        ):
            self.statusBar().showMessage(self.tr("Saved: casetafel uses this shared database."), 8000)
            return
        if self.on_switch is not None:  # it opens the database, or says why not
            self.on_switch(target if target is not None else default_db_path())
            return
        QMessageBox.information(
            self,
            self.tr("Shared database"),
            self.tr("Saved. casetafel uses the chosen database from the next start."),
        )

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.path.parent)))

    def show_shortcuts(self) -> None:
        from casetafel.ui.app_shell.shortcuts_dialog import show_shortcuts

        self.shortcuts_dialog = show_shortcuts(
            self, read_only=self.capabilities.read_only, backups=self.services.path is not None
        )

    def choose_language(self, code: str) -> None:
        if code == self.settings.value("language", DEFAULT_LANGUAGE):
            return  # already the language in use: nothing to restart for
        self.settings.setValue("language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The language changes the next time you start casetafel."),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About casetafel"),
            (
                self.tr(
                    "casetafel %1\n\nThe facilitator's tool for a case table of council members and professionals.\nYour data stays on this computer: %2"
                )
                if self.services.path is not None
                else self.tr(
                    "casetafel %1\n\nThe facilitator's tool for a case table of council members and professionals.\nYour data is in the shared database %2."
                )
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.path or self.services.location)),
        )

    # -- window state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("main_window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        """The splitters to remember: the window's own and those of the pages built so far."""
        splitters = {"splitter": self.splitter}
        for row, page in self._built.items():
            if row in SPLITTER_KEYS:
                splitters[SPLITTER_KEYS[row]] = page.splitter
        return splitters

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.services.capture_outbox is not None:
            from casetafel.ui.facilitation.outbox_link import may_close_with_unsent_lines

            if not may_close_with_unsent_lines(self, self.services.capture_outbox):
                event.ignore()
                return
        self.change_relay.stop()
        for page in self.editing_pages():
            page.flush()
            page.save_state(self.settings)
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            self.settings.setValue(f"main_window/{key}", splitter.saveState())
        super().closeEvent(event)
