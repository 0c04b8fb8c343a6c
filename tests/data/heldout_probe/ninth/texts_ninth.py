"""The probe's ninth part: the texts (make_ninth.py writes the .eml files, chat.jsonl and labels.toml).
Written BLIND (before reading the rules, checks or language data; of earlier parts only the generators'
layout was read): what a hydraulic hose and fittings exporter's sales inbox (sales@weida-hydraulics.example,
Ningbo, UTC+8) gets on 2 December 2026. Genuine buyers in 27 languages with real-shaped provider headers,
short and long, full and vague; ordinary modern mail (a carrier's own notice, a bank alert, a newsletter,
colleagues, auto-replies); 2024-2026 fraud (advance fee, inheritance, investment, BEC, fake POs / RFQs,
brand-dressed credential lures, card orders, fees the seller must pay, overpayment, crypto, chat-app moves,
spies); chat lines.
"""

from __future__ import annotations

MAILS: dict[str, dict] = {}


def mail(name: str, **m) -> None:
    MAILS[name] = m


PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00xl/workbook.xml"

# --- genuine buyers -----------------------------------------------------------------------------------

mail("g9-en-us-gmail-houston.eml", provider="gmail", date="2026-12-01 17:22:05", offset="-0600",
     **{"from": "Travis Whitfield <t.whitfield.gulfhyd@gmail.com>"},
     subject="Quote needed - SAE 100R2AT hose, 3/8 and 1/2",
     body="""Hi there,

Found you on the Ningbo expo list. We run a hydraulic repair shop in Pasadena TX and our local
distributor keeps running out. Looking for:

  SAE 100R2AT 3/8" - 6 reels x 100 m
  SAE 100R2AT 1/2" - 6 reels x 100 m
  matching 00110 ferrules, 2,000 each size

Please quote CIF Houston. Do you have MSHA-accepted cover? If not that's ok.

Thanks,
Travis Whitfield
Gulf Coast Hydraulic Repair LLC
(281) 555-0176
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g9-es-cl-outlook-antofagasta.eml", provider="outlook", region="brazil", accept_lang="es-CL",
     date="2026-12-01 19:40:11", offset="-0300",
     **{"from": "Camila Fuentes <camila.fuentes.m@outlook.com>"},
     subject="Cotización mangueras 4SH para minería",
     body="""Estimados,

Somos una empresa de mantención de equipos mineros en Antofagasta. Quisiéramos cotizar:

1) Manguera EN 856 4SH de 1" - 400 metros
2) Manguera EN 856 4SH de 1-1/4" - 250 metros
3) Terminales prensables interlock para ambas medidas

Necesitamos plazo de fabricación y flete CFR San Antonio. ¿Tienen certificado de pruebas de impulso?

Saludos cordiales,
Camila Fuentes
Jefa de Abastecimiento
Servimin SpA
""", class_="genuine", lang="es", kind="inquiry", signals="full")

mail("g9-es-mx-gmail-corto.eml", provider="gmail", date="2026-12-01 21:05:43", offset="-0600",
     **{"from": "Jorge Lara <jlara.refacciones@gmail.com>"},
     subject="precio",
     body="""buenas, manejan conexiones JIC hembra giratoria? me pasan precio por favor
saludos
""", class_="genuine", lang="es", kind="inquiry")

mail("g9-pt-br-yahoo-goiania.eml", provider="yahoo", yregion="bf2", date="2026-12-02 08:14:30", offset="-0300",
     **{"from": "Ricardo Moura <ricardo_moura_agro@yahoo.com.br>"},
     subject="Pedido de cotação - mangueiras para tratores",
     body="""Bom dia,

Trabalho com revenda de peças agrícolas em Goiânia. Preciso de preço para 300 mangueiras prensadas
R2 de 1/2 x 1,20 m com terminais JIC fêmea nos dois lados, para colheitadeiras.

Entrega CIF Santos. Pagamento à vista com desconto, ou 30/70 se preferirem.
Vocês conseguem gravar nossa marca na capa?

Att,
Ricardo Moura
Moura Peças Agrícolas
(62) 9 8555-4410
""", class_="genuine", lang="pt", kind="inquiry", signals="full")

mail("g9-fr-ma-gmail-casablanca.eml", provider="gmail", date="2026-12-02 09:30:12", offset="+0100",
     **{"from": "Youssef Bennani <y.bennani.hydromaroc@gmail.com>"},
     subject="Demande de prix flexibles hydrauliques",
     body="""Bonjour Madame, Monsieur,

Nous sommes distributeur de pièces pour engins de chantier à Casablanca. Merci de nous faire une offre
pour :

- Flexible 2SN DN10 : 1 500 m
- Flexible 2SN DN16 : 1 000 m
- Raccords 2 pièces à sertir, filetage BSP, pour ces deux diamètres

Livraison CFR Casablanca, paiement par crédit documentaire. Merci de préciser le délai.

Cordialement,
Youssef Bennani
Hydro Maroc SARL
""", class_="genuine", lang="fr", kind="inquiry", signals="full")

mail("g9-de-webde-landtechnik.eml", provider="gmx", client_ip="91.64.18.203", date="2026-12-02 07:55:00", offset="+0100",
     **{"from": "Thomas Kästner <t.kaestner@web.de>"},
     subject="Anfrage Hydraulikschläuche",
     body="""Guten Morgen,

wir sind ein kleiner Landtechnik-Händler in Niedersachsen. Bitte um ein Angebot für
200 Stück Hydraulikschläuche 2SN DN12, Länge 1500 mm, beidseitig DKOL 18L,
Lieferung frei Hamburg (DAP). Mit Prüfprotokoll bitte.

Mit freundlichen Grüßen
Thomas Kästner
Kästner Landtechnik GmbH
Tel. 05141 555 293
""", class_="genuine", lang="de", kind="inquiry", signals="full")

mail("g9-it-libero-verona.eml", provider="libero", client_ip="93.41.22.118", date="2026-12-02 10:12:00", offset="+0100",
     **{"from": "Giorgio Ferretti <giorgio.ferretti@libero.it>"},
     subject="richiesta offerta raccordi",
     body="""Buongiorno,

avrei bisogno di un'offerta per raccordi ORFS maschio da 3/4" (circa 800 pezzi) e adattatori BSP/JIC
assortiti, consegna a Verona. Potete inviarmi anche le schede tecniche?

Grazie e buona giornata
Giorgio Ferretti
Oleodinamica Ferretti snc
""", class_="genuine", lang="it", kind="inquiry", signals="full")

mail("g9-ru-yandex-ekb.eml", provider="yandex", client_ip="95.167.44.19", date="2026-12-02 07:20:00", offset="+0500",
     **{"from": "Алексей Гущин <a.guschin.rvd@yandex.ru>"},
     subject="Запрос цены РВД",
     body="""Добрый день!

Мы занимаемся ремонтом спецтехники в Екатеринбурге. Интересуют рукава высокого давления:
- 2SN DN12, бухты по 50 м, 40 бухт
- 4SP DN20, 20 бухт
Плюс фитинги DK и DKOL под эти рукава.

Доставка до Екатеринбурга через Казахстан или морем во Владивосток — посчитайте оба варианта.
Нужны ли у вас сертификаты ЕАЭС?

С уважением,
Алексей Гущин
ООО «ГидроСервис-Урал»
""", class_="genuine", lang="ru", kind="inquiry", signals="full")

mail("g9-uk-gmail-dnipro.eml", provider="gmail", date="2026-12-02 09:45:21", offset="+0200",
     **{"from": "Олена Ковальчук <olena.kovalchuk.agro@gmail.com>"},
     subject="Запит на ціну — гідравлічні рукави",
     body="""Доброго дня!

Ми аграрне підприємство з Дніпропетровської області. Потрібні рукави 2SN DN10 та DN12 з фітингами,
приблизно по 300 штук кожного, довжина 1 м. Доставка до Одеси або через Польщу до Дніпра.

Підкажіть, будь ласка, ціну та терміни.

З повагою,
Олена Ковальчук
ТОВ «Агро-Степ»
""", class_="genuine", lang="uk", kind="inquiry", signals="full")

mail("g9-pl-o365-wroclaw.eml", provider="o365", region="eurprd", accept_lang="pl-PL",
     date="2026-12-02 08:31:09", offset="+0100",
     **{"from": "Katarzyna Wójcik <k.wojcik@hydrotech-serwis.pl>"},
     subject="Zapytanie ofertowe - węże hydrauliczne 1SN/2SN",
     body="""Dzień dobry,

prosimy o ofertę na:
- wąż 1SN DN8 – 2 000 mb
- wąż 2SN DN16 – 1 200 mb
- okucia zaciskane do powyższych

Warunki dostawy: DAP Wrocław. Proszę o informację o minimalnej ilości zamówienia i czasie realizacji.

Pozdrawiam
Katarzyna Wójcik
Dział zakupów, Hydrotech Serwis Sp. z o.o.
""", class_="genuine", lang="pl", kind="inquiry", signals="full")

mail("g9-tr-gmail-konya.eml", provider="gmail", date="2026-12-02 10:05:44", offset="+0300",
     **{"from": "Mehmet Aydın <mehmetaydin.hidrolik@gmail.com>"},
     subject="Hidrolik hortum fiyat teklifi",
     body="""Merhaba,

