"""Genuine buyers, part 10: more chat-length first contacts (one or two lines, a greeting and a need)."""

TEXT = """
=== es-hola-tiny-yahoo
p: yahoo
region: bf2
from: Jorge Mendoza <jorgemendoza_1975@yahoo.com.mx>
date: 2026-11-25 13:05 -0600
subj: Hola
lang: es
cc: MX
note: chat-length Spanish: greeting plus one need
---
Hola. ¿Manejan carretillas? Busco 150.
=== pt-ola-icloud
p: icloud
from: Beatriz Santos <bia.santos@icloud.com>
date: 2026-11-24 18:25 +0000
subj: Candeeiros
lang: pt
cc: PT
note: chat-length European Portuguese from an iPhone
---
Olá, têm candeeiros de pé em stock? Preciso de 40.

Enviado do meu iPhone
=== fr-merci-libero-like
p: orange
from: Martine Petit <martine.petit56@orange.fr>
date: 2026-11-26 09:40 +0100
subj: Prix
lang: fr
cc: FR
note: chat-length French, digits in user name
---
Bonjour, prix pour 100 coussins 45x45 ? Merci.
=== de-kurz-outlook
p: outlook
region: EUR
from: Julia Schneider <julia.schneider@outlook.de>
date: 2026-11-25 11:55 +0100
subj: Muster
lang: de
cc: DE
note: chat-length German sample request with quantity
---
Hallo, 2 Muster bitte, danach 250 Stück. Preis?
=== it-zoho-short
p: zoho
from: Matteo Ricci <matteo@riccicasa.it>
date: 2026-11-24 15:30 +0100
subj: Disponibilità
lang: it
cc: IT
note: chat-length Italian on Zoho (company domain)
---
Buongiorno, avete 300 tazze in ceramica bianca disponibili? Grazie.
=== ko-naver-tiny-2
p: naver
from: 윤서연 <seoyeon.yoon@naver.com>
date: 2026-11-26 10:20 +0900
subj: 가격
lang: ko
cc: KR
note: chat-length Korean price question with quantity
---
텀블러 1000개 가격이 얼마인가요?
=== zh-163-tiny
p: 163
from: 张伟 <zhangwei1988@163.com>
date: 2026-11-26 09:15 +0800
subj: 你好
lang: zh
cc: CN
note: chat-length Chinese from 163 (digits in user name are normal)
---
你好，卷尺有现货吗？要3000个。
=== ru-yandex-tiny-2
p: yandex
from: Павел Иванов <pavel.ivanov1979@yandex.ru>
date: 2026-11-26 11:40 +0300
subj: Здравствуйте
lang: ru
cc: RU
note: chat-length Russian: one-word greeting then the need
---
Здравствуйте. Нужны пластиковые контейнеры, 2000 штук. Цена?
=== pl-tiny-2
p: gmail
from: Joanna Mazur <joanna.mazur.sklep@gmail.com>
date: 2026-11-25 19:50 +0100
subj: Próbki
lang: pl
cc: PL
note: chat-length Polish sample request
---
Dobry wieczór, czy mogę zamówić 3 próbki lampek biurkowych?
=== nl-tiny-2
p: outlook
region: EUR
from: Daan Mulder <daan.mulder@outlook.com>
date: 2026-11-26 08:30 +0100
subj: Vraagje
lang: nl
cc: NL
note: chat-length Dutch early morning
---
Goedemorgen, leveren jullie ook aan particulieren? Ik zoek 20 bureaustoelen.
=== tr-tiny-2
p: outlook
region: EUR
from: Elif Koç <elif.koc@hotmail.com>
date: 2026-11-26 12:15 +0300
subj: Merhaba
lang: tr
cc: TR
note: chat-length Turkish, greeting subject
---
Merhaba, 200 adet çelik termos için fiyat alabilir miyim?
=== vi-tiny-2
p: yahoo
region: sg3
from: Hoang Anh <hoanganh.shop@yahoo.com>
date: 2026-11-25 21:10 +0700
subj: Xin chào
lang: vi
cc: VN
note: chat-length Vietnamese evening
---
Xin chào, cho mình hỏi giá 500 cái đèn ngủ ạ.
=== id-tiny-2
p: gmail
from: Putri Anggraini <putri.anggraini.olshop@gmail.com>
date: 2026-11-26 10:45 +0700
subj: Halo
lang: id
cc: ID
note: chat-length Indonesian with quantity
---
Halo kak, saya mau pesan 300 pcs botol minum. Harganya berapa?
=== en-tiny-2
p: gmail
from: Olivia Bennett <olivia.bennett.studio@gmail.com>
date: 2026-11-25 16:20 -0500
subj: Linen napkins
lang: en
cc: US
note: chat-length English with quantity
---
Hi! Do you make linen napkins? I need 600 in sage green.
"""
