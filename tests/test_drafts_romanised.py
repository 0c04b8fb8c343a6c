"""A buyer who writes Hindi in Latin letters ("bhai price kitna hai for 500 pcs?") is detected as `hi`
(language.py [romanised]); his draft is the English text with the greeting he uses ("Namaste"), the
way a language without a template is answered, not a letter in Devanagari he did not write. A buyer
who writes Devanagari keeps the Hindi template; an English mail stays English. The language itself
stays `hi` (drafts.ROMANISED_GREETINGS)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.drafts import (GREETINGS, NOTICE_KINDS, SIGNATURE_PLACEHOLDERS, DraftSettings, draft_notice,
                                   draft_reply, task_draft)
from inquiry_triage.language import LanguageDetector
from inquiry_triage.model import Hit, Inquiry

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
HINGLISH_CHAT = "bhai price kitna hai for 500 pcs?"
HINGLISH_MAIL = ("Namaste,\n\nmujhe aapke steel ball valves ka sample chahiye jaldi. Hume 500 pcs chahiye, "
                 "delivery kab tak ho sakti hai? Price bhi bata dijiye.\n\nDhanyavaad\nRahul Sharma")
HINDI_MAIL = ("नमस्ते,\n\nहमें आपके स्टील बॉल वाल्व का नमूना जल्दी चाहिए। हमें 500 पीस चाहिए, डिलीवरी कब तक हो "
              "सकती है? कृपया कीमत भी बताइए।\n\nधन्यवाद\nराहुल शर्मा")
ENGLISH_MAIL = ("Dear Sir,\n\nWe are interested in your steel ball valves. Please send us a sample and your "
                "best price for 500 pcs.\n\nBest regards,\nRahul Sharma")
SAMPLES = [Hit("__ASKS_SAMPLES", 0.0, "samples")]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    languages = load_config().data["languages"]
    return LanguageDetector(languages["detect"], languages["minor"], seed=languages.get("seed", 0))


def inquiry(body: str, channel: str = "email", from_name: str = "Rahul Sharma", subject: str = "") -> Inquiry:
    return Inquiry(source="t", message_id="<t@t>", channel=channel, from_name=from_name,
                   from_addr="rahul@buyer.example", subject=subject, body=body, own_text=body)


@pytest.mark.parametrize(("body", "channel", "name", "greeting"), [
    (HINGLISH_CHAT, "im", "", "Namaste,"),
    (HINGLISH_MAIL, "email", "Rahul Sharma", "Namaste Rahul Sharma ji,"),
])
def test_hinglish_gets_the_english_draft_with_namaste(detector, body, channel, name, greeting):
    language = detector.detect(body).language
    assert language == "hi"  # the language field stays Hindi
    draft = draft_reply(inquiry(body, channel, name), SAMPLES, language, signature="")
    paragraphs = draft.split("\n\n")
    assert paragraphs[0] == greeting, draft
    assert paragraphs[1].startswith("Thank you for your inquiry"), draft
    assert "economical courier" in draft  # the English sample paragraph
    assert not DEVANAGARI.search(draft), draft
    assert draft.endswith("Best regards,\n" + SIGNATURE_PLACEHOLDERS["en"]), draft
    # the same as an English buyer's draft below the greeting: the English template, not a new one
    english = draft_reply(inquiry(body, channel, name), SAMPLES, "en", signature="")
    assert paragraphs[1:] == english.split("\n\n")[1:]


def test_devanagari_keeps_the_hindi_draft(detector):
    language = detector.detect(HINDI_MAIL).language
    assert language == "hi"
    draft = draft_reply(inquiry(HINDI_MAIL), SAMPLES, language, signature="")
    assert draft.startswith(GREETINGS["hi"][0].format(name="Rahul Sharma") + "\n\n"), draft
    assert "Namaste" not in draft and "Thank you" not in draft and "economical courier" not in draft, draft
    assert "किफ़ायती कूरियर" in draft and draft.endswith(SIGNATURE_PLACEHOLDERS["hi"]), draft


def test_an_english_mail_stays_english(detector):
    language = detector.detect(ENGLISH_MAIL).language
    assert language == "en"
    draft = draft_reply(inquiry(ENGLISH_MAIL), SAMPLES, language, signature="")
    assert draft.startswith("Dear Rahul Sharma,\n\nThank you for your inquiry"), draft
    assert "Namaste" not in draft and not DEVANAGARI.search(draft), draft


def test_a_text_without_letters_keeps_the_languages_own_template():
    # Nothing written in Latin letters: no sign of romanised Hindi, the language's own template stays.
    draft = draft_reply(inquiry("500?"), [], "hi-IN", signature="")
    assert draft.startswith(GREETINGS["hi"][0].format(name="Rahul Sharma")), draft


@pytest.mark.parametrize("kind", NOTICE_KINDS)
def test_notices_greet_a_hinglish_buyer_with_namaste_and_a_devanagari_one_in_hindi(kind):
    romanised = draft_notice(kind, inquiry(HINGLISH_MAIL), "hi", rule=kind, signature="")
    assert romanised.startswith("Namaste Rahul Sharma ji,\n\n") and not DEVANAGARI.search(romanised), romanised
    native = draft_notice(kind, inquiry(HINDI_MAIL), "hi", rule=kind, signature="")
    assert native.startswith(GREETINGS["hi"][0].format(name="Rahul Sharma") + "\n\n"), native


def test_a_stored_hinglish_task_gets_the_english_draft_with_namaste():
    """The queue makes the draft again from the stored row: the language stored is hi."""
    row = SimpleNamespace(channel="im", from_name="", from_addr="", subject="", body=HINGLISH_CHAT, product="",
                          language="hi", result={"language": "hi", "reasons": []})
    task = SimpleNamespace(kind="reply", rule="", due_note="", attempt=0)
    draft = task_draft(task, row, DraftSettings(signature="Li Wei"))
    assert draft.startswith("Namaste,\n\nThank you for your inquiry"), draft
    assert not DEVANAGARI.search(draft), draft
