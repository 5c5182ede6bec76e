<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/actors.py" line="41"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/actors.py" line="106"/>
        <source>Who can act</source>
        <translation>Wie kan wat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/actors.py" line="121"/>
        <source>F8 brings you here, Esc back to the input line. Choose an observation with the arrow keys; keys 1 to 6 tick who can act on it.</source>
        <translation>F8 brengt u hier, Esc terug naar de invoerregel. Kies een observatie met de pijltjestoetsen; de toetsen 1 tot en met 6 vinken aan wie er iets mee kan.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="111"/>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="241"/>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="415"/>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="431"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="128"/>
        <source>Minutes per &amp;phase for the selected case (F2 to change)</source>
        <translation>Minuten per fa&amp;se voor de gekozen casus (F2 om te wijzigen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="130"/>
        <source>Minutes per &amp;phase for the selected case</source>
        <translation>Minuten per fa&amp;se voor de gekozen casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="133"/>
        <source>Minutes per phase</source>
        <translation>Minuten per fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="138"/>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="140"/>
        <source>&amp;Add cases…</source>
        <translation>Casussen &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="141"/>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="142"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="143"/>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="144"/>
        <source>Ctrl+Up in the agenda</source>
        <translation>Ctrl+Pijl omhoog in de agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="145"/>
        <source>Ctrl+Down in the agenda</source>
        <translation>Ctrl+Pijl omlaag in de agenda</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="146"/>
        <source>Use the method&apos;s minutes</source>
        <translation>Minuten van de methode gebruiken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="174"/>
        <source>Remove from agenda</source>
        <translation>Van de agenda halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="252"/>
        <source>move case</source>
        <translation>casus verplaatsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="296"/>
        <source>add cases</source>
        <translation>casussen toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="308"/>
        <source>remove case from agenda</source>
        <translation>casus van de agenda halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="349"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_editor.py" line="417"/>
        <source>Someone else took case %1 off the agenda meanwhile.

Put it back on the agenda with the minutes you entered?</source>
        <translation>Iemand anders heeft casus %1 intussen van de agenda gehaald.

Weer op de agenda zetten met de minuten die u invoerde?</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="53"/>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="57"/>
        <source>planned until %1</source>
        <translation>gepland tot %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="63"/>
        <source>1 minute too long</source>
        <translation>1 minuut te lang</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="65"/>
        <source>%1 minutes too long</source>
        <translation>%1 minuten te lang</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="69"/>
        <source>1 minute to spare</source>
        <translation>1 minuut over</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="71"/>
        <source>%1 minutes to spare</source>
        <translation>%1 minuten over</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="74"/>
        <source>exactly on time</source>
        <translation>precies op tijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="86"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="87"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="89"/>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="160"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="90"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="129"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="131"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="159"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="161"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_model.py" line="201"/>
        <source>The method plans %1 minutes</source>
        <translation>De methode plant %1 minuten</translation>
    </message>
</context>
<context>
    <name>AnonymisationGuard</name>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="111"/>
        <source>⚠ Confirmed by %1, but the text now holds %2 open findings: replace or ignore each one before the case is shown or exported</source>
        <translation>⚠ Bevestigd door %1, maar de tekst bevat nu %2 open gegevens: vervang of negeer ze voordat de casus getoond of geëxporteerd wordt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="123"/>
        <source>⚠ Not confirmed: %1 possible identifiers are still open (see the list)</source>
        <translation>⚠ Niet bevestigd: nog %1 mogelijk herleidbare gegevens open (zie de lijst)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="136"/>
        <source>Write the description first.</source>
        <translation>Schrijf eerst de casusbeschrijving.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="138"/>
        <source>The anonymisation of this text is confirmed.</source>
        <translation>De anonimisering van deze tekst is bevestigd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="141"/>
        <source>Not yet possible: %1 possible identifiers are still open. Replace each one, or ignore it with a reason.</source>
        <translation>Nog niet mogelijk: %1 mogelijk herleidbare gegevens staan nog open. Vervang ze, of negeer ze met een reden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="145"/>
        <source>Confirm that you read the text yourself. The check lowers the risk of recognition but does not catch everything.</source>
        <translation>Bevestig dat u de tekst zelf hebt nagelezen. De controle verkleint het risico op herkenning, maar vindt niet alles.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="170"/>
        <source>replacement of ‘%1’</source>
        <translation>vervanging van ‘%1’</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="173"/>
        <source>replacement of every ‘%1’</source>
        <translation>vervanging van elke ‘%1’</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="251"/>
        <source>Place names</source>
        <translation>Plaatsnamen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="252"/>
        <source>Select the place name in the text first, then choose this again.</source>
        <translation>Selecteer eerst de plaatsnaam in de tekst en kies dit daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/panels.py" line="20"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/panels.py" line="24"/>
        <source>Who is present? Space ticks the selected participant.</source>
        <translation>Wie is er aanwezig? De spatiebalk vinkt de gekozen deelnemer aan of uit.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/panels.py" line="48"/>
        <source>%1 of %2 present</source>
        <translation>%1 van %2 aanwezig</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../casetafel/ui/widgets/background.py" line="58"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/background.py" line="60"/>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="36"/>
        <source>Chart: knelpunten per period for the four Village Deal questions</source>
        <translation>Grafiek: knelpunten per periode voor de vier vragen van de Village Deal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="61"/>
        <source>No knelpunten recorded yet.</source>
        <translation>Nog geen knelpunten vastgelegd.</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="101"/>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="212"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="106"/>
        <source>Input line</source>
        <translation>Invoerregel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="107"/>
        <source>Type what is said and press Enter</source>
        <translation>Typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="112"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="113"/>
        <source>Record (Enter)</source>
        <translation>Vastleggen (Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="115"/>
        <source>Author role</source>
        <translation>Rol van de inbrenger</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="115"/>
        <source>(role unknown)</source>
        <translation>(rol onbekend)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="117"/>
        <source>Said by</source>
        <translation>Inbreng van</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="119"/>
        <source>Who said it, from the attendance list (Alt+I). The name is never in the public report.</source>
        <translation>Wie het zei, uit de presentielijst (Alt+I). De naam komt nooit in het openbare verslag.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="124"/>
        <source>Council role</source>
        <translation>Rol van de raad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="124"/>
        <source>(no council role)</source>
        <translation>(geen rol van de raad)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="125"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="125"/>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="127"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="128"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="130"/>
        <source>Owner is a</source>
        <translation>Eigenaar is een</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="131"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="132"/>
        <source>body or role</source>
        <translation>orgaan of functie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="135"/>
        <source>A body or role (griffie, college, committee, wijkteam) stays in the public report; a person does not.</source>
        <translation>Een orgaan of functie (griffie, college, commissie, wijkteam) blijft in het openbare verslag staan; een persoon niet.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="140"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="143"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="147"/>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="164"/>
        <source>Council r&amp;ole</source>
        <translation>Raads&amp;rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="166"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="170"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="173"/>
        <source>&amp;Due</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="178"/>
        <source>Enter records. Kind: Alt+1 barrier (s:) · Alt+2 good practice (g:) · Alt+3 signal (si:) · Alt+4 question (v:) · Alt+5 governance question (bv:) · Alt+6 action (a:)</source>
        <translation>Enter legt vast. Soort: Alt+1 schot (s:) · Alt+2 goede praktijk (g:) · Alt+3 signaal (si:) · Alt+4 vraag (v:) · Alt+5 bestuurlijke vraag (bv:) · Alt+6 afspraak (a:)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="193"/>
        <source>Sa&amp;id by</source>
        <translation>&amp;Inbreng van</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="195"/>
        <source>Author &amp;role</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="197"/>
        <source>Do&amp;mains</source>
        <translation>Do&amp;meinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="295"/>
        <source>%1: type what is said and press Enter</source>
        <translation>%1: typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="303"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="327"/>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_bar.py" line="371"/>
        <source>Action: who does it, and by when? Enter records (both may stay empty).</source>
        <translation>Afspraak: wie doet het, en wanneer? Enter legt vast (beide mogen leeg blijven).</translation>
    </message>
</context>
<context>
    <name>CaptureOutbox</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="50"/>
        <source>1 line is not on the shared database yet.</source>
        <translation>1 regel staat nog niet in de gedeelde database.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="51"/>
        <source>%1 lines are not on the shared database yet.</source>
        <translation>%1 regels staan nog niet in de gedeelde database.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="66"/>
        <source>Lines not sent yet</source>
        <translation>Regels nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="71"/>
        <source>The connection to the shared database is lost. Try again once the network is back, or close anyway: the lines stay on this computer and are sent when you start casetafel again on this shared database.</source>
        <translation>De verbinding met de gedeelde database is verbroken. Probeer het opnieuw als het netwerk terug is, of sluit toch: de regels blijven op deze computer bewaard en worden verstuurd als u casetafel weer start op deze gedeelde database.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="79"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="82"/>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="86"/>
        <source>Try again to send the lines</source>
        <translation>Opnieuw proberen de regels te versturen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="88"/>
        <source>Close anyway and send the lines at the next start</source>
        <translation>Toch sluiten en de regels bij de volgende start versturen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="121"/>
        <source>%1 lines typed at the table earlier had not reached the shared database; they are stored now.</source>
        <translation>%1 regels die eerder aan tafel zijn getypt, hadden de gedeelde database nog niet bereikt; ze zijn nu opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="131"/>
        <source>They are sent as soon as the server can be reached.</source>
        <translation>Ze worden verstuurd zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/outbox_link.py" line="135"/>
        <source>Lines sent</source>
        <translation>Regels verstuurd</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="74"/>
        <source>A short title without names</source>
        <translation>Een korte titel zonder namen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="77"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="66"/>
        <source>&amp;Confirm anonymisation…</source>
        <translation>Anon&amp;imisering bevestigen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="67"/>
        <source>Revo&amp;ke confirmation</source>
        <translation>Bevestiging intre&amp;kken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="82"/>
        <source>&amp;Description (anonymised)</source>
        <translation>&amp;Casusbeschrijving (geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="96"/>
        <source>D&amp;omains</source>
        <translation>D&amp;omeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="97"/>
        <source>&amp;Life areas</source>
        <translation>&amp;Leefgebieden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="98"/>
        <source>The&amp;mes</source>
        <translation>The&amp;ma&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="112"/>
        <source>&amp;Age band</source>
        <translation>Leeftijd&amp;sgroep</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="113"/>
        <source>Hou&amp;sehold</source>
        <translation>H&amp;uishouden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="114"/>
        <source>&amp;Presented by</source>
        <translation>Ingeb&amp;racht door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="156"/>
        <source>Word count</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="176"/>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="118"/>
        <source>✔ Anonymisation confirmed by %1 on %2</source>
        <translation>✔ Anonimisering bevestigd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="127"/>
        <source>⚠ Anonymisation not confirmed: check the text for names and details</source>
        <translation>⚠ Anonimisering niet bevestigd: controleer de tekst op namen en herleidbare details</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="131"/>
        <source>⚠ Anonymisation not confirmed; write the description first</source>
        <translation>⚠ Anonimisering niet bevestigd; schrijf eerst de casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="334"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="335"/>
        <source>description</source>
        <translation>casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="336"/>
        <source>domains</source>
        <translation>domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="337"/>
        <source>life areas</source>
        <translation>leefgebieden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="338"/>
        <source>themes</source>
        <translation>thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="339"/>
        <source>age band</source>
        <translation>leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="340"/>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/editor.py" line="341"/>
        <source>presenter</source>
        <translation>casusinbrenger</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="279"/>
        <source>Confirm anonymisation</source>
        <translation>Anonimisering bevestigen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="280"/>
        <source>Who confirms? Your role or name is stored with the confirmation:</source>
        <translation>Wie bevestigt? Uw rol of naam wordt bij de bevestiging opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="263"/>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/anonymisation.py" line="164"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
</context>
<context>
    <name>CaseLibraryPage</name>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="33"/>
        <location filename="../../casetafel/ui/cases/library.py" line="199"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="41"/>
        <source>Search title, code and text (Ctrl+F)</source>
        <translation>Zoeken in titel, code en tekst (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="43"/>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="47"/>
        <source>Filter by domain</source>
        <translation>Filteren op domein</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="48"/>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="49"/>
        <source>Filter by anonymisation</source>
        <translation>Filteren op anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="50"/>
        <source>Sho&amp;w archived</source>
        <translation>&amp;Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="52"/>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="53"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="58"/>
        <source>Confirmed or not</source>
        <translation>Bevestigd of niet</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="59"/>
        <source>Anonymisation confirmed</source>
        <translation>Anonimisering bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="60"/>
        <source>Not yet confirmed</source>
        <translation>Nog niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="62"/>
        <location filename="../../casetafel/ui/cases/library.py" line="222"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="63"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;pliceren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="64"/>
        <location filename="../../casetafel/ui/cases/library.py" line="184"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="65"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="107"/>
        <location filename="../../casetafel/ui/cases/library.py" line="253"/>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="151"/>
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="168"/>
        <source>No case yet. Press Ctrl+N (New case) to describe the first one: write what happened without names, addresses or other details that identify someone; casetafel underlines what it finds.</source>
        <translation>Nog geen casus. Druk op Ctrl+N (Nieuwe casus) om de eerste te beschrijven: schrijf op wat er gebeurde zonder namen, adressen of andere gegevens die iemand herkenbaar maken; casetafel onderstreept wat het vindt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="164"/>
        <source>No case matches the search or the filters. Clear the search, or choose other filters.</source>
        <translation>Geen casus past bij de zoekterm of de filters. Wis de zoekterm, of kies andere filters.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="173"/>
        <source>No case to read yet: a case appears here once it is on the agenda of a session that is no longer being prepared.</source>
        <translation>Nog geen casus om te lezen: een casus verschijnt hier zodra hij op de agenda staat van een bijeenkomst die niet meer wordt voorbereid.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="184"/>
        <source>Unarchive</source>
        <translation>Uit archief halen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/library.py" line="254"/>
        <source>Delete case %1 ‘%2’? This cannot be undone.</source>
        <translation>Casus %1 ‘%2’ verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="55"/>
        <source>Add cases to the agenda</source>
        <translation>Casussen op de agenda zetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="60"/>
        <source>Search title, code and text</source>
        <translation>Zoeken in titel, code en tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="62"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="64"/>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="67"/>
        <source>Cases to add</source>
        <translation>Toe te voegen casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="69"/>
        <source>Select one or more cases (Ctrl or Shift for more) and press Enter.</source>
        <translation>Kies een of meer casussen (Ctrl of Shift voor meer) en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="74"/>
        <source>Add to agenda</source>
        <translation>Op de agenda zetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="97"/>
        <source>discussed on %1</source>
        <translation>besproken op %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="99"/>
        <source>discussed before</source>
        <translation>eerder besproken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="102"/>
        <source>anonymisation confirmed</source>
        <translation>anonimisering bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/agenda_case_picker.py" line="104"/>
        <source>anonymisation not confirmed</source>
        <translation>anonimisering niet bevestigd</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="56"/>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="57"/>
        <source>Changed by someone else</source>
        <translation>Intussen door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="63"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="79"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="80"/>
        <source>&amp;Take stored</source>
        <translation>&amp;Opgeslagen versie nemen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="81"/>
        <source>&amp;Save merged</source>
        <translation>Samengevoegde versie op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="83"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="84"/>
        <source>Decide later; my text stays in the form</source>
        <translation>Later beslissen; mijn tekst blijft in het formulier</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="98"/>
        <source>Mine (not saved)</source>
        <translation>Mijn versie (niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="99"/>
        <source>Stored now</source>
        <translation>Nu opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/conflict_dialog.py" line="102"/>
        <source>Result (edit to merge)</source>
        <translation>Resultaat (bewerk om samen te voegen)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/crash_dialog.py" line="27"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/crash_dialog.py" line="28"/>
        <source>Something went wrong that casetafel did not expect. Your saved work is safe and you can carry on. Details are in the log file:
%1</source>
        <translation>Er ging iets mis wat casetafel niet verwachtte. Uw opgeslagen werk is veilig en u kunt verder werken. Details staan in het logbestand:
%1</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <location filename="../../casetafel/ui/cases/description.py" line="160"/>
        <source>%1 words (300 to 2,000 works well)</source>
        <translation>%1 woorden (300 tot 2.000 werkt goed)</translation>
    </message>
</context>
<context>
    <name>DescriptionTextEdit</name>
    <message>
        <location filename="../../casetafel/ui/cases/description.py" line="102"/>
        <source>Add ‘%1’ as a place name of this municipality</source>
        <translation>‘%1’ als plaatsnaam van deze gemeente toevoegen</translation>
    </message>
</context>
<context>
    <name>DocumentControlForm</name>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="24"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="25"/>
        <source>Final (adopted by the participants)</source>
        <translation>Definitief (vastgesteld door de deelnemers)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="28"/>
        <source>e.g. 0.2 or 1.0</source>
        <translation>bijvoorbeeld 0.2 of 1.0</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="33"/>
        <source>(not adopted)</source>
        <translation>(niet vastgesteld)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="38"/>
        <source>name, e-mail or phone of the griffie</source>
        <translation>naam, e-mail of telefoon van de griffie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="40"/>
        <source>kenmerk or zaaknummer</source>
        <translation>kenmerk of zaaknummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="42"/>
        <source>Report s&amp;tatus</source>
        <translation>&amp;Status verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="43"/>
        <source>Vers&amp;ion</source>
        <translation>Vers&amp;ie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="44"/>
        <source>Ado&amp;pted on</source>
        <translation>Vastgesteld &amp;op</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="45"/>
        <source>&amp;Addressee</source>
        <translation>B&amp;estemd voor</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="46"/>
        <source>Griffie c&amp;ontact</source>
        <translation>Contact &amp;griffie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="47"/>
        <source>Referen&amp;ce</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/session_document.py" line="50"/>
        <source>Printed on the cover of the report. A concept carries ‘CONCEPT’ on every page. The municipal logo is chosen once under Report &gt; Report settings.</source>
        <translation>Staat op de voorkant van het verslag. Een concept heeft ‘CONCEPT’ op elke pagina. Het gemeentelogo kiest u eenmalig onder Verslag &gt; Verslaginstellingen.</translation>
    </message>
</context>
<context>
    <name>FacilitationLaunch</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="31"/>
        <source>Run the table</source>
        <translation>Tafel leiden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="32"/>
        <source>First choose a session in the list.</source>
        <translation>Kies eerst een bijeenkomst in de lijst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="46"/>
        <source>The session cannot start yet</source>
        <translation>De bijeenkomst kan nog niet beginnen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="53"/>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="92"/>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="99"/>
        <source>The session cannot start</source>
        <translation>De bijeenkomst kan niet beginnen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="72"/>
        <source>Someone else leads this session</source>
        <translation>Iemand anders leidt deze bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="78"/>
        <source>Take over the session?</source>
        <translation>De bijeenkomst overnemen?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="81"/>
        <source>Take over only when the other program is really closed: both would then record in it.</source>
        <translation>Neem alleen over als het andere programma echt gesloten is: anders leggen beide erin vast.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="131"/>
        <source>Session taken over</source>
        <translation>Bijeenkomst overgenomen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="132"/>
        <source>Someone else has taken over this session. What you record now is still saved, but agree with them who leads the table.</source>
        <translation>Iemand anders heeft deze bijeenkomst overgenomen. Wat u nu vastlegt, wordt nog opgeslagen, maar spreek samen af wie de tafel leidt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="163"/>
        <source>Resume the session?</source>
        <translation>Bijeenkomst hervatten?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/launch.py" line="164"/>
        <source>The session “%1” was still running (at: %2). Continue where you were?</source>
        <translation>De bijeenkomst ‘%1’ was nog bezig (bij: %2). Verdergaan waar u was?</translation>
    </message>
</context>
<context>
    <name>FacilitationLayout</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="105"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="126"/>
        <source>Case description</source>
        <translation>Casusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="140"/>
        <source>What do we take to the next session?</source>
        <translation>Wat nemen we mee naar de volgende keer?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="140"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="144"/>
        <source>Your own notes. They are saved, but never shown on the presenter screen.</source>
        <translation>Uw eigen aantekeningen. Ze worden bewaard, maar nooit op het presentatiescherm getoond.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="145"/>
        <source>Facilitator notes</source>
        <translation>Aantekeningen gespreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="148"/>
        <source>This phase has no extra tool: record with the input line.</source>
        <translation>Deze fase heeft geen extra hulpmiddel: leg vast met de invoerregel.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="158"/>
        <source>Phase tool</source>
        <translation>Hulpmiddel van de fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="159"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="214"/>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="216"/>
        <source>Current phase: %1</source>
        <translation>Huidige fase: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="218"/>
        <source>%1, done, time used %2</source>
        <translation>%1, gedaan, gebruikte tijd %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="290"/>
        <source>Over time by %1</source>
        <translation>Tijd overschreden met %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="292"/>
        <source>Time left %1</source>
        <translation>Resterende tijd %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="294"/>
        <source>%1, paused</source>
        <translation>%1, gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="280"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="242"/>
        <source>Case %1 of %2: %3 — %4</source>
        <translation>Casus %1 van %2: %3 — %4</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="249"/>
        <source>Phase %1 of %2: %3</source>
        <translation>Fase %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="280"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/layout.py" line="285"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>FacilitationRecords</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="106"/>
        <source>record</source>
        <translation>vastleggen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="173"/>
        <source>This line is not on the shared database yet. You can change or delete it once it has been sent (the mark “not on the server yet” disappears).</source>
        <translation>Deze regel staat nog niet in de gedeelde database. U kunt hem wijzigen of verwijderen zodra hij verstuurd is (de markering ‘nog niet op de server’ verdwijnt dan).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="208"/>
        <source>edit</source>
        <translation>bewerken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="219"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="224"/>
        <source>dots</source>
        <translation>stippen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="232"/>
        <source>who can act</source>
        <translation>wie kan wat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="253"/>
        <source>%1 Not saved: “%2”</source>
        <translation>%1 Niet opgeslagen: “%2”</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="269"/>
        <source>Not undone: %1</source>
        <translation>Niet ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="271"/>
        <source>Not redone: %1</source>
        <translation>Niet opnieuw gedaan: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/records.py" line="328"/>
        <source>what each takes home</source>
        <translation>wat ieder meeneemt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_commands.py" line="79"/>
        <source>someone else changed this line meanwhile (%1); delete it yourself if it should go.</source>
        <translation>iemand anders heeft deze regel intussen gewijzigd (%1); verwijder hem zelf als hij weg moet.</translation>
    </message>
</context>
<context>
    <name>FacilitationToolbar</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="24"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="26"/>
        <source>Table toolbar</source>
        <translation>Werkbalk van de tafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="46"/>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="50"/>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="54"/>
        <source>Previous case</source>
        <translation>Vorige casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="58"/>
        <source>Next case</source>
        <translation>Volgende casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="63"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="68"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="69"/>
        <source>One more minute</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="71"/>
        <source>Finish…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="72"/>
        <source>Finish the session</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="75"/>
        <source>Presenter</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="81"/>
        <source>Presenter screen (Ctrl+Shift+P)</source>
        <translation>Presentatiescherm (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="86"/>
        <source>Phase overview</source>
        <translation>Overzicht van de fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="88"/>
        <source>Phase tool</source>
        <translation>Hulpmiddel van de fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="89"/>
        <source>Input line</source>
        <translation>Invoerregel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="90"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="97"/>
        <source>Scroll case down</source>
        <translation>Casus omlaag schuiven</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="102"/>
        <source>Scroll case up</source>
        <translation>Casus omhoog schuiven</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="111"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="117"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="126"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="128"/>
        <source>Nothing to undo</source>
        <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="153"/>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="156"/>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="172"/>
        <source>Screen for the presenter</source>
        <translation>Scherm voor de presentatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="164"/>
        <source>Screen %1, %2 by %3 pixels</source>
        <translation>Scherm %1, %2 bij %3 pixels</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="179"/>
        <source>Text size on the presenter screen, in points</source>
        <translation>Tekstgrootte op het presentatiescherm, in punten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="182"/>
        <source>Text size on the presenter screen</source>
        <translation>Tekstgrootte op het presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="187"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/toolbar.py" line="190"/>
        <source>High contrast on the presenter screen</source>
        <translation>Hoog contrast op het presentatiescherm</translation>
    </message>
</context>
<context>
    <name>FacilitationWindow</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="80"/>
        <source>Run the table — %1</source>
        <translation>Tafel leiden — %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="119"/>
        <source>Barrier</source>
        <translation>Schot</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="120"/>
        <source>Good practice</source>
        <translation>Goede praktijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="121"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="122"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="123"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="124"/>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="147"/>
        <location filename="../../casetafel/ui/facilitation/window.py" line="148"/>
        <source>Resumed where you were.</source>
        <translation>Hervat waar u was.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="177"/>
        <source>This case cannot be shown</source>
        <translation>Deze casus kan niet getoond worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="230"/>
        <source>Timer running</source>
        <translation>Tijd loopt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="230"/>
        <source>Timer paused</source>
        <translation>Tijd gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="244"/>
        <source>Time is up for this phase</source>
        <translation>De tijd voor deze fase is om</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="247"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="285"/>
        <source>Notes saved</source>
        <translation>Aantekeningen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="309"/>
        <source>Kept on this computer, not on the server yet: %1</source>
        <translation>Bewaard op deze computer, nog niet op de server: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="311"/>
        <source>Recorded: %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="315"/>
        <source>%1, %2 minutes left</source>
        <translation>%1, nog %2 minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="349"/>
        <source>Connection to the shared database</source>
        <translation>Verbinding met de gedeelde database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="363"/>
        <source>Connection to the shared database lost — 1 line waiting</source>
        <translation>Verbinding met de gedeelde database verbroken — 1 regel wacht</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="364"/>
        <source>Connection to the shared database lost — %1 lines waiting</source>
        <translation>Verbinding met de gedeelde database verbroken — %1 regels wachten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="372"/>
        <source>Connection to the shared database restored — every line is stored</source>
        <translation>Verbinding met de gedeelde database hersteld — alle regels zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="386"/>
        <source>Line not stored</source>
        <translation>Regel niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="387"/>
        <source>The shared database refused this line: %1

%2

It is kept aside on this computer; copy it if you still need it.</source>
        <translation>De gedeelde database weigerde deze regel: %1

%2

Hij is apart bewaard op deze computer; kopieer hem als u hem nog nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="427"/>
        <source>Recorded what each takes home.</source>
        <translation>Vastgelegd wat ieder meeneemt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="448"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="457"/>
        <source>Case %1 of %2: %3</source>
        <translation>Casus %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="488"/>
        <source>No second screen found: the presenter screen opens as a window on this screen. Connect the projector and choose its screen in the toolbar.</source>
        <translation>Geen tweede scherm gevonden: het presentatiescherm opent als venster op dit scherm. Sluit de beamer aan en kies het scherm in de werkbalk.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="502"/>
        <source>Finish the session</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/window.py" line="503"/>
        <source>Finish this session? It is marked as finished and you see a summary.</source>
        <translation>Deze bijeenkomst afronden? Ze wordt gemarkeerd als afgerond en u ziet een samenvatting.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="29"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="30"/>
        <source>Place name</source>
        <translation>Plaatsnaam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="31"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="32"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="33"/>
        <source>Citizen service number (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="34"/>
        <source>Bank account (IBAN)</source>
        <translation>Rekeningnummer (IBAN)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="35"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="36"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="37"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="39"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="40"/>
        <source>Institution or company</source>
        <translation>Instelling of bedrijf</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="41"/>
        <source>Case or client number</source>
        <translation>Dossier- of cliëntnummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="42"/>
        <source>Licence plate</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="64"/>
        <source>%1 — ignored: %2</source>
        <translation>%1 — genegeerd: %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_highlighter.py" line="69"/>
        <source>%1 — suggested replacement: %2</source>
        <translation>%1 — voorgestelde vervanging: %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="42"/>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="48"/>
        <source>Possible identifiers</source>
        <translation>Mogelijk herleidbare gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="52"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="53"/>
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="54"/>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="176"/>
        <source>&amp;Ignore…</source>
        <translation>N&amp;egeren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="55"/>
        <source>Add as place name</source>
        <translation>Als plaatsnaam toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="56"/>
        <source>Replace the chosen occurrence by the placeholder (Enter)</source>
        <translation>Vervang deze vermelding door de vervangende aanduiding (Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="58"/>
        <source>Replace every occurrence of this text by the placeholder (Shift+Enter)</source>
        <translation>Vervang elke vermelding van deze tekst door de vervangende aanduiding (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="60"/>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="174"/>
        <source>Leave it in the text and record why (who and when are stored)</source>
        <translation>Laat het in de tekst staan en leg vast waarom (wie en wanneer worden opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="63"/>
        <source>Add the word selected in the text to the place names of this municipality, so the check finds it in every case</source>
        <translation>Voeg het in de tekst geselecteerde woord toe aan de plaatsnamen van deze gemeente, zodat de controle het in elke casus vindt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="79"/>
        <source>Replacing lowers the risk of recognition; read the text yourself as well.</source>
        <translation>Vervangen verkleint het risico op herkenning; lees de tekst zelf ook na.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="125"/>
        <source>The check found no possible identifiers</source>
        <translation>De controle vond geen mogelijk herleidbare gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="128"/>
        <source>%1 open, %2 ignored</source>
        <translation>%1 open, %2 genegeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="142"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="148"/>
        <source>%1: %2 — ignored</source>
        <translation>%1: %2 — genegeerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="171"/>
        <source>A BSN, IBAN, phone number, e-mail address, postcode, licence plate or client number cannot be ignored: replace it</source>
        <translation>Een BSN, IBAN, telefoonnummer, e-mailadres, postcode, kenteken of cliëntnummer kan niet genegeerd worden: vervang het</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/findings_panel.py" line="176"/>
        <source>Stop &amp;ignoring</source>
        <translation>Niet meer n&amp;egeren</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="19"/>
        <source>Welcome to casetafel</source>
        <translation>Welkom bij casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="26"/>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="84"/>
        <source>There are no sessions yet. Start with the example data to look around, or plan your first session.</source>
        <translation>Er zijn nog geen bijeenkomsten. Begin met de voorbeeldgegevens om rond te kijken, of plan uw eerste bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="30"/>
        <source>&amp;Load example data</source>
        <translation>Voorbeeldgegevens &amp;laden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="32"/>
        <source>Twelve anonymised example cases and three sessions, to try everything</source>
        <translation>Twaalf geanonimiseerde voorbeeldcasussen en drie bijeenkomsten, om alles uit te proberen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="34"/>
        <source>&amp;Plan the first session</source>
        <translation>Eerste bijeenkomst &amp;plannen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="35"/>
        <source>&amp;Keyboard shortcuts (F1)</source>
        <translation>&amp;Sneltoetsen (F1)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="44"/>
        <source>How a case table works</source>
        <translation>Zo werkt een casuïstiektafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="50"/>
        <source>1. Cases: describe a real situation without names or other identifiers; casetafel underlines what could identify someone, and a person confirms the anonymisation.
2. Session: plan date and place, add the participants by role and put the cases on the agenda (with the standard method one case takes about an hour and a half, two cases two and a half hours).
3. Run the table (F9): walk the phases of the method, type what is said and press Enter; the presenter screen shows the case, the phase, the guiding question and the time.
4. Report: a confidential report for the participants and a public one for the council.</source>
        <translation>1. Casussen: beschrijf een echte situatie zonder namen of andere herkenbare gegevens; casetafel onderstreept wat iemand herkenbaar kan maken, en een persoon bevestigt de anonimisering.
2. Bijeenkomst: plan datum en plaats, voeg de deelnemers toe met hun rol en zet de casussen op de agenda (met de standaardmethode duurt één casus ongeveer anderhalf uur, twee casussen tweeënhalf uur).
3. Tafel leiden (F9): loop de fasen van de methode door, typ wat er gezegd wordt en druk op Enter; het presentatiescherm toont de casus, de fase, de leidende vraag en de tijd.
4. Verslag: een vertrouwelijk verslag voor de deelnemers en een openbaar verslag voor de raad.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/first_start.py" line="88"/>
        <source>There are no sessions yet. Plan the first one; the cases are ready on the Cases page.</source>
        <translation>Er zijn nog geen bijeenkomsten. Plan de eerste; de casussen staan klaar op de pagina Casussen.</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="76"/>
        <location filename="../../casetafel/ui/followup/detail.py" line="110"/>
        <source>Owner is a</source>
        <translation>Eigenaar is een</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="77"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="78"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="79"/>
        <source>body or role</source>
        <translation>orgaan of rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="82"/>
        <source>A body or role (griffie, college, commissie) stays in the public report; a person does not</source>
        <translation>Een orgaan of rol (griffie, college, commissie) blijft in het openbare verslag staan; een persoon niet</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="86"/>
        <source>Committee or council meeting it goes to</source>
        <translation>Commissie- of raadsvergadering waar het naartoe gaat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="89"/>
        <source>Toda&amp;y</source>
        <translation>Vandaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="90"/>
        <source>Answered today</source>
        <translation>Vandaag beantwoord</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="97"/>
        <source>Link, letter number or council document</source>
        <translation>Link, briefnummer of raadsstuk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="98"/>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="99"/>
        <source>Save the changes (Ctrl+S); Ctrl+Z takes them back</source>
        <translation>De wijzigingen opslaan (Ctrl+S); Ctrl+Z draait ze terug</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="107"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="108"/>
        <source>Instru&amp;ment</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="109"/>
        <source>O&amp;wner</source>
        <translation>Eige&amp;naar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="111"/>
        <source>R&amp;oute</source>
        <translation>Rout&amp;e</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="112"/>
        <source>D&amp;ue date</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="113"/>
        <source>&amp;Answer of the college</source>
        <translation>Antwoord van het &amp;college</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="114"/>
        <source>Answere&amp;d on</source>
        <translation>Beantwoo&amp;rd op</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="117"/>
        <source>Refere&amp;nce</source>
        <translation>Verwi&amp;jzing</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="120"/>
        <source>History of the item</source>
        <translation>Geschiedenis van het item</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="121"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="121"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="121"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="126"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="150"/>
        <source>Choose a question or action in the list.</source>
        <translation>Kies een vraag of afspraak in de lijst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="186"/>
        <source>History (%1 changes)</source>
        <translation>Geschiedenis (%1 wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/detail.py" line="186"/>
        <source>History (1 change)</source>
        <translation>Geschiedenis (1 wijziging)</translation>
    </message>
</context>
<context>
    <name>FollowupExport</name>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="32"/>
        <source>Publ&amp;ic variant (no names, no case texts)</source>
        <translation>&amp;Openbare variant (zonder namen en casusteksten)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="33"/>
        <source>Status report as &amp;PDF…</source>
        <translation>Stand van zaken als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="34"/>
        <source>Status report as &amp;CSV…</source>
        <translation>Stand van za&amp;ken als CSV…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="35"/>
        <source>‘Stand van zaken’ of the items shown, per theme, overdue first</source>
        <translation>‘Stand van zaken’ van de getoonde items, per thema, wat te laat is eerst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="48"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="48"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="49"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="70"/>
        <source>Status report</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/export.py" line="74"/>
        <source>Status report saved: %1</source>
        <translation>Stand van zaken opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="20"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="21"/>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="27"/>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="82"/>
        <source>Filter on words in question, answer, owner, case, session…</source>
        <translation>Filter op woorden in vraag, antwoord, eigenaar, casus, bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="85"/>
        <source>Questions and actions</source>
        <translation>Vragen en afspraken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="86"/>
        <source>Governance questions</source>
        <translation>Bestuurlijke vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="87"/>
        <source>Actions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="89"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="90"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="93"/>
        <source>On&amp;ly overdue</source>
        <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="100"/>
        <source>Every theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="102"/>
        <source>Every council role</source>
        <translation>Elke rol van de raad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="108"/>
        <source>Filter text</source>
        <translation>Filtertekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="109"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="111"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="112"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="113"/>
        <source>Council role</source>
        <translation>Rol van de raad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="114"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="115"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="134"/>
        <source>Questions and actions to follow up</source>
        <translation>Vragen en afspraken om op te volgen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="186"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="216"/>
        <source>Every owner</source>
        <translation>Elke eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="225"/>
        <source>Every session</source>
        <translation>Elke bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="231"/>
        <source>Every case</source>
        <translation>Elke casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="268"/>
        <source>%1 of %2 items shown, %3 of them overdue</source>
        <translation>%1 van %2 items getoond, waarvan %3 te laat</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="350"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="40"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="41"/>
        <source>Question or action</source>
        <translation>Vraag of afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="43"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="44"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="45"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/model.py" line="46"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
</context>
<context>
    <name>LibraryModels</name>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="54"/>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="56"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="111"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="112"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="113"/>
        <source>Minutes per case</source>
        <translation>Minuten per casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/library_models.py" line="124"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
</context>
<context>
    <name>LineFindings</name>
    <message>
        <location filename="../../casetafel/ui/widgets/line_findings.py" line="52"/>
        <source>%1 ‘%2’ → %3</source>
        <translation>%1 ‘%2’ → %3</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/line_findings.py" line="60"/>
        <source>Possible identifiers (masked outside the editor):</source>
        <translation>Mogelijk herleidbare gegevens (buiten de editor gemaskeerd):</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/line_findings.py" line="123"/>
        <source>%1 possible identifiers</source>
        <translation>%1 mogelijk herleidbare gegevens</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="35"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="36"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="37"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="135"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="136"/>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="166"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="138"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="165"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="167"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="168"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="178"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/widgets/list_models.py" line="179"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="65"/>
        <source>casetafel — case table</source>
        <translation>casetafel — casuïstiektafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="70"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="73"/>
        <location filename="../../casetafel/ui/app_shell/self_check.py" line="34"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="74"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="75"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="76"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="77"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="78"/>
        <source>Patterns</source>
        <translation>Patronen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="97"/>
        <source>Shared database: %1</source>
        <translation>Gedeelde database: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="99"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="115"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="121"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="124"/>
        <source>&amp;Import a session…</source>
        <translation>Bijeenkomst &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="127"/>
        <source>&amp;Shared database…</source>
        <translation>Gedeelde &amp;database…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="130"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="144"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="145"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="146"/>
        <source>&amp;Methods</source>
        <translation>&amp;Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="147"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="148"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="149"/>
        <source>&amp;Patterns</source>
        <translation>&amp;Patronen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="156"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="161"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;fel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="169"/>
        <source>&amp;Input on behalf of a participant…</source>
        <translation>&amp;Inbreng namens deelnemer…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="178"/>
        <source>Report &amp;settings…</source>
        <translation>Verslag&amp;instellingen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="182"/>
        <source>Lan&amp;guage</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="521"/>
        <source>casetafel %1

The facilitator&apos;s tool for a case table of council members and professionals.
Your data is in the shared database %2.</source>
        <translation>casetafel %1

Het hulpmiddel van de gespreksleider voor een casuïstiektafel van raadsleden en professionals.
Uw gegevens staan in de gedeelde database %2.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="162"/>
        <source>Run the &amp;table…</source>
        <translation>&amp;Tafel leiden…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="63"/>
        <source>casetafel — case table — shared database %1</source>
        <translation>casetafel — casuïstiektafel — gedeelde database %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="166"/>
        <source>&amp;Reopen the session…</source>
        <translation>Bijeenkomst &amp;heropenen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="173"/>
        <source>&amp;Report</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="174"/>
        <source>Session &amp;report…</source>
        <translation>&amp;Verslag van de bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="193"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="197"/>
        <source>&amp;About casetafel</source>
        <translation>&amp;Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="208"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="209"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="210"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="323"/>
        <source>The result is hidden by a filter of the list (for example archived cases).</source>
        <translation>Het resultaat valt weg door een filter van de lijst (bijvoorbeeld gearchiveerde casussen).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="435"/>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="436"/>
        <source>The backup could not be made: %1</source>
        <translation>De reservekopie kon niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="439"/>
        <source>Backup saved: %1</source>
        <translation>Reservekopie opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="444"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="446"/>
        <source>casetafel database (*.sqlite)</source>
        <translation>casetafel-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="452"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="454"/>
        <source>Replace the data in casetafel with this backup? The current file is kept as a copy first.</source>
        <translation>De gegevens in casetafel vervangen door deze reservekopie? Het huidige bestand wordt eerst als kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="473"/>
        <source>Saved: casetafel uses the local file.</source>
        <translation>Opgeslagen: casetafel gebruikt het lokale bestand.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="480"/>
        <source>Saved: casetafel uses this shared database.</source>
        <translation>Opgeslagen: casetafel gebruikt deze gedeelde database.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="487"/>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="488"/>
        <source>Saved. casetafel uses the chosen database from the next start.</source>
        <translation>Opgeslagen. casetafel gebruikt de gekozen database vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="507"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="508"/>
        <source>The language changes the next time you start casetafel.</source>
        <translation>De taal verandert de volgende keer dat u casetafel start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="514"/>
        <source>About casetafel</source>
        <translation>Over casetafel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/main_window.py" line="517"/>
        <source>casetafel %1

The facilitator&apos;s tool for a case table of council members and professionals.
Your data stays on this computer: %2</source>
        <translation>casetafel %1

Het hulpmiddel van de gespreksleider voor een casuïstiektafel van raadsleden en professionals.
Uw gegevens blijven op deze computer: %2</translation>
    </message>
</context>
<context>
    <name>MemberInputOnBehalf</name>
    <message>
        <location filename="../../casetafel/ui/member_input/on_behalf.py" line="23"/>
        <source>Input on behalf of a participant</source>
        <translation>Inbreng namens deelnemer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/on_behalf.py" line="26"/>
        <source>Select a session first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/on_behalf.py" line="38"/>
        <source>This session has no present participant with a name.</source>
        <translation>Deze bijeenkomst heeft geen aanwezige deelnemer met een naam.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/on_behalf.py" line="44"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Deelnemer:</translation>
    </message>
</context>
<context>
    <name>MemberInputReview</name>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="41"/>
        <source>Input from participants, waiting for you</source>
        <translation>Inbreng van deelnemers, wacht op u</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="43"/>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="117"/>
        <source>Input from participants</source>
        <translation>Inbreng van deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="44"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="44"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="44"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="52"/>
        <source>&amp;Accept input</source>
        <translation>Opnemen in de &amp;uitkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="53"/>
        <source>Re&amp;ject input</source>
        <translation>Afwi&amp;jzen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="55"/>
        <source>Becomes an observation or governance question of this session, attributed to the sender</source>
        <translation>Wordt een observatie of bestuurlijke vraag van deze bijeenkomst, op naam van de afzender</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="78"/>
        <source>Input from participants, waiting for you (%1)</source>
        <translation>Inbreng van deelnemers, wacht op u (%1)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="109"/>
        <source>Accept input</source>
        <translation>inbreng opnemen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/member_input_review.py" line="109"/>
        <source>Reject input</source>
        <translation>inbreng afwijzen</translation>
    </message>
</context>
<context>
    <name>MemberInputWindow</name>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="53"/>
        <source>My input — %1</source>
        <translation>Mijn inbreng — %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="56"/>
        <source>What you add goes to the facilitator first; it becomes part of the report once it is accepted.</source>
        <translation>Wat u toevoegt gaat eerst naar de gespreksleider; het komt in het verslag zodra het is opgenomen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="62"/>
        <source>Sessions you attended</source>
        <translation>Bijeenkomsten waar u bij was</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="66"/>
        <source>&amp;Sessions you attended</source>
        <translation>&amp;Bijeenkomsten waar u bij was</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="70"/>
        <source>Public outcomes</source>
        <translation>Openbare uitkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="70"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="74"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="79"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="70"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="79"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="70"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="73"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="74"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="150"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="74"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="74"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="74"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="75"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="79"/>
        <source>My input</source>
        <translation>Mijn inbreng</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="79"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="82"/>
        <source>What you can see</source>
        <translation>Wat u kunt zien</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="83"/>
        <source>&amp;Public outcomes</source>
        <translation>&amp;Openbare uitkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="84"/>
        <source>&amp;Follow-up</source>
        <translation>Op&amp;volging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="85"/>
        <source>&amp;My input</source>
        <translation>&amp;Mijn inbreng</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="88"/>
        <source>What I take home (insight)</source>
        <translation>Wat neem ik mee (inzicht)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="89"/>
        <source>Question for the follow-up</source>
        <translation>Vraag voor de opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="90"/>
        <source>Comment on the chosen follow-up item</source>
        <translation>Opmerking bij het gekozen item van de opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="93"/>
        <source>Type your input and press Enter</source>
        <translation>Typ uw inbreng en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="96"/>
        <source>&amp;Send to the facilitator</source>
        <translation>&amp;Naar de gespreksleider sturen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="102"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="104"/>
        <source>Add input</source>
        <translation>Inbreng toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="106"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="108"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="162"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="169"/>
        <source>No session was found at which you were present.</source>
        <translation>Er is geen bijeenkomst gevonden waar u aanwezig was.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="225"/>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="227"/>
        <location filename="../../casetafel/ui/member_input/window.py" line="243"/>
        <source>Choose an item on the Follow-up tab first.</source>
        <translation>Kies eerst een item op het tabblad Opvolging.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="255"/>
        <source>Sent to the facilitator.</source>
        <translation>Naar de gespreksleider gestuurd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/member_input/window.py" line="258"/>
        <source>It may name a person or place (%1 possible identifiers): those are masked in the public report.</source>
        <translation>Mogelijk noemt het een persoon of plaats (%1 mogelijk herleidbare gegevens): die worden in het openbare verslag gemaskeerd.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="84"/>
        <source>Outcomes of the session</source>
        <translation>Uitkomsten van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="87"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="87"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="87"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="87"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="87"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="88"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="88"/>
        <source>Council role</source>
        <translation>Rol van de raad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="88"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="88"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="106"/>
        <source>Save &amp;item</source>
        <translation>Item op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="107"/>
        <source>De&amp;lete item</source>
        <translation>&amp;Item verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="114"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="117"/>
        <source>D&amp;ue date</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="123"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="170"/>
        <source>%1 items recorded.</source>
        <translation>%1 items vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="170"/>
        <source>1 item recorded.</source>
        <translation>1 item vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="174"/>
        <source>1 question or action still needs an owner or a due date (marked).</source>
        <translation>1 vraag of afspraak heeft nog geen eigenaar of deadline (gemarkeerd).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="175"/>
        <source>%1 questions or actions still need an owner or a due date (marked).</source>
        <translation>%1 vragen of afspraken hebben nog geen eigenaar of deadline (gemarkeerd).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="194"/>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="198"/>
        <source>to fill in</source>
        <translation>nog invullen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="283"/>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="312"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="99"/>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="161"/>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="232"/>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="246"/>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="293"/>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="315"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="117"/>
        <source>&amp;Add participant</source>
        <translation>Deelnemer &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="118"/>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="119"/>
        <source>&amp;Copy from an earlier session…</source>
        <translation>&amp;Kopiëren uit een eerdere bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="128"/>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="170"/>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="234"/>
        <source>Someone else removed this participant meanwhile (%1).

Add the participant again with what you entered?</source>
        <translation>Iemand anders heeft deze deelnemer intussen verwijderd (%1).

De deelnemer opnieuw toevoegen met wat u invoerde?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="264"/>
        <source>add participant</source>
        <translation>deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="281"/>
        <source>remove participant</source>
        <translation>deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="315"/>
        <source>There is no earlier session yet.</source>
        <translation>Er is nog geen eerdere bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="324"/>
        <source>Copy participants</source>
        <translation>Deelnemers kopiëren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="325"/>
        <source>Copy the participants of this session:</source>
        <translation>Kopieer de deelnemers van deze bijeenkomst:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="349"/>
        <source>copy participants</source>
        <translation>deelnemers kopiëren</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_model.py" line="33"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_model.py" line="34"/>
        <source>Name (optional)</source>
        <translation>Naam (optioneel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_model.py" line="35"/>
        <source>Party or organisation</source>
        <translation>Partij of organisatie</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="93"/>
        <source>The four Village Deal questions</source>
        <translation>De vier vragen van de Village Deal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="95"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="95"/>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="165"/>
        <source>Knelpunten</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="95"/>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="166"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="95"/>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="166"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="96"/>
        <source>Questions open</source>
        <translation>Vragen open</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="96"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="100"/>
        <source>By domain</source>
        <translation>Per domein</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="101"/>
        <source>By theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="102"/>
        <source>Show the patterns</source>
        <translation>Toon de patronen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="105"/>
        <source>Recurring knelpunten</source>
        <translation>Terugkerende knelpunten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="114"/>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="142"/>
        <source>%1 knelpunten (observations of the kind ‘schot’) in %2 sessions. A pattern recurs when it is seen in at least two cases in at least two sessions (marked ‘recurs’).</source>
        <translation>%1 knelpunten (observaties van de soort ‘schot’) in %2 bijeenkomsten. Een patroon keert terug als het in minstens twee casussen in minstens twee bijeenkomsten voorkomt (gemarkeerd met ‘keert terug’).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="165"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="165"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="166"/>
        <source>Recurs</source>
        <translation>Keert terug</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="166"/>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="166"/>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/patterns_page.py" line="175"/>
        <source>recurs</source>
        <translation>keert terug</translation>
    </message>
</context>
<context>
    <name>PlaceholderStyleBox</name>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="37"/>
        <source>[NAAM]</source>
        <translation>[NAAM]</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="38"/>
        <source>initial: mevrouw A., de heer B.</source>
        <translation>initiaal: mevrouw A., de heer B.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="40"/>
        <source>[PLAATS]</source>
        <translation>[PLAATS]</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="41"/>
        <source>het dorp</source>
        <translation>het dorp</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="42"/>
        <source>de stad</source>
        <translation>de stad</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="43"/>
        <source>[woonplaats]</source>
        <translation>[woonplaats]</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="46"/>
        <source>Replace &amp;names by</source>
        <translation>&amp;Namen vervangen door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="48"/>
        <source>places by</source>
        <translation>plaatsen door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="50"/>
        <source>Replace names by</source>
        <translation>Namen vervangen door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="51"/>
        <source>Replace places by</source>
        <translation>Plaatsen vervangen door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/placeholder_style.py" line="53"/>
        <source>An initial stays the same for the same person in the case and its items</source>
        <translation>Een initiaal blijft hetzelfde voor dezelfde persoon in de casus en de bijbehorende punten</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="65"/>
        <source>casetafel — presenter screen</source>
        <translation>casetafel — presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="66"/>
        <source>Presenter screen</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="83"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="88"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="185"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="219"/>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/presenter.py" line="238"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>PreviousItems</name>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="45"/>
        <source>due %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="48"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>PreviousItemsPanel</name>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="64"/>
        <source>Open items from earlier sessions</source>
        <translation>Open items van eerdere bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="80"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="82"/>
        <source>Show on the &amp;presenter screen (without owners)</source>
        <translation>Tonen op het &amp;presentatiescherm (zonder eigenaren)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="86"/>
        <source>Set &amp;status:</source>
        <translation>&amp;Status zetten:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="109"/>
        <source>Last time: 1 question or action still open from earlier sessions, %2 overdue.</source>
        <translation>Vorige keer: 1 vraag of afspraak van een eerdere bijeenkomst staat nog open, %2 te laat.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="110"/>
        <source>Last time: %1 questions and actions still open from earlier sessions, %2 overdue.</source>
        <translation>Vorige keer: %1 vragen en afspraken van eerdere bijeenkomsten staan nog open, %2 te laat.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/previous_items.py" line="152"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
</context>
<context>
    <name>PublicationReview</name>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="41"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="53"/>
        <source>Leave in</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="79"/>
        <location filename="../../casetafel/ui/report/publication_review.py" line="229"/>
        <source>Review before publication</source>
        <translation>Controle voor publicatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="83"/>
        <source>Every possible identifier in the texts of this session that nobody resolved. The public report and exports print its placeholder unless you replace it or leave it in with a reason.</source>
        <translation>Alle mogelijk herleidbare gegevens in de teksten van deze bijeenkomst die nog niemand heeft afgehandeld. Het openbare verslag en de openbare exports tonen de vervangende tekst, tenzij u het gegeven vervangt of met een reden laat staan.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="89"/>
        <source>Summary of the findings</source>
        <translation>Samenvatting van de vondsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="91"/>
        <source>Open findings by item</source>
        <translation>Open vondsten per onderdeel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="93"/>
        <source>Item and field</source>
        <translation>Onderdeel en veld</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="93"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="93"/>
        <source>Found text</source>
        <translation>Gevonden tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="93"/>
        <source>Placeholder</source>
        <translation>Vervangende tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="98"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="99"/>
        <source>&amp;Leave in…</source>
        <translation>&amp;Laten staan…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="119"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="151"/>
        <source>%1 open findings in %2 texts.</source>
        <translation>%1 open vondsten in %2 teksten.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="155"/>
        <source>No open findings: the public variant prints these texts as they are.</source>
        <translation>Geen open vondsten: de openbare variant toont deze teksten zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="173"/>
        <source>Edit the case text in the case editor; the public report does not print it.</source>
        <translation>Pas de casustekst aan in de casuseditor; het openbare verslag toont hem niet.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/publication_review.py" line="178"/>
        <source>A BSN, IBAN, phone number, e-mail address, postcode, licence plate or client number cannot be left in.</source>
        <translation>Een BSN, IBAN, telefoonnummer, e-mailadres, postcode, kenteken of cliëntnummer kan niet blijven staan.</translation>
    </message>
</context>
<context>
    <name>RecordedItemsModel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="93"/>
        <source>Not on the shared database yet: kept on this computer and sent as soon as the connection is back.</source>
        <translation>Nog niet in de gedeelde database: bewaard op deze computer en verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="113"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="113"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="113"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="113"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="123"/>
        <source>not on the server yet</source>
        <translation>nog niet op de server</translation>
    </message>
</context>
<context>
    <name>RecordedItemsView</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/capture_list.py" line="168"/>
        <source>Recorded items</source>
        <translation>Vastgelegde inbreng</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="32"/>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="85"/>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="92"/>
        <source>Reopen the session</source>
        <translation>Bijeenkomst heropenen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="35"/>
        <source>The session becomes running again, so you can correct it and finish it again. The report then says it is a revised version. Why do you reopen it?</source>
        <translation>De bijeenkomst staat dan weer op bezig, zodat u haar kunt corrigeren en opnieuw afronden. Het verslag meldt daarna dat het een herziene versie is. Waarom heropent u haar?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="41"/>
        <source>Reason for reopening</source>
        <translation>Reden om te heropenen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="46"/>
        <source>History of the session</source>
        <translation>Geschiedenis van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="51"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="67"/>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="68"/>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="95"/>
        <source>First choose a session in the list.</source>
        <translation>Kies eerst een bijeenkomst in de lijst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/reopen_dialog.py" line="102"/>
        <source>Only a finished session can be reopened.</source>
        <translation>Alleen een afgeronde bijeenkomst kan worden heropend.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="103"/>
        <location filename="../../casetafel/ui/report/dialog.py" line="410"/>
        <location filename="../../casetafel/ui/report/dialog.py" line="497"/>
        <source>Session report</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="104"/>
        <source>Select a session first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="114"/>
        <source>No report possible</source>
        <translation>Geen verslag mogelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="152"/>
        <source>Session report: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="168"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="169"/>
        <source>&amp;Confidential</source>
        <translation>&amp;Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="170"/>
        <source>For the participants: names and case descriptions included.</source>
        <translation>Voor de deelnemers: met namen en casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="171"/>
        <source>&amp;Public</source>
        <translation>&amp;Openbaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="172"/>
        <source>For publication: no names and no case descriptions.</source>
        <translation>Voor publicatie: zonder namen en zonder casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="180"/>
        <source>Confidential not possible: %1</source>
        <translation>Vertrouwelijk niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="185"/>
        <source>Findings masked in the public variant</source>
        <translation>Gemaskeerde gegevens in de openbare variant</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="186"/>
        <source>Re&amp;view findings…</source>
        <translation>Vondsten &amp;controleren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="188"/>
        <source>Replace or leave in each possible identifier before a public report or export</source>
        <translation>Vervang elk mogelijk herleidbaar gegeven of laat het met een reden staan, voor een openbaar verslag of een openbare export</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="195"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="196"/>
        <source>&amp;Names of participants</source>
        <translation>&amp;Namen van deelnemers</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="197"/>
        <source>&amp;Votes</source>
        <translation>&amp;Stemmen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="198"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="205"/>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="206"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="207"/>
        <source>&amp;Open in PDF reader</source>
        <translation>Openen in PDF-&amp;lezer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="208"/>
        <source>Export as C&amp;SV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="209"/>
        <source>Export as &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="210"/>
        <source>Export as &amp;Word…</source>
        <translation>Exporteren als &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="213"/>
        <source>The report as an editable Word document, on the municipality&apos;s template when one is set.</source>
        <translation>Het verslag als bewerkbaar Word-document, op het sjabloon van de gemeente als dat is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="219"/>
        <source>Observations, questions and actions as one table for Excel; owners only when names are shown.</source>
        <translation>Observaties, vragen en acties als één tabel voor Excel; eigenaren alleen als namen getoond worden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="227"/>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="251"/>
        <source>Preview status</source>
        <translation>Status van het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="255"/>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="268"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="302"/>
        <source>The public variant masks %1 possible identifiers (%2).</source>
        <translation>De openbare variant maskeert %1 mogelijk herleidbare gegevens (%2).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="306"/>
        <source>The public variant masks no identifiers.</source>
        <translation>De openbare variant maskeert geen gegevens.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="336"/>
        <source>The public report never shows names.</source>
        <translation>Het openbare verslag toont nooit namen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="338"/>
        <source>The session as data without names and case descriptions, identifiers masked.</source>
        <translation>De bijeenkomst als gegevens, zonder namen en casusbeschrijvingen, herleidbare gegevens gemaskeerd.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="340"/>
        <source>The whole session as data, names and case descriptions included.</source>
        <translation>De hele bijeenkomst als gegevens, met namen en casusbeschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="342"/>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="375"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="375"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="377"/>
        <source>%1 report, pages: %2</source>
        <translation>%1 verslag, pagina&apos;s: %2</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="382"/>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="395"/>
        <source>The report could not be made.</source>
        <translation>Het verslag kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="396"/>
        <source>Making the report…</source>
        <translation>Verslag wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="402"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="414"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="422"/>
        <location filename="../../casetafel/ui/report/dialog.py" line="443"/>
        <location filename="../../casetafel/ui/report/dialog.py" line="463"/>
        <location filename="../../casetafel/ui/report/dialog.py" line="477"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="427"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="431"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="454"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="470"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="492"/>
        <source>The report could not be opened.</source>
        <translation>Het verslag kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="498"/>
        <source>No PDF reader could be started. The report is saved as %1</source>
        <translation>Er kon geen PDF-lezer worden gestart. Het verslag staat in %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="507"/>
        <source>Print the report</source>
        <translation>Verslag afdrukken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/dialog.py" line="520"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="35"/>
        <location filename="../../casetafel/ui/report/settings.py" line="53"/>
        <source>The file does not exist.</source>
        <translation>Het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="37"/>
        <source>The image is larger than 5 MB.</source>
        <translation>De afbeelding is groter dan 5 MB.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="40"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Kies een PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="43"/>
        <location filename="../../casetafel/ui/report/settings.py" line="45"/>
        <source>The image cannot be read or is too large.</source>
        <translation>De afbeelding kan niet worden gelezen of is te groot.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="58"/>
        <location filename="../../casetafel/ui/report/settings.py" line="62"/>
        <source>This is not a Word document or template (.docx or .dotx).</source>
        <translation>Dit is geen Word-document of -sjabloon (.docx of .dotx).</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="90"/>
        <source>Report settings</source>
        <translation>Verslaginstellingen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="95"/>
        <source>Municipal &amp;logo</source>
        <translation>Gemeente&amp;logo</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="96"/>
        <source>&amp;Word template</source>
        <translation>&amp;Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="102"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="103"/>
        <source>Choose %1</source>
        <translation>%1 kiezen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="105"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="106"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="122"/>
        <location filename="../../casetafel/ui/report/settings.py" line="137"/>
        <source>Municipal logo</source>
        <translation>Gemeentelogo</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="130"/>
        <location filename="../../casetafel/ui/report/settings.py" line="144"/>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="137"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/report/settings.py" line="144"/>
        <source>Word documents and templates (*.dotx *.docx)</source>
        <translation>Word-documenten en -sjablonen (*.dotx *.docx)</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../casetafel/ui/prepare/participants_editor.py" line="57"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>RoleLimits</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/role_limits.py" line="26"/>
        <source>Read only: signed in as %1. You can fill in the report&apos;s document control on the Report tab, and follow up questions and actions on the Follow-up page.</source>
        <translation>Alleen lezen: aangemeld als %1. De documentgegevens van het verslag vult u in op het tabblad Verslag, vragen en afspraken volgt u op via de pagina Opvolging.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/role_limits.py" line="31"/>
        <source>Read only: signed in as %1.</source>
        <translation>Alleen lezen: aangemeld als %1.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/role_limits.py" line="82"/>
        <source>There are no sessions yet. They appear here as soon as a facilitator plans one.</source>
        <translation>Er zijn nog geen bijeenkomsten. Ze verschijnen hier zodra een gespreksleider er een plant.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../casetafel/ui/widgets/autosave.py" line="102"/>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="31"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="33"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="35"/>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="36"/>
        <source>Governance question</source>
        <translation>Bestuurlijke vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="45"/>
        <source>Search in cases, observations and questions</source>
        <translation>Zoek in casussen, observaties en vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="46"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="51"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="51"/>
        <source>Where it was found</source>
        <translation>Waar het gevonden is</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="54"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="83"/>
        <source>Type one or more words; accents do not matter.</source>
        <translation>Typ een of meer woorden; accenten maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="85"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/search_page.py" line="87"/>
        <source>Found: %1. Press Enter to open the selected result.</source>
        <translation>Gevonden: %1. Druk op Enter om het gekozen resultaat te openen.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="73"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="74"/>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="75"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="76"/>
        <source>Fa&amp;cilitator</source>
        <translation>Ge&amp;spreksleider</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="95"/>
        <source>Date and t&amp;ime</source>
        <translation>Datum en t&amp;ijd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="96"/>
        <source>Pl&amp;anned end</source>
        <translation>Gepland &amp;einde</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="99"/>
        <source>Meth&amp;od</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="117"/>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="267"/>
        <source>No session selected. Choose one in the list, or press Ctrl+N to plan a new one.</source>
        <translation>Geen bijeenkomst gekozen. Kies er een in de lijst, of druk op Ctrl+N om een nieuwe te plannen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="269"/>
        <source>No session selected. Choose one in the list.</source>
        <translation>Geen bijeenkomst gekozen. Kies er een in de lijst.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="277"/>
        <source>%1 phases. With this method one case takes %2, two cases %3, three cases %4 (change the minutes on the agenda, or the method on the Methods page).</source>
        <translation>%1 fasen. Met deze methode duurt één casus %2, twee casussen %3, drie casussen %4 (pas de minuten aan op de agenda, of de methode op de pagina Methoden).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="90"/>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="111"/>
        <source>Session parts</source>
        <translation>Onderdelen van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="112"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="272"/>
        <source>(untitled session)</source>
        <translation>(bijeenkomst zonder titel)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="281"/>
        <source>%1 phases. With this method one case takes %2, two cases %3, three cases %4.</source>
        <translation>%1 fasen. Met deze methode duurt één casus %2, twee casussen %3, drie casussen %4.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="301"/>
        <source>Participants (%1)</source>
        <translation>Deelnemers (%1)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="302"/>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/session_editor.py" line="303"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
</context>
<context>
    <name>SessionEditorPage</name>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="40"/>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="120"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="48"/>
        <source>&amp;New session</source>
        <translation>&amp;Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="49"/>
        <source>&amp;Delete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="50"/>
        <source>&amp;Start the table</source>
        <translation>Tafel sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="51"/>
        <source>Run the table for this session (F9)</source>
        <translation>De tafel leiden voor deze bijeenkomst (F9)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="71"/>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="162"/>
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="144"/>
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/sessions_page.py" line="164"/>
        <source>Delete the session ‘%1’ with its participants, agenda and everything recorded in it? This cannot be undone.</source>
        <translation>De bijeenkomst ‘%1’ verwijderen, met de deelnemers, de agenda en alles wat erin is vastgelegd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/session_import.py" line="17"/>
        <source>Import a session</source>
        <translation>Bijeenkomst importeren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/session_import.py" line="19"/>
        <source>casetafel session (*.json)</source>
        <translation>casetafel-bijeenkomst (*.json)</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="91"/>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="96"/>
        <source>casetafel keeps its data in a file on this computer, or in a shared database on a PostgreSQL server of your municipality or region, so that colleagues work on the same sessions. Your IT department gives you the details below.</source>
        <translation>casetafel bewaart zijn gegevens in een bestand op deze computer, of in een gedeelde database op een PostgreSQL-server van uw gemeente of regio, zodat collega’s aan dezelfde bijeenkomsten werken. Uw ICT-afdeling geeft u de gegevens hieronder.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="102"/>
        <source>&amp;Local file on this computer</source>
        <translation>&amp;Lokaal bestand op deze computer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="103"/>
        <source>S&amp;hared database on a server</source>
        <translation>&amp;Gedeelde database op een server</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="108"/>
        <source>&amp;Test the connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="114"/>
        <source>Result of the test</source>
        <translation>Uitkomst van de test</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="148"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="157"/>
        <source>Your login on the server; empty: the user name of this computer.</source>
        <translation>Uw inlognaam op de server; leeg: de gebruikersnaam op deze computer.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="163"/>
        <source>How the connection is protected (libpq&apos;s sslmode). verify-full, the default, encrypts it and checks with the server&apos;s certificate that you reach the server named above and no other, so nobody in between can read along; it needs the root certificate your IT department gives you, in ~/.postgresql/root.crt. verify-ca checks the certificate but not the name; require only encrypts; prefer and disable may send everything readable and are for a server on this computer only.</source>
        <translation>Hoe de verbinding beveiligd is (sslmode van libpq). verify-full, de standaard, versleutelt haar en controleert met het certificaat van de server dat u de hierboven genoemde server bereikt en geen andere, zodat niemand onderweg kan meelezen; daarvoor is het basiscertificaat nodig dat uw ICT-afdeling u geeft, in ~/.postgresql/root.crt. verify-ca controleert het certificaat maar niet de naam; require versleutelt alleen; prefer en disable kunnen alles leesbaar versturen en zijn alleen voor een server op deze computer.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="172"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="175"/>
        <source>A name from the libpq service file (pg_service.conf) that holds server, port, database and sslmode; filled in, the fields above are not used.</source>
        <translation>Een naam uit het servicebestand van libpq (pg_service.conf) met server, poort, database en sslmode; ingevuld worden de velden hierboven niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="183"/>
        <source>The password is never saved: it is kept only while casetafel runs. To not be asked, put it in ~/.pgpass (see the README).</source>
        <translation>Het wachtwoord wordt nooit opgeslagen: casetafel onthoudt het alleen zolang het draait. Wilt u het niet steeds typen, zet het dan in ~/.pgpass (zie de README).</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="189"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="190"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="191"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="192"/>
        <source>&amp;User name:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="193"/>
        <source>TLS (ssl&amp;mode):</source>
        <translation>TLS (ssl&amp;mode):</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="194"/>
        <source>Or a service &amp;name:</source>
        <translation>Of een service&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="195"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="207"/>
        <source>verify-full: encrypted, server checked (recommended)</source>
        <translation>verify-full: versleuteld, server gecontroleerd (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="208"/>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: versleuteld, certificaat gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="209"/>
        <source>require: encrypted, server not checked</source>
        <translation>require: versleuteld, server niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="210"/>
        <source>prefer: encrypted when the server can</source>
        <translation>prefer: versleuteld als de server dat kan</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="211"/>
        <source>disable: not encrypted (this computer only)</source>
        <translation>disable: niet versleuteld (alleen deze computer)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="268"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="287"/>
        <source>The server did not answer within %1 seconds. Check the server name and your network.</source>
        <translation>De server antwoordde niet binnen %1 seconden. Controleer de naam van de server en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="300"/>
        <source>The test failed: %1</source>
        <translation>De test mislukte: %1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shared_database_dialog.py" line="305"/>
        <source>Type the password and test again.</source>
        <translation>Typ het wachtwoord en test opnieuw.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="25"/>
        <source>Record the line (an action first asks for owner and due date; Enter again records)</source>
        <translation>De regel vastleggen (bij een afspraak eerst eigenaar en datum; nog eens Enter legt vast)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="32"/>
        <source>Kind: barrier, good practice, signal, question, governance question, action</source>
        <translation>Soort: schot, goede praktijk, signaal, vraag, bestuurlijke vraag, afspraak</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="38"/>
        <source>Typed at the start of a line: the kind of that one line</source>
        <translation>Vooraan een regel getypt: de soort van die ene regel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="42"/>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="43"/>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="44"/>
        <source>Next / previous case</source>
        <translation>Volgende / vorige casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="45"/>
        <source>Phase overview (Enter jumps to the chosen phase)</source>
        <translation>Overzicht van de fasen (Enter gaat naar de gekozen fase)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="48"/>
        <source>The phase&apos;s tool: attendance, who can act, dot votes, evaluation</source>
        <translation>Het hulpmiddel van de fase: aanwezigheid, wie kan wat, stippen, evaluatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="54"/>
        <source>Back to the input line (from the overview, a tool, the list or the notes)</source>
        <translation>Terug naar de invoerregel (vanuit het overzicht, een hulpmiddel, de lijst of de aantekeningen)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="58"/>
        <source>Input line</source>
        <translation>Invoerregel</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="61"/>
        <source>Your notes (never shown on the presenter screen)</source>
        <translation>Uw aantekeningen (nooit op het presentatiescherm)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="65"/>
        <source>In the list: edit the text / delete the item</source>
        <translation>In de lijst: tekst bewerken / punt verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="69"/>
        <source>Who can act: tick a level for the chosen observation</source>
        <translation>Wie kan wat: een niveau aanvinken bij de gekozen observatie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="73"/>
        <source>Dot votes: one dot more or less for the chosen item</source>
        <translation>Stippen: één stip meer of minder voor het gekozen punt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="75"/>
        <source>Pause or resume the timer</source>
        <translation>Tijd pauzeren of verder laten lopen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="76"/>
        <source>One more minute</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="77"/>
        <source>Presenter screen on or off</source>
        <translation>Presentatiescherm aan of uit</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="80"/>
        <source>Page the case text on the presenter screen</source>
        <translation>De casustekst op het presentatiescherm verder of terug bladeren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="82"/>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="101"/>
        <source>Undo / redo</source>
        <translation>Ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="83"/>
        <source>Finish the session</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="84"/>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="103"/>
        <source>This overview</source>
        <translation>Dit overzicht</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="93"/>
        <source>Run the table for the chosen session</source>
        <translation>De tafel leiden voor de gekozen bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="96"/>
        <source>Sessions, cases, methods, search, follow-up, patterns</source>
        <translation>Bijeenkomsten, casussen, methoden, zoeken, opvolging, patronen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="98"/>
        <source>New session or case</source>
        <translation>Nieuwe bijeenkomst of casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="99"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="100"/>
        <source>Session report</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="102"/>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="127"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="128"/>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="144"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="171"/>
        <source>Running the table</source>
        <translation>De tafel leiden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/shortcuts_dialog.py" line="174"/>
        <source>Main window</source>
        <translation>Hoofdvenster</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="23"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="29"/>
        <source>Open a backup…</source>
        <translation>Reservekopie openen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="32"/>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="81"/>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="35"/>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="84"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="44"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="46"/>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="54"/>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="99"/>
        <source>casetafel database (*.sqlite)</source>
        <translation>casetafel-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="52"/>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="97"/>
        <source>Choose a database</source>
        <translation>Kies een database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="67"/>
        <source>The shared database cannot be opened</source>
        <translation>De gedeelde database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="70"/>
        <source>You can try again, or work on the local file on this computer for now.</source>
        <translation>U kunt het opnieuw proberen, of voorlopig werken in het lokale bestand op deze computer.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="75"/>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="78"/>
        <source>Use the &amp;local file</source>
        <translation>&amp;Lokaal bestand gebruiken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="126"/>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/startup.py" line="129"/>
        <source>Password (kept only while casetafel runs):</source>
        <translation>Wachtwoord (alleen bewaard zolang casetafel draait):</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="35"/>
        <source>Session finished</source>
        <translation>Bijeenkomst afgerond</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="38"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="45"/>
        <source>Make the report…</source>
        <translation>Verslag maken…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="53"/>
        <source>The session is marked as finished.</source>
        <translation>De bijeenkomst is gemarkeerd als afgerond.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="54"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="55"/>
        <source>Governance questions</source>
        <translation>Bestuurlijke vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="56"/>
        <source>Actions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="57"/>
        <source>Time per phase</source>
        <translation>Tijd per fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="59"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="60"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="61"/>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="62"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/summary.py" line="64"/>
        <source>The report is available from the menu “Report” in the main window.</source>
        <translation>Het verslag maakt u in het hoofdvenster via het menu ‘Verslag’.</translation>
    </message>
</context>
<context>
    <name>TakeawaysPanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/takeaways.py" line="40"/>
        <source>What each participant takes home</source>
        <translation>Wat iedere deelnemer meeneemt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/takeaways.py" line="41"/>
        <source>Record what each &amp;takes home</source>
        <translation>Vastleggen wat ieder mee&amp;neemt</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/takeaways.py" line="45"/>
        <source>What do you ta&amp;ke home? One line per participant; the public report shows only the role.</source>
        <translation>&amp;Wat neemt ieder mee? Eén regel per deelnemer; het openbare verslag toont alleen de rol.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/takeaways.py" line="67"/>
        <source>Takes home: %1</source>
        <translation>Neemt mee: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="66"/>
        <source>Method &amp;name</source>
        <translation>&amp;Naam van de methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="67"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="72"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="82"/>
        <source>P&amp;hases</source>
        <translation>&amp;Fasen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="84"/>
        <source>&amp;Add phase</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="85"/>
        <source>Re&amp;move phase…</source>
        <translation>Fase &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="86"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="87"/>
        <source>Move do&amp;wn</source>
        <translation>Omla&amp;ag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="96"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="107"/>
        <source>Selected phase</source>
        <translation>Gekozen fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="109"/>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="110"/>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="111"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="112"/>
        <source>&amp;Records</source>
        <translation>&amp;Legt vast</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="113"/>
        <source>&amp;Guiding question</source>
        <translation>&amp;Leidende vraag</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="197"/>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="313"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="232"/>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="302"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="315"/>
        <source>Someone else removed this phase meanwhile; what you entered was not saved:

%1</source>
        <translation>Iemand anders heeft deze fase intussen verwijderd; wat u invoerde is niet opgeslagen:

%1</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="336"/>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="348"/>
        <source>Remove phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="349"/>
        <source>Remove the phase ‘%1’ from this method?</source>
        <translation>De fase ‘%1’ uit deze methode verwijderen?</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_editor.py" line="371"/>
        <source>move phase</source>
        <translation>fase verplaatsen</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="25"/>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="67"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="27"/>
        <source>&amp;Copy as a variant</source>
        <translation>&amp;Kopiëren als variant</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="28"/>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="31"/>
        <source>A method is the order of phases of a session. Copy a method to make a variant, for example a short 60-minute format; a session chooses its method on its Details tab.</source>
        <translation>Een methode is de volgorde van fasen in een bijeenkomst. Kopieer een methode om een variant te maken, bijvoorbeeld een korte vorm van 60 minuten; een bijeenkomst kiest haar methode op het tabblad Gegevens.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="35"/>
        <source>A method is the order of phases of a session, with the minutes of each phase.</source>
        <translation>Een methode is de volgorde van fasen in een bijeenkomst, met de minuten van elke fase.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="45"/>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="90"/>
        <source>Delete method</source>
        <translation>Methode verwijderen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/templates_page.py" line="91"/>
        <source>Delete the method ‘%1’?</source>
        <translation>De methode ‘%1’ verwijderen?</translation>
    </message>
</context>
<context>
    <name>TemplateModels</name>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="25"/>
        <source>Once, at the start</source>
        <translation>Eenmaal, aan het begin</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="26"/>
        <source>For every case</source>
        <translation>Per casus</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="27"/>
        <source>Once, at the end</source>
        <translation>Eenmaal, aan het eind</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="30"/>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="31"/>
        <source>Attendance by role</source>
        <translation>Aanwezigheid per rol</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="32"/>
        <source>Clarifying questions</source>
        <translation>Verhelderende vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="33"/>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="34"/>
        <source>Who can act, governance questions</source>
        <translation>Wie kan wat, bestuurlijke vragen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="37"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="38"/>
        <source>Actions and follow-up</source>
        <translation>Afspraken en opvolging</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="39"/>
        <source>Evaluation notes</source>
        <translation>Evaluatiepunten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="53"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="54"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="55"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="56"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/prepare/template_models.py" line="57"/>
        <source>Records</source>
        <translation>Legt vast</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="50"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="50"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="50"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="83"/>
        <source>Not added: all %1 dots have been given. Take a dot away elsewhere or raise the dots per person.</source>
        <translation>Niet toegevoegd: alle %1 stippen zijn gegeven. Haal elders een stip weg of verhoog het aantal stippen per persoon.</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="113"/>
        <source>Dot votes</source>
        <translation>Stippen verdelen</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="132"/>
        <source>Dots per person</source>
        <translation>Stippen per persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="133"/>
        <source>Dots &amp;per person</source>
        <translation>Stippen &amp;per persoon</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="143"/>
        <source>F8 brings you here, Esc back to the input line. Choose an item with the arrow keys; + and - change its dots, or type the number.</source>
        <translation>F8 brengt u hier, Esc terug naar de invoerregel. Kies een punt met de pijltjestoetsen; + en - veranderen de stippen, of typ het aantal.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/facilitation/votes.py" line="191"/>
        <source>× %1 present = %2 dots; given: %3</source>
        <translation>× %1 aanwezig = %2 stippen; gegeven: %3</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../casetafel/ui/cases/waiver_dialog.py" line="27"/>
        <source>Ignore this finding</source>
        <translation>Dit gegeven negeren</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/waiver_dialog.py" line="30"/>
        <source>%1 ‘%2’ stays in the text. Write down in a few words why this is acceptable, for example because the name is made up or the place is too large to recognise anyone.</source>
        <translation>%1 ‘%2’ blijft in de tekst staan. Schrijf in een paar woorden op waarom dat kan, bijvoorbeeld omdat de naam verzonnen is of de plaats te groot is om iemand te herkennen.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/waiver_dialog.py" line="37"/>
        <source>e.g. a made-up name</source>
        <translation>bijv. een verzonnen naam</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/waiver_dialog.py" line="39"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/cases/waiver_dialog.py" line="41"/>
        <source>&amp;Decided by (role or name):</source>
        <translation>Besloten &amp;door (rol of naam):</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="64"/>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="65"/>
        <source>Saved. The table is running, so casetafel uses the chosen database from the next start.</source>
        <translation>Opgeslagen. De tafel loopt, dus casetafel gebruikt de gekozen database vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="88"/>
        <source>Now working on %1.</source>
        <translation>U werkt nu in %1.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="116"/>
        <source>The database was not opened</source>
        <translation>De database is niet geopend</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="119"/>
        <source>casetafel goes on with the database it had open; your choice is saved for the next start.</source>
        <translation>casetafel werkt verder met de database die open was; uw keuze is bewaard voor de volgende start.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="149"/>
        <source>Restored from %1. The previous file was kept as %2.</source>
        <translation>Teruggezet uit %1. Het vorige bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/app_shell/workspace.py" line="165"/>
        <source>The backup was not restored</source>
        <translation>De reservekopie is niet teruggezet</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../casetafel/ui/followup/page.py" line="60"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="51"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../casetafel/ui/followup/outcomes_tab.py" line="63"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
</TS>
