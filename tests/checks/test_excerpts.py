"""Evidence excerpts show the whole match: a number is never cut in the middle."""

from __future__ import annotations

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.config import load_config
from inquiry_triage.model import Inquiry

RULES = {r.name: r for r in load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES).text_rules}


def body_hit(rule: str, body: str):
    return match_text_rule(RULES[rule], Inquiry(source="t", message_id="<t>", body=body, own_text=body))


@pytest.mark.parametrize("body, excerpt", [
    ("我们需要5000件不锈钢球阀", "5000件"),      # CJK: no word boundary before the number
    ("数量5,000件，请报价", "5,000件"),
    ("注文数量は1200個です", "1200個"),
    ("３０００件", "３０００件"),                  # full-width digits
    ("We need 5,000 pcs per month", "5,000 pcs"),
    ("Quantity: 300", "Quantity: 300"),
])
def test_quantity_excerpt_keeps_the_whole_number(body, excerpt):
    hit = body_hit("QUANTITY", body)
    assert hit is not None and hit.excerpt == excerpt
    assert excerpt in hit.as_reason()["detail"]


def test_a_match_not_starting_with_a_digit_is_not_widened():
    hit = body_hit("INCOTERMS", "Order 2FOB Ningbo")  # \b keeps FOB apart from a digit anyway
    assert hit is None or not hit.excerpt[:1].isdigit()
    hit = body_hit("QUANTITY", "order no. 7 2 x 40HQ containers")
    assert hit is not None and hit.excerpt == "2 x 40HQ"
    hit = body_hit("QUANTITY", "Quantity: 12,500. Delivery in May")
    assert hit is not None and hit.excerpt == "Quantity: 12,500"  # the full stop ends the sentence
