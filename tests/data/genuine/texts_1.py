"""Genuine buyers, part 1: Spanish and Portuguese. Hand-written; see make_genuine.py for the format."""

TEXT = """
=== es-gmail-short-fob
p: gmail
from: Carlos Martínez <carlos.m1985@gmail.com>
date: 2026-11-18 10:42 +0100
subj: Precio
lang: es
cc: ES
note: two-sentence Spanish from Gmail, digits in the user name (the issue's own example)
---
Hola, quiero 500 piezas. ¿Precio FOB?

Carlos
=== es-gmail-whatsapp-llaves
p: gmail
from: Javier Ruiz <javi.ruiz.1979@gmail.com>
date: 2026-11-16 17:05 +0100
subj: Juego de llaves combinadas
lang: es
cc: ES
opts: html
note: short Spanish with a WhatsApp number in the signature, HTML+plain
---
Buenas tardes,

Necesito precio de juego de llaves combinadas 8-22 mm, 12 piezas, para 1.000 juegos. Entrega en Valencia.

Saludos,
Javier Ruiz
WhatsApp: +34 654 218 937
=== es-outlook-ferreteria-long
p: outlook
region: EUR
from: Marta Sánchez Pérez <marta_sanchez_ferreteria@hotmail.com>
date: 2026-11-10 09:18 +0100
subj: Solicitud de presupuesto - linternas LED recargables
lang: es
cc: ES
opts: html
note: long detailed Spanish RFQ from Hotmail: quantities, specs, CE/RoHS, FOB Ningbo, T/T 30/70
---
Estimados señores:

Somos una ferretería con tres tiendas en Zaragoza y estamos buscando un proveedor de linternas LED recargables para la campaña de Navidad y para todo el año 2027.

Nos interesan los siguientes modelos de su catálogo:
- Linterna de trabajo 20W con imán y gancho, batería 4400 mAh, carga USB-C: 600 unidades
- Linterna frontal 350 lúmenes con sensor de movimiento: 1.200 unidades
- Foco LED 50W con trípode, IP65: 300 unidades

Necesitamos que los productos tengan marcado CE y RoHS, y el manual en español. Si es posible, nos gustaría poner nuestro logo en la caja (caja de color individual).

Por favor, envíennos:
1. Precio unitario FOB Ningbo para cada modelo
2. Cantidad mínima de pedido (MOQ) con logo y sin logo
3. Plazo de fabricación
4. Condiciones de pago (normalmente trabajamos con T/T 30% de anticipo y 70% contra copia del B/L)

El destino final es el puerto de Valencia. Si el precio es interesante, pediríamos una muestra de cada modelo antes del pedido.

Un saludo cordial,

Marta Sánchez Pérez
Departamento de Compras
Ferretería Hermanos Sánchez S.L.
Tel. +34 976 41 22 85
=== es-mx-gmail-muestra
p: gmail
from: Dell Ortiz <dell.ortiz.mx@gmail.com>
date: 2026-11-12 11:27 -0600
subj: Muestra de lámpara colgante
lang: es
cc: MX
note: Mexican buyer whose first name is a brand (Dell), sample with quantity and spec
---
Buen día,

Me interesa la lámpara colgante de ratán modelo SR-P018, diámetro 45 cm, base E27. Quisiera 2 muestras primero y después un pedido de 300 piezas para nuestra tienda en Guadalajara.

¿Cuánto cuesta el envío de las muestras por DHL a México?

Gracias,
Dell Ortiz
Casa Ortiz Iluminación
Cel. +52 33 1845 6621
=== es-co-yahoo-short
p: yahoo
region: bf2
from: Andrés Felipe Gómez <andresfgomez77@yahoo.com>
date: 2026-11-19 08:14 -0500
subj: Cotizacion
lang: es
cc: CO
note: very short Colombian Spanish from Yahoo, digits in user name, no accents in the subject
---
Buenos dias, me envia cotizacion de 200 juegos de destornilladores? Gracias
=== es-ar-reply-quoted
p: gmail
from: Lucía Fernández <lufernandez.importaciones@gmail.com>
date: 2026-11-20 15:31 -0300
subj: Re: Quotation SR-2611-045 cinta de embalar
lang: es
cc: AR
reply: q2611045.lily
note: Argentine reply in Spanish above the seller's English quote ("El ... escribió:" + "> " lines)
---
Hola Lily,

Gracias por la cotización. El precio de la cinta de 48 mm x 100 m está un poco alto para nosotros. Si subimos a 2 contenedores de 20', ¿pueden bajar a USD 0,52 el rollo? También necesitamos saber si pueden imprimir nuestro logo en una tinta.

Saludos,
Lucía

El mar, 17 nov 2026 a las 10:05, Lily Zhang (<lily@sunrise-tools.cn>) escribió:
> Dear Lucia,
>
> Thank you for your inquiry. Please find our quotation below:
> BOPP packing tape 48mm x 100m, 45 micron, clear: USD 0.58/roll FOB Ningbo
> MOQ: 1x20' container (about 36,000 rolls)
> Lead time: 20 days after deposit
> Payment: T/T 30% deposit, 70% before shipment
>
> Looking forward to your reply.
>
> Best regards,
> Lily Zhang
> Ningbo Sunrise Industrial & Trading Co., Ltd.
=== es-cl-outlook-mixed
p: outlook
region: NAM
from: Rodrigo Valenzuela <rvalenzuela_cl@outlook.com>
date: 2026-11-09 12:44 -0300
subj: Inquiry kitchen knives
lang: es
mixed: yes
cc: CL
note: mixed: Spanish paragraph then the same request in weak English
---
Estimados, somos importadores en Santiago y buscamos set de cuchillos de cocina acero inoxidable 6 piezas con soporte de madera.

Dear sir, we need 800 sets, please send price CIF San Antonio Chile and MOQ. We need sample first 2 sets.

Saludos / Regards
Rodrigo Valenzuela
+56 9 8765 4312
=== es-pe-gmail-tiny
p: gmail
from: Rosa Quispe <rosaquispe2019@gmail.com>
date: 2026-11-23 21:40 -0500
subj: consulta
lang: es
cc: PE
note: evening tiny Peruvian message, digits in user name, lower-case subject
---
Hola buenas noches, tienen stock de cinta métrica 5 metros? necesito 300
=== es-workspace-distribuidor
p: workspace
from: Sergio Blanco <sblanco@suministrosblanco.es>
date: 2026-11-05 13:02 +0100
subj: Distribución de herramientas - pedido de prueba
lang: es
cc: ES
opts: html
note: Spanish company domain on Google Workspace, trial order with payment terms and Incoterms
---
Hola,

Soy Sergio, responsable de compras en Suministros Blanco (Burgos). Queremos hacer un pedido de prueba de alicates universales 8" y alicates de corte 6", 500 unidades de cada uno, con blíster y código EAN.

¿Nos podéis dar precio EXW y CIF Bilbao? Pago por carta de crédito a la vista o T/T, como prefiráis.

Gracias de antemano,
Sergio Blanco
Suministros Blanco S.L. | www.suministrosblanco.es
Tel. 947 20 31 55
=== es-own-disclaimer
p: own
host: mail.iluminacionlevante.es
from: Pilar Navarro <compras@iluminacionlevante.es>
date: 2026-11-24 10:05 +0100
subj: Paneles LED 60x60
lang: es
cc: ES
ua: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2
note: Spanish text over an English legal disclaimer, company's own Postfix server
---
Buenos días,

Necesitamos 400 paneles LED 60x60 de 40W, 4000K, con driver incluido y certificado CE. ¿Cuál sería el precio CIF Valencia y el plazo de entrega?

Un saludo,
Pilar Navarro
Iluminación Levante S.L.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying is strictly prohibited.
=== es-mx-outlook-late
p: outlook
region: NAM
from: Guadalupe Hernández <lupita_hdz88@hotmail.com>
date: 2026-11-13 23:12 -0600
subj: cajas de carton
lang: es
cc: MX
note: late-evening Mexican Hotmail, packaging, short
---
Hola, ocupo 5000 cajas de cartón corrugado 40x30x30 con impresión a una tinta. Me pasa precio y tiempo de entrega por favor.

Lupita
WhatsApp +52 1 55 3921 7740
=== es-icloud-iphone
p: icloud
from: Álvaro Gil <alvarogil@icloud.com>
date: 2026-11-21 18:50 +0100
subj: Sartenes
lang: es
cc: ES
note: iPhone mail with "Enviado desde mi iPhone"
---
Hola, ¿el MOQ de las sartenes antiadherentes de 28 cm es 500? Podemos pagar 30% por adelantado.

Enviado desde mi iPhone
=== es-zoho-taladros
p: zoho
from: Mercedes Benítez <mercedes@ferrobenitez.com.ar>
date: 2026-11-04 16:20 -0300
subj: Brocas para metal HSS
lang: es
cc: AR
note: Argentine company on Zoho, first name Mercedes (a brand), specs and DDP question
---
Buenas tardes.

Estamos interesados en juegos de brocas HSS para metal de 1 a 10 mm (19 piezas) en estuche metálico. Cantidad: 2.000 juegos. ¿Trabajan DDP Buenos Aires o solo FOB? ¿Qué certificados tienen?

Quedo atenta,
Mercedes Benítez
Ferro Benítez SRL
=== es-gmail-travel-cantonfair
p: gmail
from: Joaquín Herrera <joaquinherrera.tools@gmail.com>
date: 2026-10-22 19:35 +0800
subj: Visita a fábrica después de la feria
lang: es
cc: CN
note: Spanish buyer travelling in China (Canton Fair), Date +0800, phone IP in China
---
Hola Lily, nos vimos en la feria de Cantón ayer (stand 12.1 E23). Me gustaría visitar la fábrica el viernes. Me interesan las cajas de herramientas de 86 piezas, unas 1.500 unidades.

Joaquín Herrera
Móvil/WhatsApp: +34 619 744 302
=== es-outlook-reply-outlookstyle
p: outlook
region: EUR
from: Beatriz Ortega <b.ortega.compras@outlook.es>
date: 2026-11-25 12:10 +0100
subj: RE: Muestras de guantes de trabajo
lang: es
cc: ES
reply: gloves2611.lily
opts: html
note: Spanish reply on top of an Outlook-style English quote (De/Enviado block in English)
---
Hola Lily,

Recibimos las muestras, muy bien. Confirmamos pedido de 10.000 pares de guantes de nitrilo talla 9 y 10 (mitad y mitad). Por favor envíe la proforma.

Saludos
Beatriz

From: Lily Zhang <lily@sunrise-tools.cn>
Sent: Thursday, November 12, 2026 4:22 PM
To: Beatriz Ortega <b.ortega.compras@outlook.es>
Subject: Muestras de guantes de trabajo

Dear Beatriz,
The samples were sent today by DHL, tracking 4817 2290 36. Please check and give us your feedback.
Best regards,
Lily
=== pt-br-gmail-short
p: gmail
from: Joao Paulo Silva <joaopaulo.silva83@gmail.com>
date: 2026-11-17 09:05 -0300
subj: Orçamento
lang: pt
cc: BR
note: the issue's own Brazilian example, short, digits in user name
---
Bom dia, preciso de 200 unidades. Qual o preço?

João Paulo
=== pt-br-amazonas
p: exo
region: BRA
from: Compras Amazonas Comercial <compras@amazonascomercial.com.br>
date: 2026-11-11 14:30 -0300
subj: Cotação luminárias LED - Amazonas Comercial Ltda
lang: pt
cc: BR
opts: html
note: Brazilian company named Amazonas (a brand-like word) on Exchange Online, long, Incoterms and certificates
---
Prezados,

A Amazonas Comercial Ltda é distribuidora de material elétrico em Manaus e Belém. Gostaríamos de receber cotação para:

- Luminária LED tubular T8 18W 120 cm, 6500K, bivolt: 3.000 peças
- Refletor LED 100W IP66 com certificação INMETRO: 500 peças
- Lâmpada bulbo LED 9W E27: 10.000 peças

Preço CIF Manaus (ou FOB Shenzhen), prazo de produção e forma de pagamento. Precisamos também das fichas técnicas e do certificado INMETRO ou, se não tiverem, do relatório de ensaio.

Atenciosamente,

Paulo Henrique Barros
Gerente de Compras
Amazonas Comercial Ltda
Tel: +55 92 3232-4410 | WhatsApp: +55 92 99184-2231
=== pt-br-outlook-whatsapp
p: outlook
region: NAM
from: Fernanda Oliveira <fe.oliveira2020@hotmail.com>
date: 2026-11-22 20:15 -0300
subj: Panelas de inox
lang: pt
cc: BR
note: Brazilian Hotmail in the evening, kitchenware, WhatsApp request (a real buyer asking to talk on WhatsApp)
---
Boa noite! Tenho uma loja de utilidades domésticas em Campinas e quero comprar 300 jogos de panelas inox 5 peças. Vocês fazem envio para o Brasil? Se puder me chama no WhatsApp +55 19 99812-3047.

Obrigada,
Fernanda
=== pt-br-yahoo-tiny
p: yahoo
region: gq1
from: Marcos Pereira <marcospereira_1990@yahoo.com.br>
date: 2026-11-19 10:48 -0300
subj: preço
lang: pt
cc: BR
note: very short Brazilian Yahoo
---
Olá, qual o pedido mínimo das trenas de 5m?
=== pt-br-reply-escreveu
p: gmail
from: Rafael Costa <rafael.costa.imports@gmail.com>
date: 2026-11-26 16:22 -0300
subj: Re: Proforma Invoice PI-2611-088
lang: pt
cc: BR
reply: pi2611088.lily
note: Brazilian reply with "escreveu:" quote of the seller's English message, payment L/C question
---
Oi Lily,

Tudo certo com a proforma. Só uma dúvida: podemos pagar com carta de crédito (L/C at sight) em vez de T/T? Nosso banco é o Itaú. Se sim, já mando a minuta da L/C na segunda-feira.

Abraço,
Rafael

Em seg., 23 de nov. de 2026 às 04:11, Lily Zhang <lily@sunrise-tools.cn> escreveu:
> Hi Rafael,
> Attached is the PI-2611-088 for 1x40HQ of aluminium ladders.
> Payment: T/T 30% deposit, 70% against B/L copy.
> Please check and sign.
> Best regards,
> Lily
=== pt-br-workspace-embalagens
p: workspace
from: Camila Rocha <camila@embalaplus.com.br>
date: 2026-11-03 11:02 -0300
subj: Sacolas de papel kraft com logo
lang: pt
cc: BR
opts: html
note: Brazilian company domain on Workspace, OEM logo printing, sample with quantity
---
Olá, tudo bem?

Somos a EmbalaPlus, de Curitiba. Precisamos de 20.000 sacolas de papel kraft 32x26x12 cm com alça torcida e impressão do nosso logo em 2 cores. Poderiam mandar 5 amostras sem impressão para testarmos a gramatura (120 g)?

Qual o prazo até o porto de Paranaguá?

Obrigada!
Camila Rocha
EmbalaPlus Embalagens | (41) 3022-1190
=== pt-br-mixed-english
p: gmail
from: Thiago Almeida <thiago.almeida.br@gmail.com>
date: 2026-11-14 13:40 -0300
subj: Quote request - camping chairs
lang: pt
mixed: yes
cc: BR
note: mixed: English request plus a Portuguese closing paragraph
---
Hello,

We want to buy folding camping chairs with armrest, 600D oxford, max load 120 kg. Quantity 1000 pcs. Please send FOB price and catalog.

Se preferir, pode responder em português, temos uma pessoa no escritório que fala chinês também. Obrigado!

Thiago Almeida
Aventura Outdoor - São Paulo
=== pt-pt-gmail-short
p: gmail
from: Rui Carvalho <ruicarvalho.pt@gmail.com>
date: 2026-11-18 11:30 +0000
subj: Pedido de preço
lang: pt
cc: PT
note: European Portuguese, short, Lisbon +0000
---
Bom dia, gostaria de saber o preço de 500 candeeiros de mesa LED. Obrigado.

Rui Carvalho
=== pt-pt-sapo-like-own
p: own
host: mail.mobiliariominho.pt
from: Ana Sofia Ferreira <ana.ferreira@mobiliariominho.pt>
date: 2026-11-06 15:44 +0000
subj: Ferragens para mobiliário
lang: pt
cc: PT
opts: charset=iso-8859-1 qp
ua: Microsoft Outlook 16.0
note: European Portuguese, iso-8859-1 quoted-printable, furniture hardware with specs
---
Boa tarde,

Somos fabricantes de mobiliário em Paços de Ferreira. Precisamos de corrediças telescópicas de 450 mm (carga 45 kg, com amortecedor) e dobradiças de copo 35 mm com fecho suave.

Quantidades anuais aproximadas: 40.000 pares de corrediças e 120.000 dobradiças, em encomendas mensais.

Agradecemos preço FOB e CIF Leixões, prazo de entrega e condições de pagamento.

Com os melhores cumprimentos,
Ana Sofia Ferreira
Dep. Compras
=== pt-pt-outlook-reply
p: outlook
region: EUR
from: Miguel Sousa <miguel.sousa1977@hotmail.com>
date: 2026-11-27 09:40 +0000
subj: RE: Sample of electric kettles
lang: pt
cc: PT
reply: kettle2611.lily
note: European Portuguese reply above an English quote, digits in user name
---
Olá Lily,

A amostra chegou ontem. A qualidade está boa mas o cabo é curto, precisamos de 1 metro com ficha europeia (Schuko). Com esta alteração, o preço mantém-se para 1.200 unidades?

Cumprimentos,
Miguel Sousa
Tlm: +351 912 448 730

-----Original Message-----
From: Lily Zhang <lily@sunrise-tools.cn>
Sent: 20 November 2026 08:31
To: Miguel Sousa <miguel.sousa1977@hotmail.com>
Subject: Sample of electric kettles

Dear Miguel, the sample of the 1.7L kettle (model SK-17) was sent by FedEx. Please let us know your comments.
=== pt-br-zoho-moq
p: zoho
from: Bruno Nascimento <bruno@ferramentasnorte.com.br>
date: 2026-11-25 08:20 -0300
subj: MOQ chaves
lang: pt
cc: BR
note: short Brazilian on Zoho
---
Bom dia! Qual o MOQ para jogo de chaves allen com logo gravado? Precisamos de 2.000 jogos.

Bruno
=== pt-br-late-night
p: gmail
from: Larissa Mendes <larimendes.decor@gmail.com>
date: 2026-11-09 23:48 -0300
subj: Luminárias de mesa
lang: pt
cc: BR
note: Brazilian buyer writing near midnight, short
---
Oi, boa noite. Vi as luminárias de mesa no Alibaba. Vocês vendem 100 unidades? Quanto fica?
=== pt-br-qp-html-long
p: outlook
region: NAM
from: Eduardo Lima <eduardo_lima_eng@outlook.com>
date: 2026-11-02 10:15 -0300
subj: Rolamentos e peças para máquinas
lang: pt
cc: BR
opts: html
note: long Brazilian machinery-parts RFQ with part numbers and certificates
---
Bom dia,

Trabalho na manutenção de uma indústria de alimentos em Ribeirão Preto e estamos buscando fornecedor alternativo para peças de reposição. Segue lista:

1) Rolamento 6205-2RS - 2.000 pcs
2) Rolamento 6306-ZZ - 800 pcs
3) Mancal UCP208 - 300 pcs
4) Correia dentada HTD 8M-1200-30 - 150 pcs

Precisamos de certificado de origem e, se possível, certificado de material. O pagamento seria 30% antecipado e 70% na entrega do BL. Entrega no porto de Santos.

Conseguem cotar até sexta-feira? Temos uma parada de manutenção programada para janeiro.

Att,
Eduardo Lima
Engenharia de Manutenção
Cel./WhatsApp: +55 16 99712-5408
=== es-gmail-catalogue-with-need
p: gmail
from: Nicolás Romero <nico.romero.distrib@gmail.com>
date: 2026-11-06 12:00 -0300
subj: Catálogo y precios - sillas de oficina
lang: es
cc: AR
note: Argentine buyer asks for the catalogue together with a concrete need (chairs, quantity, port)
---
Hola, ¿me pueden mandar el catálogo de sillas de oficina? Buscamos una silla ergonómica con apoyo lumbar, respaldo de malla y base de nylon, unas 250 unidades para equipar oficinas. Entrega en Buenos Aires.

Gracias
Nicolás Romero
=== es-gmail-paypal-sample
p: gmail
from: Chase Miller <chase.miller.bcn@gmail.com>
date: 2026-11-15 11:41 +0100
subj: Muestra de bolsas de tela
lang: es
cc: ES
note: buyer named Chase (a bank name) writing Spanish from Barcelona, asks to pay the sample by PayPal
---
Hola,

Me llamo Chase, soy estadounidense pero vivo en Barcelona y tengo una pequeña marca de bolsas. Quiero 3 muestras de bolsa tote de algodón 12 oz, 38x42 cm, color natural. ¿Puedo pagar las muestras con PayPal? Luego el pedido sería de 1.000 unidades con mi logo serigrafiado.

Gracias,
Chase Miller
=== es-web-form-like
p: gmail
from: Patricia Morales <patymorales.1992@gmail.com>
date: 2026-11-28 09:30 -0600
subj: Re: Información
lang: es
cc: MX
reply: info2611.sales
note: Mexican reply "El ... escribió:" quoting the seller's first answer, short new text
---
Perfecto, entonces mándeme la cotización de 600 piezas del modelo de 16 pulgadas, color negro.

El jue, 26 nov 2026 a las 19:40, Sunrise Sales (<sales@sunrise-tools.cn>) escribió:
> Dear Patricia,
> Thanks for your interest. The desk fan comes in 12, 14 and 16 inch, black or white. Which size and quantity do you need?
> Best regards
"""
