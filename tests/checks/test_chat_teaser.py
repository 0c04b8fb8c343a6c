"""A chat line or web message as short as a mail teaser has the same first-contact shape (a newcomer's
finding: "hello dear, can we talk? i have big order for you" on WhatsApp was a B-grade task, risk 0).
Records carry no thread, so each is read as a first contact; a call or fax note is the words of the
person who took it, not the buyer's, and is never read so."""

from __future__ import annotations

import pytest

from inquiry_triage.checks import run_checks
from inquiry_triage.checks.facts import measure
from inquiry_triage.config import load_config
from inquiry_triage.grading import grade
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)


def rules_of(channel: str, body: str) -> tuple[set[str], object]:
    inquiry = make_inquiry(channel=channel, body=body, from_name="", phone="+971501234567")
    # The rules and checks only: the statistical text model is judged by its own tests.
    hits = [h for h in run_checks(inquiry, measure(inquiry, CTX), CTX) if "_MODEL_" not in h.rule]
    return {h.rule for h in hits}, grade(channel, hits, CTX.config)


TEASERS = [
    "hello dear, can we talk? i have big order for you",
    "Hello dear, I have an important proposal for you, reply for details.",
    "Hi dear, how are you? I have a business proposal for you, reply me.",
]


@pytest.mark.parametrize("body", TEASERS)
@pytest.mark.parametrize("channel", ["im", "message"])
def test_a_chat_teaser_is_a_first_contact_teaser(channel, body):
    rules, _verdict = rules_of(channel, body)
    assert "__SHORT_FIRST_CONTACT" in rules and "FIRST_CONTACT_TEASER" in rules, sorted(rules)


@pytest.mark.parametrize("channel", ["phone", "fax"])
def test_a_call_or_fax_note_is_not_read_as_the_buyer_writing(channel):
    rules, _verdict = rules_of(channel, TEASERS[0])
    assert "__SHORT_FIRST_CONTACT" not in rules and "FIRST_CONTACT_TEASER" not in rules


GENUINE_CHATS = [
    "Hi, need 300 pcs ball valve DN40 SS316, CIF Jebel Ali. price pls",
    "hello dear, pls send price for 500 pcs LED panel 600x600",
    "Hi dear, please send catalogue and price list, we are interested. Reply soon please.",
    "Hola, necesito precio de 200 válvulas de bola DN25, gracias",
    "Chào anh, em cần báo giá 500 cái van bi DN15",
    "Merhaba, 100 adet vana için fiyat alabilir miyim?",
    "السلام عليكم، أريد سعر 500 قطعة صمام كروي",
    "Здравствуйте, нужна цена на 300 шаровых кранов DN50",
    "ok thanks, we will check and come back to you",
    "Can you send me the price of your LED panels? Waiting for your reply.",
]


@pytest.mark.parametrize("body", GENUINE_CHATS)
def test_a_genuine_chat_line_is_not_suspicious(body):
    rules, verdict = rules_of("im", body)
    assert not verdict.suspicious, sorted(rules)
    assert "FIRST_CONTACT_TEASER" not in rules, sorted(rules)
