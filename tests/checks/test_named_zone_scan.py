"""checks/origin.py: the buyer's place and form country, worked out once and found fast.

* named_zone finds the capitalised words in C (origin._CAPITALISED) instead of looping over every word
  of up to 12,000 characters: it must answer exactly what that loop over _WORD.findall answered, on
  texts of every shape (accents, capitals inside words, names across punctuation and line ends).
* form_country is asked up to three times a message (COUNTRY_RISK, the buyer's clock, the buyer's
  country): the form fields of one text are read once, and an inquiry whose text or signature differs
  is read again."""

from __future__ import annotations

import random
from datetime import datetime, timezone

from inquiry_triage.checks import origin
from inquiry_triage.checks.origin import _fold, _name_starts, _place_zone, _WORD, form_country, named_zone
from inquiry_triage.config import load_config
from inquiry_triage.parsing import form_fields
from inquiry_triage.pipeline import build_context, triage
from tests.factories import make_inquiry

WHEN = datetime(2026, 11, 30, 11, 0, tzinfo=timezone.utc)


def _reference(inquiry, offset, when, *, exclude=""):
    """named_zone as it was written: every word of the text, its first letter's case tested in Python."""
    text = "\n".join(part[:origin._PLACE_TEXT_CHARS] for part in (inquiry.signature, inquiry.own_text or inquiry.body,
                                                                  inquiry.subject) if part)
    words = _WORD.findall(text)
    starts = _name_starts()
    for i, word in enumerate(words):
        if not word[0].isupper() or _fold(word) not in starts:
            continue
        following = [_fold(w) for w in words[i:i + 3]]
        for n in (3, 2, 1):
            if n > len(following):
                continue
            zone = _place_zone(" ".join(following[:n]), offset, when, exclude)
            if zone:
                return zone, " ".join(words[i:i + n])
    return "", ""


PIECES = ["Saudi Arabia", "saudi Arabia", "Abu Dhabi", "abu dhabi", "New Delhi", "Istanbul", "istanbul", "Lagos",
          "Nairobi, Kenya", "Kenya", "Mumbai", "McIstanbul", "ÉIstanbul", "Évora", "São Paulo", "Ürümqi", "Ōsaka",
          "Jordan", "China", "Turkey", "UAE", "Uae", "USA", "UK", "In", "De", "Cape Town", "Cape", "Town", "the",
          "Best regards", "Dubai", "Ho Chi Minh", "Kyiv", "Odessa", "Munich", "Paris", "Hong Kong", "Abu-Dhabi",
          "Saudi\nArabia", "Saudi.Arabia", "Riyadh", "Jeddah", "Cairo", "Çorlu", "ǅemal", "Ǆ", "ǈ", "ĳssel", "Ĳssel",
          "国家", "Москва", "Κύπρος", "Ꭰ", "123", "x9Lagos", "_Lagos", "Lagos_", "LAGOS", "NEW DELHI", "Pakistan",
          "Karachi", "Lahore", "Bangkok", "Hanoi", "Manila", "Jakarta", "Sydney", "Auckland", "Santiago", "Lima"]
SEPARATORS = [" ", ", ", "\n", ". ", " - ", "\t", "", "(", ")", "/", "’", "'", "  "]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 12)))


def test_named_zone_answers_what_the_word_loop_answered():
    rng = random.Random(20261203)
    for n in range(3000):
        inquiry = make_inquiry(body=_text(rng), subject=_text(rng)[:60])
        inquiry.signature = _text(rng) if n % 2 else ""
        for offset in (180, 240, 330, 60, -180, 480, 420, 0, 120):
            for exclude in ("", "TR"):
                assert named_zone(inquiry, offset, WHEN, exclude=exclude) == _reference(inquiry, offset, WHEN,
                                                                                         exclude=exclude), \
                    (inquiry.signature, inquiry.body, inquiry.subject, offset, exclude)


def test_the_capitals_are_the_words_whose_first_letter_is_upper():
    for code in range(0x250):
        ch = chr(code)
        if _WORD.fullmatch(ch):
            assert (origin._CAPITALISED.fullmatch(ch) is not None) == ch.isupper(), ch


CTX = build_context(load_config(None), offline=True, now=WHEN)


def _gmail_form(body: str) -> bytes:
    """A form's mail handed over by Google (no sender network): its country is the form's field."""
    return ("Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com. [209.85.221.54])\r\n"
            "\tby mx1.seller.example (Postfix); Mon, 30 Nov 2026 15:02:09 +0800 (CST)\r\n"
            "From: Buyer <buyer.trading@gmail.com>\r\nDate: Mon, 30 Nov 2026 11:02:05 +0300\r\n"
            "Message-ID: <CAform1@mail.gmail.com>\r\nSubject: Inquiry\r\nTo: sales@seller.example\r\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def test_a_message_reads_its_form_country_once(monkeypatch):
    asked = []
    original = form_fields.field_values
    monkeypatch.setattr(origin, "field_values",
                        lambda text, field: asked.append(field) or original(text, field))
    result = triage(_gmail_form("Name: Ali Demir\nCountry: Turkey\nMessage: we need 500 pcs of PL-200, FOB price?\n"),
                    CTX)
    assert (result.country.code, result.country.evidence) == ("TR", "form")
    assert result.buyer_timezone == "Europe/Istanbul"
    assert asked.count("country") == 1


def test_another_text_or_signature_is_read_again():
    inquiry = make_inquiry(body="Country: Kenya\nWe need tiles.")
    assert form_country(inquiry) == ("KE", "Kenya")
    inquiry.signature = "Country: Ghana"
    assert form_country(inquiry) == ("KE", "Kenya")  # the text's field comes first; the signature was read
    inquiry.own_text = "We need tiles."
    assert form_country(inquiry) == ("GH", "Ghana")
    inquiry.own_text = "".join(["Country: ", "Peru"])
    assert form_country(inquiry) == ("PE", "Peru")


def test_the_origin_check_asks_no_country_hours_when_the_date_offset_fits(monkeypatch):
    """ODD_SEND_HOUR reads the Date's own hour when its offset is one the network's country keeps: the
    country's hours at every offset (geo.local_hours) are not worked out for nothing."""
    from inquiry_triage.checks.facts import measure
    from inquiry_triage.checks.origin import OriginCheck
    from inquiry_triage.lookups import geo
    from inquiry_triage.parsing import parse_email

    raw = ("Received: from [203.0.113.9] (helo=pc) by mx1.seller.example; Mon, 30 Nov 2026 15:02:09 +0800\r\n"
           "From: Buyer <buyer@acme-us.example>\r\nDate: Mon, 30 Nov 2026 01:02:05 -0500\r\n"
           "Message-ID: <odd1@acme-us.example>\r\nSubject: Inquiry\r\nTo: sales@seller.example\r\n\r\n"
           "Hello, we need 500 pcs, FOB price?\r\n").encode()
    inquiry = parse_email(raw, source="t")
    facts = measure(inquiry, CTX)
    facts = type(facts)(**{**facts.__dict__, "ip_country": "US", "date_offset_fits": True, "sender_local_hour": 1})
    asked = []
    monkeypatch.setattr(geo, "local_hours", lambda *a: asked.append(a) or [("America/New_York", 1)])
    hits = OriginCheck().run(inquiry, facts, CTX)
    assert "ODD_SEND_HOUR" in [h.rule for h in hits]
    assert asked == []
