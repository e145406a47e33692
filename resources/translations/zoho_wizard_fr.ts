<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zoho est occupé&#xa0;: nouvel essai dans %n seconde…</numerusform>
            <numerusform>Zoho est occupé&#xa0;: nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n taxe</numerusform>
            <numerusform>%n taxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Assistant de connexion Zoho Books</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>Zoho Books n&apos;a pas autorisé cette connexion à effectuer cette opération (réponse de Zoho&#xa0;: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>Zoho Books n&apos;a pas autorisé cette connexion à effectuer cette opération.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>Une connexion ne peut faire que ce que permettent ses autorisations (choisies lors de la connexion, par exemple la lecture seule) et votre rôle dans Zoho Books&#xa0;: relancez la connexion avec l&apos;accès complet, ou demandez à votre administrateur Zoho Books un rôle qui le permet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>Zoho Books a refusé cette connexion&#xa0;: elle appartient peut-être à un autre centre de données, ou n&apos;a pas l&apos;autorisation nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>Relancez la connexion en choisissant le centre de données où se trouve votre compte Zoho Books, ainsi que l&apos;accès complet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>Zoho Books limite les demandes&#xa0;: il y en a eu trop au cours de la dernière minute, ou le quota du jour est épuisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>Patientez une minute, puis réessayez&#xa0;; le quota quotidien sera renouvelé demain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>Zoho Books a rencontré un problème de son côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>Votre compte utilisateur Zoho n&apos;est pas membre de cette organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>Choisissez une autre organisation, ou demandez à son administrateur de vous inviter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>Zoho Books n&apos;a pas pu répondre à cette demande (réponse de Zoho&#xa0;: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>Zoho Books n&apos;a pas pu répondre à cette demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>Vérifiez que Zoho Books est configuré pour cette organisation et ce centre de données, puis réessayez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>Zoho Books a envoyé une réponse que l&apos;application ne comprend pas (HTTP 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; si le problème persiste, montrez ce message à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>Cette connexion a été créée avec un client de type «&#xa0;Côté client&#xa0;», dont l&apos;accès ne dure qu&apos;une heure, et cette heure est écoulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>Relancez la connexion (un client de type «&#xa0;Côté serveur&#xa0;» reste connecté sans cette limite).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>Patientez une dizaine de minutes (Zoho compte les nouveaux accès sur dix minutes), puis réessayez.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Vérification de la connexion avec Zoho Books…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>La connexion précédente a pris fin chez Zoho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>Impossible de mettre fin à la connexion précédente chez Zoho&#xa0;; elle cessera de fonctionner d&apos;elle-même lorsque Zoho la remplacera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>Les clés de cette connexion sont absentes du trousseau de clés&#xa0;: l&apos;application ne peut donc pas y mettre fin chez Zoho, et rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>Supprimez-la de cet ordinateur uniquement («&#xa0;Supprimer de cet ordinateur uniquement&#xa0;»&#xa0;; dans un terminal&#xa0;: zoho-wizard disconnect --forget), puis mettez-y fin dans votre compte Zoho ou supprimez le client dans la console API de Zoho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>Zoho n&apos;a pas mis fin à la connexion, rien n&apos;a donc été supprimé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, demandez de l&apos;aide à votre service informatique.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>La connexion enregistrée «&#xa0;{name}&#xa0;» désigne un serveur ({host}) qui ne fait pas partie des centres de données connus de Zoho&#xa0;: l&apos;application n&apos;y a donc rien envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>Le fichier de paramètres a été modifié en dehors de l&apos;application&#xa0;: relancez la connexion, ou supprimez cette connexion de cet ordinateur uniquement («&#xa0;Supprimer de cet ordinateur uniquement&#xa0;»&#xa0;; dans un terminal&#xa0;: zoho-wizard disconnect --forget).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>L&apos;application n&apos;a pas pu joindre Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>L&apos;application a joint un serveur qui n&apos;a pas pu prouver qu&apos;il s&apos;agit bien de Zoho&#xa0;: cet ordinateur ne fait pas confiance à son certificat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>Si le réseau de votre entreprise inspecte les connexions sécurisées (proxy), demandez à votre service informatique d&apos;installer son certificat sur cet ordinateur&#xa0;; sinon, vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>La réponse de Zoho renvoyait vers un serveur qui ne fait pas partie des centres de données connus de Zoho&#xa0;: l&apos;application s&apos;est donc arrêtée sans y envoyer vos informations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>Recommencez la connexion&#xa0;; si cela se reproduit, montrez ce message à votre service informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>Un autre programme de cet ordinateur occupe tous les ports sur lesquels l&apos;application peut recevoir la réponse de Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>Fermez les programmes dont vous n&apos;avez pas besoin (ou redémarrez l&apos;ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>Cet ordinateur n&apos;autorise pas l&apos;application à utiliser le port choisi pour recevoir la réponse de Zoho (les ports inférieurs à 1024 exigent des droits d&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>Choisissez un port entre 1024 et 65535 avec --port (et enregistrez l&apos;adresse de redirection correspondante dans la console API de Zoho), ou n&apos;utilisez pas --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>L&apos;application a attendu votre accord dans le navigateur, mais il n&apos;est pas arrivé à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>Recommencez et cliquez sur «&#xa0;Accept&#xa0;» (Accepter) sur la page de Zoho&#xa0;; si Zoho a plutôt affiché sa propre page d&apos;erreur («&#xa0;Invalid&#xa0;Client&#xa0;» ou «&#xa0;Invalid&#xa0;Redirect&#xa0;Uri&#xa0;»), vérifiez d&apos;abord le centre de données et les adresses de redirection enregistrées dans la console API de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>Zoho indique que l&apos;accès n&apos;a pas été autorisé&#xa0;: la demande a été refusée, ou trop de demandes ont été faites en peu de temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>Recommencez et cliquez sur «&#xa0;Accept&#xa0;» (Accepter) sur la page de Zoho&#xa0;; si vous aviez bien cliqué sur «&#xa0;Accept&#xa0;», patientez dix minutes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>Le code fourni par Zoho a expiré ou a déjà été utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>Recommencez la connexion (pour un Self&#xa0;Client, générez un nouveau code dans la console API de Zoho) et terminez en moins de deux minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>Zoho ne reconnaît pas ce Client&#xa0;ID dans le centre de données que vous avez choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>Vérifiez d&apos;abord le centre de données (ce doit être celui où vous avez enregistré le client), puis copiez à nouveau le Client&#xa0;ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>Ce Client&#xa0;ID appartient au centre de données {name} de Zoho, et non à celui que vous avez choisi ({chosen}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>Choisissez le centre de données {name}, puis relancez la connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>Aucun centre de données de Zoho ne connaît ce Client&#xa0;ID&#xa0;: il a été mal copié, ou le client a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>Copiez à nouveau le Client&#xa0;ID (en entier) depuis la console API de Zoho&#xa0;; si le client n&apos;y figure plus, créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>Selon Zoho, le Client&#xa0;Secret est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>Copiez à nouveau le Client&#xa0;Secret depuis la console API de Zoho, sans espaces, puis collez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>Selon Zoho, l&apos;URI de redirection ne correspond pas à celle enregistrée pour votre client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>Dans la console API de Zoho, enregistrez exactement l&apos;URI de redirection affichée par l&apos;application (même port, même chemin, «&#xa0;localhost&#xa0;»), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>Zoho n&apos;accepte pas les autorisations (portées) demandées par l&apos;application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>Choisissez l&apos;une des options d&apos;autorisations proposées par l&apos;application, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>Zoho limite la fréquence à laquelle cette connexion peut demander un nouvel accès, car il y a eu trop de demandes en peu de temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>Patientez une dizaine de minutes, puis réessayez&#xa0;; en attendant, l&apos;application continue d&apos;utiliser l&apos;accès dont elle dispose déjà.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>Zoho Books a épuisé le quota d&apos;appels API du jour pour cette organisation ({calls} par jour avec son abonnement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>Zoho Books a épuisé le quota d&apos;appels API du jour pour cette organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>Le quota sera renouvelé à {time} (dans environ {wait})&#xa0;; réessayez à ce moment-là, ou renseignez-vous auprès de votre administrateur Zoho Books sur un forfait offrant un quota plus élevé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>Zoho a refusé la demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>Recommencez la connexion&#xa0;; si le problème persiste, montrez ce message à votre service informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>Le code affiché pour votre appareil a expiré avant d&apos;avoir été approuvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>Recommencez et saisissez le nouveau code sur la page de Zoho dans les minutes qui suivent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>Les clés de cette connexion sont absentes du trousseau de clés (elles ont été supprimées ou n&apos;ont jamais été enregistrées)&#xa0;: la connexion ne peut donc pas être renouvelée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>Relancez la connexion pour en créer une nouvelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>Zoho n&apos;accepte plus le Client&#xa0;Secret de cette connexion&#xa0;: il a été modifié, ou le client a été supprimé, dans la console API de Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>Relancez la connexion avec le Client&#xa0;Secret qu&apos;affiche maintenant la console API de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>Zoho n&apos;accepte plus cette connexion&#xa0;: elle a été déconnectée ou remplacée ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>Relancez la connexion pour en créer une nouvelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>L&apos;application n&apos;a pas pu joindre Zoho pour y mettre fin à la connexion&#xa0;: rien n&apos;a donc été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Vérifiez la connexion Internet de cet ordinateur et réessayez&#xa0;; ou bien supprimez la connexion de cet ordinateur uniquement («&#xa0;Supprimer de cet ordinateur uniquement&#xa0;»&#xa0;; dans un terminal&#xa0;: zoho-wizard disconnect --forget)&#xa0;: Zoho la conservera alors jusqu&apos;à ce qu&apos;elle soit supprimée dans votre compte Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>Aucune connexion enregistrée ne porte ce nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>Créez d&apos;abord une connexion, ou vérifiez le nom de la connexion (profil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est disponible sur cet ordinateur, et l&apos;application n&apos;enregistre jamais de secrets dans un simple fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>Sous Linux, installez et déverrouillez un trousseau de clés (GNOME Keyring ou KWallet, par exemple «&#xa0;apt install gnome-keyring&#xa0;»)&#xa0;; sous Windows et macOS, ouvrez normalement une session sur votre compte utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>Le trousseau de clés du système n&apos;a pas répondu&#xa0;: il est probablement verrouillé ou attend votre mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>Déverrouillez votre trousseau de clés (cherchez une fenêtre qui demande un mot de passe), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Connexion approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>Zoho a transmis votre accord à l&apos;application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>Vous pouvez fermer cet onglet&#xa0;: l&apos;{app} termine la connexion là où vous l&apos;avez lancée (dans sa fenêtre ou dans le terminal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>Ce lien ne correspond pas à la connexion que l&apos;application est en train d&apos;établir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>Revenez là où vous avez lancé l&apos;{app} (dans sa fenêtre ou dans le terminal) et continuez-y, ou recommencez la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>Déjà terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>L&apos;application a déjà reçu la réponse de Zoho pour cette connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>Vous pouvez fermer cet onglet et revenir là où vous avez lancé l&apos;{app} (dans sa fenêtre ou dans le terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>La réponse de Zoho est arrivée sur cet ordinateur sans les informations dont l&apos;application a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>Revenez là où vous avez lancé l&apos;{app} (dans sa fenêtre ou dans le terminal) et recommencez la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Transmission de la réponse de Zoho à l&apos;application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>L&apos;application n&apos;attend plus la réponse de Zoho. Revenez à l&apos;{app} et recommencez la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>Cette page a besoin de JavaScript pour transmettre la réponse de Zoho à l&apos;application. Activez JavaScript pour cette page (ou utilisez un autre navigateur), puis recommencez la connexion.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>Votre compte Zoho se trouve dans le centre de données {region}&#xa0;; la connexion se poursuit là-bas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>Le Client&#xa0;ID est vide ou contient des espaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>Copiez à nouveau le Client&#xa0;ID depuis la console API de Zoho, puis collez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>Ce type de client a besoin de son Client&#xa0;Secret, et aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>Copiez le Client&#xa0;Secret depuis la console API de Zoho, puis collez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Un Self&#xa0;Client a besoin du code généré dans la console API de Zoho, et aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>Générez un code dans la console API de Zoho (Self&#xa0;Client, puis «&#xa0;Generate&#xa0;Code&#xa0;») et collez-le.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Échange du code du Self&#xa0;Client avec Zoho…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>Le code du Self&#xa0;Client a expiré (il n&apos;est valable que pendant les 3 à 10 minutes choisies lors de sa création) ou a déjà été utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>Générez un nouveau code dans la console API de Zoho (Self&#xa0;Client, puis «&#xa0;Generate&#xa0;Code&#xa0;») et collez-le aussitôt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>La réponse de Zoho ne contenait pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>La réponse de Zoho ne contenait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Vérification du Client&#xa0;ID et de l&apos;adresse de redirection auprès de Zoho…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>Zoho ne connaît pas ce Client&#xa0;ID dans ce centre de données&#xa0;; interrogation des autres centres de données de Zoho…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>En attente de votre accord dans le navigateur…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>Zoho a approuvé la connexion&#xa0;; récupération des clés…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>En attente de l&apos;approbation du code sur la page de Zoho…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>Dans le centre de données {region} de Zoho, l&apos;adresse de redirection {address} n&apos;est pas enregistrée pour ce client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>Dans la console API de Zoho ({console}), ouvrez ce client, ajoutez exactement {address} sous «&#xa0;Authorized&#xa0;Redirect&#xa0;URIs&#xa0;» (URI de redirection autorisées) et cliquez sur «&#xa0;Update&#xa0;» (Mettre à jour)&#xa0;; relancez ensuite la connexion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>La page de Zoho indiquait «&#xa0;Invalid&#xa0;Client&#xa0;»&#xa0;: le centre de données Zoho utilisé pour l&apos;identification ne connaît pas ce Client&#xa0;ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>Vérifiez que vous avez enregistré le client dans la console API du centre de données {region} ({console}) et copié son Client&#xa0;ID en entier&#xa0;; si votre compte Zoho se trouve dans un autre centre de données, choisissez celui-ci, ou activez le client pour ce centre de données dans la console (paramètres du client, «&#xa0;Settings&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>Zoho a refusé la demande sans en donner la raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>Zoho a refusé la demande (motif indiqué par Zoho&#xa0;: {reason}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>Zoho a envoyé une réponse que l&apos;application ne comprend pas (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>Le trousseau de clés du système a refusé d&apos;enregistrer ou de supprimer l&apos;un des secrets de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>Déverrouillez votre trousseau de clés (cherchez une fenêtre qui demande un mot de passe) et autorisez l&apos;application à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>Le trousseau de clés du système ({keychain}) a signalé une erreur&#xa0;: l&apos;application n&apos;a donc pas pu utiliser les secrets de la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Assurez-vous que votre trousseau de clés est actif et déverrouillé, puis réessayez&#xa0;; si le problème persiste, demandez de l&apos;aide à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>Une autre instance de l&apos;application modifie les connexions enregistrées depuis plus de {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>Attendez qu&apos;elle ait terminé (ou fermez-la), puis réessayez.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>Cette connexion a été remplacée ou supprimée pendant que l&apos;application l&apos;utilisait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>Rouvrez la connexion ou recréez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>L&apos;application n&apos;est pas autorisée à lire son fichier de paramètres {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>Donnez à votre compte utilisateur l&apos;accès à ce fichier (ou demandez-le à votre service informatique), puis réessayez.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>L&apos;application ne peut pas lire son fichier de paramètres {path}&#xa0;: il est endommagé ou a été modifié à la main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>Déplacez ce fichier dans un autre dossier (l&apos;application démarrera alors sans connexion enregistrée) et relancez la connexion, ou demandez à votre service informatique de l&apos;examiner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>L&apos;application n&apos;a pas pu enregistrer son fichier de paramètres {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein et que vous avez le droit d&apos;écrire dans ce dossier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>Un nom de connexion doit comporter de 1 à 64 caractères&#xa0;: lettres, chiffres, tirets (-), tirets bas (_) ou points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>Choisissez un nom comme «&#xa0;acme-books&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>le Zoho d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>Dans la console API de Zoho, cliquez sur «&#xa0;ADD&#xa0;CLIENT&#xa0;» (Ajouter un client)&#xa0;; la première fois, ce bouton s&apos;intitule «&#xa0;Get&#xa0;Started&#xa0;» (Commencer). Zoho affiche alors cinq types de clients sous forme de cartes&#xa0;: «&#xa0;Client-based&#xa0;Applications&#xa0;», «&#xa0;Server-based&#xa0;Applications&#xa0;», «&#xa0;Mobile-based&#xa0;Applications&#xa0;», «&#xa0;Non-browser&#xa0;Applications&#xa0;» et «&#xa0;Self&#xa0;Client&#xa0;». Cliquez sur la carte du type que vous avez choisi ici&#xa0;; l&apos;illustration montre «&#xa0;Server-based&#xa0;Applications&#xa0;», le type recommandé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>Le formulaire «&#xa0;Create&#xa0;New&#xa0;Client&#xa0;» de Zoho, pour «&#xa0;Server-based&#xa0;Applications&#xa0;», comporte les champs «&#xa0;Client&#xa0;Name&#xa0;» (Nom du client), «&#xa0;Homepage&#xa0;URL&#xa0;» (Adresse de la page d&apos;accueil) et «&#xa0;Authorized&#xa0;Redirect&#xa0;URIs&#xa0;» (URI de redirection autorisées). Saisissez la première adresse de redirection, http://localhost:47321/callback, puis cliquez sur le bouton + à côté pour obtenir une nouvelle ligne destinée à l&apos;adresse suivante, et ainsi de suite pour chaque adresse. Cliquez ensuite sur «&#xa0;CREATE&#xa0;» (Créer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>Lorsque vous cliquez sur «&#xa0;CREATE&#xa0;», Zoho affiche la page du client, ouverte sur l&apos;onglet «&#xa0;Client&#xa0;Secret&#xa0;». On y voit le Client&#xa0;ID, qui commence par 1000., et le Client&#xa0;Secret, chacun dans une case avec une icône de copie à côté. Cliquez sur une icône de copie pour copier la valeur correspondante, puis collez-la dans cet assistant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>La page d&apos;un Self&#xa0;Client dans la console API de Zoho, ouverte sur l&apos;onglet «&#xa0;Generate&#xa0;Code&#xa0;». Dans «&#xa0;Scope&#xa0;» (Portée), saisissez ZohoBooks.fullaccess.all&#xa0;; dans «&#xa0;Time&#xa0;Duration&#xa0;» (Durée), choisissez 10 minutes&#xa0;; dans «&#xa0;Scope&#xa0;Description&#xa0;» (Description de la portée), saisissez n&apos;importe quelle description&#xa0;; cliquez ensuite sur «&#xa0;CREATE&#xa0;». Zoho affiche le code généré dans une case avec une icône de copie&#xa0;: copiez-le et collez-le dans cet assistant avant la fin de ce délai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>«&#xa0;Add&#xa0;Client&#xa0;», puis le type de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>les adresses de redirection et le bouton +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>le Client&#xa0;ID et le Client&#xa0;Secret après «&#xa0;Create&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>«&#xa0;Generate&#xa0;Code&#xa0;» d&apos;un Self&#xa0;Client</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan comptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>Côté serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>Côté serveur (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>Vous vous identifiez une seule fois dans votre navigateur, puis l&apos;application reste connectée. Nécessite le Client&#xa0;ID, le Client&#xa0;Secret et les adresses de redirection indiquées à la page suivante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>Sans identification dans le navigateur&#xa0;: vous générez un code à durée limitée dans la console de Zoho et vous le collez ici. Convient aux scripts internes d&apos;une entreprise. Nécessite le Client&#xa0;ID, le Client&#xa0;Secret et ce code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>Sans navigateur (appareils à saisie limitée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>Sans navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>Pour un ordinateur sans navigateur&#xa0;: l&apos;application affiche un code que vous saisissez sur la page de Zoho depuis n&apos;importe quel téléphone ou ordinateur. Nécessite le Client&#xa0;ID et le Client&#xa0;Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>Mobile (applications mobiles et de bureau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>Comme «&#xa0;Côté serveur&#xa0;», avec une vérification supplémentaire à usage unique (PKCE). Nécessite le Client&#xa0;ID, le Client&#xa0;Secret si la console en affiche un, et les adresses de redirection indiquées à la page suivante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>Côté client (JavaScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>Donne accès pendant une heure seulement&#xa0;; il faut ensuite relancer la connexion. Ne le choisissez que si votre service informatique vous l&apos;a demandé. Nécessite le Client&#xa0;ID et les adresses de redirection indiquées à la page suivante.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>La valeur de {where} n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>Corrigez cette valeur (un texte comme «&#xa0;https://accounts.zoho.eu&#xa0;») ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>La valeur de {where} est «&#xa0;{url}&#xa0;», qui n&apos;est pas une adresse https:// (une simple adresse http:// n&apos;est autorisée que pour cet ordinateur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>Corrigez cette valeur ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corrigez le fichier, ou supprimez la variable {variable} pour utiliser les serveurs de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>Impossible de lire le fichier des régions {path} (indiqué par {variable}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>Le fichier des régions {path} n&apos;est pas un fichier JSON valide ({problem}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>le fichier des régions {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>Contenu attendu dans {source}&#xa0;: un objet dont les clés sont des codes de région.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corrigez-le, ou supprimez la variable {variable} pour utiliser les serveurs de Zoho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>Région inconnue «&#xa0;{code}&#xa0;» dans {source}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>Utilisez l&apos;un des codes suivants&#xa0;: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>Valeur inattendue pour la région «&#xa0;{code}&#xa0;» dans {source}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>Indiquez pour cette région un objet ne contenant que {keys}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{setting} dans {source}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>Demandez à la personne qui a préparé le fichier de configuration (votre service informatique) de le corriger&#xa0;; en attendant, remplissez vous-même les pages de l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>Demandez à la personne qui a préparé le fichier de configuration (votre service informatique) de le corriger&#xa0;: comme il est verrouillé, l&apos;application ne peut pas être configurée sans lui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>Le fichier de configuration {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>Le fichier de configuration {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>Le fichier de configuration {path} n&apos;est pas un fichier JSON valide (ligne {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>Le fichier de configuration {path} ne contient pas de paramètres entre {{ et }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;locked&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>Le fichier de configuration {path} contient un paramètre que l&apos;application ne connaît pas&#xa0;: «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;{key}&#xa0;» doit être un texte (entre guillemets) non vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;region&#xa0;» n&apos;indique aucun centre de données Zoho&#xa0;: «&#xa0;{value}&#xa0;» (valeurs possibles&#xa0;: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;client_type&#xa0;» n&apos;indique aucun type de client&#xa0;: «&#xa0;{value}&#xa0;» (valeurs possibles&#xa0;: {kinds}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;client_id&#xa0;» contient des espaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;client_secret&#xa0;» est indiqué pour un type de client qui n&apos;en a pas ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;scope&#xa0;» doit valoir «&#xa0;full&#xa0;» ou «&#xa0;read&#xa0;», et non «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>Dans le fichier de configuration {path}, «&#xa0;profile&#xa0;» n&apos;est pas un nom de connexion valide&#xa0;: «&#xa0;{value}&#xa0;» (de 1 à 64&#xa0;caractères&#xa0;: lettres, chiffres, tirets, tirets bas ou points).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>Le fichier de configuration {path} impose «&#xa0;{value}&#xa0;» pour «&#xa0;{key}&#xa0;», mais «&#xa0;{wanted}&#xa0;» a été demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>Retirez cette option (le fichier de configuration la fournit déjà), ou demandez à votre service informatique de modifier le fichier de configuration.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>À propos de l&apos;{app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>Connecte le Zoho Books de votre entreprise aux outils qu&apos;elle utilise, sans l&apos;aide du service informatique.

Fichier de paramètres&#xa0;: {settings}
Secrets&#xa0;: le trousseau de clés de votre ordinateur
Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>Organisation utilisée par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>Essayer la connexion (lecture seule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Réponse de Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>Afficher la réponse brute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>Utilisation dans des scripts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>Un nouveau jeton d&apos;accès pour n&apos;importe quel outil, dans un terminal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>Commande pour obtenir un jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>En Python&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Exemple Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Les secrets sont conservés dans&#xa0;: {keychain}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Interrogation de Zoho Books…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Code Zoho {code} ({message})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms}&#xa0;ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>Connecté à {org} ({region})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>Réponse brute de Zoho Books</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>Quel type de client Zoho&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>Zoho appelle «&#xa0;client&#xa0;» l&apos;application que vous enregistrez dans sa console API. En cas de doute, choisissez le premier type.</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Connexions Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>Ces connexions à Zoho Books sont enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Les secrets sont conservés dans&#xa0;: {keychain}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}&#xa0;: {org} — {region}, {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>aucune organisation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>Mettre fin à la connexion «&#xa0;{name}&#xa0;» chez Zoho et la supprimer de cet ordinateur&#xa0;? Les outils qui l&apos;utilisent cesseront de fonctionner jusqu&apos;à ce que vous relanciez la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>Supprimer de cet ordinateur uniquement</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Supprimer la connexion «&#xa0;{name}&#xa0;» de cet ordinateur sans y mettre fin chez Zoho&#xa0;? Zoho la conservera jusqu&apos;à ce qu&apos;elle soit supprimée dans votre compte Zoho.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>Autoriser la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>Durée choisie dans la console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n}&#xa0;minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>Code généré</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>&amp;Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Code à saisir sur la page de Zoho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Si aucune fenêtre de navigateur ne s&apos;est ouverte, copiez cette adresse dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>Adresse à ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>Si Zoho affiche une page intitulée «&#xa0;Invalid&#xa0;Client&#xa0;» ou «&#xa0;Invalid&#xa0;Redirect&#xa0;Uri&#xa0;» au lieu de sa page d&apos;identification, les informations saisies ne correspondent pas à ce que Zoho connaît&#xa0;: cliquez sur «&#xa0;Zoho a affiché une erreur&#xa0;» et choisissez le message affiché. Si vous avez fermé le navigateur, rouvrez la page de Zoho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Rouvrir la page de Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>Zoho a affiché une erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>La page indiquait «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>Une autre erreur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>Dans la &lt;a href=&quot;{console}&quot;&gt;console API de Zoho&lt;/a&gt;, ouvrez votre Self&#xa0;Client, choisissez &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (Générer un code), saisissez dans «&#xa0;Scope&#xa0;» la portée &lt;b&gt;{scope}&lt;/b&gt; (copiez-la ci-dessous), choisissez une durée («&#xa0;Time&#xa0;Duration&#xa0;») et cliquez sur «&#xa0;Create&#xa0;». Collez ensuite le code ici sans attendre&#xa0;: il n&apos;est valable que pendant le nombre de minutes choisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>Connecter avec ce code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>L&apos;application demande un code à Zoho. Saisissez ce code sur la page de Zoho, depuis cet appareil ou un autre, puis approuvez-y la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Obtenir un code de Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>Votre navigateur ouvre la page de Zoho. Identifiez-vous si Zoho vous le demande, vérifiez les autorisations et cliquez sur &lt;b&gt;Accept&lt;/b&gt; (Accepter). Revenez ensuite ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>Ouvrir Zoho dans mon navigateur</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>Impossible d&apos;ouvrir une fenêtre de navigateur. Copiez cette adresse dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>Le code à saisir sur la page de Zoho est {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>Ouvrez cette page (le code est déjà rempli si vous ouvrez exactement cette adresse)&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>Utiliser {name} et connecter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>Zoho a affiché une page d&apos;erreur au lieu de vous demander votre accord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>Vérifiez le centre de données, le Client&#xa0;ID et les adresses de redirection sur les pages précédentes («&#xa0;Précédent&#xa0;»), puis relancez la connexion&#xa0;; si le problème persiste, montrez la page de Zoho à votre service informatique.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>Il reste environ {m}:{s:02d} pour utiliser ce code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>En attente de votre action&#xa0;: il reste {m}:{s:02d}.</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>Enregistrer l&apos;application dans la console API de Zoho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>Si aucun navigateur ne s&apos;ouvre, copiez cette adresse dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>Adresse de la console API de Zoho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. Ouvrez la console API de Zoho (bouton ci-dessous).
2. Choisissez «&#xa0;Add&#xa0;Client&#xa0;» (Ajouter un client), puis «&#xa0;{kind}&#xa0;».
3. Saisissez exactement les valeurs ci-dessous, puis cliquez sur «&#xa0;Create&#xa0;» (Créer).
4. Laissez la page ouverte&#xa0;: l&apos;étape suivante demande le Client&#xa0;ID et le Client&#xa0;Secret qu&apos;elle affiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. Ouvrez la console API de Zoho (bouton ci-dessous).
2. Choisissez «&#xa0;Add&#xa0;Client&#xa0;» (Ajouter un client), puis «&#xa0;{kind}&#xa0;», puis «&#xa0;Create&#xa0;» (Créer).
3. Laissez la page ouverte&#xa0;: l&apos;étape suivante demande son Client&#xa0;ID et son Client&#xa0;Secret.</translation>
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
        <translation>Impossible d&apos;ouvrir une fenêtre de navigateur. Copiez cette adresse dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>Ouvrir la console API de Zoho ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>Ajoutez les trois adresses de redirection (avec le bouton «&#xa0;+&#xa0;» de la console)&#xa0;: l&apos;application utilise la première qui est libre sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>Copier&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>Copié&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>L&apos;application a rencontré un problème inattendu. Rien n&apos;a été perdu, et vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>Si cela se reproduit, cliquez sur «&#xa0;Copier les détails&#xa0;» et envoyez-les à votre service informatique (ils ne contiennent ni mot de passe ni clé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>Collez les informations du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>Copiez-les depuis la page que la console API de Zoho a affichée lorsque vous avez cliqué sur «&#xa0;Create&#xa0;».</translation>
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
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>La console de Zoho n&apos;a affiché aucun Client&#xa0;Secret pour ce client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>Remplir pour moi les informations du client d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>Que pourra faire la connexion&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>Accès complet (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>Les outils connectés peuvent lire et modifier vos données Zoho Books.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>Les outils peuvent lire les organisations, contacts, factures, articles, comptes et taxes, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>Nom de cette connexion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>Ceci ne ressemble pas à un Client&#xa0;ID Zoho (il commence par «&#xa0;1000.&#xa0;» et compte 35 caractères). Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>Ceci ne ressemble pas à un Client&#xa0;Secret Zoho (42 lettres et chiffres). Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>Problème&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>Votre connexion fonctionne</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>Illustration&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>Illustration de la console API de Zoho&#xa0;: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>Illustration de la console API de Zoho.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>ENTRAÎNEMENT — vous utilisez le Zoho d&apos;entraînement sur cet ordinateur&#xa0;; aucune donnée réelle n&apos;est modifiée.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>Où se trouve votre compte Zoho&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>Zoho conserve chaque compte dans un seul centre de données. Regardez l&apos;adresse de la page sur laquelle vous vous identifiez auprès de Zoho, puis choisissez la ligne qui indique la même adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>Si votre compte se trouve en fait ailleurs, l&apos;application s&apos;en aperçoit lorsque vous vous identifiez et utilise le bon centre de données.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — page d&apos;identification {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(entraînement&#xa0;: {address})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>(via {address})</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>À p&amp;ropos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — ENTRAÎNEMENT</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>Vérifier le centre de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Ressaisir le Client&#xa0;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Ressaisir le Client&#xa0;ID et le Client&#xa0;Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>Voir ce qu&apos;il faut enregistrer dans Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>Choisir à nouveau les autorisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>Revenir au début</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>Fermer l&apos;assistant&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>Les informations saisies ne seront pas conservées, et rien n&apos;a encore été connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>&amp;Fermer l&apos;assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Connecter Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>Cet assistant connecte le Zoho Books de votre entreprise aux outils qu&apos;elle utilise. Il conserve les clés dans le trousseau de clés de cet ordinateur et, à la fin, vérifie que la connexion fonctionne en lisant vos organisations Zoho Books.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>Il vous faut&#xa0;: vos identifiants Zoho Books et un accès à la console API de Zoho (les mêmes identifiants suffisent généralement). Comptez environ cinq minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>Connecter mon Zoho Books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>Connectez le vrai compte Zoho Books de votre entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>M&apos;entraîner d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>Entraînez-vous à chaque étape sur un Zoho fictif qui fonctionne sur cet ordinateur. Aucune donnée réelle n&apos;est modifiée, et la connexion d&apos;entraînement est supprimée à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>Votre entreprise a préparé cette connexion&#xa0;: le centre de données, le client et ses clés sont déjà renseignés. Il vous suffit de vous identifier auprès de Zoho et d&apos;approuver la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>Préparée par&#xa0;: {contact}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
</context>
</TS>
