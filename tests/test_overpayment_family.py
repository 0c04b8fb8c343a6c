"""The overpayment family in new words (__FR_OVERPAY_PASS_ON -> SELLER_MUST_PAY_FEE): a cheque / check /
bank draft / money order for more than the price or "covering" the freight, and the seller is to wire /
send / refund the balance, the difference or a sum on to the buyer's agent, shipper, forwarder, cargo
handler or logistics operator, "to him", or by Western Union / MoneyGram; or an "overpaid" transfer
refunded to such a third party. Each message is triaged whole, as a buyer would send it (en, es, pt, fr),
beside genuine buyers who pay a balance, use a forwarder or pay by transfer."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 1, 1, 0, tzinfo=timezone.utc)
RULE = "SELLER_MUST_PAY_FEE"
KIT = Kit(NOW, date="Mon, 30 Nov 2026 10:00:00 +0000", message_id="<overpay-1@mail.example>",
          mail_source="overpay.eml", chat_source="overpay.jsonl:1",
          chat_fields={"id": "op-1", "channel": "whatsapp", "received_at": "2026-11-30T02:40:00+08:00",
                       "name": "Dan", "phone": "+1 405 555 0188"})
triaged_mail, triaged_chat = KIT.mail, KIT.chat


FRAUD_MAILS = [
    ("Paul Greene <paul.greene.buying@gmail.com>", "Order of pumps",
     "Hello,\n\nWe need 50 units of your water pumps. Our accountant will post a cashier's check that covers "
     "the goods and the shipping, as our freight agent is paid through the seller. When it clears, please "
     "wire the shipping part (USD 3,900) to the agent so he can collect the goods.\n\nThanks,\nPaul"),
    ("Ana Ruiz <compras.ruiz.pedidos@gmail.com>", "Pedido de válvulas",
     "Buenos días,\n\nQueremos 300 válvulas. Le enviaremos un cheque que cubre la mercadería y el flete; "
     "una vez cobrado, usted transfiere la diferencia a nuestro transitario en Miami.\n\nSaludos,\nAna"),
    ("Tesouraria Lima <tesouraria.lima.pagtos@gmail.com>", "Devolução urgente",
     "Prezado fornecedor,\n\nPor erro fizemos a transferência em dobro. Por favor devolva o valor pago a mais "
     "ao nosso agente de carga em Santos ainda hoje.\n\nAtenciosamente,\nTesouraria"),
    ("Pierre Lambert <p.lambert.achats@gmail.com>", "Commande de lampes",
     "Bonjour,\n\nNous commandons 400 lampes. Notre banque vous enverra un chèque couvrant aussi le fret ; "
     "dès encaissement, virez le solde à notre transitaire par Western Union.\n\nCordialement,\nPierre"),
]

GENUINE_MAILS = [
    ("Tom Baker <tom.baker@bakertools.co.uk>", "PI 2231",
     "Hi Lily,\n\nThanks for the PI. We will pay the 30% deposit by bank transfer this week and the balance "
     "against B/L copy. Freight will be paid by our forwarder, so please send the invoice to our forwarder "
     "as well.\n\nBest regards,\nTom Baker\nBaker Tools Ltd"),
    ("Lucía Gómez <lucia@ferreteria-gomez.es>", "Pedido 88",
     "Hola,\n\nPagaremos el 30% por transferencia y el saldo contra copia del B/L. El flete lo paga nuestro "
     "transitario; por favor envíe la factura también a él.\n\nSaludos,\nLucía Gómez"),
    ("João Silva <joao@silvaimport.com.br>", "Pedido 12",
     "Olá,\n\nPagaremos 30% de sinal por transferência e o saldo contra cópia do B/L. O frete será pago pelo "
     "nosso despachante.\n\nAtt,\nJoão Silva"),
    ("Marc Dubois <marc@dubois-distribution.fr>", "Commande 51",
     "Bonjour,\n\nNous payons 30 % d'acompte par virement et le solde contre copie du B/L. Le fret sera payé "
     "par notre transitaire, merci de lui envoyer la facture.\n\nCordialement,\nMarc Dubois"),
]


@pytest.mark.parametrize("message", FRAUD_MAILS, ids=["en-cashiers-check", "es-cheque", "pt-pago-a-mais",
                                                      "fr-cheque"])
def test_overpayment_mail_is_flagged(message):
    result = triaged_mail(*message)
    assert RULE in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


def test_overpayment_chat_is_flagged():
    result = triaged_chat("hi i sent a certified check of $12,400, thats $4,000 more than the order because it "
                          "covers my mover. once it clears send the $4,000 to him by MoneyGram thanks")
    assert RULE in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("message", GENUINE_MAILS, ids=["en", "es", "pt", "fr"])
def test_genuine_balance_and_forwarder_not_flagged(message):
    result = triaged_mail(*message)
    assert RULE not in rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_genuine_chat_balance_by_western_union_not_flagged():
    result = triaged_chat("hello, we pay 30% deposit by bank transfer and send the balance by Western Union "
                          "after inspection, freight paid by our forwarder")
    assert RULE not in rules_of(result), result["reasons"]
