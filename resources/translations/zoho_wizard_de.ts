<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Aufruf</numerusform>
            <numerusform>%Ln Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zoho ist gerade ausgelastet: neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>Zoho ist gerade ausgelastet: neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n Steuersatz</numerusform>
            <numerusform>%n Steuersätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Verbindungsassistent für Zoho Books</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>Zoho Books hat dieser Verbindung diese Aktion nicht erlaubt (Meldung von Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>Zoho Books hat dieser Verbindung diese Aktion nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>Eine Verbindung darf nur das tun, was ihre Berechtigungen (beim Verbinden gewählt, zum Beispiel „Nur Lesezugriff“) und Ihre Rolle in Zoho Books erlauben: Stellen Sie die Verbindung mit Vollzugriff neu her oder bitten Sie Ihren Zoho-Books-Administrator um eine Rolle, die das erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>Zoho Books hat diese Verbindung abgelehnt. Möglicherweise gehört sie zu einem anderen Rechenzentrum oder hat keine Berechtigung dafür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>Stellen Sie die Verbindung neu her und wählen Sie dabei das Rechenzentrum, in dem Ihr Zoho-Books-Konto liegt, sowie Vollzugriff.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>Zoho Books begrenzt die Anfragen: In der letzten Minute gab es zu viele, oder das Tageskontingent ist aufgebraucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut. Ein neues Tageskontingent gibt es ab morgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>Bei Zoho Books ist ein Problem aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>Ihr Zoho-Benutzerkonto gehört nicht zu dieser Organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>Wählen Sie eine andere Organisation oder bitten Sie deren Administrator, Sie einzuladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>Zoho Books konnte diese Anfrage nicht beantworten (Meldung von Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>Zoho Books konnte diese Anfrage nicht beantworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>Prüfen Sie, ob Zoho Books für diese Organisation und dieses Rechenzentrum eingerichtet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>Zoho Books hat eine Antwort gesendet, die die App nicht versteht (HTTP 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Wenn das Problem bleibt, zeigen Sie diese Meldung Ihrer IT-Betreuung.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>Diese Verbindung wurde mit einem Client vom Typ „Client-based“ hergestellt. Dessen Zugriff gilt nur eine Stunde, und diese Stunde ist vorbei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>Stellen Sie die Verbindung neu her. (Ein Client vom Typ „Server-based“ bleibt ohne diese Begrenzung verbunden.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>Warten Sie etwa zehn Minuten (Zoho zählt neue Zugriffe jeweils über zehn Minuten) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Verbindung zu Zoho Books wird geprüft …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>Die bisherige Verbindung wurde bei Zoho beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>Die bisherige Verbindung konnte bei Zoho nicht beendet werden. Sobald Zoho sie ersetzt, funktioniert sie von selbst nicht mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>Die Schlüssel dieser Verbindung fehlen im Schlüsselbund. Daher kann die App die Verbindung nicht bei Zoho beenden, und es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>Entfernen Sie die Verbindung nur von diesem Computer („Nur von diesem Computer entfernen“; im Terminal: zoho-wizard disconnect --forget). Beenden Sie sie anschließend in Ihrem Zoho-Konto oder löschen Sie den Client in der API-Konsole von Zoho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>Zoho hat die Verbindung nicht beendet, daher wurde nichts entfernt: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>Es ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, wenden Sie sich an Ihre IT-Betreuung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>Die gespeicherte Verbindung „{name}“ nennt einen Server, der zu keinem bekannten Rechenzentrum von Zoho gehört ({host}). Deshalb hat die App nichts dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>Die Einstellungsdatei wurde außerhalb der App geändert: Stellen Sie die Verbindung neu her oder entfernen Sie diese Verbindung nur von diesem Computer („Nur von diesem Computer entfernen“; im Terminal: zoho-wizard disconnect --forget).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>Die App konnte Zoho nicht erreichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>Die App hat einen Server erreicht, der nicht nachweisen konnte, dass er zu Zoho gehört: Dieser Computer vertraut seinem Zertifikat nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>Wenn das Netzwerk Ihres Unternehmens sichere Verbindungen prüft (über einen Proxy), bitten Sie Ihre IT-Betreuung, dessen Zertifikat auf diesem Computer zu installieren. Andernfalls prüfen Sie das Netzwerk und versuchen es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>Die Antwort von Zoho verwies auf einen Server, der zu keinem bekannten Rechenzentrum von Zoho gehört. Deshalb hat die App abgebrochen, ohne Ihre Daten dorthin zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>Starten Sie den Verbindungsaufbau neu. Wenn das wieder passiert, zeigen Sie diese Meldung Ihrer IT-Betreuung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>Ein anderes Programm auf diesem Computer belegt alle Ports, auf denen die App die Antwort von Zoho empfangen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>Schließen Sie Programme, die Sie nicht benötigen (oder starten Sie den Computer neu), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>Dieser Computer erlaubt der App nicht, die Antwort von Zoho auf dem dafür gewählten Port zu empfangen (Ports unter 1024 erfordern Administratorrechte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>Wählen Sie mit --port einen Port zwischen 1024 und 65535 (und registrieren Sie dessen Weiterleitungsadresse in der API-Konsole von Zoho) oder lassen Sie --port weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>Die App hat auf Ihre Freigabe im Browser gewartet, doch die Freigabe ist nicht rechtzeitig eingetroffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>Beginnen Sie von vorn und klicken Sie auf der Zoho-Seite auf „Accept“ (Akzeptieren). Wenn Zoho stattdessen eine eigene Fehlerseite gezeigt hat („Invalid&#xa0;Client“ oder „Invalid&#xa0;Redirect&#xa0;Uri“), prüfen Sie zuerst das Rechenzentrum und die in der API-Konsole von Zoho registrierten Weiterleitungsadressen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>Zoho meldet, dass der Zugriff nicht erlaubt wurde: Die Anfrage wurde abgelehnt, oder es gab zu viele Anfragen in kurzer Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>Beginnen Sie von vorn und klicken Sie auf der Zoho-Seite auf „Accept“ (Akzeptieren). Wenn Sie bereits auf „Accept“ geklickt haben, warten Sie zehn Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>Der Code von Zoho ist abgelaufen oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>Starten Sie den Verbindungsaufbau neu (bei einem Self&#xa0;Client erzeugen Sie dazu in der API-Konsole von Zoho einen neuen Code) und schließen Sie ihn innerhalb von zwei Minuten ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>Zoho kennt diese Client&#xa0;ID im gewählten Rechenzentrum nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>Prüfen Sie zuerst das Rechenzentrum (es muss dasjenige sein, in dem Sie den Client registriert haben), und kopieren Sie dann die Client&#xa0;ID erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>Diese Client&#xa0;ID gehört zum Zoho-Rechenzentrum {name}, nicht zum gewählten Rechenzentrum {chosen}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>Wählen Sie {name} als Rechenzentrum und stellen Sie die Verbindung neu her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>Zoho kennt diese Client&#xa0;ID in keinem seiner Rechenzentren. Entweder wurde sie falsch kopiert, oder der Client wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>Kopieren Sie die Client&#xa0;ID erneut aus der API-Konsole von Zoho, und zwar vollständig. Wenn der Client dort nicht mehr aufgeführt ist, erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>Zoho meldet, dass das Client&#xa0;Secret falsch ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>Kopieren Sie das Client&#xa0;Secret erneut aus der API-Konsole von Zoho und fügen Sie es ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>Zoho meldet, dass die Weiterleitungsadresse nicht mit der für Ihren Client registrierten übereinstimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>Registrieren Sie in der API-Konsole von Zoho genau die Weiterleitungsadresse, die die App anzeigt (gleicher Port, gleicher Pfad, „localhost“), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>Zoho akzeptiert die Berechtigungen (Scopes) nicht, die die App angefordert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>Wählen Sie eine der vorgegebenen Berechtigungsstufen der App und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>Zoho begrenzt, wie oft diese Verbindung neuen Zugriff anfordern darf, weil es in kurzer Zeit zu viele Anfragen gab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>Warten Sie etwa zehn Minuten und versuchen Sie es dann erneut. Bis dahin nutzt die App weiter den Zugriff, den sie bereits hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>Zoho Books hat das heutige Kontingent an API-Aufrufen für diese Organisation aufgebraucht ({calls} pro Tag in ihrem Tarif).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>Zoho Books hat das heutige Kontingent an API-Aufrufen für diese Organisation aufgebraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>Es wird um {time} Uhr erneuert (in etwa {wait}). Versuchen Sie es dann erneut oder fragen Sie Ihren Zoho-Books-Administrator nach einem Tarif mit größerem Kontingent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>Zoho hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>Starten Sie den Verbindungsaufbau neu. Wenn das Problem bleibt, zeigen Sie diese Meldung Ihrer IT-Betreuung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>Der für Ihr Gerät angezeigte Code ist abgelaufen, bevor er freigegeben wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>Beginnen Sie von vorn und geben Sie den neuen Code innerhalb weniger Minuten auf der Zoho-Seite ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>Die Schlüssel dieser Verbindung fehlen im Schlüsselbund (sie wurden entfernt oder nie gespeichert). Daher kann die Verbindung nicht erneuert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>Stellen Sie eine neue Verbindung her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>Zoho akzeptiert das Client&#xa0;Secret dieser Verbindung nicht mehr: Es wurde in der API-Konsole von Zoho geändert, oder der Client wurde dort gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>Stellen Sie die Verbindung mit dem Client&#xa0;Secret neu her, das die API-Konsole von Zoho jetzt anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>Zoho akzeptiert diese Verbindung nicht mehr, weil sie an anderer Stelle getrennt oder ersetzt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>Stellen Sie eine neue Verbindung her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>Die App konnte Zoho nicht erreichen, um die Verbindung dort zu beenden. Deshalb wurde nichts entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Prüfen Sie die Internetverbindung dieses Computers und versuchen Sie es erneut. Oder entfernen Sie die Verbindung nur von diesem Computer („Nur von diesem Computer entfernen“; im Terminal: zoho-wizard disconnect --forget); Zoho behält sie dann, bis sie in Ihrem Zoho-Konto entfernt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>Es gibt keine gespeicherte Verbindung mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>Stellen Sie zuerst eine Verbindung her oder prüfen Sie den Namen der Verbindung (Profilname).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar, und die App speichert Zugangsdaten nie in einer gewöhnlichen Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>Unter Linux installieren und entsperren Sie einen Schlüsselbund (GNOME Keyring oder KWallet, z. B. „apt install gnome-keyring“). Unter Windows und macOS melden Sie sich ganz normal bei Ihrem Benutzerkonto an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Wahrscheinlich ist er gesperrt oder wartet auf Ihr Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (achten Sie auf eine Passwortabfrage) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>Zoho hat Ihre Freigabe an die App gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>Sie können diesen Tab schließen: Die App „{app}“ schließt die Verbindung dort ab, wo Sie sie begonnen haben (in ihrem Fenster oder im Terminal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>Dieser Link gehört nicht zu der Verbindung, die die App gerade herstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>Kehren Sie dorthin zurück, wo Sie die App „{app}“ gestartet haben (in ihr Fenster oder ins Terminal), und machen Sie dort weiter, oder starten Sie den Verbindungsaufbau neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>Bereits abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>Die App hat die Antwort von Zoho für diese Verbindung bereits erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>Sie können diesen Tab schließen und dorthin zurückkehren, wo Sie die App „{app}“ gestartet haben (in ihr Fenster oder ins Terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>Die Antwort von Zoho ist auf diesem Computer angekommen, aber ohne die Angaben, die die App benötigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>Kehren Sie dorthin zurück, wo Sie die App „{app}“ gestartet haben (in ihr Fenster oder ins Terminal), und starten Sie den Verbindungsaufbau neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Die Antwort von Zoho wird an die App übergeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>Die App wartet nicht mehr auf die Antwort von Zoho. Kehren Sie zur App „{app}“ zurück und starten Sie den Verbindungsaufbau neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>Diese Seite benötigt JavaScript, um die Antwort von Zoho an die App zu übergeben. Aktivieren Sie JavaScript für diese Seite (oder verwenden Sie einen anderen Browser) und starten Sie dann den Verbindungsaufbau neu.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>Ihr Zoho-Konto liegt im Rechenzentrum {region}; die Verbindung wird dort fortgesetzt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>Die Client&#xa0;ID ist leer oder enthält Leerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>Kopieren Sie die Client&#xa0;ID erneut aus der API-Konsole von Zoho und fügen Sie sie ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>Dieser Client-Typ benötigt ein Client&#xa0;Secret, es wurde aber keines angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>Kopieren Sie das Client&#xa0;Secret aus der API-Konsole von Zoho und fügen Sie es ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Ein Self&#xa0;Client benötigt den Code, der in der API-Konsole von Zoho erzeugt wurde, es wurde aber keiner angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>Erzeugen Sie in der API-Konsole von Zoho einen Code („Self&#xa0;Client“, dann „Generate&#xa0;Code“) und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Der Code des Self&#xa0;Client wird bei Zoho eingelöst …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>Der Code des Self&#xa0;Client ist abgelaufen (er gilt nur die beim Erzeugen gewählten 3 bis 10 Minuten) oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>Erzeugen Sie in der API-Konsole von Zoho einen neuen Code („Self&#xa0;Client“, dann „Generate&#xa0;Code“) und fügen Sie ihn sofort ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>Die Antwort von Zoho enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>Die Antwort von Zoho enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Client&#xa0;ID und Weiterleitungsadresse werden bei Zoho geprüft …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>Zoho kennt diese Client&#xa0;ID hier nicht; die anderen Rechenzentren von Zoho werden abgefragt …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>Warten, bis Sie die Verbindung im Browser freigeben …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>Zoho hat die Verbindung freigegeben; die Schlüssel werden abgeholt …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>Warten, bis der Code auf der Zoho-Seite freigegeben wird …</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>Im Zoho-Rechenzentrum {region} ist die Weiterleitungsadresse {address} für diesen Client nicht registriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>Öffnen Sie in der API-Konsole von Zoho ({console}) diesen Client, tragen Sie unter „Authorized&#xa0;Redirect&#xa0;URIs“ genau {address} ein und klicken Sie auf „Update“ (Aktualisieren). Stellen Sie die Verbindung dann neu her.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>Die Zoho-Seite meldete „Invalid&#xa0;Client“ (ungültiger Client): Das Zoho-Rechenzentrum, bei dem Sie sich angemeldet haben, kennt diese Client&#xa0;ID nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>Prüfen Sie, ob Sie den Client in der API-Konsole für {region} ({console}) registriert und seine Client&#xa0;ID vollständig kopiert haben. Wenn Ihr Zoho-Konto in einem anderen Rechenzentrum liegt, wählen Sie dieses Rechenzentrum oder aktivieren Sie den Client in der Konsole auch dafür (in den „Settings“ des Clients).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>Zoho hat die Anfrage ohne Angabe von Gründen abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>Zoho hat die Anfrage abgelehnt (Begründung von Zoho: {reason}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>Zoho hat eine Antwort gesendet, die die App nicht versteht (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>Der Schlüsselbund des Systems hat es abgelehnt, Zugangsdaten der Verbindung zu speichern oder zu entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (achten Sie auf eine Passwortabfrage), erlauben Sie der App den Zugriff darauf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>Der Schlüsselbund des Systems ({keychain}) hat einen Fehler gemeldet. Daher konnte die App die Zugangsdaten der Verbindung nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Stellen Sie sicher, dass Ihr Schlüsselbund läuft und entsperrt ist, und versuchen Sie es dann erneut. Wenn das Problem bleibt, wenden Sie sich an Ihre IT-Betreuung.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>Die App ist ein weiteres Mal geöffnet und ändert dort seit über {seconds} Sekunden die gespeicherten Verbindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>Warten Sie, bis sie damit fertig ist (oder schließen Sie sie), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>Diese Verbindung wurde ersetzt oder entfernt, während die App sie verwendet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>Öffnen Sie die Verbindung erneut oder stellen Sie sie neu her, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>Die App darf ihre Einstellungsdatei {path} nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>Geben Sie Ihrem Benutzerkonto Zugriff auf diese Datei (oder fragen Sie Ihre IT-Betreuung) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>Die App kann ihre Einstellungsdatei {path} nicht lesen. Die Datei ist beschädigt oder wurde von Hand geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>Verschieben Sie diese Datei in einen anderen Ordner (die App startet dann ohne gespeicherte Verbindungen) und stellen Sie die Verbindung neu her, oder bitten Sie Ihre IT-Betreuung, sich die Datei anzusehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>Die App konnte ihre Einstellungsdatei {path} nicht speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger noch Platz ist und ob Sie in diesem Ordner speichern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>Der Name einer Verbindung muss aus 1 bis 64 Buchstaben, Ziffern, Bindestrichen (-), Unterstrichen (_) oder Punkten bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>Wählen Sie einen Namen wie „acme-books“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>Übungs-Zoho</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>Klicken Sie in der API-Konsole von Zoho auf „ADD&#xa0;CLIENT“ (Client hinzufügen); beim ersten Mal heißt die Schaltfläche „Get&#xa0;Started“ (Loslegen). Zoho zeigt dann fünf Client-Typen als Karten: „Client-based&#xa0;Applications“, „Server-based&#xa0;Applications“, „Mobile-based&#xa0;Applications“, „Non-browser&#xa0;Applications“ und „Self&#xa0;Client“. Wählen Sie die Karte des Typs, den Sie hier gewählt haben. Die Abbildung zeigt auf „Server-based&#xa0;Applications“, den empfohlenen Typ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>Das Zoho-Formular „Create&#xa0;New&#xa0;Client“ (neuen Client erstellen) für „Server-based&#xa0;Applications“ hat die Felder „Client&#xa0;Name“, „Homepage&#xa0;URL“ und „Authorized&#xa0;Redirect&#xa0;URIs“. Geben Sie die erste Weiterleitungsadresse ein, http://localhost:47321/callback. Klicken Sie dann auf die Schaltfläche „+“ daneben, um eine neue Zeile für die nächste Adresse zu erhalten, und wiederholen Sie das für jede Adresse. Klicken Sie zum Schluss auf „CREATE“ (Erstellen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>Nach dem Klick auf „CREATE“ (Erstellen) zeigt Zoho die Seite des Clients, geöffnet auf dem Reiter „Client&#xa0;Secret“. Dort stehen die Client&#xa0;ID, die mit 1000. beginnt, und das Client&#xa0;Secret, jeweils in einem Feld mit einem Kopiersymbol daneben. Klicken Sie auf ein Kopiersymbol, um den Wert zu kopieren, und fügen Sie ihn dann in diesen Assistenten ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>Die Seite eines Self&#xa0;Client in der API-Konsole von Zoho, geöffnet auf dem Reiter „Generate&#xa0;Code“ (Code erzeugen). Geben Sie unter „Scope“ ZohoBooks.fullaccess.all ein, wählen Sie unter „Time&#xa0;Duration“ 10 Minuten, geben Sie unter „Scope&#xa0;Description“ eine beliebige Beschreibung ein und klicken Sie dann auf „CREATE“ (Erstellen). Zoho zeigt den erzeugten Code in einem Feld mit Kopiersymbol: Kopieren Sie ihn und fügen Sie ihn in diesen Assistenten ein, bevor diese Minuten abgelaufen sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>„Add&#xa0;Client“, dann der Client-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>Weiterleitungsadressen und die Schaltfläche „+“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>Client&#xa0;ID und Client&#xa0;Secret nach „Create“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>„Generate&#xa0;Code“ bei einem Self&#xa0;Client</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Kontenplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>Server-based</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>Server-based (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>Sie melden sich einmal im Browser an, danach bleibt die App verbunden. Benötigt werden die Client&#xa0;ID, das Client&#xa0;Secret und die Weiterleitungsadressen, die die nächste Seite anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>Ohne Anmeldung im Browser: Sie erzeugen in der API-Konsole von Zoho einen kurzlebigen Code und fügen ihn hier ein. Geeignet für eigene Skripte eines einzelnen Unternehmens. Benötigt werden die Client&#xa0;ID, das Client&#xa0;Secret und dieser Code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>Non-browser (Geräte mit eingeschränkter Eingabe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>Non-browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>Für einen Computer ohne Browser: Die App zeigt einen Code an, den Sie auf der Zoho-Seite eingeben, an einem beliebigen Smartphone oder Computer. Benötigt werden die Client&#xa0;ID und das Client&#xa0;Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>Mobile-based (Mobil- und Desktop-Apps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>Wie Server-based, mit einer zusätzlichen einmaligen Prüfung (PKCE). Benötigt werden die Client&#xa0;ID, das Client&#xa0;Secret (falls die Konsole eines anzeigt) und die Weiterleitungsadressen, die die nächste Seite anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>Client-based (JavaScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>Gewährt Zugriff für nur eine Stunde, danach müssen Sie die Verbindung neu herstellen. Wählen Sie diesen Typ nur, wenn Ihre IT-Betreuung darum gebeten hat. Benötigt werden die Client&#xa0;ID und die Weiterleitungsadressen, die die nächste Seite anzeigt.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>{where} ist auf einen Wert gesetzt, der keine Webadresse ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>Korrigieren Sie diesen Wert (ein Text wie „https://accounts.zoho.eu“) oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>{where} ist auf „{url}“ gesetzt. Das ist keine https://-Adresse (einfaches http:// ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>Korrigieren Sie diesen Wert oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Korrigieren Sie die Datei oder entfernen Sie die Umgebungsvariable {variable}, um wieder die regulären Server von Zoho zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>Die Regionsdatei {path} (angegeben in {variable}) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>Die Regionsdatei {path} ist kein gültiges JSON ({problem}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>Regionsdatei {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>{source}: Erwartet wird ein Objekt mit Regionscodes als Schlüsseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Korrigieren Sie die Angaben oder entfernen Sie die Umgebungsvariable {variable}, um wieder die regulären Server von Zoho zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>{source}: Die Region „{code}“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>Verwenden Sie einen dieser Codes: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>{source}: Der Wert für die Region „{code}“ ist unerwartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>Geben Sie ein Objekt an, das nur {keys} enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{setting} ({source})</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}: {names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>Bitten Sie die Person, die die Einrichtungsdatei vorbereitet hat (Ihre IT-Betreuung), die Datei zu korrigieren. Füllen Sie bis dahin die Seiten des Assistenten selbst aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>Bitten Sie die Person, die die Einrichtungsdatei vorbereitet hat (Ihre IT-Betreuung), die Datei zu korrigieren. Die Datei ist gesperrt, deshalb lässt sich die App ohne sie nicht einrichten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>Die Einrichtungsdatei {path} ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>Die Einrichtungsdatei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>Die Einrichtungsdatei {path} ist kein gültiges JSON (Zeile {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>Die Einrichtungsdatei {path} enthält keine Einstellungen zwischen {{ und }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>In der Einrichtungsdatei {path} muss „locked“ true oder false sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>Die Einrichtungsdatei {path} enthält eine Einstellung, die die App nicht kennt: „{key}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>In der Einrichtungsdatei {path} muss „{key}“ ein Text in Anführungszeichen sein und darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>In der Einrichtungsdatei {path} nennt „region“ kein Zoho-Rechenzentrum: „{value}“ (möglich ist einer dieser Werte: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>In der Einrichtungsdatei {path} nennt „client_type“ keinen Client-Typ: „{value}“ (möglich ist einer dieser Werte: {kinds}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>In der Einrichtungsdatei {path} enthält „client_id“ Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>In der Einrichtungsdatei {path} ist „client_secret“ angegeben, obwohl dieser Client-Typ ({kind}) kein Client&#xa0;Secret hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>In der Einrichtungsdatei {path} muss „scope“ „full“ oder „read“ sein, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>In der Einrichtungsdatei {path} ist „profile“ kein gültiger Name für eine Verbindung: „{value}“ (1 bis 64 Buchstaben, Ziffern, Bindestriche, Unterstriche oder Punkte).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>Die Einrichtungsdatei {path} ist gesperrt und legt für „{key}“ den Wert „{value}“ fest, angefordert wurde aber „{wanted}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>Lassen Sie diese Option weg (die Einrichtungsdatei gibt den Wert vor), oder bitten Sie Ihre IT-Betreuung, die Einrichtungsdatei zu ändern.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>Verbindet das Zoho Books Ihres Unternehmens mit den Programmen, die es nutzt – ohne Hilfe der IT.

Einstellungsdatei: {settings}
Zugangsdaten: Schlüsselbund Ihres Computers
Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>Standardorganisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>Verbindung ausprobieren (nur Lesezugriff)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>Details für die IT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Antwort von Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>Originalantwort anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>In Skripten verwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>Ein neues Zugriffstoken für beliebige Programme (im Terminal):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>Befehl für das Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>In Python:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Python-Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Speicherort der Zugangsdaten: {keychain}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Zoho Books wird abgefragt …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Zoho-Code {code} ({message})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>Verbunden mit {org} ({region})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>Originalantwort von Zoho Books</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>Originalantwort</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>Welchen Client-Typ möchten Sie bei Zoho anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>Zoho nennt die App, die Sie in der API-Konsole registrieren, einen „Client“. Wenn Sie unsicher sind, wählen Sie den ersten Typ.</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Zoho-Books-Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>Diese Verbindungen zu Zoho Books sind auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>Weitere Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Speicherort der Zugangsdaten: {keychain}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}: {org} – {region}, {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>Die Verbindung „{name}“ bei Zoho beenden und von diesem Computer entfernen? Programme, die sie nutzen, funktionieren dann nicht mehr, bis Sie die Verbindung neu herstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>Nur von diesem Computer entfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Die Verbindung „{name}“ von diesem Computer entfernen, ohne sie bei Zoho zu beenden? Zoho behält sie, bis sie in Ihrem Zoho-Konto entfernt wird.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>Verbindung freigeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>In der Konsole gewählte Gültigkeitsdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>Erzeugter Code</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>Warten &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Code für die Zoho-Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>Zu öffnende Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>Wenn Zoho statt der Anmeldung eine Seite mit dem Titel „Invalid&#xa0;Client“ oder „Invalid&#xa0;Redirect&#xa0;Uri“ zeigt, passen die Angaben nicht zu dem, was Zoho kennt: Klicken Sie auf „Zoho zeigte stattdessen einen Fehler“ und wählen Sie aus, was dort stand. Wenn Sie den Browser geschlossen haben, öffnen Sie die Zoho-Seite erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Zoho-Seite erneut öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>Zoho zeigte stattdessen einen Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>Die Seite meldete „{title}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>Ein anderer Fehler</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>Öffnen Sie in der &lt;a href=&quot;{console}&quot;&gt;API-Konsole von Zoho&lt;/a&gt; Ihren Self&#xa0;Client, wählen Sie &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (Code erzeugen), geben Sie als Scope &lt;b&gt;{scope}&lt;/b&gt; ein (unten zum Kopieren), wählen Sie unter „Time&#xa0;Duration“ eine Dauer und klicken Sie auf „Create“. Fügen Sie den Code dann sofort hier ein: Er gilt nur so viele Minuten, wie Sie gewählt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>Mit diesem Code verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>Die App fordert bei Zoho einen Code an. Geben Sie diesen Code auf der Zoho-Seite ein – an diesem oder einem anderen Gerät – und geben Sie die Verbindung dort frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Code von Zoho anfordern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>Ihr Browser öffnet die Zoho-Seite. Melden Sie sich dort an, falls Sie dazu aufgefordert werden, prüfen Sie die Berechtigungen und klicken Sie auf &lt;b&gt;Accept&lt;/b&gt; (Akzeptieren). Kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>Zoho im Browser öffnen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>Es konnte kein Browserfenster geöffnet werden. Kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>Der Code für die Zoho-Seite lautet {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>Öffnen Sie diese Seite (der Code ist schon eingetragen, wenn Sie genau diese Adresse öffnen):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>{name} verwenden und verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>Zoho hat eine Fehlerseite angezeigt, statt nach Ihrer Freigabe zu fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>Prüfen Sie auf den vorherigen Seiten (Zurück) das Rechenzentrum, die Client&#xa0;ID und die Weiterleitungsadressen, und stellen Sie die Verbindung dann neu her. Wenn das Problem bleibt, zeigen Sie die Zoho-Seite Ihrer IT-Betreuung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>Dieser Code ist noch etwa {m}:{s:02d} Minuten gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>Warten auf Sie: noch {m}:{s:02d} Minuten.</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>App in der API-Konsole von Zoho registrieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>Falls sich kein Browser öffnet, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>Adresse der API-Konsole von Zoho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. Öffnen Sie die API-Konsole von Zoho (Schaltfläche unten).
2. Wählen Sie „Add&#xa0;Client“ und dann „{kind}“.
3. Geben Sie die Werte unten genau so ein und klicken Sie dann auf „Create“.
4. Lassen Sie die Seite geöffnet: Im nächsten Schritt werden die dort angezeigte Client&#xa0;ID und das Client&#xa0;Secret abgefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. Öffnen Sie die API-Konsole von Zoho (Schaltfläche unten).
2. Wählen Sie „Add&#xa0;Client“, dann „{kind}“ und dann „Create“.
3. Lassen Sie die Seite geöffnet: Im nächsten Schritt werden die dort angezeigte Client&#xa0;ID und das Client&#xa0;Secret abgefragt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client Name</source>
        <translation>Client&#xa0;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homepage URL</source>
        <translation>Homepage&#xa0;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorized Redirect URI {n}</source>
        <translation>Authorized Redirect URI {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JavaScript Domain</source>
        <translation>JavaScript Domain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>Es konnte kein Browserfenster geöffnet werden. Kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>API-Konsole von Zoho öffnen ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>Fügen Sie alle drei Weiterleitungsadressen hinzu (mit „+“ in der Konsole): Die App empfängt auf der ersten, die auf diesem Computer frei ist.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>{name} kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>{name} kopiert</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>Die App ist auf ein unerwartetes Problem gestoßen. Es ist nichts verloren gegangen, und Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>Wenn das erneut passiert, klicken Sie auf „Details kopieren“ und senden Sie die Details an Ihre IT-Betreuung (Passwörter und Schlüssel sind nicht enthalten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>Angaben des Clients einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>Kopieren Sie sie von der Seite, die die API-Konsole von Zoho nach dem Klick auf „Create“ angezeigt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Client ID</source>
        <translation>Client&#xa0;ID</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+10"/>
        <source>Client Secret</source>
        <translation>Client&#xa0;Secret</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show the secret</source>
        <translation>Client&#xa0;Secret anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>Die API-Konsole von Zoho hat für diesen Client kein Client&#xa0;Secret angezeigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>Angaben des Übungs-Clients automatisch eintragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>Was darf die Verbindung tun?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>Vollzugriff (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>Die verbundenen Programme können Ihre Daten in Zoho Books lesen und ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Nur Lesezugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>Die Programme können Organisationen, Kontakte, Rechnungen, Artikel, Konten und Steuersätze lesen, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>Name für diese Verbindung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>Das sieht nicht wie eine Zoho Client&#xa0;ID aus (sie beginnt mit „1000.“ und hat 35 Zeichen). Prüfen Sie, ob Sie sie vollständig kopiert haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>Das sieht nicht wie ein Zoho Client&#xa0;Secret aus (42 Buchstaben und Ziffern). Prüfen Sie, ob Sie es vollständig kopiert haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, „-“, „_“ oder „.“.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>Problem: {what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>Ihre Verbindung funktioniert</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>Abbildung: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>Abbildung der API-Konsole von Zoho: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>Abbildung der API-Konsole von Zoho.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>ÜBUNG – Sie verwenden das Übungs-Zoho auf diesem Computer; echte Daten bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>Wo liegt Ihr Zoho-Konto?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>Zoho speichert jedes Konto in einem bestimmten Rechenzentrum. Sehen Sie sich die Adresse der Seite an, auf der Sie sich bei Zoho anmelden, und wählen Sie die Zeile mit derselben Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>Falls Ihr Konto doch in einem anderen Rechenzentrum liegt, bemerkt die App das bei der Anmeldung und verwendet das richtige.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} – Anmeldeseite {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(Übung: {address})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>(über {address})</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> – ÜBUNG</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>Rechenzentrum prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Client&#xa0;ID erneut eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Client&#xa0;ID und Client&#xa0;Secret erneut eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>Anzeigen, was in Zoho zu registrieren ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>Berechtigungen erneut wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>Ihre Eingaben werden nicht gespeichert, und es wurde noch nichts verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>Assistenten &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Zoho Books verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>Dieser Assistent verbindet Zoho Books mit den Programmen, die Ihr Unternehmen nutzt. Die Schlüssel bewahrt er im Schlüsselbund dieses Computers auf. Zum Schluss prüft er, ob die Verbindung funktioniert, indem er die Organisationen Ihres Unternehmens in Zoho Books abruft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>Sie benötigen Ihre Anmeldedaten für Zoho Books und Zugang zur API-Konsole von Zoho (meist funktionieren dieselben Anmeldedaten). Das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>Mein Zoho Books verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>Das echte Zoho-Books-Konto Ihres Unternehmens verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>Erst üben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>Üben Sie jeden Schritt mit einem nachgebildeten Zoho, das auf diesem Computer läuft. Echte Daten bleiben unberührt, und die Übungsverbindung wird entfernt, wenn Sie die App schließen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>Ihr Unternehmen hat diese Verbindung vorbereitet: Rechenzentrum, Client und Schlüssel sind bereits eingetragen. Sie melden sich nur noch bei Zoho an und geben die Verbindung frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>Vorbereitet von: {contact}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
</context>
</TS>
