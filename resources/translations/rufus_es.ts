<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AlertFlow</name>
    <message>
      <location filename="app/ui/alert_flow.py" line="35" />
      <source>&amp;Show alerts…</source>
      <translation>&amp;Mostrar las alertas…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="67" />
      <source>A live session is &amp;silent after</source>
      <translation>Una sesión en directo queda en &amp;silencio tras</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="56" />
      <source>Ale&amp;rts</source>
      <translation>Ale&amp;rtas</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="59" />
      <source>Alert &amp;kinds</source>
      <translation>&amp;Tipos de alerta</translation>
    </message>
    <message>
      <location filename="app/ui/alert_flow.py" line="40" />
      <source>Every alert, newest first; those not acknowledged marked (Ctrl+Shift+A)</source>
      <translation>Todas las alertas, la más reciente primero; marcadas las que aún no se han visto (Ctrl+Mayús+A)</translation>
    </message>
  </context>
  <context>
    <name>AlertTray</name>
    <message>
      <location filename="app/ui/alert_tray.py" line="40" />
      <source>Alerts…</source>
      <translation>Alertas…</translation>
    </message>
    <message>
      <location filename="app/ui/alert_tray.py" line="39" />
      <source>Open Rufus Console</source>
      <translation>Abrir Rufus Console</translation>
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
      <translation>%1 vuelve a estar en línea; su sesión %2 está abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="97" />
      <source>%1 on %2 was closed elsewhere (not by this console)</source>
      <translation>%1 en %2 se ha cerrado en otro lugar (no desde esta consola)</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="82" />
      <source>%1 on %2: no passing for %3 (the last at %4) while other sessions are live</source>
      <translation>%1 en %2: ningún paso desde hace %3 (el último a las %4) mientras otras sesiones están en directo</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="93" />
      <source>%1 opened on %2, which had no open session</source>
      <translation>%1 se ha abierto en %2, que no tenía ninguna sesión abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="58" />
      <source>%1 went offline; its session %2 is open</source>
      <translation>%1 se ha quedado sin conexión; su sesión %2 está abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="73" />
      <source>%1: battery back above %2 % (%3 %); its session %4 is open</source>
      <translation>%1: la batería vuelve a superar el %2 % (%3 %); su sesión %4 está abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="66" />
      <source>%1: battery low (%2 %); its session %3 is open</source>
      <translation>%1: batería baja (%2 %); su sesión %3 está abierta</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="105" />
      <location filename="app/ui/words/alerts.py" line="120" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alerta</numerusform>
        <numerusform>%n alertas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="109" />
      <source>%n alert(s) not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).</source>
      <translation>
        <numerusform>%n alerta sin ver. Alertas → Mostrar las alertas (Ctrl+Mayús+A).</numerusform>
        <numerusform>%n alertas sin ver. Alertas → Mostrar las alertas (Ctrl+Mayús+A).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="122" />
      <source>%n not acknowledged</source>
      <translation>
        <numerusform>%n sin ver</numerusform>
        <numerusform>%n sin ver</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="40" />
      <source>A battery runs low, or recovers</source>
      <translation>Una batería se queda baja, o se recupera</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="38" />
      <source>A device goes offline, or comes back</source>
      <translation>Un dispositivo se queda sin conexión, o vuelve</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="42" />
      <source>A live session falls silent while others time</source>
      <translation>Una sesión en directo se queda en silencio mientras otras cronometran</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="46" />
      <source>A session is closed elsewhere</source>
      <translation>Una sesión se cierra en otro lugar</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="44" />
      <source>A session opens on a device that had none</source>
      <translation>Se abre una sesión en un dispositivo que no tenía ninguna</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="136" />
      <source>Acknowledged</source>
      <translation>Vista</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="148" />
      <source>Alerts come from each refresh: with automatic refresh off, nobody is told when a device goes offline or a mat falls silent. Turn it on in Sessions → Refresh automatically.</source>
      <translation>Las alertas salen de cada actualización: con la actualización automática desactivada, nadie se entera de que un dispositivo se queda sin conexión o de que una alfombra se queda en silencio. Actívala en Sesiones → Actualizar automáticamente.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="144" />
      <source>Alerts paused: automatic refresh is off</source>
      <translation>Alertas en pausa: la actualización automática está desactivada</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="21" />
      <source>Back online</source>
      <translation>De nuevo en línea</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="23" />
      <source>Battery low</source>
      <translation>Batería baja</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="25" />
      <source>Battery recovered</source>
      <translation>Batería recuperada</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="31" />
      <source>Closed elsewhere</source>
      <translation>Cerrada en otro lugar</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="29" />
      <source>New session</source>
      <translation>Sesión nueva</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="127" />
      <source>No alert yet. Each refresh is compared with the one before: a device going offline, a battery running low, a live mat falling silent, a session opened or closed elsewhere is listed here.</source>
      <translation>Aún no hay alertas. Cada actualización se compara con la anterior: aquí aparece un dispositivo que se queda sin conexión, una batería que se queda baja, una alfombra en directo que se queda en silencio, una sesión abierta o cerrada en otro lugar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="140" />
      <source>Not acknowledged</source>
      <translation>Sin ver</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="19" />
      <source>Offline</source>
      <translation>Sin conexión</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="163" />
      <source>Rufus Console: %1</source>
      <translation>Rufus Console: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="27" />
      <source>Silent</source>
      <translation>En silencio</translation>
    </message>
    <message>
      <location filename="app/ui/words/alerts.py" line="157" />
      <source>That session is not in the table: it was closed, or the filter hides it.</source>
      <translation>Esa sesión no está en la tabla: se ha cerrado, o el filtro la oculta.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/alerts.py" line="167" />
      <source>and %n more alert(s): see Alerts in Rufus Console</source>
      <translation>
        <numerusform>y %n alerta más: consulta Alertas en Rufus Console</numerusform>
        <numerusform>y %n alertas más: consulta Alertas en Rufus Console</numerusform>
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
      <translation>Marcar como &amp;vista</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="74" />
      <source>&amp;Show in the table</source>
      <translation>&amp;Mostrar en la tabla</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="72" />
      <source>Acknowledge a&amp;ll</source>
      <translation>Marcar &amp;todas como vistas</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>Alert</source>
      <translation>Alerta</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="43" />
      <source>Alerts — Rufus Console</source>
      <translation>Alertas — Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="60" />
      <source>Alerts, newest first</source>
      <translation>Alertas, la más reciente primero</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="70" />
      <source>Unmark the selected alerts (Space)</source>
      <translation>Quita la marca de las alertas seleccionadas (Espacio)</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>What happened</source>
      <translation>Qué ha pasado</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="55" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="app/ui/alerts_window.py" line="62" />
      <source>⚠ marks an alert not acknowledged yet; ✓ one acknowledged.</source>
      <translation>⚠ marca una alerta aún sin ver; ✓ una ya vista.</translation>
    </message>
  </context>
  <context>
    <name>CloseFlow</name>
    <message>
      <location filename="app/ui/close_flow.py" line="129" />
      <source>%1 cannot be closed now: %2</source>
      <translation>%1 no se puede cerrar ahora: %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="244" />
      <source>%1 is being closed by another Rufus Console on this computer (a window or the command line): this one leaves it alone. Refresh (F5) once it is done.</source>
      <translation>Otro Rufus Console de este ordenador (una ventana o la línea de órdenes) está cerrando %1: esta no lo toca. Actualiza (F5) cuando haya terminado.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="218" />
      <source>%1 of %2: %3</source>
      <translation>%1 de %2: %3</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="170" />
      <source>%1 was already closed (elsewhere, or by its device). Nothing to do.</source>
      <translation>%1 ya estaba cerrada (en otro lugar o por su dispositivo). No hay nada que hacer.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="266" />
      <source>%1 — see Sessions → Close history (Ctrl+H)</source>
      <translation>%1 — consulta Sesiones → Historial de cierres (Ctrl+H)</translation>
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
        <numerusform>%n ya cerrada</numerusform>
        <numerusform>%n ya cerradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="257" />
      <source>%n closed</source>
      <translation>
        <numerusform>%n cerrada</numerusform>
        <numerusform>%n cerradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="261" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n fallida</numerusform>
        <numerusform>%n fallidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="263" />
      <source>%n not confirmed (refresh to check)</source>
      <translation>
        <numerusform>%n sin confirmar (actualiza para comprobarlo)</numerusform>
        <numerusform>%n sin confirmar (actualiza para comprobarlo)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="250" />
      <source>%n session(s) not closed: their passings could not all be saved.</source>
      <translation>
        <numerusform>%n sesión no cerrada: no se han podido guardar todos sus pasos.</numerusform>
        <numerusform>%n sesiones no cerradas: no se han podido guardar todos sus pasos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="265" />
      <source>%n stopped before their turn</source>
      <translation>
        <numerusform>%n detenida antes de su turno</numerusform>
        <numerusform>%n detenidas antes de su turno</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="276" />
      <source>&amp;Keep them open</source>
      <translation>&amp;Mantenerlas abiertas</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="187" />
      <source>Cancelled: %1 was not closed.</source>
      <translation>Cancelado: no se ha cerrado %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/close_flow.py" line="191" />
      <source>Cancelled: none of the %n sessions was closed.</source>
      <translation>
        <numerusform>Cancelado: no se ha cerrado %n sesión.</numerusform>
        <numerusform>Cancelado: no se ha cerrado ninguna de las %n sesiones.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="158" />
      <source>Checking %1 before closing it…</source>
      <translation>Comprobando %1 antes de cerrarla…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="273" />
      <source>Close &amp;without saving</source>
      <translation>Cerrar &amp;sin guardar</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="265" />
      <source>Close them anyway? Their passings stay readable in RUFUS after the close.</source>
      <translation>¿Cerrarlas de todos modos? Sus pasos se podrán seguir consultando en RUFUS después del cierre.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="190" />
      <source>Closed %1. It leaves the list at the next refresh.</source>
      <translation>Se ha cerrado %1. Saldrá de la lista en la próxima actualización.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="181" />
      <source>Closed %1: RUFUS confirmed it %2 after the close went unanswered.</source>
      <translation>Se ha cerrado %1: RUFUS lo ha confirmado %2 después de que la petición de cierre se quedara sin respuesta.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="229" />
      <source>Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT in the file (they stay readable in RUFUS).</source>
      <translation>
        <numerusform>%1 cerrada; %2 tiene %3 de sus pasos: %Ln paso que llegó mientras se cerraba NO está en el fichero (sigue pudiéndose leer en RUFUS).</numerusform>
        <numerusform>%1 cerrada; %2 tiene %3 de sus pasos: %Ln pasos que llegaron mientras se cerraba NO están en el fichero (siguen pudiéndose leer en RUFUS).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="218" />
      <source>Closed %1; %Ln passing(s) saved in %2. RUFUS's count after the close could not be read: compare the file with RUFUS before relying on it.</source>
      <translation>
        <numerusform>%1 cerrada; %Ln paso guardado en %2. No se ha podido leer la cuenta de RUFUS tras el cierre: compara el fichero con RUFUS antes de fiarte de él.</numerusform>
        <numerusform>%1 cerrada; %Ln pasos guardados en %2. No se ha podido leer la cuenta de RUFUS tras el cierre: compara el fichero con RUFUS antes de fiarte de él.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/closes.py" line="212" />
      <source>Closed %1; its %Ln passing(s) are in %2.</source>
      <translation>
        <numerusform>Se ha cerrado %1; %Ln paso guardado en %2.</numerusform>
        <numerusform>Se ha cerrado %1; %Ln pasos guardados en %2.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="163" />
      <source>Closing %1…</source>
      <translation>Cerrando %1…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="200" />
      <source>Could not close %1: %2</source>
      <translation>No se ha podido cerrar %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="123" />
      <source>None of the selected sessions can be closed now.</source>
      <translation>Ahora no se puede cerrar ninguna de las sesiones seleccionadas.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="164" />
      <source>Nothing new to close: those are being closed.</source>
      <translation>Nada nuevo que cerrar: esas sesiones ya se están cerrando.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="166" />
      <source>Nothing was closed: the key in use cannot close.</source>
      <translation>No se ha cerrado nada: la clave en uso no puede cerrar.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="160" />
      <source>Outcome unknown: reading %1 back from RUFUS…</source>
      <translation>Resultado desconocido: volviendo a leer %1 en RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="248" />
      <source>Passings not saved</source>
      <translation>Pasos no guardados</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="174" />
      <source>RUFUS accepted the close of %1; the check afterwards could not be made. Refresh (F5) to confirm.</source>
      <translation>RUFUS ha aceptado el cierre de %1, pero no se ha podido hacer la comprobación posterior. Actualiza (F5) para confirmarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="194" />
      <source>RUFUS has not confirmed the close of %1. Refresh before closing again.</source>
      <translation>RUFUS no ha confirmado el cierre de %1. Actualiza antes de volver a cerrarla.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="281" />
      <source>RUFUS now reports it closed</source>
      <translation>RUFUS indica ahora que está cerrada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="283" />
      <source>RUFUS reports it still open: it was not closed</source>
      <translation>RUFUS indica que sigue abierta: no llegó a cerrarse</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="76" />
      <source>S&amp;top after this one</source>
      <translation>&amp;Detener después de esta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="150" />
      <source>Saving the passings of %1: %2 of %3…</source>
      <translation>Guardando los pasos de %1: %2 de %3…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="156" />
      <source>Saving the passings of %1…</source>
      <translation>Guardando los pasos de %1…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="197" />
      <source>Stopping after the session being closed now…</source>
      <translation>Se detendrá después de la sesión que se está cerrando…</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="78" />
      <source>The session being closed finishes; the sessions after it are not sent.</source>
      <translation>La sesión que se está cerrando termina de cerrarse; el cierre de las siguientes no se envía.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="274" />
      <source>When the console last stopped, the close of %1 had no known outcome: %2.</source>
      <translation>La última vez que se detuvo la consola, el cierre de %1 no tenía un resultado conocido: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/close_flow.py" line="260" />
      <source>and %1 more</source>
      <translation>y %1 más</translation>
    </message>
  </context>
  <context>
    <name>ColumnFit</name>
    <message>
      <location filename="app/ui/column_fit.py" line="66" />
      <source>Columns</source>
      <translation>Columnas</translation>
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
      <translation>%1 · %2 pasos · %3 en directo</translation>
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
        <numerusform>%n de estas sesiones está EN DIRECTO: su dispositivo sigue cronometrando y cerrarla ahora lo detiene en plena carrera.</numerusform>
        <numerusform>%n de estas sesiones están EN DIRECTO: sus dispositivos siguen cronometrando y cerrarlas ahora los detiene en plena carrera.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="337" />
      <source>%n of these sessions are on devices offline or not heard from: they may still hold passings they have not sent, and closing now loses those for good.</source>
      <translation>
        <numerusform>%n de estas sesiones está en un dispositivo sin conexión o del que no se sabe nada: puede que aún guarde pasos que no ha enviado, y cerrarla ahora los pierde para siempre.</numerusform>
        <numerusform>%n de estas sesiones están en dispositivos sin conexión o de los que no se sabe nada: puede que aún guarden pasos que no han enviado, y cerrarlas ahora los pierde para siempre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="109" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n sesión</numerusform>
        <numerusform>%n sesiones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="120" />
      <source>&amp;Save the %Ln passing(s) to a file first</source>
      <translation>
        <numerusform>&amp;Guardar primero %Ln paso en un archivo</numerusform>
        <numerusform>&amp;Guardar primero los %Ln pasos en un archivo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="202" />
      <source>&amp;Type %1 to confirm that you mean all of them:</source>
      <translation>&amp;Escribe %1 para confirmar que quieres cerrarlas todas:</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="252" />
      <source>C&amp;lose %n session(s)</source>
      <translation>
        <numerusform>Cerrar &amp;la %n sesión</numerusform>
        <numerusform>Cerrar &amp;las %n sesiones</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="250" />
      <source>C&amp;lose session</source>
      <translation>Cerrar &amp;la sesión</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="96" />
      <source>Close %n session(s)?</source>
      <translation>
        <numerusform>¿Cerrar %n sesión?</numerusform>
        <numerusform>¿Cerrar %n sesiones?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="94" />
      <source>Close session?</source>
      <translation>¿Cerrar la sesión?</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="297" />
      <source>Close the session “%1” on %2 (%3)?</source>
      <translation>¿Cerrar la sesión «%1» en %2 (%3)?</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/confirm_close.py" line="293" />
      <source>Close these %n session(s)?</source>
      <translation>
        <numerusform>¿Cerrar %n sesión?</numerusform>
        <numerusform>¿Cerrar estas %n sesiones?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="291" />
      <source>Closing cannot be undone: the device will not be able to send more passings into this session.</source>
      <translation>El cierre no se puede deshacer: el dispositivo no podrá enviar más pasos a esta sesión.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="296" />
      <source>Closing cannot be undone: the devices will not be able to send more passings into these sessions.</source>
      <translation>El cierre no se puede deshacer: los dispositivos no podrán enviar más pasos a estas sesiones.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="176" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="93" />
      <source>Device not heard from since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>No se sabe nada del dispositivo desde las %1: puede que aún guarde pasos que no ha enviado. Cerrar la sesión ahora los pierde para siempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="88" />
      <source>Device offline since %1 — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Dispositivo sin conexión desde las %1: puede que aún guarde pasos que no ha enviado. Cerrar la sesión ahora los pierde para siempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="83" />
      <source>Device offline — it may still hold passings it has not sent. Closing the session now loses them for good.</source>
      <translation>Dispositivo sin conexión: puede que aún guarde pasos que no ha enviado. Cerrar la sesión ahora los pierde para siempre.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="182" />
      <source>Device status</source>
      <translation>Estado del dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="64" />
      <source>Device status:</source>
      <translation>Estado del dispositivo:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="55" />
      <source>Device:</source>
      <translation>Dispositivo:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="177" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="312" />
      <source>LIVE: a passing arrived %1 ago. The device is still timing: closing now stops it mid-race.</source>
      <translation>EN DIRECTO: llegó un paso hace %1. El dispositivo sigue cronometrando: cerrarla ahora lo detiene en plena carrera.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="181" />
      <source>Last passing</source>
      <translation>Último paso</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="71" />
      <source>Last passing:</source>
      <translation>Último paso:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="183" />
      <source>Last seen</source>
      <translation>Última conexión</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="66" />
      <source>Last seen:</source>
      <translation>Última conexión:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="200" />
      <source>Number of sessions</source>
      <translation>Número de sesiones</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_close.py" line="126" />
      <source>One CSV file per session, in %1. If a session's passings cannot all be saved, it is not closed.</source>
      <translation>Un archivo CSV por sesión, en %1. Si no se pueden guardar todos los pasos de una sesión, esa sesión no se cierra.</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="179" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="69" />
      <source>Opened:</source>
      <translation>Apertura:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="180" />
      <source>Passings</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="70" />
      <source>Passings:</source>
      <translation>Pasos:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="178" />
      <source>Serial</source>
      <translation>N.º de serie</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="63" />
      <source>Serial:</source>
      <translation>N.º de serie:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="174" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="53" />
      <source>Session:</source>
      <translation>Sesión:</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="264" />
      <source>Sessions to close</source>
      <translation>Sesiones que se van a cerrar</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="175" />
      <source>To weigh</source>
      <translation>A tener en cuenta</translation>
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
      <translation>aún sin pasos</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="152" />
      <source>quiet for %1</source>
      <translation>sin pasos desde hace %1</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="157" />
      <source>◷ STALE: opened %1, %2</source>
      <translation>◷ OLVIDADA: abierta %1, %2</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="167" />
      <source>⚠ device not heard from</source>
      <translation>⚠ sin noticias del dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="165" />
      <source>⚠ device offline</source>
      <translation>⚠ dispositivo sin conexión</translation>
    </message>
    <message>
      <location filename="app/ui/confirm_targets.py" line="162" />
      <source>⚠ listed under several devices</source>
      <translation>⚠ listada en varios dispositivos</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="app/ui/crash_report.py" line="61" />
      <source>&amp;Keep working</source>
      <translation>&amp;Continuar trabajando</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="64" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="41" />
      <source>It could not be written to a log file: the log folder cannot be written.</source>
      <translation>No se ha podido escribir en un archivo de registro: no se puede escribir en la carpeta de registros.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="34" />
      <source>Rufus Console ran into an unexpected problem and could not finish what it was doing.</source>
      <translation>Rufus Console ha tenido un problema inesperado y no ha podido terminar lo que estaba haciendo.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="32" />
      <source>Rufus Console: unexpected problem</source>
      <translation>Rufus Console: problema inesperado</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="52" />
      <source>Sessions on RUFUS are not changed by this. Press F5 to see their real state. If it happens again, send the log file to whoever supports Rufus Console.</source>
      <translation>Esto no cambia las sesiones en RUFUS. Pulsa F5 para ver su estado real. Si vuelve a ocurrir, envía el archivo de registro a quien dé soporte a Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/crash_report.py" line="46" />
      <source>What happened is written to the log file:
