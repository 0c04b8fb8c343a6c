"""The probe's seventh part: the texts (make_seventh.py writes the .eml files, chat.jsonl and labels.toml).
Written BLIND (before reading the rules, checks or language data, and without reading earlier parts' items):
what an industrial fan exporter's sales inbox (sales@kaiyuan-fans.example, Foshan, UTC+8) gets on 1-2
December 2026. Genuine buyers in es, pt-BR, fr, de, it, ru (Tashkent), uk, pl, tr, ar, fa, he, hi, bn, id,
ms, vi, th, ko, ja, sw, tl, nl, sv, ro, cs, el, hu and en (a technical "whose motors" question, Nigeria);
ordinary mail (an Exchange bounce from "Microsoft Outlook", a real e-signature service, a carrier's notice,
a bank statement, a newsletter, colleagues, a customer's reply); 2024-2026 fraud (QR-code and e-signature
lures, fake invoices and remittance advice, shared documents, mailbox quota, fake trade-platform notices,
advance fee paid in crypto, fake buyers asking free samples and fees, overpayment); chat lines, genuine and
not, some mixing a minor language with English (Hinglish, Taglish, Swahili + English).
"""

from __future__ import annotations

MAILS: dict[str, dict] = {}


def mail(name: str, **m) -> None:
    MAILS[name] = m


PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

# --- genuine buyers ---------------------------------------------------------------------------------

mail("g7-es-mx-gmail-guadalajara.eml", provider="gmail", date="2026-12-01 09:14:03", offset="-0600",
     **{"from": "Ricardo Villaseñor <rvillasenor.avicola@gmail.com>"},
     subject="Cotización extractores 50 pulgadas para granja avícola",
     body="""Buen día,

Somos Avícola Los Altos, en Tepatitlán, Jalisco. Estamos ampliando dos casetas de pollo de engorda y
necesitamos cotización de:

- 48 extractores tipo caja de 50" (1.1 kW, 380 V trifásico, 60 Hz), con persiana
- 12 ventiladores de recirculación de 36"

Precio CIF Manzanillo, por favor. ¿Cuál es el tiempo de entrega y qué garantía tienen los motores?
Si el precio es bueno podemos colocar la orden este mes.

Saludos cordiales,
Ricardo Villaseñor
Compras - Avícola Los Altos S.A. de C.V.
Tel. +52 378 555 0192
""", class_="genuine", lang="es", kind="inquiry", signals="full")

mail("g7-pt-br-uol-campinas.eml", provider="uol", client_ip="177.94.21.130",
     date="2026-12-01 10:02:45", offset="-0300",
     **{"from": "Juliana Prado <juliana.prado@uol.com.br>"},
     subject="Orçamento - ventiladores axiais para galpão",
     body="""Olá, boa tarde!

Trabalho na Climatiza Galpões, aqui em Campinas/SP. Gostaria de um orçamento para:

* 30 unidades do exaustor axial 1380 mm, motor 1,5 cv, 220/380 V 60 Hz
* 10 unidades do ventilador de parede 750 mm

Entrega no porto de Santos, preço FOB e CIF se possível. Precisamos também do catálogo técnico e
da curva de vazão x pressão.

Fico no aguardo.
Att.,
Juliana Prado
Climatiza Galpões Ltda.
(19) 3555-7711
""", class_="genuine", lang="pt", kind="inquiry", signals="full")

mail("g7-fr-orange-lyon.eml", provider="orange", client_ip="90.12.77.201",
     date="2026-12-01 08:41:19", offset="+0100",
     **{"from": "Bernard Faure <bernard.faure@orange.fr>"},
     subject="Demande de prix ventilateurs centrifuges",
     body="""Bonjour Madame, Monsieur,

Je suis responsable achats chez Faure Aéraulique (Villeurbanne). Nous cherchons un fournisseur pour des
ventilateurs centrifuges à simple ouïe, modèle équivalent à votre KY-CF400, 2,2 kW, 400 V triphasé.

Quantité : 60 pièces la première année, livraison par lots de 20 au port de Fos-sur-Mer.
Merci de nous indiquer le prix unitaire, le délai et si les moteurs sont marqués CE et IE3.

Cordialement,
Bernard Faure
Faure Aéraulique SARL
04 72 55 18 30
""", class_="genuine", lang="fr", kind="inquiry", signals="full")

mail("g7-de-webde-leipzig.eml", provider="gmx", client_ip="91.64.118.27",
     date="2026-12-01 11:27:50", offset="+0100",
     **{"from": "Thomas Krüger <t.krueger-lueftung@web.de>"},
     subject="Anfrage EC-Radialventilatoren",
     body="""Sehr geehrte Damen und Herren,

wir sind ein kleiner Lüftungsbauer aus Leipzig und suchen EC-Radialventilatoren für Zentralgeräte.
Benötigt werden 80 Stück Typ KY-EC250 (230 V, 0-10 V Ansteuerung), Lieferung DAP Leipzig.

Bitte senden Sie uns ein Angebot mit Lieferzeit sowie die Datenblätter. Eine ErP-Konformitätserklärung
wäre ebenfalls hilfreich.

Mit freundlichen Grüßen
Thomas Krüger
Krüger Lüftungstechnik
Tel. 0341 5550 2841
""", class_="genuine", lang="de", kind="inquiry", signals="full")

mail("g7-it-libero-padova-short.eml", provider="libero", client_ip="79.31.202.88",
     date="2026-12-01 15:03:12", offset="+0100",
     **{"from": "Stefano Bertin <stefano.bertin@libero.it>"},
     subject="info ventilatori",
     body="""Buongiorno,
avete ventilatori assiali da 500 mm con rete? Mi servirebbe il listino e la quantità minima.
Grazie
Stefano Bertin - Padova
""", class_="genuine", lang="it", kind="inquiry")

mail("g7-ru-mailru-tashkent.eml", provider="mailru", client_ip="213.230.88.14",
     date="2026-12-01 12:15:40", offset="+0500",
     **{"from": "Rustam Karimov <rustam.karimov77@mail.ru>"},
     subject="Запрос цены - осевые вентиляторы",
     body="""Добрый день!

Компания «Агро Вент Сервис», г. Ташкент. Нам нужны осевые вентиляторы для теплиц:
- модель KY-AF900, 0,75 кВт, 380 В — 150 шт.
- модель KY-AF1250 — 40 шт.

Доставка до Ташкента (через Алматы или ж/д до станции Чукурсай). Прошу прислать цену, срок
изготовления и условия оплаты.

С уважением,
Рустам Каримов
+998 90 555 41 27
""", class_="genuine", lang="ru", kind="inquiry", signals="full")

mail("g7-uk-gmail-kharkiv.eml", provider="gmail", date="2026-12-01 09:55:08", offset="+0200",
     **{"from": "Олена Ткаченко <olena.tkachenko.vent@gmail.com>"},
     subject="Запит ціни на канальні вентилятори",
     body="""Доброго дня!

Ми — компанія «ВентБуд», м. Харків. Цікавлять канальні вентилятори для круглих каналів:
діаметр 200 мм — 120 шт., діаметр 315 мм — 60 шт.
Доставка до Одеси або до Гданська (далі автомобілем).

Надішліть, будь ласка, прайс, терміни виробництва та сертифікати.

З повагою,
Олена Ткаченко
""", class_="genuine", lang="uk", kind="inquiry", signals="full")

mail("g7-pl-o365-katowice.eml", provider="o365", region="eurprd", accept_lang="pl-PL",
     date="2026-12-01 08:12:33", offset="+0100",
     **{"from": "Marek Nowicki <m.nowicki@klimatech-slask.pl>"},
     subject="Zapytanie ofertowe - wentylatory dachowe",
     body="""Dzień dobry,

w imieniu firmy Klimatech Śląsk sp. z o.o. prosimy o ofertę na wentylatory dachowe:
- KY-RF450, 1,1 kW, 400 V – 25 szt.
- KY-RF560, 2,2 kW – 10 szt.

Dostawa do Gdańska (CIF) lub do naszego magazynu w Katowicach (DAP). Prosimy o informację o terminie
realizacji i gwarancji.

Pozdrawiam,
Marek Nowicki
Dział Zakupów
""", class_="genuine", lang="pl", kind="inquiry", signals="full")

mail("g7-tr-gmail-konya.eml", provider="gmail", date="2026-12-01 10:30:00", offset="+0300",
     **{"from": "Mehmet Yıldız <yildiz.havalandirma@gmail.com>"},
     subject="Fiyat teklifi - sera fanları",
     body="""Merhaba,

Konya'da sera havalandırma sistemleri kuruyoruz. 1380x1380 mm kutu tipi aspiratörden 70 adet ve
sirkülasyon fanından 40 adet almak istiyoruz. Teslimat Mersin limanı, CIF fiyat rica ediyoruz.

Motor markası ve garanti süresi hakkında da bilgi verebilir misiniz?

Saygılarımla,
Mehmet Yıldız
Yıldız Havalandırma
""", class_="genuine", lang="tr", kind="inquiry", signals="full")

