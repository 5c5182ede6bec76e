<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_actors.py" line="41"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_actors.py" line="104"/>
        <source>Who can act</source>
        <translation>Wie kan wat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_actors.py" line="116"/>
        <source>Choose an observation with the arrow keys; keys 1 to 6 tick who can act on it.</source>
        <translation>Kies een observatie met de pijltjestoetsen; met de toetsen 1 tot en met 6 vinkt u aan wie er iets mee kan.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="109"/>
        <location filename="../../casetafel/ui/agenda_editor.py" line="241"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="125"/>
        <source>Minutes per &amp;phase for the selected case (F2 to change)</source>
        <translation>Minuten per &amp;fase voor de gekozen casus (F2 om te wijzigen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="127"/>
        <source>Minutes per phase</source>
        <translation>Minuten per fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="132"/>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="134"/>
        <source>&amp;Add cases…</source>
        <translation>Casussen &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="135"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="136"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="137"/>
        <source>Move do&amp;wn</source>
        <translation>Omla&amp;ag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="138"/>
        <source>Ctrl+Up in the agenda</source>
        <translation>Ctrl+Pijl omhoog in de agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="139"/>
        <source>Ctrl+Down in the agenda</source>
        <translation>Ctrl+Pijl omlaag in de agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="140"/>
        <source>Use the method&apos;s minutes</source>
        <translation>Minuten van de methode gebruiken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="168"/>
        <source>Remove from agenda</source>
        <translation>Van de agenda halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="252"/>
        <source>move case</source>
        <translation>casus verplaatsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="295"/>
        <source>add cases</source>
        <translation>casussen toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="307"/>
        <source>remove case from agenda</source>
        <translation>casus van de agenda halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_editor.py" line="342"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="52"/>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="56"/>
        <source>planned until %1</source>
        <translation>gepland tot %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="62"/>
        <source>1 minute too long</source>
        <translation>1 minuut te lang</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="64"/>
        <source>%1 minutes too long</source>
        <translation>%1 minuten te lang</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="68"/>
        <source>1 minute to spare</source>
        <translation>1 minuut over</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="70"/>
        <source>%1 minutes to spare</source>
        <translation>%1 minuten over</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="73"/>
        <source>exactly on time</source>
        <translation>precies op tijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="85"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="86"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="87"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="88"/>
        <location filename="../../casetafel/ui/agenda_model.py" line="166"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="89"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="135"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="137"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="165"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="167"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_model.py" line="214"/>
        <source>The method plans %1 minutes</source>
        <translation>De methode plant %1 minuten</translation>
    </message>
</context>
<context>
    <name>AnonymisationGuard</name>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="87"/>
        <source>⚠ Confirmed by %1, but the text now holds %2 open findings: replace or ignore each one before the case is shown or exported</source>
        <translation>⚠ Bevestigd door %1, maar de tekst bevat nu %2 open gegevens: vervang of negeer ze voordat de casus getoond of geëxporteerd wordt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="99"/>
        <source>⚠ Not confirmed: %1 possible identifiers are still open (see the list)</source>
        <translation>⚠ Niet bevestigd: nog %1 mogelijk herleidbare gegevens open (zie de lijst)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="112"/>
        <source>Write the description first.</source>
        <translation>Schrijf eerst de casusbeschrijving.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="114"/>
        <source>The anonymisation of this text is confirmed.</source>
        <translation>De anonimisering van deze tekst is bevestigd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="117"/>
        <source>Not yet possible: %1 possible identifiers are still open. Replace each one, or ignore it with a reason.</source>
        <translation>Nog niet mogelijk: %1 mogelijk herleidbare gegevens staan nog open. Vervang ze, of negeer ze met een reden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="121"/>
        <source>Confirm that you read the text yourself. The check lowers the risk of recognition but does not catch everything.</source>
        <translation>Bevestig dat u de tekst zelf hebt nagelezen. De controle verkleint het risico op herkenning, maar vindt niet alles.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="146"/>
        <source>replacement of ‘%1’</source>
        <translation>vervanging van ‘%1’</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="149"/>
        <source>replacement of every ‘%1’</source>
        <translation>vervanging van elke ‘%1’</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="213"/>
        <source>Place names</source>
        <translation>Plaatsnamen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="214"/>
        <source>Select the place name in the text first, then choose this again.</source>
        <translation>Selecteer eerst de plaatsnaam in de tekst en kies dit daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_panels.py" line="20"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_panels.py" line="24"/>
        <source>Who is present? Space ticks the selected participant.</source>
        <translation>Wie is er aanwezig? De spatiebalk vinkt de gekozen deelnemer aan of uit.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_panels.py" line="48"/>
        <source>%1 of %2 present</source>
        <translation>%1 van %2 aanwezig</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../casetafel/ui/background.py" line="58"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/background.py" line="60"/>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="92"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="96"/>
        <source>Input line</source>
        <translation>Invoerregel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="97"/>
        <source>Type what is said and press Enter</source>
        <translation>Typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="102"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="103"/>
        <source>Record (Enter)</source>
        <translation>Vastleggen (Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="105"/>
        <source>Author role</source>
        <translation>Rol van de inbrenger</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="105"/>
        <source>(role unknown)</source>
        <translation>(rol onbekend)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="106"/>
        <source>Council role</source>
        <translation>Rol van de raad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="106"/>
        <source>(no council role)</source>
        <translation>(geen rol van de raad)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="107"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="107"/>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="109"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="110"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="112"/>
        <source>Owner is a</source>
        <translation>Eigenaar is een</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="113"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="114"/>
        <source>body or role</source>
        <translation>orgaan of functie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="117"/>
        <source>A body or role (griffie, college, committee, wijkteam) stays in the public report; a person does not.</source>
        <translation>Een orgaan of functie (griffie, college, commissie, wijkteam) blijft in het openbare verslag staan; een persoon niet.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="122"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="125"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="129"/>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="146"/>
        <source>Council r&amp;ole</source>
        <translation>Raads&amp;rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="148"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="152"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="155"/>
        <source>&amp;Due</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="160"/>
        <source>Enter records. Kind: Alt+1 barrier (s:) · Alt+2 good practice (g:) · Alt+3 signal (si:) · Alt+4 question (v:) · Alt+5 governance question (bv:) · Alt+6 action (a:)</source>
        <translation>Enter legt vast. Soort: Alt+1 schot (s:) · Alt+2 goede praktijk (g:) · Alt+3 signaal (si:) · Alt+4 vraag (v:) · Alt+5 bestuurlijke vraag (bv:) · Alt+6 afspraak (a:)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="173"/>
        <source>Author &amp;role</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="175"/>
        <source>Do&amp;mains</source>
        <translation>Do&amp;meinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="251"/>
        <source>%1: type what is said and press Enter</source>
        <translation>%1: typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_bar.py" line="256"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="71"/>
        <source>A short title without names</source>
        <translation>Een korte titel zonder namen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="73"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="44"/>
        <source>Confirm &amp;anonymisation…</source>
        <translation>&amp;Anonimisering bevestigen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="45"/>
        <source>&amp;Revoke confirmation</source>
        <translation>Bevestiging &amp;intrekken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="78"/>
        <source>&amp;Description (anonymised)</source>
        <translation>&amp;Casusbeschrijving (geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="92"/>
        <source>D&amp;omains</source>
        <translation>&amp;Domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="93"/>
        <source>&amp;Life areas</source>
        <translation>&amp;Leefgebieden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="94"/>
        <source>T&amp;hemes</source>
        <translation>T&amp;hema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="108"/>
        <source>A&amp;ge band</source>
        <translation>Leeftijd&amp;sgroep</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="109"/>
        <source>Hou&amp;sehold</source>
        <translation>H&amp;uishouden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="110"/>
        <source>&amp;Presented by</source>
        <translation>Ingebracht &amp;door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="152"/>
        <source>Word count</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="172"/>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="94"/>
        <source>✔ Anonymisation confirmed by %1 on %2</source>
        <translation>✔ Anonimisering bevestigd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="103"/>
        <source>⚠ Anonymisation not confirmed: check the text for names and details</source>
        <translation>⚠ Anonimisering niet bevestigd: controleer de tekst op namen en herleidbare details</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="107"/>
        <source>⚠ Anonymisation not confirmed; write the description first</source>
        <translation>⚠ Anonimisering niet bevestigd; schrijf eerst de casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="314"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="315"/>
        <source>description</source>
        <translation>casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="316"/>
        <source>domains</source>
        <translation>domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="317"/>
        <source>life areas</source>
        <translation>leefgebieden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="318"/>
        <source>themes</source>
        <translation>thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="319"/>
        <source>age band</source>
        <translation>leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="320"/>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_editor.py" line="321"/>
        <source>presenter</source>
        <translation>casusinbrenger</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="241"/>
        <source>Confirm anonymisation</source>
        <translation>Anonimisering bevestigen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="242"/>
        <source>Who confirms? Your role or name is stored with the confirmation:</source>
        <translation>Wie bevestigt? Uw rol of naam wordt bij de bevestiging opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="225"/>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_anonymisation.py" line="140"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
</context>
<context>
    <name>CaseLibraryPage</name>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="32"/>
        <location filename="../../casetafel/ui/case_library.py" line="169"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="40"/>
        <source>Search title, code and text (Ctrl+F)</source>
        <translation>Zoeken in titel, code en tekst (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="42"/>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="46"/>
        <source>Filter by domain</source>
        <translation>Filteren op domein</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="47"/>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="48"/>
        <source>Filter by anonymisation</source>
        <translation>Filteren op anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="49"/>
        <source>Show arc&amp;hived</source>
        <translation>&amp;Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="51"/>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="52"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="57"/>
        <source>Confirmed or not</source>
        <translation>Bevestigd of niet</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="58"/>
        <source>Anonymisation confirmed</source>
        <translation>Anonimisering bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="59"/>
        <source>Not yet confirmed</source>
        <translation>Nog niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="61"/>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="62"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="63"/>
        <location filename="../../casetafel/ui/case_library.py" line="154"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiveren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="64"/>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="97"/>
        <location filename="../../casetafel/ui/case_library.py" line="223"/>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="141"/>
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="154"/>
        <source>Unarc&amp;hive</source>
        <translation>Uit &amp;archief halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="192"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/case_library.py" line="224"/>
        <source>Delete case %1 ‘%2’? This cannot be undone.</source>
        <translation>Casus %1 ‘%2’ verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="23"/>
        <source>Add cases to the agenda</source>
        <translation>Casussen op de agenda zetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="28"/>
        <source>Search title, code and text</source>
        <translation>Zoeken in titel, code en tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="30"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="32"/>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="35"/>
        <source>Cases to add</source>
        <translation>Toe te voegen casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="36"/>
        <source>Select one or more cases (Ctrl or Shift for more) and press Enter.</source>
        <translation>Kies een of meer casussen (Ctrl of Shift voor meer) en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="41"/>
        <source>Add to agenda</source>
        <translation>Op de agenda zetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/agenda_case_picker.py" line="61"/>
        <source>anonymisation not confirmed</source>
        <translation>anonimisering niet bevestigd</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../casetafel/ui/crash_dialog.py" line="27"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/crash_dialog.py" line="28"/>
        <source>Something went wrong that casetafel did not expect. Your saved work is safe and you can carry on. Details are in the log file:
%1</source>
        <translation>Er ging iets mis wat casetafel niet verwachtte. Uw opgeslagen werk is veilig en u kunt verder werken. Details staan in het logbestand:
%1</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <location filename="../../casetafel/ui/case_editor_description.py" line="160"/>
        <source>%1 words (300 to 2,000 works well)</source>
        <translation>%1 woorden (300 tot 2.000 werkt goed)</translation>
    </message>
</context>
<context>
    <name>DescriptionTextEdit</name>
    <message>
        <location filename="../../casetafel/ui/case_editor_description.py" line="102"/>
        <source>Add ‘%1’ as a place name of this municipality</source>
        <translation>‘%1’ als plaatsnaam van deze gemeente toevoegen</translation>
    </message>
</context>
<context>
    <name>DocumentControlForm</name>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="24"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="25"/>
        <source>Final (adopted by the participants)</source>
        <translation>Definitief (vastgesteld door de deelnemers)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="28"/>
        <source>e.g. 0.2 or 1.0</source>
        <translation>bijvoorbeeld 0.2 of 1.0</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="33"/>
        <source>(not adopted)</source>
        <translation>(niet vastgesteld)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="38"/>
        <source>name, e-mail or phone of the griffie</source>
        <translation>naam, e-mail of telefoon van de griffie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="40"/>
        <source>kenmerk or zaaknummer</source>
        <translation>kenmerk of zaaknummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="42"/>
        <source>Report &amp;status</source>
        <translation>&amp;Status verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="43"/>
        <source>&amp;Version</source>
        <translation>&amp;Versie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="44"/>
        <source>A&amp;dopted on</source>
        <translation>Vastgesteld &amp;op</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="45"/>
        <source>Add&amp;ressee</source>
        <translation>&amp;Bestemd voor</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="46"/>
        <source>&amp;Griffie contact</source>
        <translation>Contact &amp;griffie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="47"/>
        <source>Re&amp;ference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_document.py" line="50"/>
        <source>Printed on the cover of the report. A concept carries ‘CONCEPT’ on every page. The municipal logo is chosen once under Report &gt; Report settings.</source>
        <translation>Staat op de voorkant van het verslag. Een concept heeft ‘CONCEPT’ op elke pagina. Het gemeentelogo kiest u eenmalig onder Verslag &gt; Verslaginstellingen.</translation>
    </message>
</context>
<context>
    <name>FacilitationLaunch</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="23"/>
        <source>Run the table</source>
        <translation>Tafel leiden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="24"/>
        <source>First choose a session in the list.</source>
        <translation>Kies eerst een bijeenkomst in de lijst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="35"/>
        <source>The session cannot start yet</source>
        <translation>De bijeenkomst kan nog niet beginnen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="41"/>
        <source>The session cannot start</source>
        <translation>De bijeenkomst kan niet beginnen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="64"/>
        <source>Resume the session?</source>
        <translation>Bijeenkomst hervatten?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_launch.py" line="65"/>
        <source>The session “%1” was still running (at: %2). Continue where you were?</source>
        <translation>De bijeenkomst ‘%1’ was nog bezig (bij: %2). Verdergaan waar u was?</translation>
    </message>
</context>
<context>
    <name>FacilitationLayout</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="70"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="78"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="98"/>
        <source>Case description</source>
        <translation>Casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="107"/>
        <source>What do we take to the next session?</source>
        <translation>Wat nemen we mee naar de volgende keer?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="107"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="109"/>
        <source>Your own notes. They are saved, but never shown on the presenter screen.</source>
        <translation>Uw eigen aantekeningen. Ze worden bewaard, maar nooit op het presentatiescherm getoond.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="110"/>
        <source>Facilitator notes</source>
        <translation>Aantekeningen gespreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="113"/>
        <source>This phase has no extra tool: record with the input line.</source>
        <translation>Deze fase heeft geen extra hulpmiddel: leg vast met de invoerregel.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="119"/>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="183"/>
        <source>Phase tool</source>
        <translation>Hulpmiddel van de fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="120"/>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="185"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="157"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="171"/>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="172"/>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="173"/>
        <source>Previous case</source>
        <translation>Vorige casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="174"/>
        <source>Next case</source>
        <translation>Volgende casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="175"/>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="275"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="176"/>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="178"/>
        <source>Presenter screen</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="181"/>
        <source>Finish…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="182"/>
        <source>Phase overview</source>
        <translation>Overzicht van de fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="184"/>
        <source>Input line</source>
        <translation>Invoerregel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="186"/>
        <source>Scroll case down</source>
        <translation>Casus omlaag schuiven</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="187"/>
        <source>Scroll case up</source>
        <translation>Casus omhoog schuiven</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="188"/>
        <source>Undo</source>
        <translation>Ongedaan maken:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="190"/>
        <source>Redo</source>
        <translation>Opnieuw:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="199"/>
        <source>Screen for the presenter</source>
        <translation>Scherm voor de presentatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="210"/>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="211"/>
        <source>Text size on the presenter screen</source>
        <translation>Tekstgrootte op het presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="214"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="247"/>
        <source>Case %1 of %2: %3 — %4</source>
        <translation>Casus %1 van %2: %3 — %4</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="254"/>
        <source>Phase %1 of %2: %3</source>
        <translation>Fase %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="260"/>
        <source>(No case in this phase.)</source>
        <translation>(Geen casus in deze fase.)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="275"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_layout.py" line="276"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>FacilitationRecords</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="75"/>
        <source>record</source>
        <translation>vastleggen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="108"/>
        <source>edit</source>
        <translation>bewerken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="118"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="123"/>
        <source>dots</source>
        <translation>stippen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="131"/>
        <source>who can act</source>
        <translation>wie kan wat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="177"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_records.py" line="184"/>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>FacilitationWindow</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="61"/>
        <source>Run the table — %1</source>
        <translation>Tafel leiden — %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="92"/>
        <source>Barrier</source>
        <translation>Schot</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="93"/>
        <source>Good practice</source>
        <translation>Goede praktijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="94"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="95"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="96"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="97"/>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="117"/>
        <source>Resumed where you were.</source>
        <translation>Hervat waar u was.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="135"/>
        <source>This case cannot be shown</source>
        <translation>Deze casus kan niet getoond worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="236"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="287"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="295"/>
        <source>Case %1 of %2: %3</source>
        <translation>Casus %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="329"/>
        <source>Finish the session</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_window.py" line="330"/>
        <source>Finish this session? It is marked as finished and you see a summary.</source>
        <translation>Deze bijeenkomst afronden? Ze wordt gemarkeerd als afgerond en u ziet een samenvatting.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="29"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="30"/>
        <source>Place name</source>
        <translation>Plaatsnaam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="31"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="32"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="33"/>
        <source>Citizen service number (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="34"/>
        <source>Bank account (IBAN)</source>
        <translation>Rekeningnummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="35"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="36"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="37"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="39"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="40"/>
        <source>Institution or company</source>
        <translation>Instelling of bedrijf</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="41"/>
        <source>Case or client number</source>
        <translation>Dossier- of cliëntnummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="42"/>
        <source>Licence plate</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="64"/>
        <source>%1 — ignored: %2</source>
        <translation>%1 — genegeerd: %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_highlighter.py" line="69"/>
        <source>%1 — suggested replacement: %2</source>
        <translation>%1 — voorgestelde vervanging: %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="41"/>
        <location filename="../../casetafel/ui/findings_panel.py" line="47"/>
        <source>Possible identifiers</source>
        <translation>Mogelijk herleidbare gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="51"/>
        <source>R&amp;eplace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="52"/>
        <source>Repla&amp;ce all</source>
        <translation>Alles ve&amp;rvangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="53"/>
        <location filename="../../casetafel/ui/findings_panel.py" line="167"/>
        <source>&amp;Ignore…</source>
        <translation>Ne&amp;geren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="54"/>
        <source>Add as place na&amp;me</source>
        <translation>Als plaatsnaa&amp;m toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="55"/>
        <source>Replace the chosen occurrence by the placeholder (Enter)</source>
        <translation>Vervang deze vermelding door de vervangende aanduiding (Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="57"/>
        <source>Replace every occurrence of this text by the placeholder (Shift+Enter)</source>
        <translation>Vervang elke vermelding van deze tekst door de vervangende aanduiding (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="59"/>
        <source>Leave it in the text and record why (who and when are stored)</source>
        <translation>Laat het in de tekst staan en leg vast waarom (wie en wanneer worden opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="62"/>
        <source>Add the word selected in the text to the place names of this municipality, so the check finds it in every case</source>
        <translation>Voeg het in de tekst geselecteerde woord toe aan de plaatsnamen van deze gemeente, zodat de controle het in elke casus vindt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="78"/>
        <source>Replacing lowers the risk of recognition; read the text yourself as well.</source>
        <translation>Vervangen verkleint het risico op herkenning; lees de tekst zelf ook na.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="124"/>
        <source>The check found no possible identifiers</source>
        <translation>De controle vond geen mogelijk herleidbare gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="127"/>
        <source>%1 open, %2 ignored</source>
        <translation>%1 open, %2 genegeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="141"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="147"/>
        <source>%1: %2 — ignored</source>
        <translation>%1: %2 — genegeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/findings_panel.py" line="167"/>
        <source>Stop &amp;ignoring</source>
        <translation>Niet meer ne&amp;geren</translation>
    </message>
</context>
<context>
    <name>LibraryModels</name>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="54"/>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="56"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="111"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="112"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="113"/>
        <source>Minutes per case</source>
        <translation>Minuten per casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/library_models.py" line="124"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="33"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="34"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="35"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="134"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="135"/>
        <location filename="../../casetafel/ui/list_models.py" line="160"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="137"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="159"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="161"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="162"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="172"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/list_models.py" line="173"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="55"/>
        <source>casetafel — case table</source>
        <translation>casetafel — casuïstiektafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="59"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="60"/>
        <location filename="../../casetafel/ui/self_check.py" line="34"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="60"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="60"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="60"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="76"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="85"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="90"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="93"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="132"/>
        <source>Report &amp;settings…</source>
        <translation>Verslag&amp;instellingen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="104"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="106"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="107"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="108"/>
        <source>&amp;Methods</source>
        <translation>&amp;Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="109"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="116"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="121"/>
        <source>&amp;Table</source>
        <translation>&amp;Tafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="122"/>
        <source>Run the &amp;table…</source>
        <translation>&amp;Tafel leiden…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="127"/>
        <source>&amp;Report</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="128"/>
        <source>Session &amp;report…</source>
        <translation>&amp;Verslag van de bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="147"/>
        <source>&amp;About casetafel</source>
        <translation>&amp;Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="159"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="160"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="250"/>
        <source>The result is hidden by a filter of the list (for example archived cases).</source>
        <translation>Het resultaat valt weg door een filter van de lijst (bijvoorbeeld gearchiveerde casussen).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="301"/>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="302"/>
        <source>The backup could not be made: %1</source>
        <translation>De reservekopie kon niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="305"/>
        <source>Backup saved: %1</source>
        <translation>Reservekopie opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="310"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="312"/>
        <source>casetafel database (*.sqlite)</source>
        <translation>casetafel-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="318"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="320"/>
        <source>Replace the data in casetafel with this backup? The current file is kept as a copy first.</source>
        <translation>De gegevens in casetafel vervangen door deze reservekopie? Het huidige bestand wordt eerst als kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="333"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="334"/>
        <source>The language changes the next time you start casetafel.</source>
        <translation>De taal verandert de volgende keer dat u casetafel start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="340"/>
        <source>About casetafel</source>
        <translation>Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/main_window.py" line="342"/>
        <source>casetafel %1

The facilitator&apos;s tool for a case table of council members and professionals.
Your data stays on this computer: %2</source>
        <translation>casetafel %1

Het hulpmiddel van de gespreksleider voor een casuïstiektafel van raadsleden en professionals.
Uw gegevens blijven op deze computer: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="74"/>
        <location filename="../../casetafel/ui/participants_editor.py" line="125"/>
        <location filename="../../casetafel/ui/participants_editor.py" line="212"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="92"/>
        <source>&amp;Add participant</source>
        <translation>Deelnemer &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="93"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="94"/>
        <source>&amp;Copy from an earlier session…</source>
        <translation>&amp;Kopiëren uit een eerdere bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="103"/>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="134"/>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="165"/>
        <source>add participant</source>
        <translation>deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="182"/>
        <source>remove participant</source>
        <translation>deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="212"/>
        <source>There is no earlier session yet.</source>
        <translation>Er is nog geen eerdere bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="221"/>
        <source>Copy participants</source>
        <translation>Deelnemers kopiëren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="222"/>
        <source>Copy the participants of this session:</source>
        <translation>Kopieer de deelnemers van deze bijeenkomst:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="246"/>
        <source>copy participants</source>
        <translation>deelnemers kopiëren</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../casetafel/ui/participants_model.py" line="34"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_model.py" line="35"/>
        <source>Name (optional)</source>
        <translation>Naam (optioneel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/participants_model.py" line="36"/>
        <source>Party or organisation</source>
        <translation>Partij of organisatie</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../casetafel/ui/presenter_window.py" line="60"/>
        <source>casetafel — presenter screen</source>
        <translation>casetafel — presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/presenter_window.py" line="61"/>
        <source>Presenter screen</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/presenter_window.py" line="75"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/presenter_window.py" line="76"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
</context>
<context>
    <name>RecordedItemsModel</name>
    <message>
        <location filename="../../casetafel/ui/capture_list.py" line="90"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_list.py" line="90"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_list.py" line="90"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/capture_list.py" line="90"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>RecordedItemsView</name>
    <message>
        <location filename="../../casetafel/ui/capture_list.py" line="132"/>
        <source>Recorded items</source>
        <translation>Vastgelegde inbreng</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="96"/>
        <location filename="../../casetafel/ui/report_dialog.py" line="336"/>
        <location filename="../../casetafel/ui/report_dialog.py" line="421"/>
        <source>Session report</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="97"/>
        <source>Select a session first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="104"/>
        <source>No report possible</source>
        <translation>Geen verslag mogelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="132"/>
        <source>Session report: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="143"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="144"/>
        <source>&amp;Confidential</source>
        <translation>&amp;Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="145"/>
        <source>For the participants: names and case descriptions included.</source>
        <translation>Voor de deelnemers: met namen en casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="146"/>
        <source>&amp;Public</source>
        <translation>&amp;Openbaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="147"/>
        <source>For publication: no names and no case descriptions.</source>
        <translation>Voor publicatie: zonder namen en zonder casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="156"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="157"/>
        <source>&amp;Names of participants</source>
        <translation>&amp;Namen van deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="158"/>
        <source>&amp;Votes</source>
        <translation>&amp;Stemmen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="159"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="166"/>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="167"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="168"/>
        <source>&amp;Open in PDF reader</source>
        <translation>Openen in PDF-&amp;lezer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="169"/>
        <source>Export as C&amp;SV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="170"/>
        <source>Export as &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="171"/>
        <source>Export as &amp;Word…</source>
        <translation>Exporteren als &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="174"/>
        <source>The report as an editable Word document, on the municipality&apos;s template when one is set.</source>
        <translation>Het verslag als bewerkbaar Word-document, op het sjabloon van de gemeente als dat is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="180"/>
        <source>Observations, questions and actions as one table for Excel; owners only when names are shown.</source>
        <translation>Observaties, vragen en acties als één tabel voor Excel; eigenaren alleen als namen getoond worden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="188"/>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="212"/>
        <source>Preview status</source>
        <translation>Status van het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="216"/>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="261"/>
        <source>The public report never shows names.</source>
        <translation>Het openbare verslag toont nooit namen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="265"/>
        <source>The JSON export holds the whole session, names and case descriptions included: choose Confidential.</source>
        <translation>De JSON-export bevat de hele bijeenkomst, met namen en casusbeschrijvingen: kies Vertrouwelijk.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="268"/>
        <source>The whole session as data, names and case descriptions included.</source>
        <translation>De hele bijeenkomst als gegevens, met namen en casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="270"/>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="302"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="302"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="304"/>
        <source>%1 report, pages: %2</source>
        <translation>%1 verslag, pagina&apos;s: %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="309"/>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="321"/>
        <source>The report could not be made.</source>
        <translation>Het verslag kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="322"/>
        <source>Making the report…</source>
        <translation>Verslag wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="328"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="340"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="348"/>
        <location filename="../../casetafel/ui/report_dialog.py" line="368"/>
        <location filename="../../casetafel/ui/report_dialog.py" line="387"/>
        <location filename="../../casetafel/ui/report_dialog.py" line="402"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="353"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="357"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="379"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="396"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="416"/>
        <source>The report could not be opened.</source>
        <translation>Het verslag kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="422"/>
        <source>No PDF reader could be started. The report is saved as %1</source>
        <translation>Er kon geen PDF-lezer worden gestart. Het verslag staat in %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="431"/>
        <source>Print the report</source>
        <translation>Verslag afdrukken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_dialog.py" line="444"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="35"/>
        <location filename="../../casetafel/ui/report_settings.py" line="53"/>
        <source>The file does not exist.</source>
        <translation>Het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="37"/>
        <source>The image is larger than 5 MB.</source>
        <translation>De afbeelding is groter dan 5 MB.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="40"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Kies een PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="43"/>
        <location filename="../../casetafel/ui/report_settings.py" line="45"/>
        <source>The image cannot be read or is too large.</source>
        <translation>De afbeelding kan niet worden gelezen of is te groot.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="58"/>
        <location filename="../../casetafel/ui/report_settings.py" line="62"/>
        <source>This is not a Word document or template (.docx or .dotx).</source>
        <translation>Dit is geen Word-document of -sjabloon (.docx of .dotx).</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="90"/>
        <source>Report settings</source>
        <translation>Verslaginstellingen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="95"/>
        <source>Municipal &amp;logo</source>
        <translation>Gemeente&amp;logo</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="96"/>
        <source>&amp;Word template</source>
        <translation>&amp;Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="102"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="103"/>
        <source>Choose %1</source>
        <translation>%1 kiezen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="105"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="106"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="122"/>
        <location filename="../../casetafel/ui/report_settings.py" line="137"/>
        <source>Municipal logo</source>
        <translation>Gemeentelogo</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="130"/>
        <location filename="../../casetafel/ui/report_settings.py" line="144"/>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="137"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report_settings.py" line="144"/>
        <source>Word documents and templates (*.dotx *.docx)</source>
        <translation>Word-documenten en -sjablonen (*.dotx *.docx)</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../casetafel/ui/participants_editor.py" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../casetafel/ui/autosave.py" line="103"/>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="31"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="33"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="34"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="43"/>
        <source>Search in cases, observations and questions</source>
        <translation>Zoek in casussen, observaties en vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="44"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="49"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="49"/>
        <source>Where it was found</source>
        <translation>Waar het gevonden is</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="52"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="80"/>
        <source>Type one or more words; accents do not matter.</source>
        <translation>Typ een of meer woorden; accenten maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="82"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/search_page.py" line="84"/>
        <source>Found: %1. Press Enter to open the selected result.</source>
        <translation>Gevonden: %1. Druk op Enter om het gekozen resultaat te openen.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="70"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="71"/>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="72"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="73"/>
        <source>&amp;Facilitator</source>
        <translation>Ge&amp;spreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="85"/>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="90"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="91"/>
        <source>Planned &amp;end</source>
        <translation>Gepland &amp;einde</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="94"/>
        <source>Met&amp;hod</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="105"/>
        <source>Session parts</source>
        <translation>Onderdelen van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="106"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="111"/>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="229"/>
        <source>No session selected. Press Ctrl+N to plan one, or try ‘casetafel demo’ for example data.</source>
        <translation>Geen bijeenkomst gekozen. Druk op Ctrl+N om er een te plannen, of probeer ‘casetafel demo’ voor voorbeeldgegevens.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="233"/>
        <source>(untitled session)</source>
        <translation>(bijeenkomst zonder titel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="236"/>
        <source>%1 phases; change them on the Methods page.</source>
        <translation>%1 fasen; wijzig ze op de pagina Methoden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="251"/>
        <source>Participants (%1)</source>
        <translation>Deelnemers (%1)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor.py" line="252"/>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
</context>
<context>
    <name>SessionEditorPage</name>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="33"/>
        <location filename="../../casetafel/ui/session_editor_page.py" line="78"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="39"/>
        <source>&amp;New session</source>
        <translation>&amp;Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="40"/>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="51"/>
        <location filename="../../casetafel/ui/session_editor_page.py" line="103"/>
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="85"/>
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/session_editor_page.py" line="105"/>
        <source>Delete the session ‘%1’ with its participants, agenda and everything recorded in it? This cannot be undone.</source>
        <translation>De bijeenkomst ‘%1’ verwijderen, met de deelnemers, de agenda en alles wat erin is vastgelegd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="46"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="52"/>
        <source>Open a backup…</source>
        <translation>Reservekopie openen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="55"/>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="58"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="69"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="71"/>
        <location filename="../../casetafel/ui/startup.py" line="79"/>
        <source>casetafel database (*.sqlite)</source>
        <translation>casetafel-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/startup.py" line="77"/>
        <source>Choose a database</source>
        <translation>Kies een database</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="35"/>
        <source>Session finished</source>
        <translation>Bijeenkomst afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="38"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="45"/>
        <source>Make the report…</source>
        <translation>Verslag maken…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="53"/>
        <source>The session is marked as finished.</source>
        <translation>De bijeenkomst is gemarkeerd als afgerond.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="54"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="55"/>
        <source>Governance questions</source>
        <translation>Bestuurlijke vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="56"/>
        <source>Actions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="57"/>
        <source>Time per phase</source>
        <translation>Tijd per fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="59"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="60"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="61"/>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="62"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_summary.py" line="64"/>
        <source>The report is available from the menu “Report” in the main window.</source>
        <translation>Het verslag maakt u in het hoofdvenster via het menu ‘Verslag’.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="59"/>
        <source>Method &amp;name</source>
        <translation>&amp;Naam van de methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="60"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="65"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="75"/>
        <source>P&amp;hases</source>
        <translation>&amp;Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="77"/>
        <source>&amp;Add phase</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="78"/>
        <source>Re&amp;move phase…</source>
        <translation>Fase &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="80"/>
        <source>Move do&amp;wn</source>
        <translation>Omla&amp;ag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="89"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="100"/>
        <source>Selected phase</source>
        <translation>Gekozen fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="102"/>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="103"/>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="104"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="105"/>
        <source>&amp;Records</source>
        <translation>&amp;Legt vast</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="106"/>
        <source>&amp;Guiding question</source>
        <translation>&amp;Leidende vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="188"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="205"/>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="252"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="272"/>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="284"/>
        <source>Remove phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="285"/>
        <source>Remove the phase ‘%1’ from this method?</source>
        <translation>De fase ‘%1’ uit deze methode verwijderen?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor.py" line="305"/>
        <source>move phase</source>
        <translation>fase verplaatsen</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="26"/>
        <location filename="../../casetafel/ui/template_editor_page.py" line="66"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="28"/>
        <source>&amp;Copy as a variant</source>
        <translation>&amp;Kopiëren als variant</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="29"/>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="32"/>
        <source>A method is the order of phases of a session. Copy a method to make a variant, for example a short 60-minute format; a session chooses its method on its Details tab.</source>
        <translation>Een methode is de volgorde van fasen in een bijeenkomst. Kopieer een methode om een variant te maken, bijvoorbeeld een korte vorm van 60 minuten; een bijeenkomst kiest haar methode op het tabblad Gegevens.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="44"/>
        <location filename="../../casetafel/ui/template_editor_page.py" line="89"/>
        <source>Delete method</source>
        <translation>Methode verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_editor_page.py" line="90"/>
        <source>Delete the method ‘%1’?</source>
        <translation>De methode ‘%1’ verwijderen?</translation>
    </message>
</context>
<context>
    <name>TemplateModels</name>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="24"/>
        <source>Once, at the start</source>
        <translation>Eenmaal, aan het begin</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="25"/>
        <source>For every case</source>
        <translation>Per casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="26"/>
        <source>Once, at the end</source>
        <translation>Eenmaal, aan het eind</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="29"/>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="30"/>
        <source>Attendance by role</source>
        <translation>Aanwezigheid per rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="31"/>
        <source>Clarifying questions</source>
        <translation>Verhelderende vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="32"/>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="33"/>
        <source>Who can act, governance questions</source>
        <translation>Wie kan wat, bestuurlijke vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="36"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="37"/>
        <source>Actions and follow-up</source>
        <translation>Afspraken en opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="38"/>
        <source>Evaluation notes</source>
        <translation>Evaluatiepunten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="52"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="53"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="54"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="55"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/template_models.py" line="56"/>
        <source>Records</source>
        <translation>Legt vast</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="45"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="45"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="45"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="97"/>
        <source>Dot votes</source>
        <translation>Stippen verdelen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="115"/>
        <source>Dots per person</source>
        <translation>Stippen per persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="116"/>
        <source>Dots &amp;per person</source>
        <translation>Stippen &amp;per persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="125"/>
        <source>Choose an item with the arrow keys; + and - change its dots, or type the number.</source>
        <translation>Kies een punt met de pijltjestoetsen; + en - veranderen de stippen, of typ het aantal.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation_votes.py" line="157"/>
        <source>× %1 present = %2 dots; given: %3</source>
        <translation>× %1 aanwezig = %2 stippen; gegeven: %3</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../casetafel/ui/waiver_dialog.py" line="25"/>
        <source>Ignore this finding</source>
        <translation>Dit gegeven negeren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/waiver_dialog.py" line="28"/>
        <source>%1 ‘%2’ stays in the text. Write down why this is acceptable, for example because the name is made up or the place is too large to recognise anyone.</source>
        <translation>%1 ‘%2’ blijft in de tekst staan. Schrijf op waarom dat kan, bijvoorbeeld omdat de naam verzonnen is of de plaats te groot is om iemand te herkennen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/waiver_dialog.py" line="35"/>
        <source>e.g. a made-up name</source>
        <translation>bijv. een verzonnen naam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/waiver_dialog.py" line="37"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/waiver_dialog.py" line="39"/>
        <source>&amp;Decided by (role or name):</source>
        <translation>Besloten &amp;door (rol of naam):</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../casetafel/ui/workspace.py" line="58"/>
        <source>Restored from %1. The previous file was kept as %2.</source>
        <translation>Teruggezet uit %1. Het vorige bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/workspace.py" line="74"/>
        <source>The backup was not restored</source>
        <translation>De reservekopie is niet teruggezet</translation>
    </message>
</context>
</TS>
