"""Hard negatives, eleventh set: treatment methods and approaches with capitalised or person-like names
(Marte Meo, Signs of Safety, Positieve Gezondheid), generic kinds of service written with capitals after
"bij" and "via", national churches, unions and associations, and children's books and programmes in a
reading plan. Each must yield no finding at all (issue 20: at most 0.5 false alarms per 1,000 clean
words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "methodieken": (
        "Werkwijzen in de jeugdhulp\n"
        "\n"
        "De jeugdprofessionals werken met verschillende methodieken. Bij zorgen over veiligheid gebruiken "
        "ze Signs of Safety. Met Marte Meo en Video-hometraining krijgen ouders beelden te zien van "
        "goede momenten met hun kind. Multisysteemtherapie (MST) en Functional Family Therapy (FFT) "
        "zijn bedoeld voor jongeren met ernstig probleemgedrag. Bij trauma zetten behandelaars EMDR "
        "in. Met Eigen Kracht-conferenties maakt het netwerk zelf een plan. Het gesprek over "
        "Positieve Gezondheid helpt om te kijken wat iemand belangrijk vindt. Alle methodieken worden "
        "getoetst aan de Databank Effectieve Jeugdinterventies."
    ),
    "diensten_hoofdletters": (
        "Waar kunt u terecht?\n"
        "\n"
        "Voor vragen over opvoeden kunt u terecht bij het Centrum voor Jeugd en Gezin of bij de "
        "Jeugdgezondheidszorg. Met een baby gaat u naar het Consultatiebureau. 's Avonds en in het "
        "weekend kunt u bij spoed bellen met de Huisartsenpost. Voor huishoudelijke hulp en vervoer "
        "gaat u naar het Wmo-loket, voor een uitkering naar de Sociale Dienst. Bij geldzorgen helpt "
        "de Gemeentelijke Kredietbank met budgetbeheer en schuldregelingen. Voor klachten over de "
        "overheid is er de Nationale ombudsman, voor kinderen de Kinderombudsman. Bij juridische "
        "vragen helpt het Juridisch Loket."
    ),
    "kerken_verenigingen": (
        "Maatschappelijke partners\n"
        "\n"
        "Veel inwoners zijn actief in een kerk of moskee, een vakbond of een vereniging. De Protestantse "
        "Kerk in Nederland en de Rooms-Katholieke Kerk hebben elk een diaconaal platform. Moskeeën zijn "
        "vaak aangesloten bij een landelijke koepel. Vakbonden als de FNV en het CNV helpen leden bij "
        "arbeidsconflicten. De ouderenbonden, zoals KBO-PCOB en ANBO, geven belastingservice en "
        "ouderenadvies. VluchtelingenWerk begeleidt statushouders. Het Rode Kruis helpt bij hitte en "
        "rampen en organiseert vakantieweken voor mensen met een beperking. Samen vormen zij een "
        "belangrijk netwerk rond de inwoners."
    ),
    "voorleesplan": (
        "Voorleesplan peuters en kleuters\n"
        "\n"
        "De bibliotheek en de peuteropvang werken samen aan het voorleesplan. In de eerste periode lezen "
        "we Pluk van de Petteflet en verhalen over Kikker. Daarna volgen Woezel en Pip en Dikkie Dik. "
        "Voor de kleuters zijn er prentenboeken over seizoenen en feesten. Ouders krijgen een "
        "BoekStart-koffertje mee naar huis. In de Nationale Voorleesdagen komt een voorleesexpress "
        "langs in de wijk. Kinderen kijken op school soms samen naar Sesamstraat. Het doel is dat "
        "ouders thuis vaker voorlezen, ook in hun eigen taal. De voortgang wordt gemeten met een korte "
        "vragenlijst."
    ),
    "gespreksmodellen": (
        "Training gespreksvoering: inhoud\n"
        "\n"
        "De training bestaat uit vier bijeenkomsten. In de eerste bijeenkomst oefenen deelnemers met "
        "Motiverende Gespreksvoering. De tweede gaat over Oplossingsgericht Werken en de vraag naar "
        "uitzonderingen. In de derde bijeenkomst staat de Roos van Leary centraal: hoe reageert iemand "
        "op boven- en ondergedrag? De vierde bijeenkomst gaat over slecht-nieuwsgesprekken volgens "
        "het Drie-stappenmodel. Tussen de bijeenkomsten oefenen deelnemers in de praktijk en schrijven "
        "ze een korte reflectie. De training wordt afgesloten met een certificaat en een gesprek met "
        "de teamleider."
    ),
    "jeugdgezondheid_programma": (
        "Jeugdgezondheidszorg: contactmomenten\n"
        "\n"
        "De jeugdgezondheidszorg ziet alle kinderen op vaste momenten: na de geboorte, op het "
        "consultatiebureau tot vier jaar, in groep 2 en groep 7 en in de tweede klas van het voortgezet "
        "onderwijs. Daarbij wordt gekeken naar groei, ontwikkeling, gehoor, ogen en de sociale "
        "situatie. Vaccinaties volgen het Rijksvaccinatieprogramma. De jeugdverpleegkundige kan "
        "ouders extra ondersteunen met Stevig Ouderschap of VoorZorg. Bij zorgen wordt in overleg met "
        "ouders doorverwezen naar het wijkteam of de huisarts. Het bereik van de contactmomenten is "
        "hoog: meer dan 95 procent."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij meldt zich bij de Bibliotheek, via het Steunpunt of bij de Brandweer.",
        "Dat loopt via het Registratiesysteem en via de Stuurgroep.",
        "Het gaat via Toelating, daarna bij Uitnodigen en Eventueel bij Instanties.",
    ],
)
def test_a_capitalised_ordinary_noun_after_an_article_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Ze werkt in ploegendienst bij Bloemenveiling Hoogstraat.", "Bloemenveiling Hoogstraat"),
        ("Hij krijgt begeleiding van Kwadrant en huurt bij Stadgenoot.", "Stadgenoot"),
        ("Ze voetbalt bij De Zwaluwen in het dorp.", "De Zwaluwen"),
        ("Hij werkt bij de Kringloop Stadskanaal.", "Kringloop Stadskanaal"),
        ("Haar moeder zit in de Vijverhof, het gaat goed.", "Vijverhof"),
        ("Ze gaat naar de Regenboog in groep 5.", "Regenboog"),
    ],
)
def test_a_named_organisation_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat loopt via de Procesregisseur en via het Raadsinformatiesysteem.",
        "Het staat in Jeugdhulp beschreven; de cijfers komen uit Onderzoek en Statistiek.",
        "Het advies komt van de consulent Jeugdhulp en van de teamleider Toegang.",
    ],
)
def test_a_capitalised_title_or_field_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Zijn zus Maatje uit Heinkenszand brengt hem.", "Maatje"),
        ("Ex-partner Ger Hermans betaalt geen alimentatie.", "Ger Hermans"),
        ("De consulent Bakker belde over de aanvraag.", "Bakker"),
        ("Wij bieden u een andere woning aan in Nieuwer Ter Aa.", "Nieuwer Ter Aa"),
        ("Ze woont sinds mei in Hoogland bij haar zus.", "Hoogland"),
    ],
)
def test_a_name_or_village_after_the_same_words_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
