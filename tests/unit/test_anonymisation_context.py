"""Fifth round of issue 20: organisations and people told by the words around them (an employer after
"werkt bij", a creditor after "schulden bij", a provider after "hulp van", also in lower case), kinds
of organisation named after their town, ages in brackets that make a person, checked on fresh
sentences with hard negatives; and the floors of the blind corpora of this round."""

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
        # an employer after a verb of working, capitalised or not, also with the subject between
        ("Zijn broer werkt bij Lamweston in Kruiningen, in ploegendienst.", "Lamweston"),
        ("ik werk bij cosun in dinteloord, 32 uur", "cosun"),
        ("vroeger werkte hij bij zwanenberg, nu niet meer", "zwanenberg"),
        ("Ze is vorig jaar ontslagen bij Vebego na een reorganisatie.", "Vebego"),
        # a creditor or provider after "schulden bij", "hulp van"; a listed name typed in lower case
        ("ze heeft ook schulden bij woonbron en de belastingdienst", "woonbron"),
        ("eerder hulp van xtra in 2021, toen gestopt", "xtra"),
        # a house of worship or a youth institution in a note without capitals
        ("vader bidt in moskee el fath, imam kent hem", "el fath"),
        ("ze gaan naar de eyüp moskee op vrijdag", "eyüp moskee"),
        ("broer zit in jji hunnerberg sinds maart", "hunnerberg"),
        # a school's name in brackets after the word school
        ("de school (de klimop) belt over verzuim", "de klimop"),
        # a kind of practice or health centre named after its town or district, also in lower case
        ("Huisarts: Dokterspraktijk Wijhe, dokter aanwezig op dinsdag.", "Dokterspraktijk Wijhe"),
        ("huisarts gezondheidscentrum lombok belt terug", "gezondheidscentrum lombok"),
        ("Hij is patiënt bij Medisch Centrum Heerenveen sinds 2019.", "Medisch Centrum Heerenveen"),
        # an unknown word with an age in brackets is a person; a relation before it too
        ("Kinderen: Wiktor (7) en Lenka (3), beiden op school.", "Lenka"),
        ("Met dochter Nesrin (16) gaat het goed.", "Nesrin"),
        # the name that signs a letter; lower-case surnames after "mevr" with "van der", after "mr"
        ("Met vriendelijke groet, Noor Wubben, wijkverpleegkundige", "Noor Wubben"),
        ("Met vriendelijke groet,\nHarm Tiggelman", "Harm Tiggelman"),
        ("gebeld met mevr van der laan over de sleutel", "van der laan"),
        ("de advocaat (mr dijkhuis) belt haar terug", "dijkhuis"),
        # a short unknown word before "moskee"; a city farm by its name
        ("hij bidt in de eyup moskee", "eyup moskee"),
        ("Dagbesteding: Stadsboerderij De Kemphaan, twee dagen.", "Stadsboerderij De Kemphaan"),
        # a name explained by its kind in brackets; an abbreviation explained the same way
        ("de sleutel ligt bij acantus (verhuurder), bellen", "acantus"),
        ("Hij wil terug naar het KSG (scholengemeenschap kralendijk).", "KSG"),
        # an age written out in brackets after a name, an age with a plus after "is"
        ("Mevrouw Hendrikje Bosma (zevenentachtig) woont alleen.", "zevenentachtig"),
        ("buurman kees, hij is 80+ en valt vaak", "80"),
        # the islands of the Caribbean part of the Kingdom are places
        ("Haar moeder woont op Bonaire, de vader op Aruba.", "Aruba"),
        # an unknown lower-case word after "bij" or "via", also without a verb before it
        ("moeder heeft schulden bij de kredietbank en bij woonwaard", "woonwaard"),
        ("zoon is aangemeld bij karakter voor onderzoek", "karakter"),
        # a name between commas after its kind; a kind of body with a compass word
        ("Zijn werkgever, Tielbeke Logistiek, betaalt door.", "Tielbeke Logistiek"),
        ("Bewind loopt via Bewindvoering Noord sinds mei.", "Bewindvoering Noord"),
        # an English form of address after a relation
        ("Buurvrouw Ms. Hodge kijkt elke dag.", "Hodge"),
        # a letter that opens with "Geachte heer"; an age someone has just reached
        ("Geachte heer De Wilde, hierbij ontvangt u het besluit.", "De Wilde"),
        ("De jongste is net 3 geworden en loopt al.", "3"),
        # an unknown capitalised name after "met" or "door"
        ("Het plan is besproken met Woonvizier en de wijkagent.", "Woonvizier"),
        # an age between commas after the street address; a listed surname after a role
        ("wie kent mevr. yilmaz? rijnlaan 23, 71, woont alleen", "71"),
        ("Huisarts Visser (gezondheidscentrum) belt haar terug.", "Visser"),
        # a code of capitals and digits glued together, without a keyword
        ("Het proces-verbaal PL0900-2025004512 ligt bij de officier.", "PL0900-2025004512"),
        ("Het zorgdossier 4451-AB-77 is compleet.", "4451-AB-77"),
        # a BSN written in groups with hyphens; a postcode whose letters look like a legal form
        ("BSN 363-195-117 staat op de brief.", "363-195-117"),
        ("Adres: Stationsweg 4, 9728 BV Groningen.", "9728 BV"),
    ],
)
def test_context_kinds_are_found(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Hij werkt bij de gemeente en zij werkt bij een bakker in de buurt.",
        "Ze heeft schulden bij haar zus en bij de zorgverzekeraar.",
        "Hij kreeg hulp van zijn buurman en werk van de gemeente.",
        "De bewaartermijn is 15 jaar voor dossiers over jeugd.",
        "De school (morgen dicht) belt over het rooster.",
        "Vader gaat naar de moskee en moeder naar de kerk.",
        "Het gezondheidscentrum belt terug over de afspraak.",
        "Ze werkt bij defensie, hij werkt bij ons.",
        "Met vriendelijke groet,\nTeam Schuldhulpverlening",
        "Het gesprek ging over de rol van de moeder en de zorg van de school.",
        "Ze heeft het gemeld bij het RMC en bij de leerplicht.",
        "Ze kregen (twintig) euro van de kerk en het budget is 50+ per maand.",
        "Hij had ruzie met zijn baas (werkgever) en met de buren.",
        "contact via signal met de buurvrouw, daarna via mail en bij opa thuis",
        "Geachte heer, hierbij ontvangt u het besluit. Dank aan de Heer.",
        "Het aantal aanmeldingen is 3 geworden.",
        "Evaluatie in Q3-2025 op papier A4, na COVID-19, versie V2.0.1 in kamer B1.23.",
        "Ze sprak met Oekraïense vrienden en werd geholpen door Vluchtelingenwerk.",
    ],
)
def test_context_hard_negatives_stay_clean(text: str) -> None:
    assert detect(text) == []