mail("g7-ar-iq-gmail-basra.eml", provider="gmail", date="2026-12-01 11:48:21", offset="+0300",
     **{"from": "Ali Al-Maliki <ali.almaliki.basra@gmail.com>"},
     subject="طلب تسعيرة مراوح صناعية",
     body="""السلام عليكم،

نحن شركة الرافدين للتبريد في البصرة. نحتاج إلى عرض سعر للمراوح التالية:
- مروحة شفط صناعية 50 إنش، 380 فولت: 90 قطعة
- مروحة سقف صناعية كبيرة HVLS قطر 7.3 متر: 6 قطع

الشحن إلى ميناء أم قصر. يرجى إرسال السعر ومدة التصنيع وطريقة الدفع.

مع الشكر،
علي المالكي
""", class_="genuine", lang="ar", kind="inquiry", signals="full")

mail("g7-fa-gmail-tabriz.eml", provider="gmail", date="2026-12-01 10:05:44", offset="+0330",
     **{"from": "Reza Ahmadi <reza.ahmadi.tahvieh@gmail.com>"},
     subject="استعلام قیمت فن سانتریفیوژ",
     body="""با سلام و احترام،

شرکت تهویه آذر در تبریز هستیم. برای یک پروژه صنعتی به ۴۰ دستگاه فن سانتریفیوژ مدل KY-CF500 با موتور
۳ کیلووات نیاز داریم. حمل به بندر عباس یا از طریق ترکیه.
لطفاً قیمت، زمان تحویل و کاتالوگ را ارسال بفرمایید.

با تشکر،
رضا احمدی
""", class_="genuine", lang="fa", kind="inquiry", signals="full")

mail("g7-he-o365-telaviv.eml", provider="o365", region="eurprd", accept_lang="he-IL",
     date="2026-12-01 09:20:10", offset="+0200",
     **{"from": "Yossi Levi <yossi@avir-systems.co.il>"},
     subject="בקשה להצעת מחיר - מאווררי EC",
     body="""שלום,

אנחנו חברת אוויר מערכות מתל אביב. נשמח לקבל הצעת מחיר עבור 150 יחידות מאוורר EC בקוטר 310 מ"מ,
230V, כולל בקר. משלוח לנמל אשדוד.
מה זמן האספקה ומה תנאי התשלום?

תודה,
יוסי לוי
""", class_="genuine", lang="he", kind="inquiry", signals="full")

mail("g7-hi-gmail-jaipur.eml", provider="gmail", date="2026-12-01 11:10:35", offset="+0530",
     **{"from": "Rajesh Sharma <rajesh.coolair.jaipur@gmail.com>"},
     subject="Exhaust fan ki quotation chahiye",
     body="""नमस्ते,

हम जयपुर में पोल्ट्री फार्म के लिए वेंटिलेशन का काम करते हैं। हमें 36 इंच के 60 exhaust fan और
50 इंच के 40 fan चाहिए, 415V three phase. डिलीवरी न्हावा शेवा पोर्ट तक।

कृपया rate, delivery time और payment terms भेजें।

धन्यवाद,
राजेश शर्मा
Cool Air Systems, Jaipur
""", class_="genuine", lang="hi", kind="inquiry", signals="full")

mail("g7-bn-gmail-dhaka.eml", provider="gmail", date="2026-12-01 12:40:02", offset="+0600",
     **{"from": "Tanvir Hossain <tanvir.hossain.bd@gmail.com>"},
     subject="শিল্প ফ্যানের দাম জানতে চাই",
     body="""আসসালামু আলাইকুম,

আমরা গাজীপুরে একটি গার্মেন্টস কারখানার জন্য ভেন্টিলেশন ফ্যান কিনতে চাই। ৫০ ইঞ্চি এক্সহস্ট ফ্যান
৮০ পিস দরকার, ৩৮০ ভোল্ট। চট্টগ্রাম বন্দরে ডেলিভারি।
দয়া করে দাম এবং ডেলিভারির সময় জানাবেন।

ধন্যবাদ,
তানভীর হোসেন
""", class_="genuine", lang="bn", kind="inquiry", signals="full")

mail("g7-id-gmail-semarang.eml", provider="gmail", date="2026-12-01 09:33:12", offset="+0700",
     **{"from": "Budi Santoso <budi.santoso.ventilasi@gmail.com>"},
     subject="Permintaan penawaran harga exhaust fan",
     body="""Selamat pagi,

Kami dari CV Sinar Udara, Semarang. Kami membutuhkan penawaran untuk:
- Exhaust fan 50 inch, 380V, 100 unit
- Kipas sirkulasi 24 inch, 50 unit

Pengiriman ke Pelabuhan Tanjung Emas, Semarang. Mohon info harga CIF, waktu produksi, dan garansi motor.

Terima kasih,
Budi Santoso
""", class_="genuine", lang="id", kind="inquiry", signals="full")

mail("g7-ms-gmail-johor.eml", provider="gmail", date="2026-12-01 10:18:27", offset="+0800",
     **{"from": "Ahmad Faizal <faizal.ahmad.jb@gmail.com>"},
     subject="Pertanyaan harga kipas industri",
     body="""Assalamualaikum dan selamat sejahtera,

Saya dari syarikat Faizal Engineering Sdn Bhd di Johor Bahru. Kami berminat untuk membeli kipas ekzos
industri saiz 36 inci sebanyak 40 unit untuk kilang pelanggan kami. Penghantaran ke Pelabuhan Pasir Gudang.

Boleh hantarkan sebut harga dan tempoh penghantaran? Terima kasih.

Yang benar,
Ahmad Faizal
""", class_="genuine", lang="ms", kind="inquiry", signals="full")

mail("g7-vi-gmail-binhduong.eml", provider="gmail", date="2026-12-01 08:50:41", offset="+0700",
     **{"from": "Nguyễn Văn Hùng <hung.nguyen.quatcn@gmail.com>"},
     subject="Hỏi giá quạt hút công nghiệp",
     body="""Chào quý công ty,

Bên em là Công ty TNHH Thông Gió Bình Dương. Bên em cần báo giá:
- Quạt hút vuông 1380x1380, động cơ 1.1kW, 380V: 120 cái
- Quạt hướng trục 600mm: 30 cái

Giao hàng về cảng Cát Lái, TP.HCM. Anh/chị gửi giúp em giá CIF và thời gian sản xuất nhé.

Cảm ơn,
Nguyễn Văn Hùng
""", class_="genuine", lang="vi", kind="inquiry", signals="full")

mail("g7-th-outlook-ayutthaya.eml", provider="outlook", region="apcprd", accept_lang="th-TH",
     date="2026-12-01 13:05:19", offset="+0700",
     **{"from": "Somchai Wongsa <somchai.wongsa@hotmail.com>"},
     subject="ขอใบเสนอราคาพัดลมอุตสาหกรรม",
     body="""เรียนฝ่ายขาย

บริษัทของเราตั้งอยู่ที่อยุธยา ต้องการสั่งซื้อพัดลมระบายอากาศขนาด 50 นิ้ว จำนวน 60 ตัว และพัดลมเพดาน HVLS
จำนวน 4 ชุด ส่งที่ท่าเรือแหลมฉบัง
รบกวนส่งราคาและระยะเวลาจัดส่งด้วยครับ

ขอบคุณครับ
สมชาย วงศา
""", class_="genuine", lang="th", kind="inquiry", signals="full")

mail("g7-ko-naver-gwangju.eml", provider="naver", client_ip="211.36.140.77",
     date="2026-12-01 10:44:58", offset="+0900",
     **{"from": "김민수 <minsu.kim82@naver.com>"},
     subject="산업용 환풍기 견적 요청",
     body="""안녕하세요.

광주에 있는 한빛공조입니다. 축류 환풍기 KY-AF600 모델 80대, 220V 단상으로 견적 부탁드립니다.
부산항 도착 기준 CIF 가격과 납기 알려주세요. 모터 사양서도 함께 보내주시면 감사하겠습니다.

김민수 드림
한빛공조
""", class_="genuine", lang="ko", kind="inquiry", signals="full")

mail("g7-ja-exchange-kobe.eml", provider="exchange", client_ip="210.148.62.19", accept_lang="ja-JP",
     date="2026-12-01 09:02:36", offset="+0900",
     **{"from": "田中 浩二 <k.tanaka@kansai-kucho.co.jp>"},
     subject="送風機のお見積り依頼",
     body="""ご担当者様

はじめてご連絡いたします。関西空調設備株式会社の田中と申します。
下記の送風機につきまして、お見積りをお願いできますでしょうか。

・シロッコファン KY-CF315（200V 三相） 50台
・有圧換気扇 600mm 30台

納入先：神戸港（CIF）
納期と支払条件もあわせてご教示ください。

よろしくお願いいたします。
田中 浩二
""", class_="genuine", lang="ja", kind="inquiry", signals="full")

mail("g7-sw-gmail-mwanza.eml", provider="gmail", date="2026-12-01 09:25:14", offset="+0300",
     **{"from": "Joseph Mwakyusa <joseph.mwakyusa@gmail.com>"},
     subject="Ombi la bei ya feni za viwandani",
     body="""Habari za asubuhi,

Mimi ni Joseph kutoka kampuni ya Ziwa Agro Ltd, Mwanza. Tunahitaji feni za kutoa hewa (exhaust fan)
za inchi 50, vipande 30, kwa ajili ya banda la kuku. Mzigo ufike bandari ya Dar es Salaam.

Naomba bei, muda wa kutengeneza na njia za malipo.

Asante,
Joseph Mwakyusa
""", class_="genuine", lang="sw", kind="inquiry", signals="full")

