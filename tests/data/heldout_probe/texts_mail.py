"""Hand-written mail texts of the held-out probe (see make_probe.py). Written for this probe only."""

# ruff: noqa: E501

MAIL: list[dict] = [
    # ------------------------------------------------------------------ genuine inquiries
    dict(name="g-en-us-gmail-brass", cls="genuine", kind="inquiry", lang="en", signals="full", p="gmail",
         **{"from": ("Kevin Marsh", "kevin.marsh.plumbing@gmail.com")}, ip="73.12.44.9",
         date="2026-11-23 16:42 -0600", subj="Quote request: 2 inch brass ball valves",
         body="""Hi,

I run a small plumbing supply business in Houston, TX. We are looking for a new source for full port brass ball valves.

Item: BV-200, 2" NPT, lead free, 600 WOG
Qty: 3,000 pcs for the first order, repeat every quarter if quality is OK
Delivery: FOB Ningbo or CIF Houston, please quote both
Payment: T/T 30% deposit, balance against B/L copy

Can you also tell me your lead time and whether you have NSF certification?

Thanks,
Kevin Marsh
Marsh Plumbing Supply LLC
+1 713 555 0142"""),
    dict(name="g-es-mx-outlook-compuerta", cls="genuine", kind="inquiry", lang="es", signals="full", p="outlook",
         **{"from": ("Rodrigo Salinas", "rodrigo_salinas@hotmail.com")}, ip="189.203.77.21",
         date="2026-11-24 09:15 -0600", subj="Cotización de válvulas de compuerta",
         body="""Buenos días,

Somos una ferretería industrial en Guadalajara. Necesitamos cotización de:

- Válvula de compuerta de hierro fundido, modelo GV-150, 4 pulgadas, PN16
- Cantidad: 500 unidades
- Entrega CIF Manzanillo, México

Por favor indiquen tiempo de entrega y forma de pago. Trabajamos con carta de crédito o transferencia.

Saludos cordiales,
Rodrigo Salinas
Compras - Ferremateriales Salinas"""),
    dict(name="g-pt-br-hotmail-registros", cls="genuine", kind="inquiry", lang="pt", signals="full", p="outlook",
         **{"from": ("Juliana Costa", "ju.costa.compras@hotmail.com")}, ip="177.92.40.16",
         date="2026-11-24 11:03 -0300", subj="Pedido de cotação - registros de esfera",
         body="""Olá, boa tarde!

Gostaria de receber uma cotação para registros de esfera em latão:

Modelo: BV-25 (1 polegada)
Quantidade: 1.200 peças
Destino: porto de Santos, SP

Qual o prazo de entrega e o pedido mínimo? Pagamento via transferência bancária.

Obrigada,
Juliana Costa
Hidráulica Costa Ltda"""),
    dict(name="g-de-gmx-kugelhahn", cls="genuine", kind="inquiry", lang="de", signals="full", p="gmx",
         **{"from": ("Thomas Brenner", "t.brenner@gmx.de")}, ip="87.123.44.3",
         date="2026-11-23 14:20 +0100", subj="Anfrage Kugelhähne DN25",
         body="""Sehr geehrte Damen und Herren,

wir sind ein Installationsbetrieb aus Bremen und suchen einen Lieferanten für Messing-Kugelhähne.

Artikel: Kugelhahn DN25, Typ BV-25, PN40, mit Hebelgriff
Menge: 800 Stück
Lieferung: frei Hamburg (CIF Hamburg)

Bitte teilen Sie uns Preis, Lieferzeit und Zahlungsbedingungen mit.

Mit freundlichen Grüßen
Thomas Brenner
Brenner Haustechnik GmbH"""),
    dict(name="g-de-webde-rueckschlag", cls="genuine", kind="inquiry", lang="de", signals="full", p="webde",
         **{"from": ("Anna Gruber", "anna.gruber@web.de")}, ip="93.199.12.40",
         date="2026-11-25 08:05 +0100", subj="Preisanfrage Rückschlagventile",
         body="""Guten Morgen,

wir benötigen 300 Stück Rückschlagventile Typ RV-40 (Edelstahl 316), Lieferung nach Linz, Österreich.
Was wäre Ihr bester Preis und wann könnten Sie liefern?

Danke und Grüße
Anna Gruber"""),
    dict(name="g-ru-yandex-krany", cls="genuine", kind="inquiry", lang="ru", signals="full", p="yandex",
         **{"from": ("Сергей Волков", "s.volkov@yandex.ru")}, ip="95.24.10.10",
         date="2026-11-24 10:30 +0300", subj="Запрос цены на шаровые краны",
         body="""Добрый день!

Наша компания занимается оптовыми поставками сантехники. Интересуют шаровые краны:

Модель BV-32, латунь, DN32
Количество: 2000 шт
Доставка до Новосибирска, можно через Владивосток

Просьба прислать коммерческое предложение с ценой и сроками поставки. Оплата банковским переводом.

С уважением,
Сергей Волков
ООО «ТеплоСнаб»"""),
    dict(name="g-ru-mailru-kz", cls="genuine", kind="inquiry", lang="ru", signals="full", p="mailru",
         **{"from": ("Айгерим Нурланова", "aigerim.n@mail.ru")}, ip="95.56.20.11",
         date="2026-11-25 13:12 +0500", subj="Запрос: задвижки DN100",
         body="""Здравствуйте.

Просим рассчитать стоимость задвижек чугунных DN100, модель GV-100 — 150 штук.
Доставка: Алматы, Казахстан. Условия — CIP Алматы.
Также пришлите, пожалуйста, сертификаты.

Спасибо.
Айгерим"""),
    dict(name="g-zh-qq-malaysia", cls="genuine", kind="inquiry", lang="zh", signals="full", p="qq",
         **{"from": ("林志明", "2874613309@qq.com")}, ip="175.139.20.8",
         date="2026-11-24 15:40 +0800", subj="询价：铜球阀",
         body="""您好，

我们是马来西亚的五金批发商，想询问贵司铜球阀的价格。

型号：BV-20，DN20
数量：3000个
目的港：巴生港
付款方式：T/T

请报FOB宁波价格和交货期，谢谢！

林志明
志明五金贸易"""),
    dict(name="g-zh-163-fob", cls="genuine", kind="inquiry", lang="zh", signals="full", p="163",
         **{"from": ("王强", "wangqiang_trade@163.com")}, ip="117.136.12.40",
         date="2026-11-25 10:18 +0800", subj="蝶阀报价",
         body="""你好：

我司为越南客户采购蝶阀，规格如下：
型号 BF-100，DN100，铸铁阀体，EPDM阀座
数量：600台
运往：越南海防港，CIF海防

请尽快报价，并告知交期。

王强
浙江某进出口有限公司"""),
    dict(name="g-ko-naver-busan", cls="genuine", kind="inquiry", lang="ko", signals="full", p="naver",
         **{"from": ("김민수", "minsu.kim77@naver.com")}, ip="211.36.14.22",
         date="2026-11-24 11:25 +0900", subj="볼밸브 견적 요청드립니다",
         body="""안녕하세요.

한국 부산에 있는 배관자재 유통회사입니다.
아래 제품 견적 부탁드립니다.

모델: BV-25 (황동, 25A)
수량: 1,000개
도착항: 부산항 (CIF 부산)

납기와 결제 조건도 알려주시면 감사하겠습니다.

김민수 드림"""),
    dict(name="g-ja-exchange-yokohama", cls="genuine", kind="inquiry", lang="ja", signals="full", p="exchange",
         **{"from": ("佐藤 健一", "k.sato@tokai-setsubi.co.jp")}, ip="153.156.40.7",
         date="2026-11-25 10:40 +0900", subj="ボールバルブのお見積り依頼",
         body="""株式会社恒達バルブ
営業ご担当者様

お世話になります。東海設備の佐藤と申します。
下記の通りお見積りをお願いいたします。

品名：ステンレスボールバルブ
型番：BV-316-15
数量：500個
納入先：横浜港（CIF横浜）
希望納期：2027年2月末

よろしくお願いいたします。

東海設備株式会社
購買部　佐藤 健一"""),
    dict(name="g-fr-workspace-marseille", cls="genuine", kind="inquiry", lang="fr", signals="full", p="workspace",
         **{"from": ("Claire Dubois", "c.dubois@provence-hydraulique.fr")}, ip="",
         date="2026-11-24 15:55 +0100", subj="Demande de prix - vannes papillon DN100",
         body="""Bonjour,

Nous sommes distributeur de matériel hydraulique dans le sud de la France. Pourriez-vous nous faire une offre pour :

- Vanne papillon à oreilles, modèle BF-100, DN100, PN16
- Quantité : 250 pièces
- Livraison CIF Marseille-Fos

Merci de préciser le délai de fabrication et les conditions de paiement.

Cordialement,
Claire Dubois
Acheteuse - Provence Hydraulique SAS
www.provence-hydraulique.fr"""),
    dict(name="g-it-o365-genova", cls="genuine", kind="inquiry", lang="it", signals="full", p="o365",
         **{"from": ("Marco Ferri", "m.ferri@ferri-termo.it")}, ip="",
         date="2026-11-25 09:32 +0100", subj="Richiesta quotazione valvole a sfera",
         body="""Buongiorno,

siamo un grossista di materiale termoidraulico con sede a Brescia. Vi chiediamo la migliore offerta per:

valvola a sfera in ottone, modello BV-15, 1/2"
quantità: 600 pezzi
consegna: porto di Genova, resa CIF

Attendiamo anche i tempi di consegna e le condizioni di pagamento.

Cordiali saluti
Marco Ferri
Ferri Termoidraulica S.r.l."""),
    dict(name="g-ar-gmail-jeddah", cls="genuine", kind="inquiry", lang="ar", signals="full", p="gmail",
         **{"from": ("Khalid Alharbi", "khalid.alharbi.trading@gmail.com")}, ip="2.88.14.3",
         date="2026-11-24 12:10 +0300", subj="طلب عرض سعر - محابس",
         body="""السلام عليكم،

نحن شركة توريد مواد سباكة في جدة. نرغب في الحصول على عرض سعر للمنتج التالي:

محبس كروي نحاس موديل BV-25
الكمية: 1000 قطعة
التسليم: ميناء جدة الإسلامي (CIF جدة)

يرجى إرسال السعر ومدة التسليم وطريقة الدفع.

مع الشكر،
خالد الحربي"""),
    dict(name="g-tr-outlook-mersin", cls="genuine", kind="inquiry", lang="tr", signals="full", p="outlook",
         **{"from": ("Emre Yıldız", "emre.yildiz.tesisat@outlook.com")}, ip="88.230.17.9",
         date="2026-11-24 10:48 +0300", subj="Fiyat teklifi talebi - küresel vana",
         body="""Merhaba,

İzmir'de tesisat malzemesi satan bir firmayız. Aşağıdaki ürün için fiyat teklifi rica ediyoruz:

Ürün: Pirinç küresel vana, model BV-20
Miktar: 1500 adet
Teslimat: Mersin limanı, CIF

Teslim süresi ve ödeme şartlarını da yazar mısınız?

Saygılarımla,
Emre Yıldız"""),
    dict(name="g-pl-o365-gdansk", cls="genuine", kind="inquiry", lang="pl", signals="full", p="o365",
         **{"from": ("Katarzyna Nowak", "k.nowak@instal-pol.pl")}, ip="",
         date="2026-11-24 13:30 +0100", subj="Zapytanie ofertowe – zawory kulowe",
         body="""Dzień dobry,

prosimy o ofertę cenową na zawory kulowe mosiężne:
model BV-32, DN32, PN25
ilość: 400 szt.
dostawa: port Gdańsk, CIF

Prosimy także o informację o terminie realizacji.

Pozdrawiam
Katarzyna Nowak
Dział Zakupów, Instal-Pol Sp. z o.o."""),
    dict(name="g-nl-workspace-rotterdam", cls="genuine", kind="inquiry", lang="nl", signals="full", p="workspace",
         **{"from": ("Pieter de Vries", "pieter@devries-techniek.nl")}, ip="",
         date="2026-11-25 11:05 +0100", subj="Prijsaanvraag terugslagkleppen",
         body="""Goedemiddag,

Wij zijn op zoek naar een leverancier van terugslagkleppen.

Type: RV-50, RVS 304, DN50
Aantal: 700 stuks
Levering: CIF Rotterdam

Kunt u ons een prijs en levertijd sturen? Betaling via bankoverschrijving.

Met vriendelijke groet,
Pieter de Vries
De Vries Techniek B.V."""),
    dict(name="g-vi-yahoo-haiphong", cls="genuine", kind="inquiry", lang="vi", signals="full", p="yahoo",
         **{"from": ("Nguyen Van Hung", "hungnv_vattu@yahoo.com")}, ip="113.161.40.2",
         date="2026-11-24 09:20 +0700", subj="Yêu cầu báo giá van bi",
         body="""Chào anh/chị,

Công ty chúng tôi cần báo giá van bi đồng:
Model: BV-20
Số lượng: 2.000 cái
Giao hàng: cảng Hải Phòng, giá CIF

Xin cho biết thời gian giao hàng và điều kiện thanh toán.

Trân trọng,
Nguyễn Văn Hùng"""),
    dict(name="g-id-gmail-priok", cls="genuine", kind="inquiry", lang="id", signals="full", p="gmail",
         **{"from": ("Budi Santoso", "budi.santoso.teknik@gmail.com")}, ip="36.72.14.9",
         date="2026-11-25 10:00 +0700", subj="Permintaan penawaran harga katup",
         body="""Selamat siang,

Kami perusahaan distributor alat teknik di Jakarta. Mohon penawaran harga untuk:

Katup bola kuningan model BV-25
Jumlah: 1.000 pcs
Pengiriman: CIF Tanjung Priok, Jakarta

Mohon info juga waktu pengiriman dan syarat pembayaran.

Terima kasih,
Budi Santoso"""),
    dict(name="g-th-gmail-laemchabang", cls="genuine", kind="inquiry", lang="th", signals="full", p="gmail",
         **{"from": ("Somchai P.", "somchai.pipe@gmail.com")}, ip="171.96.4.30",
         date="2026-11-24 14:15 +0700", subj="ขอใบเสนอราคาวาล์ว",
         body="""สวัสดีครับ

บริษัทของเราต้องการใบเสนอราคาบอลวาล์วทองเหลือง
รุ่น BV-20
จำนวน 500 ชิ้น
ส่งที่ท่าเรือแหลมฉบัง ราคา CIF

กรุณาแจ้งระยะเวลาส่งสินค้าและเงื่อนไขการชำระเงินด้วยครับ

ขอบคุณครับ
สมชาย"""),
    dict(name="g-uk-gmail-odesa", cls="genuine", kind="inquiry", lang="uk", signals="full", p="gmail",
         **{"from": ("Олена Коваленко", "olena.kovalenko.buy@gmail.com")}, ip="176.36.40.8",
         date="2026-11-24 11:40 +0200", subj="Запит ціни на кульові крани",
         body="""Добрий день!

Просимо надіслати комерційну пропозицію на кульові крани:
модель BV-25, латунь
кількість: 600 шт.
доставка: порт Одеса, CIF

Також цікавить термін виготовлення та умови оплати.

З повагою,
Олена Коваленко"""),
    dict(name="g-he-gmail-haifa", cls="genuine", kind="inquiry", lang="he", signals="full", p="gmail",
         **{"from": ("Yossi Levi", "yossi.levi.plumb@gmail.com")}, ip="77.124.40.2",
         date="2026-11-24 10:05 +0200", subj="בקשה להצעת מחיר - ברזים כדוריים",
         body="""שלום,

אנחנו חברה לאספקת ציוד אינסטלציה בישראל. נבקש הצעת מחיר עבור:

ברז כדורי מפליז, דגם BV-20
כמות: 300 יחידות
משלוח: נמל חיפה, CIF

אשמח לדעת גם מה זמן האספקה ותנאי התשלום.

תודה,
יוסי לוי"""),
    dict(name="g-cs-gmail-praha", cls="genuine", kind="inquiry", lang="cs", signals="full", p="gmail",
         **{"from": ("Jan Novák", "jan.novak.instalace@gmail.com")}, ip="89.24.40.10",
         date="2026-11-25 09:45 +0100", subj="Poptávka kulových ventilů",
         body="""Dobrý den,

prosím o cenovou nabídku na kulové ventily:
typ BV-15, mosaz, DN15
množství: 250 ks
dodání: Praha, Česká republika (DAP Praha)

Jaká je dodací lhůta a platební podmínky?

S pozdravem
Jan Novák"""),
    dict(name="g-en-ae-o365-jebelali", cls="genuine", kind="inquiry", lang="en", signals="full", p="o365",
         **{"from": ("Faisal Rahman", "faisal.r@gulfline-trading.ae")}, ip="",
         date="2026-11-25 11:20 +0400", subj="RFQ - butterfly valves for project",
         body="""Dear Sir/Madam,

We have a project requirement for the following:

1) Butterfly valve, wafer type, BF-150, DN150, PN16 - 120 nos
2) Butterfly valve, wafer type, BF-200, DN200, PN16 - 80 nos

Delivery: CIF Jebel Ali, Dubai
Payment: L/C at sight

Kindly send your best offer with lead time and technical datasheets.

Best regards,
Faisal Rahman
Procurement Engineer
Gulfline Trading LLC, Dubai"""),
    dict(name="g-en-ng-workspace-lagos", cls="genuine", kind="inquiry", lang="en", signals="full", p="workspace",
         **{"from": ("Chinedu Okafor", "chinedu@okafor-engineering.com.ng")}, ip="",
         date="2026-11-24 10:10 +0100", subj="Request for proforma invoice - gate valves",
         body="""Good morning,

Please send us a proforma invoice for the following items:

Gate valve, cast iron, GV-80, DN80, PN16 - 400 pcs
Gate valve, cast iron, GV-100, DN100, PN16 - 250 pcs

Shipment: CFR Apapa port, Lagos
Payment: 30% T/T advance, 70% before shipment

We need the PI to open Form M with our bank.

Regards,
Chinedu Okafor
Okafor Engineering Ltd, Lagos"""),
    dict(name="g-fa-gmail-bandarabbas", cls="genuine", kind="inquiry", lang="fa", signals="full", p="gmail",
         **{"from": ("Reza Ahmadi", "reza.ahmadi.tasisat@gmail.com")}, ip="5.112.40.9",
         date="2026-11-24 11:30 +0330", subj="درخواست قیمت شیر توپی",
         body="""سلام،

شرکت ما در زمینه تاسیسات ساختمانی فعالیت می‌کند. لطفا قیمت محصول زیر را اعلام کنید:

شیر توپی برنجی مدل BV-25
تعداد: ۸۰۰ عدد
تحویل: بندرعباس، CFR

لطفا زمان تحویل را هم بفرمایید.

با تشکر،
رضا احمدی"""),
    dict(name="g-hi-gmail-mumbai", cls="genuine", kind="inquiry", lang="hi", signals="full", p="gmail",
         **{"from": ("Rajesh Kumar", "rajesh.kumar.valves@gmail.com")}, ip="49.36.40.12",
         date="2026-11-24 12:45 +0530", subj="बॉल वाल्व के लिए कोटेशन",
         body="""नमस्ते,

हमें पीतल के बॉल वाल्व की कीमत चाहिए।
मॉडल: BV-20
मात्रा: 1500 पीस
डिलीवरी: न्हावा शेवा पोर्ट, मुंबई (CIF)

कृपया डिलीवरी का समय और भुगतान की शर्तें भी बताएं।

धन्यवाद,
राजेश कुमार"""),
    dict(name="g-ro-yahoo-constanta", cls="genuine", kind="inquiry", lang="ro", signals="full", p="yahoo",
         **{"from": ("Andrei Popescu", "andrei.popescu_instal@yahoo.com")}, ip="86.120.40.3",
         date="2026-11-25 10:20 +0200", subj="Cerere de ofertă robineți cu bilă",
         body="""Bună ziua,

Vă rugăm să ne trimiteți o ofertă de preț pentru:
robinet cu bilă din alamă, model BV-25
cantitate: 300 bucăți
livrare: portul Constanța, CIF

Care este termenul de livrare?

Cu stimă,
Andrei Popescu"""),
    dict(name="g-el-gmail-piraeus", cls="genuine", kind="inquiry", lang="el", signals="full", p="gmail",
         **{"from": ("Nikos Papadopoulos", "nikos.papadopoulos.hydro@gmail.com")}, ip="94.65.40.7",
         date="2026-11-24 13:00 +0200", subj="Αίτημα προσφοράς - βάνες",
         body="""Καλησπέρα σας,

Θα θέλαμε προσφορά για σφαιρικές βάνες ορειχάλκινες:
μοντέλο BV-20
ποσότητα: 200 τεμάχια
παράδοση: λιμάνι Πειραιά, CIF

Παρακαλώ ενημερώστε μας για τον χρόνο παράδοσης.

Ευχαριστώ,
Νίκος Παπαδόπουλος"""),
    dict(name="g-es-ar-gmail-short", cls="genuine", kind="inquiry", lang="es", p="gmail",
         **{"from": ("Lucía Fernández", "lucia.fernandez.ba@gmail.com")}, ip="181.46.20.9",
         date="2026-11-25 18:40 -0300", subj="Consulta",
         body="""Hola, ¿fabrican válvulas esféricas de bronce de 1/2"? ¿Cuál es el pedido mínimo? Gracias."""),
    dict(name="g-pt-br-yahoo-reply", cls="genuine", kind="inquiry", lang="pt", p="yahoo",
         **{"from": ("Marcos Oliveira", "marcos_oliveira_rs@yahoo.com.br")}, ip="189.6.40.2",
         date="2026-11-26 10:10 -0300", subj="Re: Cotação válvulas BV-20",
         headers=["In-Reply-To: <20261125091200.4471@hengda-valves.com>", "References: <20261125091200.4471@hengda-valves.com>"],
         body="""Bom dia Sra. Li,

Obrigado pela cotação. O preço ficou um pouco acima do esperado. Se aumentarmos para 5.000 peças, conseguem fazer USD 2,10 FOB Ningbo?

Aguardo retorno.
Marcos

Em qua., 25 de nov. de 2026 às 09:12, Lily Li <sales@hengda-valves.com> escreveu:
> Dear Marcos,
> Please find our quotation for BV-20: USD 2.35/pc FOB Ningbo, MOQ 1,000 pcs.
> Best regards, Lily"""),
    # ------------------------------------------------------------------ spy
    dict(name="s-en-gmail-pricelist-agent", cls="spy", kind="price-list", lang="en", p="gmail",
         **{"from": ("Daniel Wright", "daniel.sourcing.hk@gmail.com")}, ip="",
         date="2026-11-24 10:00 +0800", subj="Catalogue and price list",
         body="""Hello,

We are a sourcing agent working for several buyers in Europe and the Middle East. Please send us your complete price list for all products, your full catalogue, factory drawings and the names of your raw material suppliers so that we can compare with other factories.

Also let us know your cost structure and production capacity per month.

Thanks
Daniel"""),
    dict(name="s-es-gmail-lista-completa", cls="spy", kind="price-list", lang="es", p="gmail",
         **{"from": ("Comercial Andina", "comercial.andina.importa@gmail.com")}, ip="181.49.10.2",
         date="2026-11-25 08:30 -0500", subj="Solicitud lista de precios",
         body="""Buen día,

Por favor envíenos su lista de precios completa de todos sus productos y el catálogo completo en PDF. Estamos haciendo un estudio de mercado de proveedores chinos y queremos comparar precios con otras fábricas.

Gracias."""),
    dict(name="s-de-gmx-preisliste", cls="spy", kind="price-list", lang="de", p="gmx",
         **{"from": ("M. Keller", "m.keller.einkauf@gmx.de")}, ip="91.64.40.2",
         date="2026-11-24 09:10 +0100", subj="Gesamtpreisliste",
         body="""Hallo,

bitte senden Sie uns Ihre komplette Preisliste für alle Artikel sowie Ihren Gesamtkatalog. Wir vergleichen gerade mehrere Hersteller.

Gruß
M. Keller"""),
    # ------------------------------------------------------------------ scam: card fake orders
    dict(name="c-en-gmail-cards", cls="scam", kind="card-order", lang="en", p="gmail",
         **{"from": ("Michael Brown", "michaelbrown8841@gmail.com")}, ip="",
         date="2026-11-24 03:10 +0800", subj="Order",
         body="""Hello Sales,

This is Michael Brown, i want to place an order for some of your valves. Kindly get back to me with the types and prices you have in stock and let me know which credit cards you accept for payment. Also send me your full name and direct phone number so i can call you.

Regards
Michael"""),
    dict(name="c-es-outlook-tarjetas", cls="scam", kind="card-order", lang="es", p="outlook",
         **{"from": ("Pedro Gomez", "pedrogomez5521@outlook.com")}, ip="",
         date="2026-11-24 04:00 +0800", subj="Pedido",
         body="""Hola,

Estoy interesado en comprar algunos de sus productos. Por favor envíeme los precios de lo que tiene en stock y dígame qué tarjetas de crédito aceptan como forma de pago. Necesito también su nombre completo y número de teléfono para llamarle.

Gracias
Pedro"""),
    dict(name="c-fr-gmail-cartes", cls="scam", kind="card-order", lang="fr", p="gmail",
         **{"from": ("Paul Martin", "paulmartin2290@gmail.com")}, ip="",
         date="2026-11-25 02:20 +0800", subj="Commande",
         body="""Bonjour,

Je souhaite passer une commande de vos produits. Merci de m'envoyer les prix et les quantités disponibles en stock, et de me dire quel type de carte de crédit vous acceptez pour le paiement. Envoyez-moi aussi votre nom complet et votre numéro de téléphone.

Merci
Paul"""),
    dict(name="c-pt-gmail-cartao", cls="scam", kind="card-order", lang="pt", p="gmail",
         **{"from": ("Carlos Silva", "carlossilva7734@gmail.com")}, ip="",
         date="2026-11-25 03:30 +0800", subj="Encomenda",
         body="""Olá,

Gostaria de fazer uma encomenda dos seus produtos. Por favor me envie os preços do que tem em estoque e quais cartões de crédito vocês aceitam para pagamento. Envie também o seu nome completo e telefone.

Obrigado
Carlos"""),
    dict(name="c-de-gmail-kreditkarte", cls="scam", kind="card-order", lang="de", p="gmail",
         **{"from": ("Frank Weber", "frankweber6612@gmail.com")}, ip="",
         date="2026-11-25 02:50 +0800", subj="Bestellung",
         body="""Hallo,

ich möchte eine Bestellung bei Ihnen aufgeben. Bitte senden Sie mir die Preise der Artikel auf Lager und teilen Sie mir mit, welche Kreditkarten Sie akzeptieren. Bitte schicken Sie mir auch Ihren vollständigen Namen und Ihre Telefonnummer.

Danke
Frank"""),
    # ------------------------------------------------------------------ scam: BEC change of bank details
    dict(name="b-en-vps-bank-change", cls="scam", kind="bec", lang="en", p="vps",
         **{"from": ("Accounts Department", "accounts@ningbo-brasscast.com")}, ip="45.95.147.20",
         reply_to="ningbo.brasscast.accounts@outlook.com",
         date="2026-11-24 09:05 +0800", subj="Update of our bank account details",
         body="""Dear Valued Customer,

Please be informed that due to an ongoing audit of our account, our company bank account has been changed. All outstanding and future payments should be made to our new bank account below with immediate effect:

Beneficiary: Ningbo Brasscast Co., Ltd
Bank: Hang Seng Bank, Hong Kong
Account No: 024-6681-223-883
SWIFT: HASEHKHH

Kindly confirm the payment date for invoice INV-2026-1183 and send us the payment slip once done. Do not pay to the old account.

Best regards,
Accounts Department"""),
    dict(name="b-de-vps-bankverbindung", cls="scam", kind="bec", lang="de", p="vps",
         **{"from": ("Buchhaltung", "buchhaltung@rhein-armaturen.de")}, ip="193.3.19.45",
         reply_to="rhein.armaturen.buchhaltung@gmail.com",
         date="2026-11-24 10:20 +0100", subj="Änderung unserer Bankverbindung",
         body="""Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung geändert hat. Bitte überweisen Sie alle offenen Rechnungen ab sofort nur noch auf das folgende Konto:

Kontoinhaber: Rhein Armaturen GmbH
IBAN: LT42 3250 0246 8811 3390
BIC: REVOLT21

Die alte Bankverbindung ist nicht mehr gültig. Bitte bestätigen Sie kurz den Eingang dieser Nachricht.

Mit freundlichen Grüßen
Buchhaltung"""),
    dict(name="b-es-gmail-cuenta", cls="scam", kind="bec", lang="es", p="gmail",
         **{"from": ("Departamento de Cobros", "cobros.importadoraval@gmail.com")}, ip="",
         date="2026-11-25 11:40 -0500", subj="Cambio de cuenta bancaria - facturas pendientes",
         body="""Estimado cliente,

Le informamos que hemos cambiado nuestra cuenta bancaria por motivos de auditoría. A partir de ahora, todos los pagos pendientes deben realizarse a la nueva cuenta:

Banco: Banco Santander
IBAN: ES62 0049 1182 3721 1052 8870
Titular: Importadora Valencia SL

Por favor no realice pagos a la cuenta anterior y confírmenos la fecha de pago de la factura pendiente.

Saludos cordiales"""),
    dict(name="b-fr-vps-rib", cls="scam", kind="bec", lang="fr", p="vps",
         **{"from": ("Service Comptabilité", "compta@lyon-robinetterie.fr")}, ip="45.95.147.33",
         reply_to="compta.lyonrobinetterie@outlook.fr",
         date="2026-11-25 09:50 +0100", subj="Changement de coordonnées bancaires",
         body="""Bonjour,

Nous vous informons du changement de nos coordonnées bancaires. Veuillez trouver ci-dessous notre nouveau RIB pour le règlement des factures en attente :

IBAN : FR76 1695 8000 0139 4821 7733 082
BIC : QNTOFRP1

Merci de ne plus utiliser l'ancien compte et de nous confirmer la date du virement.

Cordialement,
Service Comptabilité"""),
    dict(name="b-it-vps-iban", cls="scam", kind="bec", lang="it", p="vps",
         **{"from": ("Amministrazione", "amministrazione@milano-valvole.it")}, ip="193.3.19.80",
         reply_to="amministrazione.milanovalvole@gmail.com",
         date="2026-11-26 10:15 +0100", subj="Variazione coordinate bancarie",
         body="""Gentile cliente,

vi comunichiamo che le nostre coordinate bancarie sono cambiate. Vi preghiamo di effettuare i prossimi pagamenti e quelli in sospeso sul nuovo conto:

IBAN: IT60 X054 2811 1010 0000 0123 456
Intestatario: Milano Valvole S.p.A.

Il vecchio conto non è più attivo. Restiamo in attesa della data del bonifico.

Cordiali saluti
Amministrazione"""),
    dict(name="b-pt-gmail-dados", cls="scam", kind="bec", lang="pt", p="gmail",
         **{"from": ("Financeiro", "financeiro.metalsul@gmail.com")}, ip="",
         date="2026-11-26 14:00 -0300", subj="Alteração de dados bancários",
         body="""Prezado cliente,

Informamos que os nossos dados bancários foram alterados. Os próximos pagamentos, incluindo as faturas em aberto, devem ser feitos para a nova conta abaixo:

Banco: Nubank
Agência: 0001
Conta: 8842113-5
Favorecido: Metalsul Comércio Ltda

Favor não efetuar pagamentos para a conta antiga e confirmar a data da transferência.

Atenciosamente,
Financeiro"""),
    # ------------------------------------------------------------------ scam: advance fee
    dict(name="a-en-vps-un-compensation", cls="scam", kind="advance-fee", lang="en", p="vps",
         **{"from": ("United Nations Compensation Unit", "info@uncc-payments.org")}, ip="41.190.3.3",
         reply_to="uncc.paymentdesk@gmail.com",
         date="2026-11-24 07:10 +0100", subj="Your compensation payment",
         body="""Attention: Beneficiary,

This is to inform you that the United Nations in conjunction with the World Bank has approved the sum of US$1,500,000.00 (One Million Five Hundred Thousand United States Dollars) as compensation to victims of internet scam. Your email was selected among the beneficiaries.

To receive your payment, reconfirm your full name, address, occupation and telephone number to our paying officer, Mr. James Collins, via uncc.paymentdesk@gmail.com.

Yours faithfully,
Mrs. Helen Adams
Director, Compensation Unit"""),
    dict(name="a-en-gmail-next-of-kin", cls="scam", kind="advance-fee", lang="en", p="gmail",
         **{"from": ("Barr. Samuel Okonkwo", "barr.samuelokonkwo@gmail.com")}, ip="",
         date="2026-11-25 06:30 +0100", subj="Private and confidential",
         body="""Dear friend,

I am Barrister Samuel Okonkwo, a personal attorney to late Engr. Robert Hansen, a foreign contractor who died in a car accident with his family in 2021. He left the sum of $8.7 million USD in a bank here with no next of kin. I am contacting you because you share the same surname and I want to present you as the beneficiary so that the funds can be transferred to your account. We shall share 50/50.

This transaction is 100% risk free. Reply with your full name, phone number and bank details for more information.

Barr. Samuel Okonkwo"""),
    dict(name="a-fr-gmail-heritage", cls="scam", kind="advance-fee", lang="fr", p="gmail",
         **{"from": ("Mme Sophie Laurent", "sophielaurent.fondation@gmail.com")}, ip="",
         date="2026-11-24 08:00 +0100", subj="Don de ma fortune",
         body="""Bonjour cher(e) ami(e),

Je suis Madame Sophie Laurent, veuve, atteinte d'un cancer en phase terminale. Je dispose d'une somme de 2 500 000 euros que je souhaite léguer à une personne honnête pour des œuvres de charité. J'ai choisi de vous contacter après avoir prié.

Répondez-moi rapidement avec vos coordonnées complètes afin que mon notaire puisse entamer le transfert des fonds à votre nom.

Que Dieu vous bénisse,
Mme Sophie Laurent"""),
    dict(name="a-es-outlook-herencia", cls="scam", kind="advance-fee", lang="es", p="outlook",
         **{"from": ("Lic. Alberto Ramírez", "lic.albertoramirez@outlook.com")}, ip="",
         date="2026-11-24 09:00 -0500", subj="Herencia sin reclamar",
         body="""Estimado señor/señora,

Soy el abogado Alberto Ramírez. Le escribo respecto a una herencia de 4.200.000 dólares de un cliente fallecido que no tiene familiares. Como usted lleva el mismo apellido, puedo presentarlo como beneficiario legal y transferir los fondos a su cuenta. Dividiremos la suma en partes iguales.

Envíeme su nombre completo, número de teléfono y copia de su documento de identidad para iniciar el trámite.

Atentamente,
Lic. Alberto Ramírez"""),
    dict(name="a-pt-gmail-fundo", cls="scam", kind="advance-fee", lang="pt", p="gmail",
         **{"from": ("Dr. Paulo Mendes", "dr.paulomendes.banco@gmail.com")}, ip="",
         date="2026-11-25 07:40 +0100", subj="Transferência confidencial",
         body="""Caro amigo,

Sou o Dr. Paulo Mendes, gerente de um banco em Lisboa. Encontrei uma conta inativa com o valor de 6.500.000 euros pertencente a um cliente falecido sem herdeiros. Preciso de um parceiro estrangeiro para receber a transferência como beneficiário. Você ficará com 40% do valor.

Responda com o seu nome completo, endereço e número de telefone.

Dr. Paulo Mendes"""),
    dict(name="a-de-gmail-erbschaft", cls="scam", kind="advance-fee", lang="de", p="gmail",
         **{"from": ("RA Klaus Hoffmann", "ra.klaushoffmann.kanzlei@gmail.com")}, ip="",
         date="2026-11-25 08:20 +0100", subj="Nachlass Ihres Verwandten",
         body="""Sehr geehrte/r Herr/Frau,

ich bin Rechtsanwalt Klaus Hoffmann. Mein verstorbener Mandant hat ein Vermögen von 5.800.000 Euro hinterlassen und keine Erben. Da Sie denselben Nachnamen tragen, möchte ich Sie als Begünstigten vorstellen, damit die Summe auf Ihr Konto überwiesen werden kann. Wir teilen den Betrag 50:50.

Bitte antworten Sie mit Ihrem vollständigen Namen, Ihrer Adresse und Telefonnummer.

Hochachtungsvoll
RA Klaus Hoffmann"""),
    dict(name="a-it-gmail-eredita", cls="scam", kind="advance-fee", lang="it", p="gmail",
         **{"from": ("Avv. Giovanni Russo", "avv.giovannirusso.studio@gmail.com")}, ip="",
         date="2026-11-26 09:00 +0100", subj="Eredità non reclamata",
         body="""Gentile signore/signora,

sono l'avvocato Giovanni Russo. Un mio cliente deceduto ha lasciato un deposito di 3.900.000 euro senza eredi. Poiché lei porta lo stesso cognome, posso presentarla come beneficiario e far trasferire i fondi sul suo conto. Divideremo la somma a metà.

Mi invii il suo nome completo, indirizzo e numero di telefono.

Avv. Giovanni Russo"""),
    # ------------------------------------------------------------------ phishing
    dict(name="p-en-vps-po-html", cls="phishing", kind="po-lure", lang="en", p="vps",
         **{"from": ("Purchasing - Delta Industrial", "purchase@deltaind-supply.com")}, ip="45.95.147.70",
         date="2026-11-24 08:15 +0800", subj="New Purchase Order PO#4471-2026",
         attach=["PO_4471-2026.html"],
         body="""Dear Sir,

Please find attached our new purchase order PO#4471-2026. Kindly confirm the prices and the delivery date at your earliest convenience.

Open the attachment with your email login to view the order.

Thanks & Regards,
John Peterson
Purchasing Manager"""),
    dict(name="p-de-vps-bestellung-zip", cls="phishing", kind="po-lure", lang="de", p="vps",
         **{"from": ("Einkauf", "einkauf@mueller-handel-gmbh.com")}, ip="193.3.19.99",
         date="2026-11-24 09:40 +0100", subj="Bestellung Nr. 2291 - bitte bestätigen",
         attach=["Bestellung_2291.zip"],
         body="""Guten Tag,

anbei unsere Bestellung Nr. 2291. Bitte prüfen Sie die Positionen im Anhang und bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen
Einkauf"""),
    dict(name="p-es-gmail-cotizacion-link", cls="phishing", kind="rfq-lure", lang="es", p="gmail",
         **{"from": ("Importaciones Caribe", "importacionescaribe.compras@gmail.com")}, ip="",
         date="2026-11-24 10:00 -0400", subj="Solicitud de cotización urgente",
         html="""<p>Buenos días,</p><p>Adjunto nuestra solicitud de cotización con la lista de productos y cantidades.</p>
<p><a href="https://cotizacion-doc-2291.web.app/view?id=8812">Ver solicitud de cotización (PDF)</a></p><p>Saludos,<br>Departamento de Compras</p>""",
         body="""Buenos días,

Adjunto nuestra solicitud de cotización con la lista de productos y cantidades.

Ver solicitud de cotización (PDF): https://cotizacion-doc-2291.web.app/view?id=8812

Saludos,
Departamento de Compras"""),
    dict(name="p-pt-vps-pedido-doc", cls="phishing", kind="po-lure", lang="pt", p="vps",
         **{"from": ("Compras", "compras@comercialsantos-br.com")}, ip="45.95.147.81",
         date="2026-11-25 09:20 -0300", subj="Pedido de compra nº 7731",
         html="""<p>Prezado fornecedor,</p><p>Segue o nosso pedido de compra nº 7731. Por favor, confirme o recebimento.</p>
<p><a href="https://docs-share-online.top/pedido/7731">Visualizar pedido</a></p>""",
         body="""Prezado fornecedor,

Segue o nosso pedido de compra nº 7731. Por favor, confirme o recebimento.

Visualizar pedido: https://docs-share-online.top/pedido/7731"""),
    dict(name="p-fr-vps-devis-iso", cls="phishing", kind="rfq-lure", lang="fr", p="vps",
         **{"from": ("Service Achats", "achats@groupe-batiment-fr.com")}, ip="193.3.19.120",
         date="2026-11-25 10:05 +0100", subj="Demande de devis - réf. DV-8812",
         attach=["Demande_de_devis_DV-8812.iso"],
         body="""Bonjour,

Veuillez trouver ci-joint notre demande de devis réf. DV-8812. Merci de nous faire parvenir votre meilleure offre avant vendredi.

Cordialement,
Service Achats"""),
    dict(name="p-it-gmail-offerta-short", cls="phishing", kind="rfq-lure", lang="it", p="gmail",
         **{"from": ("Ufficio Acquisti", "ufficio.acquisti.srl@gmail.com")}, ip="",
         date="2026-11-25 11:30 +0100", subj="Richiesta di offerta",
         html="""<p>Buongiorno,</p><p>vi inviamo la nostra richiesta di offerta. Cliccate sul link per scaricare il documento:</p>
<p><a href="https://bit.ly/3xOfferta88">Scarica richiesta di offerta</a></p><p>Grazie</p>""",
         body="""Buongiorno,

vi inviamo la nostra richiesta di offerta. Cliccate sul link per scaricare il documento:

Scarica richiesta di offerta: https://bit.ly/3xOfferta88

Grazie"""),
    dict(name="p-tr-vps-siparis-rar", cls="phishing", kind="po-lure", lang="tr", p="vps",
         **{"from": ("Satın Alma", "satinalma@anadolu-yapi-tr.com")}, ip="45.95.147.90",
         date="2026-11-25 09:00 +0300", subj="Satın alma siparişi - SP2026-118",
         attach=["SP2026-118_siparis.rar"],
         body="""Merhaba,

Ekte yeni satın alma siparişimizi bulabilirsiniz. Lütfen fiyatları ve teslim tarihini onaylayınız.

Saygılarımızla,
Satın Alma Departmanı"""),
    dict(name="p-en-vps-invoice-onedrive", cls="phishing", kind="invoice-lure", lang="en", p="vps",
         **{"from": ("Accounts Payable", "ap@globalfreight-logistic.com")}, ip="45.95.147.101",
         date="2026-11-24 15:00 +0000", subj="Overdue invoice INV-88213 - final reminder",
         html="""<p>Hello,</p><p>Our records show that invoice INV-88213 (USD 14,820.00) is now overdue. The invoice has been shared with you via OneDrive.</p>
<p><a href="https://onedrive-invoice-portal.pages.dev/INV-88213">View Invoice</a></p><p>Please arrange payment today to avoid late fees.</p><p>Accounts Payable</p>""",
         body="""Hello,

Our records show that invoice INV-88213 (USD 14,820.00) is now overdue. The invoice has been shared with you via OneDrive.

View Invoice: https://onedrive-invoice-portal.pages.dev/INV-88213

Please arrange payment today to avoid late fees.

Accounts Payable"""),
    dict(name="p-en-vps-sharepoint", cls="phishing", kind="shared-doc", lang="en", p="vps",
         **{"from": ("SharePoint Online", "no-reply@sharepoint-docs-notify.com")}, ip="45.95.147.110",
         date="2026-11-24 11:00 +0000", subj="Linda Zhou shared \"Q4 Payment Schedule.pdf\" with you",
         html="""<div><p>Linda Zhou shared a file with you</p><p><b>Q4 Payment Schedule.pdf</b></p>
<p><a href="https://q4-payment-schedule.netlify.app/sp/open?u=sales@hengda-valves.com">Open</a></p>
<p>This link only works for the direct recipients of this message.</p><p>Microsoft respects your privacy.</p></div>""",
         body="""Linda Zhou shared a file with you

Q4 Payment Schedule.pdf

Open: https://q4-payment-schedule.netlify.app/sp/open?u=sales@hengda-valves.com

This link only works for the direct recipients of this message.
Microsoft respects your privacy."""),
    dict(name="p-en-outlook-mailbox-full", cls="phishing", kind="mailbox-warning", lang="en", p="outlook",
         **{"from": ("Mail Administrator", "mailadmin.helpdesk@outlook.com")}, ip="",
         date="2026-11-25 08:00 +0000", subj="Your mailbox storage is almost full",
         html="""<p>Dear user sales,</p><p>Your mailbox has reached 98% of its storage limit. Incoming messages will be rejected after 24 hours.</p>
<p><a href="https://mailbox-quota-upgrade.weebly.com/">Increase storage now</a></p><p>Email Administrator</p>""",
         body="""Dear user sales,

Your mailbox has reached 98% of its storage limit. Incoming messages will be rejected after 24 hours.

Increase storage now: https://mailbox-quota-upgrade.weebly.com/

Email Administrator"""),
    dict(name="p-de-vps-postfach", cls="phishing", kind="mailbox-warning", lang="de", p="vps",
         **{"from": ("IT-Support hengda-valves.com", "support@mailserver-verwaltung.de")}, ip="193.3.19.130",
         date="2026-11-25 09:00 +0100", subj="Ihr Postfach ist fast voll - Handlung erforderlich",
         html="""<p>Sehr geehrter Benutzer,</p><p>Ihr Postfach sales@hengda-valves.com hat die Speichergrenze erreicht. Bitte bestätigen Sie Ihr Konto, um weiterhin E-Mails zu empfangen.</p>
<p><a href="http://185.220.101.4/webmail/verify.php">Konto bestätigen</a></p>""",
         body="""Sehr geehrter Benutzer,

Ihr Postfach sales@hengda-valves.com hat die Speichergrenze erreicht. Bitte bestätigen Sie Ihr Konto, um weiterhin E-Mails zu empfangen.

Konto bestätigen: http://185.220.101.4/webmail/verify.php"""),
    dict(name="p-zh-vps-youxiang", cls="phishing", kind="mailbox-warning", lang="zh", p="vps",
         **{"from": ("企业邮箱管理中心", "admin@exmail-service-center.cn")}, ip="45.95.147.140",
         date="2026-11-25 10:00 +0800", subj="【系统通知】您的企业邮箱即将停用",
         html="""<p>尊敬的用户 sales@hengda-valves.com：</p><p>您的邮箱容量已满，系统检测到异常登录，邮箱将在24小时内停用。请立即点击下方链接验证您的账户并升级邮箱。</p>
<p><a href="https://exmail-verify.cc/login?u=sales">立即验证</a></p><p>企业邮箱管理中心</p>""",
         body="""尊敬的用户 sales@hengda-valves.com：

您的邮箱容量已满，系统检测到异常登录，邮箱将在24小时内停用。请立即点击下方链接验证您的账户并升级邮箱。

立即验证: https://exmail-verify.cc/login?u=sales

企业邮箱管理中心"""),
    dict(name="p-ru-vps-zakaz-7z", cls="phishing", kind="po-lure", lang="ru", p="vps",
         **{"from": ("Отдел закупок", "zakupki@stroytorg-opt.ru")}, ip="45.95.147.150",
         date="2026-11-25 10:40 +0300", subj="Заказ № 3381 от 25.11.2026",
         attach=["Zakaz_3381.7z"],
         body="""Добрый день!

Направляем Вам заказ № 3381. Просим подтвердить наличие и сроки поставки. Спецификация во вложении.

С уважением,
Отдел закупок"""),
    dict(name="p-pl-vps-zapytanie-html", cls="phishing", kind="rfq-lure", lang="pl", p="vps",
         **{"from": ("Dział Zakupów", "zakupy@budmax-hurt.pl")}, ip="193.3.19.140",
         date="2026-11-25 11:00 +0100", subj="Zapytanie ofertowe nr 118/2026",
         attach=["Zapytanie_ofertowe_118.html"],
         body="""Dzień dobry,

w załączniku przesyłamy zapytanie ofertowe nr 118/2026. Prosimy o przesłanie oferty.

Pozdrawiamy
Dział Zakupów"""),
    dict(name="p-nl-vps-offerte-link", cls="phishing", kind="rfq-lure", lang="nl", p="vps",
         **{"from": ("Inkoop", "inkoop@holland-bouwgroep.nl")}, ip="45.95.147.160",
         date="2026-11-25 11:30 +0100", subj="Offerteaanvraag - project Utrecht",
         html="""<p>Goedendag,</p><p>Hierbij onze offerteaanvraag voor het project Utrecht. Het document staat klaar in onze beveiligde omgeving.</p>
<p><a href="https://offerte-documenten.firebaseapp.com/open">Document bekijken</a></p><p>Met vriendelijke groet,<br>Inkoop</p>""",
         body="""Goedendag,

Hierbij onze offerteaanvraag voor het project Utrecht. Het document staat klaar in onze beveiligde omgeving.

Document bekijken: https://offerte-documenten.firebaseapp.com/open

Met vriendelijke groet,
Inkoop"""),
    dict(name="p-ar-vps-talab-html", cls="phishing", kind="rfq-lure", lang="ar", p="vps",
         **{"from": ("قسم المشتريات", "purchase@gulf-star-trading.com")}, ip="45.95.147.170",
         date="2026-11-25 12:00 +0300", subj="طلب عرض سعر جديد",
         attach=["RFQ_2026_0098.htm"],
         body="""السلام عليكم،

مرفق طلب عرض السعر الخاص بنا. يرجى فتح الملف المرفق ومراجعة الكميات وإرسال أفضل سعر.

قسم المشتريات"""),
    dict(name="p-en-vps-dhl-awb", cls="phishing", kind="shipping-lure", lang="en", p="vps",
         **{"from": ("DHL Express", "noreply@dhl-shipment-docs.com")}, ip="45.95.147.180",
         date="2026-11-26 08:00 +0000", subj="Shipment documents AWB 7731 2291 04 - action required",
         attach=["AWB_773122910_documents.html"],
         body="""Dear Customer,

Your shipment AWB 7731 2291 04 is on hold at the customs. Please review the attached shipping documents and confirm the delivery address.

DHL Express"""),
    dict(name="p-en-vps-remittance", cls="phishing", kind="invoice-lure", lang="en", p="vps",
         **{"from": ("HSBC Payment Advice", "payments@hsbc-remittance-advice.com")}, ip="193.3.19.150",
         date="2026-11-26 09:00 +0000", subj="Payment Advice - TT copy USD 38,400.00",
         attach=["TT_copy_payment_advice.shtml"],
         body="""Dear Beneficiary,

Please find attached the payment advice for the transfer of USD 38,400.00 made to your account today on the instruction of our customer.

Kindly sign in with your email account to view the TT copy.

HSBC Global Payments"""),
    dict(name="p-vi-vps-dondathang-zip", cls="phishing", kind="po-lure", lang="vi", p="vps",
         **{"from": ("Phòng Mua Hàng", "muahang@vietthanh-trading.vn")}, ip="45.95.147.190",
         date="2026-11-26 09:30 +0700", subj="Đơn đặt hàng mới PO-2026-552",
         attach=["PO-2026-552.zip"],
         body="""Kính gửi Quý công ty,

Chúng tôi gửi kèm đơn đặt hàng mới PO-2026-552. Vui lòng kiểm tra file đính kèm và xác nhận giá cùng thời gian giao hàng.

Trân trọng,
Phòng Mua Hàng"""),
    dict(name="p-ja-vps-mitsumori-link", cls="phishing", kind="rfq-lure", lang="ja", p="vps",
         **{"from": ("購買部", "kobai@sakura-shoji-jp.com")}, ip="45.95.147.200",
         date="2026-11-26 10:00 +0900", subj="お見積り依頼の件",
         html="""<p>ご担当者様</p><p>お世話になっております。お見積り依頼書をお送りします。下記リンクよりご確認ください。</p>
<p><a href="https://mitsumori-irai.web.app/doc?id=2291">見積依頼書を確認する</a></p><p>購買部</p>""",
         body="""ご担当者様

お世話になっております。お見積り依頼書をお送りします。下記リンクよりご確認ください。

見積依頼書を確認する: https://mitsumori-irai.web.app/doc?id=2291

購買部"""),
    dict(name="p-en-gmail-docusign", cls="phishing", kind="shared-doc", lang="en", p="gmail",
         **{"from": ("DocuSign via Mark Evans", "markevans.contracts@gmail.com")}, ip="",
         date="2026-11-26 14:00 +0000", subj="Please review and sign: Supply Agreement 2027",
         html="""<p>Mark Evans sent you a document to review and sign.</p><p><a href="https://docusign-review.glitch.me/sign">REVIEW DOCUMENT</a></p>
<p>Do not share this email. It contains a secure link to DocuSign.</p>""",
         body="""Mark Evans sent you a document to review and sign.

REVIEW DOCUMENT: https://docusign-review.glitch.me/sign

Do not share this email. It contains a secure link to DocuSign."""),
    dict(name="p-es-vps-factura-html", cls="phishing", kind="invoice-lure", lang="es", p="vps",
         **{"from": ("Facturación", "facturacion@logistica-iberica.es")}, ip="193.3.19.160",
         date="2026-11-26 10:30 +0100", subj="Factura pendiente FAC-2026-3391",
         attach=["FAC-2026-3391.html"],
         body="""Estimado cliente,

Adjuntamos la factura FAC-2026-3391 pendiente de pago. Para visualizarla, abra el archivo adjunto e inicie sesión con su correo.

Atentamente,
Departamento de Facturación"""),
    # ------------------------------------------------------------------ ham: legitimate mail that is not an inquiry
    dict(name="h-en-ses-newsletter", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Valve World Magazine", "newsletter@valveworld-news.com")}, ip="",
         envelope="0100019a2b@amazonses.com", date="2026-11-24 06:00 -0500", subj="This week in valves: API 6D update, new EU rules",
         headers=["List-Unsubscribe: <https://valveworld-news.com/unsubscribe?u=8812>, <mailto:unsubscribe@valveworld-news.com>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
         html="""<h1>This week in valves</h1><p>API 6D 25th edition: what changes for pipeline valve makers.</p>
<p><a href="https://valveworld-news.com/articles/api-6d-25">Read more</a></p><p>EU construction products regulation: new timelines.</p>
<p><a href="https://valveworld-news.com/articles/eu-cpr">Read more</a></p><p><a href="https://valveworld-news.com/unsubscribe?u=8812">Unsubscribe</a></p>""",
         body="""This week in valves

API 6D 25th edition: what changes for pipeline valve makers.
Read more: https://valveworld-news.com/articles/api-6d-25

EU construction products regulation: new timelines.
Read more: https://valveworld-news.com/articles/eu-cpr

Unsubscribe: https://valveworld-news.com/unsubscribe?u=8812"""),
    dict(name="h-de-ses-newsletter", cls="genuine", kind="ham", lang="de", p="ses",
         **{"from": ("SHK Fachmesse", "info@shk-fachmesse.de")}, ip="",
         envelope="0100019a2c@amazonses.com", date="2026-11-25 07:00 +0100", subj="Ihre Einladung zur SHK Fachmesse 2027",
         headers=["List-Unsubscribe: <https://shk-fachmesse.de/abmelden?id=441>", "Precedence: bulk"],
         html="""<p>Sehr geehrte Damen und Herren,</p><p>vom 10. bis 13. März 2027 findet die SHK Fachmesse in Essen statt. Sichern Sie sich jetzt Ihr Ausstellerpaket.</p>
<p><a href="https://shk-fachmesse.de/aussteller">Jetzt informieren</a></p><p><a href="https://shk-fachmesse.de/abmelden?id=441">Newsletter abbestellen</a></p>""",
         body="""Sehr geehrte Damen und Herren,

vom 10. bis 13. März 2027 findet die SHK Fachmesse in Essen statt. Sichern Sie sich jetzt Ihr Ausstellerpaket.

Jetzt informieren: https://shk-fachmesse.de/aussteller

Newsletter abbestellen: https://shk-fachmesse.de/abmelden?id=441"""),
    dict(name="h-en-ses-receipt", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("CloudHost Billing", "billing@cloudhost-services.com")}, ip="",
         envelope="0100019a2d@amazonses.com", date="2026-11-24 12:00 +0000", subj="Your receipt from CloudHost #2291-8813",
         html="""<p>Receipt #2291-8813</p><p>Amount paid: $24.00</p><p>Plan: Business Website, monthly</p><p>Paid with Visa ending 4471 on Nov 24, 2026.</p>
<p><a href="https://cloudhost-services.com/billing/invoices/2291-8813">View invoice</a></p><p>Questions? Reply to this email or visit our help center.</p>""",
         body="""Receipt #2291-8813

Amount paid: $24.00
Plan: Business Website, monthly
Paid with Visa ending 4471 on Nov 24, 2026.

View invoice: https://cloudhost-services.com/billing/invoices/2291-8813

Questions? Reply to this email or visit our help center."""),
    dict(name="h-zh-colleague", cls="genuine", kind="ham", lang="zh", p="exchange",
         **{"from": ("张伟", "zhangwei@hengda-valves.com")}, ip="47.99.12.90",
         date="2026-11-25 17:30 +0800", subj="明天上午开会",
         body="""大家好，

明天上午10点在三楼会议室开会，讨论12月的出货计划和广交会的准备工作。请各位带上本月的客户跟进表。

张伟"""),
    dict(name="h-en-colleague-workspace", cls="genuine", kind="ham", lang="en", p="workspace",
         **{"from": ("Tom Becker", "tom.becker@becker-agency.de")}, ip="",
         date="2026-11-25 16:10 +0100", subj="Re: samples arrived",
         headers=["In-Reply-To: <20261120.7712@hengda-valves.com>"],
         body="""Hi Lily,

The samples arrived this morning, thanks. The finish looks good. I'll show them to our customer on Thursday and come back to you with his feedback.

Best,
Tom

On Fri, Nov 20, 2026 at 10:12 AM Lily Li <sales@hengda-valves.com> wrote:
> Hi Tom, the samples were sent by FedEx today, tracking 7781 2291 3310.
> Lily"""),
    dict(name="h-en-ses-github", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("GitHub", "noreply@github.com")}, ip="",
         envelope="0100019a2e@amazonses.com", date="2026-11-24 13:00 +0000", subj="[hengda/website] Dependabot alert: upgrade axios",
         headers=["List-ID: hengda/website <website.hengda.github.com>", "List-Unsubscribe: <https://github.com/notifications/unsubscribe/AB12>"],
         body="""Dependabot found 1 vulnerability in hengda/website.

axios <1.7.4 has a server-side request forgery issue. Upgrade to 1.7.4 or later.

View alert: https://github.com/hengda/website/security/dependabot/3

You are receiving this because you are subscribed to security alerts for this repository."""),
    dict(name="h-en-ses-shipping", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Maersk", "noreply@maersk.com")}, ip="",
         envelope="0100019a2f@amazonses.com", date="2026-11-25 02:00 +0000", subj="Booking confirmation 261188123 - Ningbo to Hamburg",
         html="""<p>Booking confirmation</p><p>Booking number: 261188123</p><p>From: Ningbo, CN To: Hamburg, DE</p><p>Vessel: MAERSK ESSEN / 448W, ETD 2026-12-08</p>
<p>Equipment: 1 x 40' HC</p><p><a href="https://www.maersk.com/bookings/261188123">View booking</a></p>""",
         body="""Booking confirmation

Booking number: 261188123
From: Ningbo, CN  To: Hamburg, DE
Vessel: MAERSK ESSEN / 448W, ETD 2026-12-08
Equipment: 1 x 40' HC

View booking: https://www.maersk.com/bookings/261188123"""),
    dict(name="h-en-ses-meeting", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Zoom", "no-reply@zoom.us")}, ip="",
         envelope="0100019a30@amazonses.com", date="2026-11-25 03:00 +0000", subj="Meeting invitation: Hengda x Gulfline weekly call",
         body="""Faisal Rahman is inviting you to a scheduled Zoom meeting.

Topic: Hengda x Gulfline weekly call
Time: Dec 1, 2026 10:00 AM Dubai

Join Zoom Meeting
https://zoom.us/j/88123991234?pwd=aB12cD34

Meeting ID: 881 2399 1234"""),
    dict(name="h-zh-ses-cantonfair", cls="genuine", kind="ham", lang="zh", p="ses",
         **{"from": ("广交会", "service@cantonfair-news.org.cn")}, ip="",
         envelope="0100019a31@amazonses.com", date="2026-11-25 09:00 +0800", subj="第141届广交会展位申请通知",
         headers=["List-Unsubscribe: <https://cantonfair-news.org.cn/unsub?id=7712>", "Precedence: bulk"],
         body="""尊敬的参展企业：

第141届中国进出口商品交易会（广交会）展位申请将于12月15日开始。请登录参展商服务平台提交申请。

详情请访问：https://cantonfair-news.org.cn/notice/141

退订：https://cantonfair-news.org.cn/unsub?id=7712"""),
    dict(name="h-en-bank-statement", cls="genuine", kind="ham", lang="en", p="ses",
         **{"from": ("Wise", "noreply@wise.com")}, ip="",
         envelope="0100019a32@amazonses.com", date="2026-11-26 01:00 +0000", subj="You received 12,400.00 USD from Gulfline Trading LLC",
         html="""<p>Hi Lily,</p><p>You've received 12,400.00 USD from Gulfline Trading LLC. It's now in your USD balance.</p>
<p>Reference: PI-2026-118 deposit</p><p><a href="https://wise.com/transactions/8812331">See transaction</a></p>""",
         body="""Hi Lily,

You've received 12,400.00 USD from Gulfline Trading LLC. It's now in your USD balance.

Reference: PI-2026-118 deposit

See transaction: https://wise.com/transactions/8812331"""),
]
