"""Genuine mail and chat lines on the topics of the fee / crypto / directory / spy / mailbox rule families.

Written BLIND (helper fpcheck, before reading config/rules/ or commit 9296777's diff): what a real pump
exporter's inbox (sales@mingda-pumps.example, Taizhou, UTC+8) gets from real buyers who talk about who pays
customs and duty, their LC terms and bank charges (each side pays its own bank), third-party inspection the
buyer arranges and pays, sample fees refunded against the first order, their own forwarder, USDT as one
payment option, trade shows, which brand of motor / bearing is used, "no order yet" tender price lists, a full
mailbox on the buyer's side, and tax paperwork. Every item is genuine (an inquiry, a reply, or ordinary mail).
"""

MAILS: dict[str, dict] = {}


def mail(name: str, **m) -> None:
    m.setdefault("class", "genuine")
    MAILS[name] = m


# --- who pays customs / duty ----------------------------------------------------------------------

mail("gf-en-ke-gmail-cif-duty.eml", provider="gmail", date="2026-12-01 09:12:40", offset="+0300",
     **{"from": "Peter Mwangi <peter.mwangi.agro@gmail.com>"}, lang="en", kind="inquiry", signals="full",
     subject="RFQ: 4\" submersible pumps CIF Mombasa",
     body="""Dear Sales,

We are an irrigation dealer in Nakuru. Please quote CIF Mombasa for:
- 4SP8-20 submersible pump, 4 HP, 380 V: 80 pcs
- 4SP5-16, 2 HP, 220 V single phase: 120 pcs

Import duty, VAT and clearing at Mombasa will be paid by us through our own clearing agent; you only need to
handle export clearance in China and the PVoC certificate of conformity. Kindly include the inspection
for the PVoC in your offer if it is done on your side.

Payment: 30% deposit by TT, balance against copy of B/L.

Regards,
Peter Mwangi
Greenfield Irrigation Ltd, Nakuru
+254 722 555 318""")

mail("gf-es-mx-outlook-aranceles.eml", provider="outlook", region="namprd", accept_lang="es-MX",
     date="2026-11-30 18:40:02", offset="-0600",
     **{"from": "Ricardo Salinas <ricardo.salinas.bombas@outlook.com>"}, lang="es", kind="inquiry", signals="full",
     subject="Cotización bombas periféricas - DAP Guadalajara",
     body="""Buenas tardes,

Somos distribuidores de equipo hidráulico en Guadalajara. Necesitamos cotización de:
- Bomba periférica QB60, 0.5 HP, 127 V: 300 piezas
- Bomba centrífuga CPm158, 1 HP: 150 piezas

Preferimos término DAP Guadalajara. Los aranceles, el IVA de importación y el despacho en Manzanillo los
pagamos nosotros con nuestro agente aduanal; ustedes cubren el flete hasta nuestra bodega. Si prefieren
FOB, también nos sirve, tenemos agente de carga en Ningbo.

¿Podrían indicarnos tiempo de entrega y si el producto cumple NOM?

Saludos cordiales,
Ricardo Salinas
Hidroequipos Salinas, S.A. de C.V.
Tel. +52 33 5555 8120""")

mail("gf-pt-br-gmail-despachante.eml", provider="gmail", date="2026-11-30 16:25:33", offset="-0300",
     **{"from": "Fernanda Lopes <fernanda.lopes.importacao@gmail.com>"}, lang="pt", kind="inquiry", signals="full",
     subject="Cotação bombas autoescorvantes - FOB Ningbo",
     body="""Boa tarde,

Represento uma importadora de Joinville (SC). Gostaríamos de cotação FOB Ningbo para:
- Bomba autoescorvante JET100, 1 cv, 220 V: 200 unidades
- Bomba centrífuga 3 cv trifásica: 60 unidades

O desembaraço no porto de Itajaí é feito pelo nosso despachante e o imposto de importação, IPI e ICMS são
por nossa conta. Vocês só precisam emitir a fatura comercial, o packing list e o certificado de origem.

Qual o prazo de produção e o pedido mínimo?

Atenciosamente,
Fernanda Lopes
Sul Importadora Ltda.
+55 47 99555 2231""")

mail("gf-id-yahoo-bea-masuk.eml", provider="yahoo", date="2026-12-01 10:05:19", offset="+0700",
     **{"from": "Budi Santoso <budi.santoso_pompa@yahoo.co.id>"}, lang="id", kind="inquiry", signals="full",
     subject="Permintaan harga pompa celup CIF Tanjung Priok",
     body="""Selamat siang,

Kami distributor pompa di Jakarta. Mohon penawaran harga CIF Tanjung Priok:
- Pompa celup 1 HP, 220 V: 150 unit
- Pompa sumur dalam 4 inci 2 HP: 50 unit

Bea masuk, PPN impor dan biaya bongkar di pelabuhan kami yang tanggung, forwarder kami di Jakarta yang
mengurus. Mohon dilampirkan katalog dan waktu produksi.

Terima kasih,
Budi Santoso
CV Tirta Makmur, Jakarta
0812 5555 7781""")

mail("gf-ru-yandex-poshliny.eml", provider="yandex", date="2026-11-30 11:30:45", offset="+0500",
     **{"from": "Айдар Жумабеков <a.zhumabekov@yandex.kz>"}, lang="ru", kind="inquiry", signals="full",
     client_ip="95.56.12.77",
     subject="Запрос цены: дренажные насосы, поставка DAP Алматы",
     body="""Добрый день!

Мы дистрибьютор насосного оборудования в Алматы. Просим прислать коммерческое предложение:
- дренажный насос 0,75 кВт, 220 В: 200 шт.
- циркуляционный насос 25-60: 300 шт.

Условия DAP Алматы. Растаможку, пошлины и НДС в Казахстане оплачиваем мы сами, оформляет наш брокер.
От вас нужны инвойс, упаковочный лист и сертификат происхождения СТ-1 (если есть) или Form A.

С уважением,
Айдар Жумабеков
ТОО «АкваСнаб», Алматы
+7 701 555 4420""")

mail("gf-ar-sa-gmail-jamarek.eml", provider="gmail", date="2026-12-01 08:50:10", offset="+0300",
     **{"from": "Khalid Al-Harbi <khalid.harbi.est@gmail.com>"}, lang="ar", kind="inquiry", signals="full",
     subject="استفسار عن مضخات طرد مركزي - جدة",
     body="""السلام عليكم،

نحن مؤسسة الحربي للمضخات في جدة، ونرغب في عرض سعر FOB لما يلي:
- مضخة طرد مركزي 2 حصان، 380 فولت: 100 قطعة
- مضخة غاطسة 1.5 حصان: 60 قطعة

الرسوم الجمركية وضريبة القيمة المضافة والتخليص في ميناء جدة الإسلامي على حسابنا، ووكيل الشحن الخاص بنا
في نينغبو سيتواصل معكم للحجز. نحتاج شهادة المنشأ وشهادة سابر للمطابقة.

مع الشكر،
خالد الحربي
مؤسسة الحربي للمضخات
+966 50 555 7712""")

