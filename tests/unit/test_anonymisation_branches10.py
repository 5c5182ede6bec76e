"""Organisations named by a brand and the district or town they serve (issue 20, eighth round)."""

from __future__ import annotations

from casetafel.anonymisation.detector import get_detector
from casetafel.anonymisation.scan import TextScan
from casetafel.anonymisation.trade_firms import trade_firms
from tests.unit.anonymisation_support import assert_no_finding, found

PHONE = " Bereikbaar op 06-41 87 20 53."


def test_a_brand_that_is_a_dutch_word_before_a_district_of_two_compass_points() -> None:
    assert ("instelling", "Dynamo Zuidoost") in found(
        "Aangemeld via: Dynamo Zuidoost\nDatum: 01/12/2025" + PHONE
    )
    assert ("instelling", "Kansrijk Zuidoost") in found(
        "Verslag jongerenwerk Kansrijk Zuidoost, dinsdag." + PHONE
    )
    assert ("instelling", "Spectrum Noordwest") in found("Ze gaat naar Spectrum Noordwest voor hulp." + PHONE)


def test_an_area_word_or_a_plain_compass_point_names_no_branch() -> None:
    text = "Hij woont in Stadsdeel Zuidoost, in de Regio Zuidoost en in Amsterdam Zuidoost." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))
    text = "De Wijk Noordwest en het Team Noord overleggen; Kansrijk West ook." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))


def test_a_listed_organisation_with_its_field_and_town() -> None:
    text = "Actie: jonge-mantelzorgergroep bij Xtra Mantelzorg Den Haag aanvragen." + PHONE
    assert ("instelling", "Xtra Mantelzorg Den Haag") in found(text)


def test_a_place_on_a_labelled_line_of_a_form() -> None:
    text = "Naam jeugdige: Mohamed Farah\nWoonplaats: Poelenburg\nBuurt: De Kolk\nOuder(s): moeder"
    assert ("plaats", "Poelenburg") in found(text) and ("plaats", "De Kolk") in found(text)
    text = "Wijk: Centrum\nPlaats: onbekend\nWoonplaats: Zie Bijlage\n"
    assert_no_finding(text)


def test_a_family_firm_by_particle_surname_and_trade() -> None:
    text = "Hij werkt als bollenpeller bij Van der Gulik Bloembollen in 't Zand." + PHONE
    assert ("instelling", "Van der Gulik Bloembollen") in found(text)
    assert ("instelling", "De Boer Transport") in found("Sinds mei rijdt hij voor De Boer Transport." + PHONE)
    for text in ("Zij woont in de Stad Bouw niet.", "De Nieuwe Bouw is klaar.", "Van de Week Transport."):
        assert trade_firms(TextScan(text, get_detector().lists)) == []


def test_a_word_a_field_of_care_and_a_town_are_one_organisation() -> None:
    text = "- aanmelding bij Steunpunt Mantelzorg Eemsdelta, jonge-mantelzorgersgroep." + PHONE
    assert ("instelling", "Steunpunt Mantelzorg Eemsdelta") in found(text)
    text = "Melding Wmo Zuidhorn, 7 okt. Het Steunpunt Mantelzorg is landelijk." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))


def test_a_venue_named_by_a_word_and_a_number() -> None:
    text = "Ik heb hem verteld over het traject bij Spot 46, waar jongens werk krijgen." + PHONE
    assert ("instelling", "Spot 46") in found(text)
    text = "Zie bij Bijlage 3. Hij zit bij Groep 7 en was bij Mei 2; Bij 12 graden blijft hij thuis." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))


def test_the_town_after_a_street_with_a_lettered_number_in_a_table_cell() -> None:
    text = "| vr | 11.15 | meisje | Vilsterseweg 2-A, Vilsteren | jeugd |\n" + PHONE
    assert ("plaats", "Vilsteren") in found(text)
    assert ("plaats", "Best") in found("Hij woont Parkweg 18-b, Best." + PHONE)


def test_a_listed_organisation_with_a_town_of_several_words() -> None:
    text = "Ze krijgt hulp van Xtra Den Haag en van Xtra Bergen op Zoom." + PHONE
    assert ("instelling", "Xtra Den Haag") in found(text)
    assert ("instelling", "Xtra Bergen op Zoom") in found(text)
