"""Word families the probe's sixth part (and the fifth's remaining misses) led to, each triaged whole as a
buyer or a fraudster would send it, beside genuine shapes that must stay silent:

- SELLER_PAYS_RELEASE_FEE: the seller is to pay a forwarder's documentation / clearance fee, a customs
  hold's demurrage, an LC activation / bank-guarantee fee, a "nominated" inspector's fee or an escrow's
  compliance bond, AND it is refunded later, releases the goods, or goes to the buyer's forwarder / bank
  (en, es, pt, fr, de, it, ru, tr, ar); a CIF / DDP buyer naming who pays freight or duty is no fraud;
- the overpaid sample: "deduct your cost and send the rest to the courier" (en, es, pt, fr);
- CRYPTO_FOR_STOCK_WITH_WALLET (or, naming no port, the older CRYPTO_FOR_WHATEVER_IN_STOCK): crypto or an OTC
  desk for "all stock you have", wallet asked (en, pt, ru);
- DIRECTORY_LISTING_FEE: a directory / exhibitor-guide entry that expires for a publication fee;
- TAX_REFUND_LINK_LURE: a tax refund behind a free-host link;
- SPY_NO_ORDER_YET and ASKS_TRADE_SECRETS: the full price list or "who makes your motors", "no order yet".
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Tue, 01 Dec 2026 10:00:00 +0000", message_id="<family6-1@mail.example>",
          mail_source="family6.eml", chat_source="family6.jsonl:1",
          chat_fields={"id": "f6-1", "channel": "whatsapp", "received_at": "2026-12-01T10:40:00+08:00",
                       "name": "Sam", "phone": "+44 7700 900 318"})
triaged, triaged_chat = KIT.mail, KIT.chat


GMAIL = "Tom Baker <tom.baker.trading@gmail.com>"

HITS = [
    ("SELLER_PAYS_RELEASE_FEE", GMAIL, "Order - forwarder booking",
     "Hello,\n\nWe confirm the order of your irrigation pumps. Our forwarder will collect at your factory, but\n"
     "the seller has to pay the export documentation fee of USD 540 to them first; we will refund it with\n"
     "the balance payment.\n\nTom"),
    ("SELLER_PAYS_RELEASE_FEE", "Clearing Desk <clearing.desk.port@outlook.com>", "Container held",
     "Dear shipper,\n\nContainer MSKU 1180442 is held at the port. The storage and penalty charges of USD 1,200 are to be "
     "paid by the shipper before the goods can be released.\n\nClearing desk"),
    ("SELLER_PAYS_RELEASE_FEE", "Ana Torres <ana.torres.compras@gmail.com>", "Carta de crédito",
     "Estimados,\n\nPara liberar la carta de crédito, el proveedor debe pagar la comisión de emisión de 900 USD a "
     "nuestro banco.\n\nAna"),
    ("SELLER_PAYS_RELEASE_FEE", "Pierre Kouassi <pierre.kouassi.import@gmail.com>", "Commande",
     "Bonjour,\n\nLe fournisseur doit régler les frais de garantie bancaire de 700 USD, nous rembourserons ces frais "
     "avec le paiement.\n\nPierre"),
    ("SELLER_PAYS_RELEASE_FEE", "Hans Vogel <hans.vogel.handel@gmail.com>", "Bestellung",
     "Guten Tag,\n\nSie müssen vorab die Inspektionsgebühr von 350 USD zahlen, der Betrag wird mit der Zahlung "
     "verrechnet.\n\nHans"),
    ("SELLER_PAYS_RELEASE_FEE", "Omar Said <omar.said.trade@gmail.com>", "طلب",
     "مرحبا،\n\nعلى المورد دفع رسوم الفحص 400 دولار لدى وكيلنا قبل الشحن، وسنعيد لكم المبلغ مع الدفعة.\n\nعمر"),
    ("SELLER_MUST_PAY_FEE", GMAIL, "Samples",
     "Dear supplier,\n\nOur agent will send you USD 2,000 for the samples; kindly deduct your sample cost and wire the "
     "remaining balance to our courier agent.\n\nTom"),
    ("CRYPTO_FOR_STOCK_WITH_WALLET", "Ray <ray.otc.buyer@gmail.com>", "buying",
     "Hi, we settle through an OTC desk in USDT. We take all the stock you have, shipping to Lagos. "
     "Send your wallet address and PI."),
    ("CRYPTO_FOR_WHATEVER_IN_STOCK", "Rui <rui.compras2026@gmail.com>", "compra",
     "Olá, compro tudo que vocês têm em estoque, pagamento em USDT. Mandem o endereço da carteira."),
    ("DIRECTORY_LISTING_FEE", "Listing Office <office@expo-registry.example>", "Your listing 2027",
     "Dear exhibitor,\n\nYour entry in the International Trade Fair Directory expires on 10 December. To keep your "
     "entry, sign and return the enclosed form. Annual listing fee EUR 1,090.\n\nListing Office"),
    ("TAX_REFUND_LINK_LURE", "Tax Service <notice@tax-service-refunds.example>", "Refund pending",
     "You are eligible for a tax refund of 315.20 EUR. Claim it here: https://tax-claim-portal.netlify.app/form"),
    ("SPY_NO_ORDER_YET", "Lee <lee.sourcing.asia@gmail.com>", "price list",
     "Hello, please send your complete price list and the names of your motor suppliers. "
     "There is no order at the moment, we are studying the market."),
]

MISSES = [
    (GMAIL, "RFQ pumps DDP",
     "Hello,\n\nPlease quote 200 pcs of CDLF 4-60 pumps DDP Hamburg. Under DDP the seller has to pay customs clearance "
     "and duty in Germany. Payment T/T 30/70.\n\nTom"),
    ("Ana Torres <ana.torres.compras@gmail.com>", "Pedido",
     "Estimados,\n\nAbriremos la carta de crédito en nuestro banco la próxima semana; nosotros pagamos la comisión de "
     "emisión. Favor enviar la proforma de 300 bombas.\n\nAna"),
    ("Rui <rui.compras2026@gmail.com>", "pedido",
     "Olá, precisamos de 100 bombas 4SP8-20, pagamento por transferência bancária, entrega em Santos."),
    (GMAIL, "Samples",
     "Dear supplier,\n\nPlease deduct the sample cost from our first order and send the rest of the goods to our "
     "forwarder in Felixstowe.\n\nTom"),
    ("IFAT <newsletter@ifat-news.example>", "IFAT 2028",
     "Exhibitor registration for IFAT 2028 opens in spring 2027. Visit our website for the floor plan."),
    ("Lee <lee.sourcing.asia@gmail.com>", "price list",
     "Hello, please send the price list for 500 pcs of model QB60, FOB Ningbo. We have no order yet but plan one in March."),
    ("Finance <finance@our-company.example>", "VAT rebate",
     "The export tax refund for November has arrived in our account. Details in the ERP."),
]


@pytest.mark.parametrize("rule,sender,subject,body", HITS, ids=[f"{h[0]}-{i}" for i, h in enumerate(HITS)])
def test_family_hit_is_flagged(rule: str, sender: str, subject: str, body: str) -> None:
    result = triaged(sender, subject, body)
    assert rule in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("sender,subject,body", MISSES, ids=[m[1] for m in MISSES])
def test_genuine_shape_is_not_flagged(sender: str, subject: str, body: str) -> None:
    result = triaged(sender, subject, body)
    new = {"SELLER_PAYS_RELEASE_FEE", "CRYPTO_FOR_STOCK_WITH_WALLET", "DIRECTORY_LISTING_FEE", "TAX_REFUND_LINK_LURE",
           "SPY_NO_ORDER_YET", "SELLER_MUST_PAY_FEE"}
    assert not rules_of(result) & new, result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("body,rule", [
    ("my forwarder wants you to pay the $300 documentation fee first, we refund it with the payment", "SELLER_PAYS_RELEASE_FEE"),
    ("la mercadería está en aduana; el proveedor debe pagar los gastos de despacho para liberar el contenedor", "SELLER_PAYS_RELEASE_FEE"),
    ("I pay for the samples through my agent, deduct your cost and send the rest to the courier", "SELLER_MUST_PAY_FEE"),
    ("pay via OTC desk in USDT, I take any pumps you have available, confirm your wallet", "CRYPTO_FOR_WHATEVER_IN_STOCK"),
], ids=["en-doc-fee", "es-customs", "en-sample-agent", "en-otc"])
def test_chat_line_hit(body: str, rule: str) -> None:
    result = triaged_chat(body)
    assert rule in rules_of(result), result["reasons"]
    assert result["suspicious"]


@pytest.mark.parametrize("body", [
    "Hi, under DDP you pay the customs clearance in Rotterdam, right? We need 50 pumps 2HP",
    "we pay the inspection fee to SGS ourselves, please confirm the date for 300 pcs",
    "can I pay in USDT for 20 pcs of QB60 to Lagos?",
])
def test_chat_line_genuine(body: str) -> None:
    result = triaged_chat(body)
    assert not {"SELLER_PAYS_RELEASE_FEE", "CRYPTO_FOR_STOCK_WITH_WALLET", "SELLER_MUST_PAY_FEE"} & rules_of(result), result["reasons"]
