"""Case-insensitive patterns run on the text as it is still get literal needs, tested in
`fold(text)` (checks/literals.py). These tests check the facts that make that exact, on every code
point, against the regex engine itself: a folded text keeps its length and its word characters,
and every character the engine matches case-insensitively to a literal folds like that literal.
"""

from __future__ import annotations

import re
import sys

import _sre
import pytest

from inquiry_triage.checks.literals import _FOLD_UNSAFE, Scan, fold, plan

ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
CASED = "".join(ch for ch in ALL if _sre.unicode_iscased(ord(ch)))


def test_folding_keeps_length_and_word_characters():
    folded = fold(ALL)
    assert len(folded) == len(ALL)
    assert [m.start() for m in re.finditer(r"\w", folded)] == [m.start() for m in re.finditer(r"\w", ALL)]


def test_every_case_insensitive_match_folds_like_its_literal():
    # For each cased character l whose class the analysis uses: every character the engine matches
    # to (?i)l folds to fold(l). About 2,900 literals against every cased character.
    mismatched = []
    for literal in CASED:
        if chr(_sre.unicode_tolower(ord(literal))) in _FOLD_UNSAFE:
            continue  # such a letter is unknown to the analysis (no literal is taken from it)
        want = fold(literal)
        for found in re.findall("(?i)" + re.escape(literal), CASED):
            if fold(found) != want:
                mismatched.append((literal, found))
    assert not mismatched[:20]


def test_folding_maps_the_engine_s_extra_cases_together():
    assert fold("İSTANBUL ſ \u212a ΣΟΦΟΣ") == fold("istanbul s k σοφος")
    assert len(fold("İSTANBUL")) == len("İSTANBUL")


@pytest.mark.parametrize("text", [
    "Hello\nMY DEAR\nbye", "hello\nmy dear\n", "x\nMein Schatz!", "no affection here at all " * 20,
    "HALLO MEINE LIEBE", "ſweet", "\u212aind regards", "İstanbul\nDEAREST,\n",
])
def test_a_case_insensitive_pattern_gets_needs_and_finds_what_search_finds(text):
    pattern = re.compile(r"(?im)^\W{0,3}(?:my\s+)?(?:dear(?:est)?|darling)[\s,!.:]*$|\bmein(?:e)?\s+(?:liebe[rs]?|schatz)\b"
                         r"|\bhallo\s+meine\s+liebe\b|\bsweet\b|\bkind\b")
    found = plan(pattern)
    assert not found.needs and found.fold_needs  # nothing in the text as is, literals once folded
    long_text = "filler words " * 20 + text
    for candidate in (text, long_text):
        expected = pattern.search(candidate)
        got = found.search(Scan(candidate))
        assert (got and got.span()) == (expected and expected.span()), candidate
