"""Genuine buyers' shapes that widened rule data once flagged (held-out probe part 4's review): each
triaged whole, as a buyer would send it, must score no risk from the rule that over-reached."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 1, 1, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Mon, 30 Nov 2026 10:00:00 +0000", message_id="<shape-1@mail.gmail.com>", mail_source="shape.eml")
triaged = KIT.mail


# A Lagos distributor says it buys "in bulk quantities" and signs with a WhatsApp number: not a
# "big order" tease to move a first contact to a chat app (__BIG_ORDER_TEASE, OFF_PLATFORM_FIRST_CONTACT).
LAGOS_DISTRIBUTOR = ("Chinedu Okafor <chinedu.okafor@gmail.com>", "LED panel lights",
                     "Good day,\n\nWe are a lighting distributor in Lagos. We buy LED panel lights in bulk "
                     "quantities every quarter, please send catalogue and prices.\n\nRegards,\nChinedu Okafor\n"
                     "Okafor Lighting Ltd, Lagos\nWhatsApp: +234 803 555 1234")
# A Spanish buyer knows the seller's store closes for the New Year, and links the company's site:
# not an account-locked lure (__ACCOUNT_PROBLEM_WORDS, ACCOUNT_PROBLEM).
VALENCIA_BUYER = ("Javier Ruiz <javier.ruiz@gmail.com>", "BV-25 before the holiday",
                  "Hello Mary,\n\nI understand your store will be closed for Chinese New Year. Can you ship 200 "
                  "units of model BV-25 to Valencia before the holiday? Please confirm price and lead time.\n\n"
                  "Best regards,\nJavier Ruiz\nSuministros Ruiz S.L., Valencia\nhttps://www.suministros-ruiz.es/catalogo")


@pytest.mark.parametrize(("shape", "rule"), [(LAGOS_DISTRIBUTOR, "OFF_PLATFORM_FIRST_CONTACT"),
                                              (VALENCIA_BUYER, "ACCOUNT_PROBLEM")])
def test_genuine_shape_is_not_scored(shape, rule):
    result = triaged(*shape)
    assert rule not in rules_of(result), result["reasons"]
    assert result["risk"] == 0 and not result["suspicious"], (result["risk"], result["suspicion"])


def test_the_tease_itself_still_moves_risk():
    """The scam the widening was for: a large quantity "of your product" and Telegram. No reason to avoid
    mail is given, so only the tease (__BIG_ORDER_TEASE) can make the move a first-contact risk."""
    result = triaged("Mark Brown <mbrown.trade@gmail.com>", "Urgent order",
                     "Hello,\n\nI need a large quantity of your product for a government contract. Add me on "
                     "Telegram @mbrown_trade or WhatsApp +1 (415) 555-0177 and we finalize there today.\n\nMark")
    assert "OFF_PLATFORM_FIRST_CONTACT" in rules_of(result), result["reasons"]