mail("gf-pl-o365-clo.eml", provider="o365", region="eurprd", accept_lang="pl-PL",
     date="2026-11-30 13:14:22", offset="+0100",
     **{"from": "Tomasz Nowak <t.nowak@hydro-serwis.pl>"}, lang="pl", kind="inquiry", signals="full",
     subject="Zapytanie ofertowe - pompy wirowe, FCA Ningbo",
     body="""Dzień dobry,

jesteśmy hurtownią techniki pompowej z Łodzi. Prosimy o ofertę FCA Ningbo na:
- pompa wirowa CPm 158, 0,75 kW: 120 szt.
- pompa zatapialna do wody brudnej 1,1 kW: 80 szt.

Odprawę celną i cło w Gdańsku robi nasza agencja celna, transport organizuje nasz spedytor (Rohlig Suus).
Prosimy o fakturę z naszym numerem NIP (PL7251234567) oraz deklarację zgodności CE.

Z poważaniem
Tomasz Nowak
Hydro-Serwis Sp. z o.o.
tel. +48 42 555 19 30""")

# --- LC terms and bank charges ----------------------------------------------------------------------

mail("gf-en-ae-o365-lc-charges.eml", provider="o365", region="apcprd", accept_lang="en-GB",
     date="2026-12-01 10:20:05", offset="+0400",
     **{"from": "Suresh Menon <suresh.menon@gulfflow-trading.ae>"}, lang="en", kind="inquiry", signals="full",
     subject="Pumps order 2026-Q1: LC at sight terms - please confirm",
     body="""Dear Ms. Chen,

Further to your PI MD-26-1187, we are ready to open an irrevocable LC at sight through Emirates NBD for
the 240 units of CDLF 4-60 and 60 units of CDLF 8-40, CFR Jebel Ali.

Please confirm the following LC terms before we apply:
- All banking charges outside the UAE are for the beneficiary's account; charges in the UAE for ours.
- Confirmation, if your bank wants it, at beneficiary's cost.
- Latest shipment 15 February 2027, presentation within 21 days, partial shipment not allowed.
- Documents: full set clean on board B/L, commercial invoice, packing list, certificate of origin.

Also please send your bank's SWIFT code and advising bank details.

Best regards,
Suresh Menon
Procurement, Gulf Flow Trading LLC, Dubai
+971 4 555 2871""")

mail("gf-fr-ma-gmail-credoc.eml", provider="gmail", date="2026-11-30 15:02:48", offset="+0100",
     **{"from": "Youssef Benali <y.benali.hydraulique@gmail.com>"}, lang="fr", kind="inquiry", signals="full",
     subject="Crédit documentaire - commande pompes solaires",
     body="""Bonjour Madame,

Suite à votre offre, nous confirmons la commande de 150 pompes solaires immergées 3 pouces (1,1 kW) et
40 pompes 4 pouces (2,2 kW), CFR Casablanca.

Le paiement se fera par crédit documentaire irrévocable à vue, ouvert par Attijariwafa bank. Comme
d'habitude, les frais bancaires au Maroc sont à notre charge et les frais hors Maroc à la charge du
bénéficiaire. Merci de nous confirmer le nom de votre banque notificatrice et le code SWIFT.

Cordialement,
Youssef Benali
Benali Hydraulique SARL, Casablanca
+212 661 555 402""")

mail("gf-it-gmail-lettera-credito.eml", provider="gmail", date="2026-11-30 10:40:33", offset="+0100",
     **{"from": "Marco Ferrari <marco.ferrari.pompe@gmail.com>"}, lang="it", kind="inquiry", signals="full",
     subject="Ordine elettropompe - condizioni lettera di credito",
     body="""Buongiorno,

confermiamo l'ordine di 100 elettropompe sommerse 4" da 1,5 kW e 50 pompe periferiche PKm60, CIF Genova.
Pagamento con lettera di credito a vista tramite Intesa Sanpaolo: le commissioni bancarie fuori Italia
sono a carico del beneficiario, quelle italiane a nostro carico, come da prassi.

Vi chiediamo la fattura proforma aggiornata con le coordinate della vostra banca.

Cordiali saluti,
Marco Ferrari
Ferrari Idraulica s.r.l., Parma
+39 0521 555 118""")

mail("gf-vi-gmail-lc.eml", provider="gmail", date="2026-12-01 09:30:00", offset="+0700",
     **{"from": "Nguyen Van Hai <haint.maybom@gmail.com>"}, lang="vi", kind="inquiry", signals="full",
     subject="Hỏi giá máy bơm ly tâm, thanh toán L/C",
     body="""Kính gửi quý công ty,

Công ty chúng tôi ở Hải Phòng cần báo giá CIF Hải Phòng:
- Máy bơm ly tâm 2 HP, 380 V: 100 chiếc
- Máy bơm chìm 1 HP: 200 chiếc

Chúng tôi thanh toán bằng L/C trả ngay qua Vietcombank. Phí ngân hàng bên nào bên đó chịu: phí tại Việt Nam
chúng tôi trả, phí ngoài Việt Nam quý công ty trả. Thuế nhập khẩu và VAT chúng tôi tự lo.

Trân trọng,
Nguyễn Văn Hải
Công ty TNHH Máy Bơm Hải Phòng
0903 555 218""")

mail("gf-tr-outlook-akreditif.eml", provider="outlook", region="eurprd", accept_lang="tr-TR",
     date="2026-11-30 12:15:41", offset="+0300",
     **{"from": "Emre Yıldız <emre.yildiz.pompa@outlook.com>"}, lang="tr", kind="inquiry", signals="full",
     subject="Dalgıç pompa siparişi - akreditif şartları",
     body="""Merhaba,

Teklifiniz için teşekkürler. 120 adet 4" dalgıç pompa (2,2 kW) ve 40 adet santrifüj pompa (3 kW),
CIF Mersin için görüşelim.

Ödeme Ziraat Bankası üzerinden görüldüğünde ödemeli akreditif ile olacak. Türkiye dışındaki banka
masrafları lehdara, Türkiye içindekiler bize ait. Muhabir bankanızın SWIFT kodunu gönderir misiniz?

Saygılarımızla,
Emre Yıldız
Yıldız Su Teknolojileri, Mersin
+90 532 555 4417""")

# --- inspection the buyer arranges and pays -----------------------------------------------------------

mail("gf-de-o365-sgs-inspektion.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-11-30 08:55:12", offset="+0100",
     **{"from": "Katrin Weber <k.weber@weber-pumpen.de>"}, lang="de", kind="reply",
     subject="AW: Auftrag 4711 - Vorabinspektion durch SGS",
     body="""Guten Tag Frau Chen,

vielen Dank für die Versandbereitschaftsmeldung für Auftrag 4711 (80 Stück CDLF 4-60).

Wie vereinbart beauftragen wir SGS Ningbo mit einer Vorversandinspektion (AQL 2,5). Die Kosten der
Inspektion tragen wir. Bitte nennen Sie uns einen Termin ab dem 7. Dezember und eine Ansprechperson im
Werk; SGS meldet sich dann direkt bei Ihnen.

Mit freundlichen Grüßen
Katrin Weber
Einkauf, Weber Pumpen GmbH, Duisburg
Tel. +49 203 555 4410""")

