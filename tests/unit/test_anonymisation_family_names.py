"""A family named by its surname (issue 20, eighth round): a couple or family word and a first name with
a particle surname, a compound family word ("schippersgezin", "pleeggezin") before a particle surname,
and a particle surname opening a sentence before what the person does."""

from __future__ import annotations

from tests.unit.anonymisation_support import texts

PHONE = " Bereikbaar op 06-41 87 20 53."


def names(text: str) -> list[str]:
    return texts(text, "naam")


def test_a_pet_form_first_name_keeps_its_particle_surname() -> None:
    assert any("Bennie ten Have" in n for n in names("Zorgen over het echtpaar Bennie ten Have (84)."))
    assert "Bennie ten Have" in names("Gesprek met Bennie ten Have over de huur." + PHONE)
    assert "Jantje van der Veen" in names("Gesprek met Jantje van der Veen gehad." + PHONE)


def test_a_compound_family_word_before_a_particle_surname() -> None:
    assert "Van der Zalm" in names("gespreksaantekening schippersgezin Van der Zalm\nmoeder belde." + PHONE)
    assert "de Wit" in names("Het pleeggezin de Wit is gestopt met de opvang." + PHONE)
    assert names("Het pleeggezin van de buurt helpt mee." + PHONE) == []


def test_a_particle_surname_opening_a_sentence_before_a_verb() -> None:
    assert "Van der Zalm" in names("Contact 06-12345678. Van der Zalm belde gisteren over de huur.")
    assert "Van den Broek" in names("Contact 06-12345678. Van den Broek heeft gebeld.")
    for text in (
        "Van de gemeente kwam niets. De Gemeente heeft besloten. Van de Raad kwam een brief.",
        "Ten Noorden van de dijk ligt het dorp. Ten Slotte heeft de raad besloten.",
    ):
        assert names(text + PHONE) == []


def test_a_building_or_body_opening_a_sentence_is_no_surname() -> None:
    for text in (
        "De Westerkerk krijgt een nieuw dak.",
        "De Zonnebloem heeft een uitje.",
        "Van Harte wil niets.",
    ):
        assert names("Contact 06-12345678. " + text) == []


def test_a_call_name_that_is_a_word_before_the_full_name_in_brackets() -> None:
    text = "Graag langs bij mevrouw Door (Theodora) van Rijsingen, 88, in Sint-Oedenrode."
    assert any("Door (Theodora) van Rijsingen" in n for n in names(text))
    assert any("Wil (Willem) Bakker" in n for n in names("Meneer Wil (Willem) Bakker belde." + PHONE))
    assert names("Dat gaat door (Zorg) van Gemeente naar de provincie." + PHONE) == []


def test_a_role_then_particles_that_stand_only_in_names_in_a_lower_case_note() -> None:
    text = "- kerk wil helpen met rijden op zondag, bellen met ouderling van 't hul" + PHONE
    assert "van 't hul" in names(text)
    assert any("van der pol" in n for n in names("- juf van der pol belt terug." + PHONE))
    found = names("- huisarts van de week is dokter jansen niet, wel huisarts van dienst." + PHONE)
    assert not any("week" in n or "dienst" in n for n in found)


def test_initials_signing_a_message_after_a_greeting() -> None:
    assert "J.P." in names(
        "Kin iemes mich helpe?\ntillefoon 045 - 524 11 90\ngroete. J.P.\n--\nNotitie volgt."
    )
    assert "GJ" in names("Bel me even terug op 06-12345678.\ngr. GJ")
    assert names("Bel me even terug op 06-12345678.\nGroeten, CJG\nMvg, WMO") == []


def test_a_lower_case_title_then_particles_that_stand_only_in_names() -> None:
    assert any("van 't hul" in n for n in names("fam. van 't hul belde, tel 0612345678."))
    assert not any("week" in n for n in names("dhr van de week niet, tel 0612345678."))
