"""Third round of issue 20: the kinds that slipped through on the second blind corpus (narrative case
texts by yet another hand), checked on fresh sentences, with hard negatives and a floor for the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from casetafel.anonymisation import detect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))
import anonymisation_eval  # noqa: E402

covered = anonymisation_eval.part_found  # the scoring rule of the independent corpus


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a kind of organisation opening a listed name
        ("Zij huurt bij Woonstichting Lyaemer Wonen sinds maart.", "Woonstichting Lyaemer Wonen"),
        # kinds of organisation: employers, practices, churches, clubs, school partnerships
        (
            "De kinderen worden gezien door Verloskundigenpraktijk Zuidwijk.",
            "Verloskundigenpraktijk Zuidwijk",
        ),
        ("Haar man heeft Tuincentrum Hofstede Dalfsen overgenomen.", "Tuincentrum Hofstede Dalfsen"),
        ("Het Samenwerkingsverband VO Zwolle kijkt mee.", "Samenwerkingsverband VO Zwolle"),
        # a school after a verb that comes before its subject
        ("Vorig jaar zat hij op De Sterrenwachter in Rheden.", "De Sterrenwachter"),
        # a street without a telling suffix after "op"
        ("Het gezin woont in Pernis op Ruigeplaat 17 sinds de zomer.", "Ruigeplaat 17"),
        # ages after the person: with "ongeveer" in brackets, in a lower-case household list
        ("Het gaat om Sven Mulder (ongeveer 15) uit Dalfsen.", "15"),
        ("aanwezig: moeder, daan 7 jr en fenna 3", "7 jr"),
        # a day and month without a year before a time or after "keer", "uiterlijk"
        ("volgende keer 4/3 om 9.30 bij moeder thuis", "4/3"),
        ("stukken uiterlijk 12-5 inleveren", "12-5"),
        # a congregation with its town, also in lower case
        ("Ze zingt in het koor van de Protestantse Gemeente Zuidhorn.", "Protestantse Gemeente Zuidhorn"),
        ("meneer is lid van de gereformeerde kerk staphorst", "gereformeerde kerk staphorst"),
        # lower case: a relation's first name with a surname that is also a word; a place after "uit"
        ("dochter anna visser belt elke week", "anna visser"),
        ("casus kees uit doorn, 51, opnieuw aangemeld", "doorn"),
        # a listed name that is also a word, where a resident rents; a first name joined to a found name
        ("huurt bij stadgenoot, achterstand drie maanden", "stadgenoot"),
        ("jan en marijke de wit wonen er al jaren", "jan"),
        # a street without a number after "vlakbij de"
        ("Ze woont in Malburgen, vlakbij de Kampsingel.", "Kampsingel"),
        # a district in brackets right after a town
        ("Ze woont in Zwolle (de Aa-landen) sinds 2018.", "de Aa-landen"),
        ("cliënt uit emmen (angelslo), opnieuw aangemeld", "angelslo"),
        # the word closing the clause after a street and number is its town
        ("Zoon woont op Molenstraat 3, Ulrum. Hij komt zelden.", "Ulrum"),
        ("aanwezig: moeder, daan 7 jr en fenna 3", "3"),
    ],
)
def test_blind2_kinds_are_found(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Ze zit op Groep 5 en speelt op Kamer 12 met de anderen.",
        "De vergadering staat op Agenda 4 van de raad.",
        "Wie op de markt komt, ziet een slager en een bakker.",
        "De kerk heeft een dominee. Wie komt, is welkom.",
        "Het licht ging uit, best jammer voor iedereen.",
        "Hij is een goede stadgenoot en buurman.",
        "De laptop draait op Windows 10 en de app op Android 14.",
        "De Koninklijke Bibliotheek doet ook mee.",
        "Bij de stemming was 2/3 van de deelnemers voor.",
        "De gemeente (tijdelijk) en de provincie (structureel) betalen mee.",
        "Ongeveer 1/2 van de kinderen gaat naar de protestantse gemeente daar.",
    ],
)
def test_blind2_hard_negatives_stay_clean(text: str) -> None:
    assert detect(text) == []


def test_two_organisations_joined_by_en_are_two_findings() -> None:
    text = "Ze werkt bij Albert Heijn Stadskanaal en Bakkerij Bolhuis."
    found = [text[f.start : f.end] for f in detect(text)]
    assert "Bakkerij Bolhuis" in found
    assert all(" en " not in value for value in found)


def test_blind2_corpus_holds_its_floor() -> None:
    records = anonymisation_eval.load(anonymisation_eval.DATA / "blind2.jsonl")
    scores = anonymisation_eval.evaluate_half(records)
    assert scores.recall >= 0.94
    assert scores.precision >= 0.95
