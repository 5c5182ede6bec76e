"""Hard negatives, eighth set: notes typed in lower case and in a hurry, without any name, full of
ordinary words that are also places or first names in other texts ("de buren", "echt", "haren",
"putten", "doorn", "hoop", "roos", "ben", "job", "joost mag het weten"), to-do lists, chat messages
between roles and a dictated voice memo. Each must yield no finding at all (issue 20: at most 0.5 false
alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "notitie_buren": (
        "aantekeningen wijkoverleg, snel getypt\n"
        "\n"
        "- de buren in de flat klagen echt vaak over geluid, vooral 's avonds\n"
        "- de corporatie wil eerst zelf een gesprek, daarna pas de wijkagent\n"
        "- haren in het afvoerputje en lekkages: de huismeester gaat putten en afvoeren nalopen\n"
        "- doorn in het oog van de bewoners: het zwerfafval bij de containers\n"
        "- de hoorn van de intercom is kapot, melding is gedaan\n"
        "- hoop dat de nieuwe beheerder meer aanwezig is\n"
        "- de beek achter de flat stinkt in de zomer, waterschap is gebeld\n"
        "- volgende keer ook iemand van de gemeente uitnodigen\n"
        "- ter info: het buurthuis is in de kerstvakantie dicht"
    ),
    "todo_lijst": (
        "todo deze week\n"
        "\n"
        "ma: mails wegwerken, agenda casustafel maken, zaal reserveren\n"
        "di: intake nieuwe aanmelding, terugbellen corporatie over huurachterstand\n"
        "wo: teamoverleg, daarna rapportage q3 afmaken\n"
        "do: training privacy, 's middags huisbezoeken in de kleine kernen\n"
        "vr: weekplanning, verlofaanvraag indienen, laptop naar ict\n"
        "\n"
        "niet vergeten: formulier bijzondere bijstand checken, cijfers wachtlijst naar teamleider, "
        "roos op het bureau water geven (ha), koffie halen voor het overleg, job-aanbod van het "
        "werkbedrijf doorsturen naar de consulent, ben er vrijdagmiddag niet, dus overdracht regelen "
        "met een collega van het team"
    ),
    "chat_rollen": (
        "groepsapp casustafel (rollen i.p.v. namen)\n"
        "\n"
        "voorzitter: morgen tafel om 10u, zaal 2. agenda volgt\n"
        "wmo: top, ik neem de cijfers mee\n"
        "jeugd: ik ben er pas om half 11, file\n"
        "schuldhulp: geen probleem, begin maar met punt 2\n"
        "voorzitter: joost mag weten waarom de beamer het weer niet doet haha\n"
        "wijkverpleging: neem ik een hdmi-kabel mee?\n"
        "voorzitter: graag! en wie notuleert?\n"
        "wmo: ik doe het wel, volgende keer iemand anders\n"
        "jeugd: mark de casus van vorige maand als afgerond in het systeem aub\n"
        "voorzitter: done. tot morgen allemaal"
    ),
    "spraakmemo": (
        "spraakmemo uitgetypt, niet nagelezen\n"
        "\n"
        "oke dus even voor mezelf na het gesprek met de school vandaag de intern begeleider maakt zich "
        "zorgen over het verzuim en over hoe het thuis gaat ze wil graag een overleg met ouders en met "
        "ons erbij liefst nog voor de herfstvakantie ik moet even checken of de jeugdarts ook kan en of "
        "er al een melding bij leerplicht ligt verder vroeg ze of er een tolk nodig is dat weet ik "
        "eigenlijk niet dus navragen bij de collega die de intake heeft gedaan en dan nog de rapportage "
        "in het systeem zetten voor het eind van de week"
    ),
    "dorpsavond_notities": (
        "notities na de informatieavond in het dorpshuis\n"
        "\n"
        "ongeveer veertig mensen, vooral ouderen. vragen over de regiotaxi, de huishoudelijke hulp en "
        "de eigen bijdrage. iemand vroeg of de dokter weer vaker in het dorp komt. de winkel sluit "
        "binnenkort, mensen maken zich zorgen over de boodschappen. de bakker uit het volgende dorp "
        "wil een rijdende winkel beginnen. jongeren willen een hangplek bij het sportveld. de "
        "dorpsraad wil een mantelzorgcafé opzetten, in de winter elke tweede dinsdag. afgesproken: "
        "antwoorden op de vragen komen in het dorpsblad. volgende avond in het voorjaar, dan ook met "
        "de woningcorporatie erbij."
    ),
    "telefoonnotitie_algemeen": (
        "telefoonnotitie informatielijn, geen persoonsgegevens genoteerd\n"
        "\n"
        "beller vraagt hoe je een pgb aanvraagt voor begeleiding van een familielid. uitgelegd dat "
        "eerst een melding bij de wmo nodig is, daarna onderzoek en dan pas de keuze tussen pgb en "
        "zorg in natura. beller wil weten of de svb ook helpt met de administratie: ja, de svb doet "
        "de betalingen, maar de budgethouder blijft verantwoordelijk. ook gevraagd naar de eigen "
        "bijdrage: die int het cak. doorverwezen naar de website en naar de onafhankelijke "
        "cliëntondersteuning. beller was tevreden en belt terug als er meer vragen zijn."
    ),
    "verslag_zonder_hoofdletters": (
        "verslag overleg jeugd en onderwijs\n"
        "\n"
        "aanwezig: leerplicht, jeugdconsulenten, intern begeleiders van drie scholen, de jeugdarts. "
        "besproken: het aantal thuiszitters is licht gestegen, vooral in de onderbouw van het vo. "
        "scholen vragen om snellere inzet van jeugdhulp in de klas. de jeugdconsulenten vragen op hun "
        "beurt om eerdere signalen. afspraak: elke school krijgt een vaste contactpersoon van het "
        "wijkteam en er komt een maandelijks spreekuur op school. de jeugdarts sluit aan bij de "
        "zorgadviesteams. volgende keer: de cijfers van het eerste kwartaal en de ervaringen met het "
        "spreekuur."
    ),
    "lijst_zonder_leestekens": (
        "punten voor de jaarplanning\n"
        "\n"
        "training meldcode voor alle nieuwe collegas\n"
        "evaluatie pilot vroegsignalering met de corporaties\n"
        "nieuwe werkafspraken met de huisartsen over verwijzingen jeugd\n"
        "aanbesteding huishoudelijke hulp voorbereiden\n"
        "themabijeenkomst eenzaamheid in de week tegen eenzaamheid\n"
        "gesprek met de ouderenbonden over digitale vaardigheden\n"
        "herziening beleidsregels bijzondere bijstand\n"
        "intervisie elke zes weken vastleggen\n"
        "teamuitje in juni of september\n"
        "opschonen van de gedeelde schijf en archiveren van oude dossiers\n"
        "plan maken voor de zomerbezetting\n"
        "begroting volgend jaar doorrekenen met de controller\n"
        "nieuwe collegas inwerken met een buddy uit het team"
    ),
    "casus_lowercase_anoniem": (
        "casus voor de tafel, volledig geanonimiseerd\n"
        "\n"
        "gezin met drie kinderen, ouders gescheiden, kinderen wonen bij moeder. moeder heeft schulden "
        "bij de zorgverzekeraar en de energieleverancier, totaal rond de 9.000 euro. oudste kind gaat "
        "niet meer naar school, middelste heeft adhd, jongste zit op de peuteropvang. vader betaalt "
        "geen alimentatie en is niet in beeld. moeder werkt parttime in de schoonmaak. vraag aan de "
        "tafel: wie pakt de regie, en kan schuldhulp voorrang geven omdat er kinderen zijn? "
        "ook: is er een mogelijkheid voor een tijdelijke betalingsregeling bij de energieleverancier?"
    ),
    "sms_herinneringen": (
        "sjablonen sms-herinneringen (geen namen invullen)\n"
        "\n"
        "1. herinnering: morgen om 10.00 uur uw afspraak met de consulent. kunt u niet? bel ons.\n"
        "2. herinnering: vergeet niet uw bankafschriften mee te nemen naar het gesprek.\n"
        "3. uw aanvraag is ontvangen. u hoort binnen acht weken van ons.\n"
        "4. de consulent komt vandaag tussen 13.00 en 15.00 uur bij u langs.\n"
        "5. uw afspraak is verzet. u ontvangt een nieuwe uitnodiging per post.\n"
        "6. het spreekuur op het wijkcentrum is deze week op woensdag in plaats van donderdag.\n"
        "let op: stuur nooit persoonsgegevens of medische informatie per sms. gebruik het "
        "berichtensysteem voor alles wat vertrouwelijk is."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence", ["Joost mag het weten.", "joost mag weten waarom de beamer het niet doet"]
)
def test_a_saying_with_a_listed_name_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Ze huurt bij JOOST sinds 2019.", "JOOST"),
        ("joost belde gisteren over de huur", "joost"),
        ("ik sprak jan en alleman, en jan de wit belde", "jan de wit"),
    ],
)
def test_the_listed_name_outside_the_saying_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
