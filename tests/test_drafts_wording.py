"""Draft wording a buyer reads (the sales team's newcomer review): grammar of the topic phrases,
subjects not wrapped twice, the model named without its label as the rule file defines it."""

from __future__ import annotations

import pytest

from inquiry_triage.drafts import draft_reply
from inquiry_triage.model import Hit, Inquiry

SIGNATURE = "Mit freundlichen Grüßen\nVertrieb"


def inquiry(body: str = "", **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Anna Keller", "from_addr": "anna@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


def hits(*rules: str) -> list[Hit]:
    return [Hit(rule, 1.0, "test") for rule in rules]


# --- German topics: "Ihre Angaben zur Lieferzeit", never "zu Lieferzeit" ------------------------

# Each point the German draft lists after "Ihre Angaben", with its preposition and article (dative).
GERMAN_TOPICS = {
    "QUANTITY": "zur Menge",
    "MODEL_SPEC": "zum Modell bzw. zur Spezifikation",
    "TARGET_PRICE": "zum Zielpreis",
    "INCOTERMS": "zu den Lieferbedingungen (Incoterms)",
    "DESTINATION": "zum Bestimmungshafen",
    "PAYMENT_TERMS": "zu den Zahlungsbedingungen",
    "DELIVERY_TIME": "zur Lieferzeit",
}


@pytest.mark.parametrize("rule", sorted(GERMAN_TOPICS))
def test_german_topics_take_their_article(rule):
    # No values in the text: each point is named as a topic, not quoted back.
    draft = draft_reply(inquiry("Bitte um Angebot."), hits(rule, "DELIVERY_TIME"), "de", signature=SIGNATURE)
    assert f"Ihre Angaben {GERMAN_TOPICS[rule]}" in draft, draft
    assert "Angaben zu Lieferzeit" not in draft and " zu Menge" not in draft


def test_german_topics_each_keep_their_own_article_in_a_list():
    draft = draft_reply(inquiry("Bitte um Angebot."), hits("MODEL_SPEC", "INCOTERMS", "DELIVERY_TIME"), "de",
                        signature=SIGNATURE)
    assert ("Ihre Angaben zum Modell bzw. zur Spezifikation, zu den Lieferbedingungen (Incoterms) und zur Lieferzeit."
            in draft), draft
