"""Words that name no one in a case text (issue 20, eighth round): languages that are also family names,
forms of address after "bij", English verbs, kinds of school, dialect possessives, roles before a phone
number, political parties, countries, departments and form headings."""

from __future__ import annotations

from tests.unit.anonymisation_support import assert_no_finding, found, texts

PHONE = " Bereikbaar op 06-41 87 20 53."


def test_a_language_that_is_also_a_family_name() -> None:
    for text in (
        "Hij spreekt Twi en redelijk Engels, een beetje Nederlands." + PHONE,
        "De les is in het Spaans en soms in Engels." + PHONE,
    ):
        assert "Engels" not in texts(text) and "Spaans" not in texts(text)
    assert ("naam", "Mevrouw Engels") in found("Mevrouw Engels belde gisteren." + PHONE)
    assert ("naam", "Jan Engels") in found("Gesprek met Jan Engels over de huur.")


def test_a_form_of_address_after_bij_is_no_organisation() -> None:
    text = "ma 3 nov - bij mevr. Nel Hehanussa, post uitgezocht. Daarna bij dhr. Kok."
    assert not any(category == "instelling" for category, _ in found(text))
    assert ("instelling", "avebe") in found("Hij werkt bij avebe in de fabriek." + PHONE)


def test_an_english_verb_before_a_kind_of_care() -> None:
    text = "she got angry when I mentioned thuiszorg, he asked welzijn for help." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))
    assert ("instelling", "lyaemer wonen") in found("Ze huurt van lyaemer wonen." + PHONE)


def test_a_kind_of_school_before_its_name() -> None:
    text = "zoon (13) zit op schippersinternaat De Rijnvaart in Dordrecht." + PHONE
    assert "schippersinternaat" not in texts(text)
    assert "De Rijnvaart" in texts(text)
    assert "greijdanus" in texts("dochter zit op het greijdanus sinds dit jaar." + PHONE)


def test_a_dialect_possessive_is_no_first_name() -> None:
    text = "mien naam is Jeu Pluijmen. sins mien vrouw dood is kump hie gein hond." + PHONE
    assert "mien" not in texts(text)
    assert "mien" in texts("tante mien belde, gisteren was mien er ook." + PHONE)


def test_a_role_before_a_phone_number_is_no_contact_name() -> None:
    text = "Contact: Jan Kuipers, dorpsondersteuner, 06-41 87 22 90."
    assert "dorpsondersteuner" not in texts(text)
    assert "wijnia" in texts("Bel de accountant (wijnia, 0519-29 11 40) voor Jan Kuipers.")


def test_political_parties_and_countries() -> None:
    text = (
        "Mevrouw Ellen van der Sluis (fractie ChristenUnie-SGP) vindt het. GroenLinks-PvdA, de VVD en "
        "D66 stemden tegen. Zijn familie woont in Soedan en Pakistan." + PHONE
    )
    assert found(text) == [("naam", "Mevrouw Ellen van der Sluis"), ("telefoon", "06-41 87 20 53")]


def test_a_department_or_a_form_heading_is_no_organisation() -> None:
    text = "Afdeling Wonen en Leefbaarheid\nAANMELDFORMULIER BEWINDVOERING / BUDGETBEHEER\n" + PHONE
    assert not any(category == "instelling" for category, _ in found(text))
    assert ("instelling", "TBV Wonen") in found("Ze huurt bij TBV Wonen." + PHONE)
    assert ("instelling", "Meander Groep") in found("Hij werkt bij Meander Groep." + PHONE)


def test_a_firm_of_names_joined_by_an_ampersand_is_one_organisation() -> None:
    text = "GERECHTSDEURWAARDERSKANTOOR VAN DAM & POSTMA\nZaandam\n\nExploot van aanzegging." + PHONE
    assert ("instelling", "VAN DAM & POSTMA") in found(text)
    text = "Ontruiming aangezegd door deurwaarderskantoor Van den Hoek & Dijkshoorn voor 18 november."
    assert ("instelling", "Van den Hoek & Dijkshoorn") in found(text)
    text = "De deurwaarder van Gerechtsdeurwaarderskantoor Van der Linden & Meis belde." + PHONE
    assert ("instelling", "Gerechtsdeurwaarderskantoor Van der Linden & Meis") in found(text)


def test_a_chat_group_in_brackets_is_no_placeholder() -> None:
    text = "[vrijwilligers Zonnebloem Ameland]\n14-11-25, 09:12 - Trijntje: wie kan dinsdag rijden?"
    assert ("plaats", "Ameland") in found(text)
    text = "Gesprek met [NAAM] en [naam moeder] uit [woonplaats], zij wonen in [PLAATS 2]."
    assert_no_finding(text)


def test_the_national_bodies_for_gas_extraction_damage() -> None:
    text = "Contact via IMG of het Instituut Mijnbouwschade Groningen, en de NCG." + PHONE
    assert not any(category == "instelling" for category, _ in found(text))


def test_a_local_party_named_after_its_town_names_no_place() -> None:
    text = (
        "De fracties van Leefbaar Rotterdam, Gemeentebelangen Tholen en Lokaal Hoeksche Waard stemden tegen."
    )
    assert found(text + PHONE) == [("telefoon", "06-41 87 20 53")]
    assert ("plaats", "Rotterdam") in found("Hij woont sinds mei in Rotterdam." + PHONE)


def test_an_all_caps_firm_with_a_particle_surname() -> None:
    text = "ADVOCATENKANTOOR JANSEN & DE VRIES\nBetreft: uw dossier." + PHONE
    assert any(category == "instelling" and "DE VRIES" in value for category, value in found(text))