Konya'da iş makinası yedek parça satıyoruz. 4SH 1" hortumdan 500 metre ve uygun rakorlardan
teklif rica ediyoruz. Teslimat Mersin limanı, CIF.

Numune gönderebilir misiniz? Kargo ücretini biz karşılarız.

Saygılarımla,
Mehmet Aydın
Aydın Hidrolik Ltd. Şti.
""", class_="genuine", lang="tr", kind="inquiry", signals="full")

mail("g9-ar-sa-o365-riyadh.eml", provider="o365", region="eurprd", accept_lang="ar-SA",
     date="2026-12-02 08:10:00", offset="+0300",
     **{"from": "فهد العتيبي <f.alotaibi@najd-equip.sa>"},
     subject="طلب عرض سعر - خراطيم هيدروليكية",
     body="""السلام عليكم ورحمة الله،

نحن شركة صيانة معدات ثقيلة في الرياض. نرجو تزويدنا بعرض سعر للآتي:
- خرطوم هيدروليكي 2SN مقاس 3/4 بوصة: 600 متر
- وصلات JIC مناسبة: 1000 قطعة

الشحن إلى ميناء الدمام، والدفع بالتحويل البنكي 30% مقدماً.

مع التحية،
فهد العتيبي
مدير المشتريات
""", class_="genuine", lang="ar", kind="inquiry", signals="full")

mail("g9-fa-gmail-tabriz.eml", provider="gmail", date="2026-12-02 10:40:00", offset="+0330",
     **{"from": "Reza Ahmadi <reza.ahmadi.hydraulic@gmail.com>"},
     subject="استعلام قیمت شیلنگ هیدرولیک",
     body="""سلام و احترام،

ما در تبریز فروشگاه لوازم ماشین‌آلات راهسازی داریم. لطفاً قیمت شیلنگ ۴ لایه 4SP سایز ۱ اینچ،
۳۰۰ متر، به همراه سرشیلنگ‌ها را تا بندرعباس اعلام بفرمایید.

با تشکر
رضا احمدی
""", class_="genuine", lang="fa", kind="inquiry", signals="full")

mail("g9-he-gmail-ashdod.eml", provider="gmail", date="2026-12-02 09:12:00", offset="+0200",
     **{"from": "Avi Mizrahi <avi.mizrahi.hyd@gmail.com>"},
     subject="בקשה להצעת מחיר - צינורות הידראוליים",
     body="""שלום,

אנחנו חברה לתיקון ציוד כבד באשדוד. נשמח לקבל הצעת מחיר עבור 250 מטר צינור 2SN בקוטר 1/2 אינץ'
ו-500 מחברים מתאימים, משלוח לנמל אשדוד.

תודה,
אבי מזרחי
""", class_="genuine", lang="he", kind="inquiry", signals="full")

mail("g9-hi-gmail-pune.eml", provider="gmail", date="2026-12-02 08:05:00", offset="+0530",
     **{"from": "Sandeep Kulkarni <sandeep.kulkarni.hydro@gmail.com>"},
     subject="हाइड्रोलिक होज़ के लिए कोटेशन",
     body="""नमस्ते,

हम पुणे में जेसीबी और क्रेन की मरम्मत का काम करते हैं। हमें 2SN 3/8 इंच होज़ की 10 रील (100 मीटर
प्रति रील) और उसके फिटिंग्स चाहिए। डिलीवरी न्हावा शेवा पोर्ट तक। कृपया CIF रेट और डिलीवरी का समय बताइए।

धन्यवाद,
संदीप कुलकर्णी
""", class_="genuine", lang="hi", kind="inquiry", signals="full")

mail("g9-bn-gmail-chattogram.eml", provider="gmail", date="2026-12-02 08:50:00", offset="+0600",
     **{"from": "Tanvir Hossain <tanvir.hossain.ctg@gmail.com>"},
     subject="হাইড্রোলিক হোস এর দাম জানতে চাই",
     body="""আসসালামু আলাইকুম,

আমরা চট্টগ্রামে নির্মাণ যন্ত্রপাতির যন্ত্রাংশ বিক্রি করি। আমাদের ২০০ মিটার 2SN ১ ইঞ্চি হোস এবং ৪০০টি
ফিটিংস দরকার। চট্টগ্রাম বন্দর পর্যন্ত দাম জানালে উপকৃত হব।

ধন্যবাদান্তে,
তানভীর হোসেন
""", class_="genuine", lang="bn", kind="inquiry", signals="full")

mail("g9-id-gmail-balikpapan.eml", provider="gmail", date="2026-12-02 09:25:00", offset="+0800",
     **{"from": "Dedi Kurniawan <dedi.kurniawan.tambang@gmail.com>"},
     subject="Permintaan harga selang hidrolik",
     body="""Selamat pagi,

Kami kontraktor alat berat di Balikpapan. Mohon penawaran harga untuk selang 4SH ukuran 1-1/4 inci
sebanyak 350 meter beserta fitting-nya, pengiriman ke Pelabuhan Semayang Balikpapan.
Pembayaran bisa TT atau LC.

Terima kasih,
Dedi Kurniawan
PT Borneo Teknik Mandiri
""", class_="genuine", lang="id", kind="inquiry", signals="full")

mail("g9-vi-gmail-danang.eml", provider="gmail", date="2026-12-02 09:00:00", offset="+0700",
     **{"from": "Nguyễn Văn Hùng <hung.nguyen.thuyluc@gmail.com>"},
     subject="Hỏi giá ống thủy lực",
     body="""Chào anh/chị,

Công ty em ở Đà Nẵng chuyên sửa chữa máy xúc. Em cần báo giá ống thủy lực 2SN phi 16, khoảng 500 mét,
kèm đầu nối. Giao hàng về cảng Tiên Sa. Anh/chị cho em xin giá và thời gian giao hàng nhé.

Cảm ơn,
Hùng
""", class_="genuine", lang="vi", kind="inquiry", signals="full")

mail("g9-th-gmail-rayong.eml", provider="gmail", date="2026-12-02 09:35:00", offset="+0700",
     **{"from": "Somchai Wongsa <somchai.wongsa.hyd@gmail.com>"},
     subject="สอบถามราคาสายไฮดรอลิก",
     body="""สวัสดีครับ

บริษัทเราอยู่ที่ระยอง ทำงานซ่อมบำรุงเครื่องจักรในนิคมอุตสาหกรรม ต้องการสายไฮดรอลิก 2SN ขนาด 1/2 นิ้ว
จำนวน 800 เมตร พร้อมข้อต่อ ส่งที่ท่าเรือแหลมฉบัง รบกวนเสนอราคาด้วยครับ

ขอบคุณครับ
สมชาย
""", class_="genuine", lang="th", kind="inquiry", signals="full")

mail("g9-zh-qq-tianjin.eml", provider="qq", client_ip="123.150.88.21", date="2026-12-02 10:20:00", offset="+0800",
     **{"from": "王建国 <2851739604@qq.com>"},
     subject="询价：钢丝编织液压胶管",
     body="""您好，

我们是天津一家工程机械维修公司，需要采购：
1. 二层钢丝编织胶管 DN10，1000米
2. 二层钢丝编织胶管 DN16，600米
3. 配套扣压接头

请报含税到厂价，送货到天津滨海新区。谢谢！

王建国
""", class_="genuine", lang="zh", kind="inquiry", signals="full")

mail("g9-ja-exchange-nagoya.eml", provider="exchange", client_ip="210.130.44.70", accept_lang="ja-JP",
     date="2026-12-02 11:02:00", offset="+0900",
     **{"from": "佐藤 健一 <k.sato@chubu-yuatsu.co.jp>"},
     subject="油圧ホースのお見積り依頼",
     body="""ウェイダ油圧 御中

いつもお世話になっております。中部油圧の佐藤です。
下記の見積りをお願いいたします。

・2SN 3/8 ホース 1,000 m
・JIC 継手（オス・メス各 500 個）
・納入先：名古屋港（CIF）

納期もあわせてご教示ください。

よろしくお願いいたします。
佐藤 健一
""", class_="genuine", lang="ja", kind="inquiry", signals="full")

mail("g9-ko-naver-incheon.eml", provider="naver", client_ip="211.36.141.90", date="2026-12-02 10:44:00", offset="+0900",
     **{"from": "박민수 <minsu_park77@naver.com>"},
     subject="유압 호스 견적 문의드립니다",
     body="""안녕하세요.

인천에서 건설장비 부품 유통을 하고 있습니다. 2SN 3/4인치 유압호스 400미터와 피팅 600개 견적
부탁드립니다. 인천항 CIF 기준으로 부탁드립니다.

감사합니다.
박민수 드림
""", class_="genuine", lang="ko", kind="inquiry", signals="full")

mail("g9-sw-gmail-mombasa.eml", provider="gmail", date="2026-12-02 09:18:00", offset="+0300",
     **{"from": "Juma Mwangi <juma.mwangi.spares@gmail.com>"},
     subject="Bei ya mipira ya hydraulic",
     body="""Habari za asubuhi,

