"""The fictional municipality of the demo data: cases, sessions and what was recorded, in Dutch.

Pure data, read by ``casetafel.services.demo``. Everything here is invented; the case texts are written
the way a careful professional anonymises a real case (no names, places, exact ages or dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class DemoCase:
    code: str
    title: str
    description: str
    domains: tuple[str, ...]
    life_areas: tuple[str, ...]
    age_band: str
    household_type: str
    presenter_role: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DemoObservation:
    case_code: str
    phase_key: str
    kind: str
    text: str
    domains: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    author_role: str = "raadslid"
    votes: int = 0


@dataclass(frozen=True)
class DemoQuestion:
    case_code: str  # "" for a question about the session as a whole
    text: str
    council_role: str
    theme: str
    addressed_to: str
    instrument: str = "geen"
    status: str = "open"
    owner: str = ""
    due_date: date | None = None
    answer: str = ""
    votes: int = 0


@dataclass(frozen=True)
class DemoAction:
    case_code: str
    text: str
    owner: str
    due_date: date | None = None
    status: str = "open"


@dataclass(frozen=True)
class DemoParticipant:
    role: str
    name: str = ""
    party: str = ""


@dataclass(frozen=True)
class DemoSession:
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    facilitator: str
    status: str  # "gepland", "bezig" or "afgerond"
    participants: tuple[DemoParticipant, ...]
    case_codes: tuple[str, ...]
    notes: str = ""
    evaluation: str = ""
    observations: tuple[DemoObservation, ...] = ()
    questions: tuple[DemoQuestion, ...] = ()
    actions: tuple[DemoAction, ...] = field(default_factory=tuple)


def _text(raw: str) -> str:
    """Join the lines of each paragraph; paragraphs stay separated by a blank line."""
    paragraphs = raw.strip().split("\n\n")
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


DEMO_MUNICIPALITY = "Gemeente Wolderveen"

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

_JUNE_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Fatima el Idrissi", "PvdA"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("beleidsmedewerker", "Sanne Visser"),
)

_JUNE_OBSERVATIONS = (
    # C-2026-002: van dagbesteding naar een echte baan
    DemoObservation(
        "C-2026-002",
        "verhelderen",
        "vraag",
        "Waarom mocht de zorgboerderij geen loon betalen zolang het advies beschut werk er niet was?",
        domains=("participatiewet",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "schot",
        "Dagbesteding en beschut werk hebben elk een eigen indicatie, eigen vervoer en een eigen budget; "
        "een geleidelijke overstap past er niet tussen.",
        domains=("wmo", "participatiewet"),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "schot",
        "Het wachten op het landelijke advies beschut werk duurde ruim vier maanden.",
        domains=("participatiewet",),
        actors=("rijk",),
        author_role="professional",
        votes=3,
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "goede_praktijk",
        "De zorgboerderij zag wat meneer B. kon en wilde hem zelf in dienst nemen.",
        domains=("wmo",),
        actors=("organisatie",),
        author_role="beleidsmedewerker",
        votes=4,
    ),
    DemoObservation(
        "C-2026-002",
        "wie_kan_wat",
        "goede_praktijk",
        "Wmo-consulent en klantmanager werk kunnen voor elke dagbestedingscliënt met arbeidsvermogen samen "
        "één plan maken.",
        domains=("wmo", "participatiewet"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-002",
        "wie_kan_wat",
        "signaal",
        "Het vervoer voor een combinatie van werk en dagbesteding moet regionaal worden opgelost.",
        domains=("wmo",),
        actors=("regio",),
        author_role="wethouder",
        votes=2,
    ),
    # C-2026-004: net achttien en alles stopt
    DemoObservation(
        "C-2026-004",
        "verhelderen",
        "vraag",
        "Waarom was het perspectiefplan niet klaar vóór de achttiende verjaardag?",
        domains=("jeugdwet",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "schot",
        "Op de dag van de achttiende verjaardag veranderen vijf wetten tegelijk, en niemand regelt de "
        "overgang als geheel.",
        domains=("jeugdwet", "wmo", "participatiewet", "zorg"),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=7,
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "schot",
        "De vertrouwde jeugdhulpverlener mocht geen contact meer hebben omdat het dossier gesloten was.",
        domains=("jeugdwet",),
        actors=("organisatie",),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "signaal",
        "Zonder vast adres loopt ook de aanvraag voor inkomen vast: wie geen woning heeft, komt in een "
        "vicieuze cirkel.",
        domains=("wonen", "participatiewet"),
        actors=("college",),
        author_role="beleidsmedewerker",
        votes=4,
    ),
    DemoObservation(
        "C-2026-004",
        "wie_kan_wat",
        "goede_praktijk",
        "Begin het gesprek over wonen, geld en begeleiding al ruim een jaar vóór de achttiende verjaardag, "
        "met één begeleider die daarna betrokken blijft.",
        domains=("jeugdwet", "wmo"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=6,
    ),
    DemoObservation(
        "C-2026-004",
        "wie_kan_wat",
        "signaal",
        "Met de woningcorporaties kunnen afspraken worden gemaakt over kamers voor jongeren die uit de "
        "jeugdhulp komen.",
        domains=("wonen",),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
)

_JUNE_QUESTIONS = (
    DemoQuestion(
        "C-2026-002",
        "Welke ruimte geeft de verordening om dagbesteding en beschut werk te combineren in één "
        "arrangement, met één plan en één vervoersregeling?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 9, 15),
        answer="Het college schrijft dat een combinatie binnen de huidige verordening mogelijk is, mits de "
        "Wmo-consulent en de klantmanager werk één gezamenlijk plan opstellen. Het vervoer blijft een "
        "knelpunt; het college onderzoekt met de regiogemeenten een proef met een gezamenlijke "
        "vervoersregeling.",
        votes=5,
    ),
    DemoQuestion(
        "C-2026-002",
        "Hoeveel plekken beschut werk zijn er voor onze gemeente afgesproken, hoeveel worden er benut en "
        "hoe lang wachten inwoners op een plek?",
        council_role="controlerend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="raadsvraag",
        status="beantwoord",
        owner="fractie Dorpsbelang",
        due_date=date(2026, 8, 31),
        answer="Voor dit jaar zijn elf plekken afgesproken, waarvan er tien bezet zijn. Drie inwoners met "
        "een positief advies wachten op een plek. Het college gaat in het regionale overleg vragen om "
        "plekken beschut werk ook bij werkgevers in de kleine kernen mogelijk te maken.",
        votes=3,
    ),
    DemoQuestion(
        "C-2026-004",
        "Hoe zorgt het college ervoor dat voor elke jongere in jeugdhulp met verblijf ruim vóór de "
        "achttiende verjaardag een plan ligt voor wonen, inkomen, school en begeleiding?",
        council_role="controlerend",
        theme="professionals",
        addressed_to="college",
        instrument="toezegging",
        status="beantwoord",
        owner="wethouder Sociaal Domein",
        due_date=date(2026, 10, 1),
        answer="De wethouder heeft toegezegd dat het team jeugd voortaan elk kwartaal nagaat welke jongeren "
        "binnen een jaar achttien worden, en dat voor hen uiterlijk een halfjaar voor de verjaardag een "
        "toekomstplan klaar is. De eerste rapportage is in september met de raad gedeeld.",
        votes=6,
    ),
    DemoQuestion(
        "C-2026-004",
        "Is de raad bereid budget vrij te maken voor een vaste begeleider die jongeren na hun achttiende "
        "blijft volgen, los van de wet waar de hulp uit betaald wordt?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="raad",
        instrument="motie_idee",
        status="afgesloten",
        owner="fracties PvdA en Lokaal Groen",
        due_date=date(2026, 7, 9),
        answer="Het motie-idee is uitgewerkt tot een motie, die bij de behandeling van de voorjaarsnota "
        "met ruime meerderheid is aangenomen.",
        votes=7,
    ),
)

_JUNE_ACTIONS = (
    DemoAction(
        "C-2026-002",
        "Werkwijze uitwerken voor een gezamenlijk plan van Wmo-consulent en klantmanager werk bij "
        "dagbestedingscliënten met arbeidsvermogen.",
        "teamleider wijkteam",
        date(2026, 10, 1),
        "afgerond",
    ),
    DemoAction(
        "C-2026-002",
        "Vervoer bij een combinatie van werk en dagbesteding agenderen in het regionale overleg Wmo.",
        "beleidsmedewerker Wmo",
        date(2026, 12, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-004",
        "Overzicht maken van alle jongeren in jeugdhulp die binnen een jaar achttien worden.",
        "team jeugd",
        date(2026, 9, 1),
        "afgerond",
    ),
    DemoAction(
        "C-2026-004",
        "Kamers voor jongeren uit de jeugdhulp bespreken in het overleg over de prestatieafspraken met de "
        "woningcorporaties.",
        "wethouder Wonen",
        date(2027, 1, 31),
        "in_behandeling",
    ),
)


# --- Bijeenkomst oktober: schulden, een boerengezin en mantelzorg (afgerond, volledig verslag) ---

_OCTOBER_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Fatima el Idrissi", "PvdA"),
    DemoParticipant("raadslid", "Gert Smit", "VVD"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("raadslid", "Klaas Dijkstra", "CDA"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("beleidsmedewerker", "Sanne Visser"),
    DemoParticipant("ervaringsdeskundige", "", ""),
)

_OCTOBER_OBSERVATIONS = (
    # C-2026-001: schulden na een echtscheiding
    DemoObservation(
        "C-2026-001",
        "verhelderen",
        "vraag",
        "Waarom telt een kleine vordering van de werkgever als ‘instabiel inkomen’?",
        domains=("schuldhulp",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-001",
        "verhelderen",
        "vraag",
        "Had de gemeente de schuldeisers kunnen vragen om een adempauze, in plaats van het traject aan te "
        "houden?",
        domains=("schuldhulp",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "schot",
        "De toelatingseisen voor een schuldregeling sluiten niet aan bij de chaos vlak na een echtscheiding.",
        domains=("schuldhulp",),
        actors=("organisatie", "college"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "schot",
        "Schuldhulp, bewind en bijzondere bijstand worden elk apart beoordeeld, uit drie verschillende "
        "budgetten.",
        domains=("schuldhulp", "bewind", "inkomen"),
        actors=("college", "raad"),
        author_role="beleidsmedewerker",
        votes=5,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "signaal",
        "Terwijl het traject was aangehouden, liepen de incassokosten met bijna € 2.000 op: wachten kost "
        "geld.",
        domains=("schuldhulp",),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "goede_praktijk",
        "De vroegsignalering via de woningcorporatie werkte: mevrouw was binnen enkele weken in beeld.",
        domains=("wonen", "schuldhulp"),
        actors=("organisatie",),
        author_role="professional",
        votes=3,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "goede_praktijk",
        "De wijkcoach deed wat nodig was en belde zelf de schuldeisers, ook al viel dat buiten haar taak.",
        domains=("schuldhulp",),
        actors=("professional",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "signaal",
        "De buikpijn van de oudste zoon laat zien dat geldzorgen het hele gezin raken.",
        domains=("onderwijs", "jeugdwet"),
        actors=("professional",),
        author_role="ervaringsdeskundige",
        votes=2,
    ),
    DemoObservation(
        "C-2026-001",
        "wie_kan_wat",
        "goede_praktijk",
        "Lichte hulp, zoals budgetcoaching of een vrijwilliger voor de thuisadministratie, kan bewind vaak "
        "voorkomen.",
        domains=("bewind", "schuldhulp"),
        actors=("organisatie", "college"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-001",
        "wie_kan_wat",
        "signaal",
        "Dat beide ex-partners elk voor de hele gezamenlijke schuld kunnen worden aangesproken, is "
        "landelijke wetgeving; alleen het Rijk kan dat veranderen.",
        domains=("schuldhulp", "inkomen"),
        actors=("rijk",),
        author_role="beleidsmedewerker",
        votes=3,
    ),
    # C-2026-003: een boerengezin dat niet aanklopt
    DemoObservation(
        "C-2026-003",
        "verhelderen",
        "vraag",
        "Waarom kan het gezin geen bijstand krijgen, terwijl het inkomen onder het bijstandsniveau ligt?",
        domains=("inkomen", "participatiewet"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-003",
        "verhelderen",
        "vraag",
        "Weet de gemeente hoeveel agrarische gezinnen in een vergelijkbare situatie zitten?",
        domains=("inkomen",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "schot",
        "Ondernemers vallen buiten de gemeentelijke schuldhulp en worden doorverwezen naar een regionaal "
        "loket op grote afstand.",
        domains=("schuldhulp", "participatiewet"),
        actors=("college", "regio"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "schot",
        "Vermogen dat vastzit in grond en stallen telt mee, ook als er geen geld is voor de boodschappen.",
        domains=("inkomen", "participatiewet"),
        actors=("rijk",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "signaal",
        "Schaamte en de cultuur van ‘zelf oplossen’ zorgen ervoor dat boerengezinnen pas laat in beeld "
        "komen.",
        domains=("inkomen",),
        actors=("raad", "organisatie"),
        author_role="ervaringsdeskundige",
        votes=5,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "goede_praktijk",
        "Erfbetreders zoals de dierenarts zien het vaak als eerste; hier kwam het gezin via haar in beeld.",
        domains=("inkomen", "schuldhulp"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "signaal",
        "De gezondheid van mevrouw K. lijdt onder de spanning; de huisarts is een belangrijke vindplaats.",
        domains=("zorg",),
        actors=("professional",),
        author_role="professional",
        votes=2,
    ),
    DemoObservation(
        "C-2026-003",
        "wie_kan_wat",
        "goede_praktijk",
        "Eén vast aanspreekpunt bij de gemeente dat de agrarische sector kent, kan de drempel flink "
        "verlagen.",
        domains=("schuldhulp", "inkomen"),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
    DemoObservation(
        "C-2026-003",
        "wie_kan_wat",
        "signaal",
        "De regio kan de uitvoering van het Bbz dichterbij brengen, bijvoorbeeld met een spreekuur in het "
        "eigen gemeentehuis.",
        domains=("participatiewet",),
        actors=("regio", "college"),
        author_role="raadslid",
        votes=4,
    ),
    # C-2026-005: mantelzorg bij dementie
    DemoObservation(
        "C-2026-005",
        "verhelderen",
        "vraag",
        "Wie is hier eigenlijk de regisseur: de casemanager dementie, de Wmo-consulent of de huisarts?",
        domains=("wmo", "zorg"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-005",
        "verhelderen",
        "vraag",
        "Waarom is logeeropvang alleen in een verpleeghuis op grote afstand beschikbaar?",
        domains=("wmo", "zorg"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Bij de overgang naar de Wlz stopte de vertrouwde dagbesteding, omdat die uit de Wmo werd betaald.",
        domains=("wmo", "zorg"),
        actors=("college", "organisatie", "rijk"),
        author_role="professional",
        votes=7,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Mevrouw moest haar verhaal aan zes verschillende hulpverleners vertellen.",
        domains=("wmo", "zorg"),
        actors=("organisatie", "professional"),
        author_role="ervaringsdeskundige",
        votes=5,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "signaal",
        "Mantelzorgers die zelf op leeftijd zijn raken overbelast; de crisis kwam pas toen mevrouw viel.",
        domains=("wmo",),
        actors=("college", "professional"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "goede_praktijk",
        "De buurvrouw en de dorpsondersteuner hielden samen een oogje in het zeil; dat informele netwerk "
        "was goud waard.",
        domains=("wmo",),
        actors=("professional",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Een rit naar de dagbesteding duurde bijna een uur, omdat de taxibus alle kernen langsgaat.",
        domains=("wmo",),
        actors=("regio", "organisatie"),
        author_role="raadslid",
        votes=3,
    ),
    DemoObservation(
        "C-2026-005",
        "wie_kan_wat",
        "signaal",
        "Een crisisbed ver buiten de regio betekent dat de partner niet op bezoek kan; er zijn te weinig "
        "crisisbedden in de eigen regio.",
        domains=("zorg",),
        actors=("regio", "rijk"),
        author_role="beleidsmedewerker",
        votes=3,
    ),
    DemoObservation(
        "C-2026-005",
        "wie_kan_wat",
        "goede_praktijk",
        "Met het zorgkantoor kan de gemeente afspreken dat de dagbesteding bij de overgang naar de Wlz "
        "gewoon doorloopt.",
        domains=("wmo", "zorg"),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
)

_OCTOBER_QUESTIONS = (
    DemoQuestion(
        "C-2026-001",
        "Hoe vaak wordt een schuldhulptraject ‘aangehouden’, hoe lang duurt dat gemiddeld en wat kost dat "
        "inwoners aan extra incassokosten?",
        council_role="controlerend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 11, 17),
        answer="Vorig jaar zijn 23 van de 112 aanmeldingen langer dan twee maanden aangehouden, gemiddeld "
        "elf weken. De extra incassokosten worden nu niet bijgehouden; vanaf volgend jaar neemt de "
        "afdeling dat op in de monitor schuldhulpverlening.",
        votes=4,
    ),
    DemoQuestion(
        "C-2026-001",
        "Welke ruimte geeft de verordening om schuldhulp, bewind en bijzondere bijstand uit één budget te "
        "betalen, zodat de professional kan kiezen wat in een gezin het beste werkt?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="college",
        instrument="motie_idee",
        status="open",
        owner="fracties Dorpsbelang en PvdA",
        due_date=date(2027, 2, 15),
        votes=6,
    ),
    DemoQuestion(
        "C-2026-001",
        "Willen we als raad het signaal over gezamenlijke schulden na een echtscheiding via de VNG bij het "
        "Rijk neerleggen?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="rijk",
        instrument="signaal_aan_rijk",
        status="in_behandeling",
        owner="griffie",
        due_date=date(2026, 12, 31),
        votes=3,
    ),
    DemoQuestion(
        "C-2026-003",
        "Hoe zorgt het college ervoor dat agrarische ondernemers in geldnood snel bij de juiste hulp komen, "
        "nu de uitvoering van het Bbz regionaal is belegd?",
        council_role="controlerend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="raadsvraag",
        status="in_behandeling",
        owner="fractie CDA",
        due_date=date(2026, 12, 1),
        votes=5,
    ),
    DemoQuestion(
        "C-2026-003",
        "Is de raad bereid structureel budget vrij te maken voor een netwerk van erfbetreders dat geldzorgen "
        "bij boerengezinnen vroeg signaleert?",
        council_role="kaderstellend",
        theme="professionals",
        addressed_to="raad",
        instrument="motie_idee",
        status="open",
        owner="fractie Dorpsbelang",
        due_date=date(2027, 3, 1),
        votes=5,
    ),
    DemoQuestion(
        "C-2026-003",
        "Hoe kunnen wij als raadsleden ons eigen netwerk in de agrarische gemeenschap gebruiken om het "
        "taboe op geldzorgen te doorbreken?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="raad",
        instrument="geen",
        status="open",
        votes=3,
    ),
    DemoQuestion(
        "C-2026-005",
        "Welke afspraken heeft het college met het zorgkantoor gemaakt over doorlopende dagbesteding bij de "
        "overgang van de Wmo naar de Wlz?",
        council_role="controlerend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 11, 20),
        answer="Er zijn nog geen schriftelijke afspraken. Het college gaat met het zorgkantoor een "
        "overgangsregeling afspreken waarbij de huidige aanbieder de dagbesteding tot drie maanden na het "
        "Wlz-besluit mag voortzetten, en informeert de raad daarover in het eerste kwartaal.",
        votes=5,
    ),
    DemoQuestion(
        "C-2026-005",
        "Hoe zorgt het college ervoor dat er in de eigen gemeente of vlak daarbij logeeropvang en crisisbedden "
        "voor mensen met dementie beschikbaar komen?",
        council_role="kaderstellend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="toezegging",
        status="in_behandeling",
        owner="wethouder Sociaal Domein",
        due_date=date(2027, 4, 1),
        votes=6,
    ),
    DemoQuestion(
        "C-2026-005",
        "Hoe betrekt de raad mantelzorgers zelf bij de evaluatie van het mantelzorgbeleid?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="raad",
        instrument="agendering",
        status="open",
        owner="commissie Sociaal Domein",
        due_date=date(2027, 2, 28),
        votes=4,
    ),
    DemoQuestion(
        "",
        "In alle drie de casussen ontbrak iemand die het overzicht had en mocht doen wat nodig is. Welk "
        "mandaat en welk budget krijgen professionals om maatwerk te leveren, en hoe legt het college "
        "daarover verantwoording af aan de raad?",
        council_role="kaderstellend",
        theme="professionals",
        addressed_to="college",
        instrument="agendering",
        status="open",
        owner="agendacommissie",
        due_date=date(2027, 1, 20),
        votes=7,
    ),
)

_OCTOBER_ACTIONS = (
    DemoAction(
        "C-2026-001",
        "Informatieverzoek over aangehouden schuldhulptrajecten opstellen en naar het college sturen.",
        "griffie",
        date(2026, 10, 30),
        "afgerond",
    ),
    DemoAction(
        "C-2026-001",
        "In de werkinstructie vastleggen dat de wijkcoach bij een aangehouden traject zelf een adempauze "
        "met schuldeisers mag afspreken.",
        "beleidsmedewerker schuldhulp",
        date(2027, 1, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-001",
        "Motie-idee over één budget voor schuldhulp, bewind en bijzondere bijstand uitwerken voor de "
        "commissie Sociaal Domein.",
        "fracties Dorpsbelang en PvdA",
        date(2027, 2, 15),
        "open",
    ),
    DemoAction(
        "C-2026-003",
        "Met de regiogemeenten een maandelijks spreekuur voor zelfstandigen in het gemeentehuis verkennen.",
        "wethouder Sociaal Domein",
        date(2027, 1, 15),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-003",
        "Een avond organiseren met erfbetreders: dierenartsen, voerleveranciers, accountants en "
        "dorpsondersteuners.",
        "wijkteam",
        date(2027, 3, 1),
        "open",
    ),
    DemoAction(
        "C-2026-003",
        "Toezegging over het spreekuur voor zelfstandigen opnemen in de lijst van toezeggingen.",
        "griffie",
        date(2026, 10, 27),
        "afgerond",
    ),
    DemoAction(
        "C-2026-005",
        "Werkafspraak maken: bij dementie is de casemanager het vaste aanspreekpunt en houdt die het "
        "wijkteam op de hoogte.",
        "wijkteam",
        date(2027, 1, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-005",
        "Mantelzorgers uitnodigen voor een beeldvormende avond van de commissie Sociaal Domein.",
        "griffie",
        date(2027, 2, 28),
        "open",
    ),
)


# --- Bijeenkomst december: een zorgcoöperatie en een nieuwkomersgezin (gepland) ---

_DECEMBER_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Gert Smit", "VVD"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("raadslid", "Yusuf Kaya", "GroenLinks"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("overig", "", ""),
)


DEMO_SESSIONS: tuple[DemoSession, ...] = (
    DemoSession(
        title="Casuïstiektafel: werk, dagbesteding en de overgang naar achttien",
        starts_at=datetime(2026, 6, 16, 19, 30),
        ends_at=datetime(2026, 6, 16, 21, 30),
        location="Dorpshuis De Linde",
        facilitator="Ingrid Hoekstra",
        status="afgerond",
        participants=_JUNE_PARTICIPANTS,
        case_codes=("C-2026-002", "C-2026-004"),
        notes="Eerste casuïstiektafel in deze raadsperiode. De gespreksleider heeft de spelregels "
        "toegelicht: wat hier wordt besproken is vertrouwelijk en dit is beeldvorming, er wordt niets "
        "besloten. De casusinbrengers waren een jobcoach en een jeugdconsulent. De tweede casus riep "
        "veel emotie op; de pauze is daarom met vijf minuten verlengd.",
        evaluation="Deelnemers vonden het verhelderend om een casus van binnenuit te horen in plaats "
        "van cijfers in een rapportage. Twee casussen in twee uur is haalbaar. Wens voor de volgende "
        "keer: een ervaringsdeskundige aan tafel en meer tijd voor ‘wie kan wat’.",
        observations=_JUNE_OBSERVATIONS,
        questions=_JUNE_QUESTIONS,
        actions=_JUNE_ACTIONS,
    ),
    DemoSession(
        title="Casuïstiektafel: schulden, een boerengezin en mantelzorg",
        starts_at=datetime(2026, 10, 20, 19, 30),
        ends_at=datetime(2026, 10, 20, 21, 30),
        location="Raadzaal gemeentehuis",
        facilitator="Ingrid Hoekstra",
        status="afgerond",
        participants=_OCTOBER_PARTICIPANTS,
        case_codes=("C-2026-001", "C-2026-003", "C-2026-005"),
        notes="Alle fracties waren vertegenwoordigd. Bij de opening zijn de open afspraken van juni "
        "langsgelopen: twee zijn afgerond, twee lopen nog. De wethouder hield zich bij de eerste casus "
        "bewust op de achtergrond. De casus over het boerengezin liep tien minuten uit, waardoor de "
        "evaluatie korter was dan gepland. Een ervaringsdeskundige schoof voor het eerst aan en bracht "
        "bij alle drie de casussen het perspectief van de inwoner in.",
        evaluation="Drie heel verschillende casussen naast elkaar werkte goed: telkens kwam terug dat "
        "niemand het overzicht had en dat de oplossing afhing van een professional die buiten de lijntjes "
        "kleurde. Drie casussen is wel veel; volgende keer liever twee, met meer tijd voor ‘wie kan wat’. "
        "De inbreng van de ervaringsdeskundige werd zeer gewaardeerd. Raadsleden willen graag horen hoe "
        "het de inwoners uit de casussen verder vergaat, en vragen de griffie om de stand van de "
        "afspraken vóór de volgende bijeenkomst rond te sturen.",
        observations=_OCTOBER_OBSERVATIONS,
        questions=_OCTOBER_QUESTIONS,
        actions=_OCTOBER_ACTIONS,
    ),
    DemoSession(
        title="Casuïstiektafel: een zorgcoöperatie en een nieuwkomersgezin",
        starts_at=datetime(2026, 12, 15, 19, 30),
        ends_at=datetime(2026, 12, 15, 21, 30),
        location="Dorpshuis De Linde",
        facilitator="Ingrid Hoekstra",
        status="gepland",
        participants=_DECEMBER_PARTICIPANTS,
        case_codes=("C-2026-006", "C-2026-007"),
        notes="Casusinbrengers: de dorpsondersteuner en de consulent inburgering. Een bestuurslid van de "
        "zorgcoöperatie schuift aan als gast. De anonimisering van beide casussen nog laten bevestigen "
        "vóór de bijeenkomst. Stand van de afspraken uit oktober meesturen met de uitnodiging.",
    ),
)
