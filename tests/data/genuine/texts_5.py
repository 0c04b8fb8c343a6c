"""Genuine buyers, part 5: English from many countries (English is not a minor language here)."""

TEXT = """
=== en-us-gmail-short
p: gmail
from: Chase Miller <chasemiller.tx@gmail.com>
date: 2026-11-17 09:20 -0600
subj: Work light pricing
lang: en
cc: US
note: display name "Chase" (a bank) on a genuine short US inquiry
---
Hi, what's your price on 500 of the 20W rechargeable work lights shipped to Houston? Thanks, Chase
=== en-sg-apple-li
p: gmail
from: Apple Li <apple.li.sg@gmail.com>
date: 2026-11-12 13:45 +0800
subj: Enquiry - stainless steel lunch boxes
lang: en
cc: SG
note: display name "Apple Li" (a brand as a given name), Singapore buyer, sample with quantity
---
Hi Lily,

I'm Apple from a homeware shop in Singapore. Can you quote 1,200 pcs of the 2-tier stainless steel lunch box (SUS304, 1.2L) and send 3 samples? We would pay the courier.

Thanks!
Apple Li
+65 9123 4567
=== en-uk-outlook-long
p: exo
region: EUR
from: James Whitfield <james.whitfield@whitfieldsupplies.co.uk>
date: 2026-11-05 11:10 +0000
subj: RFQ - Tool storage and hand tools for 2027 range
lang: en
cc: GB
opts: html
note: long detailed UK RFQ on Exchange Online with a legal disclaimer and company registration line
---
Dear Sales Team,

Whitfield Supplies is a trade distributor with 14 branches across the Midlands. We are reviewing our own-brand hand tool range for 2027 and would like to invite you to quote for the following:

1. 86-piece socket and bit set in blow-moulded case, 1/4" and 1/2" drive, CrV, satin finish - 3,000 sets
2. 20" steel tool box with metal latches and removable tray - 2,500 pcs
3. 8-piece combination spanner set 8-19 mm, metric - 4,000 sets
4. 3-piece plier set (combination, long nose, side cutter), VDE 1000V rated - 2,000 sets

All items to carry our brand (artwork to follow) with EAN barcodes on retail packaging. Please confirm compliance with UKCA/CE marking and, for the VDE pliers, provide a valid GS/VDE certificate.

Please quote FOB Ningbo and DDP Birmingham, with MOQ per item, production lead time and your payment terms. We normally work on 30% deposit / 70% against copy B/L, or L/C at sight for first orders.

Kind regards,

James Whitfield
Category Buyer - Hand Tools
Whitfield Supplies Ltd
T: +44 121 496 0773

Whitfield Supplies Ltd is registered in England and Wales, company number 04819265. This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it from your system.
=== en-in-zoho
p: zoho
domain: zoho.in
from: Rahul Mehta <rahul.mehta@zoho.in>
date: 2026-11-09 16:20 +0530
subj: Requirement of kitchen knives
lang: en
cc: IN
note: Indian English from Zoho India, weak-ish English, quantity and port
---
Dear Sir,

Kindly quote your best price for kitchen knife set 5 pcs with block, quantity 2000 sets, delivery Nhava Sheva. Also tell the MOQ and payment terms. We are doing this business since 2009.

Regards
Rahul Mehta
Mumbai
Mob: +91 98200 14523
=== en-au-icloud
p: icloud
from: Bing Zhao <bing.zhao@icloud.com>
date: 2026-11-19 10:35 +1100
subj: Camping chairs
lang: en
cc: AU
note: Australian buyer named Bing (a search brand), iPhone, +1100 summer time
---
Hi there, could you send pricing for 400 folding camping chairs, FOB, delivered to Melbourne later? Cheers, Bing

Sent from my iPhone
=== en-ng-company-workspace
p: workspace
from: Chinedu Okafor <procurement@okaforbuildmart.com.ng>
date: 2026-11-10 10:15 +0100
subj: Request for quotation - wheelbarrows and shovels
lang: en
cc: NG
note: genuine Nigerian building-supplies buyer with a company domain (country risk must not decide alone)
---
Good day,

Okafor Buildmart Ltd is a building materials retailer in Lagos with 3 outlets. We wish to import:
- Heavy duty wheelbarrow 85L, pneumatic tyre: 400 units
- Steel shovels with wooden handle: 2,000 pcs

Kindly send price CFR Apapa, lead time and your bank details for payment via our bank (Zenith Bank) by T/T, 30% advance and balance before shipment. We are also open to L/C.

Best regards,
Chinedu Okafor
Procurement Manager
+234 803 412 7790
=== en-pk-weak-english
p: gmail
from: Muhammad Usman <usman.traders786@gmail.com>
date: 2026-11-18 12:30 +0500
subj: price need
lang: en
cc: PK
note: weak English, "786" in the user name (common in Pakistan), quantity and port
---
Dear sir
I need LED flood light 50w 1000 pcs and 100w 500 pcs. send me price CNF Karachi and warranty how many year.
Usman
=== en-ph-yahoo
p: yahoo
region: sg3
from: Maria Santos <mariasantos_1985@yahoo.com>
date: 2026-11-20 14:05 +0800
subj: inquiry towel
lang: en
cc: PH
note: Filipino buyer, short, digits in user name
---
Hello, do you have 100% cotton hand towels 40x70? I need 2,000 pcs for our hotel. Thank you.
=== en-us-reply-quoted
p: workspace
from: Dell Harper <dell@harperhardware.com>
date: 2026-11-24 15:40 -0500
subj: Re: Quote Q-2611-102 extension cords
lang: en
cc: US
reply: q2611102.lily
opts: html
note: US buyer named Dell (a brand) replying with an "On ... wrote:" quote
---
Lily,

Numbers look good. Two questions before we place the PO for 3,000 cords: are they ETL listed, and can you do 45 days from deposit? We'd ship to Savannah.

Dell Harper
Harper Hardware Inc.
(912) 555-0148

On Mon, Nov 23, 2026 at 10:12 PM Lily Zhang <lily@sunrise-tools.cn> wrote:
> Hi Dell,
> Please find our quotation Q-2611-102: 25 ft 16/3 outdoor extension cord, USD 3.95/pc FOB Ningbo, MOQ 1,000 pcs.
> Best regards,
> Lily
=== en-ca-outlook-short
p: outlook
region: NAM
from: Liam O'Connor <liam.oconnor93@outlook.com>
date: 2026-11-21 08:15 -0500
subj: MOQ?
lang: en
cc: CA
note: very short Canadian question on a Saturday morning
---
Hey, what's the MOQ on the bamboo cutting boards? Thinking 300 to start.
=== en-ke-gmail
p: gmail
from: Wanjiru Kamau <wanjiru.kamau.ke@gmail.com>
date: 2026-11-12 11:00 +0300
subj: Solar lanterns
lang: en
cc: KE
note: Kenyan buyer, solar lanterns, payment and port
---
Hello,

We distribute solar products in Nairobi. Please quote 3,000 solar lanterns with phone charging, CIF Mombasa, and tell us if you can accept 30% deposit and 70% after inspection.

Thank you,
Wanjiru Kamau
=== en-my-meta
p: gmail
from: Meta Kovač <meta.kovac@gmail.com>
date: 2026-11-16 09:40 +0100
subj: Inquiry - ceramic knives
lang: en
cc: SI
note: Slovenian buyer whose given name is "Meta" (a brand), writing English
---
Dear Lily,

I run a small kitchen shop in Ljubljana. Do you make ceramic knives with black blade? I would like 300 pcs of the 6-inch chef knife, with gift box. Price and delivery to Koper please.

Best,
Meta Kovač
=== en-uk-tiny-evening
p: gmail
from: Sophie Turner <sophie.turner.homeware@gmail.com>
date: 2026-11-22 21:50 +0000
subj: Quick question
lang: en
cc: GB
note: very short UK evening question
---
Hi, are your cushion covers available in 45x45 linen? Need 500.
=== en-us-catalogue-with-need
p: outlook
region: NAM
from: Tyler Brooks <tyler.brooks82@hotmail.com>
date: 2026-11-13 14:10 -0800
subj: Catalog and pricing
lang: en
cc: US
note: catalogue request alongside a concrete need (quantity, spec, port)
---
Hi,

Could you send your current catalog? We're mainly after LED shop lights, 4 ft linkable, 5000K, around 2,000 units for a spring promotion, delivered to Long Beach.

Thanks,
Tyler Brooks
=== en-za-disclaimer
p: exo
region: EUR
from: Pieter van der Merwe <pieter@capehardware.co.za>
date: 2026-11-06 09:30 +0200
subj: Quotation request - padlocks
lang: en
cc: ZA
opts: html
note: South African company with a long legal footer below a short request
---
Good morning,

Please quote 5,000 brass padlocks 40 mm (keyed alike in sets of 4) and 2,000 laminated padlocks 50 mm. CIF Durban.

Regards,
Pieter van der Merwe
Cape Hardware (Pty) Ltd

The information contained in this communication is confidential and may be legally privileged. It is intended solely for the use of the individual or entity to whom it is addressed. If you are not the intended recipient you are hereby notified that any disclosure, copying, distribution or taking action in reliance of the contents of this information is strictly prohibited and may be unlawful.
=== en-bd-weak
p: gmail
from: Md Rafiqul Islam <rafiq.islam2010@gmail.com>
date: 2026-11-19 13:15 +0600
subj: Need quotation for tape
lang: en
cc: BD
note: Bangladeshi weak English with quantities
---
Dear Sir, we need bopp tape 2 inch 100 yard 20000 pcs brown colour. Please give price Chittagong port. Our payment LC.
Rafiq
=== en-ae-paypal
p: outlook
region: EUR
from: Sameer Khan <sameer.khan_dxb@hotmail.com>
date: 2026-11-20 17:20 +0400
subj: sample payment
lang: en
cc: AE
note: Dubai buyer asking to pay samples by PayPal, with quantity and spec (genuine)
---
Hi Lily, can I pay the sample cost by PayPal? 2 pcs of the 100W flood light, then order 600 pcs if ok.

Sameer
WhatsApp +971 55 621 8834
=== en-nz-whatsapp-move
p: gmail
from: Hannah Clarke <hannah.clarke.nz@gmail.com>
date: 2026-11-25 10:05 +1300
subj: Re: Quote for pet beds
lang: en
cc: NZ
reply: pet2611.lily
note: NZ reply that suggests WhatsApp to speed things up (real buyers do), with quote
---
Hi Lily, thanks. 500 of the medium size in grey works for us. Easier to sort the details on WhatsApp? I'm on +64 21 456 7890.

Hannah

On Tue, 24 Nov 2026 at 22:30, Lily Zhang <lily@sunrise-tools.cn> wrote:
> Hi Hannah,
> Pet bed, medium 70x55 cm: USD 6.20 FOB Ningbo. MOQ 300 per colour.
> Lily
=== en-us-yahoo-old
p: yahoo
region: ne1
from: Gary Wilson <garywilson1961@yahoo.com>
date: 2026-11-11 07:30 -0500
subj: Hammers
lang: en
cc: US
note: older US buyer, early morning, short, digits (birth year) in user name
---
Good morning. Please quote 1000 16 oz claw hammers, fiberglass handle. Ship to Norfolk VA. Gary Wilson, Wilson Lumber & Supply
=== en-ie-travelling
p: gmail
from: Ciaran Walsh <ciaran.walsh.ie@gmail.com>
date: 2026-11-14 18:30 +0400
subj: Meeting in Ningbo next week
lang: en
cc: AE
note: Irish buyer travelling (Dubai airport, +0400), plans a factory visit with a concrete order
---
Hi Lily,

I'm flying through Dubai now and will be in Ningbo from Tuesday. Could we meet Wednesday at your factory? I'd like to finalise the order for 2,400 LED garden spike lights and see the packaging.

Thanks,
Ciaran
=== en-de-company-english
p: gmx
from: Hans Müller <hans.mueller1965@gmx.net>
date: 2026-11-15 10:25 +0100
subj: Inquiry for trolleys
lang: en
cc: DE
note: German buyer writing English from GMX (language en, not de)
---
Dear Sir or Madam,

we need 200 platform trolleys 300 kg with folding handle. Please send your offer CIF Hamburg.

Best regards
Hans Müller
=== en-hk-outlook
p: outlook
region: APC
from: Kelvin Wong <kelvin.wong_hk@outlook.com>
date: 2026-11-18 16:45 +0800
subj: Inquiry - gift boxes
lang: en
cc: HK
note: Hong Kong English, packaging with specs and OEM printing
---
Hi,

We need 10,000 rigid gift boxes 25x20x8 cm with magnetic closure, printed 4C + gold foil logo. Please quote EXW and FOB Shenzhen, and advise lead time.

Kelvin Wong
Purchasing, Golden Harvest Gifts Ltd
=== en-us-tiny-night
p: icloud
from: Jordan Lee <jordanlee@icloud.com>
date: 2026-11-19 23:40 -0800
subj: Price
lang: en
cc: US
note: very short late-night US iPhone message
---
How much for 200 of the magnetic knife strips?

Sent from my iPhone
=== en-eg-weak
p: yahoo
region: ir2
from: Mahmoud Adel <mahmoud.adel2015@yahoo.com>
date: 2026-11-16 12:40 +0200
subj: offer
lang: en
cc: EG
note: Egyptian buyer in weak English, quantities, Alexandria
---
Dear sir
Please i need offer for screw driver set 7 pcs 5000 set and adjustable wrench 10 inch 3000 pcs. CIF Alexandria. waiting your reply
Mahmoud Adel
=== en-mx-travel-us
p: gmail
from: Wells Chen <wells.chen.import@gmail.com>
date: 2026-11-23 12:20 -0800
subj: Pendant lamps for restaurant project
lang: en
cc: US
note: given name "Wells" (a bank brand), Los Angeles buyer, project with quantities and a deadline
---
Hi Lily,

We have a restaurant fit-out in LA opening in March. Need 85 rattan pendant lamps (45 cm) and 40 wall sconces to match, UL listed if possible. Can you ship by mid-January?

Wells Chen
Chen Design Build
=== en-tr-english
p: gmail
from: Can Öztürk <canozturk.import@gmail.com>
date: 2026-11-17 11:00 +0300
subj: Inquiry about LED strips
lang: en
cc: TR
note: Turkish buyer writing English (language en)
---
Hello, we need 5,000 m of 12V LED strip, 60 LED/m, warm white. Price FOB please, and is CE available?

Regards,
Can Öztürk
"""
