"""The probe's second part, written AFTER the first part's general fixes and never used to tune a
rule: it tells how much of the first part's gain carries to wording the fixes did not see
(labels.toml marks these items `part = "fresh"`)."""

# ruff: noqa: E501

FRESH_MAIL: list[dict] = [
    dict(name="v-en-vps-tender-img", cls="phishing", kind="rfq-lure", lang="en", p="vps",
         **{"from": ("Tender Committee", "tenders@al-noor-contracting.com")}, ip="45.95.147.210",
         date="2026-11-26 11:00 +0300", subj="Invitation to tender T-2291 - valves supply",
         attach=["Tender_Documents_T-2291.img"],
         body="""Dear Supplier,

You are invited to submit your bid for tender T-2291. The tender documents are attached. Closing date is 10 December 2026.

Tender Committee"""),
    dict(name="v-es-gmail-comprobante", cls="phishing", kind="invoice-lure", lang="es", p="gmail",
         **{"from": ("Tesorería Grupo Norte", "tesoreria.gruponorte@gmail.com")}, ip="",
         date="2026-11-26 12:00 -0500", subj="Aviso de pago realizado",
         html="""<p>Estimado proveedor,</p><p>Le enviamos el comprobante del pago realizado hoy.</p><p><a href="https://pub-88123.r2.dev/comprobante.html">Ver comprobante de pago</a></p>""",
         body="""Estimado proveedor,

Le enviamos el comprobante del pago realizado hoy.

Ver comprobante de pago: https://pub-88123.r2.dev/comprobante.html"""),
    dict(name="v-de-vps-sprachnachricht", cls="phishing", kind="shared-doc", lang="de", p="vps",
         **{"from": ("Telefonanlage", "voicemail@telefon-dienst24.de")}, ip="193.3.19.170",
         date="2026-11-26 13:00 +0100", subj="Neue Sprachnachricht von +49 40 555 0123",
         html="""<p>Sie haben eine neue Sprachnachricht (0:42 Min.) erhalten.</p><p><a href="https://voice-msg-4471.workers.dev/play">Nachricht anhören</a></p>""",
         body="""Sie haben eine neue Sprachnachricht (0:42 Min.) erhalten.

Nachricht anhören: https://voice-msg-4471.workers.dev/play"""),
    dict(name="v-fr-vps-motdepasse", cls="phishing", kind="mailbox-warning", lang="fr", p="vps",
         **{"from": ("Service Messagerie", "noreply@messagerie-securite.fr")}, ip="45.95.147.220",
         date="2026-11-26 09:00 +0100", subj="Votre mot de passe expire aujourd'hui",
         html="""<p>Bonjour,</p><p>Le mot de passe de votre compte sales@hengda-valves.com expire aujourd'hui. Pour conserver le même mot de passe, cliquez ci-dessous.</p><p><a href="http://193.3.19.171/owa/keep.php">Conserver mon mot de passe</a></p>""",
         body="""Bonjour,

Le mot de passe de votre compte sales@hengda-valves.com expire aujourd'hui. Pour conserver le même mot de passe, cliquez ci-dessous.

Conserver mon mot de passe: http://193.3.19.171/owa/keep.php"""),
    dict(name="v-pt-vps-nfe-zip", cls="phishing", kind="invoice-lure", lang="pt", p="vps",
         **{"from": ("Nota Fiscal Eletrônica", "nfe@emissor-notas.com.br")}, ip="45.95.147.230",
         date="2026-11-26 10:00 -0300", subj="NF-e 88213 emitida",
         attach=["NFe_88213.zip"],
         body="""Prezado cliente,

Segue em anexo a Nota Fiscal Eletrônica nº 88213 referente à sua compra.

Atenciosamente"""),
    dict(name="v-it-vps-condiviso", cls="phishing", kind="shared-doc", lang="it", p="vps",
         **{"from": ("OneDrive", "condivisione@documenti-online.it")}, ip="193.3.19.172",
         date="2026-11-26 11:30 +0100", subj="Marco Bianchi ha condiviso un file con te",
         html="""<p>Marco Bianchi ha condiviso con te il file "Ordine_Dicembre.pdf".</p><p><a href="https://ordine-dicembre.pages.dev/">Apri</a></p>""",
         body="""Marco Bianchi ha condiviso con te il file "Ordine_Dicembre.pdf".

Apri: https://ordine-dicembre.pages.dev/"""),
    dict(name="v-zh-163-rar", cls="phishing", kind="po-lure", lang="zh", p="163",
         **{"from": ("采购部", "caigou_8812@163.com")}, ip="117.136.40.9",
         date="2026-11-26 09:40 +0800", subj="采购订单 PO-8812",
         attach=["采购订单PO-8812.rar"],
         body="""您好，

附件是我司的采购订单，请查收并确认价格和交期。

采购部"""),
    dict(name="v-tr-vps-dekont-html", cls="phishing", kind="invoice-lure", lang="tr", p="vps",
         **{"from": ("Muhasebe", "muhasebe@ege-insaat-tr.com")}, ip="45.95.147.240",
         date="2026-11-26 10:30 +0300", subj="Ödeme dekontu",
         attach=["Odeme_Dekontu_26112026.html"],
         body="""Merhaba,

Bugün yapılan ödemenin dekontu ektedir. Lütfen kontrol ediniz.

Muhasebe"""),
    dict(name="v-en-vps-alibaba-notice", cls="phishing", kind="platform-notice", lang="en", p="vps",
         **{"from": ("Alibaba.com", "service@alibaba-buyer-center.xyz")}, ip="45.95.147.250",
         date="2026-11-26 08:30 +0800", subj="You have 3 new inquiry messages",
         html="""<p>Dear Supplier,</p><p>You have 3 unread inquiries from buyers. Log in to your account to reply before they expire.</p><p><a href="https://alibaba-buyer-center.xyz/login">Reply now</a></p>""",
         body="""Dear Supplier,

You have 3 unread inquiries from buyers. Log in to your account to reply before they expire.

Reply now: https://alibaba-buyer-center.xyz/login"""),
    dict(name="v-ru-mailru-nasledstvo", cls="scam", kind="advance-fee", lang="ru", p="mailru",
         **{"from": ("Адвокат Игорь Петров", "advokat.petrov77@mail.ru")}, ip="95.24.60.6",
         date="2026-11-26 11:00 +0300", subj="Наследство",
         body="""Здравствуйте!

Меня зовут Игорь Петров, я адвокат. Мой покойный клиент оставил на счёте 4 500 000 долларов США и не имеет наследников. Поскольку у вас та же фамилия, я предлагаю представить вас как наследника, чтобы перевести средства на ваш счёт. Сумму разделим поровну.

Ответьте мне с вашим полным именем и номером телефона."""),
    dict(name="v-en-gmail-visa-order", cls="scam", kind="card-order", lang="en", p="gmail",
         **{"from": ("Robert Lee", "robertlee4417@gmail.com")}, ip="",
         date="2026-11-26 02:40 +0800", subj="purchase",
         body="""Good day,

I will like to purchase some items from your store. What form of payment do you take, can I pay with my Visa card? Kindly email me your price list and your cell number.

Thanks
Robert"""),
    dict(name="v-en-gmail-registration-fee", cls="scam", kind="seller-fee", lang="en", p="gmail",
         **{"from": ("Dr. Ibrahim Musa", "procurement.dept.ministry@gmail.com")}, ip="",
         date="2026-11-26 09:00 +0100", subj="Contract award - supply of valves",
         body="""Dear Supplier,

Your company has been selected to supply 5,000 pcs of gate valves to our ministry. Before the contract can be signed, you must obtain a vendor registration certificate from our agent in Abuja at a fee of USD 850. Contact the agent at vendorreg.office@gmail.com.

Dr. Ibrahim Musa"""),
    dict(name="v-de-outlook-bremen", cls="genuine", kind="inquiry", lang="de", signals="full", p="outlook",
         **{"from": ("Jörg Hansen", "joerg.hansen.sanitaer@outlook.de")}, ip="91.64.40.9",
         date="2026-11-26 09:15 +0100", subj="Angebot Messingventile",
         body="""Hallo,

könnten Sie mir ein Angebot über 600 Stück Absperrventil Modell SV-20 (Messing, 3/4") machen? Lieferung nach Bremen, gerne CIF Bremerhaven.

Viele Grüße
Jörg Hansen"""),
    dict(name="v-de-o365-bestellung-pdf", cls="genuine", kind="inquiry", lang="de", signals="full", p="o365",
         **{"from": ("Sabine Krüger", "s.krueger@nord-armaturen.de")}, ip="",
         date="2026-11-26 10:40 +0100", subj="Bestellung Nr. 4471",
         attach=["Bestellung_4471.pdf"],
         body="""Sehr geehrte Frau Li,

anbei unsere Bestellung Nr. 4471 über 2.000 Stück Kugelhahn BV-25 gemäß Ihrem Angebot vom 20.11. Lieferung CIF Hamburg, Zahlung 30 % Anzahlung, Rest gegen B/L-Kopie.

Bitte bestätigen Sie den Auftrag.

Mit freundlichen Grüßen
Sabine Krüger
Einkauf, Nord Armaturen GmbH"""),
    dict(name="v-es-workspace-orden-pdf", cls="genuine", kind="inquiry", lang="es", signals="full", p="workspace",
         **{"from": ("Laura Méndez", "laura.mendez@valencia-fontaneria.es")}, ip="",
         date="2026-11-26 12:20 +0100", subj="Orden de compra OC-2291",
         attach=["OC-2291.pdf"],
         body="""Hola Lily,

Adjunto la orden de compra OC-2291: 500 unidades de la válvula BV-20, entrega CIF Valencia. Pago 30 % por adelantado.

¿Nos confirmas la fecha de embarque?

Un saludo,
Laura Méndez"""),
    dict(name="v-en-workspace-drive-drawings", cls="genuine", kind="inquiry", lang="en", signals="full", p="workspace",
         **{"from": ("Peter Walsh", "peter@walsh-fluidtech.co.uk")}, ip="",
         date="2026-11-26 14:10 +0000", subj="RFQ - custom valve body, drawings on Drive",
         body="""Hi Lily,

We need a quote for 300 pcs of a custom valve body, model WF-300, delivered to Felixstowe (CIF).
The drawings are too big to attach, you can download them here: https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7

Thanks,
Peter Walsh
Walsh Fluid Technology Ltd"""),
    dict(name="v-en-o365-ms-renewal", cls="genuine", kind="ham", lang="en", p="o365",
         **{"from": ("Microsoft", "microsoft-noreply@microsoft.com")}, ip="",
         date="2026-11-26 02:00 +0000", subj="Your Microsoft 365 Business Standard subscription will renew soon",
         html="""<p>Your subscription to Microsoft 365 Business Standard will renew on December 10, 2026.</p><p><a href="https://admin.microsoft.com/billing">Manage your subscription</a></p>""",
         body="""Your subscription to Microsoft 365 Business Standard will renew on December 10, 2026.

Manage your subscription: https://admin.microsoft.com/billing"""),
    dict(name="v-en-ses-docusign-real", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Faisal Rahman via Docusign", "dse_na4@docusign.net")}, ip="",
         envelope="bounces@docusign.net", date="2026-11-26 07:00 +0000", subj="Please DocuSign: Gulfline supply agreement 2027.pdf",
         html="""<p>Faisal Rahman sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=88123">REVIEW DOCUMENT</a></p>""",
         body="""Faisal Rahman sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=88123"""),
]

