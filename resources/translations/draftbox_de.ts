<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
</context>
<context>
    <name>ActivityCache</name>
    <message>
        <source>Draftbox could not open its local copy of your messages (%1); it works from Close alone until it can.</source>
        <translation>Draftbox konnte seine lokale Kopie Ihrer Nachrichten nicht öffnen (%1); bis das gelingt, arbeitet es nur mit Close.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1); a new one was made, and your messages are listed again from Close.</source>
        <translation>Die lokale Kopie Ihrer Nachrichten konnte nicht gelesen werden (%1); eine neue wurde angelegt, und Ihre Nachrichten werden erneut von Close geladen.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1). It was moved to %2, a new one was made, and your messages are listed again from Close. Unsaved edits are not in it and were not touched.</source>
        <translation>Die lokale Kopie Ihrer Nachrichten konnte nicht gelesen werden (%1). Sie wurde nach %2 verschoben, eine neue wurde angelegt, und Ihre Nachrichten werden erneut von Close geladen. Ungespeicherte Änderungen sind nicht darin enthalten und wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt SQL is not installed</source>
        <translation>der SQLite-Treiber von Qt SQL ist nicht installiert</translation>
    </message>
    <message>
        <source>its integrity check failed</source>
        <translation>ihre Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it was made by a newer Draftbox (schema %1)</source>
        <translation>sie wurde von einer neueren Draftbox-Version angelegt (Schema %1)</translation>
    </message>
</context>
<context>
    <name>ActivityFilterProxy</name>
    <message>
        <source>Kept in the list while you work on it: it no longer matches the filter. It leaves once you pick another row.</source>
        <translation>In der Liste gehalten, solange Sie daran arbeiten: Es passt nicht mehr zum Filter. Es verschwindet, sobald Sie eine andere Zeile wählen.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Restored: these edits from your last session were not saved yet. Save or revert them.</source>
        <translation>Wiederhergestellt: Diese Änderungen aus Ihrer letzten Sitzung waren noch nicht gespeichert. Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Close refused what is marked in red below.</source>
        <translation>Close hat abgelehnt, was unten rot markiert ist.</translation>
    </message>
</context>
<context>
    <name>ActivitySync</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was saved. Check the fields and save again.</source>
        <translation>Draftbox konnte diese Änderungen nicht so lesen, wie Close sie annimmt, daher wurde nichts gespeichert. Prüfen Sie die Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before saving</source>
        <translation>Fassung in Close vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before sending</source>
        <translation>Fassung in Close vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Someone changed this in Close since you started editing it. Nothing was saved: choose which version to keep.</source>
        <translation>Jemand hat dies in Close geändert, seit Sie mit der Bearbeitung begonnen haben. Nichts wurde gespeichert: Wählen Sie, welche Fassung Sie behalten.</translation>
    </message>
    <message>
        <source>Close&apos;s copy changed since Draftbox showed it (%1 is now different). Nothing was sent: check it and try again.</source>
        <translation>Die Fassung in Close hat sich geändert, seit Draftbox sie angezeigt hat (%1 ist jetzt anders). Nichts wurde gesendet: Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Waiting for Close: %1 Your edits are kept; Draftbox tries again by itself.</source>
        <translation>Warten auf Close: %1 Ihre Änderungen bleiben erhalten; Draftbox versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Close could not be asked whether it went out. Draftbox asks again as soon as Close answers, and never sends it twice.</source>
        <translation>Close konnte nicht gefragt werden, ob die SMS verschickt wurde. Draftbox fragt erneut, sobald Close antwortet, und sendet sie nie zweimal.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Close refused what was written in some fields: %1. Correct them and save again.</source>
        <translation>Close hat abgelehnt, was in einigen Feldern stand: %1. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 does not take this value, so it was not changed.</source>
        <translation>„%1“ nimmt diesen Wert nicht an, daher wurde es nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent an empty page; Draftbox stopped listing at %Ln messages.</source>
        <translation>
            <numerusform>Close meldete weitere Nachrichten und schickte dann eine leere Seite; Draftbox hat die Liste bei %Ln Nachricht beendet.</numerusform>
            <numerusform>Close meldete weitere Nachrichten und schickte dann eine leere Seite; Draftbox hat die Liste bei %Ln Nachrichten beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent again what it had already listed; Draftbox stopped listing at %Ln messages.</source>
        <translation>
            <numerusform>Close meldete weitere Nachrichten und schickte dann erneut bereits Gelistetes; Draftbox hat die Liste bei %Ln Nachricht beendet.</numerusform>
            <numerusform>Close meldete weitere Nachrichten und schickte dann erneut bereits Gelistetes; Draftbox hat die Liste bei %Ln Nachrichten beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list may be missing messages. Press F5 to list again from the start; if this keeps happening, report it.</source>
        <translation>In der Liste fehlen möglicherweise Nachrichten. Drücken Sie F5, um sie von vorn zu laden; melden Sie es, wenn das wieder passiert.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Close refused some fields: %1.</source>
        <translation>Close hat einige Felder abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Close answered with HTTP status %1.</source>
        <translation>Close hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation>Tariflimit</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Check your connection. Your changes are kept and will be saved when Close can be reached.</source>
        <translation>Prüfen Sie Ihre Verbindung. Ihre Änderungen bleiben erhalten und werden gespeichert, sobald Close erreichbar ist.</translation>
    </message>
    <message>
        <source>Close did not answer in time. Your changes are kept; try again in a moment.</source>
        <translation>Close hat nicht rechtzeitig geantwortet. Ihre Änderungen bleiben erhalten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Correct the message and save again.</source>
        <translation>Korrigieren Sie die Nachricht und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Check your API key in the connection settings (Close: Settings → Developer → API Keys).</source>
        <translation>Prüfen Sie Ihren API-Schlüssel in den Verbindungseinstellungen (Close: Settings → Developer → API Keys).</translation>
    </message>
    <message>
        <source>Your Close plan&apos;s limit was reached. Ask your Close admin to upgrade.</source>
        <translation>Das Limit Ihres Close-Tarifs ist erreicht. Bitten Sie Ihren Close-Administrator um ein Upgrade.</translation>
    </message>
    <message>
        <source>Your Close user may not do this. Ask your Close admin for access.</source>
        <translation>Ihr Close-Benutzer darf das nicht. Bitten Sie Ihren Close-Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>It was deleted in Close. Refresh the list.</source>
        <translation>Es wurde in Close gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Too many requests: Draftbox retries in %1 s by itself.</source>
        <translation>Zu viele Anfragen: Draftbox versucht es in %1 s von selbst erneut.</translation>
    </message>
    <message>
        <source>Close had a problem. Your changes are kept; try again in a few minutes.</source>
        <translation>Close hatte ein Problem. Ihre Änderungen bleiben erhalten; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Close sent an answer Draftbox does not understand. Try again; if it keeps happening, report it.</source>
        <translation>Close hat eine Antwort gesendet, die Draftbox nicht versteht. Versuchen Sie es erneut; falls es wieder passiert, melden Sie es.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Use an https:// address. Plain http:// is only allowed to this computer.</source>
        <translation>Verwenden Sie eine https://-Adresse. Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Versuchen Sie es erneut; falls es wieder passiert, melden Sie es.</translation>
    </message>
</context>
<context>
    <name>CloseCall</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation>Kein API-Schlüssel und kein Token festgelegt.</translation>
    </message>
    <message>
        <source>Close did not answer within %1 s.</source>
        <translation>Close hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation>Close nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>It may or may not have been created; refresh before trying again.</source>
        <translation>Es wurde vielleicht angelegt, vielleicht auch nicht; aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Close&apos;s answer is not a JSON object (%1).</source>
        <translation>Die Antwort von Close ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>sie ist ein Array oder ein einzelner Wert</translation>
    </message>
    <message>
        <source>Close&apos;s answer is not what Draftbox expects: %1</source>
        <translation>Die Antwort von Close entspricht nicht dem, was Draftbox erwartet: %1</translation>
    </message>
    <message>
        <source>The answer was lost (%1). Draftbox checked: Close now has it as %2. It was not sent again.</source>
        <translation>Die Antwort ging verloren (%1). Draftbox hat nachgesehen: Close führt sie jetzt als %2. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and Close could not be asked what happened. It was not sent again; refresh before retrying.</source>
        <translation>Die Antwort ging verloren (%1), und Close konnte nicht gefragt werden, was passiert ist. Sie wurde nicht erneut gesendet; aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Close&apos;s answer was larger than the %1 MB Draftbox reads for one request, so it was not read.</source>
        <translation>Die Antwort von Close war größer als die %1 MB, die Draftbox für eine Anfrage liest, und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>Close said there was more, then answered with what it had already sent, or nothing; Draftbox stopped asking.</source>
        <translation>Close meldete weitere Einträge und antwortete dann mit bereits Gesendetem oder gar nichts; Draftbox hat aufgehört zu fragen.</translation>
    </message>
    <message>
        <source>Close said there was more after %L1 pages; Draftbox stopped asking.</source>
        <translation>Close meldete nach %L1 Seiten noch weitere Einträge; Draftbox hat aufgehört zu fragen.</translation>
    </message>
