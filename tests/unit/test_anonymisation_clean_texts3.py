"""Hard negatives, third set: clean sector texts (Wmo, Jeugdwet, Participatiewet, schulden, Wlz,
inburgering, veiligheid, onderwijs, wonen, energie), council speeches and e-mails, procurement and
privacy documents, national campaigns and foundations with name-like titles, abbreviations, Roman
numerals and vacancies. Each must yield no finding at all (issue 20: at most 0.5 false alarms per 1,000
clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect

CLEAN_TEXTS: dict[str, str] = {
    "keukentafel_werkwijze": (
        "Werkwijze keukentafelgesprek Wmo\n"
        "\n"
        "Na een melding neemt de consulent binnen vijf werkdagen contact op. Het gesprek vindt bij "
        "voorkeur thuis plaats, met een mantelzorger of cliëntondersteuner erbij. De consulent "
        "bespreekt de hulpvraag, de eigen kracht, het netwerk en de algemene voorzieningen. Daarna "
        "volgt het onderzoeksverslag, dat de inwoner binnen twee weken ontvangt. De inwoner kan het "
        "verslag aanvullen of corrigeren. Pas daarna kan een aanvraag voor een maatwerkvoorziening "
        "worden ingediend. De beslistermijn is twee weken na de aanvraag. Onafhankelijke "
        "cliëntondersteuning is gratis, bijvoorbeeld via MEE of de Ouderenbond. Bij twijfel over de "
        "zelfredzaamheid gebruikt de consulent de ZRM of vraagt hij een medisch advies aan bij een "
        "onafhankelijk adviesbureau."
    ),
    "inkoop_jeugd_percelen": (
        "Nota van Inlichtingen aanbesteding Jeugdhulp\n"
        "\n"
        "Vraag 12: Kan een aanbieder op meerdere percelen inschrijven? Antwoord: ja. Perceel 1 betreft "
        "Jeugd-GGZ, Perceel 2 Jeugdhulp met verblijf, Perceel 3 Ambulante begeleiding en Perceel 4 "
        "Dyslexiezorg. Vraag 13: Welke CPV-code geldt? Antwoord: CPV 85300000 (maatschappelijk werk en "
        "aanverwante diensten). Vraag 14: Hoe wordt gegund? Antwoord: op basis van de beste "
        "prijs-kwaliteitverhouding (EMVI), met een weging van 70 procent kwaliteit en 30 procent "
        "prijs. Vraag 15: Is de SKJ-registratie verplicht? Antwoord: ja, voor alle jeugdprofessionals "
        "op hbo-niveau, of een BIG-registratie. De sluitingstermijn blijft ongewijzigd. De Nota van "
        "Inlichtingen maakt deel uit van het Beschrijvend Document, versie 2."
    ),
    "participatie_programmas": (
        "Notitie re-integratie\n"
        "\n"
        "Inwoners met een bijstandsuitkering volgen een traject dat past bij hun afstand tot de "
        "arbeidsmarkt. Het programma Perspectief op Werk richt zich op tekortsectoren zoals zorg, "
        "techniek en logistiek. Via de Praktijkroute halen werkzoekenden een praktijkverklaring of een "
        "mbo-certificaat. Werkgevers die iemand uit de Banenafspraak aannemen, kunnen "
        "loonkostensubsidie krijgen en een beroep doen op de no-riskpolis van het UWV. Jongeren tot "
        "27 krijgen eerst vier weken zoektijd. Een jobcoach begeleidt op de werkvloer. Het Sociaal "
        "Werkbedrijf biedt beschut werk en leer-werkplekken. In een BBL-traject werken en leren "
        "deelnemers tegelijk. Het Werkgeversservicepunt is het vaste aanspreekpunt voor werkgevers in "
        "de arbeidsmarktregio."
    ),
    "schuldhulp_stappen": (
        "Processchema schuldhulpverlening\n"
        "\n"
        "Stap 1. Aanmelding bij het loket of via vroegsignalering; binnen drie werkdagen een "
        "eerste gesprek bij dreigende ontruiming of afsluiting van energie.\n"
        "Stap 2. Stabilisatie: inkomsten en vaste lasten op orde, eventueel budgetbeheer of "
        "beschermingsbewind.\n"
        "Stap 3. Schuldenoverzicht en aanbod aan schuldeisers in het minnelijk traject.\n"
        "Stap 4. Saneringskrediet of schuldbemiddeling via de Kredietbank, met een looptijd van "
        "18 maanden.\n"
        "Stap 5. Lukt het minnelijk traject niet, dan volgt een verzoek tot toelating tot de Wsnp.\n"
        "Stap 6. Nazorg: minimaal een jaar contact met een vrijwilliger van SchuldHulpMaatje of "
        "Humanitas.\n"
        "Het beleidsplan schulddienstverlening en de NVVK-gedragscode vormen het kader. De "
        "doorlooptijden worden elk halfjaar gemeten."
    ),
    "wlz_overgang": (
        "Notitie overgang Wmo naar Wlz\n"
        "\n"
        "Als een inwoner blijvend 24 uur per dag zorg in de nabijheid nodig heeft, vraagt de "
        "consulent samen met de inwoner een Wlz-indicatie aan bij het CIZ. Na een positief besluit "
        "regelt het zorgkantoor de zorg. De inwoner kiest dan tussen verblijf in een instelling, een "
        "volledig pakket thuis (VPT), een modulair pakket thuis (MPT) of een PGB. De eigen bijdrage "
        "voor de Wlz wordt berekend en geïnd door het CAK. Zolang het besluit van het CIZ er niet is, "
        "loopt de Wmo-ondersteuning door. Aandachtspunt: hulpmiddelen die al via de Wmo zijn "
        "verstrekt, blijven in bruikleen. De overdracht naar de casemanager van de zorgaanbieder "
        "gebeurt in een warm overdrachtsgesprek."
    ),
    "inburgering_routes": (
        "Uitvoering Wet inburgering 2021\n"
        "\n"
        "Iedere inburgeraar krijgt een brede intake en een Persoonlijk Plan Inburgering en Participatie "
        "(PIP). Er zijn drie leerroutes: de B1-route, de onderwijsroute en de Z-route. Onderdeel van "
        "de inburgering zijn verder het Participatieverklaringstraject (PVT), de Module "
        "Arbeidsmarkt en Participatie (MAP) en Kennis van de Nederlandse Maatschappij (KNM). Het "
        "ontzorgen duurt in principe zes maanden: de gemeente betaalt de eerste maanden de huur, de "
        "energie en de zorgverzekering door. DUO beheert de lening voor inburgeraars die niet onder de "
        "gemeentelijke regie vallen. Vluchtelingenwerk zorgt voor maatschappelijke begeleiding. Het "
        "COA levert informatie over de statushouders voor de koppeling."
    ),
    "veiligheid_zorg": (
        "Werkafspraken zorg en veiligheid\n"
        "\n"
        "Bij ernstige zorgen over iemand met verward gedrag kan de burgemeester een crisismaatregel "
        "nemen op grond van de Wvggz. Een zorgmachtiging wordt via de officier van justitie "
        "aangevraagd. Voor mensen met een verstandelijke beperking of dementie geldt de Wzd. De "
        "gemeente doet bij een melding een verkennend onderzoek binnen veertien dagen. In het Zorg- en "
        "Veiligheidshuis bespreken politie, OM, Reclassering en zorgpartners complexe casussen. "
        "Programma's als Preventie met Gezag en de Levensloopaanpak richten zich op jongeren die "
        "dreigen af te glijden. De Top X-aanpak is bedoeld voor veelplegers. Bij huiselijk geweld "
        "werkt iedereen met de meldcode en het afwegingskader."
    ),
    "onderwijs_leerplicht": (
        "Jaarverslag leerplicht en RMC\n"
        "\n"
        "De leerplichtambtenaren behandelden 214 meldingen van ongeoorloofd verzuim en 38 meldingen "
        "van relatief verzuim. Er waren 17 absolute verzuimers. Het aantal thuiszitters daalde van 31 "
        "naar 22. Binnen het Thuiszitterspact maken de samenwerkingsverbanden PO en VO, de "
        "jeugdhulp en de gemeente afspraken over snelle oplossingen. Het RMC begeleidde 146 "
        "voortijdig schoolverlaters (vsv'ers) terug naar school of werk. Via een "
        "onderwijszorgarrangement kunnen leerlingen onderwijs en jeugdhulp combineren. Vrijstellingen "
        "op grond van artikel 5 onder a van de Leerplichtwet zijn kritisch bekeken. Het Halt-traject "
        "werd 12 keer ingezet bij spijbelen. De Inspectie van het Onderwijs ontvangt dit verslag ter "
        "informatie."
    ),
    "griffie_mail": (
        "Onderwerp: procedure technische vragen begroting\n"
        "\n"
        "Beste raads- en commissieleden,\n"
        "\n"
        "Zoals afgesproken in het presidium ontvangt u hierbij de procedure voor de technische vragen "
        "over de begroting. Technische vragen kunt u tot en met maandag 12.00 uur indienen via het "
        "webformulier. De antwoorden worden uiterlijk donderdag gepubliceerd in het "
        "raadsinformatiesysteem. Politieke vragen horen thuis in de algemene beschouwingen. Wilt u bij "
        "iedere vraag het paginanummer en het programma vermelden? Dat helpt de ambtelijke "
        "organisatie.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "De griffie\n"
        "T 14 0000\n"
        "Bereikbaar op werkdagen van 8.30 tot 17.00 uur"
    ),
    "commissieverslag_anoniem": (
        "Verslag commissie Samenleving (geanonimiseerd voor de casustafel)\n"
        "\n"
        "Het lid van fractie A vraagt waarom de wachtlijst voor schuldhulp is opgelopen. De "
        "wethouder antwoordt dat het aantal aanmeldingen met een kwart is gestegen. Het lid van "
        "fractie B wil weten of vroegsignalering werkt. De wethouder zegt toe de cijfers in de "
        "volgende kwartaalrapportage op te nemen. Het lid van fractie C stelt voor om vrijwilligers "
        "van de Voedselbank te trainen in het herkennen van geldzorgen. De voorzitter concludeert dat "
        "het onderwerp als hamerstuk naar de raad kan, met een stemverklaring van fractie C. De "
        "commissie bedankt de ambtenaren voor de technische briefing van vorige week."
    ),
    "cpv_en_codes": (
        "Administratieve codes in het sociaal domein\n"
        "\n"
        "Jeugdhulp wordt gedeclareerd via het iJw-berichtenverkeer, Wmo-ondersteuning via het "
        "iWmo-berichtenverkeer, beide lopen via het Gemeentelijk Gegevensknooppunt. Productcodes "
        "volgen het Landelijk Zorgregistratie Format: categorie 45 is jeugdhulp ambulant, categorie 54 "
        "jeugdhulp met verblijf. Het berichtnummer JW315 is een verzoek om toewijzing, JW301 de "
        "toewijzing zelf. Voor de Wmo gelden WMO315 en WMO301. De AGB-code identificeert de "
        "zorgaanbieder, niet de cliënt. In de Standaard Productcodelijst staan de codes 07A08 en "
        "02A01 voor begeleiding. Fouten in de retourberichten worden wekelijks besproken met de "
        "afdeling Financiën."
    ),
    "privacy_dpia": (
        "Samenvatting DPIA casuïstiektafel\n"
        "\n"
        "De grondslag voor de verwerking is artikel 6, eerste lid, onder e AVG (taak van algemeen "
        "belang). Gezondheidsgegevens vallen onder artikel 9 AVG; de uitzondering volgt uit de Wmo "
        "2015 en de Jeugdwet. Het BSN wordt alleen in het registratiesysteem gebruikt, niet in de "
        "verslagen. De bewaartermijn is vijftien jaar voor jeugddossiers en vijf jaar voor overige "
        "dossiers. De gemeente werkt volgens de BIO en legt verantwoording af via ENSIA. Datalekken "
        "worden binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens. De Functionaris "
        "Gegevensbescherming heeft positief geadviseerd, met twee aanbevelingen: "
        "pseudonimisering van casusbeschrijvingen en een jaarlijkse audit van de autorisaties."
    ),
    "burgerpeiling": (
        "Resultaten burgerpeiling\n"
        "\n"
        "In totaal vulden 1.846 inwoners de vragenlijst in (respons 31%). Van hen geeft 78% aan zich "
        "gezond te voelen, tegen 81% landelijk. 12% voelt zich vaak eenzaam (n=1.802). Het "
        "rapportcijfer voor de dienstverlening van de gemeente is 6,7, voor de leefbaarheid 7,6. Bij "
        "de vraag of inwoners weten waar ze terechtkunnen met vragen over zorg, antwoordt 54% "
        "bevestigend. De verschillen tussen de kernen zijn klein (±3 procentpunt). Jongeren tussen 18 "
        "en 24 jaar zijn ondervertegenwoordigd en zijn daarom herwogen. De volledige resultaten staan "
        "op de website Waar staat je gemeente. De volgende peiling staat gepland over twee jaar."
    ),
    "werkbezoek": (
        "Verslag werkbezoek commissie\n"
        "\n"
        "De commissie bracht een werkbezoek aan drie plekken in de gemeente. Bij de Voedselbank "
        "vertelden vrijwilligers dat het aantal klanten in een jaar met een derde is gestegen. In de "
        "kringloopwinkel werken mensen met een afstand tot de arbeidsmarkt; een deelnemer vertelde "
        "over zijn weg naar betaald werk. In het inloophuis spraken de commissieleden met "
        "ervaringsdeskundigen over armoede en schaamte. De commissie was onder de indruk van de inzet "
        "van vrijwilligers. Een aantal leden wil in de begroting extra ruimte voor "
        "vrijwilligersondersteuning. De griffie plant in het voorjaar een tweede werkbezoek, dan bij "
        "het jongerenwerk en de dagbesteding."
    ),
    "mantelzorgwaardering": (
        "Regeling mantelzorgwaardering\n"
        "\n"
        "Mantelzorgers die minimaal drie maanden acht uur per week zorgen, kunnen het "
        "Mantelzorgcompliment aanvragen. Dat bestaat uit een cadeaubon van € 150 of een bijdrage aan "
        "een activiteit naar keuze. Daarnaast is er de Mantelzorgpas met kortingen bij lokale "
        "ondernemers. Jonge mantelzorgers tot 24 jaar krijgen een uitnodiging voor een uitje in de "
        "herfstvakantie. Respijtzorg kan via de Wmo, bijvoorbeeld logeeropvang of een vrijwilliger die "
        "een dagdeel overneemt. Aanvragen kan tot en met 31 december via het steunpunt mantelzorg. "
        "MantelzorgNL en Movisie hebben de regeling getoetst aan de landelijke richtlijnen. Het budget "
        "is € 95.000 per jaar."
    ),
    "kindregelingen_stichtingen": (
        "Regelingen voor kinderen in gezinnen met weinig geld\n"
        "\n"
        "Het Kindpakket vergoedt schoolspullen, een fiets en een laptop voor de middelbare school. "
        "Via het Jeugdfonds Sport & Cultuur kunnen kinderen sporten of op muziekles. Stichting "
        "Leergeld helpt met schoolreisjes en kleding. Stichting Jarige Job bezorgt verjaardagsboxen "
        "via de Voedselbank, zodat kinderen op school kunnen trakteren. Stichting Sinterklaasbank "
        "zorgt in december voor cadeautjes. Het Nationaal Fonds Kinderhulp betaalt wat elders niet "
        "past. Ouders hoeven niet alles zelf te regelen: de consulent of de intermediair op school "
        "kan de aanvraag doen. Het bereik van de regelingen is nu 64 procent; doel is 80 procent in "
        "2027."
    ),
    "ouderen_programmas": (
        "Uitvoeringsagenda ouderen\n"
        "\n"
        "Met het programma Wonen, Ondersteuning en Zorg voor Ouderen (WOZO) wil het Rijk dat ouderen "
        "langer thuis kunnen wonen. Lokaal zetten we in op Welzijn op Recept, de cursus In Balans voor "
        "valpreventie, het Otago-programma en Samen Oud. Een ouderenadviseur legt preventieve "
        "huisbezoeken af bij 75-plussers. Voor woningaanpassingen kunnen ouderen de Blijverslening "
        "aanvragen. De Seniorenraad adviseert over nieuwe plannen. In de zomer verspreiden we het "
        "hitteplan; in de winter bellen vrijwilligers van de Zonnebloem met alleenstaanden. "
        "Eenzaamheid pakken we aan met de coalitie Eén tegen Eenzaamheid. Doel: meer ouderen die "
        "zich veilig en verbonden voelen."
    ),
    "opvoedprogrammas": (
        "Overzicht preventieve programma's jeugd\n"
        "\n"
        "Voor aanstaande ouders die extra steun nodig hebben, is er Stevig Ouderschap en VoorZorg. "
        "Nu Niet Zwanger helpt kwetsbare mensen om een ongewenste zwangerschap te voorkomen. Moeders "
        "Informeren Moeders brengt ervaren moeders in contact met nieuwe moeders. Buurtgezinnen "
        "koppelt gezinnen aan steungezinnen in de buurt. Voor jongeren gaat de GGD aan de slag met "
        "NIX18 en met voorlichting over gamen en sociale media. Op scholen geeft het jongerenwerk de "
        "training Girls' Talk en Boys' Talk. De campagne IkPas loopt in januari en februari. Alle "
        "programma's staan in de Databank Effectieve Jeugdinterventies van het NJi. Ieder jaar kijken "
        "we of ze effect hebben."
    ),
    "wonen_urgentie": (
        "Notitie urgentie en huisvesting\n"
        "\n"
        "De Huisvestingsverordening regelt wie voorrang krijgt op een sociale huurwoning. Urgent zijn "
        "onder meer mensen die uitstromen uit Beschermd Wonen of de Maatschappelijke Opvang, "
        "mantelzorgers en slachtoffers van huiselijk geweld. Met de Wet versterking regie "
        "volkshuisvesting komt er een verplichte woonzorgvisie en een volkshuisvestingsprogramma. In "
        "de prestatieafspraken met de corporaties staat dat 10 procent van de vrijkomende woningen "
        "naar urgente doelgroepen gaat. Een doorstroommakelaar helpt ouderen van een eengezinswoning "
        "naar een appartement. Het project Housing First biedt dakloze mensen eerst een woning en "
        "daarna begeleiding. De wachttijd voor een sociale huurwoning is gemiddeld zeven jaar."
    ),
    "energiearmoede": (
        "Aanpak energiearmoede\n"
        "\n"
        "Met de SPUK-middelen voor energiearmoede zet de gemeente Energiecoaches en Energiefixers in. "
        "Zij geven advies aan huis, plaatsen radiatorfolie, tochtstrips en ledlampen. Huishoudens met "
        "een inkomen tot 130 procent van het sociaal minimum kunnen een waardebon van € 100 krijgen. "
        "Via het Warmtefonds kunnen eigenaar-bewoners zonder eigen geld isoleren. Het Nationaal "
        "Isolatieprogramma betaalt mee aan isolatie van huurwoningen. De Energiebank helpt "
        "huishoudens die hun energierekening niet kunnen betalen. In het eerste jaar kregen 412 "
        "huishoudens een bezoek; de gemiddelde besparing was 9 procent. De aanpak wordt in de winter "
        "opgeschaald met extra inzet van vrijwilligers."
    ),
    "evaluatie_training": (
        "Evaluatie training Omgaan met Agressie\n"
        "\n"
        "Aantal deelnemers: 18. Respons evaluatieformulier: 16.\n"
        "Inhoud (schaal 1-10): gemiddeld 8,1.\n"
        "Trainer (schaal 1-10): gemiddeld 8,6.\n"
        "Toepasbaarheid in de praktijk: 13 keer goed, 3 keer voldoende.\n"
        "Duur (dagdeel): 11 keer precies goed, 5 keer te kort.\n"
        "Sterke punten volgens deelnemers: de rollenspellen met de acteur, de theorie over de "
        "agressiecurve, concrete tips voor de balie.\n"
        "Verbeterpunten: meer tijd voor eigen casussen, minder sheets, een terugkomdag na drie "
        "maanden.\n"
        "Conclusie: de training wordt volgend jaar herhaald voor het Klant Contact Centrum en de "
        "buitendienst. De Arbo-coördinator neemt de verbeterpunten mee in de offerte."
    ),
    "afkortingen_mail": (
        "Onderwerp: n.a.v. overleg di jl.\n"
        "\n"
        "Hoi allen,\n"
        "\n"
        "N.a.v. het overleg van dinsdag jl. even de afspraken op een rij. I.o.m. de teamleider pakken "
        "we de wachtlijst z.s.m. op, m.b.t. de jeugdcasussen o.b.v. urgentie. T.a.v. de Wmo-aanvragen: "
        "evt. extra inzet i.c.m. de inhuur van een zzp'er, graag vóór vrijdag feedback. Wie pakt de "
        "agenda voor het MT-overleg op? Cc aan de afdelingsmanager ter info. P.s. de notulen van vorige "
        "week staan inmiddels in de map Overleggen op de teamsite.\n"
        "\n"
        "Mvg,\n"
        "Team Toegang\n"
        "Sociaal Domein | Afdeling Samenleving"
    ),
    "vacature": (
        "Vacature Consulent Schuldhulpverlening (32-36 uur)\n"
        "\n"
        "Wat ga je doen? Je voert intakegesprekken, stelt een schuldenoverzicht op en begeleidt "
        "inwoners door het minnelijk traject. Je werkt nauw samen met de budgetcoaches, de "
        "Kredietbank en de vrijwilligers van SchuldHulpMaatje. Wie ben jij? Je hebt een afgeronde "
        "hbo-opleiding, bijvoorbeeld Social Work of HBO-Rechten, en kennis van de Wgs en de Wsnp. Een "
        "NVVK-diploma is een pré. Wat bieden wij? Schaal 9, maximaal € 4.886 bruto per maand bij een "
        "36-urige werkweek, een IKB van 17,05 procent en ruimte voor opleiding. Interesse? Solliciteer "
        "vóór het einde van de maand via de werkenbij-site. Een assessment kan deel uitmaken van de "
        "procedure."
    ),
    "romeinse_cijfers": (
        "Opbouw van de Nota Sociaal Domein\n"
        "\n"
        "Deel I beschrijft de visie, Deel II de opgaven en Deel III de uitvoering. Hoofdstuk IV gaat "
        "over de financiën, Hoofdstuk V over monitoring. Fase I van het programma (verkennen) is "
        "afgerond, Fase II (ontwerpen) loopt, Fase III (implementeren) start na het zomerreces. In "
        "Bijlage VI staat een overzicht van de indicatoren, in Bijlage VII de lijst van "
        "gesprekspartners. De paragrafen zijn genummerd als 2.1, 2.2 en verder. Tabel III op pagina 21 "
        "vat de kosten samen. Het Nationaal Preventieakkoord en het Akkoord van Jeugd vormen samen met "
        "de Hervormingsagenda het kader. De nota wordt in de eerste helft van het jaar besproken."
    ),
    "sport_cultuur": (
        "Lokaal Sportakkoord en cultuurdeelname\n"
        "\n"
        "Het Lokaal Sportakkoord heeft vijf ambities: vitale sportaanbieders, inclusief sporten, "
        "vaardig in bewegen, van jongs af aan en topsport die inspireert. De sportformateur heeft de "
        "verenigingen en het onderwijs bij elkaar gebracht. Buurtsportcoaches geven lessen op "
        "schoolpleinen en in het zwembad. De Cultuurkaart geeft middelbare scholieren korting op "
        "voorstellingen en museumbezoek; met een CJP-pas en de Museumkaart kunnen jongeren voordelig "
        "naar musea. Het Jeugdfonds Sport & Cultuur betaalt contributie voor kinderen uit gezinnen met "
        "een laag inkomen. Het aantal leden van sportverenigingen steeg met 6 procent. Volgend jaar "
        "volgt een nieuw akkoord."
    ),
    "voorzitter_toespraak": (
        "Bijdrage algemene beschouwingen\n"
        "\n"
        "Voorzitter, dank u wel. Mevrouw de voorzitter, deze begroting is er een van keuzes. Onze "
        "fractie ziet dat de jeugdhulp onder druk staat en dat inwoners met weinig geld het zwaar "
        "hebben. Wij vragen het college om niet te bezuinigen op preventie. Via u, voorzitter, vraag "
        "ik de wethouder of zij bereid is de toegang tot het Kindpakket te vereenvoudigen. Wij dienen "
        "daarover samen met twee andere fracties een motie in. Daarnaast steunen wij het amendement "
        "over de buurthuizen. Tot slot dank ik de ambtenaren voor hun werk aan deze begroting. "
        "Voorzitter, ik rond af. Wij wensen het college en de raad wijsheid bij de stemmingen."
    ),
    "inspreektekst": (
        "Inspreekbijdrage commissie (namens de Adviesraad Sociaal Domein)\n"
        "\n"
        "Geachte voorzitter, geachte leden van de commissie,\n"
        "\n"
        "Namens de Adviesraad Sociaal Domein dank ik u voor de gelegenheid om in te spreken. De "
        "Adviesraad heeft op het voorstel over de nieuwe Verordening Wmo een ongevraagd advies "
        "uitgebracht. Wij zijn blij met de aandacht voor cliëntondersteuning, maar maken ons zorgen "
        "over de hogere eigen bijdrage voor collectief vervoer. Voor veel ouderen is de regiotaxi de "
        "enige manier om familie te bezoeken. Wij vragen u om de tarieven niet te verhogen en om de "
        "gevolgen na een jaar te evalueren. Ons volledige advies vindt u bij de ingekomen stukken.\n"
        "\n"
        "Dank voor uw aandacht."
    ),
    "persbericht": (
        "PERSBERICHT\n"
        "\n"
        "Gemeente start met Geldloket in de bibliotheek\n"
        "\n"
        "Vanaf volgende maand kunnen inwoners met vragen over geld terecht bij het nieuwe Geldloket in "
        "de bibliotheek. Vrijwilligers en een schuldhulpverlener helpen met formulieren, toeslagen "
        "en betalingsachterstanden. 'We willen dat mensen eerder hulp vragen, zonder drempel,' zegt de "
        "wethouder. Het loket is open op dinsdag- en donderdagochtend. Het initiatief is onderdeel van "
        "de landelijke campagne Kom uit je schulden en wordt betaald uit het Armoedefonds van de "
        "gemeente. Noot voor de redactie, niet voor publicatie: voor meer informatie kunt u contact "
        "opnemen met de afdeling Communicatie via het algemene nummer."
    ),
    "procesbeschrijving_ggz": (
        "Procesbeschrijving meldpunt niet-acute zorg\n"
        "\n"
        "1. Ontvangst: het meldpunt registreert de melding en stelt vast of er acuut gevaar is. Zo ja, "
        "dan volgt doorverwijzing naar de crisisdienst of de politie.\n"
        "2. Triage: binnen twee werkdagen bepaalt de triagist welke partner het beste past: "
        "wijkteam, OGGZ-team of verslavingszorg.\n"
        "3. Outreachend contact: een medewerker gaat op huisbezoek, ook als de inwoner geen hulp "
        "vraagt.\n"
        "4. Plan: samen met de inwoner en het netwerk wordt een plan gemaakt.\n"
        "5. Afsluiting: de melder krijgt, met toestemming, een terugkoppeling.\n"
        "Alle stappen worden vastgelegd in het registratiesysteem. Het meldpunt is bereikbaar op "
        "werkdagen van 9.00 tot 17.00 uur via het algemene nummer van de gemeente."
    ),
    "opleidingsniveaus": (
        "Kwaliteitseisen professionals\n"
        "\n"
        "Jeugdprofessionals op hbo-niveau zijn geregistreerd in het Kwaliteitsregister Jeugd (SKJ) "
        "of, als zij een BIG-beroep hebben, in het BIG-register. Herregistratie volgt iedere vijf jaar "
        "op basis van accreditatiepunten. Medewerkers op mbo-niveau 4 werken onder verantwoordelijkheid "
        "van een geregistreerde professional. Voor de Wmo geldt de norm van verantwoorde werktoedeling. "
        "Schuldhulpverleners volgen de beroepsopleiding van de NVVK. Alle nieuwe medewerkers volgen "
        "in de eerste drie maanden de e-learning Meldcode en de training Privacy in de Praktijk. Het "
        "opleidingsbudget bedraagt 2 procent van de loonsom. De Teamleider bespreekt de "
        "ontwikkeling in het jaargesprek."
    ),
    "zorgverzekeraars_generiek": (
        "Collectieve zorgverzekering voor minima\n"
        "\n"
        "De gemeente biedt samen met een zorgverzekeraar een collectieve aanvullende verzekering aan "
        "voor inwoners met een inkomen tot 130 procent van het sociaal minimum. De gemeente betaalt "
        "een deel van de premie. Het eigen risico van € 385 is mee te verzekeren. Inwoners kunnen "
        "kiezen uit drie pakketten: Basis, Plus en Extra. Overstappen kan alleen in november en "
        "december, met ingang van 1 januari. Landelijk bieden onder meer Zilveren Kruis, VGZ, CZ en "
        "Menzis zulke collectiviteiten aan. In de vergelijking van het Nibud scoort het pakket goed op "
        "tandzorg en fysiotherapie. Dit jaar deden 2.314 inwoners mee."
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN_TEXTS))
def test_a_clean_text_yields_no_finding(name: str) -> None:
    text = CLEAN_TEXTS[name]
    assert 80 <= len(text.split()) <= 160
    assert [(f.category.value, f.text) for f in detect(text)] == []
