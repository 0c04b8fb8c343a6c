"""Genuine buyers, part 6: more short messages across languages, a few legacy charsets."""

TEXT = """
=== fr-gmail-tiny-merci
p: gmail
from: Claire Martin <claire.martin.pro@gmail.com>
date: 2026-11-26 09:10 +0100
subj: Re: Échantillons
lang: fr
cc: FR
reply: sample2611fr.lily
note: two-line French thanks with a confirmation, quoted English below
---
Merci Lily, bien reçu. On confirme 400 pièces.

Claire

Le mar. 24 nov. 2026 à 08:30, Lily Zhang <lily@sunrise-tools.cn> a écrit :
> Dear Claire, the samples were delivered yesterday according to DHL. Please check.
=== fr-iso88591-quincaillerie
p: own
host: mail.quincaillerie-bernard.fr
from: Philippe Bernard <philippe.bernard@quincaillerie-bernard.fr>
date: 2026-11-04 14:45 +0100
subj: Demande de cotation cadenas
lang: fr
cc: FR
opts: charset=iso-8859-1 qp
ua: Microsoft Outlook 16.0
note: French in iso-8859-1 quoted-printable from a company server
---
Bonjour,

Pourriez-vous me faire une cotation pour 2 000 cadenas laiton 40 mm avec 3 clés, livrés à Marseille ? Nous réglons habituellement par virement, 30 % à la commande.

Cordialement,
Philippe Bernard
Quincaillerie Bernard
=== de-gmx-tiny-danke
p: gmx
from: Uwe Schmitt <uwe.schmitt1959@gmx.de>
date: 2026-11-23 17:55 +0100
subj: Lieferzeit
lang: de
cc: DE
note: very short German question about delivery time
---
Hallo, wie lange ist die Lieferzeit für 150 Werkbänke?

Danke
Uwe
=== de-iso88591-mittelstand
p: own
host: mail.stahlbau-richter.de
from: Gerd Richter <g.richter@stahlbau-richter.de>
date: 2026-11-12 07:45 +0100
subj: Anfrage Schweißhandschuhe und Schutzbrillen
lang: de
cc: DE
opts: charset=iso-8859-1 qp
ua: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2
note: German in iso-8859-1, early morning, PPE with EN standards, Geschäftsführer footer
---
Guten Morgen,

für unsere Werkstatt benötigen wir 1.000 Paar Schweißerhandschuhe (Rindspaltleder, EN 12477 Typ A) und 500 Schutzbrillen nach EN 166. Bitte senden Sie uns ein Angebot frei Haus oder CIF Bremerhaven.

Mit freundlichen Grüßen
Gerd Richter
Stahlbau Richter GmbH & Co. KG
Geschäftsführer: Gerd Richter, Amtsgericht Chemnitz HRA 4471
=== it-gmail-tiny
p: gmail
from: Chiara Romano <chiara.romano1995@gmail.com>
date: 2026-11-24 12:20 +0100
subj: campioni
lang: it
cc: IT
note: very short Italian sample request with quantity
---
Ciao, potete mandarmi 2 campioni del tappetino in silicone? Poi ne ordino 500.
=== it-libero-long
p: libero
from: Roberto Esposito <esposito.roberto@libero.it>
date: 2026-11-08 18:30 +0100
subj: Richiesta offerta lampade da giardino solari
lang: it
cc: IT
opts: html
note: longer Italian from libero.it, solar garden lights, certificates and payment
---
Buonasera,

gestisco un garden center vicino a Napoli e sto cercando lampade solari da giardino per la prossima primavera. Mi interessano:

- lampade a picchetto in acciaio inox con LED bianco caldo, 2.000 pezzi
- faretti solari con sensore di movimento, 800 pezzi

Mi servono certificazioni CE e RoHS e le istruzioni in italiano. Potete mandarmi il prezzo CIF Napoli e i tempi di produzione? Per il pagamento possiamo fare 30% anticipato e il resto alla copia della polizza.

Grazie e buona serata,
Roberto Esposito
Garden Esposito - Pozzuoli (NA)
cell. 338 614 2270
=== ru-tiny-privet
p: mailru
domain: list.ru
from: Андрей Соколов <sokolov_a@list.ru>
date: 2026-11-25 09:05 +0300
subj: Добрый день
lang: ru
cc: RU
note: very short Russian sample question from list.ru (mail.ru group)
---
Добрый день. Можно образец? Потом закажем 300 штук.
=== ru-long-cp1251-furniture
p: yandex
from: Татьяна Морозова <t.morozova.mebel@yandex.ru>
date: 2026-11-06 13:25 +0300
subj: Фурнитура для мебели — запрос
lang: ru
cc: RU
opts: charset=windows-1251 qp
note: Russian furniture-hardware request in windows-1251 quoted-printable
---
Добрый день!

Мы мебельная фабрика из Воронежа. Ищем поставщика мебельной фурнитуры: петли с доводчиком, направляющие полного выдвижения 450 мм, ручки-скобы 128 мм.

Годовой объём: петли — 200 000 шт., направляющие — 50 000 комплектов, ручки — 80 000 шт. Просим выслать коммерческое предложение на условиях FOB и DAP Москва, а также образцы.

С уважением,
Татьяна Морозова
отдел снабжения
=== pl-tiny-dziekuje
p: wp
from: Beata Kowalczyk <beata.kowalczyk@wp.pl>
date: 2026-11-26 10:30 +0100
subj: katalog i cena
lang: pl
cc: PL
note: short Polish: catalogue with a concrete need
---
Dzień dobry, proszę o katalog i cenę na 1000 szt. koszy wiklinowych. Dziękuję.
=== nl-own-disclaimer
p: own
host: mail.tuincentrumdehoek.nl
from: Jeroen Smit <inkoop@tuincentrumdehoek.nl>
date: 2026-11-03 09:40 +0100
subj: Aanvraag tuinverlichting
lang: nl
cc: NL
ua: Microsoft Outlook 16.0
note: Dutch company server, garden lighting, English disclaimer
---
Goedemorgen,

Graag ontvangen wij een prijsopgave voor 1.500 solar tuinspots en 600 wandlampen met bewegingssensor (IP44). Levering CIF Rotterdam, betaling 30% vooraf.

Met vriendelijke groet,
Jeroen Smit
Inkoop - Tuincentrum De Hoek

The information in this e-mail is confidential and intended solely for the addressee. If you are not the intended recipient, please notify us and delete this message.
=== cs-tiny
p: seznam
domain: email.cz
from: Lucie Dvořáková <lucie.dvorakova@email.cz>
date: 2026-11-22 20:05 +0100
subj: dotaz
lang: cs
cc: CZ
note: very short Czech evening question from email.cz (Seznam)
---
Dobrý večer, jaký je minimální odběr u bambusových prkének?
=== ro-tiny
p: gmail
from: Elena Stan <elena.stan.decor@gmail.com>
date: 2026-11-24 09:50 +0200
subj: mostre
lang: ro
cc: RO
note: very short Romanian sample request with quantity
---
Bună dimineața, puteți trimite 2 mostre? Apoi comandăm 400 de bucăți.
=== el-tiny
p: gmail
from: Maria Nikolaou <maria.nikolaou.shop@gmail.com>
date: 2026-11-20 18:40 +0200
subj: Ελάχιστη παραγγελία
lang: el
cc: GR
note: very short Greek MOQ question
---
Καλησπέρα, ποια είναι η ελάχιστη ποσότητα παραγγελίας;
=== tr-hotmail-tiny
p: outlook
region: EUR
from: Fatma Şahin <fatma.sahin1992@hotmail.com>
date: 2026-11-25 14:40 +0300
subj: katalog
lang: tr
cc: TR
note: short Turkish catalogue request with a concrete need
---
Merhaba, mutfak bıçak setleri için katalog ve 1000 set fiyatı gönderebilir misiniz?
=== ja-short-company
p: own
host: mail.kitchen-ito.co.jp
from: 伊藤 美咲 <misaki.ito@kitchen-ito.co.jp>
date: 2026-11-26 15:10 +0900
subj: 価格のお問い合わせ
lang: ja
cc: JP
opts: charset=iso-2022-jp
note: short Japanese from a company server in iso-2022-jp
---
お世話になっております。ステンレス製ケトル（1.7L）を500台購入したいのですが、単価を教えていただけますか。

伊藤
=== ko-gmail-tiny
p: gmail
from: Kang Hyunwoo <hyunwoo.kang77@gmail.com>
date: 2026-11-25 11:30 +0900
subj: 샘플
lang: ko
cc: KR
note: very short Korean sample request with quantity
---
샘플 2개 보내주실 수 있나요? 이후 500개 주문 예정입니다.
=== vi-zalo-short
p: gmail
from: Đỗ Minh Tuấn <tuando.mt1990@gmail.com>
date: 2026-11-19 15:00 +0700
subj: hỏi MOQ
lang: vi
cc: VN
note: short Vietnamese with a Zalo number
---
Chào bên bán, số lượng tối thiểu của băng keo dán thùng là bao nhiêu? Liên hệ Zalo 0903 456 789.
=== id-tiny
p: gmail
from: Rina Kusuma <rinakusuma99@gmail.com>
date: 2026-11-22 19:35 +0700
subj: tanya
lang: id
cc: ID
note: very short Indonesian question with digits in user name
---
Kak, minimal order lampu tidur berapa pcs ya?
=== es-tiny-stock
p: outlook
region: NAM
from: Diego Castillo <diegocastillo_77@hotmail.com>
date: 2026-11-26 10:50 -0500
subj: stock
lang: es
cc: CO
note: very short Colombian question about stock and quantity
---
Buen día, ¿tienen en stock 100 taladros percutores? Gracias.
=== pt-tiny-obrigado
p: gmail
from: Paulo Ribeiro <pauloribeiro.ferragens@gmail.com>
date: 2026-11-27 11:15 -0300
subj: Re: Cotação parafusadeiras
lang: pt
cc: BR
reply: drill2611.lily
note: short Brazilian confirmation over an English quote
---
Obrigado, Lily. Fechamos 300 unidades. Pode mandar a proforma.

Paulo

Em qua., 25 de nov. de 2026 às 23:05, Lily Zhang <lily@sunrise-tools.cn> escreveu:
> Dear Paulo, cordless drill 12V with 2 batteries: USD 17.80/set FOB Ningbo.
=== uk-tiny-dyakuyu
p: gmail
from: Taras Kovalenko <taras.kovalenko1989@gmail.com>
date: 2026-11-24 12:05 +0200
subj: ціна
lang: uk
cc: UA
note: very short Ukrainian price question with quantity
---
Вітаю! Яка ціна на 200 дрилів? Дякую.
=== he-reply-short
p: gmail
from: Dana Shapiro <dana.shapiro.home@gmail.com>
date: 2026-11-26 10:20 +0200
subj: Re: Quotation cushion covers
lang: he
cc: IL
reply: cush2611.lily
note: short Hebrew confirmation above an English quote
---
תודה לילי, אנחנו מזמינים 600 יחידות בצבע אפור.

דנה

On Wed, Nov 25, 2026 at 9:10 AM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Hi Dana, linen cushion cover 45x45: USD 1.90/pc FOB Ningbo, MOQ 500 pcs.
=== ar-tiny-sample
p: gmail
from: Abdullah Al-Qahtani <abdullah.qahtani1990@gmail.com>
date: 2026-11-24 20:10 +0300
subj: عينة
lang: ar
cc: SA
note: very short Arabic sample request with quantity
---
مساء الخير، أريد عينتين ثم طلب 300 قطعة.
=== fa-tiny
p: yahoo
region: ir2
from: Hossein Moradi <hossein.moradi66@yahoo.com>
date: 2026-11-23 18:05 +0330
subj: حداقل سفارش
lang: fa
cc: IR
note: very short Persian MOQ question
---
سلام، حداقل سفارش چند عدد است؟
=== hi-whatsapp
p: gmail
from: Pooja Verma <pooja.verma.decor@gmail.com>
date: 2026-11-25 16:45 +0530
subj: दीवार घड़ी
lang: hi
cc: IN
note: short Hindi with a WhatsApp number
---
नमस्ते, हमें 300 दीवार घड़ियाँ चाहिए। कृपया कीमत भेजें। व्हाट्सएप: +91 98765 43210
=== th-reply
p: gmail
from: Warunee Suksawat <warunee.s@gmail.com>
date: 2026-11-26 14:30 +0700
subj: Re: Quotation LED bulbs
lang: th
cc: TH
reply: bulb2611.lily
note: short Thai confirmation above an English quote
---
ขอบคุณค่ะ ตกลงสั่ง 2,000 หลอด กรุณาส่งใบแจ้งหนี้มาด้วยค่ะ

On Tue, Nov 24, 2026 at 10:00 AM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Dear Warunee, LED bulb A60 9W E27: USD 0.42/pc FOB Ningbo, MOQ 1000 pcs.
"""
