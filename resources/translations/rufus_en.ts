<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AlertFlow</name>
    <message>
      <location filename="app/ui/alert_flow.py" line="35" />
      <source>&amp;Show alerts…</source>
      <translation>&amp;Show alerts…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="67" />
      <source>A live session is &amp;silent after</source>
      <translation>A live session is &amp;silent after</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="56" />
      <source>Ale&amp;rts</source>
      <translation>Ale&amp;rts</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="59" />
      <source>Alert &amp;kinds</source>
      <translation>Alert &amp;kinds</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="40" />
      <source>Every alert, newest first; those not acknowledged marked (Ctrl+Shift+A)</source>
      <translation>Every alert, newest first; those not acknowledged marked (Ctrl+Shift+A)</translation>
    </message>
  </context>
  <context>
    <name>AlertTray</name>
    <message>
      <location filename="app/ui/alert_tray.py" line="40" />
      <source>Alerts…</source>
      <translation>Alerts…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_tray.py" line="39" />
      <source>Open Rufus Console</source>
      <translation>Open Rufus Console</translation>
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
      <translation>%1 is back online; its session %2 is open</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="97" />
      <source>%1 on %2 was closed elsewhere (not by this console)</source>
      <translation>%1 on %2 was closed elsewhere (not by this console)</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="82" />
      <source>%1 on %2: no passing for %3 (the last at %4) while other sessions are live</source>
      <translation>%1 on %2: no passing for %3 (the last at %4) while other sessions are live</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="93" />
      <source>%1 opened on %2, which had no open session</source>
      <translation>%1 opened on %2, which had no open session</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="58" />
      <source>%1 went offline; its session %2 is open</source>
      <translation>%1 went offline; its session %2 is open</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="73" />
      <source>%1: battery back above %2 % (%3 %); its session %4 is open</source>
      <translation>%1: battery back above %2 % (%3 %); its session %4 is open</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="66" />
      <source>%1: battery low (%2 %); its session %3 is open</source>
      <translation>%1: battery low (%2 %); its session %3 is open</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="105" />
      <location filename="app/ui/words/alerts.py" line="120" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alert</numerusform>
        <numerusform>%n alerts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="109" />
      <source>%n alert(s) not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).</source>
      <translation>
        <numerusform>%n alert not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).</numerusform>
        <numerusform>%n alerts not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="122" />
      <source>%n not acknowledged</source>
      <translation>
        <numerusform>%n not acknowledged</numerusform>
        <numerusform>%n not acknowledged</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="40" />
      <source>A battery runs low, or recovers</source>
      <translation>A battery runs low, or recovers</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="38" />
      <source>A device goes offline, or comes back</source>
      <translation>A device goes offline, or comes back</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="42" />
      <source>A live session falls silent while others time</source>
      <translation>A live session falls silent while others time</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="46" />
      <source>A session is closed elsewhere</source>
      <translation>A session is closed elsewhere</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="44" />
      <source>A session opens on a device that had none</source>
      <translation>A session opens on a device that had none</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="136" />
      <source>Acknowledged</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="148" />
      <source>Alerts come from each refresh: with automatic refresh off, nobody is told when a device goes offline or a mat falls silent. Turn it on in Sessions → Refresh automatically.</source>
      <translation>Alerts come from each refresh: with automatic refresh off, nobody is told when a device goes offline or a mat falls silent. Turn it on in Sessions → Refresh automatically.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="144" />
      <source>Alerts paused: automatic refresh is off</source>
      <translation>Alerts paused: automatic refresh is off</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="21" />
      <source>Back online</source>
      <translation>Back online</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="23" />
      <source>Battery low</source>
      <translation>Battery low</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="25" />
      <source>Battery recovered</source>
      <translation>Battery recovered</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="31" />
      <source>Closed elsewhere</source>
      <translation>Closed elsewhere</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="29" />
      <source>New session</source>
      <translation>New session</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="127" />
      <source>No alert yet. Each refresh is compared with the one before: a device going offline, a battery running low, a live mat falling silent, a session opened or closed elsewhere is listed here.</source>
      <translation>No alert yet. Each refresh is compared with the one before: a device going offline, a battery running low, a live mat falling silent, a session opened or closed elsewhere is listed here.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="140" />
      <source>Not acknowledged</source>
      <translation>Not acknowledged</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="19" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="163" />
      <source>Rufus Console: %1</source>
      <translation>Rufus Console: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="27" />
      <source>Silent</source>
      <translation>Silent</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="157" />
      <source>That session is not in the table: it was closed, or the filter hides it.</source>
      <translation>That session is not in the table: it was closed, or the filter hides it.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="167" />
      <source>and %n more alert(s): see Alerts in Rufus Console</source>
      <translation>
        <numerusform>and %n more alert: see Alerts in Rufus Console</numerusform>
        <numerusform>and %n more alerts: see Alerts in Rufus Console</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="53" />
      <source>“%1”</source>
      <translation>“%1”</translation>
    </message>
  </context>
  <context>
    <name>AlertsWindow</name>
    <message>
      <location filename="app/ui/alerts_window.py" line="69" />
      <source>&amp;Acknowledge</source>
      <translation>&amp;Acknowledge</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="74" />
      <source>&amp;Show in the table</source>
      <translation>&amp;Show in the table</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="72" />
      <source>Acknowledge a&amp;ll</source>
      <translation>Acknowledge a&amp;ll</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>Alert</source>
      <translation>Alert</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="43" />
      <source>Alerts — Rufus Console</source>
      <translation>Alerts — Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="60" />
      <source>Alerts, newest first</source>
      <translation>Alerts, newest first</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="70" />
      <source>Unmark the selected alerts (Space)</source>
      <translation>Unmark the selected alerts (Space)</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="62" />
      <source>⚠ marks an alert not acknowledged yet; ✓ one acknowledged.</source>
      <translation>⚠ marks an alert not acknowledged yet; ✓ one acknowledged.</translation>
    </message>
  </context>
  <context>
    <name>CloseFlow</name>
    <message>
      <location filename="app/ui/close_flow.py" line="129" />
      <source>%1 cannot be closed now: %2</source>
      <translation>%1 cannot be closed now: %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="244" />
      <source>%1 is being closed by another Rufus Console on this computer (a window or the command line): this one leaves it alone. Refresh (F5) once it is done.</source>
      <translation>%1 is being closed by another Rufus Console on this computer (a window or the command line): this one leaves it alone. Refresh (F5) once it is done.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="218" />
      <source>%1 of %2: %3</source>
      <translation>%1 of %2: %3</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="170" />
      <source>%1 was already closed (elsewhere, or by its device). Nothing to do.</source>
      <translation>%1 was already closed (elsewhere, or by its device). Nothing to do.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="266" />
      <source>%1 — see Sessions → Close history (Ctrl+H)</source>
      <translation>%1 — see Sessions → Close history (Ctrl+H)</translation>
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
        <numerusform>%n already closed</numerusform>
        <numerusform>%n already closed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="257" />
      <source>%n closed</source>
      <translation>
        <numerusform>%n closed</numerusform>
        <numerusform>%n closed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="261" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="263" />
      <source>%n not confirmed (refresh to check)</source>
      <translation>
        <numerusform>%n not confirmed (refresh to check)</numerusform>
        <numerusform>%n not confirmed (refresh to check)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="250" />
      <source>%n session(s) not closed: their passings could not all be saved.</source>
      <translation>
        <numerusform>%n session not closed: its passings could not all be saved.</numerusform>
        <numerusform>%n sessions not closed: their passings could not all be saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="265" />
      <source>%n stopped before their turn</source>
      <translation>
        <numerusform>%n stopped before their turn</numerusform>
        <numerusform>%n stopped before their turn</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="276" />
      <source>&amp;Keep them open</source>
      <translation>&amp;Keep them open</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="187" />
      <source>Cancelled: %1 was not closed.</source>
      <translation>Cancelled: %1 was not closed.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="191" />
      <source>Cancelled: none of the %n sessions was closed.</source>
      <translation>
        <numerusform>Cancelled: none of the %n sessions was closed.</numerusform>
        <numerusform>Cancelled: none of the %n sessions was closed.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="158" />
      <source>Checking %1 before closing it…</source>
      <translation>Checking %1 before closing it…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="273" />
      <source>Close &amp;without saving</source>
      <translation>Close &amp;without saving</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="265" />
      <source>Close them anyway? Their passings stay readable in RUFUS after the close.</source>
      <translation>Close them anyway? Their passings stay readable in RUFUS after the close.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="190" />
      <source>Closed %1. It leaves the list at the next refresh.</source>
      <translation>Closed %1. It leaves the list at the next refresh.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="181" />
      <source>Closed %1: RUFUS confirmed it %2 after the close went unanswered.</source>
      <translation>Closed %1: RUFUS confirmed it %2 after the close went unanswered.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="229" />
      <source>Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT in the file (they stay readable in RUFUS).</source>
      <translation>
        <numerusform>Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT in the file (they stay readable in RUFUS).</numerusform>
        <numerusform>Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT in the file (they stay readable in RUFUS).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="218" />
      <source>Closed %1; %Ln passing(s) saved in %2. RUFUS's count after the close could not be read: compare the file with RUFUS before relying on it.</source>
      <translation>
        <numerusform>Closed %1; %Ln passing saved in %2. RUFUS's count after the close could not be read: compare the file with RUFUS before relying on it.</numerusform>
        <numerusform>Closed %1; %Ln passings saved in %2. RUFUS's count after the close could not be read: compare the file with RUFUS before relying on it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="212" />
      <source>Closed %1; its %Ln passing(s) are in %2.</source>
      <translation>
        <numerusform>Closed %1; its %Ln passing is in %2.</numerusform>
        <numerusform>Closed %1; its %Ln passings are in %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="163" />
      <source>Closing %1…</source>
      <translation>Closing %1…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="200" />
      <source>Could not close %1: %2</source>
      <translation>Could not close %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="123" />
      <source>None of the selected sessions can be closed now.</source>
      <translation>None of the selected sessions can be closed now.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="164" />
      <source>Nothing new to close: those are being closed.</source>
      <translation>Nothing new to close: those are being closed.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="166" />
      <source>Nothing was closed: the key in use cannot close.</source>
      <translation>Nothing was closed: the key in use cannot close.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="160" />
      <source>Outcome unknown: reading %1 back from RUFUS…</source>
      <translation>Outcome unknown: reading %1 back from RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="248" />
      <source>Passings not saved</source>
      <translation>Passings not saved</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="174" />
      <source>RUFUS accepted the close of %1; the check afterwards could not be made. Refresh (F5) to confirm.</source>
      <translation>RUFUS accepted the close of %1; the check afterwards could not be made. Refresh (F5) to confirm.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="194" />
      <source>RUFUS has not confirmed the close of %1. Refresh before closing again.</source>
      <translation>RUFUS has not confirmed the close of %1. Refresh before closing again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="281" />
      <source>RUFUS now reports it closed</source>
      <translation>RUFUS now reports it closed</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="283" />
      <source>RUFUS reports it still open: it was not closed</source>
      <translation>RUFUS reports it still open: it was not closed</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="76" />
      <source>S&amp;top after this one</source>
      <translation>S&amp;top after this one</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="150" />
      <source>Saving the passings of %1: %2 of %3…</source>
      <translation>Saving the passings of %1: %2 of %3…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="156" />
      <source>Saving the passings of %1…</source>
      <translation>Saving the passings of %1…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="197" />
      <source>Stopping after the session being closed now…</source>
      <translation>Stopping after the session being closed now…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="78" />
      <source>The session being closed finishes; the sessions after it are not sent.</source>
      <translation>The session being closed finishes; the sessions after it are not sent.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="274" />
      <source>When the console last stopped, the close of %1 had no known outcome: %2.</source>
      <translation>When the console last stopped, the close of %1 had no known outcome: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="260" />
      <source>and %1 more</source>
      <translation>and %1 more</translation>
    </message>
  </context>
  <context>
    <name>ColumnFit</name>
    <message>
      <location filename="app/ui/column_fit.py" line="66" />
      <source>Columns</source>
      <translation>Columns</translation>
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
      <translation>%1 · %2 passings · %3 live</translation>
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
        <numerusform>%n of these sessions is LIVE: its device is still timing, and closing now stops it mid-race.</numerusform>
        <numerusform>%n of these sessions are LIVE: their devices are still timing, and closing now stops them mid-race.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="337" />
      <source>%n of these sessions are on devices offline or not heard from: they may still hold passings they have not sent, and closing now loses those for good.</source>
      <translation>
        <numerusform>%n of these sessions is on a device offline or not heard from: it may still hold passings it has not sent, and closing now loses those for good.</numerusform>
        <numerusform>%n of these sessions are on devices offline or not heard from: they may still hold passings they have not sent, and closing now loses those for good.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="109" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="120" />
      <source>&amp;Save the %Ln passing(s) to a file first</source>
      <translation>
        <numerusform>&amp;Save the %Ln passing to a file first</numerusform>
        <numerusform>&amp;Save the %Ln passings to a file first</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="202" />
      <source>&amp;Type %1 to confirm that you mean all of them:</source>
      <translation>&amp;Type %1 to confirm that you mean all of them:</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="252" />
      <source>C&amp;lose %n session(s)</source>
      <translation>
        <numerusform>C&amp;lose %n session</numerusform>
        <numerusform>C&amp;lose %n sessions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="250" />
      <source>C&amp;lose session</source>
      <translation>C&amp;lose session</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="96" />
      <source>Close %n session(s)?</source>
      <translation>
        <numerusform>Close %n session?</numerusform>
        <numerusform>Close %n sessions?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="94" />
      <source>Close session?</source>
      <translation>Close session?</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="297" />
      <source>Close the session “%1” on %2 (%3)?</source>
      <translation>Close the session “%1” on %2 (%3)?</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="293" />
      <source>Close these %n session(s)?</source>
      <translation>
        <numerusform>Close these %n session?</numerusform>
        <numerusform>Close these %n sessions?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="291" />
      <source>Closing cannot be undone: the device will not be able to send more passings into this session.</source>
      <translation>Closing cannot be undone: the device will not be able to send more passings into this session.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="296" />
      <source>Closing cannot be undone: the devices will not be able to send more passings into these sessions.</source>
      <translation>Closing cannot be undone: the devices will not be able to send more passings into these sessions.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="176" />
      <source>Device</source>
      <translation>Device</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="93" />
      <source>Device not heard from since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Device not heard from since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="88" />
      <source>Device offline since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Device offline since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="83" />
      <source>Device offline — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Device offline — it may still hold passings it has not sent. Closing the session now loses them for good.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="182" />
      <source>Device status</source>
      <translation>Device status</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="64" />
      <source>Device status:</source>
      <translation>Device status:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="55" />
      <source>Device:</source>
      <translation>Device:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="177" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="312" />
      <source>LIVE: a passing arrived %1 ago. The device is still timing: closing now stops it mid-race.</source>
      <translation>LIVE: a passing arrived %1 ago. The device is still timing: closing now stops it mid-race.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="181" />
      <source>Last passing</source>
      <translation>Last passing</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="71" />
      <source>Last passing:</source>
      <translation>Last passing:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="183" />
      <source>Last seen</source>
      <translation>Last seen</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="66" />
      <source>Last seen:</source>
      <translation>Last seen:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="200" />
      <source>Number of sessions</source>
      <translation>Number of sessions</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="126" />
      <source>One CSV file per session, in %1. If a session's passings cannot all be saved, it is not closed.</source>
      <translation>One CSV file per session, in %1. If a session's passings cannot all be saved, it is not closed.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="179" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="69" />
      <source>Opened:</source>
      <translation>Opened:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="180" />
      <source>Passings</source>
      <translation>Passings</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="70" />
      <source>Passings:</source>
      <translation>Passings:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="178" />
      <source>Serial</source>
      <translation>Serial</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="63" />
      <source>Serial:</source>
      <translation>Serial:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="174" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="53" />
      <source>Session:</source>
      <translation>Session:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="264" />
      <source>Sessions to close</source>
      <translation>Sessions to close</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="175" />
      <source>To weigh</source>
      <translation>To weigh</translation>
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
      <translation>no passing yet</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="152" />
      <source>quiet for %1</source>
      <translation>quiet for %1</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="157" />
      <source>◷ STALE: opened %1, %2</source>
      <translation>◷ STALE: opened %1, %2</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="167" />
      <source>⚠ device not heard from</source>
      <translation>⚠ device not heard from</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="165" />
      <source>⚠ device offline</source>
      <translation>⚠ device offline</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="162" />
      <source>⚠ listed under several devices</source>
      <translation>⚠ listed under several devices</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="app/ui/crash_report.py" line="61" />
      <source>&amp;Keep working</source>
      <translation>&amp;Keep working</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="64" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="41" />
      <source>It could not be written to a log file: the log folder cannot be written.</source>
      <translation>It could not be written to a log file: the log folder cannot be written.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="34" />
      <source>Rufus Console ran into an unexpected problem and could not finish what it was doing.</source>
      <translation>Rufus Console ran into an unexpected problem and could not finish what it was doing.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="32" />
      <source>Rufus Console: unexpected problem</source>
      <translation>Rufus Console: unexpected problem</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="52" />
      <source>Sessions on RUFUS are not changed by this. Press F5 to see their real state. If it happens again, send the log file to whoever supports Rufus Console.</source>
      <translation>Sessions on RUFUS are not changed by this. Press F5 to see their real state. If it happens again, send the log file to whoever supports Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="46" />
      <source>What happened is written to the log file:
