"""The kinds of identifiers that slipped through on text written by someone else (issue 20): lower-case
notes, named local organisations, small places and districts, streets without a common suffix, dates
without a year, reference numbers without a known prefix, initials with a call name, ages after the
person; and the hard negatives that must stay clean."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from casetafel.anonymisation import detect
from casetafel.anonymisation.wordfilter import WordFilter

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))
import anonymisation_eval  # noqa: E402

covered = anonymisation_eval.part_found  # the scoring rule of the independent corpus


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # lower-case notes
        ("overleg: mevr de boer woont alleen", "de boer"),
        ("dhr bakker is ziek, zoon jan komt langs", "bakker"),
        ("dhr bakker is ziek, zoon jan komt langs", "jan"),
        ("notitie: meneer van der velde belt", "van der velde"),
        ("mw yvonne de jong-bakker, 53 jr, woont", "yvonne de jong-bakker"),
        ("femke regelt de post", "femke"),
        ("mijn moeder hiltsje woont alleen", "hiltsje"),
        ("ze woont in seisbierrum bij de kerk", "seisbierrum"),
        ("ze woont in wolvega sinds mei", "wolvega"),
        ("haar broer woont in den bosch", "den bosch"),
        ("hij verblijft in heerlen-noord bij vrienden", "heerlen-noord"),
        ("woont in lelystad, wijk de landerijen.", "de landerijen"),
        ("ze woont op de stationsweg 8 in emmen", "stationsweg 8"),
        ("dochter zit op obs de regenboog", "obs de regenboog"),
        # names with initials and call name, labels
        ("Aanwezig: dhr. A.B. (Bram) Jansen en anderen.", "A.B. (Bram) Jansen"),
        ("Aanwezig: mevr. C.D. (Cor) van 't Veld-Bos.", "C.D. (Cor) van 't Veld-Bos"),
        ("- naam: Kowalski, Marek\n- adres onbekend", "Kowalski, Marek"),
        # organisations
        ("De huur loopt via Elkien en de zorg via Alliade.", "Elkien"),
        ("Er is een schuld bij Kredietbank Fryslân.", "Kredietbank Fryslân"),
        ("Rapport van GGD Hollands Noorden over de woning.", "GGD Hollands Noorden"),
        ("De gezinsvoogd van Jeugdbescherming Noord belt.", "Jeugdbescherming Noord"),
        ("Hulp bij het huishouden via Meander Groep.", "Meander Groep"),
        ("Hij huurt bij Woonpunt en werkt niet.", "Woonpunt"),
        ("Wijkcoach Dinand van Wijkracht belt.", "Wijkracht"),
        ("Begeleiding door De Schoor sinds maart.", "De Schoor"),
        ("Dagbesteding bij Zorgboerderij De Hoeve in het dorp.", "Zorgboerderij De Hoeve"),
        ("Casemanager via Lijn5 is gestart.", "Lijn5"),
        # places
        ("Ze wonen in 't Zandt aan de dijk.", "'t Zandt"),
        ("Een boer uit de Achterhoek meldt zich.", "Achterhoek"),
        ("De wijk Overvecht kent veel armoede.", "Overvecht"),
        ("Zij woont in Schiedam-Oost bij haar zus.", "Schiedam-Oost"),
        # streets and house numbers
        ("Hij woont in Sint-Oedenrode, Kofferen 5.", "Kofferen 5"),
        ("Boerderij aan de Haadwei 41 bij het dorp.", "Haadwei 41"),
        ("Ze woont aan de Nieuwe Haven 112-III, 3117 AB Schiedam.", "Nieuwe Haven 112-III"),
        ("Adres: Brink 14 bis, Havelte.", "Brink 14 bis"),
        ("straat: De Skâns 22\n", "De Skâns 22"),
        # dates without a year
        ("Volgende afspraak 20 november.", "20 november"),
        ("Huisbezoek di 9 dec om tien uur.", "9 dec"),
        ("Gesprek op 28 okt met de bewindvoerder.", "28 okt"),
        # reference numbers
        ("Rekestnummer C/05/431229 / FT RK 24/1122 bij de rechtbank.", "C/05/431229 / FT RK 24/1122"),
        ("Zijn ID-kaart (IR7KH5XP2) is kwijt.", "IR7KH5XP2"),
        ("Kenmerk VRD-2024-00871 staat op de brief.", "VRD-2024-00871"),
        ("Leerlingnummer 120443 is bekend.", "120443"),
        ("Hij heeft V-nummer 2834 5519 01.", "2834 5519 01"),
        ("Klantnummer KN 7782 1190.", "KN 7782 1190"),
        # ages after the person
        ("Mevrouw Jansen (61) woont alleen.", "61"),
        ("mevr de boer (72) woont alleen", "72"),
        ("- cliënt: Wietske Hofstra, 34\n", "34"),
        ("dhr bakker is 81, woont alleen", "81"),
        ("ze zijn 58 en 55.", "55"),
    ],
)
def test_unseen_kinds_are_found(text: str, part: str) -> None:
    assert covered(text, part), [(f.category.value, f.text) for f in detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Het bos achter de school wordt een speelplek.",
        "Een wit geschilderde schuur dient als ontmoetingsplek.",
        "meneer heeft de hele dag niet opengedaan. mevrouw zegt dat het goed gaat.",
        "De wijkcoach en de huisarts overleggen met het wijkteam.",
        "Het programma Village Deal en de Jeugdwet geven ruimte.",
        "Via de SPUK-regeling betaalt het Rijk mee.",
        "In mei gaat het vee weer naar buiten; in maart begint het seizoen.",
        "Er is een schuld bij het CJIB, bij DUO en bij de Belastingdienst.",
        "Van de inwoners die zich melden heeft ongeveer de helft schulden.",
        "Het nummer 1234 staat op de deur.",
        "Actie A-2026-031 volgt uit BV-2026-014, volgens ISO 27001.",
        "het wijkteam komt bij elkaar. de boer wil eerst koffie.",
        "Hij zit in groep 7 en woont al 12 jaar in het dorp.",
        "Het gezin heeft drie kinderen van 4, 7 en 12 jaar.",
        "de vrouw wil eerst zelf proberen. moeder mag niet mee.",
        "Via Instagram en WhatsApp werven we vrijwilligers.",
        "Per 1 januari is de wet gewijzigd.",
        "De regeling loopt tot 31 december.",
        "de moeder okay, de vader sorry",
        "Bij de Rabobank, de ING en de SNS kan het.",
    ],
)
def test_hard_negatives_stay_clean(text: str) -> None:
    assert detect(text) == []


def test_word_filter_knows_its_words_and_rarely_others() -> None:
    words = {f"woord{i}" for i in range(2000)}
    word_filter = WordFilter.build(words)
    assert all(word in word_filter for word in words)
    strangers = sum(f"ander{i}" in word_filter for i in range(2000))
    assert strangers < 3  # about 1 in 100,000 by design
    copy = WordFilter(word_filter.to_bytes()[6:], word_filter.to_bytes()[5])
    assert "woord7" in copy and 7 not in copy
