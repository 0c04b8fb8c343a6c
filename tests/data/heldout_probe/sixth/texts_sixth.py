"""The probe's sixth part: the texts (make_sixth.py writes the .eml files, chat.jsonl and labels.toml).

Written BLIND (before reading the rules, checks or language data; of the earlier parts only the fifth's
generator and label format were read): what a pump exporter's sales inbox (sales@mingda-pumps.example,
Taizhou, UTC+8) gets on 30 November and 1 December 2026. Shapes not in parts 3-5: a freight forwarder's
"documentation fee", a sample paid "through our agent", a trade-show directory renewal, a customs hold,
a QR-code remittance, a bank-guarantee / LC fee, a fake inspection company, crypto OTC settlement;
phishing as a shared file, an e-signature, mailbox storage and a tax refund in several languages; spies
asking a full price list, the supplier's own suppliers or factory audit reports; genuine buyers and
replies in ar, de, es, fr, it, pt-BR, ru, tr, pl, vi, id, th, ja, ko, zh, sw, fa, uk; ordinary mail.
"""

# ---------------------------------------------------------------------------------------------------
# Mail. Keys as make_fifth.build reads them, plus class / lang / kind / signals for labels.toml.
# ---------------------------------------------------------------------------------------------------

MAILS: dict[str, dict] = {}


def mail(name: str, **m) -> None:
    MAILS[name] = m


# --- genuine buyers ---------------------------------------------------------------------------------

mail("g6-ar-sa-gmail-riyadh.eml", provider="gmail", date="2026-11-30 10:42:11", offset="+0300",
     **{"from": "Faisal Al-Qahtani <faisal.qahtani.trading@gmail.com>"},
     subject="طلب عرض سعر - مضخات غاطسة",
     body="""السلام عليكم ورحمة الله،

نحن مؤسسة القحطاني للمعدات الزراعية في الرياض. نرغب في الحصول على عرض سعر للمضخات الغاطسة التالية:
- موديل 4SP8-20، قدرة 4 حصان، 380 فولت: 120 قطعة
- موديل 6SP17-12، قدرة 10 حصان: 40 قطعة

الشحن إلى ميناء الدمام، سعر CIF من فضلكم. الدفع 30% مقدماً و70% مقابل مستندات الشحن.
نرجو إرسال الكتالوج ومدة التسليم.

مع التحية،
فيصل القحطاني
مؤسسة القحطاني للمعدات الزراعية
جوال: +966 55 555 2190""",
     class_="genuine", lang="ar", kind="inquiry", signals="full")

mail("g6-de-o365-duisburg.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-11-30 09:05:40", offset="+0100",
     **{"from": "Jens Hoffmann <j.hoffmann@rhein-pumpentechnik.de>"},
     subject="Anfrage Kreiselpumpen CDLF 4-60 / Angebot bis KW 50",
     body="""Sehr geehrte Damen und Herren,

wir sind ein Fachhändler für Pumpentechnik im Ruhrgebiet und suchen einen zweiten Lieferanten für
vertikale mehrstufige Kreiselpumpen.

Bitte bieten Sie uns an:
- CDLF 4-60, Edelstahl 304, Motor 2,2 kW IE3, 400 V / 50 Hz: 60 Stück
- CDLF 8-40, gleiche Ausführung: 30 Stück

Lieferbedingung FOB Ningbo oder CIF Hamburg, Zahlung 30 % Anzahlung, Rest gegen B/L-Kopie.
Bitte nennen Sie uns auch die Lieferzeit und ob CE-Konformitätserklärung und Kennlinien verfügbar sind.

Mit freundlichen Grüßen
Jens Hoffmann
Einkauf
Rhein Pumpentechnik GmbH
Duisburger Str. 118, 47166 Duisburg
Tel. +49 203 5555 412""",
     class_="genuine", lang="de", kind="inquiry", signals="full")

mail("g6-es-pe-outlook-lima.eml", provider="outlook", region="namprd", accept_lang="es-PE",
     date="2026-11-30 08:15:02", offset="-0500",
     **{"from": "Rosa Quispe <rosa.quispe.agro@outlook.com>"},
     subject="Cotización bombas periféricas QB60 - Lima",
     body="""Buenos días,

Le escribo de Agroriego Quispe SAC, Lima, Perú. Estamos interesados en bombas periféricas QB60 de 0.5 HP,
220 V monofásica. Cantidad: 500 unidades para el primer pedido.

Necesitamos precio CIF Callao, tiempo de entrega y condiciones de pago. ¿Pueden poner nuestra marca en la
placa? Si el precio es bueno haremos pedidos cada tres meses.

Saludos cordiales,
Rosa Quispe
Jefa de Compras
Agroriego Quispe SAC
+51 1 555 0183""",
     class_="genuine", lang="es", kind="inquiry", signals="full")

mail("g6-fr-be-gmail-liege.eml", provider="gmail", date="2026-11-30 14:27:55", offset="+0100",
     **{"from": "Olivier Lambert <olivier.lambert.hydro@gmail.com>"},
     subject="Demande de prix - pompes de relevage",
     body="""Bonjour,

Nous sommes une petite société d'installation sanitaire à Liège (Belgique). Nous cherchons des pompes de
relevage eaux usées avec flotteur, 750 W, 230 V, refoulement 1 1/4".

Quantité : 80 pièces pour commencer. Pourriez-vous nous envoyer votre meilleur prix FOB Shanghai et le
délai de fabrication ? Nous avons notre transitaire à Anvers.

Merci d'avance,
Olivier Lambert
Lambert Hydro SRL
+32 4 555 71 20""",
     class_="genuine", lang="fr", kind="inquiry", signals="full")

