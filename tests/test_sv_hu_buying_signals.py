"""Swedish and Hungarian buyers' quantities and destinations (sv/hu configured in 11f3740): a newcomer's
Swedish and Hungarian drafts asked for the quantity and the port the buyer had given. The rules score
them and the drafts state them back, as for the other configured languages."""

from __future__ import annotations

import pytest

from inquiry_triage.drafts import draft_reply
from tests.test_drafts_sales import inquiry, rule_hits


@pytest.mark.parametrize("body, rules", [
    ("Hej! Vi behöver 1200 st kulventiler, leverans till Göteborg.", {"QUANTITY", "DESTINATION"}),
    ("Hej, vad kostar 2 000 st? Frakt till hamnen i Helsingborg.", {"QUANTITY", "DESTINATION"}),
    ("Vi vill köpa 500 stycken, skickas till Malmö.", {"QUANTITY", "DESTINATION"}),
    ("30 darab ventilátorra kérnénk árajánlatot, szállítás Koper kikötőbe.", {"QUANTITY", "DESTINATION"}),
])
def test_a_swedish_or_hungarian_quantity_and_destination_score(body, rules):
    assert rules <= {h.rule for h in rule_hits(inquiry(body))}


@pytest.mark.parametrize("body, rule", [
    ("See you on the 21st of May", "QUANTITY"),
    ("Our office is at 5 St. James Street", "QUANTITY"),
    ("Leverans till oss inom 30 dagar, tack.", "DESTINATION"),
    ("A kikötő bezár holnap.", "DESTINATION"),
])
def test_look_alikes_do_not_score(body, rule):
    assert rule not in {h.rule for h in rule_hits(inquiry(body))}


@pytest.mark.parametrize("language, body, given, not_asked", [
    ("sv", "Hej! Vi behöver 1200 st kulventiler, leverans till Göteborg.", ["1200 st", "Göteborg"], "destinationshamn"),
    ("hu", "Tisztelt Partnerünk! 30 darab ventilátorra kérnénk árajánlatot, szállítás Koper kikötőbe.",
     ["30 darab", "Koper"], "rendeltetési kikötő"),
])
def test_the_draft_states_them_back_and_does_not_ask_for_them(language, body, given, not_asked):
    item = inquiry(body)
    draft = draft_reply(item, rule_hits(item), language, signature="Li Wei")
    for words in given:
        assert words in draft, draft
    assert not_asked not in draft, draft


# --- Arabic (newcomer): a port's word is not its name, metres are counted, "بخطاب اعتماد" is a payment term ---

def test_an_arabic_mail_quotes_the_whole_port_and_reads_quantity_and_payment():
    item = inquiry("نرغب في شراء 2000 متر مربع من البلاط. التسليم إلى ميناء جبل علي. الدفع بخطاب اعتماد.")
    hits = rule_hits(item)
    assert {"QUANTITY", "DESTINATION", "PAYMENT_TERMS"} <= {h.rule for h in hits}
    draft = draft_reply(item, hits, "ar", signature="Li Wei")
    assert "جبل علي" in draft and "2000 متر مربع" in draft and "خطاب اعتماد" in draft, draft
    assert "ميناء جبل؛" not in draft and "بالكمية المطلوبة" not in draft, draft


# --- newcomer: Swedish / Hungarian letters of credit, wattages as specifications (sizes 600x600: not yet) ---

@pytest.mark.parametrize("language, body, words", [
    ("sv", "Vi behöver 500 st, betalning via remburs, leverans till Göteborg.", "remburs"),
    ("hu", "Fizetés akkreditívvel, 30 darab, szállítás Koper kikötőbe.", "akkreditívvel"),
])
def test_a_letter_of_credit_in_swedish_or_hungarian_is_a_payment_term(language, body, words):
    item = inquiry(body)
    hits = rule_hits(item)
    assert "PAYMENT_TERMS" in {h.rule for h in hits}
    assert words in draft_reply(item, hits, language, signature="Li Wei")


@pytest.mark.parametrize("body, spec", [("LED panel 40W, 2000 pcs", True), ("2000 pcs of 9w bulbs", True),
                                        ("Our office: 6130 W Flamingo Rd", False), ("2 x 40HQ containers of tiles", False)])
def test_wattages_are_specifications(body, spec):
    assert ("MODEL_SPEC" in {h.rule for h in rule_hits(inquiry(body))}) is spec
