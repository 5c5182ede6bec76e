"""Hard negatives, seventh set: programme names with a preposition and a capitalised noun, numbered
parts of plans that end like a street (taakveld, zorgpad, ingang), decrees and regulations, software of
the social domain, holidays, origins and faiths in general terms and a practical letter about a visit.
Each must yield no finding at all (issue 20: at most 0.5 false alarms per 1,000 clean words). Written
for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "programmas_met_voorzetsel": (
        "Programma's in de wijken\n"
        "\n"
        "Onder de noemer Thuis in de Wijk bundelen we drie programma's. Samen in de Buurt ondersteunt "
        "bewonersinitiatieven. Zomer in de Stad biedt kinderen in de zomervakantie elke dag een "
        "activiteit. Fit in het Dorp brengt ouderen in beweging. Daarnaast loopt het project Kracht van "
        "de Kern, waarin de dorpsraden zelf bepalen waar het geld naartoe gaat. Voor jongeren is er "
        "Sterk in je Schoenen, een weerbaarheidstraining op de basisscholen. Alle programma's worden "
        "gevolgd met dezelfde indicatoren: bereik, tevredenheid en effect op eenzaamheid. De "
        "programmamanager rapporteert twee keer per jaar aan de stuurgroep."
    ),
    "genummerde_onderdelen": (
        "Uitvoeringsplan: onderdelen en nummering\n"
        "\n"
        "Taakveld 6.1 Samenkracht en burgerparticipatie omvat het welzijnswerk. Werkveld 2 gaat over "
        "jeugd en onderwijs, werkveld 3 over zorg en welzijn. In Zorgpad 2 staat beschreven hoe een "
        "melding over verward gedrag wordt opgepakt; Zorgpad 3 beschrijft de nazorg na een opname. "
        "Speerpunt 4 is vroegsignalering van schulden. Pijler 1 van het plan is preventie, pijler 2 "
        "toegang en pijler 3 maatwerk. Fase 2 start na de evaluatie van Fase 1. Het bezoekadres van "
        "het ziekenhuis voor het overleg is ingang 3, op de tweede verdieping. Scenario 2 is het "
        "goedkoopst, scenario 3 het meest duurzaam."
    ),
    "besluiten_regelingen": (
        "Regelgeving rond jeugd en Wmo\n"
        "\n"
        "Naast de wetten zelf zijn er het Besluit Jeugdwet, de Regeling Jeugdwet en het "
        "Uitvoeringsbesluit Wmo 2015. Het Besluit Jeugdwet regelt onder meer de kwaliteitseisen voor "
        "gecertificeerde instellingen en de gegevensverwerking. In de Regeling Jeugdwet staan "
        "technische bepalingen over de berichtenverkeer. Gemeenten leggen hun eigen regels vast in de "
        "Verordening Jeugdhulp en de Verordening maatschappelijke ondersteuning, uitgewerkt in "
        "Nadere regels en Beleidsregels. De Algemene Plaatselijke Verordening (APV) regelt onder meer "
        "overlast in de openbare ruimte. Wijzigingen worden gepubliceerd in het Gemeenteblad en zijn "
        "terug te vinden op de website van de overheid."
    ),
    "software_sociaal_domein": (
        "Informatievoorziening sociaal domein\n"
        "\n"
        "Het team werkt met een zaaksysteem voor de registratie van meldingen en een apart pakket "
        "voor de uitkeringsadministratie. Gegevens over inkomen komen uit Suwinet; de BRP levert "
        "adresgegevens. Het Inlichtingenbureau levert signalen over betalingsachterstanden. Voor "
        "rapportages gebruikt de afdeling een datawarehouse en dashboards. Documenten worden "
        "opgeslagen in het documentmanagementsysteem, e-mails worden na afhandeling gearchiveerd. "
        "Medewerkers loggen in met tweestapsverificatie. Nieuwe koppelingen worden eerst getoetst door "
        "de CISO en de Privacy Officer. In de roadmap voor volgend jaar staan een klantportaal en een "
        "chatfunctie op de website."
    ),
    "feestdagen2": (
        "Roosterafspraken rond feestdagen\n"
        "\n"
        "Op Goede Vrijdag is het gemeentehuis open, op Tweede Paasdag en Tweede Pinksterdag gesloten. "
        "Op Hemelvaartsdag en de vrijdag erna is alleen de spoedlijn bereikbaar. Op Kerstavond en "
        "Oudejaarsavond sluit het loket om 15.00 uur. Rond Moederdag en Vaderdag organiseert het "
        "buurthuis een ontbijt voor alleenstaande ouders. Met Halloween en Sint-Maarten lopen kinderen "
        "langs de deuren; op Valentijnsdag verstuurt de seniorenvereniging kaarten. Op Allerheiligen "
        "en Allerzielen is er een herdenking in de aula van de begraafplaats. Met het Offerfeest en het "
        "Suikerfeest kunnen medewerkers een vrije dag opnemen."
    ),
    "herkomst_geloof_algemeen": (
        "Diversiteit in de wijk\n"
        "\n"
        "In de wijk wonen mensen met een Nederlandse, Turkse, Marokkaanse, Syrische, Eritrese en "
        "Poolse achtergrond. Er zijn een islamitische basisschool, een christelijke basisschool en een "
        "openbare school. Veel ouderen spreken weinig Nederlands. Het wijkteam werkt met tolken en "
        "met sleutelpersonen uit de gemeenschappen. Bij de informatieavonden over opvoeding helpt een "
        "cultuursensitieve aanpak. De jongerenwerkers spreken samen ook Arabisch, Tigrinya en Pools. "
        "Het team let erop dat niemand wordt aangesproken op herkomst of geloof, maar op de vraag die "
        "hij of zij heeft. Signalen van discriminatie worden gemeld bij het antidiscriminatiebureau."
    ),
    "bezoekbrief": (
        "Uitnodiging werkbezoek\n"
        "\n"
        "Beste deelnemers aan de regionale leertafel,\n"
        "\n"
        "Graag nodigen wij u uit voor een werkbezoek aan onze casuïstiektafel. U bent welkom vanaf "
        "kwart voor tien in het gemeentehuis; meld u bij de receptie. Na een korte introductie woont u "
        "een bespreking bij van een geanonimiseerde casus. Daarna is er ruimte voor vragen en een "
        "lunch. Wij vragen u vooraf een geheimhoudingsverklaring te tekenen. Parkeren is gratis op het "
        "terrein achter het gemeentehuis. Laat u uiterlijk een week van tevoren weten of u komt en of "
        "u dieetwensen heeft?\n"
        "\n"
        "Hartelijke groet,\n"
        "het organiserend team"
    ),
    "escalatieladder": (
        "Escalatieladder bij vastgelopen casussen\n"
        "\n"
        "Trede 1: de casusregisseur bespreekt het knelpunt met de betrokken professionals.\n"
        "Trede 2: de teamleiders van de betrokken organisaties zoeken samen een oplossing.\n"
        "Trede 3: de casus gaat naar de casuïstiektafel, met een duidelijke vraag.\n"
        "Trede 4: de managers van de organisaties nemen een besluit over maatwerk of een "
        "doorbraakbudget.\n"
        "Trede 5: bestuurlijke escalatie naar de wethouder en de bestuurders.\n"
        "\n"
        "Op elke trede staat een termijn van maximaal twee weken. De regisseur houdt de inwoner op de "
        "hoogte van elke stap. Uitgangspunt is dat een oplossing op de laagst mogelijke trede wordt "
        "gevonden."
    ),
    "woonzorgvisie": (
        "Woonzorgvisie: samenvatting\n"
        "\n"
        "De vraag naar woningen voor ouderen en mensen met een zorgvraag groeit. In de komende tien "
        "jaar zijn er ongeveer 600 extra geschikte woningen nodig, waarvan een derde in de vorm van "
        "geclusterde woonvormen met een gemeenschappelijke ruimte. Ook is er behoefte aan plekken voor "
        "uitstroom uit Beschermd Wonen en de Maatschappelijke Opvang, en aan tijdelijke woningen voor "
        "spoedzoekers. De gemeente maakt daarover afspraken met corporaties, zorgaanbieders en "
        "ontwikkelaars. Locaties worden gekozen dicht bij voorzieningen zoals de huisarts en de "
        "supermarkt. De visie wordt elke twee jaar geactualiseerd."
    ),
    "intervisie_verslag": (
        "Verslag intervisie team Jeugd\n"
        "\n"
        "Inbrenger: een jeugdconsulent met een vraag over een vastgelopen samenwerking met een school. "
        "Methode: de incidentmethode. Na de feitelijke vragen formuleerde de inbrenger de kernvraag: "
        "hoe houd ik de regie als de school steeds nieuwe eisen stelt? De groep gaf adviezen: leg "
        "afspraken schriftelijk vast, betrek de ouders bij elk overleg en vraag de intern begeleider om "
        "een vast contactmoment. De inbrenger koos voor het laatste advies. Reflectie: de groep merkte "
        "op dat meer collega's met hetzelfde probleem worstelen. Volgende intervisie: over zes weken, "
        "met de reflectiemethode."
    ),
    "ggd_rapport": (
        "Samenvatting Gezondheidsmonitor Jeugd\n"
        "\n"
        "Van de scholieren in klas 2 en 4 van het voortgezet onderwijs voelt 78 procent zich gezond. "
        "Een op de zes jongeren heeft psychische klachten; bij meisjes is dat vaker dan bij jongens. "
        "Het percentage jongeren dat ooit alcohol dronk daalde naar 41 procent. Vapen neemt toe, vooral "
        "onder jongeren van 14 en 15 jaar. Een op de tien jongeren werd in de afgelopen drie maanden "
        "gepest, vaak online. De GGD adviseert om in te zetten op mentale weerbaarheid en op een "
        "rookvrije generatie. De resultaten per gemeente zijn te vinden in de regionale "
        "gezondheidsatlas."
    ),
    "wijkschouw": (
        "Verslag wijkschouw\n"
        "\n"
        "Op een zonnige ochtend liepen bewoners, de wijkagent, de boa's, de wijkbeheerder en het "
        "wijkteam samen door de wijk. Aandachtspunten: losliggende stoeptegels bij het winkelcentrum, "
        "zwerfafval rond de containers, te hard rijden op de doorgaande weg en een donkere plek in het "
        "park. Positief: het nieuwe speeltuintje wordt goed gebruikt en de buurtmoestuin loopt. "
        "Bewoners vroegen om extra prullenbakken en een zebrapad bij de school. De wijkbeheerder pakt "
        "de stoeptegels en de verlichting op; de verkeerskundige kijkt naar de snelheid. Over drie "
        "maanden volgt een nieuwe schouw."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Werkveld 2 gaat over jeugd, werkveld 3 over zorg; Taakveld 6.1 over welzijn.",
        "In Zorgpad 2 staat de melding, in Zorgpad 3 de nazorg; Sturing 2 volgt.",
        "Het overleg is bij ingang 3; de overgang 2 naar 3 volgt na vergadering 4.",
        "De regels zijn uitgewerkt in Nadere regels en Beleidsregels.",
        "Met Halloween en op Valentijnsdag, Moederdag en Hemelvaartsdag is het druk.",
    ],
)
def test_a_numbered_part_or_feast_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Ze woont aan de Buitenring 12.", "Buitenring 12"),
        ("Hij woont op het Zandpad 3 in het dorp.", "Zandpad 3"),
        ("Adres: Sportveld 8, het huis op de hoek.", "Sportveld 8"),
        ("Ze woont aan de Lange Wetering 4.", "Lange Wetering 4"),
        ("Hij is verhuisd naar Nieuwolda.", "Nieuwolda"),
        ("Ze wonen in Zwartemeer sinds mei.", "Zwartemeer"),
    ],
)
def test_the_same_shapes_in_an_address_or_place_are_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