Tuna duka la vipuri vya mashine za ujenzi Mombasa. Tunahitaji mipira ya hydraulic 2SN inchi 1/2,
mita 300, pamoja na viungio vyake. Tafadhali tutumie bei hadi bandari ya Mombasa na muda wa kufika.

Asante sana,
Juma Mwangi
""", class_="genuine", lang="sw", kind="inquiry", signals="full")

mail("g9-tl-gmail-cebu.eml", provider="gmail", date="2026-12-02 09:55:00", offset="+0800",
     **{"from": "Maricel Dela Cruz <maricel.delacruz.hw@gmail.com>"},
     subject="Tanong po tungkol sa presyo ng hydraulic hose",
     body="""Magandang araw po,

Kami po ay may tindahan ng piyesa ng heavy equipment dito sa Cebu. Gusto po sana naming malaman ang
presyo ng 2SN na hose, 1/2 pulgada, mga 250 metro, kasama ang mga fitting. Ipapadala po sa pantalan
ng Cebu. Salamat po!

Maricel Dela Cruz
""", class_="genuine", lang="tl", kind="inquiry", signals="full")

mail("g9-nl-workspace-antwerpen.eml", provider="workspace", date="2026-12-02 08:40:00", offset="+0100",
     **{"from": "Pieter Janssens <pieter@janssens-hydrauliek.be>"},
     subject="Prijsaanvraag hydraulische slangen",
     body="""Goedemorgen,

Graag ontvangen wij een prijsopgave voor 1.000 meter 2SN DN12 en 500 meter 4SP DN19, inclusief
persfittingen. Levering CIF Antwerpen. Kunnen jullie ook een EN 853 certificaat meesturen?

Met vriendelijke groet,
Pieter Janssens
Janssens Hydrauliek BV
""", class_="genuine", lang="nl", kind="inquiry", signals="full")

mail("g9-ro-yahoo-constanta.eml", provider="yahoo", yregion="ir2", date="2026-12-02 09:05:00", offset="+0200",
     **{"from": "Andrei Popescu <andrei.popescu_hidro@yahoo.com>"},
     subject="Cerere de ofertă furtunuri hidraulice",
     body="""Bună ziua,

Vă rog să-mi trimiteți o ofertă pentru 600 de metri furtun hidraulic 2SN de 3/8" și 400 de racorduri
sertizate, livrare în portul Constanța. Care este termenul de producție?

Mulțumesc,
Andrei Popescu
SC Hidro Dobrogea SRL
""", class_="genuine", lang="ro", kind="inquiry", signals="full")

mail("g9-el-gmail-volos.eml", provider="gmail", date="2026-12-02 09:47:00", offset="+0200",
     **{"from": "Nikos Papadopoulos <n.papadopoulos.hydro@gmail.com>"},
     subject="Αίτημα προσφοράς για υδραυλικούς σωλήνες",
     body="""Καλημέρα σας,

Είμαστε συνεργείο μηχανημάτων έργων στον Βόλο. Θα θέλαμε προσφορά για 300 μέτρα σωλήνα 2SN 1/2"
και 500 ρακόρ, με παράδοση στο λιμάνι του Πειραιά.

Ευχαριστώ,
Νίκος Παπαδόπουλος
""", class_="genuine", lang="el", kind="inquiry", signals="full")

mail("g9-cs-gmail-brno.eml", provider="gmail", date="2026-12-02 08:22:00", offset="+0100",
     **{"from": "Jan Novák <jan.novak.hydraulika@gmail.com>"},
     subject="Poptávka hydraulických hadic",
     body="""Dobrý den,

prosím o cenovou nabídku na 500 m hadice 2SN DN10 a 300 kusů lisovacích koncovek, dodání do Brna
(DAP). Jaká je dodací lhůta?

Děkuji a přeji hezký den,
Jan Novák
""", class_="genuine", lang="cs", kind="inquiry", signals="full")

mail("g9-en-ng-gmail-vague.eml", provider="gmail", date="2026-12-02 07:30:00", offset="+0100",
     **{"from": "Chinedu Okafor <chinedu.okafor.ventures@gmail.com>"},
     subject="Enquiry",
     body="""Good morning sir,

I saw your company on LinkedIn. I deal on excavator spare parts in Lagos. Please do you sell hydraulic
hose pipes and the connectors? Kindly send me your product range and prices, I want to start with a
small order and grow with you.

Thanks
Chinedu
0803 555 2291
""", class_="genuine", lang="en", kind="inquiry")

mail("g9-en-au-o365-reply.eml", provider="o365", region="apcprd", accept_lang="en-AU",
     date="2026-12-02 11:15:00", offset="+1000",
     **{"from": "Megan O'Neill <megan.oneill@southernfluidpower.com.au>"},
     subject="RE: Quotation WD-Q-26-1187 - thermoplastic hose",
     in_reply_to="<WDQ261187@weida-hydraulics.example>",
     body="""Hi Lily,

Thanks for the quote. The 100R7 price is fine but the lead time of 45 days is too long for us.
Can you do 30 days if we split it - 2,000 m now and 2,000 m in February? Delivery CIF Brisbane as before.

Also the twin-line version: is that the same price per metre?

Cheers,
Megan O'Neill
Procurement | Southern Fluid Power Pty Ltd
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g9-en-in-zoho-chennai.eml", provider="zoho", client_ip="49.205.77.13", client_host="49.205.77.13",
     date="2026-12-02 08:12:00", offset="+0530",
     **{"from": "Karthik Raman <karthik@sriramhydraulics.in>"},
     subject="RFQ: Ferrules and nipples, our drawing attached",
     body="""Dear Sir/Madam,

Please find our drawing for the 4SH ferrule (part no. SH-F-16). Kindly quote for 5,000 nos, material
C45, zinc plated (Cr3+), delivery CIF Chennai. Also confirm whether you can do PPAP level 3.

Regards,
Karthik Raman
Purchase Engineer, Sri Ram Hydraulics Pvt Ltd
""", attach=[("SH-F-16_rev2.pdf", "application/pdf", PDF)],
     class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g9-de-gmx-kurz.eml", provider="gmx", client_ip="84.143.201.9", date="2026-12-02 12:01:00", offset="+0100",
     **{"from": "Uwe Brandt <uwe.brandt@gmx.de>"},
     subject="Preis?",
     body="""Hallo, was kostet bei Ihnen ein Meter 4SP DN25? Brauche ca. 80 Meter. Gruß Uwe
""", class_="genuine", lang="de", kind="inquiry")

mail("g9-zh-163-dealer.eml", provider="163", client_ip="183.14.220.9", date="2026-12-02 13:20:00", offset="+0800",
     **{"from": "刘芳 <liufang_hydraulic@163.com>"},
     subject="经销合作咨询",
     body="""您好，我们是广东佛山的液压件经销商，想了解贵司胶管的代理政策，能否发一份产品目录和经销商价格？
我们每月大概能走3-5万米。谢谢。
刘芳
""", class_="genuine", lang="zh", kind="inquiry")

mail("g9-en-ae-gmail-whatsapp-ok.eml", provider="gmail", date="2026-12-02 10:02:00", offset="+0400",
     **{"from": "Imran Sheikh <imran.sheikh.gulfspares@gmail.com>"},
     subject="Hose fittings for Sharjah",
     body="""Dear Lily,

We need 2,000 pcs 2-piece fittings 1/2" JIC for our workshop in Sharjah, CIF Jebel Ali. Payment TT
50/50. Please send the PI by email; my WhatsApp is +971 50 555 8812 if you need to call about the
drawing.

Best regards,
Imran Sheikh
Gulf Spares Trading LLC
""", class_="genuine", lang="en", kind="inquiry", signals="full")

# --- ordinary mail that is not an inquiry ----------------------------------------------------------------

mail("h9-en-ses-maersk-arrival.eml", provider="ses", ses_region="eu-west-1", date="2026-12-02 02:10:00", offset="+0000",
     **{"from": "Maersk <noreply@notifications.maersk.com>"},
     subject="Arrival notice - B/L 262584417 - MAERSK SELETAR 648W",
     body="""Dear customer,

Your shipment under B/L 262584417 is expected to arrive at Felixstowe on 08 Dec 2026.
Vessel / voyage: MAERSK SELETAR / 648W
Containers: MSKU 7718420 (40' HC)

You can see details in your account on maersk.com. Please do not reply to this automated message.

A.P. Moller - Maersk
""", class_="genuine", lang="en", kind="notice")

mail("h9-en-ses-dhl-delivered.eml", provider="ses", ses_region="eu-central-1", date="2026-12-02 03:45:00", offset="+0000",
     **{"from": "DHL Express <noreply@dhl.com>"},
     subject="Your DHL Express shipment 4812 5587 21 has been delivered",
     body="""Hello,

Your shipment 4812558721 from WEIDA HYDRAULICS was delivered on 02 Dec 2026 at 10:41 and signed for
by "MEYER".

Track: https://www.dhl.com/en/express/tracking.html?AWB=4812558721

DHL Express - Excellence. Simply delivered.
""", class_="genuine", lang="en", kind="notice")

