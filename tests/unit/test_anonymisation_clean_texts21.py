"""Hard negatives, twenty-first set: an invitation to the town hall, national prevention programmes with
capitalised names, letters sent at an age, a look back with dates of rules and meetings, national news
with towns in it, council minutes, a job profile, a conference date, a village vision, a table of ages,
trades at the start of a sentence and open answers of an evaluation. Each must yield no finding at all
(issue 20: at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any
scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "uitnodiging_gemeentehuis": (
        "Uitnodiging informatieavond nieuwe Wmo-verordening\n"
        "\n"
        "Het college nodigt inwoners, mantelzorgers en aanbieders uit voor een informatieavond over de "
        "nieuwe verordening. De avond vindt plaats in de raadzaal van het gemeentehuis. De zaal is open "
        "vanaf 19.00 uur, het programma begint om 19.30 uur. De wethouder licht de belangrijkste "
        "wijzigingen toe, daarna is er ruimte voor vragen. Medewerkers van het Wmo-loket zijn aanwezig "
        "voor persoonlijke vragen. Het gemeentehuis is goed bereikbaar met het openbaar vervoer; de "
        "bushalte ligt op loopafstand. Er is een invalidentoilet en een ringleiding. Heeft u vervoer "
        "nodig, neem dan vooraf contact op met de Vervoerscentrale. Aanmelden is niet nodig. Kunt u niet "
        "komen? De presentatie staat na afloop op de website."
    ),
    "programmas_landelijk": (
        "Overzicht preventieprogramma's\n"
        "\n"
        "De gemeente doet mee aan Kansrijke Start, voor een goede start van ieder kind in de eerste "
        "duizend dagen. Via Nu Niet Zwanger krijgen kwetsbare vrouwen ondersteuning bij hun "
        "kinderwens. Jongeren Op Gezond Gewicht richt zich op sport en voeding op scholen. Met Home-Start "
        "bezoeken vrijwilligers gezinnen met jonge kinderen. Buurtgezinnen koppelt gezinnen die wat "
        "extra steun kunnen gebruiken aan steungezinnen in de buurt. Kinderen uit de Knel helpt kinderen "
        "bij een vechtscheiding. SchuldHulpMaatje en Humanitas bieden maatjes voor mensen met geldzorgen. "
        "Stichting Leergeld helpt met schoolspullen en een fiets. Alle programma's worden jaarlijks "
        "geëvalueerd met de GGD en de Gezonde Gemeente-aanpak van het RIVM."
    ),
    "leeftijden_regels2": (
        "Wie krijgt welke brief?\n"
        "\n"
        "Inwoners vanaf 75 jaar krijgen ieder jaar een uitnodiging voor een preventief huisbezoek door "
        "een ouderenadviseur. Jongeren van 17 jaar ontvangen een brief over wat er verandert als zij 18 "
        "worden: zorgverzekering, zorgtoeslag en studiefinanciering. Ouders van kinderen van 3 jaar "
        "krijgen informatie over de voorschoolse educatie. Wie 67 wordt, krijgt een brief over de "
        "aanvullende inkomensvoorziening ouderen. Inwoners van 100 jaar en ouder krijgen op hun "
        "verjaardag bezoek van de burgemeester, als zij dat willen. Een 16-jarige mag zelf een "
        "afspraak maken bij de huisarts; voor de jeugdhulp geldt dat jongeren vanaf 12 jaar meebeslissen. "
        "De brieven worden verstuurd op basis van de Basisregistratie Personen."
    ),
    "raad_data_terugblik": (
        "Terugblik tien jaar decentralisaties\n"
        "\n"
        "Op 1 januari 2015 kregen gemeenten de verantwoordelijkheid voor jeugdhulp, begeleiding en "
        "participatie. In maart 2016 verscheen de eerste evaluatie van het Sociaal en Cultureel "
        "Planbureau. Sinds juli 2017 werkt onze gemeente met wijkteams. Op 12 november 2019 stelde de "
        "raad het eerste integrale beleidsplan vast. Vanaf 2020 veranderde de coronacrisis veel: "
        "spreekuren gingen digitaal en de vraag naar schuldhulp steeg. In juni 2023 verscheen de "
        "Hervormingsagenda Jeugd. Per 1 januari 2025 geldt de nieuwe inkoop. De raad bespreekt de "
        "terugblik op 17 september in de commissie. Daarna volgt een werkconferentie met partners, "
        "gepland op vrijdag 3 oktober."
    ),
    "landelijke_plaatsen": (
        "Landelijke ontwikkelingen\n"
        "\n"
        "In Den Haag heeft het kabinet een nieuw pakket maatregelen tegen armoede aangekondigd. De VNG "
        "reageerde kritisch: gemeenten krijgen er taken bij zonder voldoende geld. Het Nibud in "
        "Utrecht rekende uit dat de koopkracht van minima licht verbetert. Het CAK in Den Haag past de "
        "eigen bijdrage aan. De Inspectie Gezondheidszorg en Jeugd publiceerde een rapport over de "
        "gesloten jeugdhulp. Vanuit Brussel komt nieuwe Europese regelgeving over toegankelijkheid. In "
        "de regio Utrecht en in Amsterdam lopen proeven met een basisinkomen voor jongeren. De "
        "gemeente volgt deze ontwikkelingen en bespreekt de gevolgen in het regionaal overleg van "
        "wethouders."
    ),
    "verslag_raadsvergadering": (
        "Verslag openbare raadsvergadering\n"
        "\n"
        "Aanwezig: de voorzitter, de griffier en 27 raadsleden. Afwezig met bericht: twee raadsleden.\n"
        "1. De agenda wordt vastgesteld. Op verzoek van de fractie van de VVD wordt agendapunt 6 "
        "aangehouden.\n"
        "2. De notulen van de vorige vergadering worden ongewijzigd vastgesteld.\n"
        "3. Het raadsvoorstel over de Regionale Jeugdhulpverordening wordt als hamerstuk aangenomen.\n"
        "4. Bij de Verordening Sociaal Domein dient de fractie van het CDA een amendement in over de "
        "eigen bijdrage. Het amendement wordt verworpen met 12 stemmen voor en 15 tegen.\n"
        "5. Motie M24 over de jongerenraad wordt unaniem aangenomen.\n"
        "6. Aangehouden.\n"
        "7. De voorzitter sluit de vergadering om 23.10 uur."
    ),
    "functieprofiel": (
        "Functieprofiel casusregisseur\n"
        "\n"
        "De casusregisseur coördineert de hulp rond huishoudens met problemen op meerdere "
        "leefgebieden. Hij of zij bereidt de casuïstiektafel voor, zit het overleg voor en bewaakt de "
        "afspraken. Gevraagd: een afgeronde hbo-opleiding Social Work, Toegepaste Psychologie of "
        "vergelijkbaar, registratie in het Kwaliteitsregister Jeugd of het Registerplein, en minimaal "
        "vijf jaar ervaring in het sociaal domein. Kennis van de Jeugdwet, de Wmo 2015 en de "
        "Participatiewet is vereist. De functie is ingeschaald in schaal 10 van de cao Gemeenten. "
        "Competenties: regie nemen, verbinden, doortastend en integer. De casusregisseur valt onder de "
        "teamleider Toegang."
    ),
    "bijeenkomst_datum_locatie": (
        "Save the date: regionale werkconferentie Bestaanszekerheid\n"
        "\n"
        "Op donderdag 20 november organiseren de gemeenten in de arbeidsmarktregio een werkconferentie "
        "over bestaanszekerheid. De conferentie is van 9.30 tot 16.00 uur in het provinciehuis. Sprekers "
        "zijn onder meer een hoogleraar armoede en schulden, een ervaringsdeskundige van het Landelijk "
        "Netwerk Ervaringsdeskundigen en een directeur van de Nationale Schuldhulproute. 's Middags "
        "zijn er deelsessies over vroegsignalering, geldzorgen bij werkenden en de kostendelersnorm. "
        "De conferentie is bedoeld voor bestuurders, beleidsmedewerkers en professionals. Deelname is "
        "kosteloos. Het programma en de aanmeldlink volgen in oktober. Accreditatie is aangevraagd bij "
        "het Registerplein."
    ),
    "dorpsvisie": (
        "Dorpsvisie: leefbaarheid in de kernen\n"
        "\n"
        "In de kleine kernen staan voorzieningen onder druk. De laatste supermarkt sloot, de "
        "basisschool heeft minder dan vijftig leerlingen en de bus rijdt nog maar twee keer per dag. "
        "Tegelijk is er veel vrijwillige inzet: de dorpshuizen draaien op vrijwilligers, de "
        "buurtbus wordt gereden door gepensioneerden en de kerk organiseert een maaltijd voor ouderen. "
        "In de dorpsvisie staan drie ambities: een ontmoetingsplek in elke kern, vervoer op maat voor "
        "wie geen auto heeft, en woningen voor jongeren en ouderen. De dorpsraden denken mee. De "
        "gemeente stelt een dorpencoördinator aan en een Leefbaarheidsfonds van € 100.000 per jaar."
    ),
    "statistiek_tabel_leeftijd": (
        "Tabel: cliënten Wmo naar leeftijd en voorziening\n"
        "\n"
        "Leeftijd | Huishoudelijke hulp | Begeleiding | Hulpmiddelen | Totaal\n"
        "18-44 | 42 | 188 | 61 | 291\n"
        "45-64 | 154 | 243 | 139 | 536\n"
        "65-74 | 311 | 97 | 246 | 654\n"
        "75-84 | 702 | 84 | 513 | 1.299\n"
        "85+ | 644 | 39 | 421 | 1.104\n"
        "Totaal | 1.853 | 651 | 1.380 | 3.884\n"
        "Toelichting: huishoudelijke hulp wordt vooral gebruikt door 75-plussers. Begeleiding wordt "
        "het meest ingezet bij inwoners tussen 18 en 64 jaar, vaak vanwege psychische problemen of een "
        "licht verstandelijke beperking. Een cliënt kan meer dan één voorziening hebben; het totaal is "
        "dus hoger dan het aantal unieke cliënten."
    ),
    "hoofdletter_zinsbegin_beroepen": (
        "Wie zitten er aan tafel?\n"
        "\n"
        "Bakker, slager en groenteboer in het dorp merken vaak als eerste dat iemand niet meer betaalt. "
        "Visser en boer zijn beroepen met een eigen cultuur, waarin je niet snel om hulp vraagt. Smit, "
        "timmerman of loodgieter: zzp'ers hebben geen vangnet bij ziekte. Koster en predikant horen veel "
        "in het pastoraat. Molenaar is een vrijwilliger die op zaterdag de molen laat draaien. Kok en "
        "schoonmaker werken vaak op oproepbasis. Voor al deze groepen geldt: zoek ze op waar ze zijn. "
        "De tafel vraagt het wijkteam een netwerkkaart te maken van sleutelfiguren in de kernen."
    ),
    "evaluatie_vragenlijst_open": (
        "Open antwoorden uit de evaluatie van de casuïstiektafel\n"
        "\n"
        "'Fijn dat iedereen aan tafel zit, dan hoef je niet vijf keer te bellen.' 'Soms duurt het te "
        "lang voordat een casus wordt ingebracht.' 'De voorzitter houdt het strak, dat werkt.' 'Ik mis "
        "soms de huisarts.' 'Goed dat de privacy beter geregeld is dan vroeger.' 'Het verslag komt laat, "
        "graag binnen een week.' 'Meer ruimte voor het perspectief van de inwoner zelf.' 'Zou fijn zijn "
        "als ook de woningcorporatie vaker aanschuift.' 'Korte lijnen met Veilig Thuis en de "
        "politie.' 'Na afloop weet ik precies wat ik moet doen.' 'Online vergaderen is prima, maar "
        "live is beter voor de eerste keer.'"
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jongeren van 17 jaar ontvangen een brief.",
        "Ouders van kinderen van 3 jaar krijgen informatie over de voorschool.",
        "Kinderen van 4 jaar gaan naar de basisschool.",
        "Voor jongeren van 16 jaar is er een cursus.",
    ],
)
def test_an_age_of_everyone_named_by_a_plural_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Haar kinderen van 3 jaar en 5 jaar zijn thuis.", "3 jaar"),
        ("Zij heeft kinderen van 3 jaar en 5 jaar.", "3 jaar"),
        ("De ouders van 45 jaar zijn gescheiden.", "45 jaar"),
    ],
)
def test_the_age_of_someones_children_is_still_found(sentence: str, age: str) -> None:
    assert ("leeftijd", age) in found(sentence)


NEWS = (
    "In Den Haag heeft het kabinet nieuwe maatregelen aangekondigd. Het Nibud in Utrecht rekende uit dat de "
    "koopkracht van minima licht verbetert. Vanuit Brussel komt nieuwe regelgeving over toegankelijkheid. "
    "De gemeente volgt deze ontwikkelingen en bespreekt de gevolgen in het regionaal overleg van wethouders, "
    "samen met de VNG en de provincie, en informeert de raad na de zomer met een korte brief over de stand."
)


def test_towns_in_a_whole_text_about_nobody_yield_no_finding() -> None:
    assert_no_finding(NEWS)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mevrouw Bakker verhuist naar Utrecht. " + NEWS, "Utrecht"),
        ("Moeder (38) verhuist naar Zwolle. " + NEWS, "Zwolle"),
        ("Casus gezin K. verhuist naar Zwolle. " + NEWS, "Zwolle"),
        ("Hij woont in [PLAATS] en werkt in Zwolle. " + NEWS, "Zwolle"),
        ("Het gezin verhuist naar Zwolle.", "Zwolle"),
    ],
)
def test_a_town_in_a_case_text_or_a_short_note_is_still_found(text: str, town: str) -> None:
    assert ("plaats", town) in found(text)


RESEARCH = (
    "Onderzoek van de Universiteit Utrecht en Hogeschool Windesheim laat zien dat vroegsignalering werkt. "
    "De woningcorporaties Portaal en Woonbron tekenden een convenant met de gemeente over "
    "betalingsachterstanden. De gemeente bespreekt de uitkomsten met de partners in het regionaal overleg "
    "en informeert de raad na de zomer met een korte brief over de stand van zaken en de vervolgstappen. "
    "Ook de Adviesraad wordt gevraagd mee te denken."
)


def test_organisations_in_a_whole_text_about_nobody_yield_no_finding() -> None:
    assert_no_finding(RESEARCH)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Mevrouw Bakker studeert aan de Hogeschool Windesheim. " + RESEARCH, "Hogeschool Windesheim"),
        ("Casus gezin K.: huurachterstand bij Portaal. " + RESEARCH, "Portaal"),
        ("Hij huurt bij Portaal en heeft een achterstand.", "Portaal"),
    ],
)
def test_an_organisation_in_a_case_text_or_a_note_is_still_found(text: str, body: str) -> None:
    assert any(part == body for _, part in found(text)), found(text)
