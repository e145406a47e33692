<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zoho está ocupado: se volverá a intentar en %n segundo…</numerusform>
            <numerusform>Zoho está ocupado: se volverá a intentar en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n impuesto</numerusform>
            <numerusform>%n impuestos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Asistente de conexión de Zoho Books</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>Zoho Books no permitió que esta conexión hiciera eso (Zoho indicó: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>Zoho Books no permitió que esta conexión hiciera eso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>Una conexión solo puede hacer lo que autorizan sus permisos (elegidos al conectar; por ejemplo, solo lectura) y su rol en Zoho Books: vuelva a conectar con acceso completo o pida al administrador de Zoho Books un rol que lo permita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>Zoho Books rechazó esta conexión: puede que pertenezca a otro centro de datos o que no tenga permiso para esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>Vuelva a conectar: elija el centro de datos donde está su cuenta de Zoho Books y el acceso completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>Zoho Books está limitando las solicitudes: se hicieron demasiadas en el último minuto o se agotó el cupo de hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>Espere un minuto y vuelva a intentarlo; el cupo diario se renueva mañana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>Zoho Books tuvo un problema en sus propios sistemas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>Su usuario de Zoho no es miembro de esta organización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>Elija otra organización o pida a su administrador que le envíe una invitación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>Zoho Books no pudo responder a esta solicitud (Zoho indicó: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>Zoho Books no pudo responder a esta solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>Compruebe que Zoho Books esté configurado para esta organización y este centro de datos, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>Zoho Books envió una respuesta que la aplicación no entiende (HTTP 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos; si sigue ocurriendo, muestre este mensaje al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>Esta conexión se creó con un cliente de tipo «Basado en cliente», cuyo acceso dura una hora, y esa hora ya pasó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>Vuelva a conectar (un cliente de tipo «Basado en servidor» sigue conectado sin este límite).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>Espere unos diez minutos (Zoho cuenta los accesos nuevos en periodos de diez minutos) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Comprobando la conexión con Zoho Books…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>La conexión anterior se finalizó en Zoho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>No se pudo finalizar la conexión anterior en Zoho; dejará de funcionar por sí sola cuando Zoho la sustituya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>Las claves de esta conexión no están en el llavero, así que la aplicación no puede finalizarla en Zoho y no se quitó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>Quítela solo de este equipo («Quitar solo de este equipo»; en la línea de comandos: zoho-wizard disconnect --forget) y después finalícela en su cuenta de Zoho o elimine el cliente en la consola de API de Zoho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>Zoho no finalizó la conexión, así que no se quitó nada: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, pida ayuda al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>La conexión guardada «{name}» indica un servidor que no es ninguno de los centros de datos conocidos de Zoho ({host}), así que la aplicación no envió nada allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>El archivo de configuración se modificó fuera de la aplicación: vuelva a conectar o quite esta conexión solo de este equipo («Quitar solo de este equipo»; en la línea de comandos: zoho-wizard disconnect --forget).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>La aplicación no pudo comunicarse con Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>Compruebe que este equipo esté conectado a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>La aplicación llegó a un servidor que no pudo demostrar que es Zoho: este equipo no confía en su certificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>Si la red de su empresa inspecciona las conexiones seguras (un proxy), pida al soporte informático que instale el certificado del proxy en este equipo; si no es así, revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>La respuesta de Zoho remitía a un servidor que no es ninguno de los centros de datos conocidos de Zoho, así que la aplicación se detuvo sin enviar allí sus datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>Vuelva a iniciar la conexión; si esto se repite, muestre este mensaje al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>Otro programa de este equipo está usando todos los puertos en los que la aplicación puede esperar la respuesta de Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>Cierre los programas que no necesite (o reinicie el equipo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>Este equipo no permite que la aplicación espere la respuesta de Zoho en el puerto elegido (los puertos inferiores a 1024 requieren permisos de administrador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>Elija un puerto entre 1024 y 65535 con --port (y registre su dirección de redirección en la consola de API de Zoho), o no use --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>La aplicación esperó su aprobación en el navegador, pero no llegó a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>Empiece de nuevo y haga clic en Accept (Aceptar) en la página de Zoho; si, en su lugar, Zoho mostró una página de error propia («Invalid&#xa0;Client» o «Invalid&#xa0;Redirect&#xa0;Uri»), revise antes el centro de datos y las direcciones de redirección registradas en la consola de API de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>Zoho indica que no se permitió el acceso: se denegó la solicitud o se hicieron demasiadas solicitudes en poco tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>Empiece de nuevo y haga clic en Accept (Aceptar) en la página de Zoho; si ya hizo clic en Accept, espere diez minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>El código de Zoho ha caducado o ya se ha utilizado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>Vuelva a iniciar la conexión (si es un Self&#xa0;Client, genere un código nuevo en la consola de API de Zoho) y termine en menos de dos minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>Zoho no reconoce este Client&#xa0;ID en el centro de datos que eligió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>Revise primero el centro de datos (debe ser aquel en el que registró el cliente) y vuelva a copiar el Client&#xa0;ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>Este Client&#xa0;ID pertenece al centro de datos de Zoho de {name}, no al de {chosen}, que es el que se eligió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>Elija {name} como centro de datos y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>Zoho no reconoce este Client&#xa0;ID en ninguno de sus centros de datos: se copió mal o el cliente se eliminó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>Vuelva a copiar el Client&#xa0;ID completo desde la consola de API de Zoho; si el cliente ya no aparece allí, cree uno nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>Zoho indica que el Client&#xa0;Secret no es correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>Vuelva a copiar el Client&#xa0;Secret desde la consola de API de Zoho, sin espacios, y péguelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>Zoho indica que la URI de redirección no coincide con la registrada para su cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>En la consola de API de Zoho, registre exactamente la URI de redirección que muestra la aplicación (mismo puerto, misma ruta, «localhost») y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>Zoho no acepta los permisos (ámbitos o «scopes») que solicitó la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>Elija una de las opciones de permisos que ofrece la aplicación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>Zoho está limitando la frecuencia con la que esta conexión puede pedir un acceso nuevo, porque hubo demasiadas solicitudes en poco tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>Espere unos diez minutos y vuelva a intentarlo; mientras tanto, la aplicación sigue usando el acceso que ya tiene.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>Zoho Books agotó el cupo de llamadas a la API de hoy para esta organización ({calls} al día en su plan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>Zoho Books agotó el cupo de llamadas a la API de hoy para esta organización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>El cupo se renueva a las {time} (dentro de aproximadamente {wait}); vuelva a intentarlo entonces o consulte al administrador de Zoho Books sobre un plan con un cupo mayor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>Zoho rechazó la solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>Vuelva a iniciar la conexión; si sigue ocurriendo, muestre este mensaje al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>El código mostrado para su dispositivo caducó antes de que se aprobara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>Empiece de nuevo y escriba el código nuevo en la página de Zoho antes de que pasen unos minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>Las claves de esta conexión no están en el llavero (se quitaron o nunca se guardaron), así que no se puede renovar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>Vuelva a conectar para crear una conexión nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>Zoho ya no acepta el Client&#xa0;Secret de esta conexión: se cambió en la consola de API de Zoho, o allí se eliminó el cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>Vuelva a conectar con el Client&#xa0;Secret que muestra ahora la consola de API de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>Zoho ya no acepta esta conexión: se desconectó o se sustituyó desde otro lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>Vuelva a conectar para crear una conexión nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>La aplicación no pudo comunicarse con Zoho para finalizar allí la conexión, así que no se quitó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Revise la conexión a internet de este equipo y vuelva a intentarlo; o bien quite la conexión solo de este equipo («Quitar solo de este equipo»; en la línea de comandos: zoho-wizard disconnect --forget): Zoho la conservará hasta que se quite en su cuenta de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>No hay ninguna conexión guardada con ese nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>Conecte primero o revise el nombre de la conexión (perfil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>No hay ningún llavero seguro disponible en este equipo, y la aplicación nunca guarda secretos en un archivo sin cifrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>En Linux, instale y desbloquee un llavero (GNOME Keyring o KWallet; por ejemplo, «apt install gnome-keyring»); en Windows y macOS, inicie sesión en su cuenta de usuario de la forma habitual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>El llavero del sistema no respondió: probablemente está bloqueado o esperando su contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>Desbloquee su llavero (busque una ventana que le pida la contraseña) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>Zoho envió su aprobación a la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>Puede cerrar esta pestaña: el {app} termina la conexión donde usted la inició (en su ventana o en la línea de comandos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>Este enlace no corresponde a la conexión que la aplicación está creando ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>Regrese a donde inició el {app} (su ventana o la línea de comandos) y continúe allí, o inicie la conexión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>Ya completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>La aplicación ya recibió la respuesta de Zoho para esta conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>Puede cerrar esta pestaña y regresar a donde inició el {app} (su ventana o la línea de comandos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>La respuesta de Zoho llegó a este equipo sin los datos que necesita la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>Regrese a donde inició el {app} (su ventana o la línea de comandos) e inicie la conexión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Enviando la respuesta de Zoho a la aplicación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>La aplicación ya no está esperando la respuesta de Zoho. Regrese al {app} e inicie la conexión de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>Esta página necesita JavaScript para enviar la respuesta de Zoho a la aplicación. Active JavaScript para esta página (o use otro navegador) e inicie la conexión de nuevo.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>Su cuenta de Zoho está en el centro de datos de {region}; la conexión continúa allí.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>El Client&#xa0;ID está vacío o contiene espacios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>Vuelva a copiar el Client&#xa0;ID desde la consola de API de Zoho y péguelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>Este tipo de cliente necesita su Client&#xa0;Secret, y no se indicó ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>Copie el Client&#xa0;Secret desde la consola de API de Zoho y péguelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Un Self&#xa0;Client necesita el código generado en la consola de API de Zoho, y no se indicó ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>Genere un código en la consola de API de Zoho (Self&#xa0;Client, Generate&#xa0;Code) y péguelo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Canjeando con Zoho el código del Self&#xa0;Client…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>El código del Self&#xa0;Client ha caducado (dura entre 3 y 10 minutos, según lo que se eligió al generarlo) o ya se ha utilizado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>Genere un código nuevo en la consola de API de Zoho (Self&#xa0;Client, Generate&#xa0;Code) y péguelo enseguida.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>La respuesta de Zoho no contenía un token de acceso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>La respuesta de Zoho no contenía un código de autorización.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Comprobando con Zoho el Client&#xa0;ID y la dirección de redirección…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>Zoho no reconoce este Client&#xa0;ID en este centro de datos; consultando los demás centros de datos de Zoho…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>Esperando a que apruebe la conexión en su navegador…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>Zoho aprobó la conexión; obteniendo las claves…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>Esperando a que se apruebe el código en la página de Zoho…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>El centro de datos de Zoho de {region} no tiene registrada la dirección de redirección {address} para este cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>En la consola de API de Zoho ({console}), abra este cliente, agregue exactamente {address} en Authorized&#xa0;Redirect&#xa0;URIs (URI de redirección autorizadas) y haga clic en Update (Actualizar); después, vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>La página de Zoho indicó «Invalid&#xa0;Client» (cliente no válido): el centro de datos de Zoho en el que inició sesión no reconoce este Client&#xa0;ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>Compruebe que registró el cliente en la consola de API de {region} ({console}) y que copió su Client&#xa0;ID completo; si su cuenta de Zoho está en otro centro de datos, elija ese, o habilite el cliente para ese centro de datos en la consola (en Settings, la configuración del cliente).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>Zoho rechazó la solicitud sin indicar el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>Zoho rechazó la solicitud (motivo indicado por Zoho: {reason}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>Zoho envió una respuesta que la aplicación no entiende (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>El llavero del sistema se negó a guardar o quitar uno de los secretos de la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>Desbloquee su llavero (busque una ventana que le pida la contraseña), permita que la aplicación lo use y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>El llavero del sistema ({keychain}) devolvió un error, así que la aplicación no pudo usar los secretos de la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Asegúrese de que su llavero esté en funcionamiento y desbloqueado, y vuelva a intentarlo; si sigue ocurriendo, pida ayuda al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>Otra copia de la aplicación lleva más de {seconds} segundos modificando las conexiones guardadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>Espere a que termine (o ciérrela) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>Esta conexión se sustituyó o se quitó mientras la aplicación la estaba usando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>Abra de nuevo la conexión o vuelva a conectar, y luego inténtelo otra vez.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>La aplicación no tiene permiso para leer su archivo de configuración {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>Dé acceso a ese archivo a su cuenta de usuario (o pídaselo al soporte informático de su empresa) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>La aplicación no puede leer su archivo de configuración {path}: está dañado o se modificó a mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>Mueva ese archivo a otra carpeta (la aplicación empezará entonces sin conexiones guardadas) y vuelva a conectar, o pida al soporte informático de su empresa que lo revise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>La aplicación no pudo guardar su archivo de configuración {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>Compruebe que el disco no esté lleno y que tiene permiso para escribir en esa carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>El nombre de una conexión debe tener entre 1 y 64 caracteres: letras, números, guiones (-), guiones bajos (_) o puntos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>Elija un nombre como «acme-books» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>El Zoho de práctica</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>En la consola de API de Zoho, haga clic en ADD&#xa0;CLIENT (Agregar cliente); la primera vez, el botón dice Get&#xa0;Started (Comenzar). Zoho muestra entonces cinco tipos de cliente en forma de tarjetas: Client-based&#xa0;Applications, Server-based&#xa0;Applications, Mobile-based&#xa0;Applications, Non-browser&#xa0;Applications y Self&#xa0;Client. Seleccione la tarjeta del tipo que eligió aquí; la imagen señala Server-based&#xa0;Applications, el tipo recomendado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>El formulario Create&#xa0;New&#xa0;Client (Crear cliente nuevo) de Zoho, para Server-based&#xa0;Applications, tiene los campos Client&#xa0;Name, Homepage&#xa0;URL y Authorized&#xa0;Redirect&#xa0;URIs. Escriba la primera dirección de redirección, http://localhost:47321/callback, y haga clic en el botón + que está a su lado para obtener una fila nueva para la dirección siguiente; haga lo mismo con cada dirección. Después, haga clic en CREATE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>Después de hacer clic en CREATE, Zoho muestra la página del cliente, abierta en la pestaña Client&#xa0;Secret. Allí aparecen el Client&#xa0;ID, que comienza con 1000., y el Client&#xa0;Secret, cada uno en un recuadro con un icono de copiar al lado. Haga clic en un icono de copiar para copiar ese valor y péguelo en este asistente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>La página de un Self&#xa0;Client en la consola de API de Zoho, abierta en la pestaña Generate&#xa0;Code (Generar código). En Scope (ámbito), escriba ZohoBooks.fullaccess.all; en Time&#xa0;Duration (duración), elija 10 minutos; en Scope&#xa0;Description (descripción del ámbito), escriba cualquier descripción; después, haga clic en CREATE. Zoho muestra el código generado en un recuadro con un icono de copiar: cópielo y péguelo en este asistente antes de que pasen esos minutos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>Add&#xa0;Client y, luego, el tipo de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>las direcciones de redirección y el botón +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>el Client&#xa0;ID y el Client&#xa0;Secret después de Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>Generate&#xa0;Code de un Self&#xa0;Client</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan de cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>Basado en servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>Basado en servidor (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>Usted inicia sesión una vez en el navegador y la aplicación queda conectada. Necesita el Client&#xa0;ID, el Client&#xa0;Secret y las direcciones de redirección que muestra la página siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>Sin inicio de sesión en el navegador: usted genera en la consola de Zoho un código de corta duración y lo pega aquí. Adecuado para los scripts propios de una empresa. Necesita el Client&#xa0;ID, el Client&#xa0;Secret y ese código.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>Sin navegador (dispositivos con entrada limitada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>Sin navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>Para un equipo sin navegador: la aplicación muestra un código que usted escribe en la página de Zoho desde cualquier teléfono o equipo. Necesita el Client&#xa0;ID y el Client&#xa0;Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>Basado en móvil (aplicaciones móviles y de escritorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>Como «Basado en servidor», con una comprobación adicional de un solo uso (PKCE). Necesita el Client&#xa0;ID, el Client&#xa0;Secret si la consola muestra uno, y las direcciones de redirección que muestra la página siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>Basado en cliente (JavaScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>Da acceso durante una hora solamente; después hay que volver a conectar. Elíjalo solo si se lo pidió el soporte informático de su empresa. Necesita el Client&#xa0;ID y las direcciones de redirección que muestra la página siguiente.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>{where} tiene un valor que no es una dirección web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>Corrija ese valor (un texto como «https://accounts.zoho.eu») o elimínelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>{where} tiene el valor «{url}», que no es una dirección https:// (http:// sin cifrar solo se permite para este equipo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>Corrija ese valor o elimínelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corrija el archivo o elimine la variable de entorno {variable} para usar los servidores de Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>No se puede leer el archivo de regiones {path} (indicado en {variable}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>El archivo de regiones {path} no es un JSON válido ({problem}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>El archivo de regiones {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>{source} debe contener un objeto cuyas claves sean códigos de región.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corríjalo o elimine la variable de entorno {variable} para usar los servidores de Zoho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>{source} indica una región desconocida: «{code}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>Use uno de estos códigos: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>{source} tiene un valor inesperado para la región «{code}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>Asígnele un objeto que contenga solo {keys}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{setting} en {source}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}: {names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>Pida a quien preparó el archivo de preconfiguración (el soporte informático de su empresa) que lo corrija; mientras tanto, complete las páginas del asistente por su cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>Pida a quien preparó el archivo de preconfiguración (el soporte informático de su empresa) que lo corrija: está bloqueado, así que la aplicación no se puede configurar sin él.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>El archivo de preconfiguración {path} no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>No se puede leer el archivo de preconfiguración {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>El archivo de preconfiguración {path} no es un JSON válido (línea {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>El archivo de preconfiguración {path} no contiene la configuración entre {{ y }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>En el archivo de preconfiguración {path}, «locked» debe ser true o false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>El archivo de preconfiguración {path} tiene un ajuste que la aplicación no reconoce: «{key}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>En el archivo de preconfiguración {path}, «{key}» debe ser un texto (entre comillas) no vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>En el archivo de preconfiguración {path}, «region» no indica ningún centro de datos de Zoho: «{value}» (admite uno de estos códigos: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>En el archivo de preconfiguración {path}, «client_type» no indica ningún tipo de cliente: «{value}» (admite uno de estos: {kinds}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>En el archivo de preconfiguración {path}, «client_id» contiene espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>En el archivo de preconfiguración {path}, «client_secret» figura para un tipo de cliente que no tiene secreto ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>En el archivo de preconfiguración {path}, «scope» debe ser «full» o «read», no «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>En el archivo de preconfiguración {path}, «profile» no es un nombre de conexión válido: «{value}» (entre 1 y 64 caracteres: letras, números, guiones, guiones bajos o puntos).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>El archivo de preconfiguración {path} fija «{value}» para «{key}» y no permite cambiarlo, pero se pidió «{wanted}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>Omita esa opción (ya la indica el archivo de preconfiguración) o pida al soporte informático de su empresa que cambie el archivo de preconfiguración.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>Conecta el Zoho Books de su empresa con las herramientas que utiliza, sin ayuda del soporte informático.

Archivo de configuración: {settings}
Secretos: el llavero de su equipo
Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>Organización predeterminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>Probar la conexión (solo lectura)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Respuesta de Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>Mostrar la respuesta sin procesar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>Uso desde scripts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>Un token de acceso nuevo para cualquier herramienta, en la línea de comandos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>En Python:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Ejemplo en Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Los secretos se guardan en: {keychain}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Consultando a Zoho Books…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Código de Zoho {code} ({message})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>Conectado a {org} ({region})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>Respuesta sin procesar de Zoho Books</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>¿Qué tipo de cliente de Zoho?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>Zoho llama «cliente» a la aplicación que usted registra en su consola de API. Si tiene dudas, elija la primera opción.</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Conexiones de Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>Estas conexiones con Zoho Books están guardadas en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>Agregar otra conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>Los secretos se guardan en: {keychain}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}: {org} — {region}, {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>sin organización</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>¿Finalizar la conexión «{name}» en Zoho y quitarla de este equipo? Las herramientas que la usan dejarán de funcionar hasta que vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>Quitar solo de este equipo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>¿Quitar la conexión «{name}» de este equipo sin finalizarla en Zoho? Zoho la conservará hasta que se quite en su cuenta de Zoho.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>Autorizar la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Ámbito (Scope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>Duración elegida en la consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>Código generado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Código que debe escribir en la página de Zoho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>Qué está ocurriendo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Si no se abrió ninguna ventana del navegador, copie esta dirección en su navegador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>Dirección que debe abrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>Si Zoho muestra una página titulada «Invalid&#xa0;Client» o «Invalid&#xa0;Redirect&#xa0;Uri» en lugar de su inicio de sesión, los datos no coinciden con lo que Zoho tiene registrado: haga clic en «Zoho mostró un error» y elija lo que decía la página. Si cerró el navegador, abra de nuevo la página de Zoho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Abrir de nuevo la página de Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>Zoho mostró un error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>La página decía «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>Otro error</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>En la &lt;a href=&quot;{console}&quot;&gt;consola de API de Zoho&lt;/a&gt;, abra su Self&#xa0;Client, elija &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (Generar código), escriba el ámbito &lt;b&gt;{scope}&lt;/b&gt; (cópielo abajo), seleccione una duración y haga clic en Create. Después, pegue aquí el código enseguida: solo funciona durante los minutos que eligió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>Conectar con este código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>La aplicación pide un código a Zoho. Escriba ese código en la página de Zoho, desde este o cualquier otro dispositivo, y apruebe allí la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Obtener un código de Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>Su navegador abrirá la página de Zoho. Inicie sesión si se lo pide, revise los permisos y haga clic en &lt;b&gt;Accept&lt;/b&gt; (Aceptar). Después, vuelva aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>Abrir Zoho en mi navegador</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>No se pudo abrir ninguna ventana del navegador. Copie esta dirección en su navegador:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>El código que debe escribir en la página de Zoho es {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>Abra esta página (el código ya aparece escrito si abre exactamente esta dirección):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>Cambiar a {name} y conectar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>Zoho mostró una página de error en lugar de pedir su aprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>Revise el centro de datos, el Client&#xa0;ID y las direcciones de redirección en las páginas anteriores (Atrás) y vuelva a conectar; si sigue ocurriendo, muestre la página de Zoho al soporte informático de su empresa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>Quedan aproximadamente {m}:{s:02d} para usar este código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>Esperando su respuesta: quedan {m}:{s:02d}.</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>Registrar la aplicación en la consola de API de Zoho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>Si no se abre el navegador, copie esta dirección en su navegador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>Dirección de la consola de API de Zoho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. Abra la consola de API de Zoho (con el botón de abajo).
2. Elija Add&#xa0;Client (Agregar cliente) y luego «{kind}».
3. Escriba exactamente los valores de abajo y haga clic en Create.
4. Deje la página abierta: el paso siguiente le pide el Client&#xa0;ID y el Client&#xa0;Secret que aparecen en ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. Abra la consola de API de Zoho (con el botón de abajo).
2. Elija Add&#xa0;Client (Agregar cliente), luego «{kind}» y después Create.
3. Deje la página abierta: el paso siguiente le pide su Client&#xa0;ID y su Client&#xa0;Secret.</translation>
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
        <translation>No se pudo abrir ninguna ventana del navegador. Copie esta dirección en su navegador:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>Abrir la consola de API de Zoho ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>Agregue las tres direcciones de redirección (con «+» en la consola): la aplicación usará la primera que esté libre en este equipo.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>Copiar {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>Copiado: {name}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>La aplicación encontró un problema inesperado. No se perdió nada y puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>Si vuelve a ocurrir, haga clic en «Copiar detalles» y envíelos al soporte informático de su empresa (no incluyen contraseñas ni claves).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>Pegar los datos del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>Cópielos de la página que mostró la consola de API de Zoho después de hacer clic en Create.</translation>
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
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>La consola de Zoho no mostró ningún Client&#xa0;Secret para este cliente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>Completar automáticamente los datos del cliente de práctica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>¿Qué puede hacer la conexión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>Acceso completo (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>Las herramientas conectadas pueden leer y modificar sus datos de Zoho Books.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>Las herramientas pueden leer organizaciones, contactos, facturas, artículos, cuentas e impuestos, pero no pueden modificar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>Nombre de esta conexión</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>Esto no parece un Client&#xa0;ID de Zoho (comienzan con «1000.» y tienen 35 caracteres). Compruebe que lo copió completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>Esto no parece un Client&#xa0;Secret de Zoho (42 letras y números). Compruebe que lo copió completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>Use solo letras, números, «-», «_» o «.».</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>Problema: {what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>Su conexión funciona</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>Ilustración: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>Ilustración de la consola de API de Zoho: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>Ilustración de la consola de API de Zoho.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>PRÁCTICA — está usando el Zoho de práctica de este equipo; no se modifica nada real.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>¿Dónde está su cuenta de Zoho?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>Zoho guarda cada cuenta en un único centro de datos. Fíjese en la dirección de la página donde inicia sesión en Zoho y elija la línea que muestra esa misma dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>Si resulta que su cuenta está en otro centro de datos, la aplicación lo detecta cuando usted inicia sesión y usa el correcto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — página de inicio de sesión {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(práctica: {address})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>(a través de {address})</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — PRÁCTICA</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>Revisar el centro de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Volver a escribir el Client&#xa0;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Volver a escribir el Client&#xa0;ID y el Client&#xa0;Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>Ver qué registrar en Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>Volver a elegir los permisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>Lo que escribió no se guardará, y todavía no se ha conectado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>&amp;Cerrar el asistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Seguir</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Conectar Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>Este asistente conecta el Zoho Books de su empresa con las herramientas que esta utiliza. Guarda las claves en el propio llavero de este equipo y, al final, comprueba que la conexión funciona leyendo sus organizaciones de Zoho Books.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>Necesitará sus datos de inicio de sesión de Zoho Books y acceso a la consola de API de Zoho (normalmente sirven los mismos datos). Se tarda unos cinco minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>Conectar mi Zoho Books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>Conecte la cuenta real de Zoho Books de su empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>Practicar primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>Ensaye cada paso con un Zoho simulado que funciona en este equipo. No se modifica nada real, y la conexión de práctica se elimina al cerrar la aplicación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>Su empresa ha preparado esta conexión: el centro de datos, el cliente y sus claves ya están completados. Solo tiene que iniciar sesión en Zoho y aprobar la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>Preparado por: {contact}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
</context>
</TS>
