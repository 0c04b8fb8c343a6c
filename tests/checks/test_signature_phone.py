"""The buyer's clock from a "+CC ..." number in the signature (checks/signature_phone.py): weak
evidence, used only when there is no record phone, no sender-network country and no declared
country, and never against a Date offset that contradicts it; explained in the verdict.

The mails are written for this test (Gmail-shaped: handed over by Google's servers, no originating
IP), not taken from any corpus.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.checks.signature_phone import HIT
from inquiry_triage.config import load_config
from inquiry_triage.parsing.record import parse_record
from inquiry_triage.pipeline import build_context, triage, triage_inquiry

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
CTX = build_context(load_config(None), offline=True, now=NOW)

BODY = ("Dear Sir,\n\nPlease quote 300 pcs of model DX-40, CIF Jebel Ali. What is your lead time?\n\n"
        "Best regards,\nAhmed Saleh\nPurchasing Manager\nAl Noor Trading LLC\nTel: +971 4 321 7654\nDubai, UAE\n")


def gmail(body: str, offset: str = "+0400", n: int = 1) -> bytes:
    """A mail as our MX receives it from Gmail: the hand-over hop is Google's, no X-Originating-IP."""
    return (
        "Received: from mx1.seller.example (mx1.seller.example [127.0.0.1])\r\n"
        "\tby mx1.seller.example (Postfix) with LMTP; Mon, 30 Nov 2026 15:02:10 +0800 (CST)\r\n"
        "Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com. [209.85.221.54])\r\n"
        "\tby mx1.seller.example (Postfix) with ESMTPS id 4ABCD; Mon, 30 Nov 2026 15:02:09 +0800 (CST)\r\n"
        "Received: by mail-wr1-f54.google.com with SMTP id x12so1234567wrb.3\r\n"
        "        for <sales@seller.example>; Sun, 29 Nov 2026 23:02:08 -0800 (PST)\r\n"
        "MIME-Version: 1.0\r\nFrom: Ahmed Saleh <ahmed.saleh.trading@gmail.com>\r\n"
        f"Date: Mon, 30 Nov 2026 11:02:05 {offset}\r\nMessage-ID: <CAsig{n}@mail.gmail.com>\r\n"
        "Subject: RFQ DX-40\r\nTo: sales@seller.example\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
        + body.replace("\n", "\r\n")).encode()


def explained(result) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in result.to_json()["reasons"] if r["rule"] == HIT]


@pytest.mark.parametrize("offset", ["+0400", "+0000"])
def test_a_gmail_buyer_signed_with_a_dubai_number_is_on_dubai_time(offset):
    result = triage(gmail(BODY, offset), CTX)
    data = result.to_json()
    assert data["origin"] == "provider" and data["ip_country"] is None  # no better evidence
    assert data["buyer_timezone"] == "Asia/Dubai"
    [reason] = explained(result)
    assert reason["kind"] == "info" and reason["points"] == 0
    assert "weak evidence" in reason["detail"] and "+971 4 321 7654" in reason["detail"] and "AE" in reason["detail"]
    assert "Dubai" in data["reply_note"]


def test_without_the_number_the_zone_is_only_the_date_offset():
    result = triage(gmail(BODY.replace("Tel: +971 4 321 7654\nDubai, UAE\n", ""), "+0400"), CTX)
    assert result.to_json()["buyer_timezone"] == "Etc/GMT-4" and not explained(result)


def test_without_the_number_a_city_the_signature_names_gives_the_zone():
    """"Dubai, UAE" under the name, on +0400: Dubai's clock, not UTC+4 (pipeline.buyer_timezone step 4)."""
    data = triage(gmail(BODY.replace("Tel: +971 4 321 7654\n", ""), "+0400"), CTX).to_json()
    assert data["buyer_timezone"] == "Asia/Dubai" and data["buyer_place"] == "Dubai"
    assert not [r for r in data["reasons"] if r["rule"] == HIT]


def test_a_date_offset_that_contradicts_the_number_wins():
    """A +0800 clock is someone keeping China's hours, whatever the signature says."""
    result = triage(gmail(BODY, "+0800"), CTX)
    assert result.to_json()["buyer_timezone"] == "Etc/GMT-8" and not explained(result)


def test_a_sender_network_country_wins_over_the_signature():
    raw = gmail(BODY, "+0100").replace(
        b"Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com. [209.85.221.54])",
        b"Received: from mail.firma.example (mail.firma.example [85.214.132.117])")
    result = triage(raw, CTX)
    data = result.to_json()
    assert data["ip_country"] == "DE" and data["buyer_timezone"] == "Europe/Berlin" and not explained(result)


def test_a_record_phone_wins_over_the_signature():
    record = {"channel": "whatsapp", "id": "r1", "received_at": "2026-11-30T10:00:00+08:00", "phone": "+55 11 91234 5678",
              "body": BODY}
    result = triage_inquiry(parse_record(record, source="test.jsonl"), CTX)
    assert result.to_json()["buyer_timezone"] == "America/Sao_Paulo" and not explained(result)


def test_a_number_that_is_no_phone_number_is_not_evidence():
    result = triage(gmail(BODY.replace("+971 4 321 7654", "+999 1"), "+0000"), CTX)
    assert not result.to_json()["buyer_timezone"] and not explained(result)


def test_a_chat_length_mail_signed_without_a_sign_off_line():
    """"Carlos / WhatsApp +34 ..." under two lines: no sign-off for the parser, still the contact block."""
    body = "Hola, quiero 500 piezas del modelo PL-200. ¿Precio CIF Valencia?\n\nCarlos\nWhatsApp +34 612 345 678\n"
    result = triage(gmail(body, "+0100", n=2), CTX)
    assert result.to_json()["buyer_timezone"] == "Europe/Madrid" and explained(result)  # not Etc/GMT-1


def test_a_number_inside_a_long_last_paragraph_is_not_a_signature():
    body = ("Hola, quiero 500 piezas del modelo PL-200 y mi socio en Dubai, que se llama Ahmed, las recibirá; "
            "su número es +971 4 321 7654 y lo pueden llamar cuando quieran.\n")
    result = triage(gmail(body, "+0000", n=3), CTX)
    assert not result.to_json()["buyer_timezone"] and not explained(result)