mail("gf-en-us-workspace-intertek.eml", provider="workspace", date="2026-11-30 17:20:09", offset="-0500",
     **{"from": "Dana Whitfield <dana.whitfield@lakesidewater.com>"}, lang="en", kind="reply",
     subject="RE: PO 55-2031 - third party inspection (Intertek)",
     body="""Hi Lily,

Thanks for the production update on PO 55-2031 (300 x QB60 peripheral pumps, 150 x CPm158).

We will book a final random inspection with Intertek at our cost, as usual. Intertek's Ningbo office will
contact you to fix a date once you confirm 100% of the goods are packed. Per our supplier manual, if the
lot fails and a re-inspection is needed, the re-inspection fee is charged to the supplier, so please run
your own final check first.

Thanks,
Dana Whitfield
Sourcing Manager, Lakeside Water Products, Columbus OH""")

mail("gf-es-pe-gmail-inspeccion.eml", provider="gmail", date="2026-12-01 07:45:30", offset="-0500",
     **{"from": "Jorge Quispe <jorge.quispe.hidro@gmail.com>"}, lang="es", kind="inquiry", signals="full",
     subject="Pedido bombas sumergibles - inspección Bureau Veritas",
     body="""Estimada Sra. Chen,

Confirmamos el pedido de 60 bombas sumergibles 4SP8-20 y 40 bombas 6SP17-12, CFR Callao.

Antes del embarque contrataremos a Bureau Veritas para la inspección; el costo lo asumimos nosotros. Le
agradeceré indicarnos la fecha en que la mercadería estará lista y la dirección exacta de la fábrica.

Atentamente,
Jorge Quispe
Hidroandes S.A.C., Lima
+51 987 555 210""")

# --- samples: paid, refunded against the first order -------------------------------------------------

mail("gf-en-in-gmail-sample-refund.eml", provider="gmail", date="2026-11-30 14:10:55", offset="+0530",
     **{"from": "Rahul Sharma <rahul.sharma.pumps@gmail.com>"}, lang="en", kind="inquiry",
     subject="Sample of 1 HP monoblock pump before bulk order",
     body="""Dear Sir,

We are a pump trader in Coimbatore and want to test your 1 HP self-priming monoblock pump (JET100) before
ordering 500 units for the summer season.

We are fine to pay for 2 samples and the courier. Could you confirm if the sample charge will be refunded
(deducted) when we place the first container order? Please send your PI for the samples and we will pay
by TT. Our FedEx account number for the freight is 6055-5512-3.

Regards,
Rahul Sharma
Sharma Pump House, Coimbatore
+91 98430 55512""")

mail("gf-it-libero-campioni.eml", provider="vps", vps_host="smtp-out.libero.it", mailer="none",
     client_ip="151.38.77.12", date="2026-11-30 11:05:00", offset="+0100",
     **{"from": "Giulia Conti <giulia.conti.idro@libero.it>"}, lang="it", kind="inquiry",
     subject="Richiesta campioni pompe periferiche",
     body="""Buongiorno,

siamo interessati alle vostre pompe periferiche PKm60 (0,37 kW). Prima dell'ordine di circa 300 pezzi
vorremmo ricevere 2 campioni. Siamo disposti a pagare i campioni e la spedizione; se ho capito bene, il
costo dei campioni viene poi detratto dal primo ordine. Potete confermare?

Grazie e cordiali saluti,
Giulia Conti
Conti Idrotermica, Bergamo""")

mail("gf-es-cl-gmail-muestra-dhl.eml", provider="gmail", date="2026-11-30 20:30:18", offset="-0300",
     **{"from": "Camila Rojas <camila.rojas.bombas@gmail.com>"}, lang="es", kind="inquiry",
     subject="Muestra bomba solar - cuenta DHL",
     body="""Hola,

Queremos probar una muestra de su bomba solar sumergible 3" 750 W antes de pedir 100 unidades para
agricultores de la región de O'Higgins. Pagamos la muestra y el envío con nuestra cuenta DHL (número
96-555-1203). Si después hacemos el pedido, ¿nos descuentan el valor de la muestra?

Saludos,
Camila Rojas
AgroSol Chile SpA, Rancagua""")

mail("gf-pt-br-hotmail-amostra.eml", provider="outlook", region="brazil", accept_lang="pt-BR",
     date="2026-12-01 09:12:00", offset="-0300",
     **{"from": "Rafael Souza <rafael.souza.bombas@hotmail.com>"}, lang="pt", kind="inquiry",
     subject="Amostra bomba periférica",
     body="""Olá,

Temos interesse na bomba periférica 0,5 cv 127 V. Antes de um pedido de 400 peças queremos 1 amostra.
Podemos pagar a amostra e o frete pelo PayPal ou transferência. Vi que vocês reembolsam o valor da amostra
no primeiro pedido, está correto?

Abraço,
Rafael Souza
Casa das Bombas, Uberlândia""")

# --- the buyer's own forwarder ------------------------------------------------------------------------

mail("gf-en-au-workspace-forwarder.eml", provider="workspace", date="2026-12-01 11:02:37", offset="+1100",
     **{"from": "Mark O'Brien <mark.obrien@outbackpumps.com.au>"}, lang="en", kind="reply",
     subject="RE: PO OB-7712 ready - our forwarder details (FOB Ningbo)",
     body="""Hi Lily,

Great news that PO OB-7712 (200 x 4SP5-16, 60 x CDLF 8-40) is ready. It is FOB Ningbo, so our forwarder
will book the container:

Kuehne+Nagel Ningbo, Ms. Zhang Wei, sea export desk, tel +86 574 5555 8820.

Please send them the packing list and the cargo-ready date; they will send you the booking confirmation
and the SO. Their local charges at origin under FOB are paid by us, as agreed. Balance payment goes out
against the B/L copy as usual.

Cheers,
Mark O'Brien
Outback Pumps Pty Ltd, Brisbane""")

mail("gf-pt-br-gmail-agente-carga.eml", provider="gmail", date="2026-11-30 10:45:30", offset="-0300",
     **{"from": "Luciana Martins <luciana.martins.compras@gmail.com>"}, lang="pt", kind="reply",
     subject="Re: Pedido 2026-118 - dados do nosso agente de cargas",
     body="""Olá Lily,

Segue o contato do nosso agente de cargas na China para o pedido 2026-118 (FOB Shanghai):
Allink Logistics Shanghai, Sr. Kevin Liu, kevin.liu@allink.example, +86 21 5555 3310.

Eles vão reservar o espaço e retirar a carga. As taxas do agente são pagas por nós no Brasil; vocês pagam
apenas as despesas de origem que são do vendedor no FOB (desembaraço de exportação).

Obrigada,
Luciana Martins
Compras, Irrigar Comércio Ltda.""")

# --- crypto (USDT) as an ordinary payment option ----------------------------------------------------

mail("gf-tr-gmail-usdt.eml", provider="gmail", date="2026-11-30 16:40:12", offset="+0300",
     **{"from": "Murat Aksoy <murat.aksoy.hidrolik@gmail.com>"}, lang="tr", kind="inquiry", signals="full",
     subject="Santrifüj pompa teklifi ve ödeme yöntemi",
     body="""Merhaba,

İstanbul'da pompa bayisiyiz. CIF Ambarlı fiyat rica ediyoruz:
- Santrifüj pompa 1,5 kW, 380 V: 80 adet
- Periferik pompa 0,5 HP: 200 adet

Ödemeyi banka havalesi veya USDT (TRC20) ile yapabiliyoruz; sizin için hangisi uygunsa. USDT kabul
ediyorsanız proforma faturada cüzdan adresinizi belirtin lütfen.

Saygılarımla,
Murat Aksoy
Aksoy Hidrolik, İstanbul
+90 533 555 2104""")

