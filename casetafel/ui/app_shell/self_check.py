"""The Qt half of ``casetafel --self-test`` (see ``casetafel.selftest``): start Qt, load the Dutch
translations (casetafel's own and Qt's ``qtbase_nl``), render the app icon, show the main window on the
demo data and open a report PDF with QtPdf. Each check returns a short Dutch detail or raises.
Set ``CASETAFEL_SELFTEST_SCREENSHOT`` to a .png path to keep a picture of the main window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casetafel.paths import resource_path
from casetafel.services.container import Services
from casetafel.ui.app_shell.i18n import install_translators
from casetafel.ui.app_shell.icon import ICON_SIZES, app_icon, icon_file

# Qt's own translation of a standard button: comes from qtbase_nl, never from casetafel's catalogue.
QT_STANDARD_BUTTON = ("QPlatformTheme", "Cancel")


def start_application() -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "casetafel"])
    app.setApplicationName("casetafel")
    app.setOrganizationName("casetafel")
    return app, f"Qt {QLibraryInfo.version().toString()}, platform {app.platformName()}"


def check_own_translation(app: QApplication, keep: dict) -> str:
    keep["translators"] = install_translators(app, "nl")
    text = QCoreApplication.translate("MainWindow", "Sessions")
    if text != "Bijeenkomsten":
        raise RuntimeError(
            f"‘Sessions’ werd ‘{text}’; {resource_path('i18n', 'casetafel_nl.qm')} niet geladen"
        )
    return "Nederlands geladen"


def check_qt_translation(app: QApplication) -> str:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    context, source = QT_STANDARD_BUTTON  # not a literal call: lupdate must not copy it into our catalogue
    text = app.translate(context, source)
    if text != "Annuleren":
        raise RuntimeError(f"‘Cancel’ werd ‘{text}’; qtbase_nl.qm niet gevonden in {folder}")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    box.deleteLater()
    if cancel != "Annuleren":
        raise RuntimeError(f"de standaardknop ‘Cancel’ heet ‘{cancel}’")
    return "standaardknoppen Nederlands (‘Annuleren’)"


def check_icon() -> str:
    missing = [size for size in ICON_SIZES if not icon_file(size).is_file()]
    if missing:
        raise FileNotFoundError(f"pictogram ontbreekt in de maten {', '.join(map(str, missing))}")
    icon = app_icon()
    image = icon.pixmap(QSize(32, 32)).toImage()
    if icon.isNull() or image.isNull() or image.pixelColor(16, 16).alpha() == 0:
        raise RuntimeError("het pictogram wordt niet getekend")
    return f"pictogram in {len(ICON_SIZES)} maten getekend"


def check_main_window(app: QApplication, services: Services, settings_path: Path) -> str:
    from casetafel.ui.app_shell.main_window import MainWindow

    window = MainWindow(services, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.setWindowIcon(app_icon())
    try:
        window.show()
        for _ in range(5):
            app.processEvents()
        rows = window.sessions_page.model.rowCount()
        if rows < 1:
            raise RuntimeError("de lijst met bijeenkomsten is leeg")
        first = window.sidebar.item(0).text()
        if first != "Bijeenkomsten":
            raise RuntimeError(f"de zijbalk toont ‘{first}’ in plaats van ‘Bijeenkomsten’")
        screenshot = os.environ.get("CASETAFEL_SELFTEST_SCREENSHOT")
        if screenshot:
            window.grab().save(screenshot)
        return f"getoond, {rows} bijeenkomsten in de lijst"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def check_pdf_preview(pdf: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf kan het verslag niet openen ({error})")
    image = document.render(0, QSize(210, 297))
    pages = document.pageCount()
    document.close()
    if image.isNull():
        raise RuntimeError("QtPdf tekent de eerste pagina niet")
    return f"{pages} pagina's geopend, eerste pagina getekend"