mail("h9-zh-bank-alert.eml", provider="ses", ses_region="ap-southeast-1", date="2026-12-02 09:12:00", offset="+0800",
     **{"from": "中国银行 <service@notice.boc.cn>"},
     subject="【中国银行】账户入账通知",
     body="""尊敬的客户：

您尾号 6621 的账户于 2026年12月02日 09:10 收到境外汇入款 USD 18,420.00，汇款人 SOUTHERN FLUID POWER PTY LTD。
如有疑问请致电 95566。

中国银行
""", class_="genuine", lang="zh", kind="notice")

mail("h9-en-ses-newsletter.eml", provider="ses", ses_region="us-east-1", date="2026-12-02 00:30:00", offset="+0000",
     **{"from": "Fluid Power Journal <news@fluidpowerjournal.com>"},
     subject="This week: hose assembly standards update, ISO 18752 explained",
     body="""FLUID POWER JOURNAL WEEKLY

- ISO 18752 in practice: what changes for hose assemblers
- Interview: electrification and the future of mobile hydraulics
- Events: bauma 2027 early registration opens

Read online: https://fluidpowerjournal.com/weekly/2026-48
You are receiving this because you subscribed. Unsubscribe: https://fluidpowerjournal.com/unsubscribe
""", class_="genuine", lang="en", kind="newsletter")

mail("h9-zh-colleague-qq.eml", provider="qq", client_ip="60.190.12.44", date="2026-12-02 11:40:00", offset="+0800",
     **{"from": "陈工 <chen.gong@weida-hydraulics.example>"},
     subject="回复：澳洲那单的交期",
     body="""Lily，
车间说100R7的管子下周三可以出第一批2000米，剩下的2月份没问题。你回客户的时候说30天可以。
陈
""", class_="genuine", lang="zh", kind="colleague")