mail("gf-ru-mailru-usdt.eml", provider="mailru", date="2026-12-01 10:15:22", offset="+0300",
     **{"from": "Сергей Козлов <s.kozlov.nasos@mail.ru>"}, lang="ru", kind="inquiry", signals="full",
     client_ip="178.176.33.140",
     subject="Запрос КП: насосы 4SP, оплата USDT или юани",
     body="""Здравствуйте!

Компания «Гидромаркет» (Краснодар). Нужны:
- погружной насос 4SP8-20, 3 кВт: 60 шт.
- скважинный насос 4SP5-16, 1,5 кВт: 100 шт.

Поставка до Новороссийска, CIF. Оплата: юани через банк или USDT — как вам удобнее. Если USDT, укажите,
пожалуйста, сеть и адрес кошелька в инвойсе.

С уважением,
Сергей Козлов
ООО «Гидромаркет»
+7 918 555 3011""")

mail("gf-en-ng-gmail-usdt-option.eml", provider="gmail", date="2026-11-30 13:05:44", offset="+0100",
     **{"from": "Chinedu Okafor <chinedu.okafor.pumps@gmail.com>"}, lang="en", kind="inquiry", signals="full",
     subject="Quotation for surface pumps CIF Lagos (Apapa)",
     body="""Good day,

Kindly quote CIF Apapa, Lagos for:
- 1 HP peripheral pump QB60: 500 pcs
- 2 HP centrifugal pump CPm200: 200 pcs

Because of FX scarcity here, we can pay 30% by TT from our domiciliary account and the balance in USDT.
Please tell us if your company accepts USDT and on which network, then send PI and your wallet details
for the balance after the deposit.

Thanks,
Chinedu Okafor
Okafor & Sons Pumps, Lagos
+234 803 555 2291""")

# --- trade shows --------------------------------------------------------------------------------------

mail("gf-de-gmx-messe.eml", provider="vps", vps_host="mout.gmx.net", mailer="none", client_ip="88.67.14.201",
     date="2026-11-30 09:40:00", offset="+0100",
     **{"from": "Andreas Braun <a.braun.pumpen@gmx.de>"}, lang="de", kind="inquiry", signals="full",
     subject="Nach der Messe: Angebot Tauchpumpen",
     body="""Hallo Frau Chen,

wir haben uns auf der IFAT in München an Ihrem Stand kurz gesprochen. Wie besprochen bitte ich um ein
Angebot für 100 Stück Schmutzwassertauchpumpen 1,1 kW und 50 Stück 4"-Brunnenpumpen 1,5 kW, FOB Ningbo.
Ihren Eintrag im Ausstellerverzeichnis habe ich nur auf Englisch gefunden; ein deutscher Katalog wäre
hilfreich.

Viele Grüße
Andreas Braun
Braun Pumpentechnik, Regensburg""")

mail("gf-en-za-o365-canton-fair.eml", provider="o365", region="eurprd", accept_lang="en-ZA",
     date="2026-11-30 10:02:31", offset="+0200",
     **{"from": "Thandi Nkosi <thandi.nkosi@aquaflow.co.za>"}, lang="en", kind="inquiry", signals="full",
     subject="Met at Canton Fair - quote for booster sets",
     body="""Dear Lily,

It was good to meet you at the Canton Fair (phase 1, hall 19.1). As discussed, please quote FOB Ningbo for:
- CDLF 4-60 booster pump, 2.2 kW: 40 pcs
- CDLF 8-40: 20 pcs
- pressure tanks 24 L: 60 pcs

We will also exhibit at Water Expo Johannesburg in March; if you want to share a booth area with your
products as our brand partner, let me know. Shipping to Durban.

Kind regards,
Thandi Nkosi
AquaFlow Distribution (Pty) Ltd, Johannesburg""")

# --- which brand of motor / bearing / seal --------------------------------------------------------------

mail("gf-en-ca-o365-motor-brand.eml", provider="o365", region="namprd", accept_lang="en-CA",
     date="2026-11-30 15:25:00", offset="-0500",
     **{"from": "Brian Tremblay <b.tremblay@northflow-industrial.ca>"}, lang="en", kind="inquiry", signals="full",
     subject="CDLF series - motor and bearing make before we list you",
     body="""Hello,

We distribute pumps to mining contractors in Ontario and are looking at your CDLF 8-40 (5.5 kW) for a first
order of about 30 units delivered to Toronto (DDP or CIF Montreal).

Our end users always ask two things: who makes your motors (in-house, or a brand such as WEG, ABB or
Siemens?) and which bearings and mechanical seals are fitted (SKF / NSK / C&U? Burgmann or Chinese make?).
We also need CSA or UL certification on the motor. Please send the datasheet with these details.

Best,
Brian Tremblay
NorthFlow Industrial Supply, Sudbury ON""")

mail("gf-es-pe-outlook-rodamientos.eml", provider="outlook", region="namprd", accept_lang="es-PE",
     date="2026-12-01 08:40:12", offset="-0500",
     **{"from": "Luis Huamán <luis.huaman.minera@outlook.com>"}, lang="es", kind="inquiry", signals="full",
     subject="Consulta técnica bombas centrífugas - marca de motor y rodamientos",
     body="""Buenos días,

Estamos evaluando 25 bombas centrífugas de 7,5 HP para una minera en Arequipa (entrega CIF Callao).
Antes de cotizar al cliente necesito saber: ¿los motores son de fabricación propia o de qué marca? ¿Qué
marca de rodamientos y sello mecánico usan? El cliente exige rodamientos SKF o equivalentes y motores IE3
para 440 V / 60 Hz y 3.800 m de altitud.

Saludos,
Luis Huamán
Ingeniería y Bombas del Sur S.A.C.""")

mail("gf-fr-be-gmail-moteurs.eml", provider="gmail", date="2026-11-30 14:50:36", offset="+0100",
     **{"from": "Olivier Dubois <olivier.dubois.pompes@gmail.com>"}, lang="fr", kind="inquiry", signals="full",
     subject="Pompes immergées 4\" - qui fabrique les moteurs ?",
     body="""Bonjour,

Nous sommes installateurs de forages en Wallonie. Pour une première commande de 40 pompes immergées 4"
(1,5 kW, 230 V) livrées à Anvers, j'ai deux questions techniques : qui fabrique vos moteurs immergés
(fabrication maison ou Franklin / Pedrollo ?) et quels roulements utilisez-vous ? Nos clients demandent
une garantie de 2 ans sur le moteur.

Merci et bonne journée,
Olivier Dubois
Dubois Forages SPRL, Namur""")

# --- "no order yet": a tender's price list -------------------------------------------------------------

mail("gf-en-ph-gmail-tender-pricelist.eml", provider="gmail", date="2026-12-01 09:55:20", offset="+0800",
     **{"from": "Maria Santos <maria.santos.waterworks@gmail.com>"}, lang="en", kind="inquiry",
     subject="Price list request for LGU water district tender (bid 2026-117)",
     body="""Dear Sir/Madam,

We are a contractor bidding for the Bacolod City Water District tender no. 2026-117 (rehabilitation of
12 deep wells). We have no order yet; the bid opening is on 18 December. To prepare our bid we need your
price list for 6" submersible pumps 7.5 to 15 HP, 440 V / 60 Hz, with motor and control panel, CIF Manila.
If we win, the order is 12 sets plus 4 spares.

Thank you,
Maria Santos
Santos Waterworks Builders, Bacolod City
+63 917 555 4420""")

