"""The rules for whole texts about nobody never take a resident's own details for the council's or for an
example: a mobile number near a desk's name, a business mailbox, a home near a public building, one house
number with an addition, a personal web page, a known first name, a person who "komt uit" a town, a
surname after a form of address, a double surname, a child among the family (review of the eighth round)."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import found

# A neutral paragraph of more than sixty words that names nobody: it makes each sentence a whole text.
FILLER = (
    " Het gezin krijgt hulp van het sociaal team en de school denkt mee. De wijkcoach spreekt wekelijks met"
    " de ouders en de leerkracht over de voortgang, de afspraken en de volgende stappen. Iedereen is het"
    " eens over het plan van aanpak voor de komende maanden en de evaluatie na de zomer."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Mevrouw belde de gemeente vanaf haar mobiele nummer 06-12345678.", ("telefoon", "06-12345678")),
        ("Zij is eerder bij het Wmo-loket geweest; haar nummer is 0523-765432.", ("telefoon", "0523-765432")),
        (
            "De cliënt mailt vanaf info@bakkerijjansen.nl, zijn eigen bedrijf.",
            ("email", "info@bakkerijjansen.nl"),
        ),
        ("Mevrouw woont in een flat tegenover het zwembad, Parklaan 12.", ("adres", "Parklaan 12")),
        (
            "Het gezin woont aan de Kerkstraat 12-14 en heeft een huurachterstand.",
            ("adres", "Kerkstraat 12-14"),
        ),
        ("Zijn profiel op www.werkenbijmichiel.nl toont zijn adres.", ("url", "www.werkenbijmichiel.nl")),
        ("Sanne vertelde dat ze niet meer naar school gaat sinds de zomer.", ("naam", "Sanne")),
        ("Cliënte komt uit Dokkum en is drie jaar geleden hierheen gekomen.", ("plaats", "Dokkum")),
    ],
)
def test_a_residents_detail_in_a_whole_text_is_kept(sentence: str, kept: tuple[str, str]) -> None:
    assert kept in found(sentence + FILLER)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Zij is soms bereikbaar via familie, bijvoorbeeld 06-12345678 van haar zus.",
            ("telefoon", "06-12345678"),
        ),
        ("Aanwezig: moeder, Storm (7) en de wijkcoach.", ("leeftijd", "7")),
        ("Gesprek met mevrouw Jansen-Penning over de huur.", ("naam", "mevrouw Jansen-Penning")),
        ("Meneer Halt belde gisteren over de huur.", ("naam", "Meneer Halt")),
        ("Gesprek met mevrouw De Blokker over de huur.", ("naam", "mevrouw De Blokker")),
    ],
)
def test_an_example_a_count_a_thing_or_a_term_never_hides_a_person(
    sentence: str, kept: tuple[str, str]
) -> None:
    assert kept in found(sentence)
