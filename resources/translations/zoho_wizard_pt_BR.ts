<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
            <numerusform>%Ln chamada</numerusform>
            <numerusform>%Ln chamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>O Zoho está ocupado: nova tentativa em %n segundo…</numerusform>
            <numerusform>O Zoho está ocupado: nova tentativa em %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contato</numerusform>
            <numerusform>%n contatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fatura</numerusform>
            <numerusform>%n faturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n imposto</numerusform>
            <numerusform>%n impostos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Assistente de Conexão do Zoho Books</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>O Zoho Books não permitiu que esta conexão fizesse isso (resposta do Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>O Zoho Books não permitiu que esta conexão fizesse isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>Uma conexão só pode fazer o que as permissões dela (escolhidas ao conectar, por exemplo, somente leitura) e a sua função no Zoho Books permitem: conecte novamente com acesso total ou peça ao administrador do Zoho Books uma função que permita isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>O Zoho Books recusou esta conexão: talvez ela pertença a outro centro de dados ou não tenha permissão para isso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>Conecte novamente escolhendo o centro de dados em que fica a sua conta do Zoho Books e o acesso total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>O Zoho Books está limitando as solicitações: foram feitas muitas no último minuto ou a cota de hoje acabou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>Aguarde um minuto e tente novamente; a cota diária é renovada amanhã.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>O Zoho Books teve um problema interno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente daqui a alguns minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>O seu usuário do Zoho não é membro desta organização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>Escolha outra organização ou peça ao administrador dela que convide você.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>O Zoho Books não conseguiu responder a esta solicitação (resposta do Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>O Zoho Books não conseguiu responder a esta solicitação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>Verifique se o Zoho Books está configurado para esta organização e este centro de dados e tente novamente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>O Zoho Books enviou uma resposta que o aplicativo não entende (HTTP 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>Tente novamente daqui a alguns minutos; se o problema continuar, mostre esta mensagem ao suporte de TI.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>Esta conexão foi feita com um cliente Client-based, cujo acesso dura uma hora, e essa hora já passou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>Conecte novamente (um cliente Server-based continua conectado sem esse limite).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>Aguarde cerca de dez minutos (o Zoho contabiliza os novos acessos em intervalos de dez minutos) e tente novamente.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Verificando a conexão com o Zoho Books…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>A conexão anterior foi encerrada no Zoho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>Não foi possível encerrar a conexão anterior no Zoho; ela deixará de funcionar sozinha quando o Zoho a substituir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>As chaves desta conexão não estão no chaveiro, então o aplicativo não pode encerrá-la no Zoho, e nada foi removido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>Remova-a apenas deste computador (“Remover apenas deste computador”; em um terminal: zoho-wizard disconnect --forget) e depois encerre-a na sua conta Zoho ou exclua o cliente no console de API do Zoho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>O Zoho não encerrou a conexão, por isso nada foi removido: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Tente novamente; se o problema continuar, peça ajuda ao suporte de TI.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>A conexão salva “{name}” indica um servidor que não é um dos centros de dados conhecidos do Zoho ({host}), por isso o aplicativo não enviou nada para lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>O arquivo de configurações foi alterado fora do aplicativo: conecte novamente ou remova esta conexão apenas deste computador (“Remover apenas deste computador”; em um terminal: zoho-wizard disconnect --forget).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>O aplicativo não conseguiu acessar o Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>Verifique se este computador está conectado à internet e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>O aplicativo acessou um servidor que não conseguiu comprovar que é o Zoho: este computador não confia no certificado dele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>Se a rede da sua empresa inspeciona conexões seguras (um proxy), peça ao suporte de TI que instale o certificado do proxy neste computador; caso contrário, verifique a rede e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>A resposta do Zoho apontou para um servidor que não é um dos centros de dados conhecidos do Zoho, por isso o aplicativo parou sem enviar os seus dados para lá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>Inicie a conexão novamente; se isso acontecer de novo, mostre esta mensagem ao suporte de TI.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>Outro programa neste computador está usando todas as portas em que o aplicativo pode aguardar a resposta do Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>Feche os programas de que você não precisa (ou reinicie o computador) e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>Este computador não permite que o aplicativo aguarde a resposta do Zoho na porta escolhida (portas abaixo de 1024 exigem direitos de administrador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>Escolha uma porta de 1024 a 65535 com --port (e registre o endereço de redirecionamento correspondente no console de API do Zoho) ou não use --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>O aplicativo aguardou a sua aprovação no navegador, mas ela não chegou a tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>Comece de novo e clique em Accept (Aceitar) na página do Zoho; se, em vez disso, o Zoho mostrou uma página de erro própria (“Invalid&#xa0;Client” ou “Invalid&#xa0;Redirect&#xa0;Uri”), verifique antes o centro de dados e os endereços de redirecionamento registrados no console de API do Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>O Zoho informa que o acesso não foi permitido: a solicitação foi recusada ou foram feitas muitas solicitações em pouco tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>Comece de novo e clique em Accept (Aceitar) na página do Zoho; se você já clicou em Accept, aguarde dez minutos e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>O código do Zoho expirou ou já foi usado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>Inicie a conexão novamente (no caso de um Self&#xa0;Client, gere um novo código no console de API do Zoho) e conclua em até dois minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>O Zoho não reconhece este Client&#xa0;ID no centro de dados que você escolheu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>Verifique primeiro o centro de dados (deve ser aquele em que você registrou o cliente) e depois copie o Client&#xa0;ID novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>Este Client&#xa0;ID pertence ao centro de dados {name} do Zoho, e não ao centro de dados escolhido, {chosen}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>Escolha {name} como centro de dados e conecte novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>O Zoho não conhece este Client&#xa0;ID em nenhum dos seus centros de dados: ele foi copiado errado ou o cliente foi excluído.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>Copie o Client&#xa0;ID novamente do console de API do Zoho (inteiro); se o cliente não aparecer mais na lista, crie um novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>O Zoho informa que o Client&#xa0;Secret está errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>Copie o Client&#xa0;Secret novamente do console de API do Zoho, sem espaços, e cole-o aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>O Zoho informa que o endereço de redirecionamento (redirect URI) não corresponde ao registrado para o seu cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>No console de API do Zoho, registre exatamente o endereço de redirecionamento que o aplicativo mostra (mesma porta, mesmo caminho, &apos;localhost&apos;) e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>O Zoho não aceita as permissões (escopos) que o aplicativo solicitou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>Escolha uma das opções de permissão do aplicativo e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>O Zoho está limitando a frequência com que esta conexão pode pedir um novo acesso, porque houve muitas solicitações em pouco tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>Aguarde cerca de dez minutos e tente novamente; enquanto isso, o aplicativo continua usando o acesso que já tem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>O Zoho Books esgotou a cota de hoje de chamadas de API desta organização ({calls} por dia no plano dela).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>O Zoho Books esgotou a cota de hoje de chamadas de API desta organização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>A cota é renovada às {time} (daqui a cerca de {wait}); tente novamente nesse horário ou pergunte ao administrador do Zoho Books sobre um plano com uma cota maior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>O Zoho recusou a solicitação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>Inicie a conexão novamente; se o problema continuar, mostre esta mensagem ao suporte de TI.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>O código mostrado para o seu dispositivo expirou antes de ser aprovado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>Comece de novo e digite o novo código na página do Zoho em poucos minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>As chaves desta conexão não estão no chaveiro (foram removidas ou nunca foram salvas), por isso ela não pode ser renovada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>Conecte novamente para fazer uma nova conexão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>O Zoho não aceita mais o Client&#xa0;Secret desta conexão: ele foi alterado, ou o cliente foi excluído, no console de API do Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>Conecte novamente com o Client&#xa0;Secret que o console de API do Zoho mostra agora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>O Zoho não aceita mais esta conexão: ela foi desconectada ou substituída em outro lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>Conecte novamente para criar uma nova conexão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>O aplicativo não conseguiu acessar o Zoho para encerrar a conexão lá, por isso nada foi removido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Verifique a conexão deste computador com a internet e tente novamente; ou remova a conexão apenas deste computador (“Remover apenas deste computador”; em um terminal: zoho-wizard disconnect --forget), e o Zoho a manterá até que ela seja removida na sua conta Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>Não há nenhuma conexão salva com esse nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>Conecte primeiro ou verifique o nome da conexão (perfil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>Não há nenhum chaveiro seguro disponível neste computador, e o aplicativo nunca guarda credenciais em um arquivo comum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>No Linux, instale e desbloqueie um chaveiro (GNOME Keyring ou KWallet, por exemplo, &apos;apt install gnome-keyring&apos;); no Windows e no macOS, entre normalmente na sua conta de usuário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>O chaveiro do sistema não respondeu: provavelmente está bloqueado ou aguardando a sua senha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>Desbloqueie o chaveiro (procure uma janela pedindo a senha) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>O Zoho enviou a sua aprovação ao aplicativo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>Você pode fechar esta aba: o {app} conclui a conexão onde você a iniciou (na janela dele ou no terminal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>Este link não pertence à conexão que o aplicativo está fazendo agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>Volte para onde você iniciou o {app} (a janela dele ou o terminal) e continue por lá, ou inicie a conexão novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>Já concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>O aplicativo já recebeu a resposta do Zoho para esta conexão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>Você pode fechar esta aba e voltar para onde iniciou o {app} (a janela dele ou o terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>A resposta do Zoho chegou a este computador sem os dados de que o aplicativo precisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>Volte para onde você iniciou o {app} (a janela dele ou o terminal) e inicie a conexão novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Repassando a resposta do Zoho ao aplicativo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>O aplicativo não está mais aguardando a resposta do Zoho. Volte ao {app} e inicie a conexão novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>Esta página precisa de JavaScript para repassar a resposta do Zoho ao aplicativo. Ative o JavaScript nesta página (ou use outro navegador) e inicie a conexão novamente.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>A sua conta Zoho fica no centro de dados {region}; a conexão continua por lá.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>O Client&#xa0;ID está vazio ou contém espaços.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>Copie o Client&#xa0;ID novamente do console de API do Zoho e cole-o aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>Este tipo de cliente precisa do Client&#xa0;Secret, e nenhum foi informado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>Copie o Client&#xa0;Secret do console de API do Zoho e cole-o aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Um Self&#xa0;Client precisa do código gerado no console de API do Zoho, e nenhum foi informado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>Gere um código no console de API do Zoho (Self&#xa0;Client, Generate&#xa0;Code) e cole-o aqui.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Enviando o código do Self&#xa0;Client ao Zoho…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>O código do Self&#xa0;Client expirou (ele vale pelos 3 a 10 minutos escolhidos quando foi gerado) ou já foi usado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>Gere um novo código no console de API do Zoho (Self&#xa0;Client, Generate&#xa0;Code) e cole-o aqui imediatamente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>A resposta do Zoho não continha um token de acesso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>A resposta do Zoho não continha um código de autorização.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Verificando o Client&#xa0;ID e o endereço de redirecionamento com o Zoho…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>O Zoho não conhece este Client&#xa0;ID aqui; consultando os outros centros de dados do Zoho…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>Aguardando você aprovar a conexão no navegador…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>O Zoho aprovou a conexão; obtendo as chaves…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>Aguardando a aprovação do código na página do Zoho…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>O centro de dados {region} do Zoho não tem o endereço de redirecionamento {address} registrado para este cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>No console de API do Zoho ({console}), abra este cliente, adicione exatamente {address} em Authorized&#xa0;Redirect&#xa0;URIs e clique em Update (Atualizar); depois, conecte novamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>A página do Zoho mostrou “Invalid&#xa0;Client” (cliente inválido): o centro de dados do Zoho em que você entrou não conhece este Client&#xa0;ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>Verifique se você registrou o cliente no console de API do centro de dados {region} ({console}) e copiou o Client&#xa0;ID inteiro; se a sua conta Zoho fica em outro centro de dados, escolha esse centro de dados ou habilite o cliente para ele no console (na guia Settings do cliente).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>O Zoho recusou a solicitação sem informar o motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>O Zoho recusou a solicitação (motivo informado pelo Zoho: {reason}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>O Zoho enviou uma resposta que o aplicativo não entende (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>O chaveiro do sistema se recusou a salvar ou remover uma das credenciais da conexão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>Desbloqueie o chaveiro (procure uma janela pedindo a senha) e permita que o aplicativo o use; depois, tente novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>O chaveiro do sistema ({keychain}) informou um erro, por isso o aplicativo não pôde usar as credenciais da conexão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>Verifique se o chaveiro está em execução e desbloqueado e tente novamente; se o problema continuar, peça ajuda ao suporte de TI.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>Outra cópia do aplicativo está alterando as conexões salvas há mais de {seconds} segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>Aguarde até que ela termine (ou feche-a) e tente novamente.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>Esta conexão foi substituída ou removida enquanto o aplicativo a usava.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>Abra a conexão de novo ou conecte novamente e tente outra vez.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>O aplicativo não tem permissão para ler o arquivo de configurações {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>Dê à sua conta de usuário acesso a esse arquivo (ou peça isso ao suporte de TI) e tente novamente.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>O aplicativo não consegue ler o arquivo de configurações {path}: ele está danificado ou foi alterado manualmente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>Mova esse arquivo para outra pasta (o aplicativo passará a começar sem conexões salvas) e conecte novamente, ou peça ao suporte de TI que o examine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>O aplicativo não conseguiu salvar o arquivo de configurações {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>Verifique se o disco não está cheio e se você tem permissão para gravar nessa pasta e tente novamente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>O nome de uma conexão deve ter de 1 a 64 caracteres, usando apenas letras, algarismos, hifens (-), sublinhados (_) ou pontos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>Escolha um nome como &apos;acme-books&apos; e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>Zoho de treino</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>No console de API do Zoho, clique em ADD&#xa0;CLIENT (na primeira vez, o botão se chama Get&#xa0;Started). Em seguida, o Zoho mostra cinco tipos de cliente em cartões: Client-based&#xa0;Applications, Server-based&#xa0;Applications, Mobile-based&#xa0;Applications, Non-browser&#xa0;Applications e Self&#xa0;Client. Clique no cartão do tipo que você escolheu aqui; a imagem aponta para Server-based&#xa0;Applications, o tipo recomendado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>O formulário Create&#xa0;New&#xa0;Client do Zoho, para Server-based&#xa0;Applications, tem os campos Client&#xa0;Name, Homepage&#xa0;URL e Authorized&#xa0;Redirect&#xa0;URIs. Digite o primeiro endereço de redirecionamento, http://localhost:47321/callback, e clique no botão + ao lado dele para abrir uma nova linha para o próximo endereço, e assim por diante para cada endereço. Depois, clique em CREATE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>Depois que você clica em CREATE, o Zoho mostra a página do cliente, aberta na guia Client&#xa0;Secret. Ela mostra o Client&#xa0;ID, que começa com 1000., e o Client&#xa0;Secret, cada um em uma caixa com um ícone de copiar ao lado. Clique em um ícone de copiar para copiar o valor e cole-o neste assistente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>A página de um Self&#xa0;Client no console de API do Zoho, aberta na guia Generate&#xa0;Code. Em Scope, digite ZohoBooks.fullaccess.all; em Time&#xa0;Duration, escolha 10 minutos; em Scope&#xa0;Description, digite qualquer descrição; depois, clique em CREATE. O Zoho mostra o código gerado em uma caixa com um ícone de copiar: copie-o e cole-o neste assistente antes que esses minutos acabem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>Add&#xa0;Client e, em seguida, o tipo de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>os endereços de redirecionamento e o botão +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>o Client&#xa0;ID e o Client&#xa0;Secret depois de clicar em Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>a guia Generate&#xa0;Code de um Self&#xa0;Client</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plano de contas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>Server-based</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>Server-based (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>Você entra na sua conta pelo navegador uma vez e o aplicativo continua conectado. Requer o Client&#xa0;ID, o Client&#xa0;Secret e os endereços de redirecionamento mostrados na próxima página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>Sem login pelo navegador: você gera um código de curta duração no console do Zoho e o cola aqui. Indicado para scripts próprios de uma empresa. Requer o Client&#xa0;ID, o Client&#xa0;Secret e esse código.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>Non-browser (dispositivos com entrada limitada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>Non-browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>Para um computador sem navegador: o aplicativo mostra um código que você digita na página do Zoho em qualquer celular ou computador. Requer o Client&#xa0;ID e o Client&#xa0;Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>Mobile-based (aplicativos para celular e computador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>Como o Server-based, com uma verificação extra de uso único (PKCE). Requer o Client&#xa0;ID, o Client&#xa0;Secret (se o console mostrar um) e os endereços de redirecionamento mostrados na próxima página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>Client-based (JavaScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>Dá acesso por apenas uma hora; depois, é preciso conectar novamente. Escolha esta opção só se o suporte de TI tiver pedido. Requer o Client&#xa0;ID e os endereços de redirecionamento mostrados na próxima página.</translation>
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
        <translation>Índia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arábia Saudita</translation>
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
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>{where}: o valor definido não é um endereço da web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>Corrija esse valor (um texto como “https://accounts.zoho.eu”) ou remova-o.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>{where}: o valor definido, “{url}”, não é um endereço https:// (http:// simples só é permitido para este computador).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>Corrija esse valor ou remova-o.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corrija o arquivo ou remova a variável {variable} para usar os servidores do próprio Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>Não é possível ler o arquivo de regiões {path} (indicado por {variable}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>O arquivo de regiões {path} não é um JSON válido ({problem}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>Arquivo de regiões {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>{source}: deve conter um objeto cujas chaves sejam códigos de região.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>Corrija-o ou remova a variável {variable} para usar os servidores do próprio Zoho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>{source}: indica uma região desconhecida, “{code}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>Use um destes: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>{source}: valor inesperado para a região “{code}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>Informe um objeto somente com {keys}.</translation>
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
        <translation>Peça a quem preparou o arquivo de pré-configuração (o suporte de TI) que o corrija; até lá, preencha você mesmo as páginas do assistente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>Peça a quem preparou o arquivo de pré-configuração (o suporte de TI) que o corrija: como ele está bloqueado, o aplicativo não pode ser configurado sem essa correção.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>O arquivo de pré-configuração {path} não existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>Não é possível ler o arquivo de pré-configuração {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>O arquivo de pré-configuração {path} não é um JSON válido (linha {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>O arquivo de pré-configuração {path} não contém configurações entre {{ e }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>No arquivo de pré-configuração {path}, “locked” deve ser true ou false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>O arquivo de pré-configuração {path} tem uma configuração que o aplicativo não reconhece: “{key}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>No arquivo de pré-configuração {path}, “{key}” deve ser um texto (entre aspas) e não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>No arquivo de pré-configuração {path}, “region” não indica nenhum centro de dados do Zoho: “{value}” (use um destes: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>No arquivo de pré-configuração {path}, “client_type” não indica nenhum tipo de cliente: “{value}” (use um destes: {kinds}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>No arquivo de pré-configuração {path}, “client_id” contém espaços.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>No arquivo de pré-configuração {path}, “client_secret” foi informado para um tipo de cliente que não usa Client Secret ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>No arquivo de pré-configuração {path}, “scope” deve ser “full” ou “read”, e não “{value}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>No arquivo de pré-configuração {path}, “profile” não é um nome de conexão válido: “{value}” (de 1 a 64 caracteres: letras, algarismos, hifens, sublinhados ou pontos).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>O arquivo de pré-configuração {path} está bloqueado no valor “{value}” para “{key}”, mas foi pedido “{wanted}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>Não use essa opção (o arquivo de pré-configuração já a define) ou peça ao suporte de TI que altere o arquivo de pré-configuração.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>Conecta o Zoho Books da sua empresa às ferramentas que ela usa, sem ajuda da TI.

Arquivo de configurações: {settings}
Credenciais: o chaveiro do seu computador
Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>Organização usada por padrão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>Testar a conexão (somente leitura)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>Detalhes para a TI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Como o Zoho respondeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>Mostrar a resposta original</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>Usar em scripts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>Um token de acesso novo para qualquer ferramenta, em um terminal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>Comando do token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>Em Python:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Exemplo em Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>As credenciais ficam guardadas em: {keychain}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Consultando o Zoho Books…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Código do Zoho {code} ({message})</translation>
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
        <translation>Resposta original do Zoho Books</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>Resposta original</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>Qual tipo de cliente do Zoho?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>O Zoho chama de “cliente” o aplicativo que você registra no console de API dele. Se não tiver certeza, escolha o primeiro.</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Conexões do Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>Estas conexões com o Zoho Books estão salvas neste computador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Conexões salvas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>Testar</translation>
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
        <translation>Adicionar outra conexão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>As credenciais ficam guardadas em: {keychain}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}: {org} — {region}, {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>sem organização</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>Encerrar a conexão “{name}” no Zoho e removê-la deste computador? As ferramentas que a usam deixarão de funcionar até você conectar novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>Remover apenas deste computador</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>Remover a conexão “{name}” deste computador sem encerrá-la no Zoho? O Zoho a mantém até que ela seja removida na sua conta Zoho.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>Autorizar a conexão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>Duração (Time&#xa0;Duration) escolhida no console</translation>
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
        <translation>Código gerado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>Duração (Time&#xa0;Duration)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>Parar de &amp;esperar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Código a digitar na página do Zoho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>O que está acontecendo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Se nenhuma janela do navegador abriu, copie este endereço e cole-o no navegador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>Endereço a abrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>Se, em vez da tela de login, o Zoho mostrar uma página com o título “Invalid&#xa0;Client” ou “Invalid&#xa0;Redirect&#xa0;Uri”, os dados não correspondem ao que o Zoho conhece: clique em “O Zoho mostrou um erro” e escolha o que a página dizia. Se você fechou o navegador, abra a página do Zoho de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Abrir a página do Zoho de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>O Zoho mostrou um erro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>A página dizia “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>Outro erro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>No &lt;a href=&quot;{console}&quot;&gt;console de API do Zoho&lt;/a&gt;, abra o seu Self&#xa0;Client, escolha &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (Gerar código), informe o escopo &lt;b&gt;{scope}&lt;/b&gt; (copie-o abaixo), defina uma duração e clique em Create. Depois, cole o código aqui imediatamente: ele só funciona pelos minutos que você escolheu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>Conectar com este código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>O aplicativo pede um código ao Zoho. Digite esse código na página do Zoho, neste ou em qualquer outro dispositivo, e aprove a conexão lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Obter um código do Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>O navegador abre a página do Zoho. Entre na sua conta, se for solicitado, confira as permissões e clique em &lt;b&gt;Accept&lt;/b&gt; (Aceitar). Depois, volte aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>Abrir o Zoho no navegador</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>Não foi possível abrir uma janela do navegador. Copie este endereço e cole-o no navegador:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>O código a digitar na página do Zoho é {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>Abra esta página (o código já vem preenchido quando você abre exatamente este endereço):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>Usar {name} e conectar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>O Zoho mostrou uma página de erro em vez de pedir a sua aprovação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>Verifique o centro de dados, o Client&#xa0;ID e os endereços de redirecionamento nas páginas anteriores (Voltar) e conecte novamente; se o problema continuar, mostre a página do Zoho ao suporte de TI.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>Tempo restante para usar este código: cerca de {m}:{s:02d}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>Aguardando você: {m}:{s:02d} restantes.</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>Registre o aplicativo no console de API do Zoho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>Se o navegador não abrir, copie este endereço e cole-o no navegador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>Endereço do console de API do Zoho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. Abra o console de API do Zoho (botão abaixo).
2. Escolha Add&#xa0;Client e depois “{kind}”.
3. Digite os valores abaixo exatamente como estão e clique em Create.
4. Mantenha a página aberta: a próxima etapa pede o Client&#xa0;ID e o Client&#xa0;Secret que ela mostra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. Abra o console de API do Zoho (botão abaixo).
2. Escolha Add&#xa0;Client, depois “{kind}” e, em seguida, Create.
3. Mantenha a página aberta: a próxima etapa pede o Client&#xa0;ID e o Client&#xa0;Secret que ela mostra.</translation>
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
        <translation>Não foi possível abrir uma janela do navegador. Copie este endereço e cole-o no navegador:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>Abrir o console de API do Zoho ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>Adicione os três endereços de redirecionamento (use o “+” no console): o aplicativo aguarda a resposta no primeiro que estiver livre neste computador.</translation>
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
        <translation>O aplicativo encontrou um problema inesperado. Nada foi perdido, e você pode continuar trabalhando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>Se isso acontecer de novo, clique em “Copiar detalhes” e envie-os ao suporte de TI (nenhuma senha ou chave é incluída).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>Cole os dados do cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>Copie-os da página que o console de API do Zoho mostrou depois que você clicou em Create.</translation>
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
        <translation>Mostrar o Client&#xa0;Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>O console do Zoho não mostrou nenhum Client&#xa0;Secret para este cliente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>Preencher para mim os dados do cliente de treino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>O que a conexão pode fazer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>Acesso total (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>As ferramentas conectadas podem ler e alterar os seus dados do Zoho Books.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>As ferramentas podem ler organizações, contatos, faturas, itens, contas e impostos, sem alterar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>Nome desta conexão</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>Isto não parece um Client&#xa0;ID do Zoho (um Client&#xa0;ID começa com “1000.” e tem 35 caracteres). Verifique se você o copiou inteiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>Isto não parece um Client&#xa0;Secret do Zoho (42 letras e algarismos). Verifique se você o copiou inteiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>Use apenas letras, algarismos, “-”, “_” ou “.”.</translation>
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
        <translation>A sua conexão está funcionando</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>Ilustração: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>Ilustração</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>Ilustração do console de API do Zoho: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>Ilustração do console de API do Zoho.</translation>
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
        <translation>TREINO — você está usando o Zoho de treino neste computador; nada real é afetado.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>Onde fica a sua conta Zoho?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>O Zoho mantém cada conta em um centro de dados. Veja o endereço da página em que você entra no Zoho e escolha a linha que mostra o mesmo endereço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>Centro de dados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>Se a sua conta estiver em outro centro de dados, o aplicativo percebe isso quando você entra e usa o centro de dados certo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — página de login {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(treino: {address})</translation>
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
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — TREINO</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>Verificar o centro de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Digitar o Client&#xa0;ID de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Digitar o Client&#xa0;ID e o Client&#xa0;Secret de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>Mostrar o que registrar no Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>Escolher as permissões de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>Fechar o assistente?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>O que você digitou não será guardado, e nada foi conectado ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>&amp;Fechar o assistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Conectar o Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>Este assistente conecta o Zoho Books da sua empresa às ferramentas que ela usa. Ele guarda as chaves no próprio chaveiro deste computador e, no final, comprova que a conexão funciona lendo as suas organizações do Zoho Books.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>Você vai precisar do seu login do Zoho Books e de acesso ao console de API do Zoho (geralmente o mesmo login serve). Leva cerca de cinco minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>Conectar o meu Zoho Books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>Conecte a conta real do Zoho Books da sua empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>Treinar primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>Pratique cada etapa em um Zoho de treino, que roda neste computador. Nada real é afetado, e a conexão de treino é removida quando você fecha o aplicativo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>A sua empresa preparou esta conexão: o centro de dados, o cliente e as chaves dele já estão preenchidos. Você só precisa entrar na sua conta Zoho e aprovar a conexão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>Preparado por: {contact}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>Alterar as configurações</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>Etapa {n} de {total}</translation>
    </message>
</context>
</TS>