mail("g6-it-libero-short.eml", provider="vps", vps_host="smtp-out.libero.it", client_ip="213.209.10.41",
     mailer="none", date="2026-11-30 17:48:10", offset="+0100",
     **{"from": "Marco Ferri <marco.ferri72@libero.it>"},
     subject="elettropompe",
     body="""Buonasera, mi servono 40 elettropompe centrifughe 1,5 kW trifase per irrigazione, consegna a Bari.
Mi mandate un'offerta? Grazie
Marco Ferri
Azienda agricola Ferri""",
     class_="genuine", lang="it", kind="inquiry")

mail("g6-pt-br-gmail-reply.eml", provider="gmail", date="2026-11-30 19:12:33", offset="-0300",
     **{"from": "Thiago Nascimento <thiago@hidrobombas-sc.com.br>"},
     subject="Re: Cotação MD-PSQ-25 bombas solares",
     in_reply_to="<20261127083011.4471@mingda-pumps.example>",
     references="<20261127083011.4471@mingda-pumps.example>",
     body="""Olá Sra. Chen,

Obrigado pela cotação. O preço da bomba solar 3" está um pouco acima do nosso alvo. Se aumentarmos para
200 peças, conseguem fazer USD 168 FOB Ningbo? O controlador precisa ter MPPT e entrada AC/DC.

Também preciso confirmar o prazo: conseguimos embarcar ainda em janeiro, antes do Ano Novo Chinês?

Abraço,
Thiago Nascimento
Hidrobombas SC - Joinville

Em qui., 27 de nov. de 2026 às 05:30, Mingda Sales <sales@mingda-pumps.example> escreveu:
> Dear Thiago, please find our quotation for MD-PSQ-25 attached.""",
     class_="genuine", lang="pt", kind="inquiry", signals="full")

mail("g6-ru-yandex-ekb.eml", provider="yandex", client_ip="95.167.34.18", date="2026-11-30 11:20:04",
     offset="+0500", **{"from": "Сергей Волков <volkov.s@yandex.ru>"},
     subject="Запрос цены: насосы циркуляционные",
     body="""Добрый день!

Компания «УралТеплоСнаб», Екатеринбург. Интересуют циркуляционные насосы для отопления:
- 25/6-180, 220 В — 300 шт.
- 32/8-180 — 100 шт.

Доставка до Екатеринбурга через Казахстан (Хоргос), условия FCA или CPT. Оплата — в юанях через банк.
Просим прислать цену, срок производства и сертификаты ЕАС, если есть.

С уважением,
Сергей Волков
менеджер по закупкам
+7 343 555-41-08""",
     class_="genuine", lang="ru", kind="inquiry", signals="full")

mail("g6-tr-outlook-bursa.eml", provider="outlook", region="eurprd", accept_lang="tr-TR",
     date="2026-12-01 09:33:21", offset="+0300",
     **{"from": "Emre Yıldız <emre.yildiz@outlook.com.tr>"},
     subject="Dalgıç pompa fiyat talebi",
     body="""Merhaba,

Bursa'da tarımsal sulama ekipmanları satan bir firmayız. 4" dalgıç pompa, 5,5 HP, 380 V, 16 kademe
modelinden 50 adet almak istiyoruz. Teslimat Mersin limanı, CIF fiyat rica ederiz.

Ödeme: %30 peşin, %70 yükleme sonrası. Teslim süresi ve garanti koşullarını da yazar mısınız?

Saygılarımla,
Emre Yıldız
Yıldız Tarım Makina Ltd. Şti.""",
     class_="genuine", lang="tr", kind="inquiry", signals="full")

mail("g6-pl-gmail-wroclaw.eml", provider="gmail", date="2026-11-30 13:02:47", offset="+0100",
     **{"from": "Katarzyna Nowak <k.nowak.instal@gmail.com>"},
     subject="Zapytanie ofertowe - pompy do wody",
     body="""Dzień dobry,

prowadzimy hurtownię instalacyjną we Wrocławiu. Prosimy o ofertę na hydrofory z pompą JET 100,
1,1 kW, zbiornik 24 l — 120 sztuk. Dostawa do Gdańska, warunki CIF.

Czy mogą Państwo dołączyć deklarację CE i instrukcję po polsku?

Pozdrawiam
Katarzyna Nowak
Hurtownia Instal-Nowak
tel. 71 555 20 44""",
     class_="genuine", lang="pl", kind="inquiry", signals="full")

mail("g6-vi-gmail-cantho.eml", provider="gmail", date="2026-11-30 15:40:19", offset="+0700",
     **{"from": "Nguyễn Văn Hùng <hung.nguyen.maybom@gmail.com>"},
     subject="Hỏi giá máy bơm chìm nước thải",
     body="""Chào anh/chị,

Công ty em ở Cần Thơ, chuyên phân phối máy bơm. Em cần báo giá máy bơm chìm nước thải 2HP, 380V,
ống xả 65mm, số lượng 60 cái. Giao hàng về cảng Cát Lái, giá CIF.

Anh/chị gửi giúp em catalogue và thời gian sản xuất nhé. Cảm ơn!

Nguyễn Văn Hùng
Cty TNHH TM Hùng Phát
0292 555 3318""",
     class_="genuine", lang="vi", kind="inquiry", signals="full")

mail("g6-id-yahoo-medan-short.eml", provider="yahoo", yregion="sg3", date="2026-12-01 10:05:44",
     offset="+0700", **{"from": "Rudi Hartono <rudi_hartono@yahoo.co.id>"},
     subject="pompa air",
     body="""Selamat siang, saya mau tanya harga pompa sentrifugal 3 HP untuk sawit, 100 unit kirim ke Belawan.
Terima kasih.
Rudi""",
     class_="genuine", lang="id", kind="inquiry")

