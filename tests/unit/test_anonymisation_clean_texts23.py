"""Hard negatives, twenty-third set: case vignettes and minutes that describe people without anything that
identifies them ("een moeder met drie jonge kinderen", "een oudere man die alleen woont"), an anonymous
phone note, a yearly report on complaints, a language café, a meeting schedule and a worked example of
protective administration. Each must yield no finding at all (issue 20: at most 0.5 false alarms per
1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "notulen_casussen_zonder_gegevens": (
        "Verslag casuïstiektafel (geanonimiseerd, zonder herleidbare gegevens)\n"
        "\n"
        "Casus 1. Een moeder met drie jonge kinderen heeft een huurachterstand van enkele maanden. De "
        "corporatie wil een ontruimingsprocedure starten. Afspraak: het wijkteam legt contact met de "
        "corporatie over een betalingsregeling en meldt moeder aan voor schuldhulp.\n"
        "Casus 2. Een oudere man die alleen woont, verwaarloost zichzelf en wil geen hulp. De huisarts "
        "maakt zich zorgen. Afspraak: de wijkverpleegkundige gaat samen met de ouderenadviseur langs.\n"
        "Casus 3. Een jongere van rond de twintig is dakloos na ruzie thuis. Afspraak: de "
        "jongerencoach zoekt een plek in de opvang en bekijkt de mogelijkheden voor bijstand.\n"
        "Volgende tafel over vier weken."
    ),
    "vignet_mantelzorger": (
        "Praktijkvoorbeeld voor de nieuwsbrief\n"
        "\n"
        "Een man van in de zestig zorgt al jaren voor zijn vrouw met dementie. Overdag gaat het nog, "
        "maar 's nachts is zij onrustig en slaapt hij slecht. Hij vindt het moeilijk om hulp te vragen: "
        "'Ik heb haar beloofd dat ik voor haar zorg.' Via de huisarts komt hij in contact met een "
        "mantelzorgconsulent. Samen zoeken ze naar lucht: een dagbesteding twee dagen per week en een "
        "vrijwilliger die af en toe een middag komt. Na een paar maanden zegt hij dat hij weer "
        "energie heeft. Dit voorbeeld is samengesteld uit meerdere situaties en gaat niet over een "
        "bestaande persoon. Herkent u zich hierin? Het Steunpunt Mantelzorg helpt u graag verder."
    ),
    "vignet_statushouder": (
        "Casus voor de intervisie: een gezin dat net in Nederland is\n"
        "\n"
        "Een gezin met vier kinderen kreeg een half jaar geleden een woning in een nieuwbouwwijk. "
        "Vader volgt een taalcursus en wil graag werken, moeder zorgt voor de jongste kinderen. De "
        "oudste dochter, een tiener, vertaalt alle brieven voor haar ouders en mist daardoor soms "
        "school. Er ligt een stapel post van de Belastingdienst en de zorgverzekeraar. De "
        "klantmanager inburgering en de schoolmaatschappelijk werker zien allebei een deel van het "
        "plaatje. Vragen: hoe voorkom je dat het kind de tolk van het gezin blijft? Wie helpt met de "
        "administratie? Welke rol kan VluchtelingenWerk spelen? Bespreek dit in groepjes van drie."
    ),
    "telefoonnotitie_anoniem": (
        "Telefoonnotitie Sociaal Loket (anoniem gesprek)\n"
        "\n"
        "Een vrouw belt en wil haar naam niet noemen. Zij maakt zich zorgen om haar buurman, een oudere "
        "man die sinds een paar weken niet meer buiten komt. De post stapelt zich op en 's avonds brandt "
        "er geen licht. Zij heeft een keer aangebeld maar er werd niet opengedaan. De medewerker legt "
        "uit dat de gemeente zonder adres niets kan doen en adviseert haar bij direct gevaar de politie "
        "te bellen via 112 of het algemene nummer. Ook wijst de medewerker op het meldpunt "
        "zorgwekkende zorgmijders, waar zij anoniem een melding kan doen. De beller zegt erover na te "
        "denken. Geen vervolgactie mogelijk."
    ),
    "vignet_jongvolwassene_schulden": (
        "Leercasus schuldhulpverlening\n"
        "\n"
        "Een jongvolwassene heeft na zijn achttiende verjaardag een telefoonabonnement, een lening "
        "bij een webwinkel en een achterstand bij de zorgverzekeraar opgebouwd. Samen gaat het om een "
        "paar duizend euro. Hij werkt via een uitzendbureau en heeft wisselende inkomsten. Hij opent "
        "zijn post niet meer. Zijn moeder neemt contact op met het jongerenloket. Vragen voor de "
        "cursisten: welke schuldeisers hebben voorrang? Kan een budgetbeheer helpen als het inkomen "
        "wisselt? Wat is de rol van de moeder, nu hij meerderjarig is? Gebruik de Leidraad "
        "schuldhulpverlening jongeren en de Rekenhulp van het Nibud bij de uitwerking."
    ),
    "vignet_huiselijk_geweld": (
        "Oefencasus meldcode voor medewerkers van de kinderopvang\n"
        "\n"
        "Een pedagogisch medewerker ziet dat een peuter de laatste weken stil is en schrikt als een "
        "volwassene de groep binnenkomt. Eén keer had het kind blauwe plekken op de bovenarm. Bij het "
        "ophalen is de ouder gehaast en kortaf. De medewerker bespreekt haar zorgen met de "
        "aandachtsfunctionaris. Opdracht: doorloop de vijf stappen van de meldcode. Welke signalen "
        "zijn er, welke vragen stel je aan de ouder, en wanneer raadpleeg je Veilig Thuis? Let op de "
        "afwegingsvragen: is er een vermoeden van acute of structurele onveiligheid? Noteer je "
        "antwoorden op het werkblad en bespreek ze met je leidinggevende."
    ),
    "jaarverslag_klachten": (
        "Jaarverslag klachten en bezwaren sociaal domein\n"
        "\n"
        "In het verslagjaar ontving de gemeente 86 klachten over het sociaal domein, tegen 74 een jaar "
        "eerder. De meeste klachten gingen over bejegening (31), bereikbaarheid (22) en de duur van de "
        "afhandeling (18). In 61 procent van de gevallen werd de klacht naar tevredenheid opgelost in "
        "een gesprek. Er kwamen 212 bezwaarschriften binnen; 38 procent werd gegrond of deels gegrond "
        "verklaard. De Commissie bezwaarschriften adviseert vaker de motivering van besluiten te "
        "verbeteren. De Nationale ombudsman behandelde 4 zaken, waarvan er één leidde tot een "
        "aanbeveling. Het college neemt de aanbevelingen over en traint medewerkers in het schrijven "
        "van begrijpelijke brieven."
    ),
    "cursus_taalcafe": (
        "Taalcafé: oefenen met Nederlands\n"
        "\n"
        "Wilt u beter Nederlands leren spreken? Kom naar het taalcafé! Iedere maandagochtend van 10.00 "
        "tot 11.30 uur oefenen nieuwkomers en vrijwilligers samen in kleine groepjes. We praten over "
        "alledaagse onderwerpen: boodschappen doen, naar de dokter gaan, een gesprek op school. Er is "
        "koffie, thee en iets lekkers. U hoeft zich niet aan te melden en het is gratis. Het taalcafé is "
        "er voor iedereen die de taal wil oefenen, ook als u al lang in Nederland woont. Het Taalhuis "
        "helpt ook met lezen, schrijven en werken met de computer. Kinderen zijn welkom; er is speelgoed "
        "in de hoek."
    ),
    "agenda_stuurgroep_datums": (
        "Stuurgroep Zorg en Veiligheid, vergaderschema en agenda\n"
        "\n"
        "Vergaderdata: 4 februari, 15 april, 24 juni, 30 september en 9 december, telkens van 14.00 tot "
        "16.00 uur.\n"
        "Agenda 4 februari:\n"
        "1. Opening en mededelingen\n"
        "2. Verslag en actielijst van 10 december\n"
        "3. Jaarrapportage Zorg- en Veiligheidshuis\n"
        "4. Aanpak personen met verward gedrag: voortgang\n"
        "5. Privacyprotocol, versie 2.1, ter vaststelling\n"
        "6. Begroting en verdeelsleutel\n"
        "7. Rondvraag en sluiting\n"
        "De stukken worden uiterlijk een week voor de vergadering verstuurd via het beveiligde "
        "portaal. Vervanging bij afwezigheid graag vooraf melden bij het secretariaat."
    ),
    "uitleg_beschermingsbewind": (
        "Wat is beschermingsbewind?\n"
        "\n"
        "Als iemand zijn geldzaken tijdelijk of langdurig niet zelf kan regelen, kan de kantonrechter "
        "een bewindvoerder benoemen. Dat kan bij problematische schulden, maar ook bij een lichamelijke "
        "of geestelijke beperking. De bewindvoerder beheert het inkomen, betaalt de vaste lasten en "
        "geeft leefgeld. Stel: een vrouw van 58 met een psychische aandoening raakt het overzicht kwijt. "
        "Haar zoon kan dan een verzoek indienen bij de rechtbank. De kosten van bewind kunnen vaak "
        "worden vergoed via de bijzondere bijstand. Bewind is een zware maatregel; de gemeente kijkt "
        "eerst of lichtere hulp, zoals budgetbeheer of een budgetcoach, voldoende is."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


NOTE = (
    " De raad bespreekt het voorstel in de commissie Samenleving. Het college wil de toegang tot de "
    "ondersteuning eenvoudiger maken, met een loket in iedere kern en een vast aanspreekpunt voor inwoners "
    "met schulden. Het budget blijft gelijk aan dat van vorig jaar. De Adviesraad Sociaal Domein heeft "
    "positief geadviseerd en vraagt aandacht voor de bereikbaarheid voor ouderen en mensen met een beperking."
)


@pytest.mark.parametrize(
    "head",
    [
        "Vergadering op 3 juni 2025 in het stadhuis van Zwolle, Grote Markt 20.",
        "De avond is in het gemeentehuis, Markt 1, 8011 AB Zwolle.",
        "Bezoekadres gemeentehuis: Markt 1, 8011 AB Zwolle.",
        "De inloop is in het stadskantoor aan de Stationsweg 2.",
    ],
)
def test_the_council_building_in_a_whole_text_about_nobody_yields_no_finding(head: str) -> None:
    assert_no_finding(head + NOTE)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mevrouw Jansen komt naar het gemeentehuis, Markt 1." + NOTE, "Markt 1"),
        ("Vergadering in de kantine, Markt 1." + NOTE, "Markt 1"),
        ("Gesprek in het gemeentehuis, Markt 1.", "Markt 1"),
        ("Moeder (38) meldt zich in het stadhuis, Markt 1." + NOTE, "Markt 1"),
    ],
)
def test_an_address_in_a_case_text_a_note_or_elsewhere_is_still_found(text: str, address: str) -> None:
    assert ("adres", address) in found(text)


@pytest.mark.parametrize(
    "head",
    [
        "Gemeente Utrecht, Postbus 16200, 3500 CE Utrecht.",
        "Gemeente Ede\nPostbus 9022\n6710 HK Ede\n",
        "Het college van Ede stelt voor de verordening te wijzigen.",
    ],
)
def test_the_councils_mail_address_and_executive_in_a_whole_text_about_nobody_yield_no_finding(
    head: str,
) -> None:
    assert_no_finding(head + NOTE)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Mevrouw Jansen, Postbus 12, 3500 CE Utrecht.", ("postcode", "3500 CE")),
        (
            "Woonstichting De Veste\nPostbus 112, 9400 AC Assen\n\nBetreft: huurachterstand",
            ("postcode", "9400 AC"),
        ),
        ("Het college van Ede stelt voor de verordening te wijzigen.", ("plaats", "Ede")),
        ("Hij zit op het Sint-Janscollege in Ede.", ("instelling", "Sint-Janscollege")),
    ],
)
def test_a_mail_address_or_town_in_a_note_is_still_found(text: str, finding: tuple[str, str]) -> None:
    assert finding in found(text)


@pytest.mark.parametrize(
    "head",
    [
        "Betaal op NL91 BNGH 0285 1671 02 t.n.v. gemeente Ede.",
        "De bankrekening van de gemeente is NL91 BNGH 0285 1671 02.",
    ],
)
def test_the_councils_bank_account_in_a_whole_text_about_nobody_yields_no_finding(head: str) -> None:
    assert_no_finding(head + NOTE)


@pytest.mark.parametrize(
    "text",
    [
        "Betaal op NL91 BNGH 0285 1671 02 t.n.v. M. Jansen." + NOTE,
        "U kunt betalen op NL91 BNGH 0285 1671 02." + NOTE,
        "Mevrouw Bakker betaalt op NL91 BNGH 0285 1671 02 t.n.v. gemeente Ede." + NOTE,
    ],
)
def test_another_account_or_one_in_a_case_text_is_still_found(text: str) -> None:
    assert ("iban", "NL91 BNGH 0285 1671 02") in found(text)


@pytest.mark.parametrize(
    "head",
    [
        "De woningen aan de Kerkstraat 2-40 worden gerenoveerd.",
        "De flats aan de Hoofdweg 100 t/m 180 worden gesloopt.",
        "De bibliotheek verhuist naar het Marktplein 3.",
        "Het wijkcentrum De Schakel, Lindelaan 5, is open op dinsdag.",
        "Gemeentehuis: Markt 1, 8011 AB Zwolle.",
    ],
)
def test_a_block_of_houses_or_a_public_building_in_a_whole_text_about_nobody_yields_no_finding(
    head: str,
) -> None:
    assert_no_finding(head + NOTE)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mevrouw Jansen woont aan de Kerkstraat 2-40." + NOTE, "Kerkstraat 2-40"),
        ("Het spreekuur is in De Schakel, Lindelaan 5." + NOTE, "Lindelaan 5"),
        ("De woningen aan de Kerkstraat 2-40 worden gerenoveerd.", "Kerkstraat 2-40"),
    ],
)
def test_a_range_or_a_building_in_a_case_text_or_a_note_is_still_found(text: str, address: str) -> None:
    assert ("adres", address) in found(text)


@pytest.mark.parametrize(
    "head",
    [
        "Telefonisch spreekuur: 020-1234567 (algemeen nummer gemeente).",
        "Klantcontactcentrum: 020-1234567.",
        "Bel het Wmo-loket op 0523-123456.",
    ],
)
def test_the_councils_own_line_in_a_whole_text_about_nobody_yields_no_finding(head: str) -> None:
    assert_no_finding(head + NOTE)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mevrouw Jansen belt het Wmo-loket op 0523-123456." + NOTE, "0523-123456"),
        ("Bel 06-12345678 voor een afspraak." + NOTE, "06-12345678"),
        ("Bel het Wmo-loket op 0523-123456.", "0523-123456"),
    ],
)
def test_a_line_in_a_case_text_a_note_or_a_mobile_is_still_found(text: str, number: str) -> None:
    assert ("telefoon", number) in found(text)


def test_a_desks_mailbox_in_a_whole_text_about_nobody_yields_no_finding() -> None:
    assert_no_finding("Mail: wmo@gemeente.nl of info@gemeente-ede.nl." + NOTE)


@pytest.mark.parametrize(
    ("text", "mail"),
    [
        ("Mail: j.jansen@gemeente.nl." + NOTE, "j.jansen@gemeente.nl"),
        ("Mevrouw Jansen mailt naar wmo@gemeente.nl." + NOTE, "wmo@gemeente.nl"),
        ("Mail naar wmo@gemeente.nl.", "wmo@gemeente.nl"),
    ],
)
def test_a_persons_mail_or_one_in_a_case_text_or_a_note_is_still_found(text: str, mail: str) -> None:
    assert ("email", mail) in found(text)


def test_a_web_page_in_a_whole_text_about_nobody_yields_no_finding() -> None:
    assert_no_finding("Meer info: www.ede.nl/minima en www.nibud.nl/rekenhulp." + NOTE)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Zie https://www.tiktok.com/@lars.wnds voor de filmpjes." + NOTE,
            "https://www.tiktok.com/@lars.wnds",
        ),
        ("Mevrouw Jansen vond het op www.ede.nl/minima." + NOTE, "www.ede.nl/minima"),
        ("Zie www.ede.nl/minima.", "www.ede.nl/minima"),
    ],
)
def test_a_profile_or_a_page_in_a_case_text_or_a_note_is_still_found(text: str, url: str) -> None:
    assert ("url", url) in found(text)
