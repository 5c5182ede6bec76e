"""Translations: casetafel's own Dutch catalogue plus Qt's ``qtbase_nl`` for the standard buttons.

Source strings are English (``tr()``); Dutch is the default language; English is selectable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casetafel.paths import resource_path

DEFAULT_LANGUAGE = "nl"
LANGUAGES = {"nl": "Nederlands", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (keep a reference while the app runs)."""
    installed: list[QTranslator] = []
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(app)
    if own.load(str(resource_path("i18n", "casetafel_nl.qm"))):
        app.installTranslator(own)
        installed.append(own)
    return installed