mail("h9-de-o365-autoreply.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-12-02 08:02:00", offset="+0100",
     **{"from": "Sabine Krüger <s.krueger@hydraulik-nord.de>"},
     subject="Automatische Antwort: Angebot WD-Q-26-1190",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an einkauf@hydraulik-nord.de.

Mit freundlichen Grüßen
Sabine Krüger
""", class_="genuine", lang="de", kind="auto-reply")

mail("h9-en-workspace-colleague.eml", provider="workspace", date="2026-12-02 09:50:00", offset="+0800",
     **{"from": "Kevin Zhou <kevin.zhou@weida-hydraulics.example>"},
     subject="Houston inquiry - MSHA",
     body="""Lily, the guy in Houston asked about MSHA cover. We only have it on the 2SN line, not R2AT.
Offer him 2SN-MSHA at +6% if he wants it. Kevin
""", class_="genuine", lang="en", kind="colleague")

mail("h9-en-ses-alibaba-real.eml", provider="ses", ses_region="ap-southeast-1", date="2026-12-02 06:00:00", offset="+0000",
     **{"from": "Alibaba.com <notice@service.alibaba.com>"},
     subject="You have 3 new inquiries this week",
     body="""Hi Lily,

Your product "SAE 100R2AT hydraulic hose" received 3 new inquiries this week.
Reply within 24 hours to keep your response rate high.

Go to My Alibaba: https://message.alibaba.com/message/default.htm

Alibaba.com
""", class_="genuine", lang="en", kind="notice")

# --- advance fee, inheritance, investment ----------------------------------------------------------------

mail("x9-en-gmail-dormant-account.eml", provider="gmail", date="2026-12-01 23:10:00", offset="+0000",
     **{"from": "Barr. Edwin Clarke <edwinclarke.chambers@gmail.com>"},
     subject="Confidential: unclaimed deposit bearing your surname",
     body="""Dear Friend,

I am a solicitor in London handling the estate of a late client, an engineer who died intestate in the
2024 Dubai flooding. He left a fixed deposit of GBP 7,450,000 with no next of kin on record. Since you
share his surname, I can present you as the beneficiary and the bank will release the funds to you.

We will share 50/50 and the process is risk free and fully legal. Reply with your full name, direct
phone number and a copy of your ID so I can begin the documentation with the bank.

Regards,
Barr. Edwin Clarke
""", class_="scam", lang="en", kind="advance-fee")

mail("x9-es-outlook-herencia.eml", provider="outlook", region="eurprd", accept_lang="es-ES",
     date="2026-12-02 01:20:00", offset="+0100",
     **{"from": "Notaría Martínez & Asociados <notaria.martinez.asoc@outlook.com>"},
     subject="Notificación de legado pendiente",
     body="""Estimado/a beneficiario/a:

Le escribimos en relación con un legado testamentario de 2.800.000 EUR dejado por un cliente fallecido
sin herederos directos. Su nombre aparece como posible beneficiario. Para iniciar el trámite debe
abonar los gastos de legalización y apostilla (1.950 EUR), tras lo cual el banco transferirá la
totalidad del importe a su cuenta en un plazo de 72 horas.

Envíenos una copia de su pasaporte y sus datos bancarios.

Atentamente,
Lic. Fernando Martínez
""", class_="scam", lang="es", kind="inheritance")

mail("x9-fr-gmail-succession.eml", provider="gmail", date="2026-12-02 02:05:00", offset="+0100",
     **{"from": "Maître Laurent Dubois <me.laurentdubois.notaire@gmail.com>"},
     subject="Succession en déshérence - dossier 2026/1147",
     body="""Bonjour,

Je suis notaire chargé de la succession de feu M. Henri Vasseur, décédé sans héritier. Un montant de
4 200 000 € est en attente de transfert. Après vérification, vous pouvez être désigné bénéficiaire.

Les fonds seront virés dès réception des frais de certification du dossier. Merci de me contacter
rapidement et en toute discrétion.

Me Laurent Dubois
""", class_="scam", lang="fr", kind="inheritance")

mail("x9-en-vps-ai-trading.eml", provider="vps", client_ip="185.234.72.18", vps_host="mail.quantedge-capital.io",
     date="2026-12-02 03:30:00", offset="+0000",
     **{"from": "QuantEdge Capital <partners@quantedge-capital.io>"},
     subject="Business owners earning 3.2% daily with our AI arbitrage desk",
     body="""Hello,

Exporters like you are parking idle cash in our AI arbitrage desk and withdrawing 3.2% per day.
Minimum position 500 USDT, withdrawals any time, principal protected by our insurance pool.

Open your account in two minutes: https://quantedge-capital.io/join?ref=wd88

Our relationship manager will also add you on Telegram to guide your first deposit.

QuantEdge Capital
""", class_="scam", lang="en", kind="investment")

mail("x9-en-gmail-compensation.eml", provider="gmail", date="2026-12-02 04:40:00", offset="+0000",
     **{"from": "IMF Payment Settlement Unit <imf.settlement.unit2026@gmail.com>"},
     subject="Your fraud victim compensation USD 1,500,000 approved",
     body="""Attention Beneficiary,

Following the 2026 review of scam victims in Asia, your email was selected for compensation of
USD 1,500,000. Your ATM card has been loaded and only awaits the delivery charge of USD 285, payable
to our courier agent. Reply with your delivery address and we will send the payment instructions.

Dr. Kristalina Moreau
Director, Payment Settlement
""", class_="scam", lang="en", kind="advance-fee")

mail("x9-ru-mailru-investor.eml", provider="mailru", client_ip="46.39.230.14", date="2026-12-02 05:12:00", offset="+0300",
     **{"from": "Виктор Сомов <v.somov.invest@mail.ru>"},
     subject="Инвестиции в ваше производство",
     body="""Здравствуйте!

Я представляю частного инвестора из ОАЭ, который готов вложить до 5 млн долларов в ваше производство под
2% годовых. Для открытия сделки нужно оплатить страхование инвестиционного договора — 3 200 USD,
после чего средства поступят на ваш счёт в течение недели.

Напишите мне в Telegram @somov_capital, там быстрее.

Виктор Сомов
""", class_="scam", lang="ru", kind="investment")

# --- BEC / bank-detail change -----------------------------------------------------------------------------

mail("x9-en-vps-bec-customer.eml", provider="vps", client_ip="102.130.118.4", vps_host="mail.southernfluidpower-au.com",
     date="2026-12-02 00:55:00", offset="+0000",
     **{"from": "Megan O'Neill <megan.oneill@southernfluidpower-au.com>"},
     subject="RE: Quotation WD-Q-26-1187 - thermoplastic hose",
     body="""Hi Lily,

Quick one before we release the deposit: our finance team flagged that your bank has been put under
review by our auditors. Could you send us an alternative account, preferably in Hong Kong or Singapore,
so we can pay today? If not, we will have to hold the order.

Cheers,
Megan
""", class_="scam", lang="en", kind="bec-bank-change")

mail("x9-de-vps-kontowechsel.eml", provider="vps", client_ip="91.92.251.30", vps_host="mail.kaestner-landtechnik.de.com",
     date="2026-12-02 06:30:00", offset="+0100",
     **{"from": "Buchhaltung Kästner Landtechnik <buchhaltung@kaestner-landtechnik.de.com>"},
     subject="Neue Zahlungsanweisung",
     body="""Sehr geehrte Damen und Herren,

aufgrund einer Umstellung unseres Zahlungsverkehrs bitten wir Sie, künftige Gutschriften und
Erstattungen ausschließlich auf unser neues Konto bei der Revolut Bank zu leisten:

IBAN LT59 3250 0124 8855 1021, BIC REVOLT21

Bitte bestätigen Sie kurz die Änderung in Ihrem System.

Mit freundlichen Grüßen
Buchhaltung
""", class_="scam", lang="de", kind="bec-bank-change")

mail("x9-pt-gmail-conta-nova.eml", provider="gmail", date="2026-12-02 07:10:00", offset="-0300",
     **{"from": "Financeiro Moura Peças <financeiro.mourapecas@gmail.com>"},
     subject="Atualização cadastral - dados bancários",
     body="""Prezados,

Informamos que a partir desta data nossa empresa passa a receber somente na conta abaixo. Pedimos
a gentileza de atualizar o cadastro antes do próximo pagamento:

Banco Inter - Ag. 0001 - C/C 8812204-5
Favorecido: M. P. Comércio e Serviços

Qualquer depósito feito nos dados antigos não será reconhecido.

Atenciosamente,
Setor Financeiro
""", class_="scam", lang="pt", kind="bec-bank-change")

mail("x9-en-o365-supplier-bank.eml", provider="o365", region="apcprd", accept_lang="en-US",
     date="2026-12-02 02:15:00", offset="+0800",
     **{"from": "Accounts Receivable <ar@ningbo-steelwire.com>"},
     subject="Payment for invoice INV-26-3302 - updated remittance details",
     body="""Dear Customer,

Please note that our company has changed its receiving bank due to the year-end tax inspection. Kindly
arrange the payment of invoice INV-26-3302 (USD 46,880.00) to the following account only:

Beneficiary: NB Steel Wire Trading Ltd
Bank: DBS Bank (Hong Kong) Ltd, A/C 7881-0043-5521, SWIFT DHBKHKHH

Our previous account is frozen temporarily. Send us the payment slip once done.

Best regards,
Accounts Receivable
""", class_="scam", lang="en", kind="bec-bank-change")

# --- fake POs / RFQ phishing with links, HTML and archives -------------------------------------------------

mail("x9-en-gmail-po-html.eml", provider="gmail", date="2026-12-02 01:40:00", offset="+0000",
     **{"from": "Purchasing Dept <purchasing.cuatro.engineering@gmail.com>"},
     subject="New Order PO#55810 - please confirm availability",
     body="""Dear Sales,

Kindly find our new purchase order attached. Review and confirm availability and best delivery date.
The document is protected, use your company email to open it.

Thanks & regards,
Purchasing Dept
""", attach=[("PO#55810.shtml", "text/html",
              "<html><body><script>location='https://cuatro-po.web.app/auth?e='+'sales'</script></body></html>")],
     class_="phishing", lang="en", kind="po-html")

mail("x9-en-vps-rfq-link.eml", provider="vps", client_ip="45.140.17.88", vps_host="mail.gulfmarine-procure.com",
     date="2026-12-02 03:05:00", offset="+0000",
     **{"from": "Tender Desk <tenders@gulfmarine-procure.com>"},
     subject="Invitation to bid - hydraulic hose package, closing 9 Dec",
     body="""Dear Supplier,

You are invited to submit your quotation for our hydraulic hose package (112 line items). The
specifications, BOQ and drawings are on our secure vendor portal:

https://gulfmarine-procure.com.vendor-docs.click/bid/2026-4471

Access with your business email and password. Late offers will not be considered.

Tender Desk
""", class_="phishing", lang="en", kind="rfq-link")

mail("x9-es-vps-pedido-zip.eml", provider="vps", client_ip="194.26.29.150", vps_host="smtp.importadora-andina.net",
     date="2026-12-02 04:30:00", offset="-0500",
     **{"from": "Importadora Andina <compras@importadora-andina.net>"},
     subject="Orden de compra OC-8821 urgente",
     body="""Buen día,

Adjunto la orden de compra OC-8821 con las cantidades y especificaciones. Por favor revisar y enviar
proforma hoy mismo.

Saludos,
Departamento de Compras
""", attach=[("OC-8821_especificaciones.zip", "application/zip", b"PK\x03\x04" + b"\x00" * 40)],
     class_="phishing", lang="es", kind="po-archive")

mail("x9-vi-vps-donhang-7z.eml", provider="vps", client_ip="103.97.125.40", vps_host="mail.hoangphat-trading.vn.net",
     date="2026-12-02 05:00:00", offset="+0700",
     **{"from": "Hoàng Phát Trading <order@hoangphat-trading.vn.net>"},
     subject="Đơn hàng mới số HP-2612",
     body="""Kính gửi quý công ty,

Chúng tôi gửi kèm đơn hàng mới số HP-2612. Vui lòng mở tệp đính kèm và xác nhận giá trong hôm nay.

Trân trọng,
Phòng mua hàng
""", attach=[("Don_hang_HP-2612.7z", "application/x-7z-compressed", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 40)],
     class_="phishing", lang="vi", kind="po-archive")

mail("x9-ko-vps-balju-link.eml", provider="vps", client_ip="158.247.200.11", vps_host="mail.hanil-heavy.co.kr.com",
     date="2026-12-02 06:10:00", offset="+0900",
     **{"from": "한일중공업 구매팀 <purchase@hanil-heavy.co.kr.com>"},
     subject="[발주서] 유압호스 구매 건 확인 요청",
     body="""안녕하세요, 한일중공업 구매팀입니다.

유압호스 구매 발주서를 아래 링크에 올려 두었습니다. 회사 메일 계정으로 로그인하신 후 확인해 주세요.

https://hanil-docs.pages.dev/po/2026-1202

감사합니다.
""", class_="phishing", lang="ko", kind="po-link")

mail("x9-ar-gmail-talab-iso.eml", provider="gmail", date="2026-12-02 05:45:00", offset="+0300",
     **{"from": "مؤسسة الخليج للتجارة <gulf.trading.est.orders@gmail.com>"},
     subject="أمر شراء جديد - عاجل",
     body="""السلام عليكم،

مرفق أمر الشراء الجديد مع الكميات المطلوبة. يرجى فتح الملف وتأكيد السعر وموعد الشحن اليوم.

مع الشكر
قسم المشتريات
""", attach=[("Purchase_Order_2026.iso", "application/octet-stream", b"\x00" * 64)],
     class_="phishing", lang="ar", kind="po-archive")

# --- brand-dressed credential lures -----------------------------------------------------------------------

mail("x9-en-vps-dhl-duty.eml", provider="vps", client_ip="37.120.222.5", vps_host="mail.dhl-express-clearance.com",
     date="2026-12-02 02:40:00", offset="+0000",
     **{"from": "DHL Express <clearance@dhl-express-clearance.com>"},
     subject="Import duty outstanding - shipment 7730221894",
     body="""Dear customer,

Your inbound shipment 7730221894 is held at the gateway pending payment of import duty (CNY 46.80).
Settle the duty within 48 hours or the shipment will be returned to the sender:

https://dhl-express-clearance.com/pay/7730221894

DHL Express Customs Services
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-en-vps-maersk-hold.eml", provider="vps", client_ip="193.233.48.70", vps_host="mail.maersk-bookings.net",
     date="2026-12-02 03:20:00", offset="+0000",
     **{"from": "Maersk Line <documentation@maersk-bookings.net>"},
     subject="Booking 262611908 on hold - shipper verification required",
     body="""Dear Shipper,

Your booking 262611908 (MAERSK ESSEN 649W) has been placed on hold because the shipper's documents
could not be verified. To avoid roll-over to the next vessel, review the draft B/L and confirm your
details in the shipper portal:

https://maersk-bookings.net/shipper/verify?bk=262611908

Maersk Documentation Team
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-en-vps-alibaba-inquiry.eml", provider="vps", client_ip="185.215.113.9", vps_host="mail.alibaba-tradecenter.com",
     date="2026-12-02 04:05:00", offset="+0000",
     **{"from": "Alibaba.com <message@alibaba-tradecenter.com>"},
     subject="Buyer is waiting: new RFQ for 20,000 m hydraulic hose",
     body="""Dear Supplier,

A verified buyer from Germany has sent you an RFQ for 20,000 m hydraulic hose. The inquiry will expire
in 12 hours. Sign in to your seller account to read the message and reply:

https://alibaba-tradecenter.com/seller/login?rfq=88120

Alibaba.com Seller Service
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-en-vps-docusign-agreement.eml", provider="vps", client_ip="89.208.103.44", vps_host="mail.esign-agreements.com",
     date="2026-12-02 05:25:00", offset="+0000",
     **{"from": "DocuSign <dse@esign-agreements.com>"},
     subject="Supply Agreement 2027 - Weida Hydraulics: please review and sign",
     body="""Procurement sent you a document to review and sign.

Supply Agreement 2027 - Weida Hydraulics.pdf

REVIEW DOCUMENT: https://esign-agreements.com/envelope/7f2c1a

Do not share this email. This message was sent to you by Procurement who is using the DocuSign
Electronic Signature Service.
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-en-vps-m365-signin.eml", provider="vps", client_ip="45.155.205.71", vps_host="mail.secure-m365-admin.com",
     date="2026-12-02 06:00:00", offset="+0000",
     **{"from": "Microsoft 365 Admin <no-reply@secure-m365-admin.com>"},
     subject="Unusual sign-in activity on sales@weida-hydraulics.example",
     body="""We detected an unusual sign-in to your account from Lagos, Nigeria.

If this wasn't you, secure your account now. Otherwise your mailbox will be restricted in 24 hours.

Review activity: https://secure-m365-admin.com/account/review?u=sales

Microsoft account team
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-en-vps-adobe-shared.eml", provider="vps", client_ip="141.98.10.33", vps_host="mail.adobe-doc-cloud.net",
     date="2026-12-02 06:45:00", offset="+0000",
     **{"from": "Adobe Acrobat <share@adobe-doc-cloud.net>"},
     subject="Megan O'Neill shared \"Remittance_Advice_Dec.pdf\" with you",
     body="""Megan O'Neill has shared a document with you.

Remittance_Advice_Dec.pdf

View document: https://adobe-doc-cloud.net/s/RA-Dec-2026

You may be asked to verify your email address to view this file.
Adobe Document Cloud
""", class_="phishing", lang="en", kind="brand-lure")