mail("gf-es-co-gmail-licitacion.eml", provider="gmail", date="2026-11-30 19:25:00", offset="-0500",
     **{"from": "Andrés Gómez <andres.gomez.acueductos@gmail.com>"}, lang="es", kind="inquiry",
     subject="Lista de precios para licitación acueducto rural",
     body="""Buenas noches,

Aún no tenemos pedido: estamos preparando la oferta para una licitación pública de la gobernación de
Boyacá (acueductos rurales, cierre el 15 de diciembre). Necesitamos su lista de precios de bombas
sumergibles de 4" y 6" entre 3 y 20 HP, 220/440 V, precio CIF Cartagena, y el catálogo técnico. Si
ganamos, serían unas 30 bombas.

Gracias,
Andrés Gómez
Acueductos y Riegos de Boyacá S.A.S., Tunja""")

mail("gf-pt-ao-gmail-concurso.eml", provider="gmail", date="2026-12-01 08:15:45", offset="+0100",
     **{"from": "Helder Manuel <helder.manuel.agua@gmail.com>"}, lang="pt", kind="inquiry",
     subject="Tabela de preços - concurso público de furos de água",
     body="""Bom dia,

Ainda não temos encomenda: vamos concorrer a um concurso público da província do Huambo para 20 furos de
água com bombas solares. Precisamos da vossa tabela de preços das bombas solares submersíveis de 3" e 4"
(750 W a 2,2 kW) com controlador, CIF Lobito, para preparar a proposta até 20 de dezembro.

Cumprimentos,
Helder Manuel
Águas do Planalto Lda., Huambo""")

# --- a full mailbox on the buyer's side ----------------------------------------------------------------

mail("gf-en-gmail-mailbox-was-full.eml", provider="workspace", date="2026-12-01 08:30:10", offset="+0800",
     **{"from": "Jason Tan <jason.tan@sgpumpsupply.com.sg>"}, lang="en", kind="reply",
     subject="Re: Quotation MD-26-1203 - please resend",
     body="""Hi Lily,

Sorry, my mailbox reached its capacity last week and your quotation MD-26-1203 bounced back to you. Our IT
has increased the quota now. Could you resend the quotation and the CDLF datasheets? Please also cc my
colleague purchasing@sgpumpsupply.com.sg.

We are still looking at the 60 x CDLF 4-60 for the Tuas project.

Thanks,
Jason Tan
SG Pump Supply Pte Ltd, Singapore""")

mail("gf-de-o365-postfach-voll.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-11-30 14:05:00", offset="+0100",
     **{"from": "Stefan Keller <s.keller@keller-haustechnik.de>"}, lang="de", kind="reply",
     subject="AW: Angebot 26-877 kam nicht an",
     body="""Hallo Frau Chen,

unser IT-Dienstleister hat mir gesagt, dass mein Postfach letzte Woche voll war; Ihr Angebot 26-877 ist
deshalb nicht angekommen. Das Postfach wurde inzwischen vergrößert. Bitte senden Sie das Angebot für die
120 Zirkulationspumpen noch einmal, gern auch an einkauf@keller-haustechnik.de.

Danke und Gruß
Stefan Keller
Keller Haustechnik GmbH, Augsburg""")

mail("gf-en-postmaster-ndr-quota.eml", provider="o365", region="eurprd", accept_lang="en-US",
     date="2026-12-01 03:12:40", offset="+0000",
     **{"from": "Microsoft Outlook <postmaster@rhein-pumpentechnik.de>"}, lang="en", kind="ham",
     subject="Undeliverable: Quotation CDLF 4-60 / 8-40 (MD-26-1210)",
     body="""Delivery has failed to these recipients or groups:

j.hoffmann@rhein-pumpentechnik.de
The recipient's mailbox is full and can't accept messages now. Please try resending your message later,
or contact the recipient directly.

Diagnostic information for administrators:
Generating server: DB9PR05MB8123.eurprd05.prod.outlook.com
j.hoffmann@rhein-pumpentechnik.de
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
Original message headers:
From: sales@mingda-pumps.example
Subject: Quotation CDLF 4-60 / 8-40 (MD-26-1210)""")

# --- tax paperwork ------------------------------------------------------------------------------------

mail("gf-en-us-workspace-w8bene.eml", provider="workspace", date="2026-11-30 11:45:00", offset="-0600",
     **{"from": "Accounts Payable <ap@lakesidewater.com>"}, lang="en", kind="ham",
     subject="Vendor setup: W-8BEN-E and bank letter needed before first payment",
     body="""Hello,

Lakeside Water Products is setting you up as a new vendor for PO 55-2031. Before our first payment we need:
1. Form W-8BEN-E (foreign entity, for US tax withholding), signed by an officer of the company;
2. A bank letter on the bank's letterhead confirming the account name and number.

Please send the signed PDFs to this address. We do not accept bank details changes by email without a
call-back to the number on file.

Thank you,
Accounts Payable, Lakeside Water Products, Columbus OH""")

mail("gf-ar-eg-gmail-dareeba.eml", provider="gmail", date="2026-11-30 12:20:00", offset="+0200",
     **{"from": "Ahmed Mostafa <ahmed.mostafa.pumps@gmail.com>"}, lang="ar", kind="reply",
     subject="بخصوص الطلبية 2026-44 - مستندات الضرائب والجمارك",
     body="""السيدة ليلي المحترمة،

بخصوص الطلبية رقم 2026-44 (150 مضخة طرفية و80 مضخة غاطسة)، نرجو إرسال الفاتورة التجارية وشهادة المنشأ
مصدقة من الغرفة التجارية، لأن مصلحة الضرائب والجمارك في الإسكندرية تطلبها لاحتساب ضريبة القيمة المضافة
والرسوم الجمركية. الرسوم كلها على حسابنا، ونحتاج فقط أن يكون رقم التسجيل الضريبي لشركتنا مكتوباً على الفاتورة:
512-345-678.

شكراً،
أحمد مصطفى
شركة مصطفى للمضخات، الإسكندرية""")

mail("gf-it-o365-iva-rimborso.eml", provider="o365", region="eurprd", accept_lang="it-IT",
     date="2026-12-01 09:10:00", offset="+0100",
     **{"from": "Amministrazione Ferrari Idraulica <amministrazione@ferrari-idraulica.it>"}, lang="it", kind="ham",
     subject="Fattura proforma 26-1187: dati per la dogana e rimborso IVA",
     body="""Buongiorno,

per lo sdoganamento a Genova e il successivo rimborso dell'IVA all'importazione, il nostro commercialista
ci chiede che la fattura commerciale riporti il nostro numero EORI (IT01234567890) e la voce doganale
8413 70 per ogni articolo. I dazi e l'IVA li paghiamo noi tramite lo spedizioniere.

Grazie,
Ufficio Amministrazione
Ferrari Idraulica s.r.l., Parma""")

