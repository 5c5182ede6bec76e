"""Hard negatives, nineteenth set: a waste calendar, a year planning of the tafel, a council assignment,
guidance for home visits, a call for volunteers, consultation hours, a pilot evaluation, a welcome text
for staff, a letter to the council, a money course for young people, an infographic, notes on a
regulation's articles and a mayor's speech. Each must yield no finding at all (issue 20: at most 0.5
false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

from tests.unit.anonymisation_support import clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "afvalkalender": (
        "Afvalwijzer en Milieustraat\n"
        "\n"
        "Groente-, fruit- en tuinafval wordt om de week op maandag opgehaald, in de zomermaanden iedere "
        "week. Restafval wordt eens per vier weken opgehaald. Papier haalt de muziekvereniging op, "
        "iedere derde zaterdag van de maand. Plastic, metaal en drankkartons gaan in de oranje container. "
        "Grofvuil brengt u naar de Milieustraat of laat u ophalen na een afspraak; de eerste keer per "
        "jaar is gratis. Op Tweede Kerstdag en Nieuwjaarsdag wordt niet opgehaald, de inzameling schuift "
        "dan een dag op. Kunt u door ziekte of een beperking de container niet aan de weg zetten? Vraag "
        "dan de aanbiedhulp aan via het Sociaal Loket. Download de app Afvalwijzer voor de actuele "
        "kalender."
    ),
    "jaarplanning_tafel": (
        "Jaarplanning casuïstiektafel\n"
        "\n"
        "Januari: evaluatie van het afgelopen jaar en vaststellen van de werkafspraken.\n"
        "Februari en maart: reguliere tafels, elke tweede dinsdag van de maand.\n"
        "April: themasessie over jongeren en schulden, met gastspreker van het Nibud.\n"
        "Mei en juni: reguliere tafels.\n"
        "Juli en augustus: zomerrooster, alleen spoedoverleg.\n"
        "September: themasessie over verwarde personen met politie en GGZ.\n"
        "Oktober en november: reguliere tafels, tussenrapportage aan de stuurgroep.\n"
        "December: geen tafel, afsluitende bijeenkomst met alle partners.\n"
        "De vergaderingen zijn van 13.30 tot 16.00 uur in vergaderzaal De Schakel in het "
        "gemeentehuis. Casussen worden uiterlijk een week vooraf ingebracht via het beveiligde "
        "formulier. De voorzitter bepaalt de volgorde."
    ),
    "bestuursopdracht": (
        "Bestuursopdracht Vitale Ouderen\n"
        "\n"
        "Opdrachtgever: de portefeuillehouder Zorg en Welzijn. Opdrachtnemer: het afdelingshoofd "
        "Samenleving. Aanleiding: het aantal inwoners van 80 jaar en ouder verdubbelt de komende twintig "
        "jaar. Tegelijk is er een tekort aan zorgpersoneel en aan geschikte woningen. De opdracht is een "
        "integrale aanpak te ontwikkelen voor wonen, welzijn en zorg voor ouderen, samen met de "
        "zorgverzekeraar, het zorgkantoor, de woningcorporaties en de huisartsen. Resultaat: een "
        "uitvoeringsagenda met concrete acties en een financiële paragraaf. Kaders: de opdracht past "
        "binnen het coalitieakkoord en de Regionale Woonzorgvisie. Tijdpad: tussenresultaat na zes "
        "maanden, eindresultaat na een jaar. De raad wordt via een informatiebijeenkomst betrokken."
    ),
    "handreiking_huisbezoek": (
        "Handreiking veilig huisbezoek\n"
        "\n"
        "Een huisbezoek geeft veel informatie, maar vraagt ook om voorbereiding. Bekijk vooraf wat er "
        "bekend is over de situatie en of er signalen van agressie zijn. Ga bij twijfel met zijn "
        "tweeën. Laat het secretariaat weten waar u bent en hoe laat u terug verwacht te zijn. Neem uw "
        "telefoon mee en zorg dat de noodknop werkt. Ga zo zitten dat u de deur kunt bereiken. Voelt "
        "het niet goed, beëindig het gesprek dan rustig en vertrek. Meld een incident altijd bij de "
        "leidinggevende en in het incidentenregistratiesysteem. Na een ingrijpende gebeurtenis kunt u "
        "gebruikmaken van het bedrijfsopvangteam. Deze handreiking is opgesteld met de "
        "ondernemingsraad en de arbodienst."
    ),
    "vacature_vrijwilliger": (
        "Gezocht: vrijwillige maatjes voor statushouders\n"
        "\n"
        "Wil jij iemand helpen zijn weg te vinden in een nieuw land? Als maatje trek je een jaar op met "
        "een nieuwkomer. Je oefent samen Nederlands, gaat mee naar de bibliotheek of de sportclub, en "
        "helpt met brieven van de Belastingdienst of de zorgverzekeraar. Je hoeft geen deskundige te "
        "zijn; een luisterend oor en geduld zijn belangrijker. Wij vragen ongeveer twee uur per week. Je "
        "krijgt een training, begeleiding door een coördinator en een vergoeding van je onkosten. Een "
        "Verklaring Omtrent het Gedrag is verplicht; die vragen wij kosteloos voor je aan. "
        "Interesse? Kom naar de informatieavond in het Taalhuis op de eerste dinsdag van de maand, of "
        "meld je aan via het formulier op de website."
    ),
    "inloopspreekuur_overzicht": (
        "Spreekuren in de wijk\n"
        "\n"
        "Maandag 9.00-11.00 uur: Formulierenhulp in de bibliotheek.\n"
        "Dinsdag 13.00-15.00 uur: Spreekuur wijkteam in het buurthuis.\n"
        "Woensdag 10.00-12.00 uur: Sociaal raadslid en schuldhulpmaatje in het Wijkcentrum.\n"
        "Donderdag 19.00-21.00 uur: Jongerenspreekuur in het jongerencentrum.\n"
        "Vrijdag 9.30-11.30 uur: Koffieochtend voor mantelzorgers.\n"
        "Zonder afspraak welkom. Neem bij vragen over geld uw post en bankafschriften mee. Tijdens "
        "schoolvakanties vervallen het jongerenspreekuur en de koffieochtend. Op feestdagen zijn alle "
        "spreekuren gesloten. Kunt u niet komen? Bel dan het algemene nummer van de gemeente en vraag "
        "naar het wijkteam; er wordt binnen twee werkdagen teruggebeld."
    ),
    "evaluatie_pilot": (
        "Evaluatie pilot Vroegsignalering schulden\n"
        "\n"
        "In de pilot ontving de gemeente signalen van betalingsachterstanden van woningcorporaties, "
        "energieleveranciers, zorgverzekeraars en drinkwaterbedrijven. Binnen tien werkdagen na een "
        "signaal werd contact gezocht, eerst per brief, daarna telefonisch en zo nodig aan de deur. In "
        "totaal kwamen 623 signalen binnen, over 402 huishoudens. Met 58 procent lukte contact; 31 "
        "procent van hen accepteerde hulp. De meeste achterstanden waren kleiner dan € 500. Lessen: een "
        "bezoek aan huis levert meer op dan een brief, en een vast aanspreekpunt helpt. Het college "
        "stelt voor de pilot om te zetten in vast beleid, zoals ook de Wet gemeentelijke schuldhulpverlening "
        "vraagt."
    ),
    "welkomstpakket_medewerker": (
        "Welkom bij het team Werk en Inkomen\n"
        "\n"
        "Fijn dat je bij ons komt werken. In je eerste week krijg je een laptop, een personeelspas en "
        "toegang tot het zaaksysteem en Suite4SociaalDomein. Je loopt mee met een ervaren collega, je "
        "buddy. Op dinsdag is het teamoverleg om 9.00 uur in zaal Oost. In de eerste maand volg je de "
        "e-learning Informatiebeveiliging en de training Participatiewet in de praktijk. Na zes weken "
        "heb je een gesprek met je leidinggevende over hoe het gaat. Thuiswerken mag twee dagen per "
        "week, in overleg. Vragen over je salaris of verlof stel je via het HR-portaal. Let op: "
        "dossiers van inwoners open je alleen als je ze nodig hebt voor je werk; elk bezoek wordt "
        "gelogd."
    ),
    "raadsinformatiebrief": (
        "Raadsinformatiebrief voortgang Hervormingsagenda Jeugd\n"
        "\n"
        "Geachte leden van de raad,\n"
        "Met deze brief informeren wij u over de voortgang van de Hervormingsagenda Jeugd in onze regio. "
        "Rijk, VNG, aanbieders en cliëntorganisaties hebben afgesproken de jeugdzorg de komende jaren "
        "anders in te richten. Voor onze regio betekent dit onder meer dat de reikwijdte van de "
        "jeugdhulp wordt verduidelijkt en dat de regionale inkoop van specialistische zorg verder wordt "
        "versterkt. De Jeugdautoriteit houdt toezicht op de continuïteit. In het voorjaar volgt een "
        "regionaal transformatieplan. Wij verwachten dat de financiële gevolgen in de Voorjaarsnota "
        "zichtbaar worden.\n"
        "Hoogachtend,\n"
        "het college van burgemeester en wethouders,\n"
        "de secretaris, de burgemeester"
    ),
    "cursus_budgetteren": (
        "Cursus Omgaan met geld, voor jongeren van 16 tot 23 jaar\n"
        "\n"
        "Ben je net 18 geworden en krijg je ineens post van de zorgverzekeraar, DUO en de "
        "Belastingdienst? In deze cursus leer je in vier bijeenkomsten hoe je een begroting maakt, hoe "
        "je zorgtoeslag aanvraagt en wat je doet als je een rekening niet kunt betalen. We werken met "
        "voorbeelden uit het dagelijks leven: een eerste baan, op kamers gaan, een telefoonabonnement "
        "afsluiten. De cursus is gratis en wordt gegeven door een budgetcoach en een jongerenwerker. "
        "Je krijgt na afloop een certificaat dat je kunt gebruiken bij je stage. De bijeenkomsten zijn "
        "op woensdagmiddag van 15.00 tot 17.00 uur in het jongerencentrum. Aanmelden kan via "
        "Instagram of bij je mentor."
    ),
    "klanttevredenheid_infographic": (
        "Infographic: wat vinden inwoners van het Sociaal Loket?\n"
        "\n"
        "8,1 gemiddeld rapportcijfer\n"
        "92% voelt zich met respect behandeld\n"
        "76% is snel geholpen\n"
        "64% wist vooraf waar men terecht kon\n"
        "1 op 5 bezoekers kwam voor het eerst\n"
        "Meest gestelde vragen: toeslagen (31%), formulieren (24%), schulden (18%), zorg (15%), overig "
        "(12%).\n"
        "Wat kan beter? Langere openingstijden en meer bekendheid. Wat gaat goed? De vriendelijkheid "
        "van de medewerkers en het feit dat je zonder afspraak kunt binnenlopen.\n"
        "Het onderzoek werd uitgevoerd onder 418 bezoekers in de maanden maart tot en met mei. De "
        "resultaten zijn besproken met de Adviesraad en de medewerkers van het loket."
    ),
    "verordening_toelichting": (
        "Toelichting op de Verordening maatschappelijke ondersteuning\n"
        "\n"
        "Artikel 2.3 regelt de melding. Een melding kan mondeling, schriftelijk of elektronisch worden "
        "gedaan. Het college bevestigt de ontvangst. Artikel 2.4 regelt het onderzoek: binnen zes weken "
        "na de melding is het onderzoek afgerond. Daarbij wordt gekeken naar de eigen kracht, de "
        "mogelijkheden van het sociale netwerk en algemene voorzieningen. Artikel 2.7 bepaalt dat een "
        "aanvraag pas kan worden ingediend na het onderzoek. Artikel 2.10 gaat over de eigen bijdrage, "
        "die het CAK int. Het abonnementstarief is vastgesteld in het Uitvoeringsbesluit Wmo 2015. "
        "Artikel 5.1 regelt de jaarlijkse waardering voor mantelzorgers. De verordening is gebaseerd op "
        "de modelverordening van de VNG."
    ),
    "nieuwjaarstoespraak": (
        "Nieuwjaarstoespraak van de burgemeester, fragment over het sociaal domein\n"
        "\n"
        "Dames en heren, het afgelopen jaar was voor veel inwoners een zwaar jaar. De prijzen stegen, "
        "de energierekening ook. Ik ben trots op de vrijwilligers van de voedselbank, op de kerken die "
        "hun deuren openden als warme plek, en op de buren die een boodschap deden voor wie dat zelf "
        "niet kon. Ik ben ook trots op onze medewerkers van het wijkteam, die soms tot laat in de avond "
        "doorwerkten. Dit jaar gaan we verder: met het nieuwe armoedebeleid, met meer aandacht voor "
        "jongeren en met een Huis van de Wijk in iedere kern. Laten we samen zorgen dat niemand er "
        "alleen voor staat. Ik wens u allen een gezond en gelukkig nieuwjaar."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)