mail("x9-fr-vps-colis-douane.eml", provider="vps", client_ip="92.118.39.60", vps_host="mail.suivi-colis-fr.com",
     date="2026-12-02 07:15:00", offset="+0100",
     **{"from": "Service Livraison <livraison@suivi-colis-fr.com>"},
     subject="Votre colis est en attente - action requise",
     body="""Bonjour,

Votre colis n'a pas pu être livré : l'adresse est incomplète et des frais de réexpédition de 2,49 €
restent à régler. Mettez à jour vos informations ici avant demain :

https://suivi-colis-fr.com/reprogrammer

Service client
""", class_="phishing", lang="fr", kind="parcel-fee")

mail("x9-de-vps-sparkasse.eml", provider="vps", client_ip="5.42.92.101", vps_host="mail.sparkasse-sicherheit.de.com",
     date="2026-12-02 07:50:00", offset="+0100",
     **{"from": "Sparkasse <sicherheit@sparkasse-sicherheit.de.com>"},
     subject="Ihr pushTAN-Verfahren muss erneuert werden",
     body="""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr pushTAN-Verfahren läuft am 05.12.2026 ab. Um eine Sperrung Ihres Online-Bankings zu vermeiden,
erneuern Sie bitte Ihre Registrierung:

https://sparkasse-sicherheit.de.com/pushtan/erneuern

Ihre Sparkasse
""", class_="phishing", lang="de", kind="brand-lure")

# --- card orders, fees the seller must pay, overpayment, crypto, chat-app moves ---------------------------

mail("x9-en-gmail-card-order.eml", provider="gmail", date="2026-12-02 01:15:00", offset="+0000",
     **{"from": "Robert Hayes <robert.hayes.contractor22@gmail.com>"},
     subject="Order request",
     body="""Hello,

I'm interested in ordering some of your hydraulic hose for a project. What is the total cost for 500
meters of your best one? Also let me know what kind of credit card you take for payment, Visa or
Master. My freight company will come to pick up from your warehouse.

Thank you,
Robert
""", class_="scam", lang="en", kind="card-order")

mail("x9-es-gmail-tarjeta.eml", provider="gmail", date="2026-12-02 02:25:00", offset="+0000",
     **{"from": "Daniel Ortega <danielortega.obras@gmail.com>"},
     subject="compra",
     body="""Hola buenas,

Quiero comprar mangueras hidráulicas para un proyecto. Envíeme el precio de 300 metros y dígame si
puedo pagar con tarjeta de crédito, tengo Visa y Amex. Mi agente de transporte recogerá la mercancía.

Gracias
""", class_="scam", lang="es", kind="card-order")

mail("x9-en-gmail-soncap-fee.eml", provider="gmail", date="2026-12-02 03:00:00", offset="+0100",
     **{"from": "Engr. Musa Abdullahi <musa.abdullahi.procurement@gmail.com>"},
     subject="Contract award - hydraulic hoses for Kaduna refinery",
     body="""Dear Supplier,

We are pleased to inform you that your company has been shortlisted to supply 15,000 m of hydraulic
hose to the Kaduna refinery rehabilitation project. Before the LPO can be issued, every foreign supplier
must hold a SONCAP product certificate, which is processed only by our accredited consultant in Abuja
at USD 1,850. Kindly make the payment so the certificate is ready before contract signing.

Engr. Musa Abdullahi
Procurement Officer
""", class_="scam", lang="en", kind="seller-pays-fee")

mail("x9-fr-gmail-agrement.eml", provider="gmail", date="2026-12-02 04:15:00", offset="+0100",
     **{"from": "Direction des Achats SOTRAM <achats.sotram.ci@gmail.com>"},
     subject="Agrément fournisseur - marché flexibles hydrauliques",
     body="""Monsieur,

Votre offre a retenu l'attention de notre commission. Pour finaliser l'attribution du marché, votre
société doit obtenir l'agrément fournisseur auprès du cabinet agréé par notre direction. Les frais
d'agrément s'élèvent à 650 000 FCFA et sont à la charge du fournisseur. Le bon de commande vous sera
transmis dès réception du reçu.

Direction des Achats
""", class_="scam", lang="fr", kind="seller-pays-fee")

mail("x9-de-gmail-zulassung.eml", provider="gmail", date="2026-12-02 05:30:00", offset="+0100",
     **{"from": "Stefan Maurer <stefan.maurer.einkauf@gmail.com>"},
     subject="Großauftrag Hydraulikschläuche - Lieferantenfreigabe",
     body="""Sehr geehrte Damen und Herren,

wir möchten einen Rahmenvertrag über 40.000 m Schlauch mit Ihnen abschließen. Voraussetzung ist eine
Lieferantenfreigabe durch unseren Prüfdienstleister in Frankfurt. Die Prüfgebühr von 890 EUR übernimmt
der Lieferant; sie wird mit der ersten Rechnung verrechnet. Die Kontodaten des Prüfers sende ich Ihnen
nach Ihrer Bestätigung.

Mit freundlichen Grüßen
Stefan Maurer
""", class_="scam", lang="de", kind="seller-pays-fee")

mail("x9-en-gmail-cheque-overpay.eml", provider="gmail", date="2026-12-02 06:20:00", offset="-0500",
     **{"from": "Nathan Brooks <nathanbrooks.marine@gmail.com>"},
     subject="Re: hose order for my boat yard",
     body="""Hi Lily,

Great, I'll take the 200 m of R2AT 1/2". My client mailed a certified cheque for USD 9,800 which
includes the freight. Once it clears, please keep your USD 3,100 and wire the remaining balance to
the freight company so they can schedule the pickup. I will send their details.

Thanks,
Nathan
""", class_="scam", lang="en", kind="overpayment")

mail("x9-it-gmail-bonifico-eccesso.eml", provider="gmail", date="2026-12-02 07:35:00", offset="+0100",
     **{"from": "Marco Bellini <marco.bellini.impianti@gmail.com>"},
     subject="bonifico effettuato",
     body="""Buongiorno,

per errore la nostra amministrazione ha inviato 7.500 euro invece di 2.500 per il campione. Vi chiedo
cortesemente di rimandare la differenza di 5.000 euro al nostro spedizioniere, vi mando l'IBAN a parte.
Il campione lo spedite pure con lui.

Grazie mille
Marco Bellini
""", class_="scam", lang="it", kind="overpayment")

mail("x9-en-outlook-usdt.eml", provider="outlook", region="eurprd", accept_lang="en-GB",
     date="2026-12-02 08:05:00", offset="+0000",
     **{"from": "Oliver Grant <oliver.grant.trading@outlook.com>"},
     subject="Bulk purchase - settle in stablecoin",
     body="""Hello,

We buy surplus industrial stock for resale in Africa. I'll take whatever hose and fittings you can
release this month, all sizes. Our treasury settles in USDC or USDT (ERC-20) same day. Share the
receiving address for your company wallet and the total, and we transfer before loading.

Oliver
""", class_="scam", lang="en", kind="crypto")

mail("x9-es-gmail-telegram.eml", provider="gmail", date="2026-12-02 08:40:00", offset="-0300",
     **{"from": "Lucas Ferreyra <lucas.ferreyra.import@gmail.com>"},
     subject="Consulta",
     body="""Hola, estoy interesado en sus productos para un pedido grande. Por seguridad de la empresa no
usamos el correo para negociar. Agrégueme en Telegram (@lucasf_import) y le paso los detalles allí.
""", class_="scam", lang="es", kind="chat-app")

mail("x9-en-gmail-whatsapp-only.eml", provider="gmail", date="2026-12-02 09:10:00", offset="+0000",
     **{"from": "Sarah Mitchell <sarahmitchell.purchasing@gmail.com>"},
     subject="Urgent requirement",
     body="""Hi,

I got your contact from a trade directory. We have an urgent requirement. I'm travelling and can't
access my laptop, please reach me on WhatsApp +44 7451 555 209 for the full list and I will explain.

Sarah
""", class_="scam", lang="en", kind="chat-app")

# --- spies ------------------------------------------------------------------------------------------------