mail("g7-tl-yahoo-davao.eml", provider="yahoo", yregion="sg3",
     date="2026-12-01 10:11:09", offset="+0800",
     **{"from": "Maricel Dela Cruz <maricel.delacruz@yahoo.com>"},
     subject="Inquiry po sa industrial fans",
     body="""Magandang araw po,

Ako po si Maricel ng Mindanao Poultry Supply sa Davao. Kailangan po namin ng 40 pcs na exhaust fan
50 inches, 220V, at 20 pcs na circulation fan. Pakipadala po ng presyo CIF Davao port at lead time.

Salamat po,
Maricel Dela Cruz
""", class_="genuine", lang="tl", kind="inquiry", signals="full")

mail("g7-nl-workspace-eindhoven.eml", provider="workspace",
     date="2026-12-01 09:38:22", offset="+0100",
     **{"from": "Pieter de Vries <pieter@devries-klimaat.nl>"},
     subject="Offerteaanvraag EC-ventilatoren",
     body="""Goedemorgen,

Wij zijn De Vries Klimaattechniek uit Eindhoven. Graag ontvangen wij een offerte voor 200 stuks
EC-axiaalventilatoren 450 mm (230 V, 0-10 V regeling), levering Rotterdam CIF.

Kunt u ook de levertijd en de geluidsdata meesturen?

Met vriendelijke groet,
Pieter de Vries
Inkoop
""", class_="genuine", lang="nl", kind="inquiry", signals="full")

mail("g7-sv-workspace-goteborg.eml", provider="workspace",
     date="2026-12-01 10:02:07", offset="+0100",
     **{"from": "Erik Lindqvist <erik.lindqvist@nordventab.se>"},
     subject="Offertförfrågan radialfläktar",
     body="""Hej,

Vi på Nordvent AB i Göteborg söker en leverantör av radialfläktar. Vi behöver 50 st av modell
KY-CF400, 400 V trefas, levererat till Göteborgs hamn.

Kan ni skicka pris, leveranstid och datablad?

Med vänliga hälsningar,
Erik Lindqvist
Inköpare, Nordvent AB
""", class_="genuine", lang="sv", kind="inquiry", signals="full")

mail("g7-ro-yahoo-iasi.eml", provider="yahoo", yregion="ir2",
     date="2026-12-01 11:31:45", offset="+0200",
     **{"from": "Andrei Popescu <andrei.popescu_ventil@yahoo.com>"},
     subject="Cerere de ofertă ventilatoare axiale",
     body="""Bună ziua,

Suntem o firmă de instalații din Iași. Avem nevoie de 60 de ventilatoare axiale de 630 mm, 380 V,
cu livrare în portul Constanța. Vă rog să ne trimiteți prețul, termenul de livrare și certificatele CE.

Mulțumesc,
Andrei Popescu
""", class_="genuine", lang="ro", kind="inquiry", signals="full")

mail("g7-cs-gmail-ostrava.eml", provider="gmail", date="2026-12-01 08:57:30", offset="+0100",
     **{"from": "Petr Novák <petr.novak.vzt@gmail.com>"},
     subject="Poptávka - radiální ventilátory",
     body="""Dobrý den,

jsme montážní firma VZT z Ostravy. Poptáváme 40 ks radiálních ventilátorů KY-CF355, 230 V,
dodání do Hamburku nebo přímo do Ostravy (DAP). Prosím o cenu, termín dodání a technické listy.

S pozdravem,
Petr Novák
""", class_="genuine", lang="cs", kind="inquiry", signals="full")

mail("g7-el-gmail-larissa.eml", provider="gmail", date="2026-12-01 12:20:16", offset="+0200",
     **{"from": "Γιώργος Παπαδόπουλος <g.papadopoulos.agro@gmail.com>"},
     subject="Ζήτηση προσφοράς για ανεμιστήρες θερμοκηπίου",
     body="""Καλημέρα σας,

Είμαστε εταιρεία θερμοκηπίων στη Λάρισα. Χρειαζόμαστε 50 ανεμιστήρες κυκλοφορίας αέρα 50 εκ.
και 20 εξαεριστήρες 1380 mm. Παράδοση στο λιμάνι του Πειραιά ή της Θεσσαλονίκης.

Παρακαλώ στείλτε μας τιμές και χρόνο παράδοσης.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
""", class_="genuine", lang="el", kind="inquiry", signals="full")

mail("g7-hu-gmail-debrecen.eml", provider="gmail", date="2026-12-01 09:44:51", offset="+0100",
     **{"from": "Kovács László <kovacs.laszlo.klima@gmail.com>"},
     subject="Árajánlatkérés ipari ventilátorokra",
     body="""Tisztelt Hölgyem/Uram!

Debreceni épületgépészeti cég vagyunk. 30 darab 500 mm-es axiális ventilátorra kérnénk árajánlatot,
400 V, szállítás Koper kikötőbe vagy Debrecenbe.

Kérem, küldjék el az árat és a szállítási határidőt.

Üdvözlettel,
Kovács László
""", class_="genuine", lang="hu", kind="inquiry", signals="full")

