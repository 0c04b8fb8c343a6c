"""Genuine buyers, part 9: ordinary buyers who carry several weak markers at once — a numbered
mailbox (sales2@, compras01@, a birth year), a WhatsApp number, a company mail server hosted abroad,
"Dear Sir" English. Each marker is common among real buyers; together they are still a real buyer."""

TEXT = """
=== en-in-purchase2-whatsapp-us-host
p: own
mta: exim
host: md-in-52.webhostbox.net
srv_ip: 173.254.28.10
from: Purchase Dept <purchase2@ganeshtraders.co.in>
date: 2026-11-18 12:05 +0530
subj: Requirement - LED flood lights
lang: en
cc: IN
note: Indian trader: numbered mailbox (purchase2@), WhatsApp, company mail on US hosting, "Dear Sir"
---
Dear Sir,

We require 1000 nos LED flood light 100W with 2 years warranty and BIS certificate. Kindly send your best price CIF Nhava Sheva and delivery time.

Regards,
Vinod Agarwal
Purchase Department, Ganesh Traders, Pune
Mob/WhatsApp: +91 98220 45117
=== pt-br-compras01-godaddy-whatsapp
p: own
mta: exim
host: p3plzcpnl489311.prod.phx3.secureserver.net
srv_ip: 160.153.0.5
from: Compras <compras01@casaforteutilidades.com.br>
date: 2026-11-24 10:35 -0300
subj: Cotação garrafas térmicas
lang: pt
cc: BR
note: Brazilian company: numbered mailbox (compras01@), WhatsApp, mail hosted at GoDaddy in the USA
---
Bom dia,

Precisamos de 1.500 garrafas térmicas inox 1 litro, 3 cores, com nossa logo. Favor enviar preço FOB e prazo. Pode responder pelo WhatsApp também: +55 11 97421-3380.

Att.
Denise - Compras
Casa Forte Utilidades
=== es-co-ventas2-whatsapp
p: own
mta: exim
host: server.ferreteriaelcondor.com.co
srv_ip: 162.241.224.77
from: Compras El Cóndor <compras2@ferreteriaelcondor.com.co>
date: 2026-11-16 09:10 -0500
subj: Cotización discos de corte
lang: es
cc: CO
note: Colombian hardware store: numbered mailbox, WhatsApp, US-hosted cPanel server
---
Buenos días, requerimos 20.000 discos de corte 4 1/2" para metal y 5.000 discos flap. Precio CIF Buenaventura. Pueden escribirnos al WhatsApp +57 310 458 2291.

Gracias,
Jorge Ramírez
Ferretería El Cóndor
=== ar-sa-whatsapp-digits
p: gmail
from: Fahad Al-Shammari <fahad.shammari1988@gmail.com>
date: 2026-11-22 21:30 +0300
subj: ستائر
lang: ar
cc: SA
note: Saudi buyer in the evening: birth year in the Gmail name, asks to continue on WhatsApp, concrete need
---
مساء الخير،
أحتاج 400 ستارة رول بلاك أوت مقاس 180×210 سم. أرجو التواصل معي على الواتساب +966 55 318 4420 لإرسال الصور والمقاسات.
فهد
=== en-ng-gmail-digits-whatsapp
p: gmail
from: Emeka Nwosu <emeka.nwosu2014@gmail.com>
date: 2026-11-19 11:45 +0100
subj: Inquiry for generators spare parts
lang: en
cc: NG
note: Nigerian spare-parts buyer: digits in Gmail name, WhatsApp, specific part numbers and quantities
---
Good morning,

I buy generator spare parts for resale in Onitsha. I need:
- Carburetor for 2.5kVA (168F engine): 500 pcs
- Recoil starter assembly 168F: 300 pcs
- AVR for 5kVA: 200 pcs

Please send price CFR Lagos (Apapa) and your MOQ. My WhatsApp is +234 806 552 1190.

Emeka Nwosu
=== en-pk-dear-sir-whatsapp
p: yahoo
region: sg3
from: Imran Sheikh <imran_sheikh786@yahoo.com>
date: 2026-11-23 15:20 +0500
subj: Dear Sir need price
lang: en
cc: PK
note: Pakistani buyer: "786" in a Yahoo name, "Dear Sir", WhatsApp, spare parts with quantities
---
Dear Sir,
Please send me price of ball bearing 6203 and 6204, 10000 pcs each, CNF Karachi. Please contact me on WhatsApp +92 300 845 2210.
Regards
Imran Sheikh
"""
