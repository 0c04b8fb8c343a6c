"""Genuine buyers, part 2: French, German, Italian, Dutch, Polish, Czech, Romanian, Greek."""

TEXT = """
=== fr-orange-short
p: orange
from: Jean-Pierre Lefèvre <jp.lefevre@orange.fr>
date: 2026-11-17 10:12 +0100
subj: Demande de prix
lang: fr
cc: FR
note: short French from orange.fr (X-ME-IP carries the client IP)
---
Bonjour, je souhaite recevoir votre prix pour 300 lampes frontales LED rechargeables. Livraison Le Havre.

Cordialement,
J-P Lefèvre
=== fr-gmail-maroc-whatsapp
p: gmail
from: Youssef Benali <youssef.benali1990@gmail.com>
date: 2026-11-12 14:55 +0100
subj: Commande outils
lang: fr
cc: MA
note: Moroccan buyer in French, digits in user name, WhatsApp, CFR Casablanca
---
Bonjour Madame,

Nous sommes une quincaillerie à Casablanca. Nous voulons commander 200 cartons de tournevis (modèle avec manche bi-matière) et 100 cartons de pinces. Merci de nous envoyer le prix CFR Casablanca et le délai.

Youssef Benali
Tél / WhatsApp : +212 661 45 78 20
=== fr-outlook-be-meubles
p: outlook
region: EUR
from: Sophie Dubois <sophie.dubois.deco@outlook.be>
date: 2026-11-05 16:40 +0100
subj: Tables de jardin
lang: fr
cc: BE
opts: html
note: Belgian French from Outlook.com, furniture, container quantity, sample
---
Bonjour,

Je gère une boutique de décoration à Namur. Je cherche des tables de jardin pliantes en acacia (120 x 70 cm) et les chaises assorties. Quantité : un conteneur 40' mixte. Pourriez-vous m'envoyer une liste de prix et le coût d'un échantillon (1 table + 2 chaises) ?

Merci d'avance,
Sophie Dubois
=== fr-own-disclaimer-long
p: own
host: smtp.distrimat-lyon.fr
mta: exim
from: Laurent Girard <l.girard@distrimat-lyon.fr>
date: 2026-11-09 09:03 +0100
subj: Consultation - rubans adhésifs et film étirable
lang: fr
cc: FR
opts: html
note: French company on its own Exim server, long RFQ, English disclaimer below
---
Madame, Monsieur,

Dans le cadre de notre consultation annuelle, nous souhaitons recevoir votre meilleure offre pour les articles suivants :

1. Ruban adhésif PP 48 mm x 66 m, marron, 28 microns : 60 000 rouleaux
2. Ruban adhésif PP 48 mm x 66 m, transparent : 40 000 rouleaux
3. Film étirable manuel 500 mm x 300 m, 23 microns : 8 000 rouleaux

Merci de préciser : prix unitaire FOB Shanghai et DAP Lyon, conditionnement par carton, nombre de cartons par palette, délai de production, conditions de paiement.

Nous demandons également un échantillon de chaque référence avant validation.

Bien cordialement,

Laurent Girard
Acheteur - DISTRIMAT LYON SAS
04 72 15 38 90

This message and any attachments are intended solely for the addressees and may contain confidential information. Any unauthorised use or dissemination is prohibited. If you are not the intended recipient, please delete this message and notify the sender. E-mails are susceptible to alteration; DISTRIMAT LYON shall not be liable for the message if altered, changed or falsified.
=== fr-yahoo-dz-tiny
p: yahoo
region: ir2
from: Karim Haddad <karim_hd2018@yahoo.fr>
date: 2026-11-21 20:35 +0100
subj: prix
lang: fr
cc: DZ
note: very short Algerian French from Yahoo in the evening
---
Bonsoir, c'est combien le prix pour 1000 pièces ?
=== fr-ca-reply-a-ecrit
p: gmail
from: Isabelle Tremblay <isa.tremblay.qc@gmail.com>
date: 2026-11-20 10:28 -0500
subj: Re: Devis moules à gâteaux
lang: fr
cc: CA
reply: bake2611.lily
note: Québec French reply with "a écrit :" and an English quote
---
Bonjour Lily,

Merci pour le devis. On aimerait ajouter 500 moules à muffins 12 cavités au même envoi. Est-ce que c'est possible d'avoir le tout en DDP Montréal?

Isabelle

Le mer. 18 nov. 2026, à 21 h 14, Lily Zhang <lily@sunrise-tools.cn> a écrit :
> Dear Isabelle,
> Carbon steel cake pans, non-stick coating, 3 sizes: USD 2.35 / 2.80 / 3.10 per piece FOB Ningbo, MOQ 1000 pcs per size.
> Best regards,
> Lily
=== fr-mixed-english-body
p: outlook
region: EUR
from: Antoine Moreau <antoine.moreau1984@hotmail.fr>
date: 2026-11-24 11:50 +0100
subj: LED strip inquiry
lang: fr
mixed: yes
cc: FR
note: mixed: French greeting and closing around an English request
---
Bonjour,

We are looking for LED strip 24V, 2835 chip, 120 LED/m, IP65, 5 m rolls. Quantity 2000 rolls, CE and RoHS required. Please quote FOB Shenzhen.

Merci beaucoup et bonne journée,
Antoine Moreau
=== fr-tn-gmail
p: gmail
from: Amira Trabelsi <amira.trabelsi@gmail.com>
date: 2026-11-16 08:45 +0100
subj: Emballages alimentaires
lang: fr
cc: TN
note: Tunisian buyer in French, food packaging, early morning
---
Bonjour,
Nous avons besoin de barquettes en aluminium 750 ml avec couvercle, 50 000 pièces par mois. Quel est votre prix CFR Radès ? Paiement par lettre de crédit.
Merci
Amira Trabelsi
=== de-gmx-short
p: gmx
from: Thomas Becker <thomas.becker64@gmx.de>
date: 2026-11-18 08:12 +0100
subj: Anfrage
lang: de
cc: DE
note: the issue's own German example from GMX, digits in user name
---
Guten Tag, wir brauchen 300 Stück. Was kostet das?

Gruß
T. Becker
=== de-webde-werkzeug
p: gmx
from: Sabine Krüger <sabine.krueger@web.de>
date: 2026-11-11 14:22 +0100
subj: Anfrage Steckschlüsselsatz
lang: de
cc: DE
note: German from web.de, a "Bitte bestätigen Sie" sentence that is plain business
---
Sehr geehrte Damen und Herren,

wir interessieren uns für Ihren Steckschlüsselsatz 1/2" mit 24 Teilen (Chrom-Vanadium) im Kunststoffkoffer. Menge: 800 Sätze. Bitte bestätigen Sie uns Preis, Lieferzeit und ob ein GS- oder CE-Zeichen vorhanden ist.

Mit freundlichen Grüßen
Sabine Krüger
Krüger Werkzeughandel, Bielefeld
=== de-workspace-reply-schrieb
p: workspace
from: Markus Hoffmann <m.hoffmann@hoffmann-licht.de>
date: 2026-11-25 16:48 +0100
subj: Re: Angebot LED Panels
lang: de
cc: DE
reply: panel2611.lily
opts: html
note: German reply on Workspace with "Am ... schrieb" and an English quote
---
Hallo Lily,

danke für das Angebot. Bitte senden Sie uns 2 Muster des 62x62 Panels (36W, 4000K, UGR<19) per DHL, die Kosten übernehmen wir. Wenn die Muster passen, bestellen wir 1.500 Stück im Januar.

Viele Grüße
Markus Hoffmann
Hoffmann Licht GmbH | Einkauf
Tel. +49 231 5587 420

Am Mo., 23. Nov. 2026 um 09:15 Uhr schrieb Lily Zhang <lily@sunrise-tools.cn>:
> Dear Markus,
> Please see our offer for the LED panel 620x620, 36W, 4000K, UGR<19, flicker-free driver: EUR 11.80/pc FOB Ningbo.
> MOQ 500 pcs. CE, RoHS, ENEC available.
> Best regards,
> Lily
=== de-at-outlook-tiny
p: outlook
region: EUR
from: Florian Gruber <florian.gruber1988@outlook.at>
date: 2026-11-22 19:05 +0100
subj: Preis?
lang: de
cc: AT
note: Austrian, very short, Sunday evening
---
Servus, was kostet die Akku-Arbeitsleuchte bei 200 Stück?
=== de-ch-own-exchange
p: own
host: mail.baumarkt-zueri.ch
mta: exchange
from: Reto Brunner <reto.brunner@baumarkt-zueri.ch>
date: 2026-11-03 10:30 +0100
subj: Offertanfrage Gartenschläuche
lang: de
cc: CH
srv_cc: DE
opts: html
note: Swiss German from an on-prem Exchange (private x-originating-ip), English disclaimer
---
Grüezi

Wir möchten eine Offerte für 1'200 Gartenschläuche 1/2" 25 m mit Anschlussset und 600 Schlauchwagen. Lieferung verzollt nach Zürich (DDP) oder FOB, bitte beides angeben. Zahlung per Akkreditiv möglich.

Freundliche Grüsse
Reto Brunner
Einkauf

DISCLAIMER: This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this e-mail. Thank you.
=== de-gmail-whatsapp-mixed
p: gmail
from: Ali Yilmaz <aliyilmaz.handel@gmail.com>
date: 2026-11-14 12:10 +0100
subj: Kitchen scale
lang: de
mixed: yes
cc: DE
note: mixed: German paragraph then English (Turkish-German importer), WhatsApp number
---
Hallo,

wir sind ein Großhandel in Duisburg und suchen digitale Küchenwaagen (5 kg, Edelstahl).

Please send me price for 3000 pcs with our logo on the box, and lead time. Can you send 2 samples?

Danke,
Ali Yilmaz
WhatsApp: +49 176 3489 2210
=== de-long-detailed-maschinenteile
p: exo
region: EUR
from: Dr. Katrin Schulz <k.schulz@schulz-antriebstechnik.de>
date: 2026-11-06 13:37 +0100
subj: RFQ Zahnräder und Wellen nach Zeichnung
lang: de
cc: DE
opts: html
note: long German machinery-parts RFQ on Exchange Online with tolerances, material certificates 3.1
---
Sehr geehrte Damen und Herren,

wir sind ein mittelständischer Hersteller von Getriebemotoren und suchen einen zusätzlichen Lieferanten für Drehteile und Zahnräder nach Zeichnung.

Für eine erste Anfrage geht es um folgende Positionen:
- Stirnrad Modul 2, 38 Zähne, Werkstoff 42CrMo4, vergütet und induktionsgehärtet: 2.500 Stk./Jahr
- Abtriebswelle Ø 30 h6, Länge 215 mm, C45: 4.000 Stk./Jahr
- Distanzhülse Ø 40/30 x 12, 11SMnPb30: 10.000 Stk./Jahr

Die Zeichnungen senden wir nach Unterzeichnung einer Geheimhaltungsvereinbarung. Wir benötigen Werkstoffzeugnisse 3.1 nach EN 10204 und eine Erstmusterprüfung.

Bitte teilen Sie uns mit, ob Sie solche Teile fertigen können, welche Maschinen Sie haben und ob Sie nach ISO 9001 zertifiziert sind. Lieferbedingung FCA Shanghai oder CIF Hamburg.

Mit freundlichen Grüßen

Dr. Katrin Schulz
Leitung Einkauf
Schulz Antriebstechnik GmbH
Tel.: +49 711 90 44 12-30
Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 71234, Geschäftsführer: Jörg Schulz
=== de-icloud-short
p: icloud
from: Jonas Weber <jonas.weber@icloud.com>
date: 2026-11-26 07:40 +0100
subj: Muster
lang: de
cc: DE
note: early-morning iPhone mail, German sample request with quantity
---
Morgen, können Sie mir 3 Muster der Edelstahl-Thermoskanne 1 l schicken? Später ca. 500 Stück.

Von meinem iPhone gesendet
=== it-libero-short
p: libero
from: Giuseppe Russo <giuseppe.russo1972@libero.it>
date: 2026-11-17 11:05 +0100
subj: Preventivo
lang: it
cc: IT
note: short Italian from libero.it, digits in user name
---
Buongiorno, vorrei un preventivo per 500 metri avvolgibili da 5 m. Grazie.

Giuseppe Russo
=== it-gmail-parabens-like
p: gmail
from: Francesca Bianchi <francescabianchi.arredo@gmail.com>
date: 2026-11-10 15:20 +0100
subj: Sedie per ristorante
lang: it
cc: IT
opts: html
note: Italian furniture inquiry, "complimenti" and "confermate" as plain business words
---
Buon pomeriggio,

complimenti per il vostro catalogo. Arrediamo ristoranti a Milano e ci servono 240 sedie in metallo impilabili, seduta in legno, colore nero opaco. Potete confermare il prezzo FOB e i tempi di consegna? Pagamento 30% anticipo, saldo a ricevimento documenti.

Cordiali saluti,
Francesca Bianchi
Studio Bianchi Arredo
Cell. +39 347 812 6654
=== it-own-reply-ha-scritto
p: own
host: mail.ferramentapiemonte.it
from: Marco Colombo <acquisti@ferramentapiemonte.it>
date: 2026-11-23 09:55 +0100
subj: R: Offerta seghe a mano
lang: it
cc: IT
reply: saw2611.lily
ua: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0
note: Italian reply ("R:" subject, "ha scritto:") above an English quote
---
Buongiorno Lily,

confermiamo l'ordine di 600 seghe a mano 500 mm con manico bimateriale. Ci mandi per favore la fattura proforma con il prezzo CIF Genova concordato.

Saluti
Marco Colombo

Il 20/11/2026 08:40, Lily Zhang ha scritto:
> Dear Marco,
> For 600 pcs the price is USD 2.95/pc CIF Genoa, delivery 25 days after deposit.
> Best regards,
> Lily
=== it-outlook-tiny-evening
p: outlook
region: EUR
from: Luca Ferri <luca_ferri_88@hotmail.it>
date: 2026-11-19 21:30 +0100
subj: info prezzo
lang: it
cc: IT
note: very short Italian in the evening from Hotmail
---
Salve, quanto costano 200 faretti LED da incasso?
=== it-mixed-english-sign
p: gmail
from: Alessandra Greco <ale.greco.import@gmail.com>
date: 2026-11-06 10:14 +0100
subj: Inquiry: silicone kitchen utensils
lang: it
mixed: yes
cc: IT
note: mixed: Italian opening paragraph, English specifics
---
Buongiorno, sono Alessandra di una piccola azienda di importazione di Bari, vi scrivo per gli utensili da cucina in silicone.

We need set of 12 pcs silicone utensils with wooden handle, grey color, 1000 sets. Price FOB and delivery time please. We can pay T/T 30% deposit.

Grazie mille
Alessandra Greco
=== nl-gmail-short-prijs
p: gmail
from: Pieter de Vries <pieterdevries1981@gmail.com>
date: 2026-11-18 13:33 +0100
subj: prijs
lang: nl
cc: NL
note: short Dutch with the word "prijs" (the issue's example), digits in user name
---
Goedemiddag, wat is de prijs voor 400 ledlampen E27? Levering naar Rotterdam.

Groet, Pieter
=== nl-outlook-be-verpakking
p: outlook
region: EUR
from: Lotte Janssens <lotte.janssens@outlook.com>
date: 2026-11-12 09:48 +0100
subj: Offerte kartonnen dozen
lang: nl
cc: BE
note: Flemish packaging inquiry with sizes and quantity
---
Beste,

Wij zijn op zoek naar verzenddozen (dubbele golf) in drie maten: 30x20x15, 40x30x20 en 60x40x40 cm. Per maat 10.000 stuks. Kunt u een offerte maken CIF Antwerpen en ook de levertijd vermelden?

Met vriendelijke groeten,
Lotte Janssens
=== nl-workspace-reply
p: workspace
from: Bram Visser <bram@visserkeukens.nl>
date: 2026-11-26 14:05 +0100
subj: Re: Stainless steel sinks quotation
lang: nl
cc: NL
reply: sink2611.lily
opts: html
note: Dutch reply with "schreef" quote header and English quote
---
Hoi Lily,

Bedankt. We willen graag beginnen met 150 spoelbakken 60x44 (model SS-6044) en 100 stuks 80x50. Betaling 30% vooraf is akkoord. Wanneer kan het verscheept worden?

Groeten,
Bram Visser
Visser Keukens B.V.

Op di 24 nov 2026 om 10:02 schreef Lily Zhang <lily@sunrise-tools.cn>:
> Hi Bram,
> Attached the price list for our handmade stainless steel sinks, SUS304, 1.2 mm. MOQ 100 pcs per model.
> Best regards,
> Lily
=== nl-gmail-tiny-evening
p: gmail
from: Sanne Bakker <sannebakker.shop@gmail.com>
date: 2026-11-23 22:10 +0100
subj: Vraag
lang: nl
cc: NL
note: very short Dutch evening question about MOQ
---
Hallo, wat is jullie minimale bestelling voor de bamboe snijplanken?
=== pl-wp-short
p: wp
from: Krzysztof Nowak <k.nowak1976@wp.pl>
date: 2026-11-17 09:20 +0100
subj: Zapytanie
lang: pl
cc: PL
note: short Polish from wp.pl, client IP on the first hop
---
Dzień dobry, proszę o cenę na 500 sztuk latarek czołowych. Dostawa do Gdańska.

Pozdrawiam
Krzysztof Nowak
=== pl-gmail-meble
p: gmail
from: Agnieszka Wiśniewska <a.wisniewska.meble@gmail.com>
date: 2026-11-09 12:50 +0100
subj: Okucia meblowe - zapytanie ofertowe
lang: pl
cc: PL
opts: html
note: Polish furniture-hardware RFQ with specs and payment terms
---
Dzień dobry,

jesteśmy producentem mebli kuchennych z okolic Poznania. Szukamy dostawcy uchwytów meblowych (rozstaw 128 mm i 160 mm, aluminium, czarny mat) oraz zawiasów z cichym domykiem.

Ilość: 20 000 uchwytów i 30 000 zawiasów rocznie. Prosimy o ofertę FOB oraz CIF Gdynia, czas realizacji i warunki płatności. Chętnie zamówimy próbki.

Z poważaniem,
Agnieszka Wiśniewska
Dział zakupów
tel. +48 61 842 19 70
=== pl-outlook-reply
p: outlook
region: EUR
from: Tomasz Zieliński <tomasz.zielinski87@outlook.com>
date: 2026-11-24 15:15 +0100
subj: RE: Quotation - work gloves
lang: pl
cc: PL
reply: glovepl2611.lily
note: Polish reply above an Outlook-style English quote block
---
Dzień dobry Lily,

cena jest OK. Potrzebujemy jeszcze certyfikatu CE (EN 388) dla rękawic. Jeśli go Państwo mają, zamówimy 20 000 par.

Pozdrawiam,
Tomasz

From: Lily Zhang <lily@sunrise-tools.cn>
Sent: Monday, November 23, 2026 10:10 AM
To: tomasz.zielinski87@outlook.com
Subject: Quotation - work gloves

Dear Tomasz, please see the quotation for latex-coated work gloves: USD 0.36/pair FOB Qingdao, MOQ 10,000 pairs.
=== pl-onet-like-tiny
p: gmail
from: Marek Kamiński <marek.kaminski.budowa@gmail.com>
date: 2026-11-20 07:05 +0100
subj: poziomice
lang: pl
cc: PL
note: very short early-morning Polish
---
Witam, ile kosztują poziomice 60 cm przy 300 szt?
=== pl-mixed-english
p: gmail
from: Ewa Lewandowska <ewa.lewandowska.home@gmail.com>
date: 2026-11-13 11:35 +0100
subj: Bath towels order
lang: pl
mixed: yes
cc: PL
note: mixed: English request with a Polish paragraph about delivery
---
Hello,

we are interested in cotton bath towels 70x140 cm, 500 gsm, 5 colours, total 3000 pcs. Please quote price FOB and send colour chart.

Dostawa najlepiej do magazynu w Łodzi, możemy też odebrać z portu w Gdańsku. Proszę o informację o terminie.

Ewa Lewandowska
=== cs-seznam-short
p: seznam
from: Petr Novák <petr.novak75@seznam.cz>
date: 2026-11-18 10:25 +0100
subj: Poptávka
lang: cs
cc: CZ
note: short Czech from seznam.cz, digits in user name
---
Dobrý den, potřebuji cenu na 400 ks LED pracovních světel. Děkuji.

Petr Novák
=== cs-gmail-detail
p: gmail
from: Jana Svobodová <jana.svobodova.eshop@gmail.com>
date: 2026-11-10 14:05 +0100
subj: Poptávka nerezové lahve
lang: cs
cc: CZ
note: Czech e-shop owner, product spec, logo, sample
---
Dobrý den,

provozuji e-shop s outdoorovým vybavením. Mám zájem o nerezové termolahve 500 ml, dvojitá stěna, s naším logem (laser). Množství 1 000 ks. Můžete poslat 2 vzorky a cenu FOB? Platba předem 30 %.

S pozdravem
Jana Svobodová
tel. +420 604 218 377
=== cs-own-reply
p: own
host: mail.stavebniny-hruby.cz
from: Martin Hrubý <nakup@stavebniny-hruby.cz>
date: 2026-11-25 13:40 +0100
subj: Re: Cenová nabídka - kolečka
lang: cs
cc: CZ
reply: wheel2611.lily
opts: charset=iso-8859-2 qp
ua: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3
note: Czech reply in iso-8859-2 above an English quote ("napsal(a):")
---
Dobrý den,

děkujeme za nabídku. Objednáme 500 ks koleček do kolečka 400 mm (plná guma). Prosím o proformu.

Martin Hrubý

Dne 23.11.2026 v 9:12 Lily Zhang napsal(a):
> Dear Martin,
> Solid rubber wheel 4.00-8, 400 mm, steel rim: USD 6.40/pc FOB Qingdao, MOQ 300 pcs.
> Best regards, Lily
=== ro-yahoo-short
p: yahoo
region: ir2
from: Andrei Popescu <andrei_popescu85@yahoo.com>
date: 2026-11-19 12:30 +0200
subj: Cerere oferta
lang: ro
cc: RO
note: short Romanian from Yahoo, digits in user name
---
Bună ziua, aș dori o ofertă de preț pentru 600 de bucăți de șurubelnițe. Mulțumesc!
=== ro-gmail-long
p: gmail
from: Ioana Dumitrescu <ioana.dumitrescu@gmail.com>
date: 2026-11-05 10:10 +0200
subj: Ofertă corpuri de iluminat LED pentru depozit
lang: ro
cc: RO
opts: html
note: Romanian detailed RFQ for warehouse lighting with certificates and payment terms
---
Bună ziua,

Reprezint o firmă de instalații electrice din Cluj-Napoca. Avem un proiect pentru un depozit logistic și avem nevoie de:
- 180 corpuri de iluminat LED tip high-bay 150W, 150 lm/W, IP65
- 60 proiectoare LED 100W

Vă rog să ne trimiteți prețul CIF Constanța, termenul de livrare și certificatele CE/RoHS. Plata se poate face 30% avans și 70% înainte de expediere.

Cu stimă,
Ioana Dumitrescu
Tel: +40 744 512 309
=== ro-mixed-english
p: outlook
region: EUR
from: Mihai Ionescu <mihai.ionescu1990@hotmail.com>
date: 2026-11-22 18:20 +0200
subj: inquiry garden tools
lang: ro
mixed: yes
cc: RO
note: mixed: Romanian greeting paragraph plus English request
---
Bună seara, vă scriu de la un magazin de bricolaj din Iași.

I need price for garden tool set 4 pcs (shovel, rake, hoe, fork) 500 sets, and for 200 wheelbarrows. FOB Ningbo please.

Mulțumesc,
Mihai
=== el-gmail-short
p: gmail
from: Giorgos Papadopoulos <g.papadopoulos1983@gmail.com>
date: 2026-11-18 11:40 +0200
subj: Τιμή
lang: el
cc: GR
note: short Greek from Gmail, digits in user name
---
Καλημέρα, θα ήθελα τιμή για 300 τεμάχια φακούς LED. Ευχαριστώ.

Γιώργος
=== el-own-iso8859-7
p: own
host: mail.xenodoxeiaki-efodia.gr
from: Eleni Konstantinou <eleni@xenodoxeiaki-efodia.gr>
date: 2026-11-09 13:15 +0200
subj: Προσφορά για ξενοδοχειακά λευκά είδη
lang: el
cc: GR
opts: charset=iso-8859-7 qp
ua: Microsoft Outlook 16.0
note: Greek hotel-supply company in iso-8859-7, textiles with specs
---
Καλησπέρα σας,

Είμαστε εταιρεία προμηθειών ξενοδοχείων στην Κρήτη. Χρειαζόμαστε 2.000 σεντόνια λευκά 160x260 εκ. (βαμβάκι 100%, 200 κλωστές) και 3.000 πετσέτες μπάνιου 70x140. Παρακαλώ στείλτε τιμή CIF Πειραιά και χρόνο παράδοσης.

Με εκτίμηση,
Ελένη Κωνσταντίνου
=== el-yahoo-mixed
p: yahoo
region: ir2
from: Nikos Georgiou <nikos_georgiou_77@yahoo.gr>
date: 2026-11-24 17:45 +0200
subj: Quotation for aluminium ladders
lang: el
mixed: yes
cc: GR
note: mixed: English request with a Greek closing paragraph
---
Dear Sir,

Please send offer for aluminium ladder 3x8 steps, EN 131, 200 pcs. Delivery to Thessaloniki port.

Αν είναι δυνατόν, στείλτε μου και φωτογραφίες από τη συσκευασία. Ευχαριστώ πολύ.

Nikos Georgiou
Mob: +30 694 512 7788
"""