mail("g7-en-us-workspace-motor-question.eml", provider="workspace",
     date="2026-11-30 16:22:09", offset="-0600",
     **{"from": "Dana Whitfield <dana.whitfield@prairieairsystems.com>"},
     subject="EC fans - motor origin and UL listing",
     body="""Hi,

We're an HVAC OEM in Omaha, NE, looking at your KY-EC310 EC fan for an air handler line. Before we
request samples, a few technical questions:

1. Who makes the EC motors in this series - are they built in-house or sourced (ebm, Ziehl, Weg)?
2. Are the motors UL 1004 recognized, and does the fan assembly carry UL 507?
3. Can the fan take a 0-10 V signal and give tach feedback?

If it checks out, our forecast is about 1,200 units/year, first PO around 300 pcs, shipped to
Long Beach (FOB Shenzhen is fine).

Thanks,
Dana Whitfield
Sourcing Engineer, Prairie Air Systems
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g7-en-ng-gmail-kano.eml", provider="gmail", date="2026-12-01 09:12:44", offset="+0100",
     **{"from": "Ibrahim Musa <ibrahim.musa.poultry@gmail.com>"},
     subject="Request for quotation - 50 inch exhaust fans",
     body="""Good morning,

I run a poultry farm in Kano and we are building two new pens. I need a quotation for 24 units of your
50 inch box exhaust fan, 380V 3 phase, with shutters, CIF Lagos (Apapa).

We will pay 30% deposit by bank transfer and balance against B/L copy. Please also tell me the weight
and CBM so I can plan clearing.

Regards,
Ibrahim Musa
Musa Farms Ltd
""", class_="genuine", lang="en", kind="inquiry", signals="full")

# --- ordinary mail (not inquiries) --------------------------------------------------------------------

mail("h7-en-o365-ndr-outlook.eml", provider="o365", region="apcprd",
     date="2026-12-01 14:02:11", offset="+0800",
     **{"from": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kaiyuan-fans.example>"},
     subject="Undeliverable: Quotation KY-AF900 for Agro Vent Service",
     body="""Your message to purchase@agrovent-old.example couldn't be delivered.

The domain agrovent-old.example couldn't be found.

sales      Office 365      agrovent-old.example
Action Required                    Recipient

Domain not found

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: SEZPR04MB6871.apcprd04.prod.outlook.com
purchase@agrovent-old.example
Remote Server returned '550 5.4.310 DNS domain agrovent-old.example does not exist [Message=InfoDomainNonexistent]'
""", class_="genuine", lang="en", kind="ham")

mail("h7-en-ses-docusign-real.eml", provider="ses", ses_region="us-west-2",
     date="2026-12-01 07:30:00", offset="+0000",
     **{"from": "Dana Whitfield via Docusign <dse_NA4@docusign.net>"},
     reply_to="dana.whitfield@prairieairsystems.com",
     subject="Complete with Docusign: Prairie Air Systems - Mutual NDA.pdf",
     body="""Dana Whitfield sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=6f1c2e0a-3b7d-4c5e-9a11-2f0c8e4d7b19

Dana Whitfield
dana.whitfield@prairieairsystems.com

Please review our mutual NDA before we share drawings for the air handler project.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""", class_="genuine", lang="en", kind="ham")

mail("h7-en-ses-carrier-notice.eml", provider="ses", ses_region="ap-southeast-1",
     date="2026-12-01 18:10:00", offset="+0800",
     **{"from": "Ocean Network Express <noreply@one-line.com>"},
     subject="Vessel departure notice - BKG SZPE61234500 - ONE HARMONY 045W",
     body="""Dear Customer,

Please be informed that the following booking has departed.

Booking No.: SZPE61234500
Vessel / Voyage: ONE HARMONY 045W
Port of Loading: Shekou, China   ATD: 01-Dec-2026
Port of Discharge: Manzanillo, Mexico   ETA: 26-Dec-2026
Containers: 2 x 40HC

You can track this shipment on our website by entering the booking number.
This is a system generated message. Please do not reply.
""", class_="genuine", lang="en", kind="ham")

mail("h7-en-ses-bank-statement.eml", provider="ses", ses_region="ap-southeast-1",
     date="2026-12-02 06:00:00", offset="+0800",
     **{"from": "HSBC HK Business Banking <estatements@notification.hsbc.com.hk>"},
     subject="Your e-Statement for November 2026 is ready",
     body="""Dear Customer,

Your e-Statement for your business integrated account ending 882 for November 2026 is now available.
Please log on to HSBCnet or the HSBC HK Business Express app to view it.

For your security, we will never ask for your password or one-time passcode by email.

HSBC Hong Kong
""", class_="genuine", lang="en", kind="ham")

mail("h7-en-ses-newsletter.eml", provider="ses", ses_region="eu-west-1",
     date="2026-12-01 16:00:00", offset="+0000",
     **{"from": "HVAC Europe Weekly <news@hvac-europe-weekly.com>"},
     subject="This week: ErP 2027 fan efficiency rules, heat pump sales, AHR Expo preview",
     body="""HVAC Europe Weekly - 1 December 2026

Top stories
- EU confirms the 2027 review of fan efficiency (ErP Lot 11): what changes for EC and AC motors
- Heat pump sales in Germany recover in Q3
- AHR Expo 2027 in Las Vegas: 15 products to watch

Read more on our website.

You receive this newsletter because you subscribed at hvac-europe-weekly.com.
Unsubscribe | Manage preferences
""", class_="genuine", lang="en", kind="ham")

mail("h7-en-workspace-colleague.eml", provider="workspace",
     date="2026-12-01 17:45:12", offset="+0800",
     **{"from": "Kevin Liang <kevin.liang@kaiyuan-fans.example>"},
     subject="Re: Mexico poultry fans - freight",
     body="""Hi Amy,

Freight for 2x40HQ to Manzanillo came back at USD 2,350 each from Shekou, valid till Dec 15.
I put it in the shared sheet. Can you update the CIF quote for Avícola Los Altos before you send it?

Thanks,
Kevin
""", class_="genuine", lang="en", kind="ham")

mail("h7-de-gmx-customer-reply.eml", provider="gmx", client_ip="93.221.40.12",
     date="2026-12-01 14:33:08", offset="+0100",
     **{"from": "Sabine Hoffmann <sabine.hoffmann@gmx.de>"},
     subject="AW: Lieferung Ventilatoren",
     body="""Hallo Frau Chen,

die Ventilatoren sind heute gut bei uns angekommen, alle 40 Stück ohne Schäden. Vielen Dank für die
schnelle Abwicklung. Die Rechnung wird diese Woche überwiesen.

Viele Grüße
Sabine Hoffmann
""", class_="genuine", lang="de", kind="ham")

mail("h7-zh-163-colleague.eml", provider="163", client_ip="113.108.22.71",
     date="2026-12-01 19:20:44", offset="+0800",
     **{"from": "李明 <liming_kaiyuan@163.com>"},
     subject="明天的样品寄送安排",
     body="""小陈：

明天上午顺丰来取墨西哥客户的两台50寸样机，包装麻烦你今晚确认一下。
发票和装箱单我已经放在共享盘了。

李明
""", class_="genuine", lang="zh", kind="ham")

# --- phishing -------------------------------------------------------------------------------------------

mail("p7-en-vps-qr-remittance.eml", provider="vps", client_ip="45.137.21.90", vps_host="mail.acct-notify.co",
     date="2026-12-01 07:12:33", offset="+0000",
     **{"from": "Accounts Payable <ap@acct-notify.co>"},
     subject="Payment Advice - Remittance #RA-88213 for kaiyuan-fans.example",
     body="""Hello,

A payment of USD 48,620.00 has been released to your account. Your remittance advice is protected.

To view the remittance, scan the QR code in the attached image with your mobile phone camera and sign in
with your email credentials.

Accounts Payable Department
""", attach=[("Remittance_QR.png", "image/png", "\x89PNG\r\n\x1a\nQR")],
     class_="phishing", lang="en", kind="qr-lure")

mail("p7-en-vps-esign-agreement.eml", provider="vps", client_ip="185.225.74.11", vps_host="srv1.signportal-docs.com",
     date="2026-12-01 02:44:19", offset="+0000",
     **{"from": "Adobe Acrobat Sign <echosign@signportal-docs.com>"},
     subject="Please sign: Supply Agreement 2027 - Kaiyuan Fans",
     body="""You have been requested to review and e-sign the following document:

Supply Agreement 2027 - Kaiyuan Fans.pdf (4 pages)

Review and sign: https://kaiyuan-agreement.pages.dev/sign?doc=SA2027

This link will expire in 48 hours.

Powered by Adobe Acrobat Sign
""", class_="phishing", lang="en", kind="esign-lure")

mail("p7-en-vps-invoice-htm.eml", provider="vps", client_ip="103.151.92.44", vps_host="host44.logi-billing.net",
     date="2026-12-01 03:30:50", offset="+0000",
     **{"from": "Billing Department <invoice@logi-billing.net>"},
     subject="Overdue invoice INV-2026-11873 - action required",
     body="""Dear Customer,

Please find attached the overdue invoice INV-2026-11873. Kindly open the attachment and confirm payment
within 24 hours to avoid service suspension.

Regards,
Billing Department
""", attach=[("INV-2026-11873.htm", "text/html",
              "<html><body><form action='https://secure-docview.top/auth.php' method='post'>"
              "<p>Sign in to view your invoice</p><input name='email'><input name='password' type='password'>"
              "</form></body></html>")],
     class_="phishing", lang="en", kind="invoice-lure")

mail("p7-en-vps-remittance-link.eml", provider="vps", client_ip="91.215.85.140", vps_host="mx.remit-portal.org",
     date="2026-12-01 04:05:26", offset="+0000",
     **{"from": "Finance Team <finance@remit-portal.org>"},
     subject="Remittance advice: wire transfer USD 23,400.00",
     body="""Good day,

We have sent the wire transfer for your last shipment. Please view the remittance advice and the bank
slip on our secure SharePoint:

https://remit-viewer.workers.dev/sharepoint/RA-23400.pdf

Log in with your company email to access.

Kind regards,
Finance Team
""", class_="phishing", lang="en", kind="invoice-lure")

mail("p7-en-outlook-shared-doc.eml", provider="outlook", region="namprd",
     date="2026-12-01 05:17:03", offset="+0000",
     **{"from": "Jennifer Moore <jennifer.moore7731@outlook.com>"},
     subject="Jennifer Moore shared \"Purchase Order Q1 2027.xlsx\" with you",
     body="""Jennifer Moore shared a file with you

Purchase Order Q1 2027.xlsx

Here is the order list we discussed. Please check quantities and prices.

Open: https://onedrive-filesharing.web.app/view?id=PO-Q1-2027

This link only works for the direct recipients of this message.
Microsoft respects your privacy.
""", class_="phishing", lang="en", kind="shared-doc")

mail("p7-en-vps-mailbox-quota.eml", provider="vps", client_ip="194.87.31.18", vps_host="webmail-admin-center.com",
     date="2026-12-01 01:22:47", offset="+0000",
     **{"from": "kaiyuan-fans.example Mail Admin <no-reply@webmail-admin-center.com>"},
     subject="Mailbox storage 99% full - sales@kaiyuan-fans.example",
     body="""Your mailbox sales@kaiyuan-fans.example has used 49.6 GB of 50 GB.

Incoming messages are being held and will be deleted after 24 hours. Upgrade your storage now at no
charge to release your pending messages:

https://kaiyuan-fans-example.mail-upgrade.click/storage

Mail Administrator
""", class_="phishing", lang="en", kind="mailbox")

mail("p7-de-vps-postfach-migration.eml", provider="vps", client_ip="80.66.88.207", vps_host="mail.postfach-service.de.com",
     date="2026-12-01 06:50:11", offset="+0000",
     **{"from": "IT-Service <support@postfach-service.de.com>"},
     subject="Ihr Postfach wird umgestellt - Bestätigung erforderlich",
     body="""Sehr geehrter Nutzer,

im Rahmen der Serverumstellung muss Ihr E-Mail-Konto bis 03.12.2026 bestätigt werden. Nicht bestätigte
Postfächer werden deaktiviert und eingehende Nachrichten gehen verloren.

Jetzt bestätigen: https://postfach-umstellung.netlify.app/login

Ihr IT-Service-Team
""", class_="phishing", lang="de", kind="mailbox")

mail("p7-es-vps-factura-pendiente.eml", provider="vps", client_ip="5.181.156.30", vps_host="mail.facturacion-online.net",
     date="2026-12-01 08:03:42", offset="+0000",
     **{"from": "Departamento de Facturación <facturas@facturacion-online.net>"},
     subject="Factura pendiente de pago Nº F-2026-4471",
     body="""Estimado cliente:

Le informamos que tiene una factura pendiente de pago. Puede descargar la factura y el comprobante en el
siguiente enlace:

https://descargar-factura.r2.dev/F-2026-4471

Para acceder, introduzca su correo electrónico y contraseña.

Atentamente,
Departamento de Facturación
""", class_="phishing", lang="es", kind="invoice-lure")

mail("p7-fr-vps-document-partage.eml", provider="vps", client_ip="45.86.200.19", vps_host="smtp.partage-docs.fr.net",
     date="2026-12-01 09:15:00", offset="+0000",
     **{"from": "Service Comptabilité <compta@partage-docs.fr.net>"},
     subject="Document partagé : Bon de commande n° BC-78812",
     body="""Bonjour,

Un document vous a été partagé : Bon de commande n° BC-78812 (PDF, 312 Ko).

Consulter le document : https://bc-78812.pages.dev/document

Vous devrez vous connecter avec votre adresse e-mail professionnelle pour l'ouvrir.

Cordialement,
Service Comptabilité
""", class_="phishing", lang="fr", kind="shared-doc")

mail("p7-pt-vps-nota-fiscal.eml", provider="vps", client_ip="179.61.251.47", vps_host="mail.nfe-emissao.com.br.net",
     date="2026-12-01 11:40:18", offset="-0300",
     **{"from": "Nota Fiscal Eletrônica <nfe@nfe-emissao.com.br.net>"},
     subject="NF-e emitida - Pedido 55127 - boleto em anexo",
     body="""Prezado cliente,

Segue a Nota Fiscal Eletrônica referente ao pedido 55127 e o boleto para pagamento.
Visualize os documentos: https://nfe-55127.web.app/visualizar

Caso não consiga abrir, baixe o arquivo compactado em anexo.

Atenciosamente,
Departamento Financeiro
""", attach=[("NFe_55127.zip", "application/zip", "PK\x03\x04fake")],
     class_="phishing", lang="pt", kind="invoice-lure")

mail("p7-it-vps-fattura-zip.eml", provider="vps", client_ip="193.142.146.61", vps_host="pec.fatture-elettroniche.it.com",
     date="2026-12-01 08:27:31", offset="+0100",
     **{"from": "Fatturazione Elettronica <notifica@fatture-elettroniche.it.com>"},
     subject="Fattura elettronica n. 2026/1187 - notifica di scarto",
     body="""Gentile Cliente,

la fattura elettronica n. 2026/1187 è stata scartata dal Sistema di Interscambio. Apra il file allegato
per verificare i dati e ritrasmettere.

Distinti saluti
Ufficio Amministrazione
""", attach=[("Fattura_2026_1187.zip", "application/zip", "PK\x03\x04fake")],
     class_="phishing", lang="it", kind="invoice-lure")

mail("p7-en-vps-alibaba-inquiry-notice.eml", provider="vps", client_ip="103.214.7.66", vps_host="notice.alibaba-message.com",
     date="2026-12-01 03:00:22", offset="+0000",
     **{"from": "Alibaba.com <service@alibaba-message.com>"},
     subject="You have 3 new inquiries from verified buyers",
     body="""Dear Supplier,

You have received 3 new inquiries on Alibaba.com from verified buyers in United States, Germany and UAE.
The inquiries will expire if not answered within 24 hours.

View inquiries: https://message-alibaba.com.login-seller.top/inquiry?id=88213

Alibaba.com Team
""", class_="phishing", lang="en", kind="fake-platform")

mail("p7-en-vps-mic-membership.eml", provider="vps", client_ip="45.144.29.13", vps_host="mail.mic-suppliers.net",
     date="2026-12-01 04:41:55", offset="+0000",
     **{"from": "Made-in-China.com Membership <member@mic-suppliers.net>"},
     subject="Your Gold Member account will be suspended",
     body="""Dear Member,

We detected unusual login activity on your Made-in-China.com supplier account. Your showroom and
product listings will be suspended within 24 hours unless you verify your account.

Verify now: https://mic-verify-account.vercel.app/supplier/login

Made-in-China.com Security Center
""", class_="phishing", lang="en", kind="fake-platform")

mail("p7-ja-vps-password-expiry.eml", provider="vps", client_ip="154.205.142.30", vps_host="mail.secure-account-jp.com",
     date="2026-12-01 00:35:10", offset="+0000",
     **{"from": "メール管理センター <admin@secure-account-jp.com>"},
     subject="【重要】パスワードの有効期限が切れます",
     body="""お客様各位

ご利用中のメールアカウント（sales@kaiyuan-fans.example）のパスワードの有効期限が本日で切れます。
引き続きご利用いただくには、下記のリンクから現在のパスワードを確認してください。

https://mail-password-keep.pages.dev/ja/login

メール管理センター
""", class_="phishing", lang="ja", kind="mailbox")

mail("p7-ko-vps-balju-htm.eml", provider="vps", client_ip="43.228.86.11", vps_host="mail.order-kr.net",
     date="2026-12-01 01:55:40", offset="+0900",
     **{"from": "구매팀 <purchase@order-kr.net>"},
     subject="발주서 확인 요청 (PO-20261201)",
     body="""안녕하세요.

첨부된 발주서를 확인하시고 회신 부탁드립니다. 파일은 보안상 이메일 로그인 후 열람 가능합니다.

감사합니다.
구매팀
""", attach=[("PO-20261201.html", "text/html",
              "<html><body><form action='https://kr-docs-secure.top/p.php' method='post'>"
              "<input name='email'><input name='pass' type='password'></form></body></html>")],
     class_="phishing", lang="ko", kind="po-lure")

mail("p7-ru-vps-schet-link.eml", provider="vps", client_ip="77.91.68.203", vps_host="mail.buh-docs.ru.com",
     date="2026-12-01 06:20:05", offset="+0300",
     **{"from": "Бухгалтерия <buh@buh-docs.ru.com>"},
     subject="Счёт на оплату № 1187 от 01.12.2026",
     body="""Добрый день!

Направляем счёт на оплату и акт сверки. Документы доступны по ссылке:
https://schet-1187.netlify.app/doc

Для просмотра войдите с помощью вашей рабочей почты.

С уважением,
Бухгалтерия
""", class_="phishing", lang="ru", kind="invoice-lure")

mail("p7-en-gmail-rfq-transfer-link.eml", provider="gmail", date="2026-12-01 02:12:27", offset="+0000",
     **{"from": "Procurement Manager <procurement.almansoori.llc@gmail.com>"},
     subject="RFQ - urgent requirement - Al Mansoori Projects",
     body="""Dear Sir/Madam,

We are interested in your products. Please find our RFQ with specifications and quantities for the new
project in Abu Dhabi via WeTransfer below:

https://wetransfer-files.web.app/download/RFQ-AMP-2026-122

Kindly send your best quotation before Friday.

Best regards,
Procurement Manager
Al Mansoori Projects LLC
""", class_="phishing", lang="en", kind="rfq-lure")

mail("p7-ar-vps-talab-link.eml", provider="vps", client_ip="45.155.205.80", vps_host="mail.gulf-tender.net",
     date="2026-12-01 08:48:13", offset="+0300",
     **{"from": "قسم المشتريات <tenders@gulf-tender.net>"},
     subject="طلب عرض أسعار عاجل - مشروع تهوية",
     body="""السادة المحترمون،

نرجو الاطلاع على طلب عرض الأسعار والمواصفات الخاصة بمشروع التهوية عبر الرابط التالي:
https://rfq-gulf-project.pages.dev/download

يرجى تسجيل الدخول ببريدكم الإلكتروني لتحميل الملفات.

قسم المشتريات
""", class_="phishing", lang="ar", kind="rfq-lure")

# --- scam ---------------------------------------------------------------------------------------------

mail("x7-en-gmail-free-samples-agent-fee.eml", provider="gmail", date="2026-12-01 06:33:10", offset="+0000",
     **{"from": "David Williams <davidwilliams.importltd@gmail.com>"},
     subject="Order inquiry - industrial fans for UK distribution",
     body="""Hello,

We are David Williams Import Ltd, a distributor in the UK. We are interested in placing a large order of
your exhaust fans (about 2000 units) after testing samples.

Please send 3 samples by DHL free of charge, as is our company policy for new suppliers. Our import agent
will handle the customs; you only need to pay the product registration certificate fee of USD 280 to our
agent before the samples ship. The fee will be refunded in the first order.

Kindly confirm so I can send you the agent's payment details.

Regards,
David Williams
""", class_="scam", lang="en", kind="seller-pays-fee")

mail("x7-en-gmail-cheque-overpay.eml", provider="gmail", date="2026-12-01 05:05:51", offset="+0000",
     **{"from": "Mary Johnson <mary.johnson.procure@gmail.com>"},
     subject="Re: Payment for order of 60 fans",
     body="""Hi,

My client has sent you a certified cheque of USD 18,900. Your invoice was USD 9,400, the balance is for
our shipping company that will pick up the goods at your factory. Once the cheque clears, please wire
the balance of USD 9,500 to the shipper by Western Union and send me the MTCN.

Thank you for your cooperation.
Mary
""", class_="scam", lang="en", kind="overpayment")

mail("x7-en-gmail-usdt-overpay.eml", provider="gmail", date="2026-12-01 04:17:38", offset="+0000",
     **{"from": "Alex Chen <alexchen.globaltrading88@gmail.com>"},
     subject="Paid in USDT - please refund the difference",
     body="""Hello friend,

I paid 12,000 USDT to your wallet for the 80 fans but the invoice was only 8,400. My accountant made a
mistake. Please send back the 3,600 USDT to my logistics partner's wallet below, he will also arrange the
pickup:

TRC20: TXs8kq4Jx9bN2mWcVh7pLr3eYd6uFa1QzG

Thanks, waiting for your quick response.
""", class_="scam", lang="en", kind="overpayment")

mail("x7-en-gmail-crypto-advance-fee.eml", provider="gmail", date="2026-12-01 03:26:44", offset="+0000",
     **{"from": "Barrister James Okafor <barr.jamesokafor.chambers@gmail.com>"},
     subject="Contract payment of USD 2.4M approved in your company's name",
     body="""Attention: The Managing Director,

I am Barrister James Okafor, legal adviser to the Federal Ministry of Works. A contract payment of
USD 2,450,000 for the supply of ventilation equipment has been approved in your company's name by the
Contract Award Committee.

To release the funds to your account, you are required to pay the transfer clearance charge of
USD 1,850 in USDT or Bitcoin to the Ministry's escrow wallet. This is the only charge. Reply with your
full name and mobile number so the payment instructions can be sent to you.

Yours faithfully,
Barr. James Okafor
""", class_="scam", lang="en", kind="advance-fee")

mail("x7-en-o365-freight-bank-change.eml", provider="o365", region="apcprd",
     date="2026-12-01 07:48:29", offset="+0800",
     **{"from": "Accounts - Sinotrans Logistic <accounts@sinotranslogistic-hk.com>"},
     subject="Updated bank details - freight invoice FR-26-1102",
     body="""Dear Customer,

Please note our company bank account has changed due to an ongoing audit. Kindly pay the attached
freight invoice FR-26-1102 (USD 4,720.00) to our new account below and do not use the old account.

Beneficiary: Sinotrans Logistic Ltd
Bank: Metro Credit Bank, Singapore
Account: 0712 4409 8831
SWIFT: MCBKSGSG

Send us the transfer slip once paid.
Accounts Department
""", attach=[("FR-26-1102.pdf", "application/pdf", PDF)],
     class_="scam", lang="en", kind="bank-change")

mail("x7-en-gmail-vendor-registration.eml", provider="gmail", date="2026-12-01 05:52:16", offset="+0000",
     **{"from": "Tender Office - Ministry of Health <moh.tenders.office@gmail.com>"},
     subject="Approved vendor - ventilation fans for 12 hospitals",
     body="""Dear Supplier,

Your company has been shortlisted to supply 450 units of industrial exhaust fans for 12 hospital
projects. To be listed as an approved vendor, you must obtain the Vendor Registration Certificate from
our accredited agent, at a cost of USD 650, before the purchase order can be issued.

Contact the agent on WhatsApp +44 7700 900412 to complete the registration.

Tender Office
""", class_="scam", lang="en", kind="seller-pays-fee")

mail("x7-en-gmail-whatsapp-only.eml", provider="gmail", date="2026-12-01 02:58:09", offset="+0000",
     **{"from": "Ahmed Khalil <ahmedkhalil.trade2026@gmail.com>"},
     subject="Big order",
     body="""Hello dear,

I need your products for big order. My email is not safe because of hackers, so please contact me on
WhatsApp only: +971 52 555 0183. I will send you the details there.

Thank you
""", class_="scam", lang="en", kind="off-platform")

mail("x7-es-gmail-muestras-inspeccion.eml", provider="gmail", date="2026-12-01 07:14:55", offset="-0500",
     **{"from": "Carlos Mendoza <carlos.mendoza.importaciones@gmail.com>"},
     subject="Pedido grande de ventiladores - muestras",
     body="""Buenas tardes,

Somos importadores en Colombia y queremos hacer un pedido de 1.500 ventiladores. Primero necesitamos
muestras enviadas gratis. Además, nuestro gobierno exige un certificado de inspección previa; el costo
de 350 USD lo debe pagar el proveedor directamente a nuestra agencia de inspección, y se descontará del
primer pago.

Quedo atento para enviarle los datos de la agencia.

Carlos Mendoza
""", class_="scam", lang="es", kind="seller-pays-fee")

mail("x7-fr-gmail-frais-homologation.eml", provider="gmail", date="2026-12-01 08:30:27", offset="+0100",
     **{"from": "Jean-Marc Koné <jeanmarc.kone.import@gmail.com>"},
     subject="Commande de ventilateurs - homologation",
     body="""Bonjour,

Nous souhaitons commander 800 ventilateurs pour des projets publics en Côte d'Ivoire. Avant la signature
du contrat, votre société doit obtenir le certificat d'homologation auprès de notre cabinet agréé. Les
frais de 420 EUR sont à votre charge et seront remboursés à la livraison.

Merci de me confirmer pour que je vous mette en contact avec le cabinet.

Jean-Marc Koné
""", class_="scam", lang="fr", kind="seller-pays-fee")

mail("x7-pt-gmail-usdt-estoque.eml", provider="gmail", date="2026-12-01 09:40:41", offset="-0300",
     **{"from": "Rodrigo Alves <rodrigo.alves.comercio@gmail.com>"},
     subject="Compra à vista em cripto",
     body="""Olá,

Quero comprar todo o estoque de ventiladores que vocês tiverem pronto, qualquer modelo. Pago 100% em
USDT antes do embarque. Me envie o endereço da sua carteira e a quantidade disponível.

Abraço,
Rodrigo
""", class_="scam", lang="pt", kind="crypto")

mail("x7-ru-mailru-registratsiya.eml", provider="mailru", client_ip="95.165.12.81",
     date="2026-12-01 10:22:18", offset="+0300",
     **{"from": "Сергей Волков <volkov.zakupki@mail.ru>"},
     subject="Крупный заказ вентиляторов для госзаказа",
     body="""Здравствуйте!

Мы готовы заказать 900 вентиляторов для государственного проекта. Для включения вашей компании в реестр
поставщиков необходимо оплатить регистрационный сбор 300 долларов на счёт нашего представителя. После
регистрации сразу подпишем контракт, сбор вернём с первым платежом.

С уважением,
Сергей Волков
""", class_="scam", lang="ru", kind="seller-pays-fee")

mail("x7-tr-gmail-numune-gumruk.eml", provider="gmail", date="2026-12-01 11:06:33", offset="+0300",
     **{"from": "Emre Kaya <emrekaya.ithalat@gmail.com>"},
     subject="Numune talebi - büyük sipariş",
     body="""Merhaba,

500 adet fan siparişi vermeden önce 2 numune istiyoruz. Numuneleri ücretsiz gönderirseniz gümrük
işlemlerini bizim acentemiz yapacak, ancak gümrük ön onay ücreti olan 190 doları sizin acenteye
ödemeniz gerekiyor. Ödeme sonrası sipariş onaylanacak.

İyi çalışmalar,
Emre Kaya
""", class_="scam", lang="tr", kind="seller-pays-fee")

mail("x7-en-gmail-investment-crypto.eml", provider="gmail", date="2026-12-01 04:49:02", offset="+0000",
     **{"from": "Sophia Lambert <sophia.lambert.capital@gmail.com>"},
     subject="Investment partnership with your factory",
     body="""Dear CEO,

I represent a private investor from Switzerland who wants to invest USD 5 million in manufacturing
companies in China. Your company has been selected. To proceed, the investor requires a due diligence
processing fee of 1,200 USDT, paid to the compliance wallet, after which the funds will be transferred
within 7 days.

Please reply for the wallet address.
Sophia Lambert
""", class_="scam", lang="en", kind="advance-fee")

mail("x7-ar-gmail-rusum-takhlees.eml", provider="gmail", date="2026-12-01 10:55:21", offset="+0300",
     **{"from": "خالد العتيبي <khalid.alotaibi.trading1@gmail.com>"},
     subject="طلبية كبيرة - رسوم التسجيل",
     body="""السلام عليكم،

نرغب في شراء 1000 مروحة صناعية لمشاريع حكومية. لإتمام الطلب يجب على شركتكم دفع رسوم تسجيل المورد
بقيمة 400 دولار إلى مكتب الوكيل المعتمد لدينا، وسيتم استرجاعها مع الدفعة الأولى.

أرجو التأكيد لإرسال بيانات الدفع.
خالد العتيبي
""", class_="scam", lang="ar", kind="seller-pays-fee")

# --- spies ----------------------------------------------------------------------------------------------

mail("s7-en-gmail-sourcing-consultant.eml", provider="gmail", date="2026-12-01 06:10:14", offset="+0000",
     **{"from": "Mark Benson <mark.benson.sourcing@gmail.com>"},
     subject="Supplier evaluation - full price list",
     body="""Hi,

I'm a sourcing consultant evaluating fan factories in Guangdong for a client. Please send your complete
price list for all models, your factory cost breakdown (motor, blades, housing), and the names of your
motor and bearing suppliers. Also which other importers in Europe do you supply?

No order at this stage, just comparing 20 factories.

Mark
""", class_="spy", lang="en", kind="spy")

mail("s7-de-gmail-kalkulation.eml", provider="gmail", date="2026-12-01 09:05:37", offset="+0100",
     **{"from": "Jürgen Weber <juergen.weber.marktanalyse@gmail.com>"},
     subject="Marktanalyse Ventilatoren",
     body="""Guten Tag,

für eine Marktanalyse benötigen wir Ihre vollständige Preisliste aller Modelle inklusive Händlerpreise,
die Kalkulation Ihrer Herstellkosten sowie die Namen Ihrer Motorenlieferanten und Ihrer größten Kunden
in Deutschland. Eine Bestellung ist derzeit nicht geplant.

Mit freundlichen Grüßen
Jürgen Weber
""", class_="spy", lang="de", kind="spy")

# --- "seventh-fresh": written after the fixes this part led to, scored unseen --------------------------

mail("f7-en-gmail-broker-bond.eml", provider="gmail", date="2026-12-02 05:12:40", offset="+0000",
     **{"from": "Kevin O'Brien <kevin.obrien.supplyco@gmail.com>"},
     subject="Samples on our FedEx account",
     body="""Hi there,

We like your 36" wall fans and plan an order of 3 x 40HQ. Please ship two samples on our FedEx account
(we send the number). One thing: our customs broker needs a supplier bond of USD 120 lodged by your side
before the samples can enter; he returns it once the PO is placed.

Cheers,
Kevin""", class_="scam", lang="en", kind="seller-pays-fee", part="seventh-fresh")

mail("f7-es-gmail-cheque-transportista.eml", provider="gmail", date="2026-12-02 08:40:11", offset="-0500",
     **{"from": "Hernán Quiroga <hernan.quiroga.import@gmail.com>"},
     subject="Pago del pedido de ventiladores",
     body="""Buenos días,

Le enviamos hoy un cheque de 9.800 USD que incluye el flete. Cuando se acredite, transfiera el excedente
de 3.100 USD a nuestro transportista por Western Union para que retire la mercancía.

Saludos,
Hernán""", class_="scam", lang="es", kind="overpayment", part="seventh-fresh")

mail("f7-pt-gmail-taxa-cadastro.eml", provider="gmail", date="2026-12-02 10:05:31", offset="-0300",
     **{"from": "Marcos Teixeira <marcos.teixeira.compras@gmail.com>"},
     subject="Cadastro de fornecedor - pedido grande",
     body="""Prezados,

Temos um pedido de 600 ventiladores para obras públicas. Para ser cadastrado como fornecedor, a sua
empresa precisa pagar a taxa de cadastro de US$ 200 ao nosso despachante; o valor será devolvido no
primeiro pagamento.

Atenciosamente,
Marcos""", class_="scam", lang="pt", kind="seller-pays-fee", part="seventh-fresh")

mail("f7-en-gmail-export-grant-btc.eml", provider="gmail", date="2026-12-02 03:30:09", offset="+0000",
     **{"from": "Export Grants Office <exportgrants.office.2026@gmail.com>"},
     subject="Your company qualified for an export grant",
     body="""Dear Exporter,

Your company has qualified for an international export development grant of USD 85,000. To release the
grant to your account, a processing fee of 0.015 BTC must be paid to the wallet below within 72 hours.

bc1q9x7hzk3m5w2e8r4t6y0u2i8o4p6a8s0d2f4g6

Grants Office""", class_="scam", lang="en", kind="advance-fee", part="seventh-fresh")

mail("f7-de-vps-rechnung-qr.eml", provider="vps", client_ip="91.92.240.18", vps_host="mail.rechnungs-center.eu",
     date="2026-12-02 06:44:00", offset="+0100",
     **{"from": "Buchhaltung <rechnung@rechnungs-center.eu>"},
     subject="Ihre Rechnung Nr. 2026-7781",
     body="""Guten Tag,

Ihre Rechnung Nr. 2026-7781 liegt bereit. Aus Sicherheitsgründen bitte den QR-Code im Anhang mit dem
Smartphone scannen und sich mit Ihren E-Mail-Zugangsdaten anmelden.

Ihre Buchhaltung""", attach=[("Rechnung_QR.png", "image/png", "\x89PNG\r\n\x1a\nQR")],
     class_="phishing", lang="de", kind="qr-lure", part="seventh-fresh")

mail("f7-it-vps-casella-piena.eml", provider="vps", client_ip="45.131.66.20", vps_host="mail.webmail-avvisi.it.com",
     date="2026-12-02 02:10:55", offset="+0100",
     **{"from": "Amministratore Posta <avvisi@webmail-avvisi.it.com>"},
     subject="Casella di posta piena al 98%",
     body="""Gentile utente,

la sua casella sales@kaiyuan-fans.example ha raggiunto il 98% dello spazio. I nuovi messaggi sono in
attesa. Liberi spazio gratuitamente qui: https://casella-spazio.pages.dev/accedi

Amministratore di Posta""", class_="phishing", lang="it", kind="mailbox", part="seventh-fresh")

mail("f7-en-vps-esign-shtml.eml", provider="vps", client_ip="185.244.25.9", vps_host="mx.contracts-sign.net",
     date="2026-12-02 01:05:22", offset="+0000",
     **{"from": "E-Signature Service <sign@contracts-sign.net>"},
     subject="Completed: Distribution Agreement - please countersign",
     body="""Your counterparty has signed the Distribution Agreement. Please open the attached secure document
and countersign with your email account.

E-Signature Service""", attach=[("Distribution_Agreement.shtml", "text/html",
              "<html><body><form action='https://sign-secure.top/c.php' method='post'>"
              "<input name='email'><input name='password' type='password'></form></body></html>")],
     class_="phishing", lang="en", kind="esign-lure", part="seventh-fresh")

mail("f7-en-vps-supplier-portal-bank.eml", provider="vps", client_ip="193.29.13.77", vps_host="portal.vendor-update.co",
     date="2026-12-02 04:20:31", offset="+0000",
     **{"from": "Supplier Portal <noreply@vendor-update.co>"},
     subject="Action required: confirm your payment details",
     body="""Dear Supplier,

Our accounts payable system is moving to a new platform. To keep receiving payments, confirm your company
bank details and log in with your business email before 5 December:

https://supplier-payments.vercel.app/confirm

Accounts Payable""", class_="phishing", lang="en", kind="account-lure", part="seventh-fresh")

# --- "seventh-fresh2": written after the second round of fixes, scored unseen -------------------------

mail("f7b-en-gmail-vendor-onboarding-card.eml", provider="gmail", date="2026-12-02 07:02:18", offset="+0000",
     **{"from": "Procurement Team <procurement.westgate.holdings@gmail.com>"},
     subject="Supplier onboarding - order pending",
     body="""Dear Vendor,

We have selected your fans for our hotel projects (1,800 units). Before we release the purchase order,
please complete onboarding on our vendor portal and settle the one-off onboarding charge of USD 375 by
card. Our finance team will credit it back on the first invoice.

Regards,
Procurement Team""", class_="scam", lang="en", kind="seller-pays-fee", part="seventh-fresh2")

mail("f7b-de-gmail-zu-viel-ueberwiesen.eml", provider="gmail", date="2026-12-02 09:48:33", offset="+0100",
     **{"from": "Uwe Schreiber <uwe.schreiber.handel@gmail.com>"},
     subject="Überweisung Auftrag Ventilatoren",
     body="""Guten Tag,

unsere Buchhaltung hat versehentlich 2.000 EUR zu viel überwiesen. Bitte überweisen Sie den Betrag an
unsere Spedition zurück, die holt die Ware nächste Woche ab.

Gruß
Uwe Schreiber""", class_="scam", lang="de", kind="overpayment", part="seventh-fresh2")

mail("f7b-fr-gmail-frais-dossier.eml", provider="gmail", date="2026-12-02 10:12:04", offset="+0100",
     **{"from": "Ousmane Diallo <ousmane.diallo.marches@gmail.com>"},
     subject="Marché public ventilateurs - inscription fournisseur",
     body="""Bonjour,

Votre offre a été retenue pour le marché du ministère. Pour valider votre inscription fournisseur, des
frais de dossier de 350 EUR sont à régler par votre société auprès de notre cabinet; ils seront déduits
de la première facture.

Cordialement,
Ousmane Diallo""", class_="scam", lang="fr", kind="seller-pays-fee", part="seventh-fresh2")

mail("f7b-it-gmail-tassa-registrazione.eml", provider="gmail", date="2026-12-02 11:20:47", offset="+0100",
     **{"from": "Giorgio Ferri <giorgio.ferri.import@gmail.com>"},
     subject="Ordine ventilatori - registrazione",
     body="""Buongiorno,

siamo pronti a ordinare 900 ventilatori. Prima dovete pagare la tassa di registrazione fornitore di 300
euro al nostro agente; verrà rimborsata con il primo pagamento.

Saluti,
Giorgio Ferri""", class_="scam", lang="it", kind="seller-pays-fee", part="seventh-fresh2")

mail("f7b-en-vps-sharepoint-rfq.eml", provider="vps", client_ip="185.196.8.41", vps_host="mail.spo-notify.com",
     date="2026-12-02 02:31:10", offset="+0000",
     **{"from": "SharePoint Online <no-reply@spo-notify.com>"},
     subject="\"RFQ_2027_ventilation.pdf\" has been shared with you",
     body="""Mark Ellison has shared a file with you.

RFQ_2027_ventilation.pdf

Open: https://spo-rfq-view.workers.dev/open?id=2027

This invitation will only work for you and people in your organization.""",
     class_="phishing", lang="en", kind="shared-doc", part="seventh-fresh2")

# make_seventh.py reads "class_" (a Python keyword cannot be a keyword argument)
for _m in MAILS.values():
    _m["class"] = _m.pop("class_")


# ---------------------------------------------------------------------------------------------------
# Chat lines
# ---------------------------------------------------------------------------------------------------

def _c(i: str, channel: str, at: str, name: str, body: str, cls: str, lang: str, kind: str, **extra) -> dict:
    return {"id": i, "channel": channel, "received_at": at, "name": name, **extra, "class": cls, "lang": lang,
            "kind": kind, "body": body}


CHATS: list[dict] = [
    # genuine
    _c("c7-en-01", "whatsapp", "2026-12-01T10:02:00+08:00", "Rahul", "price?", "genuine", "en", "inquiry",
       phone="+91 98100 55531", country="IN"),
    _c("c7-en-02", "im", "2026-12-01T11:15:00+08:00", "Sam Otieno", "MOQ for the 36 inch exhaust fan?",
       "genuine", "en", "inquiry"),
    _c("c7-en-03", "whatsapp", "2026-12-01T12:30:00+08:00", "Kwame", "hi dear", "genuine", "en", "inquiry",
       phone="+233 24 555 7710", country="GH"),
    _c("c7-hi-01", "whatsapp", "2026-12-01T13:40:00+08:00", "Vikas Gupta",
       "bhai 24 inch exhaust fan ka rate kya hai? 100 piece chahiye, Delhi delivery", "genuine", "hi", "inquiry",
       phone="+91 99710 55428", country="IN"),
    _c("c7-tl-01", "message", "2026-12-01T14:05:00+08:00", "Jonalyn Reyes",
       "Hi po, magkano po yung 20 inch industrial fan? need po namin 50 pcs for our warehouse sa Cavite",
       "genuine", "tl", "inquiry"),
    _c("c7-ar-01", "whatsapp", "2026-12-01T15:20:00+08:00", "سالم",
       "السلام عليكم، كم سعر مروحة الشفط 50 انش؟", "genuine", "ar", "inquiry", phone="+968 9555 1204", country="OM"),
    _c("c7-es-01", "whatsapp", "2026-12-01T22:10:00+08:00", "Luis",
       "hola buenas, precio del ventilador industrial de 30 pulgadas? somos de Lima", "genuine", "es", "inquiry",
       phone="+51 987 555 310", country="PE"),
    _c("c7-pt-01", "whatsapp", "2026-12-01T21:35:00+08:00", "Fernanda",
       "Bom dia! Vocês têm ventilador axial 220V monofásico? Quanto sai 40 peças?", "genuine", "pt", "inquiry",
       phone="+55 31 98555 4402", country="BR"),
    _c("c7-id-01", "whatsapp", "2026-12-01T10:48:00+08:00", "Dewi",
       "kak, harga kipas exhaust 36 inch berapa ya? mau order 20 unit kirim ke Surabaya", "genuine", "id", "inquiry",
       phone="+62 812 5550 3321", country="ID"),
    _c("c7-vi-01", "zalo", "2026-12-01T09:30:00+08:00", "Trần Minh",
       "chào anh, quạt hút công nghiệp 1380 giá bao nhiêu ạ? em cần 30 cái", "genuine", "vi", "inquiry"),
    _c("c7-ru-01", "whatsapp", "2026-12-01T14:55:00+08:00", "Алия",
       "Здравствуйте! Есть вентиляторы для птичника 50 дюймов? Нужно 40 шт в Алматы", "genuine", "ru", "inquiry",
       phone="+7 701 555 2290", country="KZ"),
    _c("c7-sw-01", "whatsapp", "2026-12-01T16:12:00+08:00", "Baraka",
       "Habari, naomba price ya exhaust fan 50 inch, nahitaji 10 pcs hapa Dar", "genuine", "sw", "inquiry",
       phone="+255 754 555 118", country="TZ"),
    _c("c7-tr-01", "whatsapp", "2026-12-01T17:45:00+08:00", "Serkan", "Merhaba, fiyat nedir? 20 adet lazım",
       "genuine", "tr", "inquiry", phone="+90 532 555 7781", country="TR"),
    # not genuine
    _c("c7-x-01", "whatsapp", "2026-12-01T03:10:00+08:00", "Mike",
       "Hello I want to order 500pcs of any fans you have in stock, I pay with USDT. Send your wallet address",
       "scam", "en", "crypto", phone="+1 555 0133 442"),
    _c("c7-x-02", "im", "2026-12-01T04:25:00+08:00", "Peter Brown",
       "Kindly send 3 samples free by DHL, we pay after. But first you must pay the $150 registration fee to our "
       "import agent, it will be refunded with the order", "scam", "en", "seller-pays-fee"),
    _c("c7-x-03", "im", "2026-12-01T05:40:00+08:00", "Linda",
       "Dear supplier we are interested in your fans but my email is not working, contact me on Telegram @linda_buyer26",
       "scam", "en", "off-platform"),
    _c("c7-x-04", "whatsapp", "2026-12-01T06:02:00+08:00", "George",
       "I overpaid you USD 3,800 by mistake for the order. Please refund it to my shipping agent's account today",
       "scam", "en", "overpayment", phone="+44 7700 900877"),
    _c("c7-x-05", "message", "2026-12-01T02:15:00+08:00", "Alibaba Seller Center",
       "Your Alibaba store has been suspended due to policy violation. Verify your account within 24h: "
       "https://alibaba-sellercenter-verify.top/login", "phishing", "en", "fake-platform"),
    _c("c7-x-06", "im", "2026-12-01T07:30:00+08:00", "Tom",
       "send me your full price list for all products, and tell me who supply your motors and your cost price",
       "spy", "en", "spy"),
    _c("c7-x-07", "whatsapp", "2026-12-01T08:45:00+08:00", "Jorge",
       "Hola, para el pedido necesito que usted pague el certificado de importación de 200 USD a nuestro agente "
       "aduanero, después hacemos la orden", "scam", "es", "seller-pays-fee", phone="+57 311 555 0920"),
    _c("c7-x-08", "message", "2026-12-01T09:05:00+08:00", "Иван",
       "Оплата только USDT. Заберём весь склад вентиляторов, пришлите адрес кошелька", "scam", "ru", "crypto"),
    _c("c7-x-09", "whatsapp", "2026-12-01T10:20:00+08:00", "Amit",
       "sir order confirm hai, bas aapko 5000 rupees registration fee hamare agent ko bhejna hoga, phir PO milega",
       "scam", "hi", "seller-pays-fee", phone="+91 70000 55512", country="IN"),
    _c("c7-x-10", "message", "2026-12-01T11:00:00+08:00", "DHL Express",
       "DHL: your shipment 8821 is on hold, pay the customs fee of 2.99 EUR to confirm delivery: "
       "https://dhl-redelivery-eu.top/pay", "phishing", "en", "parcel-lure"),
    # "seventh-fresh": written after the fixes, scored unseen
    _c("f7-c-01", "whatsapp", "2026-12-02T09:12:00+08:00", "Jack",
       "hi dear, I want buy 300 pcs, can you accept bitcoin? send me your BTC address and I pay today", "scam", "en",
       "crypto", part="seventh-fresh", phone="+1 555 0148 220"),
    _c("f7-c-02", "message", "2026-12-02T10:30:00+08:00", "Ronel",
       "Sir, nag-overpay po kami ng 50,000 pesos, paki-send na lang po sa account ng forwarder namin",
       "scam", "tl", "overpayment", part="seventh-fresh"),
    _c("f7-c-03", "im", "2026-12-02T11:02:00+08:00", "Brian",
       "what is your factory cost for the 36 inch fan and which company supplies your blades? we are not ordering now",
       "spy", "en", "spy", part="seventh-fresh"),
    _c("f7-c-04", "message", "2026-12-02T12:00:00+08:00", "La Poste",
       "Bonjour, votre colis est en attente, réglez 1,99 € de frais de livraison ici : https://laposte-suivi.info/x",
       "phishing", "fr", "parcel-lure", part="seventh-fresh"),
    _c("f7-c-05", "whatsapp", "2026-12-02T13:20:00+08:00", "Chidi",
       "Hello, who makes your motors? need 80 pcs KY-AF900 with copper motor, shipping to Lagos, payment TT",
       "genuine", "en", "inquiry", part="seventh-fresh", phone="+234 803 555 0192", country="NG"),
    _c("f7-c-06", "whatsapp", "2026-12-02T14:45:00+08:00", "Yerlan",
       "Can I pay USDT for 50 pcs KY-AF600 delivered to Almaty? my company account is in Dubai",
       "genuine", "en", "inquiry", part="seventh-fresh", phone="+7 701 555 8812", country="KZ"),
    # "seventh-fresh2": written after the second round of fixes, scored unseen
    _c("f7b-c-01", "whatsapp", "2026-12-02T15:10:00+08:00", "Dennis",
       "dear, our company want to order 2 containers but our bank need you to pay anti money laundering certificate first, only $200",
       "scam", "en", "seller-pays-fee", part="seventh-fresh2", phone="+1 555 0110 734"),
    _c("f7b-c-02", "whatsapp", "2026-12-02T15:40:00+08:00", "فهد",
       "مرحبا، أرسل لي عنوان محفظة USDT وسأدفع ثمن كل البضاعة الموجودة لديك", "scam", "ar", "crypto",
       part="seventh-fresh2", phone="+966 55 555 0213"),
    _c("f7b-c-03", "message", "2026-12-02T16:05:00+08:00", "Дмитрий",
       "Пришлите полный прайс на все модели и скажите, кто производит ваши моторы. Заказа пока нет.", "spy", "ru",
       "spy", part="seventh-fresh2"),
    _c("f7b-c-04", "whatsapp", "2026-12-02T16:30:00+08:00", "Paulo",
       "Depositei a mais por engano, devolve a diferença para a conta do meu despachante por favor", "scam", "pt",
       "overpayment", part="seventh-fresh2", phone="+55 11 95555 2031"),
    _c("f7b-c-05", "whatsapp", "2026-12-02T17:00:00+08:00", "Agus",
       "Pak, kami mau order 500 unit, tapi bapak harus bayar biaya registrasi supplier 1 juta ke agen kami dulu",
       "scam", "id", "seller-pays-fee", part="seventh-fresh2", phone="+62 811 5550 772"),
    _c("f7b-c-06", "whatsapp", "2026-12-02T17:20:00+08:00", "Sari",
       "Pak, harga kipas 50 inch berapa? kami bayar DP 30% dulu, kirim ke Makassar 40 unit", "genuine", "id",
       "inquiry", part="seventh-fresh2", phone="+62 813 5550 1190", country="ID"),
    _c("f7b-c-07", "im", "2026-12-02T17:35:00+08:00", "Jürgen",
       "Hallo, 120 Stück KY-EC310 nach Hamburg, die Zollgebühren übernehmen wir. Lieferzeit?", "genuine", "de",
       "inquiry", part="seventh-fresh2"),
]
