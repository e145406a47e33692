<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../build/plurals.py" line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+144"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/errors.py" line="+7"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln कॉल</numerusform>
            <numerusform>%Ln कॉल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/session.py" line="+143"/>
        <source>Zoho is busy: trying again in %n second(s)…</source>
        <translation>
            <numerusform>Zoho अभी व्यस्त है: %n सेकंड बाद फिर से कोशिश की जाएगी…</numerusform>
            <numerusform>Zoho अभी व्यस्त है: %n सेकंड बाद फिर से कोशिश की जाएगी…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+39"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n और</numerusform>
            <numerusform>%n और</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+62"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n संपर्क</numerusform>
            <numerusform>%n संपर्क</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n इनवॉइस</numerusform>
            <numerusform>%n इनवॉइस</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n आइटम</numerusform>
            <numerusform>%n आइटम</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+2"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n खाता</numerusform>
            <numerusform>%n खाते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../zoho_wizard/zoho/calls.py" line="+1"/>
        <source>%n tax(es)</source>
        <translation>
            <numerusform>%n कर</numerusform>
            <numerusform>%n कर</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/__init__.py" line="+10"/>
        <source>Zoho Books Connection Wizard</source>
        <translation>Zoho Books कनेक्शन विज़ार्ड</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/books.py" line="+48"/>
        <source>Zoho Books did not allow this connection to do that (Zoho said: {message}).</source>
        <translation>Zoho Books ने इस कनेक्शन को यह काम करने की अनुमति नहीं दी (Zoho का संदेश: {message})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books did not allow this connection to do that.</source>
        <translation>Zoho Books ने इस कनेक्शन को यह काम करने की अनुमति नहीं दी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection may do only what its permissions (chosen when connecting, for example read-only) and your role in Zoho Books allow: connect again with full access, or ask your Zoho Books administrator for a role that allows it.</source>
        <translation>कोई कनेक्शन केवल वही कर सकता है जिसकी अनुमति उसकी अनुमतियाँ (जो कनेक्ट करते समय चुनी गई थीं, जैसे “केवल पढ़ने के लिए”) और Zoho Books में आपकी भूमिका देती हैं। “पूरी पहुँच” चुनकर फिर से कनेक्ट करें, या अपने Zoho Books व्यवस्थापक से ऐसी भूमिका माँगें जिसमें यह अनुमति हो।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho Books refused this connection: it may belong to another data center, or lack permission for this.</source>
        <translation>Zoho Books ने यह कनेक्शन अस्वीकार कर दिया: हो सकता है कि यह किसी दूसरे डेटा सेंटर का हो, या इसे इस काम की अनुमति न हो।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again, choosing the data center where your Zoho Books account lives and full access.</source>
        <translation>फिर से कनेक्ट करें: वह डेटा सेंटर चुनें जिसमें आपका Zoho Books खाता है, और “पूरी पहुँच” चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho Books is limiting requests: too many were made in the last minute, or today&apos;s allowance is used up.</source>
        <translation>Zoho Books अनुरोधों को सीमित कर रहा है: पिछले एक मिनट में बहुत अधिक अनुरोध किए गए, या आज की सीमा पूरी हो चुकी है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a minute and try again; the daily allowance starts again tomorrow.</source>
        <translation>एक मिनट रुककर फिर से कोशिश करें। दैनिक सीमा कल फिर से नए सिरे से शुरू होगी।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books had a problem on its side.</source>
        <translation>Zoho Books की ओर से कोई समस्या हुई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Zoho user is not a member of this organization.</source>
        <translation>आपका Zoho उपयोगकर्ता इस संगठन का सदस्य नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another organization, or ask its administrator to invite you.</source>
        <translation>कोई दूसरा संगठन चुनें, या इस संगठन के व्यवस्थापक से आपको आमंत्रित करने के लिए कहें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books could not answer this request (Zoho said: {message}).</source>
        <translation>Zoho Books इस अनुरोध का उत्तर नहीं दे सका (Zoho का संदेश: {message})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books could not answer this request.</source>
        <translation>Zoho Books इस अनुरोध का उत्तर नहीं दे सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that Zoho Books is set up for this organization and data center, then try again.</source>
        <translation>जाँच लें कि इस संगठन और डेटा सेंटर के लिए Zoho Books सेट अप है, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoho Books sent an answer the app does not understand (HTTP 200).</source>
        <translation>Zoho Books ने ऐसा उत्तर भेजा जिसे ऐप समझ नहीं पाया (HTTP 200)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, show this message to your IT contact.</source>
        <translation>कुछ मिनट बाद फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो यह संदेश अपने IT सहायक को दिखाएँ।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/connection.py" line="+118"/>
        <source>This connection was made with a Client-based client, whose access lasts one hour, and that hour is over.</source>
        <translation>यह कनेक्शन क्लाइंट-आधारित क्लाइंट से बनाया गया था। ऐसे क्लाइंट की पहुँच केवल एक घंटे रहती है, और वह घंटा पूरा हो चुका है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (a Server-based client stays connected without this limit).</source>
        <translation>फिर से कनेक्ट करें (सर्वर-आधारित क्लाइंट पर यह सीमा नहीं होती, वह कनेक्ट रहता है)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait about ten minutes (Zoho counts new access over ten minutes), then try again.</source>
        <translation>लगभग दस मिनट रुकें (Zoho नई पहुँच के अनुरोध दस मिनट की अवधि में गिनता है), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking the connection with Zoho Books…</source>
        <translation>Zoho Books के साथ कनेक्शन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The previous connection was ended at Zoho.</source>
        <translation>पिछला कनेक्शन Zoho पर समाप्त कर दिया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous connection could not be ended at Zoho; it will stop working on its own when Zoho replaces it.</source>
        <translation>पिछला कनेक्शन Zoho पर समाप्त नहीं किया जा सका। जब Zoho उसे नए कनेक्शन से बदल देगा, तब वह अपने-आप काम करना बंद कर देगा।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection&apos;s keys are missing from the keychain, so the app cannot end it at Zoho, and nothing was removed.</source>
        <translation>इस कनेक्शन की कुंजियाँ कीचेन में नहीं हैं, इसलिए ऐप इसे Zoho पर समाप्त नहीं कर सकता। कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), then end it in your Zoho account or delete the client in Zoho&apos;s API console.</source>
        <translation>इसे केवल इस कंप्यूटर से हटाएँ (“केवल इस कंप्यूटर से हटाएँ” बटन; टर्मिनल में: zoho-wizard disconnect --forget), फिर इसे अपने Zoho खाते में समाप्त करें या Zoho के API कंसोल में क्लाइंट को हटा दें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho did not end the connection, so nothing was removed: {reason}</source>
        <translation>Zoho ने कनेक्शन समाप्त नहीं किया, इसलिए कुछ भी हटाया नहीं गया: {reason}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/errors.py" line="-132"/>
        <source>Something went wrong.</source>
        <translation>कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो अपने IT सहायक से मदद लें।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved connection “{name}” names a server that is not one of Zoho&apos;s known data centers ({host}), so the app sent nothing there.</source>
        <translation>सहेजे गए कनेक्शन “{name}” में ऐसा सर्वर ({host}) दिया गया है जो Zoho के किसी ज्ञात डेटा सेंटर का नहीं है, इसलिए ऐप ने वहाँ कुछ नहीं भेजा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file was changed outside the app: connect again, or remove this connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget).</source>
        <translation>सेटिंग फ़ाइल को ऐप के बाहर बदला गया है। फिर से कनेक्ट करें, या इस कनेक्शन को केवल इस कंप्यूटर से हटाएँ (“केवल इस कंप्यूटर से हटाएँ” बटन; टर्मिनल में: zoho-wizard disconnect --forget)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app could not reach Zoho.</source>
        <translation>ऐप Zoho से संपर्क नहीं कर सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet, then try again.</source>
        <translation>जाँच लें कि यह कंप्यूटर इंटरनेट से जुड़ा है, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app reached a server that could not prove it is Zoho: this computer does not trust its certificate.</source>
        <translation>ऐप जिस सर्वर तक पहुँचा, वह यह साबित नहीं कर सका कि वह Zoho है: यह कंप्यूटर उसके प्रमाणपत्र पर भरोसा नहीं करता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your company&apos;s network inspects secure connections (a proxy), ask your IT contact to install its certificate on this computer; otherwise check the network and try again.</source>
        <translation>अगर आपकी कंपनी का नेटवर्क सुरक्षित कनेक्शनों की जाँच करता है (प्रॉक्सी), तो अपने IT सहायक से उसका प्रमाणपत्र इस कंप्यूटर पर इंस्टॉल करने के लिए कहें। ऐसा न हो, तो नेटवर्क जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer pointed to a server that is not one of Zoho&apos;s known data centers, so the app stopped without sending your details there.</source>
        <translation>Zoho के उत्तर में ऐसे सर्वर का पता था जो Zoho के किसी ज्ञात डेटा सेंटर का नहीं है, इसलिए ऐप ने आपकी जानकारी वहाँ भेजे बिना काम रोक दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if this happens again, show this message to your IT contact.</source>
        <translation>कनेक्शन फिर से शुरू करें। अगर ऐसा दोबारा हो, तो यह संदेश अपने IT सहायक को दिखाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program on this computer is using every port the app can listen on for Zoho&apos;s answer.</source>
        <translation>इस कंप्यूटर पर कोई दूसरा प्रोग्राम वे सभी पोर्ट इस्तेमाल कर रहा है जिन पर ऐप Zoho के उत्तर की प्रतीक्षा कर सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close programs you do not need (or restart the computer), then try again.</source>
        <translation>जिन प्रोग्रामों की ज़रूरत नहीं है, उन्हें बंद करें (या कंप्यूटर को रीस्टार्ट करें), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not allow the app to listen on the port chosen for Zoho&apos;s answer (ports below 1024 need administrator rights).</source>
        <translation>यह कंप्यूटर ऐप को Zoho के उत्तर के लिए चुने गए पोर्ट पर प्रतीक्षा करने की अनुमति नहीं देता (1024 से कम वाले पोर्ट के लिए व्यवस्थापक अधिकार चाहिए)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a port from 1024 to 65535 with --port (and register its redirect address in Zoho&apos;s API console), or leave --port out.</source>
        <translation>--port से 1024 से 65535 तक का कोई पोर्ट चुनें (और उसका रीडायरेक्ट पता Zoho के API कंसोल में रजिस्टर करें), या --port न दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app waited for your approval in the browser, but it did not arrive in time.</source>
        <translation>ऐप ने ब्राउज़र में आपकी स्वीकृति का इंतज़ार किया, लेकिन वह समय पर नहीं मिली।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if Zoho showed its own error page instead (“Invalid Client” or “Invalid Redirect Uri”), check the data center and the redirect addresses registered in Zoho&apos;s API console first.</source>
        <translation>फिर से शुरू करें और Zoho के पेज पर Accept (स्वीकार करें) दबाएँ। अगर इसके बजाय Zoho ने अपना त्रुटि पेज (“Invalid&#xa0;Client” या “Invalid&#xa0;Redirect&#xa0;Uri”) दिखाया, तो पहले डेटा सेंटर और Zoho के API कंसोल में रजिस्टर किए गए रीडायरेक्ट पते जाँचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho reports that access was not allowed: the request was denied, or too many requests were made in a short time.</source>
        <translation>Zoho के अनुसार पहुँच की अनुमति नहीं मिली: या तो अनुरोध अस्वीकार किया गया, या कम समय में बहुत अधिक अनुरोध किए गए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and press Accept on Zoho&apos;s page; if you did press Accept, wait ten minutes and try again.</source>
        <translation>फिर से शुरू करें और Zoho के पेज पर Accept (स्वीकार करें) दबाएँ। अगर आपने Accept दबाया था, तो दस मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code from Zoho has expired or has already been used.</source>
        <translation>Zoho से मिले कोड की अवधि समाप्त हो गई है, या वह पहले ही इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again (for a Self Client, generate a new code in Zoho&apos;s API console) and finish within two minutes.</source>
        <translation>कनेक्शन फिर से शुरू करें (Self&#xa0;Client के लिए Zoho के API कंसोल में नया कोड बनाएँ) और दो मिनट के भीतर पूरा करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not recognise this Client ID in the data center you chose.</source>
        <translation>आपके चुने हुए डेटा सेंटर में Zoho इस Client&#xa0;ID को नहीं पहचानता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center first (it must be the one where you registered the client), then copy the Client ID again.</source>
        <translation>पहले डेटा सेंटर जाँचें (यह वही होना चाहिए जिसमें आपने क्लाइंट रजिस्टर किया था), फिर Client&#xa0;ID दोबारा कॉपी करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Client ID belongs to Zoho&apos;s {name} data center, not to {chosen}, the one chosen.</source>
        <translation>यह Client&#xa0;ID Zoho के {name} डेटा सेंटर का है, आपके चुने हुए डेटा सेंटर {chosen} का नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {name} as the data center and connect again.</source>
        <translation>डेटा सेंटर के रूप में {name} चुनें और फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho does not know this Client ID in any of its data centers: it was copied wrong, or the client was deleted.</source>
        <translation>Zoho के किसी भी डेटा सेंटर में यह Client&#xa0;ID नहीं है: या तो इसे गलत कॉपी किया गया, या क्लाइंट हटा दिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console (all of it); if the client is no longer listed there, create a new one.</source>
        <translation>Zoho के API कंसोल से पूरा Client&#xa0;ID दोबारा कॉपी करें। अगर क्लाइंट अब वहाँ सूची में नहीं है, तो नया क्लाइंट बनाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the Client Secret is wrong.</source>
        <translation>Zoho के अनुसार Client&#xa0;Secret गलत है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret again from Zoho&apos;s API console, without spaces, and paste it.</source>
        <translation>Zoho के API कंसोल से Client&#xa0;Secret दोबारा कॉपी करें और बिना स्पेस के यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho says the redirect URI does not match the one registered for your client.</source>
        <translation>Zoho के अनुसार रीडायरेक्ट URI आपके क्लाइंट के लिए रजिस्टर किए गए URI से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Zoho&apos;s API console, register exactly the redirect URI the app shows (same port, same path, &apos;localhost&apos;), then try again.</source>
        <translation>Zoho के API कंसोल में ठीक वही रीडायरेक्ट URI रजिस्टर करें जो ऐप दिखाता है (वही पोर्ट, वही पाथ, &apos;localhost&apos;), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho does not accept the permissions (scopes) the app asked for.</source>
        <translation>ऐप ने जो अनुमतियाँ (स्कोप) माँगीं, उन्हें Zoho स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the app&apos;s permission presets and try again.</source>
        <translation>ऐप में पहले से तय अनुमतियों में से कोई एक विकल्प चुनें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho is limiting how often this connection may ask for new access, because there were too many requests in a short time.</source>
        <translation>कम समय में बहुत अधिक अनुरोध होने के कारण Zoho ने सीमित कर दिया है कि यह कनेक्शन कितनी बार नई पहुँच माँग सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait about ten minutes, then try again; the app keeps using the access it already has.</source>
        <translation>लगभग दस मिनट रुकें, फिर दोबारा कोशिश करें। तब तक ऐप पहले से मिली पहुँच का इस्तेमाल करता रहेगा।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization ({calls} a day on its plan).</source>
        <translation>इस संगठन के लिए Zoho Books की आज की API कॉल सीमा पूरी हो चुकी है (इसके प्लान में प्रतिदिन {calls})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Books has used up today&apos;s allowance of API calls for this organization.</source>
        <translation>इस संगठन के लिए Zoho Books की आज की API कॉल सीमा पूरी हो चुकी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts again at {time} (in about {wait}); try again then, or ask your Zoho Books administrator about a plan with a larger allowance.</source>
        <translation>सीमा {time} बजे (लगभग {wait} बाद) फिर से शुरू होगी। तब दोबारा कोशिश करें, या अपने Zoho Books व्यवस्थापक से अधिक सीमा वाले प्लान के बारे में पूछें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoho refused the request.</source>
        <translation>Zoho ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the connection again; if it keeps happening, show this message to your IT contact.</source>
        <translation>कनेक्शन फिर से शुरू करें। अगर ऐसा बार-बार हो, तो यह संदेश अपने IT सहायक को दिखाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code shown for your device expired before it was approved.</source>
        <translation>आपके डिवाइस के लिए दिखाए गए कोड की अवधि स्वीकृति मिलने से पहले ही समाप्त हो गई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and enter the new code on Zoho&apos;s page within a few minutes.</source>
        <translation>फिर से शुरू करें और कुछ ही मिनटों के भीतर नया कोड Zoho के पेज पर दर्ज करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection&apos;s keys are missing from the keychain (they were removed, or never saved), so it cannot be renewed.</source>
        <translation>इस कनेक्शन की कुंजियाँ कीचेन में नहीं हैं (वे हटा दी गईं या कभी सहेजी ही नहीं गईं), इसलिए इसे नवीनीकृत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to make a fresh connection.</source>
        <translation>नया कनेक्शन बनाने के लिए फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection&apos;s Client Secret: it was changed, or the client was deleted, in Zoho&apos;s API console.</source>
        <translation>Zoho अब इस कनेक्शन का Client&#xa0;Secret स्वीकार नहीं करता: Zoho के API कंसोल में या तो इसे बदला गया है, या क्लाइंट हटा दिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again with the Client Secret that Zoho&apos;s API console shows now.</source>
        <translation>Zoho का API कंसोल अभी जो Client&#xa0;Secret दिखा रहा है, उसके साथ फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho no longer accepts this connection: it was disconnected or replaced elsewhere.</source>
        <translation>Zoho अब यह कनेक्शन स्वीकार नहीं करता: इसे कहीं और से डिस्कनेक्ट किया गया है या बदल दिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again to create a fresh connection.</source>
        <translation>नया कनेक्शन बनाने के लिए फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app could not reach Zoho to end the connection there, so nothing was removed.</source>
        <translation>कनेक्शन समाप्त करने के लिए ऐप Zoho से संपर्क नहीं कर सका, इसलिए कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s internet connection and try again; or remove the connection from this computer only (“Remove from this computer only”; in a terminal: zoho-wizard disconnect --forget), and Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>इस कंप्यूटर का इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें। या कनेक्शन को केवल इस कंप्यूटर से हटाएँ (“केवल इस कंप्यूटर से हटाएँ” बटन; टर्मिनल में: zoho-wizard disconnect --forget)। तब Zoho उसे तब तक रखेगा, जब तक उसे आपके Zoho खाते में हटाया न जाए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no saved connection with that name.</source>
        <translation>इस नाम का कोई सहेजा गया कनेक्शन नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect first, or check the connection (profile) name.</source>
        <translation>पहले कनेक्ट करें, या कनेक्शन (प्रोफ़ाइल) का नाम जाँचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keychain is available on this computer, and the app never stores secrets in a plain file.</source>
        <translation>इस कंप्यूटर पर कोई सुरक्षित कीचेन उपलब्ध नहीं है, और ऐप गोपनीय जानकारी कभी भी साधारण फ़ाइल में नहीं रखता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a keychain (GNOME Keyring or KWallet, e.g. &apos;apt install gnome-keyring&apos;); on Windows and macOS, sign in to your user account normally.</source>
        <translation>Linux पर कोई कीचेन इंस्टॉल करके अनलॉक करें (GNOME Keyring या KWallet, जैसे &apos;apt install gnome-keyring&apos;)। Windows और macOS पर अपने उपयोगकर्ता खाते में सामान्य तरीके से साइन इन करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain did not answer: it is probably locked or waiting for your password.</source>
        <translation>सिस्टम कीचेन ने उत्तर नहीं दिया: शायद वह लॉक है या आपके पासवर्ड का इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt), then try again.</source>
        <translation>अपना कीचेन अनलॉक करें (देखें कि कहीं पासवर्ड तो नहीं माँगा जा रहा), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/catcher.py" line="+59"/>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>स्वीकृति मिल गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho has sent your approval to the app.</source>
        <translation>Zoho ने आपकी स्वीकृति ऐप को भेज दी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab: the {app} finishes the connection where you started it (its window, or the terminal).</source>
        <translation>अब आप यह टैब बंद कर सकते हैं: {app} कनेक्शन वहीं पूरा करेगा जहाँ आपने उसे शुरू किया था (उसकी विंडो में या टर्मिनल में)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not from the connection the app is making right now.</source>
        <translation>यह लिंक उस कनेक्शन का नहीं है जो ऐप अभी बना रहा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and continue there, or start the connection again.</source>
        <translation>जहाँ आपने {app} शुरू किया था (उसकी विंडो या टर्मिनल), वहाँ लौटें और वहीं आगे बढ़ें, या कनेक्शन फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already finished</source>
        <translation>पहले ही पूरा हो चुका है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app has already received Zoho&apos;s answer for this connection.</source>
        <translation>ऐप को इस कनेक्शन के लिए Zoho का उत्तर पहले ही मिल चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to where you started the {app} (its window, or the terminal).</source>
        <translation>आप यह टैब बंद करके वहाँ लौट सकते हैं जहाँ आपने {app} शुरू किया था (उसकी विंडो या टर्मिनल)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer reached this computer without the details the app needs.</source>
        <translation>Zoho का उत्तर इस कंप्यूटर तक पहुँचा, लेकिन उसमें वह जानकारी नहीं थी जिसकी ऐप को ज़रूरत है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you started the {app} (its window, or the terminal) and start the connection again.</source>
        <translation>जहाँ आपने {app} शुरू किया था (उसकी विंडो या टर्मिनल), वहाँ लौटें और कनेक्शन फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passing Zoho&apos;s answer to the app…</source>
        <translation>Zoho का उत्तर ऐप तक पहुँचाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is no longer waiting for Zoho&apos;s answer. Go back to the {app} and start the connection again.</source>
        <translation>ऐप अब Zoho के उत्तर का इंतज़ार नहीं कर रहा है। {app} पर लौटें और कनेक्शन फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page needs JavaScript to pass Zoho&apos;s answer to the app. Turn on JavaScript for this page (or use another browser), then start the connection again.</source>
        <translation>Zoho का उत्तर ऐप तक पहुँचाने के लिए इस पेज को JavaScript की ज़रूरत है। इस पेज के लिए JavaScript चालू करें (या कोई दूसरा ब्राउज़र इस्तेमाल करें), फिर कनेक्शन दोबारा शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/flow.py" line="+30"/>
        <source>Your Zoho account lives in the {region} data center; continuing there.</source>
        <translation>आपका Zoho खाता {region} डेटा सेंटर में है; वहीं आगे बढ़ा जा रहा है।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Client ID is empty or contains spaces.</source>
        <translation>Client&#xa0;ID खाली है या उसमें स्पेस हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID again from Zoho&apos;s API console and paste it.</source>
        <translation>Zoho के API कंसोल से Client&#xa0;ID दोबारा कॉपी करके यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of client needs its Client Secret, and none was given.</source>
        <translation>इस प्रकार के क्लाइंट के लिए उसका Client&#xa0;Secret ज़रूरी है, पर वह नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client Secret from Zoho&apos;s API console and paste it.</source>
        <translation>Zoho के API कंसोल से Client&#xa0;Secret कॉपी करके यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Self Client needs the code generated in Zoho&apos;s API console, and none was given.</source>
        <translation>Self&#xa0;Client के लिए Zoho के API कंसोल में बनाया गया कोड ज़रूरी है, पर कोई कोड नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a code in Zoho&apos;s API console (Self Client, Generate Code) and paste it.</source>
        <translation>Zoho के API कंसोल में कोड बनाएँ (Self&#xa0;Client, फिर Generate&#xa0;Code) और उसे यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Exchanging the Self Client code with Zoho…</source>
        <translation>Self&#xa0;Client कोड के बदले Zoho से कुंजियाँ ली जा रही हैं…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Self Client code has expired (it lasts the 3 to 10 minutes chosen when it was generated) or was already used.</source>
        <translation>Self&#xa0;Client कोड की अवधि समाप्त हो गई है (कोड बनाते समय चुने गए 3 से 10 मिनट तक ही वह चलता है), या वह पहले ही इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client, Generate Code) and paste it straight away.</source>
        <translation>Zoho के API कंसोल में नया कोड बनाएँ (Self&#xa0;Client, फिर Generate&#xa0;Code) और उसे तुरंत यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho&apos;s answer did not contain an access token.</source>
        <translation>Zoho के उत्तर में एक्सेस टोकन नहीं था।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho&apos;s answer did not contain an authorization code.</source>
        <translation>Zoho के उत्तर में स्वीकृति कोड (authorization code) नहीं था।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the Client ID and the redirect address with Zoho…</source>
        <translation>Zoho के साथ Client&#xa0;ID और रीडायरेक्ट पता जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoho does not know this Client ID here; asking Zoho&apos;s other data centers…</source>
        <translation>यहाँ Zoho इस Client&#xa0;ID को नहीं पहचानता; Zoho के दूसरे डेटा सेंटरों से पूछा जा रहा है…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for you to approve the connection in your browser…</source>
        <translation>ब्राउज़र में कनेक्शन के लिए आपकी स्वीकृति का इंतज़ार है…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho approved the connection; collecting the keys…</source>
        <translation>Zoho ने कनेक्शन स्वीकृत कर दिया; कुंजियाँ ली जा रही हैं…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the code to be approved on Zoho&apos;s page…</source>
        <translation>Zoho के पेज पर कोड की स्वीकृति का इंतज़ार है…</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/probe.py" line="+86"/>
        <source>Zoho&apos;s {region} data center does not have the redirect address {address} registered for this client.</source>
        <translation>Zoho के {region} डेटा सेंटर में इस क्लाइंट के लिए रीडायरेक्ट पता {address} रजिस्टर नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Zoho&apos;s API console ({console}), open this client, add exactly {address} under Authorized Redirect URIs and press Update; then connect again.</source>
        <translation>Zoho के API कंसोल ({console}) में यह क्लाइंट खोलें, Authorized&#xa0;Redirect&#xa0;URIs (अधिकृत रीडायरेक्ट URI) में ठीक यही पता जोड़ें: {address}, और Update (अपडेट करें) दबाएँ। इसके बाद फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zoho&apos;s page said “Invalid Client”: the Zoho data center you signed in to does not know this Client ID.</source>
        <translation>Zoho के पेज पर “Invalid&#xa0;Client” (अमान्य क्लाइंट) लिखा था: आपने जिस Zoho डेटा सेंटर में साइन इन किया, वह इस Client&#xa0;ID को नहीं पहचानता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you registered the client in the {region} API console ({console}) and copied its Client ID whole; if your Zoho account lives in another data center, choose that one, or enable the client for it in the console (the client&apos;s Settings).</source>
        <translation>जाँच लें कि आपने क्लाइंट {region} API कंसोल ({console}) में रजिस्टर किया है और उसका पूरा Client&#xa0;ID कॉपी किया है। अगर आपका Zoho खाता किसी दूसरे डेटा सेंटर में है, तो वही डेटा सेंटर चुनें, या कंसोल में क्लाइंट को उस डेटा सेंटर के लिए चालू करें (क्लाइंट की Settings में)।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/oauth/tokens.py" line="+58"/>
        <source>Zoho refused the request and gave no reason.</source>
        <translation>Zoho ने अनुरोध अस्वीकार कर दिया और कोई कारण नहीं बताया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho refused the request (Zoho&apos;s reason: {reason}).</source>
        <translation>Zoho ने अनुरोध अस्वीकार कर दिया (Zoho का बताया कारण: {reason})।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Zoho sent an answer the app does not understand (HTTP {status}).</source>
        <translation>Zoho ने ऐसा उत्तर भेजा जिसे ऐप समझ नहीं पाया (HTTP {status})।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/keychain.py" line="+114"/>
        <source>The system keychain refused to save or remove one of the connection&apos;s secrets.</source>
        <translation>सिस्टम कीचेन ने कनेक्शन की कोई गोपनीय जानकारी सहेजने या हटाने से मना कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keychain (look for a password prompt) and allow the app to use it, then try again.</source>
        <translation>अपना कीचेन अनलॉक करें (देखें कि कहीं पासवर्ड तो नहीं माँगा जा रहा) और ऐप को उसका इस्तेमाल करने की अनुमति दें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain ({keychain}) reported an error, so the app could not use the connection&apos;s secrets.</source>
        <translation>सिस्टम कीचेन ({keychain}) ने त्रुटि बताई, इसलिए ऐप कनेक्शन की गोपनीय जानकारी का इस्तेमाल नहीं कर सका।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure your keychain is running and unlocked, then try again; if it keeps happening, ask your IT contact for help.</source>
        <translation>सुनिश्चित करें कि आपका कीचेन चल रहा है और अनलॉक है, फिर दोबारा कोशिश करें। अगर ऐसा बार-बार हो, तो अपने IT सहायक से मदद लें।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/store/profiles.py" line="+102"/>
        <source>Another copy of the app has been changing the saved connections for over {seconds} seconds.</source>
        <translation>ऐप की एक और कॉपी {seconds} सेकंड से अधिक समय से सहेजे गए कनेक्शन बदल रही है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished (or close it), then try again.</source>
        <translation>उसका काम पूरा होने तक रुकें (या उसे बंद करें), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This connection was replaced or removed while the app was using it.</source>
        <translation>ऐप जब इस कनेक्शन का इस्तेमाल कर रहा था, उसी दौरान इसे बदल दिया गया या हटा दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection again, or connect again, then retry.</source>
        <translation>कनेक्शन फिर से खोलें या फिर से कनेक्ट करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The app is not allowed to read its settings file {path}.</source>
        <translation>ऐप को अपनी सेटिंग फ़ाइल {path} पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user account access to that file (or ask your IT contact), then try again.</source>
        <translation>अपने उपयोगकर्ता खाते को उस फ़ाइल तक पहुँच दें (या अपने IT सहायक से कहें), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The app cannot read its settings file {path}: it is damaged or was changed by hand.</source>
        <translation>ऐप अपनी सेटिंग फ़ाइल {path} नहीं पढ़ पा रहा है: फ़ाइल खराब हो गई है या उसे हाथ से बदला गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that file to another folder (the app then starts with no saved connections) and connect again, or ask your IT contact to look at it.</source>
        <translation>उस फ़ाइल को किसी दूसरे फ़ोल्डर में ले जाएँ (तब ऐप बिना किसी सहेजे गए कनेक्शन के शुरू होगा) और फिर से कनेक्ट करें, या अपने IT सहायक से फ़ाइल देखने के लिए कहें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app could not save its settings file {path}.</source>
        <translation>ऐप अपनी सेटिंग फ़ाइल {path} सहेज नहीं सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may write to that folder, then try again.</source>
        <translation>जाँच लें कि डिस्क भरी हुई नहीं है और आपको उस फ़ोल्डर में लिखने की अनुमति है, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.</source>
        <translation>कनेक्शन के नाम में 1 से 64 तक अक्षर, अंक, डैश (-), अंडरस्कोर (_) या बिंदु (.) ही हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a name such as &apos;acme-books&apos; and try again.</source>
        <translation>&apos;acme-books&apos; जैसा कोई नाम चुनें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/context.py" line="+76"/>
        <source>The practice Zoho</source>
        <translation>अभ्यास Zoho</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+28"/>
        <source>In Zoho&apos;s API console, press ADD CLIENT (the first time, the button says Get Started). Zoho then shows five kinds of client as cards: Client-based Applications, Server-based Applications, Mobile-based Applications, Non-browser Applications and Self Client. Choose the card of the kind you chose here; the picture points at Server-based Applications, the recommended one.</source>
        <translation>Zoho के API कंसोल में ADD&#xa0;CLIENT (क्लाइंट जोड़ें) दबाएँ (पहली बार इस बटन पर Get&#xa0;Started लिखा होता है)। इसके बाद Zoho पाँच प्रकार के क्लाइंट कार्ड के रूप में दिखाता है: Client-based&#xa0;Applications, Server-based&#xa0;Applications, Mobile-based&#xa0;Applications, Non-browser&#xa0;Applications और Self&#xa0;Client। उसी प्रकार का कार्ड चुनें जो आपने यहाँ चुना है। चित्र में Server-based&#xa0;Applications की ओर इशारा है, जो अनुशंसित है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s form Create New Client, for Server-based Applications, has the fields Client Name, Homepage URL and Authorized Redirect URIs. Type the first redirect address, http://localhost:47321/callback, then press the + button beside it to get a new row for the next address, and so on for each address. Then press CREATE.</source>
        <translation>Server-based&#xa0;Applications के लिए Zoho के Create&#xa0;New&#xa0;Client (नया क्लाइंट बनाएँ) फ़ॉर्म में Client&#xa0;Name, Homepage&#xa0;URL और Authorized&#xa0;Redirect&#xa0;URIs फ़ील्ड होते हैं। पहला रीडायरेक्ट पता http://localhost:47321/callback टाइप करें, फिर उसके पास वाला + बटन दबाएँ, ताकि अगले पते के लिए नई पंक्ति मिल जाए; हर पते के लिए ऐसा ही करें। इसके बाद CREATE दबाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After you press CREATE, Zoho shows the client&apos;s page, open at its tab Client Secret. It shows the Client ID, which begins with 1000., and the Client Secret, each in a box with a copy icon beside it. Press a copy icon to copy that value, then paste it into this wizard.</source>
        <translation>CREATE दबाने के बाद Zoho क्लाइंट का पेज दिखाता है, जिसमें Client&#xa0;Secret टैब खुला होता है। वहाँ Client&#xa0;ID (जो 1000. से शुरू होता है) और Client&#xa0;Secret अलग-अलग बॉक्स में दिखते हैं, और हर बॉक्स के पास कॉपी आइकन होता है। कॉपी आइकन दबाकर वह मान कॉपी करें, फिर उसे इस विज़ार्ड में चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Self Client&apos;s page in Zoho&apos;s API console, open at its tab Generate Code. In Scope, type ZohoBooks.fullaccess.all; in Time Duration, choose 10 minutes; in Scope Description, type any description; then press CREATE. Zoho shows the generated code in a box with a copy icon: copy it and paste it into this wizard before those minutes run out.</source>
        <translation>Zoho के API कंसोल में Self&#xa0;Client का पेज, जिसमें Generate&#xa0;Code टैब खुला है। Scope में ZohoBooks.fullaccess.all टाइप करें; Time&#xa0;Duration (समय अवधि) में 10 मिनट चुनें; Scope&#xa0;Description (स्कोप का विवरण) में कोई भी विवरण लिखें; फिर CREATE दबाएँ। Zoho बनाया गया कोड कॉपी आइकन वाले एक बॉक्स में दिखाता है: उसे कॉपी करें और वे मिनट पूरे होने से पहले इस विज़ार्ड में चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Client, then the kind of client</source>
        <translation>Add&#xa0;Client, फिर क्लाइंट का प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect addresses and the + button</source>
        <translation>रीडायरेक्ट पते और + बटन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Client ID and Client Secret after Create</source>
        <translation>Create के बाद Client&#xa0;ID और Client&#xa0;Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Self Client&apos;s Generate Code</source>
        <translation>Self&#xa0;Client का Generate&#xa0;Code</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/calls.py" line="-7"/>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>खातों का चार्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>कर</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/clients.py" line="+103"/>
        <source>Server-based</source>
        <translation>सर्वर-आधारित</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server-based (recommended)</source>
        <translation>सर्वर-आधारित (अनुशंसित)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in through your browser once and the app stays connected. Needs the Client ID, the Client Secret and the redirect addresses the next page shows.</source>
        <translation>आप एक बार ब्राउज़र से साइन इन करते हैं और ऐप कनेक्ट रहता है। इसके लिए Client&#xa0;ID, Client&#xa0;Secret और अगले पेज पर दिखाए गए रीडायरेक्ट पते चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self Client</source>
        <translation>Self&#xa0;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser sign-in: you generate a short-lived code in Zoho&apos;s console and paste it here. Suits one company&apos;s own scripts. Needs the Client ID, the Client Secret and that code.</source>
        <translation>ब्राउज़र में साइन इन नहीं करना होता: आप Zoho के कंसोल में कुछ ही मिनट चलने वाला कोड बनाकर यहाँ चिपकाते हैं। किसी एक कंपनी की अपनी स्क्रिप्ट के लिए उपयुक्त। इसके लिए Client&#xa0;ID, Client&#xa0;Secret और वह कोड चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-browser (limited-input devices)</source>
        <translation>बिना ब्राउज़र (सीमित इनपुट वाले डिवाइस)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-browser</source>
        <translation>बिना ब्राउज़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer without a browser: the app shows a code that you enter on Zoho&apos;s page from any phone or computer. Needs the Client ID and the Client Secret.</source>
        <translation>बिना ब्राउज़र वाले कंप्यूटर के लिए: ऐप एक कोड दिखाता है, जिसे आप किसी भी फ़ोन या कंप्यूटर से Zoho के पेज पर दर्ज करते हैं। इसके लिए Client&#xa0;ID और Client&#xa0;Secret चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mobile-based (mobile and desktop apps)</source>
        <translation>मोबाइल-आधारित (मोबाइल और डेस्कटॉप ऐप)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if the console shows one, and the redirect addresses the next page shows.</source>
        <translation>सर्वर-आधारित जैसा ही, पर एक अतिरिक्त एक-बार की जाँच (PKCE) के साथ। इसके लिए Client&#xa0;ID, Client&#xa0;Secret (अगर कंसोल उसे दिखाए) और अगले पेज पर दिखाए गए रीडायरेक्ट पते चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client-based (JavaScript)</source>
        <translation>क्लाइंट-आधारित (JavaScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives access for one hour only, then you connect again. Choose it only if your IT contact asked for it. Needs the Client ID and the redirect addresses the next page shows.</source>
        <translation>केवल एक घंटे की पहुँच देता है, उसके बाद फिर से कनेक्ट करना होता है। इसे तभी चुनें जब आपके IT सहायक ने ऐसा कहा हो। इसके लिए Client&#xa0;ID और अगले पेज पर दिखाए गए रीडायरेक्ट पते चाहिए।</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/zoho/regions.py" line="+48"/>
        <source>United States</source>
        <translation>संयुक्त राज्य अमेरिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>यूरोप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>भारत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>ऑस्ट्रेलिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>जापान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>कनाडा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>सऊदी अरब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>यूनाइटेड किंगडम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>चीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>संयुक्त अरब अमीरात</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} is set to something that is not a web address.</source>
        <translation>{where} में ऐसा मान दिया गया है जो वेब पता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct that value (a text such as “https://accounts.zoho.eu”) or remove it.</source>
        <translation>उस मान को ठीक करें (जैसे “https://accounts.zoho.eu”) या उसे हटा दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is set to “{url}”, which is not an https:// address (plain http:// is allowed only for this computer).</source>
        <translation>{where} में “{url}” दिया गया है, जो https:// पता नहीं है (साधारण http:// की अनुमति केवल इसी कंप्यूटर के लिए है)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct that value or remove it.</source>
        <translation>उस मान को ठीक करें या उसे हटा दें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the file or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>फ़ाइल ठीक करें, या Zoho के अपने सर्वर इस्तेमाल करने के लिए {variable} हटा दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regions file {path} (named by {variable}) cannot be read.</source>
        <translation>क्षेत्र फ़ाइल {path} ({variable} में दी गई) पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions file {path} is not valid JSON ({problem}).</source>
        <translation>क्षेत्र फ़ाइल {path} मान्य JSON नहीं है ({problem})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions file {path}</source>
        <translation>क्षेत्र फ़ाइल {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} must hold an object keyed by region code.</source>
        <translation>{source} में ऐसा ऑब्जेक्ट होना चाहिए जिसकी कुंजियाँ क्षेत्र कोड हों।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it, or unset {variable} to use Zoho&apos;s own servers.</source>
        <translation>इसे ठीक करें, या Zoho के अपने सर्वर इस्तेमाल करने के लिए {variable} हटा दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names an unknown region “{code}”.</source>
        <translation>{source} में अज्ञात क्षेत्र “{code}” दिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {codes}.</source>
        <translation>इनमें से कोई एक इस्तेमाल करें: {codes}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has an unexpected value for region “{code}”.</source>
        <translation>{source} में क्षेत्र “{code}” के लिए अनपेक्षित मान है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it an object with only {keys}.</source>
        <translation>इसके लिए ऐसा ऑब्जेक्ट दें जिसमें केवल {keys} हों।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} in {source}</source>
        <translation>{source} की सेटिंग {setting}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+1"/>
        <source>{counted}: {names}</source>
        <translation>{counted}: {names}</translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/setup.py" line="+114"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard&apos;s pages yourself.</source>
        <translation>जिन्होंने सेटअप फ़ाइल तैयार की है (आपके IT सहायक), उनसे इसे ठीक करने के लिए कहें। तब तक विज़ार्ड के पेज खुद भरें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the app cannot be set up without it.</source>
        <translation>जिन्होंने सेटअप फ़ाइल तैयार की है (आपके IT सहायक), उनसे इसे ठीक करने के लिए कहें। यह फ़ाइल लॉक है, इसलिए इसके बिना ऐप को सेट अप नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setup file {path} does not exist.</source>
        <translation>सेटअप फ़ाइल {path} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file {path} cannot be read.</source>
        <translation>सेटअप फ़ाइल {path} पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setup file {path} is not valid JSON (line {line}).</source>
        <translation>सेटअप फ़ाइल {path} मान्य JSON नहीं है (पंक्ति {line})।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} does not hold settings between {{ and }}.</source>
        <translation>सेटअप फ़ाइल {path} में सेटिंग {{ और }} के बीच नहीं हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “locked” must be true or false.</source>
        <translation>सेटअप फ़ाइल {path} में “locked” का मान true या false होना चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setup file {path} has a setting the app does not know: “{key}”.</source>
        <translation>सेटअप फ़ाइल {path} में एक ऐसी सेटिंग है जिसे ऐप नहीं पहचानता: “{key}”।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “{key}” must be a text (in quotes), not empty.</source>
        <translation>सेटअप फ़ाइल {path} में “{key}” का मान टेक्स्ट (उद्धरण चिह्नों में) होना चाहिए, खाली नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “region” names no Zoho data center: “{value}” (it takes one of {codes}).</source>
        <translation>सेटअप फ़ाइल {path} में “region” का मान “{value}” किसी Zoho डेटा सेंटर का नाम नहीं है (इनमें से एक होना चाहिए: {codes})।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the setup file {path}, “client_type” names no kind of client: “{value}” (it takes one of {kinds}).</source>
        <translation>सेटअप फ़ाइल {path} में “client_type” का मान “{value}” क्लाइंट का कोई प्रकार नहीं है (इनमें से एक होना चाहिए: {kinds})।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the setup file {path}, “client_id” contains spaces.</source>
        <translation>सेटअप फ़ाइल {path} में दिए गए “client_id” में स्पेस हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “client_secret” is given for a kind of client that has none ({kind}).</source>
        <translation>सेटअप फ़ाइल {path} में “client_secret” दिया गया है, लेकिन इस प्रकार के क्लाइंट ({kind}) में यह नहीं होता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the setup file {path}, “scope” must be “full” or “read”, not “{value}”.</source>
        <translation>सेटअप फ़ाइल {path} में “scope” का मान “full” या “read” होना चाहिए, “{value}” नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the setup file {path}, “profile” is not a connection name: “{value}” (1 to 64 letters, digits, dashes, underscores or dots).</source>
        <translation>सेटअप फ़ाइल {path} में “profile” का मान “{value}” कनेक्शन का मान्य नाम नहीं है (1 से 64 तक अक्षर, अंक, डैश, अंडरस्कोर या बिंदु)।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The setup file {path} is locked to “{value}” for “{key}”, and “{wanted}” was asked for.</source>
        <translation>सेटअप फ़ाइल {path} में “{key}” के लिए “{value}” लॉक है, लेकिन “{wanted}” माँगा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave that option out (the setup file gives it), or ask your IT contact to change the setup file.</source>
        <translation>वह विकल्प न दें (सेटअप फ़ाइल उसे पहले से देती है), या अपने IT सहायक से सेटअप फ़ाइल बदलने के लिए कहें।</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../zoho_wizard/ui/about.py" line="+24"/>
        <source>About {app}</source>
        <translation>{app} का परिचय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects your company&apos;s Zoho Books to the tools it uses, without help from IT.

Settings file: {settings}
Secrets: your computer&apos;s keychain
Python {python}, Qt {qt}</source>
        <translation>IT की मदद के बिना आपकी कंपनी के Zoho Books को उन टूल से जोड़ता है जिनका आपकी कंपनी इस्तेमाल करती है।

सेटिंग फ़ाइल: {settings}
गोपनीय जानकारी: आपके कंप्यूटर का कीचेन
Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/calls_panel.py" line="+32"/>
        <location line="+3"/>
        <source>Organization used by default</source>
        <translation>डिफ़ॉल्ट रूप से इस्तेमाल होने वाला संगठन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the connection (read-only)</source>
        <translation>कनेक्शन आज़माएँ (केवल पढ़ने के लिए)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details for IT</source>
        <translation>IT के लिए विवरण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Zoho answered</source>
        <translation>Zoho ने क्या उत्तर दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw response</source>
        <translation>मूल उत्तर दिखाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use it from scripts</source>
        <translation>स्क्रिप्ट में इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A fresh access token for any tool, in a terminal:</source>
        <translation>किसी भी टूल के लिए नया एक्सेस टोकन, टर्मिनल में:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token command</source>
        <translation>टोकन कमांड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Python:</source>
        <translation>Python में:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python example</source>
        <translation>Python उदाहरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>गोपनीय जानकारी यहाँ रखी जाती है: {keychain}।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Zoho Books…</source>
        <translation>Zoho Books से पूछा जा रहा है…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho code {code} ({message})</source>
        <translation>Zoho कोड {code} ({message})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {org} ({region})</source>
        <translation>{org} ({region}) से कनेक्ट है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho Books</source>
        <translation>Zoho Books</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw response from Zoho Books</source>
        <translation>Zoho Books का मूल उत्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw response</source>
        <translation>मूल उत्तर</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/client_page.py" line="+18"/>
        <source>Which kind of Zoho client?</source>
        <translation>Zoho क्लाइंट किस प्रकार का हो?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho calls the app you register in its API console a “client”. If you are not sure, choose the first one.</source>
        <translation>आप Zoho के API कंसोल में जो ऐप रजिस्टर करते हैं, उसे Zoho “क्लाइंट” (client) कहता है। अगर आप निश्चित नहीं हैं, तो पहला विकल्प चुनें।</translation>
    </message>
</context>
<context>
    <name>ConnectionsWindow</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections_window.py" line="+46"/>
        <source>Zoho Books connections</source>
        <translation>Zoho Books कनेक्शन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These connections to Zoho Books are saved on this computer.</source>
        <translation>Zoho Books के ये कनेक्शन इस कंप्यूटर पर सहेजे गए हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>सहेजे गए कनेक्शन</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Reconnect</source>
        <translation>फिर से कनेक्ट करें</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+123"/>
        <source>Disconnect</source>
        <translation>डिस्कनेक्ट करें</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add another connection</source>
        <translation>एक और कनेक्शन जोड़ें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets are kept in: {keychain}.</source>
        <translation>गोपनीय जानकारी यहाँ रखी जाती है: {keychain}।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {org} — {region}, {kind}</source>
        <translation>{name}: {org} — {region}, {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organization</source>
        <translation>कोई संगठन नहीं</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Test the connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will stop working until you connect again.</source>
        <translation>कनेक्शन “{name}” को Zoho पर समाप्त करके इस कंप्यूटर से हटाएँ? इसका इस्तेमाल करने वाले टूल तब तक काम नहीं करेंगे, जब तक आप फिर से कनेक्ट नहीं करते।</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Remove from this computer only</source>
        <translation>केवल इस कंप्यूटर से हटाएँ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until it is removed in your Zoho account.</source>
        <translation>कनेक्शन “{name}” को Zoho पर समाप्त किए बिना केवल इस कंप्यूटर से हटाएँ? Zoho इसे तब तक रखेगा, जब तक इसे आपके Zoho खाते में हटाया न जाए।</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent_page.py" line="+36"/>
        <source>Allow the connection</source>
        <translation>कनेक्शन की अनुमति दें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>स्कोप</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time duration chosen in the console</source>
        <translation>कंसोल में चुनी गई समय अवधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minutes</source>
        <translation>{n} मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Generated code</source>
        <translation>बनाया गया कोड</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time duration</source>
        <translation>समय अवधि</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop &amp;waiting</source>
        <translation>इंतज़ार रोकें (&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code to enter on Zoho&apos;s page</source>
        <translation>Zoho के पेज पर दर्ज करने वाला कोड</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the code</source>
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is happening</source>
        <translation>क्या हो रहा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>अगर ब्राउज़र विंडो नहीं खुली, तो यह पता कॉपी करके अपने ब्राउज़र में चिपकाएँ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to open</source>
        <translation>खोलने के लिए पता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. If you closed the browser, open Zoho&apos;s page again.</source>
        <translation>अगर साइन-इन पेज की जगह Zoho “Invalid&#xa0;Client” या “Invalid&#xa0;Redirect&#xa0;Uri” शीर्षक वाला पेज दिखाए, तो दी गई जानकारी Zoho के रिकॉर्ड से मेल नहीं खाती: “Zoho ने त्रुटि दिखाई” दबाएँ और वही चुनें जो पेज पर लिखा था। अगर आपने ब्राउज़र बंद कर दिया है, तो “Zoho का पेज फिर से खोलें” दबाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Zoho&apos;s page again</source>
        <translation>Zoho का पेज फिर से खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho showed an error instead</source>
        <translation>Zoho ने त्रुटि दिखाई</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page said “{title}”</source>
        <translation>पेज पर “{title}” लिखा था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another error</source>
        <translation>कोई दूसरी त्रुटि</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In &lt;a href=&quot;{console}&quot;&gt;Zoho&apos;s API console&lt;/a&gt;, open your Self Client, choose &lt;b&gt;Generate Code&lt;/b&gt;, enter the scope &lt;b&gt;{scope}&lt;/b&gt; (copy it below), pick a time duration and press Create. Then paste the code here straight away: it works only for the minutes you chose.</source>
        <translation>&lt;a href=&quot;{console}&quot;&gt;Zoho के API कंसोल&lt;/a&gt; में अपना Self&#xa0;Client खोलें, &lt;b&gt;Generate&#xa0;Code&lt;/b&gt; (कोड बनाएँ) चुनें, स्कोप &lt;b&gt;{scope}&lt;/b&gt; दर्ज करें (इसे नीचे से कॉपी करें), समय अवधि चुनें और Create दबाएँ। फिर कोड तुरंत यहाँ चिपकाएँ: यह केवल उतने ही मिनट काम करता है जितने आपने चुने हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with this code</source>
        <translation>इस कोड से कनेक्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app asks Zoho for a code. Enter that code on Zoho&apos;s page, from this or any other device, and approve the connection there.</source>
        <translation>ऐप Zoho से एक कोड माँगता है। वह कोड इस या किसी दूसरे डिवाइस से Zoho के पेज पर दर्ज करें, और वहीं कनेक्शन को स्वीकृति दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a code from Zoho</source>
        <translation>Zoho से कोड लें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your browser opens Zoho&apos;s page. Sign in there if asked, check the permissions and press &lt;b&gt;Accept&lt;/b&gt;. Then come back here.</source>
        <translation>आपके ब्राउज़र में Zoho का पेज खुलेगा। पूछे जाने पर वहाँ साइन इन करें, अनुमतियाँ जाँचें और &lt;b&gt;Accept&lt;/b&gt; (स्वीकार करें) दबाएँ। फिर यहाँ लौट आएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Zoho in my browser</source>
        <translation>मेरे ब्राउज़र में Zoho खोलें</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No browser window could be opened. Copy this address into your browser:</source>
        <translation>ब्राउज़र विंडो नहीं खुल सकी। यह पता कॉपी करके अपने ब्राउज़र में चिपकाएँ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code to enter on Zoho&apos;s page is {code}.</source>
        <translation>Zoho के पेज पर दर्ज करने वाला कोड: {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page (the code is filled in when you open this exact address):</source>
        <translation>यह पेज खोलें (ठीक यही पता खोलने पर कोड अपने-आप भर जाता है):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Use {name} and connect</source>
        <translation>{name} डेटा सेंटर चुनकर कनेक्ट करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoho showed an error page instead of asking for your approval.</source>
        <translation>आपकी स्वीकृति माँगने के बजाय Zoho ने त्रुटि वाला पेज दिखाया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), then connect again; if it keeps happening, show Zoho&apos;s page to your IT contact.</source>
        <translation>पिछले पेजों पर (“पीछे” बटन से) डेटा सेंटर, Client&#xa0;ID और रीडायरेक्ट पते जाँचें, फिर दोबारा कनेक्ट करें। अगर ऐसा बार-बार हो, तो Zoho का पेज अपने IT सहायक को दिखाएँ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About {m}:{s:02d} left to use this code.</source>
        <translation>इस कोड के इस्तेमाल के लिए लगभग {m}:{s:02d} बचे हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: {m}:{s:02d} left.</source>
        <translation>आपका इंतज़ार है: {m}:{s:02d} बचे हैं।</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/console_page.py" line="+27"/>
        <source>Register the app in Zoho&apos;s API console</source>
        <translation>Zoho के API कंसोल में ऐप रजिस्टर करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If no browser opens, copy this address into your browser:</source>
        <translation>अगर ब्राउज़र नहीं खुलता, तो यह पता कॉपी करके अपने ब्राउज़र में चिपकाएँ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of Zoho&apos;s API console</source>
        <translation>Zoho के API कंसोल का पता</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”.
3. Type the values below exactly, then press Create.
4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.</source>
        <translation>1. Zoho का API कंसोल खोलें (नीचे वाला बटन)।
2. Add&#xa0;Client (क्लाइंट जोड़ें) चुनें, फिर “{kind}”।
3. नीचे दिए गए मान ठीक वैसे ही टाइप करें, फिर Create दबाएँ।
4. पेज खुला रखें: अगले चरण में उस पेज पर दिखने वाले Client&#xa0;ID और Client&#xa0;Secret चाहिए होंगे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Open Zoho&apos;s API console (the button below).
2. Choose Add Client, then “{kind}”, then Create.
3. Keep the page open: the next step asks for its Client ID and Client Secret.</source>
        <translation>1. Zoho का API कंसोल खोलें (नीचे वाला बटन)।
2. Add&#xa0;Client (क्लाइंट जोड़ें) चुनें, फिर “{kind}”, फिर Create।
3. पेज खुला रखें: अगले चरण में उसका Client&#xa0;ID और Client&#xa0;Secret चाहिए होगा।</translation>
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
        <translation>ब्राउज़र विंडो नहीं खुल सकी। यह पता कॉपी करके अपने ब्राउज़र में चिपकाएँ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Zoho&apos;s API console ({host})</source>
        <translation>Zoho का API कंसोल खोलें ({host})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add all three redirect addresses (use “+” in the console): the app listens on the first one that is free on this computer.</source>
        <translation>तीनों रीडायरेक्ट पते जोड़ें (कंसोल में “+” का इस्तेमाल करें): इनमें से जो पता इस कंप्यूटर पर सबसे पहले खाली मिलता है, ऐप उसी पर उत्तर की प्रतीक्षा करता है।</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+129"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {name}</source>
        <translation>{name} कॉपी करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {name}</source>
        <translation>{name} कॉपी हो गया</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../zoho_wizard/ui/crash.py" line="+30"/>
        <source>Unexpected problem</source>
        <translation>अनपेक्षित समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met a problem it did not expect. Nothing was lost, and you can keep working.</source>
        <translation>ऐप के सामने एक अनपेक्षित समस्या आई। कुछ भी खोया नहीं है, और आप काम जारी रख सकते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys are included).</source>
        <translation>अगर ऐसा फिर से हो, तो “विवरण कॉपी करें” दबाएँ और विवरण अपने IT सहायक को भेजें (इसमें कोई पासवर्ड या कुंजी शामिल नहीं होती)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/credentials_page.py" line="+39"/>
        <source>Paste the client&apos;s details</source>
        <translation>क्लाइंट की जानकारी चिपकाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy them from the page Zoho&apos;s API console showed after you pressed Create.</source>
        <translation>इन्हें उस पेज से कॉपी करें जो Create दबाने के बाद Zoho के API कंसोल ने दिखाया था।</translation>
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
        <translation>Client&#xa0;Secret दिखाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho&apos;s console showed no Client Secret for this client</source>
        <translation>Zoho के कंसोल ने इस क्लाइंट के लिए कोई Client&#xa0;Secret नहीं दिखाया</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fill in the practice client&apos;s details for me</source>
        <translation>अभ्यास क्लाइंट की जानकारी मेरे लिए भर दें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What may the connection do?</source>
        <translation>कनेक्शन क्या-क्या कर सकता है?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full access (recommended)</source>
        <translation>पूरी पहुँच (अनुशंसित)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connected tools can read and change your Zoho Books data.</source>
        <translation>जुड़े हुए टूल आपका Zoho Books डेटा पढ़ और बदल सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>केवल पढ़ने के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools can read organizations, contacts, invoices, items, accounts and taxes, and change nothing.</source>
        <translation>टूल संगठन, संपर्क, इनवॉइस, आइटम, खाते और कर पढ़ सकते हैं, पर कुछ भी बदल नहीं सकते।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Name for this connection</source>
        <translation>इस कनेक्शन का नाम</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This does not look like a Zoho Client ID (they start with “1000.” and have 35 characters). Check that you copied all of it.</source>
        <translation>यह Zoho Client&#xa0;ID जैसा नहीं लगता (Client&#xa0;ID “1000.” से शुरू होता है और उसमें 35 अक्षर होते हैं)। जाँच लें कि आपने पूरा कॉपी किया है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a Zoho Client Secret (42 letters and digits). Check that you copied all of it.</source>
        <translation>यह Zoho Client&#xa0;Secret जैसा नहीं लगता (इसमें 42 अक्षर और अंक होते हैं)। जाँच लें कि आपने पूरा कॉपी किया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits, “-”, “_” or “.” only.</source>
        <translation>केवल अक्षर, अंक, “-”, “_” या “.” इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+43"/>
        <source>Problem: {what}</source>
        <translation>समस्या: {what}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finish_page.py" line="+14"/>
        <source>Your connection works</source>
        <translation>आपका कनेक्शन काम कर रहा है</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../zoho_wizard/ui/illustration.py" line="+101"/>
        <source>Illustration: {title}</source>
        <translation>चित्र: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Illustration of Zoho&apos;s API console: {title}.</source>
        <translation>Zoho के API कंसोल का चित्र: {title}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustration of Zoho&apos;s API console.</source>
        <translation>Zoho के API कंसोल का चित्र।</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="+42"/>
        <source>Lan&amp;guage:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location line="-28"/>
        <source>PRACTICE — you are using the practice Zoho on this computer; nothing real is touched.</source>
        <translation>अभ्यास — आप इस कंप्यूटर पर अभ्यास Zoho का इस्तेमाल कर रहे हैं; असली डेटा पर कोई असर नहीं होगा।</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/region_page.py" line="+20"/>
        <source>Where is your Zoho account?</source>
        <translation>आपका Zoho खाता कहाँ है?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoho keeps each account in one data center. Look at the address of the page where you sign in to Zoho, and choose the line that shows the same address.</source>
        <translation>Zoho हर खाते को किसी एक डेटा सेंटर में रखता है। जिस पेज पर आप Zoho में साइन इन करते हैं, उसका पता देखें और वह पंक्ति चुनें जिसमें वही पता दिखता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center</source>
        <translation>डेटा सेंटर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If your account turns out to live elsewhere, the app notices when you sign in and uses the right one.</source>
        <translation>अगर आपका खाता किसी दूसरे डेटा सेंटर में निकला, तो साइन इन करते समय ऐप यह पहचान लेगा और सही डेटा सेंटर इस्तेमाल करेगा।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} — sign-in page {host}</source>
        <translation>{name} — साइन-इन पेज {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(practice: {address})</source>
        <translation>(अभ्यास: {address})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(through {address})</source>
        <translation>({address} के ज़रिए)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="+45"/>
        <source>&amp;About</source>
        <translation>परिचय (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>आगे (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>समाप्त (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source> — PRACTICE</source>
        <translation> — अभ्यास</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Check the data center</source>
        <translation>डेटा सेंटर जाँचें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID again</source>
        <translation>Client&#xa0;ID फिर से दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Client ID and Secret again</source>
        <translation>Client&#xa0;ID और Client&#xa0;Secret फिर से दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what to register in Zoho</source>
        <translation>दिखाएँ कि Zoho में क्या रजिस्टर करना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the permissions again</source>
        <translation>अनुमतियाँ फिर से चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <translation>शुरुआत पर लौटें</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close the wizard?</source>
        <translation>विज़ार्ड बंद करें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered is not kept, and nothing has been connected yet.</source>
        <translation>आपने जो दर्ज किया है, वह सहेजा नहीं जाएगा, और अभी तक कुछ भी कनेक्ट नहीं हुआ है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the wizard</source>
        <translation>विज़ार्ड बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep going</source>
        <translation>जारी रखें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome_page.py" line="+23"/>
        <source>Connect Zoho Books</source>
        <translation>Zoho Books कनेक्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your company&apos;s Zoho Books to the tools your company uses. It keeps the keys in this computer&apos;s own keychain, and at the end it proves the connection works by reading your Zoho Books organizations.</source>
        <translation>यह विज़ार्ड आपकी कंपनी के Zoho Books को उन टूल से जोड़ता है जिनका आपकी कंपनी इस्तेमाल करती है। यह कुंजियों को इसी कंप्यूटर के अपने कीचेन में रखता है, और अंत में आपके Zoho Books संगठनों को पढ़कर दिखाता है कि कनेक्शन काम कर रहा है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need: your Zoho Books sign-in, and access to Zoho&apos;s API console (the same sign-in usually works). It takes about five minutes.</source>
        <translation>आपको चाहिए: आपका Zoho Books साइन-इन, और Zoho के API कंसोल तक पहुँच (आम तौर पर वही साइन-इन काम करता है)। इसमें लगभग पाँच मिनट लगते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect my Zoho Books</source>
        <translation>मेरा Zoho Books कनेक्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your company&apos;s real Zoho Books account.</source>
        <translation>अपनी कंपनी का असली Zoho Books खाता कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice first</source>
        <translation>पहले अभ्यास करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse every step on a pretend Zoho that runs on this computer. Nothing real is touched, and the practice connection is removed when you close the app.</source>
        <translation>इसी कंप्यूटर पर चलने वाले अभ्यास Zoho पर हर चरण आज़माकर देखें। असली डेटा पर कोई असर नहीं होगा, और ऐप बंद करने पर अभ्यास कनेक्शन हटा दिया जाएगा।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your company has prepared this connection: the data center, the client and its keys are filled in. You only sign in to Zoho and approve the connection.</source>
        <translation>आपकी कंपनी ने यह कनेक्शन तैयार कर दिया है: डेटा सेंटर, क्लाइंट और उसकी कुंजियाँ पहले से भरी हुई हैं। आपको केवल Zoho में साइन इन करके कनेक्शन को स्वीकृति देनी है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by: {contact}.</source>
        <translation>तैयार करने वाले: {contact}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the settings</source>
        <translation>सेटिंग बदलें</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="+151"/>
        <source>Step {n} of {total}</source>
        <translation>चरण {n} / {total}</translation>
    </message>
</context>
</TS>