def test_a_name_with_its_age_is_found_again() -> None:
    text = "Aanwezig: zoon Baran (19). Baran studeert in Hengelo."
    assert [f.text for f in detect(text) if f.category.value == "naam"] == ["Baran", "Baran"]


def test_a_service_before_a_listed_organisation_stays_outside() -> None:
    assert [f.text for f in detect("Ze krijgen thuiszorg van Zuyderland.")] == ["Zuyderland"]


def test_an_english_form_of_address_is_no_name() -> None:
    assert [f.text for f in detect("Buurvrouw Ms. Hodge kijkt elke dag.")] == ["Ms. Hodge"]


def test_a_letter_signed_by_a_body_has_no_name() -> None:
    assert [f.text for f in detect("Met vriendelijke groet, Gemeente Oss")] == ["Oss"]


def test_counts_in_brackets_after_plural_nouns_are_no_names() -> None:
    text = "Op de wachtlijst: Kinderen (12) en Ouderen (8), daarna Jongeren (5)."
    assert [f.text for f in detect(text) if f.category.value == "naam"] == []


# The blind corpora's floors: (corpus, recall, precision, clean false alarms at most).
# blind4: kept unseen in the fourth round (0.891 then), tuned on by general rules since.
# blind5: kept unseen in the fifth round (0.891 before any look, 0.893 at its end), tuned on in the sixth.
# blind6: measured unseen twice (0.862 before the sixth round, 0.926 after the rules tuned on blind5), then
#   tuned on (0.966 at the end of that round, 0.989 at the end of the seventh).
# blind7: kept unseen through the sixth round (0.883 before it, 0.920 at its end), tuned on in the seventh.
# blind8: kept unseen through the seventh round (0.903 with five false alarms in 713 clean words before it,
#   0.912 with two at its end), opened for tuning in the eighth.
# blind9 to blind15 (eighth round, seven more hands): first figures on the seventh round's detector 0.906,
#   0.970, 0.960, 0.941, 0.921, 0.947 and 0.953. blind9, blind10, blind11, blind13 and blind14 were opened
#   for tuning; blind12 and blind15 stay unseen and their floors read only figures (0.947 and 0.958 with no
#   false alarm in 1,843 and 1,527 clean words at the end of the round). blind16, by an eighth hand, was
#   scored once at the very end (0.936 on the seventh round's detector, 0.957 with no false alarm in 1,403
#   clean words on the final one) and stays unseen.
BLIND_FLOORS = [
    ("blind4", 0.92, 0.97, 0),
    ("blind5", 0.97, 0.97, 0),
    ("blind6", 0.97, 0.96, 0),
    ("blind7", 0.97, 0.96, 0),
    ("blind8", 0.97, 0.96, 0),
    ("blind9", 0.96, 0.95, 0),
    ("blind10", 0.97, 0.97, 0),
    ("blind11", 0.97, 0.97, 0),
    ("blind12", 0.93, 0.96, 0),
    ("blind13", 0.97, 0.97, 0),
    ("blind14", 0.97, 0.97, 0),
    ("blind15", 0.94, 0.92, 0),
    ("blind16", 0.94, 0.95, 0),
]


@pytest.mark.parametrize(("corpus", "recall", "precision", "false_alarms"), BLIND_FLOORS)
def test_blind_corpus_holds_its_floor(
    corpus: str, recall: float, precision: float, false_alarms: int
) -> None:
    records = anonymisation_eval.load(anonymisation_eval.DATA / f"{corpus}.jsonl")
    scores = anonymisation_eval.evaluate_half(records)
    assert scores.recall >= recall
    assert scores.precision >= precision
    assert scores.clean_false_alarms <= false_alarms
