"""What newcomers found in the reply drafts: the blank to sign was English in every language, the
German draft thanked for 'Ihre Angaben zur Lieferzeit' when the buyer had only asked for the lead
time, the Chinese draft cut 'T/T 30%定金' to 'T/T 30%', and a German signature that starts with
'Mit freundlichen Grüßen' got that closing twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inquiry_triage.drafts import (GREETINGS, NOTICE_KINDS, SIGNATURE_PLACEHOLDERS, acknowledged, draft_notice,
                                   draft_reply, template_languages, valediction_languages)
from inquiry_triage.model import Hit, Inquiry


# A Hindi draft is for a buyer who writes Devanagari: one who writes Hindi in Latin letters gets the English
# text with "Namaste" (drafts.ROMANISED_GREETINGS; tests/test_drafts_romanised.py).
IN_SCRIPT = {"hi": "हमें 300 ऑफिस कुर्सियाँ चाहिए।"}


def inquiry(body: str = "We need 300 office chairs.", **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Anna Keller", "from_addr": "anna@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


# --- 4. the blank to sign is in the draft's language --------------------------------------------------

@pytest.mark.parametrize("language", sorted(GREETINGS))
def test_an_unsigned_reply_ends_with_a_blank_in_its_own_language(language):
    last = draft_reply(inquiry(IN_SCRIPT.get(language, "We need 300 office chairs.")), [], language,
                       signature="").splitlines()[-1]
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
    # Finnish greets in English too (no greeting of its own): the whole draft, blank included, is English
    # (this test used Swahili, then Hungarian, until each got its own template)
    assert "fi" not in GREETINGS and "fi" not in template_languages()
    assert draft_reply(inquiry(), [], "fi", signature="").splitlines()[-1] == SIGNATURE_PLACEHOLDERS["en"]


# --- 5. a lead time asked is answered; only one the buyer set is acknowledged ---------------------------

ASKED = Hit("DELIVERY_TIME", 0.5, "asks about or sets a delivery time", excerpt="Lieferzeit")
QUANTITY = Hit("QUANTITY", 1.0, "quantity", excerpt="300 Stück")


def test_a_german_buyer_who_asks_the_lead_time_gets_an_answer_line_not_thanks_for_details():
    draft = draft_reply(inquiry("Wir brauchen 300 Stück. Wie ist Ihre Lieferzeit?"), [QUANTITY, ASKED], "de",
                        signature="")
    assert "Angaben zur Lieferzeit" not in draft, draft
    assert "Unsere Lieferzeit beträgt [__] Tage nach Auftragsbestätigung." in draft, draft


def test_a_german_buyer_who_sets_the_lead_time_is_thanked_for_it_and_gets_no_blank():
    # Quoted in the buyer's words with the other details (it was only named, "Ihre Angaben zur Lieferzeit").
    draft = draft_reply(inquiry("Wir brauchen 300 Stück. Lieferzeit: innerhalb von 3 Wochen."), [QUANTITY, ASKED], "de",
                        signature="")
    assert "Lieferzeit: innerhalb von 3 Wochen" in draft and "[__]" not in draft, draft
    assert "Angaben zur Lieferzeit" not in draft, draft


@pytest.mark.parametrize("language", sorted(GREETINGS))
def test_in_every_language_an_asked_lead_time_gets_the_answer_line_and_a_set_one_does_not(language):
    hit = Hit("DELIVERY_TIME", 0.5, "delivery time", excerpt="lead time")
    asked = draft_reply(inquiry("We need 300 chairs. What is your lead time?"), [hit], language, signature="")
    given = draft_reply(inquiry("We need 300 chairs. Our lead time: 30 days."), [hit], language, signature="")
    assert asked.count("[__]") == 1 and "[__]" not in given, (asked, given)


@pytest.mark.parametrize(("body", "excerpt", "given"), [
    ("Please send your best price CIF Valencia and the delivery time.", "delivery time", ""),
    ("Wie ist die Lieferzeit?", "Lieferzeit", ""),
    ("请告知交货期。", "交货期", ""),
    # The bound is the buyer's own word and is quoted with the time ("30天内", not "30天").
    ("交货期30天内。", "交货期", "30天内"),
    ("納期は4週間以内でお願いします。", "納期", "4週間以内"),
    ("납기 30일 이내", "납기", "30일 이내"),
    ("Delivery time: no later than 15/03/2027", "Delivery time", "no later than 15/03/2027"),
    ("What is your lead time for 500 pcs?", "lead time", ""),
])
def test_a_delivery_time_is_given_only_with_a_duration_or_a_date(body, excerpt, given):
    hit = Hit("DELIVERY_TIME", 0.5, "d", excerpt=excerpt)
    assert acknowledged(inquiry(body), [hit], "en")["delivery_time"] == given


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


# --- 7. a signature that starts with its own closing gets that closing once, in every language -------

TEMPLATES = Path(__file__).resolve().parents[1] / "config" / "templates"
_SIGN_OFF = re.compile(r"""sign_off\(\s*["']([^"']+)["']""")


def template_closings() -> list[tuple[str, str, str]]:
    """(kind, language, closing) of every shipped template, read from its sign_off call."""
    found = []
    for path in sorted(TEMPLATES.glob("*.j2")):
        kind, language = path.name.split(".")[:2]
        closing = _SIGN_OFF.search(path.read_text(encoding="utf-8"))
        assert closing, path
        found.append((kind, language, closing.group(1)))
    return found


@pytest.mark.parametrize(("kind", "language", "closing"), template_closings())
def test_every_templates_closing_is_known_as_a_closing_of_its_language(kind, language, closing):
    assert language in valediction_languages(closing), (kind, closing)


@pytest.mark.parametrize(("kind", "language", "closing"), template_closings())
def test_a_signature_that_starts_with_the_templates_closing_gets_it_once(kind, language, closing):
    signature = f"{closing}\nHans Weber\nVertrieb"
    if kind == "reply":
        draft = draft_reply(inquiry(IN_SCRIPT.get(language, "We need 300 office chairs.")), [], language,
                            signature=signature)
    else:
        draft = draft_notice(NOTICE_KINDS[0], inquiry(), language, signature=signature)
    assert draft.count(closing) == 1, draft
    assert draft.endswith(f"{closing}\nHans Weber\nVertrieb"), draft


def test_the_german_finding_mit_freundlichen_gruessen_once():
    draft = draft_reply(inquiry("Wir brauchen 300 Stühle."), [], "de",
                        signature="Mit freundlichen Grüßen\nHans Weber\nVertriebsleiter\nMuster GmbH")
    assert draft.count("Mit freundlichen Grüßen") == 1, draft
    assert draft.endswith("Mit freundlichen Grüßen\nHans Weber\nVertriebsleiter\nMuster GmbH"), draft


@pytest.mark.parametrize(("signature", "language", "block"), [
    ("Mit freundlichen Grüßen\nHans Weber", "zh", "顺祝商祺！\nHans Weber"),  # another language's closing gives way
    ("Mit freundlichen Grüssen\nHans Weber", "en", "Best regards,\nHans Weber"),
    ("Beste Grüße,\nHans Weber", "de", "Beste Grüße,\nHans Weber"),  # the seller's own, in the draft's language
    ("此致\n敬礼！\n李伟", "en", "Best regards,\n李伟"),  # a closing on two lines
    ("顺祝商祺！\n李伟", "zh", "顺祝商祺！\n李伟"),
    ("Saludos cordiales,\nAna Ruiz", "fr", "Bien cordialement,\nAna Ruiz"),
    ("С уважением,\nИван Петров", "ru", "С уважением,\nИван Петров"),
    ("Mit freundlichen Grüßen", "de", "Mit freundlichen Grüßen\n[Ihr Name]"),  # a closing alone signs nobody
])
def test_a_signatures_own_closing_appears_once(signature, language, block):
    draft = draft_reply(inquiry(), [], language, signature=signature)
    assert draft.split("\n\n")[-1] == block, draft


# --- 8. a lead time is given only with a real time unit: a count or a price that starts like one is not ---

@pytest.mark.parametrize(("body", "excerpt", "given"), [
    ("目标价每把300日元，交货期多久？", "交货期", ""),  # yen, not 300 days
    ("采购300周转箱，交货期多久？", "交货期", ""),  # turnover boxes, not 300 weeks
    ("采购300天然橡胶垫，请告知交货期。", "交货期", ""),  # natural rubber
    ("采购300周转箱，交货期30天。", "交货期", "30天"),  # the lead time, not the count before it
    ("交货期30日内。", "交货期", "30日内"),
    ("単価300日本円以下で、納期を教えてください。", "納期", ""),  # Japanese yen
    ("300日用品の納期はいつですか？", "納期", ""),  # daily goods
    ("納期は30日以内でお願いします。", "納期", "30日以内"),
    ("Wir brauchen 300 Tagesdecken, wie ist die Lieferzeit?", "Lieferzeit", ""),  # bedspreads, not days
    ("Lieferzeit: 10 Werktagen nach Zahlung.", "Lieferzeit", "10 Werktagen"),
    ("Lieferzeit höchstens 5 Tage.", "Lieferzeit", "5 Tage"),
    ("We need 300 tags for our boxes, what is your lead time?", "lead time", ""),  # tags, not days
    ("We need 300 tags, lead time 30 days.", "lead time", "30 days"),
    ("Necesitamos 300 mesitas de noche, ¿cuál es el plazo de entrega?", "plazo de entrega", ""),  # not 'mesi'
    ("Necesitamos 300 mesitas de noche, plazo de entrega 45 días.", "plazo de entrega", "45 días"),
    ("300 ayakkabı için teslim süresi nedir?", "teslim süresi", ""),  # shoes, not 300 months
    ("300일회용 컵 납기는 언제입니까?", "납기", ""),  # disposable cups, not 300 days
    ("납기 30일 정도", "납기", "30일"),
])
def test_a_lead_time_needs_a_real_time_unit(body, excerpt, given):
    hit = Hit("DELIVERY_TIME", 0.5, "d", excerpt=excerpt)
    assert acknowledged(inquiry(body), [hit], "en")["delivery_time"] == given
