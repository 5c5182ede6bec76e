"""Hard negatives: whole clean texts of a council's casuïstiektafel (policy notes, minutes, yearly figures,
budgets, letters, plans, evaluations, lists of agreements, headings, loan words, programme names, laws,
national bodies, council document numbers, amounts, rule dates, age groups, opening hours, diseases,
medicines, crops, feasts and sentence-start capitals) must yield no finding at all (issue 20: at most 0.5
false alarms per 1,000 clean words). The same wording with a real name, date, age, place, address or
reference added still finds it. Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import (
    anonymisation_eval,
    assert_found,
    assert_no_finding,
    clean_text_test,
)

CLEAN_TEXTS: dict[str, str] = {
    "beleidsnotitie": (
        "Beleidsnotitie Sociaal Domein 2026\n"
        "\n"
        "Het college wil de Kansrijke Start beter laten aansluiten op de Nieuwe Wet inburgering. Uit de "
        "Monitor Sociaal Domein blijkt dat 62 procent van de statushouders binnen drie jaar een "
        "taalniveau B1 haalt. Per 1 januari 2026 gelden nieuwe afspraken met het COA en de IND over de "
        "huisvesting. De gemeente ontvangt daarvoor een specifieke uitkering van € 1.240.000. In de "
        "kernen zoeken we naar woonruimte in bestaande gebouwen, zoals leegstaande scholen en kantoren. "
        "Zie ook raadsvoorstel 2025-031 en de RIB 2026-118. Wethouder en ambtenaren gaan in het voorjaar "
        "het gesprek aan met de regio. Voorstel: de raad stemt in met de kaders in paragraaf 3.2 en "
        "neemt kennis van de planning tot en met 2028."
    ),
    "notulen": (
        "Notulen commissie Samenleving, dinsdag 14 uur\n"
        "\n"
        "Aanwezig: de voorzitter, vijf leden, de griffier en twee ambtenaren van Werk en Inkomen.\n"
        "1. Opening en mededelingen. De voorzitter meldt dat agendapunt 4 vervalt.\n"
        "2. Vaststelling verslag vorige vergadering. Geen opmerkingen; het verslag wordt vastgesteld.\n"
        "3. Jaarverslag Wmo 2025. De fractie vraagt naar de wachttijden bij het Wmo-loket. De ambtenaar "
        "licht toe dat de gemiddelde doorlooptijd van een melding tot een beschikking 7,5 week is. "
        "Artikel 2.3.5 Wmo 2015 staat een termijn van acht weken toe.\n"
        "4. Rondvraag. Een lid vraagt of het CAK de eigen bijdrage straks maandelijks int. Toezegging: "
        "de wethouder komt hierop terug in een raadsinformatiebrief.\n"
        "5. Sluiting om 21.45 uur."
    ),
    "jaarcijfers": (
        "Jaarcijfers wijkteam 2025\n"
        "\n"
        "In 2025 kreeg het wijkteam 1.184 nieuwe aanmeldingen, 9 procent meer dan in 2024. Van de "
        "aanmeldingen ging 38% over schulden, 24% over opvoeding en 17% over eenzaamheid. Het aantal "
        "jongeren van 16 tot 23 jaar met een vraag over werk of school steeg van 112 naar 141. Er liepen "
        "gemiddeld 420 trajecten tegelijk. De gemiddelde duur van een traject was 5,2 maanden. "
        "Doorverwijzingen gingen vooral naar de huisarts, het UWV en de Raad voor de Kinderbescherming. "
        "Veilig Thuis deed 36 meldingen bij het wijkteam. In het eerste kwartaal waren de wachtlijsten "
        "het langst; in het vierde kwartaal was er geen wachtlijst meer. Tevredenheid van inwoners: een "
        "7,8 gemiddeld."
    ),
    "begroting": (
        "Paragraaf 4.3 Begroting Jeugd en Wmo\n"
        "\n"
        "Voor 2026 ramen we de lasten van de Jeugdwet op € 18,6 miljoen en die van de Wmo op € 14,2 "
        "miljoen. Het Rijk verhoogt de algemene uitkering met 2,1 procent. Door de stijging van het "
        "abonnementstarief verwachten we 4% meer aanvragen voor huishoudelijke ondersteuning. De reserve "
        "Sociaal Domein daalt van € 3,4 miljoen naar € 2,1 miljoen. Bezuinigingen: de taakstelling van € "
        "750.000 realiseren we door inkoop via de regio en door meer algemene voorzieningen. Risico's: "
        "de hervormingsagenda jeugd, de indexering van tarieven en de uitspraak van de Centrale Raad van "
        "Beroep over de eigen bijdrage. Het weerstandsvermogen blijft met een ratio van 1,4 voldoende."
    ),
    "casus_anoniem": (
        "Casusbeschrijving (geanonimiseerd)\n"
        "\n"
        "Een moeder van drie kinderen in een dorp in de regio heeft sinds vorig jaar schulden bij de "
        "Belastingdienst en het CJIB. Ze werkt twintig uur per week in de zorg. Het oudste kind zit op "
        "het voortgezet onderwijs, de jongste twee gaan naar de basisschool. De vader woont elders en "
        "betaalt geen alimentatie. Toeslagen worden teruggevorderd. De moeder durft geen post meer te "
        "openen. Vraag aan de tafel: kan de gemeente de schulden saneren terwijl het herstel van de "
        "Toeslagenaffaire nog loopt? En wie neemt de regie: het wijkteam, de schuldhulpverlening of de "
        "consulent van Werk en Inkomen? Afspraak: de consulent zoekt uit welke regeling voorgaat."
    ),
    "brief_raad": (
        "Geachte leden van de raad,\n"
        "\n"
        "Met deze brief informeren wij u over de stand van zaken rond de uitvoering van de "
        "Participatiewet. Het aantal bijstandsuitkeringen daalde in het afgelopen halfjaar van 1.032 "
        "naar 987. Dat komt vooral door werk bij lokale werkgevers in de bouw en de zorg. Per 1 juli "
        "gaat de kostendelersnorm omhoog voor jongeren tot 27 jaar. Het UWV en de SVB hebben laten weten "
        "dat zij hun dienstverlening aan huis beperken. Inwoners kunnen voor vragen terecht bij het "
        "Werkplein of bellen met het klantcontactcentrum. In het eerste kwartaal van volgend jaar "
        "ontvangt u de evaluatie.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Burgemeester en wethouders,\n"
        "de secretaris, de burgemeester"
    ),
    "plan_van_aanpak": (
        "Plan van aanpak Gezond en Actief Leven Akkoord\n"
        "\n"
        "Doel: meer inwoners bewegen dagelijks, minder kinderen hebben overgewicht. Aanpak in vier "
        "stappen.\n"
        "Stap 1 (januari tot maart): inventarisatie van sportverenigingen, buurthuizen en scholen in de "
        "kernen.\n"
        "Stap 2 (april tot juni): werving van buurtsportcoaches en vrijwilligers.\n"
        "Stap 3 (na de zomervakantie): start van JOGG-activiteiten op de schoolpleinen.\n"
        "Stap 4 (najaar): evaluatie met de GGD en de huisartsen.\n"
        "Budget: € 96.000 per jaar uit de SPUK-regeling, aangevuld met € 20.000 uit het "
        "preventieakkoord.\n"
        "Risico: te weinig vrijwilligers in de kleine kernen. Beheersing: samenwerking met de "
        "dorpsraden. Projectleider: de beleidsadviseur gezondheid."
    ),
    "evaluatie": (
        "Evaluatie pilot Schuldhulp Preventie\n"
        "\n"
        "De pilot liep van september 2024 tot en met augustus 2025. Inwoners met een "
        "betalingsachterstand bij de woningcorporatie, de zorgverzekeraar of het waterschap kregen "
        "binnen twee weken een huisbezoek. In totaal kregen 214 huishoudens een brief en namen 131 "
        "huishoudens contact op. Bij 88 huishoudens is een betalingsregeling getroffen. De gemiddelde "
        "schuld bij aanmelding was € 2.340, lager dan bij de reguliere schuldhulpverlening. Conclusie: "
        "vroegsignalering werkt, maar vraagt vaste afspraken met de vroegsignaleringspartners. "
        "Aanbeveling: de pilot structureel maken en uitbreiden naar energieleveranciers. De kosten van "
        "circa € 65.000 per jaar vallen binnen het bestaande budget."
    ),
    "afspraken": (
        "Afsprakenlijst casuïstiektafel\n"
        "\n"
        "1. De consulent Wmo vraagt vóór vrijdag een indicatie aan voor begeleiding (8 uur per week).\n"
        "2. Het wijkteam neemt contact op met het CAK over de eigen bijdrage van € 21,80 per maand.\n"
        "3. Werk en Inkomen onderzoekt of bijzondere bijstand mogelijk is voor de kosten van € 450.\n"
        "4. De jeugdconsulent overlegt met de Raad voor de Kinderbescherming; terugkoppeling binnen 14 "
        "dagen.\n"
        "5. De schuldhulpverlener vraagt een moratorium aan voor 6 maanden.\n"
        "6. Volgende bespreking over zes weken, op dezelfde dag om 10.00 uur.\n"
        "7. Actiehouder voor de terugkoppeling aan de tafel: de procesregisseur.\n"
        "8. Escalatie naar het sociaal team als afspraak 3 of 5 niet lukt."
    ),
    "kopjes": (
        "JAARPLAN TEAM ONDERSTEUNING\n"
        "\n"
        "Inleiding\n"
        "Dit Jaarplan beschrijft de Doelen van het Team voor het komende jaar.\n"
        "\n"
        "Ambitie\n"
        "Iedere Inwoner krijgt binnen Twee Weken een Gesprek.\n"
        "\n"
        "Speerpunten\n"
        "Vroegsignalering, Mantelzorg, Armoede en Schulden, Jeugd en Gezin, Wonen en Zorg.\n"
        "\n"
        "Werkwijze\n"
        "Eén Gezin, Eén Plan, Eén Regisseur. Integrale Toegang via het Sociaal Wijkteam.\n"
        "\n"
        "Capaciteit\n"
        "Het Team telt 24 FTE, waarvan 3 FTE Schuldhulp en 5 FTE Jeugd.\n"
        "\n"
        "Monitoring\n"
        "Kwartaalrapportage aan het Managementteam; Halfjaarrapportage aan de Raad.\n"
        "\n"
        "Bijlagen\n"
        "Bijlage A: Overzicht Indicatoren. Bijlage B: Begroting Uitvoering. Bijlage C: Planning Kwartaal "
        "Twee."
    ),
    "engels": (
        "Update programma Doorbraakmethode\n"
        "\n"
        "Het kernteam heeft een kick-off gehouden met alle stakeholders. De business case laat zien dat "
        "een integrale aanpak per casus gemiddeld € 8.000 bespaart. In de sprint van dit kwartaal werken "
        "we aan de dashboards en de feedback van professionals. Het Doorbraakfonds is bedoeld voor "
        "maatwerk als de regels niet passen. De teamleider is de product owner; de data-analist levert "
        "elke maand een factsheet. Lessons learned: niet te veel meetings, wel korte lijnen en een "
        "duidelijke escalatieladder. Next steps: de pilot opschalen naar alle wijken, een training voor "
        "consulenten en een community of practice met de buurgemeenten. Deadline voor het advies aan de "
        "stuurgroep is eind van het tweede kwartaal."
    ),
    "wetten": (
        "Juridisch kader\n"
        "\n"
        "De gemeente is op grond van de Jeugdwet verantwoordelijk voor jeugdhulp. Artikel 2.3 Jeugdwet "
        "regelt de individuele voorziening; artikel 2.3.5 Wmo 2015 regelt de beslistermijn na een "
        "melding. De Participatiewet, artikel 35, gaat over bijzondere bijstand. De Wet gemeentelijke "
        "schuldhulpverlening verplicht de gemeente binnen drie werkdagen te reageren bij dreigende "
        "huisuitzetting. Verder gelden de Algemene wet bestuursrecht, de Wet kinderopvang en de Wet "
        "langdurige zorg. Bezwaar maken kan binnen zes weken na de datum van het besluit. De Centrale "
        "Raad van Beroep heeft in meerdere uitspraken bepaald dat maatwerk voorgaat. De Verordening "
        "Maatschappelijke Ondersteuning 2025 is op onderdelen gewijzigd."
    ),
    "landelijk": (
        "Samenwerking met landelijke organisaties\n"
        "\n"
        "Voor de tafel zijn de contactlijnen met landelijke organisaties op een rij gezet. Het UWV "
        "beslist over WW en Wajong, de SVB over AOW en kinderbijslag. Het CAK int de eigen bijdrage voor "
        "de Wmo en de Wlz. DUO gaat over studiefinanciering en terugbetaling, het CJIB over boetes en "
        "het innen van vorderingen. De IND beslist over verblijf, het COA zorgt voor opvang tot de "
        "koppeling aan een gemeente. RVO voert regelingen voor ondernemers en agrariërs uit. De "
        "Belastingdienst/Toeslagen keert huurtoeslag en zorgtoeslag uit. Veilig Thuis en de Raad voor de "
        "Kinderbescherming zijn er bij zorgen over veiligheid. Bel bij twijfel het Wmo-loket of het "
        "algemene nummer van de gemeente."
    ),
    "openingstijden": (
        "Bereikbaarheid\n"
        "\n"
        "Het Wmo-loket is open van maandag tot en met donderdag van 9.00 tot 12.30 uur. Op vrijdag is "
        "het loket gesloten. Inwoners kunnen ook een afspraak maken voor een huisbezoek. Het "
        "inloopspreekuur in het dorpshuis is elke woensdagmiddag van 13.30 tot 15.00 uur, behalve in de "
        "schoolvakanties. Tijdens de kerstvakantie en rond Pasen en Pinksteren gelden aangepaste tijden. "
        "Bel het Wmo-loket of mail via het contactformulier op de website van de gemeente. Voor spoed "
        "buiten kantoortijd: bel de huisartsenpost of bij acute onveiligheid 112. Mantelzorgers kunnen "
        "op dinsdag terecht bij het steunpunt. Het spreekuur schuldhulp is op donderdagavond tot 20.00 "
        "uur."
    ),
    "ziekten": (
        "Themabijeenkomst dementie en chronische ziekten\n"
        "\n"
        "Steeds meer ouderen in de kernen leven met Alzheimer of Parkinson. Mantelzorgers lopen tegen "
        "hun grenzen aan. In de bijeenkomst vertelt een casemanager dementie over het verloop van de "
        "ziekte van Alzheimer en de rol van medicatie zoals Exelon en Reminyl. Een fysiotherapeut legt "
        "uit hoe bewegen helpt bij de ziekte van Parkinson. Ook komen COPD, diabetes type 2 en de "
        "gevolgen van een CVA aan bod. Deelnemers krijgen informatie over dagbesteding, respijtzorg en "
        "het Alzheimer Café. De bijeenkomst is gratis en wordt georganiseerd met de huisartsen, de "
        "thuiszorg en het steunpunt mantelzorg. Aanmelden kan bij het Wmo-loket tot een week van "
        "tevoren."
    ),
    "landbouw": (
        "Notitie agrarische gezinnen\n"
        "\n"
        "In het buitengebied zijn veel agrarische gezinnen in zwaar weer geraakt door de stikstofregels "
        "en lage prijzen voor melk, aardappelen, uien en suikerbieten. Ook de teelt van tulpen en lelies "
        "staat onder druk. De RVO biedt een beëindigingsregeling; veel boeren twijfelen. Het wijkteam "
        "merkt dat boeren laat hulp vragen. Daarom werkt de gemeente samen met de erfbetreders: de "
        "dierenarts, de voerleverancier en de accountant. Zij kunnen zorgen signaleren. De tafel "
        "adviseert een vast aanspreekpunt voor agrariërs en een keukentafelgesprek op het erf, niet op "
        "het gemeentehuis. Rond de oogst in september en oktober is er weinig tijd; beter is de winter."
    ),
    "feesten": (
        "Activiteitenkalender buurthuis\n"
        "\n"
        "In december organiseert het buurthuis een kerstdiner voor alleenstaande ouderen. Rond het "
        "Suikerfeest is er een open middag met hapjes uit verschillende keukens. Met Sinterklaas komen "
        "de kinderen van de peuterspeelzaal. Tijdens de Ramadan is het buurthuis 's avonds langer open "
        "voor de iftar. Op Koningsdag doet het buurthuis mee met de vrijmarkt in het dorp. Ook Pasen, "
        "Pinksteren, het Offerfeest en Divali staan op de kalender. Vrijwilligers kunnen zich opgeven "
        "bij de beheerder. De activiteiten worden betaald uit het budget voor sociale samenhang van € "
        "12.500 per jaar. Het Oranjefonds en het Kansfonds geven een bijdrage voor de kerstpakketten."
    ),
    "zinsbegin": (
        "Toelichting bij het besluit\n"
        "\n"
        "Omdat de aanvraag te laat binnenkwam, moest het team snel handelen. Daarna volgde een gesprek "
        "met het gezin. Vervolgens is de aanvraag opnieuw beoordeeld. Zorgvuldigheid ging daarbij voor "
        "snelheid. Niemand had verwacht dat de regeling zo ingewikkeld zou zijn. Achteraf gezien had "
        "eerder overleg geholpen. Hierdoor ontstond vertraging van ruim vier weken. Tenslotte is "
        "besloten de aanvraag alsnog toe te kennen met terugwerkende kracht. Duidelijk is dat de regels "
        "voor samengestelde gezinnen moeten worden verduidelijkt. Bovendien vraagt de uitvoering om meer "
        "ruimte voor maatwerk. Kortom: de tafel adviseert het college de beleidsregel aan te passen. "
        "Ondertussen blijft het gezin in beeld bij het wijkteam."
    ),
    "jeugd": (
        "Notitie jeugdhulp en onderwijs\n"
        "\n"
        "Kinderen van 4 tot 12 jaar met een zorgvraag krijgen vaker ondersteuning op school. Het "
        "samenwerkingsverband Passend Onderwijs en de gemeente maken afspraken over "
        "onderwijszorgarrangementen. Jongeren van 16 tot 23 die thuis zitten, worden door de "
        "leerplichtambtenaar en het jongerenloket gezien. In het afgelopen schooljaar waren er 43 "
        "thuiszitters, van wie 29 binnen drie maanden weer naar school gingen. De jeugdconsulent is "
        "aanwezig op de zorgadviesteams van alle basisscholen. Voor pleegzorg en gezinshuizen werkt de "
        "gemeente samen in de regio. Kinderen van ouders met psychische problemen (KOPP) krijgen een "
        "eigen groep. Doel voor volgend jaar: het aantal thuiszitters halveren."
    ),
    "regeling_data": (
        "Wijzigingen per 1 januari\n"
        "\n"
        "Per 1 januari 2026 stijgt de bijstandsnorm voor een alleenstaande naar € 1.401,07 per maand. De "
        "energietoeslag is vanaf 1 maart niet meer aan te vragen. De individuele inkomenstoeslag wordt "
        "eenmaal per jaar uitgekeerd; aanvragen kan tot 31 december. Het minimabeleid gaat uit van 120 "
        "procent van het sociaal minimum. Voor de collectieve zorgverzekering geldt een inschrijving in "
        "de maand november. Het kindpakket is er voor kinderen tot 18 jaar. De regeling voor "
        "schoolkosten loopt van 1 augustus tot en met 31 juli van het jaar erna. Op 1 juli volgt de "
        "halfjaarlijkse indexering. De wijzigingen staan in het Gemeenteblad en op de website."
    ),
    "vragen_raad": (
        "Beantwoording schriftelijke vragen\n"
        "\n"
        "Vraag 1: Hoeveel inwoners maakten gebruik van de regeling? Antwoord: in totaal 318 huishoudens, "
        "van wie 57 voor het eerst.\n"
        "Vraag 2: Wat waren de kosten? Antwoord: € 143.000, binnen het budget van € 150.000.\n"
        "Vraag 3: Bereikt de gemeente ook ouderen boven de 75? Antwoord: nog onvoldoende. Met de "
        "ouderenbonden en de kerken zoekt het team naar nieuwe manieren.\n"
        "Vraag 4: Is er samenwerking met de Voedselbank? Antwoord: ja, de Voedselbank verwijst door naar "
        "het wijkteam en andersom.\n"
        "Vraag 5: Wanneer volgt de evaluatie? Antwoord: in het derde kwartaal van 2026, samen met de "
        "Monitor Armoede. Deze beantwoording is vastgesteld in de collegevergadering."
    ),
    "ggz": (
        "Aanpak personen met verward gedrag\n"
        "\n"
        "De regio werkt met een zorg- en veiligheidshuis en een meldpunt niet-acute zorg. In 2025 kwamen "
        "276 meldingen binnen, van wie 41 inwoners meer dan één keer werden gemeld. De wijkagent, de "
        "GGZ, de woningcorporaties en het wijkteam bespreken deze inwoners in een wekelijks overleg. De "
        "Wet verplichte ggz en de Wet zorg en dwang bieden kaders voor gedwongen zorg. Een "
        "zorgmachtiging vraagt de officier van justitie aan bij de rechter. De gemeente doet de "
        "verkennende onderzoeken bij een melding van een inwoner. Aandachtspunt: de wachtlijsten in de "
        "ggz zijn lang, soms langer dan twaalf weken. De tafel vraagt de zorgverzekeraar om extra "
        "plekken voor crisiszorg."
    ),
    "dorpen": (
        "Leefbaarheid in de kernen\n"
        "\n"
        "De gemeente telt elf kernen en een groot buitengebied. In het dorp zijn de bakker en de "
        "supermarkt verdwenen; ouderen zijn aangewezen op de buurtbus. De dorpsraden melden dat jonge "
        "gezinnen wegtrekken naar de stad. In de grotere kernen staan wel woningen leeg boven winkels. "
        "Het college wil met de Regio Deal en de provincie investeren in een multifunctioneel centrum "
        "per cluster van dorpen. Daar komen het consultatiebureau, de bibliotheek en het wijkteam onder "
        "één dak. Het Noorden van de gemeente krijgt als eerste zo'n centrum. Ook het openbaar vervoer "
        "naar het ziekenhuis in de stad verbetert. De raad besluit in het najaar over de kredieten."
    ),
    "medicijnen": (
        "Signalen uit de apotheek\n"
        "\n"
        "Apothekers zien dat ouderen medicijnen overslaan omdat de eigen bijdrage te hoog is. Het gaat "
        "om middelen zoals Metformine, Omeprazol, Simvastatine en insuline. Sommige ouderen gebruiken "
        "meer dan vijf middelen tegelijk en raken het overzicht kwijt. Een medicatiebeoordeling door "
        "huisarts en apotheker helpt. Ook het gebruik van slaapmiddelen als Oxazepam en pijnstillers als "
        "Tramadol neemt toe. De tafel stelt voor dat de wijkverpleging een baxterrol adviseert bij "
        "inwoners die alleen wonen. Voor inwoners met een laag inkomen betaalt de collectieve "
        "zorgverzekering een deel van de eigen bijdrage terug. Het Zorgkantoor en de zorgverzekeraar "
        "worden uitgenodigd voor het volgende overleg."
    ),
    "schuldhulp_cijfers": (
        "Kwartaalrapportage schuldhulpverlening Q3\n"
        "\n"
        "In het derde kwartaal meldden zich 97 inwoners voor schuldhulp, tegen 84 in Q2. Gemiddelde "
        "schuld: € 31.500, verdeeld over 14 schuldeisers. De grootste schuldeisers zijn de "
        "Belastingdienst, zorgverzekeraars, het CJIB en DUO. Het aantal dossiers met een "
        "beschermingsbewind steeg tot 212. Doorlooptijd tot een stabiele situatie: 9 weken. "
        "Schuldregelingen via de Kredietbank: 23 gestart, 11 afgerond. Wsnp-verzoeken: 4. "
        "Vroegsignalering leverde 380 signalen op van de woningcorporaties, energieleveranciers en "
        "waterbedrijven. Conclusie: de instroom stijgt, de capaciteit niet. Voorstel: tijdelijk 1,5 fte "
        "extra uit de middelen van het Rijk voor armoedebestrijding, zie RIB 2025-207."
    ),
    "maandag_verslag": (
        "Verslag maandagoverleg\n"
        "\n"
        "Maandag is het overleg verplaatst naar het gemeentehuis. Dinsdag en woensdag was het team op "
        "training. Donderdag volgt de intervisie. In mei en juni neemt de tafel minder casussen in "
        "behandeling door de vakanties. Het team bespreekt drie nieuwe signalen: een oudere man die "
        "vereenzaamt, een gezin met huurachterstand en een jongere die niet meer naar school gaat. Voor "
        "alle drie is een casusregisseur aangewezen. De regisseurs koppelen over vier weken terug. "
        "Verder: de nieuwe privacyverklaring is klaar en staat op het intranet. Afgesproken is dat "
        "niemand namen of adressen in de gedeelde map zet. Volgend overleg: maandag om 9.30 uur, zelfde "
        "zaal."
    ),
    "inkoop": (
        "Inkoop Jeugd en Wmo regio 2027\n"
        "\n"
        "De gemeenten in de regio besteden de specialistische jeugdhulp opnieuw aan. Het Regionaal "
        "Inkoopbureau voert de aanbesteding uit. Percelen: Jeugd en Gezin, Dagbesteding, Beschermd Wonen "
        "en Ambulante Begeleiding. Aanbieders schrijven in via TenderNed. De tarieven worden gebaseerd "
        "op het reële kostprijsonderzoek van het Netwerk Inkoop en de Nederlandse Zorgautoriteit (NZa). "
        "Zorgaanbieders moeten voldoen aan het Kwaliteitskader Jeugd en het keurmerk van de SKJ. "
        "Raadsinformatiebrief RIB 2026-044 beschrijft de planning: publicatie in het tweede kwartaal, "
        "gunning na de zomer, start van de contracten per 1 januari 2027. Overgangsrecht: lopende "
        "trajecten mogen een jaar doorlopen bij de huidige aanbieder."
    ),
    "wmo_verordening": (
        "Toelichting Verordening Wmo 2026, artikel 8 en 9\n"
        "\n"
        "Artikel 8 regelt het persoonsgebonden budget (pgb). Een inwoner kan kiezen voor een pgb als hij "
        "een budgetplan indient. Het tarief voor informele hulp is 75 procent van het tarief voor "
        "formele zorg. De Sociale Verzekeringsbank (SVB) betaalt de zorgverleners uit. Artikel 9 gaat "
        "over de bijdrage in de kosten. Het CAK stelt de bijdrage vast. Het abonnementstarief is in 2026 "
        "€ 21,80 per vier weken. Voor een beschermd-wonenvoorziening geldt een andere bijdrage. Lid 3: "
        "het college kan in bijzondere gevallen afwijken. Zie ook Nadere Regels Maatschappelijke "
        "Ondersteuning, hoofdstuk 4, paragraaf 4.2."
    ),
    "mantelzorg": (
        "Mantelzorgwaardering 2025\n"
        "\n"
        "In november ontvingen 1.620 mantelzorgers de jaarlijkse waardering: een cadeaubon van € 50 of "
        "een bijdrage aan een activiteit. Op de Dag van de Mantelzorg, 10 november, was er een ontbijt "
        "in drie dorpshuizen. Jonge mantelzorgers (12 tot 24 jaar) kregen een bioscoopbon. Het steunpunt "
        "mantelzorg gaf 96 adviesgesprekken en regelde in 41 situaties respijtzorg. Er zijn 12 "
        "logeerplekken beschikbaar in de regio. De wachttijd voor een maatje via Humanitas was gemiddeld "
        "zes weken. Aandachtspunt: veel mantelzorgers zorgen voor iemand met dementie, NAH of een "
        "psychische aandoening. De meesten combineren de zorg met betaald werk."
    ),
    "statushouders": (
        "Taakstelling huisvesting statushouders\n"
        "\n"
        "De taakstelling voor het tweede halfjaar is 34 statushouders. Tot nu toe zijn 21 statushouders "
        "gehuisvest. De achterstand komt door een tekort aan kleine woningen. Het COA meldt dat in de "
        "azc's in de provincie veel gezinnen wachten op een woning. Met de woningcorporaties is "
        "afgesproken dat 15 procent van de vrijkomende sociale huurwoningen naar urgent woningzoekenden "
        "gaat. Statushouders volgen het inburgeringstraject onder de Wet inburgering 2021: de B1-route, "
        "de onderwijsroute of de Z-route. VluchtelingenWerk begeleidt de eerste zes maanden. Syrische, "
        "Eritrese en Oekraïense nieuwkomers vormen de grootste groepen. Ontheemden uit Oekraïne vallen "
        "onder de Richtlijn Tijdelijke Bescherming."
    ),
    "dorpscasus": (
        "Casus voor de tafel (zonder namen)\n"
        "\n"
        "Een alleenstaande oudere man van in de tachtig woont op een boerderij aan de rand van het dorp. "
        "Sinds de dood van zijn vrouw eet hij slecht. De buren brengen soms eten. Hij heeft geen "
        "kinderen; een neef woont in het westen van het land. De huisarts maakt zich zorgen over vallen "
        "en over zijn geheugen. Hij weigert thuiszorg en wil niet naar een verzorgingshuis. Het erf "
        "raakt verwaarloosd en de koeien zijn verkocht. Vraag: kan de gemeente bemoeizorg inzetten, en "
        "wie is de beste ingang: de huisarts, de dominee of de buurman? De tafel adviseert een gesprek "
        "samen met de praktijkondersteuner."
    ),
    "uitvoeringsprogramma": (
        "Uitvoeringsprogramma Armoede en Schulden 2025-2028\n"
        "\n"
        "Pijler 1: Iedereen doet mee. Alle kinderen kunnen sporten, zwemmen en op schoolreis via het "
        "Kindpakket, Jeugdfonds Sport & Cultuur en Stichting Leergeld.\n"
        "Pijler 2: Geldzorgen eerder zien. Vroegsignalering met de woningcorporaties, zorgverzekeraars "
        "en drinkwaterbedrijven; Geldfit en het Nibud-budgetadvies.\n"
        "Pijler 3: Schulden duurzaam oplossen. Schuldhulpverlening binnen vier weken, saneringskrediet "
        "en het Jongeren Perspectief Fonds.\n"
        "Pijler 4: Werk loont. Begeleiding naar werk via het Werkbedrijf, Taalhuis en Digi-taalhuis in "
        "de bibliotheek.\n"
        "Budget: € 2,4 miljoen per jaar. Monitoring via de Armoedemonitor van het CBS en het Nibud. "
        "Evaluatie in 2028."
    ),
    "privacy": (
        "Werkafspraken privacy casuïstiektafel\n"
        "\n"
        "Deelnemers brengen een casus alleen in zonder naam, adres of geboortedatum. De Algemene "
        "verordening gegevensbescherming (AVG) en de Wet maatschappelijke ondersteuning bepalen welke "
        "gegevens gedeeld mogen worden. Toestemming van de inwoner is het uitgangspunt. De Functionaris "
        "Gegevensbescherming (FG) is bij vragen bereikbaar via het privacyloket. Verslagen worden na "
        "twee jaar vernietigd. Een datalek meldt de deelnemer binnen 24 uur bij de FG; de gemeente meldt "
        "het zo nodig binnen 72 uur bij de Autoriteit Persoonsgegevens. Gebruik geen WhatsApp of Gmail "
        "voor casusinformatie, maar Teams of de beveiligde mail. Het convenant is getekend door alle "
        "partners."
    ),
    "zorgboerderij_generiek": (
        "Dagbesteding op de boerderij\n"
        "\n"
        "In de gemeente zijn vier zorgboerderijen die dagbesteding bieden aan ouderen met dementie, "
        "jongeren en mensen met een verstandelijke beperking. De Federatie Landbouw en Zorg ziet een "
        "groeiende vraag. Deelnemers voeren de kalveren, werken in de moestuin of helpen in de "
        "kaasmakerij. Een dagdeel kost gemiddeld € 58 uit de Wmo of de Wlz. Voor jongeren met een "
        "indicatie onder de Jeugdwet is er een apart tarief. De zorgboerderijen vragen de gemeente om "
        "vervoer, omdat het openbaar vervoer in het buitengebied beperkt is. De Regiotaxi rijdt niet "
        "vroeg genoeg. Voorstel: een pilot met een eigen busje, betaald uit het budget voor Welzijn op "
        "Recept."
    ),
    "april_overleg": (
        "Terugblik overleg\n"
        "\n"
        "April stond in het teken van de nieuwe werkwijze. Mei brengt de eerste evaluatie. Juni is de "
        "laatste maand voor de zomerstop. Vanaf september draait het team weer op volle sterkte. Black "
        "Friday en Halloween zijn geen Nederlandse feestdagen, zei de trainer lachend. Hemelvaart en "
        "Pinksteren vallen dit jaar vroeg. Vrijdag 13 is geen reden om een afspraak te verzetten. Verder "
        "bespraken we het jaarverslag: 12 casussen afgerond, 3 doorgeschoven, 2 teruggelegd bij de "
        "aanmelder. Iedereen is tevreden over de nieuwe voorzitter en de tijdsbewaking. Volgende keer: "
        "de casus over de gezinnen met een laag inkomen in de nieuwe wijk."
    ),
    "gedeeltelijk_engels": (
        "Pilot Housing First\n"
        "\n"
        "Housing First biedt dak- en thuisloze mensen direct een eigen woning met begeleiding. De pilot "
        "volgt de principes van het model uit de Verenigde Staten en het Housing First Nederland "
        "netwerk. Target group: 20 inwoners met een langdurige dak- en thuisloosheid en complexe "
        "problemen. Case managers werken met een caseload van maximaal 10. De Stuurgroep "
        "Maatschappelijke Opvang en Beschermd Wonen bewaakt de voortgang. Outcome: na een jaar woont 80 "
        "procent nog in de eigen woning. Budget uit de Decentralisatie-uitkering Dak- en thuisloosheid: "
        "€ 380.000. Partners: de woningcorporaties, het Leger des Heils en de GGZ. Next step: opschaling "
        "naar de hele regio."
    ),
    "rekenkamer": (
        "Rekenkameronderzoek toegang sociaal domein\n"
        "\n"
        "De Rekenkamercommissie onderzocht de toegang tot jeugdhulp en Wmo-voorzieningen. Conclusies: de "
        "toegang is laagdrempelig, maar inwoners wachten te lang op een keukentafelgesprek. Gemiddeld "
        "duurde het 31 dagen van melding tot gesprek. Bij jeugdhulp via de huisarts ontbreekt vaak een "
        "terugkoppeling aan het wijkteam. De Rekenkamer beveelt aan: (1) stuur op doorlooptijden, (2) "
        "maak afspraken met de huisartsen over verwijzingen, (3) verbeter de registratie in het "
        "cliëntvolgsysteem. Het college neemt de aanbevelingen over, met uitzondering van aanbeveling 3, "
        "vanwege de overstap naar een nieuw systeem in 2027. De raad bespreekt het rapport op 3 "
        "februari."
    ),
    "achternaam_woorden": (
        "Verslag werkbezoek\n"
        "\n"
        "Bakker, slager en visser: de ondernemers in het dorp doen mee aan Werkfit. Visser en boer zijn "
        "beroepen die verdwijnen. De Molenaar van de korenmolen geeft rondleidingen voor scholen. Koster "
        "en kerkvoogden openen de kerk voor de koffieochtend. Smit en timmerman zoeken leerlingen via "
        "het leerwerkbedrijf. Bos en heide rond de kernen trekken toeristen. De wandelroute langs de "
        "Beek is opgeknapt. Mark de afspraken in de agenda. Roos, tulp en lelie bloeien in de "
        "kwekerijen. Kok en gastvrouw zijn vacatures in de horeca. Baas en werknemer sluiten een "
        "leer-werkovereenkomst. Het werkbezoek eindigde met koffie en appeltaart in het dorpshuis."
    ),
    "nummers": (
        "Overzicht stukken commissie\n"
        "\n"
        "Bij dit agendapunt horen de volgende stukken: raadsvoorstel 2025-031 over de Verordening Wmo, "
        "RIB 2026-118 over de inkoop, motie M12 over armoede, amendement A3 over de tarieven en "
        "toezegging T2025-07. De begrotingswijziging nummer 4 betreft een bedrag van € 312.000. Zie ook "
        "de brief van de provincie met kenmerk 2026/04518 en het advies van de Adviesraad Sociaal Domein "
        "van 12 pagina's. Het zaaknummer in het archief is Z/25/019283. De stukken liggen ter inzage in "
        "de leeskamer. Vragen over de stukken kunt u tot twee dagen voor de vergadering stellen aan de "
        "griffie. De behandeling staat gepland voor de commissie van week 14."
    ),
    "leeftijdsgroepen": (
        "Doelgroepen\n"
        "\n"
        "De regeling is bedoeld voor jongeren van 16 tot 23 jaar, voor ouderen vanaf 67 jaar en voor "
        "gezinnen met kinderen tot 18 jaar. Kinderen van vier tot twaalf jaar kunnen meedoen aan de "
        "sportweek. Jongeren onder de 18 hebben toestemming van een ouder nodig. Voor 65-plussers is er "
        "een apart spreekuur. In de leeftijdsgroep van 75 tot 85 jaar neemt eenzaamheid toe. De "
        "gemiddelde leeftijd van mantelzorgers is 54 jaar. Ruim een derde van de 80-jarigen woont "
        "alleen. Bij jongeren van achttien wordt de jeugdhulp verlengd tot 23 jaar als dat nodig is. De "
        "wachtlijst voor 18-min is korter dan voor volwassenen. Senioren vanaf 55 jaar kunnen terecht "
        "bij de ouderenadviseur."
    ),
    "getallen_woorden": (
        "Cijfers in het kort\n"
        "\n"
        "Twee op de drie aanvragen werden toegekend. Vijf gezinnen kregen een urgentieverklaring. "
        "Zestien jongeren vonden een stageplek. Twaalf vrijwilligers volgden de training. Drie teams "
        "werken in de kernen, één team in het buitengebied. Negen van de tien inwoners geven het "
        "wijkteam een voldoende. Honderd huishoudens ontvingen een energiebox. Veertig procent van de "
        "aanvragen kwam via de huisarts. Zeven casussen werden opgeschaald naar de tafel. Achttien "
        "aanbieders leveren jeugdhulp in de regio. Vier op de tien mantelzorgers voelt zich overbelast. "
        "Elf scholen doen mee aan het programma. Dertig ouders kwamen naar de informatieavond."
    ),
    "tijden_bedragen": (
        "Tarieven en tijden 2026\n"
        "\n"
        "Huishoudelijke hulp: € 34,50 per uur. Begeleiding individueel: € 68,12 per uur. Dagbesteding: € "
        "52,40 per dagdeel. Vervoer: € 1,10 per kilometer. De eigen bijdrage is € 21,80 per vier weken. "
        "Het loket is open op werkdagen van 8.30 tot 17.00 uur, op donderdag tot 20.00 uur. Het "
        "telefonisch spreekuur is van 9 tot 11 uur. Huisbezoeken vinden plaats tussen 9.00 en 16.00 uur. "
        "De wachttijd is maximaal 10 werkdagen. Een indicatie geldt voor 12 maanden en kan worden "
        "verlengd met 6 maanden. Tarieven worden jaarlijks per 1 januari geïndexeerd met de OVA-index "
        "van 3,2%. Meer informatie staat op de website onder Zorg en Ondersteuning."
    ),
    "brief_inwoners": (
        "Beste inwoner,\n"
        "\n"
        "U ontvangt deze brief omdat u een uitkering heeft van de gemeente. Vanaf volgend jaar verandert "
        "er iets. De energietoeslag komt te vervallen, maar u kunt een beroep doen op de bijzondere "
        "bijstand. Heeft u vragen? Bel het Wmo-loket of kom langs bij het Werkplein in het gemeentehuis. "
        "U kunt ook hulp vragen bij het Sociaal Raadslieden Spreekuur of bij Schuldhulpmaatje. Wij "
        "helpen u graag bij het invullen van formulieren. Neem uw DigiD mee als u langskomt. Lukt het "
        "niet om zelf te komen? Dan komen wij bij u thuis.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Team Inkomen\n"
        "Gemeente"
    ),
    "sport": (
        "Sportakkoord en beweegaanbod\n"
        "\n"
        "Het Lokaal Sportakkoord loopt tot eind 2026. De sportformateur heeft met verenigingen, scholen "
        "en zorgorganisaties afspraken gemaakt. Speerpunten zijn Vaardig in Bewegen, Sportief Opgroeien "
        "en Positieve Sportcultuur. De voetbalclub, de tennisvereniging en de zwemclub bieden aangepast "
        "sporten aan voor mensen met een beperking. Walking football en Old Stars zijn populair bij "
        "ouderen. Het Jeugdfonds Sport & Cultuur betaalt de contributie voor kinderen uit gezinnen met "
        "een laag inkomen. De buurtsportcoach organiseert in de zomervakantie een sportkamp van maandag "
        "tot en met vrijdag. De subsidie van het ministerie van VWS bedraagt € 45.000 per jaar via de "
        "SPUK Sportakkoord."
    ),
    "zinsbeginners_namenlijk": (
        "Reflectie van het team\n"
        "\n"
        "Hoop is een belangrijk woord in ons werk. Vaak zien we gezinnen die het vertrouwen kwijt zijn. "
        "Roos schilderde vroeger in de wachtruimte, nu hangen er tekeningen van kinderen. Wil je als "
        "professional het verschil maken, dan moet je durven vragen. Hoewel de regels streng zijn, is er "
        "ruimte. Mits de casus goed is beschreven, kan de tafel snel beslissen. Dankzij de nieuwe "
        "werkwijze lukt dat nu vaker. Wens van het team: meer tijd per gezin. Stoker en vuur waren het "
        "thema van de open dag bij de brandweer. Het gaat om werkwijzen, niet om personen. Samen zoeken "
        "we naar wat werkt."
    ),
    "lowercase_notulen": (
        "notulen overleg sociaal team, kort\n"
        "\n"
        "aanwezig: teamleider, twee wmo-consulenten, jeugdconsulent, schuldhulp, wijkverpleging. "
        "afwezig: gbt.\n"
        "1. mededelingen: nieuwe collega start volgende maand, werkt drie dagen. laptop aangevraagd.\n"
        "2. wachtlijst wmo: nu 34 meldingen, langst wachtende 9 weken. voorstel: extra spreekuur op "
        "vrijdag.\n"
        "3. casussen: twee gezinnen met huurachterstand besproken, beide doorgezet naar schuldhulp. een "
        "oudere man die vereenzaamt, wijkverpleging gaat langs.\n"
        "4. scholing: training meldcode huiselijk geweld in het voorjaar, iedereen verplicht.\n"
        "5. rondvraag: koffieautomaat kapot, facilitair gebeld. parkeren bij het gemeentehuis blijft "
        "lastig.\n"
        "volgende keer: evaluatie werkwijze en jaarcijfers."
    ),
    "lowercase_memo": (
        "memo aan team jeugd\n"
        "\n"
        "vanaf volgende maand werken we met de nieuwe beschikkingen. de jeugdconsulent maakt na het "
        "gesprek binnen twee weken een plan. ouders krijgen een kopie. bij twijfel overleggen met de "
        "gedragswetenschapper. let op: bij een verlenging altijd de evaluatie van de aanbieder opvragen. "
        "de gecertificeerde instelling wordt betrokken als er een maatregel loopt. pgb alleen na overleg "
        "met de teamleider. vervoer naar school valt onder leerlingenvervoer, niet onder jeugdhulp. de "
        "regeling voor pleegouders is aangepast: de vergoeding gaat omhoog. bij vragen: mail de "
        "functionele postbus of loop even binnen bij de teamleider. dank voor jullie inzet, het was een "
        "zwaar jaar."
    ),
    "ministeries": (
        "Landelijke ontwikkelingen\n"
        "\n"
        "De Tweede Kamer heeft de Hervormingsagenda Jeugd aangenomen. De staatssecretaris van VWS wil de "
        "jeugdzorg beter betaalbaar maken. Het ministerie van SZW werkt aan een vereenvoudiging van de "
        "Participatiewet, het zogenaamde Spoor 1. De Eerste Kamer stemt in het voorjaar over de Wet "
        "versterking regie volkshuisvesting. De Vereniging van Nederlandse Gemeenten (VNG) vraagt om "
        "meer geld voor het sociaal domein. De Raad van State adviseerde kritisch over de bezuinigingen. "
        "De Nationale ombudsman publiceerde een rapport over de toegankelijkheid van de bijstand. Het "
        "Sociaal en Cultureel Planbureau (SCP) ziet dat armoede onder kinderen daalt. De gemeente volgt "
        "deze ontwikkelingen via de VNG en de G40."
    ),
    "tabellen": (
        "Bijlage 2: Tabellen\n"
        "\n"
        "Tabel 1. Aantal cliënten per voorziening, 2023-2025\n"
        "Voorziening | 2023 | 2024 | 2025\n"
        "Huishoudelijke hulp | 1.204 | 1.287 | 1.342\n"
        "Begeleiding | 512 | 548 | 601\n"
        "Dagbesteding | 233 | 241 | 262\n"
        "Woningaanpassing | 88 | 94 | 79\n"
        "Vervoer | 1.876 | 1.902 | 1.955\n"
        "\n"
        "Tabel 2. Kosten per voorziening in duizenden euro's\n"
        "Huishoudelijke hulp: 4.120 | Begeleiding: 5.870 | Dagbesteding: 3.110 | Woningaanpassing: 690 | "
        "Vervoer: 1.240\n"
        "\n"
        "Figuur 1 laat de ontwikkeling zien. Bron: eigen registratie, peildatum 31 december. "
        "Toelichting: de daling bij woningaanpassingen komt door de lange levertijden van traplift en "
        "badkamer. De stijging bij begeleiding hangt samen met de toename van inwoners met dementie."
    ),
    "engelse_termen": (
        "Social Return on Investment\n"
        "\n"
        "Bij aanbestedingen boven € 100.000 vraagt de gemeente een Social Return on Investment van 5 "
        "procent. Leveranciers kunnen dat invullen met een baan, een stageplek of een leerwerkplek voor "
        "iemand met een afstand tot de arbeidsmarkt. De Customer Journey van werkzoekenden laat zien dat "
        "veel mensen afhaken na het eerste gesprek. Quick wins: een vaste contactpersoon en een warme "
        "overdracht. De Social Enterprise in het dorp biedt werkplekken in de kringloopwinkel en het "
        "repaircafé. Het Participatiecollectief komt elke maand bij elkaar. Key Performance Indicators "
        "zijn het aantal plaatsingen en de duurzaamheid na zes maanden. De monitor wordt elk kwartaal "
        "besproken in de Stuurgroep Werk."
    ),
    "casus_mevrouw": (
        "Casus ter bespreking (geanonimiseerd)\n"
        "\n"
        "Mevrouw is weduwe en woont zelfstandig in een huurwoning aan de rand van het dorp. Haar "
        "kinderen wonen ver weg. Sinds een val vorig jaar durft zij niet meer naar buiten. De huisarts "
        "signaleert gewichtsverlies. De wijkverpleegkundige komt twee keer per week voor de steunkousen. "
        "Mevrouw wil geen dagbesteding, want ze kent daar niemand. De buurvrouw doet boodschappen, maar "
        "gaat zelf verhuizen. Er is een vermoeden van beginnende dementie; een onderzoek bij de "
        "geheugenpoli is nog niet gedaan. De vraag aan de tafel: wie neemt de regie, en hoe krijgen we "
        "mevrouw in beeld bij de ouderenadviseur zonder haar te overvragen? Afspraak: de "
        "wijkverpleegkundige bespreekt een huisbezoek."
    ),
    "feest_lowercase": (
        "Terugblik feestdagen\n"
        "\n"
        "Rond kerst en oud en nieuw waren er meer meldingen van eenzaamheid. Met sinterklaas en kerst "
        "deelde de voedselbank extra pakketten uit. Tijdens de ramadan hielden de moskee en het "
        "buurthuis samen een iftar. Bij het suikerfeest waren de inloopochtenden dicht. Rond pasen "
        "startte de paasactie voor gezinnen met een laag inkomen. Op koningsdag was het wijkteam "
        "aanwezig op de vrijmarkt met een kraam over schulden. Met hemelvaart en pinksteren waren de "
        "huisartsen beperkt bereikbaar, de huisartsenpost nam het over. In de zomer organiseerde het "
        "jongerenwerk een kamp in de bossen. Voor dit jaar staan dezelfde acties gepland, aangevuld met "
        "een kerstdiner in elke kern."
    ),
    "landbouw2": (
        "Seizoenswerk en inkomen\n"
        "\n"
        "In de zomer werken veel inwoners tijdelijk in de fruitteelt, de boomkwekerij en bij de "
        "aardbeienpluk. Arbeidsmigranten uit Polen, Roemenië en Bulgarije wonen dan op campings of in "
        "chalets op het erf. De gemeente controleert de huisvesting samen met de brandweer. Veel "
        "seizoenswerkers zijn niet ingeschreven in de BRP. Signalen over uitbuiting gaan naar de "
        "Arbeidsinspectie. In het najaar komt de oogst van appels en peren, in het voorjaar de "
        "aspergesteek en de tulpenbollen. Inwoners met een uitkering mogen tijdelijk bijverdienen; de "
        "inkomsten worden verrekend. Het loket Werk en Inkomen adviseert om de verdiensten maandelijks "
        "door te geven. Zo voorkomt men terugvorderingen achteraf."
    ),
    "numerieke_data": (
        "Planning en termijnen\n"
        "\n"
        "De nieuwe verordening geldt vanaf 1-1-2026. Aanvragen die zijn ingediend vóór 31-12-2025 worden "
        "volgens de oude regels behandeld. De inspraakperiode loopt van 01-03 tot 15-04. In Q3 2025 is "
        "de pilot geëvalueerd; de resultaten van 2025-Q4 volgen. De raad besluit in week 14, de "
        "commissie vergadert in week 12. Periode jan-mrt: 412 aanvragen, apr-jun: 388. De termijn voor "
        "bezwaar is zes weken na dagtekening. Indexering volgt jaarlijks op 1/1 en 1/7. Het "
        "uitvoeringsplan 2026-2029 wordt in december vastgesteld. Tot en met 30-06-2026 geldt een "
        "overgangsregeling voor lopende indicaties. Daarna vervalt de oude regeling definitief."
    ),
    "grootboek": (
        "Financiële verantwoording\n"
        "\n"
        "De uitgaven voor bijzondere bijstand zijn geboekt op kostenplaats 6.7100.4300 en "
        "grootboekrekening 4300 1200. Het budget voor minimaregelingen staat op taakveld 6.3 en 6.71. De "
        "BTW-compensatie is verwerkt via het BCF. Uitgaven per taakveld: 6.1 Samenkracht en "
        "burgerparticipatie € 2.104.000; 6.2 Toegang en eerstelijnsvoorzieningen € 3.850.000; 6.6 "
        "Maatwerkvoorzieningen Wmo € 1.920.000; 6.72 Maatwerkdienstverlening 18- € 9.310.000. De "
        "accountant heeft een goedkeurende verklaring afgegeven met een materialiteit van 1 procent. Het "
        "SiSa-formulier is tijdig ingediend bij het CBS. Opdrachtnummer van de controle: 2025/AC/118. "
        "Het resultaat wordt toegevoegd aan de reserve sociaal domein."
    ),
    "zorgaanbieders_generiek": (
        "Contractmanagement\n"
        "\n"
        "De gemeente heeft contracten met 64 zorgaanbieders. Bij 12 aanbieders is een gesprek gevoerd "
        "over de kwaliteit. Een huisartsenpraktijk, een zorgboerderij en twee thuiszorgorganisaties "
        "kregen een verbeterplan. Een jeugdhulpaanbieder is failliet gegaan; de cliënten zijn overgegaan "
        "naar andere aanbieders. De Zorgboerderij als voorziening blijft populair bij jongeren. "
        "Woningcorporaties melden meer overlast door verward gedrag. De Thuiszorgorganisatie in de regio "
        "heeft een tekort aan personeel. Met de GGZ-instelling is afgesproken dat de wachttijd onder de "
        "twaalf weken blijft. Het Gezondheidscentrum in de grootste kern opent een avondspreekuur. "
        "Aanbieders leveren elk kwartaal hun productiecijfers aan."
    ),
    "kernen_en_wijken": (
        "Wijkgericht werken\n"
        "\n"
        "De gemeente werkt met vier gebiedsteams: Noord, Zuid, Oost en West. Elk team heeft een vaste "
        "wijkcoördinator. In de wijken met veel sociale huur is de vraag het grootst. De Binnenstad kent "
        "veel jonge alleenstaanden, het Buitengebied vooral ouderen en agrariërs. In de Nieuwbouwwijk "
        "wonen jonge gezinnen met kleine kinderen. De Oude Kern heeft een actieve dorpsraad. Het team "
        "Centrum houdt spreekuur in de bibliotheek. In het Westen van de gemeente wordt het buurthuis "
        "verbouwd. De wijkagent, de jongerenwerker en de wijkverpleegkundige sluiten aan bij het "
        "maandelijkse wijkoverleg. Doel is om problemen eerder te zien en samen op te pakken, dicht bij "
        "de inwoners."
    ),
    "dag_zonder_datum": (
        "Weekoverzicht team\n"
        "\n"
        "Op maandag draait het team het inloopspreekuur. Dinsdagochtend is er casuïstiekoverleg, "
        "dinsdagmiddag administratie. Woensdag is de dag voor huisbezoeken in de kleine kernen. "
        "Donderdagavond is het loket open tot acht uur. Vrijdag is er teamoverleg en intervisie, om de "
        "week. In de eerste week van de maand bespreken we de wachtlijst. Elke derde donderdag van de "
        "maand is er overleg met de huisartsen. Op de laatste vrijdag van het kwartaal leveren we de "
        "cijfers aan. In de schoolvakanties is er een zomerrooster. Met Kerst en Oud en Nieuw is het "
        "loket twee dagen dicht. Vragen over het rooster gaan naar de planner."
    ),
    "koopkracht": (
        "Koopkracht en communicatie\n"
        "\n"
        "Voor Jan Modaal gaat de koopkracht er volgend jaar met 1,2 procent op vooruit, maar huishoudens "
        "met een minimuminkomen blijven achter. Het fonds Jantje Beton betaalt mee aan een nieuw "
        "speelveld in de grootste kern. De Kindertelefoon en Het Vergeten Kind geven voorlichting op "
        "scholen. Bel de Kindertelefoon of kijk op de website van Stichting Kinderpostzegels voor "
        "lesmateriaal. De herinrichting van de Stationsstraat begint in het voorjaar; het loket verhuist "
        "tijdelijk naar de Kerkstraat, naast de bibliotheek. Aanvraagformulieren kunt u zonder postzegel "
        "sturen naar Postbus 15, antwoordnummer 1234. Klaas Vaak en Sinterklaas kwamen in december langs "
        "bij de peuterspeelzaal. De campagne loopt via de lokale krant en sociale media."
    ),
    "fruit_en_vee": (
        "Prijzen en oogst in het buitengebied\n"
        "\n"
        "Fruittelers kregen dit jaar weinig voor Elstar en Jonagold; de Conference-peer deed het beter. "
        "Akkerbouwers met Bintje, Agria en Fontane zagen de aardappelprijs halveren. Melkveehouders met "
        "Holstein-Friesians en een paar Blonde d'Aquitaine-koeien merken de hoge voerkosten. Een nieuwe "
        "trekker van John Deere of Fendt is voor veel jonge boeren onbetaalbaar; een tweedehands Massey "
        "Ferguson is het hoogst haalbare. Het programma Boer zoekt Vrouw geeft een rooskleurig beeld, "
        "zegt de erfbetreder. In werkelijkheid werken boerengezinnen zeven dagen per week. De tafel "
        "adviseert een informatieavond in het dorpshuis met de Rabobank, de accountant en de "
        "schuldhulpverlening, op een avond buiten het oogstseizoen."
    ),
    "chatlog": (
        "[08:02] Teamleider: goedemorgen, vandaag casuïstiektafel om 10 uur in zaal 3\n"
        "[08:05] Wmo-consulent: ik ben er, wel tot 11.30\n"
        "[08:07] Jeugdconsulent: kan iemand de agenda delen? ik zit in de trein\n"
        "[08:09] Teamleider: staat in Teams, map Tafel, bestand Agenda\n"
        "[08:15] Schuldhulpverlener: ik neem de cijfers van Q3 mee\n"
        "[08:20] Wijkverpleegkundige: kom later, eerst twee wondzorgbezoeken\n"
        "[08:21] Teamleider: prima. Punt 2 schuiven we dan naar achteren\n"
        "[09:40] Jeugdconsulent: trein vertraagd, 10 minuten later\n"
        "[09:55] Teamleider: geen probleem, we beginnen met de rondvraag\n"
        "[11:35] Wmo-consulent: actiepunten staan in het verslag. Volgende tafel over vier weken, zelfde "
        "tijd\n"
        "[11:36] Schuldhulpverlener: top, tot dan\n"
        "[11:40] Wijkverpleegkundige: bedankt allemaal, fijne dag"
    ),
    "formulier": (
        "AANVRAAGFORMULIER BIJZONDERE BIJSTAND (leeg model, versie 2026-1)\n"
        "\n"
        "Naam aanvrager: ..............................\n"
        "Geboortedatum: ..-..-....\n"
        "BSN: .........\n"
        "Adres: ..............................\n"
        "Postcode en woonplaats: ..............................\n"
        "Telefoonnummer: ..............   E-mailadres: ..............\n"
        "IBAN: NL.. .... .... .... ..\n"
        "Waarvoor vraagt u bijstand aan? ..............................\n"
        "Bedrag: € ..........\n"
        "Toelichting voor de aanvrager\n"
        "Vul alle vragen in en stuur kopieën mee van uw bankafschriften van de laatste drie maanden. "
        "Zonder bewijsstukken kunnen wij uw aanvraag niet behandelen. U krijgt binnen acht weken een "
        "beslissing. Heeft u hulp nodig bij het invullen? Vraag het Sociaal Raadslieden Spreekuur of de "
        "Formulierenbrigade."
    ),
    "telefoon_transcript": (
        "Telefoongesprek informatielijn, uitgetypt voor het werkoverleg\n"
        "\n"
        "Beller: Goedemorgen, ik bel voor mijn vader. Hij kan zich niet meer goed redden thuis.\n"
        "Medewerker: Fijn dat u belt. Woont uw vader alleen?\n"
        "Beller: Ja, sinds mijn moeder is overleden. Hij is ver in de tachtig.\n"
        "Medewerker: Dan kan hij een melding doen bij het Wmo-loket. Een consulent komt dan langs voor "
        "een gesprek.\n"
        "Beller: Moet hij daar zelf bij zijn?\n"
        "Medewerker: Graag wel, en u mag erbij zijn. Neem ook de medicijnlijst van de apotheek mee.\n"
        "Beller: En als hij later naar een verpleeghuis moet?\n"
        "Medewerker: Dan vraagt hij een indicatie aan bij het CIZ, voor de Wet langdurige zorg.\n"
        "Beller: Dank u wel, ik bespreek het met hem."
    ),
    "winkels_media": (
        "Boodschappen en bereikbaarheid\n"
        "\n"
        "In de kleine kernen is geen supermarkt meer. Inwoners doen boodschappen bij de Albert Heijn, de "
        "Jumbo of de Lidl in de grotere kern, of bestellen via Picnic. Ouderen missen de bakker en de "
        "drogist; Kruidvat en Action zijn alleen met de auto bereikbaar. Het buurtbusje rijdt op dinsdag "
        "en vrijdag. De lokale omroep en het huis-aan-huisblad berichten over het project. Jongeren "
        "volgen het nieuws via TikTok en Instagram, ouderen via de krant en Omroep Gelderland. Het "
        "wijkteam maakt een flyer in eenvoudige taal en zet de informatie op Facebook. Een vrijwilliger "
        "van de seniorenvereniging helpt met bestellen via internet. Wie geen computer heeft, kan "
        "terecht in de bibliotheek."
    ),
    "fondsen": (
        "Fondsenwerving voor het buurtproject\n"
        "\n"
        "Voor de nieuwe speeltuin en het Cruyff Court zoekt de dorpsraad geld bij landelijke fondsen. De "
        "Johan Cruyff Foundation en het Oranje Fonds hebben positief gereageerd. Het Prinses Beatrix "
        "Spierfonds steunt een aangepaste wandelroute voor mensen met een spierziekte. Ouders van zieke "
        "kinderen logeren in het Ronald McDonald Huis bij het ziekenhuis in de stad. Koningin Máxima "
        "bezocht vorig jaar een project over financiële gezondheid in de regio; Koning Willem-Alexander "
        "opende het nieuwe gezondheidscentrum. Scholen bezoeken met de bus het Anne Frank Huis en "
        "bekijken in de klas Het Klokhuis over armoede. De Zonnebloem en Home-Start werken mee aan de "
        "activiteiten voor ouderen en jonge gezinnen. De raad wordt in het najaar geïnformeerd."
    ),
    "faq_leeftijden": (
        "Veelgestelde vragen over jeugd en volwassenheid\n"
        "\n"
        "Wanneer ben ik volwassen? Vanaf je 18e ben je volwassen en stopt de jeugdhulp, tenzij verlengde "
        "jeugdhulp nodig is. De 18-jarige grens in de Jeugdwet is voor veel jongeren een probleem. Tot "
        "welke leeftijd kan de hulp doorlopen? De leeftijdsgrens is 23 jaar. Wanneer krijg ik de "
        "volledige bijstandsnorm? Voor wie 21 jaar of ouder is geldt de volledige norm; de "
        "kostendelersnorm geldt vanaf 27 jaar voor inwonende kinderen. Hoe lang duurt een indicatie? "
        "Meestal een jaar. Het contract met de aanbieder loopt 4 jaar met een optie van 2 jaar. De "
        "vereniging van pleegouders viert dit jaar haar 50-jarig bestaan. Een twintigtal vrijwilligers "
        "helpt bij het feest. Bij de 65-jarigen en ouder stijgt het gebruik van de regeling."
    ),
    "lowercase_besluiten": (
        "besluitenlijst stuurgroep, snel uitgetypt\n"
        "\n"
        "- het college koos voor variant b, de raad voor variant c. verschil zit vooral in de kosten "
        "voor vervoer.\n"
        "- veel ouderen spreken alleen berber of tamazight, een tolk is nodig bij de huisbezoeken. "
        "budget voor tolken loopt via de wmo.\n"
        "- de hoop is dat meer ouders naar de informatieavond komen, de vorige keer waren het er "
        "twaalf.\n"
        "- afspraak: de wil van de inwoner staat centraal, ook als de aanbieder iets anders adviseert.\n"
        "- de boa's en de wijkagent lopen op vrijdagavond samen door de wijk.\n"
        "- conclusie: geen extra geld, wel meer samenwerking met de huisarts en de poh ggz.\n"
        "- actie: teamleider stuurt de notitie door aan de wethouder, die wil weten of de cijfers "
        "kloppen.\n"
        "- volgende stuurgroep na de zomer, met de evaluatie van de pilot."
    ),
    "peuters_feesten": (
        "Jaarverslag peuteropvang en voorschoolse educatie\n"
        "\n"
        "De peuteropvang werkt met de methode Jonge Kind en het VVE-programma Piramide. Op de "
        "basisscholen leren kinderen met de Vreedzame School en de Kanjertraining omgaan met conflicten; "
        "voor jongeren is er Rots en Water, voor ouders Triple P. Tijdens de Kinderboekenweek las de "
        "bibliotheek voor uit Dikkie Dik, Nijntje, Pippi Langkous en Jip en Janneke. De peuters speelden "
        "het toneelstuk Hans en Grietje; Peter Pan en Roodkapje waren de thema's van de verkleeddag. Met "
        "Sint Maarten liepen de kinderen met lampionnen langs de deuren. Rond Sint-Maarten en Sint "
        "Nicolaas was het druk in het buurthuis. Het bereik van de voorschoolse educatie steeg naar 86 "
        "procent van de doelgroepkinderen."
    ),
    "briefhoofd": (
        "Aan: de gemeenteraad\n"
        "Van: het college van burgemeester en wethouders\n"
        "Datum: 12 maart 2026\n"
        "Kenmerk: 2026/0412\n"
        "Onderwerp: voortgang Hervormingsagenda Jeugd, versie 1.2\n"
        "Bijlagen: II\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "In hoofdstuk 3 van de Hervormingsagenda Jeugd staan afspraken over de reikwijdte van de "
        "jeugdhulp. Wij informeren u hierbij over de stand van zaken. Uw brief van 3 februari hebben wij "
        "in goede orde ontvangen. De Coördinator Jeugd en de Consulent Wmo hebben in januari en februari "
        "alle lopende indicaties doorgelicht. Van de 640 indicaties zijn er 52 beëindigd en 118 omgezet "
        "naar een lichtere vorm. Op 1 april start de nieuwe werkwijze in alle kernen. In bijlage II "
        "vindt u de cijfers per kern.\n"
        "\n"
        "Hoogachtend,\n"
        "het college van burgemeester en wethouders,\n"
        "de secretaris, de burgemeester"
    ),
    "rollen_kopjes": (
        "Rolverdeling casuïstiektafel\n"
        "\n"
        "Voorzitter: de Procesregisseur Sociaal Domein. Notulist: de Secretaris van de Tafel. Vaste "
        "leden: Consulent Wmo, Consulent Jeugd, Consulent Werk en Inkomen, Schuldhulpverlener, "
        "Wijkverpleegkundige, Wijkagent, Leerplichtambtenaar en een Ervaringsdeskundige. Op uitnodiging: "
        "Huisarts, Praktijkondersteuner GGZ, Woonconsulent van de corporatie, Jeugdbeschermer van de "
        "Gecertificeerde Instelling, Medewerker Veilig Thuis, Reclasseringswerker. De Voorzitter bewaakt "
        "de tijd en de privacy. De Notulist legt afspraken vast zonder namen. Iedere Deelnemer brengt "
        "maximaal twee casussen per maand in. Nieuwe Leden tekenen het Convenant Gegevensdeling. "
        "Jaarlijks evalueert de Stuurgroep de werkwijze en rapporteert aan de Wethouder Zorg en Welzijn."
    ),
}

# (clean text, sentence with identifiers added, the identifiers that must be found)
WITH_IDENTIFIERS: list[tuple[str, str, list[str]]] = [
    (
        "regeling_data",
        "Mevrouw Yvonne Hoekstra vroeg de toeslag aan op 14 maart.",
        ["Yvonne Hoekstra", "14 maart"],
    ),
    (
        "nummers",
        "Het dossier van de aanvrager heeft nummer 2025-0417-88; zij woont op de Kerkstraat 12.",
        ["2025-0417-88", "Kerkstraat 12"],
    ),
    ("casus_anoniem", "De moeder, geboren op 3 maart 1988, woont in Wolvega.", ["3 maart 1988", "Wolvega"]),
    ("leeftijdsgroepen", "Meneer Jansen (81) woont alleen in het dorp.", ["Jansen", "81"]),
    (
        "ziekten",
        "Meneer Peters, 79, heeft Alzheimer en woont aan de Dorpsstraat 4.",
        ["Peters", "79", "Dorpsstraat 4"],
    ),
    (
        "mantelzorg",
        "Mantelzorger Anja Smit uit Dokkum zorgt al tien jaar voor haar man.",
        ["Anja Smit", "Dokkum"],
    ),
    ("achternaam_woorden", "Mevrouw Bakker werkt bij Zorggroep Meander.", ["Bakker", "Zorggroep Meander"]),
    ("brief_raad", "Vragen kunt u stellen aan Sanne de Boer, 06-12345678.", ["Sanne de Boer", "06-12345678"]),
    (
        "jeugd",
        "Kevin (16) uit Hoogeveen zit sinds 20 november thuis.",
        ["Kevin", "16", "Hoogeveen", "20 november"],
    ),
    ("afspraken", "9. Mevrouw El Idrissi krijgt op 2 december een huisbezoek.", ["El Idrissi", "2 december"]),
    (
        "numerieke_data",
        "Mevrouw Hanneke Vos diende haar aanvraag in op 12-11-2025.",
        ["Hanneke Vos", "12-11-2025"],
    ),
    (
        "lowercase_notulen",
        "6. casus mw de jong-bakker, 53 jr, woont in wolvega.",
        ["de jong-bakker", "53", "wolvega"],
    ),
    (
        "grootboek",
        "Terugvordering bij dhr. P. de Wit, dossiernummer 2025/AC/119.",
        ["P. de Wit", "2025/AC/119"],
    ),
    (
        "koopkracht",
        "Mevrouw Demi Post woont aan de Stationsstraat 14 en belde over de aanvraag.",
        ["Demi Post", "Stationsstraat 14"],
    ),
    (
        "fruit_en_vee",
        "Fruitteler Hendrik Mulder uit Kapelle belde op 4 oktober.",
        ["Hendrik Mulder", "Kapelle", "4 oktober"],
    ),
    (
        "chatlog",
        "[11:42] Teamleider: mw. Schouten belt morgen terug op 06-23456789",
        ["Schouten", "06-23456789"],
    ),
    (
        "fondsen",
        "Aanvrager is Willem-Alexander de Vries, Brink 7, 7824 HN Emmen.",
        ["Willem-Alexander de Vries", "Brink 7", "7824 HN", "Emmen"],
    ),
    ("faq_leeftijden", "Sinds zijn 18e woont Daan Verhoef (19) alleen.", ["18e", "Daan Verhoef", "19"]),
    (
        "lowercase_besluiten",
        "- mw de boer belt, haar dochter berber komt langs; overleg met koos over de huur.",
        ["de boer", "berber", "koos"],
    ),
    (
        "peuters_feesten",
        "Hans en Grietje Bakker verhuisden naar Sint Maarten.",
        ["Grietje Bakker", "Sint Maarten"],
    ),
    (
        "briefhoofd",
        "P.S. Mevrouw Van Dam (cliëntnummer 2026-0077) vraagt op 20 maart een gesprek.",
        ["Van Dam", "2026-0077", "20 maart"],
    ),
]


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(("name", "added", "parts"), WITH_IDENTIFIERS)
def test_the_same_wording_with_an_identifier_finds_it(name: str, added: str, parts: list[str]) -> None:
    text = CLEAN_TEXTS[name] + "\n" + added
    findings = detect(text)
    for part in parts:
        start = len(text) - len(added) + added.index(part)  # the part in the added sentence
        end = start + len(part)
        assert any(anonymisation_eval._covered(start, end, f.start, f.end) for f in findings), (
            part,
            [(f.category.value, f.text) for f in findings],
        )


@pytest.mark.parametrize(
    "sentence",
    [
        "Wie delft het onderspit als het geld op is?",
        "De gemeente weert geen inwoners van de regeling.",
        "het college koos voor variant b, de raad voor variant c.",
        "veel ouderen spreken alleen berber of tamazight.",
        "Bij de 65-jarigen en ouder stijgt het gebruik.",
        "De 18-jarige grens in de Jeugdwet is een probleem.",
        "Het contract loopt 4 jaar met een optie van 2 jaar.",
        "Stuur het formulier naar Postbus 15, antwoordnummer 1234.",
        "Het Landelijk Bureau Inning Onderhoudsbijdragen (LBIO) int alimentatie.",
        "Per 1 juli gaat de kostendelersnorm omhoog.",
        "Met Sint Maarten lopen de kinderen langs de deuren.",
        "Seizoenswerk in de fruitteelt en bij de aspergesteek levert extra inkomen op.",
        "De Dirk en de Vomar hebben actiepakketten; kleding komt van Primark, Wibra en de kringloop.",
        "De Huisartsenpraktijk en de Apotheek in het dorp werken samen.",
        "Bij Korsakov en Huntington is gespecialiseerde zorg nodig, net als bij Downsyndroom.",
        "Het syndroom van Gilles de la Tourette en de ziekte van Creutzfeldt-Jakob zijn zeldzaam.",
    ],
)
def test_a_hard_negative_sentence_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("ze woont in weert sinds mei", "weert"),
        ("mw bakker uit delft belt.", "delft"),
        ("Ze verhuisde naar Sint Maarten in 2019.", "Sint Maarten"),
        ("Vader Hans en moeder Grietje wonen in het dorp.", "Grietje"),
        ("Zij heeft twee 16-jarigen thuis.", "16-jarigen"),
        ("een lening bij de kredietunie", "kredietunie"),
        ("Dirk de Vries woont in het dorp.", "Dirk de Vries"),
        ("Hij gaat naar Zorgboerderij De Hoeve en de Apotheek.", "Zorgboerderij De Hoeve"),
    ],
)
def test_the_same_words_in_a_case_note_are_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
