"""Content shape: very long messages (a spy marker), structured buying fields from records, and
the value of a minor-language inquiry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from ..model import Hit, Inquiry
from ..memo import IdentityMemo
from . import Context
from .facts import Facts
from .rules import has_case_trap

_WORD = re.compile(r"\w+")
_QUANTITY = re.compile(r"\d")


class SpyShapeCheck:
    name = "spy-shape"
    description = "A very long message (the seed's spy inquiry is long and full of irrelevant detail)"
    needs_network = False
    hit_names = ("__LONG_MESSAGE",)
    long_words = 350

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        words = word_count(inquiry.own_text or inquiry.body)
        if words >= self.long_words:
            return [Hit("__LONG_MESSAGE", 0.0, f"long message ({words} words)", "spy", "body", "")]
        return []


# An unsubscribe / opt-out sentence is the mailer's footer, not the message: an image to click
# with only that footer is still a mail without words.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_OPT_OUT = re.compile(r"(?i)unsubscrib|opt[\s-]?out|remove\s+yourself|manage\s+(?:your\s+)?(?:subscription|preferences)|"
                      r"no\s+longer\s+(?:wish|want)\s+to\s+receive|prefer\s+not\s+to\s+receive|descadastr|"
                      r"cancel\w*\s+(?:a\s+)?(?:sua\s+)?inscri|abmeld|abbestell|d[ée]sinscri|d[ée]sabonn|darse\s+de\s+baja|"
                      r"afmeld|uitschrijv|disiscri")


# The same phrases without IGNORECASE, for lower-cased text: Python's case-insensitive matching
# compares each letter slowly, and str.lower() is one fast pass. They match at the same places,
# except for the rules' case traps (rules.CASE_TRAPS: İ, ı, ſ ... where IGNORECASE and lower() part
# ways): a text with one of them is searched with _OPT_OUT itself.
# tests/checks/test_shared_text.py proves this over every code point.
_OPT_OUT_LOWER = re.compile(_OPT_OUT.pattern.removeprefix("(?i)"))


def _without_opt_out(text: str) -> str:
    text = text[:20_000]
    if has_case_trap(text):
        if not _OPT_OUT.search(text):
            return text
        return " ".join(s for s in _SENTENCE.findall(text) if not _OPT_OUT.search(s))
    lowered = text.lower()  # same length and the same sentence ends as `text` (no trap in it)
    if not _OPT_OUT_LOWER.search(lowered):
        # No sentence can hold an opt-out phrase the whole text lacks: nothing to cut, and as every
        # word lies inside one sentence, joining the sentences would keep the same words.
        return text
    return " ".join(text[m.start():m.end()] for m in _SENTENCE.finditer(lowered)
                    if not _OPT_OUT_LOWER.search(m.group()))


def _words_without_opt_out(text: str, cap: int) -> int:
    """`min(cap, words of _without_opt_out(text))`, reading sentences only until `cap` words are found
    (a newsletter's first lines decide; its thousands of sentences were each searched for an opt-out
    phrase before). The sentences are joined by a space, which merges no words: the words of the
    joined text are the words of its sentences."""
    text = text[:20_000]
    pieces: Iterable[str]
    if has_case_trap(text):
        pieces = ((text,) if not _OPT_OUT.search(text)
                  else (m.group() for m in _SENTENCE.finditer(text) if not _OPT_OUT.search(m.group())))
    else:
        lowered = text.lower()  # same length and the same sentence ends as `text` (no trap in it)
        pieces = ((text,) if not _OPT_OUT_LOWER.search(lowered)
                  else (text[m.start():m.end()] for m in _SENTENCE.finditer(lowered)
                        if not _OPT_OUT_LOWER.search(m.group())))
    words = 0
    for piece in pieces:
        words += sum(1 for _ in islice(_WORD.finditer(piece), cap - words))
        if words >= cap:
            break
    return words


# Word counts of the texts read: spy-shape, fraud-shape and link-is-the-message count the words of
# the same own text (a batch's worth kept: memo.py).
_WORD_COUNTS: IdentityMemo[str, int] = IdentityMemo()


# An ASCII text's bytes with each word character (re's \w on ASCII: letters, digits, "_") as "a" and
# every other byte as a space: its words are then the places where "a" follows a space (or starts it).
_ASCII_WORD_MARKS = bytes(97 if (chr(b).isalnum() or chr(b) == "_") and b < 128 else 32 for b in range(256))


def word_count(text: str) -> int:
    """How many words (runs of word characters) `text` has."""
    found = _WORD_COUNTS.get(text)
    if found is not None:
        return found[1]
    if text.isascii():  # most mail: counted at C speed without a string per word (4x faster)
        marks = text.encode("ascii").translate(_ASCII_WORD_MARKS)
        count = marks.count(b" a") + marks.startswith(b"a")
    else:
        count = len(_WORD.findall(text))
    _WORD_COUNTS.put(text, count)
    return count


class LinksWithoutWordsCheck:
    name = "links-without-words"
    description = "An HTML mail that is links and pictures with hardly any words (bulk and phishing shape)"
    needs_network = False
    hit_names = ("LINKS_WITHOUT_WORDS",)
    max_words = 20

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email" or not inquiry.html or not inquiry.links:
            return []
        # Counted only up to one past the limit: a newsletter's thousands of words decide nothing more.
        words = _words_without_opt_out(inquiry.body, self.max_words + 1)
        if words <= self.max_words:
            return [Hit("LINKS_WITHOUT_WORDS", 1.5, "HTML mail with links but almost no text (an image to click)", "scam",
                        "body", f"{words} words, {len(inquiry.links)} links")]
        return []


class EmptyMessageCheck:
    name = "empty-message"
    description = "No subject, no text and no attachment: nothing a buyer would send"
    needs_network = False
    hit_names = ("EMPTY_MESSAGE",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email" or inquiry.attachments or inquiry.subject.strip() or _WORD.search(inquiry.body):
            return []
        return [Hit("EMPTY_MESSAGE", 1.5, "empty message: no subject, no text, no attachment", "scam", "body", "")]


class BuyingFieldsCheck:
    name = "buying-fields"
    description = "Buying signals given as record fields (RFQ quantity, product, company, website)"
    needs_network = False
    hit_names = ("RFQ_QUANTITY", "RFQ_PRODUCT", "DECLARED_COMPANY")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        quantity = f"{inquiry.quantity} {inquiry.unit}".strip()
        if inquiry.quantity and _QUANTITY.search(inquiry.quantity):
            if _text_states_quantity(inquiry, ctx):
                # One quantity earns its points once: the text's own QUANTITY counts it (an RFQ's "500 Piece/
                # Pieces" column and "Quantity: 500 pieces" in its text, 50000 and "50.000 Stück").
                hits.append(Hit("RFQ_QUANTITY", 0.0, "states a quantity (counted once, as the text's QUANTITY)",
                                "grade", "record", quantity))
            else:
                hits.append(Hit("RFQ_QUANTITY", 1.0, "states a quantity", "grade", "record", quantity))
        if inquiry.product:
            hits.append(Hit("RFQ_PRODUCT", 0.5, "names the product", "grade", "record", inquiry.product[:60]))
        if inquiry.company or inquiry.website:
            hits.append(Hit("DECLARED_COMPANY", 0.5, "gives a company name or website", "grade", "record",
                            " / ".join(p for p in (inquiry.company, inquiry.website) if p)))
        return hits


_BEFORE, _AFTER = 30, 60  # characters around the record's number that the QUANTITY rule is tried on
_MAX_PLACES = 20  # occurrences of the number tried at most (a number repeated in a long text decides nothing more)


def _text_states_quantity(inquiry: Inquiry, ctx: Context) -> bool:
    """Whether the text states the record's own quantity: the QUANTITY rule in use fires on the same
    number, however its thousands are grouped ("50.000 Stück", "50,000 pcs", "50 000 шт" for 50000).
    Another number counted in the text ("XCMG 50 ton crane", "24pcs highlighter set" beside a
    quantity of 1 or 36) is the goods' own size or pack, not the order's quantity."""
    from .rules import match_text_rule

    if not re.fullmatch(r"[\d,.\u00a0\u202f ]+", inquiry.quantity.strip()) or re.search(r"[.,]\d{1,2}$", inquiry.quantity.strip()):
        return False  # not a plain count ("1.5", "100-200"): nothing to compare
    digits = re.sub(r"\D", "", inquiry.quantity)[:12].lstrip("0")
    rule = next((r for r in ctx.rules.rules if r.name == "QUANTITY" and r.source is not None), None)
    if not digits or rule is None:
        return False
    groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)][::-1]
    number = re.compile(r"(?<![\d.,])" + r"[,.\u00a0\u202f ]?".join(groups) + r"(?!\d|[.,]\d)")
    text = (inquiry.own_text or inquiry.body or "")[:20_000]
    for found in islice(number.finditer(text), _MAX_PLACES):
        # From the number itself ("500 pcs"), then with the words before it ("Quantity: 500", "need 500 chairs").
        for start in (found.start(), max(0, found.start() - _BEFORE)):
            window = text[start:found.end() + _AFTER]
            hit = match_text_rule(rule, Inquiry(source=inquiry.source, message_id=inquiry.message_id, body=window,
                                                own_text=window))
            if hit is not None and re.sub(r"\D", "", hit.excerpt).lstrip("0") == digits:
                return True
    return False


class LanguageValueCheck:
    name = "language"
    description = "Minor-language inquiries are high quality and time-critical (DOMAIN.md 2.4)"
    needs_network = False
    hit_names = ("MINOR_LANGUAGE", "MIXED_MINOR_ENGLISH", "LANGUAGE_UNDETERMINED")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        result = facts.language
        hits: list[Hit] = []
        if result.minor_language:
            hits.append(Hit("MINOR_LANGUAGE", 1.5, "written in a minor language: high value, reply fast and in it", "grade",
                            "language", result.language))
        if result.mixed_with_english:
            langs = "+".join(code for code, _ in result.languages[:2])
            hits.append(Hit("MIXED_MINOR_ENGLISH", 0.0, "minor language and English in the same message", "info", "language", langs))
        if result.language == "und" and result.reason:
            # Why no language was named (a product code, a name ...): the reply falls back to English.
            hits.append(Hit("LANGUAGE_UNDETERMINED", 0.0, f"no language named: {result.reason}", "info", "language"))
        return hits
