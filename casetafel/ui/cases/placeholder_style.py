"""The placeholder style, a setting: names as [NAAM] or as an initial pseudonym ("mevrouw A."), places
as [PLAATS], "het dorp", "de stad" or "[woonplaats]". Shown under the findings of the case editor and
kept in the program's settings, so the publication review replaces in the same style."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from casetafel.anonymisation.pseudonyms import NameStyle, PlaceholderStyle, PlaceStyle

NAMES_KEY = "anonymisation/name_style"
PLACES_KEY = "anonymisation/place_style"


def load_style(settings: QSettings | None) -> PlaceholderStyle:
    """The chosen style (codes when nothing was chosen or there are no settings)."""
    if settings is None:
        return PlaceholderStyle()
    try:
        names = NameStyle(str(settings.value(NAMES_KEY, NameStyle.CODE.value)))
    except ValueError:
        names = NameStyle.CODE
    try:
        places = PlaceStyle(str(settings.value(PLACES_KEY, PlaceStyle.CODE.value)))
    except ValueError:
        places = PlaceStyle.CODE
    return PlaceholderStyle(names, places)


class PlaceholderStyleBox(QWidget):
    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        style = load_style(settings)
        self.names_combo = QComboBox()
        self.names_combo.addItem(self.tr("[NAAM]"), NameStyle.CODE.value)
        self.names_combo.addItem(self.tr("initial: mevrouw A., de heer B."), NameStyle.INITIAL.value)
        self.places_combo = QComboBox()
        self.places_combo.addItem(self.tr("[PLAATS]"), PlaceStyle.CODE.value)
        self.places_combo.addItem(self.tr("het dorp"), PlaceStyle.VILLAGE.value)
        self.places_combo.addItem(self.tr("de stad"), PlaceStyle.TOWN.value)
        self.places_combo.addItem(self.tr("[woonplaats]"), PlaceStyle.RESIDENCE.value)
        self.names_combo.setCurrentIndex(max(0, self.names_combo.findData(style.names.value)))
        self.places_combo.setCurrentIndex(max(0, self.places_combo.findData(style.places.value)))
        names_label = QLabel(self.tr("Replace &names by"))
        names_label.setBuddy(self.names_combo)
        places_label = QLabel(self.tr("places by"))
        places_label.setBuddy(self.places_combo)
        self.names_combo.setAccessibleName(self.tr("Replace names by"))
        self.places_combo.setAccessibleName(self.tr("Replace places by"))
        self.names_combo.setToolTip(
            self.tr("An initial stays the same for the same person in the case and its items")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(names_label)
        row.addWidget(self.names_combo)
        row.addWidget(places_label)
        row.addWidget(self.places_combo)
        row.addStretch(1)
        self.names_combo.currentIndexChanged.connect(self._store)
        self.places_combo.currentIndexChanged.connect(self._store)

    def style(self) -> PlaceholderStyle:
        return PlaceholderStyle(
            NameStyle(self.names_combo.currentData()), PlaceStyle(self.places_combo.currentData())
        )

    def _store(self, *_args) -> None:
        if self.settings is not None:
            self.settings.setValue(NAMES_KEY, self.names_combo.currentData())
            self.settings.setValue(PLACES_KEY, self.places_combo.currentData())
