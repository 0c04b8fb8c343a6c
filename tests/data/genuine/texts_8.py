"""Genuine buyers, part 8: companies whose mail server is hosted in another country (shared cPanel
hosting in the USA, Hetzner in Germany, OVH in France, a Singapore VPS) and buyers who travel. The
server's country and the Date offset disagree for reasons that have nothing to do with fraud."""

TEXT = """
=== en-in-us-hosting
p: own
mta: exim
host: box2215.bluehost.com
srv_ip: 162.241.224.18
from: Suresh Reddy <suresh@reddyhardwares.in>
date: 2026-11-12 11:40 +0530
subj: Enquiry for padlocks and door hardware
lang: en
cc: IN
note: Indian company whose mail is on US shared hosting (server US, Date +0530, client IP Indian below the hand-over)
---
Dear Sir/Madam,

We are hardware wholesalers in Hyderabad. Please quote for 5000 pcs brass padlock 50 mm and 3000 pcs tower bolt 6 inch. Price CIF Chennai and payment terms.

Thanks & Regards
Suresh Reddy
Reddy Hardwares
+91 98490 33120
=== tr-de-hetzner
p: own
mta: postfix
host: mail.ozkanmakina.com.tr
srv_ip: 88.99.12.34
from: Serkan Özkan <serkan@ozkanmakina.com.tr>
date: 2026-11-10 10:20 +0300
subj: Rulman ve kayış talebi
lang: tr
cc: TR
note: Turkish company with its mail server at Hetzner in Germany (server DE +0100, Date +0300)
---
Merhaba,

Makine bakım atölyemiz için 6205-2RS rulmandan 3.000 adet ve A-42 V kayıştan 1.000 adet almak istiyoruz. CIF İstanbul fiyat ve teslim süresi rica ederim.

Saygılarımla,
Serkan Özkan
Özkan Makina Ltd. Şti.
=== vi-sg-vps
p: own
mta: postfix
host: mail.anphatkitchen.vn
srv_ip: 103.253.145.10
from: Nguyễn Thị Lan <lan.nguyen@anphatkitchen.vn>
date: 2026-11-17 14:15 +0700
subj: Báo giá chậu rửa inox
lang: vi
cc: VN
note: Vietnamese company whose mail server is a Singapore VPS (server SG +0800, Date +0700)
---
Chào anh chị,

Bên em cần báo giá 200 bộ chậu rửa inox 2 hố 82x45 cm, inox 304, giao cảng Cát Lái. Anh chị gửi giúp em giá CIF và thời gian sản xuất nhé.

Cảm ơn,
Nguyễn Thị Lan
An Phát Kitchen
=== pt-br-godaddy
p: own
mta: exim
host: p3plzcpnl505812.prod.phx3.secureserver.net
srv_ip: 148.72.0.10
from: Ricardo Teixeira <ricardo@teixeiraeletrica.com.br>
date: 2026-11-19 09:50 -0300
subj: Cotação de refletores
lang: pt
cc: BR
note: Brazilian company on GoDaddy cPanel hosting in the USA (Date -0300 matches no US zone)
---
Bom dia,

Gostaria de cotação para 400 refletores LED 200W e 150 refletores 300W, IP66, com garantia de 2 anos. Entrega em Itajaí.

Att.
Ricardo Teixeira
Teixeira Elétrica
=== ar-eg-ovh
p: own
mta: exim
host: mail.elnourtrading.com
srv_ip: 51.91.12.40
from: Tarek El-Nour <tarek@elnourtrading.com>
date: 2026-11-11 12:30 +0200
subj: طلب عرض سعر مراوح
lang: ar
cc: EG
note: Egyptian company whose mail server is at OVH in France (server FR +0100, Date +0200)
---
السادة المحترمين،
نرغب في استيراد 2000 مروحة حائط 16 بوصة و1000 مروحة سقف. برجاء إرسال السعر CIF الإسكندرية ومدة التوريد.
مع خالص التحية،
طارق النور
شركة النور للتجارة
=== es-ar-us-hosting
p: own
mta: exim
host: gator4215.hostgator.com
srv_ip: 192.185.4.38
from: Martín Acosta <ventas@acostasanitarios.com.ar>
date: 2026-11-13 16:05 -0300
subj: Consulta griferías
lang: es
cc: AR
note: Argentine company on HostGator (US server, Date -0300)
---
Buenas tardes, necesitamos cotización de 500 griferías monocomando para cocina, acabado cromado, CIF Buenos Aires. ¿Cuál es el mínimo?

Martín Acosta
Acosta Sanitarios
=== ru-mailru-thailand
p: mailru
from: Наталья Орлова <natalia.orlova85@mail.ru>
date: 2026-11-15 13:20 +0700
subj: Подставки под ножи
lang: ru
cc: TH
note: Russian buyer on holiday in Thailand (Date +0700) writing from mail.ru
---
Добрый день! Я сейчас в отпуске, но хотела бы уточнить: магнитные подставки для ножей, 400 штук, доставка в Новосибирск. Сколько будет стоить?

Наталья
=== en-us-in-shenzhen
p: gmail
from: Brian Foster <brianfoster.sourcing@gmail.com>
date: 2026-11-09 08:30 +0800
subj: Visit and order - bamboo storage
lang: en
cc: CN
note: US buyer in Shenzhen for a sourcing trip (Date +0800), early morning
---
Morning Lily, I'm in Shenzhen this week. Could I come by Thursday to check the bamboo storage boxes? Looking at 3,000 sets for our Q2 program.

Brian
=== de-mobile-roaming
p: gmx
from: Klaus Neumann <klaus.neumann58@gmx.de>
date: 2026-11-20 16:10 +0400
subj: Bestellung Arbeitsleuchten
lang: de
cc: AE
note: German buyer on a trade trip to Dubai: GMX webmail from a UAE IP with a +0400 Date
---
Hallo Lily,

ich bin gerade auf der Messe in Dubai. Wir bleiben bei 600 Stück der 30W-Arbeitsleuchte, Lieferung wie besprochen nach Hamburg. Bitte schicken Sie mir die Proforma.

Gruß
Klaus Neumann
"""