mail("gf-en-gb-o365-customs-hold.eml", provider="o365", region="eurprd", accept_lang="en-GB",
     date="2026-12-01 10:35:00", offset="+0000",
     **{"from": "Helen Price <helen.price@brit-pump-supplies.co.uk>"}, lang="en", kind="reply",
     subject="Container MSKU 7712093 held by HMRC - missing commodity code",
     body="""Hi Lily,

Our container (PO BPS-0921, 80 x CDLF 4-60) is held at Felixstowe because HMRC queried the commodity code
on the invoice. Our customs broker has paid the duty and VAT and will handle the query; they only need a
corrected commercial invoice showing 8413 70 35 and the country of origin per line. Could you send it today?
Any port storage meanwhile is on us, no need to worry.

Thanks,
Helen Price
Brit Pump Supplies Ltd, Leeds""")

mail("gf-en-gmail-escrow-trade-assurance.eml", provider="gmail", date="2026-11-30 21:05:00", offset="+0400",
     **{"from": "Omar Haddad <omar.haddad.trading@gmail.com>"}, lang="en", kind="inquiry", signals="full",
     subject="Order via Trade Assurance - 100 peripheral pumps to Muscat",
     body="""Hello,

I want to order 100 QB60 peripheral pumps and 50 JET100 pumps, CFR Sohar, Oman. As it is our first order
with you, we prefer to pay through Alibaba Trade Assurance (escrow) so the payment is released after we
confirm the goods. Can you issue the Trade Assurance order on your Alibaba store? The platform's fee is
charged to the seller as per Alibaba's terms; you can include it in the price if needed.

Best regards,
Omar Haddad
Haddad Trading LLC, Muscat""")

# ---------------------------------------------------------------------------------------------------
# Chat, phone and web-form lines.
# ---------------------------------------------------------------------------------------------------

CHATS: list[dict] = [
    {"id": "cf-en-01", "channel": "whatsapp", "received_at": "2026-12-01T10:20:00+08:00", "name": "Rahul",
     "phone": "+91 98430 55512", "country": "IN", "class": "genuine", "lang": "en", "kind": "inquiry",
     "body": "Hi, ok we will pay the sample fee + DHL for 2 pcs JET100. Sample cost will be deducted from first order of 500 pcs right?"},
    {"id": "cf-es-01", "channel": "whatsapp", "received_at": "2026-11-30T23:10:00+08:00", "name": "Diego Ramírez",
     "phone": "+51 987 555 0144", "country": "PE", "class": "genuine", "lang": "es", "kind": "inquiry",
     "body": "Hola, ¿aceptan pago en USDT? Necesito 30 bombas periféricas de 1 HP para Lima, CIF Callao."},
    {"id": "cf-pt-01", "channel": "whatsapp", "received_at": "2026-11-30T22:40:00+08:00", "name": "Paulo",
     "phone": "+55 13 99555 8172", "country": "BR", "class": "genuine", "lang": "pt", "kind": "inquiry",
     "body": "Bom dia, frete e impostos no Brasil são por nossa conta, nosso agente de cargas em Santos cuida. Preciso de preço FOB de 80 bombas 2cv"},
    {"id": "cf-ar-01", "channel": "whatsapp", "received_at": "2026-12-01T15:05:00+08:00", "name": "سالم",
     "phone": "+966 55 555 8830", "country": "SA", "class": "genuine", "lang": "ar", "kind": "inquiry",
     "body": "السلام عليكم، الجمارك والتخليص في جدة علينا. أرسل لي سعر FOB لـ 50 مضخة غاطسة 2 حصان"},
    {"id": "cf-tr-01", "channel": "im", "received_at": "2026-12-01T16:30:00+08:00", "name": "Hakan",
     "country": "TR", "class": "genuine", "lang": "tr", "kind": "reply",
     "body": "Merhaba, SGS muayenesini biz ayarlıyoruz, ücretini de biz ödüyoruz. Mal ne zaman hazır olur? 120 pompa siparişi için"},
    {"id": "cf-ru-01", "channel": "im", "received_at": "2026-11-30T18:20:00+08:00", "name": "Игорь",
     "country": "RU", "class": "genuine", "lang": "ru", "kind": "inquiry",
     "body": "Добрый день, какие подшипники стоят в насосах CDLF, SKF или китайские? И чей двигатель, свой или покупной? Интересует 40 шт в Новосибирск"},
    {"id": "cf-id-01", "channel": "whatsapp", "received_at": "2026-12-01T11:15:00+08:00", "name": "Agus",
     "phone": "+62 812 5555 9021", "country": "ID", "class": "genuine", "lang": "id", "kind": "inquiry",
     "body": "Pak, motor pompa celupnya pakai merek apa? Bearing SKF atau lokal? Saya mau ambil 100 unit ke Surabaya"},
    {"id": "cf-vi-01", "channel": "whatsapp", "received_at": "2026-12-01T09:45:00+08:00", "name": "Trần Minh",
     "phone": "+84 903 555 771", "country": "VN", "class": "genuine", "lang": "vi", "kind": "inquiry",
     "body": "Chào chị, báo giá CIF Hải Phòng 50 máy bơm ly tâm 3HP giúp em. Thuế nhập khẩu bên em tự lo."},
    {"id": "cf-fr-01", "channel": "web", "received_at": "2026-11-30T21:30:00+08:00", "name": "Moussa Traoré",
     "email": "moussa.traore.ml@gmail.com", "country": "ML", "class": "genuine", "lang": "fr", "kind": "inquiry",
     "body": "Bonjour, acceptez-vous une lettre de crédit à vue ? Les frais de notre banque au Mali sont à notre charge. Commande de 60 pompes solaires, livraison Dakar."},
    {"id": "cf-de-01", "channel": "web", "received_at": "2026-11-30T17:00:00+08:00", "name": "Julia Schmitt",
     "email": "j.schmitt@stadtwerke-planung.de", "country": "DE", "class": "genuine", "lang": "de", "kind": "inquiry",
     "body": "Guten Tag, wir haben noch keinen Auftrag, sondern kalkulieren eine öffentliche Ausschreibung (Pumpwerk, 8 Tauchmotorpumpen 15 kW). Bitte senden Sie uns Ihre Preisliste und Datenblätter."},
    {"id": "cf-it-01", "channel": "whatsapp", "received_at": "2026-12-01T17:40:00+08:00", "name": "Luca",
     "phone": "+39 347 555 2180", "country": "IT", "class": "genuine", "lang": "it", "kind": "inquiry",
     "body": "Ciao, ci siamo visti alla fiera EIMA a Bologna. Mi mandi il prezzo per 40 pompe sommerse 4\" 1,5 kW CIF Genova?"},
    {"id": "cf-pl-01", "channel": "im", "received_at": "2026-12-01T14:50:00+08:00", "name": "Marek",
     "country": "PL", "class": "genuine", "lang": "pl", "kind": "inquiry",
     "body": "Dzień dobry, kto produkuje silniki w pompach głębinowych 4\"? Jakie łożyska? Potrzebuję 60 szt. do Gdańska"},
    {"id": "cf-en-02", "channel": "web", "received_at": "2026-11-30T19:15:00+08:00", "name": "Grace Wanjiru",
     "email": "grace.wanjiru@maji-solutions.co.ke", "country": "KE", "class": "genuine", "lang": "en", "kind": "inquiry",
     "body": "Hello, no order yet - we are a new pump distributor in Nairobi. Please send your price list and catalogue for solar pumps; first order would be about 50 units CIF Mombasa."},
    {"id": "cf-en-03", "channel": "im", "received_at": "2026-12-01T13:25:00+08:00", "name": "Ahmed (Dubai)",
     "country": "AE", "class": "genuine", "lang": "en", "kind": "reply",
     "body": "Our forwarder is DSV Ningbo, contact Mr. Chen 0574-5555-3321. Pls give him the cargo ready date for the 240 pumps, FOB Ningbo."},
    {"id": "cf-en-04", "channel": "whatsapp", "received_at": "2026-12-01T08:55:00+08:00", "name": "Jason Tan",
     "phone": "+65 9555 2031", "country": "SG", "class": "genuine", "lang": "en", "kind": "reply",
     "body": "Lily my company mailbox is full, IT fixing it. Pls send the PI for 60 CDLF 4-60 here on WhatsApp for now"},
    {"id": "cf-es-02", "channel": "whatsapp", "received_at": "2026-12-01T07:30:00+08:00", "name": "Jorge Quispe",
     "phone": "+51 987 555 210", "country": "PE", "class": "genuine", "lang": "es", "kind": "reply",
     "body": "Buenos días Lily, la inspección de Bureau Veritas la pagamos nosotros. ¿El 9 de diciembre están listas las 100 bombas?"},
    {"id": "cf-pt-02", "channel": "whatsapp", "received_at": "2026-12-01T20:10:00+08:00", "name": "Rafael",
     "phone": "+55 34 99555 4410", "country": "BR", "class": "genuine", "lang": "pt", "kind": "inquiry",
     "body": "Oi, vocês aceitam USDT? Quero 1 amostra da bomba periférica 0,5cv e depois 400 peças pra Uberlândia"},
    {"id": "cf-tr-02", "channel": "whatsapp", "received_at": "2026-12-01T12:00:00+08:00", "name": "Emre",
     "phone": "+90 532 555 4417", "country": "TR", "class": "genuine", "lang": "tr", "kind": "reply",
     "body": "Akreditifi yarın açıyoruz. Türkiye dışındaki banka masrafları sizde, içerideki bizde. 160 pompa CIF Mersin"},
]

