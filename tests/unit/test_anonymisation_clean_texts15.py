"""Hard negatives, fifteenth set: national companies a household deals with (energy suppliers, banks,
transport), school types and acute care abbreviations, and weather warnings. Each must yield no finding
at all (issue 20: at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of
any scored corpus."""

from __future__ import annotations

from tests.unit.anonymisation_support import clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "energieleveranciers": (
        "Afspraken met energieleveranciers\n"
        "\n"
        "Sinds de Wgs is aangepast, melden energieleveranciers betalingsachterstanden bij de gemeente. "
        "Vattenfall, Eneco, Essent en Greenchoice leveren deze signalen maandelijks aan; ook kleinere "
        "leveranciers doen mee. Bij een achterstand van twee maanden stuurt de gemeente een brief en "
        "volgt een huisbezoek. Afsluiten in de winter is niet toegestaan tussen 1 oktober en 1 april. "
        "Het Energiefonds van de gemeente helpt huishoudens met een hoge eindafrekening. Advies van de "
        "tafel: wijs inwoners op een vast contract en een realistisch termijnbedrag."
    ),
    "banken_betalen": (
        "Notitie betalingsverkeer en bewind\n"
        "\n"
        "Beschermingsbewindvoerders openen voor hun cliënten vaak een beheerrekening en een leefgeldrekening "
        "bij een grote bank. Inwoners zonder bankrekening kunnen een basisbetaalrekening aanvragen; "
        "banken als ING, Rabobank en ABN AMRO zijn verplicht die aan te bieden. Voor jongeren is er "
        "soms een leefgeldkaart. Contant geld wordt minder gebruikt; steeds meer winkels accepteren "
        "alleen pinbetalingen. Ouderen hebben moeite met internetbankieren. De bibliotheek geeft "
        "daarom cursussen veilig bankieren, samen met de ouderenbond. Let op phishing: een bank vraagt "
        "nooit om pincodes."
    ),
    "vervoer_ov": (
        "Mobiliteit voor inwoners met een laag inkomen\n"
        "\n"
        "Het openbaar vervoer in de regio wordt verzorgd door een busvervoerder en de NS. Inwoners met "
        "een minimuminkomen kunnen een korting krijgen op een OV-chipkaart-abonnement. Voor mensen met "
        "een beperking is er het Wmo-vervoer en, voor langere afstanden, Valys. Ouderen maken graag "
        "gebruik van de buurtbus, die door vrijwilligers wordt gereden. Fietsen kunnen via de "
        "kringloopwinkel goedkoop worden gekocht; kinderen krijgen een fiets via het kindpakket. De "
        "tafel vraagt aandacht voor de bereikbaarheid van het ziekenhuis vanuit de kleine kernen."
    ),
    "schooltypen": (
        "Onderwijs en zorg: begrippen\n"
        "\n"
        "Na de basisschool gaan leerlingen naar het vmbo, de havo of het vwo. Leerlingen die extra "
        "ondersteuning nodig hebben, kunnen naar het praktijkonderwijs of het voortgezet speciaal "
        "onderwijs (VSO). In het basisonderwijs is er het speciaal basisonderwijs (SBO). Scholen voor "
        "leerlingen met gedragsproblemen vallen onder cluster 4. Na het vmbo volgt het mbo, van "
        "niveau 1 (entree) tot niveau 4. Leerlingen in groep 8 krijgen een schooladvies; in leerjaar 2 "
        "en 3 van het vmbo kiezen ze een profiel. Het samenwerkingsverband regelt de "
        "toelaatbaarheidsverklaringen."
    ),
    "acute_zorg": (
        "Acute zorg en crisis: wie doet wat?\n"
        "\n"
        "Bij levensgevaar belt u 112; de ambulance brengt patiënten naar de SEH van het ziekenhuis. "
        "Buiten kantoortijd is de HAP bereikbaar voor spoedvragen die niet kunnen wachten. Bij een "
        "psychiatrische crisis schakelt de huisarts of de politie de crisisdienst van de ggz in. Voor "
        "acute onveiligheid in huis is er de spoedlijn van Veilig Thuis. De IC, de CCU en de "
        "verloskunde vallen onder de ziekenhuiszorg. Het Regionaal Overleg Acute Zorgketen maakt "
        "afspraken over de beschikbaarheid. Het wijkteam wordt achteraf geïnformeerd, met "
        "toestemming van de inwoner."
    ),
    "weer_waarschuwingen": (
        "Draaiboek extreem weer\n"
        "\n"
        "Bij code oranje of code rood van het KNMI treedt het draaiboek in werking. Bij hitte bellen "
        "vrijwilligers dagelijks met kwetsbare ouderen die alleen wonen, en deelt de thuiszorg "
        "water uit. Bij strenge vorst opent de nachtopvang extra bedden en lopen straatcoaches 's avonds "
        "een ronde. Bij storm controleert de wijkbeheerder de bomen bij scholen en speeltuinen. NL-Alert "
        "waarschuwt inwoners bij acuut gevaar. Na elke inzet evalueert het team met de partners. Het "
        "draaiboek wordt elk voorjaar herzien."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)
