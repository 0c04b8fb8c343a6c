"""Word families the probe's ninth part led to (session 14, probe9), each triaged whole as a buyer or a fraudster
would send it, in wording of its own (not the probe's items), beside genuine shapes that must stay silent:

- OFF_PLATFORM_WITH_EMAIL_EXCUSE: a first contact naming no product that moves to a chat app with an excuse not to
  use mail (es "no usamos el correo", "my email was hacked", "I cannot access my computer");
- crypto "settles / pay in USDC" for "all your stock" with the wallet asked (CRYPTO_BUYER_ASKS_WALLET);
- BOSS_IN_MEETING_PAYMENT_TASK: "in a meeting, cannot talk" + a payment handled quietly / a chat number;
- WRONG_NUMBER_INVESTMENT_OPENER: "sorry, wrong number" that turns to gold / crypto trading;
- SELLER_PAPER_VIA_BUYERS_AGENT: every supplier must hold a certificate only the writer's consultant issues, at a price;
- the BEC families (only to the following account, the old one frozen), crypto for "all your stock", the zh / de / it
  spies.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Thu, 03 Dec 2026 10:00:00 +0000", message_id="<family9-1@mail.example>",
          mail_source="family9.eml", chat_source="family9.jsonl:1",
          chat_fields={"id": "f9-1", "channel": "whatsapp", "received_at": "2026-12-03T10:40:00+08:00",
                       "name": "Lee", "phone": "+44 7700 900 611"})
GMAIL = "Dan Moore <dan.moore.trading@gmail.com>"

BAD_CHATS = [
    ("OFF_PLATFORM_WITH_EMAIL_EXCUSE", "hello, our email account got hacked, contact me on telegram @moore_trade_uk for our needs"),
    ("OFF_PLATFORM_WITH_EMAIL_EXCUSE", "Buenas, no usamos el correo por seguridad, escríbame por WhatsApp +34 611 900 200 para un pedido grande"),
    ("BOSS_IN_MEETING_PAYMENT_TASK", "I'm in a client meeting and can't take calls. I need you to process an urgent transfer for me today"),
    ("WRONG_NUMBER_INVESTMENT_OPENER", "oh sorry, wrong number! btw do you know crypto trading? my mentor gives me signals"),
    ("CRYPTO_BUYER_ASKS_WALLET", "we take all your stock, we pay in USDC today, send me your wallet address"),
]


@pytest.mark.parametrize("rule, body", BAD_CHATS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(BAD_CHATS)])
def test_fraud_chat_scores(rule: str, body: str) -> None:
    result = KIT.chat(body)
    assert rule in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


BAD_MAILS = [
    ("SELLER_PAPER_VIA_BUYERS_AGENT", "Tender award",
     "Dear Supplier,\n\nYour firm is shortlisted for 8,000 units. Each foreign supplier must obtain a product "
     "registration certificate, which is issued only through our approved consultant at USD 1,400. Kindly confirm.\n\n"
     "Procurement"),
    ("BANK_PRESSURE_FROM_FREEMAIL", "Payment details",
     "Dear partner,\n\nFrom today please remit the balance to the following account only. Our previous account is "
     "temporarily frozen.\n\nAccounts"),
]


@pytest.mark.parametrize("rule, subject, body", BAD_MAILS, ids=[r for r, _, _ in BAD_MAILS])
def test_fraud_mail_scores(rule: str, subject: str, body: str) -> None:
    result = KIT.mail(GMAIL, subject, body)
    assert rule in rules_of(result), result["reasons"]
    assert result["suspicious"], (result["risk"], result["reasons"])


SPIES = [
    "您好，请发一份你们所有产品的批发价格表，原材料从哪家采购？目前我们还没有明确采购计划。",
    "Guten Tag, bitte senden Sie uns den vollständigen Katalog mit Händlerpreisen und eine Liste Ihrer Kunden. "
    "Einen konkreten Bedarf haben wir derzeit nicht.",
    "Buongiorno, ci serve il listino completo e i nomi dei vostri fornitori. Per ora non abbiamo nessun ordine.",
]


@pytest.mark.parametrize("body", SPIES, ids=["zh", "de", "it"])
def test_spy_without_an_order_is_flagged(body: str) -> None:
    result = KIT.mail("Market Desk <market.desk.research@gmail.com>", "Info", body)
    assert result["suspicious"], (result["risk"], result["reasons"])


# --- genuine shapes: silent ------------------------------------------------------------------------------------

GENUINE_CHATS = [
    "hi, 300m 2SN 1/2 hose to Mombasa, price pls. I'm in a meeting now, will call you later",
    "sorry, wrong number on the PI: it is 400 pcs not 40. please correct",
    "our email is slow today, please send the PI for 200 m 4SH to WhatsApp +254 722 900 100",
    "we can pay 30% deposit by T/T, balance before loading. 500 m R2AT, CIF Lagos",
    "could you send the catalogue? we are a hydraulic shop in Izmir, need 2SN fittings",
]


@pytest.mark.parametrize("body", GENUINE_CHATS, ids=range(len(GENUINE_CHATS)))
def test_genuine_chat_stays_silent(body: str) -> None:
    result = KIT.chat(body)
    assert not result["suspicious"], (result["risk"], result["reasons"])


GENUINE_MAILS = [
    ("Bank details", "Dear Lily,\n\nBefore we pay the 30% deposit for 600 m 2SN DN12 (CIF Hamburg), please confirm "
     "your bank account by phone; our accounts team does this for every new supplier.\n\nBest regards\nJan"),
    ("Certificates", "Hello,\n\nEvery supplier must hold an ISO 9001 certificate for our tender of 2,000 m 4SP. Please "
     "send a copy with your offer, FOB Ningbo, payment by LC.\n\nRegards\nProcurement"),
    ("Excess payment", "Hi Lily,\n\nWe paid USD 120 too much on the last invoice; please deduct it from the next PI "
     "for 300 m R2AT.\n\nThanks\nTom"),
]


@pytest.mark.parametrize("subject, body", GENUINE_MAILS, ids=[s for s, _ in GENUINE_MAILS])
def test_genuine_mail_stays_silent(subject: str, body: str) -> None:
    result = KIT.mail(GMAIL, subject, body)
    assert not result["suspicious"], (result["risk"], result["reasons"])