mail("g6-th-gmail-chonburi.eml", provider="gmail", date="2026-11-30 16:18:30", offset="+0700",
     **{"from": "Somchai Srisuk <somchai.pumpshop@gmail.com>"},
     subject="สอบถามราคาปั๊มหอยโข่ง",
     body="""สวัสดีครับ

ผมเป็นร้านขายอุปกรณ์การเกษตรที่ชลบุรี สนใจปั๊มหอยโข่ง 2 แรงม้า 220V ท่อ 2 นิ้ว จำนวน 200 ตัว
ส่งท่าเรือแหลมฉบัง ขอราคา CIF และระยะเวลาผลิตด้วยครับ

ขอบคุณครับ
สมชาย ศรีสุข
โทร 08 5555 1290""",
     class_="genuine", lang="th", kind="inquiry", signals="full")

mail("g6-ja-o365-osaka.eml", provider="o365", region="apcprd", accept_lang="ja-JP",
     date="2026-12-01 11:12:09", offset="+0900",
     **{"from": "田中 健 <k.tanaka@naniwa-setsubi.co.jp>"},
     subject="ポンプお見積りのお願い（ステンレス渦巻ポンプ）",
     body="""株式会社明達ポンプ
営業ご担当者様

お世話になります。なにわ設備株式会社の田中と申します。
下記の通りお見積りをお願いできますでしょうか。

・ステンレス渦巻ポンプ 0.75kW 200V 三相 50Hz：40台
・同 1.5kW：20台

納入先：大阪港、条件：CIF大阪
納期と支払条件もあわせてご教示ください。

よろしくお願いいたします。
田中 健
なにわ設備株式会社 購買部
TEL 06-5555-3120""",
     class_="genuine", lang="ja", kind="inquiry", signals="full")

mail("g6-ko-naver-daegu.eml", provider="naver", client_ip="211.36.142.77", date="2026-11-30 14:55:02",
     offset="+0900", **{"from": "박지훈 <jihoon_park@naver.com>"},
     subject="수중펌프 견적 요청드립니다",
     body="""안녕하세요.

대구에서 펌프 유통을 하고 있는 박지훈입니다.
오수용 수중펌프 1HP 220V 단상 모델 100대 견적 부탁드립니다.
부산항 도착 CIF 기준으로 가격과 납기 알려주세요.
KC 인증 가능 여부도 궁금합니다.

감사합니다.
박지훈 드림
010-5555-8824""",
     class_="genuine", lang="ko", kind="inquiry", signals="full")

mail("g6-zh-tw-gmail-taichung.eml", provider="gmail", date="2026-11-30 10:30:00", offset="+0800",
     **{"from": "林志明 <lin.chihming.pump@gmail.com>"},
     subject="詢價：不鏽鋼多段泵",
     body="""您好，

我們是台中的水電材料行，想詢問立式不鏽鋼多段泵 CDLF 2-50，1.1kW，220V 三相，數量 30 台。
請報 CIF 台中港價格，並告知交期與付款方式。如有 CE 證書請一併提供。

謝謝！
林志明
志明水電行
04-5555-2318""",
     class_="genuine", lang="zh", kind="inquiry", signals="full")

mail("g6-sw-gmail-dar-reply.eml", provider="gmail", date="2026-12-01 10:44:12", offset="+0300",
     **{"from": "Juma Mwakyusa <juma.mwakyusa@gmail.com>"},
     subject="Re: Bei ya pampu za jua",
     in_reply_to="<20261128091502.2201@mingda-pumps.example>",
     references="<20261128091502.2201@mingda-pumps.example>",
     body="""Habari Bi. Chen,

Asante kwa bei. Nimeongea na mteja wangu wa Dodoma, tunataka pampu za jua 40 za modeli 3SP, pamoja na
paneli. Tafadhali tuma proforma invoice kwa bei ya CIF Dar es Salaam. Malipo tutafanya kwa T/T, asilimia
hamsini kwanza.

Muda wa kusafirisha ni wiki ngapi?

Asante,
Juma Mwakyusa
Mwakyusa Agro Supplies, Dar es Salaam""",
     class_="genuine", lang="sw", kind="inquiry", signals="full")

mail("g6-fa-gmail-mashhad.eml", provider="gmail", date="2026-11-30 12:10:40", offset="+0330",
     **{"from": "Reza Karimi <reza.karimi.pomp@gmail.com>"},
     subject="درخواست قیمت پمپ کفکش",
     body="""با سلام و احترام،

شرکت ما در مشهد در زمینه تجهیزات آبیاری فعالیت می‌کند. لطفاً برای ۵۰ عدد پمپ کفکش ۱.۵ کیلووات،
۳۸۰ ولت، قیمت CFR بندرعباس را اعلام فرمایید. زمان تحویل و شرایط پرداخت را هم بفرمایید.

با تشکر،
رضا کریمی
شرکت آبیاران شرق""",
     class_="genuine", lang="fa", kind="inquiry", signals="full")

mail("g6-uk-gmail-dnipro.eml", provider="gmail", date="2026-11-30 11:05:09", offset="+0200",
     **{"from": "Олена Коваль <olena.koval.agro@gmail.com>"},
     subject="Запит ціни на насоси",
     body="""Добрий день!

Ми — компанія «Агрополив» з Дніпра. Нас цікавлять свердловинні насоси 4", 1,5 кВт, 220 В, з кабелем 30 м,
кількість 80 шт. Доставка до Одеси (порт Чорноморськ) або через Польщу автомобілем.

Прошу надіслати ціну, термін виготовлення та умови оплати.

З повагою,
Олена Коваль
відділ закупівель, ТОВ «Агрополив»""",
     class_="genuine", lang="uk", kind="inquiry", signals="full")

mail("g6-en-ke-o365-nairobi-mixed.eml", provider="o365", region="eurprd", accept_lang="en-GB",
     date="2026-12-01 08:40:00", offset="+0300",
     **{"from": "Peter Otieno <procurement@lakeside-irrigation.co.ke>"},
     subject="RFQ: booster pumps for Kisumu project",
     body="""Dear Sir/Madam,

We are an irrigation contractor in Kenya. For a school water project in Kisumu we need:
- 25 x horizontal multistage booster pumps, 1.5 kW, 230 V, with pressure tank 100 L
- 10 x control panels with dry-run protection

Please quote CIF Mombasa with lead time. Payment by LC at sight (our bank: Equity Bank) or TT 30/70.
Kindly include the pump curves.

Regards,
Peter Otieno
Procurement, Lakeside Irrigation Ltd
+254 722 555 418""",
     class_="genuine", lang="en", kind="inquiry", signals="full")

