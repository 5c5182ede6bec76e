"""Hard negatives, second set: clean texts of a council and its sociaal domein in styles the first set
(test_anonymisation_clean_texts.py) does not have: council minutes with motion and amendment numbers,
raadsvoorstellen, griffie agendas, programme names, evaluation forms, sector abbreviations, capitalised
job titles, generic kinds of institution, national bodies and funds, governance questions, budgets,
quarters, week numbers, page, article and version numbers, tables, texts without punctuation and
surname-like words used as ordinary nouns. Each must yield no finding at all (issue 20: at most 0.5 false
alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "raadsnotulen_moties": (
        "Besluitenlijst openbare raadsvergadering\n"
        "\n"
        "Agendapunt 7. Raadsvoorstel 2025-RV-088 Herijking minimabeleid. De fractievoorzitters voeren "
        "het woord in eerste en tweede termijn. Motie M2025-31 (Armoede is geen keuze) wordt "
        "aangenomen met 19 stemmen voor en 8 tegen. Motie M2025-32 over de energietoeslag wordt "
        "ingetrokken na toezegging T-2025-14 van de wethouder. Amendement A2025-06 op beslispunt 3 "
        "wordt verworpen. Het geamendeerde voorstel wordt zonder hoofdelijke stemming aangenomen; de "
        "fractie van de oppositie laat aantekenen dat zij geacht wil worden tegen te hebben gestemd. "
        "Stemverklaringen op grond van artikel 34, tweede lid, van het Reglement van Orde worden "
        "afgelegd door drie fracties. Agendapunt 8 wordt op verzoek van de indiener aangehouden tot "
        "de volgende vergadering."
    ),
    "raadsvoorstel_beslispunten": (
        "RAADSVOORSTEL\n"
        "Onderwerp: Uitvoeringsprogramma Samen Sterk in de Wijk 2026-2029\n"
        "Programma: 6 Sociaal Domein\n"
        "Portefeuillehouder: wethouder Zorg, Jeugd en Welzijn\n"
        "\n"
        "Beslispunten\n"
        "1. Het Uitvoeringsprogramma Samen Sterk in de Wijk 2026-2029 vast te stellen.\n"
        "2. Voor de jaarschijf 2026 een krediet van € 420.000 beschikbaar te stellen en de "
        "begrotingswijziging vast te stellen.\n"
        "3. De dekking te vinden in de Reserve Transformatie Sociaal Domein.\n"
        "\n"
        "Inleiding\n"
        "Met dit voorstel geeft het college uitvoering aan motie M2024-17 en aan de ambities uit het "
        "coalitieakkoord. De wijkteams werken vanaf het eerste kwartaal met een vaste "
        "contactpersoon per buurt. Het voorstel is besproken in de Adviesraad Sociaal Domein, die "
        "positief heeft geadviseerd.\n"
        "\n"
        "Bijlagen: 1. Uitvoeringsprogramma (v1.3), 2. Advies Adviesraad, 3. Begrotingswijziging 2026-04."
    ),
    "griffie_agenda": (
        "AGENDA COMMISSIE MENS EN MAATSCHAPPIJ\n"
        "Locatie: raadzaal, aanvang 19.30 uur, livestream via de website\n"
        "\n"
        "1. Opening en vaststellen agenda (19.30-19.35)\n"
        "2. Spreekrecht burgers; aanmelden tot maandag 12.00 uur bij de griffie\n"
        "3. Mededelingen portefeuillehouders\n"
        "4. Lijst van toezeggingen en ingekomen stukken\n"
        "5. Raadsinformatiebrief 2025-144 Wachtlijsten Jeugd (ter bespreking, 20 minuten)\n"
        "6. Raadsvoorstel 2025-RV-091 Verordening Wmo 2026 (ter advisering, 45 minuten)\n"
        "7. Initiatiefvoorstel Gratis Menstruatieproducten (ter bespreking)\n"
        "8. Rondvraag\n"
        "9. Sluiting uiterlijk 22.30 uur\n"
        "\n"
        "De stukken liggen ter inzage in de leeskamer en staan in het raadsinformatiesysteem. Vragen "
        "over de agenda kunt u richten aan de commissiegriffier. Technische vragen graag uiterlijk "
        "vrijdag voor de vergadering indienen."
    ),
    "programmanamen": (
        "Memo: samenhang van programma's\n"
        "\n"
        "Binnen het sociaal domein lopen nu veel programma's naast elkaar. Kansrijke Start richt zich "
        "op de eerste duizend dagen, Alles is Gezondheid op preventie en Eén tegen Eenzaamheid op "
        "ouderen. Voor schulden hebben we Geldfit, Vroeg Eropaf en de Week van het Geld. Op het gebied "
        "van taal lopen Tel mee met Taal en Taalhuis Plus. Het Gezond en Actief Leven Akkoord (GALA) "
        "en het Integraal Zorgakkoord (IZA) vragen om een regiovisie. Daarnaast is er de landelijke "
        "campagne Zorgen voor Elkaar. Advies: breng deze programma's onder in drie lijnen, namelijk "
        "Gezond Opgroeien, Bestaanszekerheid en Meedoen, met één programmamanager en één "
        "stuurgroep. Zo voorkomen we dubbel werk, dubbele overleggen en dubbele rapportages."
    ),
    "evaluatieformulier": (
        "Evaluatieformulier casuïstiektafel\n"
        "\n"
        "Hoe tevreden bent u over de voorbereiding? (1 = zeer ontevreden, 5 = zeer tevreden) 4\n"
        "Was de casus duidelijk beschreven? Ja / Nee / Deels: Deels\n"
        "Kreeg iedere deelnemer voldoende spreektijd? Ja\n"
        "Is de vraag van de inbrenger beantwoord? Grotendeels\n"
        "Wat ging goed? Heldere rolverdeling, goede sfeer, de voorzitter hield de tijd strak.\n"
        "Wat kan beter? Stukken eerder rondsturen, minder afkortingen, een korte pauze.\n"
        "Welk cijfer geeft u de bijeenkomst als geheel? 7,5\n"
        "Zou u deze werkwijze aanbevelen aan collega's? Zeker\n"
        "Overige opmerkingen: Graag de volgende keer ook de Leerplichtambtenaar en de Jeugdarts "
        "uitnodigen. De zaal was te klein en te warm. Koffie en thee waren prima.\n"
        "Ingevuld door: anoniem"
    ),
    "jargon_zorg": (
        "Notitie toegang en afkortingen\n"
        "\n"
        "Voor nieuwe medewerkers een korte uitleg. Een inwoner met een Wlz-indicatie van het CIZ valt "
        "niet meer onder de Wmo. Zorg kan worden geleverd in natura (ZIN) of via een "
        "persoonsgebonden budget (PGB); de SVB betaalt de PGB-zorgverleners uit. Bij psychische "
        "klachten verwijst de huisarts eerst naar de POH-GGZ; bij complexere problematiek volgt de "
        "BGGZ of de SGGZ. Jeugdigen met een OTS hebben een jeugdbeschermer van een GI. Voor schulden "
        "geldt eerst het minnelijk traject (MSNP) en daarna eventueel de WSNP; bij de Wsnp beslist "
        "de rechtbank over toelating. De Wet gemeentelijke schuldhulpverlening (Wgs) regelt de "
        "termijnen. Beschermd Wonen (BW) en Maatschappelijke Opvang (MO) worden regionaal "
        "georganiseerd. Twijfel je over een afkorting? Kijk in de begrippenlijst op intranet."
    ),
    "functietitels": (
        "Organisatie van het team Toegang\n"
        "\n"
        "Het team Toegang valt onder de Afdelingsmanager Samenleving. De Teamleider Toegang stuurt "
        "twaalf Consulenten aan, onder wie twee Senior Consulenten Jeugd. De Jurist Sociaal Domein "
        "adviseert over bezwaarschriften en beleidsregels. De Functionaris Gegevensbescherming en de "
        "Privacy Officer toetsen nieuwe werkprocessen. De Kwaliteitsmedewerker houdt de dossiers bij "
        "en doet steekproeven. Voor complexe situaties is er een Regisseur Zorg en Veiligheid. De "
        "Beleidsadviseur Wmo en de Beleidsmedewerker Jeugd schuiven eens per maand aan bij het "
        "teamoverleg. Vacatures: één Casemanager Dementie (32 uur) en één Budgetcoach (24 uur). "
        "Sollicitaties gaan via de afdeling HR. De Gemeentesecretaris is eindverantwoordelijk voor de "
        "ambtelijke organisatie."
    ),
    "instellingssoorten": (
        "Netwerkkaart rond de tafel\n"
        "\n"
        "Rond de casuïstiektafel werken veel soorten organisaties samen. Denk aan de woningcorporatie, "
        "de zorgverzekeraar, het zorgkantoor, de huisartsenpraktijk, de thuiszorgorganisatie, de "
        "wijkverpleging en het verpleeghuis. Voor kinderen zijn er het consultatiebureau, de "
        "kinderopvang, de basisschool, het Samenwerkingsverband en de Gecertificeerde Instelling. Bij "
        "werk en inkomen horen het Werkplein, het Sociaal Werkbedrijf, de Kredietbank en het Juridisch "
        "Loket. Voor wonen en zorg komen daar het Hospice, de Dagbesteding, de Maatschappelijke Opvang "
        "en het Inloophuis bij. Niet iedere organisatie hoeft bij elke bespreking aan te schuiven. De "
        "procesregisseur nodigt per casus alleen de partijen uit die echt nodig zijn."
    ),
    "landelijke_fondsen": (
        "Overzicht landelijke instanties en fondsen\n"
        "\n"
        "Het UWV, de SVB en het CAK zijn de grootste uitvoerders van inkomensregelingen. Het CJIB int "
        "boetes, DUO gaat over studieschulden. De IND en het COA zijn betrokken bij statushouders. De "
        "VNG, Divosa en Movisie ondersteunen gemeenten met handreikingen. Het Nibud maakt "
        "voorbeeldbegrotingen en de GGD adviseert over gezondheid. Jongeren die een licht vergrijp "
        "plegen, kunnen naar Halt. Op de website van de Rijksoverheid staan de regelingen op een rij. "
        "Voor extra geld kunnen organisaties terecht bij het Nationaal Fonds Kinderhulp, het "
        "Jeugdfonds Sport & Cultuur, Leergeld, het Kansfonds en het VSBfonds. Het Rode Kruis, het "
        "Leger des Heils en Humanitas bieden hulp met vrijwilligers. Zorginstituut Nederland en de NZa "
        "houden toezicht op de zorg."
    ),
    "governance_vragen": (
        "Vragen voor de evaluatie van de governance\n"
        "\n"
        "- Wie is eigenaar van de casuïstiektafel en wie stelt de agenda vast?\n"
        "- Welk mandaat hebben de deelnemers om namens hun organisatie toe te zeggen?\n"
        "- Hoe borgen we dat afspraken ook worden uitgevoerd?\n"
        "- Wanneer escaleert de procesregisseur naar het bestuurlijk overleg?\n"
        "- Hoe verhoudt de tafel zich tot het Zorg- en Veiligheidshuis en het Veiligheidsoverleg?\n"
        "- Wie betaalt de doorbraakoplossingen en tot welk bedrag?\n"
        "- Is het convenant nog in lijn met de AVG en de Wet open overheid?\n"
        "- Hoe vaak rapporteren we aan het college en aan de raad?\n"
        "- Welke indicatoren gebruiken we om het effect te meten?\n"
        "- Wat doen we als een partner niet meer aanschuift?\n"
        "Graag uw reactie voor het einde van het kwartaal aan de programmasecretaris."
    ),
    "begroting_percentages": (
        "Financiële paragraaf\n"
        "\n"
        "De totale lasten van het programma Sociaal Domein bedragen € 84,3 mln, een stijging van 6,8% "
        "ten opzichte van de vorige begroting. Jeugd neemt 41% van de lasten voor haar rekening, de "
        "Wmo 27%, participatie 19% en overig 13%. De Rijksbijdrage via het Gemeentefonds stijgt met "
        "€ 2,9 mln. Het tekort van € 1,7 mln dekken we voor 60% uit de algemene reserve en voor 40% uit "
        "besparingen op inkoop. Voor de loon- en prijsontwikkeling rekenen we met 3,4%. Het "
        "ravijnjaar 2026 blijft een risico van circa € 4 mln per jaar. Het weerstandsvermogen zakt "
        "van 1,6 naar 1,2. De solvabiliteit blijft boven de 30%. Meerjarig is de begroting sluitend "
        "vanaf de jaarschijf 2028."
    ),
    "kwartalen_jaren": (
        "Planning programma 2025-2026\n"
        "\n"
        "In Q3 2025 zijn de uitgangspunten vastgesteld. In Q4 2025 volgt de aanbesteding, zodat de "
        "nieuwe contracten per Q1 2026 ingaan. Het schooljaar 2025-2026 gebruiken we als pilotjaar "
        "voor de jeugdhulp op school. De tussenevaluatie staat gepland voor het tweede kwartaal van "
        "2026, de eindevaluatie voor Q4 2026. De begrotingscyclus 2026-2027 loopt parallel: de "
        "kadernota in het voorjaar, de begroting in het najaar. Voor de periode 2027-2030 maken we "
        "een meerjarenraming. Let op: de cijfers over H1 2025 zijn voorlopig en worden in de "
        "jaarrekening definitief. Voor boekjaar 2024 geldt een afwijkende telling door de overgang naar "
        "een nieuw registratiesysteem."
    ),
    "weeknummers_tijden": (
        "Rooster en planning najaar\n"
        "\n"
        "Week 36: start van het nieuwe werkjaar, teamdag van 9.00 tot 16.00 uur.\n"
        "Week 38 en 39: keukentafelgesprekken in de kleine kernen, steeds tussen 10.00 en 15.00 uur.\n"
        "Week 42: herfstvakantie, het loket is alleen 's ochtends open.\n"
        "Week 44: training gespreksvoering, 13:30-17:00, zaal 2.14.\n"
        "Week 47: aanlevering kwartaalcijfers uiterlijk vrijdag 12.00 uur.\n"
        "Week 51 en 52: minimale bezetting, spoedlijn bereikbaar van 8.30 tot 17.00 uur.\n"
        "\n"
        "Wijzigingen in het rooster graag twee weken van tevoren doorgeven. Overuren worden in de "
        "week erna gecompenseerd. Het dienstrooster staat in het roosterprogramma; de teamleider "
        "keurt verlof goed. Ziekmelden vóór 8.00 uur bij de teamleider."
    ),
    "artikelen_paginas": (
        "Juridische toets bezwaarschrift\n"
        "\n"
        "Het bezwaar is tijdig ingediend binnen de termijn van artikel 6:7 Awb. Op grond van art. "
        "7:2 Awb is de indiener gehoord. De beslissing steunt op artikel 2.3.2, vierde lid, Wmo 2015 "
        "en op artikel 9 van de Verordening maatschappelijke ondersteuning. De toelichting op pagina "
        "14 van de beleidsregels (p. 14-16) is in dit geval niet doorslaggevend. Zie ook de uitspraak "
        "van de Centrale Raad van Beroep, ECLI:NL:CRVB:2019:2234, en de handreiking van de VNG, "
        "hoofdstuk 5, paragraaf 5.3. Conclusie: het bezwaar is gegrond; het besluit wordt herroepen "
        "op grond van art. 7:11 Awb. De proceskosten worden vergoed volgens het Besluit proceskosten "
        "bestuursrecht, bijlage, onderdeel A1."
    ),
    "versies_documenten": (
        "Versiebeheer werkinstructies\n"
        "\n"
        "Werkinstructie Melding en Onderzoek v2.1 vervangt versie 2.0 van vorig jaar. Belangrijkste "
        "wijzigingen: hoofdstuk 3 is herschreven, het stroomschema op pagina 6 is vereenvoudigd en "
        "bijlage B bevat het nieuwe gespreksverslag (model 2026-01). Het Privacyprotocol v3.0 is "
        "vastgesteld door de Stuurgroep; conceptversie 0.9 is vervallen. Het Handboek Toegang "
        "(editie 2025.2) staat op intranet. Let op: het registratiesysteem werkt vanaf release 4.12 "
        "met verplichte velden voor de beslistermijn. De oude formulieren (versies 1.x) mogen niet meer "
        "worden gebruikt. Vragen over het versiebeheer kunnen naar de Kwaliteitsmedewerker. De "
        "volgende herziening staat gepland voor het voorjaar, na de evaluatie van de pilot."
    ),
    "raadsdocumentnummers": (
        "Overzicht stukken voor het dossier armoedebeleid\n"
        "\n"
        "- Raadsinformatiebrief RIB 2024/0318 over de evaluatie van de energietoeslag.\n"
        "- Raadsvoorstel 2024-RV-112 Nota Armoede en Schulden 2025-2028, vastgesteld.\n"
        "- Motie M2024-45 Kindpakket voor iedereen, aangenomen en uitgevoerd.\n"
        "- Motie M2025-09 Gratis OV voor minima, aangenomen, uitvoering loopt.\n"
        "- Amendement A2024-12 op de Nota Armoede, verworpen.\n"
        "- Schriftelijke vragen SV-2025-027 over het bereik van de regelingen, beantwoord.\n"
        "- Toezegging T-2025-03 over een evaluatie na een jaar, openstaand.\n"
        "- Collegebesluit CB 2025/1187 over de indexering van de normen.\n"
        "Alle stukken zijn te vinden in het raadsinformatiesysteem onder het thema Armoede. De "
        "griffie houdt de lijst van moties en toezeggingen bij."
    ),
    "engelse_leenwoorden": (
        "Verslag kick-off programma Data Gedreven Werken\n"
        "\n"
        "Tijdens de kick-off is de roadmap voor het komende jaar gepresenteerd. De scope: een "
        "dashboard in Power BI met KPI's per wijk, een data-warehouse voor het sociaal domein en een "
        "privacy impact assessment. De stakeholders vroegen om quick wins, zoals een one-pager per "
        "team. In een deep dive is de governance besproken: de product owner zit bij Informatie en "
        "Analyse, de business owner is de afdelingsmanager. Er komt een Lunch & Learn over "
        "datageletterdheid en een community of practice. Open issues: ownership van de brondata en de "
        "koppeling met SharePoint en Teams. Follow-up: een workshop design thinking in de tweede "
        "sprint. Het team sloot af met een korte retro en een wrap-up."
    ),
    "hoofdletterkoppen": (
        "JAARVERSLAG KLACHTEN EN BEZWAREN\n"
        "\n"
        "SAMENVATTING\n"
        "Er kwamen 63 klachten en 148 bezwaarschriften binnen.\n"
        "\n"
        "KLACHTEN\n"
        "De meeste klachten gingen over bejegening en bereikbaarheid. Negen klachten waren gegrond.\n"
        "\n"
        "BEZWAREN WMO EN JEUGD\n"
        "Van de bezwaren ging 44 procent over huishoudelijke ondersteuning en 21 procent over "
        "vervoer.\n"
        "\n"
        "BEZWAREN PARTICIPATIEWET\n"
        "Vooral terugvorderingen en de kostendelersnorm leidden tot bezwaar.\n"
        "\n"
        "ONAFHANKELIJKE COMMISSIE\n"
        "De Commissie Bezwaarschriften adviseerde in 71 zaken.\n"
        "\n"
        "NATIONALE OMBUDSMAN\n"
        "Drie zaken werden voorgelegd aan de Nationale ombudsman, geen ervan leidde tot een rapport.\n"
        "\n"
        "AANBEVELINGEN\n"
        "Meer informele aanpak, bellen voor beslissen, en duidelijker brieven in eenvoudige taal."
    ),
    "opsommingstekens": (
        "Checklist bij een nieuwe aanmelding\n"
        "\n"
        "• Is de inwoner op de hoogte van de aanmelding en heeft hij toestemming gegeven?\n"
        "• Zijn alle leefgebieden uitgevraagd: wonen, werk, financiën, gezondheid, sociaal netwerk?\n"
        "• Is er sprake van zorgen over veiligheid? Gebruik dan de meldcode.\n"
        "• Zijn er minderjarige kinderen in het gezin?\n"
        "• Is er een bewindvoerder, mentor of curator?\n"
        "• Welke instanties zijn al betrokken?\n"
        "• Is de ZRM ingevuld bij de start?\n"
        "• Is er een tolk nodig voor het gesprek?\n"
        "• Is het plan van aanpak besproken met de inwoner en ondertekend?\n"
        "• Staat de eerste evaluatiedatum in het registratiesysteem?\n"
        "Na het doorlopen van de checklist zet de consulent de status op 'in behandeling'. Ontbrekende "
        "punten worden binnen vijf werkdagen aangevuld."
    ),
    "tabel_in_tekst": (
        "Tabel 3. Aanmeldingen en doorlooptijd per kwartaal\n"
        "\n"
        "Kwartaal | Aanmeldingen | Afgerond | Doorlooptijd (dagen)\n"
        "Q1 | 312 | 287 | 41\n"
        "Q2 | 298 | 305 | 38\n"
        "Q3 | 276 | 264 | 44\n"
        "Q4 | 331 | 290 | 47\n"
        "Totaal | 1.217 | 1.146 | 42,5\n"
        "\n"
        "Toelichting: in het derde kwartaal was de bezetting lager door vakanties en ziekte. De "
        "doorlooptijd in Q4 steeg door een piek in aanmeldingen rond de jaarwisseling. De norm van de "
        "Wmo is acht weken (56 dagen); die is in alle kwartalen gehaald. Bron: "
        "registratiesysteem, peildatum einde boekjaar. De cijfers zijn afgerond en kunnen licht "
        "afwijken van eerdere rapportages."
    ),
    "zonder_leestekens": (
        "aantekeningen teamoverleg snel getypt\n"
        "\n"
        "wachtlijst jeugd loopt op vooral ggz en dyslexie teamleider gaat in gesprek met de "
        "zorgaanbieders over extra capaciteit wmo huishoudelijke hulp ook meer aanvragen door de "
        "vergrijzing abonnementstarief speelt mee schuldhulp minder aanmeldingen dan vorig jaar maar "
        "wel zwaardere casussen met meer schuldeisers budgetcoach vraagt om extra uren collega van "
        "werk en inkomen meldt dat de nieuwe werkwijze bij de intake goed loopt iedereen positief over "
        "de training motiverende gespreksvoering volgende keer bespreken we de jaarplanning en de "
        "verdeling van de kernen over de consulenten actiepunt notulen rondsturen voor het weekend "
        "verder geen bijzonderheden"
    ),
    "zinsbegin_hoofdletters": (
        "Reflectie op het afgelopen jaar\n"
        "\n"
        "Groot was de druk op het team in het voorjaar. Klein blijft het aantal inwoners dat zelf "
        "aanklopt. Post die onbeantwoord blijft, is vaak het eerste signaal van schulden. Veel "
        "gezinnen wachten te lang. Wit en zwart bestaan niet in deze casussen; het is altijd grijs. "
        "Hoek of wijk maakt weinig uit, de problemen zijn overal vergelijkbaar. Koning klant is in de "
        "zorg geen goed uitgangspunt. Vos en haas, zei een collega, spelen we niet met elkaar: we "
        "werken samen. Berg na berg werk is verzet. Baas over eigen leven blijven, dat willen "
        "inwoners. Zwart op wit afspraken maken helpt. Koster, bakker of boer, iedereen kan in de "
        "schulden raken."
    ),
    "beroepen_kleine_letters": (
        "Signalen uit het dorp\n"
        "\n"
        "De tafel sprak over signalen van mensen die veel inwoners zien. De bakker merkt dat ouderen "
        "minder kopen. Een visser uit de haven vertelde dat collega's het moeilijk hebben met de "
        "quota. De smid en de schilder zien klussen wegvallen. De koster van de kerk ziet eenzame "
        "mensen na de dienst. De kapper hoort veel verhalen in de stoel. De molenaar organiseert "
        "rondleidingen voor de dagbesteding. Een slager en een boer doen mee met het buurtnetwerk. De "
        "schipper van het veer weet wie er niet meer naar de stad gaat. Zulke sleutelfiguren kunnen "
        "signaleren zonder hulpverlener te worden. De tafel adviseert een korte training voor "
        "sleutelfiguren."
    ),
    "maanden_dagen": (
        "Jaarkalender casuïstiektafel\n"
        "\n"
        "De tafel komt in het nieuwe jaar tien keer bijeen: niet in juli en augustus. In januari "
        "stellen we de jaarplanning vast, in maart volgt de eerste evaluatie. Eind juni maken we de "
        "balans op van het eerste halfjaar. Begin september gaan we verder met nieuwe casussen. "
        "Medio oktober is er een themabijeenkomst, in november de jaarlijkse netwerkbijeenkomst en in "
        "december de afsluiting. Vergaderingen zijn op dinsdagochtend; als dat niet lukt, op "
        "donderdagmiddag. Op maandag worden de casussen ingebracht en op woensdag stuurt de secretaris "
        "de stukken rond. Vrijdags is er geen overleg. Wie in februari of mei wil aanschuiven, meldt "
        "zich bij de secretaris."
    ),
    "feestdagen_seizoenen": (
        "Bereikbaarheid rond feestdagen\n"
        "\n"
        "Rond Pasen, Koningsdag, Bevrijdingsdag, Hemelvaart en Pinksteren is het gemeentehuis "
        "gesloten. In de kerstvakantie en de zomervakantie werkt het team met een vakantierooster. In "
        "de herfstvakantie en de voorjaarsvakantie zijn er minder huisbezoeken. Tijdens de Ramadan "
        "plannen we gesprekken bij voorkeur in de ochtend. Rond het Suikerfeest, Keti Koti en "
        "Chanoeka houden we rekening met vrije dagen van inwoners en collega's. In de winter is er "
        "extra aandacht voor energiearmoede, in de zomer voor eenzaamheid. Op Oudejaarsdag sluit het "
        "loket om 12.00 uur. Met Carnaval is het loket gewoon open. Voor spoed is de crisisdienst "
        "altijd bereikbaar, ook op Eerste Kerstdag."
    ),
    "straatconcepten": (
        "Notitie openbare ruimte en ontmoeting\n"
        "\n"
        "Het college wil meer Speelstraten en Schoolstraten. Een Schoolstraat is tijdens het brengen en "
        "halen afgesloten voor auto's; in een Speelstraat spelen kinderen op vaste middagen op straat. "
        "Daarnaast komt er een Kindlint langs scholen en speelplekken, en een Groene Loper van het "
        "station naar het centrum. In de winkelstraat zetten we bankjes neer. De Huiskamer van de Wijk "
        "en de Buurtkamer zijn ontmoetingsplekken zonder drempel. Straatcoaches en "
        "jongerenwerkers houden contact met jongeren op pleinen. Een fietsstraat en een woonerf "
        "maken de wijk veiliger. Budget: € 180.000 uit het programma Leefbaarheid. Bewoners kiezen zelf "
        "welke straat of welk plein als eerste aan de beurt is."
    ),
    "nationale_dagen": (
        "Communicatiekalender sociaal domein\n"
        "\n"
        "Op de Dag van de Mantelzorg in november zetten we mantelzorgers in het zonnetje. Tijdens de "
        "Week van het Geld in maart geven we gastlessen op scholen. In de Week tegen Eenzaamheid eind "
        "september organiseren buurthuizen activiteiten. NLdoet in het voorjaar en Burendag in "
        "september zijn goede momenten om vrijwilligers te werven. Op Paarse Vrijdag hangt de "
        "regenboogvlag bij het gemeentehuis. Rond de Internationale Vrouwendag en de Dag van de "
        "Armoede schrijft de wethouder een column. De Nationale Ouderendag en Prinsjesdag gebruiken we "
        "voor berichten over koopkracht. Elke campagne krijgt een bericht op de website, op sociale "
        "media en in het huis-aan-huisblad."
    ),
    "wetten_regelingen2": (
        "Overzicht inkomensregelingen\n"
        "\n"
        "Naast de Participatiewet kent de gemeente de IOAW en de IOAZ voor oudere werklozen en "
        "zelfstandigen. Zelfstandigen met tijdelijke problemen kunnen een beroep doen op het Bbz. De "
        "Tozo en de TONK waren tijdelijke regelingen tijdens de coronacrisis en zijn afgebouwd. Het "
        "UWV voert de WW, de WIA en de Wajong uit; de SVB de AOW, de Anw en de AIO. Voor inwoners "
        "met een laag inkomen zijn er de IIT, de bijzondere bijstand en de collectieve "
        "zorgverzekering. Wie schulden heeft, kan via de Wgs terecht bij de schuldhulpverlening. Het "
        "Inlichtingenbureau levert signalen voor vroegsignalering. Toeslagen lopen via "
        "Belastingdienst/Toeslagen; inwoners regelen veel via DigiD en MijnOverheid."
    ),
    "rekenkamer_aanbevelingen": (
        "Reactie college op het rapport van de Rekenkamercommissie\n"
        "\n"
        "Het college dankt de Rekenkamercommissie voor het onderzoek Grip op Jeugdhulp. Aanbeveling 1 "
        "(stuur op resultaten in plaats van op productie) nemen we over. Aanbeveling 2 (verbeter de "
        "informatievoorziening aan de raad) nemen we over; vanaf de Voorjaarsnota krijgt de raad "
        "twee keer per jaar een monitor. Aanbeveling 3 (maak afspraken met de huisartsen over "
        "verwijzingen) nemen we deels over, omdat de Jeugdwet de verwijsroute via de huisarts "
        "waarborgt. Aanbeveling 4 (beperk het aantal aanbieders) nemen we niet over; de keuzevrijheid "
        "van ouders weegt zwaar. De uitvoering van de aanbevelingen volgen we via de Planning & "
        "Control-cyclus."
    ),
    "subsidieregeling": (
        "Subsidieplafonds 2026\n"
        "\n"
        "Op grond van artikel 4 van de Algemene Subsidieverordening stelt het college de volgende "
        "subsidieplafonds vast. Welzijn ouderen: € 310.000. Mantelzorgondersteuning: € 145.000. "
        "Jongerenwerk: € 260.000. Vrijwilligerswerk en maatschappelijke stages: € 88.000. "
        "Buurtinitiatieven (Buurtbudget): € 50.000, maximaal € 2.500 per initiatief. Aanvragen voor "
        "jaarsubsidies moeten uiterlijk 1 oktober van het voorafgaande jaar binnen zijn; aanvragen "
        "voor eenmalige subsidies minimaal acht weken voor de activiteit. Bij overschrijding van het "
        "plafond geldt de volgorde van binnenkomst. Organisaties met een subsidie boven € 50.000 "
        "leveren een accountantsverklaring aan. Het subsidieregister wordt jaarlijks gepubliceerd."
    ),
    "risicoparagraaf": (
        "Risicoparagraaf programma Jeugd\n"
        "\n"
        "Risico 1: stijging van het aantal jeugdigen met een indicatie. Kans: groot. Impact: hoog. "
        "Beheersmaatregel: inzet van praktijkondersteuners jeugd bij de huisartsen.\n"
        "Risico 2: tekort aan pleeggezinnen en gezinshuizen. Kans: middel. Impact: hoog. "
        "Beheersmaatregel: regionale wervingscampagne.\n"
        "Risico 3: faillissement van een grote aanbieder. Kans: klein. Impact: zeer hoog. "
        "Beheersmaatregel: continuïteitsafspraken in de contracten en een calamiteitenplan.\n"
        "Risico 4: onvoldoende compensatie door het Rijk. Kans: groot. Impact: hoog. "
        "Beheersmaatregel: lobby via de VNG en een reserve van € 2 mln.\n"
        "De risico's worden per kwartaal herijkt in de Risicomonitor."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Beschermd Wonen (BW) en Maatschappelijke Opvang (MO) zijn regionaal geregeld.",
        "Voorschoolse Educatie en Kinderopvang (VEK) is gratis.",
        "Sollicitaties gaan via de afdeling HR. De Gemeentesecretaris beslist.",
        "Denk aan het Samenwerkingsverband en de Kinderopvang.",
        "Is het convenant in lijn met de AVG?",
        "Er komt een Lunch & Learn over data en een Planning & Control-cyclus.",
        "Via de Praktijkroute en het Warmtefonds; de gemeente start met Geldloket in de bibliotheek.",
        "De Huiskamer van de Wijk en het Hart van het Dorp zijn open.",
        "Jongerenwerk zegt dat hij betrokken is bij drillrap.",
        "Lokaal zetten we in op de cursus In Balans voor valpreventie.",
        "Daarom zet de gemeente Energiecoaches in.",
        "Geen alcohol bij jeugdactiviteiten; jongeren betrekken bij de Jongerenraad en de Cliëntenraad.",
        "Jongeren die een vergrijp plegen, gaan naar Halt.",
        "Stichting Jarige Job en Stichting Sinterklaasbank helpen, net als het Jeugdfonds Sport & Cultuur.",
        "Een dashboard in Power BI, bestanden in SharePoint, verantwoording via ENSIA.",
    ],
)
def test_a_policy_sentence_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Hij zit op school (De Wegwijzer) in groep 5.", "De Wegwijzer"),
        ("Gesprek met Hr. De Vries over de huur.", "De Vries"),
        ("Hij is aangemeld bij Stichting Leergeld Noordoostpolder.", "Stichting Leergeld Noordoostpolder"),
        ("Schulden bij Lemmens & Kraaijvanger en bij Hout & Vreugdenhil.", "Hout & Vreugdenhil"),
        ("Ik kan naar het Huis van de Wijk Goes-Oost gaan.", "Huis van de Wijk Goes-Oost"),
        ("Buurvrouw Marja van de Wijk belde.", "Marja van de Wijk"),
        ("Ik sprak Mevrouw van de Berg.", "van de Berg"),
        ("Ze huurt bij Woonpunt en krijgt hulp via Kwadrant.", "Kwadrant"),
        ("Hij woont sinds mei in Nieuwolda.", "Nieuwolda"),
        ("Hij werkt bij avebe en heeft schulden bij lentis.", "avebe"),
        ("Ze krijgt begeleiding bij Dichterbij.", "Dichterbij"),
        ("De Stichting Mantelzorg Goes organiseert een middag.", "Stichting Mantelzorg Goes"),
    ],
)
def test_the_same_kinds_of_words_with_a_name_are_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
