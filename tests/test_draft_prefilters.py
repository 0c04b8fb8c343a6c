"""The literal prefilters of drafts.py never change what a pattern finds: a text that lacks every
string the parse tree says a match needs has no match, whatever its letters' case."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from inquiry_triage import drafts
from inquiry_triage.drafts import _needs, _search

ROOT = Path(__file__).resolve().parents[1]

PATTERNS = {"buy_cue": drafts._BUY_CUE, "incoterm": drafts._INCOTERM, "payment": drafts._PAYMENT,
            "price": drafts._PRICE, **{f"destination_{k}": p for k, p in drafts._DESTINATION_PHRASES.items()}}

# Letters re's IGNORECASE matches beyond plain lower/upper case: long s, dotless and dotted i,
# the Kelvin sign, final sigma, Greek symbol variants, and case variants of everything else.
TRICKY = "ſıİKÅςσΣϐϵϑϰϖϱϕẛﬅﬆµΜ"


def _texts() -> list[str]:
    texts = [p.read_text("utf-8", "replace")[:8000] for p in sorted((ROOT / "fixtures" / "emails").glob("*.eml"))]
    rng = random.Random(7)
    words = []
    for pattern in PATTERNS.values():
        needs = _needs(pattern)
        if needs is not None:
            words += list(needs.plain) + list(needs.folded)
    for _ in range(3000):  # cue words in random case, with tricky letters swapped in, around places
        parts = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(words + ["Hamburg", "Jebel Ali", "300 sillas", "1.200 Stühle", "to", ":", "%", "FOB"])
            word = "".join(c.upper() if rng.random() < 0.4 else c for c in word)
            if rng.random() < 0.3:
                word = "".join(rng.choice(TRICKY) if rng.random() < 0.15 else c for c in word)
            parts.append(word)
        texts.append(rng.choice([" ", "  ", "\t", ". "]).join(parts))
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_prefiltered_search_finds_exactly_what_the_pattern_finds(name):
    pattern = PATTERNS[name]
    needs = _needs(pattern)
    for text in TEXTS:
        fast, slow = _search(pattern, needs, text), pattern.search(text)
        assert (fast and fast.span()) == (slow and slow.span()), (name, text)


def test_case_insensitive_needs_see_the_letters_re_folds():
    needs = _needs(re.compile(r"(?i:ship|kilo|sigma)[ ]to"))
    assert needs is not None
    for text in ("ſHIP to", "SHİP to", "KILO to", "ΣIGMA to".replace("Σ", "s")):
        assert re.search(r"(?i:ship|kilo|sigma)[ ]to", text)
        assert needs.met(text), text


def test_a_pattern_without_a_required_string_is_always_searched():
    assert _needs(re.compile(r"\d+\w+")) is None
    assert _needs(re.compile(r"\d+ \w+")).plain == (" ",)  # a space is required too
    assert _needs(re.compile(r"a?b*|c")) is None


def test_the_drafts_patterns_all_have_prefilters():
    """The speed-up is real: every pattern that used to scan each text gets one."""
    missing = [name for name, pattern in PATTERNS.items() if _needs(pattern) is None]
    assert missing == []


def test_sentence_ends_are_cut_as_the_plain_pattern_cuts_them():
    plain = re.compile(r"(?<!\d)[.!?](?!\d)|[。！？\n;؛]")
    rng = random.Random(3)
    alphabet = "ab 12.!?。！？\n;؛٣"
    samples = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in samples:
        assert drafts._SENTENCE_END.split(text) == plain.split(text), text