%1</source>
      <translation>What happened is written to the log file:
%1</translation>
    </message>
  </context>
  <context>
    <name>CsvStyle</name>
    <message>
      <location filename="app/ui/csv_style.py" line="46" />
      <source>As this computer's spreadsheets expect (%1)</source>
      <translation>As this computer's spreadsheets expect (%1)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="72" />
      <source>Asked (UTC)</source>
      <translation>Asked (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="55" />
      <source>Bib</source>
      <translation>Bib</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="56" />
      <source>Chip</source>
      <translation>Chip</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="41" />
      <source>Comma (,)</source>
      <translation>Comma (,)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="77" />
      <source>Computer</source>
      <translation>Computer</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="78" />
      <source>Console version</source>
      <translation>Console version</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="80" />
      <source>Device</source>
      <translation>Device</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="63" />
      <location filename="app/ui/csv_style.py" line="79" />
      <source>Device id</source>
      <translation>Device id</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="73" />
      <source>Ended (UTC)</source>
      <translation>Ended (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="58" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="91" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="75" />
      <source>Key</source>
      <translation>Key</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="81" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="89" />
      <source>Last passing after (UTC)</source>
      <translation>Last passing after (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="87" />
      <source>Last passing before (UTC)</source>
      <translation>Last passing before (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="61" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="62" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="71" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="85" />
      <source>Opened (UTC)</source>
      <translation>Opened (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="65" />
      <source>Other fields</source>
      <translation>Other fields</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="90" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="57" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="53" />
      <source>Passing number</source>
      <translation>Passing number</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="88" />
      <source>Passings after</source>
      <translation>Passings after</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="86" />
      <source>Passings before</source>
      <translation>Passings before</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="93" />
      <source>Passings file</source>
      <translation>Passings file</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="92" />
      <source>Reason, as recorded</source>
      <translation>Reason, as recorded</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="43" />
      <source>Semicolon (;)</source>
      <translation>Semicolon (;)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="82" />
      <source>Serial</source>
      <translation>Serial</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="74" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="83" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="64" />
      <location filename="app/ui/csv_style.py" line="84" />
      <source>Session token</source>
      <translation>Session token</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="59" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="45" />
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="54" />
      <source>Time (UTC)</source>
      <translation>Time (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="60" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="76" />
      <source>User</source>
      <translation>User</translation>
    </message>
  </context>
  <context>
    <name>ExportFlow</name>
    <message>
      <location filename="app/ui/export_flow.py" line="74" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/export_flow.py" line="79" />
      <source>%Ln passing(s) of %1 saved in %2</source>
      <translation>
        <numerusform>%Ln passing of %1 saved in %2</numerusform>
        <numerusform>%Ln passings of %1 saved in %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="56" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="103" />
      <source>Enter an API key first.</source>
      <translation>Enter an API key first.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="54" />
      <source>Export passings</source>
      <translation>Export passings</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="107" />
      <source>Passings folder</source>
      <translation>Passings folder</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="111" />
      <source>Passings will be saved in %1</source>
      <translation>Passings will be saved in %1</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="71" />
      <source>Saving the passings of %1: %2</source>
      <translation>Saving the passings of %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="94" />
      <source>Saving the passings of %1…</source>
      <translation>Saving the passings of %1…</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="48" />
      <source>Select a session first.</source>
      <translation>Select a session first.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="88" />
      <source>The passings of %1 were not saved: %2</source>
      <translation>The passings of %1 were not saved: %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
    <message>
      <location filename="app/ui/history_window.py" line="263" />
      <source>%1 (interrupted; read back later)</source>
      <translation>%1 (interrupted; read back later)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="223" />
      <source>%Ln attempt(s) written to %1</source>
      <translation>
        <numerusform>%Ln attempt written to %1</numerusform>
        <numerusform>%Ln attempts written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="134" />
      <source>%n close attempt(s).</source>
      <translation>
        <numerusform>%n close attempt.</numerusform>
        <numerusform>%n close attempts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export %n shown…</source>
      <translation>
        <numerusform>&amp;Export %n shown…</numerusform>
        <numerusform>&amp;Export %n shown…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="92" />
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export CSV…</source>
      <translation>&amp;Export CSV…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="71" />
      <source>&amp;Filter:</source>
      <translation>&amp;Filter:</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="152" />
      <source>&amp;Open passings folder</source>
      <translation>&amp;Open passings folder</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="192" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="87" />
      <source>Close attempts, newest first</source>
      <translation>Close attempts, newest first</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="64" />
      <source>Close history</source>
      <translation>Close history</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="248" />
      <source>Computer</source>
      <translation>Computer</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="242" />
      <source>Device</source>
      <translation>Device</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="190" />
      <source>Export the close history</source>
      <translation>Export the close history</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="68" />
      <source>Filter by session, device, serial, token…</source>
      <translation>Filter by session, device, serial, token…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="70" />
      <source>Filter the close history</source>
      <translation>Filter the close history</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="249" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="247" />
      <source>Key</source>
      <translation>Key</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="136" />
      <source>No close attempt yet: every close is recorded here.</source>
      <translation>No close attempt yet: every close is recorded here.</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="239" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="244" />
      <source>Passings</source>
      <translation>Passings</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="245" />
      <source>Passings file</source>
      <translation>Passings file</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="90" />
      <source>Reading the close history…</source>
      <translation>Reading the close history…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="240" />
      <source>Reason, as recorded</source>
      <translation>Reason, as recorded</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="243" />
      <source>Serial</source>
      <translation>Serial</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="241" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="229" />
      <source>The CSV file could not be written: %1</source>
      <translation>The CSV file could not be written: %1</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="154" />
      <source>The folder of the selected attempt's passings file, in the file manager</source>
      <translation>The folder of the selected attempt's passings file, in the file manager</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="246" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="238" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="260" />
      <source>interrupted</source>
      <translation>interrupted</translation>
    </message>
  </context>
  <context>
    <name>KeyDialog</name>
    <message>
      <location filename="app/ui/key_dialog.py" line="62" />
      <source>&amp;Key:</source>
      <translation>&amp;Key:</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="64" />
      <source>&amp;Paste</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="66" />
      <source>&amp;Show key</source>
      <translation>&amp;Show key</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="59" />
      <location filename="app/ui/key_dialog.py" line="60" />
      <source>API key</source>
      <translation>API key</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="82" />
      <location filename="app/ui/key_dialog.py" line="102" />
      <source>Check and sa&amp;ve</source>
      <translation>Check and sa&amp;ve</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="115" />
      <source>Checking the key with RUFUS…</source>
      <translation>Checking the key with RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="188" />
      <source>Demo: the key is kept in memory; nothing is stored.</source>
      <translation>Demo: the key is kept in memory; nothing is stored.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="44" />
      <source>RUFUS API key</source>
      <translation>RUFUS API key</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="149" />
      <source>RUFUS does not recognise this key: it may have been deleted, mistyped or made for another account. Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>RUFUS does not recognise this key: it may have been deleted, mistyped or made for another account. Copy it again from RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="154" />
      <source>RUFUS refused to list with this key: it is WRITE-only. The console needs a READ_WRITE key: create one in RUFUS Cloud → API Keys and paste it here.</source>
      <translation>RUFUS refused to list with this key: it is WRITE-only. The console needs a READ_WRITE key: create one in RUFUS Cloud → API Keys and paste it here.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="182" />
      <source>RUFUS_API_KEY is set: the key entered here is used for this run and stored in the keyring, but the variable wins at the next start.</source>
      <translation>RUFUS_API_KEY is set: the key entered here is used for this run and stored in the keyring, but the variable wins at the next start.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="49" />
      <source>Rufus Console needs a RUFUS API key with &lt;b&gt;READ_WRITE&lt;/b&gt; access: READ to list the sessions, WRITE to close them.&lt;br&gt;Create one in RUFUS Cloud → your account name (top right) → API Keys, then paste it here.</source>
      <translation>Rufus Console needs a RUFUS API key with &lt;b&gt;READ_WRITE&lt;/b&gt; access: READ to list the sessions, WRITE to close them.&lt;br&gt;Create one in RUFUS Cloud → your account name (top right) → API Keys, then paste it here.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="125" />
      <source>Sa&amp;ve READ-only key</source>
      <translation>Sa&amp;ve READ-only key</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="120" />
      <source>Storing the key…</source>
      <translation>Storing the key…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="159" />
      <source>The key was not saved. %1</source>
      <translation>The key was not saved. %1</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="180" />
      <source>The key will be kept for this run only.</source>
      <translation>The key will be kept for this run only.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="144" />
      <source>This does not look like a RUFUS API key (it is empty or has spaces or unusual characters). Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>This does not look like a RUFUS API key (it is empty or has spaces or unusual characters). Copy it again from RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="128" />
      <source>This key is READ-only: it can list sessions but not close them. Enter a READ_WRITE key, or press “Save READ-only key” to use it for listing only.</source>
      <translation>This key is READ-only: it can list sessions but not close them. Enter a READ_WRITE key, or press “Save READ-only key” to use it for listing only.</translation>
    </message>
  </context>
  <context>
    <name>KeyFlow</name>
    <message>
      <location filename="app/ui/key_flow.py" line="67" />
      <source>Forget the API key?</source>
      <translation>Forget the API key?</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="69" />
      <source>Remove the API key from this computer's keyring? You will need to enter it again to use the console.</source>
      <translation>Remove the API key from this computer's keyring? You will need to enter it again to use the console.</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="97" />
      <source>The key could not be removed from the system keyring, so it may still be stored: %1 Try again, or remove it with the desktop's own keyring tool.</source>
      <translation>The key could not be removed from the system keyring, so it may still be stored: %1 Try again, or remove it with the desktop's own keyring tool.</translation>
    </message>
  </context>
  <context>
    <name>ListingView</name>
    <message numerus="yes">
      <location filename="app/ui/listing_view.py" line="150" />
      <source>No open session on the account's %Ln device(s).</source>
      <translation>
        <numerusform>No open session on the account's %Ln device.</numerusform>
        <numerusform>No open session on the account's %Ln devices.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="93" />
      <source>Refreshing… %1 of %2 devices</source>
      <translation>Refreshing… %1 of %2 devices</translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="83" />
      <source>Refreshing… asking RUFUS for the account's devices</source>
      <translation>Refreshing… asking RUFUS for the account's devices</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="313" />
      <source>%n session(s) selected.</source>
      <translation>
        <numerusform>%n session selected.</numerusform>
        <numerusform>%n sessions selected.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="264" />
      <source>%n stale session(s) selected: Delete closes them, after a confirmation.</source>
      <translation>
        <numerusform>%n stale session selected: Delete closes it, after a confirmation.</numerusform>
        <numerusform>%n stale sessions selected: Delete closes them, after a confirmation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close %n selected…</source>
      <translation>
        <numerusform>&amp;Close %n selected…</numerusform>
        <numerusform>&amp;Close %n selected…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Close selected…</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="150" />
      <source>&amp;Columns</source>
      <translation>&amp;Columns</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="338" />
      <source>About Rufus Console</source>
      <translation>About Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="187" />
      <source>DEMO — simulated cloud. Nothing here touches a real race or account.</source>
      <translation>DEMO — simulated cloud. Nothing here touches a real race or account.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="332" />
      <source>From its next start, Rufus Console follows the system's language.</source>
      <translation>From its next start, Rufus Console follows the system's language.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="197" />
      <source>Key warning</source>
      <translation>Key warning</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="267" />
      <source>No stale session to select in the list shown.</source>
      <translation>No stale session to select in the list shown.</translation>
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
Every open RUFUS timing session, closed safely.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="117" />
      <source>Rufus Console — DEMO — simulated cloud</source>
      <translation>Rufus Console — DEMO — simulated cloud</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="119" />
      <source>Rufus Console — NOT PRODUCTION: %1</source>
      <translation>Rufus Console — NOT PRODUCTION: %1</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="252" />
      <location filename="app/ui/main_window.py" line="278" />
      <source>Select a session first.</source>
      <translation>Select a session first.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="282" />
      <source>Token of %1 copied to the clipboard.</source>
      <translation>Token of %1 copied to the clipboard.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="328" />
      <source>“%1” will be the language the next time Rufus Console starts.</source>
      <translation>“%1” will be the language the next time Rufus Console starts.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="app/ui/qt_words.py" line="17" />
      <source>Drive</source>
      <translation>Drive</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="18" />
      <source>File Folder</source>
      <translation>File Folder</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="16" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="app/ui/qt_words.py" line="14" />
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="15" />
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QuitGuard</name>
    <message>
      <location filename="app/ui/quit_guard.py" line="56" />
      <source>&amp;Quit now</source>
      <translation>&amp;Quit now</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="55" />
      <source>&amp;Wait, then quit</source>
      <translation>&amp;Wait, then quit</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="43" />
      <source>A close is in progress</source>
      <translation>A close is in progress</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="45" />
      <source>Being closed now: %1. Wait for RUFUS to answer before quitting?</source>
      <translation>Being closed now: %1. Wait for RUFUS to answer before quitting?</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="51" />
      <source>If you quit now, the session may or may not end up closed. The next start reads it back and says what became of it.</source>
      <translation>If you quit now, the session may or may not end up closed. The next start reads it back and says what became of it.</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="69" />
      <source>Quitting once the close in progress has finished…</source>
      <translation>Quitting once the close in progress has finished…</translation>
    </message>
  </context>
  <context>
    <name>SessionPanel</name>
    <message>
      <location filename="app/ui/words/passings.py" line="20" />
      <source>#</source>
      <translation>#</translation>
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
        <numerusform>%1: %Ln passing</numerusform>
        <numerusform>%1: %Ln passings</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="167" />
      <source>%1: not read</source>
      <translation>%1: not read</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="137" />
      <source>%n passing(s) with a time that cannot be read: listed, not charted.</source>
      <translation>
        <numerusform>%n passing with a time that cannot be read: listed, not charted.</numerusform>
        <numerusform>%n passings with a time that cannot be read: listed, not charted.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="170" />
      <source>(so far)</source>
      <translation>(so far)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="156" />
      <source>-%1 min</source>
      <translation>-%1 min</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="66" />
      <source>Activity:</source>
      <translation>Activity:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="69" />
      <source>Battery:</source>
      <translation>Battery:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="21" />
      <source>Bib</source>
      <translation>Bib</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="22" />
      <source>Chip</source>
      <translation>Chip</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="68" />
      <source>Device status:</source>
      <translation>Device status:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="63" />
      <source>Device:</source>
      <translation>Device:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="64" />
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="106" />
      <source>Last passing: %1 (%2)</source>
      <translation>Last passing: %1 (%2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="104" />
      <source>Last passing: none read</source>
      <translation>Last passing: none read</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="102" />
      <source>Last passing: none yet</source>
      <translation>Last passing: none yet</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="70" />
      <source>Last seen:</source>
      <translation>Last seen:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="89" />
      <source>Latest passings, newest first</source>
      <translation>Latest passings, newest first</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="73" />
      <source>No API key: passings cannot be read.</source>
      <translation>No API key: passings cannot be read.</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="94" />
      <source>Not re-read since %1: %2</source>
      <translation>Not re-read since %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="146" />
      <source>Passings per minute, last %n minute(s)</source>
      <translation>
        <numerusform>Passings per minute, last %n minute</numerusform>
        <numerusform>Passings per minute, last %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="67" />
      <source>Passings:</source>
      <translation>Passings:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="25" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="81" />
      <source>Read %1 · every %2</source>
      <translation>Read %1 · every %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="65" />
      <source>Reading the last hour's passings…</source>
      <translation>Reading the last hour's passings…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="61" />
      <source>Reading the latest passings…</source>
      <translation>Reading the latest passings…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="69" />
      <source>Select one session to see its latest passings.</source>
      <translation>Select one session to see its latest passings.</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="65" />
      <source>Serial:</source>
      <translation>Serial:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="42" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="24" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="90" />
      <source>The passings could not be read: %1</source>
      <translation>The passings could not be read: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="115" />
      <source>This minute: %1</source>
      <translation>This minute: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="23" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="124" />
      <source>hatched: not read</source>
      <translation>hatched: not read</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="130" />
      <source>longest gap %1, from %2</source>
      <translation>longest gap %1, from %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="160" />
      <source>now</source>
      <translation>now</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="118" />
      <source>peak %1</source>
      <translation>peak %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="44" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>SessionTable</name>
    <message>
      <location filename="app/ui/session_table.py" line="82" />
      <source>Not listed yet.</source>
      <translation>Not listed yet.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="71" />
      <source>One row per open session of the account. Delete closes the selected sessions after a confirmation; Ctrl+C copies the token; F5 refreshes.</source>
      <translation>One row per open session of the account. Delete closes the selected sessions after a confirmation; Ctrl+C copies the token; F5 refreshes.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="68" />
      <source>Open sessions</source>
      <translation>Open sessions</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="app/ui/words/rows.py" line="36" />
      <source>? Not re-read</source>
      <translation>? Not re-read</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="203" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="46" />
      <source>Already closed ✓</source>
      <translation>Already closed ✓</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="248" />
      <source>Battery</source>
      <translation>Battery</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="177" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="132" />
      <source>Close this session (Delete)</source>
      <translation>Close this session (Delete)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="57" />
      <source>Closed ✓</source>
      <translation>Closed ✓</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="54" />
      <source>Closed ✓ %1</source>
      <translation>Closed ✓ %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="50" />
      <source>Closed ✓ (confirmed %1 later)</source>
      <translation>Closed ✓ (confirmed %1 later)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="48" />
      <source>Closed ✓ (not re-checked)</source>
      <translation>Closed ✓ (not re-checked)</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="271" />
      <source>Ctrl+C copies the full token</source>
      <translation>Ctrl+C copies the full token</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="189" />
      <source>Device</source>
      <translation>Device</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="242" />
      <source>Device status</source>
      <translation>Device status</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="194" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="47" />
      <source>Last close attempt, %1: %2</source>
      <translation>Last close attempt, %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="230" />
      <source>Last passing</source>
      <translation>Last passing</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="258" />
      <source>Last seen</source>
      <translation>Last seen</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="236" />
      <source>No passings yet</source>
      <translation>No passings yet</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="212" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="220" />
      <source>Passings</source>
      <translation>Passings</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="89" />
      <source>RUFUS accepted the close or left it unanswered, and still reported the session open at the last check.</source>
      <translation>RUFUS accepted the close or left it unanswered, and still reported the session open at the last check.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="136" />
      <source>RUFUS has not confirmed the last close: refresh (F5) first.</source>
      <translation>RUFUS has not confirmed the last close: refresh (F5) first.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="84" />
      <source>RUFUS refused to close it (HTTP %1): the session is still open.</source>
      <translation>RUFUS refused to close it (HTTP %1): the session is still open.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="80" />
      <source>RUFUS reports it open: the close did not take effect.</source>
      <translation>RUFUS reports it open: the close did not take effect.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="197" />
      <source>Serial</source>
      <translation>Serial</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="183" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="276" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="100" />
      <source>The close request got no clear answer. Reading the session back: check %1, the next in %2 s. The request is never sent twice.</source>
      <translation>The close request got no clear answer. Reading the session back: check %1, the next in %2 s. The request is never sent twice.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="134" />
      <source>This session is being closed.</source>
      <translation>This session is being closed.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="265" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="76" />
      <source>the bulk close was stopped before its turn; nothing was sent.</source>
      <translation>the bulk close was stopped before its turn; nothing was sent.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="31" />
      <source>◌ Checking before closing…</source>
      <translation>◌ Checking before closing…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="35" />
      <source>◌ Closing…</source>
      <translation>◌ Closing…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="41" />
      <source>◌ Outcome unknown — checking…</source>
      <translation>◌ Outcome unknown — checking…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="33" />
      <source>◌ Saving passings…</source>
      <translation>◌ Saving passings…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="25" />
      <source>◌ Waiting to close…</source>
      <translation>◌ Waiting to close…</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="22" />
      <source>● Open</source>
      <translation>● Open</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="61" />
      <source>⚠ Not closed: %1</source>
      <translation>⚠ Not closed: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="65" />
      <source>⚠ RUFUS has not confirmed this close. Refresh before closing again.</source>
      <translation>⚠ RUFUS has not confirmed this close. Refresh before closing again.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="app/ui/status_bar.py" line="99" />
      <source>&amp;Open folder</source>
      <translation>&amp;Open folder</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="86" />
      <source>API key in use</source>
      <translation>API key in use</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="110" />
      <source>Alerts</source>
      <translation>Alerts</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="220" />
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="78" />
      <source>Devices read</source>
      <translation>Devices read</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="83" />
      <source>Last refresh</source>
      <translation>Last refresh</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="231" />
      <source>Not the production RUFUS (%1): this window talks to %2.</source>
      <translation>Not the production RUFUS (%1): this window talks to %2.</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="96" />
      <source>RUFUS's clock</source>
      <translation>RUFUS's clock</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="227" />
      <source>Server: %1</source>
      <translation>Server: %1</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="89" />
      <source>Sessions shown</source>
      <translation>Sessions shown</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="201" />
      <source>Showing %1 of %2</source>
      <translation>Showing %1 of %2</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="73" />
      <source>Starting…</source>
      <translation>Starting…</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="74" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="222" />
      <source>This window talks to a simulated RUFUS cloud.</source>
      <translation>This window talks to a simulated RUFUS cloud.</translation>
    </message>
  </context>
  <context>
    <name>SupportFlow</name>
    <message numerus="yes">
      <location filename="app/ui/support_flow.py" line="131" />
      <source>%n line(s) from the end of the log copied to the clipboard.</source>
      <translation>
        <numerusform>%n line from the end of the log copied to the clipboard.</numerusform>
        <numerusform>%n lines from the end of the log copied to the clipboard.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="47" />
      <source>Copy the &amp;log</source>
      <translation>Copy the &amp;log</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="92" />
      <source>Diagnostics saved in %1 (no API key in it)</source>
      <translation>Diagnostics saved in %1 (no API key in it)</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="40" />
      <source>One zip for support: versions, screens, settings, the end of the log, the close history and the last requests. Never the API key; tokens shortened.</source>
      <translation>One zip for support: versions, screens, settings, the end of the log, the close history and the last requests. Never the API key; tokens shortened.</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="37" />
      <source>Save &amp;diagnostics…</source>
      <translation>Save &amp;diagnostics…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="62" />
      <source>Save diagnostics</source>
      <translation>Save diagnostics</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="85" />
      <source>Saving diagnostics…</source>
      <translation>Saving diagnostics…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="100" />
      <source>The diagnostics were not saved: %1</source>
      <translation>The diagnostics were not saved: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="49" />
      <source>The end of the log, on the clipboard, without the key</source>
      <translation>The end of the log, on the clipboard, without the key</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="142" />
      <source>The log could not be read: %1</source>
      <translation>The log could not be read: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="64" />
      <source>Zip files (*.zip)</source>
      <translation>Zip files (*.zip)</translation>
    </message>
  </context>
  <context>
    <name>WindowCommands</name>
    <message>
      <location filename="app/ui/window_commands.py" line="172" />
      <source>&amp;About Rufus Console</source>
      <translation>&amp;About Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="131" />
      <source>&amp;Actual size</source>
      <translation>&amp;Actual size</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="35" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Close selected…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="160" />
      <source>&amp;Enter or change API key…</source>
      <translation>&amp;Enter or change API key…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="51" />
      <source>&amp;Export passings…</source>
      <translation>&amp;Export passings…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="208" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="62" />
      <source>&amp;Filter…</source>
      <translation>&amp;Filter…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="164" />
      <source>&amp;Forget API key</source>
      <translation>&amp;Forget API key</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="234" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="231" />
      <source>&amp;Key</source>
      <translation>&amp;Key</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="149" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="75" />
      <source>&amp;Live only</source>
      <translation>&amp;Live only</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="70" />
      <source>&amp;Passings folder…</source>
      <translation>&amp;Passings folder…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="169" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="29" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="210" />
      <source>&amp;Sessions</source>
      <translation>&amp;Sessions</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="222" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="31" />
      <source>Ask RUFUS for every open session again (F5)</source>
      <translation>Ask RUFUS for every open session again (F5)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="137" />
      <source>Black on white, bold states, taller rows: for full sun</source>
      <translation>Black on white, bold states, taller rows: for full sun</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="103" />
      <source>CSV &amp;separator</source>
      <translation>CSV &amp;separator</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="65" />
      <source>Close &amp;history…</source>
      <translation>Close &amp;history…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="37" />
      <source>Close the selected sessions, after a confirmation (Delete)</source>
      <translation>Close the selected sessions, after a confirmation (Delete)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="59" />
      <source>Copy &amp;token</source>
      <translation>Copy &amp;token</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="67" />
      <source>Every close attempt made from this computer</source>
      <translation>Every close attempt made from this computer</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="255" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="251" />
      <source>Filter sessions, devices, serials, tokens (Ctrl+F)</source>
      <translation>Filter sessions, devices, serials, tokens (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="105" />
      <source>How the cells of the CSV files the window saves are separated, for the spreadsheet that opens them</source>
      <translation>How the cells of the CSV files the window saves are separated, for the spreadsheet that opens them</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="238" />
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="135" />
      <source>Out&amp;door (high contrast)</source>
      <translation>Out&amp;door (high contrast)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="95" />
      <source>Refresh &amp;automatically</source>
      <translation>Refresh &amp;automatically</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="82" />
      <source>S&amp;tale only</source>
      <translation>S&amp;tale only</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="53" />
      <source>Save the selected session's passings to a CSV file, without closing it</source>
      <translation>Save the selected session's passings to a CSV file, without closing it</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="43" />
      <source>Select &amp;stale sessions</source>
      <translation>Select &amp;stale sessions</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="45" />
      <source>Select every stale session the list shows, to close them together</source>
      <translation>Select every stale session the list shows, to close them together</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="141" />
      <source>Session &amp;panel</source>
      <translation>Session &amp;panel</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="84" />
      <source>Show only sessions opened before today: most likely forgotten (Ctrl+T)</source>
      <translation>Show only sessions opened before today: most likely forgotten (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="77" />
      <source>Show only sessions with a passing in the last minutes (Ctrl+L)</source>
      <translation>Show only sessions with a passing in the last minutes (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="257" />
      <source>Shows only the sessions whose session, device, serial or token contain every word typed. Enter or Down goes to the first one; Esc shows every session.</source>
      <translation>Shows only the sessions whose session, device, serial or token contain every word typed. Enter or Down goes to the first one; Esc shows every session.</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="143" />
      <source>The selected session's latest passings, live, and their rate per minute (Ctrl+P)</source>
      <translation>The selected session's latest passings, live, and their rate per minute (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="153" />
      <source>The system's language</source>
      <translation>The system's language</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="72" />
      <source>Where passings are saved before a close</source>
      <translation>Where passings are saved before a close</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="118" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="127" />
      <source>Zoom &amp;out</source>
      <translation>Zoom &amp;out</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message>
      <location filename="app/ui/words/names.py" line="77" />
      <location filename="app/ui/words/names.py" line="95" />
      <source> and </source>
      <translation> and </translation>
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
      <translation>%1 (device %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="43" />
      <source>%1 (serial %2)</source>
      <translation>%1 (serial %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="86" />
      <source>%1 ago</source>
      <translation>%1 ago</translation>
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
        <numerusform>%Ln live</numerusform>
        <numerusform>%Ln live</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="20" />
      <source>%Ln open</source>
      <translation>
        <numerusform>%Ln open</numerusform>
        <numerusform>%Ln open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="22" />
      <source>%Ln stale</source>
      <translation>
        <numerusform>%Ln stale</numerusform>
        <numerusform>%Ln stale</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="108" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="111" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="29" />
      <source>(unnamed device %1)</source>
      <translation>(unnamed device %1)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="59" />
      <source>(unnamed session)</source>
      <translation>(unnamed session)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/rows.py" line="75" />
      <source>A passing arrived within the last %n minute(s): a device is timing into this session now.</source>
      <translation>
        <numerusform>A passing arrived within the last %n minute: a device is timing into this session now.</numerusform>
        <numerusform>A passing arrived within the last %n minutes: a device is timing into this session now.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="175" />
      <source>Another Rufus Console on this computer (a window or the command line) is closing this session right now; nothing was sent from here. Refresh (F5) once it is done.</source>
      <translation>Another Rufus Console on this computer (a window or the command line) is closing this session right now; nothing was sent from here. Refresh (F5) once it is done.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="60" />
      <source>Closed elsewhere since the last refresh: %1</source>
      <translation>Closed elsewhere since the last refresh: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="217" />
      <source>Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in with a browser first) and try again.</source>
      <translation>Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in with a browser first) and try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="46" />
      <source>Every %1</source>
      <translation>Every %1</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/rows.py" line="91" />
      <source>Has passings; none in the last %n minute(s).</source>
      <translation>
        <numerusform>Has passings; none in the last %n minute.</numerusform>
        <numerusform>Has passings; none in the last %n minutes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="66" />
      <source>INCOMPLETE: could not read %1</source>
      <translation>INCOMPLETE: could not read %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="15" />
      <source>Kept for this run only, never written to a file.</source>
      <translation>Kept for this run only, never written to a file.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>Key: RUFUS_API_KEY</source>
      <translation>Key: RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>Key: RUFUS_API_KEY unusable</source>
      <translation>Key: RUFUS_API_KEY unusable</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>Key: demo</source>
      <translation>Key: demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>Key: keyring locked</source>
      <translation>Key: keyring locked</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>Key: keyring not answering</source>
      <translation>Key: keyring not answering</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <location filename="app/ui/words/keys.py" line="77" />
      <source>Key: keyring unavailable</source>
      <translation>Key: keyring unavailable</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>Key: no keyring</source>
      <translation>Key: no keyring</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>Key: none</source>
      <translation>Key: none</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>Key: system keyring</source>
      <translation>Key: system keyring</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="16" />
      <location filename="app/ui/words/keys.py" line="81" />
      <source>Key: this run only</source>
      <translation>Key: this run only</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>No API key is stored yet: choose Key → Enter or change API key…</source>
      <translation>No API key is stored yet: choose Key → Enter or change API key…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="45" />
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="96" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="95" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="83" />
      <source>Opened before today, and no passing for hours: most likely forgotten. Check with the race before closing it.</source>
      <translation>Opened before today, and no passing for hours: most likely forgotten. Check with the race before closing it.</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="89" />
      <source>Opened today, no passing yet.</source>
      <translation>Opened today, no passing yet.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="159" />
      <source>RUFUS answered 404 for the device list: check the server address; it normally ends in /v0.</source>
      <translation>RUFUS answered 404 for the device list: check the server address; it normally ends in /v0.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="211" />
      <source>RUFUS did not answer in time. Check the internet connection and try again.</source>
      <translation>RUFUS did not answer in time. Check the internet connection and try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="27" />
      <source>RUFUS did not finish answering %1 within %2 s: the answer came too slowly. Check the internet connection and try again.</source>
      <translation>RUFUS did not finish answering %1 within %2 s: the answer came too slowly. Check the internet connection and try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="130" />
      <source>RUFUS does not recognise this API key: it may have been deleted or mistyped. Choose Key → Enter or change API key… and enter a READ_WRITE key.</source>
      <translation>RUFUS does not recognise this API key: it may have been deleted or mistyped. Choose Key → Enter or change API key… and enter a READ_WRITE key.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="203" />
      <source>RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it keeps happening, RUFUS may be down.</source>
      <translation>RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it keeps happening, RUFUS may be down.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="147" />
      <source>RUFUS has no such session for this account any more. Refresh the list (F5).</source>
      <translation>RUFUS has no such session for this account any more. Refresh the list (F5).</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="153" />
      <source>RUFUS is limiting requests from this key. Wait a minute and try again.</source>
      <translation>RUFUS is limiting requests from this key. Wait a minute and try again.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/names.py" line="89" />
      <source>RUFUS lists this session under %n devices: %1. Check which one is timing into it before closing it; the close ends it for all of them.</source>
      <translation>
        <numerusform>RUFUS lists this session under %n devices: %1. Check which one is timing into it before closing it; the close ends it for all of them.</numerusform>
        <numerusform>RUFUS lists this session under %n devices: %1. Check which one is timing into it before closing it; the close ends it for all of them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="47" />
      <source>RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.</source>
      <translation>RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="139" />
      <source>RUFUS refused to list with this key: it is WRITE-only or has been deleted. The console needs a READ_WRITE key: choose Key → Enter or change API key…</source>
      <translation>RUFUS refused to list with this key: it is WRITE-only or has been deleted. The console needs a READ_WRITE key: choose Key → Enter or change API key…</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="225" />
      <source>RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try again; if it keeps happening, sign in to the network with a browser, or update Rufus Console.</source>
      <translation>RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try again; if it keeps happening, sign in to the network with a browser, or update Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="82" />
      <source>RUFUS's clock is %1 ahead of this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>RUFUS's clock is %1 ahead of this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="75" />
      <source>RUFUS's clock is %1 behind this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>RUFUS's clock is %1 behind this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="81" />
      <source>RUFUS's clock: %1 ahead</source>
      <translation>RUFUS's clock: %1 ahead</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="74" />
      <source>RUFUS's clock: %1 behind</source>
      <translation>RUFUS's clock: %1 behind</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="102" />
      <source>RUFUS_API_KEY</source>
      <translation>RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="107" />
      <source>Saving the passings was stopped; no file was kept.</source>
      <translation>Saving the passings was stopped; no file was kept.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="195" />
      <source>Something other than RUFUS answered (HTTP %1): check the server address; a venue Wi-Fi login page can cause this too.</source>
      <translation>Something other than RUFUS answered (HTTP %1): check the server address; a venue Wi-Fi login page can cause this too.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="57" />
      <location filename="app/ui/words/errors.py" line="234" />
      <source>Something unexpected went wrong. The details are in the log; try again.</source>
      <translation>Something unexpected went wrong. The details are in the log; try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>The API key comes from the RUFUS_API_KEY environment variable, which overrides the keyring.</source>
      <translation>The API key comes from the RUFUS_API_KEY environment variable, which overrides the keyring.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>The API key is stored in the system keyring.</source>
      <translation>The API key is stored in the system keyring.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="167" />
      <source>The API key or the server address cannot be used as it is (the details are on hover). Choose Key → Enter or change API key…, or check the server address.</source>
      <translation>The API key or the server address cannot be used as it is (the details are on hover). Choose Key → Enter or change API key…, or check the server address.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="36" />
      <source>The close history could not be written (%1), so the close was not sent: every close is recorded first. Check that the data folder can be written and the disk is not full, then try again.</source>
      <translation>The close history could not be written (%1), so the close was not sent: every close is recorded first. Check that the data folder can be written and the disk is not full, then try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="183" />
      <source>The close history could not be written, so the close was not sent: every close is recorded first. Check that the disk is not full, then try again.</source>
      <translation>The close history could not be written, so the close was not sent: every close is recorded first. Check that the disk is not full, then try again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="191" />
      <source>The console is quitting; the request was abandoned.</source>
      <translation>The console is quitting; the request was abandoned.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>The key in the RUFUS_API_KEY environment variable cannot be used: it has spaces or characters RUFUS keys never have. Correct it, or remove the variable to use the keyring's key, and start Rufus Console again.</source>
      <translation>The key in the RUFUS_API_KEY environment variable cannot be used: it has spaces or characters RUFUS keys never have. Correct it, or remove the variable to use the keyring's key, and start Rufus Console again.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="91" />
      <source>The list could not be refreshed: %1</source>
      <translation>The list could not be refreshed: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="84" />
      <source>The passings could not be read from RUFUS (%1); the session was not closed. Try again, or close it without saving the passings.</source>
      <translation>The passings could not be read from RUFUS (%1); the session was not closed. Try again, or close it without saving the passings.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="91" />
      <source>The passings could not be saved in %1: %2. Check that the folder exists and is writable, that the disk is not full, and that the file is not open in a spreadsheet.</source>
      <translation>The passings could not be saved in %1: %2. Check that the folder exists and is writable, that the disk is not full, and that the file is not open in a spreadsheet.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="110" />
      <source>The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but sent %2; what was read is in %3. If the session is still receiving passings, save it again; otherwise try again later.</source>
      <translation>The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but sent %2; what was read is in %3. If the session is still receiving passings, save it again; otherwise try again later.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="102" />
      <source>The passings folder %1 could not be created: %2.</source>
      <translation>The passings folder %1 could not be created: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="52" />
      <source>The request to RUFUS could not be completed. Refresh the list (F5) and try again; the details are in the log.</source>
      <translation>The request to RUFUS could not be completed. Refresh the list (F5) and try again; the details are in the log.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>The simulated cloud's demo key (READ_WRITE).</source>
      <translation>The simulated cloud's demo key (READ_WRITE).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="81" />
      <source>The system keyring accepted the key but did not keep it: it will be asked for again at the next start.</source>
      <translation>The system keyring accepted the key but did not keep it: it will be asked for again at the next start.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="77" />
      <source>The system keyring could not be opened.</source>
      <translation>The system keyring could not be opened.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>The system keyring did not answer within %1 s, so it is not used in this run.</source>
      <translation>The system keyring did not answer within %1 s, so it is not used in this run.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <source>The system keyring failed in a way nobody foresaw, so it is not used in this run (the details are in the log).</source>
      <translation>The system keyring failed in a way nobody foresaw, so it is not used in this run (the details are in the log).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>The system keyring is locked: unlock it (log in to the desktop) and restart.</source>
      <translation>The system keyring is locked: unlock it (log in to the desktop) and restart.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>This computer has no system keyring.</source>
      <translation>This computer has no system keyring.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="72" />
      <source>This key can list sessions but not close them: it is READ-only. To close sessions, create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, then choose Key → Enter or change API key…</source>
      <translation>This key can list sessions but not close them: it is READ-only. To close sessions, create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, then choose Key → Enter or change API key…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="31" />
      <source>Updated %1 ago</source>
      <translation>Updated %1 ago</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="115" />
      <source>already closed</source>
      <translation>already closed</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="53" />
      <source>and %1 more</source>
      <translation>and %1 more</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="113" />
      <source>closed</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="103" />
      <source>demo</source>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="37" />
      <source>every %1 for this account's size, to spare RUFUS</source>
      <translation>every %1 for this account's size, to spare RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="68" />
      <source>idle</source>
      <translation>idle</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="84" />
      <source>in %1</source>
      <translation>in %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="80" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="33" />
      <source>next in %1</source>
      <translation>next in %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="119" />
      <source>not sent</source>
      <translation>not sent</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="121" />
      <source>outcome unknown</source>
      <translation>outcome unknown</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="117" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="123" />
      <source>still open</source>
      <translation>still open</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="125" />
      <source>stopped</source>
      <translation>stopped</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="101" />
      <source>system keyring</source>
      <translation>system keyring</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="104" />
      <source>this run only</source>
      <translation>this run only</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="91" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="55" />
      <source>unknown kind</source>
      <translation>unknown kind</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="66" />
      <source>“%1” on %2</source>
      <translation>“%1” on %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="66" />
      <source>○ unused</source>
      <translation>○ unused</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="62" />
      <source>● LIVE</source>
      <translation>● LIVE</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="64" />
      <source>◷ STALE</source>
      <translation>◷ STALE</translation>
    </message>
  </context>
</TS>