mail("s9-en-gmail-market-study.eml", provider="gmail", date="2026-12-02 03:50:00", offset="+0000",
     **{"from": "Hannah Cole <hannah.cole.research@gmail.com>"},
     subject="Supplier benchmarking - hydraulic hose",
     body="""Dear Sales Team,

I'm building a sourcing benchmark for a client in the fluid power sector. Could you share your
complete price sheet for all hose and fitting series, your main export markets and the names of a few
key distributors you work with in Europe? Volumes are not defined yet; this is an early-stage review.

Kind regards,
Hannah Cole
""", class_="spy", lang="en", kind="spy")

mail("s9-de-gmx-katalog-kunden.eml", provider="gmx", client_ip="79.210.44.18", date="2026-12-02 08:25:00", offset="+0100",
     **{"from": "M. Berger <m.berger.consult@gmx.de>"},
     subject="Anfrage Unterlagen",
     body="""Guten Tag,

bitte senden Sie mir Ihren vollständigen Katalog mit Händlerpreisen sowie eine Referenzliste Ihrer
Kunden in Deutschland und Österreich. Einen konkreten Bedarf haben wir momentan nicht, wir sammeln
Informationen für eine Marktanalyse.

Gruß
M. Berger
""", class_="spy", lang="de", kind="spy")

mail("s9-zh-163-chengben.eml", provider="163", client_ip="115.236.9.72", date="2026-12-02 10:30:00", offset="+0800",
     **{"from": "张先生 <zhang_xs2026@163.com>"},
     subject="了解一下贵司产品",
     body="""你好，麻烦发一份你们全部产品的出厂价格表，另外钢丝是从哪家采购的？你们的主要客户是哪些？
目前我们还没有具体采购需求，先了解一下。
""", class_="spy", lang="zh", kind="spy")

mail("x9-en-vps-qr-payroll.eml", provider="vps", client_ip="62.60.131.15", vps_host="mail.hr-benefits-portal.com",
     date="2026-12-02 00:20:00", offset="+0000",
     **{"from": "HR Department <hr@hr-benefits-portal.com>"},
     subject="Year-end bonus allocation - acknowledge by Friday",
     body="""Hello,

Your 2026 year-end bonus allocation letter is ready. For privacy it can only be opened on a phone:
scan the QR code in the attached document and sign in with your work email to acknowledge it.

Human Resources
""", attach=[("Bonus_Allocation_2026.pdf", "application/pdf", PDF)],
     class_="phishing", lang="en", kind="qr-lure")

mail("x9-en-gmail-ceo-gift.eml", provider="gmail", date="2026-12-02 02:50:00", offset="+0800",
     **{"from": "Wang Wei <wangwei.weida.ceo@gmail.com>"},
     subject="Are you at your desk?",
     body="""Lily,

I'm in a meeting with a customer and can't talk. I need you to handle a payment for me quickly and
quietly. Reply with your WhatsApp number and I will send the details.

Wang Wei
Sent from my iPhone
""", class_="scam", lang="en", kind="ceo-fraud")


# --- "ninth-fresh": written after the fixes the part led to, scored unseen -----------------------------------

mail("f9-en-vps-remittance-revised.eml", provider="vps", client_ip="185.100.87.41", vps_host="mail.ningbo-steelwire.co",
     date="2026-12-03 01:30:00", offset="+0000",
     **{"from": "Grace Lin | NB Steel Wire <grace.lin@ningbo-steelwire.co>"},
     subject="Revised remittance instructions - effective immediately",
     body="""Dear valued partner,

Kindly be advised that our remittance instructions have been revised following our annual compliance
review. Please direct all future wires, including the balance for contract NBSW-2611, to our escrow
account held with Wise:

Account name: NBSW Global Ltd / IBAN BE71 9670 5512 3369

Kindly acknowledge receipt of this notice and advise the expected value date.

Grace Lin
Finance Department
""", class_="scam", lang="en", kind="bec-bank-change", part="ninth-fresh")

mail("f9-pt-gmail-homologacao.eml", provider="gmail", date="2026-12-03 02:40:00", offset="-0300",
     **{"from": "Eng. Paulo Teixeira <paulo.teixeira.compras@gmail.com>"},
     subject="Homologação de fornecedor - pedido de 12.000 metros",
     body="""Prezados,

Temos interesse em fechar 12.000 metros de mangueira para a mineradora. Antes da emissão do pedido,
o fornecedor estrangeiro tem que ser homologado pelo nosso despachante em Belo Horizonte; a taxa de
homologação é de 780 dólares e corre por conta do fornecedor. Aguardo confirmação para enviar os dados.

Paulo Teixeira
""", class_="scam", lang="pt", kind="seller-pays-fee", part="ninth-fresh")

mail("f9-fr-gmail-trop-verse.eml", provider="gmail", date="2026-12-03 03:15:00", offset="+0100",
     **{"from": "Olivier Marchand <olivier.marchand.btp@gmail.com>"},
     subject="virement échantillon",
     body="""Bonjour,

Notre comptable a fait une erreur : il vous a viré 9 000 € au lieu de 900 € pour les échantillons.
Pouvez-vous renvoyer les 8 100 € restants directement à notre transporteur ? Je vous transmets ses
coordonnées bancaires dans la journée.

Merci d'avance,
Olivier Marchand
""", class_="scam", lang="fr", kind="overpayment", part="ninth-fresh")

mail("f9-es-outlook-billetera.eml", provider="outlook", region="namprd", accept_lang="es-MX",
     date="2026-12-03 04:05:00", offset="-0600",
     **{"from": "Ramiro Cienfuegos <ramiro.cienfuegos.imports@outlook.com>"},
     subject="compra de inventario",
     body="""Buenas,

Compramos inventario excedente para reventa. Nos quedamos con todo el stock de mangueras que tengan
disponible, cualquier medida. Pagamos en USDT el mismo día. Mándeme la dirección de su billetera y el
monto total.

Ramiro
""", class_="scam", lang="es", kind="crypto", part="ninth-fresh")

mail("f9-en-vps-teams-voicemail.eml", provider="vps", client_ip="94.232.41.105", vps_host="mail.teams-voicecloud.com",
     date="2026-12-03 00:50:00", offset="+0000",
     **{"from": "Microsoft Teams <voicemail@teams-voicecloud.com>"},
     subject="You missed a voice message from +1 713 555 0192 (0:47)",
     body="""You received a new voice message.

From: +1 713 555 0192
Duration: 0:47

Listen to the message: https://teams-voicecloud.com/vm/listen?id=88a1

To keep your voicemail, confirm your Microsoft 365 password within 24 hours.
""", class_="phishing", lang="en", kind="brand-lure", part="ninth-fresh")

mail("f9-en-vps-alibaba-payout.eml", provider="vps", client_ip="45.61.136.20", vps_host="mail.alibaba-payouts.net",
     date="2026-12-03 02:00:00", offset="+0000",
     **{"from": "Alibaba.com Payments <payouts@alibaba-payouts.net>"},
     subject="Payout of USD 14,260.00 on hold - beneficiary verification",
     body="""Dear Seller,

Your payout of USD 14,260.00 for order 1881204 is on hold because your beneficiary details could not be
confirmed. Confirm your beneficiary and sign in to release the payout within 48 hours:

https://alibaba-payouts.net/seller/payout/verify

Alibaba.com Seller Payments
""", class_="phishing", lang="en", kind="brand-lure", part="ninth-fresh")

mail("f9-it-gmail-fornitori.eml", provider="gmail", date="2026-12-03 05:10:00", offset="+0100",
     **{"from": "Chiara Conti <chiara.conti.analisi@gmail.com>"},
     subject="informazioni",
     body="""Buongiorno,

mi può mandare il listino completo di tutti i tubi e raccordi? Mi interessano anche i nomi dei vostri
fornitori di gomma e di filo d'acciaio. Per il momento non abbiamo un ordine, raccogliamo dati.

Grazie,
Chiara
""", class_="spy", lang="it", kind="spy", part="ninth-fresh")

mail("f9-en-gmail-consignment.eml", provider="gmail", date="2026-12-03 01:05:00", offset="+0000",
     **{"from": "Diplomat James Walker <jameswalker.diplomatic@gmail.com>"},
     subject="Your consignment at JFK",
     body="""Attention,

I am a diplomatic agent and I arrived at JFK airport with your consignment box containing USD 4.5 million
sent by the UN paying office. The box is held pending a non-inspection clearance certificate of USD 420.
Send your full name, address and phone number so I can deliver it to your door.

James Walker
""", class_="scam", lang="en", kind="advance-fee", part="ninth-fresh")

mail("f9-de-gmail-chef.eml", provider="gmail", date="2026-12-03 02:30:00", offset="+0100",
     **{"from": "Wang Wei <wangwei.office.weida@gmail.com>"},
     subject="Kurze Frage",
     body="""Hallo,

ich sitze gerade in einer Besprechung mit der Bank und kann nicht ans Telefon. Ich brauche heute noch
Ihre Hilfe bei einer vertraulichen Überweisung an einen neuen Lieferanten. Bitte sprechen Sie mit
niemandem darüber und antworten Sie mir kurz per Mail.

Wang Wei
""", class_="scam", lang="de", kind="ceo-fraud", part="ninth-fresh")