# --- ordinary mail that is not an inquiry -----------------------------------------------------------

mail("h6-en-ses-forwarder-arrival.eml", provider="ses", ses_region="ap-southeast-1",
     date="2026-12-01 08:02:00", offset="+0800",
     **{"from": "Shipment Updates <noreply@notify.seaway-logistics.example>"},
     subject="Arrival notice: HBL SWL26110452 - Jebel Ali",
     body="""Dear customer,

Your shipment has arrived at the port of discharge.

HBL: SWL26110452   Container: TGHU 5523107 (40HC)
Vessel / voyage: MSC ARINA / 648W
POL: Ningbo   POD: Jebel Ali   ATA: 30 Nov 2026

The consignee has been notified. No action is required from the shipper.
Track your shipment on seaway-logistics.example with your HBL number.

Seaway Logistics - this is an automated message, please do not reply.""",
     class_="genuine", lang="en", kind="ham")

mail("h6-en-ses-bank-statement.eml", provider="ses", ses_region="ap-southeast-1",
     date="2026-12-01 06:00:00", offset="+0800",
     **{"from": "Bank of Ningbo e-Statement <estatement@mail.example-bank.example>"},
     subject="Your November 2026 account statement is ready",
     body="""Dear MINGDA PUMP CO., LTD,

Your statement for account ending 4471 for the period 01/11/2026 - 30/11/2026 is now available in
corporate online banking. For your security, we never include links to log in; please open our app or
type our address yourself.

Customer service: 95574

This mailbox is not monitored.""",
     class_="genuine", lang="en", kind="ham")

mail("h6-de-o365-customer-thanks.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-11-30 15:22:10", offset="+0100",
     **{"from": "Anna Becker <a.becker@wasser-becker.de>"},
     subject="AW: Lieferung PO 2026-118 angekommen",
     in_reply_to="<20261124100211.1120@mingda-pumps.example>",
     body="""Hallo Frau Chen,

die Ware aus PO 2026-118 ist heute vollständig und unbeschädigt bei uns eingetroffen. Vielen Dank für die
gute Verpackung. Die Restzahlung geht morgen raus.

Viele Grüße
Anna Becker
Wasser Becker GmbH""",
     class_="genuine", lang="de", kind="ham")

mail("h6-en-ses-fair-newsletter.eml", provider="ses", ses_region="eu-central-1",
     date="2026-11-30 10:00:00", offset="+0100",
     **{"from": "IFAT Munich <newsletter@ifat-news.example>"},
     subject="IFAT 2026 recap and dates for 2028",
     body="""Thank you to all 3,200 exhibitors of IFAT 2026.

Highlights: water and sewage technology, pumps, digital utilities. The next edition runs
4-8 May 2028 in Munich. Exhibitor registration opens in spring 2027 on our official website.

You receive this newsletter because you visited IFAT. Unsubscribe at any time.""",
     class_="genuine", lang="en", kind="ham")

mail("h6-zh-qq-colleague.eml", provider="qq", client_ip="183.136.12.40", date="2026-12-01 09:15:00",
     offset="+0800", **{"from": "王芳 <wangfang_mingda@qq.com>"},
     subject="转发：迪拜客户样品寄出单号",
     body="""陈经理：

迪拜客户的两台样品泵已经寄出，顺丰国际单号 SF1460255500，预计周五到。
发票和装箱单在附件共享盘里，您有空看一下。

王芳""",
     class_="genuine", lang="zh", kind="ham")

# --- scams: fees, agents, hold-ups, guarantees, crypto ----------------------------------------------

mail("x6-en-gmail-forwarder-doc-fee.eml", provider="gmail", date="2026-11-30 13:44:20", offset="+0100",
     **{"from": "David Mensah <davidmensah.imports@gmail.com>"},
     subject="Order confirmation - pumps - forwarder details",
     body="""Hello Sales,

We are pleased to confirm our order for your pumps as per your website, total value USD 48,600. Our
payment will be made by bank transfer once the goods are ready.

Our appointed freight forwarder, Swift Cargo Global Ltd, will handle pick-up from your factory. Before
they can issue the booking, the supplier must settle their documentation and export clearance fee of
USD 680 directly with them. This is standard procedure in our company and the amount will be added to our
payment.

Contact: bookings.swiftcargoglobal@outlook.com, WhatsApp +44 7700 900 184.

Kindly confirm you have contacted them today so shipment is not delayed.

David Mensah
Procurement Director""",
     class_="scam", lang="en", kind="seller-pays-fee")

mail("x6-en-gmail-sample-agent.eml", provider="gmail", date="2026-11-30 22:51:03", offset="+0100",
     **{"from": "Andrew Collins <andrew.collins.buyer887@gmail.com>"},
     subject="Sample order",
     body="""Dear Supplier,

Our company want to order samples of all your pump models before big order of 5 containers. Because of
currency control in our country, sample payment will be made via our agent in Dubai. Our agent will send
you the money by Western Union, please deduct your sample cost and send the balance to the courier agent
who will collect the samples.

Please send your full name, address and phone number for the transfer.

Regards
Andrew""",
     class_="scam", lang="en", kind="overpayment")

