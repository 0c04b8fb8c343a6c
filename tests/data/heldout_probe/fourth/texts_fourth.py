"""The probe's fourth part (helper "detection", session 9): written by hand BEFORE reading how the
rules or checks are worded. Genuine buyers in Swahili, Tagalog, Bengali and their mixes with
English, other languages with real-shaped provider headers, very short inquiries; short chat lines
(genuine and scam); modern fraud (USDT / crypto overpayment, logistics and customs fees the seller
is told to pay, fake Alibaba / Trade Assurance, invoice and bank-detail change, move to WhatsApp /
Telegram, card questions); phishing dressed as PO / RFQ / quotation / shared document; spy
inquiries; and legitimate modern mail that is not an inquiry and must not be flagged.
Nothing is copied or adapted from ../shared/corpora or from the earlier parts."""

# ruff: noqa: E501

MAIL: list[dict] = [
    # ------------------------------------------------------------------ genuine inquiries
    dict(name="g4-sw-gmail-nairobi", cls="genuine", kind="inquiry", lang="sw", signals="full", p="gmail",
         **{"from": ("Wanjiru Kamau", "wanjiru.kamau.hardware@gmail.com")}, ip="41.90.64.18",
         date="2026-11-30 09:15 +0300", subj="Ombi la bei - vali za maji",
         body="""Habari za asubuhi,

Mimi ni Wanjiru kutoka kampuni ya Kamau Hardware, Nairobi. Tunahitaji bei ya vali za shaba aina ya BV-20, vipande 1,200.
Mzigo upelekwe bandari ya Mombasa kwa CIF. Malipo yatafanyika kwa T/T, asilimia 30 kabla na 70 baada ya kupokea nakala ya B/L.

Tafadhali nitumie bei na muda wa kusafirisha.

Asante sana,
Wanjiru Kamau
Kamau Hardware Ltd, Nairobi"""),
    dict(name="g4-sw-outlook-kampala-mixed", cls="genuine", kind="inquiry", lang="sw", signals="full", p="outlook",
         **{"from": ("Ssemakula Joseph", "ssemakula.j@outlook.com")}, ip="102.85.40.9",
         date="2026-11-30 10:40 +0300", subj="Quotation request / ombi la bei",
         body="""Habari yako,

Sisi ni wasambazaji wa vifaa vya mabomba hapa Kampala. Tunataka kununua gate valve GV-50 (2 inch), pcs 500, na ball valve BV-25, pcs 800.
Please quote CIF Mombasa, tutasafirisha wenyewe hadi Kampala. Malipo ni kwa T/T.

Naomba pia catalogue ya bidhaa zenu.

Asante,
Joseph Ssemakula"""),
    dict(name="g4-sw-yahoo-arusha-short", cls="genuine", kind="inquiry", lang="sw", p="yahoo",
         **{"from": ("Neema Mollel", "neema_mollel@yahoo.com")}, ip="197.250.96.33",
         date="2026-11-30 13:05 +0300", subj="bei ya vali",
         body="""Habari, naomba bei ya vali BV-15 vipande 200. Je, mnaweza kutuma hadi Dar es Salaam?
Asante, Neema"""),
    dict(name="g4-tl-gmail-cebu", cls="genuine", kind="inquiry", lang="tl", signals="full", p="gmail",
         **{"from": ("Ramon dela Cruz", "ramon.delacruz.trading@gmail.com")}, ip="112.198.74.21",
         date="2026-11-30 08:50 +0800", subj="Paghingi ng quotation para sa ball valve",
         body="""Magandang araw po,

Ako po si Ramon dela Cruz ng RDC Trading sa Cebu. Nais po naming humingi ng presyo para sa 600 piraso ng brass ball valve, model BV-25.
Ipapadala po sa pantalan ng Cebu, CIF. Ang bayad po ay sa pamamagitan ng T/T.

Maaari rin po bang malaman kung gaano katagal ang produksyon?

Maraming salamat po,
Ramon dela Cruz"""),
    dict(name="g4-tl-o365-manila-taglish", cls="genuine", kind="inquiry", lang="tl", signals="full", p="o365",
         **{"from": ("Kristine Santos", "k.santos@pinoypipes.com.ph")}, ip="",
         date="2026-11-30 14:10 +0800", subj="RFQ - gate valves para sa project namin",
         body="""Hi po,

Kailangan po namin ng quotation para sa GV-80 gate valve, 3 inch, PN16, 400 units. Para po ito sa isang water project sa Quezon City.
Delivery po ay CIF Manila port. Pwede po ba ang payment na 30% advance at 70% bago i-ship?

Pakisagot po kung kailan ang pinakamaagang delivery. Salamat po!

Kristine Santos
Purchasing, Pinoy Pipes Corp."""),
    dict(name="g4-bn-gmail-dhaka", cls="genuine", kind="inquiry", lang="bn", signals="full", p="gmail",
         **{"from": ("Md. Rafiqul Islam", "rafiqul.islam.bd@gmail.com")}, ip="103.108.140.22",
         date="2026-11-30 10:30 +0600", subj="বল ভালভের মূল্য জানতে চাই",
         body="""প্রিয় মহোদয়,

আমরা ঢাকার একটি পানি সরবরাহ কোম্পানি। আমাদের ১০০০ পিস পিতলের বল ভালভ দরকার, মডেল BV-20।
চট্টগ্রাম বন্দরে CIF মূল্য জানাবেন। পেমেন্ট এল/সি এর মাধ্যমে হবে।

ডেলিভারির সময় কত লাগবে জানাবেন।

ধন্যবাদ,
মোঃ রফিকুল ইসলাম"""),
    dict(name="g4-bn-outlook-kolkata-mixed", cls="genuine", kind="inquiry", lang="bn", signals="full", p="outlook",
         **{"from": ("Sourav Ghosh", "sourav.ghosh.kol@outlook.com")}, ip="103.42.88.5",
         date="2026-11-30 11:20 +0530", subj="Price enquiry - gate valve",
         body="""নমস্কার,

আমরা কলকাতার একটি প্লাম্বিং ডিস্ট্রিবিউটর। আমাদের GV-50 gate valve, 2 inch, 700 পিস লাগবে।
CIF Kolkata port দাম পাঠাবেন। পেমেন্ট T/T তে করব।

ধন্যবাদ,
সৌরভ ঘোষ"""),
    dict(name="g4-en-ke-workspace-mombasa", cls="genuine", kind="inquiry", lang="en", signals="full", p="workspace",
         **{"from": ("Otieno Ouma", "procurement@coastbuild.co.ke")}, ip="",
         date="2026-11-30 09:00 +0300", subj="RFQ: butterfly valves DN150",
         body="""Dear Sir/Madam,

Please quote for the following:

1. Butterfly valve, wafer type, DN150, PN16, EPDM seat - 120 pcs
2. Butterfly valve, wafer type, DN200, PN16 - 60 pcs

Delivery: CIF Mombasa. Payment: 30% T/T deposit, balance against copy of B/L.
Kindly include lead time and packing details.

Regards,
Otieno Ouma
Procurement Officer, CoastBuild Ltd
Tel +254 41 555 0192"""),
    dict(name="g4-en-ph-gmail-short", cls="genuine", kind="inquiry", lang="en", p="gmail",
         **{"from": ("Mark Villanueva", "markvillanueva1987@gmail.com")}, ip="180.190.33.71",
         date="2026-11-30 16:45 +0800", subj="price",
         body="""hi, how much is the BV-25 ball valve for 100 pcs? ship to davao. thanks"""),
    dict(name="g4-es-co-gmail-bogota", cls="genuine", kind="inquiry", lang="es", signals="full", p="gmail",
         **{"from": ("Andrés Rojas", "andres.rojas.ferreteria@gmail.com")}, ip="186.84.12.90",
         date="2026-11-30 08:20 -0500", subj="Cotización válvulas de bola",
         body="""Buenos días,

Somos una ferretería mayorista en Bogotá. Necesitamos cotización de 1.000 válvulas de bola de latón modelo BV-20, entrega CIF Buenaventura. Pago por transferencia T/T.

¿Cuál es el tiempo de entrega?

Saludos,
Andrés Rojas"""),
    dict(name="g4-fr-ci-gmail-abidjan", cls="genuine", kind="inquiry", lang="fr", signals="full", p="gmail",
         **{"from": ("Koffi Yao", "koffi.yao.btp@gmail.com")}, ip="160.154.48.7",
         date="2026-11-30 09:30 +0000", subj="Demande de prix - robinets vannes",
         body="""Bonjour,

Notre société de BTP à Abidjan souhaite recevoir votre meilleur prix pour 500 robinets vannes GV-40 (1,5 pouce), livraison CIF port d'Abidjan. Paiement par virement T/T.

Merci de préciser le délai de fabrication.

Cordialement,
Koffi Yao"""),
    dict(name="g4-ar-eg-outlook-alexandria", cls="genuine", kind="inquiry", lang="ar", signals="full", p="outlook",
         **{"from": ("Mahmoud Hassan", "mahmoud.hassan.eg@outlook.com")}, ip="41.44.120.12",
         date="2026-11-30 10:00 +0200", subj="طلب عرض سعر محابس",
         body="""السلام عليكم،

نرجو إرسال عرض سعر لعدد 800 محبس كروي نحاس موديل BV-25، التسليم CIF ميناء الإسكندرية، والدفع بتحويل بنكي.

وما هي مدة التسليم؟

مع الشكر،
محمود حسن"""),
    dict(name="g4-de-exchange-hamburg", cls="genuine", kind="inquiry", lang="de", signals="full", p="exchange",
         **{"from": ("Katrin Vogel", "k.vogel@nordarmaturen.de")}, ip="80.153.12.40",
         date="2026-11-30 08:05 +0100", subj="Anfrage Kugelhähne DN25",
         body="""Guten Tag,

bitte senden Sie uns ein Angebot über 1.500 Stück Messing-Kugelhähne BV-25 (DN25, PN40), Lieferung CIF Hamburg, Zahlung 30 Tage netto nach Rechnungserhalt bzw. nach Vereinbarung.

Bitte nennen Sie auch die Lieferzeit.

Mit freundlichen Grüßen
Katrin Vogel
Einkauf, Nord Armaturen GmbH"""),
    dict(name="g4-pt-pt-gmail-porto-short", cls="genuine", kind="inquiry", lang="pt", p="gmail",
         **{"from": ("Rui Fernandes", "rui.fernandes.canalizacoes@gmail.com")}, ip="85.240.12.60",
         date="2026-11-30 10:10 +0000", subj="preço BV-20",
         body="""Bom dia, qual o preço de 300 unidades BV-20 entregues no Porto? Obrigado, Rui"""),
    dict(name="g4-ja-gmail-osaka-short", cls="genuine", kind="inquiry", lang="ja", p="gmail",
         **{"from": ("田中 健", "ken.tanaka.setsubi@gmail.com")}, ip="126.15.40.8",
         date="2026-11-30 10:00 +0900", subj="ボールバルブ見積依頼",
         body="""お世話になります。BV-20 を200個、大阪港CIFで見積をお願いします。納期も教えてください。
田中"""),
    dict(name="g4-en-ng-gmail-genuine", cls="genuine", kind="inquiry", lang="en", signals="full", p="gmail",
         **{"from": ("Chinedu Okafor", "chinedu.okafor.plumbing@gmail.com")}, ip="105.112.40.77",
         date="2026-11-30 10:25 +0100", subj="Inquiry for PPR valves and ball valves",
         body="""Good day,

We are a plumbing materials dealer in Onitsha. We want to import 2,000 pcs brass ball valve BV-20 and 1,000 pcs BV-25.
Please send price CIF Lagos (Apapa). We will pay 30% deposit by T/T and balance before shipment.

What is your MOQ and production time?

Thanks,
Chinedu Okafor
Okafor & Sons Plumbing, Onitsha"""),
    # ------------------------------------------------------------------ spy inquiries
    dict(name="s4-en-gmail-full-catalogue", cls="spy", kind="spy", lang="en", p="gmail",
         **{"from": ("Leo Chen", "leo.sourcing.hub@gmail.com")}, ip="",
         date="2026-11-30 11:00 +0800", subj="Request for complete price list",
         body="""Hi,

We are a sourcing company that works with many buyers in Europe and the US. We are now comparing more than 30 valve factories. Please send us your complete price list for ALL your products, your full catalogue with drawings and dimensions, and your factory audit report.

We also need free samples of every model to evaluate quality. Payment terms we can discuss later when our client decides.

Best,
Leo"""),
    dict(name="s4-es-gmail-todos-los-precios", cls="spy", kind="spy", lang="es", p="gmail",
         **{"from": ("Compras Globales", "compras.globales.mx@gmail.com")}, ip="189.203.40.11",
         date="2026-11-30 09:40 -0600", subj="Lista de precios completa",
         body="""Hola,

Estamos haciendo un estudio de mercado de proveedores de válvulas. Por favor envíenos la lista de precios completa de todos sus productos, el catálogo con planos técnicos y los costos de fabricación. También queremos muestras gratis de cada modelo.

Gracias"""),
    # ------------------------------------------------------------------ scams
    dict(name="x4-en-gmail-usdt-overpay", cls="scam", kind="overpayment", lang="en", p="gmail",
         **{"from": ("David Morgan", "davidmorgan.procure54@gmail.com")}, ip="",
         date="2026-11-30 03:20 +0800", subj="Order confirmation and payment",
         body="""Hello,

I have reviewed your products and I want to proceed with the order. I will pay with USDT (TRC20) because bank transfer is slow from my country. I will send 12,500 USDT which includes the cost for my freight forwarder. After you receive it, kindly send the extra 3,800 USDT to my forwarder's wallet so he can arrange pickup.

Send me your wallet address today.

David"""),
    dict(name="x4-en-outlook-customs-fee", cls="scam", kind="seller-pays-fee", lang="en", p="outlook",
         **{"from": ("Global Cargo Clearing Dept", "globalcargo.clearing@outlook.com")}, ip="",
         date="2026-11-30 10:15 +0100", subj="Customs clearance of your buyer's order",
         body="""Dear Supplier,

We are the logistics company appointed by your buyer Mr. Peter Hall for order PH-2211. Before the goods can be cleared, an export compliance certificate is required. The certificate fee of USD 680 must be paid by the supplier, and your buyer will refund it with the order payment.

Please make the payment to our account and send the receipt so we can proceed.

Clearing Department"""),
    dict(name="x4-en-vps-trade-assurance-upgrade", cls="phishing", kind="fake-platform", lang="en", p="vps",
         **{"from": ("Alibaba Trade Assurance", "service@alibaba-trade-assurance.net")}, ip="185.220.101.44",
         date="2026-11-30 07:00 +0800", subj="Payment received - action required for order #88213096",
         html="""<p>Dear Supplier,</p><p>Your buyer has completed payment of USD 24,300.00 for order #88213096. Funds are frozen because your account has not completed seller verification.</p><p><a href="https://alibaba-trade-assurance.net/seller/verify">Verify your account</a></p><p>Unverified accounts are suspended after 48 hours.</p>""",
         body="""Dear Supplier,

Your buyer has completed payment of USD 24,300.00 for order #88213096. Funds are frozen because your account has not completed seller verification.

Verify your account: https://alibaba-trade-assurance.net/seller/verify

Unverified accounts are suspended after 48 hours."""),
    dict(name="x4-en-gmail-alibaba-gold-fee", cls="scam", kind="seller-pays-fee", lang="en", p="gmail",
         **{"from": ("Alibaba Buyer Service", "alibaba.buyer.service.center@gmail.com")}, ip="",
         date="2026-11-30 09:50 +0800", subj="Your buyer's order is on hold",
         body="""Dear Seller,

A buyer placed an order of 5,000 pcs valves through our platform. The order is on hold because your shop is not a verified export member. To release the order you need to pay the membership activation fee of USD 299 to the account below. The fee will be returned with the first payment.

Alibaba Buyer Service"""),
    dict(name="x4-en-o365-bank-change", cls="scam", kind="bank-change", lang="en", p="vps",
         **{"from": ("Accounts Payable", "accounts@coastbuild-ke.co")}, ip="45.9.148.12",
         reply_to="accounts.coastbuild@proton.me",
         date="2026-11-30 12:10 +0300", subj="RE: Payment for PI-2026-1187",
         body="""Hello,

Kindly note our bank details have changed due to an ongoing audit. Our former account should no longer be used. Please confirm the updated remittance details for PI-2026-1187 before we release the payment today, or send us your new beneficiary details if yours also changed.

Best regards,
Accounts Payable"""),
    dict(name="x4-sw-gmail-akaunti-mpya", cls="scam", kind="bank-change", lang="sw", p="gmail",
         **{"from": ("Idara ya Fedha", "fedha.malipo.tz@gmail.com")}, ip="",
         date="2026-11-30 11:30 +0300", subj="Mabadiliko ya akaunti ya benki",
         body="""Habari,

Tafadhali fahamu kuwa akaunti yetu ya benki imebadilika. Msitumie akaunti ya zamani tena. Malipo ya ankara INV-2026-442 yafanyike kwenye akaunti mpya tutakayowatumia leo.

Idara ya Fedha"""),
    dict(name="x4-en-gmail-telegram-move", cls="scam", kind="off-platform", lang="en", p="gmail",
         **{"from": ("Michael Brown", "michaelbrown7731@gmail.com")}, ip="",
         date="2026-11-30 02:40 +0800", subj="Urgent order",
         body="""Hi,

I need a large quantity of your product for a government contract. Email is not secure for me, add me on Telegram @mbrown_trade or WhatsApp +1 (415) 555-0177 and we finalize there today.

Michael"""),
    dict(name="x4-en-gmail-card-order", cls="scam", kind="card-question", lang="en", p="gmail",
         **{"from": ("Sarah Johnson", "sarahjohnson19845@gmail.com")}, ip="",
         date="2026-11-30 04:05 +0800", subj="order",
         body="""Hello Sales,

I want to order from your store. Can you tell me what you have available and the prices? Which credit card do you accept? I would also like your full name and direct phone number so I can call you and place the order. My shipper will pick up the goods.

Sarah"""),
    dict(name="x4-tl-gmail-bayad-bayad", cls="scam", kind="seller-pays-fee", lang="tl", p="gmail",
         **{"from": ("Procurement PH Gov", "philgeps.supplier.reg@gmail.com")}, ip="",
         date="2026-11-30 09:00 +0800", subj="Supplier accreditation",
         body="""Magandang araw,

Napili ang inyong kumpanya bilang supplier ng aming ahensya. Bago namin ipadala ang purchase order, kailangan ninyong magbayad ng accreditation fee na PHP 15,000 sa aming account. Ibabalik ito kasama ng bayad sa order.

Salamat po,
Procurement Office"""),
    dict(name="x4-en-gmail-btc-stock", cls="scam", kind="overpayment", lang="en", p="gmail",
         **{"from": ("Anthony Reed", "anthony.reed.import22@gmail.com")}, ip="",
         date="2026-11-30 05:30 +0800", subj="Purchase",
         body="""Dear Supplier,

I am ready to buy whatever you have in stock. Payment will be made in Bitcoin to your wallet immediately. Please tell me your best price and also send me your company registration, passport copy of the director and bank statement for our records.

Regards"""),
    # ------------------------------------------------------------------ phishing dressed as business mail
    dict(name="p4-en-vps-po-html", cls="phishing", kind="po-lure", lang="en", p="vps",
         **{"from": ("Purchasing Department", "purchase@gulfstar-trading.ae")}, ip="194.26.29.110",
         date="2026-11-30 08:10 +0400", subj="New Purchase Order PO#45128",
         attach=["PO45128_scan.shtml"],
         body="""Dear Sir,

Please find attached our new purchase order. Kindly confirm the availability and send your proforma invoice.

Regards,
Purchasing Department"""),
    dict(name="p4-en-vps-rfq-img", cls="phishing", kind="rfq-lure", lang="en", p="vps",
         **{"from": ("Tender Office", "tender@petro-engineering.com.sa")}, ip="91.92.240.18",
         date="2026-11-30 09:00 +0300", subj="RFQ 2026-117 for valves - closing 3 Dec",
         attach=["RFQ_2026-117_specs.img"],
         body="""Dear Supplier,

You are invited to quote for the attached RFQ. Please open the specification file and submit your best offer before the closing date.

Tender Office"""),
    dict(name="p4-en-vps-quotation-onedrive", cls="phishing", kind="shared-doc", lang="en", p="vps",
         **{"from": ("Ahmed Al Mansoori", "ahmed@almansoori-group.com")}, ip="45.88.90.14",
         date="2026-11-30 10:20 +0400", subj="Quotation request shared with you",
         html="""<p>Ahmed Al Mansoori shared a file with you.</p><p><b>Quotation_Request_Valves.pdf</b></p><p><a href="https://quotation-share-4411.pages.dev/onedrive/">Open</a></p><p>This link will work for anyone with the email address it was sent to.</p>""",
         body="""Ahmed Al Mansoori shared a file with you.

Quotation_Request_Valves.pdf
Open: https://quotation-share-4411.pages.dev/onedrive/

This link will work for anyone with the email address it was sent to."""),
    dict(name="p4-en-gmail-dropbox-order", cls="phishing", kind="shared-doc", lang="en", p="gmail",
         **{"from": ("Linda Park", "linda.park.orders@gmail.com")}, ip="",
         date="2026-11-30 11:40 +0800", subj="Order list",
         body="""Hello,

Our order list and specifications are in the Dropbox link below. Log in with your email to view and send us the quotation.

https://dropbox-orderfiles.web.app/s/orderlist

Thanks,
Linda"""),
    dict(name="p4-en-vps-mailbox-quota", cls="phishing", kind="mailbox", lang="en", p="vps",
         **{"from": ("Mail Administrator", "no-reply@hengda-valves.com.mailcenter-support.com")}, ip="103.151.72.30",
         envelope="bounce@mailcenter-support.com",
         date="2026-11-30 06:10 +0800", subj="4 incoming messages were held for sales@hengda-valves.com",
         html="""<p>Your mailbox sales@hengda-valves.com has 4 pending messages (incl. "Purchase Order Dec" and "RFQ urgent").</p><p><a href="https://mailcenter-support.com/release?u=sales@hengda-valves.com">Release messages</a></p>""",
         body="""Your mailbox sales@hengda-valves.com has 4 pending messages (incl. "Purchase Order Dec" and "RFQ urgent").

Release messages: https://mailcenter-support.com/release?u=sales@hengda-valves.com"""),
    dict(name="p4-bn-vps-kroyadesh-zip", cls="phishing", kind="po-lure", lang="bn", p="vps",
         **{"from": ("ক্রয় বিভাগ", "purchase@dhaka-traders.com.bd")}, ip="193.233.20.5",
         date="2026-11-30 12:00 +0600", subj="নতুন ক্রয় আদেশ PO-3390",
         attach=["PO-3390.zip"],
         body="""প্রিয় সরবরাহকারী,

সংযুক্ত ফাইলে আমাদের নতুন ক্রয় আদেশ দেওয়া হলো। অনুগ্রহ করে দাম ও ডেলিভারির সময় নিশ্চিত করুন।

ধন্যবাদ"""),
    dict(name="p4-tl-vps-invoice-link", cls="phishing", kind="invoice-lure", lang="tl", p="vps",
         **{"from": ("Accounting", "billing@manila-supplies.ph")}, ip="5.42.80.90",
         date="2026-11-30 13:30 +0800", subj="Invoice para sa inyong order",
         html="""<p>Magandang araw po,</p><p>Narito po ang invoice para sa inyong huling order. Paki-download po at i-confirm ang bayad.</p><p><a href="https://invoice-ph-2026.workers.dev/">I-download ang invoice</a></p>""",
         body="""Magandang araw po,

Narito po ang invoice para sa inyong huling order. Paki-download po at i-confirm ang bayad.

I-download ang invoice: https://invoice-ph-2026.workers.dev/"""),
    dict(name="p4-sw-vps-oda-html", cls="phishing", kind="po-lure", lang="sw", p="vps",
         **{"from": ("Idara ya Manunuzi", "manunuzi@tz-industries.co.tz")}, ip="176.111.174.9",
         date="2026-11-30 10:45 +0300", subj="Oda mpya ya manunuzi",
         attach=["Oda_Mpya.html"],
         body="""Habari,

Tafadhali angalia oda yetu mpya iliyoambatishwa na utume bei zako.

Asante,
Idara ya Manunuzi"""),
    dict(name="p4-en-vps-docsign-contract", cls="phishing", kind="shared-doc", lang="en", p="vps",
         **{"from": ("E-Signature Service", "sign@esign-contracts.co")}, ip="45.142.212.61",
         date="2026-11-30 07:40 +0000", subj="Please sign: Supply Agreement 2027 - Hengda Valves",
         html="""<p>You have received a document to review and sign: <b>Supply Agreement 2027.pdf</b></p><p><a href="https://esign-contracts.co/review?d=88a1">REVIEW DOCUMENT</a></p>""",
         body="""You have received a document to review and sign: Supply Agreement 2027.pdf

REVIEW DOCUMENT: https://esign-contracts.co/review?d=88a1"""),
    dict(name="p4-es-vps-orden-compra-rar", cls="phishing", kind="po-lure", lang="es", p="vps",
         **{"from": ("Departamento de Compras", "compras@industrias-delvalle.com.mx")}, ip="185.196.8.22",
         date="2026-11-30 09:10 -0600", subj="Orden de compra OC-7781",
         attach=["OC-7781.rar"],
         body="""Buen día,

Adjunto orden de compra. Favor de confirmar precios y fecha de entrega.

Saludos"""),
    # ------------------------------------------------------------------ legitimate non-inquiry mail (ham)
    dict(name="h4-en-ses-password-changed", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("TradeHub Security", "security@tradehub-sellers.com")},
         envelope="0100019b11@amazonses.com", date="2026-11-30 02:15 +0000", subj="Your password was changed",
         body="""Hello Hengda Valves,

The password for your TradeHub seller account was changed on 30 November 2026 at 10:15 (UTC+8).
If this was you, no action is needed. If not, contact our support team from the Help Center in your seller dashboard.

TradeHub Security"""),
    dict(name="h4-en-ses-freight-invoice", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Ocean Link Logistics", "billing@oceanlink-logistics.com")},
         envelope="0100019b22@amazonses.com", date="2026-11-30 03:00 +0000", subj="Invoice OLL-2026-11-8841 for shipment NGB-HAM 1x40HQ",
         attach=["OLL-2026-11-8841.pdf"],
         body="""Dear customer,

Please find attached our invoice OLL-2026-11-8841 for ocean freight Ningbo - Hamburg, container TGHU 884122-7, B/L OLL2611NGB332.
Amount due: USD 2,310.00, payable within 30 days to the account printed on the invoice, as per our agreement.

Ocean Link Logistics - Billing"""),
    dict(name="h4-en-workspace-colleague-rfq", cls="genuine", kind="ham", lang="en", p="workspace",
         **{"from": ("Lisa Wang", "lisa.wang@hengda-valves.com")}, ip="",
         date="2026-11-30 09:20 +0800", subj="Re: Kenya RFQ - can you check the DN150 price?",
         headers=["In-Reply-To: <20261130.0912@hengda-valves.com>"],
         body="""Hi Tom,

I checked with production: DN150 wafer butterfly valves can ship in 25 days. Please use the price from last month's list for the Kenya RFQ and copy me on the quote.

Thanks,
Lisa"""),
    dict(name="h4-en-ses-newsletter-webinar", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Valve World Magazine", "news@valveworld-news.com")},
         envelope="0100019b33@amazonses.com", date="2026-11-30 06:00 +0000", subj="December issue: new ISO 5208 testing rules + free webinar",
         html="""<p>In this issue: what the revised ISO 5208 means for leak testing, a market report on African water projects, and our free webinar on 10 December.</p><p><a href="https://valveworld-news.com/dec-2026">Read the issue</a> | <a href="https://valveworld-news.com/unsubscribe">Unsubscribe</a></p>""",
         body="""In this issue: what the revised ISO 5208 means for leak testing, a market report on African water projects, and our free webinar on 10 December.

Read the issue: https://valveworld-news.com/dec-2026
Unsubscribe: https://valveworld-news.com/unsubscribe"""),
    dict(name="h4-en-ses-calendar-invite", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Zoom", "no-reply@zoom-events.com")},
         envelope="0100019b44@amazonses.com", date="2026-11-30 01:00 +0000", subj="Meeting invitation: Hengda x CoastBuild - valve specs review",
         attach=["invite.ics"],
         body="""Otieno Ouma is inviting you to a scheduled meeting.

Topic: Hengda x CoastBuild - valve specs review
Time: 2 Dec 2026 03:00 PM Nairobi

Join from your Zoom app using the meeting ID 884 1120 5531."""),
    dict(name="h4-sw-gmail-buyer-thanks", cls="genuine", kind="ham", lang="sw", p="gmail",
         **{"from": ("Wanjiru Kamau", "wanjiru.kamau.hardware@gmail.com")}, ip="41.90.64.18",
         date="2026-11-30 17:00 +0300", subj="Re: Ombi la bei - vali za maji",
         headers=["In-Reply-To: <20261130.1120@hengda-valves.com>"],
         body="""Asante kwa bei yenu. Tutajadili na meneja wetu na nitawajibu kesho.

Wanjiru"""),
    dict(name="h4-tl-gmail-colleague", cls="genuine", kind="ham", lang="tl", p="gmail",
         **{"from": ("Jenny Reyes", "jenny.reyes.hengdaph@gmail.com")}, ip="112.198.10.5",
         date="2026-11-30 15:30 +0800", subj="update sa samples",
         body="""Hi Tom,

Natanggap na ng customer sa Cebu ang samples kahapon. Sabi nila maayos ang kalidad at hihingi sila ng bagong quotation next week.

Salamat,
Jenny"""),
    dict(name="h4-en-ses-bank-alert", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("HSBC HK Alerts", "alerts@notification.hsbc.com.hk")},
         envelope="0100019b55@amazonses.com", date="2026-11-30 04:10 +0000", subj="Incoming payment credited to your account",
         body="""Dear Customer,

An incoming telegraphic transfer of USD 7,380.00 from COASTBUILD LTD has been credited to your account ending 4471 on 30 Nov 2026.

This is an automated message. Please do not reply. For enquiries, please use the secure message service in online banking.

HSBC"""),
]