</context>
<context>
    <name>CloseClient</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Draftbox only talks to Close over https://; plain http:// is allowed to this computer only (%1).</source>
        <translation>Draftbox spricht mit Close nur über https://; unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (%1).</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address.</source>
        <translation>%1 ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Load SMS</source>
        <translation>SMS laden</translation>
    </message>
    <message>
        <source>Send new SMS</source>
        <translation>Neue SMS senden</translation>
    </message>
    <message>
        <source>Create SMS</source>
        <translation>SMS anlegen</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>SMS senden</translation>
    </message>
    <message>
        <source>Schedule SMS</source>
        <translation>SMS planen</translation>
    </message>
    <message>
        <source>Cancel SMS</source>
        <translation>SMS abbrechen</translation>
    </message>
    <message>
        <source>Save SMS</source>
        <translation>SMS speichern</translation>
    </message>
    <message>
        <source>Delete SMS</source>
        <translation>SMS löschen</translation>
    </message>
    <message>
        <source>Load WhatsApp messages</source>
        <translation>WhatsApp-Nachrichten laden</translation>
    </message>
    <message>
        <source>Load WhatsApp message</source>
        <translation>WhatsApp-Nachricht laden</translation>
    </message>
    <message>
        <source>Record WhatsApp message</source>
        <translation>WhatsApp-Nachricht erfassen</translation>
    </message>
    <message>
        <source>Save WhatsApp message</source>
        <translation>WhatsApp-Nachricht speichern</translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation>WhatsApp-Nachricht löschen</translation>
    </message>
    <message>
        <source>Load phone numbers</source>
        <translation>Telefonnummern laden</translation>
    </message>
    <message>
        <source>Load SMS templates</source>
        <translation>SMS-Vorlagen laden</translation>
    </message>
    <message>
        <source>Load SMS template</source>
        <translation>SMS-Vorlage laden</translation>
    </message>
    <message>
        <source>Load lead</source>
        <translation>Lead laden</translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation>Kontakt laden</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Load user</source>
        <translation>Benutzer laden</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Close named a plain http:// address (%1); Draftbox only follows https:// from Close.</source>
        <translation>Close hat eine unverschlüsselte http://-Adresse genannt (%1); Draftbox folgt von Close nur https://-Adressen.</translation>
    </message>
    <message>
        <source>Load users</source>
        <translation>Benutzerliste laden</translation>
    </message>
    <message>
        <source>Check Close for changes</source>
        <translation>Close auf Änderungen prüfen</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed in Close while you were editing</source>
        <translation>In Close geändert, während Sie bearbeitet haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In Close now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt in Close&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Ihre Fassung von „%1“</translation>
    </message>
    <message>
        <source>%1 in Close</source>
        <translation>„%1“ in Close</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take Close&apos;s</source>
        <translation>Die aus Close nehmen</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Meine Fassung von „%1“ behalten</translation>
    </message>
    <message>
        <source>Take the %1 in Close</source>
        <translation>„%1“ aus Close nehmen</translation>
    </message>
    <message>
        <source>Save your %1 over the one in Close.</source>
        <translation>Ihre Fassung von „%1“ über die in Close speichern.</translation>
    </message>
    <message>
        <source>Drop your edit of %1 and keep Close&apos;s.</source>
        <translation>Ihre Änderung an „%1“ verwerfen und die Fassung aus Close behalten.</translation>
    </message>
    <message>
        <source>For each field, choose which version to keep, then save.</source>
        <translation>Wählen Sie für jedes Feld, welche Fassung Sie behalten, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 Anhang</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;API key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;OAuth access token</source>
        <translation>&amp;OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Try with &amp;sample data</source>
        <translation>Mit &amp;Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to Close</source>
        <translation>Mit Close verbinden</translation>
    </message>
    <message>
        <source>Draftbox works on the SMS of your Close account. Create an API key in Close under Settings → Developer → API Keys and paste it here, or use an OAuth access token.</source>
        <translation>Draftbox arbeitet mit den SMS Ihres Close-Kontos. Erstellen Sie in Close unter Settings → Developer → API Keys einen API-Schlüssel und fügen Sie ihn hier ein, oder verwenden Sie ein OAuth-Zugriffstoken.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the characters while typing</source>
        <translation>Die Zeichen beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>Work on the built-in sandbox: sample leads and SMS, nothing is really sent</source>
        <translation>In der eingebauten Sandbox arbeiten: Beispiel-Leads und -SMS, nichts wird wirklich gesendet</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The OAuth access token</source>
        <translation>Das OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>api_…</source>
        <translation>api_…</translation>
    </message>
    <message>
        <source>Enter the API&apos;s URL, for example %1</source>
        <translation>Geben Sie die URL der API ein, zum Beispiel %1</translation>
    </message>
    <message>
        <source>Asking Close who this key belongs to…</source>
        <translation>Close wird gefragt, wem dieser Schlüssel gehört…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>Connected as %1 of %2.</source>
        <translation>Verbunden als %1 von %2.</translation>
    </message>
    <message>
        <source>Close did not accept this access token. Sign in again where you got it, and paste the new one here.</source>
        <translation>Close hat dieses Zugriffstoken nicht angenommen. Melden Sie sich dort erneut an, wo Sie es erhalten haben, und fügen Sie das neue hier ein.</translation>
    </message>
    <message>
        <source>Close did not accept this API key. Check it in Close under Settings → Developer → API Keys.</source>
        <translation>Close hat diesen API-Schlüssel nicht angenommen. Prüfen Sie ihn in Close unter Settings → Developer → API Keys.</translation>
    </message>
    <message>
        <source>Close said: %1</source>
        <translation>Close meldete: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>Enter an API key or a token first.</source>
        <translation>Geben Sie zuerst einen API-Schlüssel oder ein Token ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>● Connecting…</source>
        <translation>● Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>● Connected · 1 change waiting</source>
        <translation>● Verbunden · 1 Änderung wartet</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Offline · 1 change waiting</source>
        <translation>● Offline · 1 Änderung wartet</translation>
    </message>
    <message>
        <source>● Close refused the API key — reconnect (Ctrl+Shift+K)</source>
        <translation>● Close hat den API-Schlüssel abgelehnt — neu verbinden (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Waiting for Close&apos;s first answer.</source>
        <translation>Warten auf die erste Antwort von Close.</translation>
    </message>
    <message>
        <source>Close answers.</source>
        <translation>Close antwortet.</translation>
    </message>
    <message>
        <source>Close cannot be reached: %1 Waiting edits are saved (and unconfirmed sends checked) by themselves when it answers again; Refresh (F5) tries at once.</source>
        <translation>Close ist nicht erreichbar: %1 Wartende Änderungen werden von selbst gespeichert (und unbestätigte Sendungen geprüft), sobald Close wieder antwortet; Aktualisieren (F5) versucht es sofort.</translation>
    </message>
    <message>
        <source>Close refused the API key or token in use: %1 Connect with a valid one (File → Connect to Close…, Ctrl+Shift+K) or go back to sample data.</source>
        <translation>Close hat den verwendeten API-Schlüssel oder das Token abgelehnt: %1 Verbinden Sie sich mit einem gültigen (Datei → Mit Close verbinden…, Strg+Umschalt+K) oder kehren Sie zu den Beispieldaten zurück.</translation>
    </message>
    <message numerus="yes">
        <source>● Connected · %n changes waiting</source>
        <translation>
            <numerusform>● Verbunden · %n Änderung wartet</numerusform>
            <numerusform>● Verbunden · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline · %n changes waiting</source>
        <translation>
            <numerusform>● Offline · %n Änderung wartet</numerusform>
            <numerusform>● Offline · %n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Unbekannte Nummer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, %n neue</numerusform>
            <numerusform>%1, %n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (open, not a match)</source>
        <translation>%1 (geöffnet, kein Treffer)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Draftbox could not reach the system keyring, so the key is kept for this session only.</source>
        <translation>Draftbox konnte den Schlüsselbund des Systems nicht erreichen; der Schlüssel gilt daher nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <source>&amp;Notify of New Messages</source>
        <translation>Bei neuen Nachrichten &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Schließen des Fensters beendet Draftbox</translation>
    </message>
    <message>
        <source>A desktop notification when an SMS comes in or Close could not send one, unless you are looking at it</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine SMS eingeht oder Close eine nicht senden konnte, außer Sie haben sie gerade vor sich</translation>
    </message>
    <message>
        <source>Closing the window leaves Draftbox in the tray, still telling of new SMS; Quit ends it</source>
        <translation>Beim Schließen des Fensters bleibt Draftbox im Infobereich und meldet weiter neue SMS; „Beenden“ beendet es</translation>
    </message>
    <message>
        <source>Without a system tray there is nowhere to keep Draftbox once its window is closed.</source>
        <translation>Ohne Infobereich gibt es keinen Ort, an dem Draftbox bleiben kann, wenn sein Fenster geschlossen ist.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Write your message…</source>
        <translation>Schreiben Sie Ihre Nachricht…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Nachrichtenlänge</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 characters · %2 · %3</source>
        <translation>%1 Zeichen · %2 · %3</translation>
    </message>
    <message>
        <source> · %1 left in this segment</source>
        <translation> · noch %1 in diesem Segment</translation>
    </message>
    <message>
        <source> · highlighted characters force UCS-2</source>
        <translation> · markierte Zeichen erzwingen UCS-2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and Close sends at most %2 in an SMS. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation>Diese Nachricht hat einen Absatz mit %1 Zeichen, und Close sendet höchstens %2 in einer SMS. Sie bleibt vollständig erhalten, wird aber gekürzt und schreibgeschützt angezeigt, damit Draftbox schnell bleibt.</translation>
    </message>
</context>
<context>
    <name>DraftboxApp</name>
    <message>
        <source>key in memory only</source>
        <translation>Schlüssel nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Looking for a remembered Close account…</source>
        <translation>Gespeichertes Close-Konto wird gesucht…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sample data: the built-in sandbox at %1 (no Close account; nothing is really sent)</source>
        <translation>Beispieldaten: die eingebaute Sandbox unter %1 (kein Close-Konto; nichts wird wirklich gesendet)</translation>
    </message>
    <message>
        <source>Close account at %1</source>
        <translation>Close-Konto bei %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>An unsaved edit from your last session is back, marked as restored: save or revert it.</source>
        <translation>Eine ungespeicherte Änderung aus Ihrer letzten Sitzung ist zurück, als wiederhergestellt markiert: Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edits from your last session are back, marked as restored: save or revert them.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung aus Ihrer letzten Sitzung ist zurück, als wiederhergestellt markiert: Speichern oder verwerfen Sie sie.</numerusform>
            <numerusform>%n ungespeicherte Änderungen aus Ihrer letzten Sitzung sind zurück, als wiederhergestellt markiert: Speichern oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter another below, or try Draftbox with sample data.</source>
        <translation>Geben Sie unten einen anderen ein oder probieren Sie Draftbox mit Beispieldaten aus.</translation>
    </message>
    <message>
        <source>another Draftbox</source>
        <translation>einem anderen Draftbox-Fenster</translation>
    </message>
    <message>
        <source>another Draftbox (%1)</source>
        <translation>einem anderen Draftbox-Fenster (%1)</translation>
    </message>
    <message>
        <source>The sample data is open in %1, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and choose sample data here again.</source>
        <translation>Die Beispieldaten sind in %1 geöffnet, das seine ungespeicherten Änderungen behält: Dieses Fenster lässt sie unberührt, damit keines die Änderungen des anderen überschreibt. Verwenden Sie jenes Fenster, oder beenden Sie es und wählen Sie hier erneut die Beispieldaten.</translation>
    </message>
    <message>
        <source>Your Close account at %1 is open in %2, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and connect here again.</source>
        <translation>Ihr Close-Konto bei %1 ist in %2 geöffnet, das seine ungespeicherten Änderungen behält: Dieses Fenster lässt sie unberührt, damit keines die Änderungen des anderen überschreibt. Verwenden Sie jenes Fenster, oder beenden Sie es und verbinden Sie sich hier erneut.</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Konto öffnen</translation>
    </message>
    <message>
        <source>Nothing open: it is open in another Draftbox</source>
        <translation>Nichts geöffnet: Es ist bereits in einem anderen Draftbox-Fenster geöffnet</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Draftbox could not write its journal of unsaved edits (%1): %2. Your edits are kept in memory; save them before quitting.</source>
        <translation>Draftbox konnte sein Journal ungespeicherter Änderungen nicht schreiben (%1): %2. Ihre Änderungen bleiben im Arbeitsspeicher; speichern Sie sie vor dem Beenden.</translation>
    </message>
    <message>
        <source>it could not be moved aside from %1</source>
        <translation>sie konnte nicht von %1 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>it was kept aside as %1</source>
        <translation>sie wurde als %1 beiseitegelegt</translation>
    </message>
    <message>
        <source>Draftbox could not read its journal of unsaved edits (%1); %2, and nothing was restored from it.</source>
        <translation>Draftbox konnte sein Journal ungespeicherter Änderungen nicht lesen (%1); %2, und nichts daraus wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s journal of unsaved edits is damaged or from another version: %1, and nothing was restored from it.</source>
        <translation>Das Journal ungespeicherter Änderungen ist beschädigt oder stammt von einer anderen Version: %1, und nichts daraus wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>it worked on a retry</source>
        <translation>beim erneuten Versuch hat es geklappt</translation>
    </message>
    <message>
        <source>Deliver SMS</source>
        <translation>SMS zustellen</translation>
    </message>
    <message>
        <source>Close no longer lists it as failed</source>
        <translation>Close führt sie nicht mehr als fehlgeschlagen</translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation>Close konnte diese SMS nicht senden: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Close does not try a failed SMS again. Check the number (and that the contact has not opted out), then write it as a new draft.</source>
        <translation>Close versucht eine fehlgeschlagene SMS nicht erneut. Prüfen Sie die Nummer (und ob der Kontakt nicht widersprochen hat) und schreiben Sie sie dann als neuen Entwurf.</translation>
    </message>
    <message>
        <source>Resolved at %1. Nothing to do.</source>
        <translation>Erledigt um %1. Nichts zu tun.</translation>
    </message>
    <message>
        <source>Resolved at %1 (%2). Nothing to do.</source>
        <translation>Erledigt um %1 (%2). Nichts zu tun.</translation>
    </message>
    <message>
        <source>Unsaved edits from your last session could not be put back: Close no longer has this activity. They were:
%1</source>
        <translation>Ungespeicherte Änderungen aus Ihrer letzten Sitzung konnten nicht zurückgebracht werden: Close hat diese Aktivität nicht mehr. Es waren:
%1</translation>
    </message>
    <message>
        <source>Press Copy below to take the text, and write it again where it belongs.</source>
        <translation>Drücken Sie unten auf Kopieren, um den Text mitzunehmen, und schreiben Sie ihn dort neu, wo er hingehört.</translation>
    </message>
    <message>
        <source>Restore edits</source>
        <translation>Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>An unsaved edit from your last session could not be read back (the file that kept it holds a value of the wrong kind), so it was not put back and nothing of it was sent. It was:
%1</source>
        <translation>Eine ungespeicherte Änderung aus Ihrer letzten Sitzung konnte nicht zurückgelesen werden (die Datei, die sie aufbewahrt hat, enthält einen Wert der falschen Art), daher wurde sie nicht zurückgebracht, und nichts davon wurde gesendet. Es war:
%1</translation>
    </message>
    <message>
        <source>Press Copy below to take it, and write it again in the activity; the rest of your edits are back.</source>
        <translation>Drücken Sie unten auf Kopieren, um sie mitzunehmen, und schreiben Sie sie erneut in die Aktivität; Ihre übrigen Änderungen sind zurück.</translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Keep unsaved edits</source>
        <translation>Ungespeicherte Änderungen aufbewahren</translation>
    </message>
    <message>
        <source>Remember read messages</source>
        <translation>Gelesene Nachrichten merken</translation>
    </message>
    <message>
        <source>Someone deleted this in Close while you were editing it, so your unsaved edits could not be saved. They were:
%1</source>
        <translation>Jemand hat dies in Close gelöscht, während Sie es bearbeitet haben, daher konnten Ihre ungespeicherten Änderungen nicht gespeichert werden. Es waren:
%1</translation>
    </message>
    <message>
        <source>Save edits</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Nothing to do: your messages come from Close.</source>
        <translation>Nichts zu tun: Ihre Nachrichten kommen von Close.</translation>
    </message>
    <message>
        <source>Open the local copy</source>
        <translation>Lokale Kopie öffnen</translation>
    </message>
    <message>
        <source>Keep a local copy</source>
        <translation>Lokale Kopie aufbewahren</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
</context>
<context>
    <name>ErrorLogModel</name>
    <message>
        <source>Close refused %1</source>
        <translation>Close hat %1 abgelehnt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>saved since</source>
        <translation>inzwischen gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Nothing went wrong. Failures will be listed here, with what to do.</source>
        <translation>Nichts ist schiefgegangen. Fehler werden hier aufgeführt, mit dem, was zu tun ist.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Copy the selected problem (or all) to paste into a message</source>
        <translation>Das ausgewählte Problem (oder alle) kopieren, um es in eine Nachricht einzufügen</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Close is limiting how fast Draftbox may send requests. Waiting %1 s; what is queued goes out by itself and nothing you typed is lost.</source>
        <translation>Close begrenzt, wie schnell Draftbox Anfragen senden darf. Es wird %1 s gewartet; was in der Warteschlange steht, geht von selbst hinaus, und nichts, was Sie getippt haben, geht verloren.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Aktivität zu öffnen</translation>
    </message>
</context>
<context>
    <name>EventSync</name>
    <message>
        <source>Draftbox last brought your messages up to date on %1, longer ago than Close&apos;s event log keeps (%2 days): it lists them again.</source>
        <translation>Draftbox hat Ihre Nachrichten zuletzt am %1 aktualisiert, länger zurück, als das Ereignisprotokoll von Close reicht (%2 Tage): Es lädt sie neu.</translation>
    </message>
    <message>
        <source>Close refused to read its event log further (%1): Draftbox lists your messages again.</source>
        <translation>Close hat das Weiterlesen seines Ereignisprotokolls abgelehnt (%1): Draftbox lädt Ihre Nachrichten neu.</translation>
    </message>
    <message>
        <source>More changed in Close than its event log can tell in %L1 pages: Draftbox lists your messages again.</source>
        <translation>In Close hat sich mehr geändert, als sein Ereignisprotokoll in %L1 Seiten wiedergeben kann: Draftbox lädt Ihre Nachrichten neu.</translation>
    </message>
    <message>
        <source>Showing your messages as of %1 · checking Close…</source>
        <translation>Ihre Nachrichten mit Stand von %1 · Close wird geprüft…</translation>
    </message>
    <message>
        <source>Close not reached: messages as of %1</source>
        <translation>Close nicht erreicht: Nachrichten mit Stand von %1</translation>
    </message>
    <message>
        <source>Up to date · checked %1</source>
        <translation>Aktuell · geprüft %1</translation>
    </message>
</context>
<context>
    <name>FileFetch</name>
    <message>
        <source>Draftbox opens attachments only from Close (%1 is not Close&apos;s).</source>
        <translation>Draftbox öffnet Anhänge nur von Close (%1 gehört nicht zu Close).</translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation>Kein API-Schlüssel und kein Token festgelegt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The attachment is larger than the %1 MB Draftbox opens.</source>
        <translation>Der Anhang ist größer als die %1 MB, die Draftbox öffnet.</translation>
    </message>
    <message>
        <source>Close did not send the attachment in time.</source>
        <translation>Close hat den Anhang nicht rechtzeitig gesendet.</translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation>Close nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Close sent the attachment round in circles; Draftbox stopped following.</source>
        <translation>Close hat den Anhang im Kreis umgeleitet; Draftbox ist den Umleitungen nicht weiter gefolgt.</translation>
    </message>
    <message>
        <source>Close did not give the attachment (HTTP %1).</source>
        <translation>Close hat den Anhang nicht geliefert (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB Draftbox sends in one attachment.</source>
        <translation>%1 ist größer als die %2 MB, die Draftbox in einem Anhang sendet.</translation>
    </message>
    <message>
        <source>Upload attachment</source>
        <translation>Anhang hochladen</translation>
    </message>
    <message>
        <source>Close named a download address that is not its own (%1).</source>
        <translation>Close hat eine Download-Adresse genannt, die nicht zu Close gehört (%1).</translation>
    </message>
    <message>
        <source>The file storage&apos;s answer was larger than Draftbox reads; %1 was not attached.</source>
        <translation>Die Antwort des Dateispeichers war größer, als Draftbox liest; %1 wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>Sending %1 took longer than the %2 s the file storage allows.</source>
        <translation>Das Senden von %1 hat länger gedauert als die %2 s, die der Dateispeicher zulässt.</translation>
    </message>
    <message>
        <source>Could not send %1 to the file storage: %2</source>
        <translation>%1 konnte nicht an den Dateispeicher gesendet werden: %2</translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2).</source>
        <translation>Der Dateispeicher hat %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2): %3</source>
        <translation>Der Dateispeicher hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Keine Anhänge</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search messages and numbers (Ctrl+F)</source>
        <translation>Nachrichten und Nummern durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>LongTextGuard</name>
    <message>
        <source>S&amp;horten to %L1 characters</source>
        <translation>Auf %L1 Zeichen &amp;kürzen</translation>
    </message>
    <message>
        <source>Keep the first %L1 characters, as the message to edit and send; Revert brings the whole text back until you save</source>
        <translation>Die ersten %L1 Zeichen behalten, als Nachricht zum Bearbeiten und Senden; „Zurücksetzen“ holt den ganzen Text zurück, bis Sie speichern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Your SMS drafts, scheduled and sent messages (Ctrl+1)</source>
        <translation>Ihre SMS-Entwürfe, geplanten und gesendeten Nachrichten (Strg+1)</translation>
    </message>
    <message>
        <source>WhatsApp conversations recorded in Close (Ctrl+2)</source>
        <translation>In Close erfasste WhatsApp-Unterhaltungen (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation>Mit Close &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Draftbox</source>
        <translation>Über &amp;Draftbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Draftbox</source>
        <translation>Über Draftbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftbox %1&lt;/h3&gt;&lt;p&gt;Review, edit, schedule and send the SMS of your Close account, and keep its WhatsApp records right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draftbox %1&lt;/h3&gt;&lt;p&gt;Die SMS Ihres Close-Kontos prüfen, bearbeiten, planen und senden, und seine WhatsApp-Einträge richtig halten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspaces: SMS or WhatsApp</source>
        <translation>Arbeitsbereiche: SMS oder WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Someone changed in Close what you are editing: choose which version to keep in the form.</source>
        <translation>Jemand hat in Close geändert, was Sie gerade bearbeiten: Wählen Sie im Formular, welche Fassung Sie behalten.</translation>
    </message>
    <message>
        <source>That activity is not in the lists (any more): Close may have deleted it.</source>
        <translation>Diese Aktivität ist nicht (mehr) in den Listen: Close hat sie vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Draftbox will use the language you chose the next time it starts.</source>
        <translation>Draftbox verwendet die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show or hide the Problems panel</source>
        <translation>Bereich „Probleme“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>You are looking at sample data — connect your Close account (Ctrl+Shift+K)</source>
        <translation>Sie sehen Beispieldaten – verbinden Sie Ihr Close-Konto (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connect your Close account</source>
        <translation>Ihr Close-Konto verbinden</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New SMS…</source>
        <translation>&amp;Neue SMS…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMS as &amp;Conversations</source>
        <translation>SMS als &amp;Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Monospace</translation>
    </message>
    <message>
        <source>The message, in WhatsApp&apos;s markup: *bold*, _italic_, ~strikethrough~, ```monospace```</source>
        <translation>Die Nachricht in WhatsApp-Auszeichnung: *fett*, _kursiv_, ~durchgestrichen~, ```monospace```</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As Close shows it:</source>
        <translation>So zeigt Close sie:</translation>
    </message>
    <message>
        <source>No preview: the message is too long to preview as you type.</source>
        <translation>Keine Vorschau: Die Nachricht ist zu lang für eine Vorschau beim Tippen.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Preview of your changes:</source>
        <translation>Vorschau Ihrer Änderungen:</translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and WhatsApp takes at most %2 in a message. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation>Diese Nachricht hat einen Absatz mit %1 Zeichen, und WhatsApp nimmt höchstens %2 in einer Nachricht. Sie bleibt vollständig erhalten, wird aber gekürzt und schreibgeschützt angezeigt, damit Draftbox schnell bleibt.</translation>
    </message>
</context>
<context>
    <name>MmsAttachments</name>
    <message>
        <source>Pictures, videos, sound, contact cards and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg *.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)</source>
        <translation>Bilder, Videos, Audio, Kontaktkarten und PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg *.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Diese SMS ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Only a draft takes attachments.</source>
        <translation>Nur ein Entwurf kann Anhänge haben.</translation>
    </message>
    <message>
        <source>This SMS takes no changes while it is being sent.</source>
        <translation>Diese SMS kann nicht geändert werden, während sie gesendet wird.</translation>
    </message>
    <message>
        <source>An MMS takes at most %1 attachments.</source>
        <translation>Eine MMS kann höchstens %1 Anhänge haben.</translation>
    </message>
    <message>
        <source>Close does not send %1 in an SMS: attach a picture, a video, a sound, a contact card or a PDF.</source>
        <translation>Close sendet %1 nicht per SMS: Hängen Sie ein Bild, ein Video, eine Audiodatei, eine Kontaktkarte oder ein PDF an.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2; an MMS attachment can be at most %3.</source>
        <translation>%1 ist %2 groß; ein MMS-Anhang darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be read whole.</source>
        <translation>%1 konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 wurde nicht angehängt: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS is no longer listed.</source>
        <translation>%1 wurde hochgeladen, aber die SMS ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS no longer takes changes, so it was not attached.</source>
        <translation>%1 wurde hochgeladen, aber die SMS kann nicht mehr geändert werden, daher wurde die Datei nicht angehängt.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file.</source>
        <translation>%1 konnte nicht in eine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>NewSmsDialog</name>
    <message>
        <source>C&amp;reate draft</source>
        <translation>Entwurf an&amp;legen</translation>
    </message>
    <message>
        <source>New SMS</source>
        <translation>Neue SMS</translation>
    </message>
    <message>
        <source>A name, company or number</source>
        <translation>Name, Firma oder Nummer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>Passende Personen</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Senden von</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Searching Close…</source>
        <translation>Suche in Close…</translation>
    </message>
    <message>
        <source>No one matches “%1”. Type their number with its country code (+1 202 555 0100) to text a number Close does not know.</source>
        <translation>Niemand passt zu „%1“. Geben Sie die Nummer mit Landesvorwahl ein (+1 202 555 0100), um einer Nummer zu schreiben, die Close nicht kennt.</translation>
    </message>
    <message>
        <source>Type a few letters of their name or company, or their number.</source>
        <translation>Geben Sie einige Buchstaben des Namens oder der Firma ein, oder die Nummer.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1 numbers: the draft can be written, not sent.</source>
        <translation>Keine Nummer Ihrer Organisation kann SMS an Nummern in %1 senden: Der Entwurf kann geschrieben, aber nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Creating the draft in Close…</source>
        <translation>Der Entwurf wird in Close angelegt…</translation>
    </message>
    <message>
        <source>Close did not create the draft: %1 Nothing you chose is lost; try again when Close answers.</source>
        <translation>Close hat den Entwurf nicht angelegt: %1 Ihre Auswahl bleibt erhalten; versuchen Sie es erneut, wenn Close antwortet.</translation>
    </message>
</context>
<context>
    <name>OptOutList</name>
    <message>
        <source>%1 replied “%2” on %3: they asked not to be texted. Draftbox will not send or schedule an SMS to this number until they reply START.</source>
        <translation>%1 hat am %3 „%2“ geantwortet und möchte keine SMS mehr erhalten. Draftbox sendet oder plant keine SMS an diese Nummer, bis START zurückkommt.</translation>
    </message>
    <message>
        <source>%1 opted out of SMS: Close blocks texts to this number (they replied STOP). Draftbox will not send or schedule an SMS to it until they reply START.</source>
        <translation>%1 hat SMS abbestellt: Close sperrt SMS an diese Nummer (Antwort STOP). Draftbox sendet oder plant keine SMS an sie, bis START zurückkommt.</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message numerus="yes">
        <source>Close said there was more after %L1 pages (%Ln messages); Draftbox stopped listing there.</source>
        <translation>
            <numerusform>Close meldete nach %L1 Seiten (%Ln Nachricht) noch weitere; Draftbox hat die Liste dort beendet.</numerusform>
            <numerusform>Close meldete nach %L1 Seiten (%Ln Nachrichten) noch weitere; Draftbox hat die Liste dort beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePickerModel</name>
    <message>
        <source>Close could not be searched (%1); only the people Draftbox already knows are listed.</source>
        <translation>Close konnte nicht durchsucht werden (%1); nur die Personen, die Draftbox schon kennt, werden aufgeführt.</translation>
    </message>
    <message>
        <source>Close&apos;s users could not be listed (%1).</source>
        <translation>Die Benutzer von Close konnten nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in Close</source>
        <translation>In Close ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Copy the ID, or open the lead in Close</source>
        <translation>ID kopieren oder den Lead in Close öffnen</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>%1: more</source>
        <translation>%1: weitere Aktionen</translation>
    </message>
    <message>
        <source>…</source>
        <extracomment>The button that opens the field&apos;s actions (Copy ID, Open in Close).</extracomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Copy the ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>No web browser opened %1; the address is on the clipboard.</source>
        <translation>Kein Webbrowser hat %1 geöffnet; die Adresse ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>%1 is not a valid number; check the digits and the country code.</source>
        <translation>%1 ist keine gültige Nummer; prüfen Sie die Ziffern und die Ländervorwahl.</translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message>
        <source>Draftbox could not remember which messages you have read (%1): %2.</source>
        <translation>Draftbox konnte sich nicht merken, welche Nachrichten Sie gelesen haben (%1): %2.</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <source>Close could not be searched (%1); the people Draftbox already knows are shown.</source>
        <translation>Close konnte nicht durchsucht werden (%1); die Personen, die Draftbox schon kennt, werden gezeigt.</translation>
    </message>
    <message>
        <source>%1 (no contact in Close)</source>
        <translation>%1 (kein Kontakt in Close)</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abbestellt</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Antwort schreiben… (Strg+Return sendet)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send the reply now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation>Antwort jetzt senden, mit %1 Sekunden zum Rückgängigmachen (Strg+Return)</translation>
    </message>
    <message>
        <source>That SMS is no longer in Close.</source>
        <translation>Diese SMS ist nicht mehr in Close.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Reply to %1 from %2</source>
        <translation>Antwort an %1 von %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation>Diese SMS hat keine Nummer, an die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Not sent: Close did not take the reply (%1). Your text is kept; try again.</source>
        <translation>Nicht gesendet: Close hat die Antwort nicht angenommen (%1). Ihr Text bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SafeHtml</name>
    <message>
        <source>%1… (%L2 characters in all; the form shows the whole text)</source>
        <translation>%1… (%L2 Zeichen insgesamt; das Formular zeigt den ganzen Text)</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Schedule SMS</source>
        <translation>SMS planen</translation>
    </message>
    <message>
        <source>Day to send</source>
        <translation>Tag des Versands</translation>
    </message>
    <message>
        <source>Time to send</source>
        <translation>Uhrzeit des Versands</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>In 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>&amp;Morgen 9:00</translation>
    </message>
    <message>
        <source>Next &amp;Monday 9:00</source>
        <translation>Nächsten M&amp;ontag 9:00</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Diese Zeit ist schon vorbei. Wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next time inside their 8:00–20:00</source>
        <translation>Nächster Zeitpunkt zwischen 8 und 20 Uhr beim Empfänger</translation>
    </message>
    <message>
        <source>Type any time, or pick one of the slots below</source>
        <translation>Geben Sie eine beliebige Uhrzeit ein oder wählen Sie unten einen Zeitpunkt</translation>
    </message>
    <message>
        <source>Times to send, every 15 minutes</source>
        <translation>Versandzeiten, alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes, from 8:00 to 20:00 first, then the evening and the night</source>
        <translation>Alle 15 Minuten, zuerst von 8 bis 20 Uhr, dann der Abend und die Nacht</translation>
    </message>
    <message>
        <source>Move the time to the next moment between 8:00 and 20:00 where they live</source>
        <translation>Die Zeit auf den nächsten Moment zwischen 8 und 20 Uhr am Ort des Empfängers verschieben</translation>
    </message>
    <message>
        <source>Schedule for the next free slot instead</source>
        <translation>Stattdessen für den nächsten freien Zeitpunkt planen</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>Outside 8:00–20:00 for you</source>
        <translation>Für Sie außerhalb von 8–20 Uhr</translation>
    </message>
    <message>
        <source>%1 passed while this window was open: nothing is scheduled. Pick a later time or the next slot.</source>
        <translation>%1 ist vergangen, während dieses Fenster offen war: Nichts ist geplant. Wählen Sie eine spätere Zeit oder den nächsten Zeitpunkt.</translation>
    </message>
    <message>
        <source>Times are yours: %1 (%2)</source>
        <translation>Zeiten in Ihrer Zeitzone: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day and time for the recipient</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Their time: %1 (%2)</source>
        <translation>Beim Empfänger: %1 (%2)</translation>
    </message>
    <message>
        <source>From the contact&apos;s time zone in Close (%1)</source>
        <translation>Nach der Zeitzone des Kontakts in Close (%1)</translation>
    </message>
    <message>
        <source>From the area of their number (%1)</source>
        <translation>Nach dem Vorwahlbereich der Nummer (%1)</translation>
    </message>
    <message>
        <source>From their country (%1)</source>
        <translation>Nach dem Land des Empfängers (%1)</translation>
    </message>
    <message>
        <source>⚠ That is %1 for them, outside their 8:00–20:00.</source>
        <translation>⚠ Beim Empfänger ist es dann %1, außerhalb von 8–20 Uhr.</translation>
    </message>
    <message>
        <source>Their time zones are unknown.</source>
        <translation>Die Zeitzonen der Empfänger sind unbekannt.</translation>
    </message>
    <message>
        <source>Their time zone is unknown.</source>
        <translation>Die Zeitzone des Empfängers ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Their times: %1; %n unknown</source>
        <translation>
            <numerusform>Zeiten der Empfänger: %1; %n unbekannt</numerusform>
            <numerusform>Zeiten der Empfänger: %1; %n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Their times: %1</source>
        <translation>Zeiten der Empfänger: %1</translation>
    </message>
    <message>
        <source>⚠ That is outside 8:00–20:00 for some of them.</source>
        <translation>⚠ Das liegt für einige Empfänger außerhalb von 8–20 Uhr.</translation>
    </message>
</context>
<context>
    <name>SenderNumberModel</name>
    <message>
        <source>%1 cannot text numbers in %2.</source>
        <translation>%1 kann keine SMS an Nummern in %2 senden.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>No Draftbox answered in time.</source>
        <translation>Kein laufendes Draftbox hat rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Draftbox already open did not take the command line: %1</source>
        <translation>Das bereits geöffnete Draftbox hat die Befehlszeile nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation>Die Befehlszeile ist zu lang für die Übergabe.</translation>
    </message>
    <message>
        <source>The Draftbox already open gave an answer Draftbox does not know.</source>
        <translation>Das bereits geöffnete Draftbox hat eine Antwort gegeben, die Draftbox nicht kennt.</translation>
    </message>
    <message>
        <source>The Draftbox already open is another version: quit it, then start this one again.</source>
        <translation>Das bereits geöffnete Draftbox ist eine andere Version: Beenden Sie es und starten Sie dann dieses erneut.</translation>
    </message>
</context>
<context>
    <name>SmsBulkAction</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Diese SMS ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted.</source>
        <translation>Nur ein Entwurf kann gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>SmsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Recipient phone number</source>
        <translation>Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Choose a number…</source>
        <translation>Nummer wählen…</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Senden von</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Aktivitätsdatum</translation>
    </message>
    <message>
        <source>When this SMS happened, in your time zone</source>
        <translation>Zeitpunkt dieser SMS, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>Take the selected file off this draft (saved with the next Save)</source>
        <translation>Die ausgewählte Datei von diesem Entwurf nehmen (gespeichert beim nächsten Speichern)</translation>
    </message>
    <message>
        <source>SMS template</source>
        <translation>SMS-Vorlage</translation>
    </message>
    <message>
        <source>Recipient number check</source>
        <translation>Prüfung der Empfängernummer</translation>
    </message>
    <message>
        <source>Status of this SMS</source>
        <translation>Status dieser SMS</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation>L&amp;ead:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Na&amp;chricht:</translation>
    </message>
    <message>
        <source>Save the draft in Close (Ctrl+S)</source>
        <translation>Den Entwurf in Close speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Send now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation>Jetzt senden, mit %1 Sekunden zum Rückgängigmachen (Strg+Return)</translation>
    </message>
    <message>
        <source>Pick a day and time to send</source>
        <translation>Tag und Uhrzeit für den Versand wählen</translation>
    </message>
    <message>
        <source>Stop this SMS from going out and make it a draft again</source>
        <translation>Den Versand dieser SMS stoppen und sie wieder zum Entwurf machen</translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation>Jetzt se&amp;nden</translation>
    </message>
    <message>
        <source>Resche&amp;dule…</source>
        <translation>Neu &amp;planen…</translation>
    </message>
    <message>
        <source>%1 (not one of your numbers)</source>
        <translation>%1 (keine Ihrer Nummern)</translation>
    </message>
    <message>
        <source>Who should receive this SMS?</source>
        <translation>Wer soll diese SMS bekommen?</translation>
    </message>
    <message>
        <source>Select an SMS on the left to see it here.</source>
        <translation>Wählen Sie links eine SMS aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation>Warten auf Close…</translation>
    </message>
    <message>
        <source>Draft — unsaved changes. Save (Ctrl+S) or send (Ctrl+Return).</source>
        <translation>Entwurf — ungespeicherte Änderungen. Speichern (Strg+S) oder senden (Strg+Return).</translation>
    </message>
    <message>
        <source>Draft — edit it, then save, schedule or send it.</source>
        <translation>Entwurf — bearbeiten Sie ihn, dann speichern, planen oder senden Sie ihn.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Cancel sending to edit it again.</source>
        <translation>Geplant für %1. Mit „Senden abbrechen“ können Sie sie wieder bearbeiten.</translation>
    </message>
    <message>
        <source>Sending… It can still be cancelled until it goes out.</source>
        <translation>Wird gesendet… Der Versand kann noch abgebrochen werden, bis die SMS verschickt ist.</translation>
    </message>
    <message>
        <source>Sent %1. Sent messages cannot be changed.</source>
        <translation>Gesendet %1. Gesendete Nachrichten können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Received %1. Received messages cannot be changed.</source>
        <translation>Empfangen %1. Empfangene Nachrichten können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation>Close konnte diese SMS nicht senden: %1</translation>
    </message>
    <message>
        <source>Status “%1” is new to Draftbox; it is shown read-only.</source>
        <translation>Der Status „%1“ ist Draftbox neu; die SMS wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Direction: %1 · Source: %2</source>
        <translation>Richtung: %1 · Quelle: %2</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Erstellt %1 von %2</translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation>Geändert %1 von %2</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Sent %1 · cost %2</source>
        <translation>Gesendet %1 · Kosten %2</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Sequenz: %1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation>Akt&amp;ivitätsdatum:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <source>Sending not confirmed yet.</source>
        <translation>Senden noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Template variables left to fill</source>
        <translation>Noch auszufüllende Vorlagenvariablen</translation>
    </message>
    <message>
        <source>Sender phone number</source>
        <translation>Telefonnummer des Absenders</translation>
    </message>
    <message>
        <source>Sender number check</source>
        <translation>Prüfung der Absendernummer</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Empfangen unter</translation>
    </message>
    <message>
        <source>Draftbox could not fill %1: replace it in the message before you send it.</source>
        <translation>Draftbox konnte %1 nicht ausfüllen: Ersetzen Sie es in der Nachricht, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>That SMS is deleted. Pick another one on the left.</source>
        <translation>Diese SMS ist gelöscht. Wählen Sie links eine andere.</translation>
    </message>
    <message>
        <source>Saving… Keep typing: what you add is saved right after.</source>
        <translation>Wird gespeichert… Tippen Sie ruhig weiter: Was Sie ergänzen, wird gleich danach gespeichert.</translation>
    </message>
    <message>
        <source>Not scheduled: that SMS is no longer in Close.</source>
        <translation>Nicht geplant: Diese SMS ist nicht mehr in Close.</translation>
    </message>
    <message>
        <source>It is being changed or sent right now.</source>
        <translation>Sie wird gerade geändert oder gesendet.</translation>
    </message>
    <message>
        <source>Not scheduled. %1</source>
        <translation>Nicht geplant. %1</translation>
    </message>
    <message>
        <source>SMS fields</source>
        <translation>SMS-Felder</translation>
    </message>
    <message>
        <source>Their number, e.g. +1 202 555 0100</source>
        <translation>Nummer des Empfängers, z. B. +1 202 555 0100</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.

%1</source>
        <translation>Diesen Entwurf löschen? Das kann nicht rückgängig gemacht werden.

%1</translation>
    </message>
    <message>
        <source>Sending to %1 in %2 s. Undo keeps it as a draft.</source>
        <translation>Wird in %2 s an %1 gesendet. „Rückgängig“ behält sie als Entwurf.</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Ne&amp;u schreiben</translation>
    </message>
    <message>
        <source>Write them a new SMS, from the number this one came in on (Ctrl+R)</source>
        <translation>Eine neue SMS an diese Person, von der Nummer, auf der diese ankam (Strg+R)</translation>
    </message>
    <message>
        <source>A new draft with this text, to the same number: fix what failed, then send it</source>
        <translation>Ein neuer Entwurf mit diesem Text an dieselbe Nummer: beheben Sie den Fehler, dann senden Sie ihn</translation>
    </message>
    <message>
        <source>Close did not create the new draft: %1</source>
        <translation>Close hat den neuen Entwurf nicht angelegt: %1</translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation>Diese SMS hat keine Nummer, an die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>This SMS is still scheduled in Close and would fail: Cancel sending keeps it from going out.</source>
        <translation>Diese SMS ist in Close noch geplant und würde scheitern: „Senden abbrechen“ verhindert, dass sie rausgeht.</translation>
    </message>
    <message>
        <source>Draft — it cannot be sent or scheduled: they asked not to be texted (see under the number). Saving still works.</source>
        <translation>Entwurf — er kann weder gesendet noch geplant werden: Die Person möchte keine SMS erhalten (siehe unter der Nummer). Speichern geht weiterhin.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Double-click an attachment to open it</source>
        <translation>Doppelklicken Sie auf einen Anhang, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Add a picture, video, sound, contact card or PDF to this draft (it becomes an MMS). You can also drop files on the form or paste a picture into the message.</source>
        <translation>Ein Bild, ein Video, eine Audiodatei, eine Kontaktkarte oder ein PDF an diesen Entwurf anhängen (daraus wird eine MMS). Sie können Dateien auch auf das Formular ziehen oder ein Bild in die Nachricht einfügen.</translation>
    </message>
    <message>
        <source>%1 is attached; Save to keep it on the draft.</source>
        <translation>%1 ist angehängt; mit „Speichern“ bleibt die Datei im Entwurf.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Attach to the SMS</source>
        <translation>An die SMS anhängen</translation>
    </message>
    <message>
        <source>Pick a draft first.</source>
        <translation>Wählen Sie zuerst einen Entwurf.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation>Namen eingeben, um den Kontakt zu wählen</translation>
    </message>
    <message>
        <source>Type a name to choose the lead</source>
        <translation>Namen eingeben, um den Lead zu wählen</translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation>Namen eingeben, um den Benutzer zu wählen</translation>
    </message>
    <message>
        <source>No program opened it; it is saved as %1.</source>
        <translation>Kein Programm hat sie geöffnet; sie ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>To and Lead follow %1: %2. Revert takes it back.</source>
        <translation>An und Lead folgen %1: %2. „Zurücksetzen“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>New &amp;SMS to this contact…</source>
        <translation>Neue &amp;SMS an diesen Kontakt…</translation>
    </message>
    <message>
        <source>Hold (&amp;back to draft)</source>
        <translation>Anhal&amp;ten (zurück zum Entwurf)</translation>
    </message>
    <message>
        <source>Reply since you wrote this SMS</source>
        <translation>Antwort, seit Sie diese SMS geschrieben haben</translation>
    </message>
    <message>
        <source>What they replied</source>
        <translation>Was geantwortet wurde</translation>
    </message>
    <message>
        <source>Hold this SMS: back to draft</source>
        <translation>Diese SMS anhalten: zurück zum Entwurf</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation>vor 1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 replied %2:</source>
        <translation>%1 hat %2 geantwortet:</translation>
    </message>
    <message>
        <source>%1 replied %2, with an attachment.</source>
        <translation>%1 hat %2 geantwortet, mit einem Anhang.</translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation>%1 hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 replied on %2, after you wrote this SMS:</source>
        <translation>%1 hat am %2 geantwortet, nachdem Sie diese SMS geschrieben haben:</translation>
    </message>
    <message>
        <source>Hold takes it back to draft, so it does not go out at %1.</source>
        <translation>Anhalten macht sie wieder zum Entwurf, damit sie nicht um %1 hinausgeht.</translation>
    </message>
    <message>
        <source>This SMS is being sent and may already be out; Cancel sending stops it if it is not.</source>
        <translation>Diese SMS wird gerade gesendet und ist vielleicht schon hinaus; Senden abbrechen hält sie an, falls nicht.</translation>
    </message>
    <message>
        <source>Read it before this draft goes; the notice goes once you save the draft again.</source>
        <translation>Lesen Sie sie, bevor dieser Entwurf hinausgeht; der Hinweis verschwindet, sobald Sie den Entwurf wieder speichern.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Take this SMS back to draft so it does not go out, now that %1 replied. Edit it, then schedule it again.</source>
        <translation>Diese SMS wieder zum Entwurf machen, damit sie nicht hinausgeht, jetzt wo %1 geantwortet hat. Bearbeiten Sie sie und planen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Draft — unsaved changes: Save comes back once you choose a version below.</source>
        <translation>Entwurf — ungespeicherte Änderungen: Speichern geht wieder, sobald Sie unten eine Fassung wählen.</translation>
    </message>
</context>
<context>
    <name>SmsNotifications</name>
    <message>
        <source>Unknown number</source>
        <translation>Unbekannte Nummer</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS not sent</source>
        <translation>
            <numerusform>%n SMS nicht gesendet</numerusform>
            <numerusform>%n SMS nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SMS</source>
        <translation>
            <numerusform>%n neue SMS</numerusform>
            <numerusform>%n neue SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1 and %n more</source>
        <translation>
            <numerusform>An %1 und %n weitere</numerusform>
            <numerusform>An %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>Von %1 und %n weiteren</numerusform>
            <numerusform>Von %1 und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to %1</source>
        <translation>Nicht an %1 gesendet</translation>
    </message>
    <message>
        <source>Close did not say why.</source>
        <translation>Close hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>SmsSegments</name>
    <message>
        <source>Too long: Close accepts at most %1 characters. Remove %2 to save or send.</source>
        <translation>Zu lang: Close nimmt höchstens %1 Zeichen an. Entfernen Sie %2, um zu speichern oder zu senden.</translation>
    </message>
</context>
<context>
    <name>SmsStatus</name>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SmsSync</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Diese SMS ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Only a draft can be sent or scheduled; this SMS is “%1”.</source>
        <translation>Nur ein Entwurf kann gesendet oder geplant werden; diese SMS ist „%1“.</translation>
    </message>
    <message>
        <source>Close is still answering about this SMS.</source>
        <translation>Close antwortet noch zu dieser SMS.</translation>
    </message>
    <message>
        <source>Sending it is not confirmed yet.</source>
        <translation>Der Versand ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Someone changed it in Close: choose which version to keep first.</source>
        <translation>Jemand hat sie in Close geändert: Wählen Sie zuerst, welche Fassung Sie behalten.</translation>
    </message>
    <message>
        <source>%1 It cannot be sent or scheduled until the number is right; saving the draft still works.</source>
        <translation>%1 Sie kann nicht gesendet oder geplant werden, bis die Nummer stimmt; den Entwurf speichern geht weiterhin.</translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was sent. Check the fields and save again.</source>
        <translation>Draftbox konnte diese Änderungen nicht so lesen, wie Close sie annimmt, daher wurde nichts gesendet. Prüfen Sie die Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Not sent: the answer to sending it was lost, and Close still has this SMS as a draft. Your edits are kept; send again when ready.</source>
        <translation>Nicht gesendet: Die Antwort auf das Senden ging verloren, und Close führt diese SMS noch als Entwurf. Ihre Änderungen bleiben erhalten; senden Sie erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1.</source>
        <translation>Keine Nummer Ihrer Organisation kann SMS nach %1 senden.</translation>
    </message>
    <message>
        <source>Choose one that can: %1.</source>
        <translation>Wählen Sie eine, die es kann: %1.</translation>
    </message>
    <message>
        <source>Choose the number to send it from. %1</source>
        <translation>Wählen Sie die Nummer, von der gesendet wird. %1</translation>
    </message>
    <message>
        <source>%1 is not one of your organization&apos;s SMS numbers, and Close sends SMS only from those. %2</source>
        <translation>%1 ist keine SMS-Nummer Ihrer Organisation, und Close sendet SMS nur von diesen. %2</translation>
    </message>
    <message>
        <source>%1 cannot text numbers in %2: the carrier would refuse it. %3</source>
        <translation>%1 kann keine SMS an Nummern in %2 senden: Der Netzbetreiber würde sie ablehnen. %3</translation>
    </message>
    <message>
        <source>%1 cannot send pictures to numbers in %2. %3</source>
        <translation>%1 kann keine Bilder an Nummern in %2 senden. %3</translation>
    </message>
    <message>
        <source>An attachment is still being uploaded.</source>
        <translation>Ein Anhang wird noch hochgeladen.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can send pictures to %1: send it without attachments.</source>
        <translation>Keine Nummer Ihrer Organisation kann Bilder nach %1 senden: Senden Sie die SMS ohne Anhänge.</translation>
    </message>
    <message>
        <source>Write a message first: there is nothing to send.</source>
        <translation>Schreiben Sie zuerst eine Nachricht: Es gibt nichts zu senden.</translation>
    </message>
</context>
<context>
    <name>SmsTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Aktivitätsdatum</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>From (formatted)</source>
        <translation>Von (formatiert)</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Land des Absenders</translation>
    </message>
    <message>
        <source>To (formatted)</source>
        <translation>An (formatiert)</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>Land des Empfängers</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation>Erstellt von (ID)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation>Geändert von (ID)</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation>Sequenz (ID)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation>Sequenz-Anmeldung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>There is no picture to attach.</source>
        <translation>Es gibt kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>picture-%1.png</source>
        <translation>bild-%1.png</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Diesen Anhang gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 replied since you wrote this: “%2”</source>
        <translation>%1 hat geantwortet, seit Sie dies geschrieben haben: „%2“</translation>
    </message>
</context>
<context>
    <name>SmsWorkspace</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation>SMS-Liste</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Show only the SMS of one lead</source>
        <translation>Nur die SMS eines Leads zeigen</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>Show only these (several can be on)</source>
        <translation>Nur diese zeigen (mehrere gleichzeitig möglich)</translation>
    </message>
    <message>
        <source>Show the SMS again that the search hides</source>
        <translation>Die SMS wieder zeigen, die die Suche verbirgt</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Alle senden</translation>
    </message>
    <message>
        <source>Schedule all…</source>
        <translation>Alle planen…</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Send all selected drafts</source>
        <translation>Alle ausgewählten Entwürfe senden</translation>
    </message>
    <message>
        <source>Schedule all selected drafts</source>
        <translation>Alle ausgewählten Entwürfe planen</translation>
    </message>
    <message>
        <source>Delete all selected drafts</source>
        <translation>Alle ausgewählten Entwürfe löschen</translation>
    </message>
    <message>
        <source>Stop the bulk action</source>
        <translation>Die Sammelaktion anhalten</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>No SMS match “%1” with the filters above.</source>
        <translation>Keine SMS passt zu „%1“ mit den Filtern oben.</translation>
    </message>
    <message>
        <source>No SMS match “%1”.</source>
        <translation>Keine SMS passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message>
        <source>Send all selected</source>
        <translation>Alle ausgewählten senden</translation>
    </message>
    <message>
        <source>Schedule all selected</source>
        <translation>Alle ausgewählten planen</translation>
    </message>
    <message>
        <source>Delete all selected</source>
        <translation>Alle ausgewählten löschen</translation>
    </message>
    <message>
        <source>Nothing was asked of Close for this one. Open it, fix what is said, then try again.</source>
        <translation>Für diese SMS wurde bei Close nichts angefragt. Öffnen Sie sie, beheben Sie das Genannte und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Done: %1 of %1.</source>
        <translation>Fertig: %1 von %1.</translation>
    </message>
    <message>
        <source>Done: %1 succeeded, %2 did not (see Problems).</source>
        <translation>Fertig: %1 erfolgreich, %2 nicht (siehe Probleme).</translation>
    </message>
    <message>
        <source>%1 SMS</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message>
        <source>1 draft selected</source>
        <translation>1 Entwurf ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts selected</source>
        <translation>
            <numerusform>%n Entwurf ausgewählt</numerusform>
            <numerusform>%n Entwürfe ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (1 other left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation>%1 (1 weitere SMS bleibt unberührt: Nur Entwürfe können gesendet, geplant oder gelöscht werden)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n others left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation>
            <numerusform>%1 (%n weitere SMS bleibt unberührt: Nur Entwürfe können gesendet, geplant oder gelöscht werden)</numerusform>
            <numerusform>%1 (%n weitere SMS bleiben unberührt: Nur Entwürfe können gesendet, geplant oder gelöscht werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send 1 SMS now? It goes out at once and cannot be called back.</source>
        <translation>1 SMS jetzt senden? Sie wird sofort verschickt und kann nicht zurückgeholt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n SMS now? They go out at once and cannot be called back.</source>
        <translation>
            <numerusform>%n SMS jetzt senden? Sie wird sofort verschickt und kann nicht zurückgeholt werden.</numerusform>
            <numerusform>%n SMS jetzt senden? Sie werden sofort verschickt und können nicht zurückgeholt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete 1 draft? Close keeps no copy.</source>
        <translation>1 Entwurf löschen? Close behält keine Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Close keeps no copy.</source>
        <translation>
            <numerusform>%n Entwurf löschen? Close behält keine Kopie.</numerusform>
            <numerusform>%n Entwürfe löschen? Close behält keine Kopie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule 1 draft</source>
        <translation>1 Entwurf planen</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n drafts</source>
        <translation>
            <numerusform>%n Entwurf planen</numerusform>
            <numerusform>%n Entwürfe planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending 1 draft…</source>
        <translation>1 Entwurf wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n drafts…</source>
        <translation>
            <numerusform>%n Entwurf wird gesendet…</numerusform>
            <numerusform>%n Entwürfe werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling 1 draft…</source>
        <translation>1 Entwurf wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n drafts…</source>
        <translation>
            <numerusform>%n Entwurf wird geplant…</numerusform>
            <numerusform>%n Entwürfe werden geplant…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 draft…</source>
        <translation>1 Entwurf wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n drafts…</source>
        <translation>
            <numerusform>%n Entwurf wird gelöscht…</numerusform>
            <numerusform>%n Entwürfe werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>New draft: write the message, then send (Ctrl+Return) or schedule it.</source>
        <translation>Neuer Entwurf: Schreiben Sie die Nachricht, dann senden (Strg+Eingabe) oder planen Sie sie.</translation>
    </message>
    <message>
        <source>The empty draft was discarded.</source>
        <translation>Der leere Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>SMS conversations</source>
        <translation>SMS-Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Show as conversations</source>
        <translation>Als Unterhaltungen zeigen</translation>
    </message>
    <message>
        <source>Show the SMS as conversations, one per person, or as one list (Ctrl+Shift+L)</source>
        <translation>Die SMS als Unterhaltungen (eine pro Person) oder als eine Liste zeigen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>&amp;Reply here</source>
        <translation>Hier &amp;antworten</translation>
    </message>
    <message>
        <source>&amp;New SMS to %1…</source>
        <translation>&amp;Neue SMS an %1…</translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation>%1 hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 replied %2: “%3”</source>
        <translation>%1 hat %2 geantwortet: „%3“</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>1 recipient replied since you wrote their draft: %1.</source>
        <translation>1 Empfänger hat geantwortet, seit Sie den Entwurf geschrieben haben: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipients replied since you wrote their draft: %1.</source>
        <translation>
            <numerusform>%n Empfänger hat geantwortet, seit Sie den Entwurf geschrieben haben: %1.</numerusform>
            <numerusform>%n Empfänger haben geantwortet, seit Sie ihre Entwürfe geschrieben haben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send only the other 1</source>
        <translation>Nur an den anderen 1 senden</translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation>
            <numerusform>Nur an den anderen %n senden</numerusform>
            <numerusform>Nur an die anderen %n senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out the drafts to those who replied: they stay drafts, to read their reply and write again</source>
        <translation>Die Entwürfe an diejenigen, die geantwortet haben, auslassen: Sie bleiben Entwürfe, damit Sie die Antwort lesen und neu schreiben können</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of these drafts can be sent:
%1</source>
        <translation>Keiner dieser Entwürfe kann gesendet werden:
%1</translation>
    </message>
    <message>
        <source>Left as drafts, as Close would not send them:
%1</source>
        <translation>Bleiben Entwürfe, da Close sie nicht senden würde:
%1</translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Automatic (no dictionary installed)</source>
        <translation>Automatisch (kein Wörterbuch installiert)</translation>
    </message>
    <message>
        <source>Automatic (%1, from the recipient&apos;s country)</source>
        <translation>Automatisch (%1, nach dem Land des Empfängers)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Draftbox</source>
        <translation>Draftbox &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message numerus="yes">
        <source>Draftbox — %n unread</source>
        <translation>
            <numerusform>Draftbox — %n ungelesen</numerusform>
            <numerusform>Draftbox — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>Ucs2Highlighter</name>
    <message>
        <source>This character makes the SMS use UCS-2: 70 characters a segment instead of 160.</source>
        <translation>Dieses Zeichen lässt die SMS UCS-2 verwenden: 70 Zeichen pro Segment statt 160.</translation>
    </message>
</context>
<context>
    <name>WhatsAppForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Telefonnummer des Kontakts</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ihre eigene Telefonnummer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Aktivitätsdatum</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Received (incoming)</source>
        <translation>Empfangen (eingehend)</translation>
    </message>
    <message>
        <source>Sent (outgoing)</source>
        <translation>Gesendet (ausgehend)</translation>
    </message>
    <message>
        <source>The message of this conversation that this one answers</source>
        <translation>Die Nachricht dieser Unterhaltung, auf die diese antwortet</translation>
    </message>
    <message>
        <source>When this message was sent or received, in your time zone</source>
        <translation>Wann diese Nachricht gesendet oder empfangen wurde, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>Take the selected file off this message (saved with the next Save)</source>
        <translation>Die ausgewählte Datei von dieser Nachricht nehmen (gespeichert beim nächsten Speichern)</translation>
    </message>
    <message>
        <source>+1 818 333 4444</source>
        <translation>+1 818 333 4444</translation>
    </message>
    <message>
        <source>+1 650 555 0100</source>
        <translation>+1 650 555 0100</translation>
    </message>
    <message>
        <source>Their number check</source>
        <translation>Prüfung der Nummer des Kontakts</translation>
    </message>
    <message>
        <source>Your number check</source>
        <translation>Prüfung Ihrer eigenen Nummer</translation>
    </message>
    <message>
        <source>About this message</source>
        <translation>Über diese Nachricht</translation>
    </message>
    <message>
        <source>Where this message came from</source>
        <translation>Woher diese Nachricht stammt</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Their number:</source>
        <translation>&amp;Nummer des Kontakts:</translation>
    </message>
    <message>
        <source>&amp;Your number:</source>
        <translation>&amp;Eigene Nummer:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>&amp;Antwort auf:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Na&amp;chricht:</translation>
    </message>
    <message>
        <source>Save your changes to this record in Close (Ctrl+S)</source>
        <translation>Ihre Änderungen an diesem Eintrag in Close speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Put back what Close has</source>
        <translation>Auf den Stand in Close zurücksetzen</translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close</source>
        <translation>Diese WhatsApp-Nachricht aus Close löschen</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>they wrote</source>
        <translation>der Kontakt schrieb</translation>
    </message>
    <message>
        <source>you wrote</source>
        <translation>Sie schrieben</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>A message not in this conversation (%1)</source>
        <translation>Eine Nachricht außerhalb dieser Unterhaltung (%1)</translation>
    </message>
    <message>
        <source>Whose WhatsApp number is this conversation with?</source>
        <translation>Mit wessen WhatsApp-Nummer wird diese Unterhaltung geführt?</translation>
    </message>
    <message>
        <source>Select a WhatsApp message on the left to see it here.</source>
        <translation>Wählen Sie links eine WhatsApp-Nachricht aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation>Warten auf Close…</translation>
    </message>
    <message>
        <source>Unsaved changes. Save (Ctrl+S) or revert them.</source>
        <translation>Ungespeicherte Änderungen. Speichern (Strg+S) oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Synced from WhatsApp. Close never sends WhatsApp messages: what you change here corrects Close&apos;s record of it.</source>
        <translation>Aus WhatsApp synchronisiert. Close sendet nie WhatsApp-Nachrichten: Was Sie hier ändern, korrigiert den Eintrag in Close.</translation>
    </message>
    <message>
        <source>WhatsApp message ID: %1</source>
        <translation>WhatsApp-Nachrichten-ID: %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Erfasst von %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Erstellt %1 von %2</translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation>Geändert %1 von %2</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Sequenz: %1</translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation>WhatsApp-Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close? Close keeps no copy, and it is not taken back from WhatsApp.</source>
        <translation>Diese WhatsApp-Nachricht aus Close löschen? Close behält keine Kopie, und in WhatsApp wird sie nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation>Akt&amp;ivitätsdatum:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <source>A later message: %1</source>
        <translation>Eine spätere Nachricht: %1</translation>
    </message>
    <message>
        <source>WhatsApp message fields</source>
        <translation>Felder der WhatsApp-Nachricht</translation>
    </message>
    <message>
        <source>Recorded by %1 · &lt;a href=&quot;%2&quot; style=&quot;color: %3&quot;&gt;open in %1&lt;/a&gt;</source>
        <translation>Erfasst von %1 · &lt;a href=&quot;%2&quot; style=&quot;color: %3&quot;&gt;in %1 öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation>Namen eingeben, um den Kontakt zu wählen</translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation>Namen eingeben, um den Benutzer zu wählen</translation>
    </message>
</context>
<context>
    <name>WhatsAppSync</name>
    <message>
        <source>Not changed: a message cannot be a reply to itself.</source>
        <translation>Nicht geändert: Eine Nachricht kann keine Antwort auf sich selbst sein.</translation>
    </message>
    <message>
        <source>Not changed: “%1” already answers this message (directly or through other replies), so this one cannot answer it; that would make a loop.</source>
        <translation>Nicht geändert: „%1“ antwortet bereits auf diese Nachricht (direkt oder über andere Antworten), daher kann diese nicht darauf antworten; das ergäbe eine Schleife.</translation>
    </message>
</context>
<context>
    <name>WhatsAppTableModel</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Eigene Nummer</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Nummer des Kontakts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Aktivitätsdatum</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Message (HTML)</source>
        <translation>Nachricht (HTML)</translation>
    </message>
    <message>
        <source>Message (plain)</source>
        <translation>Nachricht (Text)</translation>
    </message>
    <message>
        <source>Your number (formatted)</source>
        <translation>Eigene Nummer (formatiert)</translation>
    </message>
    <message>
        <source>Their number (formatted)</source>
        <translation>Nummer des Kontakts (formatiert)</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>WhatsApp-ID</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation>Erstellt von (ID)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation>Geändert von (ID)</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation>Sequenz (ID)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation>Sequenz-Anmeldung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzerliste</translation>
    </message>
</context>
<context>
    <name>WhatsAppWorkspace</name>
    <message>
        <source>Show only these (both or neither: all)</source>
        <translation>Nur diese zeigen (beide oder keiner: alle)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Message count</source>
        <translation>Anzahl der Nachrichten</translation>
    </message>
    <message>
        <source>Search WhatsApp messages</source>
        <translation>WhatsApp-Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>WhatsApp-Unterhaltungen</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 Unterhaltung</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review, edit, schedule and send the SMS drafts of your Close account.
Without an account it runs on a built-in sandbox with sample data.</source>
        <translation>Die SMS-Entwürfe Ihres Close-Kontos prüfen, bearbeiten, planen und senden.
Ohne Konto läuft Draftbox in einer eingebauten Sandbox mit Beispieldaten.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox with sample data.</source>
        <translation>Die eingebaute Sandbox mit Beispieldaten verwenden.</translation>
    </message>
    <message>
        <source>Close API base URL (default %1). The API key comes from the CLOSE_API_KEY environment variable or the connect dialog.</source>
        <translation>Basis-URL der Close-API (Standard %1). Der API-Schlüssel kommt aus der Umgebungsvariable CLOSE_API_KEY oder aus dem Verbindungsdialog.</translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up.</source>
        <translation>Draftbox ist für dieses Konto bereits geöffnet: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up. It keeps the key it has; CLOSE_API_KEY was not handed over.</source>
        <translation>Draftbox ist für dieses Konto bereits geöffnet: Sein Fenster wurde nach vorn geholt. Es behält seinen bisherigen Schlüssel; CLOSE_API_KEY wurde nicht übergeben.</translation>
    </message>
</context>
</TS>
