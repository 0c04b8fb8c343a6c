"""The probe's third part (helper "detection", session 8): written by hand BEFORE reading how the
rules are worded, in languages the first two parts touched little or not at all (Vietnamese,
Indonesian, Thai, Turkish, Polish, Hebrew, Swahili, Tagalog, Farsi, Bengali, Ukrainian, Greek,
Czech, Romanian, mixed with English), very short chat lines, and modern scams: fake procurement
portals, supplier-registration fees, fake Alibaba / Trade Assurance notices, crypto and
overpayment, card-type questions, invoice and shared-document lures, move-to-WhatsApp requests.
Nothing is copied or adapted from ../shared/corpora."""

# ruff: noqa: E501

MAIL: list[dict] = [
    # ------------------------------------------------------------------ genuine inquiries
    dict(name="g3-vi-gmail-danang", cls="genuine", kind="inquiry", lang="vi", signals="full", p="gmail",
         **{"from": ("Trần Minh Quân", "quan.tran.vattu@gmail.com")}, ip="14.161.22.80",
         date="2026-11-27 08:40 +0700", subj="Yêu cầu báo giá van bi inox",
         body="""Chào anh chị,

Công ty chúng tôi là nhà phân phối vật tư ngành nước tại Đà Nẵng. Chúng tôi cần báo giá van bi inox 304, model BV-40, số lượng 800 cái.
Điều kiện giao hàng: CIF cảng Đà Nẵng.
Thanh toán: T/T 30% đặt cọc, 70% khi nhận bản sao vận đơn.

Xin cho biết thời gian giao hàng. Cảm ơn anh chị.

Trần Minh Quân
Công ty TNHH Vật tư Minh Quân"""),
    dict(name="g3-id-yahoo-surabaya", cls="genuine", kind="inquiry", lang="id", signals="full", p="yahoo",
         **{"from": ("Agus Wibowo", "agus_wibowo88@yahoo.co.id")}, ip="36.80.14.22",
         date="2026-11-27 09:10 +0700", subj="Permintaan penawaran gate valve",
         body="""Selamat siang Bapak/Ibu,

Kami dari CV Sumber Teknik Surabaya ingin meminta penawaran harga untuk:
- Gate valve besi cor GV-80, ukuran 3 inch, PN16
- Jumlah: 1.500 unit
- Pengiriman ke pelabuhan Tanjung Perak, Surabaya

Please quote FOB Ningbo and CIF Surabaya. Pembayaran dengan T/T.

Terima kasih,
Agus Wibowo"""),
    dict(name="g3-th-gmail-bangkok", cls="genuine", kind="inquiry", lang="th", signals="full", p="gmail",
         **{"from": ("Niran K.", "niran.k.supply@gmail.com")}, ip="171.97.30.14",
         date="2026-11-27 10:20 +0700", subj="ขอใบเสนอราคา บอลวาล์ว",
         body="""สวัสดีครับ

บริษัทของเราต้องการใบเสนอราคาบอลวาล์วทองเหลือง รุ่น BV-25 จำนวน 200 ตัว ส่งที่ท่าเรือกรุงเทพ (คลองเตย) ชำระเงินแบบ T/T

รบกวนแจ้งราคาและระยะเวลาจัดส่งด้วยครับ
ขอบคุณครับ
นิรันดร์"""),
    dict(name="g3-tr-o365-izmir", cls="genuine", kind="inquiry", lang="tr", signals="full", p="o365",
         **{"from": ("Burak Demir", "burak.demir@egevana.com.tr")}, ip="",
         date="2026-11-27 10:05 +0300", subj="Fiyat teklifi talebi - küresel vana",
         body="""Merhaba,

Firmamız için aşağıdaki ürünlerin fiyat teklifini rica ediyoruz:

Ürün: Küresel vana KV-50, 2", PN40
Miktar: 2.000 adet
Teslim şekli: CIF İzmir (Alsancak limanı)
Ödeme: akreditif (L/C)

Teslim süresini de belirtir misiniz?

Saygılarımızla,
Burak Demir
Satın Alma - Ege Vana San. ve Tic. A.Ş."""),
    dict(name="g3-pl-gmail-short", cls="genuine", kind="inquiry", lang="pl", signals="full", p="gmail",
         **{"from": ("Marek Zieliński", "marek.zielinski.hydro@gmail.com")}, ip="83.24.10.7",
         date="2026-11-27 09:30 +0100", subj="zapytanie BV-15",
         body="""Dzień dobry, proszę o cenę 300 szt. BV-15 z dostawą do Gdyni.
Pozdrawiam, Marek"""),
    dict(name="g3-he-outlook-ashdod", cls="genuine", kind="inquiry", lang="he", signals="full", p="outlook",
         **{"from": ("Yossi Levi", "yossi.levi.plumb@outlook.com")}, ip="79.179.20.5",
         date="2026-11-27 11:00 +0200", subj="בקשה להצעת מחיר",
         body="""שלום,

אנו מבקשים הצעת מחיר עבור 600 יחידות ברז כדורי דגם BV-32, משלוח CIF לנמל אשדוד.
תשלום בהעברה בנקאית.

תודה רבה,
יוסי לוי"""),
    dict(name="g3-sw-gmail-dar", cls="genuine", kind="inquiry", lang="sw", signals="full", p="gmail",
         **{"from": ("Juma Mwakyusa", "juma.mwakyusa@gmail.com")}, ip="41.59.80.12",
         date="2026-11-27 10:15 +0300", subj="Ombi la bei - gate valves",
         body="""Habari,

Sisi ni kampuni ya ujenzi hapa Tanzania. Tunahitaji bei ya valves aina ya GV-100, idadi 400, usafirishaji hadi bandari ya Dar es Salaam.
Tafadhali tuma quotation pamoja na muda wa kusafirisha. Malipo kwa benki.

Asante sana,
Juma Mwakyusa"""),
    dict(name="g3-tl-yahoo-manila", cls="genuine", kind="inquiry", lang="tl", signals="full", p="yahoo",
         **{"from": ("Maricel Santos", "maricel_santos22@yahoo.com")}, ip="112.198.40.9",
         date="2026-11-27 09:45 +0800", subj="Quotation po sa ball valve",
         body="""Magandang araw po!

Pwede po ba kaming makahingi ng presyo para sa 250 piraso ng ball valve na modelo BV-20? Ang padala po ay sa pantalan ng Maynila.
Magkano po ang bawat isa at gaano katagal ang padala?

Maraming salamat po,
Maricel Santos"""),
    dict(name="g3-fa-gmail-bandar", cls="genuine", kind="inquiry", lang="fa", signals="full", p="gmail",
         **{"from": ("Reza Karimi", "reza.karimi.tasisat@gmail.com")}, ip="5.200.70.14",
         date="2026-11-27 10:30 +0330", subj="استعلام قیمت شیر توپی",
         body="""سلام،

لطفا قیمت ۵۰۰ عدد شیر توپی مدل BV-25 را با تحویل در بندرعباس برای ما بفرستید. پرداخت به صورت حواله بانکی است.

با سپاس
رضا کریمی"""),
    dict(name="g3-bn-gmail-chattogram", cls="genuine", kind="inquiry", lang="bn", signals="full", p="gmail",
         **{"from": ("Rahim Uddin", "rahim.uddin.trade@gmail.com")}, ip="103.4.145.9",
         date="2026-11-27 09:00 +0600", subj="বল ভালভের দাম জানতে চাই",
         body="""শুভেচ্ছা,

আমাদের ১০০০ পিস বল ভালভ মডেল BV-20 দরকার। চট্টগ্রাম বন্দরে ডেলিভারি চাই। পেমেন্ট এলসি-র মাধ্যমে।

দয়া করে দাম ও ডেলিভারির সময় জানান।

ধন্যবাদ
রহিম উদ্দিন"""),
    dict(name="g3-uk-gmail-lviv", cls="genuine", kind="inquiry", lang="uk", signals="full", p="gmail",
         **{"from": ("Оксана Бондаренко", "oksana.bondarenko.zakupivli@gmail.com")}, ip="93.175.200.11",
         date="2026-11-27 10:50 +0200", subj="Запит комерційної пропозиції",
         body="""Добрий день!

Просимо надіслати комерційну пропозицію на засувки GV-65, 150 штук, доставка до Львова на умовах DAP.
Оплата 50% передоплата, 50% після отримання.

Дякую,
Оксана Бондаренко"""),
    dict(name="g3-el-o365-thessaloniki", cls="genuine", kind="inquiry", lang="el", signals="full", p="o365",
         **{"from": ("Nikos Papadopoulos", "n.papadopoulos@hydrotherm.gr")}, ip="",
         date="2026-11-27 11:10 +0200", subj="Αίτημα προσφοράς βαλβίδων",
         body="""Καλησπέρα σας,

Θα θέλαμε προσφορά για 1.200 τεμάχια σφαιρικές βαλβίδες BV-15, παράδοση CIF Θεσσαλονίκη. Πληρωμή με τραπεζικό έμβασμα.

Ευχαριστώ,
Νίκος Παπαδόπουλος"""),
    dict(name="g3-cs-workspace-brno", cls="genuine", kind="inquiry", lang="cs", signals="full", p="workspace",
         **{"from": ("Petr Novák", "novak@instal-morava.cz")}, ip="",
         date="2026-11-27 09:20 +0100", subj="Poptávka kulové ventily",
         body="""Dobrý den,

prosím o cenovou nabídku na 700 ks kulových ventilů BV-25, dodání do Brna (DAP). Platba převodem.

Děkuji,
Petr Novák
Instal Morava s.r.o."""),
    dict(name="g3-ro-gmail-mixed", cls="genuine", kind="inquiry", lang="ro", signals="full", p="gmail",
         **{"from": ("Andrei Popescu", "andrei.popescu.instal@gmail.com")}, ip="86.120.14.30",
         date="2026-11-27 10:00 +0200", subj="Cerere ofertă / quotation BV-32",
         body="""Bună ziua,

Avem nevoie de 500 bucăți robinete BV-32, livrare la portul Constanța. Plata prin transfer bancar.
Please send price and lead time, în engleză este ok.

Mulțumesc,
Andrei Popescu"""),
    dict(name="g3-en-ke-gmail-mombasa", cls="genuine", kind="inquiry", lang="en", signals="full", p="gmail",
         **{"from": ("Peter Otieno", "peter.otieno.hardware@gmail.com")}, ip="105.160.30.8",
         date="2026-11-27 09:35 +0300", subj="Gate valves price",
         body="""Hello,

We are a hardware wholesaler in Nairobi. Kindly quote 500 gate valves, model GV-50, delivery to Mombasa.
We pay by bank transfer, 30% advance and 70% before shipment.

Regards,
Peter Otieno
Otieno Hardware Ltd"""),
    dict(name="g3-en-za-workspace-durban", cls="genuine", kind="inquiry", lang="en", signals="full", p="workspace",
         **{"from": ("Sipho Dlamini", "sipho@coastal-irrigation.co.za")}, ip="",
         date="2026-11-27 08:50 +0200", subj="RFQ ball valves CIF Durban",
         body="""Good morning,

Please quote 2,000 ball valves BV-20, CIF Durban. Our client requires an ISO-9001 certified supplier, so please attach your certificate.

Thanks,
Sipho Dlamini
Coastal Irrigation (Pty) Ltd"""),
    dict(name="g3-en-ng-workspace-lagos", cls="genuine", kind="inquiry", lang="en", signals="full", p="workspace",
         **{"from": ("Chinedu Okafor", "c.okafor@okafor-engineering.com.ng")}, ip="",
         date="2026-11-27 10:40 +0100", subj="Enquiry: 300 check valves",
         body="""Dear Sir/Madam,

We need 300 check valves CV-40 for a water project. Ship to Lagos port (Apapa), CFR. Payment by confirmed L/C at sight.

Please advise your best price and production time.

Best regards,
Chinedu Okafor
Procurement, Okafor Engineering Ltd"""),
    dict(name="g3-en-us-gmail-chairs", cls="genuine", kind="inquiry", lang="en", signals="full", p="gmail",
         **{"from": ("Laura Kim", "laura.kim.events@gmail.com")}, ip="73.40.12.8",
         date="2026-11-26 15:20 -0500", subj="Folding chairs quote",
         body="""Hi there,

I saw your folding chairs on your website. I need 500 chairs, model FC-02 in white, shipped to Savannah, GA by end of February.
What is your price per unit and the lead time?

Thanks,
Laura Kim
Kim Event Rentals"""),
    # ------------------------------------------------------------------ ham: legitimate mail that is not an inquiry
    dict(name="h3-en-ses-platform-notice", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("TradeHub Seller Center", "notice@tradehub-sellers.com")}, ip="",
         envelope="0100019a77@amazonses.com", date="2026-11-26 08:00 +0000", subj="Your weekly store summary",
         html="""<p>Hello Hengda Valves,</p><p>Last week your store had 1,240 visitors and 8 new inquiries. Your average first response time was 3.2 hours.</p><p><a href="https://tradehub-sellers.com/dashboard/stats">See the details</a></p><p>You receive this summary because you are a TradeHub seller. <a href="https://tradehub-sellers.com/settings/notifications">Manage notifications</a></p>""",
         body="""Hello Hengda Valves,

Last week your store had 1,240 visitors and 8 new inquiries. Your average first response time was 3.2 hours.

See the details: https://tradehub-sellers.com/dashboard/stats

You receive this summary because you are a TradeHub seller. Manage notifications: https://tradehub-sellers.com/settings/notifications"""),
    dict(name="h3-en-o365-vendor-onboarding", cls="genuine", kind="ham", lang="en", p="o365",
         **{"from": ("Sarah Lindqvist", "sarah.lindqvist@nordpump.se")}, ip="",
         date="2026-11-26 14:00 +0100", subj="Re: New supplier setup - Nordpump AB",
         headers=["In-Reply-To: <20261119.5512@hengda-valves.com>"],
         body="""Hi Lily,

Thanks for the quotation last week, we would like to go ahead with the trial order. Before our purchasing department can issue the PO, we need your company set up as a supplier in our system.

Please fill in the attached supplier form (bank details on your company letterhead) and send it back together with your business licence. There is no charge for this.

Best regards,
Sarah Lindqvist
Purchasing, Nordpump AB"""),
    dict(name="h3-tr-gmail-colleague-fair", cls="genuine", kind="ham", lang="tr", p="gmail",
         **{"from": ("Elif Aksoy", "elif.aksoy.ajans@gmail.com")}, ip="88.241.30.2",
         date="2026-11-26 12:30 +0300", subj="Fuar standı hakkında",
         headers=["In-Reply-To: <20261120.8812@hengda-valves.com>"],
         body="""Merhaba Lily Hanım,

İstanbul fuarındaki stand ölçüleri 3x4 metre olarak onaylandı. Katalogları 5 Aralık'a kadar ofisimize gönderebilir misiniz?

Saygılarımla,
Elif"""),
    # ------------------------------------------------------------------ scams and phishing
    dict(name="x3-en-vps-vendor-portal", cls="phishing", kind="procurement-portal", lang="en", p="vps",
         **{"from": ("Procurement Department", "procurement@gulf-petro-vendors.com")}, ip="45.146.165.33",
         date="2026-11-26 07:10 +0300", subj="Vendor registration - Invitation to bid 2026/PRQ/0451",
         html="""<p>Dear Valued Supplier,</p><p>Your company has been shortlisted for our 2026 supply programme. To receive the RFQ documents, complete your vendor registration on our procurement portal using your company email and password.</p><p><a href="https://gulfpetro-supplier-portal.web.app/login">Access Supplier Portal</a></p><p>Registration closes in 48 hours.</p><p>Procurement Department</p>""",
         body="""Dear Valued Supplier,

Your company has been shortlisted for our 2026 supply programme. To receive the RFQ documents, complete your vendor registration on our procurement portal using your company email and password.

Access Supplier Portal: https://gulfpetro-supplier-portal.web.app/login

Registration closes in 48 hours.

Procurement Department"""),
    dict(name="x3-en-gmail-registration-agent", cls="scam", kind="seller-pays-fee", lang="en", p="gmail",
         **{"from": ("Dr. Samuel Adeyemi", "ministryhealth.procurement2026@gmail.com")}, ip="102.89.40.12",
         date="2026-11-26 06:30 +0100", subj="Supply contract award - hospital valves",
         body="""Attn: Sales Manager,

The Federal Ministry of Health has approved your company as one of the suppliers for the new hospitals project (contract value USD 1.2 million). Before the purchase order can be released, every foreign supplier must be registered with the Ministry's accredited local agent.

The registration and contractor certificate costs USD 850 and must be paid by the supplier. I will send you the agent's contact. Please treat as urgent.

Dr. Samuel Adeyemi
Director of Procurement"""),
    dict(name="x3-en-vps-trade-assurance", cls="phishing", kind="platform-notice", lang="en", p="vps",
         **{"from": ("Trade Assurance", "no-reply@tradeassurance-alibaba.com")}, ip="185.225.73.19",
         date="2026-11-26 09:00 +0800", subj="Trade Assurance order #2026112688 - payment on hold",
         html="""<p>Dear Supplier,</p><p>The buyer has paid USD 18,460.00 for Trade Assurance order #2026112688. The payment is on hold until you confirm your supplier account.</p><p><a href="https://alibaba-tradeassurance.support/verify?id=2026112688">Confirm and release payment</a></p><p>If you do not confirm within 24 hours the order will be cancelled.</p><p>Alibaba.com Trade Assurance</p>""",
         body="""Dear Supplier,

The buyer has paid USD 18,460.00 for Trade Assurance order #2026112688. The payment is on hold until you confirm your supplier account.

Confirm and release payment: https://alibaba-tradeassurance.support/verify?id=2026112688

If you do not confirm within 24 hours the order will be cancelled.

Alibaba.com Trade Assurance"""),
    dict(name="x3-en-gmail-usdt-overpay", cls="scam", kind="overpayment", lang="en", p="gmail",
         **{"from": ("Mark Feldman", "markfeldman.trading771@gmail.com")}, ip="",
         date="2026-11-26 03:20 +0800", subj="Payment sent",
         body="""Hello,

I have sent the payment for the 200 valves in USDT to your wallet, but my accountant made a mistake and sent 5,000 USDT more than the invoice. Please return the extra 5,000 USDT to this wallet address: TQx7Lm3kP9vR2sW8nY4cB6dF1gH5jK0aZe

Do it today please, my boss is angry.

Mark"""),
    dict(name="x3-en-outlook-card-types", cls="scam", kind="card-order", lang="en", p="outlook",
         **{"from": ("Steve Harrison", "steveharrison2291@outlook.com")}, ip="",
         date="2026-11-26 02:40 +0800", subj="Order",
         body="""Hello Sales,

I will like to place an order of your products for my new store. What types of cards do you take for payment? Also send me your full name and cellphone number so I can call you.

Thanks
Steve"""),
    dict(name="x3-pl-vps-faktura-link", cls="phishing", kind="invoice-lure", lang="pl", p="vps",
         **{"from": ("Dział Księgowości", "ksiegowosc@biuro-rachunkowe-plus.pl")}, ip="193.142.146.40",
         date="2026-11-26 10:10 +0100", subj="Faktura VAT FV/11/2026/388 - przypomnienie o płatności",
         html="""<p>Dzień dobry,</p><p>Przypominamy o nieopłaconej fakturze FV/11/2026/388. Fakturę można pobrać poniżej.</p><p><a href="https://faktura-fv388.pages.dev/pobierz">Pobierz fakturę (PDF)</a></p><p>Pozdrawiamy,<br>Dział Księgowości</p>""",
         body="""Dzień dobry,

Przypominamy o nieopłaconej fakturze FV/11/2026/388. Fakturę można pobrać poniżej.

Pobierz fakturę (PDF): https://faktura-fv388.pages.dev/pobierz

Pozdrawiamy,
Dział Księgowości"""),
    dict(name="x3-vi-vps-chiase", cls="phishing", kind="shared-doc", lang="vi", p="vps",
         **{"from": ("Tài liệu chia sẻ", "share@tailieu-online.vn")}, ip="45.146.165.40",
         date="2026-11-26 09:30 +0700", subj="Bạn có một tài liệu mới được chia sẻ",
         html="""<p>Xin chào,</p><p>Nguyễn Văn Bình đã chia sẻ với bạn tài liệu "Don_dat_hang_thang12.pdf".</p><p><a href="https://dondathang-t12.workers.dev/">Mở tài liệu</a></p>""",
         body="""Xin chào,

Nguyễn Văn Bình đã chia sẻ với bạn tài liệu "Don_dat_hang_thang12.pdf".

Mở tài liệu: https://dondathang-t12.workers.dev/"""),
    dict(name="x3-en-gmail-whatsapp-move", cls="scam", kind="off-platform", lang="en", p="gmail",
         **{"from": ("James Wilson", "jameswilson.importer88@gmail.com")}, ip="",
         date="2026-11-26 04:10 +0800", subj="Interested in your products",
         body="""Hello,

I am interested in your products and want to make a big order. I do not check my email often, please contact me directly on WhatsApp +44 7700 900812 so we can discuss the order details quickly.

James"""),
    dict(name="x3-id-vps-po-zip", cls="phishing", kind="po-lure", lang="id", p="vps",
         **{"from": ("Bagian Pembelian", "pembelian@mitra-sejahtera-abadi.co.id")}, ip="193.142.146.45",
         date="2026-11-26 11:00 +0700", subj="Pesanan Pembelian PO-2611",
         attach=["PO-2611_Pesanan.zip"],
         body="""Dengan hormat,

Terlampir pesanan pembelian kami. Mohon dicek dan konfirmasi harga serta waktu pengiriman.

Salam,
Bagian Pembelian"""),
    dict(name="x3-tr-gmail-tedarikci-ucret", cls="scam", kind="seller-pays-fee", lang="tr", p="gmail",
         **{"from": ("Tedarik Birimi", "belediye.tedarik.birimi@gmail.com")}, ip="",
         date="2026-11-26 10:40 +0300", subj="Onaylı tedarikçi kaydı",
         body="""Sayın Yetkili,

Firmanız belediyemizin onaylı tedarikçi listesine alınmıştır. Sipariş gönderilmeden önce tedarikçi kayıt belgesinin alınması zorunludur. Kayıt ücreti 450 USD olup tedarikçi tarafından ödenir.

Ödeme bilgilerini almak için bu e-postaya cevap veriniz.

Tedarik Birimi"""),
    dict(name="x3-th-vps-po-html", cls="phishing", kind="po-lure", lang="th", p="vps",
         **{"from": ("ฝ่ายจัดซื้อ", "purchase@siam-industrial-supply.co.th")}, ip="185.225.73.25",
         date="2026-11-26 10:00 +0700", subj="ใบสั่งซื้อ PO-6612",
         attach=["ใบสั่งซื้อ_PO-6612.html"],
         body="""เรียน ผู้ขาย

แนบใบสั่งซื้อมาพร้อมนี้ กรุณาตรวจสอบและยืนยันราคา

ฝ่ายจัดซื้อ"""),
    dict(name="x3-he-vps-bank-change", cls="scam", kind="bec", lang="he", p="vps",
         **{"from": ("הנהלת חשבונות", "accounts@galil-plumbing.co.il")}, ip="193.142.146.50",
         date="2026-11-26 09:50 +0200", subj="עדכון פרטי חשבון בנק",
         body="""שלום,

נא לשים לב: פרטי חשבון הבנק שלנו השתנו. את כל התשלומים הפתוחים יש להעביר לחשבון החדש בלבד. נשלח את הפרטים החדשים לאחר אישורכם.

בברכה,
הנהלת חשבונות"""),
    dict(name="x3-uk-vps-tender-link", cls="phishing", kind="rfq-lure", lang="uk", p="vps",
         **{"from": ("Тендерний відділ", "tender@ukr-budmontazh.com.ua")}, ip="185.225.73.30",
         date="2026-11-26 10:30 +0200", subj="Запрошення до участі в тендері",
         html="""<p>Доброго дня,</p><p>Запрошуємо вашу компанію до участі в тендері на постачання запірної арматури. Тендерна документація доступна за посиланням.</p><p><a href="https://tender-docs-2026.workers.dev/view">Переглянути документацію</a></p>""",
         body="""Доброго дня,

Запрошуємо вашу компанію до участі в тендері на постачання запірної арматури. Тендерна документація доступна за посиланням.

Переглянути документацію: https://tender-docs-2026.workers.dev/view"""),
    dict(name="x3-es-gmail-registro-proveedor", cls="scam", kind="seller-pays-fee", lang="es", p="gmail",
         **{"from": ("Compras Gobierno Regional", "compras.gobiernoregional.pe@gmail.com")}, ip="",
         date="2026-11-26 08:20 -0500", subj="Adjudicación de contrato de suministro",
         body="""Estimado proveedor,

Su empresa ha sido seleccionada para el suministro de válvulas del proyecto de agua potable. Para emitir la orden de compra, el proveedor debe inscribirse en el registro nacional de proveedores a través de nuestro agente autorizado. El costo de inscripción es de 380 USD, a cargo del proveedor.

Quedamos atentos para enviarle los datos de pago.

Compras Gobierno Regional"""),
    dict(name="x3-en-vps-esign-drawings", cls="phishing", kind="shared-doc", lang="en", p="vps",
         **{"from": ("Acrobat Sign", "esign@doc-signature-center.com")}, ip="45.146.165.60",
         date="2026-11-26 12:10 +0000", subj="RFQ drawings ready for your signature",
         html="""<p>Hengda Purchasing has sent you "RFQ_Drawings_Q1_2027.pdf" to review and sign.</p><p><a href="https://pub-4f21aa.r2.dev/sign/index.html">Review and sign</a></p>""",
         body="""Hengda Purchasing has sent you "RFQ_Drawings_Q1_2027.pdf" to review and sign.

Review and sign: https://pub-4f21aa.r2.dev/sign/index.html"""),
    dict(name="x3-ro-gmail-whatsapp", cls="scam", kind="off-platform", lang="ro", p="gmail",
         **{"from": ("Victor Ionescu", "victor.ionescu.import1977@gmail.com")}, ip="",
         date="2026-11-26 03:30 +0800", subj="Comandă mare",
         body="""Bună ziua,

Suntem interesați de produsele dumneavoastră pentru o comandă mare. Vă rog să mă contactați urgent pe WhatsApp la +40 712 345 678, nu folosesc e-mailul.

Victor"""),
    dict(name="x3-cs-vps-faktura-zip", cls="phishing", kind="invoice-lure", lang="cs", p="vps",
         **{"from": ("Účtárna", "uctarna@stavby-kral.cz")}, ip="193.142.146.60",
         date="2026-11-26 09:15 +0100", subj="Faktura č. 2026-1177 k úhradě",
         attach=["Faktura_2026-1177.zip"],
         body="""Dobrý den,

v příloze zasíláme fakturu č. 2026-1177 k úhradě. Prosíme o kontrolu.

S pozdravem
Účtárna"""),
    dict(name="x3-en-gmail-cheque-overpay", cls="scam", kind="overpayment", lang="en", p="gmail",
         **{"from": ("Robert Hale", "roberthale.procure@gmail.com")}, ip="",
         date="2026-11-26 02:10 +0800", subj="Re: order",
         body="""Hello,

I will be sending a certified cashier's check of $18,500 for the goods. Once you receive it, deduct your cost and wire the balance to my shipping agent, who will collect the goods from your warehouse.

Regards,
Robert"""),
    dict(name="x3-el-vps-alibaba-message", cls="phishing", kind="platform-notice", lang="en", p="vps",
         **{"from": ("Alibaba Message Center", "message@alibaba-inquiry-center.top")}, ip="185.225.73.40",
         date="2026-11-26 07:40 +0800", subj="New inquiry from buyer in Greece",
         html="""<p>Dear Supplier,</p><p>A buyer from Greece sent you an inquiry about your products. Sign in to view the message and reply.</p><p><a href="https://alibaba-inquiry-center.top/signin">View inquiry</a></p>""",
         body="""Dear Supplier,

A buyer from Greece sent you an inquiry about your products. Sign in to view the message and reply.

View inquiry: https://alibaba-inquiry-center.top/signin"""),
]