CHAT: list[dict] = [
    # genuine, short, many languages
    dict(id="c4-sw-01", channel="whatsapp", received_at="2026-11-30T15:05:00+08:00", name="Baraka", phone="+254 712 555 018", country="KE",
         body="Habari, bei ya vali BV-20 vipande 300 ni shilingi ngapi? Tunahitaji Mombasa", cls="genuine", lang="sw", kind="inquiry"),
    dict(id="c4-sw-02", channel="whatsapp", received_at="2026-11-30T16:20:00+08:00", name="Amina", phone="+255 765 555 204", country="TZ",
         body="Naomba bei ya gate valve inchi 2, vipande 100. Asante", cls="genuine", lang="sw", kind="inquiry"),
    dict(id="c4-tl-01", channel="im", received_at="2026-11-30T10:05:00+08:00", name="Carlo", country="PH",
         body="Hello po, magkano po ang 200 pcs na gate valve 1 inch? Salamat po", cls="genuine", lang="tl", kind="inquiry"),
    dict(id="c4-tl-02", channel="whatsapp", received_at="2026-11-30T11:30:00+08:00", name="Aileen", phone="+63 918 555 0344", country="PH",
         body="Available pa po ba yung BV-15? Kukuha po kami ng 50 pcs, ipapadala sa Davao", cls="genuine", lang="tl", kind="inquiry"),
    dict(id="c4-bn-01", channel="whatsapp", received_at="2026-11-30T12:40:00+08:00", name="রাশেদ", phone="+880 1711 555 020", country="BD",
         body="আসসালামু আলাইকুম, BV-25 বল ভালভ ৫০০ পিসের দাম কত? চট্টগ্রাম পাঠাতে হবে", cls="genuine", lang="bn", kind="inquiry"),
    dict(id="c4-bn-02", channel="im", received_at="2026-11-30T13:15:00+08:00", name="Ananya", country="IN",
         body="নমস্কার, গেট ভালভ ২ ইঞ্চি ২০০ পিস লাগবে, দাম জানাবেন", cls="genuine", lang="bn", kind="inquiry"),
    dict(id="c4-en-01", channel="im", received_at="2026-11-30T09:10:00+08:00", name="Tom", country="AU",
         body="hey do u have stainless ball valves 1/2 inch? need 80", cls="genuine", lang="en", kind="inquiry"),
    dict(id="c4-es-01", channel="whatsapp", received_at="2026-11-30T22:00:00+08:00", name="Lucía", phone="+51 987 555 120", country="PE",
         body="Hola, precio de 150 válvulas BV-20 puesto en Callao?", cls="genuine", lang="es", kind="inquiry"),
    dict(id="c4-ar-01", channel="whatsapp", received_at="2026-11-30T17:45:00+08:00", name="خالد", phone="+966 55 555 0190", country="SA",
         body="السلام عليكم، كم سعر ٣٠٠ محبس BV-25 توصيل جدة؟", cls="genuine", lang="ar", kind="inquiry"),
    dict(id="c4-fr-01", channel="message", received_at="2026-11-30T18:30:00+08:00", name="Moussa", country="SN",
         body="Bonjour, je veux le prix de 100 vannes 2 pouces livrées à Dakar", cls="genuine", lang="fr", kind="inquiry"),
    # scams in chat
    dict(id="c4-x-usdt", channel="whatsapp", received_at="2026-11-30T03:10:00+08:00", name="Kevin", phone="+44 7700 900441", country="GB",
         body="I will pay 20,000 USDT now, send the balance 4,000 USDT back to my shipping agent wallet after you receive", cls="scam", lang="en", kind="overpayment"),
    dict(id="c4-x-telegram", channel="message", received_at="2026-11-30T02:50:00+08:00", name="Robert",
         body="Interested in big order. Contact me on telegram @robert_imports88 for details", cls="scam", lang="en", kind="off-platform"),
    dict(id="c4-x-card", channel="im", received_at="2026-11-30T04:20:00+08:00", name="Jenny",
         body="Hi I want to buy, which credit card you accept? send me ur phone number", cls="scam", lang="en", kind="card-question"),
    dict(id="c4-x-clearance", channel="whatsapp", received_at="2026-11-30T14:40:00+08:00", name="Fast Cargo", phone="+234 803 555 0188", country="NG",
         body="Your buyer goods is held at customs, you the supplier must pay clearance charge of $450 to our agent account to release", cls="scam", lang="en", kind="seller-pays-fee"),
    dict(id="c4-x-alibaba", channel="message", received_at="2026-11-30T08:00:00+08:00", name="Alibaba Support",
         body="Your Trade Assurance payout is suspended. Login here to verify: https://ta-payout-verify.top/login", cls="phishing", lang="en", kind="fake-platform"),
    dict(id="c4-x-sw-ada", channel="whatsapp", received_at="2026-11-30T16:50:00+08:00", name="Peter", phone="+254 700 555 911", country="KE",
         body="Wewe msambazaji lazima ulipe ada ya usajili shilingi 20,000 kwanza ndipo tutume oda", cls="scam", lang="sw", kind="seller-pays-fee"),
    dict(id="c4-x-tl-gcash", channel="im", received_at="2026-11-30T12:00:00+08:00", name="Liza", country="PH",
         body="Sobra po ang naipadala ko, paki-refund po ang sobra sa GCash ng agent ko ngayon", cls="scam", lang="tl", kind="overpayment"),
    dict(id="c4-x-spy-list", channel="im", received_at="2026-11-30T10:40:00+08:00", name="Ivy",
         body="Send me your full price list for all products and free samples of each, we are comparing suppliers", cls="spy", lang="en", kind="spy"),
]

