"""Fourth round of issue 20: the kinds that slipped through on the third blind corpus, checked on fresh
sentences, with hard negatives, and floors for the third and fourth blind corpora (the fourth was kept
unseen while tuning)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from casetafel.anonymisation import detect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))
import anonymisation_eval  # noqa: E402

covered = anonymisation_eval.part_found  # the scoring rule of the independent corpus

NOUNS_CAPITALISED = (
    "Notitie. Op Maandag bespraken we met Mevrouw Jansen de Voortgang van het Project, de Coördinator, "
    "de Teamleider en de Wijkverpleging. Het Budget blijft gelijk, de Aanvragen stijgen en de Wachttijd "
    "voor Begeleiding Groep daalt. Elke Consulent belt vóór Vrijdag via het Landelijk Portaal de "
    "Zorgverzekeraar. In Zaal Drie volgt met Piet Bakker de Evaluatie van de Werkwijze."
)


def test_a_text_that_capitalises_nouns_keeps_only_the_names() -> None:
    assert [f.text for f in detect(NOUNS_CAPITALISED)] == ["Mevrouw Jansen", "Piet Bakker"]


def test_a_text_that_capitalises_nouns_without_names_is_clean() -> None:
    text = NOUNS_CAPITALISED.replace("met Mevrouw Jansen ", "").replace("met Piet Bakker ", "")
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a particle and a surname after a first name still belong to the name
        ("Haar zoon Jayden van 't Hof woont bij haar.", "Jayden van 't Hof"),
        # names of newcomers' origin, hospitals by their short name
        ("Zijn vriend Filmon Tesfaye helpt met de post.", "Filmon Tesfaye"),
        ("Ze lag twee weken in het CWZ na de val.", "CWZ"),
        # the pet form of a first name, also in lower case
        ("wim: keesje komt morgen weer helpen", "keesje"),
        # an age in brackets after "ong."; a weekday and an ordinal day; a year written '24
        ("Er woont een man, vermoedelijk Piotr Zieliński (ong. 50), op de zolder.", "50"),
        ("kan de afspraak naar vrijdag 21e?", "vrijdag 21e"),
        ("Huisbezoek 14-01-'25 met de wijkcoach.", "14-01-'25"),
        # a day and month after "verloopt"; a number plate typed in lower case
        ("de beschikking verloopt 30-6, verlenging aanvragen", "30-6"),
        ("de auto (kz-218-v) is verkocht", "kz-218-v"),
        # an employer after "Werkgever:", a club or shop opening its name, a regional kind in lower case
        ("Werkgever: Vandemoortele, via een uitzendbureau.", "Vandemoortele"),
        ("Voetbalclub VVO wil hem terug in het team.", "VVO"),
        ("Hij werkt 's avonds bij Pizzeria La Stella in het centrum.", "Pizzeria La Stella"),
        ("schuld bij rabobank zuidwest drenthe, ruim een ton", "rabobank zuidwest drenthe"),
        ("vervoer via regiotaxi utrecht geregeld", "regiotaxi utrecht"),
        # a kind of organisation in lower case with a name that is no Dutch word
        ("zorgboerderij hoeve kleinsma regelt het vervoer", "zorgboerderij hoeve kleinsma"),
        ("hij werkte bij autobedrijf de vries tot vorig jaar", "autobedrijf de vries"),
        # a listed name that is also a word, doing what an organisation does
        ("schimmel in de keuken. ymere al 3x gebeld, niks gehoord", "ymere"),
        # a label with a colon: the name only
        ("Naam: onbekend. School: De Zonnewijzer.", "De Zonnewijzer"),
        # a congregation's own name before "moskee"
        ("Vader bidt in de Mevlana moskee in de wijk.", "Mevlana moskee"),
        # ages of the household after the relation, a baby's age in months
        ("Thuis wonen moeder, zoon 9 jr en dochter 4 jr.", "4 jr"),
        ("Er is een baby van 5 maanden.", "5 maanden"),
        # a house number with a letter and digit, or a floor; a street named after a first name
        ("Ze woont op Lange Leemstraat 88A2 in Antwerpen.", "Lange Leemstraat 88A2"),
        ("Hij woont Kinkerstraat 101-hoog sinds mei.", "Kinkerstraat 101-hoog"),
        ("Ze woont Jan Pieterszstraat 12 in Amsterdam.", "Jan Pieterszstraat 12"),
        # two unknown capitalised words opening a sentence; a relation as a label
        ("Gheorghe Popescu slaapt in zijn auto bij de haven.", "Gheorghe Popescu"),
        ("moeder: Precious Okafor\nvader: onbekend", "Precious Okafor"),
        ("- gezin: Kowalczyk\n- moeder: Anna (35)", "Kowalczyk"),
        # postcodes with a hyphen or in lower case before a town; an account name
        ("Kerkstraat 1, 1234-AB Ergens", "1234-AB"),
        ("adres kerkpad 4 7413 ac deventer", "7413 ac"),
        ("ze zit op insta als @sannevdb en stuurt foto's", "@sannevdb"),
        # two listed towns joined by a hyphen; a month and year before what happened
        ("Casus Tegelen-Venlo: mevrouw woont alleen.", "Tegelen"),
        ("Haar man is in maart 2023 overleden.", "maart 2023"),
        # a school between "zit op" and its group; an employer after "de sluiting van"
        ("sara zit op de blauwe vogel groep 6, gaat goed", "de blauwe vogel"),
        ("Hij is werkloos sinds de sluiting van Vandemoortele in Eindhoven.", "Vandemoortele"),
        # a lower-case street after an address label, with a Frisian article; a school in lower case
        ("adres: it gryn 4, easterein", "it gryn 4"),
        ("dochter zit op het dockinga, gaat goed", "dockinga"),
        # a court number that runs past the end of the window after its keyword
        (
            "dossier bij de rechtbank Gelderland, zaaknummer C/05/398812 / FA RK 24-2210.",
            "C/05/398812 / FA RK 24-2210",
        ),
    ],
)
def test_blind3_kinds_are_found(text: str, part: str) -> None:
    assert covered(text, part)


def test_a_lower_case_surname_found_with_a_title_is_found_again_later() -> None:
    text = "huisarts is dokter wiersma. wiersma gaat met pensioen"
    assert [f.text for f in detect(text)] == ["dokter wiersma", "wiersma"]


@pytest.mark.parametrize(
    "text",
    [
        "Het meisje speelt met een huisje en drie kastjes.",
        "Ze werken 3-4 dagen per week en de oplage is 2-12.",
        "De groep telt 12-15 leerlingen in lokaal 3-b.",
        "De werkgever betaalt door. De Gereformeerde kerk is vol.",
        "Ons huis komt leeg te staan. Een stadgenoot komt langs.",
        "Kerk: Protestantse Gemeente. School: geen bijzonderheden.",
        "Ze bezoekt de Poolse kerk op zondag.",
        "De moeder 3 weken geleden en de vader 2 jaar in de gevangenis.",
        "Het traject duurt 3 maanden.",
        "adres: onbekend. Ze zit op het randje en gaat op de fiets.",
        "Hij zit op school in groep 5. De wet is in januari 2024 ingegaan.",
        "Afspraak @ 10 uur met @team over de 1000 km.",
    ],
)
def test_blind3_hard_negatives_stay_clean(text: str) -> None:
    assert detect(text) == []


def test_blind3_corpus_holds_its_floor() -> None:
    records = anonymisation_eval.load(anonymisation_eval.DATA / "blind3.jsonl")
    scores = anonymisation_eval.evaluate_half(records)
    assert scores.recall >= 0.96
    assert scores.precision >= 0.97
    assert scores.clean_false_alarms == 0


def test_blind4_corpus_holds_its_floor() -> None:
    """blind4 was never tuned on: its floor is the figure measured once at the end (0.891 / 0.976, one
    false alarm in 532 clean words), so a change that loses recall on unseen text fails here."""
    records = anonymisation_eval.load(anonymisation_eval.DATA / "blind4.jsonl")
    scores = anonymisation_eval.evaluate_half(records)
    assert scores.recall >= 0.88
    assert scores.precision >= 0.96
    assert scores.clean_false_alarms <= 1
