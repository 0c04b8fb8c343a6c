"""Word families the probe's seventh part led to, each triaged whole as a buyer or a fraudster would send it
(in wording of its own, not the probe's items), beside genuine shapes that must stay silent:

- SELLER_MUST_PAY_FEE: an adverb between the seller and the verb ("you just need to pay the ... permit fee"), an
  amount before the fee's kind, a certificate "from our consultant at a cost of" across a line break, the same
  ask in Hinglish ("aapko ... registration fee ... agent ko bhejna padega");
- SELLER_PAYS_RELEASE_FEE: a registration / certificate / homologation fee the seller is to pay, noun first
  (es "el costo ... lo debe pagar el proveedor", tr "... ücreti ... ödemeniz gerekiyor") or after "obtenir le
  certificat" (fr "frais ... à votre charge"), with "se descontará" / "ödeme sonrası sipariş" / ar refund words
  (an es "tasa de registro" from a free mailbox is SELLER_MUST_PAY_FEE already);
- overpayment passed on: a cheque / bank draft whose balance is wired to the shipper or by MoneyGram; "I overpaid,
  refund it to my freight agent"; "send back the 1,500 USDT to my driver's wallet";
- CRYPTO_FOR_STOCK_WITH_WALLET: "todo o estoque" with "o endereço da sua carteira" (pt), "весь склад", "оплата
  только в ..." (ru);
- ASKS_WHO_MAKES_PARTS_WITH_SPY_ASK: "who makes your motors" / "your cost price" only beside the full price
  list, "no order yet" or a comparison; alone (an engineer's question) it scores nothing;
- OFF_PLATFORM_FIRST_CONTACT_TO_ANYONE, QR_CODE_SIGN_IN_LURE, PARCEL_SMALL_FEE_LURE;
- after the part's unseen "seventh-fresh" items: the overpayment's spans cross a wrapped line and a "4.200"; pt
  "sua empresa deve pagar a taxa de registro"; en "bond of USD 250 paid by your factory ... they refund it"; tl
  "nag-overpay ... sa account ng ahente"; FEE_IN_CRYPTO_TO_RELEASE_FUNDS; the QR code named before the verb;
  an amount before the parcel fee (fr); SPY_ASKS_COSTS_NO_ORDER (the seller's costs or parts' makers, "not
  ordering now", no quantity or terms); BANK_CHANGE_PUSHED_WITH_INVOICE (a new account announced, the old one
  pushed away - "do not use the old account", "changed due to an audit" - beside an invoice to pay);
- after the second unseen batch ("seventh-fresh2"): FEE_REFUNDED_VIA_BUYERS_AGENT, a fee with its amount paid to the
  writer's own agent / broker / office and refunded, credited back or deducted from the first invoice, in any
  phrasing (the payer need not be named in the same sentence);
- the reader's own Exchange bounce ("Microsoft Outlook" <MicrosoftExchange + 32 hex @ the reader's domain>) is no
  brand impersonation and no digit-stuffed user name; the same name on another domain still is.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import TO, Kit, rules_of

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Tue, 01 Dec 2026 10:00:00 +0000", message_id="<family7-1@mail.example>",
          mail_source="family7.eml", chat_source="family7.jsonl:1",
          chat_fields={"id": "f7-1", "channel": "whatsapp", "received_at": "2026-12-01T10:40:00+08:00",
                       "name": "Sam", "phone": "+44 7700 900 412"})
GMAIL = "Paul Grant <paul.grant.imports@gmail.com>"
# Crypto for "all the stock" with the wallet asked: the rule naming a port or model, or the older one naming none.
CRYPTO = "CRYPTO_FOR_STOCK_WITH_WALLET|CRYPTO_FOR_WHATEVER_IN_STOCK"

MAIL_HITS = [
    ("SELLER_MUST_PAY_FEE", GMAIL, "Order of air coolers",
     "Hello,\n\nWe are ready to order 1,200 air coolers. You just need to pay the import permit fee of $95 to our\n"
     "clearing agent before we issue the PO.\n\nPaul"),
    ("SELLER_MUST_PAY_FEE", GMAIL, "Supplier approval",
     "Dear Supplier,\n\nBefore the contract, you must obtain the supplier registration certificate from\n"
     "our appointed consultant at a cost of USD 480.\n\nPaul"),
    ("SELLER_MUST_PAY_FEE", "Lucia Ramos <lucia.ramos.importadora@gmail.com>", "Pedido",
     "Hola,\n\nQueremos hacer el pedido. La tasa de registro sanitario de 250 USD la debe pagar el proveedor; "
     "se descontará de la factura.\n\nLucía"),
    ("SELLER_PAYS_RELEASE_FEE", "Awa Traoré <awa.traore.negoce@gmail.com>", "Commande",
     "Bonjour,\n\nVous devez obtenir l'attestation de conformité auprès de notre bureau. Les frais de 300 EUR "
     "sont à votre charge et seront remboursés avec l'acompte.\n\nAwa"),
    ("SELLER_PAYS_RELEASE_FEE", "Burak Demir <burak.demir.dis@gmail.com>", "Sipariş",
     "Merhaba,\n\nKayıt ücreti olan 150 doları acenteye ödemeniz gerekiyor, ödeme sonrası sipariş verilecek.\n\nBurak"),
    ("SELLER_PAYS_RELEASE_FEE", "Hamad <hamad.trading.co@gmail.com>", "طلب شراء",
     "مرحبا،\n\nعلى المورد دفع رسوم التسجيل 300 دولار إلى مكتب الوكيل، وسيتم استرجاعها مع الدفعة الأولى.\n\nحمد"),
    ("SELLER_MUST_PAY_FEE", "Diego Ruiz <diego.ruiz.importa@gmail.com>", "Pago",
     "Hola,\n\nLe mandamos un cheque por 14.500 USD que incluye el transporte; por favor gire el saldo de\n"
     "4.200 USD a nuestro agente de carga.\n\nDiego"),
    ("SELLER_PAYS_RELEASE_FEE|SELLER_MUST_PAY_FEE", "Rita Nunes <rita.nunes.compras@gmail.com>", "Credenciamento",
     "Olá,\n\nPara o credenciamento, sua empresa deve pagar a taxa de registro de R$ 900 ao nosso despachante; "
     "será devolvida depois.\n\nRita"),
    ("SELLER_PAYS_RELEASE_FEE", GMAIL, "Shipment",
     "Hi,\n\nOur broker needs a customs bond of USD 250 paid by your factory before shipment; they refund it after "
     "clearance.\n\nPaul"),
    ("FEE_IN_CRYPTO_TO_RELEASE_FUNDS", "Relief Desk <relief.desk.office@gmail.com>", "Compensation",
     "Dear beneficiary,\n\nTo receive the compensation payment, the release fee of 250 USDT must be sent today.\n"),
    ("BANK_CHANGE_PUSHED_WITH_INVOICE", "Accounts <accounts@fastfreight-asia.example>", "Invoice INV-5521",
     "Dear Customer,\n\nOur bank details have changed due to an internal audit. Please settle invoice INV-5521 to "
     "the new account below and do not use the old account.\n\nBeneficiary: Fastfreight Asia Ltd\nAccount: "
     "4410 2291 0087\n\nAccounts"),
    ("FEE_REFUNDED_VIA_BUYERS_AGENT", "Ana Mendes <ana.mendes.concursos@gmail.com>", "Inscrição",
     "Olá,\n\nA sua proposta foi aceite. As despesas de inscrição, no valor de 280 USD, são liquidadas com o nosso "
     "representante e voltam na primeira transferência: serão reembolsadas.\n\nAna"),
    ("FEE_REFUNDED_VIA_BUYERS_AGENT", "Karim Benali <karim.benali.achats@gmail.com>", "Agrément",
     "Bonjour,\n\nLes droits d'agrément, soit 280 EUR, se règlent auprès de notre cabinet et vous seront "
     "remboursés à la livraison.\n\nKarim"),
    ("SELLER_MUST_PAY_FEE", GMAIL, "Payment",
     "Hi,\n\nOur client mailed a bank draft for USD 12,400 today for your invoice of USD 7,900. Please wire the\n"
     "balance to the shipper by MoneyGram once it clears.\n\nPaul"),
    ("SELLER_MUST_PAY_FEE", GMAIL, "USDT sent",
     "Hi,\n\nI sent 5,000 USDT for the order of 3,500. Please send back the 1,500 USDT to my driver's wallet, he\n"
     "collects the goods tomorrow.\n\nPaul"),
    (CRYPTO, "Beto <beto.compras.br@gmail.com>", "compra",
     "Olá, compro todo o estoque disponível, pagamento em USDT. Qual o endereço da sua carteira?"),
]

CHAT_HITS = [
    ("SELLER_MUST_PAY_FEE", "sorry I overpaid you 2,000 USD, please return it to our freight agent account"),
    ("SELLER_MUST_PAY_FEE", "sir aapko 2000 rupees vendor registration fee hamare agent ko bhejna padega"),
    (CRYPTO, "Оплата только в биткоинах, берём весь склад, дайте адрес кошелька"),
    ("ASKS_WHO_MAKES_PARTS_WITH_SPY_ASK", "need the complete price list of all models and who makes your motors, "
                                          "your cost price too. just comparing"),
    ("OFF_PLATFORM_FIRST_CONTACT_TO_ANYONE", "Hello dear supplier, my email is down, message me on Telegram @sourcing_ann"),
    ("SELLER_MUST_PAY_FEE", "nag-overpay po ako, paki-refund na lang po sa account ng ahente ko"),
    ("SPY_ASKS_COSTS_NO_ORDER", "what's your production cost per unit and which factory makes your impellers? not buying yet"),
    ("PARCEL_SMALL_FEE_LURE", "Colissimo : votre colis est retenu, payez 2,49 € de frais de réexpédition : https://colis-suivi.top/r"),
    ("PARCEL_SMALL_FEE_LURE", "FedEx: parcel 4471 on hold, pay the redelivery fee of $1.99 at https://fedex-track.click/x"),
]


@pytest.mark.parametrize("rule,sender,subject,body", MAIL_HITS, ids=[f"{h[0]}-{i}" for i, h in enumerate(MAIL_HITS)])
def test_mail_hit_is_flagged(rule: str, sender: str, subject: str, body: str) -> None:
    result = KIT.mail(sender, subject, body)
    assert set(rule.split("|")) & rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("rule,body", CHAT_HITS, ids=[f"{h[0]}-{i}" for i, h in enumerate(CHAT_HITS)])
def test_chat_hit_is_flagged(rule: str, body: str) -> None:
    result = KIT.chat(body)
    assert set(rule.split("|")) & rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


def test_qr_code_named_before_the_verb_scores() -> None:
    result = KIT.mail("Billing <billing@invoice-notice.example>", "Invoice",
                      "The QR code below holds your invoice: scan it with your phone and log in with your mailbox "
                      "password.")
    assert "QR_CODE_SIGN_IN_LURE" in rules_of(result), result["reasons"]


@pytest.mark.parametrize("body", [
    "Who makes your motors? We are not ordering now, the project starts in March: 120 pcs KY-AF900 to Mombasa",
    "we pay 0.5 BTC deposit for 40 pcs KY-EC250 to Tallinn, balance before shipment",
    "To release the goods at the port the clearing fee of USD 300 is on us. Need 60 pcs 50 inch to Tema",
    "The inspection fee of USD 300 is paid by us to our agent in Shenzhen; please quote 200 pcs CIF Jeddah",
])
def test_genuine_chat_stays_silent(body: str) -> None:
    result = KIT.chat(body)
    assert not {"SPY_ASKS_COSTS_NO_ORDER", "FEE_IN_CRYPTO_TO_RELEASE_FUNDS", "SELLER_MUST_PAY_FEE",
                "SELLER_PAYS_RELEASE_FEE", "FEE_REFUNDED_VIA_BUYERS_AGENT"} & rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_qr_code_sign_in_lure_scores() -> None:
    result = KIT.mail("Accounts <ap@remit-notice.example>", "Payment advice",
                      "Hello,\n\nYour payment advice is ready. Scan the QR code below with your phone and sign in "
                      "with your email password to view the remittance.\n\nAccounts")
    assert "QR_CODE_SIGN_IN_LURE" in rules_of(result), result["reasons"]


MAIL_MISSES = [
    (GMAIL, "EC fans", "Hi,\n\nWho makes your motors? We need UL-listed ones for 200 pcs of the 24 inch fan, CIF "
                       "Houston, payment T/T 30/70.\n\nPaul"),
    ("Lucia Ramos <lucia.ramos.importadora@gmail.com>", "Pedido",
     "Hola,\n\nNecesitamos 300 ventiladores de 50\". El costo de la inspección lo debe pagar el comprador, nosotros "
     "lo cubrimos.\n\nLucía"),
    ("Burak Demir <burak.demir.dis@gmail.com>", "Sipariş",
     "Merhaba,\n\n200 adet fan istiyoruz. Gümrük ücretini biz ödeyeceğiz, CIF Mersin fiyat rica ederiz.\n\nBurak"),
    ("DHL Express <noreply@dhl.com>", "Import duty due",
     "Your shipment 8841203 is on hold: import duty of EUR 238.40 is due. Pay at https://www.dhl.com/pay"),
    ("Rita Nunes <rita.nunes.compras@gmail.com>", "Pedido",
     "Olá,\n\nO registro na ANVISA é por nossa conta; precisamos de 200 peças CIF Santos.\n\nRita"),
    ("Lily Wu <lily.wu@shunda-trading.example>", "PI 4471",
     "Dear Paul,\n\nPlease find the PI for order 4471 attached. Please note our new bank details on the PI; the "
     "30% deposit as usual.\n\nLily"),
    (GMAIL, "WeChat", "Hi, scan the QR code to follow our WeChat account and we can talk about the 40 fans."),
]


@pytest.mark.parametrize("sender,subject,body", MAIL_MISSES, ids=[m[1] for m in MAIL_MISSES])
def test_genuine_mail_is_not_flagged(sender: str, subject: str, body: str) -> None:
    result = KIT.mail(sender, subject, body)
    new = {"SELLER_MUST_PAY_FEE", "SELLER_PAYS_RELEASE_FEE", "ASKS_WHO_MAKES_PARTS_WITH_SPY_ASK", "ASKS_TRADE_SECRETS",
           "PARCEL_SMALL_FEE_LURE", "QR_CODE_SIGN_IN_LURE", "FEE_IN_CRYPTO_TO_RELEASE_FUNDS", "SPY_ASKS_COSTS_NO_ORDER",
           "BANK_CHANGE_PUSHED_WITH_INVOICE", "FEE_REFUNDED_VIA_BUYERS_AGENT"}
    assert not rules_of(result) & new, result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


NDR = ("Your message to purchase@old-buyer.example couldn't be delivered.\n\nThe domain old-buyer.example couldn't be "
       "found.\n\nRemote Server returned '550 5.4.310 DNS domain old-buyer.example does not exist'")


def test_own_exchange_bounce_is_no_brand_impersonation() -> None:
    domain = TO.rpartition("@")[2]
    result = KIT.mail(f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>",
                      "Undeliverable: Quotation", NDR)
    assert not {"BRAND_IN_NAME_NOT_DOMAIN", "DIGITS_IN_USERNAME"} & rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_outlook_name_on_another_domain_still_is() -> None:
    result = KIT.mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mail-notices.example>",
                      "Undeliverable: Quotation", NDR)
    assert "BRAND_IN_NAME_NOT_DOMAIN" in rules_of(result), result["reasons"]