# ---------------------------------------------------------------------- written after the fixes
# "fourth-fresh": written after the general fixes above and never tuned on: what they score is how far
# the fixes carry to new wording.
FRESH_MAIL: list[dict] = [
    dict(name="f4-en-gmail-escrow-agent", cls="scam", kind="overpayment", lang="en", p="gmail",
         **{"from": ("Peter Collins", "petercollins.buyer221@gmail.com")}, ip="",
         date="2026-11-30 04:45 +0800", subj="Payment via escrow",
         body="""Hello,

I want to buy 3 containers of your products. My escrow company will send you a payment that is higher than the invoice because it includes the shipping fee. Please wire the surplus to my logistics agent so he can book the vessel.

Regards,
Peter"""),
    dict(name="f4-sw-gmail-mteja-mpya", cls="genuine", kind="inquiry", lang="sw", p="gmail",
         **{"from": ("Hassan Juma", "hassan.juma.mabomba@gmail.com")}, ip="197.237.10.44",
         date="2026-11-30 12:30 +0300", subj="Bei ya vali za chuma",
         body="""Habari za mchana,

Tunahitaji vali za chuma GV-65, vipande 250, zipelekwe Dar es Salaam. Tafadhali tutumie bei na muda wa kutengeneza.

Asante,
Hassan Juma"""),
    dict(name="f4-tl-vps-quotation-link", cls="phishing", kind="shared-doc", lang="tl", p="vps",
         **{"from": ("Purchasing", "purchasing@cebu-industrial.com.ph")}, ip="45.156.23.8",
         date="2026-11-30 10:05 +0800", subj="Request for quotation - paki-check",
         html="""<p>Magandang araw po,</p><p>Paki-check po ang aming request for quotation sa link sa ibaba at i-login ang inyong email para makita ang listahan.</p><p><a href="https://rfq-cebu.pages.dev/login">Tingnan ang RFQ</a></p>""",
         body="""Magandang araw po,

Paki-check po ang aming request for quotation sa link sa ibaba at i-login ang inyong email para makita ang listahan.

Tingnan ang RFQ: https://rfq-cebu.pages.dev/login"""),
    dict(name="f4-en-o365-genuine-kyc", cls="genuine", kind="ham", lang="en", p="o365",
         **{"from": ("Supplier Onboarding", "onboarding@nordarmaturen.de")}, ip="",
         date="2026-11-30 09:10 +0100", subj="Supplier onboarding - documents needed",
         body="""Dear Hengda team,

Thank you for the quotation for 1,500 pcs BV-25. Before we can place the purchase order, our onboarding needs your business licence, ISO 9001 certificate and bank details on company letterhead. There is no fee for registration.

Kind regards,
Katrin Vogel
Einkauf, Nord Armaturen GmbH"""),
]
FRESH_CHAT: list[dict] = [
    dict(id="c4f-bn-01", channel="whatsapp", received_at="2026-11-30T19:10:00+08:00", name="Tanvir", phone="+880 1819 555 031", country="BD",
         body="ভাই, ৩০০ পিস গেট ভালভ লাগবে, ঢাকা পর্যন্ত দাম কত পড়বে?", cls="genuine", lang="bn", kind="inquiry"),
    dict(id="c4f-tl-01", channel="im", received_at="2026-11-30T20:00:00+08:00", name="Joy", country="PH",
         body="Hi po, pwede po ba ako makakuha ng price list ng lahat ng products niyo at libreng samples? nagkukumpara lang po kami ng suppliers", cls="spy", lang="tl", kind="spy"),
    dict(id="c4f-en-02", channel="message", received_at="2026-11-30T03:30:00+08:00", name="Daniel",
         body="hello i will pay in USDT for anything you have available, whats your wallet", cls="scam", lang="en", kind="overpayment"),
    dict(id="c4f-sw-01", channel="whatsapp", received_at="2026-11-30T21:00:00+08:00", name="Musa", phone="+256 772 555 610", country="UG",
         body="Nimelipa zaidi kwa makosa, tafadhali rudisha pesa iliyozidi kwa akaunti ya wakala wetu leo", cls="scam", lang="sw", kind="overpayment"),
]
