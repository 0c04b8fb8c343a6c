"""Word families the probe's eighth part led to (session 13, probe8), each triaged whole as a buyer or a fraudster
would send it, in wording of its own (not the probe's items), beside genuine shapes that must stay silent:

- FEE_REFUNDED_VIA_BUYERS_AGENT no longer fires when the writer pays his own agent's fee himself ("paid by us",
  "at our cost", "you pay nothing", "to our own agent", fr "payés par nous", es "los pagamos nosotros", pt "pagos
  por nós", de "zahlen wir selbst", tr "biz ödeyeceğiz", id "kami bayar sendiri"): a buyer's own inspection agent
  beside the seller's usual "sample charge deducted from the first invoice" (part 8 as written: 3 genuine flagged);
- SELLER_PAYS_RELEASE_FEE: a fee "to be paid by your company", "requires the seller to pay a booking / insurance
  deposit", "a fee which you should pay", "you pay 150 usd testing fee", id "perusahaan anda wajib bayar biaya",
  with "refund with the order", "directly to the consultant", tr "ajansımıza", id "ke agen ... kami", ar
  "لوكيلنا" / "لمكتب ... لدينا";
- overpayment passed on to "the shipping line"; es "transferí de más ... a mi transitario"; fr "viré en trop ...
  à mon transitaire";
- spies: "not in a position to discuss quantities", es "por ahora no hacemos pedido", zh full price list / cost
  structure / "哪家生产" / "暂时没有采购计划"; "your supplier account" is no question about the seller's suppliers;
- de "das alte Konto wird nicht mehr genutzt"; "what credit cards do you accept"; crypto for "all your ... in
  stock"; pl "pobrać po zalogowaniu"; ja "アカウントは一時停止"; zh counts in 盏 / 组.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Wed, 02 Dec 2026 10:00:00 +0000", message_id="<family8-1@mail.example>",
          mail_source="family8.eml", chat_source="family8.jsonl:1",
          chat_fields={"id": "f8-1", "channel": "whatsapp", "received_at": "2026-12-02T10:40:00+08:00",
                       "name": "Sam", "phone": "+44 7700 900 518"})
GMAIL = "Tom Reyes <tom.reyes.lighting@gmail.com>"
FEE_RULES = {"FEE_REFUNDED_VIA_BUYERS_AGENT", "SELLER_MUST_PAY_FEE", "SELLER_PAYS_RELEASE_FEE"}

# --- a buyer paying his own agent: silent ------------------------------------------------------------------------

OWN_AGENT = [
    ("en bare", GMAIL, "PO 5120",
     "Hi,\n\nPlease confirm 300 pcs HY-SL60 FOB Shenzhen. The inspection fee (USD 350) is paid to our own agent and "
     "deducted from the first invoice.\n\nTom"),
    ("en our cost", GMAIL, "Order",
     "Hi,\n\n500 pcs of the 40W light, CIF Durban. Our QC agent's fee of USD 280 is at our cost; the sample charge "
     "can be deducted from the first invoice as you said.\n\nTom"),
    ("en by us", GMAIL, "Inspection",
     "Hello,\n\nThe third-party inspection fee of USD 320 is paid directly by us to our agent in Ningbo. The sample "
     "cost will be deducted from the first invoice.\n\n120 pcs, FOB Ningbo.\n\nTom"),
    ("fr", "Claire Dubois <claire.dubois.achats@gmail.com>", "Commande 200 lampes",
     "Bonjour,\n\nCommande de 200 lampes solaires, FOB Shenzhen. Les frais d'inspection de 300 EUR sont payés par "
     "nous à notre agent ; l'échantillon sera déduit de la première facture.\n\nClaire"),
    ("es", "Jorge Paz <jorge.paz.compras@gmail.com>", "Pedido 400 piezas",
     "Hola,\n\nPedido de 400 lámparas, CIF Callao. Los gastos de inspección de 250 USD los pagamos nosotros a "
     "nuestro agente; la muestra se descontará de la primera factura.\n\nJorge"),
    ("pt", "Ana Silva <ana.silva.importacao@gmail.com>", "Pedido",
     "Olá,\n\nPedido de 250 refletores, CIF Santos. A taxa de inspeção de USD 200 é paga por nós ao nosso agente; "
     "a amostra será descontada da primeira fatura.\n\nAna"),
    ("de", "Jan Weber <jan.weber.einkauf@gmail.com>", "Bestellung",
     "Hallo,\n\n180 Stück HY-FL100, FOB Shenzhen. Die Prüfgebühr von 300 USD zahlen wir selbst an unseren Agenten; "
     "die Musterkosten werden mit der ersten Rechnung verrechnet.\n\nJan"),
    ("tr", "Ayşe Kaya <ayse.kaya.satinalma@gmail.com>", "Sipariş 300 adet",
     "Merhaba,\n\n300 adet solar lamba, CIF Mersin. Denetim ücretini (300 USD) acentemize biz ödeyeceğiz.\n\nAyşe"),
    ("id", "Dewi Lestari <dewi.lestari.proyek@gmail.com>", "Order 300 unit",
     "Halo,\n\nOrder 300 unit lampu 60W CIF Jakarta. Biaya inspeksi Rp 3.000.000 kami bayar sendiri ke agen kami; "
     "biaya sampel dipotong dari invoice pertama.\n\nDewi"),
]


@pytest.mark.parametrize("sender,subject,body", [o[1:] for o in OWN_AGENT], ids=[o[0] for o in OWN_AGENT])
def test_buyer_paying_his_own_agent_is_not_a_fee_fraud(sender: str, subject: str, body: str) -> None:
    result = KIT.mail(sender, subject, body)
    assert not FEE_RULES & rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_fee_to_the_writers_agent_deducted_later_still_scores() -> None:
    result = KIT.mail("Procurement Office <procurement.office.tender@gmail.com>", "Tender",
                      "Dear Supplier,\n\nThe registration fee of USD 400 is paid to our agent and deducted from the "
                      "first invoice.\n\nProcurement")
    assert "FEE_REFUNDED_VIA_BUYERS_AGENT" in rules_of(result), result["reasons"]


# --- fees the seller is to pay to the writer's people ------------------------------------------------------------

MAIL_HITS = [
    ("SELLER_PAYS_RELEASE_FEE", "Eng. Musa Danjuma <musa.danjuma.tenders@gmail.com>", "Approved vendor",
     "Dear Sir,\n\nThe supplier onboarding fee of USD 900 is to be paid by your company directly to the consultant "
     "before the LPO is issued.\n\nMusa"),
    ("SELLER_PAYS_RELEASE_FEE", "Kofi Mensah <kofi.mensah.cargo@gmail.com>", "Booking",
     "Hello,\n\nOur carrier requires the seller to pay a booking deposit of USD 400, refundable when the container "
     "arrives.\n\nKofi"),
    ("SELLER_PAYS_RELEASE_FEE", "Rudi Hartono <rudi.hartono.tender@gmail.com>", "Sertifikasi",
     "Selamat siang,\n\nPerusahaan anda wajib bayar biaya sertifikasi Rp 5.000.000 ke agen sertifikasi kami, nanti "
     "dikembalikan.\n\nRudi"),
    ("SELLER_PAYS_RELEASE_FEE", "Saeed <saeed.procurement.office@gmail.com>", "مناقصة",
     "السلام عليكم،\n\nيجب على المورد دفع رسوم الاعتماد 500 دولار لوكيلنا قبل إرسال أمر الشراء.\n\nسعيد"),
]


@pytest.mark.parametrize("rule,sender,subject,body", MAIL_HITS, ids=[m[2] for m in MAIL_HITS])
def test_seller_pays_fee_mail_scores(rule: str, sender: str, subject: str, body: str) -> None:
    result = KIT.mail(sender, subject, body)
    assert rule in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("body", [
    "Sipariş için önce sertifika ücreti 200 USD ajansımıza ödemeniz gerekiyor",
    "ok we order 3000 pcs. first you pay 150 usd testing fee to our agent, refund with the order",
])
def test_seller_pays_fee_chat_scores(body: str) -> None:
    result = KIT.chat(body)
    assert FEE_RULES & rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


# --- overpayment passed on ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "My bank draft covers the freight too, so when it clears wire the balance of USD 2,300 to the shipping line.",
    "transferí de más por error, por favor reintegre 600 USD a mi transitario",
    "j'ai viré 500 EUR en trop, remboursez la différence à mon transitaire svp",
])
def test_overpayment_to_a_third_party_scores(body: str) -> None:
    result = KIT.chat(body)
    assert "SELLER_MUST_PAY_FEE" in rules_of(result), result["reasons"]


# --- spies ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sender,body", [
    (GMAIL, "Hello,\n\nWe are not in a position to discuss quantities yet. Please send your complete price list and "
            "a cost breakdown per model.\n\nTom"),
    ("Luis Vega <luis.vega.consultor@gmail.com>", "Hola,\n\nPor ahora no hacemos pedido. Envíenos la lista de precios "
                                                  "completa y díganos quién les fabrica las baterías.\n\nLuis"),
    ("王先生 <wang.market.survey@gmail.com>", "你好，\n\n请发一份所有产品的完整价格表，另外你们的电池是哪家生产的？暂时没有采购计划。\n\n谢谢"),
])
def test_spy_without_an_order_scores(sender: str, body: str) -> None:
    result = KIT.mail(sender, "Prices", body)
    assert {"SPY_NO_ORDER_YET", "SPY_ASKS_COSTS_NO_ORDER"} & rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


SPY_MISSES = [
    (GMAIL, "Quote", "Hi,\n\nWe are not in a position to discuss payment terms until we see the sample. Please quote "
                     "500 pcs of the 60W street light, FOB Ningbo.\n\nTom"),
    ("陈先生 <chen.lighting.kh@gmail.com>", "询价", "你好，请报 600 盏 60W 太阳能路灯的价格，CIF 高雄，谢谢。"),
    ("Alibaba.com <notice@service.alibaba.com>", "Account",
     "Dear supplier, your supplier account information was updated on 2 December. No action is needed."),
]


@pytest.mark.parametrize("sender,subject,body", SPY_MISSES, ids=[m[1] for m in SPY_MISSES])
def test_genuine_price_asks_stay_silent(sender: str, subject: str, body: str) -> None:
    result = KIT.mail(sender, subject, body)
    assert not {"SPY_NO_ORDER_YET", "SPY_ASKS_COSTS_NO_ORDER", "ASKS_TRADE_SECRETS"} & rules_of(result), \
        result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_zh_counts_in_lamps_and_sets_are_quantities() -> None:
    for body in ("请报 600 盏 太阳能路灯的价格", "需要 80 组 太阳能庭院灯"):
        assert "QUANTITY" in rules_of(KIT.chat(body)), body


# --- bank change, card question, crypto, login / account lures ------------------------------------------------------

def test_old_account_no_longer_used_is_pressure_de() -> None:
    result = KIT.mail("Buchhaltung <buchhaltung@lieferant-gmbh.example>", "Rechnung RE-4410",
                      "Guten Tag,\n\nbitte überweisen Sie die Rechnung RE-4410 auf unser neues Konto. Das alte Konto "
                      "wird nicht mehr genutzt.\n\nIBAN: LT12 3250 0000 1111 2222\n\nBuchhaltung")
    assert "BANK_DETAILS_CHANGED" in rules_of(result), result["reasons"]


def test_bank_details_unchanged_de_stays_silent() -> None:
    result = KIT.mail("Buchhaltung <buchhaltung@lieferant-gmbh.example>", "Rechnung RE-4411",
                      "Guten Tag,\n\nanbei die Rechnung RE-4411. Unsere Bankverbindung bleibt unverändert, das alte "
                      "Konto ist weiterhin gültig.\n\nBuchhaltung")
    assert "BANK_DETAILS_CHANGED" not in rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_what_credit_cards_question_scores() -> None:
    result = KIT.mail("Dan Moore <danmoore5521@gmail.com>", "Order",
                      "Hello Sales,\n\nI want to order some lights. What credit cards do you accept?\n\nDan")
    assert "ASKS_CARD_TYPES" in rules_of(result), result["reasons"]


def test_payment_methods_question_stays_silent() -> None:
    result = KIT.mail("Dan Moore <dan.moore.landscape@gmail.com>", "Order",
                      "Hi,\n\n80 path lights HY-PL05 to Tampa, FL 33602. What payment methods do you accept?\n\nDan")
    assert "ASKS_CARD_TYPES" not in rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_crypto_for_all_your_goods_in_stock_scores() -> None:
    result = KIT.chat("i buy all your LED lamps in stock, payment in USDT, send wallet address")
    assert result["suspicious"], (result["risk"], result["reasons"])


def test_all_your_stock_by_bank_transfer_stays_silent() -> None:
    result = KIT.chat("we take all your stock of model HY-SL60, 200 pcs, pay by TT, delivery Lagos")
    assert not result["suspicious"], (result["risk"], result["reasons"])


def test_pl_invoice_behind_a_login_scores() -> None:
    result = KIT.mail("eFaktury <noreply@faktury-portal.example>", "Faktura",
                      "Dzień dobry,\n\nfakturę można pobrać po zalogowaniu: https://faktury-portal.example/login\n")
    assert "LOGIN_TO_VIEW" in rules_of(result), result["reasons"]


def test_ja_account_suspended_with_link_scores() -> None:
    result = KIT.mail("サポート <support@shop-notice.example>", "重要なお知らせ",
                      "お客様のアカウントは一時停止されました。こちらから確認してください: https://shop-notice.example/v")
    assert "ACCOUNT_PROBLEM" in rules_of(result), result["reasons"]


# --- second round, from the unseen "eighth-fresh" items (tuned on them now) ----------------------------------------

@pytest.mark.parametrize("sender,subject,body", [
    ("Tesorería <tesoreria@proveedor-andino.example>", "Factura FA-1180",
     "Buenos días,\n\nPor favor paguen la factura FA-1180 a nuestra nueva cuenta. Los pagos a la cuenta anterior "
     "serán rechazados.\n\nTesorería"),
    ("Accounts <accounts@supplier-asia.example>", "Invoice 7702",
     "Dear customer,\n\nPlease remit invoice 7702 to our new account below. Payments to the old account will be "
     "returned.\n\nAccounts"),
    ("Financeiro <financeiro@fornecedor-sul.example>", "Fatura 3310",
     "Prezados,\n\nfavor pagar a fatura 3310 na nova conta. Pagamentos para a conta antiga serão devolvidos.\n"),
])
def test_payments_to_the_old_account_returned_is_pressure(sender: str, subject: str, body: str) -> None:
    assert "BANK_DETAILS_CHANGED" in rules_of(KIT.mail(sender, subject, body))


def test_bank_change_without_pressure_stays_silent_es() -> None:
    result = KIT.mail("Tesorería <tesoreria@proveedor-andino.example>", "Nueva cuenta desde enero",
                      "Buenos días,\n\nA partir de enero usaremos una nueva cuenta; les enviaremos la carta del banco "
                      "firmada. Las facturas de diciembre se pagan como siempre.\n\nTesorería")
    assert "BANK_DETAILS_CHANGED" not in rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("body", [
    "Oi, vamos pedir 1500 peças, mas a sua empresa precisa pagar 150 dólares de taxa de amostra para o nosso agente, "
    "reembolsado no pedido",
    "we want to order 400 lamps, but the exporter must obtain the conformity certificate from our office, cost USD 290",
])
def test_second_round_fee_chat_scores(body: str) -> None:
    result = KIT.chat(body)
    assert FEE_RULES & rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


@pytest.mark.parametrize("body", [
    "Olá, a taxa de amostra de 40 dólares nós pagamos por PayPal; o nosso agente retira na fábrica. Pedido de 300 "
    "peças CIF Santos",
    "we will get the conformity certificate ourselves in Lagos; please quote 400 pcs CIF Apapa, cost USD 18 each",
])
def test_second_round_genuine_chat_stays_silent(body: str) -> None:
    result = KIT.chat(body)
    assert not FEE_RULES & rules_of(result), result["reasons"]
    assert not result["suspicious"], (result["risk"], result["reasons"])
