"""What newcomers found in the reply drafts: the blank to sign was English in every language, the
German draft thanked for 'Ihre Angaben zur Lieferzeit' when the buyer had only asked for the lead
time, and the Chinese draft cut 'T/T 30%定金' to 'T/T 30%'."""

from __future__ import annotations

import pytest

from inquiry_triage.drafts import (GREETINGS, NOTICE_KINDS, SIGNATURE_PLACEHOLDERS, acknowledged, draft_notice,
                                   draft_reply, template_languages)
from inquiry_triage.model import Inquiry


def inquiry(body: str = "We need 300 office chairs.", **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Anna Keller", "from_addr": "anna@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


# --- 4. the blank to sign is in the draft's language --------------------------------------------------

@pytest.mark.parametrize("language", sorted(GREETINGS))
def test_an_unsigned_reply_ends_with_a_blank_in_its_own_language(language):
    last = draft_reply(inquiry(), [], language, signature="").splitlines()[-1]
    assert last == SIGNATURE_PLACEHOLDERS[language]
    if language != "en":
        assert last != SIGNATURE_PLACEHOLDERS["en"]


def test_every_language_a_draft_greets_in_has_its_blank_and_every_template_has_one_too():
    assert set(GREETINGS) <= set(SIGNATURE_PLACEHOLDERS)
    assert set(template_languages()) <= set(SIGNATURE_PLACEHOLDERS)
    assert len(set(SIGNATURE_PLACEHOLDERS.values())) == len(SIGNATURE_PLACEHOLDERS)  # none left in English


@pytest.mark.parametrize("language", ["zh", "de", "es", "fr", "ru", "pt", "ar"])
def test_an_unsigned_notice_ends_with_the_blank_in_its_language(language):
    for kind in NOTICE_KINDS:
        last = draft_notice(kind, inquiry(), language, signature="").splitlines()[-1]
        assert last == SIGNATURE_PLACEHOLDERS[language], (kind, last)


def test_a_language_without_a_template_signs_in_the_english_templates_words():
    # Swahili greets in English too (no greeting of its own): the whole draft, blank included, is English
    assert draft_reply(inquiry(), [], "sw", signature="").splitlines()[-1] == SIGNATURE_PLACEHOLDERS["en"]


# --- 6. a payment term is quoted whole: the share keeps its name --------------------------------------

@pytest.mark.parametrize(("language", "body", "terms"), [
    ("zh", "我们需要300把办公椅，付款方式：T/T 30%定金，70%见提单副本。", "T/T 30%定金，70%见提单副本"),
    ("zh", "订购300把椅子，T/T 30%定金", "T/T 30%定金"),
    ("zh", "订购300把椅子，付款：30%定金，余款发货前付清。", "30%定金，余款发货前付清"),
    ("ja", "椅子を300脚注文したいです。支払条件：T/T 30%前金、残金は出荷前。", "T/T 30%前金、残金は出荷前"),
    ("ja", "椅子を300脚注文したいです。T/T 30%前払い", "T/T 30%前払い"),
    ("ko", "의자 300개 주문합니다. 결제 조건: T/T 30% 선금, 잔금 70% 선적 전.", "T/T 30% 선금, 잔금 70% 선적 전"),
    ("ko", "의자 300개 주문합니다. T/T 30% 계약금", "T/T 30% 계약금"),
    ("en", "We need 300 chairs. Payment: T/T 30% deposit, 70% before shipment.", "T/T 30% deposit, 70% before shipment"),
    ("de", "Wir brauchen 300 Stühle, Zahlung T/T 30% Anzahlung, Rest vor Versand.", "T/T 30% Anzahlung, Rest vor Versand"),
])
def test_the_payment_terms_are_quoted_whole(language, body, terms):
    assert acknowledged(inquiry(body), [], language)["payment_terms"] == terms
    draft = draft_reply(inquiry(body), [], language, signature="")
    assert terms in draft, draft
