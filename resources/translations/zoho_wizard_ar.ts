<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln استدعاء</numerusform>
            <numerusform>%Ln استدعاء</numerusform>
            <numerusform>%Ln استدعاءان</numerusform>
            <numerusform>%Ln استدعاءات</numerusform>
            <numerusform>%Ln استدعاءً</numerusform>
            <numerusform>%Ln استدعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثانية…</numerusform>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثانية…</numerusform>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثانيتين…</numerusform>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثوانٍ…</numerusform>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثانية…</numerusform>
            <numerusform>Zoho مشغول: ستُعاد المحاولة بعد %n ثانية…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n فاتورة</numerusform>
            <numerusform>%n فاتورة</numerusform>
            <numerusform>%n فاتورتان</numerusform>
            <numerusform>%n فواتير</numerusform>
            <numerusform>%n فاتورة</numerusform>
            <numerusform>%n فاتورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n صنف</numerusform>
            <numerusform>%n صنف</numerusform>
            <numerusform>%n صنفان</numerusform>
            <numerusform>%n أصناف</numerusform>
            <numerusform>%n صنفًا</numerusform>
            <numerusform>%n صنف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حساب</numerusform>
            <numerusform>%n حسابان</numerusform>
            <numerusform>%n حسابات</numerusform>
            <numerusform>%n حسابًا</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n ضريبة</numerusform>
            <numerusform>%n ضريبة</numerusform>
            <numerusform>%n ضريبتان</numerusform>
            <numerusform>%n ضرائب</numerusform>
            <numerusform>%n ضريبة</numerusform>
            <numerusform>%n ضريبة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>معالج ربط Zoho Books</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>لم يسمح Zoho Books لهذا الاتصال بتنفيذ هذا الإجراء (رسالة Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>لم يسمح Zoho Books لهذا الاتصال بتنفيذ هذا الإجراء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>لا يستطيع الاتصال أن ينفّذ إلا ما تسمح به صلاحياته (التي اختيرت عند إنشائه، مثل «للقراءة فقط») ودورك في Zoho Books: أعد الاتصال مع اختيار «وصول كامل»، أو اطلب من مسؤول Zoho Books دورًا يسمح بذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>رفض Zoho Books هذا الاتصال: ربما يتبع مركز بيانات آخر، أو لا يملك صلاحية لهذا الإجراء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>أعد الاتصال، واختر مركز البيانات الذي يوجد فيه حسابك في Zoho Books، مع «وصول كامل».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>يحدّ Zoho Books من الطلبات حاليًا: أُرسل عدد كبير منها خلال الدقيقة الأخيرة، أو نفدت حصة اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>انتظر دقيقة ثم حاول مجددًا؛ تتجدد الحصة اليومية غدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>حدثت مشكلة لدى Zoho Books.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>مستخدم Zoho الخاص بك ليس عضوًا في هذه المؤسسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>اختر مؤسسة أخرى، أو اطلب من مسؤولها أن يدعوك إليها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>تعذّر على Zoho Books الرد على هذا الطلب (رسالة Zoho: {message}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>تعذّر على Zoho Books الرد على هذا الطلب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>تحقق من أن Zoho Books مُعدّ لهذه المؤسسة ولمركز البيانات هذا، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>أرسل Zoho Books ردًا لا يفهمه التطبيق (HTTP 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>حاول مجددًا بعد بضع دقائق؛ وإذا تكرر ذلك، فاعرض هذه الرسالة على مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>أُنشئ هذا الاتصال بعميل من نوع «قائم على العميل»، ووصوله يدوم ساعة واحدة فقط، وقد انقضت هذه الساعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>أعد الاتصال (العميل من نوع «قائم على الخادم» يبقى متصلًا دون هذا القيد).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>انتظر نحو عشر دقائق (يحتسب Zoho طلبات الوصول الجديدة على مدى عشر دقائق)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>جارٍ التحقق من الاتصال بـ Zoho Books…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>أُنهي الاتصال السابق لدى Zoho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>تعذّر إنهاء الاتصال السابق لدى Zoho؛ وسيتوقف عن العمل من تلقاء نفسه عندما يستبدله Zoho.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>مفاتيح هذا الاتصال غير موجودة في سلسلة المفاتيح، لذا لا يستطيع التطبيق إنهاءه لدى Zoho، ولم يُحذف أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>أزِله من هذا الجهاز فقط («إزالة من هذا الجهاز فقط»؛ أو في الطرفية: zoho-wizard disconnect --forget)، ثم أنهِه من حسابك في Zoho أو احذف العميل من وحدة تحكم API لدى Zoho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>لم يُنهِ Zoho الاتصال، لذا لم يُحذف أي شيء: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>حاول مجددًا؛ وإذا تكرر ذلك، فاطلب المساعدة من مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>يشير الاتصال المحفوظ «{name}» إلى خادم ليس من مراكز بيانات Zoho المعروفة ({host})، لذا لم يرسل التطبيق إليه شيئًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>عُدّل ملف الإعدادات من خارج التطبيق: أعد الاتصال، أو أزِل هذا الاتصال من هذا الجهاز فقط («إزالة من هذا الجهاز فقط»؛ أو في الطرفية: zoho-wizard disconnect --forget).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>تعذّر على التطبيق الوصول إلى Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>تحقق من اتصال هذا الجهاز بالإنترنت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>وصل التطبيق إلى خادم لم يستطع إثبات أنه Zoho: هذا الجهاز لا يثق بشهادته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>إذا كانت شبكة شركتك تفحص الاتصالات الآمنة (عبر خادم وكيل)، فاطلب من مسؤول تقنية المعلومات لديك تثبيت شهادتها على هذا الجهاز؛ وإلا فتحقق من الشبكة وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>أشار رد Zoho إلى خادم ليس من مراكز بيانات Zoho المعروفة، لذا توقف التطبيق دون أن يرسل بياناتك إليه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>ابدأ الاتصال من جديد؛ وإذا حدث ذلك مرة أخرى، فاعرض هذه الرسالة على مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>يستخدم برنامج آخر على هذا الجهاز كل المنافذ التي يمكن للتطبيق أن يستقبل عليها رد Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>أغلق البرامج التي لا تحتاج إليها (أو أعد تشغيل الجهاز)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>لا يسمح هذا الجهاز للتطبيق باستقبال رد Zoho على المنفذ المختار (المنافذ الأقل من 1024 تتطلب صلاحيات المسؤول).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>اختر منفذًا من 1024 إلى 65535 باستخدام --port (وسجّل عنوان إعادة التوجيه الخاص به في وحدة تحكم API لدى Zoho)، أو لا تستخدم --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>انتظر التطبيق موافقتك في المتصفح، لكنها لم تصل في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>ابدأ من جديد واضغط Accept (قبول) في صفحة Zoho؛ وإذا عرض Zoho بدلًا من ذلك صفحة خطأ خاصة به («Invalid&#xa0;Client» أو «Invalid&#xa0;Redirect&#xa0;Uri»)، فتحقق أولًا من مركز البيانات ومن عناوين إعادة التوجيه المسجّلة في وحدة تحكم API لدى Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>يفيد Zoho بأن الوصول لم يُسمح به: إما أن الطلب رُفض، وإما أن طلبات كثيرة أُرسلت في وقت قصير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>ابدأ من جديد واضغط Accept (قبول) في صفحة Zoho؛ وإذا كنت قد ضغطت Accept فعلًا، فانتظر عشر دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>انتهت صلاحية الرمز الوارد من Zoho أو سبق استخدامه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>ابدأ الاتصال من جديد (وفي حالة Self&#xa0;Client، أنشئ رمزًا جديدًا في وحدة تحكم API لدى Zoho) وأكمل الخطوات خلال دقيقتين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>لا يتعرّف Zoho على Client&#xa0;ID هذا في مركز البيانات الذي اخترته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>تحقق أولًا من مركز البيانات (يجب أن يكون المركز الذي سجّلت فيه العميل)، ثم انسخ Client&#xa0;ID مجددًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>ينتمي Client&#xa0;ID هذا إلى مركز بيانات {name} لدى Zoho، وليس إلى مركز البيانات المختار ({chosen}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>اختر مركز بيانات {name} ثم أعد الاتصال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>لا يتعرّف Zoho على Client&#xa0;ID هذا في أي من مراكز بياناته: إما أنه نُسخ بشكل خاطئ، وإما أن العميل حُذف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>انسخ Client&#xa0;ID مجددًا من وحدة تحكم API لدى Zoho (كاملًا)؛ وإذا لم يعد العميل مدرجًا هناك، فأنشئ عميلًا جديدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>يفيد Zoho بأن Client&#xa0;Secret غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>انسخ Client&#xa0;Secret مجددًا من وحدة تحكم API لدى Zoho، دون مسافات، ثم الصقه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>يفيد Zoho بأن عنوان إعادة التوجيه لا يطابق العنوان المسجّل للعميل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>في وحدة تحكم API لدى Zoho، سجّل عنوان إعادة التوجيه تمامًا كما يعرضه التطبيق (المنفذ نفسه، والمسار نفسه، و«localhost»)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>لا يقبل Zoho الصلاحيات (النطاقات) التي طلبها التطبيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>اختر إحدى مجموعات الصلاحيات الجاهزة في التطبيق، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>يحدّ Zoho من عدد المرات التي يمكن فيها لهذا الاتصال طلب وصول جديد، لأن طلبات كثيرة أُرسلت في وقت قصير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>انتظر نحو عشر دقائق، ثم حاول مجددًا؛ وسيواصل التطبيق استخدام الوصول المتاح له حاليًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>استنفد Zoho Books حصة اليوم من استدعاءات API لهذه المؤسسة ({calls} يوميًا في خطتها).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>استنفد Zoho Books حصة اليوم من استدعاءات API لهذه المؤسسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>تتجدد الحصة في {time} (بعد نحو {wait})؛ حاول مجددًا حينها، أو اسأل مسؤول Zoho Books عن خطة بحصة أكبر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>رفض Zoho الطلب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>ابدأ الاتصال من جديد؛ وإذا تكرر ذلك، فاعرض هذه الرسالة على مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>انتهت صلاحية الرمز المعروض لجهازك قبل الموافقة عليه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>ابدأ من جديد وأدخل الرمز الجديد في صفحة Zoho خلال بضع دقائق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>مفاتيح هذا الاتصال غير موجودة في سلسلة المفاتيح (إما أنها أُزيلت، وإما أنها لم تُحفظ أصلًا)، لذا لا يمكن تجديده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>أعد الاتصال لإنشاء اتصال جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>لم يعد Zoho يقبل Client&#xa0;Secret الخاص بهذا الاتصال: فإما أنه تغيّر، وإما أن العميل حُذف، في وحدة تحكم API لدى Zoho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>أعد الاتصال باستخدام Client&#xa0;Secret الذي تعرضه وحدة تحكم API لدى Zoho الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>لم يعد Zoho يقبل هذا الاتصال: فقد قُطع أو استُبدل من مكان آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>أعد الاتصال لإنشاء اتصال جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>تعذّر على التطبيق الوصول إلى Zoho لإنهاء الاتصال هناك، لذا لم يُحذف أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>تحقق من اتصال هذا الجهاز بالإنترنت وحاول مجددًا؛ أو أزِل الاتصال من هذا الجهاز فقط («إزالة من هذا الجهاز فقط»؛ أو في الطرفية: zoho-wizard disconnect --forget)، وسيحتفظ به Zoho إلى أن يُزال من حسابك في Zoho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>لا يوجد اتصال محفوظ بهذا الاسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>أنشئ الاتصال أولًا، أو تحقق من اسم الاتصال (ملف التعريف).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>لا تتوفر سلسلة مفاتيح آمنة على هذا الجهاز، والتطبيق لا يحفظ البيانات السرية أبدًا في ملف عادي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>على Linux، ثبّت سلسلة مفاتيح وافتح قفلها (GNOME Keyring أو KWallet، مثلًا «apt install gnome-keyring»)؛ وعلى Windows وmacOS، سجّل الدخول إلى حساب المستخدم الخاص بك كالمعتاد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام: ربما هي مقفلة أو تنتظر كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>افتح قفل سلسلة المفاتيح (ابحث عن نافذة تطلب كلمة المرور)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>لم يتم الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>أرسل Zoho موافقتك إلى التطبيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>يمكنك إغلاق علامة التبويب هذه: سيُكمل {app} الاتصال حيث بدأته (في نافذته، أو في الطرفية).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>هذا الرابط لا يخص الاتصال الذي يُجريه التطبيق الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>ارجع إلى حيث شغّلت {app} (في نافذته، أو في الطرفية) وتابع هناك، أو ابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>اكتمل بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>تلقّى التطبيق رد Zoho على هذا الاتصال من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>يمكنك إغلاق علامة التبويب هذه والرجوع إلى حيث شغّلت {app} (في نافذته، أو في الطرفية).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>وصل رد Zoho إلى هذا الجهاز دون البيانات التي يحتاج إليها التطبيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>ارجع إلى حيث شغّلت {app} (في نافذته، أو في الطرفية) وابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>جارٍ نقل رد Zoho إلى التطبيق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>لم يعد التطبيق ينتظر رد Zoho. ارجع إلى {app} وابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>تحتاج هذه الصفحة إلى JavaScript لنقل رد Zoho إلى التطبيق. فعّل JavaScript لهذه الصفحة (أو استخدم متصفحًا آخر)، ثم ابدأ الاتصال من جديد.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>حسابك في Zoho موجود في مركز بيانات {region}؛ وستتم المتابعة هناك.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>حقل Client&#xa0;ID فارغ أو يحتوي على مسافات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>انسخ Client&#xa0;ID مجددًا من وحدة تحكم API لدى Zoho والصقه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>يحتاج هذا النوع من العملاء إلى Client&#xa0;Secret، ولم يُدخَل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>انسخ Client&#xa0;Secret من وحدة تحكم API لدى Zoho والصقه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>يحتاج Self&#xa0;Client إلى الرمز الذي يُنشأ في وحدة تحكم API لدى Zoho، ولم يُدخَل أي رمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>أنشئ رمزًا في وحدة تحكم API لدى Zoho (Self&#xa0;Client، ثم Generate&#xa0;Code) والصقه.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>جارٍ استبدال رمز Self&#xa0;Client لدى Zoho…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>انتهت صلاحية رمز Self&#xa0;Client (فهو صالح للمدة التي اختيرت عند إنشائه، من 3 إلى 10 دقائق) أو سبق استخدامه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>أنشئ رمزًا جديدًا في وحدة تحكم API لدى Zoho (Self&#xa0;Client، ثم Generate&#xa0;Code) والصقه فورًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>لم يتضمن رد Zoho رمز وصول.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>لم يتضمن رد Zoho رمز تفويض.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>جارٍ التحقق من Client&#xa0;ID وعنوان إعادة التوجيه لدى Zoho…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>لا يتعرّف Zoho على Client&#xa0;ID هذا هنا؛ جارٍ السؤال في مراكز بيانات Zoho الأخرى…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>في انتظار موافقتك على الاتصال في المتصفح…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>وافق Zoho على الاتصال؛ جارٍ استلام المفاتيح…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>في انتظار الموافقة على الرمز في صفحة Zoho…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>عنوان إعادة التوجيه {address} غير مسجّل لهذا العميل في مركز بيانات {region} لدى Zoho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>في وحدة تحكم API لدى Zoho ({console})، افتح هذا العميل، وأضف {address} كما هو تمامًا تحت Authorized&#xa0;Redirect&#xa0;URIs (عناوين إعادة التوجيه المعتمدة) واضغط Update (تحديث)؛ ثم أعد الاتصال.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>ظهر في صفحة Zoho «Invalid&#xa0;Client»: مركز بيانات Zoho الذي سجّلت الدخول إليه لا يعرف Client&#xa0;ID هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>تحقق من أنك سجّلت العميل في وحدة تحكم API لمركز بيانات {region} ({console}) وأنك نسخت Client&#xa0;ID الخاص به كاملًا؛ وإذا كان حسابك في Zoho موجودًا في مركز بيانات آخر، فاختره، أو فعّل العميل لذلك المركز في وحدة التحكم (في إعدادات العميل، Settings).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>رفض Zoho الطلب دون ذكر السبب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>رفض Zoho الطلب (السبب بحسب Zoho: {reason}).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>أرسل Zoho ردًا لا يفهمه التطبيق (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>رفضت سلسلة مفاتيح النظام حفظ إحدى البيانات السرية للاتصال أو إزالتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>افتح قفل سلسلة المفاتيح (ابحث عن نافذة تطلب كلمة المرور) واسمح للتطبيق باستخدامها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>أبلغت سلسلة مفاتيح النظام ({keychain}) عن خطأ، لذا تعذّر على التطبيق استخدام البيانات السرية للاتصال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>تأكد من أن سلسلة المفاتيح تعمل وأن قفلها مفتوح، ثم حاول مجددًا؛ وإذا تكرر ذلك، فاطلب المساعدة من مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>تعدّل نسخة أخرى من التطبيق الاتصالات المحفوظة منذ أكثر من {seconds} ثانية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>انتظر حتى تنتهي (أو أغلقها)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>استُبدل هذا الاتصال أو أُزيل أثناء استخدام التطبيق له.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>افتح الاتصال مجددًا، أو أعد الاتصال، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>لا يُسمح للتطبيق بقراءة ملف إعداداته {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>امنح حساب المستخدم الخاص بك صلاحية الوصول إلى هذا الملف (أو اطلب ذلك من مسؤول تقنية المعلومات لديك)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>لا يستطيع التطبيق قراءة ملف إعداداته {path}: فهو تالف أو عُدّل يدويًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>انقل هذا الملف إلى مجلد آخر (وسيبدأ التطبيق حينها دون اتصالات محفوظة) ثم أعد الاتصال، أو اطلب من مسؤول تقنية المعلومات لديك فحصه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>تعذّر على التطبيق حفظ ملف إعداداته {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>تأكد من أن القرص غير ممتلئ وأن لديك صلاحية الكتابة في هذا المجلد، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>يجب أن يتكون اسم الاتصال من 1 إلى 64 حرفًا، من الحروف اللاتينية أو الأرقام أو الشرطات (-) أو الشرطات السفلية (_) أو النقاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>اختر اسمًا مثل «acme-books» ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>نسخة Zoho التدريبية</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>في وحدة تحكم API لدى Zoho، اضغط ADD&#xa0;CLIENT (في المرة الأولى يحمل الزر اسم Get&#xa0;Started). يعرض Zoho بعد ذلك خمسة أنواع من العملاء في بطاقات: Client-based&#xa0;Applications، وServer-based&#xa0;Applications، وMobile-based&#xa0;Applications، وNon-browser&#xa0;Applications، وSelf&#xa0;Client. اختر بطاقة النوع الذي اخترته هنا؛ وتشير الصورة إلى Server-based&#xa0;Applications، وهو النوع الموصى به.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>يحتوي نموذج Zoho المسمّى Create&#xa0;New&#xa0;Client (إنشاء عميل جديد)، الخاص بـ Server-based&#xa0;Applications، على الحقول Client&#xa0;Name وHomepage&#xa0;URL وAuthorized&#xa0;Redirect&#xa0;URIs. اكتب أول عنوان لإعادة التوجيه، http://localhost:47321/callback، ثم اضغط الزر + بجانبه لإضافة صف جديد للعنوان التالي، وهكذا لكل عنوان. ثم اضغط CREATE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>بعد الضغط على CREATE، يعرض Zoho صفحة العميل مفتوحة على تبويب Client&#xa0;Secret. وتظهر فيها قيمة Client&#xa0;ID التي تبدأ بـ «1000.» وقيمة Client&#xa0;Secret، كلٌّ منهما في مربع بجانبه أيقونة نسخ. اضغط أيقونة النسخ لنسخ القيمة، ثم الصقها في هذا المعالج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>صفحة Self&#xa0;Client في وحدة تحكم API لدى Zoho، مفتوحة على تبويب Generate&#xa0;Code. في حقل Scope اكتب ZohoBooks.fullaccess.all؛ وفي Time&#xa0;Duration اختر 10 دقائق؛ وفي Scope&#xa0;Description اكتب أي وصف؛ ثم اضغط CREATE. يعرض Zoho الرمز المُنشأ في مربع بجانبه أيقونة نسخ: انسخه والصقه في هذا المعالج قبل انقضاء تلك الدقائق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>Add&#xa0;Client، ثم نوع العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>عناوين إعادة التوجيه والزر +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>Client&#xa0;ID وClient&#xa0;Secret بعد الضغط على Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>تبويب Generate&#xa0;Code في Self&#xa0;Client</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>دليل الحسابات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>قائم على الخادم (Server-based)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>قائم على الخادم (Server-based) — موصى به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>تسجّل الدخول عبر المتصفح مرة واحدة، ويبقى التطبيق متصلًا. يحتاج إلى Client&#xa0;ID وClient&#xa0;Secret وعناوين إعادة التوجيه التي تعرضها الصفحة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>دون تسجيل دخول عبر المتصفح: تُنشئ رمزًا قصير الأجل في وحدة تحكم Zoho وتلصقه هنا. يناسب البرامج النصية الخاصة بشركة واحدة. يحتاج إلى Client&#xa0;ID وClient&#xa0;Secret وذلك الرمز.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>بدون متصفح (Non-browser) — أجهزة محدودة الإدخال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>بدون متصفح (Non-browser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>لجهاز لا يتوفر فيه متصفح: يعرض التطبيق رمزًا تُدخله في صفحة Zoho من أي هاتف أو حاسوب. يحتاج إلى Client&#xa0;ID وClient&#xa0;Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>قائم على الجوال (Mobile-based) — تطبيقات الجوال وسطح المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>مثل «قائم على الخادم»، مع تحقق إضافي لمرة واحدة (PKCE). يحتاج إلى Client&#xa0;ID، وClient&#xa0;Secret إن عرضته وحدة التحكم، وعناوين إعادة التوجيه التي تعرضها الصفحة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>قائم على العميل (Client-based) — JavaScript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>يمنح وصولًا لمدة ساعة واحدة فقط، ثم تعيد الاتصال. لا تختره إلا إذا طلبه منك مسؤول تقنية المعلومات لديك. يحتاج إلى Client&#xa0;ID وعناوين إعادة التوجيه التي تعرضها الصفحة التالية.</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>اليابان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>المملكة العربية السعودية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>الصين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>قيمة {where} ليست عنوان ويب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>صحّح هذه القيمة (نص مثل «https://accounts.zoho.eu») أو احذفها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>قيمة {where} هي «{url}»، وهذا ليس عنوان https:// (ولا يُسمح بعنوان http:// العادي إلا لهذا الجهاز).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>صحّح هذه القيمة أو احذفها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>صحّح الملف أو ألغِ تعيين {variable} لاستخدام خوادم Zoho نفسها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>تتعذّر قراءة ملف المناطق {path} (المحدد في {variable}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>ملف المناطق {path} ليس ملف JSON صالحًا ({problem}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>ملف المناطق {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>يجب أن يحتوي {source} على كائن مفاتيحه رموز المناطق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>صحّحه، أو ألغِ تعيين {variable} لاستخدام خوادم Zoho نفسها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>يذكر {source} منطقة غير معروفة: «{code}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>استخدم أحد الرموز التالية: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>يحتوي {source} على قيمة غير متوقعة للمنطقة «{code}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>اجعل قيمتها كائنًا لا يحتوي إلا على {keys}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{setting} في {source}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}: {names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>اطلب من الشخص الذي أعدّ ملف الإعداد المسبق (مسؤول تقنية المعلومات لديك) أن يصحّحه؛ وإلى أن يتم ذلك، املأ صفحات المعالج بنفسك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>اطلب من الشخص الذي أعدّ ملف الإعداد المسبق (مسؤول تقنية المعلومات لديك) أن يصحّحه: فهذا الملف مقفل، ولا يمكن إعداد التطبيق بدونه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>ملف الإعداد المسبق {path} غير موجود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>تتعذّر قراءة ملف الإعداد المسبق {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>ملف الإعداد المسبق {path} ليس ملف JSON صالحًا (السطر {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>لا يحتوي ملف الإعداد المسبق {path} على إعدادات بين {{ و }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>في ملف الإعداد المسبق {path}، يجب أن تكون قيمة «locked» هي true أو false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>يحتوي ملف الإعداد المسبق {path} على إعداد لا يعرفه التطبيق: «{key}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>في ملف الإعداد المسبق {path}، يجب أن تكون قيمة «{key}» نصًا غير فارغ (بين علامتي تنصيص).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>في ملف الإعداد المسبق {path}، لا تشير قيمة «region» إلى أي مركز بيانات لدى Zoho: «{value}» (يجب أن تكون أحد الرموز التالية: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>في ملف الإعداد المسبق {path}، لا تشير قيمة «client_type» إلى أي نوع من أنواع العملاء: «{value}» (يجب أن تكون أحد الأنواع التالية: {kinds}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>في ملف الإعداد المسبق {path}، تحتوي قيمة «client_id» على مسافات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>في ملف الإعداد المسبق {path}، أُعطيت قيمة «client_secret» لنوع عميل لا يستخدمها ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>في ملف الإعداد المسبق {path}، يجب أن تكون قيمة «scope» هي «full» أو «read»، لا «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>في ملف الإعداد المسبق {path}، قيمة «profile» ليست اسم اتصال صالحًا: «{value}» (من 1 إلى 64 حرفًا، من الحروف اللاتينية أو الأرقام أو الشرطات أو الشرطات السفلية أو النقاط).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>ملف الإعداد المسبق {path} مقفل على القيمة «{value}» للإعداد «{key}»، لكن طُلبت القيمة «{wanted}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>لا تستخدم هذا الخيار (فملف الإعداد المسبق يحدد قيمته)، أو اطلب من مسؤول تقنية المعلومات لديك تغيير ملف الإعداد المسبق.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>يربط Zoho Books الخاص بشركتك بالأدوات التي تستخدمها، دون الحاجة إلى مساعدة فريق تقنية المعلومات.

ملف الإعدادات: {settings}
البيانات السرية: سلسلة المفاتيح في جهازك
Python {python}، Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>المؤسسة المستخدمة افتراضيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>تجربة الاتصال (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>تفاصيل لفريق تقنية المعلومات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>كيف ردّ Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>عرض الرد الأصلي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>الاستخدام من البرامج النصية</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>رمز وصول جديد لأي أداة، من الطرفية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>أمر رمز الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>في Python:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>مثال Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>تُحفظ البيانات السرية في: {keychain}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>جارٍ الاستعلام من Zoho Books…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>رمز Zoho {code} ({message})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} مللي ثانية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>متصل بـ {org} ({region})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>الرد الأصلي من Zoho Books</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>الرد الأصلي</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>ما نوع عميل Zoho؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>يسمّي Zoho التطبيق الذي تسجّله في وحدة تحكم API لديه «عميلًا» (client). إذا لم تكن متأكدًا، فاختر الخيار الأول.</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>اتصالات Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>هذه الاتصالات بـ Zoho Books محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>الاتصالات المحفوظة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>إضافة اتصال آخر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>تُحفظ البيانات السرية في: {keychain}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}: {org} — {region}، {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>بلا مؤسسة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>هل تريد إنهاء الاتصال «{name}» لدى Zoho وإزالته من هذا الجهاز؟ ستتوقف الأدوات التي تستخدمه عن العمل إلى أن تعيد الاتصال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>إزالة من هذا الجهاز فقط</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>هل تريد إزالة الاتصال «{name}» من هذا الجهاز دون إنهائه لدى Zoho؟ سيحتفظ به Zoho إلى أن يُزال من حسابك في Zoho.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>السماح بالاتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>النطاق (Scope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>المدة الزمنية المختارة في وحدة التحكم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n} دقائق</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>الرمز المُنشأ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>المدة الزمنية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>إيقاف الانتظار (&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>الرمز المطلوب إدخاله في صفحة Zoho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>ما يجري الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>إذا لم تُفتح نافذة المتصفح، فانسخ هذا العنوان إلى المتصفح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>العنوان المطلوب فتحه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>إذا عرض Zoho صفحة عنوانها «Invalid&#xa0;Client» أو «Invalid&#xa0;Redirect&#xa0;Uri» بدلًا من صفحة تسجيل الدخول، فالبيانات لا تطابق ما يعرفه Zoho: اضغط «عرض Zoho خطأً بدلًا من ذلك» واختر ما ظهر في الصفحة. وإذا أغلقت المتصفح، فافتح صفحة Zoho مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>فتح صفحة Zoho مجددًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>عرض Zoho خطأً بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>ظهر في الصفحة: «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>خطأ آخر</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>في &lt;a href=&quot;{console}&quot;&gt;وحدة تحكم API لدى Zoho&lt;/a&gt;، افتح Self&#xa0;Client الخاص بك، واختر &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (إنشاء رمز)، وأدخل النطاق &lt;b&gt;{scope}&lt;/b&gt; (انسخه من الأسفل)، واختر مدة زمنية، ثم اضغط Create. بعد ذلك الصق الرمز هنا فورًا: فهو لا يعمل إلا خلال الدقائق التي اخترتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>الاتصال بهذا الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>يطلب التطبيق رمزًا من Zoho. أدخل هذا الرمز في صفحة Zoho، من هذا الجهاز أو من أي جهاز آخر، ووافق على الاتصال هناك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>الحصول على رمز من Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>سيفتح المتصفح صفحة Zoho. سجّل الدخول هناك إذا طُلب منك ذلك، وراجع الصلاحيات، ثم اضغط &lt;b&gt;Accept&lt;/b&gt; (قبول). بعد ذلك عُد إلى هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>فتح Zoho في المتصفح</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>تعذّر فتح نافذة المتصفح. انسخ هذا العنوان إلى المتصفح:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>الرمز المطلوب إدخاله في صفحة Zoho هو {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>افتح هذه الصفحة (يُملأ الرمز تلقائيًا عند فتح هذا العنوان بالضبط):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>استخدام {name} والاتصال</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>عرض Zoho صفحة خطأ بدلًا من طلب موافقتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>تحقق من مركز البيانات وClient&#xa0;ID وعناوين إعادة التوجيه في الصفحات السابقة (بزر «رجوع»)، ثم أعد الاتصال؛ وإذا تكرر ذلك، فاعرض صفحة Zoho على مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>بقي نحو {m}:{s:02d} لاستخدام هذا الرمز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>في انتظارك: بقي {m}:{s:02d}.</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>تسجيل التطبيق في وحدة تحكم API لدى Zoho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>إذا لم يُفتح المتصفح، فانسخ هذا العنوان إلى المتصفح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>عنوان وحدة تحكم API لدى Zoho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. افتح وحدة تحكم API لدى Zoho (بالزر أدناه).
2. اختر Add&#xa0;Client، ثم «{kind}».
3. اكتب القيم أدناه كما هي تمامًا، ثم اضغط Create.
4. أبقِ الصفحة مفتوحة: ستطلب الخطوة التالية قيمتَي Client&#xa0;ID وClient&#xa0;Secret اللتين تعرضهما.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. افتح وحدة تحكم API لدى Zoho (بالزر أدناه).
2. اختر Add&#xa0;Client، ثم «{kind}»، ثم Create.
3. أبقِ الصفحة مفتوحة: ستطلب الخطوة التالية قيمتَي Client&#xa0;ID وClient&#xa0;Secret المعروضتين فيها.</translation>
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
        <translation>تعذّر فتح نافذة المتصفح. انسخ هذا العنوان إلى المتصفح:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>فتح وحدة تحكم API لدى Zoho ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>أضف عناوين إعادة التوجيه الثلاثة كلها (استخدم «+» في وحدة التحكم): يستقبل التطبيق الرد على أول عنوان متاح منها على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>نسخ {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>تم نسخ {name}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>واجه التطبيق مشكلة لم تكن متوقعة. لم يُفقد أي شيء، ويمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>إذا حدث ذلك مجددًا، فاضغط «نسخ التفاصيل» وأرسلها إلى مسؤول تقنية المعلومات لديك (لا تتضمن أي كلمات مرور أو مفاتيح).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>الصق بيانات العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>انسخها من الصفحة التي عرضتها وحدة تحكم API لدى Zoho بعد الضغط على Create.</translation>
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
        <translation>إظهار القيمة السرية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>لم تعرض وحدة تحكم Zoho أي Client&#xa0;Secret لهذا العميل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>املأ بيانات العميل التدريبي نيابةً عني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>ما الذي يُسمح للاتصال بفعله؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>وصول كامل (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>يمكن للأدوات المتصلة قراءة بياناتك في Zoho Books وتعديلها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>يمكن للأدوات قراءة المؤسسات وجهات الاتصال والفواتير والأصناف والحسابات والضرائب، دون تغيير أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>اسم هذا الاتصال</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>لا يبدو هذا Client&#xa0;ID صادرًا من Zoho (فهو يبدأ بـ «1000.» ويتكون من 35 حرفًا). تحقق من أنك نسخته كاملًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>لا يبدو هذا Client&#xa0;Secret صادرًا من Zoho (فهو يتكون من 42 حرفًا ورقمًا). تحقق من أنك نسخته كاملًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>استخدم الحروف اللاتينية والأرقام و«-» و«_» و«.» فقط.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>المشكلة: {what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>اتصالك يعمل</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>رسم توضيحي: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>رسم توضيحي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>رسم توضيحي لوحدة تحكم API لدى Zoho: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>رسم توضيحي لوحدة تحكم API لدى Zoho.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>تدريب — تستخدم الآن نسخة Zoho التدريبية على هذا الجهاز؛ لن يتأثر أي شيء حقيقي.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>أين يوجد حسابك في Zoho؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>يحفظ Zoho كل حساب في مركز بيانات واحد. انظر إلى عنوان الصفحة التي تسجّل الدخول منها إلى Zoho، واختر السطر الذي يعرض العنوان نفسه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>مركز البيانات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>إذا تبيّن أن حسابك في مركز بيانات آخر، فسيلاحظ التطبيق ذلك عند تسجيل الدخول ويستخدم المركز الصحيح.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — صفحة تسجيل الدخول {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(تدريب: {address})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>(عبر {address})</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>حول (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>التالي (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>إنهاء (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — تدريب</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>التحقق من مركز البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>إدخال Client&#xa0;ID مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>إدخال Client&#xa0;ID وClient&#xa0;Secret مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>عرض ما يجب تسجيله في Zoho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>اختيار الصلاحيات مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>هل تريد إغلاق المعالج؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>لن يُحفظ ما أدخلته، ولم يُنشأ أي اتصال بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>إغلاق المعالج (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>متابعة (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>ربط Zoho Books</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>يربط هذا المعالج Zoho Books الخاص بشركتك بالأدوات التي تستخدمها الشركة. ويحفظ المفاتيح في سلسلة المفاتيح الخاصة بهذا الجهاز، وفي النهاية يتأكد من أن الاتصال يعمل بقراءة مؤسساتك في Zoho Books.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>ستحتاج إلى: بيانات تسجيل الدخول إلى Zoho Books، وإمكانية الوصول إلى وحدة تحكم API لدى Zoho (تصلح لها عادةً بيانات تسجيل الدخول نفسها). يستغرق ذلك نحو خمس دقائق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>ربط حسابي في Zoho Books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>اربط حساب Zoho Books الفعلي لشركتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>التدرّب أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>جرّب كل خطوة على نسخة Zoho تدريبية تعمل على هذا الجهاز. لن يتأثر أي شيء حقيقي، ويُزال اتصال التدريب عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>أعدّت شركتك هذا الاتصال مسبقًا: مركز البيانات والعميل ومفاتيحه مُدخلة بالفعل. ما عليك إلا تسجيل الدخول إلى Zoho والموافقة على الاتصال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>أعدّه: {contact}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>الخطوة {n} من {total}</translation>
    </message>
</context>
</TS>
