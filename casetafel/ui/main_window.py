"""The main window: a sidebar with the sessions and cases, menus with standard shortcuts, a status line."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from casetafel import __version__
from casetafel.services.container import Services
from casetafel.services.maintenance import backup_now
from casetafel.storage.errors import StorageError
from casetafel.ui.i18n import LANGUAGES
from casetafel.ui.overview_pages import CasesPage, SessionsPage


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.setWindowTitle(self.tr("casetafel — case table"))
        self.resize(1200, 760)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.addItems([self.tr("Sessions"), self.tr("Cases")])
        self.sidebar.setMaximumWidth(260)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.sessions_page = SessionsPage(services)
        self.cases_page = CasesPage(services)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sessions_page)
        self.pages.addWidget(self.cases_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1020])
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", str(services.path)))
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore_state()
        self.sidebar.setCurrentRow(0)
        self.reload()

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.make_backup)
        file_menu.addAction(self.backup_action)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, (text, key) in enumerate(((self.tr("&Sessions"), "Ctrl+1"), (self.tr("&Cases"), "Ctrl+2"))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        view_menu.addAction(refresh)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.value("language", "nl")
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About casetafel"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- behaviour --------------------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self.pages.currentWidget().table.setFocus()

    def selected_session_id(self) -> int | None:
        """The session selected in the sessions list, for actions that work on one session."""
        return self.sessions_page.selected_id()

    def reload(self) -> None:
        self.sessions_page.reload()
        self.cases_page.reload()

    def make_backup(self) -> None:
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

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.path.parent)))

    def choose_language(self, code: str) -> None:
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
            self.tr(
                "casetafel %1\n\nThe facilitator's tool for a case table of council members and professionals.\nYour data stays on this computer: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.path)),
        )

    # -- window state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in self._splitters().items():
            state = self.settings.value(f"main_window/{key}")
            if state is not None:
                splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.splitter,
            "sessions_splitter": self.sessions_page.splitter,
            "cases_splitter": self.cases_page.splitter,
        }

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            self.settings.setValue(f"main_window/{key}", splitter.saveState())
        super().closeEvent(event)