mail("x6-en-vps-expo-directory.eml", provider="vps", vps_host="mail.globalexpo-directory.example",
     client_ip="185.212.47.19", date="2026-12-01 04:10:00", offset="+0000",
     **{"from": "Exhibitor Services <renewals@globalexpo-directory.example>"},
     subject="Action required: renewal of your exhibitor listing - IFAT / Canton Fair 2027",
     body="""Dear Exhibitor,

Your company entry in the Global Exhibitors Directory 2027 (print + online) expires on 05/12/2026. To keep
your entry and your stand data visible to the 45,000 trade visitors, please confirm and return the attached
updated form.

Annual publication fee: EUR 1,271 (see terms on page 2). Entries not corrected are renewed automatically.

Please sign and return the form by reply.

Exhibitor Services Department""",
     attach=[("Entry_form_2027.pdf", "application/pdf", "%PDF-1.4\n% entry form\n")],
     class_="scam", lang="en", kind="fake-directory")

mail("x6-en-outlook-customs-hold.eml", provider="outlook", region="eurprd", date="2026-12-01 07:30:55",
     offset="+0000", **{"from": "Nigeria Customs Clearing Unit <ncs.clearing.unit@outlook.com>"},
     subject="Consignment on hold - demurrage - urgent",
     body="""Attention: Shipper

Your consignment (40HC, pumps) for consignee Rabby Ventures is currently held at Apapa port pending
clearance. A non-compliance penalty and demurrage charge of USD 1,950 must be paid by the shipper before
the cargo can be released. If not paid in 72 hours the goods will be auctioned.

Send payment confirmation to this office for release letter.

Clearing Officer
Nigeria Customs Service""",
     class_="scam", lang="en", kind="seller-pays-fee")

mail("x6-en-vps-qr-remittance.eml", provider="vps", vps_host="srv1.payremit-advice.example",
     client_ip="91.92.241.88", date="2026-12-01 02:18:00", offset="+0000",
     **{"from": "Accounts Payable <ap@payremit-advice.example>"},
     subject="Remittance advice - payment released INV-2026-1129",
     body="""Hello,

A payment of USD 36,420.00 has been released to your account. To view the remittance advice, scan the
QR code in the attached document with your mobile phone and sign in with your email password.

The document expires in 24 hours.

Accounts Payable""",
     attach=[("Remittance_QR.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")],
     class_="phishing", lang="en", kind="qr-lure")

mail("x6-en-gmail-lc-fee.eml", provider="gmail", date="2026-11-30 15:03:10", offset="+0100",
     **{"from": "Dr. Samuel Okoro <samuel.okoro.energy@gmail.com>"},
     subject="Purchase of 2,000 solar pumps - bank guarantee",
     body="""Dear Managing Director,

Our ministry project requires 2,000 units of your solar pumps. Payment will be 100% by irrevocable letter of
credit from our bank. To activate the LC and the bank guarantee in your favour, the beneficiary is to pay
the LC activation and stamp duty fee of USD 2,300 to our bank's correspondent. This fee is refundable on
first drawing.

Kindly send your company details and the beneficiary's account so our bank can proceed.

Dr. Samuel Okoro""",
     class_="scam", lang="en", kind="seller-pays-fee")

mail("x6-en-o365-fake-inspection.eml", provider="o365", region="eurprd", date="2026-12-01 09:20:00",
     offset="+0000", **{"from": "SGS Inspection Desk <inspection@sgs-qualitycontrol.example>"},
     subject="Pre-shipment inspection booking - buyer order 88017",
     body="""Dear Supplier,

Your buyer has nominated us for the pre-shipment inspection of order 88017 (submersible pumps). According to
the buyer's contract, the inspection fee of USD 420 is paid by the supplier in advance. Please transfer the
fee to the account below and send us the slip so we can schedule the inspector.

Bank: ... account name: Quality Inspection Services Ltd

Inspection Coordinator""",
     class_="scam", lang="en", kind="seller-pays-fee")

mail("x6-en-gmail-crypto-otc.eml", provider="gmail", date="2026-12-01 01:20:00", offset="+0400",
     **{"from": "Khalid Rahman <khalid.otc.desk@gmail.com>"},
     subject="Bulk order - settlement through OTC desk",
     body="""Hi,

We are a trading company in Dubai. We want to buy any pumps you have available for about USD 90,000.
Our settlement is through an OTC desk in USDT (TRC20), fastest and no bank charges. After payment our OTC
partner converts to your account in CNY, you just confirm your wallet.

Please send your proforma and wallet address today.

Khalid""",
     class_="scam", lang="en", kind="crypto")

mail("x6-es-gmail-agente-muestras.eml", provider="gmail", date="2026-11-30 23:40:00", offset="-0500",
     **{"from": "Carlos Mendoza <carlosmendoza.importa@gmail.com>"},
     subject="Pedido muestras bombas",
     body="""Estimado proveedor,

Queremos comprar muestras de sus bombas. El pago de las muestras lo hará nuestro agente en Panamá por un
monto mayor; ustedes descuentan el costo y envían la diferencia a la empresa de transporte que recogerá
las muestras. Por favor envíe sus datos completos.

Saludos,
Carlos""",
     class_="scam", lang="es", kind="overpayment")

mail("x6-fr-gmail-frais-douane.eml", provider="gmail", date="2026-12-01 08:10:00", offset="+0000",
     **{"from": "Ibrahim Traoré <ibrahim.traore.negoce@gmail.com>"},
     subject="Commande pompes - dédouanement",
     body="""Bonjour,

Nous confirmons la commande de 300 pompes. Notre transitaire à Abidjan exige que le fournisseur paie
d'abord les frais de dédouanement et le certificat de conformité (850 USD) avant l'expédition. Nous
rembourserons ces frais avec le paiement final.

Merci de contacter le transitaire sur WhatsApp +225 07 55 55 21 30.

Ibrahim""",
     class_="scam", lang="fr", kind="seller-pays-fee")

mail("x6-pt-gmail-garantia-bancaria.eml", provider="gmail", date="2026-11-30 18:30:00", offset="-0300",
     **{"from": "Ricardo Alves <ricardo.alves.invest@gmail.com>"},
     subject="Pedido grande - carta de crédito",
     body="""Prezados,

Temos interesse em 1.500 bombas solares para um projeto do governo. O pagamento será por carta de crédito.
Para emitir a garantia bancária em nome da sua empresa, é necessário que o fornecedor pague a taxa de
emissão de USD 1.800 ao nosso banco. O valor será devolvido no pagamento.

Aguardo os dados da empresa.

Ricardo Alves""",
     class_="scam", lang="pt", kind="seller-pays-fee")