CHAT: list[dict] = [
    # genuine, short, many languages
    dict(id="c3-vi-01", channel="whatsapp", received_at="2026-11-27T09:05:00+08:00", name="Hùng", phone="+84 90 555 0141", country="VN",
         body="Chào shop, 100 cái BV-15 giá bao nhiêu? Giao Hải Phòng", cls="genuine", lang="vi", kind="inquiry", signals="full"),
    dict(id="c3-id-01", channel="whatsapp", received_at="2026-11-27T10:10:00+08:00", name="Dewi", phone="+62 812 555 0177", country="ID",
         body="Halo kak, harga 50 pcs valve 2 inch berapa ya? kirim ke Jakarta", cls="genuine", lang="id", kind="inquiry"),
    dict(id="c3-th-01", channel="im", received_at="2026-11-27T11:00:00+08:00", name="Somsak", country="TH",
         body="ราคา BV-20 จำนวน 100 ตัว เท่าไหร่ครับ", cls="genuine", lang="th", kind="inquiry"),
    dict(id="c3-tr-01", channel="im", received_at="2026-11-27T15:20:00+08:00", name="Mehmet", country="TR",
         body="Selam, 200 adet vana fiyatı nedir? Mersin teslim", cls="genuine", lang="tr", kind="inquiry"),
    dict(id="c3-tl-01", channel="whatsapp", received_at="2026-11-27T09:40:00+08:00", name="Jun", phone="+63 917 555 0123", country="PH",
         body="Magandang umaga po, magkano po yung BV-25 ball valve? 100 piraso po sana", cls="genuine", lang="tl", kind="inquiry"),
    dict(id="c3-sw-01", channel="whatsapp", received_at="2026-11-27T14:00:00+08:00", name="Baraka", phone="+255 754 555 012", country="TZ",
         body="Habari, bei ya valve hamsini ni ngapi? Tunahitaji kwa mradi wetu", cls="genuine", lang="sw", kind="inquiry"),
    dict(id="c3-he-01", channel="im", received_at="2026-11-27T16:30:00+08:00", name="Dana", country="IL",
         body="היי, כמה עולה 100 יחידות BV-20 כולל משלוח לחיפה?", cls="genuine", lang="he", kind="inquiry", signals="full"),
    dict(id="c3-uk-01", channel="im", received_at="2026-11-27T16:50:00+08:00", name="Андрій", country="UA",
         body="Вітаю, скільки коштує 300 шт BV-15 з доставкою в Одесу?", cls="genuine", lang="uk", kind="inquiry", signals="full"),
    dict(id="c3-pl-01", channel="im", received_at="2026-11-27T17:10:00+08:00", name="Ania", country="PL",
         body="Dzień dobry, jaka cena za 50 szt?", cls="genuine", lang="pl", kind="inquiry"),
    dict(id="c3-fa-01", channel="whatsapp", received_at="2026-11-27T13:15:00+08:00", name="Ali", phone="+98 912 555 0199", country="IR",
         body="سلام، قیمت شیر توپی دو اینچ چنده؟ ۳۰۰ تا لازم داریم", cls="genuine", lang="fa", kind="inquiry"),
    dict(id="c3-bn-01", channel="whatsapp", received_at="2026-11-27T12:20:00+08:00", name="Karim", phone="+880 1711 555012", country="BD",
         body="ভাই, ২০০ পিস ভালভের দাম কত?", cls="genuine", lang="bn", kind="inquiry"),
    dict(id="c3-cs-01", channel="im", received_at="2026-11-27T17:30:00+08:00", name="Jana", country="CZ",
         body="Dobrý den, máte skladem BV-20? Potřebuji 40 ks do Ostravy.", cls="genuine", lang="cs", kind="inquiry", signals="full"),
    dict(id="c3-el-01", channel="im", received_at="2026-11-27T18:00:00+08:00", name="Eleni", country="GR",
         body="Καλημέρα, θα ήθελα τιμή για 80 τεμάχια BV-25. Ευχαριστώ", cls="genuine", lang="el", kind="inquiry"),
    dict(id="c3-ro-01", channel="im", received_at="2026-11-27T18:20:00+08:00", name="Ioana", country="RO",
         body="Salut, aveți catalog pentru robinete? Suntem distribuitor în Cluj și vrem să comandăm lunar.", cls="genuine", lang="ro", kind="inquiry"),
    # scams in chat
    dict(id="c3-en-scam-cardkind", channel="whatsapp", received_at="2026-11-27T02:40:00+08:00", name="Daniel", phone="+1 646 555 0133",
         body="Hi I need 500 pcs of your product, what kind of cards do you accept Visa or Mastercard? I want to pay now", cls="scam", lang="en", kind="card-order"),
    dict(id="c3-vi-scam-card", channel="whatsapp", received_at="2026-11-27T03:10:00+08:00", name="Long", phone="+84 70 555 0111",
         body="Chào bạn, tôi muốn đặt hàng. Bên bạn nhận thanh toán bằng thẻ tín dụng loại nào? Gửi tôi họ tên đầy đủ và số điện thoại của bạn", cls="scam", lang="vi", kind="card-order"),
    dict(id="c3-en-scam-regfee", channel="message", received_at="2026-11-27T04:20:00+08:00", name="Govt Tender Office", email="tender.office.projects@gmail.com",
         body="Dear supplier, your company is selected for our government project. Pay the registration fee of 300 USD to receive the tender documents and purchase order.", cls="scam", lang="en", kind="seller-pays-fee"),
    dict(id="c3-id-scam-overpay", channel="whatsapp", received_at="2026-11-27T05:00:00+08:00", name="Hendra", phone="+62 813 555 0190",
         body="Kami sudah transfer kelebihan 1.000 USD, tolong kembalikan kelebihannya ke rekening agen kami hari ini", cls="scam", lang="id", kind="overpayment"),
    dict(id="c3-en-scam-telegram", channel="message", received_at="2026-11-27T04:40:00+08:00", name="Buyer", email="bigorder.buyer2026@gmail.com",
         body="Big order for you. My email is not working, contact me on Telegram @bigbuyer_2026 or WhatsApp for details and payment", cls="scam", lang="en", kind="off-platform"),
]

