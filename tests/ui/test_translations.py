"""The Dutch catalogue is complete and its built .qm file is shipped and current."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from casetafel.paths import resource_path

TS_FILES = sorted(resource_path("i18n").glob("*.ts"))


def test_there_is_a_dutch_catalogue() -> None:
    assert resource_path("i18n", "casetafel_nl.ts") in TS_FILES


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_translations(ts_file) -> None:
    unfinished = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(message.find("source").text)
    assert unfinished == [], f"{ts_file.name} has unfinished entries: {unfinished}"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_built_catalogue_matches_the_source(ts_file) -> None:
    """Every entry of the .ts file translates through the shipped .qm (rebuild with packaging/translations.py)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ts_file.with_suffix(".qm")))
    stale = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.find("source").text
            if translator.translate(name, source) != translation.text:
                stale.append(source)
    assert stale == []