# ---------------------------------------------------------------------------------------------------
# Combined shapes ("genuine_fees-combined"): written after the items above were scored (0/58 flagged as
# written; only "who makes your motors" / "qui fabrique vos" drew spy points, below the flag), still before
# reading config/rules/: real buyers whose one message holds two of the topics at once (a tender's price list
# with the motor's make, a sample paid with USDT to the buyer's courier, a demurrage claim, a supplier
# questionnaire naming sub-suppliers, a stock-lot buyer paying USDT, a fair's free directory entry, the
# seller's own IT and accountant).
# ---------------------------------------------------------------------------------------------------

COMBINED = "genuine_fees-combined"

mail("gx-en-za-gmail-tender-motor-make.eml", provider="gmail", date="2026-12-01 12:40:00", offset="+0200",
     **{"from": "Sipho Dlamini <sipho.dlamini.projects@gmail.com>"}, lang="en", kind="inquiry", part=COMBINED,
     subject="Municipal tender - price list and motor / bearing make",
     body="""Good day,

We have no order yet: we are a registered contractor preparing a bid for the uMgungundlovu District
Municipality tender (borehole pump replacement, closing 12 December). Please send your full price list for
4" and 6" borehole pumps 2.2 to 15 kW, 400 V, CIF Durban.

The tender specification also asks us to state who makes your motors and the make of the bearings and
mechanical seals, and to attach the motor test certificates. If we win, the order is 24 pump sets.

Regards,
Sipho Dlamini
Dlamini Water Projects (Pty) Ltd, Pietermaritzburg
+27 82 555 3190""")

mail("gx-es-ar-gmail-comparando.eml", provider="gmail", date="2026-11-30 22:10:00", offset="-0300",
     **{"from": "Martín Fernández <martin.fernandez.riego@gmail.com>"}, lang="es", kind="inquiry", part=COMBINED,
     subject="Lista de precios completa - comparando proveedores",
     body="""Hola,

Somos una distribuidora de riego en Mendoza. Todavía no hay pedido: estamos comparando tres fábricas
para la temporada 2027. ¿Nos pueden enviar la lista de precios completa FOB Ningbo de bombas sumergibles,
centrífugas y periféricas, con el pedido mínimo? También nos interesa saber qué marca de motor y de
rodamientos usan.

Saludos,
Martín Fernández
Riego Cuyo S.R.L., Mendoza""")

mail("gx-en-in-gmail-sample-usdt-courier.eml", provider="gmail", date="2026-12-01 13:20:00", offset="+0530",
     **{"from": "Vikram Patel <vikram.patel.hydro@gmail.com>"}, lang="en", kind="inquiry", part=COMBINED,
     subject="Samples: payment in USDT and our courier account",
     body="""Hi Lily,

For the 2 samples of 4SP8-20 we will pay USD 260 in USDT (TRC20) since our bank takes 10 days for small
TT. Please send your wallet address on the sample PI. Our DHL import account 96-555-7741 will pay the
freight, so no courier charge on your side. As agreed, the sample value is deducted from our first order
(300 pumps, CIF Nhava Sheva).

Thanks,
Vikram Patel
Patel Hydro Systems, Ahmedabad""")

mail("gx-en-ke-o365-demurrage-credit.eml", provider="o365", region="eurprd", accept_lang="en-GB",
     date="2026-12-01 11:15:00", offset="+0300",
     **{"from": "Peter Mwangi <p.mwangi@greenfield-irrigation.co.ke>"}, lang="en", kind="reply", part=COMBINED,
     subject="PO GF-118: demurrage at Mombasa because the COC was late",
     body="""Dear Lily,

Our container for PO GF-118 was held at Mombasa for 9 days because the PVoC certificate of conformity
reached us late. The shipping line charged USD 1,150 demurrage and our clearing agent has already paid it.
Since the certificate was your side's responsibility, we ask you to bear this cost: please issue a credit
note for USD 1,150 that we will deduct from the next order's balance. The agent's invoice is attached.

Regards,
Peter Mwangi
Greenfield Irrigation Ltd, Nakuru""",
     attach=[("demurrage_invoice_MSA-4471.pdf", "application/pdf", "%PDF-1.4\n% demurrage invoice\n")])

mail("gx-de-o365-lieferantenfragebogen.eml", provider="o365", region="eurprd", accept_lang="de-DE",
     date="2026-11-30 10:30:00", offset="+0100",
     **{"from": "Lieferantenmanagement Weber Pumpen <lieferanten@weber-pumpen.de>"}, lang="de", kind="ham",
     part=COMBINED,
     subject="Lieferantenselbstauskunft 2027 - bitte bis 20.12. ausfüllen",
     body="""Sehr geehrte Damen und Herren,

im Rahmen unserer jährlichen Lieferantenbewertung bitten wir Sie, die beigefügte Lieferantenselbstauskunft
auszufüllen. Darin fragen wir u. a. nach Ihren Zertifikaten (ISO 9001), den Namen Ihrer wesentlichen
Unterlieferanten für Motoren und Gussteile (für unsere REACH- und Lieferkettengesetz-Dokumentation) und
Ihrer Kapazität. Die Angaben werden vertraulich behandelt.

Mit freundlichen Grüßen
Lieferantenmanagement
Weber Pumpen GmbH, Duisburg""",
     attach=[("Lieferantenselbstauskunft_2027.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\x03\x04 selbstauskunft")])

