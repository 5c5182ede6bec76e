"""The twelve demo cases of the fictional municipality, written as a careful professional anonymises."""

from __future__ import annotations

from casetafel.services.demo_model import DemoCase, _text

DEMO_CASES: tuple[DemoCase, ...] = (
    DemoCase(
        code="C-2026-001",
        title="Schulden na een echtscheiding",
        description=_text(
            """
Mevrouw A. is midden dertig en woont sinds haar echtscheiding, ruim twee jaar geleden, met haar twee
kinderen in een huurwoning. Tijdens het huwelijk regelde haar toenmalige partner de geldzaken. Na de
scheiding bleek er een gezamenlijke schuld van ongeveer € 14.000 te zijn: een doorlopend krediet,
achterstallige zorgpremies en een naheffing van de belastingen. Omdat de schulden op beider naam staan,
spreken de schuldeisers mevrouw aan op het volledige bedrag.

Mevrouw werkt parttime in de thuiszorg. Met haar loon, de kinderbijslag en het kindgebonden budget komt
zij net rond, zolang er niets tegenzit. Toen de wasmachine kapotging en het voorschot voor energie
omhoogging, ontstond binnen een paar maanden een huurachterstand. De woningcorporatie gaf dat door via
de vroegsignalering; zo kwam mevrouw bij het wijkteam in beeld.

De aanmelding voor schuldhulpverlening liep vast. Voor een schuldregeling moeten alle schulden bekend
zijn, maar de ex-partner werkte niet mee en gaf geen inzage in zijn deel. Daarnaast had de werkgever
een kleine vordering op mevrouw, waardoor haar inkomen volgens de rekenregels niet stabiel genoeg was.
Het traject werd na drie maanden ‘aangehouden’. In die tijd liepen de incassokosten met bijna € 2.000
op.

De schuldhulpverlener stelde beschermingsbewind voor, zodat er in elk geval rust zou komen. Mevrouw
wilde dat niet: zij wil haar eigen geld blijven regelen en schaamde zich tegenover haar kinderen.
Bovendien worden de kosten van bewind uit de bijzondere bijstand betaald, terwijl zij vooral hulp nodig
heeft bij het ordenen van de post en bij de gesprekken met schuldeisers.

De wijkcoach heeft uiteindelijk zelf de grootste schuldeisers gebeld en een tijdelijke betalingspauze
geregeld. Dat viel eigenlijk buiten haar taak en kostte veel uren. Een vrijwilliger van de
thuisadministratie komt nu wekelijks langs. De oudste zoon heeft op school regelmatig buikpijn en de
intern begeleider maakt zich zorgen over hem.

Waar liep het vast? De toelatingsregels voor een schuldregeling gaan uit van een overzichtelijke
situatie, en die bestaat vlak na een echtscheiding zelden. Schuldhulp, bewind en bijzondere bijstand
worden uit verschillende budgetten betaald en los van elkaar beoordeeld. En niemand had de opdracht om
het hele gezin te overzien: de schulden, de kinderen en de draagkracht van mevrouw zelf.
"""
        ),
        domains=("schuldhulp", "bewind", "inkomen", "wonen"),
        life_areas=("financien", "wonen", "opvoeding", "gezondheid"),
        age_band="27-45",
        household_type="eenoudergezin",
        presenter_role="professional",
        themes=("ontschotten", "professionals"),
    ),
    DemoCase(
        code="C-2026-002",
        title="Van dagbesteding naar een echte baan",
        description=_text(
            """
Meneer B. is midden twintig en woont bij zijn ouders op een kleine boerderij buiten het dorp. Hij heeft
een licht verstandelijke beperking en ontvangt een Wajong-uitkering. Na het praktijkonderwijs heeft hij
een paar jaar thuisgezeten. Sinds enkele jaren gaat hij vier dagen per week naar arbeidsmatige
dagbesteding op een zorgboerderij, betaald uit de Wmo.

Op de zorgboerderij doet hij echt werk: hij voert de kalveren, onderhoudt het terrein en helpt in de
boerderijwinkel. De begeleiders zien dat hij meer kan dan de dagbesteding van hem vraagt. Hij wil zelf
graag ‘een echte baan met een loonstrook’, net als zijn broer.

De eigenaar van de zorgboerderij wilde hem twee dagen per week in dienst nemen, met loonkostensubsidie,
en hem de andere twee dagen in de dagbesteding houden. Dat bleek ingewikkeld. Voor een plek beschut
werk moest eerst een landelijk advies worden aangevraagd; dat duurde ruim vier maanden. In die tijd mocht
de zorgboerderij hem geen loon betalen, omdat hij volgens zijn indicatie dagbestedingscliënt was. Toen
het advies er eenmaal was, meldde de gemeente dat het afgesproken aantal plekken beschut werk voor dat
jaar al was gehaald en dat de plekken vooral bij het regionale werkbedrijf in de stad liggen.

Daarnaast bleek de combinatie van werk en dagbesteding financieel weinig aantrekkelijk. Het vervoer naar
de dagbesteding loopt via de Wmo, maar voor de werkdagen zou hij zelf vervoer moeten regelen. Met de bus
duurt de reis ruim een uur en een rijbewijs heeft hij niet. Zijn ouders rekenden uit dat hij er na
verrekening met de Wajong nauwelijks op vooruitgaat, terwijl het risico op terugvorderingen groter wordt.

De Wmo-consulent en de klantmanager werk hebben elkaar in dit traject pas na een half jaar gesproken.
Ieder keek naar het eigen deel: de consulent naar de dagbesteding en de zorgbehoefte, de klantmanager
naar de loonwaarde en de regels voor beschut werk. De zorgboerderij kreeg tegenstrijdige berichten en
dreigde af te haken.

Uiteindelijk is een tussenoplossing gevonden: meneer B. werkt nu twee dagen als vrijwilliger met een
onkostenvergoeding op de zorgboerderij en gaat de rest van de week naar de dagbesteding. Hij is daar
tevreden mee, maar het is geen echte baan en de oplossing staat op gespannen voet met de regels.

Waar liep het vast? Dagbesteding en beschut werk worden betaald uit verschillende wetten en budgetten,
met eigen indicaties, eigen vervoersregelingen en eigen uitvoerders. Een geleidelijke overstap, die voor
deze jongeman precies zou passen, is in het systeem niet voorzien.
"""
        ),
        domains=("wmo", "participatiewet", "inkomen"),
        life_areas=("werk_dagbesteding", "financien", "sociaal_netwerk"),
        age_band="18-26",
        household_type="inwonend",
        presenter_role="professional",
        themes=("ontschotten", "regie_vrijheid"),
    ),
    DemoCase(
        code="C-2026-003",
        title="Een boerengezin dat niet aanklopt",
        description=_text(
            """
Het gezin K. heeft een melkveebedrijf in het buitengebied dat al generaties in de familie is. Meneer en
mevrouw K. zijn in de vijftig en hebben drie kinderen, van wie de jongste nog naar de middelbare school
gaat. De oudste zoon werkt mee op het bedrijf en wil het op termijn overnemen. De vader van meneer K.
woont in een tweede woning op het erf.

De afgelopen jaren is het bedrijf financieel steeds verder in de knel gekomen. De melkprijs schommelt
sterk, de kosten voor voer en energie zijn gestegen en door nieuwe milieuregels moest er in de stallen
worden geïnvesteerd. Daarvoor is extra geleend. Het gezin leeft al lange tijd van een bedrag dat onder
het bijstandsniveau ligt. Er zijn achterstanden bij de bank, bij de voerleverancier en bij de
belastingen. Op papier is het gezin vermogend: de grond, de stallen en het vee zijn veel waard. Maar dat
vermogen zit vast in het bedrijf.

Het gezin heeft nooit om hulp gevraagd. ‘Dat doe je hier niet,’ zei meneer K. later. Het signaal kwam
van de dierenarts, die merkte dat haar rekeningen niet meer werden betaald en dat meneer K. somber was.
Zij sprak de dorpsondersteuner aan, die het gezin kende.

Toen het gezin eenmaal in beeld was, bleek de weg naar hulp ingewikkeld. De gemeentelijke
schuldhulpverlening helpt geen ondernemers met een lopend bedrijf. Voor de regeling voor zelfstandigen
(Bbz) moest het gezin naar een regionaal loket op drie kwartier rijden, waar eerst de levensvatbaarheid
van het bedrijf moest worden onderzocht. Dat onderzoek duurde maanden en vroeg om stukken die het gezin
niet snel kon aanleveren. Bijstand voor levensonderhoud was niet mogelijk vanwege het vermogen in het
bedrijf.

Intussen ging het slecht met mevrouw K. Ze werkte naast het bedrijf parttime buitenshuis en zorgde voor
haar schoonvader. Ze kreeg ernstige vermoeidheidsklachten en viel uit. De jongste kon niet mee op
schoolreis omdat er geen geld was; de school heeft dat in stilte opgelost.

Het wijkteam heeft geholpen met een aanvraag bij een fonds voor agrariërs in nood en met een gesprek
tussen het gezin, de accountant en de bank. De dorpsondersteuner bleef als vertrouwd gezicht betrokken.
Of het bedrijf kan worden voortgezet, is nog onzeker.

Waar liep het vast? De regels voor inkomen en schulden zijn niet gemaakt voor gezinnen waar wonen,
werken en bezit door elkaar lopen. De hulp voor ondernemers is regionaal en op afstand georganiseerd,
terwijl juist hier vertrouwen en nabijheid nodig zijn. En door de schaamte kwam het gezin pas in beeld
toen de problemen al groot waren.
"""
        ),
        domains=("inkomen", "schuldhulp", "participatiewet", "zorg"),
        life_areas=("financien", "werk_dagbesteding", "gezondheid", "opvoeding"),
        age_band="46-66",
        household_type="gezin",
        presenter_role="professional",
        themes=("schaal_regio", "professionals"),
    ),
    DemoCase(
        code="C-2026-004",
        title="Net achttien en alles stopt",
        description=_text(
            """
De jongere in deze casus is net achttien. Sinds het einde van de basisschool woonde hij in een
gezinshuis, nadat de situatie thuis onveilig was geworden. Het ging de laatste jaren redelijk: hij zat
op het mbo, had een bijbaan in een supermarkt en een vaste jeugdhulpverlener bij wie hij terechtkon.

Met zijn achttiende verjaardag veranderde bijna alles tegelijk. De jeugdhulp met verblijf liep af.
Verlengde jeugdhulp was mogelijk geweest, maar daarvoor moest vóór zijn verjaardag een besluit liggen en
het perspectiefplan was niet op tijd klaar. De gezinshuisouders wilden hem graag houden, maar zonder
financiering konden zij zijn plek niet vrijhouden; er stond al een ander kind op de wachtlijst.

Hij moest binnen enkele weken een woonplek vinden. Voor een sociale huurwoning is de wachttijd meerdere
jaren en voor urgentie kwam hij niet in aanmerking, omdat hij ‘niet dakloos’ was zolang hij bij vrienden
op de bank kon slapen. Hij heeft daarna maanden bij verschillende kennissen gelogeerd.

Tegelijk moest hij zelf een zorgverzekering afsluiten, toeslagen aanvragen en zijn bijbaan combineren
met school. Bij de aanvraag van een uitkering gold voor hem als jongere eerst een zoektermijn van vier
weken, en omdat hij geen vast adres had, lukte de aanvraag pas na veel gedoe met een briefadres. De
bijstandsnorm voor jongeren is zo laag dat er geen kamerhuur van te betalen is. Binnen een half jaar had
hij een betalingsachterstand bij de zorgverzekeraar en een openstaande rekening van zijn
telefoonabonnement.

Voor begeleiding vanuit de Wmo of de volwassenen-ggz moest hij opnieuw een intake doen en zijn hele
verhaal opnieuw vertellen. Er gold een wachttijd van drie maanden. Zijn vertrouwde jeugdhulpverlener
mocht formeel geen contact meer met hem hebben, omdat het dossier was gesloten. Zij heeft hem toch af en
toe gebeld, in haar eigen tijd.

Op school ging het snel achteruit. Binnen een paar maanden stopte hij met zijn opleiding. De mentor
meldde het verzuim, maar de melding kwam terecht bij de regionale functie voor voortijdig
schoolverlaters, waar niemand hem kende. Hij kreeg een brief met een uitnodiging voor een gesprek; die
brief kwam aan op een adres waar hij niet meer woonde.

Waar liep het vast? Op één dag gaan de Jeugdwet, de Wmo, de Participatiewet, de zorgverzekering en de
regels voor wonen en onderwijs allemaal anders werken. Niemand had de opdracht om de overgang als geheel
te regelen. De jongere werd van het kastje naar de muur gestuurd op het moment dat hij het minst aankon.
"""
        ),
        domains=("jeugdwet", "wmo", "participatiewet", "wonen", "onderwijs"),
        life_areas=("wonen", "financien", "onderwijs", "gezondheid"),
        age_band="18-26",
        household_type="alleenstaand",
        presenter_role="professional",
        themes=("ontschotten", "professionals"),
    ),
    DemoCase(
        code="C-2026-005",
        title="Mantelzorg bij dementie",
        description=_text(
            """
Meneer en mevrouw D. zijn allebei in de tachtig en wonen al tientallen jaren in hetzelfde huis, een
eengezinswoning met een steile trap. Enkele jaren geleden is bij meneer dementie vastgesteld. Mevrouw
zorgt sindsdien dag en nacht voor hem. De kinderen wonen aan de andere kant van het land en komen eens
per maand langs.

Meneer ging twee dagen per week naar een dagbesteding voor mensen met dementie in een naburige kern,
betaald uit de Wmo. De taxibus haalt hem op, maar omdat de bus langs alle dorpen rijdt, zit hij soms
bijna een uur in het busje. Hij komt daar onrustig van aan en wil er op slechte dagen niet meer heen.

Rond het echtpaar zijn veel mensen betrokken: de huisarts, de casemanager dementie, de Wmo-consulent,
de thuiszorg die meneer ’s ochtends helpt met douchen, een ergotherapeut voor de traplift en de
dorpsondersteuner. Mevrouw heeft haar verhaal naar eigen zeggen ‘zes keer verteld, aan zes mensen, met
zes formulieren’. Niemand van hen voelde zich eindverantwoordelijk.

Vorig najaar gaf mevrouw aan dat ze het niet meer volhield; ze sliep slecht omdat meneer ’s nachts
rondloopt. Logeeropvang om haar af en toe te ontlasten bleek alleen mogelijk in een verpleeghuis op ruim
een half uur rijden, met een wachtlijst. Meneer kreeg een Wlz-indicatie. Mevrouw wilde hem niet laten
opnemen, en samen met de casemanager is gekozen voor zorg thuis vanuit de Wlz. Daarmee verviel de
Wmo-dagbesteding: die moest opnieuw worden geregeld via het zorgkantoor, bij een andere aanbieder, met
andere gezichten. Het duurde zeven weken voordat dat rond was. In die weken was mevrouw elke dag alleen
met haar man.

Toen mevrouw in de winter in de badkamer viel en haar pols brak, ontstond een crisis. Er was in de regio
geen crisisbed vrij. Meneer werd tijdelijk opgenomen in een verpleeghuis ver buiten de regio. Mevrouw kon
hem daar zonder auto niet bezoeken en meneer raakte ernstig in de war.

Wat wel werkte: de buurvrouw kwam dagelijks even binnen en belde de dorpsondersteuner toen ze merkte dat
het niet goed ging. De dorpsondersteuner heeft de huisarts, de casemanager en de Wmo-consulent bij elkaar
aan tafel gezet. Sindsdien is de casemanager het vaste aanspreekpunt voor mevrouw.

Waar liep het vast? De overgang van de Wmo naar de Wlz brak een werkende situatie af. Respijtzorg en
crisisopvang zijn regionaal georganiseerd en te ver weg. En de belasting van de mantelzorger werd pas
serieus genomen toen het eigenlijk al te laat was.
"""
        ),
        domains=("wmo", "zorg", "wonen"),
        life_areas=("gezondheid", "sociaal_netwerk", "wonen"),
        age_band="80+",
        household_type="paar_zonder_kinderen",
        presenter_role="professional",
        themes=("ontschotten", "schaal_regio"),
    ),
    DemoCase(
        code="C-2026-006",
        title="Een zorgcoöperatie loopt vast op de regels",
        description=_text(
            """
In een van de kleinere kernen hebben bewoners enkele jaren geleden een zorgcoöperatie opgericht, nadat
de laatste winkel en de bushalte waren verdwenen. Vrijwilligers rijden ouderen naar de huisarts en het
ziekenhuis, er is een maaltijdservice en drie ochtenden per week is er een huiskamer in het dorpshuis,
waar ouderen samen koffiedrinken, een warme maaltijd eten en activiteiten doen. Een coördinator voor
acht uur per week wordt betaald uit een tijdelijke subsidie.

Mevrouw E. is in de zeventig, woont alleen en heeft na een herseninfarct moeite met plannen en met
lopen. Ze komt drie ochtenden naar de huiskamer en bloeit daar op. Toen haar dochter een Wmo-melding
deed voor meer ondersteuning, adviseerde de consulent dagbesteding bij een aanbieder in het grotere dorp
verderop. De huiskamer telt volgens de gemeente niet als dagbesteding, omdat de coöperatie geen
gecontracteerde aanbieder is. Mevrouw E. wil niet naar het grotere dorp: daar kent ze niemand.

De coöperatie heeft geprobeerd om als aanbieder te worden toegelaten. Dat loopt via de regionale inkoop
van de Wmo. De eisen zijn afgestemd op professionele zorgaanbieders: een kwaliteitskeurmerk, een
minimale omvang, elektronisch berichtenverkeer met de gemeente en een klachtenregeling met een
onafhankelijke commissie. Voor een vereniging van vrijwilligers is dat niet op te brengen. Een pgb zou
een uitweg kunnen zijn, maar mevrouw E. en haar dochter zien op tegen de administratie en de
verantwoording.

De subsidie van de coöperatie komt uit het budget voor leefbaarheid en moet elk jaar opnieuw worden
aangevraagd, met een ander formulier en andere criteria dan in de Wmo. Er is niets afgesproken over wat
de gemeente bespaart doordat ouderen naar de huiskamer gaan in plaats van naar betaalde dagbesteding.
Het bestuur van de coöperatie vraagt zich af of het steeds meer ‘uitvoerder van de gemeente’ wordt, en
de vrijwilligers raken vermoeid.

Ook het vervoer schuurt. De vrijwilligers mogen geen ritten vergoed krijgen voor inwoners met een
Wmo-vervoerspas, omdat dat vervoer via de regiotaxi loopt. Sommige ouderen betalen daardoor twee keer:
hun eigen bijdrage voor de regiotaxi en een vergoeding aan de vrijwilliger, die ze liever bellen.

Waar liep het vast? Een bewonersinitiatief dat precies doet wat de gemeente in haar beleid zegt te
willen, past niet in de inkoopregels en niet in de subsidieregels. Niemand heeft de ruimte om een
uitzondering te maken of een nieuwe vorm van financiering af te spreken, en het initiatief dreigt te
bezwijken onder de eisen die eraan worden gesteld.
"""
        ),
        domains=("wmo", "zorg", "wonen"),
        life_areas=("sociaal_netwerk", "gezondheid", "werk_dagbesteding"),
        age_band="67-79",
        household_type="alleenstaand",
        presenter_role="professional",
        themes=("bewonersinitiatieven", "regie_vrijheid"),
    ),
    DemoCase(
        code="C-2026-007",
        title="Een statushoudersgezin tussen de loketten",
        description=_text(
            """
Het gezin S. bestaat uit vader, moeder en drie kinderen, van de basisschoolleeftijd tot de vroege
tienerjaren. Vader kwam als eerste hierheen; ruim een jaar later volgde de rest van het gezin via
gezinshereniging. Het gezin kreeg een eengezinswoning toegewezen in een van de dorpen. De woning is klein
voor vijf personen en ligt ver van de voorzieningen; ’s avonds rijdt er geen bus meer.

Vader was in zijn land van herkomst vrachtwagenchauffeur. Hij wil zo snel mogelijk werken, maar zijn
rijbewijs wordt hier niet erkend en voor een nieuw rijbewijs moet hij eerst voldoende Nederlands
spreken. Zijn inburgeringsplan schrijft taallessen in de stad voor, drie dagdelen per week. Een
uitzendbureau bood hem werk in een distributiecentrum aan, in ploegendienst, maar dat botste met de
lessen. De klantmanager werk moedigde hem aan het werk aan te nemen; de consulent inburgering wees hem op
zijn verplichtingen. Hij heeft het werk na een paar weken laten schieten.

De kinderen gaan naar school in de stad: de twee jongsten naar een taalklas, de oudste naar een
internationale schakelklas. Het leerlingenvervoer moest apart worden aangevraagd en kwam pas na zes
weken op gang; tot die tijd bracht een vrijwilliger de kinderen. Moeder heeft slaapproblemen en
herbelevingen door wat het gezin onderweg heeft meegemaakt. De huisarts verwees haar naar de ggz, maar
daar is een lange wachtlijst en een tolk wordt niet vergoed.

Doordat vader korte tijd via het uitzendbureau had gewerkt, veranderde het inkomen van het gezin. De
toeslagen werden niet op tijd aangepast en het gezin kreeg een terugvordering van enkele duizenden
euro’s. De brieven daarover begreep niemand in het gezin. De oudste dochter vertaalt alles: bij de
huisarts, op school en aan de telefoon met instanties. Haar mentor merkt dat ze moe is en zich slecht
kan concentreren.

Een taalmaatje van een vrijwilligersorganisatie komt wekelijks langs en is voor het gezin het
belangrijkste aanspreekpunt geworden. Zij ontdekte de terugvordering en schakelde de schuldhulp in. Zij
zegt zelf dat ze eigenlijk het werk van drie consulenten doet.

Waar liep het vast? Inburgering, werk, inkomen, onderwijs en zorg zijn elk op zichzelf geregeld, maar
ieder vanuit een eigen wet, met een eigen consulent en eigen verplichtingen. De regels spreken elkaar
tegen en het gezin kan de weg niet overzien. De last komt terecht bij een kind en bij een vrijwilliger.
"""
        ),
        domains=("participatiewet", "inkomen", "onderwijs", "wonen", "zorg"),
        life_areas=("financien", "werk_dagbesteding", "onderwijs", "opvoeding", "gezondheid"),
        age_band="27-45",
        household_type="gezin",
        presenter_role="professional",
        themes=("ontschotten", "professionals"),
    ),
    DemoCase(
        code="C-2026-008",
        title="Een jonge mantelzorger",
        description=_text(
            """
Het meisje in deze casus zit midden in de tienerjaren en gaat naar de havo. Ze woont met haar moeder en
haar jongere broertje. Moeder heeft een chronische neurologische ziekte die de laatste jaren snel is
verergerd; ze is vaak uitgeput, loopt met een rollator en heeft op slechte dagen hulp nodig bij het
aankleden. Vader is uit beeld. Het broertje heeft autisme en kan slecht tegen veranderingen.

Het meisje doet veel. Ze staat vroeg op om haar broertje naar school te brengen, kookt, doet de was en
houdt bij welke medicijnen moeder moet innemen. ’s Avonds helpt ze haar broertje met zijn huiswerk.
Haar vriendinnen ziet ze nauwelijks en ze is gestopt met sporten.

Moeder heeft een Wmo-indicatie voor huishoudelijke ondersteuning. Bij de herindicatie vorig jaar is het
aantal uren verlaagd, omdat volgens de richtlijn ‘gebruikelijke hulp’ van een huisgenoot in de
tienerleeftijd mag worden verwacht. De consulent heeft niet met het meisje zelf gesproken. Voor het
broertje is er een pgb vanuit de Jeugdwet voor begeleiding. Dat wordt beoordeeld door een
jeugdconsulent, die niet wist welke ondersteuning moeder krijgt. Beide consulenten werken in hetzelfde
gebouw.

Op school liepen haar cijfers terug en ze kwam vaak te laat. Na herhaald verzuim volgde een gesprek met
de leerplichtambtenaar en een officiële waarschuwing. Pas toen de mentor doorvroeg, vertelde ze wat er
thuis speelt. Ze had het nooit eerder verteld, uit loyaliteit aan haar moeder en uit angst dat het gezin
uit elkaar zou worden gehaald.

De mentor schakelde de schoolmaatschappelijk werker in, die contact legde met het wijkteam. Er is nu
één plan voor het hele gezin: de huishoudelijke ondersteuning is uitgebreid en het broertje gaat twee
middagen per week naar de naschoolse opvang. Het meisje doet mee aan een groep voor jonge mantelzorgers
van het welzijnswerk. Die groep komt alleen in een andere gemeente bij elkaar, en voor het vervoer is
ze afhankelijk van haar moeder, die steeds minder goed kan rijden.

Waar liep het vast? Wmo en Jeugdwet keken elk naar één gezinslid, niet naar het gezin als geheel. De
regel over gebruikelijke hulp legde de zorg bij een kind, zonder dat iemand vroeg wat dat kind al
draagt. En school, leerplicht en wijkteam wisten lange tijd niet van elkaar wat ze zagen.
"""
        ),
        domains=("jeugdwet", "wmo", "onderwijs", "zorg"),
        life_areas=("opvoeding", "onderwijs", "gezondheid", "sociaal_netwerk"),
        age_band="12-17",
        household_type="eenoudergezin",
        presenter_role="professional",
        themes=("ontschotten", "professionals"),
    ),
    DemoCase(
        code="C-2026-009",
        title="Alleen na een lang huwelijk",
        description=_text(
            """
Meneer F. is eind zeventig en woont alleen in een vrijstaand huis aan de rand van het dorp. Vorig jaar
is zijn vrouw overleden, na een huwelijk van meer dan vijftig jaar. Zij onderhield de contacten met
familie en buren, regelde de verjaardagen en nam hem mee naar het koor. Zijn twee zoons wonen ver weg en
bellen op zondag.

Na het overlijden is meneer F. steeds minder de deur uit gegaan. Hij is gestopt met het koor, omdat hij
er ‘zonder haar niets meer aan vond’. Hij eet vaak alleen brood, of helemaal niets, en de buurman zag
dat de gordijnen soms de hele dag dicht bleven. Bij de huisarts klaagde hij over slecht slapen en pijn
in zijn rug; over eenzaamheid sprak hij niet.

De buurman meldde zich bij het wijkteam. Een Wmo-consulent ging op huisbezoek. Meneer F. kan zichzelf
nog goed redden: hij doet zelf boodschappen met de auto, houdt zijn administratie bij en kan koken als
hij dat wil. Er was daarom geen grond voor een maatwerkvoorziening. De consulent wees hem op de
activiteiten voor ouderen in het dorpshuis. Daar wilde meneer F. niet heen: ‘dat is voor oude mensen’.

Het keerpunt kwam via de dorpsondersteuner. Zij ontdekte dat meneer F. zijn hele werkzame leven monteur
was geweest en vroeg hem om te helpen bij het repaircafé dat bewoners in het dorpshuis zijn begonnen.
Hij repareert er nu elke week fietsen en kleine apparaten, drinkt koffie met de andere vrijwilligers en
eet sindsdien eens per week mee met de maaltijd van de zorgcoöperatie.

Dat evenwicht is kwetsbaar. Het repaircafé kreeg dit jaar te horen dat de subsidie niet wordt
verlengd, omdat het initiatief niet voldoet aan de nieuwe subsidiecriteria: het moet ‘meetbaar
bijdragen aan de doelen van het sociaal domein’ en een jaarverslag met bezoekersaantallen inleveren. De
vrijwilligers zien daar erg tegen op. Daarnaast heeft de huisarts meneer F. geadviseerd binnenkort te
stoppen met autorijden vanwege zijn ogen, en de bus naar het grotere dorp rijdt nog maar twee keer per
dag.

Waar liep het vast? Eenzaamheid is geen indicatie. De Wmo kijkt naar zelfredzaamheid, en daarop
scoorde meneer F. voldoende. Wat hem hielp, was geen voorziening maar een rol en een plek. Die plek
hangt af van een bewonersinitiatief met een onzekere subsidie, in een dorp waar het openbaar vervoer
langzaam verdwijnt.
"""
        ),
        domains=("wmo", "zorg", "wonen"),
        life_areas=("sociaal_netwerk", "gezondheid", "wonen"),
        age_band="67-79",
        household_type="alleenstaand",
        presenter_role="professional",
        themes=("bewonersinitiatieven", "regie_vrijheid"),
    ),
    DemoCase(
        code="C-2026-010",
        title="Een zzp’er in de schulden",
        description=_text(
            """
Meneer G. is begin vijftig en heeft al ruim twintig jaar een eenmanszaak als schilder. Hij woont met
zijn vrouw in een koophuis; de kinderen zijn het huis uit. Zijn vrouw werkt parttime in de
kinderopvang.

Twee jaar geleden kreeg meneer G. een hernia. Een arbeidsongeschiktheidsverzekering had hij niet: die
vond hij te duur toen hij begon, en later kwam het er niet meer van. Hij bleef doorwerken met pijn, nam
minder opdrachten aan en teerde in op het geld dat hij opzij had gezet voor de belastingen. Binnen een
jaar had hij een schuld aan de fiscus van ruim € 18.000 aan btw en inkomstenbelasting, met boetes en
rente. Daarnaast ontstonden achterstanden bij de hypotheek en bij leveranciers.

Meneer G. schaamde zich en vertelde niemand iets, ook zijn vrouw niet. Zij ontdekte de achterstanden
pas toen er beslag werd gelegd op haar loon, omdat zij in gemeenschap van goederen zijn getrouwd.

Via de huisarts kwamen zij bij het wijkteam terecht. Daar bleek dat de gemeentelijke
schuldhulpverlening geen ondernemers met een lopend bedrijf helpt. Hij werd doorverwezen naar het
regionale loket voor zelfstandigen, dat het Bbz uitvoert. Daar moest eerst worden beoordeeld of zijn
bedrijf levensvatbaar is. Voor dat onderzoek moest hij jaarcijfers aanleveren die hij niet had, omdat
zijn boekhouder was gestopt toen de rekeningen niet meer werden betaald. Stoppen met het bedrijf zou de
weg naar de gewone schuldhulp openen, maar dan verliest hij zijn enige bron van inkomen en een groot
deel van zijn zelfbeeld. Bijstand was geen optie, omdat er overwaarde in het huis zit.

Het heen en weer tussen wijkteam, regionaal loket en schuldeisers duurde bijna vijf maanden. In die tijd
kwam er een dwangbevel en dreigde de gedwongen verkoop van het huis. Meneer G. kreeg klachten die passen
bij een depressie.

Wat hielp: een vrijwilliger van een landelijke organisatie voor ondernemers in financiële nood, zelf
oud-ondernemer, heeft samen met hem de administratie op orde gebracht en een betalingsregeling met de
fiscus voorbereid. De huisarts verwees hem naar de praktijkondersteuner ggz.

Waar liep het vast? Zelfstandigen vallen tussen de regelingen in: te veel ondernemer voor de
schuldhulp, te weinig perspectief voor het Bbz, te veel vermogen voor de bijstand. De route is
regionaal en ver weg, en niemand kon de schuldeisers tijdig tot rust brengen terwijl de beoordeling
liep.
"""
        ),
        domains=("schuldhulp", "inkomen", "participatiewet", "zorg"),
        life_areas=("financien", "werk_dagbesteding", "gezondheid"),
        age_band="46-66",
        household_type="paar_zonder_kinderen",
        presenter_role="professional",
        themes=("ontschotten", "schaal_regio"),
    ),
    DemoCase(
        code="C-2026-011",
        title="Bewind zonder einde",
        description=_text(
            """
Meneer H. is eind veertig en woont alleen in een huurappartement. Hij heeft een licht verstandelijke
beperking en werkt drie dagen per week in het groenonderhoud bij de sociale werkvoorziening. Ruim zeven
jaar geleden kreeg hij beschermingsbewind, nadat hij door een kennis in de schulden was geraakt: die had
telefoonabonnementen en leningen op zijn naam laten afsluiten.

De schulden zijn inmiddels via een schuldregeling afgelost. Het bewind loopt echter door. De
bewindvoerder is een groot kantoor in de stad; meneer H. heeft zijn bewindvoerder in al die jaren twee
keer gezien. Contact gaat via een algemeen e-mailadres, waar hij moeilijk mee overweg kan. Hij krijgt
elke week leefgeld op een aparte rekening. Als er onverwachte kosten zijn, bijvoorbeeld een kapotte
fiets waarmee hij naar zijn werk gaat, moet hij een verzoek indienen en duurt het soms twee weken
voordat het geld er is.

Meneer H. wil graag zelf leren om met zijn geld om te gaan. Hij schaamt zich als hij bij de kassa moet
zeggen dat zijn pas leeg is. De begeleider op zijn werk ziet dat hij met wat hulp veel kan: hij houdt
een schema bij en is trots op wat hij spaart. Maar niemand heeft de opdracht om met hem te oefenen. De
bewindvoerder ziet dat niet als zijn taak en heeft er binnen het tarief ook geen tijd voor. Begeleiding
vanuit de Wmo is aangevraagd, maar de aanbieder heeft een wachtlijst en de aanvraag richt zich op
zelfstandig wonen, niet op geld.

Opheffing van het bewind moet bij de rechter worden aangevraagd. De bewindvoerder wil daar niet aan
meewerken zolang er ‘geen alternatief’ is, en de gemeente heeft geen lichtere vorm van inkomensbeheer
met begeleiding meer: een proef daarmee is vorig jaar gestopt toen het projectgeld op was.

Ondertussen betaalt de gemeente de kosten van het bewind uit de bijzondere bijstand, ruim € 1.500 per
jaar. Dat bedrag loopt door zolang het bewind duurt. Hoeveel inwoners in een vergelijkbare situatie
zitten, weet de gemeente niet precies: de kosten worden geboekt, maar niemand kijkt of het bewind nog
nodig is.

Waar liep het vast? Bewind is bedoeld als bescherming, maar wordt hier een eindstation. Er is geen
prikkel en geen budget om mensen weer zelfstandig te maken. De bewindvoerder, de rechter, de gemeente en
de Wmo-aanbieder hebben elk een stukje in handen, maar niemand stuurt op perspectief.
"""
        ),
        domains=("bewind", "schuldhulp", "inkomen", "wmo"),
        life_areas=("financien", "sociaal_netwerk", "werk_dagbesteding"),
        age_band="46-66",
        household_type="alleenstaand",
        presenter_role="professional",
        themes=("regie_vrijheid", "ontschotten"),
    ),
    DemoCase(
        code="C-2026-012",
        title="Tussen wachtlijst en ontruiming",
        description=_text(
            """
Mevrouw J. is begin dertig en woont alleen in een huurwoning. Sinds het overlijden van haar moeder
heeft zij ernstige somberheids- en angstklachten. Ze is haar baan kwijtgeraakt en leeft van een
uitkering. De huisarts verwees haar naar de specialistische ggz; daar staat zij al maanden op de
wachtlijst, met een verwachte wachttijd van nog een half jaar.

In die periode opende mevrouw J. haar post niet meer. Er ontstond een huurachterstand van enkele
maanden en ook bij de energieleverancier en de zorgverzekeraar liepen achterstanden op. De
woningcorporatie stuurde brieven en kwam twee keer aan de deur, maar mevrouw deed niet open. De
corporatie is daarna een procedure gestart om het huurcontract te laten ontbinden.

Tegelijk kwamen er klachten van buren over geluid ’s nachts en een sterke lucht uit de woning. De
wijkagent ging langs en deed een melding bij het meldpunt voor zorg en overlast. Zo kwam mevrouw bij het
wijkteam in beeld, pas toen er al een datum voor de rechtszitting was.

De wijkcoach wilde ambulante begeleiding vanuit de Wmo inzetten. De aanbieder gaf aan dat de
problematiek te zwaar was en dat eerst behandeling nodig was. De ggz gaf aan dat behandeling pas zin
heeft als de woonsituatie stabiel is. De praktijkondersteuner ggz van de huisarts mocht maar een
beperkt aantal gesprekken voeren. Zo wees iedereen naar een ander.

Wat werkte: de wijkconsulent van de corporatie en de wijkcoach zijn samen op huisbezoek gegaan en hebben
met mevrouw een ‘laatste kans’-afspraak gemaakt. De ontruiming werd aangehouden, op voorwaarde dat zij
begeleiding accepteert en de lopende huur betaalt. De gemeente nam via de bijzondere bijstand een deel
van de achterstand over. De wijkcoach regelde in overleg met de huisarts een spoedconsult, waardoor
mevrouw toch eerder in behandeling kwam.

Waar liep het vast? Behandeling uit de zorgverzekering en begeleiding uit de Wmo wachten op elkaar, en
de wachttijden in de ggz zijn lang. Signalen over achterstanden kwamen bij verschillende partijen binnen,
maar werden niet gedeeld, waardoor het wijkteam pas laat kon helpen. De oplossing hing af van twee
professionals die bereid waren buiten hun eigen protocol te stappen.
"""
        ),
        domains=("zorg", "wonen", "wmo", "veiligheid", "schuldhulp"),
        life_areas=("gezondheid", "wonen", "financien", "veiligheid"),
        age_band="27-45",
        household_type="alleenstaand",
        presenter_role="professional",
        themes=("ontschotten", "schaal_regio"),
    ),
)


# --- Bijeenkomst juni: werk, dagbesteding en de overgang naar achttien (afgerond, kleiner verslag) ---
