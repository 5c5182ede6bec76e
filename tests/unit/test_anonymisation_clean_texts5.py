"""Hard negatives, fifth set: letter templates with a blank form of address, national helplines and
websites, sentence openers that are also first names, numbered meetings and motions, quoted council
questions, a newsletter, a column and a tender timetable. Each must yield no finding at all (issue 20:
at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "briefsjabloon": (
        "Sjabloon ontvangstbevestiging aanvraag\n"
        "\n"
        "Geachte heer/mevrouw,\n"
        "\n"
        "Wij hebben uw aanvraag in goede orde ontvangen. Een consulent neemt binnen vijf werkdagen "
        "contact met u op om een afspraak te maken. Het gesprek vindt bij u thuis plaats of, als u dat "
        "liever wilt, op het gemeentehuis. U mag iemand meenemen, bijvoorbeeld een familielid, een "
        "mantelzorger of een onafhankelijke cliëntondersteuner. Wij nemen binnen acht weken een besluit "
        "op uw aanvraag. Heeft u vragen? Bel dan het algemene nummer van de gemeente en vraag naar het "
        "team Toegang.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "namens het college van burgemeester en wethouders,\n"
        "de teamleider Toegang"
    ),
    "hulplijnen": (
        "Landelijke hulplijnen (achterkant van de folder)\n"
        "\n"
        "Bij acuut gevaar: bel 112. Voor de politie zonder spoed: 0900-8844. Veilig Thuis, advies en "
        "meldpunt huiselijk geweld en kindermishandeling: 0800-2000, dag en nacht bereikbaar. Denkt u "
        "aan zelfdoding? Praat erover met 113 Zelfmoordpreventie via 113 of gratis via 0800-0113. "
        "Kinderen en jongeren kunnen anoniem bellen met de Kindertelefoon: 0800-0432. Voor vragen over "
        "geldzorgen is er de landelijke Geldfit-test en de website van het Nibud. De Luisterlijn is "
        "er voor een gesprek als u zich eenzaam voelt. Informatie over toeslagen staat op de website "
        "van de Belastingdienst. Deze folder wordt jaarlijks herzien."
    ),
    "zinsbegin_voornamen": (
        "Vragen uit de commissie\n"
        "\n"
        "Wil de wethouder toezeggen dat de evaluatie voor de zomer komt? Mag de raad rekenen op een "
        "brief over de wachtlijsten? Kan het college aangeven hoeveel inwoners gebruikmaken van de "
        "regeling? Roos of Bos, Kok of Smit, zei een raadslid, de naam van de aanbieder maakt niet uit "
        "zolang de kwaliteit goed is. Hoop is geen strategie, merkte een ander op. Wim-veilig? Nee, "
        "'win-win' bedoelde de wethouder. Geluk is niet te organiseren, wel de voorwaarden. Fleur de "
        "buurthuizen op, vroeg de fractie, en zorg voor een vrijwilligerspool. Iris- en "
        "vingerafdrukscanners horen niet bij de toegang tot zorg, vindt de commissie unaniem."
    ),
    "genummerde_vergaderingen": (
        "Overzicht vergaderingen en besluiten\n"
        "\n"
        "Vergadering 12 van de commissie besprak de Nota Bestaanszekerheid. In vergadering 13 is motie "
        "24 over de energietoeslag behandeld en is amendement 7 aangehouden. Agendapunt 4a "
        "(Zienswijze begroting GGD) en 4b (Zienswijze begroting Veiligheidsregio) zijn als hamerstuk "
        "doorgeleid. Raadsvoorstel 58 over het Integraal Huisvestingsplan Onderwijs is na de "
        "tweede termijn met algemene stemmen aangenomen. Bij punt 9 is de lijst van ingekomen stukken "
        "vastgesteld, met uitzondering van stuk 9.3, dat naar de commissie gaat. Vergadering 14 is "
        "verplaatst naar de week na het reces. De besluitenlijsten staan in het raadsinformatiesysteem."
    ),
    "nieuwsbrief": (
        "Nieuwsbrief Sociaal Domein, editie herfst\n"
        "\n"
        "In deze editie: de nieuwe werkwijze van het wijkteam, de resultaten van de Week van de "
        "Mantelzorg en een terugblik op de themamiddag over laaggeletterdheid. Verder: een interview "
        "met een ervaringsdeskundige over de weg uit de schulden, en tips voor de winter om de "
        "energierekening laag te houden. Nieuw is de rubriek Vraag het de Consulent, waarin een "
        "consulent een veelgestelde vraag beantwoordt. Deze keer: mag mijn dochter de boodschappen "
        "doen als ik huishoudelijke hulp krijg? Het antwoord leest u op pagina 3. Heeft u een idee voor "
        "de volgende editie? Mail de redactie via het contactformulier."
    ),
    "column_wethouder": (
        "Column van de wethouder\n"
        "\n"
        "Deze week was ik op bezoek bij het inloophuis. Ik sprak er een moeder die vertelde hoe lang "
        "ze had gewacht voordat ze hulp vroeg. Schaamte, zei ze, is de grootste drempel. Dat verhaal "
        "hoor ik vaker. Daarom wil ik dat hulp dichtbij en zonder gedoe beschikbaar is: in de "
        "bibliotheek, op school, bij de huisarts. Geen loketten waar je drie keer je verhaal moet "
        "vertellen, maar één gesprek waarin we samen kijken wat nodig is. De komende maanden ga ik "
        "langs bij alle kernen om te horen wat u nodig heeft. Ik kijk ernaar uit u te ontmoeten."
    ),
    "aanbesteding_planning": (
        "Planning aanbesteding huishoudelijke ondersteuning\n"
        "\n"
        "Publicatie op TenderNed: begin februari.\n"
        "Sluiting vragenronde: twee weken na publicatie, 12.00 uur.\n"
        "Nota van Inlichtingen: uiterlijk een week daarna.\n"
        "Inschrijving: tot en met de laatste vrijdag van maart, 12.00 uur.\n"
        "Beoordeling door het beoordelingsteam: april.\n"
        "Voorlopige gunning: begin mei; de Alcateltermijn is twintig kalenderdagen.\n"
        "Definitieve gunning en implementatie: juni tot en met december.\n"
        "Start dienstverlening: per 1 januari.\n"
        "\n"
        "Het beoordelingsteam bestaat uit een inkoopadviseur, een contractmanager, een consulent Wmo en "
        "een lid van de Adviesraad. De beoordeling gebeurt blind: beoordelaars zien de namen van de "
        "inschrijvers niet."
    ),
    "st_afkortingen": (
        "Overzicht subsidieontvangers (categorieën)\n"
        "\n"
        "Subsidie ontvangen onder meer: st. welzijnsorganisaties, verenigingen van ouderen, "
        "sportverenigingen, muziekscholen, de bibliotheek en buurthuizen. Het gaat om instellingen met "
        "een ANBI-status en verenigingen met volledige rechtsbevoegdheid. Per categorie gelden "
        "verschillende voorwaarden: een st. of vereniging met een subsidie boven de € 25.000 levert "
        "een activiteitenverslag en een financieel verslag aan. Bij een subsidie tot € 5.000 volstaat "
        "een korte verantwoording. Het subsidieregister met bedragen per categorie staat op de website. "
        "Namen van ontvangende organisaties worden daar gepubliceerd, maar niet in deze notitie."
    ),
    "website_verwijzingen": (
        "Verwijzingen in de folder\n"
        "\n"
        "Meer informatie over de regelingen vindt u op de website van de gemeente, onder het kopje "
        "Werk en Inkomen. Landelijke informatie staat op rijksoverheid.nl en op de website van het "
        "Juridisch Loket. Met de rekenhulp van het Nibud kunt u nagaan of u recht heeft op toeslagen. "
        "Via de app van de Belastingdienst kunt u wijzigingen doorgeven. De website van Geldfit helpt "
        "bij de eerste stap als u geldzorgen heeft. Voor vragen over de AOW kunt u terecht bij de SVB, "
        "voor de WW bij het UWV. De folder is ook verkrijgbaar in het Engels, Arabisch, Turks, Pools en "
        "Oekraïens."
    ),
    "regionale_samenwerking": (
        "Regionale samenwerking jeugd\n"
        "\n"
        "De gemeenten in de jeugdhulpregio werken samen in een gemeenschappelijke regeling. Het "
        "Algemeen Bestuur bestaat uit de wethouders jeugd, het Dagelijks Bestuur uit drie van hen. De "
        "regio koopt specialistische jeugdhulp in, de gemeenten zelf de lichte ondersteuning. Het "
        "Regionaal Expertteam helpt bij vastgelopen situaties. Er is een Bovenregionaal Expertisenetwerk "
        "voor de meest complexe vragen. De kosten worden verdeeld naar rato van het gebruik. Elke "
        "gemeenteraad kan een zienswijze geven op de begroting van de regeling. Dit jaar vroegen vier "
        "raden om een scherpere sturing op de kosten."
    ),
    "ervaringsverhaal_anoniem": (
        "Ervaringsverhaal (geanonimiseerd, met toestemming)\n"
        "\n"
        "Een vader van twee tieners verloor vorig jaar zijn baan. De rekeningen stapelden zich op en hij "
        "durfde het niet te vertellen. Pas toen de energieleverancier dreigde af te sluiten, belde hij "
        "de gemeente. Binnen een week zat er iemand aan zijn keukentafel. Samen maakten ze een overzicht "
        "van de schulden. Hij kreeg een budgetcoach en ging naar een cursus over omgaan met geld. "
        "Inmiddels heeft hij weer werk, in de bouw. 'Ik had veel eerder moeten bellen,' zegt hij nu. "
        "Zijn advies aan anderen: wacht niet tot het te laat is."
    ),
    "monitor_wachttijden": (
        "Monitor wachttijden specialistische jeugdhulp\n"
        "\n"
        "Per eind van het kwartaal stonden 212 jeugdigen op een wachtlijst, tegen 248 een kwartaal "
        "eerder. De langste wachttijden zijn er bij de behandeling van trauma (gemiddeld 19 weken) en "
        "bij diagnostiek van autisme (15 weken). Voor dyslexiezorg is de wachttijd teruggebracht tot 6 "
        "weken. Overbruggingszorg wordt geboden door het wijkteam en de POH-Jeugd. De Treeknormen "
        "worden bij vier van de zeven vormen van hulp overschreden. Het college heeft de regio gevraagd "
        "om met de aanbieders afspraken te maken over een wachtlijstbeheerder. In het volgende "
        "kwartaal volgt een nieuwe meting."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Veilig Thuis is bereikbaar via 0800-2000, de politie via 0900-8844.",
        "Bel de Kindertelefoon: 0800-0432, of 0800 1234567 voor de klantenservice.",
        "In vergadering 13 en Vergadering 14 is motie 24 behandeld; de Regering 2 reageert.",
        "De folder is er ook in het Engels, het Pools en het Turks.",
        "Iris- en vingerafdrukscanners en Roos- of Fleur-achtige namen horen niet in de toegang.",
        "Fleur de buurthuizen op, vroeg de fractie. Wil de wethouder dat toezeggen?",
        "Kijk op rijksoverheid.nl, www.nibud.nl of https://www.uwv.nl/ voor meer informatie.",
        "De Luisterlijn en Geldfit helpen anoniem.",
    ],
)
def test_a_helpline_or_council_sentence_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Mevrouw belde vanaf 06-12345678 en vanaf 050-3123456.", "050-3123456"),
        ("Ze woont aan de Buitenring 12 en hij aan de Lange Wetering 4.", "Buitenring 12"),
        ("Ze woont aan de Lange Wetering 4.", "Lange Wetering 4"),
        ("Ik sprak Wim 't Hart en Anna van het Hof.", "Wim 't Hart"),
        ("Ik sprak Anna van het Hof.", "Anna van het Hof"),
        ("Iris belde gisteren over de huur.", "Iris"),
        ("Fleur de Vries kwam langs.", "Fleur de Vries"),
        ("Zie zijn profiel op instagram.com/juju.b voor de filmpjes.", "instagram.com/juju.b"),
        ("De aanvraag staat op www.schiedam.nl/bijstand.", "www.schiedam.nl/bijstand"),
    ],
)
def test_the_same_kinds_of_words_with_an_identifier_are_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