mail("x6-ar-gmail-raswm-takhlees.eml", provider="gmail", date="2026-12-01 09:00:00", offset="+0300",
     **{"from": "Hassan Ali <hassan.ali.trading77@gmail.com>"},
     subject="طلب شراء مضخات",
     body="""السلام عليكم،

نريد شراء 500 مضخة. وكيل الشحن الخاص بنا يطلب من المورد دفع رسوم التخليص الجمركي وشهادة المطابقة
(900 دولار) قبل الشحن، وسنعيد لكم المبلغ مع الدفعة النهائية.

أرسلوا بياناتكم الكاملة ورقم الهاتف.

حسن""",
     class_="scam", lang="ar", kind="seller-pays-fee")

mail("x6-ru-mailru-otc-kripto.eml", provider="mailru", client_ip="5.44.168.21", date="2026-12-01 10:00:00",
     offset="+0300", **{"from": "Артём <artem.trade2026@mail.ru>"},
     subject="Оптовый заказ насосов",
     body="""Здравствуйте!

Готовы купить всё, что есть на складе, на сумму до 70 000 $. Оплата через OTC-обменник в USDT, без банков.
Пришлите адрес вашего кошелька и счёт.

Артём""",
     class_="scam", lang="ru", kind="crypto")

# --- phishing ---------------------------------------------------------------------------------------

mail("p6-it-vps-file-condiviso.eml", provider="vps", vps_host="mail.docs-condivisi.example",
     client_ip="45.137.21.9", date="2026-12-01 03:30:00", offset="+0100",
     **{"from": "OneDrive <no-reply@docs-condivisi.example>"},
     subject="Giulia Rossi ha condiviso con te \"Ordine_Pompe_Dicembre.xlsx\"",
     body="""Giulia Rossi ha condiviso un file con te.

Ordine_Pompe_Dicembre.xlsx

Apri: https://onedrive-condivisi.pages.dev/s/ordine?e=sales@mingda-pumps.example

Per visualizzare il documento accedi con le credenziali della tua email aziendale.""",
     class_="phishing", lang="it", kind="shared-doc")

mail("p6-es-vps-firma-electronica.eml", provider="vps", vps_host="sign-docu.example", client_ip="193.233.48.11",
     date="2026-12-01 05:12:00", offset="+0000",
     **{"from": "DocuFirma <notificaciones@sign-docu.example>"},
     subject="Documento pendiente de firma: Contrato de suministro 2027",
     body="""Hola,

Tiene un documento pendiente de firma: "Contrato de suministro 2027 - bombas".

REVISAR DOCUMENTO: https://docufirma-revisar.web.app/contrato?id=88213

Debe iniciar sesión con su correo y contraseña para firmar. El enlace caduca en 48 horas.""",
     class_="phishing", lang="es", kind="esign-lure")

mail("p6-de-vps-speicherplatz.eml", provider="vps", vps_host="mx.postfach-service.example",
     client_ip="89.208.104.5", date="2026-12-01 06:45:00", offset="+0100",
     **{"from": "E-Mail-Administrator <admin@postfach-service.example>"},
     subject="Ihr Postfach ist zu 99 % voll - eingehende Nachrichten werden zurückgehalten",
     body="""Sehr geehrter Benutzer sales@mingda-pumps.example,

Ihr Speicherplatz ist fast erschöpft (4,95 GB von 5 GB). 14 eingehende Nachrichten wurden zurückgehalten.
Um Speicherplatz kostenlos zu erweitern und Ihre Nachrichten freizugeben, bestätigen Sie Ihr Konto hier:

https://postfach-erweitern.workers.dev/login

Ihr IT-Team""",
     class_="phishing", lang="de", kind="mailbox")

mail("p6-fr-vps-remboursement-impots.eml", provider="vps", vps_host="srv.impots-remb.example",
     client_ip="185.244.25.60", date="2026-12-01 07:05:00", offset="+0100",
     **{"from": "Service des impôts <remboursement@impots-remb.example>"},
     subject="Vous avez droit à un remboursement de 842,50 EUR",
     body="""Madame, Monsieur,

Après le dernier calcul de votre activité fiscale, vous avez droit à un remboursement de 842,50 EUR.
Pour le recevoir, veuillez compléter le formulaire en ligne avec vos coordonnées bancaires :

https://impots-remboursement.pages.dev/formulaire

Sans réponse sous 48 heures, le remboursement sera annulé.

Direction générale des Finances publiques""",
     class_="phishing", lang="fr", kind="tax-refund")

mail("p6-pt-vps-restituicao.eml", provider="vps", vps_host="mail.receita-restitui.example",
     client_ip="77.91.124.3", date="2026-12-01 08:00:00", offset="-0300",
     **{"from": "Receita Federal <restituicao@receita-restitui.example>"},
     subject="Restituição disponível - confirme seus dados",
     body="""Prezado contribuinte,

Identificamos uma restituição de R$ 2.318,40 em seu nome. Para liberar o valor, acesse o link abaixo e
confirme seus dados bancários:

https://restituicao-receita.web.app/confirmar

Prazo: 3 dias úteis.""",
     class_="phishing", lang="pt", kind="tax-refund")

mail("p6-ja-vps-mailbox-youryou.eml", provider="vps", vps_host="mail.mailbox-kanri.example",
     client_ip="103.75.190.22", date="2026-12-01 09:40:00", offset="+0900",
     **{"from": "メール管理センター <support@mailbox-kanri.example>"},
     subject="【重要】メールボックスの容量が上限に達しました",
     body="""お客様各位

ご利用中のメールボックスの容量が上限に達したため、新しいメールを受信できません。
以下のリンクからログインし、容量を無料で追加してください。

https://mailbox-youryou.pages.dev/login

24時間以内にご対応いただけない場合、アカウントは停止されます。""",
     class_="phishing", lang="ja", kind="mailbox")

