<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="134"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="141"/>
        <source>No cases yet.</source>
        <translation>Nog geen casussen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="152"/>
        <source>confirmed by %1 on %2</source>
        <translation>bevestigd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="156"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="158"/>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="159"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="160"/>
        <source>Life areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="161"/>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="162"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="163"/>
        <source>Presented by</source>
        <translation>Ingebracht door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="164"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../casetafel/ui/crash_dialog.py" line="26"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/crash_dialog.py" line="27"/>
        <source>Something went wrong that casetafel did not expect. Your saved work is safe and you can carry on. Details are in the log file:
%1</source>
        <translation>Er ging iets mis wat casetafel niet verwachtte. Uw opgeslagen werk is veilig en u kunt verder werken. Details staan in het logbestand:
%1</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="27"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="28"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="29"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="93"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="94"/>
        <location filename="../../casetafel/ui/list_models.py" line="119"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="96"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="120"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="121"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="131"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="132"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="29"/>
        <source>casetafel — case table</source>
        <translation>casetafel — casuïstiektafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="33"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="34"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="34"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="50"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="60"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="64"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="74"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="75"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="75"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="80"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="96"/>
        <source>&amp;About casetafel</source>
        <translation>&amp;Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="115"/>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="115"/>
        <source>The backup could not be made: %1</source>
        <translation>De reservekopie kon niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="118"/>
        <source>Backup saved: %1</source>
        <translation>Reservekopie opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="127"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="128"/>
        <source>The language changes the next time you start casetafel.</source>
        <translation>De taal verandert de volgende keer dat u casetafel start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="134"/>
        <source>About casetafel</source>
        <translation>Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="135"/>
        <source>casetafel %1

The facilitator&apos;s tool for a case table of council members and professionals.
Your data stays on this computer: %2</source>
        <translation>casetafel %1

Het hulpmiddel van de gespreksleider voor een casuïstiektafel van raadsleden en professionals.
Uw gegevens blijven op deze computer: %2</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="92"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="99"/>
        <source>No sessions yet. Try ‘casetafel demo’ for example data.</source>
        <translation>Nog geen bijeenkomsten. Probeer ‘casetafel demo’ voor voorbeeldgegevens.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="104"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="107"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="108"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="109"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="110"/>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="116"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="122"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="125"/>
        <source>anonymisation not confirmed</source>
        <translation>anonimisering niet bevestigd</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="42"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="47"/>
        <source>Open a backup…</source>
        <translation>Reservekopie openen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="48"/>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="49"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="58"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="58"/>
        <location filename="../../casetafel/ui/startup.py" line="63"/>
        <source>casetafel database (*.sqlite)</source>
        <translation>casetafel-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="63"/>
        <source>Choose a database</source>
        <translation>Kies een database</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <location filename="../../casetafel/ui/overview_pages.py" line="43"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
</TS>