FRESH_CHAT: list[dict] = [
    dict(id="v-im-zh-dubai", channel="wechat", received_at="2026-11-26T10:00:00+08:00", name="阿里", country="AE",
         body="老板，BV-25球阀1000个，发到迪拜多少钱？", cls="genuine", lang="zh", kind="inquiry", signals="full"),
    dict(id="v-im-pt-luanda", channel="whatsapp", received_at="2026-11-26T16:00:00+08:00", name="Manuel", phone="+244 923 555 010", country="AO",
         body="Quero comprar 200 unidades do modelo BV-15, entrega em Luanda. Qual o preço?", cls="genuine", lang="pt", kind="inquiry", signals="full"),
    dict(id="v-im-en-bank-hold", channel="im", received_at="2026-11-26T03:00:00+08:00", name="Accounts",
         body="Please hold the payment until we send the new bank information, our account is being updated.", cls="scam", lang="en", kind="bec"),
    dict(id="v-web-es-forwarder-card", channel="message", received_at="2026-11-26T04:00:00+08:00", name="Luis", email="luis.compras2291@gmail.com",
         body="Hola, quiero comprar sus productos, mi transportista recogerá la mercancía. ¿Puedo pagar con tarjeta de crédito? Envíeme la factura.", cls="scam", lang="es", kind="card-order"),
    dict(id="v-im-ko-short", channel="im", received_at="2026-11-26T13:00:00+08:00", name="이수진", country="KR",
         body="샘플 가격 알려주세요", cls="genuine", lang="ko", kind="inquiry"),
]