mail("gx-en-us-o365-supplier-questionnaire.eml", provider="o365", region="namprd", accept_lang="en-US",
     date="2026-11-30 16:00:00", offset="-0500",
     **{"from": "Supplier Quality <supplierquality@lakesidewater.com>"}, lang="en", kind="ham", part=COMBINED,
     subject="Annual supplier questionnaire: sub-tier suppliers and conflict minerals",
     body="""Hello,

As part of our annual supplier review, please complete the attached questionnaire by 31 December. It asks
for the names of your key sub-tier suppliers (motors, castings, cable), your country of origin per part,
and a conflict minerals (CMRT) declaration. This is required for all active suppliers of Lakeside Water
Products, including Mingda for PO 55-2031.

Regards,
Supplier Quality, Lakeside Water Products""",
     attach=[("Supplier_Questionnaire_2027.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\x03\x04 questionnaire")])

mail("gx-en-ae-gmail-stock-lot-usdt.eml", provider="gmail", date="2026-12-01 14:30:00", offset="+0400",
     **{"from": "Imran Qureshi <imran.qureshi.stocklots@gmail.com>"}, lang="en", kind="inquiry", part=COMBINED,
     subject="Stock lot: any 4SP submersible pumps in stock?",
     body="""Hello,

We are a stock-lot trader in Dubai (Deira, Al Ras). Do you have any ready stock of 4SP submersible pumps
or peripheral pumps, including older models or customer cancellations? We buy the whole lot at a discount,
FOB, pickup within 2 weeks. Payment by TT 50/50 or USDT if you prefer; for USDT we pay from our company
wallet after you send the list and photos.

Imran Qureshi
Al Ras General Trading LLC, Dubai
+971 55 555 9034""")

mail("gx-en-ses-fair-directory.eml", provider="ses", date="2026-11-30 02:00:00", offset="+0000",
     **{"from": "IFAT Exhibitor Service <exhibitors@ifat.example>"}, lang="en", kind="ham", part=COMBINED,
     subject="IFAT 2027: please check your entry in the exhibitor directory",
     body="""Dear exhibitor,

Your company's entry in the IFAT 2027 online exhibitor directory is included in your stand package at no
extra cost. Please check your company profile, product categories and stand number (Hall A3, 221) in the
Exhibitor Shop before 15 January 2027; after that date the printed catalogue goes to press.

If you did not book a stand for 2027, please ignore this message.

Your IFAT Exhibitor Service team""")

mail("gx-zh-workspace-it-mailbox.eml", provider="workspace", date="2026-12-01 09:00:00", offset="+0800",
     **{"from": "信息部 王工 <it@mingda-pumps.example>"}, lang="zh", kind="ham", part=COMBINED,
     subject="邮箱容量提醒：sales@ 已用 92%",
     body="""各位同事：

sales@mingda-pumps.example 邮箱已使用 92% 的容量，满了以后客户的邮件会被退回。请本周五前把 2024 年以前的
邮件归档到本地，或删除大附件。不需要点击任何链接，有问题直接打分机 8021 找我。

信息部 王工""")

mail("gx-zh-workspace-tuishui.eml", provider="workspace", date="2026-11-30 15:30:00", offset="+0800",
     **{"from": "财务部 李会计 <finance@mingda-pumps.example>"}, lang="zh", kind="ham", part=COMBINED,
     subject="11月出口退税资料",
     body="""Lily：

11月的出口退税要申报了，请把以下订单的报关单号、提单和外汇水单发我：MD-26-1187（迪拜）、MD-26-1203
（新加坡）、GF-118（肯尼亚）。肯尼亚那票的滞港费客户要我们承担，金额确认后请告诉我，从下一票货款里扣。

财务部 李会计""")

mail("gx-fr-ci-gmail-inspection-douane.eml", provider="gmail", date="2026-12-01 10:50:00", offset="+0000",
     **{"from": "Koffi Yao <koffi.yao.equipements@gmail.com>"}, lang="fr", kind="inquiry", part=COMBINED,
     subject="Commande pompes - inspection avant embarquement et dédouanement Abidjan",
     body="""Bonjour Madame,

Pour notre commande de 80 pompes immergées 4" (2,2 kW) CFR Abidjan : la Côte d'Ivoire exige une inspection
avant embarquement ; c'est nous qui la demandons et la payons auprès de Bureau Veritas. Les droits de douane
et le dédouanement au port d'Abidjan sont à notre charge, notre transitaire s'en occupe. De votre côté, il
faut seulement la facture, la liste de colisage et le certificat d'origine.

Cordialement,
Koffi Yao
Yao Équipements SARL, Abidjan""")

mail("gx-pt-br-gmail-lc-garantia.eml", provider="gmail", date="2026-11-30 17:40:00", offset="-0300",
     **{"from": "Roberto Almeida <roberto.almeida.saneamento@gmail.com>"}, lang="pt", kind="inquiry", part=COMBINED,
     subject="Licitação saneamento - carta de crédito e garantia de execução",
     body="""Prezada Lily,

Vencemos a licitação da companhia de saneamento de Goiás: 36 bombas submersíveis 6" de 15 cv, CIF Santos.
O pagamento será por carta de crédito à vista do Banco do Brasil; as despesas bancárias no Brasil são nossas
e as de fora do Brasil do beneficiário. O edital pede uma garantia de execução de 5% emitida por banco; se
a vossa empresa não puder emitir, nós a emitimos aqui e incluímos o custo no nosso preço.

Atenciosamente,
Roberto Almeida
Almeida Saneamento Ltda., Goiânia""")

CHATS += [
    {"id": "cx-en-01", "channel": "whatsapp", "received_at": "2026-12-01T18:10:00+08:00", "name": "Sipho",
     "phone": "+27 82 555 3190", "country": "ZA", "class": "genuine", "lang": "en", "kind": "inquiry",
     "part": COMBINED,
     "body": "Hi Lily, no order yet, tender closes 12 Dec. Need your price list for 6\" borehole pumps and who makes the motors (spec asks). 24 sets if we win, CIF Durban"},
    {"id": "cx-ru-01", "channel": "im", "received_at": "2026-12-01T15:40:00+08:00", "name": "Сергей",
     "country": "RU", "class": "genuine", "lang": "ru", "kind": "inquiry", "part": COMBINED,
     "body": "Заказа пока нет, сравниваем поставщиков. Пришлите прайс-лист на погружные насосы 4SP и напишите, чьи двигатели и подшипники"},
    {"id": "cx-tr-01", "channel": "whatsapp", "received_at": "2026-12-01T19:20:00+08:00", "name": "Murat",
     "phone": "+90 533 555 2104", "country": "TR", "class": "genuine", "lang": "tr", "kind": "inquiry",
     "part": COMBINED,
     "body": "Numune için USDT ile ödeme yapabiliriz, cüzdan adresinizi atar mısınız? Kargoyu bizim DHL hesabımızdan gönderin. Sonra 80 adet sipariş"},
    {"id": "cx-es-01", "channel": "whatsapp", "received_at": "2026-12-01T06:50:00+08:00", "name": "Ricardo",
     "phone": "+52 33 5555 8120", "country": "MX", "class": "genuine", "lang": "es", "kind": "reply",
     "part": COMBINED,
     "body": "Lily, el contenedor está retenido en Manzanillo porque falta el certificado de origen. El agente aduanal ya pagó el almacenaje, mándeme el certificado hoy por favor"},
]
