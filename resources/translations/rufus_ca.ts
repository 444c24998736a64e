<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
  <context>
    <name>AlertFlow</name>
    <message>
      <location filename="app/ui/alert_flow.py" line="35" />
      <source>&amp;Show alerts…</source>
      <translation>&amp;Mostra les alertes…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="67" />
      <source>A live session is &amp;silent after</source>
      <translation>Una sessió en directe queda en &amp;silenci després de</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="56" />
      <source>Ale&amp;rts</source>
      <translation>Ale&amp;rtes</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="59" />
      <source>Alert &amp;kinds</source>
      <translation>&amp;Tipus d'alerta</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="40" />
      <source>Every alert, newest first; those not acknowledged marked (Ctrl+Shift+A)</source>
      <translation>Totes les alertes, la més recent primer; marcades les que encara no s'han vist (Ctrl+Maj+A)</translation>
    </message>
  </context>
  <context>
    <name>AlertTray</name>
    <message>
      <location filename="app/ui/alert_tray.py" line="40" />
      <source>Alerts…</source>
      <translation>Alertes…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_tray.py" line="39" />
      <source>Open Rufus Console</source>
      <translation>Obre Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/alert_tray.py" line="43" />
      <location filename="app/ui/alert_tray.py" line="71" />
      <location filename="app/ui/alert_tray.py" line="82" />
      <source>Rufus Console</source>
      <translation>Rufus Console</translation>
    </message>
  </context>
  <context>
    <name>Alerts</name>
    <message>
      <location filename="app/ui/words/alerts.py" line="62" />
      <source>%1 is back online; its session %2 is open</source>
      <translation>%1 torna a estar en línia; la seva sessió %2 és oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="97" />
      <source>%1 on %2 was closed elsewhere (not by this console)</source>
      <translation>%1 a %2 s'ha tancat en un altre lloc (no des d'aquesta consola)</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="82" />
      <source>%1 on %2: no passing for %3 (the last at %4) while other sessions are live</source>
      <translation>%1 a %2: cap pas des de fa %3 (l'últim a les %4) mentre altres sessions són en directe</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="93" />
      <source>%1 opened on %2, which had no open session</source>
      <translation>%1 s'ha obert a %2, que no tenia cap sessió oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="58" />
      <source>%1 went offline; its session %2 is open</source>
      <translation>%1 s'ha quedat sense connexió; la seva sessió %2 és oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="73" />
      <source>%1: battery back above %2 % (%3 %); its session %4 is open</source>
      <translation>%1: la bateria torna a superar el %2 % (%3 %); la seva sessió %4 és oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="66" />
      <source>%1: battery low (%2 %); its session %3 is open</source>
      <translation>%1: bateria baixa (%2 %); la seva sessió %3 és oberta</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="105" />
      <location filename="app/ui/words/alerts.py" line="120" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alerta</numerusform>
        <numerusform>%n alertes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="109" />
      <source>%n alert(s) not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).</source>
      <translation>
        <numerusform>%n alerta sense veure. Alertes → Mostra les alertes (Ctrl+Maj+A).</numerusform>
        <numerusform>%n alertes sense veure. Alertes → Mostra les alertes (Ctrl+Maj+A).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="122" />
      <source>%n not acknowledged</source>
      <translation>
        <numerusform>%n sense veure</numerusform>
        <numerusform>%n sense veure</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="40" />
      <source>A battery runs low, or recovers</source>
      <translation>Una bateria es queda baixa, o es recupera</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="38" />
      <source>A device goes offline, or comes back</source>
      <translation>Un dispositiu es queda sense connexió, o torna</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="42" />
      <source>A live session falls silent while others time</source>
      <translation>Una sessió en directe es queda en silenci mentre d'altres cronometren</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="46" />
      <source>A session is closed elsewhere</source>
      <translation>Una sessió es tanca en un altre lloc</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="44" />
      <source>A session opens on a device that had none</source>
      <translation>S'obre una sessió en un dispositiu que no en tenia cap</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="136" />
      <source>Acknowledged</source>
      <translation>Vista</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="148" />
      <source>Alerts come from each refresh: with automatic refresh off, nobody is told when a device goes offline or a mat falls silent. Turn it on in Sessions → Refresh automatically.</source>
      <translation>Les alertes surten de cada actualització: amb l'actualització automàtica desactivada, ningú no s'assabenta que un dispositiu s'ha quedat sense connexió o que una catifa s'ha quedat en silenci. Activeu-la a Sessions → Actualitza automàticament.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="144" />
      <source>Alerts paused: automatic refresh is off</source>
      <translation>Alertes en pausa: l'actualització automàtica està desactivada</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="21" />
      <source>Back online</source>
      <translation>Altra vegada en línia</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="23" />
      <source>Battery low</source>
      <translation>Bateria baixa</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="25" />
      <source>Battery recovered</source>
      <translation>Bateria recuperada</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="31" />
      <source>Closed elsewhere</source>
      <translation>Tancada en un altre lloc</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="29" />
      <source>New session</source>
      <translation>Sessió nova</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="127" />
      <source>No alert yet. Each refresh is compared with the one before: a device going offline, a battery running low, a live mat falling silent, a session opened or closed elsewhere is listed here.</source>
      <translation>Encara no hi ha cap alerta. Cada actualització es compara amb l'anterior: aquí apareix un dispositiu que es queda sense connexió, una bateria que es queda baixa, una catifa en directe que es queda en silenci, una sessió oberta o tancada en un altre lloc.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="140" />
      <source>Not acknowledged</source>
      <translation>Sense veure</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="19" />
      <source>Offline</source>
      <translation>Sense connexió</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="163" />
      <source>Rufus Console: %1</source>
      <translation>Rufus Console: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="27" />
      <source>Silent</source>
      <translation>En silenci</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="157" />
      <source>That session is not in the table: it was closed, or the filter hides it.</source>
      <translation>Aquesta sessió no és a la taula: s'ha tancat, o el filtre l'amaga.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="167" />
      <source>and %n more alert(s): see Alerts in Rufus Console</source>
      <translation>
        <numerusform>i %n alerta més: vegeu Alertes a Rufus Console</numerusform>
        <numerusform>i %n alertes més: vegeu Alertes a Rufus Console</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="53" />
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
  </context>
  <context>
    <name>AlertsWindow</name>
    <message>
      <location filename="app/ui/alerts_window.py" line="69" />
      <source>&amp;Acknowledge</source>
      <translation>Marca com a &amp;vista</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="74" />
      <source>&amp;Show in the table</source>
      <translation>&amp;Mostra a la taula</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="72" />
      <source>Acknowledge a&amp;ll</source>
      <translation>Marca-les &amp;totes com a vistes</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>Alert</source>
      <translation>Alerta</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="43" />
      <source>Alerts — Rufus Console</source>
      <translation>Alertes — Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="60" />
      <source>Alerts, newest first</source>
      <translation>Alertes, la més recent primer</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="70" />
      <source>Unmark the selected alerts (Space)</source>
      <translation>Treu la marca de les alertes seleccionades (Espai)</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>What happened</source>
      <translation>Què ha passat</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>When</source>
      <translation>Quan</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="62" />
      <source>⚠ marks an alert not acknowledged yet; ✓ one acknowledged.</source>
      <translation>⚠ marca una alerta encara sense veure; ✓ una de vista.</translation>
    </message>
  </context>
  <context>
    <name>CloseFlow</name>
    <message>
      <location filename="app/ui/close_flow.py" line="129" />
      <source>%1 cannot be closed now: %2</source>
      <translation>Ara no es pot tancar %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="244" />
      <source>%1 is being closed by another Rufus Console on this computer (a window or the command line): this one leaves it alone. Refresh (F5) once it is done.</source>
      <translation>Un altre Rufus Console d'aquest ordinador (una finestra o la línia d'ordres) està tancant %1: aquesta no el toca. Actualitza (F5) quan hagi acabat.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="218" />
      <source>%1 of %2: %3</source>
      <translation>%1 de %2: %3</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="170" />
      <source>%1 was already closed (elsewhere, or by its device). Nothing to do.</source>
      <translation>%1 ja estava tancada (en un altre lloc o pel seu dispositiu). No cal fer res.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="266" />
      <source>%1 — see Sessions → Close history (Ctrl+H)</source>
      <translation>%1 — vegeu Sessions → Historial de tancaments (Ctrl+H)</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="253" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="259" />
      <source>%n already closed</source>
      <translation>
        <numerusform>%n ja tancada</numerusform>
        <numerusform>%n ja tancades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="257" />
      <source>%n closed</source>
      <translation>
        <numerusform>%n tancada</numerusform>
        <numerusform>%n tancades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="261" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n fallida</numerusform>
        <numerusform>%n fallides</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="263" />
      <source>%n not confirmed (refresh to check)</source>
      <translation>
        <numerusform>%n sense confirmar (actualitzeu per comprovar-ho)</numerusform>
        <numerusform>%n sense confirmar (actualitzeu per comprovar-ho)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="250" />
      <source>%n session(s) not closed: their passings could not all be saved.</source>
      <translation>
        <numerusform>%n sessió no tancada: no s'han pogut desar tots els seus passos.</numerusform>
        <numerusform>%n sessions no tancades: no s'han pogut desar tots els seus passos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="265" />
      <source>%n stopped before their turn</source>
      <translation>
        <numerusform>%n aturada abans del seu torn</numerusform>
        <numerusform>%n aturades abans del seu torn</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="276" />
      <source>&amp;Keep them open</source>
      <translation>&amp;Mantén-les obertes</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="187" />
      <source>Cancelled: %1 was not closed.</source>
      <translation>Cancel·lat: no s'ha tancat %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="191" />
      <source>Cancelled: none of the %n sessions was closed.</source>
      <translation>
        <numerusform>Cancel·lat: no s'ha tancat %n sessió.</numerusform>
        <numerusform>Cancel·lat: no s'ha tancat cap de les %n sessions.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="158" />
      <source>Checking %1 before closing it…</source>
      <translation>S'està comprovant %1 abans de tancar-la…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="273" />
      <source>Close &amp;without saving</source>
      <translation>Tanca &amp;sense desar</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="265" />
      <source>Close them anyway? Their passings stay readable in RUFUS after the close.</source>
      <translation>Voleu tancar-les igualment? Els seus passos es podran continuar consultant a RUFUS després del tancament.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="190" />
      <source>Closed %1. It leaves the list at the next refresh.</source>
      <translation>S'ha tancat %1. Sortirà de la llista en la pròxima actualització.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="181" />
      <source>Closed %1: RUFUS confirmed it %2 after the close went unanswered.</source>
      <translation>S'ha tancat %1: RUFUS ho ha confirmat %2 després que la petició de tancament es quedés sense resposta.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="229" />
      <source>Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT in the file (they stay readable in RUFUS).</source>
      <translation>
        <numerusform>%1 tancada; %2 té %3 dels seus passos: %Ln pas que va arribar mentre es tancava NO és al fitxer (encara es pot llegir a RUFUS).</numerusform>
        <numerusform>%1 tancada; %2 té %3 dels seus passos: %Ln passos que van arribar mentre es tancava NO són al fitxer (encara es poden llegir a RUFUS).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="218" />
      <source>Closed %1; %Ln passing(s) saved in %2. RUFUS's count after the close could not be read: compare the file with RUFUS before relying on it.</source>
      <translation>
        <numerusform>%1 tancada; %Ln pas desat a %2. No s'ha pogut llegir el recompte de RUFUS després del tancament: compara el fitxer amb RUFUS abans de fiar-te'n.</numerusform>
        <numerusform>%1 tancada; %Ln passos desats a %2. No s'ha pogut llegir el recompte de RUFUS després del tancament: compara el fitxer amb RUFUS abans de fiar-te'n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="212" />
      <source>Closed %1; its %Ln passing(s) are in %2.</source>
      <translation>
        <numerusform>S'ha tancat %1; %Ln pas desat a %2.</numerusform>
        <numerusform>S'ha tancat %1; %Ln passos desats a %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="163" />
      <source>Closing %1…</source>
      <translation>Tancant %1…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="200" />
      <source>Could not close %1: %2</source>
      <translation>No s'ha pogut tancar %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="123" />
      <source>None of the selected sessions can be closed now.</source>
      <translation>Ara no es pot tancar cap de les sessions seleccionades.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="164" />
      <source>Nothing new to close: those are being closed.</source>
      <translation>Res de nou per tancar: aquestes sessions ja s'estan tancant.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="166" />
      <source>Nothing was closed: the key in use cannot close.</source>
      <translation>No s'ha tancat res: la clau en ús no pot tancar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="160" />
      <source>Outcome unknown: reading %1 back from RUFUS…</source>
      <translation>Resultat desconegut: s'està tornant a llegir %1 a RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="248" />
      <source>Passings not saved</source>
      <translation>Passos no desats</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="174" />
      <source>RUFUS accepted the close of %1; the check afterwards could not be made. Refresh (F5) to confirm.</source>
      <translation>RUFUS ha acceptat el tancament de %1, però no s'ha pogut fer la comprovació posterior. Actualitzeu (F5) per confirmar-ho.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="194" />
      <source>RUFUS has not confirmed the close of %1. Refresh before closing again.</source>
      <translation>RUFUS no ha confirmat el tancament de %1. Actualitzeu abans de tornar a tancar-la.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="281" />
      <source>RUFUS now reports it closed</source>
      <translation>RUFUS indica ara que està tancada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="283" />
      <source>RUFUS reports it still open: it was not closed</source>
      <translation>RUFUS indica que continua oberta: no es va arribar a tancar</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="76" />
      <source>S&amp;top after this one</source>
      <translation>A&amp;tura després d'aquesta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="150" />
      <source>Saving the passings of %1: %2 of %3…</source>
      <translation>Desant els passos de %1: %2 de %3…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="156" />
      <source>Saving the passings of %1…</source>
      <translation>S'estan desant els passos de %1…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="197" />
      <source>Stopping after the session being closed now…</source>
      <translation>S'aturarà després de la sessió que s'està tancant…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="78" />
      <source>The session being closed finishes; the sessions after it are not sent.</source>
      <translation>La sessió que s'està tancant acaba de tancar-se; el tancament de les següents no s'envia.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="274" />
      <source>When the console last stopped, the close of %1 had no known outcome: %2.</source>
      <translation>L'última vegada que es va aturar la consola, el tancament de %1 no tenia cap resultat conegut: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="260" />
      <source>and %1 more</source>
      <translation>i %1 més</translation>
    </message>
  </context>
  <context>
    <name>ColumnFit</name>
    <message>
      <location filename="app/ui/column_fit.py" line="66" />
      <source>Columns</source>
      <translation>Columnes</translation>
    </message>
  </context>
  <context>
    <name>ConfirmClose</name>
    <message>
      <location filename="app/ui/confirm_targets.py" line="47" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="108" />
      <source>%1 · %2 passings · %3 live</source>
      <translation>%1 · %2 passos · %3 en directe</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="57" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="321" />
      <source>%n of these sessions are LIVE: their devices are still timing, and closing now stops them mid-race.</source>
      <translation>
        <numerusform>%n d'aquestes sessions està EN DIRECTE: el seu dispositiu continua cronometrant i, si la tanqueu ara, l'atureu en plena cursa.</numerusform>
        <numerusform>%n d'aquestes sessions estan EN DIRECTE: els seus dispositius continuen cronometrant i, si les tanqueu ara, els atureu en plena cursa.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="337" />
      <source>%n of these sessions are on devices offline or not heard from: they may still hold passings they have not sent, and closing now loses those for good.</source>
      <translation>
        <numerusform>%n d'aquestes sessions és en un dispositiu sense connexió o del qual no se sap res: potser encara guarda passos que no ha enviat, i tancar-la ara els perd per sempre.</numerusform>
        <numerusform>%n d'aquestes sessions són en dispositius sense connexió o dels quals no se sap res: potser encara guarden passos que no han enviat, i tancar-les ara els perd per sempre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="109" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n sessió</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="120" />
      <source>&amp;Save the %Ln passing(s) to a file first</source>
      <translation>
        <numerusform>&amp;Desa primer %Ln pas en un fitxer</numerusform>
        <numerusform>&amp;Desa primer els %Ln passos en un fitxer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="202" />
      <source>&amp;Type %1 to confirm that you mean all of them:</source>
      <translation>&amp;Escriviu %1 per confirmar que les voleu tancar totes:</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="252" />
      <source>C&amp;lose %n session(s)</source>
      <translation>
        <numerusform>Tanca &amp;la %n sessió</numerusform>
        <numerusform>Tanca &amp;les %n sessions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="250" />
      <source>C&amp;lose session</source>
      <translation>Tanca &amp;la sessió</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="96" />
      <source>Close %n session(s)?</source>
      <translation>
        <numerusform>Voleu tancar %n sessió?</numerusform>
        <numerusform>Voleu tancar %n sessions?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="94" />
      <source>Close session?</source>
      <translation>Voleu tancar la sessió?</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="297" />
      <source>Close the session “%1” on %2 (%3)?</source>
      <translation>Voleu tancar la sessió «%1» a %2 (%3)?</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="293" />
      <source>Close these %n session(s)?</source>
      <translation>
        <numerusform>Voleu tancar %n sessió?</numerusform>
        <numerusform>Voleu tancar aquestes %n sessions?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="291" />
      <source>Closing cannot be undone: the device will not be able to send more passings into this session.</source>
      <translation>El tancament no es pot desfer: el dispositiu no podrà enviar més passos a aquesta sessió.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="296" />
      <source>Closing cannot be undone: the devices will not be able to send more passings into these sessions.</source>
      <translation>El tancament no es pot desfer: els dispositius no podran enviar més passos a aquestes sessions.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="176" />
      <source>Device</source>
      <translation>Dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="93" />
      <source>Device not heard from since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>No se sap res del dispositiu des de les %1: potser encara guarda passos que no ha enviat. Tancar la sessió ara els perd per sempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="88" />
      <source>Device offline since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Dispositiu sense connexió des de les %1: potser encara guarda passos que no ha enviat. Tancar la sessió ara els perd per sempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="83" />
      <source>Device offline — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Dispositiu sense connexió: potser encara guarda passos que no ha enviat. Tancar la sessió ara els perd per sempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="182" />
      <source>Device status</source>
      <translation>Estat del dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="64" />
      <source>Device status:</source>
      <translation>Estat del dispositiu:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="55" />
      <source>Device:</source>
      <translation>Dispositiu:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="177" />
      <source>Kind</source>
      <translation>Tipus</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="312" />
      <source>LIVE: a passing arrived %1 ago. The device is still timing: closing now stops it mid-race.</source>
      <translation>EN DIRECTE: ha arribat un pas fa %1. El dispositiu continua cronometrant: si la tanqueu ara, l'atureu en plena cursa.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="181" />
      <source>Last passing</source>
      <translation>Últim pas</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="71" />
      <source>Last passing:</source>
      <translation>Últim pas:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="183" />
      <source>Last seen</source>
      <translation>Última connexió</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="66" />
      <source>Last seen:</source>
      <translation>Última connexió:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="200" />
      <source>Number of sessions</source>
      <translation>Nombre de sessions</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="126" />
      <source>One CSV file per session, in %1. If a session's passings cannot all be saved, it is not closed.</source>
      <translation>Un fitxer CSV per sessió, a %1. Si no es poden desar tots els passos d'una sessió, aquesta sessió no es tanca.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="179" />
      <source>Opened</source>
      <translation>Obertura</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="69" />
      <source>Opened:</source>
      <translation>Obertura:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="180" />
      <source>Passings</source>
      <translation>Passos</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="70" />
      <source>Passings:</source>
      <translation>Passos:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="178" />
      <source>Serial</source>
      <translation>Núm. de sèrie</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="63" />
      <source>Serial:</source>
      <translation>Núm. de sèrie:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="174" />
      <source>Session</source>
      <translation>Sessió</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="53" />
      <source>Session:</source>
      <translation>Sessió:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="264" />
      <source>Sessions to close</source>
      <translation>Sessions que es tancaran</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="175" />
      <source>To weigh</source>
      <translation>A tenir en compte</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="72" />
      <source>Token:</source>
      <translation>Token:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="44" />
      <location filename="app/ui/confirm_targets.py" line="150" />
      <source>no passing yet</source>
      <translation>encara sense passos</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="152" />
      <source>quiet for %1</source>
      <translation>sense passos des de fa %1</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="157" />
      <source>◷ STALE: opened %1, %2</source>
      <translation>◷ OBLIDADA: oberta %1, %2</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="167" />
      <source>⚠ device not heard from</source>
      <translation>⚠ sense notícies del dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="165" />
      <source>⚠ device offline</source>
      <translation>⚠ dispositiu sense connexió</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="162" />
      <source>⚠ listed under several devices</source>
      <translation>⚠ llistada a diversos dispositius</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="app/ui/crash_report.py" line="61" />
      <source>&amp;Keep working</source>
      <translation>&amp;Continua treballant</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="64" />
      <source>&amp;Quit</source>
      <translation>&amp;Surt</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="41" />
      <source>It could not be written to a log file: the log folder cannot be written.</source>
      <translation>No s'ha pogut escriure en un fitxer de registre: no es pot escriure a la carpeta de registres.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="34" />
      <source>Rufus Console ran into an unexpected problem and could not finish what it was doing.</source>
      <translation>Rufus Console ha tingut un problema inesperat i no ha pogut acabar el que estava fent.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="32" />
      <source>Rufus Console: unexpected problem</source>
      <translation>Rufus Console: problema inesperat</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="52" />
      <source>Sessions on RUFUS are not changed by this. Press F5 to see their real state. If it happens again, send the log file to whoever supports Rufus Console.</source>
      <translation>Això no canvia les sessions a RUFUS. Premeu F5 per veure'n l'estat real. Si torna a passar, envieu el fitxer de registre a qui doni suport a Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="46" />
      <source>What happened is written to the log file:
