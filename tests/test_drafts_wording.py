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


# --- subjects: the draft names the request itself, so the buyer's own name for it is left out --

# (draft language, the buyer's subject, the draft's thanks as it must read)
SUBJECTS = [
    ("es", "Consulta sobre válvulas", "Muchas gracias por su consulta sobre «válvulas»."),
    ("es", "RV: Solicitud de cotización de tornillos", "Muchas gracias por su consulta sobre «tornillos»."),
    ("en", "Fwd: Enquiry about LED panels", "Thank you for your inquiry regarding “LED panels”."),
    ("en", "Re: LED panels inquiry", "Thank you for your inquiry regarding “LED panels”."),
    ("de", "AW: Anfrage zu Kugelhähnen DN50", "vielen Dank für Ihre Anfrage zu „Kugelhähnen DN50“."),
    ("de", "WG: Preisanfrage Kugelhähne", "vielen Dank für Ihre Anfrage zu „Kugelhähne“."),
    ("fr", "TR: Demande de prix pour chaises de bureau",
     "Nous vous remercions de votre demande concernant « chaises de bureau »."),
    ("it", "I: Richiesta di offerta per valvole a sfera", "La ringraziamo per la Sua richiesta relativa a «valvole a sfera»."),
    ("pt", "RES: Pedido de cotação - Parafusos", "Agradecemos a sua consulta sobre “Parafusos”."),
    ("ru", "Ответ: Запрос цены на светильники", "Благодарим Вас за обращение по теме «светильники»."),
    ("zh", "回复: 关于LED灯的询价", "感谢您就“LED灯”发来询价。"),
    ("ja", "Re: LEDパネルのお見積り依頼", "このたびは「LEDパネル」の件でお問い合わせいただき"),
    ("es", "Consulta urgente", "Muchas gracias por su consulta."),  # nothing left to name
]


@pytest.mark.parametrize("language, subject, thanks", SUBJECTS)
def test_the_subject_is_not_wrapped_in_the_drafts_own_lead_word(language, subject, thanks):
    draft = draft_reply(inquiry("Hola.", subject=subject), [], language, signature=SIGNATURE)
    assert thanks in draft, draft


@pytest.mark.parametrize("subject, expected", [
    ("Re: Consulta sobre válvulas", "válvulas"),
    ("AW: WG: Anfrage: Kugelhähne", "Kugelhähne"),
    ("RES: ENC: Cotação de parafusos", "parafusos"),
    ("Отв: запрос КП на светильники", "светильники"),
    ("답장: LED 패널 견적 문의", "LED 패널"),
    ("Re[2]: Kugelhähne - Anfrage", "Kugelhähne"),
    ("Kugelhahnanfrage", "Kugelhahnanfrage"),  # one compound word: not cut apart
    ("Certificado expedido", "Certificado expedido"),  # a word that merely ends like one
    ("Italian restaurant supplies", "Italian restaurant supplies"),
])
def test_clean_subject_strips_prefixes_and_lead_words(subject, expected):
    from inquiry_triage.drafts import clean_subject

    assert clean_subject(subject) == expected
