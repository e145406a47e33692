<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zohoが混み合っています。%n秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n件の取引先</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n件の請求書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n件の品目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n件の勘定科目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n件の税率</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Zoho Books 接続ウィザード</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>Zoho Booksでは、この接続にこの操作が許可されていません（Zohoからのメッセージ：{message}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>Zoho Booksでは、この接続にこの操作が許可されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>接続で実行できるのは、接続時に選んだ権限（読み取り専用など）と、Zoho Booksでのあなたの役割で許可されている操作だけです。フルアクセスでもう一度接続するか、この操作が許可された役割をZoho Booksの管理者に依頼してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>Zoho Booksがこの接続を拒否しました。接続が別のデータセンターのものであるか、この操作の権限がない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>Zoho Booksアカウントがあるデータセンターとフルアクセスを選んで、もう一度接続してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>Zoho Booksがリクエストを制限しています。直前の1分間のリクエストが多すぎたか、本日の利用上限に達しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>1分ほど待ってから、もう一度お試しください。1日の利用上限は翌日にリセットされます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>Zoho Books側で問題が発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>あなたのZohoユーザーは、この組織のメンバーではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>別の組織を選ぶか、その組織の管理者に招待を依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>Zoho Booksがこのリクエストに応答できませんでした（Zohoからのメッセージ：{message}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>Zoho Booksがこのリクエストに応答できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>この組織とデータセンターでZoho Booksが設定済みであることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>Zoho Booksから、アプリが解釈できない応答が返されました（HTTP 200）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>数分後にもう一度お試しください。何度も起きる場合は、このメッセージをIT担当者に見せてください。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>この接続はClient-basedクライアントで作成されています。このクライアントのアクセスの有効期間は1時間で、その時間が過ぎました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>もう一度接続してください（Server-basedクライアントなら、この制限なしで接続が続きます）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>10分ほど待ってから、もう一度お試しください（Zohoは新しいアクセスのリクエスト数を10分単位で数えています）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Zoho Booksとの接続を確認しています…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>以前の接続をZoho側で終了しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>以前の接続をZoho側で終了できませんでした。以前の接続は、Zohoで新しい接続に置き換えられた時点で、自動的に使えなくなります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>この接続のキーがキーチェーンに見つからないため、Zoho側で接続を終了できません。何も削除されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>このコンピューターからのみ削除し（「このコンピューターからのみ削除」を押すか、ターミナルで zoho-wizard disconnect --forget を実行）、その後、Zohoアカウントで接続を終了するか、ZohoのAPIコンソールでクライアントを削除してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>Zohoが接続を終了しなかったため、何も削除されていません：{reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>もう一度お試しください。何度も起きる場合は、IT担当者に相談してください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>保存されている接続「{name}」に指定されたサーバー（{host}）は、Zohoの既知のデータセンターではありません。そのため、アプリはそのサーバーに何も送信していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>設定ファイルがアプリの外で変更されています。もう一度接続するか、この接続をこのコンピューターからのみ削除してください（「このコンピューターからのみ削除」を押すか、ターミナルで zoho-wizard disconnect --forget を実行）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>アプリがZohoと通信できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>このコンピューターがインターネットに接続されていることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>アプリが通信したサーバーは、Zohoであることを証明できませんでした。このコンピューターは、そのサーバーの証明書を信頼していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>会社のネットワークで安全な通信が検査されている場合（プロキシ）は、IT担当者に依頼して、その証明書をこのコンピューターにインストールしてもらってください。そうでない場合は、ネットワークを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>Zohoの応答が、Zohoの既知のデータセンターではないサーバーを指していたため、アプリはあなたの情報を送信せずに処理を中止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>接続をやり直してください。再び起きる場合は、このメッセージをIT担当者に見せてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>このコンピューター上の別のプログラムが、Zohoの応答を待ち受けるためにアプリが使えるポートをすべて使用しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>不要なプログラムを閉じてから（またはコンピューターを再起動してから）、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>このコンピューターでは、Zohoの応答を待ち受けるために選んだポートをアプリが使用できません（1024未満のポートには管理者権限が必要です）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>--port で1024～65535のポートを指定する（その場合は、そのリダイレクトアドレスをZohoのAPIコンソールに登録してください）か、--port を指定せずに実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>ブラウザーでの承認を待ちましたが、時間内に承認されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>もう一度始めて、Zohoのページで「Accept」（承認）を押してください。代わりにZoho独自のエラーページ（「Invalid&#xa0;Client」または「Invalid&#xa0;Redirect&#xa0;Uri」）が表示された場合は、先にデータセンターと、ZohoのAPIコンソールに登録したリダイレクトアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>Zohoによると、アクセスは許可されませんでした。リクエストが拒否されたか、短時間にリクエストが多すぎました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>もう一度始めて、Zohoのページで「Accept」（承認）を押してください。すでに「Accept」を押した場合は、10分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>Zohoから受け取ったコードの有効期限が切れているか、すでに使用されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>接続をやり直し（Self&#xa0;Clientの場合は、ZohoのAPIコンソールで新しいコードを生成してください）、2分以内に完了してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>選んだデータセンターのZohoは、このClient&#xa0;IDを認識していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>まずデータセンターを確認し（クライアントを登録したデータセンターである必要があります）、Client&#xa0;IDをもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>このClient&#xa0;IDは、選んだ{chosen}ではなく、Zohoの{name}データセンターのものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>データセンターに{name}を選んで、もう一度接続してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>Zohoのどのデータセンターにも、このClient&#xa0;IDはありません。コピーが正しくないか、クライアントが削除されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>ZohoのAPIコンソールからClient&#xa0;IDを（すべて）コピーし直してください。クライアントが一覧にない場合は、新しく作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>ZohoによるとClient&#xa0;Secretが正しくありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>ZohoのAPIコンソールからClient&#xa0;Secretをもう一度、空白を含めずにコピーして、貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>Zohoによると、リダイレクトURIがクライアントに登録されたものと一致しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>ZohoのAPIコンソールに、アプリが表示するリダイレクトURIをそのまま（同じポート、同じパス、「localhost」で）登録してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>Zohoは、アプリが要求した権限（スコープ）を受け付けていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>アプリで用意されている権限の選択肢から1つ選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>短時間にリクエストが多すぎたため、Zohoはこの接続が新しいアクセスを要求できる頻度を制限しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>10分ほど待ってから、もう一度お試しください。それまでは、アプリは取得済みのアクセスを使い続けます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>Zoho Booksで、この組織の本日のAPI呼び出し回数が上限（プランでは1日{calls}）に達しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>Zoho Booksで、この組織の本日のAPI呼び出し回数が上限に達しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>上限は{time}（約{wait}後）にリセットされます。その後にもう一度お試しいただくか、上限の大きいプランについてZoho Booksの管理者に相談してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>Zohoがリクエストを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>接続をやり直してください。何度も起きる場合は、このメッセージをIT担当者に見せてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>デバイス用に表示されたコードは、承認される前に有効期限が切れました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>もう一度始めて、数分以内に新しいコードをZohoのページで入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>この接続のキーがキーチェーンにありません（削除されたか、保存されていません）。そのため、接続を更新できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>もう一度接続して、接続を作り直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>この接続のClient&#xa0;SecretはZohoで受け付けられなくなりました。ZohoのAPIコンソールでClient&#xa0;Secretが変更されたか、クライアントが削除されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>ZohoのAPIコンソールに現在表示されているClient&#xa0;Secretで、もう一度接続してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>この接続はZohoで受け付けられなくなりました。別の場所で接続が解除されたか、置き換えられています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>もう一度接続して、新しい接続を作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>Zoho側で接続を終了するためにZohoと通信できなかったため、何も削除されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>このコンピューターのインターネット接続を確認して、もう一度お試しください。または、この接続をこのコンピューターからのみ削除してください（「このコンピューターからのみ削除」を押すか、ターミナルで zoho-wizard disconnect --forget を実行）。その場合、Zohoアカウントで削除するまで、接続はZoho側に残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>その名前の接続は保存されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>先に接続するか、接続名（プロファイル名）を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>このコンピューターでは安全なキーチェーンを利用できません。アプリがシークレットを通常のファイルに保存することはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>Linuxでは、キーチェーン（GNOME KeyringまたはKWallet。例：&apos;apt install gnome-keyring&apos;）をインストールして、ロックを解除してください。WindowsとmacOSでは、通常どおりユーザーアカウントにサインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>システムのキーチェーンが応答しませんでした。ロックされているか、パスワードの入力を待っている可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>キーチェーンのロックを解除してから（パスワードの入力画面が表示されていないか確認してください）、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>承認されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>Zohoから、あなたの承認がアプリに送信されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>このタブは閉じてかまいません。接続は、{app}を開始した場所（そのウィンドウ、またはターミナル）で完了します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>このリンクは、アプリが現在行っている接続のものではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>{app}を開始した場所（そのウィンドウ、またはターミナル）に戻って続けるか、接続をやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>完了済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>この接続に対するZohoの応答は、すでにアプリに届いています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>このタブを閉じて、{app}を開始した場所（そのウィンドウ、またはターミナル）に戻ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>Zohoの応答はこのコンピューターに届きましたが、アプリに必要な情報が含まれていませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>{app}を開始した場所（そのウィンドウ、またはターミナル）に戻り、接続をやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Zohoの応答をアプリに渡しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>アプリはZohoの応答をもう待っていません。{app}に戻り、接続をやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>このページでZohoの応答をアプリに渡すには、JavaScriptが必要です。このページでJavaScriptを有効にしてから（または別のブラウザーを使って）、接続をやり直してください。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>Zohoアカウントは{region}のデータセンターにあります。そちらで続行します。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>Client&#xa0;IDが空か、空白が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>ZohoのAPIコンソールからClient&#xa0;IDをもう一度コピーして、貼り付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>この種類のクライアントにはClient&#xa0;Secretが必要ですが、入力されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>ZohoのAPIコンソールからClient&#xa0;Secretをコピーして、貼り付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Self&#xa0;Clientには、ZohoのAPIコンソールで生成したコードが必要ですが、入力されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>ZohoのAPIコンソールでコードを生成して（Self&#xa0;Clientの「Generate&#xa0;Code」）、貼り付けてください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Self&#xa0;Clientのコードを使って、Zohoからキーを取得しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>Self&#xa0;Clientのコードの有効期限が切れているか（生成時に選んだ3～10分間だけ有効です）、すでに使用されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>ZohoのAPIコンソールで新しいコードを生成して（Self&#xa0;Clientの「Generate&#xa0;Code」）、すぐに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>Zohoの応答にアクセストークンが含まれていませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>Zohoの応答に認可コードが含まれていませんでした。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Client&#xa0;IDとリダイレクトアドレスをZohoで確認しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>このデータセンターのZohoはこのClient&#xa0;IDを認識していません。Zohoのほかのデータセンターに問い合わせています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>ブラウザーで接続が承認されるのを待っています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>Zohoが接続を承認しました。キーを取得しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>Zohoのページでコードが承認されるのを待っています…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>Zohoの{region}データセンターで、このクライアントにリダイレクトアドレス {address} が登録されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>ZohoのAPIコンソール（{console}）でこのクライアントを開き、「Authorized&#xa0;Redirect&#xa0;URIs」に {address} をそのまま追加して「Update」（更新）を押してください。その後、もう一度接続してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>Zohoのページに「Invalid&#xa0;Client」と表示されました。サインインしたZohoのデータセンターは、このClient&#xa0;IDを認識していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>{region}のAPIコンソール（{console}）でクライアントを登録したこと、そのClient&#xa0;IDを漏れなくコピーしたことを確認してください。Zohoアカウントが別のデータセンターにある場合は、そのデータセンターを選ぶか、コンソールでそのデータセンターに対してクライアントを有効にしてください（クライアントの「Settings」）。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>Zohoはリクエストを拒否しましたが、理由は示されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>Zohoがリクエストを拒否しました（Zohoが示した理由：{reason}）。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>Zohoから、アプリが解釈できない応答が返されました（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>システムのキーチェーンが、接続のシークレットの保存または削除を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>キーチェーンのロックを解除し（パスワードの入力画面が表示されていないか確認してください）、アプリによる使用を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>システムのキーチェーン（{keychain}）でエラーが発生したため、アプリは接続のシークレットを使用できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>キーチェーンが動作していてロックが解除されていることを確認してから、もう一度お試しください。何度も起きる場合は、IT担当者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>同じアプリがもう1つ起動していて、{seconds}秒以上にわたって保存済みの接続を変更し続けています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>その処理が終わるまで待ってから（またはそのアプリを閉じてから）、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>アプリの使用中に、この接続が置き換えられたか削除されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>接続を開き直すか、もう一度接続してから、やり直してください。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>アプリには設定ファイル {path} を読み取る権限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>お使いのユーザーアカウントにそのファイルへのアクセス権を付与してから（またはIT担当者に依頼してから）、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>設定ファイル {path} を読み取れません。ファイルが破損しているか、手作業で変更されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>そのファイルを別のフォルダーに移動して（アプリは保存済みの接続がない状態で起動します）もう一度接続するか、IT担当者にファイルを確認してもらってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>設定ファイル {path} を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>ディスクに空き容量があること、そのフォルダーへの書き込み権限があることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>接続名には、英数字、ハイフン（-）、アンダースコア（_）、ピリオド（.）を使って1～64文字で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>「acme-books」のような名前を選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>練習用Zoho</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>ZohoのAPIコンソールで「ADD&#xa0;CLIENT」を押します（初回はボタンに「Get&#xa0;Started」と表示されます）。Zohoに、クライアントの種類が5枚のカードで表示されます：Client-based&#xa0;Applications、Server-based&#xa0;Applications、Mobile-based&#xa0;Applications、Non-browser&#xa0;Applications、Self&#xa0;Client。ここで選んだ種類のカードを選んでください。図では、推奨のServer-based&#xa0;Applicationsを示しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>Server-based&#xa0;Applications用のZohoのフォーム「Create&#xa0;New&#xa0;Client」には、「Client&#xa0;Name」「Homepage&#xa0;URL」「Authorized&#xa0;Redirect&#xa0;URIs」の各欄があります。最初のリダイレクトアドレス http://localhost:47321/callback を入力し、横の「+」ボタンを押して次のアドレス用の行を追加します。アドレスごとに同じ操作を繰り返し、最後に「CREATE」を押します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>「CREATE」を押すと、Zohoにクライアントのページが表示され、「Client&#xa0;Secret」タブが開きます。1000. で始まるClient&#xa0;IDとClient&#xa0;Secretが、それぞれコピーアイコン付きの枠に表示されています。コピーアイコンを押して値をコピーし、このウィザードに貼り付けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>ZohoのAPIコンソールでSelf&#xa0;Clientのページを開き、「Generate&#xa0;Code」タブを表示したところです。「Scope」に ZohoBooks.fullaccess.all と入力し、「Time&#xa0;Duration」で10分を選び、「Scope&#xa0;Description」に任意の説明を入力して「CREATE」を押します。生成されたコードがコピーアイコン付きの枠に表示されます。その時間が過ぎる前にコピーして、このウィザードに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>「Add&#xa0;Client」とクライアントの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>リダイレクトアドレスと「+」ボタン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>「Create」を押した後のClient&#xa0;IDとClient&#xa0;Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>Self&#xa0;Clientの「Generate&#xa0;Code」</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>取引先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>品目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>勘定科目表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>Server-based</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>Server-based（推奨）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>ブラウザーで一度サインインすれば、アプリは接続されたままになります。Client&#xa0;ID、Client&#xa0;Secret、および次のページに表示されるリダイレクトアドレスが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>ブラウザーでのサインインは不要です。Zohoのコンソールで短時間だけ有効なコードを生成し、ここに貼り付けます。自社専用のスクリプトに適しています。Client&#xa0;ID、Client&#xa0;Secret、およびそのコードが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>Non-browser（入力機能が限られたデバイス）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>Non-browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>ブラウザーのないコンピューター向けです。アプリが表示するコードを、任意のスマートフォンやコンピューターからZohoのページで入力します。Client&#xa0;IDとClient&#xa0;Secretが必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>Mobile-based（モバイルアプリ・デスクトップアプリ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>Server-basedと同様ですが、1回限りの追加チェック（PKCE）が行われます。Client&#xa0;ID、Client&#xa0;Secret（コンソールに表示される場合）、および次のページに表示されるリダイレクトアドレスが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>Client-based（JavaScript）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>アクセスは1時間だけ有効で、その後はもう一度接続する必要があります。IT担当者から指示された場合にのみ選んでください。Client&#xa0;IDと、次のページに表示されるリダイレクトアドレスが必要です。</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>{where}に、Webアドレスではない値が設定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>その値を修正する（例：「https://accounts.zoho.eu」）か、削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>{where}に設定された「{url}」は、https:// で始まるアドレスではありません（http:// はこのコンピューター内のアドレスにのみ使用できます）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>その値を修正するか、削除してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>ファイルを修正するか、{variable}の設定を解除して、Zoho標準のサーバーを使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>リージョン設定ファイル {path}（{variable}で指定）を読み取れません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>リージョン設定ファイル {path} は有効なJSONではありません（{problem}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>リージョン設定ファイル {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>{source}には、リージョンコードをキーとするオブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>修正するか、{variable}の設定を解除して、Zoho標準のサーバーを使用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>{source}に不明なリージョン「{code}」が指定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>{codes}のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>{source}のリージョン「{code}」に想定外の値があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>{keys}のみを含むオブジェクトを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{source}の{setting}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}：{names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>事前設定ファイルを準備した人（IT担当者）に修正を依頼してください。修正されるまでは、ウィザードの各ページをご自分で入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>事前設定ファイルを準備した人（IT担当者）に修正を依頼してください。このファイルはロックされているため、修正されるまでアプリを設定できません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>事前設定ファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>事前設定ファイル {path} を読み取れません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>事前設定ファイル {path} は有効なJSONではありません（{line}行目）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>事前設定ファイル {path} には、{{ と }} で囲まれた設定がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>事前設定ファイル {path} の「locked」には、true または false を指定する必要があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>事前設定ファイル {path} に、アプリが認識できない設定「{key}」があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>事前設定ファイル {path} の「{key}」には、引用符で囲んだテキストを指定する必要があります（空にはできません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>事前設定ファイル {path} の「region」に指定された「{value}」は、Zohoのデータセンターではありません（{codes}のいずれかを指定します）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>事前設定ファイル {path} の「client_type」に指定された「{value}」は、クライアントの種類ではありません（{kinds}のいずれかを指定します）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>事前設定ファイル {path} の「client_id」にスペースが含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>事前設定ファイル {path} に「client_secret」が指定されていますが、この種類のクライアント（{kind}）にはシークレットがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>事前設定ファイル {path} の「scope」は「{value}」ではなく、「full」または「read」にする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>事前設定ファイル {path} の「profile」に指定された「{value}」は、接続名として使用できません（英数字、ハイフン、アンダースコア、ピリオドを使って1～64文字）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>事前設定ファイル {path} では「{key}」が「{value}」にロックされていますが、「{wanted}」が指定されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>そのオプションを省略する（値は事前設定ファイルから取られます）か、事前設定ファイルの変更をIT担当者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>{app}のバージョン情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>会社のZoho Booksを、会社で使っているツールに接続します。IT部門の手を借りる必要はありません。

設定ファイル：{settings}
シークレット：このコンピューターのキーチェーン
Python {python}、Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>既定で使用する組織</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>接続を試す（読み取り専用）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>IT担当者向けの詳細</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Zohoの応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>応答の生データを表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>スクリプトから使う</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>ターミナルで、任意のツール用に新しいアクセストークンを取得するには：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>トークン取得コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>Pythonの場合：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Pythonの例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>シークレットは{keychain}に保存されています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Zoho Booksに問い合わせています…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Zohoの応答コード {code}（{message}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>{org}（{region}）に接続しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>Zoho Booksからの応答の生データ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>応答の生データ</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>どの種類のZohoクライアントを使いますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>ZohoのAPIコンソールに登録するアプリのことを、Zohoでは「クライアント」と呼びます。よくわからない場合は、最初の項目を選んでください。</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Zoho Booksの接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>このコンピューターには、次のZoho Booksへの接続が保存されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>接続を解除</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>別の接続を追加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>シークレットは{keychain}に保存されています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}：{org} — {region}、{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>組織なし</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>接続「{name}」をZoho側で終了し、このコンピューターから削除しますか？この接続を使っているツールは、もう一度接続するまで動作しなくなります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>このコンピューターからのみ削除</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>接続「{name}」を、Zoho側では終了せずに、このコンピューターから削除しますか？Zohoアカウントで削除するまで、接続はZoho側に残ります。</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>接続を承認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>コンソールで選んだ有効期間（Time&#xa0;Duration）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>生成されたコード</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>待機を中止(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Zohoのページで入力するコード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>ブラウザーのウィンドウが開かない場合は、このアドレスをブラウザーにコピーしてください：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>開くアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>Zohoのサインイン画面ではなく、「Invalid&#xa0;Client」または「Invalid&#xa0;Redirect&#xa0;Uri」という見出しのページが表示された場合は、入力した情報がZohoに登録されている内容と一致していません。「Zohoにエラーが表示された」を押して、表示された内容を選んでください。ブラウザーを閉じてしまった場合は、Zohoのページをもう一度開いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Zohoのページをもう一度開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>Zohoにエラーが表示された</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>ページに「{title}」と表示された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>その他のエラー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>&lt;a href=&quot;{console}&quot;&gt;ZohoのAPIコンソール&lt;/a&gt;でSelf&#xa0;Clientを開き、&lt;b&gt;Generate&#xa0;Code&lt;/b&gt;（コードの生成）を選びます。スコープに&lt;b&gt;{scope}&lt;/b&gt;を入力し（下からコピーできます）、有効期間を選んで「Create」を押してください。生成されたコードは、すぐにここに貼り付けてください。コードは選んだ時間しか使えません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>このコードで接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>アプリがZohoにコードを要求します。このデバイスまたは別のデバイスでZohoのページを開いてそのコードを入力し、接続を承認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Zohoからコードを取得</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>ブラウザーでZohoのページが開きます。必要に応じてサインインし、権限の内容を確認して&lt;b&gt;Accept&lt;/b&gt;（承認）を押してください。その後、この画面に戻ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>ブラウザーでZohoを開く</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>ブラウザーのウィンドウを開けませんでした。このアドレスをブラウザーにコピーしてください：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>Zohoのページで入力するコードは {code} です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>このページを開いてください（このアドレスをそのまま開くと、コードが自動で入力されます）：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>{name}のデータセンターで接続</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>承認の画面ではなく、Zohoのエラーページが表示されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>前のページ（「戻る」）でデータセンター、Client&#xa0;ID、リダイレクトアドレスを確認してから、もう一度接続してください。何度も起きる場合は、ZohoのページをIT担当者に見せてください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>このコードの残り時間：約{m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>操作をお待ちしています（残り{m}:{s:02d}）。</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>ZohoのAPIコンソールにアプリを登録</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>ブラウザーが開かない場合は、このアドレスをブラウザーにコピーしてください：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>ZohoのAPIコンソールのアドレス</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. ZohoのAPIコンソールを開きます（下のボタン）。
2. 「Add&#xa0;Client」を選び、次に「{kind}」を選びます。
3. 下の値をそのとおりに入力し、「Create」を押します。
4. ページは開いたままにしてください。次のステップで、そのページに表示されるClient&#xa0;IDとClient&#xa0;Secretを入力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. ZohoのAPIコンソールを開きます（下のボタン）。
2. 「Add&#xa0;Client」を選び、「{kind}」を選んで「Create」を押します。
3. ページは開いたままにしてください。次のステップで、そのClient&#xa0;IDとClient&#xa0;Secretを入力します。</translation>
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
        <translation>ブラウザーのウィンドウを開けませんでした。このアドレスをブラウザーにコピーしてください：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>ZohoのAPIコンソールを開く（{host}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>3つのリダイレクトアドレスをすべて追加してください（コンソールの「+」を使います）。アプリは、このコンピューターで空いている最初のアドレスで応答を待ち受けます。</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>{name}をコピー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>{name}をコピーしました</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>予期しない問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>アプリで予期しない問題が発生しました。データは失われていないので、このまま作業を続けられます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>再び発生した場合は、「詳細をコピー」を押して、その内容をIT担当者に送ってください（パスワードやキーは含まれません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>クライアントの情報を貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>「Create」を押した後にZohoのAPIコンソールに表示されたページから、コピーしてください。</translation>
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
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>Zohoのコンソールに、このクライアントのClient&#xa0;Secretは表示されなかった</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>練習用クライアントの情報を自動入力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>この接続に何を許可しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>フルアクセス（推奨）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>接続したツールが、Zoho Booksのデータを読み取り、変更できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>ツールは組織、取引先、請求書、品目、勘定科目、税率を読み取れますが、何も変更できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>この接続の名前</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>ZohoのClient&#xa0;IDではないようです（Client&#xa0;IDは「1000.」で始まる35文字です）。すべてコピーしたか確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>ZohoのClient&#xa0;Secretではないようです（Client&#xa0;Secretは英数字42文字です）。すべてコピーしたか確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>英数字と「-」「_」「.」のみを使用してください。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>問題：{what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>接続は正常に動作しています</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>図：{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>図</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>ZohoのAPIコンソールの図：{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>ZohoのAPIコンソールの図</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>練習モード — このコンピューター上の練習用Zohoを使用しています。実際のデータには一切影響しません。</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>Zohoアカウントはどこにありますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>Zohoでは、各アカウントが1つのデータセンターに保存されています。Zohoにサインインするページのアドレスを確認し、同じアドレスが表示されている行を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>アカウントが別のデータセンターにあった場合は、サインイン時にアプリが検出し、正しいデータセンターを使用します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — サインインページ {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>（練習用：{address}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>（{address}経由）</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — 練習モード</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>データセンターを確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Client&#xa0;IDを再入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Client&#xa0;IDとClient&#xa0;Secretを再入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>Zohoに登録する内容を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>権限を選び直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>最初に戻る</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>ウィザードを閉じますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>入力した内容は保存されません。まだ何も接続されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>ウィザードを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Zoho Booksを接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>このウィザードは、会社のZoho Booksを、会社で使っているツールに接続します。キーはこのコンピューター自体のキーチェーンに保存されます。最後に、Zoho Booksの組織を読み取って、接続が機能することを確認します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>必要なもの：Zoho Booksのサインイン情報と、ZohoのAPIコンソールへのアクセス（通常は同じサインイン情報で利用できます）。所要時間は約5分です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>自社のZoho Booksを接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>会社の実際のZoho Booksアカウントに接続します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>まず練習する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>このコンピューター上で動く練習用の模擬Zohoで、すべての手順を練習できます。実際のデータには一切影響せず、練習用の接続はアプリを閉じると削除されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>この接続は会社で準備済みです。データセンター、クライアントとそのキーは入力済みです。あとはZohoにサインインして、接続を承認するだけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>準備した担当者：{contact}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>設定を変更</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>ステップ {n}/{total}</translation>
    </message>
</context>
</TS>
