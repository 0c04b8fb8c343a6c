"""The buyer's clock from a phone number in the mail's signature: weak evidence, used last.

A buyer who writes from Gmail or Outlook web mail leaves no sender network (the provider's servers
say nothing about the sender) and often no telling Date offset, but signs "Tel: +971 4 ...". That
number's country and area code (phonenumbers' timezone mapper, as for a record's phone) give the
buyer's zone when nothing better does: only without a record's phone number, a sender-network
country or a declared country, and a Date offset that contradicts it still wins
(pipeline.buyer_timezone). The check says so in the verdict (an info hit, no points) when the
signature's number decided the zone.
"""

from __future__ import annotations

import re

from ..lookups import geo
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts

HIT = "SIGNATURE_PHONE_CLOCK"
# "+971 4 123 4567", "+7 (383) 123-45-67", "+55 11 91234-5678": a plus, a country code, digit groups.
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ \t.\-/]{0,2}\(?\d{1,5}\)?){2,7}")
_MAX_SIGNATURE_CHARS = 2000  # a signature is a few short lines; a long one is not read further
_TAIL_LINES, _TAIL_LINE_CHARS = 4, 60  # "Carlos\nWhatsApp +34 ...": a contact block without a sign-off


def _signature_block(inquiry: Inquiry) -> str:
    """The signature the parser found, else the last few short lines of the buyer's own text (a chat-
    length mail signed "Carlos / +34 612 ..." has no sign-off line for the parser to find)."""
    if inquiry.signature:
        return inquiry.signature[:_MAX_SIGNATURE_CHARS]
    tail: list[str] = []
    for line in reversed((inquiry.own_text or "")[-_MAX_SIGNATURE_CHARS:].splitlines()):
        if not line.strip():
            continue
        if len(line.strip()) > _TAIL_LINE_CHARS or len(tail) == _TAIL_LINES:
            break  # a sentence of the message, not a contact line
        tail.append(line)
    return "\n".join(reversed(tail))


def signature_phone(inquiry: Inquiry, facts: Facts) -> str:
    """The first valid international number in the signature, when there is no better evidence of
    where the buyer is (a record's phone, a sender-network or declared country); else ""."""
    if inquiry.phone or facts.ip_country or inquiry.declared_country:
        return ""
    block = _signature_block(inquiry)
    if "+" not in block:
        return ""
    for match in _INTERNATIONAL.finditer(block):
        number = " ".join(match.group(0).split())
        if geo.phone_country(number):
            return number
    return ""


class SignaturePhoneCheck:
    name = "signature-phone"
    description = "The buyer's zone from a +CC phone number in the signature, when nothing better says where they are"
    needs_network = False
    hit_names = (HIT,)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        number = signature_phone(inquiry, facts)
        if not number:
            return []
        from ..pipeline import buyer_timezone  # the one place that decides the zone

        zone = buyer_timezone(inquiry, facts, ctx.now)
        if not zone or zone == buyer_timezone(inquiry, facts, ctx.now, use_signature=False):
            return []  # the Date offset decided it (or says the same): nothing to explain
        country = geo.phone_country(number)
        return [Hit("SIGNATURE_PHONE_CLOCK", 0.0, "buyer's clock from the phone number in the signature (weak evidence: "
                              "no sender network, record phone or declared country)", "info", "signature",
                    f"{number} -> {country} {geo.country_name(country)}: {zone}")]