# Written AFTER the fixes that the items above led to, and never used to tune a rule: how far those
# fixes carry to wording they did not see (labels.toml: part = "third-fresh").
FRESH_MAIL: list[dict] = [
    dict(name="f3-en-gmail-vendor-code-fee", cls="scam", kind="seller-pays-fee", lang="en", p="gmail",
         **{"from": ("Engr. Paul Mensah", "paulmensah.procurement@gmail.com")}, ip="",
         date="2026-11-27 05:10 +0800", subj="Purchase approval - valves for water board",
         body="""Good day,

Our Water Board has approved your quotation for 4,000 valves. To release the purchase order, your company needs a vendor code from the Ministry of Trade. The vendor code is issued by our consultant and the processing charge of USD 1,150 is the responsibility of the supplier.

Kindly confirm so I send the consultant's details.

Engr. Paul Mensah"""),
    dict(name="f3-pl-vps-udostepniony", cls="phishing", kind="shared-doc", lang="pl", p="vps",
         **{"from": ("Dysk firmowy", "dysk@udostepnianie-plikow.pl")}, ip="193.142.146.70",
         date="2026-11-27 10:00 +0100", subj="Anna Kowalska udostępniła Ci plik",
         html="""<p>Anna Kowalska udostępniła Ci plik "Zamowienie_grudzien.pdf".</p><p><a href="https://zamowienie-grudzien.pages.dev/">Otwórz plik</a></p>""",
         body="""Anna Kowalska udostępniła Ci plik "Zamowienie_grudzien.pdf".

Otwórz plik: https://zamowienie-grudzien.pages.dev/"""),
    dict(name="f3-tr-vps-banka-degisikligi", cls="scam", kind="bec", lang="tr", p="vps",
         **{"from": ("Muhasebe Departmanı", "muhasebe@anadolu-tesisat.com.tr")}, ip="193.142.146.75",
         date="2026-11-27 09:40 +0300", subj="Yeni hesap bilgilerimiz",
         body="""Merhaba,

Banka hesap bilgilerimiz değişmiştir. Bekleyen faturanın ödemesini lütfen yeni hesabımıza yapınız, eski hesaba ödeme yapmayınız. Yeni IBAN bilgisini ayrıca göndereceğiz.

Saygılarımızla,
Muhasebe"""),
    dict(name="f3-en-outlook-btc-pay", cls="scam", kind="overpayment", lang="en", p="outlook",
         **{"from": ("Alex Romero", "alexromero_imports@outlook.com")}, ip="",
         date="2026-11-27 03:50 +0800", subj="Order payment",
         body="""Hi,

I paid 0.35 BTC for the order but it was more than the invoice total. Please refund the excess amount to my wallet bc1q9h7x2k4m5n6p8r0s2t4v6w8y0z2a4c6e8g0j today.

Alex"""),
    dict(name="f3-id-gmail-wa", cls="scam", kind="off-platform", lang="id", p="gmail",
         **{"from": ("Rudi Hartono", "rudihartono.buyer1985@gmail.com")}, ip="",
         date="2026-11-27 04:20 +0800", subj="Pesanan besar",
         body="""Halo,

Kami tertarik dengan produk Anda untuk pesanan besar. Email saya jarang dibuka, mohon hubungi saya lewat WhatsApp +62 811 555 0199 untuk detailnya.

Rudi"""),
    dict(name="g3f-vi-gmail-hcm", cls="genuine", kind="inquiry", lang="vi", signals="full", p="gmail",
         **{"from": ("Lê Thị Mai", "lethimai.xaydung@gmail.com")}, ip="14.169.40.3",
         date="2026-11-27 09:15 +0700", subj="Hỏi giá van cổng",
         body="""Kính gửi quý công ty,

Chúng tôi cần báo giá 600 cái van cổng GV-80, giao hàng đến cảng Cát Lái, TP. Hồ Chí Minh. Thanh toán L/C.

Xin cảm ơn,
Lê Thị Mai"""),
    dict(name="g3f-en-gmail-lamps", cls="genuine", kind="inquiry", lang="en", signals="full", p="gmail",
         **{"from": ("Omar Haddad", "omar.haddad.lighting@gmail.com")}, ip="94.200.30.1",
         date="2026-11-27 10:05 +0400", subj="Wall lamps",
         body="""Hello,

We are interested in buying 1,200 wall lamps, item WL-330 in black, delivered to Jebel Ali. Can you share your price and lead time?

Omar Haddad
Haddad Lighting Trading LLC"""),
    dict(name="h3f-en-ses-tender-portal-real", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Coupa Supplier Portal", "do_not_reply@supplier.coupahost.com")}, ip="",
         envelope="0100019a88@amazonses.com", date="2026-11-27 08:00 +0000", subj="Nordpump AB has invited you to join the Coupa Supplier Portal",
         html="""<p>Nordpump AB would like to do business with Hengda Valves through the Coupa Supplier Portal.</p><p><a href="https://supplier.coupahost.com/invitation/accept?token=8f2a">Join and respond</a></p><p>Joining is free.</p>""",
         body="""Nordpump AB would like to do business with Hengda Valves through the Coupa Supplier Portal.

Join and respond: https://supplier.coupahost.com/invitation/accept?token=8f2a

Joining is free."""),
]

