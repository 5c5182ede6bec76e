"""File > Shared database…: choose between the local file and a shared database on a server, and test it.

The address is saved in the settings (``shared_database/…``) without a password: libpq reads that from
``~/.pgpass``; a password typed here stays in this dialog's memory for the connection of this run only.
The test connects on a worker thread (``run_in_background``) and changes nothing on the server; a
watchdog says so when the server has not answered a little after libpq's own connect timeout.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casetafel.storage.errors import StorageError
from casetafel.storage.server import CONNECT_TIMEOUT_SECONDS, with_password
from casetafel.storage.shared_connection import (
    DEFAULT_PORT,
    SSL_MODES,
    ConnectionDetailsError,
    SharedConnection,
    try_connection,
)
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.announcer import Announcer
from casetafel.ui.widgets.background import run_in_background

GROUP = "shared_database"
FIELDS = ("host", "port", "database", "user", "sslmode", "service")
# The worker may wait CONNECT_TIMEOUT_SECONDS for libpq; after this long the dialog stops waiting.
WATCHDOG_MS = (CONNECT_TIMEOUT_SECONDS + 3) * 1000


def saved_connection(settings: QSettings) -> SharedConnection | None:
    """The shared database chosen in the settings, or None when the local file is used."""
    if settings.value(f"{GROUP}/use") != "server":
        return None
    return stored_details(settings)


def stored_details(settings: QSettings) -> SharedConnection:
    """The server details last saved (also while the local file is in use), or the defaults."""
    values = {name: str(settings.value(f"{GROUP}/{name}", "") or "") for name in FIELDS}
    port = int(values["port"]) if values["port"].isdigit() else None
    return SharedConnection(
        host=values["host"],
        port=port,
        database=values["database"] or SharedConnection.database,
        user=values["user"],
        sslmode=values["sslmode"] if values["sslmode"] in SSL_MODES else SharedConnection.sslmode,
        service=values["service"],
    )


def save_choice(settings: QSettings, connection: SharedConnection | None) -> None:
    """Save the choice: ``connection`` (never with a password), or None for the local file (the server
    details stay, for the next time)."""
    settings.setValue(f"{GROUP}/use", "server" if connection is not None else "local")
    if connection is not None:
        for name in FIELDS:
            value = getattr(connection, name)
            settings.setValue(f"{GROUP}/{name}", "" if value is None else str(value))
    settings.sync()


class SharedDatabaseDialog(QDialog):
    """Local file or shared database; ``target()`` after Save: None for the local file, else the
    address to open (with the password typed here, if any: use it, never store it)."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, current_server: str | None = None
    ) -> None:
        """``current_server``: the address of the shared database open now (perhaps from ``--db``),
        shown when none is saved."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Shared database"))
        self._cancel_test = None
        self._attempt = 0
        intro = QLabel(
            self.tr(
                "casetafel keeps its data in a file on this computer, or in a shared database on a "
                "PostgreSQL server of your municipality or region, so that colleagues work on the same "
                "sessions. Your IT department gives you the details below."
            )
        )
        intro.setWordWrap(True)
        self.local_button = QRadioButton(self.tr("&Local file on this computer"))
        self.server_button = QRadioButton(self.tr("S&hared database on a server"))
        choice = QButtonGroup(self)
        choice.addButton(self.local_button)
        choice.addButton(self.server_button)
        self.server_box = self._server_fields()
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # error texts may quote what was typed
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result of the test"))
        self.announcer = Announcer(self, self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the password row
        layout.addWidget(intro)
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        layout.addWidget(self.server_box)
        layout.addWidget(self.password_note)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        saved = saved_connection(settings)
        if saved is None and current_server is not None:
            self._fill(SharedConnection.from_address(current_server))  # its password is left out
        else:
            self._fill(stored_details(settings))
        use_server = saved is not None or current_server is not None
        (self.server_button if use_server else self.local_button).setChecked(True)
        self.server_button.toggled.connect(self._update_enabled)
        self.service_edit.textChanged.connect(self._update_enabled)
        self._update_enabled()
        name_fields_from_labels(self)
        self.setMinimumWidth(600)

    def _server_fields(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server"))
        form = QFormLayout(box)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("db.gemeente.nl")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.user_edit.setToolTip(self.tr("Your login on the server; empty: the user name of this computer."))
        self.sslmode_combo = QComboBox()
        for mode in SSL_MODES:
            self.sslmode_combo.addItem(self._sslmode_text(mode), mode)
        self.sslmode_combo.setToolTip(
            self.tr(
                "How the connection is protected (libpq's sslmode). verify-full, the default, encrypts it "
                "and checks with the server's certificate that you reach the server named above and no "
                "other, so nobody in between can read along; it needs the root certificate your IT "
                "department gives you, in ~/.postgresql/root.crt. verify-ca checks the certificate but not "
                "the name; require only encrypts; prefer and disable may send everything readable and are "
                "for a server on this computer only."
            )
        )
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("optional"))
        self.service_edit.setToolTip(
            self.tr(
                "A name from the libpq service file (pg_service.conf) that holds server, port, database "
                "and sslmode; filled in, the fields above are not used."
            )
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(
            self.tr(
                "The password is never saved: it is kept only while casetafel runs. To not be asked, "
                "put it in ~/.pgpass (see the README)."
            )
        )
        self.password_note.setWordWrap(True)
        rows = (
            (self.tr("Ser&ver:"), self.host_edit),
            (self.tr("P&ort:"), self.port_spin),
            (self.tr("&Database:"), self.database_edit),
            (self.tr("&User name:"), self.user_edit),
            (self.tr("TLS (ssl&mode):"), self.sslmode_combo),
            (self.tr("Or a service &name:"), self.service_edit),
            (self.tr("&Password:"), self.password_edit),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.password_label = form.labelForField(self.password_edit)
        self._show_password_row(False)
        return box

    def _sslmode_text(self, mode: str) -> str:
        texts = {
            "verify-full": self.tr("verify-full: encrypted, server checked (recommended)"),
            "verify-ca": self.tr("verify-ca: encrypted, certificate checked"),
            "require": self.tr("require: encrypted, server not checked"),
            "prefer": self.tr("prefer: encrypted when the server can"),
            "disable": self.tr("disable: not encrypted (this computer only)"),
        }
        return texts[mode]

    def _show_password_row(self, shown: bool) -> None:
        for widget in (self.password_label, self.password_edit, self.password_note):
            widget.setVisible(shown)
        if shown and self.isVisible():
            QTimer.singleShot(0, self, self.adjustSize)  # room for the row, once it is laid out

    def _fill(self, connection: SharedConnection) -> None:
        self.host_edit.setText(connection.host)
        self.port_spin.setValue(connection.port or DEFAULT_PORT)
        self.database_edit.setText(connection.database)
        self.user_edit.setText(connection.user)
        self.sslmode_combo.setCurrentIndex(max(0, self.sslmode_combo.findData(connection.sslmode)))
        self.service_edit.setText(connection.service)

    def _update_enabled(self) -> None:
        on_server = self.server_button.isChecked()
        self.server_box.setEnabled(on_server)
        self.test_button.setEnabled(on_server and self._cancel_test is None)
        by_service = bool(self.service_edit.text().strip())
        for field in (self.host_edit, self.port_spin, self.database_edit, self.sslmode_combo):
            field.setEnabled(not by_service)

    # -- what was filled in -----------------------------------------------------------------------
    def connection(self) -> SharedConnection:
        port = self.port_spin.value()
        return SharedConnection(
            host=self.host_edit.text().strip(),
            port=None if port == DEFAULT_PORT else port,
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=str(self.sslmode_combo.currentData()),
            service=self.service_edit.text().strip(),
        )

    def target(self) -> str | None:
        """None for the local file; the server's address, with the typed password if there is one."""
        if not self.server_button.isChecked():
            return None
        address = self.connection().address()
        password = self.password_edit.text()
        return with_password(address, password) if password else address

    # -- test -------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        try:
            address = self.target()
        except ConnectionDetailsError as error:
            self._say(str(error))
            return
        if address is None:
            return
        self._attempt += 1
        attempt = self._attempt
        self._say(self.tr("Connecting to %1…").replace("%1", self.connection().location()))
        self._cancel_test = run_in_background(
            self,
            lambda: try_connection(address),
            lambda said: self._tested(attempt, said, None),
            lambda error: self._tested(attempt, None, error),
            label=None,
        )
        self._update_enabled()
        QTimer.singleShot(WATCHDOG_MS, self, lambda: self._too_slow(attempt))

    def _too_slow(self, attempt: int) -> None:
        if attempt != self._attempt or self._cancel_test is None:
            return  # that test has already answered
        self._cancel_test()
        self._cancel_test = None
        self._update_enabled()
        self._say(
            self.tr(
                "The server did not answer within %1 seconds. Check the server name and your network."
            ).replace("%1", str(WATCHDOG_MS // 1000))
        )

    def _tested(self, attempt: int, said: str | None, error: BaseException | None) -> None:
        if attempt != self._attempt:
            return
        self._cancel_test = None
        self._update_enabled()
        if error is None:
            self._say(str(said))
            return
        if not isinstance(error, StorageError):
            self._say(self.tr("The test failed: %1").replace("%1", type(error).__name__))
            return
        if getattr(error, "needs_password", False):
            self._show_password_row(True)
            self.password_edit.setFocus()
            self._say(str(error) + " " + self.tr("Type the password and test again."))
            return
        self._say(str(error))

    def _say(self, text: str) -> None:
        """Show what happened, and say it to a screen reader (the focus stays where it is)."""
        self.result_label.setText(text)
        self.announcer.announce(text)

    # -- save -------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.server_button.isChecked():
            try:
                connection = self.connection()
                connection.address()
            except ConnectionDetailsError as error:
                self._say(str(error))
                return
            save_choice(self.settings, connection)
        else:
            save_choice(self.settings, None)
        if self._cancel_test is not None:
            self._cancel_test()
            self._cancel_test = None
        self.accept()

    def reject(self) -> None:
        if self._cancel_test is not None:
            self._cancel_test()
            self._cancel_test = None
        super().reject()