mail("p6-pl-vps-udostepniony-plik.eml", provider="vps", vps_host="share-pliki.example", client_ip="194.26.29.110",
     date="2026-12-01 08:20:00", offset="+0100",
     **{"from": "SharePoint <powiadomienia@share-pliki.example>"},
     subject="Udostępniono Ci plik: Zamówienie_grudzień.pdf",
     body="""Marek Wiśniewski udostępnił(a) Ci plik.

Zamówienie_grudzień.pdf

Otwórz: https://sharepoint-pliki.workers.dev/doc?u=sales

Aby wyświetlić dokument, zaloguj się swoim adresem e-mail i hasłem.""",
     class_="phishing", lang="pl", kind="shared-doc")

mail("p6-en-gmail-esign-po.eml", provider="gmail", date="2026-12-01 03:05:00", offset="+0000",
     **{"from": "Procurement Dept <purchasing.dept.orders@gmail.com>"},
     subject="Please sign: Purchase Agreement PO#77120",
     body="""Dear Partner,

Please review and e-sign the attached purchase agreement for PO#77120 (pumps, USD 128,000).

Review & Sign: https://esign-po77120.web.app/review

You will be asked to verify your email account before signing.

Purchasing""",
     class_="phishing", lang="en", kind="esign-lure")

# --- spies ------------------------------------------------------------------------------------------

mail("s6-en-gmail-full-pricelist.eml", provider="gmail", date="2026-11-30 16:40:00", offset="+0530",
     **{"from": "Rahul Mehta <rahul.mehta.sourcing@gmail.com>"},
     subject="Price list request",
     body="""Hello,

Please send your complete price list for all models, with your factory cost breakdown (motor, casing,
impeller, labour) and the name of your motor and copper wire suppliers. We are doing a market study and
will decide later. No samples needed now.

Thanks
Rahul""",
     class_="spy", lang="en", kind="spy")

mail("s6-de-gmail-auditberichte.eml", provider="gmail", date="2026-11-30 10:20:00", offset="+0100",
     **{"from": "Stefan Krüger <stefan.krueger.consult@gmail.com>"},
     subject="Lieferantenbewertung",
     body="""Guten Tag,

für eine Lieferantenbewertung benötigen wir Ihre vollständige Preisliste, Ihre letzten Fabrik-Auditberichte
(BSCI, ISO), die Namen Ihrer Hauptkunden in Europa und Ihrer Lieferanten für Motoren und Gussteile.
Ein konkretes Projekt haben wir derzeit nicht.

Mit freundlichen Grüßen
Stefan Krüger""",
     class_="spy", lang="de", kind="spy")

mail("s6-tr-gmail-tedarikci-adi.eml", provider="gmail", date="2026-12-01 11:00:00", offset="+0300",
     **{"from": "Burak Demir <burak.demir.pompa@gmail.com>"},
     subject="Fiyat listesi",
     body="""Merhaba,

Tüm ürünlerinizin tam fiyat listesini ve motorlarınızı hangi fabrikadan aldığınızı öğrenmek istiyoruz.
Ayrıca Türkiye'deki müşterilerinizin isimlerini paylaşabilir misiniz? Şimdilik sipariş planımız yok.

Burak""",
     class_="spy", lang="tr", kind="spy")


# ---------------------------------------------------------------------------------------------------
# Chat, phone and web-form lines.
# ---------------------------------------------------------------------------------------------------

