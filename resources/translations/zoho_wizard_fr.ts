<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+137"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+59"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-118"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({limit:,} calls a day on its plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoho refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+75"/>
        <source>The practice Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+67"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+114"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Add another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homepage URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorized Redirect URI {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JavaScript Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+113"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+10"/>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source> — PRACTICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+16"/>
        <source>Connect Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+141"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+23"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+29"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="-179"/>
        <source> and %n more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