%1</source>
      <translation>El que ha passat s'ha escrit al fitxer de registre:
%1</translation>
    </message>
  </context>
  <context>
    <name>CsvStyle</name>
    <message>
      <location filename="app/ui/csv_style.py" line="46" />
      <source>As this computer's spreadsheets expect (%1)</source>
      <translation>Com ho esperen els fulls de càlcul d'aquest ordinador (%1)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="72" />
      <source>Asked (UTC)</source>
      <translation>Demanat (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="55" />
      <source>Bib</source>
      <translation>Dorsal</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="56" />
      <source>Chip</source>
      <translation>Xip</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="41" />
      <source>Comma (,)</source>
      <translation>Coma (,)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="77" />
      <source>Computer</source>
      <translation>Ordinador</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="78" />
      <source>Console version</source>
      <translation>Versió de la consola</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="80" />
      <source>Device</source>
      <translation>Dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="63" />
      <location filename="app/ui/csv_style.py" line="79" />
      <source>Device id</source>
      <translation>Id. del dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="73" />
      <source>Ended (UTC)</source>
      <translation>Acabat (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="58" />
      <source>Gender</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="91" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="75" />
      <source>Key</source>
      <translation>Clau</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="81" />
      <source>Kind</source>
      <translation>Tipus</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="89" />
      <source>Last passing after (UTC)</source>
      <translation>Últim pas després (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="87" />
      <source>Last passing before (UTC)</source>
      <translation>Últim pas abans (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="61" />
      <source>Latitude</source>
      <translation>Latitud</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="62" />
      <source>Longitude</source>
      <translation>Longitud</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="71" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="85" />
      <source>Opened (UTC)</source>
      <translation>Oberta (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="65" />
      <source>Other fields</source>
      <translation>Altres camps</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="90" />
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="57" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="53" />
      <source>Passing number</source>
      <translation>Número de pas</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="88" />
      <source>Passings after</source>
      <translation>Passos després</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="86" />
      <source>Passings before</source>
      <translation>Passos abans</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="93" />
      <source>Passings file</source>
      <translation>Fitxer de passos</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="92" />
      <source>Reason, as recorded</source>
      <translation>Motiu, tal com es va registrar</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="43" />
      <source>Semicolon (;)</source>
      <translation>Punt i coma (;)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="82" />
      <source>Serial</source>
      <translation>Núm. de sèrie</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="74" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="83" />
      <source>Session</source>
      <translation>Sessió</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="64" />
      <location filename="app/ui/csv_style.py" line="84" />
      <source>Session token</source>
      <translation>Token de la sessió</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="59" />
      <source>Status</source>
      <translation>Estat</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="45" />
      <source>Tab</source>
      <translation>Tabulador</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="54" />
      <source>Time (UTC)</source>
      <translation>Hora (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="60" />
      <source>Time zone</source>
      <translation>Zona horària</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="76" />
      <source>User</source>
      <translation>Usuari</translation>
    </message>
  </context>
  <context>
    <name>ExportFlow</name>
    <message>
      <location filename="app/ui/export_flow.py" line="74" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/export_flow.py" line="79" />
      <source>%Ln passing(s) of %1 saved in %2</source>
      <translation>
        <numerusform>%Ln pas de %1 desat a %2</numerusform>
        <numerusform>%Ln passos de %1 desats a %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="56" />
      <source>CSV files (*.csv)</source>
      <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="103" />
      <source>Enter an API key first.</source>
      <translation>Primer introduïu una clau d'API.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="54" />
      <source>Export passings</source>
      <translation>Exporta els passos</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="107" />
      <source>Passings folder</source>
      <translation>Carpeta de passos</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="111" />
      <source>Passings will be saved in %1</source>
      <translation>Els passos es desaran a %1</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="71" />
      <source>Saving the passings of %1: %2</source>
      <translation>Desant els passos de %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="94" />
      <source>Saving the passings of %1…</source>
      <translation>Desant els passos de %1…</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="48" />
      <source>Select a session first.</source>
      <translation>Primer seleccioneu una sessió.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="88" />
      <source>The passings of %1 were not saved: %2</source>
      <translation>No s'han desat els passos de %1: %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
    <message>
      <location filename="app/ui/history_window.py" line="263" />
      <source>%1 (interrupted; read back later)</source>
      <translation>%1 (interromput; llegit després)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="223" />
      <source>%Ln attempt(s) written to %1</source>
      <translation>
        <numerusform>%Ln intent escrit a %1</numerusform>
        <numerusform>%Ln intents escrits a %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="134" />
      <source>%n close attempt(s).</source>
      <translation>
        <numerusform>%n intent de tancament.</numerusform>
        <numerusform>%n intents de tancament.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export %n shown…</source>
      <translation>
        <numerusform>&amp;Exporta'n el mostrat (%n)…</numerusform>
        <numerusform>&amp;Exporta'n els %n mostrats…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="92" />
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export CSV…</source>
      <translation>&amp;Exporta a CSV…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="71" />
      <source>&amp;Filter:</source>
      <translation>&amp;Filtre:</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="152" />
      <source>&amp;Open passings folder</source>
      <translation>&amp;Obre la carpeta de passos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="192" />
      <source>CSV files (*.csv)</source>
      <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="87" />
      <source>Close attempts, newest first</source>
      <translation>Intents de tancament, del més recent al més antic</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="64" />
      <source>Close history</source>
      <translation>Historial de tancaments</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="248" />
      <source>Computer</source>
      <translation>Ordinador</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="242" />
      <source>Device</source>
      <translation>Dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="190" />
      <source>Export the close history</source>
      <translation>Exporta l'historial de tancaments</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="68" />
      <source>Filter by session, device, serial, token…</source>
      <translation>Filtra per sessió, dispositiu, núm. de sèrie, token…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="70" />
      <source>Filter the close history</source>
      <translation>Filtra l'historial de tancaments</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="249" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="247" />
      <source>Key</source>
      <translation>Clau</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="136" />
      <source>No close attempt yet: every close is recorded here.</source>
      <translation>Encara no hi ha cap intent de tancament: aquí es registren tots els tancaments.</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="239" />
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="244" />
      <source>Passings</source>
      <translation>Passos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="245" />
      <source>Passings file</source>
      <translation>Fitxer de passos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="90" />
      <source>Reading the close history…</source>
      <translation>Llegint l'historial de tancaments…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="240" />
      <source>Reason, as recorded</source>
      <translation>Motiu, tal com es va registrar</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="243" />
      <source>Serial</source>
      <translation>Núm. de sèrie</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="241" />
      <source>Session</source>
      <translation>Sessió</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="229" />
      <source>The CSV file could not be written: %1</source>
      <translation>No s'ha pogut escriure el fitxer CSV: %1</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="154" />
      <source>The folder of the selected attempt's passings file, in the file manager</source>
      <translation>La carpeta del fitxer de passos de l'intent seleccionat, al gestor de fitxers</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="246" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="238" />
      <source>When</source>
      <translation>Quan</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="260" />
      <source>interrupted</source>
      <translation>interrompuda</translation>
    </message>
  </context>
  <context>
    <name>KeyDialog</name>
    <message>
      <location filename="app/ui/key_dialog.py" line="62" />
      <source>&amp;Key:</source>
      <translation>&amp;Clau:</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="64" />
      <source>&amp;Paste</source>
      <translation>&amp;Enganxa</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="66" />
      <source>&amp;Show key</source>
      <translation>&amp;Mostra la clau</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="59" />
      <location filename="app/ui/key_dialog.py" line="60" />
      <source>API key</source>
      <translation>Clau d'API</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="82" />
      <location filename="app/ui/key_dialog.py" line="102" />
      <source>Check and sa&amp;ve</source>
      <translation>Comprova i &amp;desa</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="115" />
      <source>Checking the key with RUFUS…</source>
      <translation>Comprovant la clau amb RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="188" />
      <source>Demo: the key is kept in memory; nothing is stored.</source>
      <translation>Demo: la clau es conserva a la memòria; no es desa res.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="44" />
      <source>RUFUS API key</source>
      <translation>Clau d'API de RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="149" />
      <source>RUFUS does not recognise this key: it may have been deleted, mistyped or made for another account. Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>RUFUS no reconeix aquesta clau: potser s'ha esborrat, està mal escrita o és d'un altre compte. Copia-la de nou de RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="154" />
      <source>RUFUS refused to list with this key: it is WRITE-only. The console needs a READ_WRITE key: create one in RUFUS Cloud → API Keys and paste it here.</source>
      <translation>RUFUS no ha volgut llistar amb aquesta clau: és només d'escriptura (WRITE). La consola necessita una clau READ_WRITE: crea'n una a RUFUS Cloud → API Keys i enganxa-la aquí.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="182" />
      <source>RUFUS_API_KEY is set: the key entered here is used for this run and stored in the keyring, but the variable wins at the next start.</source>
      <translation>RUFUS_API_KEY està definida: la clau introduïda aquí s'usa en aquesta execució i es desa al clauer del sistema, però en el pròxim inici preval la variable.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="49" />
      <source>Rufus Console needs a RUFUS API key with &lt;b&gt;READ_WRITE&lt;/b&gt; access: READ to list the sessions, WRITE to close them.&lt;br&gt;Create one in RUFUS Cloud → your account name (top right) → API Keys, then paste it here.</source>
      <translation>Rufus Console necessita una clau d'API de RUFUS amb accés &lt;b&gt;READ_WRITE&lt;/b&gt;: READ per llistar les sessions i WRITE per tancar-les.&lt;br&gt;Creeu-ne una a RUFUS Cloud → el nom del vostre compte (a dalt a la dreta) → API Keys i enganxeu-la aquí.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="125" />
      <source>Sa&amp;ve READ-only key</source>
      <translation>&amp;Desa la clau només READ</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="120" />
      <source>Storing the key…</source>
      <translation>Desant la clau…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="159" />
      <source>The key was not saved. %1</source>
      <translation>No s'ha desat la clau. %1</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="180" />
      <source>The key will be kept for this run only.</source>
      <translation>La clau es conservarà només durant aquesta execució.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="144" />
      <source>This does not look like a RUFUS API key (it is empty or has spaces or unusual characters). Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>Això no sembla una clau d'API de RUFUS (és buida o té espais o caràcters inusuals). Torneu-la a copiar de RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="128" />
      <source>This key is READ-only: it can list sessions but not close them. Enter a READ_WRITE key, or press “Save READ-only key” to use it for listing only.</source>
      <translation>Aquesta clau és només READ: pot llistar sessions, però no tancar-les. Introduïu una clau READ_WRITE o premeu «Desa la clau només READ» per fer-la servir només per llistar.</translation>
    </message>
  </context>
  <context>
    <name>KeyFlow</name>
    <message>
      <location filename="app/ui/key_flow.py" line="67" />
      <source>Forget the API key?</source>
      <translation>Voleu oblidar la clau d'API?</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="69" />
      <source>Remove the API key from this computer's keyring? You will need to enter it again to use the console.</source>
      <translation>Voleu treure la clau d'API del clauer del sistema d'aquest ordinador? L'haureu de tornar a introduir per fer servir la consola.</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="97" />
      <source>The key could not be removed from the system keyring, so it may still be stored: %1 Try again, or remove it with the desktop's own keyring tool.</source>
      <translation>No s'ha pogut treure la clau del clauer del sistema, així que potser encara hi és desada: %1 Torna-ho a provar, o treu-la amb l'eina de clauer de l'escriptori.</translation>
    </message>
  </context>
  <context>
    <name>ListingView</name>
    <message numerus="yes">
      <location filename="app/ui/listing_view.py" line="150" />
      <source>No open session on the account's %Ln device(s).</source>
      <translation>
        <numerusform>El compte té %Ln dispositiu i no hi ha cap sessió oberta.</numerusform>
        <numerusform>El compte té %Ln dispositius i no hi ha cap sessió oberta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="93" />
      <source>Refreshing… %1 of %2 devices</source>
      <translation>Actualitzant… %1 de %2 dispositius</translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="83" />
      <source>Refreshing… asking RUFUS for the account's devices</source>
      <translation>Actualitzant… demanant a RUFUS els dispositius del compte</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="313" />
      <source>%n session(s) selected.</source>
      <translation>
        <numerusform>%n sessió seleccionada.</numerusform>
        <numerusform>%n sessions seleccionades.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="264" />
      <source>%n stale session(s) selected: Delete closes them, after a confirmation.</source>
      <translation>
        <numerusform>%n sessió oblidada seleccionada: Supr la tanca, amb confirmació prèvia.</numerusform>
        <numerusform>%n sessions oblidades seleccionades: Supr les tanca, amb confirmació prèvia.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close %n selected…</source>
      <translation>
        <numerusform>&amp;Tanca %n seleccionada…</numerusform>
        <numerusform>&amp;Tanca %n seleccionades…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Tanca la selecció…</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="150" />
      <source>&amp;Columns</source>
      <translation>&amp;Columnes</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="338" />
      <source>About Rufus Console</source>
      <translation>Quant a Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="187" />
      <source>DEMO — simulated cloud. Nothing here touches a real race or account.</source>
      <translation>DEMO — núvol simulat. Res del que es faci aquí afecta cap cursa ni cap compte reals.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="332" />
      <source>From its next start, Rufus Console follows the system's language.</source>
      <translation>A partir del pròxim inici, Rufus Console farà servir la llengua del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="197" />
      <source>Key warning</source>
      <translation>Avís sobre la clau</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="267" />
      <source>No stale session to select in the list shown.</source>
      <translation>No hi ha cap sessió oblidada per seleccionar a la llista que es mostra.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="120" />
      <source>Rufus Console</source>
      <translation>Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="339" />
      <source>Rufus Console %1
Every open RUFUS timing session, closed safely.</source>
      <translation>Rufus Console %1
Totes les sessions de cronometratge obertes a RUFUS, tancades amb seguretat.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="117" />
      <source>Rufus Console — DEMO — simulated cloud</source>
      <translation>Rufus Console — DEMO — núvol simulat</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="119" />
      <source>Rufus Console — NOT PRODUCTION: %1</source>
      <translation>Rufus Console — NO ÉS PRODUCCIÓ: %1</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="252" />
      <location filename="app/ui/main_window.py" line="278" />
      <source>Select a session first.</source>
      <translation>Primer seleccioneu una sessió.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="282" />
      <source>Token of %1 copied to the clipboard.</source>
      <translation>S'ha copiat al porta-retalls el token de %1.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="328" />
      <source>“%1” will be the language the next time Rufus Console starts.</source>
      <translation>«%1» serà la llengua la pròxima vegada que s'iniciï Rufus Console.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="app/ui/qt_words.py" line="17" />
      <source>Drive</source>
      <translation>Unitat</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="18" />
      <source>File Folder</source>
      <translation>Carpeta de fitxers</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="16" />
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="app/ui/qt_words.py" line="14" />
      <source>&amp;Look in:</source>
      <translation>&amp;Cerca a:</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="15" />
      <source>Files of &amp;type:</source>
      <translation>Fitxers de &amp;tipus:</translation>
    </message>
  </context>
  <context>
    <name>QuitGuard</name>
    <message>
      <location filename="app/ui/quit_guard.py" line="56" />
      <source>&amp;Quit now</source>
      <translation>&amp;Surt ara</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="55" />
      <source>&amp;Wait, then quit</source>
      <translation>&amp;Espera i després surt</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="43" />
      <source>A close is in progress</source>
      <translation>Hi ha un tancament en curs</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="45" />
      <source>Being closed now: %1. Wait for RUFUS to answer before quitting?</source>
      <translation>S'està tancant: %1. Vols esperar que RUFUS respongui abans de sortir?</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="51" />
      <source>If you quit now, the session may or may not end up closed. The next start reads it back and says what became of it.</source>
      <translation>Si sortiu ara, pot ser que la sessió acabi tancada o no. En el pròxim inici es tornarà a llegir i s'indicarà què se n'ha fet.</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="69" />
      <source>Quitting once the close in progress has finished…</source>
      <translation>Es sortirà quan acabi el tancament en curs…</translation>
    </message>
  </context>
  <context>
    <name>SessionPanel</name>
    <message>
      <location filename="app/ui/words/passings.py" line="20" />
      <source>#</source>
      <translation>Núm.</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="151" />
      <source>%1/min</source>
      <translation>%1/min</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="168" />
      <source>%1: %Ln passing(s)</source>
      <translation>
        <numerusform>%1: %Ln pas</numerusform>
        <numerusform>%1: %Ln passos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="167" />
      <source>%1: not read</source>
      <translation>%1: sense llegir</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="137" />
      <source>%n passing(s) with a time that cannot be read: listed, not charted.</source>
      <translation>
        <numerusform>%n pas amb una hora il·legible: a la llista, no al gràfic.</numerusform>
        <numerusform>%n passos amb una hora il·legible: a la llista, no al gràfic.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="170" />
      <source>(so far)</source>
      <translation>(fins ara)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="156" />
      <source>-%1 min</source>
      <translation>-%1 min</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="66" />
      <source>Activity:</source>
      <translation>Activitat:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="69" />
      <source>Battery:</source>
      <translation>Bateria:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="21" />
      <source>Bib</source>
      <translation>Dorsal</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="22" />
      <source>Chip</source>
      <translation>Xip</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="68" />
      <source>Device status:</source>
      <translation>Estat del dispositiu:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="63" />
      <source>Device:</source>
      <translation>Dispositiu:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="64" />
      <source>Kind:</source>
      <translation>Tipus:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="106" />
      <source>Last passing: %1 (%2)</source>
      <translation>Últim pas: %1 (%2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="104" />
      <source>Last passing: none read</source>
      <translation>Últim pas: cap de llegit</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="102" />
      <source>Last passing: none yet</source>
      <translation>Últim pas: cap encara</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="70" />
      <source>Last seen:</source>
      <translation>Última connexió:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="89" />
      <source>Latest passings, newest first</source>
      <translation>Últims passos, el més recent primer</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="73" />
      <source>No API key: passings cannot be read.</source>
      <translation>Sense clau d'API: no es poden llegir els passos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="94" />
      <source>Not re-read since %1: %2</source>
      <translation>Sense rellegir des de les %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="146" />
      <source>Passings per minute, last %n minute(s)</source>
      <translation>
        <numerusform>Passos per minut, últim %n minut</numerusform>
        <numerusform>Passos per minut, últims %n minuts</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="67" />
      <source>Passings:</source>
      <translation>Passos:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="25" />
      <source>Position</source>
      <translation>Posició</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="81" />
      <source>Read %1 · every %2</source>
      <translation>Llegits %1 · cada %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="65" />
      <source>Reading the last hour's passings…</source>
      <translation>S'estan llegint els passos de l'última hora…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="61" />
      <source>Reading the latest passings…</source>
      <translation>S'estan llegint els últims passos…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="69" />
      <source>Select one session to see its latest passings.</source>
      <translation>Selecciona una sessió per veure'n els últims passos.</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="65" />
      <source>Serial:</source>
      <translation>Núm. de sèrie:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="42" />
      <source>Session</source>
      <translation>Sessió</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="24" />
      <source>Status</source>
      <translation>Estat</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="90" />
      <source>The passings could not be read: %1</source>
      <translation>No s'han pogut llegir els passos: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="115" />
      <source>This minute: %1</source>
      <translation>Aquest minut: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="23" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="124" />
      <source>hatched: not read</source>
      <translation>ratllat: sense llegir</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="130" />
      <source>longest gap %1, from %2</source>
      <translation>pausa més llarga %1, des de les %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="160" />
      <source>now</source>
      <translation>ara</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="118" />
      <source>peak %1</source>
      <translation>màxim %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="44" />
      <source>unknown</source>
      <translation>desconegut</translation>
    </message>
  </context>
  <context>
    <name>SessionTable</name>
    <message>
      <location filename="app/ui/session_table.py" line="82" />
      <source>Not listed yet.</source>
      <translation>Encara no s'han llistat les sessions.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="71" />
      <source>One row per open session of the account. Delete closes the selected sessions after a confirmation; Ctrl+C copies the token; F5 refreshes.</source>
      <translation>Una fila per cada sessió oberta del compte. Supr tanca les sessions seleccionades, amb confirmació prèvia; Ctrl+C copia el token; F5 actualitza.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="68" />
      <source>Open sessions</source>
      <translation>Sessions obertes</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="app/ui/words/rows.py" line="36" />
      <source>? Not re-read</source>
      <translation>? No rellegida</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="203" />
      <source>Activity</source>
      <translation>Activitat</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="46" />
      <source>Already closed ✓</source>
      <translation>Ja tancada ✓</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="248" />
      <source>Battery</source>
      <translation>Bateria</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="177" />
      <source>Close</source>
      <translation>Tanca</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="132" />
      <source>Close this session (Delete)</source>
      <translation>Tanca aquesta sessió (Supr)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="57" />
      <source>Closed ✓</source>
      <translation>Tancada ✓</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="54" />
      <source>Closed ✓ %1</source>
      <translation>Tancada ✓ %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="50" />
      <source>Closed ✓ (confirmed %1 later)</source>
      <translation>Tancada ✓ (confirmada %1 després)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="48" />
      <source>Closed ✓ (not re-checked)</source>
      <translation>Tancada ✓ (sense comprovació posterior)</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="271" />
      <source>Ctrl+C copies the full token</source>
      <translation>Ctrl+C copia el token sencer</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="189" />
      <source>Device</source>
      <translation>Dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="242" />
      <source>Device status</source>
      <translation>Estat del dispositiu</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="194" />
      <source>Kind</source>
      <translation>Tipus</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="47" />
      <source>Last close attempt, %1: %2</source>
      <translation>Últim intent de tancament, %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="230" />
      <source>Last passing</source>
      <translation>Últim pas</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="258" />
      <source>Last seen</source>
      <translation>Última connexió</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="236" />
      <source>No passings yet</source>
      <translation>Encara sense passos</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="212" />
      <source>Opened</source>
      <translation>Obertura</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="220" />
      <source>Passings</source>
      <translation>Passos</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="89" />
      <source>RUFUS accepted the close or left it unanswered, and still reported the session open at the last check.</source>
      <translation>RUFUS va acceptar el tancament o no va respondre, i a l'última comprovació encara indicava que la sessió era oberta.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="136" />
      <source>RUFUS has not confirmed the last close: refresh (F5) first.</source>
      <translation>RUFUS no ha confirmat l'últim tancament: primer actualitzeu (F5).</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="84" />
      <source>RUFUS refused to close it (HTTP %1): the session is still open.</source>
      <translation>RUFUS s'ha negat a tancar-la (HTTP %1): la sessió continua oberta.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="80" />
      <source>RUFUS reports it open: the close did not take effect.</source>
      <translation>RUFUS indica que està oberta: el tancament no ha tingut efecte.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="197" />
      <source>Serial</source>
      <translation>Núm. de sèrie</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="183" />
      <source>Session</source>
      <translation>Sessió</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="276" />
      <source>State</source>
      <translation>Estat</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="100" />
      <source>The close request got no clear answer. Reading the session back: check %1, the next in %2 s. The request is never sent twice.</source>
      <translation>La petició de tancament no ha rebut una resposta clara. Es torna a llegir la sessió: comprovació %1, la següent d'aquí a %2 s. La petició no s'envia mai dues vegades.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="134" />
      <source>This session is being closed.</source>
      <translation>Aquesta sessió s'està tancant.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="265" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="76" />
      <source>the bulk close was stopped before its turn; nothing was sent.</source>
      <translation>el tancament en bloc es va aturar abans d'arribar a aquesta sessió; no es va enviar res.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="31" />
      <source>◌ Checking before closing…</source>
      <translation>◌ Comprovant abans de tancar…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="35" />
      <source>◌ Closing…</source>
      <translation>◌ Tancant…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="41" />
      <source>◌ Outcome unknown — checking…</source>
      <translation>◌ Resultat desconegut — comprovant…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="33" />
      <source>◌ Saving passings…</source>
      <translation>◌ Desant passos…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="25" />
      <source>◌ Waiting to close…</source>
      <translation>◌ En espera de tancament…</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="22" />
      <source>● Open</source>
      <translation>● Oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="61" />
      <source>⚠ Not closed: %1</source>
      <translation>⚠ No tancada: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="65" />
      <source>⚠ RUFUS has not confirmed this close. Refresh before closing again.</source>
      <translation>⚠ RUFUS no ha confirmat aquest tancament. Actualitzeu abans de tornar a tancar-la.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="app/ui/status_bar.py" line="99" />
      <source>&amp;Open folder</source>
      <translation>&amp;Obre la carpeta</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="86" />
      <source>API key in use</source>
      <translation>Clau d'API en ús</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="110" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="220" />
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="78" />
      <source>Devices read</source>
      <translation>Dispositius llegits</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="83" />
      <source>Last refresh</source>
      <translation>Última actualització</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="231" />
      <source>Not the production RUFUS (%1): this window talks to %2.</source>
      <translation>No és el RUFUS de producció (%1): aquesta finestra es comunica amb %2.</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="96" />
      <source>RUFUS's clock</source>
      <translation>Rellotge de RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="227" />
      <source>Server: %1</source>
      <translation>Servidor: %1</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="89" />
      <source>Sessions shown</source>
      <translation>Sessions mostrades</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="201" />
      <source>Showing %1 of %2</source>
      <translation>Se'n mostren %1 de %2</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="73" />
      <source>Starting…</source>
      <translation>Iniciant…</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="74" />
      <source>Status</source>
      <translation>Estat</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="222" />
      <source>This window talks to a simulated RUFUS cloud.</source>
      <translation>Aquesta finestra es comunica amb un núvol RUFUS simulat.</translation>
    </message>
  </context>
  <context>
    <name>SupportFlow</name>
    <message numerus="yes">
      <location filename="app/ui/support_flow.py" line="131" />
      <source>%n line(s) from the end of the log copied to the clipboard.</source>
      <translation>
        <numerusform>%n línia del final del registre copiada al porta-retalls.</numerusform>
        <numerusform>%n línies del final del registre copiades al porta-retalls.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="47" />
      <source>Copy the &amp;log</source>
      <translation>Copia el &amp;registre</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="92" />
      <source>Diagnostics saved in %1 (no API key in it)</source>
      <translation>S'ha desat el diagnòstic a %1 (sense la clau d'API)</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="40" />
      <source>One zip for support: versions, screens, settings, the end of the log, the close history and the last requests. Never the API key; tokens shortened.</source>
      <translation>Un zip per al suport: versions, pantalles, configuració, el final del registre, l'historial de tancaments i les últimes peticions. Mai la clau d'API; els tokens, escurçats.</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="37" />
      <source>Save &amp;diagnostics…</source>
      <translation>Desa el &amp;diagnòstic…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="62" />
      <source>Save diagnostics</source>
      <translation>Desa el diagnòstic</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="85" />
      <source>Saving diagnostics…</source>
      <translation>S'està desant el diagnòstic…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="100" />
      <source>The diagnostics were not saved: %1</source>
      <translation>No s'ha desat el diagnòstic: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="49" />
      <source>The end of the log, on the clipboard, without the key</source>
      <translation>El final del registre, al porta-retalls, sense la clau</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="142" />
      <source>The log could not be read: %1</source>
      <translation>No s'ha pogut llegir el registre: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="64" />
      <source>Zip files (*.zip)</source>
      <translation>Fitxers zip (*.zip)</translation>
    </message>
  </context>
  <context>
    <name>WindowCommands</name>
    <message>
      <location filename="app/ui/window_commands.py" line="172" />
      <source>&amp;About Rufus Console</source>
      <translation>&amp;Quant a Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="131" />
      <source>&amp;Actual size</source>
      <translation>&amp;Mida real</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="35" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Tanca la selecció…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="160" />
      <source>&amp;Enter or change API key…</source>
      <translation>&amp;Introdueix o canvia la clau d'API…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="51" />
      <source>&amp;Export passings…</source>
      <translation>&amp;Exporta els passos…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="208" />
      <source>&amp;File</source>
      <translation>&amp;Fitxer</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="62" />
      <source>&amp;Filter…</source>
      <translation>&amp;Filtra…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="164" />
      <source>&amp;Forget API key</source>
      <translation>&amp;Oblida la clau d'API</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="234" />
      <source>&amp;Help</source>
      <translation>&amp;Ajuda</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="231" />
      <source>&amp;Key</source>
      <translation>&amp;Clau</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="149" />
      <source>&amp;Language</source>
      <translation>&amp;Llengua</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="75" />
      <source>&amp;Live only</source>
      <translation>Només en &amp;directe</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="70" />
      <source>&amp;Passings folder…</source>
      <translation>Carpeta de &amp;passos…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="169" />
      <source>&amp;Quit</source>
      <translation>&amp;Surt</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="29" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualitza</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="210" />
      <source>&amp;Sessions</source>
      <translation>&amp;Sessions</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="222" />
      <source>&amp;View</source>
      <translation>&amp;Visualitza</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="31" />
      <source>Ask RUFUS for every open session again (F5)</source>
      <translation>Torna a demanar a RUFUS totes les sessions obertes (F5)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="137" />
      <source>Black on white, bold states, taller rows: for full sun</source>
      <translation>Negre sobre blanc, estats en negreta, files més altes: per treballar a ple sol</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="103" />
      <source>CSV &amp;separator</source>
      <translation>&amp;Separador de CSV</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="65" />
      <source>Close &amp;history…</source>
      <translation>&amp;Historial de tancaments…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="37" />
      <source>Close the selected sessions, after a confirmation (Delete)</source>
      <translation>Tanca les sessions seleccionades, amb confirmació prèvia (Supr)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="59" />
      <source>Copy &amp;token</source>
      <translation>&amp;Copia el token</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="67" />
      <source>Every close attempt made from this computer</source>
      <translation>Tots els intents de tancament fets des d'aquest ordinador</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="255" />
      <source>Filter</source>
      <translation>Filtre</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="251" />
      <source>Filter sessions, devices, serials, tokens (Ctrl+F)</source>
      <translation>Filtra sessions, dispositius, núm. de sèrie, tokens (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="105" />
      <source>How the cells of the CSV files the window saves are separated, for the spreadsheet that opens them</source>
      <translation>Com se separen les cel·les dels fitxers CSV que desa la finestra, per al full de càlcul que els obri</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="238" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="135" />
      <source>Out&amp;door (high contrast)</source>
      <translation>Per a e&amp;xteriors (alt contrast)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="95" />
      <source>Refresh &amp;automatically</source>
      <translation>Actualitza auto&amp;màticament</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="82" />
      <source>S&amp;tale only</source>
      <translation>Només o&amp;blidades</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="53" />
      <source>Save the selected session's passings to a CSV file, without closing it</source>
      <translation>Desa els passos de la sessió seleccionada en un fitxer CSV, sense tancar-la</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="43" />
      <source>Select &amp;stale sessions</source>
      <translation>Selecciona les sessions &amp;oblidades</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="45" />
      <source>Select every stale session the list shows, to close them together</source>
      <translation>Selecciona totes les sessions oblidades que mostra la llista, per tancar-les alhora</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="141" />
      <source>Session &amp;panel</source>
      <translation>&amp;Tauler de la sessió</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="84" />
      <source>Show only sessions opened before today: most likely forgotten (Ctrl+T)</source>
      <translation>Mostra només les sessions obertes abans d'avui: molt probablement oblidades (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="77" />
      <source>Show only sessions with a passing in the last minutes (Ctrl+L)</source>
      <translation>Mostra només les sessions amb algun pas en els últims minuts (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="257" />
      <source>Shows only the sessions whose session, device, serial or token contain every word typed. Enter or Down goes to the first one; Esc shows every session.</source>
      <translation>Mostra només les sessions en què la sessió, el dispositiu, el núm. de sèrie o el token continguin totes les paraules escrites. Retorn o la fletxa avall porten a la primera; Esc torna a mostrar totes les sessions.</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="143" />
      <source>The selected session's latest passings, live, and their rate per minute (Ctrl+P)</source>
      <translation>Els últims passos de la sessió seleccionada, en directe, i el seu ritme per minut (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="153" />
      <source>The system's language</source>
      <translation>Llengua del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="72" />
      <source>Where passings are saved before a close</source>
      <translation>On es desen els passos abans d'un tancament</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="118" />
      <source>Zoom &amp;in</source>
      <translation>&amp;Amplia</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="127" />
      <source>Zoom &amp;out</source>
      <translation>&amp;Redueix</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message>
      <location filename="app/ui/words/names.py" line="77" />
      <location filename="app/ui/words/names.py" line="95" />
      <source> and </source>
      <translation> i </translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="111" />
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="24" />
      <source>%1 %2 (%3 UTC)</source>
      <translation>%1 %2 (%3 UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="38" />
      <source>%1 (device %2)</source>
      <translation>%1 (dispositiu %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="43" />
      <source>%1 (serial %2)</source>
      <translation>%1 (núm. de sèrie %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="86" />
      <source>%1 ago</source>
      <translation>fa %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="102" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="99" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="97" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="21" />
      <source>%Ln live</source>
      <translation>
        <numerusform>%Ln en directe</numerusform>
        <numerusform>%Ln en directe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="20" />
      <source>%Ln open</source>
      <translation>
        <numerusform>%Ln oberta</numerusform>
        <numerusform>%Ln obertes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="22" />
      <source>%Ln stale</source>
      <translation>
        <numerusform>%Ln oblidada</numerusform>
        <numerusform>%Ln oblidades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="108" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n dia</numerusform>
        <numerusform>%n dies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="111" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n any</numerusform>
        <numerusform>%n anys</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="29" />
      <source>(unnamed device %1)</source>
      <translation>(dispositiu sense nom %1)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="59" />
      <source>(unnamed session)</source>
      <translation>(sessió sense nom)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/rows.py" line="75" />
      <source>A passing arrived within the last %n minute(s): a device is timing into this session now.</source>
      <translation>
        <numerusform>Ha arribat un pas fa menys de %n minut: un dispositiu està cronometrant en aquesta sessió ara mateix.</numerusform>
        <numerusform>Ha arribat un pas fa menys de %n minuts: un dispositiu està cronometrant en aquesta sessió ara mateix.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="175" />
      <source>Another Rufus Console on this computer (a window or the command line) is closing this session right now; nothing was sent from here. Refresh (F5) once it is done.</source>
      <translation>Un altre Rufus Console d'aquest ordinador (una finestra o la línia d'ordres) està tancant aquesta sessió ara mateix; des d'aquí no s'ha enviat res. Actualitza (F5) quan hagi acabat.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="60" />
      <source>Closed elsewhere since the last refresh: %1</source>
      <translation>Tancades en un altre lloc des de l'última actualització: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="217" />
      <source>Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in with a browser first) and try again.</source>
      <translation>No s'ha pogut contactar amb RUFUS. Comproveu la connexió a internet (a la wifi del recinte, primer accediu-hi amb un navegador) i torneu-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="46" />
      <source>Every %1</source>
      <translation>Cada %1</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/rows.py" line="91" />
      <source>Has passings; none in the last %n minute(s).</source>
      <translation>
        <numerusform>Té passos; cap en l'últim %n minut.</numerusform>
        <numerusform>Té passos; cap en els últims %n minuts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="66" />
      <source>INCOMPLETE: could not read %1</source>
      <translation>INCOMPLET: no s'ha pogut llegir %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="15" />
      <source>Kept for this run only, never written to a file.</source>
      <translation>Només es conserva durant aquesta execució; no s'escriu mai en un fitxer.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>Key: RUFUS_API_KEY</source>
      <translation>Clau: RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>Key: RUFUS_API_KEY unusable</source>
      <translation>Clau: RUFUS_API_KEY no utilitzable</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>Key: demo</source>
      <translation>Clau: demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>Key: keyring locked</source>
      <translation>Clau: clauer bloquejat</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>Key: keyring not answering</source>
      <translation>Clau: el clauer no respon</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <location filename="app/ui/words/keys.py" line="77" />
      <source>Key: keyring unavailable</source>
      <translation>Clau: clauer no disponible</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>Key: no keyring</source>
      <translation>Clau: sense clauer</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>Key: none</source>
      <translation>Clau: cap</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>Key: system keyring</source>
      <translation>Clau: clauer del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="16" />
      <location filename="app/ui/words/keys.py" line="81" />
      <source>Key: this run only</source>
      <translation>Clau: només aquesta execució</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>No API key is stored yet: choose Key → Enter or change API key…</source>
      <translation>Encara no hi ha cap clau d'API desada: trieu Clau → Introdueix o canvia la clau d'API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="45" />
      <source>Off</source>
      <translation>Desactivada</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="96" />
      <source>Offline</source>
      <translation>Sense connexió</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="95" />
      <source>Online</source>
      <translation>En línia</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="83" />
      <source>Opened before today, and no passing for hours: most likely forgotten. Check with the race before closing it.</source>
      <translation>Oberta abans d'avui i sense passos des de fa hores: el més probable és que s'oblidés. Confirmeu-ho amb la cursa abans de tancar-la.</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="89" />
      <source>Opened today, no passing yet.</source>
      <translation>Oberta avui, encara sense passos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="159" />
      <source>RUFUS answered 404 for the device list: check the server address; it normally ends in /v0.</source>
      <translation>RUFUS ha respost 404 a la llista de dispositius: comproveu l'adreça del servidor; normalment acaba en /v0.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="211" />
      <source>RUFUS did not answer in time. Check the internet connection and try again.</source>
      <translation>RUFUS no ha respost a temps. Comproveu la connexió a internet i torneu-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="27" />
      <source>RUFUS did not finish answering %1 within %2 s: the answer came too slowly. Check the internet connection and try again.</source>
      <translation>RUFUS no va acabar de respondre a %1 en %2 s: la resposta arribava massa a poc a poc. Comprova la connexió a internet i torna-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="130" />
      <source>RUFUS does not recognise this API key: it may have been deleted or mistyped. Choose Key → Enter or change API key… and enter a READ_WRITE key.</source>
      <translation>RUFUS no reconeix aquesta clau d'API: potser s'ha suprimit o està mal escrita. Trieu Clau → Introdueix o canvia la clau d'API… i introduïu una clau READ_WRITE.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="203" />
      <source>RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it keeps happening, RUFUS may be down.</source>
      <translation>RUFUS ha tingut un problema en respondre (HTTP %1). Espereu un moment i torneu-ho a provar; si continua passant, pot ser que RUFUS no estigui disponible.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="147" />
      <source>RUFUS has no such session for this account any more. Refresh the list (F5).</source>
      <translation>RUFUS ja no té aquesta sessió en aquest compte. Actualitzeu la llista (F5).</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="153" />
      <source>RUFUS is limiting requests from this key. Wait a minute and try again.</source>
      <translation>RUFUS està limitant les peticions d'aquesta clau. Espereu un minut i torneu-ho a provar.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/names.py" line="89" />
      <source>RUFUS lists this session under %n devices: %1. Check which one is timing into it before closing it; the close ends it for all of them.</source>
      <translation>
        <numerusform>RUFUS llista aquesta sessió a %n dispositiu: %1. Comprova quin hi està cronometrant abans de tancar-la; el tancament l'acaba per a tots.</numerusform>
        <numerusform>RUFUS llista aquesta sessió a %n dispositius: %1. Comprova quin hi està cronometrant abans de tancar-la; el tancament l'acaba per a tots.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="47" />
      <source>RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.</source>
      <translation>RUFUS ha rebutjat la petició (HTTP %1). Actualitzeu la llista (F5) i torneu-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="139" />
      <source>RUFUS refused to list with this key: it is WRITE-only or has been deleted. The console needs a READ_WRITE key: choose Key → Enter or change API key…</source>
      <translation>RUFUS no permet llistar amb aquesta clau: és només WRITE o s'ha suprimit. La consola necessita una clau READ_WRITE: trieu Clau → Introdueix o canvia la clau d'API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="225" />
      <source>RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try again; if it keeps happening, sign in to the network with a browser, or update Rufus Console.</source>
      <translation>No s'ha pogut llegir la resposta de RUFUS (una pàgina d'accés a la wifi o un canvi a RUFUS). Torneu-ho a provar; si continua passant, accediu a la xarxa amb un navegador o actualitzeu Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="82" />
      <source>RUFUS's clock is %1 ahead of this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>El rellotge de RUFUS va %1 per davant del d'aquest ordinador. Les antiguitats i què és en directe o oblidat es jutgen amb el rellotge de RUFUS; revisa la data, l'hora i la zona horària d'aquest ordinador.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="75" />
      <source>RUFUS's clock is %1 behind this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>El rellotge de RUFUS va %1 per darrere del d'aquest ordinador. Les antiguitats i què és en directe o oblidat es jutgen amb el rellotge de RUFUS; revisa la data, l'hora i la zona horària d'aquest ordinador.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="81" />
      <source>RUFUS's clock: %1 ahead</source>
      <translation>Rellotge de RUFUS: %1 avançat</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="74" />
      <source>RUFUS's clock: %1 behind</source>
      <translation>Rellotge de RUFUS: %1 endarrerit</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="102" />
      <source>RUFUS_API_KEY</source>
      <translation>RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="107" />
      <source>Saving the passings was stopped; no file was kept.</source>
      <translation>S'ha aturat el desament dels passos; no s'ha conservat cap fitxer.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="195" />
      <source>Something other than RUFUS answered (HTTP %1): check the server address; a venue Wi-Fi login page can cause this too.</source>
      <translation>Ha respost alguna cosa que no és RUFUS (HTTP %1): comproveu l'adreça del servidor; també ho pot causar la pàgina d'accés de la wifi del recinte.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="57" />
      <location filename="app/ui/words/errors.py" line="234" />
      <source>Something unexpected went wrong. The details are in the log; try again.</source>
      <translation>Alguna cosa ha fallat de manera inesperada. Els detalls són al registre; torneu-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>The API key comes from the RUFUS_API_KEY environment variable, which overrides the keyring.</source>
      <translation>La clau d'API ve de la variable d'entorn RUFUS_API_KEY, que té prioritat sobre el clauer del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>The API key is stored in the system keyring.</source>
      <translation>La clau d'API està desada al clauer del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="167" />
      <source>The API key or the server address cannot be used as it is (the details are on hover). Choose Key → Enter or change API key…, or check the server address.</source>
      <translation>La clau d'API o l'adreça del servidor no es poden fer servir tal com són (els detalls apareixen en passar-hi el ratolí). Tria Clau → Introdueix o canvia la clau d'API…, o revisa l'adreça del servidor.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="36" />
      <source>The close history could not be written (%1), so the close was not sent: every close is recorded first. Check that the data folder can be written and the disk is not full, then try again.</source>
      <translation>No s'ha pogut escriure l'historial de tancaments (%1), així que el tancament no s'ha enviat: tot tancament es registra abans. Comprova que es pot escriure a la carpeta de dades i que el disc no és ple, i torna-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="183" />
      <source>The close history could not be written, so the close was not sent: every close is recorded first. Check that the disk is not full, then try again.</source>
      <translation>No s'ha pogut escriure a l'historial de tancaments, així que el tancament no s'ha enviat: cada tancament es registra abans d'enviar-se. Comproveu que el disc no sigui ple i torneu-ho a provar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="191" />
      <source>The console is quitting; the request was abandoned.</source>
      <translation>La consola s'està tancant; s'ha abandonat la petició.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>The key in the RUFUS_API_KEY environment variable cannot be used: it has spaces or characters RUFUS keys never have. Correct it, or remove the variable to use the keyring's key, and start Rufus Console again.</source>
      <translation>La clau de la variable d'entorn RUFUS_API_KEY no es pot fer servir: té espais o caràcters que les claus de RUFUS mai no tenen. Corregeix-la, o treu la variable per fer servir la clau del clauer, i torna a obrir Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="91" />
      <source>The list could not be refreshed: %1</source>
      <translation>No s'ha pogut actualitzar la llista: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="84" />
      <source>The passings could not be read from RUFUS (%1); the session was not closed. Try again, or close it without saving the passings.</source>
      <translation>No s'han pogut llegir els passos de RUFUS (%1); la sessió no s'ha tancat. Torneu-ho a provar o tanqueu-la sense desar els passos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="91" />
      <source>The passings could not be saved in %1: %2. Check that the folder exists and is writable, that the disk is not full, and that the file is not open in a spreadsheet.</source>
      <translation>No s'han pogut desar els passos a %1: %2. Comproveu que la carpeta existeix i s'hi pot escriure, que el disc no és ple i que el fitxer no és obert en un full de càlcul.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="110" />
      <source>The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but sent %2; what was read is in %3. If the session is still receiving passings, save it again; otherwise try again later.</source>
      <translation>El fitxer de passos és INCOMPLET: RUFUS compta %1 passos en aquesta sessió però n'ha enviat %2; el que s'ha llegit és a %3. Si la sessió encara rep passos, torneu-la a desar; si no, torneu-ho a provar més tard.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="102" />
      <source>The passings folder %1 could not be created: %2.</source>
      <translation>No s'ha pogut crear la carpeta de passos %1: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="52" />
      <source>The request to RUFUS could not be completed. Refresh the list (F5) and try again; the details are in the log.</source>
      <translation>La petició a RUFUS no s'ha pogut completar. Actualitza la llista (F5) i torna-ho a provar; els detalls són al registre.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>The simulated cloud's demo key (READ_WRITE).</source>
      <translation>La clau de demostració del núvol simulat (READ_WRITE).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="81" />
      <source>The system keyring accepted the key but did not keep it: it will be asked for again at the next start.</source>
      <translation>El clauer del sistema ha acceptat la clau, però no l'ha conservada: es tornarà a demanar en el pròxim inici.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="77" />
      <source>The system keyring could not be opened.</source>
      <translation>No s'ha pogut obrir el clauer del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>The system keyring did not answer within %1 s, so it is not used in this run.</source>
      <translation>El clauer del sistema no va respondre en %1 s, així que no es fa servir en aquesta execució.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <source>The system keyring failed in a way nobody foresaw, so it is not used in this run (the details are in the log).</source>
      <translation>El clauer del sistema ha fallat d'una manera imprevista, així que no es fa servir en aquesta execució (els detalls són al registre).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>The system keyring is locked: unlock it (log in to the desktop) and restart.</source>
      <translation>El clauer del sistema està bloquejat: desbloquegeu-lo (accediu a l'escriptori amb el vostre usuari) i reinicieu Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>This computer has no system keyring.</source>
      <translation>Aquest ordinador no té clauer del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="72" />
      <source>This key can list sessions but not close them: it is READ-only. To close sessions, create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, then choose Key → Enter or change API key…</source>
      <translation>Aquesta clau pot llistar sessions, però no tancar-les: és només READ. Per tancar sessions, creeu una clau READ_WRITE a RUFUS Cloud → el nom del vostre compte (a dalt a la dreta) → API Keys i després trieu Clau → Introdueix o canvia la clau d'API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="31" />
      <source>Updated %1 ago</source>
      <translation>Última actualització: fa %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="115" />
      <source>already closed</source>
      <translation>ja tancada</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="53" />
      <source>and %1 more</source>
      <translation>i %1 més</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="113" />
      <source>closed</source>
      <translation>tancada</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="103" />
      <source>demo</source>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="37" />
      <source>every %1 for this account's size, to spare RUFUS</source>
      <translation>cada %1 per la mida d'aquest compte, per no sobrecarregar RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="68" />
      <source>idle</source>
      <translation>inactiva</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="84" />
      <source>in %1</source>
      <translation>d'aquí a %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="80" />
      <source>never</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="33" />
      <source>next in %1</source>
      <translation>la següent d'aquí a %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="119" />
      <source>not sent</source>
      <translation>no enviada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="121" />
      <source>outcome unknown</source>
      <translation>resultat desconegut</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="117" />
      <source>refused</source>
      <translation>rebutjada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="123" />
      <source>still open</source>
      <translation>continua oberta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="125" />
      <source>stopped</source>
      <translation>aturada</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="101" />
      <source>system keyring</source>
      <translation>clauer del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="104" />
      <source>this run only</source>
      <translation>només aquesta execució</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="91" />
      <source>unknown</source>
      <translation>desconegut</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="55" />
      <source>unknown kind</source>
      <translation>tipus desconegut</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="66" />
      <source>“%1” on %2</source>
      <translation>«%1» a %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="66" />
      <source>○ unused</source>
      <translation>○ sense ús</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="62" />
      <source>● LIVE</source>
      <translation>● EN DIRECTE</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="64" />
      <source>◷ STALE</source>
      <translation>◷ OBLIDADA</translation>
    </message>
  </context>
</TS>
