"""Hard negatives, eighteenth set: a project plan with quarters, a table comparing regulations, a worked
example of the kostendelersnorm, case vignettes about nobody for a training, a complaints procedure, a
covenant, an objection procedure, the steps of the meldcode, a school letter, a workshop report, a budget
change and a research design. Each must yield no finding at all (issue 20: at most 0.5 false alarms per
1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

from tests.unit.anonymisation_support import clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "projectplan_mijlpalen": (
        "Projectplan Integrale Toegang\n"
        "\n"
        "Doel: één voordeur voor alle vragen over zorg, werk, inkomen en wonen. Mijlpalen:\n"
        "Q1 2026: projectgroep gestart, opdracht vastgesteld door de stuurgroep.\n"
        "Q2 2026: procesbeschrijving klaar, pilot in twee wijken voorbereid.\n"
        "Q3 2026: pilot loopt, tussenevaluatie in september.\n"
        "Q4 2026: besluit over uitrol, raadsinformatiebrief.\n"
        "Q1 2027: uitrol in de hele gemeente.\n"
        "Risico's: onvoldoende capaciteit bij het Klantcontactcentrum, vertraging in de koppeling met "
        "het zaaksysteem en onduidelijkheid over de rol van de GGD. Beheersmaatregelen: een vaste "
        "projectleider, een planning per sprint en maandelijkse rapportage aan de portefeuillehouder. "
        "Het budget bedraagt € 320.000, waarvan de helft uit de Impulsgelden."
    ),
    "vergelijking_regelingen": (
        "Overzicht regelingen minima\n"
        "\n"
        "Regeling | Inkomensgrens | Bedrag | Aanvragen bij\n"
        "Individuele inkomenstoeslag | 100% | € 450 per jaar | gemeente\n"
        "Kindpakket | 130% | tot € 300 per kind | gemeente\n"
        "Collectieve zorgverzekering | 130% | korting op premie | zorgverzekeraar\n"
        "Kwijtschelding | 100% | gemeentelijke belastingen | Belastingsamenwerking\n"
        "Jeugdfonds Sport & Cultuur | 130% | contributie | intermediair\n"
        "Huurtoeslag | landelijk | afhankelijk van huur | Dienst Toeslagen\n"
        "Toelichting: het percentage is het inkomen als deel van de bijstandsnorm. Wie net boven de "
        "grens zit, kan soms een beroep doen op bijzondere bijstand. Een huishouden kan meerdere "
        "regelingen tegelijk ontvangen. De consulent rekent met de Rekentool Minimaregelingen na welke "
        "regelingen passen en helpt met het aanvragen."
    ),
    "rekenvoorbeeld_alleenstaande_ouder": (
        "Hoe werkt de kostendelersnorm? Een rekenvoorbeeld\n"
        "\n"
        "Stel: een alleenstaande ouder van 35 met twee kinderen van 8 en 12 jaar ontvangt bijstand. Zij "
        "krijgt de norm voor een alleenstaande ouder. Gaat haar broer van 40 bij haar wonen, dan telt "
        "hij als kostendeler en daalt haar uitkering. Kinderen tot 27 jaar die een opleiding volgen "
        "tellen niet mee. Wordt de oudste 21 en gaat hij werken zonder studie, dan telt hij wel mee. "
        "Een tweede voorbeeld: een man van 67 met AOW woont bij zijn dochter van 43 in. Ook hij is een "
        "kostendeler. De consulent legt dit altijd uit in het gesprek, want de gevolgen kunnen groot "
        "zijn. Twijfelt u? Vraag dan een berekening aan voordat iemand bij u intrekt."
    ),
    "vignet_dorp": (
        "Casusbeschrijving voor de training, zonder herleidbare gegevens\n"
        "\n"
        "Een vrouw van middelbare leeftijd woont alleen in een klein dorp. Sinds haar partner is "
        "overleden komt zij weinig buiten. De buurvrouw ziet dat de gordijnen vaak dicht blijven en dat "
        "de post zich opstapelt. Via de kerk komt er een signaal bij de dorpsondersteuner. Die gaat "
        "langs en hoort dat er ook geldzorgen zijn: rekeningen blijven liggen en het dak lekt. De vrouw "
        "wil geen hulp van instanties, wel van iemand die zij kent. Vragen voor de deelnemers: wat zie "
        "je als eerste stap? Wie betrek je, en wie juist niet? Hoe houd je rekening met de sociale "
        "controle in een dorp, waar iedereen elkaar kent? En wanneer is het tijd om de huisarts in te "
        "schakelen?"
    ),
    "vignet_jongere": (
        "Oefencasus jeugd\n"
        "\n"
        "Een jongen van ongeveer zestien jaar verzuimt steeds vaker van school. De mentor merkt dat hij "
        "moe is en vaak te laat komt. Thuis zijn er zorgen: een ouder is ziek en hij zorgt voor zijn "
        "jongere zusjes. De leerplichtambtenaar wil een verzuimmelding doen, de mentor wil eerst met het "
        "gezin praten. De jeugdarts denkt aan een jonge mantelzorger. Bespreek in tweetallen: welke "
        "belangen spelen er, welke wetten zijn van toepassing (Leerplichtwet, Jeugdwet, Wmo) en wie "
        "neemt de regie? Gebruik het afwegingskader van de meldcode als hulpmiddel. Noteer de "
        "afspraken op het werkblad. Na twintig minuten bespreken we de uitkomsten plenair."
    ),
    "klachtenregeling": (
        "Klachtenregeling sociaal domein, korte uitleg\n"
        "\n"
        "Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Bespreek het "
        "eerst met de medewerker zelf of met de teamleider. Komt u er samen niet uit, dan dient u een "
        "klacht in via het klachtenformulier of per brief aan het college. De klachtcoördinator stuurt "
        "binnen een week een ontvangstbevestiging. U wordt uitgenodigd voor een gesprek. Binnen zes "
        "weken krijgt u een schriftelijke reactie; die termijn kan één keer met vier weken worden "
        "verlengd. Bent u daarna nog niet tevreden, dan kunt u zich wenden tot de Nationale ombudsman. "
        "Een klacht is iets anders dan een bezwaar: tegen een besluit maakt u bezwaar, over gedrag "
        "dient u een klacht in. Onafhankelijke cliëntondersteuning is gratis."
    ),
    "convenant_zorg_veiligheid": (
        "Convenant Zorg- en Veiligheidshuis, hoofdlijnen\n"
        "\n"
        "Partijen: de gemeenten in de regio, het Openbaar Ministerie, de politie, de Raad voor de "
        "Kinderbescherming, de reclassering, Veilig Thuis en de GGZ-instellingen. Doel van het "
        "convenant is een sluitende aanpak van complexe problematiek waarin zorg en veiligheid "
        "samenkomen. Gegevens worden alleen gedeeld als dat noodzakelijk is voor de aanpak, op grond "
        "van artikel 6 lid 1 sub e AVG. Elke partij wijst een contactpersoon aan. Het convenant geldt "
        "voor vier jaar en wordt jaarlijks geëvalueerd. Het privacyreglement is bijlage 2. Een "
        "stuurgroep van bestuurders komt twee keer per jaar bijeen, het procesoverleg iedere week op "
        "maandagochtend."
    ),
    "bezwaarprocedure": (
        "Zo werkt een bezwaarprocedure\n"
        "\n"
        "1. U ontvangt een besluit, bijvoorbeeld over bijstand of een voorziening.\n"
        "2. Binnen zes weken na de datum van het besluit maakt u bezwaar. Vermeld uw naam, adres, de "
        "datum, het besluit waartegen u bezwaar maakt en waarom.\n"
        "3. De gemeente stuurt een ontvangstbevestiging en kijkt of een informele oplossing mogelijk is, "
        "bijvoorbeeld via een telefoongesprek.\n"
        "4. Lukt dat niet, dan volgt een hoorzitting bij de Commissie bezwaarschriften.\n"
        "5. De commissie adviseert het college, dat binnen twaalf weken beslist.\n"
        "6. Bent u het niet eens met de beslissing op bezwaar, dan kunt u in beroep bij de rechtbank. "
        "Daarna is hoger beroep mogelijk bij de Centrale Raad van Beroep.\n"
        "Tip: het Juridisch Loket helpt gratis."
    ),
    "protocol_meldcode": (
        "Stappenplan meldcode huiselijk geweld en kindermishandeling\n"
        "\n"
        "Stap 1: breng de signalen in kaart en leg ze vast in het dossier.\n"
        "Stap 2: overleg met een collega en raadpleeg zo nodig Veilig Thuis of een letselexpert.\n"
        "Stap 3: ga in gesprek met de betrokkene.\n"
        "Stap 4: weeg het geweld of de kindermishandeling af met behulp van het afwegingskader.\n"
        "Stap 5: beslis of melden noodzakelijk is en of hulp bieden of organiseren mogelijk is.\n"
        "Bij acute of structurele onveiligheid meldt u altijd bij Veilig Thuis. Veilig Thuis is "
        "dag en nacht bereikbaar via 0800-2000, gratis. Bij direct gevaar belt u 112. De meldcode is "
        "verplicht op grond van de Wet verplichte meldcode. Iedere organisatie heeft een "
        "aandachtsfunctionaris die collega's ondersteunt."
    ),
    "informatiebrief_school": (
        "Informatiebrief voor ouders: schoolmaatschappelijk werk\n"
        "\n"
        "Beste ouders en verzorgers,\n"
        "Op school is iedere week een schoolmaatschappelijk werker aanwezig. U kunt bij haar terecht "
        "met vragen over opvoeden, over zorgen thuis of over het gedrag van uw kind. Ook leerkrachten "
        "kunnen, altijd met uw toestemming, een vraag aan haar voorleggen. Het gesprek is vertrouwelijk. "
        "Soms is meer hulp nodig; dan helpt zij u bij het zoeken naar passende ondersteuning, "
        "bijvoorbeeld via het Centrum voor Jeugd en Gezin. De schoolmaatschappelijk werker is aanwezig "
        "op maandag en donderdag. Een afspraak maakt u via de intern begeleider of bij de balie van de "
        "administratie.\n"
        "Met vriendelijke groet,\n"
        "De directie"
    ),
    "workshopverslag": (
        "Verslag workshop Samenwerken rond multiprobleemgezinnen\n"
        "\n"
        "Dertig professionals van het wijkteam, de jeugdgezondheidszorg, het onderwijs en de "
        "woningcorporaties namen deel. In de eerste ronde benoemden deelnemers knelpunten: te veel "
        "hulpverleners in één gezin, onduidelijke regie en wachtlijsten bij de specialistische "
        "jeugdhulp. In de tweede ronde werkten groepjes een fictieve casus uit met de methode 1Gezin1Plan. "
        "Opbrengsten: een gezamenlijke startbijeenkomst met het gezin werkt goed, één regisseur is "
        "nodig, en afspraken moeten op papier. Ook is er behoefte aan een sociale kaart die actueel is. "
        "De organisatoren maken een korte handreiking en plannen in het najaar een vervolgsessie. De "
        "presentaties staan op het intranet."
    ),
    "begrotingswijziging": (
        "Raadsvoorstel begrotingswijziging sociaal domein\n"
        "\n"
        "Voorgesteld besluit: de begroting 2026 te wijzigen conform de bijgevoegde "
        "begrotingswijziging nummer 7. Aanleiding: de uitgaven aan jeugdhulp lopen hoger op dan "
        "geraamd, naar verwachting € 1,4 miljoen. Oorzaken zijn de groei van het aantal jeugdigen in "
        "verblijf, hogere tarieven na indexatie en een uitspraak van de Centrale Raad van Beroep over "
        "de reikwijdte van de jeugdhulpplicht. Daartegenover staan meevallers bij de Wmo van € 400.000. "
        "Het saldo van € 1 miljoen wordt onttrokken aan de reserve Sociaal Domein. De stand van die "
        "reserve daalt daarmee naar € 2,3 miljoen. In de Kadernota komt het college met structurele "
        "maatregelen. De auditcommissie is geïnformeerd."
    ),
    "onderzoeksopzet": (
        "Onderzoeksopzet evaluatie casuïstiektafel\n"
        "\n"
        "Onderzoeksvraag: in hoeverre draagt de casuïstiektafel bij aan snellere en betere oplossingen "
        "voor inwoners met vastgelopen hulpvragen? Deelvragen gaan over de instroom, de doorlooptijd, "
        "de tevredenheid van deelnemers en de uitvoering van afspraken. Methode: een dossieranalyse van "
        "een steekproef van veertig besproken casussen, een enquête onder deelnemers en twee "
        "focusgroepen. Gegevens worden gepseudonimiseerd voordat de onderzoekers ze ontvangen. Het "
        "onderzoek wordt uitgevoerd door een extern bureau en begeleid door een klankbordgroep met "
        "vertegenwoordigers van het wijkteam, de GGZ en de Adviesraad Sociaal Domein. Planning: "
        "veldwerk in het voorjaar, conceptrapport voor de zomer, eindrapport in september."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)