CHATS: list[dict] = [
    {"id": "c6-es-01", "channel": "whatsapp", "received_at": "2026-12-01T00:20:00+08:00", "name": "Luis Paredes",
     "phone": "+57 310 555 4821", "country": "CO", "class": "genuine", "lang": "es", "kind": "inquiry",
     "body": "Buenas, necesito 20 bombas sumergibles de 2 HP para pozo, entrega en Buenaventura. Me envía precio?"},
    {"id": "c6-pt-01", "channel": "whatsapp", "received_at": "2026-11-30T21:10:00+08:00", "name": "Mariana",
     "phone": "+55 62 99555 1033", "country": "BR", "class": "genuine", "lang": "pt", "kind": "inquiry",
     "body": "Oi, vocês têm bomba centrífuga 3cv trifásica? Preciso de 60 unidades pra Goiânia, qual o prazo?"},
    {"id": "c6-ar-01", "channel": "whatsapp", "received_at": "2026-11-30T15:30:00+08:00", "name": "محمد",
     "phone": "+971 50 555 3302", "country": "AE", "class": "genuine", "lang": "ar", "kind": "inquiry",
     "body": "مرحبا، عندكم مضخة غاطسة 3 حصان؟ أحتاج 100 قطعة إلى جبل علي، كم السعر؟"},
    {"id": "c6-tr-01", "channel": "whatsapp", "received_at": "2026-12-01T14:05:00+08:00", "name": "Serkan",
     "phone": "+90 532 555 7710", "country": "TR", "class": "genuine", "lang": "tr", "kind": "inquiry",
     "body": "Merhaba, 2 HP santrifüj pompa fiyatı nedir? 40 adet İzmir'e"},
    {"id": "c6-ru-01", "channel": "im", "received_at": "2026-11-30T17:45:00+08:00", "name": "Дмитрий",
     "country": "KZ", "class": "genuine", "lang": "ru", "kind": "inquiry",
     "body": "Здравствуйте, нужны дренажные насосы 0,75 кВт, 200 шт, доставка Алматы. Цена?"},
    {"id": "c6-id-01", "channel": "whatsapp", "received_at": "2026-12-01T11:40:00+08:00", "name": "Wayan",
     "phone": "+62 813 5555 2044", "country": "ID", "class": "genuine", "lang": "id", "kind": "inquiry",
     "body": "Pak, pompa celup 1 HP ada stok? saya perlu 50 unit ke Denpasar"},
    {"id": "c6-vi-01", "channel": "im", "received_at": "2026-12-01T10:25:00+08:00", "name": "Lê Thu",
     "country": "VN", "class": "genuine", "lang": "vi", "kind": "inquiry",
     "body": "Shop ơi, bơm tăng áp 370W giá bao nhiêu? lấy 100 cái về Đà Nẵng"},
    {"id": "c6-fr-01", "channel": "web", "received_at": "2026-11-30T22:00:00+08:00", "name": "Awa Diallo",
     "email": "awa.diallo.sn@gmail.com", "country": "SN", "class": "genuine", "lang": "fr", "kind": "inquiry",
     "body": "Bonjour, je cherche 30 pompes solaires immergées pour forages au Sénégal, livraison Dakar. Merci de m'envoyer le prix."},
    {"id": "c6-pl-01", "channel": "phone", "received_at": "2026-11-30T18:30:00+08:00", "name": "Tomasz",
     "phone": "+48 601 555 302", "country": "PL", "class": "genuine", "lang": "pl", "kind": "inquiry",
     "body": "Dzwonił w sprawie 80 pomp głębinowych 4 cale, dostawa do Gdyni, prosi o ofertę mailem."},
    {"id": "c6-sw-01", "channel": "whatsapp", "received_at": "2026-12-01T13:15:00+08:00", "name": "Amani",
     "phone": "+255 754 555 118", "country": "TZ", "class": "genuine", "lang": "sw", "kind": "inquiry",
     "body": "Habari, nahitaji pampu za maji 30 za umeme wa jua, mzigo upelekwe Mwanza. Bei gani?"},
    {"id": "c6-ko-01", "channel": "im", "received_at": "2026-12-01T12:30:00+08:00", "name": "김민수",
     "country": "KR", "class": "genuine", "lang": "ko", "kind": "inquiry",
     "body": "안녕하세요, 가압펌프 400W 50대 인천으로 보내주시면 얼마인가요?"},
    # bad lines
    {"id": "c6-en-01", "channel": "whatsapp", "received_at": "2026-12-01T02:10:00+08:00", "name": "Mike",
     "phone": "+1 646 555 0193", "class": "scam", "lang": "en", "kind": "seller-pays-fee",
     "body": "Hi, my freight forwarder needs you to pay the $450 documentation fee first, we refund it with the order payment"},
    {"id": "c6-en-02", "channel": "whatsapp", "received_at": "2026-12-01T03:40:00+08:00", "name": "James",
     "phone": "+234 803 555 4120", "class": "scam", "lang": "en", "kind": "overpayment",
     "body": "I will pay for the samples through my agent, deduct your cost and send the rest to the courier"},
    {"id": "c6-en-03", "channel": "im", "received_at": "2026-12-01T04:20:00+08:00", "name": "Trade Expo Team",
     "class": "scam", "lang": "en", "kind": "fake-directory",
     "body": "Your exhibitor directory listing expires this week, pay the renewal fee of EUR 990 to stay listed for 2027"},
    {"id": "c6-en-04", "channel": "whatsapp", "received_at": "2026-12-01T05:05:00+08:00", "name": "Alex",
     "phone": "+971 55 555 8290", "class": "scam", "lang": "en", "kind": "crypto",
     "body": "we settle via OTC desk in USDT, send wallet and I buy all stock you have"},
    {"id": "c6-fr-02", "channel": "whatsapp", "received_at": "2026-12-01T06:00:00+08:00", "name": "Moussa",
     "phone": "+225 07 55 55 80 11", "class": "scam", "lang": "fr", "kind": "seller-pays-fee",
     "body": "La marchandise est bloquée à la douane, vous devez payer les frais de 600 dollars pour la libérer"},
    {"id": "c6-es-02", "channel": "web", "received_at": "2026-12-01T07:15:00+08:00", "name": "Inspección Global",
     "email": "inspeccion.global@gmail.com", "class": "scam", "lang": "es", "kind": "seller-pays-fee",
     "body": "Somos la empresa de inspección nombrada por su cliente. El proveedor debe pagar la tarifa de inspección de 380 USD antes de la visita."},
    {"id": "c6-de-01", "channel": "web", "received_at": "2026-12-01T08:00:00+08:00", "name": "IT Support",
     "email": "it-support@postfach-hilfe.example", "class": "phishing", "lang": "de", "kind": "mailbox",
     "body": "Ihr Postfach ist voll. Melden Sie sich hier an, um Speicher freizugeben: https://postfach-hilfe.pages.dev"},
    {"id": "c6-en-05", "channel": "web", "received_at": "2026-12-01T09:10:00+08:00", "name": "Tax Office",
     "email": "refund@tax-refund-gov.example", "class": "phishing", "lang": "en", "kind": "tax-refund",
     "body": "You are eligible for a tax refund of USD 612. Submit your bank card details at https://taxrefund-claim.web.app"},
    {"id": "c6-en-06", "channel": "im", "received_at": "2026-12-01T10:30:00+08:00", "name": "Kevin",
     "class": "spy", "lang": "en", "kind": "spy",
     "body": "Can you send your full price list for all models and tell me who makes your motors? No project yet, just comparing."},
    {"id": "c6-pt-02", "channel": "whatsapp", "received_at": "2026-12-01T11:20:00+08:00", "name": "Paulo",
     "phone": "+55 11 95555 0321", "class": "scam", "lang": "pt", "kind": "seller-pays-fee",
     "body": "Para liberar a carta de crédito vocês precisam pagar a taxa de garantia bancária de 1.200 dólares"},
]

# make_sixth.py reads "class_" (a Python keyword cannot be a keyword argument)
for _m in MAILS.values():
    _m["class"] = _m.pop("class_")