%1</source>
      <translation>Lo ocurrido se ha escrito en el archivo de registro:
%1</translation>
    </message>
  </context>
  <context>
    <name>CsvStyle</name>
    <message>
      <location filename="app/ui/csv_style.py" line="46" />
      <source>As this computer's spreadsheets expect (%1)</source>
      <translation>Como lo esperan las hojas de cálculo de este ordenador (%1)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="72" />
      <source>Asked (UTC)</source>
      <translation>Pedido (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="55" />
      <source>Bib</source>
      <translation>Dorsal</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="56" />
      <source>Chip</source>
      <translation>Chip</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="41" />
      <source>Comma (,)</source>
      <translation>Coma (,)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="77" />
      <source>Computer</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="78" />
      <source>Console version</source>
      <translation>Versión de la consola</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="80" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="63" />
      <location filename="app/ui/csv_style.py" line="79" />
      <source>Device id</source>
      <translation>Id. del dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="73" />
      <source>Ended (UTC)</source>
      <translation>Terminado (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="58" />
      <source>Gender</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="91" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="75" />
      <source>Key</source>
      <translation>Clave</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="81" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="89" />
      <source>Last passing after (UTC)</source>
      <translation>Último paso después (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="87" />
      <source>Last passing before (UTC)</source>
      <translation>Último paso antes (UTC)</translation>
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
      <translation>Abierta (UTC)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="65" />
      <source>Other fields</source>
      <translation>Otros campos</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="90" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="57" />
      <source>Participant</source>
      <translation>Participante</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="53" />
      <source>Passing number</source>
      <translation>Número de paso</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="88" />
      <source>Passings after</source>
      <translation>Pasos después</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="86" />
      <source>Passings before</source>
      <translation>Pasos antes</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="93" />
      <source>Passings file</source>
      <translation>Fichero de pasos</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="92" />
      <source>Reason, as recorded</source>
      <translation>Motivo, tal como se registró</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="43" />
      <source>Semicolon (;)</source>
      <translation>Punto y coma (;)</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="82" />
      <source>Serial</source>
      <translation>N.º de serie</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="74" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="83" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="64" />
      <location filename="app/ui/csv_style.py" line="84" />
      <source>Session token</source>
      <translation>Token de la sesión</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="59" />
      <source>Status</source>
      <translation>Estado</translation>
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
      <translation>Zona horaria</translation>
    </message>
    <message>
      <location filename="app/ui/csv_style.py" line="76" />
      <source>User</source>
      <translation>Usuario</translation>
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
        <numerusform>%Ln paso de %1 guardado en %2</numerusform>
        <numerusform>%Ln pasos de %1 guardados en %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="56" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="103" />
      <source>Enter an API key first.</source>
      <translation>Introduce primero una clave de API.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="54" />
      <source>Export passings</source>
      <translation>Exportar pasos</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="107" />
      <source>Passings folder</source>
      <translation>Carpeta de pasos</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="111" />
      <source>Passings will be saved in %1</source>
      <translation>Los pasos se guardarán en %1</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="71" />
      <source>Saving the passings of %1: %2</source>
      <translation>Guardando los pasos de %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="94" />
      <source>Saving the passings of %1…</source>
      <translation>Guardando los pasos de %1…</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="48" />
      <source>Select a session first.</source>
      <translation>Selecciona primero una sesión.</translation>
    </message>
    <message>
      <location filename="app/ui/export_flow.py" line="88" />
      <source>The passings of %1 were not saved: %2</source>
      <translation>No se han guardado los pasos de %1: %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
    <message>
      <location filename="app/ui/history_window.py" line="263" />
      <source>%1 (interrupted; read back later)</source>
      <translation>%1 (interrumpido; leído después)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="223" />
      <source>%Ln attempt(s) written to %1</source>
      <translation>
        <numerusform>%Ln intento escrito en %1</numerusform>
        <numerusform>%Ln intentos escritos en %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="134" />
      <source>%n close attempt(s).</source>
      <translation>
        <numerusform>%n intento de cierre.</numerusform>
        <numerusform>%n intentos de cierre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export %n shown…</source>
      <translation>
        <numerusform>&amp;Exportar %n mostrado…</numerusform>
        <numerusform>&amp;Exportar %n mostrados…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="92" />
      <location filename="app/ui/history_window.py" line="147" />
      <source>&amp;Export CSV…</source>
      <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="71" />
      <source>&amp;Filter:</source>
      <translation>&amp;Filtro:</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="152" />
      <source>&amp;Open passings folder</source>
      <translation>&amp;Abrir la carpeta de pasos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="192" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="87" />
      <source>Close attempts, newest first</source>
      <translation>Intentos de cierre, del más reciente al más antiguo</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="64" />
      <source>Close history</source>
      <translation>Historial de cierres</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="248" />
      <source>Computer</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="242" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="190" />
      <source>Export the close history</source>
      <translation>Exportar el historial de cierres</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="68" />
      <source>Filter by session, device, serial, token…</source>
      <translation>Filtrar por sesión, dispositivo, n.º de serie, token…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="70" />
      <source>Filter the close history</source>
      <translation>Filtrar el historial de cierres</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="249" />
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="247" />
      <source>Key</source>
      <translation>Clave</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="136" />
      <source>No close attempt yet: every close is recorded here.</source>
      <translation>Todavía no hay ningún intento de cierre: aquí se registran todos los cierres.</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="239" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="244" />
      <source>Passings</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="245" />
      <source>Passings file</source>
      <translation>Fichero de pasos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="90" />
      <source>Reading the close history…</source>
      <translation>Leyendo el historial de cierres…</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="240" />
      <source>Reason, as recorded</source>
      <translation>Motivo, tal como se registró</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="243" />
      <source>Serial</source>
      <translation>N.º de serie</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="241" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="229" />
      <source>The CSV file could not be written: %1</source>
      <translation>No se ha podido escribir el archivo CSV: %1</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="154" />
      <source>The folder of the selected attempt's passings file, in the file manager</source>
      <translation>La carpeta del fichero de pasos del intento seleccionado, en el gestor de archivos</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="246" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="238" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="app/ui/history_window.py" line="260" />
      <source>interrupted</source>
      <translation>interrumpida</translation>
    </message>
  </context>
  <context>
    <name>KeyDialog</name>
    <message>
      <location filename="app/ui/key_dialog.py" line="62" />
      <source>&amp;Key:</source>
      <translation>&amp;Clave:</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="64" />
      <source>&amp;Paste</source>
      <translation>&amp;Pegar</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="66" />
      <source>&amp;Show key</source>
      <translation>&amp;Mostrar la clave</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="59" />
      <location filename="app/ui/key_dialog.py" line="60" />
      <source>API key</source>
      <translation>Clave de API</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="82" />
      <location filename="app/ui/key_dialog.py" line="102" />
      <source>Check and sa&amp;ve</source>
      <translation>Comprobar y &amp;guardar</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="115" />
      <source>Checking the key with RUFUS…</source>
      <translation>Comprobando la clave con RUFUS…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="188" />
      <source>Demo: the key is kept in memory; nothing is stored.</source>
      <translation>Demo: la clave se conserva en memoria; no se guarda nada.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="44" />
      <source>RUFUS API key</source>
      <translation>Clave de API de RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="149" />
      <source>RUFUS does not recognise this key: it may have been deleted, mistyped or made for another account. Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>RUFUS no reconoce esta clave: puede que se haya borrado, que esté mal escrita o que sea de otra cuenta. Cópiala de nuevo de RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="154" />
      <source>RUFUS refused to list with this key: it is WRITE-only. The console needs a READ_WRITE key: create one in RUFUS Cloud → API Keys and paste it here.</source>
      <translation>RUFUS se ha negado a listar con esta clave: es de solo escritura (WRITE). La consola necesita una clave READ_WRITE: crea una en RUFUS Cloud → API Keys y pégala aquí.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="182" />
      <source>RUFUS_API_KEY is set: the key entered here is used for this run and stored in the keyring, but the variable wins at the next start.</source>
      <translation>RUFUS_API_KEY está definida: la clave introducida aquí se usa en esta ejecución y se guarda en el llavero del sistema, pero en el próximo inicio prevalece la variable.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="49" />
      <source>Rufus Console needs a RUFUS API key with &lt;b&gt;READ_WRITE&lt;/b&gt; access: READ to list the sessions, WRITE to close them.&lt;br&gt;Create one in RUFUS Cloud → your account name (top right) → API Keys, then paste it here.</source>
      <translation>Rufus Console necesita una clave de API de RUFUS con acceso &lt;b&gt;READ_WRITE&lt;/b&gt;: READ para listar las sesiones y WRITE para cerrarlas.&lt;br&gt;Crea una en RUFUS Cloud → el nombre de tu cuenta (arriba a la derecha) → API Keys y pégala aquí.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="125" />
      <source>Sa&amp;ve READ-only key</source>
      <translation>&amp;Guardar la clave solo READ</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="120" />
      <source>Storing the key…</source>
      <translation>Guardando la clave…</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="159" />
      <source>The key was not saved. %1</source>
      <translation>No se ha guardado la clave. %1</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="180" />
      <source>The key will be kept for this run only.</source>
      <translation>La clave se conservará solo durante esta ejecución.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="144" />
      <source>This does not look like a RUFUS API key (it is empty or has spaces or unusual characters). Copy it again from RUFUS Cloud → API Keys.</source>
      <translation>Esto no parece una clave de API de RUFUS (está vacía o tiene espacios o caracteres inusuales). Vuelve a copiarla desde RUFUS Cloud → API Keys.</translation>
    </message>
    <message>
      <location filename="app/ui/key_dialog.py" line="128" />
      <source>This key is READ-only: it can list sessions but not close them. Enter a READ_WRITE key, or press “Save READ-only key” to use it for listing only.</source>
      <translation>Esta clave es solo READ: puede listar sesiones, pero no cerrarlas. Introduce una clave READ_WRITE o pulsa «Guardar la clave solo READ» para usarla solo para listar.</translation>
    </message>
  </context>
  <context>
    <name>KeyFlow</name>
    <message>
      <location filename="app/ui/key_flow.py" line="67" />
      <source>Forget the API key?</source>
      <translation>¿Olvidar la clave de API?</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="69" />
      <source>Remove the API key from this computer's keyring? You will need to enter it again to use the console.</source>
      <translation>¿Quitar la clave de API del llavero del sistema de este equipo? Tendrás que volver a introducirla para usar la consola.</translation>
    </message>
    <message>
      <location filename="app/ui/key_flow.py" line="97" />
      <source>The key could not be removed from the system keyring, so it may still be stored: %1 Try again, or remove it with the desktop's own keyring tool.</source>
      <translation>No se ha podido quitar la clave del llavero del sistema, así que puede que siga guardada: %1 Vuelve a intentarlo, o quítala con la herramienta de llavero del escritorio.</translation>
    </message>
  </context>
  <context>
    <name>ListingView</name>
    <message numerus="yes">
      <location filename="app/ui/listing_view.py" line="150" />
      <source>No open session on the account's %Ln device(s).</source>
      <translation>
        <numerusform>La cuenta tiene %Ln dispositivo y no hay ninguna sesión abierta.</numerusform>
        <numerusform>La cuenta tiene %Ln dispositivos y no hay ninguna sesión abierta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="93" />
      <source>Refreshing… %1 of %2 devices</source>
      <translation>Actualizando… %1 de %2 dispositivos</translation>
    </message>
    <message>
      <location filename="app/ui/listing_view.py" line="83" />
      <source>Refreshing… asking RUFUS for the account's devices</source>
      <translation>Actualizando… pidiendo a RUFUS los dispositivos de la cuenta</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="313" />
      <source>%n session(s) selected.</source>
      <translation>
        <numerusform>%n sesión seleccionada.</numerusform>
        <numerusform>%n sesiones seleccionadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="264" />
      <source>%n stale session(s) selected: Delete closes them, after a confirmation.</source>
      <translation>
        <numerusform>%n sesión olvidada seleccionada: Supr la cierra, previa confirmación.</numerusform>
        <numerusform>%n sesiones olvidadas seleccionadas: Supr las cierra, previa confirmación.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close %n selected…</source>
      <translation>
        <numerusform>&amp;Cerrar %n seleccionada…</numerusform>
        <numerusform>&amp;Cerrar %n seleccionadas…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="308" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Cerrar la selección…</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="150" />
      <source>&amp;Columns</source>
      <translation>&amp;Columnas</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="338" />
      <source>About Rufus Console</source>
      <translation>Acerca de Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="187" />
      <source>DEMO — simulated cloud. Nothing here touches a real race or account.</source>
      <translation>DEMO — nube simulada. Nada de lo que se haga aquí afecta a una carrera o una cuenta reales.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="332" />
      <source>From its next start, Rufus Console follows the system's language.</source>
      <translation>Desde el próximo inicio, Rufus Console usará el idioma del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="197" />
      <source>Key warning</source>
      <translation>Aviso sobre la clave</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="267" />
      <source>No stale session to select in the list shown.</source>
      <translation>No hay ninguna sesión olvidada que seleccionar en la lista mostrada.</translation>
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
Todas las sesiones de cronometraje abiertas en RUFUS, cerradas con seguridad.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="117" />
      <source>Rufus Console — DEMO — simulated cloud</source>
      <translation>Rufus Console — DEMO — nube simulada</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="119" />
      <source>Rufus Console — NOT PRODUCTION: %1</source>
      <translation>Rufus Console — NO ES PRODUCCIÓN: %1</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="252" />
      <location filename="app/ui/main_window.py" line="278" />
      <source>Select a session first.</source>
      <translation>Selecciona primero una sesión.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="282" />
      <source>Token of %1 copied to the clipboard.</source>
      <translation>Token de %1 copiado al portapapeles.</translation>
    </message>
    <message>
      <location filename="app/ui/main_window.py" line="328" />
      <source>“%1” will be the language the next time Rufus Console starts.</source>
      <translation>«%1» será el idioma la próxima vez que se inicie Rufus Console.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="app/ui/qt_words.py" line="17" />
      <source>Drive</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="18" />
      <source>File Folder</source>
      <translation>Carpeta de ficheros</translation>
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
      <translation>&amp;Ver en:</translation>
    </message>
    <message>
      <location filename="app/ui/qt_words.py" line="15" />
      <source>Files of &amp;type:</source>
      <translation>Ficheros de &amp;tipo:</translation>
    </message>
  </context>
  <context>
    <name>QuitGuard</name>
    <message>
      <location filename="app/ui/quit_guard.py" line="56" />
      <source>&amp;Quit now</source>
      <translation>&amp;Salir ahora</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="55" />
      <source>&amp;Wait, then quit</source>
      <translation>&amp;Esperar y después salir</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="43" />
      <source>A close is in progress</source>
      <translation>Hay un cierre en curso</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="45" />
      <source>Being closed now: %1. Wait for RUFUS to answer before quitting?</source>
      <translation>Se está cerrando: %1. ¿Esperar a que RUFUS responda antes de salir?</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="51" />
      <source>If you quit now, the session may or may not end up closed. The next start reads it back and says what became of it.</source>
      <translation>Si sales ahora, puede que la sesión acabe cerrada o no. En el próximo inicio se volverá a leer y se indicará qué ha sido de ella.</translation>
    </message>
    <message>
      <location filename="app/ui/quit_guard.py" line="69" />
      <source>Quitting once the close in progress has finished…</source>
      <translation>Se saldrá cuando termine el cierre en curso…</translation>
    </message>
  </context>
  <context>
    <name>SessionPanel</name>
    <message>
      <location filename="app/ui/words/passings.py" line="20" />
      <source>#</source>
      <translation>N.º</translation>
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
        <numerusform>%1: %Ln paso</numerusform>
        <numerusform>%1: %Ln pasos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="167" />
      <source>%1: not read</source>
      <translation>%1: sin leer</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="137" />
      <source>%n passing(s) with a time that cannot be read: listed, not charted.</source>
      <translation>
        <numerusform>%n paso con una hora ilegible: en la lista, no en el gráfico.</numerusform>
        <numerusform>%n pasos con una hora ilegible: en la lista, no en el gráfico.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="170" />
      <source>(so far)</source>
      <translation>(hasta ahora)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="156" />
      <source>-%1 min</source>
      <translation>-%1 min</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="66" />
      <source>Activity:</source>
      <translation>Actividad:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="69" />
      <source>Battery:</source>
      <translation>Batería:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="21" />
      <source>Bib</source>
      <translation>Dorsal</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="22" />
      <source>Chip</source>
      <translation>Chip</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="68" />
      <source>Device status:</source>
      <translation>Estado del dispositivo:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="63" />
      <source>Device:</source>
      <translation>Dispositivo:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="64" />
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="106" />
      <source>Last passing: %1 (%2)</source>
      <translation>Último paso: %1 (%2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="104" />
      <source>Last passing: none read</source>
      <translation>Último paso: ninguno leído</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="102" />
      <source>Last passing: none yet</source>
      <translation>Último paso: ninguno todavía</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="70" />
      <source>Last seen:</source>
      <translation>Última conexión:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="89" />
      <source>Latest passings, newest first</source>
      <translation>Últimos pasos, el más reciente primero</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="73" />
      <source>No API key: passings cannot be read.</source>
      <translation>Sin clave de API: no se pueden leer los pasos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="94" />
      <source>Not re-read since %1: %2</source>
      <translation>Sin releer desde las %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/passings.py" line="146" />
      <source>Passings per minute, last %n minute(s)</source>
      <translation>
        <numerusform>Pasos por minuto, último %n minuto</numerusform>
        <numerusform>Pasos por minuto, últimos %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="67" />
      <source>Passings:</source>
      <translation>Pasos:</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="25" />
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="81" />
      <source>Read %1 · every %2</source>
      <translation>Leídos %1 · cada %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="65" />
      <source>Reading the last hour's passings…</source>
      <translation>Leyendo los pasos de la última hora…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="61" />
      <source>Reading the latest passings…</source>
      <translation>Leyendo los últimos pasos…</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="69" />
      <source>Select one session to see its latest passings.</source>
      <translation>Selecciona una sesión para ver sus últimos pasos.</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="65" />
      <source>Serial:</source>
      <translation>N.º de serie:</translation>
    </message>
    <message>
      <location filename="app/ui/session_panel.py" line="42" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="24" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="90" />
      <source>The passings could not be read: %1</source>
      <translation>No se han podido leer los pasos: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="115" />
      <source>This minute: %1</source>
      <translation>Este minuto: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="23" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="124" />
      <source>hatched: not read</source>
      <translation>rayado: sin leer</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="130" />
      <source>longest gap %1, from %2</source>
      <translation>pausa más larga %1, desde las %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="160" />
      <source>now</source>
      <translation>ahora</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="118" />
      <source>peak %1</source>
      <translation>máximo %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/passings.py" line="44" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
  </context>
  <context>
    <name>SessionTable</name>
    <message>
      <location filename="app/ui/session_table.py" line="82" />
      <source>Not listed yet.</source>
      <translation>Aún no se han listado las sesiones.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="71" />
      <source>One row per open session of the account. Delete closes the selected sessions after a confirmation; Ctrl+C copies the token; F5 refreshes.</source>
      <translation>Una fila por cada sesión abierta de la cuenta. Supr cierra las sesiones seleccionadas, previa confirmación; Ctrl+C copia el token; F5 actualiza.</translation>
    </message>
    <message>
      <location filename="app/ui/session_table.py" line="68" />
      <source>Open sessions</source>
      <translation>Sesiones abiertas</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="app/ui/words/rows.py" line="36" />
      <source>? Not re-read</source>
      <translation>? No releída</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="203" />
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="46" />
      <source>Already closed ✓</source>
      <translation>Ya cerrada ✓</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="248" />
      <source>Battery</source>
      <translation>Batería</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="177" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="132" />
      <source>Close this session (Delete)</source>
      <translation>Cerrar esta sesión (Supr)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="57" />
      <source>Closed ✓</source>
      <translation>Cerrada ✓</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="54" />
      <source>Closed ✓ %1</source>
      <translation>Cerrada ✓ %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="50" />
      <source>Closed ✓ (confirmed %1 later)</source>
      <translation>Cerrada ✓ (confirmada %1 después)</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="48" />
      <source>Closed ✓ (not re-checked)</source>
      <translation>Cerrada ✓ (sin comprobación posterior)</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="271" />
      <source>Ctrl+C copies the full token</source>
      <translation>Ctrl+C copia el token completo</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="189" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="242" />
      <source>Device status</source>
      <translation>Estado del dispositivo</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="194" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="47" />
      <source>Last close attempt, %1: %2</source>
      <translation>Último intento de cierre, %1: %2</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="230" />
      <source>Last passing</source>
      <translation>Último paso</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="258" />
      <source>Last seen</source>
      <translation>Última conexión</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="236" />
      <source>No passings yet</source>
      <translation>Aún sin pasos</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="212" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="220" />
      <source>Passings</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="89" />
      <source>RUFUS accepted the close or left it unanswered, and still reported the session open at the last check.</source>
      <translation>RUFUS aceptó el cierre o no respondió, y en la última comprobación seguía indicando que la sesión estaba abierta.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="136" />
      <source>RUFUS has not confirmed the last close: refresh (F5) first.</source>
      <translation>RUFUS no ha confirmado el último cierre: actualiza (F5) primero.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="84" />
      <source>RUFUS refused to close it (HTTP %1): the session is still open.</source>
      <translation>RUFUS se ha negado a cerrarla (HTTP %1): la sesión sigue abierta.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="80" />
      <source>RUFUS reports it open: the close did not take effect.</source>
      <translation>RUFUS indica que está abierta: el cierre no ha tenido efecto.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="197" />
      <source>Serial</source>
      <translation>N.º de serie</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="183" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="276" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="100" />
      <source>The close request got no clear answer. Reading the session back: check %1, the next in %2 s. The request is never sent twice.</source>
      <translation>La petición de cierre no ha obtenido una respuesta clara. Se vuelve a leer la sesión: comprobación %1, la siguiente dentro de %2 s. La petición nunca se envía dos veces.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="134" />
      <source>This session is being closed.</source>
      <translation>Esta sesión se está cerrando.</translation>
    </message>
    <message>
      <location filename="app/ui/columns.py" line="265" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="76" />
      <source>the bulk close was stopped before its turn; nothing was sent.</source>
      <translation>el cierre en bloque se detuvo antes de llegar a esta sesión; no se envió nada.</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="31" />
      <source>◌ Checking before closing…</source>
      <translation>◌ Comprobando antes de cerrar…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="35" />
      <source>◌ Closing…</source>
      <translation>◌ Cerrando…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="41" />
      <source>◌ Outcome unknown — checking…</source>
      <translation>◌ Resultado desconocido — comprobando…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="33" />
      <source>◌ Saving passings…</source>
      <translation>◌ Guardando pasos…</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="25" />
      <source>◌ Waiting to close…</source>
      <translation>◌ En espera de cierre…</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="22" />
      <source>● Open</source>
      <translation>● Abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="61" />
      <source>⚠ Not closed: %1</source>
      <translation>⚠ No cerrada: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="65" />
      <source>⚠ RUFUS has not confirmed this close. Refresh before closing again.</source>
      <translation>⚠ RUFUS no ha confirmado este cierre. Actualiza antes de volver a cerrarla.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="app/ui/status_bar.py" line="99" />
      <source>&amp;Open folder</source>
      <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="86" />
      <source>API key in use</source>
      <translation>Clave de API en uso</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="110" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="220" />
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="78" />
      <source>Devices read</source>
      <translation>Dispositivos leídos</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="83" />
      <source>Last refresh</source>
      <translation>Última actualización</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="231" />
      <source>Not the production RUFUS (%1): this window talks to %2.</source>
      <translation>No es el RUFUS de producción (%1): esta ventana se comunica con %2.</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="96" />
      <source>RUFUS's clock</source>
      <translation>Reloj de RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="227" />
      <source>Server: %1</source>
      <translation>Servidor: %1</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="89" />
      <source>Sessions shown</source>
      <translation>Sesiones mostradas</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="201" />
      <source>Showing %1 of %2</source>
      <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="73" />
      <source>Starting…</source>
      <translation>Iniciando…</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="74" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="app/ui/status_bar.py" line="222" />
      <source>This window talks to a simulated RUFUS cloud.</source>
      <translation>Esta ventana se comunica con una nube RUFUS simulada.</translation>
    </message>
  </context>
  <context>
    <name>SupportFlow</name>
    <message numerus="yes">
      <location filename="app/ui/support_flow.py" line="131" />
      <source>%n line(s) from the end of the log copied to the clipboard.</source>
      <translation>
        <numerusform>%n línea del final del registro copiada al portapapeles.</numerusform>
        <numerusform>%n líneas del final del registro copiadas al portapapeles.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="47" />
      <source>Copy the &amp;log</source>
      <translation>Copiar el &amp;registro</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="92" />
      <source>Diagnostics saved in %1 (no API key in it)</source>
      <translation>Diagnóstico guardado en %1 (sin la clave de API)</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="40" />
      <source>One zip for support: versions, screens, settings, the end of the log, the close history and the last requests. Never the API key; tokens shortened.</source>
      <translation>Un zip para el soporte: versiones, pantallas, ajustes, el final del registro, el historial de cierres y las últimas peticiones. Nunca la clave de API; los tokens, acortados.</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="37" />
      <source>Save &amp;diagnostics…</source>
      <translation>Guardar el &amp;diagnóstico…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="62" />
      <source>Save diagnostics</source>
      <translation>Guardar el diagnóstico</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="85" />
      <source>Saving diagnostics…</source>
      <translation>Guardando el diagnóstico…</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="100" />
      <source>The diagnostics were not saved: %1</source>
      <translation>No se ha guardado el diagnóstico: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="49" />
      <source>The end of the log, on the clipboard, without the key</source>
      <translation>El final del registro, en el portapapeles, sin la clave</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="142" />
      <source>The log could not be read: %1</source>
      <translation>No se ha podido leer el registro: %1</translation>
    </message>
    <message>
      <location filename="app/ui/support_flow.py" line="64" />
      <source>Zip files (*.zip)</source>
      <translation>Archivos zip (*.zip)</translation>
    </message>
  </context>
  <context>
    <name>WindowCommands</name>
    <message>
      <location filename="app/ui/window_commands.py" line="172" />
      <source>&amp;About Rufus Console</source>
      <translation>&amp;Acerca de Rufus Console</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="131" />
      <source>&amp;Actual size</source>
      <translation>&amp;Tamaño real</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="35" />
      <source>&amp;Close selected…</source>
      <translation>&amp;Cerrar la selección…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="160" />
      <source>&amp;Enter or change API key…</source>
      <translation>&amp;Introducir o cambiar la clave de API…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="51" />
      <source>&amp;Export passings…</source>
      <translation>&amp;Exportar pasos…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="208" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="62" />
      <source>&amp;Filter…</source>
      <translation>&amp;Filtrar…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="164" />
      <source>&amp;Forget API key</source>
      <translation>&amp;Olvidar la clave de API</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="234" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="231" />
      <source>&amp;Key</source>
      <translation>&amp;Clave</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="149" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="75" />
      <source>&amp;Live only</source>
      <translation>Solo en &amp;directo</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="70" />
      <source>&amp;Passings folder…</source>
      <translation>Carpeta de &amp;pasos…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="169" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="29" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualizar</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="210" />
      <source>&amp;Sessions</source>
      <translation>&amp;Sesiones</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="222" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="31" />
      <source>Ask RUFUS for every open session again (F5)</source>
      <translation>Volver a pedir a RUFUS todas las sesiones abiertas (F5)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="137" />
      <source>Black on white, bold states, taller rows: for full sun</source>
      <translation>Negro sobre blanco, estados en negrita, filas más altas: para trabajar a pleno sol</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="103" />
      <source>CSV &amp;separator</source>
      <translation>&amp;Separador de CSV</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="65" />
      <source>Close &amp;history…</source>
      <translation>&amp;Historial de cierres…</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="37" />
      <source>Close the selected sessions, after a confirmation (Delete)</source>
      <translation>Cerrar las sesiones seleccionadas, previa confirmación (Supr)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="59" />
      <source>Copy &amp;token</source>
      <translation>Copiar &amp;token</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="67" />
      <source>Every close attempt made from this computer</source>
      <translation>Todos los intentos de cierre hechos desde este equipo</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="255" />
      <source>Filter</source>
      <translation>Filtro</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="251" />
      <source>Filter sessions, devices, serials, tokens (Ctrl+F)</source>
      <translation>Filtrar sesiones, dispositivos, n.º de serie, tokens (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="105" />
      <source>How the cells of the CSV files the window saves are separated, for the spreadsheet that opens them</source>
      <translation>Cómo se separan las celdas de los ficheros CSV que guarda la ventana, para la hoja de cálculo que los abra</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="238" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="135" />
      <source>Out&amp;door (high contrast)</source>
      <translation>Para e&amp;xteriores (alto contraste)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="95" />
      <source>Refresh &amp;automatically</source>
      <translation>Actualizar auto&amp;máticamente</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="82" />
      <source>S&amp;tale only</source>
      <translation>Solo o&amp;lvidadas</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="53" />
      <source>Save the selected session's passings to a CSV file, without closing it</source>
      <translation>Guardar los pasos de la sesión seleccionada en un archivo CSV, sin cerrarla</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="43" />
      <source>Select &amp;stale sessions</source>
      <translation>Seleccionar sesiones &amp;olvidadas</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="45" />
      <source>Select every stale session the list shows, to close them together</source>
      <translation>Seleccionar todas las sesiones olvidadas que muestra la lista, para cerrarlas a la vez</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="141" />
      <source>Session &amp;panel</source>
      <translation>&amp;Panel de la sesión</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="84" />
      <source>Show only sessions opened before today: most likely forgotten (Ctrl+T)</source>
      <translation>Mostrar solo las sesiones abiertas antes de hoy: muy probablemente olvidadas (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="77" />
      <source>Show only sessions with a passing in the last minutes (Ctrl+L)</source>
      <translation>Mostrar solo las sesiones con algún paso en los últimos minutos (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="257" />
      <source>Shows only the sessions whose session, device, serial or token contain every word typed. Enter or Down goes to the first one; Esc shows every session.</source>
      <translation>Muestra solo las sesiones cuya sesión, dispositivo, n.º de serie o token contengan todas las palabras escritas. Intro o la flecha abajo llevan a la primera; Esc vuelve a mostrar todas las sesiones.</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="143" />
      <source>The selected session's latest passings, live, and their rate per minute (Ctrl+P)</source>
      <translation>Los últimos pasos de la sesión seleccionada, en directo, y su ritmo por minuto (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="153" />
      <source>The system's language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="72" />
      <source>Where passings are saved before a close</source>
      <translation>Dónde se guardan los pasos antes de un cierre</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="118" />
      <source>Zoom &amp;in</source>
      <translation>&amp;Ampliar</translation>
    </message>
    <message>
      <location filename="app/ui/window_commands.py" line="127" />
      <source>Zoom &amp;out</source>
      <translation>&amp;Reducir</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message>
      <location filename="app/ui/words/names.py" line="77" />
      <location filename="app/ui/words/names.py" line="95" />
      <source> and </source>
      <translation> y </translation>
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
      <translation>%1 (dispositivo %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="43" />
      <source>%1 (serial %2)</source>
      <translation>%1 (n.º de serie %2)</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="86" />
      <source>%1 ago</source>
      <translation>hace %1</translation>
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
        <numerusform>%Ln en directo</numerusform>
        <numerusform>%Ln en directo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="20" />
      <source>%Ln open</source>
      <translation>
        <numerusform>%Ln abierta</numerusform>
        <numerusform>%Ln abiertas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/status.py" line="22" />
      <source>%Ln stale</source>
      <translation>
        <numerusform>%Ln olvidada</numerusform>
        <numerusform>%Ln olvidadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="108" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/times.py" line="111" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n año</numerusform>
        <numerusform>%n años</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="29" />
      <source>(unnamed device %1)</source>
      <translation>(dispositivo sin nombre %1)</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="59" />
      <source>(unnamed session)</source>
      <translation>(sesión sin nombre)</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/rows.py" line="75" />
      <source>A passing arrived within the last %n minute(s): a device is timing into this session now.</source>
      <translation>
        <numerusform>Ha llegado un paso hace menos de %n minuto: un dispositivo está cronometrando en esta sesión ahora mismo.</numerusform>
        <numerusform>Ha llegado un paso hace menos de %n minutos: un dispositivo está cronometrando en esta sesión ahora mismo.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="175" />
      <source>Another Rufus Console on this computer (a window or the command line) is closing this session right now; nothing was sent from here. Refresh (F5) once it is done.</source>
      <translation>Otro Rufus Console de este ordenador (una ventana o la línea de órdenes) está cerrando esta sesión ahora mismo; desde aquí no se ha enviado nada. Actualiza (F5) cuando haya terminado.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="60" />
      <source>Closed elsewhere since the last refresh: %1</source>
      <translation>Cerradas en otro lugar desde la última actualización: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="217" />
      <source>Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in with a browser first) and try again.</source>
      <translation>No se ha podido contactar con RUFUS. Comprueba la conexión a internet (en la wifi del recinto, accede primero con un navegador) y vuelve a intentarlo.</translation>
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
        <numerusform>Tiene pasos; ninguno en el último %n minuto.</numerusform>
        <numerusform>Tiene pasos; ninguno en los últimos %n minutos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="66" />
      <source>INCOMPLETE: could not read %1</source>
      <translation>INCOMPLETO: no se ha podido leer %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="15" />
      <source>Kept for this run only, never written to a file.</source>
      <translation>Solo se conserva durante esta ejecución; nunca se escribe en un archivo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>Key: RUFUS_API_KEY</source>
      <translation>Clave: RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>Key: RUFUS_API_KEY unusable</source>
      <translation>Clave: RUFUS_API_KEY no utilizable</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>Key: demo</source>
      <translation>Clave: demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>Key: keyring locked</source>
      <translation>Clave: llavero bloqueado</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>Key: keyring not answering</source>
      <translation>Clave: el llavero no responde</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <location filename="app/ui/words/keys.py" line="77" />
      <source>Key: keyring unavailable</source>
      <translation>Clave: llavero no disponible</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>Key: no keyring</source>
      <translation>Clave: sin llavero</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>Key: none</source>
      <translation>Clave: ninguna</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>Key: system keyring</source>
      <translation>Clave: llavero del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="16" />
      <location filename="app/ui/words/keys.py" line="81" />
      <source>Key: this run only</source>
      <translation>Clave: solo esta ejecución</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="64" />
      <source>No API key is stored yet: choose Key → Enter or change API key…</source>
      <translation>Todavía no hay ninguna clave de API guardada: elige Clave → Introducir o cambiar la clave de API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="45" />
      <source>Off</source>
      <translation>Desactivada</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="96" />
      <source>Offline</source>
      <translation>Sin conexión</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="95" />
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="83" />
      <source>Opened before today, and no passing for hours: most likely forgotten. Check with the race before closing it.</source>
      <translation>Abierta antes de hoy y sin pasos desde hace horas: lo más probable es que se olvidara. Confírmalo con la carrera antes de cerrarla.</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="89" />
      <source>Opened today, no passing yet.</source>
      <translation>Abierta hoy, aún sin pasos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="159" />
      <source>RUFUS answered 404 for the device list: check the server address; it normally ends in /v0.</source>
      <translation>RUFUS ha respondido 404 a la lista de dispositivos: comprueba la dirección del servidor; normalmente termina en /v0.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="211" />
      <source>RUFUS did not answer in time. Check the internet connection and try again.</source>
      <translation>RUFUS no ha respondido a tiempo. Comprueba la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="27" />
      <source>RUFUS did not finish answering %1 within %2 s: the answer came too slowly. Check the internet connection and try again.</source>
      <translation>RUFUS no terminó de responder a %1 en %2 s: la respuesta llegaba demasiado despacio. Comprueba la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="130" />
      <source>RUFUS does not recognise this API key: it may have been deleted or mistyped. Choose Key → Enter or change API key… and enter a READ_WRITE key.</source>
      <translation>RUFUS no reconoce esta clave de API: puede que se haya eliminado o que esté mal escrita. Elige Clave → Introducir o cambiar la clave de API… e introduce una clave READ_WRITE.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="203" />
      <source>RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it keeps happening, RUFUS may be down.</source>
      <translation>RUFUS ha tenido un problema al responder (HTTP %1). Espera un momento y vuelve a intentarlo; si sigue ocurriendo, puede que RUFUS no esté disponible.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="147" />
      <source>RUFUS has no such session for this account any more. Refresh the list (F5).</source>
      <translation>RUFUS ya no tiene esta sesión en esta cuenta. Actualiza la lista (F5).</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="153" />
      <source>RUFUS is limiting requests from this key. Wait a minute and try again.</source>
      <translation>RUFUS está limitando las peticiones de esta clave. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
      <location filename="app/ui/words/names.py" line="89" />
      <source>RUFUS lists this session under %n devices: %1. Check which one is timing into it before closing it; the close ends it for all of them.</source>
      <translation>
        <numerusform>RUFUS lista esta sesión en %n dispositivo: %1. Comprueba cuál está cronometrando en ella antes de cerrarla; el cierre la termina para todos.</numerusform>
        <numerusform>RUFUS lista esta sesión en %n dispositivos: %1. Comprueba cuál está cronometrando en ella antes de cerrarla; el cierre la termina para todos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="47" />
      <source>RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.</source>
      <translation>RUFUS ha rechazado la petición (HTTP %1). Actualiza la lista (F5) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="139" />
      <source>RUFUS refused to list with this key: it is WRITE-only or has been deleted. The console needs a READ_WRITE key: choose Key → Enter or change API key…</source>
      <translation>RUFUS no permite listar con esta clave: es solo WRITE o se ha eliminado. La consola necesita una clave READ_WRITE: elige Clave → Introducir o cambiar la clave de API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="225" />
      <source>RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try again; if it keeps happening, sign in to the network with a browser, or update Rufus Console.</source>
      <translation>No se ha podido leer la respuesta de RUFUS (una página de acceso a la wifi o un cambio en RUFUS). Vuelve a intentarlo; si sigue ocurriendo, accede a la red con un navegador o actualiza Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="82" />
      <source>RUFUS's clock is %1 ahead of this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>El reloj de RUFUS va %1 por delante del de este ordenador. Las antigüedades y lo que está en directo u olvidado se juzgan con el reloj de RUFUS; revisa la fecha, la hora y la zona horaria de este ordenador.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="75" />
      <source>RUFUS's clock is %1 behind this computer's. Ages, live and stale are judged by RUFUS's clock; check this computer's date, time and time zone.</source>
      <translation>El reloj de RUFUS va %1 por detrás del de este ordenador. Las antigüedades y lo que está en directo u olvidado se juzgan con el reloj de RUFUS; revisa la fecha, la hora y la zona horaria de este ordenador.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="81" />
      <source>RUFUS's clock: %1 ahead</source>
      <translation>Reloj de RUFUS: %1 adelantado</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="74" />
      <source>RUFUS's clock: %1 behind</source>
      <translation>Reloj de RUFUS: %1 atrasado</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="102" />
      <source>RUFUS_API_KEY</source>
      <translation>RUFUS_API_KEY</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="107" />
      <source>Saving the passings was stopped; no file was kept.</source>
      <translation>Se ha detenido el guardado de los pasos; no se ha conservado ningún archivo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="195" />
      <source>Something other than RUFUS answered (HTTP %1): check the server address; a venue Wi-Fi login page can cause this too.</source>
      <translation>Ha respondido algo que no es RUFUS (HTTP %1): comprueba la dirección del servidor; también puede deberse a la página de acceso de la wifi del recinto.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="57" />
      <location filename="app/ui/words/errors.py" line="234" />
      <source>Something unexpected went wrong. The details are in the log; try again.</source>
      <translation>Algo ha fallado de forma inesperada. Los detalles están en el registro; vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="54" />
      <source>The API key comes from the RUFUS_API_KEY environment variable, which overrides the keyring.</source>
      <translation>La clave de API viene de la variable de entorno RUFUS_API_KEY, que tiene prioridad sobre el llavero del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="50" />
      <source>The API key is stored in the system keyring.</source>
      <translation>La clave de API está guardada en el llavero del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="167" />
      <source>The API key or the server address cannot be used as it is (the details are on hover). Choose Key → Enter or change API key…, or check the server address.</source>
      <translation>La clave de API o la dirección del servidor no se pueden usar tal como están (los detalles aparecen al pasar el ratón). Elige Clave → Introducir o cambiar la clave de API…, o revisa la dirección del servidor.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="36" />
      <source>The close history could not be written (%1), so the close was not sent: every close is recorded first. Check that the data folder can be written and the disk is not full, then try again.</source>
      <translation>No se ha podido escribir el historial de cierres (%1), así que el cierre no se ha enviado: todo cierre se registra antes. Comprueba que se puede escribir en la carpeta de datos y que el disco no está lleno, y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="183" />
      <source>The close history could not be written, so the close was not sent: every close is recorded first. Check that the disk is not full, then try again.</source>
      <translation>No se ha podido escribir en el historial de cierres, así que el cierre no se ha enviado: cada cierre se registra antes de enviarse. Comprueba que el disco no esté lleno y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="191" />
      <source>The console is quitting; the request was abandoned.</source>
      <translation>La consola se está cerrando; se ha abandonado la petición.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="27" />
      <source>The key in the RUFUS_API_KEY environment variable cannot be used: it has spaces or characters RUFUS keys never have. Correct it, or remove the variable to use the keyring's key, and start Rufus Console again.</source>
      <translation>La clave de la variable de entorno RUFUS_API_KEY no se puede usar: tiene espacios o caracteres que las claves de RUFUS nunca tienen. Corrígela, o quita la variable para usar la clave del llavero, y vuelve a abrir Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="91" />
      <source>The list could not be refreshed: %1</source>
      <translation>No se ha podido actualizar la lista: %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="84" />
      <source>The passings could not be read from RUFUS (%1); the session was not closed. Try again, or close it without saving the passings.</source>
      <translation>No se pudieron leer los pasos de RUFUS (%1); la sesión no se ha cerrado. Vuelve a intentarlo o ciérrala sin guardar los pasos.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="91" />
      <source>The passings could not be saved in %1: %2. Check that the folder exists and is writable, that the disk is not full, and that the file is not open in a spreadsheet.</source>
      <translation>No se pudieron guardar los pasos en %1: %2. Comprueba que la carpeta existe y se puede escribir en ella, que el disco no está lleno y que el archivo no está abierto en una hoja de cálculo.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="110" />
      <source>The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but sent %2; what was read is in %3. If the session is still receiving passings, save it again; otherwise try again later.</source>
      <translation>El archivo de pasos está INCOMPLETO: RUFUS cuenta %1 pasos en esta sesión pero ha enviado %2; lo leído está en %3. Si la sesión sigue recibiendo pasos, vuelve a guardarla; si no, inténtalo más tarde.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="102" />
      <source>The passings folder %1 could not be created: %2.</source>
      <translation>No se pudo crear la carpeta de pasos %1: %2.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="52" />
      <source>The request to RUFUS could not be completed. Refresh the list (F5) and try again; the details are in the log.</source>
      <translation>La petición a RUFUS no se ha podido completar. Actualiza la lista (F5) y vuelve a intentarlo; los detalles están en el registro.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="60" />
      <source>The simulated cloud's demo key (READ_WRITE).</source>
      <translation>La clave de demostración de la nube simulada (READ_WRITE).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="81" />
      <source>The system keyring accepted the key but did not keep it: it will be asked for again at the next start.</source>
      <translation>El llavero del sistema ha aceptado la clave, pero no la ha conservado: se volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="77" />
      <source>The system keyring could not be opened.</source>
      <translation>No se ha podido abrir el llavero del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="34" />
      <source>The system keyring did not answer within %1 s, so it is not used in this run.</source>
      <translation>El llavero del sistema no respondió en %1 s, así que no se usa en esta ejecución.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="39" />
      <source>The system keyring failed in a way nobody foresaw, so it is not used in this run (the details are in the log).</source>
      <translation>El llavero del sistema ha fallado de una forma imprevista, así que no se usa en esta ejecución (los detalles están en el registro).</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="72" />
      <source>The system keyring is locked: unlock it (log in to the desktop) and restart.</source>
      <translation>El llavero del sistema está bloqueado: desbloquéalo (accede al escritorio con tu usuario) y reinicia Rufus Console.</translation>
    </message>
    <message>
      <location filename="app/ui/words/keys.py" line="68" />
      <source>This computer has no system keyring.</source>
      <translation>Este equipo no tiene llavero del sistema.</translation>
    </message>
    <message>
      <location filename="app/ui/words/errors.py" line="72" />
      <source>This key can list sessions but not close them: it is READ-only. To close sessions, create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, then choose Key → Enter or change API key…</source>
      <translation>Esta clave puede listar sesiones, pero no cerrarlas: es solo READ. Para cerrar sesiones, crea una clave READ_WRITE en RUFUS Cloud → el nombre de tu cuenta (arriba a la derecha) → API Keys y luego elige Clave → Introducir o cambiar la clave de API…</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="31" />
      <source>Updated %1 ago</source>
      <translation>Última actualización: hace %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="115" />
      <source>already closed</source>
      <translation>ya cerrada</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="53" />
      <source>and %1 more</source>
      <translation>y %1 más</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="113" />
      <source>closed</source>
      <translation>cerrada</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="103" />
      <source>demo</source>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="37" />
      <source>every %1 for this account's size, to spare RUFUS</source>
      <translation>cada %1 por el tamaño de esta cuenta, para no sobrecargar RUFUS</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="68" />
      <source>idle</source>
      <translation>inactiva</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="84" />
      <source>in %1</source>
      <translation>dentro de %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="80" />
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <location filename="app/ui/words/status.py" line="33" />
      <source>next in %1</source>
      <translation>la siguiente dentro de %1</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="119" />
      <source>not sent</source>
      <translation>no enviada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="121" />
      <source>outcome unknown</source>
      <translation>resultado desconocido</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="117" />
      <source>refused</source>
      <translation>rechazada</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="123" />
      <source>still open</source>
      <translation>sigue abierta</translation>
    </message>
    <message>
      <location filename="app/ui/words/closes.py" line="125" />
      <source>stopped</source>
      <translation>detenida</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="101" />
      <source>system keyring</source>
      <translation>llavero del sistema</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="104" />
      <source>this run only</source>
      <translation>solo esta ejecución</translation>
    </message>
    <message>
      <location filename="app/ui/words/times.py" line="91" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="55" />
      <source>unknown kind</source>
      <translation>tipo desconocido</translation>
    </message>
    <message>
      <location filename="app/ui/words/names.py" line="66" />
      <source>“%1” on %2</source>
      <translation>«%1» en %2</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="66" />
      <source>○ unused</source>
      <translation>○ sin usar</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="62" />
      <source>● LIVE</source>
      <translation>● EN DIRECTO</translation>
    </message>
    <message>
      <location filename="app/ui/words/rows.py" line="64" />
      <source>◷ STALE</source>
      <translation>◷ OLVIDADA</translation>
    </message>
  </context>
</TS>
