"""Detection per category, with positive examples and the hard negatives of the social domain."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import Category, Finding, detect


def found(text: str, **kwargs) -> set[tuple[str, str]]:
    return {(f.category.value, f.text) for f in detect(text, **kwargs)}


def texts_of(text: str, category: Category) -> list[str]:
    return [f.text for f in detect(text) if f.category is category]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gisteren sprak ik mevrouw De Vries over de huur.", "mevrouw De Vries"),
        ("Meneer Bakker heeft schulden.", "Meneer Bakker"),
        ("Volgens dhr. Jansen klopt het niet.", "dhr. Jansen"),
        ("Het gesprek met J. de Vries duurde lang.", "J. de Vries"),
        ("Haar zoon Daan woont in het buitenland.", "Daan"),
        ("De wijkcoach Petra belt morgen terug.", "Petra"),
        ("De familie van der Meer is verhuisd.", "familie van der Meer"),
        ("Mevrouw van den Berg-de Jong is weduwe.", "Mevrouw van den Berg-de Jong"),
        ("Ik belde met Anke de Vries over haar moeder.", "Anke de Vries"),
        ("Mevrouw Bos woont alleen.", "Mevrouw Bos"),
        ("Volgens meneer Kok is het dak lek.", "meneer Kok"),
        ("Gisteren kwam Mark langs om te helpen.", "Mark"),
        ("Zijn moeder, Khadija, spreekt weinig Nederlands.", "Khadija"),
        ("Begeleider Jolanda Wubbolts neemt het over.", "Jolanda Wubbolts"),
        ("Het gezin Öztürk krijgt hulp.", "Het gezin Öztürk"),
        ("De heer El Amrani vroeg bijstand aan.", "De heer El Amrani"),
        ("Dochter Gert-Jan? Nee, zoon Jan-Willem komt.", "Jan-Willem"),
    ],
)
def test_names_are_found(text: str, name: str) -> None:
    """A form of address right before a name is part of the finding."""
    assert ("naam", name) in found(text)


def test_name_repeated_without_context_is_found_everywhere() -> None:
    names = texts_of("Mevrouw Hoekstra belt vaak. Hoekstra zegt dat het goed gaat.", Category.NAAM)
    assert names == ["Mevrouw Hoekstra", "Hoekstra"]


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw A. heeft schulden bij de Belastingdienst.",
        "Meneer B. woont alleen. Hij is vaak somber.",
        "Gezin K. bestaat uit vijf personen.",
        "Mevrouw A. Afgelopen jaar is zij verhuisd.",
        "Bos en zand rond het dorp zijn haar favoriete plek.",
        "Kok en bediening van het buurthuis draaiden mee.",
        "Mark een moment in je agenda.",
        "Roos, de kleur van de uitnodiging, was een idee van de griffie.",
        "Ben je er morgen bij? Wil je dat doen? Hoop doet leven.",
        "Toon het rapport aan de wethouder.",
        "Bijlage B. Overzicht van de kosten.",
        "In de bos staan veel bomen en de kok kookt.",
        "Het Sociaal Team Oost en de Wijk zijn partners.",
    ],
)
def test_names_hard_negatives(text: str) -> None:
    assert texts_of(text, Category.NAAM) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ze woont in Oosterwolde.", "Oosterwolde"),
        ("Haar dochter woont in Zwolle en komt wekelijks.", "Zwolle"),
        ("Hij verhuisde naar Den Haag.", "Den Haag"),
        ("Het gezin komt uit Bergen op Zoom.", "Bergen op Zoom"),
        ("Een jongere uit 's-Hertogenbosch vroeg hulp.", "'s-Hertogenbosch"),
        ("Ze wonen in Best, vlak bij Eindhoven.", "Best"),
        ("Hij woont in het buurtschap Oudehorne.", "Oudehorne"),
        ("Ze groeide op in Makkinga.", "Makkinga"),
        ("Zij verhuisde naar Blijdenstein, een gehucht.", "Blijdenstein"),
    ],
)
def test_places_are_found(text: str, place: str) -> None:
    assert ("plaats", place) in found(text)


def test_local_places_from_the_caller() -> None:
    text = "Hij woont op De Weeren, achter de Hoge Dijk."
    assert ("plaats", "De Weeren") in found(text, local_places=["De Weeren"])
    assert ("plaats", "De Weeren") not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "De huizen in de wijk zijn oud.",
        "Haar buren helpen met de boodschappen.",
        "Het is best lastig om rond te komen.",
        "De dieren op de boerderij worden verzorgd.",
        "Ze woont in Nederland, haar familie in Marokko en Turkije.",
        "Het gezin woont in Friesland, in Drenthe gaat het om een ander gezin.",
        "Leiden tot betere zorg is het doel van de gemeente.",
    ],
)
def test_places_hard_negatives(text: str) -> None:
    assert texts_of(text, Category.PLAATS) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ze woont aan de Dorpsstraat 12a.", "Dorpsstraat 12a"),
        ("Adres: Kerkweg 3, Ruinen.", "Kerkweg 3"),
        ("Hij woont op de Burgemeester de Withstraat 17.", "Burgemeester de Withstraat 17"),
        ("Het kantoor is aan de Laan van Meerdervoort 50.", "Laan van Meerdervoort 50"),
        ("Ze wonen op de Brink 5 in Dwingeloo.", "Brink 5"),
        ("Ze woont nu aan de Kanaalweg.", "Kanaalweg"),
    ],
)
def test_addresses_are_found(text: str, address: str) -> None:
    assert ("adres", address) in found(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Postcode 1234 AB, dat klopt.", "postcode", "1234 AB"),
        ("Stuur het naar 8431AB Oosterwolde.", "postcode", "8431AB"),
        ("Haar BSN is 111222333.", "bsn", "111222333"),
        ("Burgerservicenummer: 1234.56.782", "bsn", "1234.56.782"),
        ("Rekening NL91 ABNA 0417 1643 00 graag.", "iban", "NL91 ABNA 0417 1643 00"),
        ("Rekening NL91ABNA0417164300 graag.", "iban", "NL91ABNA0417164300"),
        ("Belgische rekening BE68 5390 0754 7034.", "iban", "BE68 5390 0754 7034"),
        ("Bel 06-12345678 na vijf uur.", "telefoon", "06-12345678"),
        ("Bel 06 1234 5678 na vijf uur.", "telefoon", "06 1234 5678"),
        ("Bel 0512-123456 na vijf uur.", "telefoon", "0512-123456"),
        ("Bel +31 6 12345678 na vijf uur.", "telefoon", "+31 6 12345678"),
        ("Bel 0031 6 12345678 na vijf uur.", "telefoon", "0031 6 12345678"),
        ("Bel (0512) 123456 na vijf uur.", "telefoon", "(0512) 123456"),
        ("Mail naar anke.devries@example.nl vandaag.", "email", "anke.devries@example.nl"),
        ("Zie https://www.voorbeeld.nl/pagina?id=3.", "url", "https://www.voorbeeld.nl/pagina?id=3"),
        ("Zie www.campingdehoeve.nl voor foto's.", "url", "www.campingdehoeve.nl"),
        ("Zie zorgboerderijdehoeve.nl voor foto's.", "url", "zorgboerderijdehoeve.nl"),
        ("Geboren op 12-03-1987 in het ziekenhuis.", "datum", "12-03-1987"),
        ("Geboren op 12 maart 1987 in het ziekenhuis.", "datum", "12 maart 1987"),
        ("Geboren op 3 jan. 2001 in het ziekenhuis.", "datum", "3 jan. 2001"),
        ("Geboortedatum 1987-03-12.", "datum", "1987-03-12"),
        ("Mevrouw is 37 jaar en werkt.", "leeftijd", "37 jaar"),
        ("Een 37-jarige vrouw vroeg hulp.", "leeftijd", "37-jarige"),
        ("Een twintigjarige studente vroeg hulp.", "leeftijd", "twintigjarige"),
        ("Het gaat om een vrouw van 82 die alleen woont.", "leeftijd", "82"),
        ("Mevrouw Jansen (82) woont alleen.", "leeftijd", "82"),
        ("Hij zit op basisschool De Regenboog.", "instelling", "basisschool De Regenboog"),
        ("Ze werkt bij zorgboerderij De Hoeve.", "instelling", "zorgboerderij De Hoeve"),
        ("Hij werkt bij Bakkerij Smit.", "instelling", "Bakkerij Smit"),
        ("Zij gaat naar het Dollard College.", "instelling", "Dollard College"),
        (
            "Hij werkte bij Transportbedrijf Nijhof BV tot vorig jaar.",
            "instelling",
            "Transportbedrijf Nijhof BV",
        ),
        ("Zijn dossiernummer 2023-4471 staat op de brief.", "nummer", "2023-4471"),
        ("Haar clientnr. 88123 bij de gemeente.", "nummer", "88123"),
        ("Kenmerk: BD-55120-X.", "nummer", "BD-55120-X"),
        ("Zijn auto, 12-ABC-3, staat stil.", "kenteken", "12-ABC-3"),
        ("Kenteken AB-123-C is van haar.", "kenteken", "AB-123-C"),
        ("Kenteken XX-99-XX is van haar.", "kenteken", "XX-99-XX"),
    ],
)
def test_patterns_are_found(text: str, category: str, value: str) -> None:
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 2019 zijn er schulden.",
        "In 2023 kregen 412 huishoudens hulp.",
        "Het kost € 1.250,- per traject.",
        "De schuld is €18.450,00 in totaal.",
        "Ze heeft drie kinderen en 4 kleinkinderen.",
        "Artikel 2.3.5 Wmo 2015 en artikel 8.1.1 Jeugdwet zijn van toepassing.",
        "Ze woont al 37 jaar in het dorp.",
        "Hij is 3 jaar geleden verhuisd.",
        "Jongeren tussen 18 en 27 jaar vallen erbuiten.",
        "De wet verlengde jeugdhulp kan tot 21 jaar.",
        "Een vierjarige opleiding is te lang.",
        "In maart en april 2024 was er overleg.",
        "Het nummer 1234 staat op de deur.",
        "Versie 2.1 van het verslag.",
        "Tussen 2019-2023 stegen de kosten.",
        "Er wonen 600.000 mensen in de regio, 1 op de 5 heeft schulden.",
        "Ze werkt 24 uur per week voor € 850 per maand.",
    ],
)
def test_numbers_that_are_not_identifiers(text: str) -> None:
    assert detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De Wmo 2015, de Jeugdwet, de Participatiewet, de Wlz, de Zvw en de Wgs zijn besproken.",
        "Het wijkteam, de GGD, het UWV, het CAK, de SVB en Veilig Thuis waren aanwezig.",
        "De woningcorporatie, de schuldhulpverlening en de Belastingdienst werken samen.",
        "De gemeente en het college informeerden de raad.",
        "Mevrouw A., meneer B. en gezin K. vertelden hun verhaal.",
        "[NAAM] woont in [PLAATS] op [ADRES] en is [80-90 jaar].",
        "Maandag, dinsdag en woensdag in januari, februari en maart.",
        "Afgelopen week was er overleg. Verder is er niets gebeurd. Daarna volgde de evaluatie.",
    ],
)
def test_domain_words_are_not_flagged(text: str) -> None:
    assert detect(text) == []


def test_findings_do_not_overlap_and_prefer_the_larger_span() -> None:
    text = "Hij werkte bij Loonbedrijf Van der Kolk in Wapenveld."
    findings = detect(text)
    assert [(f.category.value, f.text) for f in findings] == [
        ("instelling", "Loonbedrijf Van der Kolk"),
        ("plaats", "Wapenveld"),
    ]


def test_iban_wins_over_the_phone_number_inside_it() -> None:
    assert found("Rekening NL69 RABO 0123 4567 89 graag.") == {("iban", "NL69 RABO 0123 4567 89")}


def test_finding_fields_and_label() -> None:
    text = "Mevrouw Jansen (82) woont in Zwolle."
    findings = detect(text)
    assert all(isinstance(f, Finding) for f in findings)
    age = next(f for f in findings if f.category is Category.LEEFTIJD)
    assert (age.start, age.end, age.text, age.placeholder, age.label) == (
        16,
        18,
        "82",
        "[80-90 jaar]",
        "Leeftijd",
    )
    place = next(f for f in findings if f.category is Category.PLAATS)
    assert place.label == "Plaatsnaam" and place.placeholder == "[PLAATS]" and 0 < place.confidence <= 1
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_jarige_gets_an_adjective_placeholder() -> None:
    (finding,) = detect("Een 37-jarige vader.")
    assert finding.placeholder == "[30-40]-jarige"


def test_empty_and_whitespace_texts() -> None:
    assert detect("") == []
    assert detect("   \n\t ") == []


def test_detect_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        detect(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Adres: Prins Hendrikstraat 12, tweede etage.", "adres", "Prins Hendrikstraat 12"),
        ("Ze woont op Hoofdweg 112-A.", "adres", "Hoofdweg 112-A"),
        ("Leeftijd: 82\nWoonplaats: Emmen", "leeftijd", "82"),
        ("Op het spreekuur kwam mijnheer Visser.", "naam", "mijnheer Visser"),
        ("Wethouder De Boer opende de bijeenkomst.", "naam", "De Boer"),
        ("Ze werkt op de Meester Siebengaschool.", "instelling", "Meester Siebengaschool"),
        ("Cliënt: Pieter de Boer", "naam", "Pieter de Boer"),
    ],
)
def test_more_formats(text: str, category: str, value: str) -> None:
    assert (category, value) in found(text)


def test_title_and_initial_do_not_join_across_lines() -> None:
    text = "Laten we het over meneer B.\nWijkagent: hij belde me."
    assert texts_of(text, Category.NAAM) == []


def test_national_brands_and_bodies_are_not_institutions() -> None:
    text = "Hij werkt bij Albert Heijn, heeft schulden bij de Rabobank en krijgt hulp van Stichting Leergeld."
    assert detect(text) == []


def test_a_branch_of_a_brand_is_an_institution() -> None:
    assert ("instelling", "Albert Heijn Zuidplein") in found("Ze werkt bij Albert Heijn Zuidplein.")


def test_lettered_list_items_are_not_initials() -> None:
    text = "A. Inleiding\nB. Casus\nC. Vragen\nD. Verloop van de tafel"
    assert detect(text) == []
    assert ("naam", "J. Hoekstra") in found("Met vriendelijke groet,\nJ. Hoekstra")
