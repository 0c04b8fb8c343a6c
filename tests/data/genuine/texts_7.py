"""Genuine buyers, part 7: what real buyers do that scams also do — links to product pages, attached
drawings, RFQ sheets and purchase orders, "confirm", "verify", "urgent", bank details for the deposit,
HTML-only mail. Each is a real buying situation with a concrete need."""

TEXT = """
=== pt-br-parabens-alibaba-link
p: gmail
from: Juliana Araújo <juliana.araujo.casa@gmail.com>
date: 2026-11-16 10:40 -0300
subj: Interesse no produto
lang: pt
cc: BR
opts: html
note: Brazilian "Parabéns" (congratulations) on the products plus a pasted Alibaba product link and a quantity
---
Olá! Parabéns pelos produtos, a qualidade das fotos é ótima.

Tenho interesse neste organizador de gaveta: https://www.alibaba.com/product-detail/Drawer-Organizer-Bamboo_1600871234567.html

Preciso de 600 unidades na cor natural. Qual o preço FOB e o prazo?

Juliana Araújo
=== es-confirmo-datos-entrega
p: outlook
region: EUR
from: Raúl Domínguez <raul.dominguez.1981@hotmail.es>
date: 2026-11-27 11:25 +0100
subj: RE: Pedido 300 taburetes - datos de entrega
lang: es
cc: ES
reply: stool2611.lily
note: Spanish buyer confirming his delivery details ("confirmo mis datos de entrega") in a reply thread
---
Hola Lily,

Te confirmo mis datos de entrega para el pedido de 300 taburetes:
Muebles Domínguez S.L., Polígono Industrial El Pla, nave 14, 46970 Alaquàs (Valencia). Contacto: Raúl, 611 238 904.

Por favor, confirma tú también la fecha de salida del contenedor.

Gracias,
Raúl

From: Lily Zhang <lily@sunrise-tools.cn>
Sent: Wednesday, November 25, 2026 3:10 PM
To: Raúl Domínguez <raul.dominguez.1981@hotmail.es>
Subject: Pedido 300 taburetes - datos de entrega

Dear Raúl, production is finished. Please confirm the delivery address for the forwarder.
=== en-alibaba-link-price
p: gmail
from: Daniel Okoye <daniel.okoye.uk@gmail.com>
date: 2026-11-18 14:25 +0000
subj: Price for this item
lang: en
cc: GB
note: UK buyer pastes the seller's Alibaba product link and asks price for a quantity
---
Hi,

I'm interested in this item: https://www.alibaba.com/product-detail/Rechargeable-LED-Work-Light-20W_1601234567890.html

What would be the price for 800 pcs delivered to Felixstowe? Can you do our logo on the handle?

Thanks,
Daniel
=== de-amazon-link-reference
p: gmx
domain: web.de
from: Stefan Wagner <stefan.wagner77@web.de>
date: 2026-11-19 20:15 +0100
subj: Anfrage Kabeltrommel
lang: de
cc: DE
note: German buyer references an Amazon listing as the model he wants ("so etwas wie")
---
Guten Abend,

wir suchen eine Kabeltrommel 25 m, 4 Steckdosen, IP44, so etwas wie diese hier: https://www.amazon.de/dp/B0C7K2LQ9X

Menge 400 Stück, mit CE und GS. Können Sie das liefern?

Gruß
Stefan Wagner
=== en-po-pdf-attached
p: exo
region: NAM
from: Karen Mitchell <kmitchell@mitchellsupplyco.com>
date: 2026-11-24 10:05 -0500
subj: PO 4500123 - LED shop lights
lang: en
cc: US
reply: q2611090.lily
attach: PO-4500123.pdf
opts: html
note: genuine purchase order as a PDF attachment in a reply thread with items, price and terms in the body
---
Hi Lily,

Please find attached our PO 4500123 for 2,000 pcs of the 4 ft linkable LED shop light (model SL-440, 5000K) at USD 9.85 FOB Ningbo, as per your quote Q-2611-090. Terms 30% T/T deposit, 70% against B/L copy.

Please countersign and send the PI.

Thanks,
Karen Mitchell
Purchasing Manager, Mitchell Supply Co.
(614) 555-0192

From: Lily Zhang <lily@sunrise-tools.cn>
Sent: Friday, November 20, 2026 9:30 AM
To: Karen Mitchell <kmitchell@mitchellsupplyco.com>
Subject: Quote Q-2611-090

Hi Karen, attached our quote Q-2611-090 for the 4 ft LED shop lights. Best regards, Lily
=== fr-rfq-xlsx-attached
p: exo
region: EUR
from: Nathalie Roux <n.roux@bricoplus-distribution.fr>
date: 2026-11-12 15:30 +0100
subj: Demande de prix - liste articles 2027
lang: fr
cc: FR
attach: Liste_articles_2027.xlsx
opts: html
note: French RFQ with the item list as an XLSX (a zip container) and the need stated in the body
---
Bonjour,

Vous trouverez en pièce jointe notre liste de 35 articles d'outillage à main (références, descriptions, quantités annuelles). Merci de compléter la colonne prix FOB et le MOQ par référence.

Les quantités vont de 500 à 6 000 pièces par référence. Retour souhaité avant le 4 décembre.

Bien à vous,
Nathalie Roux
Responsable achats - BricoPlus Distribution
=== de-drawing-pdf-step
p: workspace
from: Andreas Keller <a.keller@keller-maschinenbau.de>
date: 2026-11-05 14:50 +0100
subj: Anfrage Drehteil nach Zeichnung 30-215-C45
lang: de
cc: DE
attach: Zeichnung_Welle_30-215.pdf, Welle_30-215.step
note: German machining RFQ with drawing PDF and STEP model attached
---
Guten Tag,

anbei Zeichnung und 3D-Modell einer Welle (C45, Ø30 h6, Länge 215 mm). Jahresbedarf ca. 4.000 Stück, Losgröße 1.000. Bitte bieten Sie uns FCA Shanghai an, inkl. Werkstoffzeugnis 3.1.

Mit freundlichen Grüßen
Andreas Keller
Keller Maschinenbau GmbH
=== es-foto-producto-png
p: gmail
from: Valentina Rojas <valentina.rojas1994@gmail.com>
date: 2026-11-20 16:35 -0300
subj: Foto del producto que buscamos
lang: es
cc: CL
attach: Screenshot_20261120_163012.png
note: Chilean buyer attaches a screenshot of the product she wants, with quantity
---
Hola, les mando foto del organizador de cocina que buscamos. ¿Lo fabrican? Necesitamos 1.000 unidades.

Valentina
=== en-bank-details-deposit
p: workspace
from: Robert Hughes <robert@hughesandsons.com.au>
date: 2026-11-26 09:15 +1100
subj: Re: PI-2611-101 garden hose reels
lang: en
cc: AU
reply: pi2611101.lily
note: Australian buyer asks for the seller's bank details to pay the deposit (the buyer pays, nothing asked of the seller)
---
Hi Lily,

PI looks right. Please send your company bank details on letterhead and we will transfer the 30% deposit (USD 4,860) this week.

Cheers,
Robert Hughes
Hughes & Sons Hardware

On Wed, 25 Nov 2026 at 18:40, Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Robert, attached PI-2611-101 for 600 garden hose reels. Total USD 16,200 FOB Ningbo.
=== it-urgente
p: gmail
from: Davide Marino <davide.marino.edil@gmail.com>
date: 2026-11-23 08:05 +0100
subj: URGENTE - secchi da muratore
lang: it
cc: IT
note: Italian "URGENTE" in subject: a real rush order with quantity and port
---
Buongiorno, è urgente: ci servono 3.000 secchi da muratore 12 litri per fine gennaio. Potete spedire CIF La Spezia? Mi serve il prezzo oggi se possibile.

Davide Marino
=== ar-logo-png-oem
p: outlook
region: EUR
from: Saad Al-Dosari <saad.aldosari@outlook.sa>
date: 2026-11-17 13:20 +0300
subj: طباعة الشعار على الكراتين
lang: ar
cc: SA
attach: logo_aldosari.png
note: Saudi buyer attaches his logo (PNG) for OEM printing, with quantity
---
السلام عليكم،
مرفق شعار شركتنا. نريد طباعته على 5000 كرتونة للمراوح المكتبية. كم التكلفة الإضافية؟
سعد الدوسري
=== ru-srochno-website
p: yandex
from: Виктор Лебедев <v.lebedev@yandex.ru>
date: 2026-11-24 09:45 +0300
subj: Срочно: 2 контейнера перчаток
lang: ru
cc: RU
note: Russian "urgent" with a company website link in the signature
---
Добрый день!

Срочно нужны нитриловые перчатки, 2 контейнера 40', размеры M и L. Прошу цену FOB Циндао и сроки отгрузки.

Виктор Лебедев
ООО «СпецЗащита»
https://www.spetszashita.ru
+7 916 214 55 80
=== pl-linkedin-signature
p: exo
region: EUR
from: Paweł Wójcik <pawel.wojcik@techbud-hurt.pl>
date: 2026-11-18 12:10 +0100
subj: Zapytanie - drabiny aluminiowe
lang: pl
cc: PL
opts: html
note: Polish buyer with website and LinkedIn links in the signature
---
Dzień dobry,

prosimy o ofertę na 300 drabin aluminiowych 3x9 (EN 131) i 200 drabin 2x10. Dostawa CIF Gdańsk.

Pozdrawiam,
Paweł Wójcik
Kierownik zakupów | Techbud Hurt Sp. z o.o.
www.techbud-hurt.pl | https://www.linkedin.com/in/pawel-wojcik-techbud
=== en-verify-quality-sgs
p: outlook
region: NAM
from: Marcus Johnson <marcus.johnson1979@outlook.com>
date: 2026-11-20 13:40 -0600
subj: Inspection before payment
lang: en
cc: US
note: "verify" used for quality inspection (SGS) before the balance payment
---
Hi Lily,

Before we pay the 70% balance we'd like to verify the quality with a third-party inspection (SGS or Intertek) at your factory. Is that OK? The order is the 1,500 aluminum step stools.

Marcus
=== nl-bevestig-levertijd
p: gmail
from: Kees van Dijk <keesvandijk1966@gmail.com>
date: 2026-11-25 10:00 +0100
subj: Bevestiging order
lang: nl
cc: NL
note: Dutch "bevestig" (confirm) on an order with quantity, digits in user name
---
Goedemorgen Lily,

Hierbij bevestig ik de order van 250 tuinbanken. Wilt u de levertijd bevestigen en de proforma factuur sturen?

Met vriendelijke groet,
Kees van Dijk
=== en-rfq-pdf-company
p: exo
region: EUR
from: Procurement - Nordic Tools AB <procurement@nordictools.se>
date: 2026-11-09 09:20 +0100
subj: Request for Quotation RFQ-2026-118 - hand tools
lang: en
cc: SE
attach: RFQ-2026-118.pdf
opts: html
note: genuine "Request for Quotation" from a company domain with a PDF (not HTML/archive) and the items in the body
---
Dear Supplier,

Nordic Tools AB invites you to quote for RFQ-2026-118 (attached, PDF). Summary:
- Claw hammer 450 g, fibreglass handle: 4,000 pcs
- Utility knife with 5 spare blades: 10,000 pcs
- Tape measure 8 m, magnetic hook: 6,000 pcs

Incoterm FCA Ningbo or CIF Gothenburg. Deadline for quotations: 20 November 2026. Please state MOQ, lead time and payment terms.

Best regards,
Ingrid Larsson
Procurement, Nordic Tools AB
+46 31 720 44 18
=== ja-xlsx-list
p: own
host: mail.osaka-hanbai.co.jp
from: 中村 大輔 <d.nakamura@osaka-hanbai.co.jp>
date: 2026-11-13 16:40 +0900
subj: 見積依頼（添付リスト）
lang: ja
cc: JP
attach: mitsumori_list_202611.xlsx
ua: Microsoft Outlook 16.0
note: Japanese RFQ with an Excel list attached (UTF-8, base64)
opts: b64
---
ご担当者様

大阪販売の中村です。
添付のリストの商品（キッチン用品12品目）について、各500個の見積をお願いいたします。
FOB価格と納期をご記入のうえ、ご返信ください。

よろしくお願いいたします。
中村 大輔
=== en-htmlonly-company
p: exo
region: APC
from: Priya Nair <priya.nair@lumenhome.com.sg>
date: 2026-11-19 11:10 +0800
subj: Enquiry - rattan pendant lights
lang: en
cc: SG
opts: htmlonly
note: HTML-only message (no text part) from a Singapore company on Exchange Online
---
Hi,

We are a lighting retailer in Singapore. Please quote 200 rattan pendant lights (40 cm and 55 cm, 100 each), E27, SAA/CE certified, CIF Singapore.

Regards,
Priya Nair
Buyer, Lumen Home Pte Ltd
=== tr-website-whatsapp
p: gmail
from: Hakan Yıldız <hakanyildiz.yapi@gmail.com>
date: 2026-11-21 10:30 +0300
subj: Fiyat teklifi - el arabası
lang: tr
cc: TR
note: Turkish buyer with a company website and WhatsApp number in the signature
---
Merhaba,

300 adet el arabası (85 litre, şişme teker) için CIF Mersin fiyat rica ediyorum.

Hakan Yıldız
Yıldız Yapı Market - www.yildizyapimarket.com.tr
WhatsApp: +90 532 418 77 21
=== es-transferencia-deposito
p: gmail
from: Héctor Vargas <hector.vargas.imp@gmail.com>
date: 2026-11-26 17:20 -0600
subj: Re: Proforma PI-2611-097
lang: es
cc: MX
reply: pi2611097.lily
attach: Comprobante_transferencia_30.pdf
note: Mexican buyer sends the bank transfer receipt (PDF) for the 30% deposit
---
Hola Lily, te adjunto el comprobante de la transferencia del 30% (USD 3,150). Por favor confirma cuando lo reciban para empezar la producción de las 900 sillas.

Saludos,
Héctor

El mar, 24 nov 2026 a las 20:10, Lily Zhang (<lily@sunrise-tools.cn>) escribió:
> Dear Héctor, attached PI-2611-097 for 900 folding chairs, total USD 10,500 FOB Tianjin.
"""