FRESH_CHAT: list[dict] = [
    dict(id="f3-en-scam-cards", channel="whatsapp", received_at="2026-11-27T03:30:00+08:00", name="Mike", phone="+1 213 555 0155",
         body="hello sir i want buy your products, you accept which credit card? amex or visa. send your full name", cls="scam", lang="en", kind="card-order"),
    dict(id="f3-ro-scam-taxa", channel="message", received_at="2026-11-27T04:50:00+08:00", name="Primaria", email="achizitii.primaria2026@gmail.com",
         body="Firma dumneavoastră a fost selectată pentru licitație. Taxa de înregistrare de 250 EUR este plătită de furnizor înainte de emiterea comenzii.", cls="scam", lang="ro", kind="seller-pays-fee"),
    dict(id="f3-tl-genuine", channel="whatsapp", received_at="2026-11-27T10:30:00+08:00", name="Rommel", phone="+63 918 555 0147", country="PH",
         body="Good day po! Pa-quote po ng 500 pcs BV-15, delivery po sa Cebu port. Salamat", cls="genuine", lang="tl", kind="inquiry", signals="full"),
    dict(id="f3-el-genuine", channel="im", received_at="2026-11-27T18:40:00+08:00", name="Kostas", country="GR",
         body="Γεια σας, χρειάζομαι 300 τεμάχια BV-20 με παράδοση στον Πειραιά. Τιμή;", cls="genuine", lang="el", kind="inquiry", signals="full"),
]
