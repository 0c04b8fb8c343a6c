"""Reply drafts in the languages added after the first 24: Swahili, Tagalog and Bengali (session 9 of
issue 10) and Swedish and Hungarian (session 14, tests/test_language_sv_hu.py). Their templates render
from the language code alone, whether or not the detector lists them, for a fresh triage and for a stored
task alike. Register: Swedish "Hej {name}," / "Hej," and "ni" to the buyer's company; Hungarian
"Tisztelt {name}!" / "Tisztelt Partnerünk!" (no "Hölgyem/Uram" slash form) and the formal Ön."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from inquiry_triage.drafts import (
    GREETINGS,
    SIGNATURE_PLACEHOLDERS,
    DraftSettings,
    draft_reply,
    task_draft,
    template_languages,
    valediction_languages,
)
from inquiry_triage.model import Hit, Inquiry

# language: (greeting with the name, without, native closing, words the body must be written in)
EXPECTED = {
    "sw": ("Habari Anna Keller,", "Habari,", "Asante,", "Asante kwa ulizo lako"),
    "tl": ("Magandang araw po, Anna Keller!", "Magandang araw po!", "Maraming salamat po,",
           "Salamat po sa inyong katanungan"),
    "bn": ("প্রিয় Anna Keller,", "প্রিয় গ্রাহক,", "ধন্যবাদান্তে,", "আপনার অনুসন্ধানের জন্য আন্তরিক ধন্যবাদ"),
    "sv": ("Hej Anna Keller,", "Hej,", "Med vänliga hälsningar", "Tack för er förfrågan"),
    "hu": ("Tisztelt Anna Keller!", "Tisztelt Partnerünk!", "Üdvözlettel:", "Köszönjük"),
}
# Words an English or another language's text would not have (the body is the language's own).
OWN_WORDS = {"sv": ("prover", "mottagarfrakt", "vår", "order"), "hu": ("mintákkal", "címzett", "megrendelése", "Ha")}
BODY = "We need 300 office chairs, delivery within 30 days, CIF Mombasa. Please send samples."
HITS = [Hit("__ASKS_SAMPLES", 0.0, "samples")]


def inquiry(body: str = BODY, **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Anna Keller", "from_addr": "anna@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_each_has_its_own_template_greeting_closing_and_blank(language):
    assert language in template_languages() and language in GREETINGS
    assert (GREETINGS[language][0].format(name="Anna Keller"), GREETINGS[language][1]) == EXPECTED[language][:2]
    assert valediction_languages(EXPECTED[language][2]) == {language}
    blanks = [blank for code, blank in SIGNATURE_PLACEHOLDERS.items() if code != language]
    assert SIGNATURE_PLACEHOLDERS[language] not in blanks  # its own blank, not English's


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_draft_greets_thanks_quotes_and_signs_in_the_language(language):
    with_name, without_name, closing, thanks = EXPECTED[language]
    draft = draft_reply(inquiry(), HITS, language, signature="Best regards,\nLi Wei", seller_company="Ningbo Co")
    paragraphs = draft.split("\n\n")
    assert paragraphs[0] == with_name
    assert all(word in draft for word in OWN_WORDS.get(language, ())), draft
    assert thanks in paragraphs[1] and "within 30 days" in paragraphs[1] and "300" in paragraphs[1], draft
    assert paragraphs[-2].endswith("?"), paragraphs[-2]
    assert paragraphs[-1] == f"{closing}\nLi Wei\nNingbo Co"  # the English closing gives way, once
    assert "Best regards" not in draft and "Thank you" not in draft and "[__]" not in draft
    english = draft_reply(inquiry(), HITS, "en", signature="Best regards,\nLi Wei", seller_company="Ningbo Co")
    for own, theirs in zip(paragraphs[1:-1], english.split("\n\n")[1:-1]):
        assert own != theirs  # not English text under a native greeting


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_no_name_no_signature_and_an_asked_lead_time(language):
    with_name, without_name, closing, _ = EXPECTED[language]
    draft = draft_reply(inquiry("What is your lead time?", from_name=""),
                        [Hit("DELIVERY_TIME", 0.5, "d", excerpt="lead time")], language, signature="")
    assert draft.startswith(without_name + "\n\n"), draft
    assert draft.count("[__]") == 1, draft  # the lead time asked is answered with a blank to fill
    assert draft.endswith(f"{closing}\n{SIGNATURE_PLACEHOLDERS[language]}"), draft


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_stored_task_in_the_language_gets_its_draft(language):
    """The queue makes the draft again from the stored row (language as the detector stored it)."""
    row = SimpleNamespace(channel="email", from_name="Anna Keller", from_addr="anna@buyer.example", subject="",
                          body=BODY, product="", language=language, result={"language": language, "reasons": []})
    task = SimpleNamespace(kind="reply", rule="", due_note="", attempt=0)
    draft = task_draft(task, row, DraftSettings(signature="Li Wei"))
    assert draft.startswith(EXPECTED[language][0]) and EXPECTED[language][3] in draft, draft


def test_no_slash_form_in_the_hungarian_greeting():
    assert not any("/" in greeting for greeting in GREETINGS["hu"]), GREETINGS["hu"]


@pytest.mark.parametrize("language, closing", [("sv", "Vänliga hälsningar"), ("hu", "Tisztelettel,")])
def test_a_signature_with_the_languages_own_closing_keeps_it_once(language, closing):
    draft = draft_reply(inquiry(), HITS, language, signature=f"{closing}\nLi Wei")
    assert draft.split("\n\n")[-1] == f"{closing}\nLi Wei", draft  # the seller's closing, not the template's too
