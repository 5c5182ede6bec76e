"""Hard negatives, fourth set: clean texts of a council's planning and control cycle, e-mail threads,
legal notes with article numbers, diagnoses and abbreviations, responsibility matrices, meeting rooms,
capitalised institutional words, English summaries, refugee reception, churches and charities, and
trades written in lower case. Each must yield no finding at all (issue 20: at most 0.5 false alarms per
1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect

CLEAN_TEXTS: dict[str, str] = {
    "pc_cyclus": (
        "Planning & Control-kalender\n"
        "\n"
        "De Kadernota verschijnt in april en wordt in de raad van juni behandeld. De Voorjaarsnota "
        "bevat de eerste bijstelling van de lopende begroting. In september volgt de "
        "Programmabegroting met de meerjarenraming; de algemene beschouwingen zijn in november. De "
        "Najaarsnota sluit het begrotingsjaar af. De Jaarstukken (jaarverslag en jaarrekening) worden "
        "in het voorjaar na afloop van het boekjaar vastgesteld, na de controle door de accountant. "
        "Tussentijds ontvangt de raad twee Bestuursrapportages. De Auditcommissie bespreekt de "
        "managementletter en het accountantsverslag. Alle documenten staan op de website in de "
        "Begrotingsapp, zodat inwoners kunnen zien waar het geld naartoe gaat."
    ),
    "mailwisseling": (
        "Van: Team Toegang\n"
        "Aan: Griffie\n"
        "Onderwerp: RE: beantwoording technische vragen\n"
        "\n"
        "Dag griffie,\n"
        "\n"
        "Hierbij de antwoorden op de technische vragen over programma 6. Vraag 6.3 over de "
        "wachtlijsten is door de beleidsadviseur Jeugd beantwoord, vraag 6.7 over de eigen bijdrage "
        "door de beleidsadviseur Wmo. Vraag 6.9 kunnen we pas volgende week beantwoorden, omdat de "
        "cijfers van het derde kwartaal nog niet binnen zijn. Kunnen jullie dat aan de fractie laten "
        "weten?\n"
        "\n"
        "> Van: Griffie\n"
        "> Onderwerp: beantwoording technische vragen\n"
        "> Graag uiterlijk donderdag de antwoorden, dan kunnen ze mee met de raadspost.\n"
        "\n"
        "Groet,\n"
        "Team Toegang"
    ),
    "juridisch_kader_bw": (
        "Juridische notitie bewind, mentorschap en curatele\n"
        "\n"
        "Beschermingsbewind is geregeld in titel 19 van Boek 1 BW, artikel 1:431 en verder. De "
        "kantonrechter benoemt de bewindvoerder. Mentorschap (artikel 1:450 BW) betreft de "
        "persoonlijke belangen, curatele (artikel 1:378 BW) zowel de financiële als de persoonlijke. "
        "Het Besluit kwaliteitseisen curatoren, beschermingsbewindvoerders en mentoren stelt eisen "
        "aan professionele bewindvoerders. Bijzondere bijstand voor bewindvoeringskosten is gebonden "
        "aan de maxima van de Regeling beloning curatoren, beschermingsbewindvoerders en mentoren. "
        "Artikel 8 EVRM en artikel 10 van de Grondwet beschermen de persoonlijke levenssfeer. De Hoge "
        "Raad en de Centrale Raad van Beroep hebben hierover meermaals geoordeeld."
    ),
    "diagnoses_afkortingen": (
        "Begrippenlijst diagnoses en beperkingen\n"
        "\n"
        "ADHD: aandachtstekortstoornis met hyperactiviteit. ASS: autismespectrumstoornis. LVB: licht "
        "verstandelijke beperking, meestal bij een IQ tussen 50 en 85 met problemen in de "
        "zelfredzaamheid. NAH: niet-aangeboren hersenletsel, bijvoorbeeld na een CVA of een ongeluk. "
        "PTSS: posttraumatische stressstoornis. De DSM-5 is het classificatiesysteem dat behandelaars "
        "gebruiken. Een diagnose is niet nodig voor ondersteuning vanuit de Wmo of de Jeugdwet; de "
        "hulpvraag staat centraal. Voor een Wlz-indicatie is wel een blijvende beperking nodig. Let op: "
        "schrijf in verslagen alleen diagnoses op als dat nodig is voor het doel, en altijd met "
        "toestemming van de inwoner."
    ),
    "raci_matrix": (
        "Verantwoordelijkheden project Integrale Toegang\n"
        "\n"
        "R = Responsible, A = Accountable, C = Consulted, I = Informed.\n"
        "\n"
        "Projectplan: R Projectleider, A Opdrachtgever, C Teamleiders, I Stuurgroep.\n"
        "Werkprocessen: R Procesregisseur, A Teamleider Toegang, C Consulenten, I Projectleider.\n"
        "Privacy en informatiebeveiliging: R Privacy Officer, A Functionaris Gegevensbescherming, C "
        "CISO, I Stuurgroep.\n"
        "Communicatie: R Communicatieadviseur, A Opdrachtgever, C Wethouder, I Raad.\n"
        "Budget: R Controller, A Afdelingsmanager, C Projectleider, I Gemeentesecretaris.\n"
        "\n"
        "De Opdrachtgever is de directeur Samenleving. Wijzigingen in deze matrix worden voorgelegd aan "
        "de Stuurgroep, die elke zes weken bijeenkomt."
    ),
    "vergaderzalen": (
        "Praktische informatie bijeenkomst\n"
        "\n"
        "De bijeenkomst vindt plaats in het gemeentehuis, in de grote raadzaal op de eerste "
        "verdieping. De workshops zijn in de commissiekamer en in de trouwzaal. Koffie staat klaar in "
        "de hal vanaf half negen. Er is een invalidentoilet naast de lift. Parkeren kan in de "
        "parkeergarage onder het gemeentehuis; vraag bij de receptie een uitrijkaart. Met het openbaar "
        "vervoer neemt u vanaf het station de stadsbus, halte Stadhuis. De bijeenkomst duurt van 9.00 "
        "tot 12.30 uur en wordt afgesloten met een lunch. Aanmelden via het aanmeldformulier; er is "
        "plaats voor zestig deelnemers. Wie niet kan komen, kan de livestream volgen."
    ),
    "hoofdletterwoorden": (
        "Bestuurlijke verhoudingen\n"
        "\n"
        "De Raad stelt de kaders vast en controleert het College. Het College van Burgemeester en "
        "Wethouders voert het beleid uit. De Burgemeester is voorzitter van de Raad en van het College. "
        "De Griffie ondersteunt de Raad, de Ambtelijke Organisatie ondersteunt het College. De "
        "Provincie houdt financieel toezicht en kan bij een tekort preventief toezicht instellen. Het "
        "Rijk verdeelt het Gemeentefonds via de Algemene Uitkering. De Tweede Kamer en de Eerste Kamer "
        "maken de wetten die de Gemeente uitvoert. Het Ministerie van VWS is verantwoordelijk voor de "
        "Wmo en de Jeugdwet, het Ministerie van SZW voor de Participatiewet. De Raad van State "
        "adviseert over wetsvoorstellen."
    ),
    "engelse_samenvatting": (
        "Summary in English\n"
        "\n"
        "This policy note describes how the municipality supports residents with multiple problems. "
        "The case table brings together professionals from social work, youth care, debt counselling, "
        "housing and the police. Each case is discussed with the consent of the resident. The table "
        "meets every month and reports twice a year to the council. In the past year, 48 cases were "
        "discussed; in 39 cases a breakthrough was reached within three months. The main bottlenecks "
        "are waiting lists in mental health care and a shortage of affordable housing. The "
        "municipality will continue the approach and will evaluate it again next year together with "
        "its partners."
    ),
    "opvang_oekraine": (
        "Stand van zaken opvang ontheemden uit Oekraïne\n"
        "\n"
        "De gemeente vangt op dit moment 186 ontheemden uit Oekraïne op in drie gemeentelijke "
        "opvanglocaties en bij particulieren. De bekostiging loopt via de Regeling opvang ontheemden "
        "Oekraïne (ROO) met een normbedrag per bed per dag. Ontheemden hebben recht op leefgeld; wie "
        "werkt, draagt bij aan de kosten van opvang. Kinderen gaan naar school, de meeste in een "
        "nieuwkomersklas. De GGD en de huisartsen zorgen voor de zorg. Sinds maart moeten ontheemden "
        "zich bij werk melden en een eigen bijdrage betalen. De Europese richtlijn tijdelijke "
        "bescherming loopt voorlopig door. De gemeente zoekt samen met de regio naar een "
        "langetermijnoplossing."
    ),
    "kerken_diaconie": (
        "Samenwerking met levensbeschouwelijke organisaties\n"
        "\n"
        "Kerken, moskeeën en andere geloofsgemeenschappen zien vaak als eerste dat iemand in de "
        "problemen zit. De diaconie helpt met noodhulp, de imam en de pastor hebben een luisterend oor. "
        "Het Platform Kerk en Samenleving organiseert twee keer per jaar een overleg met het wijkteam. "
        "Afspraken: geloofsgemeenschappen verwijzen door naar het wijkteam, met toestemming van de "
        "inwoner. Het wijkteam kan, ook met toestemming, een vrijwilliger van een kerk of moskee "
        "vragen om mee te gaan naar een gesprek. Fondsen van diaconieën en de zakat van moskeeën "
        "worden niet verrekend met de bijstand. De tafel waardeert de inzet van de vele vrijwilligers."
    ),
    "ambachten_kleine_letters": (
        "Notitie werkgelegenheid in de kernen\n"
        "\n"
        "Vroeger had ieder dorp een bakker, een slager, een smid en een timmerman. Nu zijn er in de "
        "kleine kernen bijna geen winkels meer. De boer is vaak de grootste werkgever, samen met de "
        "zorg. Jongeren leren voor kok, schilder of metselaar, maar vinden werk in de stad. In de haven "
        "werkt nog een enkele visser en een schipper van de veerdienst. Een brouwer is een nieuwe "
        "ambachtelijke brouwerij begonnen. De wever en de kuiper zijn beroepen uit het verleden, te "
        "zien in het museum. Het leerwerkbedrijf wil met de ondernemers leerbanen maken voor jongeren "
        "uit de kernen, met een vakman als leermeester en een jobcoach van de gemeente."
    ),
    "tijdsaanduidingen": (
        "Planning verbetertraject\n"
        "\n"
        "In het najaar van 2025 starten we met de voorbereiding. Eind 2025 ligt er een plan van "
        "aanpak. Begin 2026 volgt de implementatie in twee teams, medio 2026 in de overige teams. "
        "Uiterlijk eind 2026 werkt iedereen volgens de nieuwe werkwijze. Per 2027 vervalt de oude "
        "werkinstructie. Tussentijds evalueren we na honderd dagen en na een halfjaar. De stuurgroep "
        "komt om de zes weken bij elkaar, steeds op dinsdag om kwart over negen. Het team bespreekt de "
        "voortgang elke maandagochtend om half tien. In de zomermaanden ligt het traject twee weken "
        "stil. Na drie jaar volgt een eindevaluatie door een extern bureau."
    ),
    "documentdata": (
        "Colofon\n"
        "\n"
        "Titel: Beleidskader Sociaal Domein 2026-2030\n"
        "Status: vastgesteld door de raad\n"
        "Datum vaststelling: 18 december 2025\n"
        "Versie: 1.0 (definitief)\n"
        "Registratienummer: 2025-RV-140\n"
        "Opgesteld door: afdeling Samenleving, team Beleid\n"
        "\n"
        "Dit beleidskader vervangt de Nota Sociaal Domein 2021-2025. Het is opgesteld na gesprekken met "
        "inwoners, de Adviesraad Sociaal Domein, zorgaanbieders, scholen en woningcorporaties. De "
        "uitvoering wordt jaarlijks vastgelegd in een uitvoeringsprogramma. De raad ontvangt elk jaar "
        "in mei een voortgangsrapportage. Dit document is ook beschikbaar in eenvoudige taal en als "
        "toegankelijke pdf. Overname van teksten is toegestaan met bronvermelding."
    ),
    "vraag_antwoord_intranet": (
        "Veelgestelde vragen van nieuwe collega's\n"
        "\n"
        "Wie is mijn contactpersoon in de eerste weken? Je teamleider en een vaste buddy uit je team.\n"
        "Waar vind ik de werkinstructies? Op intranet, onder Sociaal Domein, map Werkprocessen.\n"
        "Mag ik thuiswerken? Ja, in overleg, gemiddeld twee dagen per week.\n"
        "Hoe vraag ik verlof aan? Via de selfservice in het personeelssysteem.\n"
        "Wanneer krijg ik toegang tot het registratiesysteem? Na de e-learning Privacy, meestal in week "
        "twee.\n"
        "Wie regelt mijn laptop en telefoon? De servicedesk van ICT.\n"
        "Waar meld ik een datalek? Direct bij de Privacy Officer via het meldformulier.\n"
        "Is er een personeelsvereniging? Ja, met een vrijdagmiddagborrel en een jaarlijks uitje.\n"
        "Welkom bij het team!"
    ),
    "armoedemonitor_cijfers": (
        "Armoedemonitor: kerncijfers\n"
        "\n"
        "Eén op de negen huishoudens leeft van een inkomen tot 120 procent van het sociaal minimum. "
        "Bij eenoudergezinnen is dat één op de drie. Het aantal kinderen dat in armoede opgroeit, "
        "daalde van 1.140 naar 1.020. Het gebruik van de individuele inkomenstoeslag steeg met 14 "
        "procent. Van de huishoudens met recht op bijzondere bijstand maakt naar schatting 60 procent "
        "er gebruik van. De gemiddelde schuld bij aanmelding voor schuldhulp was € 38.000, bij "
        "jongeren € 9.500. Bronnen: CBS, het Inlichtingenbureau en de eigen registratie. De "
        "cijfers hebben betrekking op de situatie op de peildatum van 1 januari van dit jaar."
    ),
    "klachtbehandeling": (
        "Werkwijze klachtbehandeling\n"
        "\n"
        "Een inwoner die ontevreden is, kan een klacht indienen via het klachtenformulier, per brief of "
        "telefonisch. De klachtencoördinator registreert de klacht en stuurt binnen een week een "
        "ontvangstbevestiging. Eerst volgt een informeel gesprek met de betrokken medewerker en diens "
        "leidinggevende; vaak is de klacht daarmee opgelost. Lukt dat niet, dan volgt een formele "
        "behandeling volgens hoofdstuk 9 van de Awb, met hoorzitting. De termijn is zes weken, met "
        "één keer vier weken verlenging. Is de inwoner het niet eens met de afhandeling, dan kan hij "
        "naar de Nationale ombudsman of, bij jeugdhulp, naar de Kinderombudsman."
    ),
    "inkoopmodel": (
        "Keuze inkoopmodel Wmo en Jeugd\n"
        "\n"
        "Er zijn drie modellen: open house, een aanbesteding met selectie en subsidie. Bij open house "
        "kan iedere aanbieder die aan de eisen voldoet een overeenkomst sluiten. Bij een aanbesteding "
        "kiest de gemeente een beperkt aantal aanbieders, met meer sturing op kwaliteit en prijs. "
        "Subsidie past bij algemene voorzieningen zoals inloop en welzijn. Het college kiest voor een "
        "combinatie: open house voor ambulante begeleiding, een aanbesteding voor specialistische "
        "jeugdhulp met verblijf en subsidie voor het welzijnswerk. De Regionale Inkooporganisatie voert "
        "de aanbesteding uit volgens de Aanbestedingswet 2012 en het sociaal domein-regime. De "
        "contracten gaan in per 1 januari, met een looptijd van vier jaar."
    ),
    "jongerenwerk_activiteiten": (
        "Jaaroverzicht jongerenwerk\n"
        "\n"
        "Het jongerenwerk bereikte dit jaar 640 jongeren. Op de pleinen liepen de straatcoaches vooral "
        "op vrijdag- en zaterdagavond. In de jongerenruimte waren er gameavonden, een kookclub en een "
        "studio voor muziek. Samen met de buurtsportcoach organiseerde het jongerenwerk een "
        "voetbaltoernooi in de herfstvakantie en een zomerkamp in augustus. Meiden kwamen naar de "
        "meidenavond, jongens naar de boksclub. Zorgen over drugs, geldzorgen en schooluitval zijn "
        "besproken met het wijkteam en leerplicht. Ambitie voor volgend jaar: meer jongeren betrekken "
        "bij de Jongerenraad en een vast spreekuur op het ROC."
    ),
    "hoofdletter_bijlagen": (
        "BIJLAGE 3 – OVERZICHT INDICATOREN\n"
        "\n"
        "INDICATOR 1: PERCENTAGE INWONERS DAT ZICH GEZOND VOELT\n"
        "Bron: Gezondheidsmonitor GGD. Streefwaarde: 80 procent.\n"
        "\n"
        "INDICATOR 2: AANTAL JONGEREN MET JEUGDHULP\n"
        "Bron: CBS, Beleidsinformatie Jeugd. Streefwaarde: daling van 5 procent per jaar.\n"
        "\n"
        "INDICATOR 3: GEMIDDELDE DOORLOOPTIJD SCHULDHULP\n"
        "Bron: eigen registratie. Streefwaarde: binnen 8 weken een plan van aanpak.\n"
        "\n"
        "INDICATOR 4: TEVREDENHEID CLIËNTEN WMO\n"
        "Bron: Cliëntervaringsonderzoek. Streefwaarde: rapportcijfer 7,5 of hoger.\n"
        "\n"
        "INDICATOR 5: BEREIK MINIMAREGELINGEN\n"
        "Bron: Armoedemonitor. Streefwaarde: 75 procent.\n"
        "\n"
        "TOELICHTING\n"
        "De indicatoren zijn afgestemd met de Rekenkamercommissie en worden jaarlijks herijkt."
    ),
    "zorgaanbieder_kwaliteit": (
        "Toezicht op kwaliteit Wmo\n"
        "\n"
        "De gemeente heeft een toezichthouder Wmo aangewezen bij de GGD. Die doet calamiteitenonderzoek "
        "en houdt toezicht op de kwaliteit van aanbieders. Bij signalen van fraude werkt de "
        "toezichthouder samen met het Informatieknooppunt Zorgfraude. Dit jaar waren er 11 meldingen "
        "van calamiteiten en geweld bij de verstrekking van een voorziening. In drie gevallen volgde een "
        "verbeterplan, in één geval beëindigde de gemeente het contract. Pgb-houders krijgen een "
        "huisbezoek als er twijfel is over de besteding. De Inspectie Gezondheidszorg en Jeugd "
        "houdt toezicht op de jeugdhulp. Het jaarverslag toezicht gaat ter kennisname naar de raad."
    ),
    "lokaal_akkoord": (
        "Lokaal Preventieakkoord: ondertekening\n"
        "\n"
        "Ruim dertig partijen ondertekenden het Lokaal Preventieakkoord: sportverenigingen, scholen, "
        "huisartsen, de GGD, de zorgverzekeraar, supermarkten en de horeca. Thema's zijn roken, "
        "overgewicht, problematisch alcoholgebruik en mentale gezondheid. Concrete afspraken: rookvrije "
        "sportparken en schoolpleinen, gezonde kantines, geen alcohol bij jeugdactiviteiten en "
        "gratis trainingen mentale gezondheid voor docenten. Een onafhankelijke kwartiermaker "
        "coördineert de uitvoering. De partijen komen twee keer per jaar bij elkaar in een "
        "netwerkbijeenkomst. De looptijd is vier jaar. Nieuwe partners kunnen zich aansluiten via de "
        "website van de gemeente."
    ),
    "beleidsregel_bijzondere_bijstand": (
        "Beleidsregels bijzondere bijstand (uittreksel)\n"
        "\n"
        "Artikel 1. Begripsbepalingen. In deze beleidsregels wordt verstaan onder draagkracht: het deel "
        "van het inkomen dat de belanghebbende zelf kan besteden aan bijzondere kosten.\n"
        "Artikel 2. Draagkracht. De draagkracht bedraagt 35 procent van het inkomen boven 110 procent "
        "van de bijstandsnorm.\n"
        "Artikel 3. Duurzame gebruiksgoederen. Bijzondere bijstand voor een wasmachine, koelkast of bed "
        "wordt verleend als lening, tenzij aflossen niet verantwoord is.\n"
        "Artikel 4. Eigen risico zorgverzekering. Het verplichte eigen risico komt niet voor bijzondere "
        "bijstand in aanmerking.\n"
        "Artikel 5. Inwerkingtreding. Deze beleidsregels treden in werking op de dag na bekendmaking."
    ),
    "buurtbudget_evaluatie": (
        "Evaluatie Buurtbudget\n"
        "\n"
        "Met het Buurtbudget konden bewoners voor maximaal € 2.500 een plan indienen voor hun straat of "
        "buurt. Er kwamen 54 aanvragen binnen, waarvan er 41 zijn toegekend. Voorbeelden: een "
        "buurtbarbecue, een moestuin bij de flat, een Burendag met spelletjes, een "
        "kerstmarkt en een jeu-de-boulesbaan. Bewoners waarderen de eenvoudige aanvraag en de snelle "
        "beslissing. Verbeterpunten: meer bekendheid in wijken met veel huurwoningen en hulp bij het "
        "invullen van het formulier. Het budget van € 50.000 is voor 92 procent benut. Advies: de "
        "regeling voortzetten en de wijkconsulenten actiever laten werven."
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN_TEXTS))
def test_a_clean_text_yields_no_finding(name: str) -> None:
    text = CLEAN_TEXTS[name]
    assert 80 <= len(text.split()) <= 160
    assert [(f.category.value, f.text) for f in detect(text)] == []
