"""Hard negatives, seventeenth set: a newsletter for residents, a wijkteam's yearly figures, a tender for
youth care, a privacy statement, a subsidy regulation in articles, a council motion and amendment, an
inspection summary, a course for volunteers, a press statement, a FAQ on the energy allowance, a letter
template with placeholders and a training timetable. Each must yield no finding at all (issue 20: at most
0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

from tests.unit.anonymisation_support import clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "nieuwsbrief_inwoners": (
        "Nieuwsbrief voor inwoners, voorjaarseditie\n"
        "\n"
        "In deze editie: de nieuwe openingstijden van het gemeentehuis, de afvalkalender en de "
        "Week van de Mantelzorg. Vanaf 1 april is de balie op dinsdagavond open tot 20.00 uur. Voor een "
        "paspoort of rijbewijs maakt u vooraf een afspraak via de website of via telefoonnummer 14 0 "
        "plus het netnummer. De Milieustraat is op zaterdag open van 9.00 tot 15.00 uur. Heeft u vragen "
        "over zorg, werk of geld? Loop binnen bij het Sociaal Loket in de bibliotheek, elke woensdag "
        "tussen 10.00 en 12.00 uur. Ook dit jaar organiseert de gemeente samen met de Zonnebloem en het "
        "Rode Kruis een uitje voor ouderen. Opgeven kan tot eind mei. Tot slot: Koningsdag wordt in "
        "alle kernen gevierd, het programma verschijnt in de volgende editie."
    ),
    "jaarverslag_wijkteam": (
        "Jaarverslag wijkteam in cijfers\n"
        "\n"
        "Het wijkteam had vorig jaar 1.284 nieuwe aanmeldingen, tegen 1.107 het jaar daarvoor. Ruim "
        "40 procent kwam via de huisarts, 22 procent meldde zich zelf en 15 procent kwam via school. "
        "De gemiddelde doorlooptijd van aanmelding tot eerste gesprek was 9 werkdagen; de norm is 10. "
        "Er werkten 31 professionals in het team, samen 24,6 fte. Het ziekteverzuim daalde van 7,8 naar "
        "5,1 procent. Opvallend is de groei van vragen over schulden (plus 35 procent) en over "
        "eenzaamheid bij 75-plussers. Het aantal gezinnen met een plan van aanpak nam toe tot 412. In "
        "het tweede kwartaal is het team verhuisd naar het nieuwe Huis van de Wijk. Voor dit jaar "
        "staan drie doelen centraal: kortere wachttijd, meer preventie en betere samenwerking met de "
        "GGZ."
    ),
    "aanbesteding_jeugdhulp": (
        "Aankondiging openbare aanbesteding Jeugdhulp Ambulant\n"
        "\n"
        "De samenwerkende gemeenten in de regio besteden de ambulante jeugdhulp opnieuw aan. Het gaat "
        "om een open house-procedure volgens de Aanbestedingswet 2012, met een looptijd van vier jaar "
        "en twee keer een optie tot verlenging met een jaar. De opdracht kent drie percelen: perceel 1 "
        "Opvoed- en opgroeiondersteuning, perceel 2 Specialistische behandeling en perceel 3 "
        "Dagbehandeling. Inschrijvers tonen aan dat zij beschikken over het Keurmerk Jeugdhulp of een "
        "gelijkwaardig certificaat en dat hun professionals zijn geregistreerd in het SKJ-register. "
        "De Nota van Inlichtingen verschijnt op TenderNed. Vragen kunnen tot 14 dagen voor de "
        "sluitingsdatum worden gesteld. De gunning volgt op basis van de beste prijs-kwaliteitverhouding, "
        "waarbij kwaliteit 70 procent weegt."
    ),
    "privacyverklaring_avg": (
        "Privacyverklaring sociaal domein\n"
        "\n"
        "De gemeente verwerkt persoonsgegevens om u te helpen met zorg, werk en inkomen. Dat doen wij "
        "op grond van de Algemene verordening gegevensbescherming (AVG), de Wmo 2015, de Jeugdwet en de "
        "Participatiewet. Wij vragen niet meer gegevens dan nodig. Uw burgerservicenummer gebruiken wij "
        "alleen als de wet dat toestaat. Gegevens over gezondheid zijn bijzondere persoonsgegevens en "
        "worden extra beveiligd. U heeft recht op inzage, correctie en verwijdering. Een verzoek dient u "
        "schriftelijk in bij het college van burgemeester en wethouders. Wij reageren binnen vier weken. "
        "Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u terecht bij de Functionaris "
        "Gegevensbescherming van de gemeente of een klacht indienen bij de Autoriteit "
        "Persoonsgegevens. Dossiers bewaren wij volgens de Archiefwet, meestal vijftien jaar."
    ),
    "subsidieregeling_artikelen": (
        "Subsidieregeling Sociale Initiatieven\n"
        "\n"
        "Artikel 1. Begrippen. In deze regeling wordt verstaan onder initiatief: een activiteit van "
        "inwoners die de sociale samenhang in een buurt versterkt.\n"
        "Artikel 2. Doelgroep. Subsidie kan worden verstrekt aan stichtingen, verenigingen en groepen "
        "van ten minste drie inwoners.\n"
        "Artikel 3. Hoogte. De subsidie bedraagt ten hoogste € 2.500 per initiatief per kalenderjaar.\n"
        "Artikel 4. Aanvraag. Een aanvraag wordt ingediend uiterlijk acht weken voor de start, met een "
        "begroting en een korte beschrijving.\n"
        "Artikel 5. Weigering. Subsidie wordt geweigerd als de activiteit een commercieel doel heeft.\n"
        "Artikel 6. Verantwoording. Binnen drie maanden na afloop wordt een kort verslag ingediend.\n"
        "Artikel 7. Inwerkingtreding. Deze regeling treedt in werking op 1 januari 2026 en wordt "
        "aangehaald als Subsidieregeling Sociale Initiatieven 2026."
    ),
    "motie_vreemd": (
        "Motie vreemd aan de orde van de dag: Geen kind buitenspel\n"
        "\n"
        "De raad, in vergadering bijeen op donderdag 12 juni 2025,\n"
        "constaterende dat één op de twaalf kinderen in de gemeente opgroeit in armoede;\n"
        "constaterende dat het Jeugdfonds Sport & Cultuur een deel van de contributie vergoedt;\n"
        "overwegende dat meedoen aan sport en cultuur bijdraagt aan gezondheid en zelfvertrouwen;\n"
        "overwegende dat veel ouders de regelingen niet kennen;\n"
        "verzoekt het college:\n"
        "- de bekendheid van het kindpakket te vergroten via scholen en sportverenigingen;\n"
        "- voor de begrotingsbehandeling te rapporteren over het bereik;\n"
        "en gaat over tot de orde van de dag.\n"
        "Ingediend door de fracties van GroenLinks-PvdA, CDA en ChristenUnie."
    ),
    "amendement": (
        "Amendement bij het raadsvoorstel Beleidsplan Sociaal Domein\n"
        "\n"
        "De raad van de gemeente, in vergadering bijeen op 3 juli,\n"
        "gelezen het voorstel van het college van burgemeester en wethouders;\n"
        "besluit het ontwerpbesluit als volgt te wijzigen:\n"
        "In beslispunt 2 wordt na 'de uitgangspunten van het beleidsplan' toegevoegd: 'met dien "
        "verstande dat de eigen bijdrage voor huishoudelijke ondersteuning niet wordt verhoogd'.\n"
        "Toelichting: de indieners vinden dat de toegang tot ondersteuning voor ouderen met een laag "
        "inkomen niet mag verslechteren. De financiële gevolgen, geraamd op € 180.000 per jaar, worden "
        "gedekt uit de Algemene Reserve. Het amendement sluit aan bij de motie die vorig jaar unaniem "
        "werd aangenomen.\n"
        "Ingediend door de fracties van SP, Lokaal Belang en D66."
    ),
    "inspectierapport": (
        "Samenvatting inspectierapport toezicht Wmo\n"
        "\n"
        "De toezichthouder Wmo van de GGD heeft in het najaar een onderzoek uitgevoerd bij een "
        "aanbieder van begeleiding. Het onderzoek bestond uit een documentanalyse, gesprekken met "
        "medewerkers en een steekproef van tien dossiers. Conclusie: de aanbieder voldoet op vier van "
        "de zes normen. Verbeterpunten liggen bij de meldcode huiselijk geweld en bij het bijhouden van "
        "de ondersteuningsplannen. In drie van de tien dossiers ontbrak een actueel plan. De "
        "toezichthouder adviseert het college een verbetertraject van drie maanden af te spreken en "
        "daarna een hercontrole uit te voeren. De aanbieder heeft een reactie gegeven en herkent de "
        "bevindingen. Het volledige rapport is openbaar en staat op de website van de GGD en van de "
        "Inspectie Gezondheidszorg en Jeugd."
    ),
    "cursus_vrijwilligers": (
        "Cursus Signaleren voor vrijwilligers\n"
        "\n"
        "Bent u vrijwilliger bij de voedselbank, het buurthuis of de kerk en merkt u soms dat het niet "
        "goed gaat met iemand? In deze cursus van drie avonden leert u signalen van armoede, "
        "eenzaamheid en huiselijk geweld herkennen. Avond 1 gaat over luisteren en doorvragen. Avond 2 "
        "over geldzorgen en de regelingen van de gemeente. Avond 3 over wat u wel en niet doet, en hoe "
        "u iemand doorverwijst naar het wijkteam of Veilig Thuis. De cursus wordt gegeven door een "
        "trainer van het vrijwilligerscentrum en een medewerker van het wijkteam. Deelname is gratis, "
        "koffie en thee staan klaar. Na afloop ontvangt u een certificaat. Aanmelden kan bij het "
        "Vrijwilligerspunt; er zijn twintig plaatsen."
    ),
    "persbericht_raad": (
        "Persbericht: raad stemt in met nieuw armoedebeleid\n"
        "\n"
        "In de raadsvergadering van dinsdagavond heeft de gemeenteraad met ruime meerderheid ingestemd "
        "met het beleidsplan Bestaanszekerheid. Het plan verhoogt de inkomensgrens voor de meeste "
        "regelingen naar 130 procent van het sociaal minimum. Ook komt er een vast aanspreekpunt voor "
        "inwoners met schulden. Een amendement om de energietoeslag opnieuw uit te keren haalde het "
        "niet. Twee moties werden aangenomen, waaronder een verzoek om jaarlijks te rapporteren over "
        "het bereik van de regelingen. De wethouder sprak van een belangrijke stap: 'Niemand hoort in "
        "onze gemeente buiten de boot te vallen.' Het plan gaat in per 1 januari. Voor meer informatie "
        "kunnen journalisten contact opnemen met de afdeling Communicatie."
    ),
    "faq_energietoeslag": (
        "Veelgestelde vragen over de energietoeslag\n"
        "\n"
        "Wie kan de energietoeslag krijgen? Huishoudens met een inkomen tot 120 procent van het sociaal "
        "minimum.\n"
        "Hoe hoog is de toeslag? Dit jaar € 800 per huishouden, eenmalig.\n"
        "Moet ik iets doen? Krijgt u een bijstandsuitkering van de gemeente, dan ontvangt u de toeslag "
        "automatisch. Anders vraagt u hem aan via het digitale formulier.\n"
        "Telt de toeslag mee voor de Belastingdienst? Nee, de toeslag heeft geen gevolgen voor uw "
        "huurtoeslag of zorgtoeslag.\n"
        "Ik ben student, kan ik ook aanvragen? Studenten met DUO-financiering komen in de regel niet "
        "in aanmerking.\n"
        "Wanneer wordt uitbetaald? Binnen acht weken na een volledige aanvraag.\n"
        "Waar kan ik terecht met vragen? Bij het Klant Contact Centrum of bij het Juridisch Loket."
    ),
    "briefsjabloon_placeholders": (
        "Sjabloon beschikking maatwerkvoorziening\n"
        "\n"
        "Geachte [AANHEF] [ACHTERNAAM],\n"
        "\n"
        "Op [DATUM AANVRAAG] heeft u een melding gedaan voor ondersteuning op grond van de Wmo 2015. "
        "Naar aanleiding van het gesprek op [DATUM GESPREK] hebben wij uw situatie onderzocht. Wij "
        "kennen u een maatwerkvoorziening toe: [VOORZIENING], voor de duur van [PERIODE]. De "
        "ondersteuning wordt geleverd door [AANBIEDER]. U betaalt een eigen bijdrage; het CAK stelt de "
        "hoogte vast en stuurt u daarover een brief. Bent u het niet eens met dit besluit, dan kunt u "
        "binnen zes weken bezwaar maken. Hoe u dat doet, leest u in de bijlage.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "[NAAM CONSULENT]\n"
        "consulent Wmo"
    ),
    "trainingsrooster": (
        "Rooster trainingsdag professionals sociaal domein\n"
        "\n"
        "09.00 - 09.30 uur Inloop en koffie, Raadszaal\n"
        "09.30 - 10.45 uur Workshop Meldcode, zaal 2.14\n"
        "09.30 - 10.45 uur Workshop Schulden en stress, zaal 2.16\n"
        "11.00 - 12.15 uur Workshop Gespreksvoering met jongeren, zaal 3.01\n"
        "11.00 - 12.15 uur Workshop Privacy in de praktijk, Burgerzaal\n"
        "12.15 - 13.00 uur Lunch in het Atrium\n"
        "13.00 - 14.30 uur Plenair: de casuïstiektafel, hoe werkt het?, Raadszaal\n"
        "14.45 - 16.00 uur Intervisie in kleine groepen, verdieping 3\n"
        "16.00 uur Afsluiting en borrel\n"
        "Deelnemers kiezen twee workshops. Aanmelden via het leerplatform voor vrijdag. Parkeren kan "
        "in de garage onder het stadskantoor; neem uw personeelspas mee."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)