mail("f9-g-en-za-gmail-durban.eml", provider="gmail", date="2026-12-03 08:20:00", offset="+0200",
     **{"from": "Sipho Ndlovu <sipho.ndlovu.mining@gmail.com>"},
     subject="RFQ - 4SH hose for underground loaders",
     body="""Hi,

We maintain underground loaders near Rustenburg. Please quote 600 m of 4SH 1-1/4" with MSHA cover and
120 matching 4-wire ferrules, CIF Durban. Our bank is Standard Bank, payment by TT 40% deposit.

Regards,
Sipho Ndlovu
""", class_="genuine", lang="en", kind="inquiry", signals="full", part="ninth-fresh")

mail("f9-g-es-pe-outlook-pago.eml", provider="outlook", region="namprd", accept_lang="es-PE",
     date="2026-12-03 09:10:00", offset="-0500",
     **{"from": "Rosa Huamán <rosa.huaman.mineria@outlook.com>"},
     subject="RE: Proforma WD-PI-26-1204",
     body="""Estimada Lily,

Ya transferimos el 30 % de adelanto de la proforma WD-PI-26-1204 (800 m de 2SN 3/4"). Le adjunto el
comprobante. Por favor confirme la fecha de embarque a Callao.

Saludos,
Rosa Huamán
""", attach=[("Comprobante_BCP_30.pdf", "application/pdf", PDF)],
     class_="genuine", lang="es", kind="inquiry", signals="full", part="ninth-fresh")

mail("f9-g-de-o365-verify-bank.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-12-03 08:45:00", offset="+0100",
     **{"from": "Jörg Hansen <j.hansen@hansen-hydraulik.de>"},
     subject="Bestellung 2SN DN20 - Bankverbindung",
     body="""Guten Tag Frau Lin,

wir bestellen 400 m 2SN DN20 zu Ihrem Angebot WD-Q-26-1191, Lieferung DAP Bremen. Bevor wir die Anzahlung
überweisen: Bitte bestätigen Sie Ihre Bankverbindung telefonisch, unsere Buchhaltung macht das bei neuen
Lieferanten immer so.

Mit freundlichen Grüßen
Jörg Hansen
""", class_="genuine", lang="de", kind="inquiry", signals="full", part="ninth-fresh")

mail("f9-g-zh-qq-short.eml", provider="qq", client_ip="112.10.88.31", date="2026-12-03 10:05:00", offset="+0800",
     **{"from": "李工 <1738822049@qq.com>"},
     subject="胶管",
     body="""你好，有两层钢丝6分的胶管吗？要200米，发杭州。
""", class_="genuine", lang="zh", kind="inquiry", part="ninth-fresh")

for _m in MAILS.values():
    _m["class"] = _m.pop("class_")


def _c(i: str, channel: str, at: str, name: str, body: str, cls: str, lang: str, kind: str, **extra) -> dict:
    return {"id": i, "channel": channel, "received_at": at, "name": name, **extra, "class": cls, "lang": lang,
            "kind": kind, "body": body}


CHATS: list[dict] = [
    # genuine
    _c("c9-en-01", "whatsapp", "2026-12-02T10:05:00+08:00", "Moses", "hi, u have 2SN 1 inch hose? need 200m to Dar es Salaam, price pls",
       "genuine", "en", "inquiry", phone="+255 754 555 110", country="TZ"),
    _c("c9-es-01", "whatsapp", "2026-12-02T10:40:00+08:00", "Valentina", "Buenas tardes, ¿tienen racores JIC de 1/2? necesito 500 unidades para Guayaquil",
       "genuine", "es", "inquiry", phone="+593 99 555 4421", country="EC"),
    _c("c9-pt-01", "im", "2026-12-02T11:10:00+08:00", "Thiago", "opa, qual o pedido mínimo da mangueira R1 3/8?",
       "genuine", "pt", "inquiry"),
    _c("c9-de-01", "message", "2026-12-02T11:50:00+08:00", "Markus", "Hallo, liefern Sie auch nach Österreich? Wir bräuchten 300 m 2SN DN16 nach Linz.",
       "genuine", "de", "inquiry"),
    _c("c9-ru-01", "whatsapp", "2026-12-02T12:20:00+08:00", "Дмитрий", "Здравствуйте, сколько стоит рукав 4SH DN25? 100 метров, доставка в Новосибирск",
       "genuine", "ru", "inquiry", phone="+7 913 555 2210", country="RU"),
    _c("c9-ar-01", "whatsapp", "2026-12-02T12:55:00+08:00", "خالد", "مرحبا، عندكم خراطيم 2SN نصف إنش؟ أحتاج 400 متر إلى ميناء العقبة",
       "genuine", "ar", "inquiry", phone="+962 79 555 3301", country="JO"),
    _c("c9-vi-01", "im", "2026-12-02T13:30:00+08:00", "Tuấn", "shop ơi, ống 2SN phi 12 còn hàng không? cần 300m giao Hải Phòng",
       "genuine", "vi", "inquiry"),
    _c("c9-hi-01", "whatsapp", "2026-12-02T14:00:00+08:00", "Amit", "sir 2SN hose ka rate kya hai? 500 meter chahiye Mundra port tak",
       "genuine", "hi", "inquiry", phone="+91 98250 55521", country="IN"),
    _c("c9-tr-01", "im", "2026-12-02T14:35:00+08:00", "Burak", "Merhaba, katalog gönderebilir misiniz? İzmir'de hidrolik bayisiyiz.",
       "genuine", "tr", "inquiry"),
    _c("c9-en-02", "whatsapp", "2026-12-02T15:05:00+08:00", "Grace", "payment sent for PI 1187, 30% deposit. pls check and confirm production start",
       "genuine", "en", "inquiry", phone="+61 412 555 887", country="AU"),
    # scam / phishing / spy
    _c("c9-x-01", "whatsapp", "2026-12-02T10:20:00+08:00", "David Miller", "Hello, i need hydraulic hose urgent for my company. do you accept credit card payment? which one",
       "scam", "en", "card-order", phone="+1 747 555 0139"),
    _c("c9-x-02", "whatsapp", "2026-12-02T11:00:00+08:00", "Mr Kim", "I buy all your stock hose, I pay USDT TRC20 today. give me your wallet",
       "scam", "en", "crypto", phone="+82 10 5555 7712"),
    _c("c9-x-03", "im", "2026-12-02T11:35:00+08:00", "Procurement Officer", "Congratulations your company is selected as vendor. pay registration charges 250 USD to our consultant to receive the PO",
       "scam", "en", "seller-pays-fee"),
    _c("c9-x-04", "whatsapp", "2026-12-02T12:10:00+08:00", "Baraka", "Tutanunua mita 5000 lakini kwanza mlipe ada ya usajili wa msambazaji dola 300 kwa wakala wetu",
       "scam", "sw", "seller-pays-fee", phone="+254 722 555 310"),
    _c("c9-x-05", "message", "2026-12-02T12:45:00+08:00", "Julia", "Hi, please send me your full price list and list of your customers in Europe. We have no order at the moment.",
       "spy", "en", "spy"),
    _c("c9-x-06", "whatsapp", "2026-12-02T13:15:00+08:00", "Paolo", "ciao, ho pagato troppo per errore, restituisca 1.200 euro al mio spedizioniere per favore",
       "scam", "it", "overpayment", phone="+39 351 555 2280"),
    _c("c9-x-07", "im", "2026-12-02T13:50:00+08:00", "DHL Notice", "DHL: your package is waiting for delivery, confirm address and pay 1.85 USD: https://dhl-redelivery.help/c",
       "phishing", "en", "parcel-fee"),
    _c("c9-x-08", "whatsapp", "2026-12-02T14:20:00+08:00", "Anna Liu", "Hi dear, sorry wrong number. But you seem nice, I trade gold futures with my uncle's signals, want to learn?",
       "scam", "en", "investment", phone="+1 628 555 0144"),
    _c("c9-x-09", "message", "2026-12-02T14:50:00+08:00", "Ahmed", "we are big importer, please contact me on telegram @ahmed_imp_dxb only, email not safe",
       "scam", "en", "chat-app"),
    _c("c9-x-10", "im", "2026-12-02T15:30:00+08:00", "Roberto", "hola, para liberar el pedido su empresa debe pagar 320 dólares de certificado de origen a nuestro despachante",
       "scam", "es", "seller-pays-fee"),
    # "ninth-fresh"
    _c("f9-c-01", "whatsapp", "2026-12-03T11:00:00+08:00", "Kevin O.", "hello sir, kindly message me on whatsapp only, my office email was hacked last week",
       "scam", "en", "chat-app", part="ninth-fresh", phone="+234 803 555 2210"),
    _c("f9-c-02", "im", "2026-12-03T11:30:00+08:00", "Jun", "Sir, kailangan po ninyong magbayad ng inspection fee na 200 USD sa aming ahente bago namin ipadala ang PO",
       "scam", "tl", "seller-pays-fee", part="ninth-fresh"),
    _c("f9-c-03", "whatsapp", "2026-12-03T12:10:00+08:00", "Ahmed", "hi, 300m 2SN 1/2 to Karachi port, CFR price pls. we pay LC at sight",
       "genuine", "en", "inquiry", part="ninth-fresh", phone="+92 300 555 1188", country="PK"),
]
