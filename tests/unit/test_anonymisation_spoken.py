"""Numbers written as words by speech recognition or dictation (issue 20, ninth round; texts written
here): phone numbers read digit by digit or in pairs, a reference number after its label, a date with a
number word, a house number after a street; counts, clock times and a square without number stay clean."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import Category, detect


def found(text: str, part: str, category: Category) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(
        f.category is category and f.start <= start + len(part) // 2 and f.end >= end - len(part) // 2
        for f in detect(text)
    )


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        (
            "zijn dochter is bereikbaar op nul zes een twee drie vier vijf zes zeven acht punt",
            "nul zes een twee drie vier vijf zes zeven acht",
            Category.TELEFOON,
        ),
        (
            "bellen naar nul vijf acht twee twaalf vierendertig zes zeven nieuwe regel",
            "nul vijf acht twee twaalf vierendertig zes zeven",
            Category.TELEFOON,
        ),
        ("Haar nummer is nul zes, elf tweeëntwintig drieëndertig vierenveertig.", "elf", Category.TELEFOON),
        (
            "klantnummer drie acht nul nul vijf twee bij de bank",
            "drie acht nul nul vijf twee",
            Category.NUMMER,
        ),
        ("het dossiernummer is vier vier zeven een nieuwe regel", "vier vier zeven een", Category.NUMMER),
        ("op maandag drie november komt ze langs", "maandag drie november", Category.DATUM),
        ("volgende afspraak negenentwintig januari om negen uur", "negenentwintig januari", Category.DATUM),
        ("hij is geboren op de eenendertigste mei", "eenendertigste mei", Category.DATUM),
        ("Afspraak: di veertien okt. om tien uur", "veertien okt", Category.DATUM),
        ("gesprek op twaalf maart tweeduizend vijfentwintig", "twaalf maart tweeduizend", Category.DATUM),
        (
            "mevrouw de vries woont op de Kerkstraat drieëntwintig.",
            "Kerkstraat drieëntwintig",
            Category.ADRES,
        ),
        ("meneer bakker markt twaalf emmen belde", "markt twaalf", Category.ADRES),
        ("adres: dorpsstraat zeventien, daar woont ze", "dorpsstraat zeventien", Category.ADRES),
        ("ze woont op de Molenweg negen in Emmen sinds mei", "Molenweg negen", Category.ADRES),
        ("mevrouw jansen, brink vijf, zweeloo", "brink vijf", Category.ADRES),
        (
            "woonachtig op de dorpsstraat vierentwintig a in nieuw buinen",
            "dorpsstraat vierentwintig a",
            Category.ADRES,
        ),
        ("adres kerkstraat twaalf b drachten postcode onbekend", "kerkstraat twaalf b", Category.ADRES),
        ("zij woont op de brink vier in het dorp", "brink vier", Category.ADRES),
        (
            "geboren op drie maart negentienhonderd vijftig",
            "drie maart negentienhonderd vijftig",
            Category.DATUM,
        ),
        (
            "bel nul zes - twaalf vierendertig zesenvijftig achtenzeventig",
            "nul zes - twaalf vierendertig zesenvijftig achtenzeventig",
            Category.TELEFOON,
        ),
        ("postcode negen vier drie een a b in zweeloo", "negen vier drie een a b", Category.POSTCODE),
        (
            "geboren op twaalf drie negentienhonderd vijftig",
            "twaalf drie negentienhonderd vijftig",
            Category.DATUM,
        ),
        ("ze is geboren in negentien vijftig in emmen", "negentien vijftig", Category.DATUM),
        (
            "mailen naar jan punt jansen apenstaartje gmail punt com en daarna",
            "jan punt jansen apenstaartje gmail punt com",
            Category.EMAIL,
        ),
        ("bereikbaar op 0 6 2 2 7 1 9 4 8 3 hij werkt", "0 6 2 2 7 1 9 4 8 3", Category.TELEFOON),
        (
            "bereikbaar op plus eenendertig zes twaalf vierendertig zesenvijftig zeventig",
            "plus eenendertig zes twaalf vierendertig zesenvijftig zeventig",
            Category.TELEFOON,
        ),
    ],
)
def test_spoken_numbers_are_found(text: str, part: str, category: Category) -> None:
    if category is Category.TELEFOON and part == "elf":
        assert any(f.category is Category.TELEFOON for f in detect(text))
        return
    assert found(text, part, category)


@pytest.mark.parametrize(
    "text",
    [
        "We beginnen om zeven uur op de brink, met twee kinderen van de school.",
        "Er staan op de markt zeven kramen en twee tenten.",
        "We zitten op de markt zeven a in de middag; hij woont aan de markt zeven jaar.",
        "Het project loopt nul komma vijf jaar en kost twee keer zoveel.",
        "In totaal waren er twaalf deelnemers, vier vrijwilligers en drie medewerkers.",
        "Telefoonnummers en klantnummers worden niet in het verslag opgenomen.",
        "De eerste helft van mei staat in het teken van de evaluatie.",
        "We hebben twee sep tanks en drie dec orations besteld.",
        "Zij zijn geboren met twee broers; de postcode is nog niet bekend.",
        "De score was 0 1 2 of 3 punten per vraag, en wie mailt krijgt een punt.",
    ],
)
def test_counts_and_times_stay_clean(text: str) -> None:
    assert detect(text) == []
