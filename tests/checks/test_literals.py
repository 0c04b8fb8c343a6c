"""The rules' literal plans (checks/literals.py) find exactly what `pattern.search` finds.

Every shipped rule is searched both ways on texts built to meet its literals: its own examples,
those examples inside a long letter (so the plan path runs), at the very start and end, in capitals,
glued to neighbouring words, and across lines; plus the fixture mails' bodies. Same match (span and
text) or None, every time. A few analysis facts are pinned too, so a change that makes the analysis
claim more than it knows fails here and not in production.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.literals import PREFIX, SUBSTRING, WORD, Scan, plan
from inquiry_triage.checks.rules import load_rules
from inquiry_triage.config import load_config

ROOT = Path(__file__).resolve().parents[2]
RULES = [r for r in load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES).text_rules]
FILLER = ("Dear supplier, we are a trading company and need your best price for the items below. "
          "Please quote FOB and CIF, with delivery time and payment terms.\n") * 4
FIXTURE_TEXTS = [p.read_bytes().decode("utf-8", "replace")[:20_000]
                 for p in sorted((ROOT / "fixtures").rglob("*.eml"))][:60]


def _variants(sample: str) -> list[str]:
    return [
        sample, FILLER + sample, sample + "\n" + FILLER, FILLER + sample + " " + FILLER,
        FILLER + sample.upper() + FILLER, FILLER + "x" + sample + "x", FILLER + sample.replace(" ", "\n"),
        FILLER + sample + sample, FILLER + sample[: len(sample) // 2],
    ]


# One plan per pattern, reused for every text, as production builds it once per rule: planning a big
# rule takes ~0.4 s, and re-planning it for each of its ~300 texts made single rules take 20-40 s.
_plan = functools.lru_cache(maxsize=None)(plan)


def _same(pattern: re.Pattern[str], text: str) -> None:
    expected = pattern.search(text)
    got = _plan(pattern).search(Scan(text))
    assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), \
        (pattern.pattern[:80], text[:200])


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_plan_finds_what_search_finds(rule):
    samples = list(rule.examples_hit) + list(rule.examples_miss)
    for sample in samples:
        for text in _variants(sample):
            _same(rule.pattern, text.lower() if rule.lowered else text)
    for text in FIXTURE_TEXTS:
        _same(rule.pattern, text.lower() if rule.lowered else text)


def test_words_after_a_boundary_are_looked_up_whole():
    found = plan(re.compile(r"\b(?:transfer|remit)\s+(?:the\s+)?funds?\b"))
    assert found.starts is not None
    assert {(s.literal, s.test.kind) for s in found.starts} == {("transfer", WORD), ("remit", WORD)}
    assert any("fund" in c.prefixes or "funds" in c.words for c in found.needs)
    assert found.search(Scan("please transfer the funds today")).group() == "transfer the funds"
    assert found.search(Scan("a transferable fund")) is None


def test_what_the_analysis_does_not_know_it_does_not_claim():
    # Case-insensitive letters: no start literal in the text itself (it is not lower-cased for such
    # a pattern), only in its folded twin, where "HELLO" and "hello" are found alike.
    insensitive = plan(re.compile(r"(?i)\bhello\b"))
    assert insensitive.fold_starts and {s.literal for s in insensitive.starts or ()} == {"hello"}
    assert insensitive.search(Scan("Say HeLLo there")).group() == "HeLLo"
    assert insensitive.search(Scan("Othello")) is None
    # A match may begin anywhere: no starts; a backreference: no literal from it.
    assert plan(re.compile(r"\w+ment\b")).starts is None
    assert plan(re.compile(r"(\w{3})-\1")).starts is None
    # A word prefix (the word may go on) is tested as a prefix, a glued literal as a substring.
    kinds = {s.literal: s.test.kind for s in plan(re.compile(r"\bbeneficiar\w*|xyz")).starts or ()}
    assert kinds == {"beneficiar": PREFIX, "xyz": SUBSTRING}


def test_line_start_patterns_try_every_line():
    pattern = re.compile(r"^\W{0,3}(?:dear|hello)\s+sir", re.MULTILINE)
    found = plan(pattern)
    assert found.at_line_starts  # "^" then an unknown run of non-word characters: every line start
    text = "x dear sir\n  dear sir\nhello sir"
    assert found.search(Scan(text)).span() == pattern.search(text).span() == (11, 21)


@pytest.mark.parametrize("text", [
    "12 bar then foo", "foo then 12 bar", "no match here", "x" * 300 + " 7 bar foo", "foo", "3 bar",
    "foofoo 1 bar", "ba 9 bar r foo",
])
def test_alternatives_without_start_literals_bound_the_positions_tried(text):
    pattern = re.compile(r"\bfoo\b|\d+ bar")
    found = plan(pattern)
    assert found.starts is not None and found.rest is not None  # "foo" anchors, "\d+ bar" is searched alone
    _same(pattern, text)


MONEY_TEXTS = [
    "we pay 12 million dollars", "x12 million", "1,5 million", "a12 million and 3 million", "no sum here",
    "٣ million (Arabic-Indic digit)", "12\nmillion", "million 12", "$ 7 million", "7" * 250 + " million",
    "price 10.5 millions" + " filler" * 60,
]


@pytest.mark.parametrize("text", MONEY_TEXTS)
def test_a_pattern_that_begins_with_a_digit_is_scanned_for_digits(text):
    # No literal begins a match, but every match begins with a digit: `re` skips to digits itself.
    pattern = re.compile(r"(?<![\d,.])\d[\d,.]*\s*millions?\b")
    found = plan(pattern)
    assert found.starts is None and found.first is not None
    _same(pattern, text)


@pytest.mark.parametrize("text", MONEY_TEXTS + ["send the funds", "fundraiser 3 million", "Funds 4 million"])
def test_alternatives_behind_a_boundary_are_split(text):
    # `\b(?:a|b)\b` is `\ba\b|\bb\b`: "funds" anchors, the digit alternative is scanned for digits.
    pattern = re.compile(r"\b(?:funds?|\d+\s*million)\b")
    found = plan(pattern)
    assert {s.literal for s in found.starts or ()} == {"fund", "funds"}
    assert found.rest is not None and found.rest_first is not None
    _same(pattern, text)


@pytest.mark.parametrize("text", [
    "i need it", "this is it: i need", "I NEED", "hi need", "wii need", "xi need i need", "i needle",
    "we need" + " filler" * 60 + " i need", "i" * 300 + " need",
])
def test_short_start_words_are_tried_at_word_starts_only(text):
    pattern = re.compile(r"\b(?:i|we)\s+need\b")
    found = plan(pattern)
    assert found.starts is not None and {s.literal for s in found.starts} == {"i", "we"}
    _same(pattern, text)
    _same(pattern, text.lower())


@pytest.mark.parametrize("text", [
    "Dear Friend", "my DEAR friend", "ſay hello", "İstanbul dear", "nothing", "KELVIN \u212a dear",
    "x" * 300 + " Hello dear " + "y" * 10,
])
def test_case_insensitive_starts_are_found_in_the_folded_text(text):
    pattern = re.compile(r"(?i)\b(?:hello|my)\s+dear\b|\bsay\b")
    found = plan(pattern)
    assert found.fold_starts
    _same(pattern, text)


@pytest.mark.parametrize("text", [
    "plain ascii text" * 30, "pаypal with a Cyrillic а" + " x" * 200, "Ωmega alone", "abcΩdef", "naïve café",
    "x" * 300 + "bαd",
])
def test_a_pattern_that_needs_another_script_skips_ascii_texts(text):
    pattern = re.compile(r"[A-Za-z][\u0400-\u04FF\u0370-\u03FF]+[A-Za-z]|[\u0400-\u04FF][A-Za-z]+[\u0400-\u04FF]")
    found = plan(pattern)
    assert found.chars is not None and found.chars.pattern is None  # compiled from the class alone
    assert found.possible(Scan(text)) == (not text.isascii() and bool(re.search("[\u0370-\u04FF]", text)))
    _same(pattern, text)
    # A class with an ASCII member (or a case-insensitive letter that may match one) claims nothing.
    assert plan(re.compile(r"[a\u0400-\u04FF]+x")).chars is None
    assert plan(re.compile("(?i)\u212aelvin")).chars is None


def test_words_of_an_alternation_between_boundaries_are_tested_whole():
    # `\b(?:a|b\w*)\b` reads as `\ba\b|\bb\w*\b`: whole-word and word-prefix tests, not substrings
    # that "secretary" or "unconfidential" would pass.
    found = plan(re.compile(r"\b(?:confiden(?:tial|ce)|secrecy|urgent\w*)\b"))
    assert any({"confidential", "confidence", "secrecy"} <= c.words and "urgent" in c.prefixes for c in found.needs)
    assert not found.possible(Scan("the secretary was unconfidential about insurgents"))
    assert found.possible(Scan("this is urgently needed")) and found.possible(Scan("in confidence"))


@pytest.mark.parametrize("text", ["the beneficiaries", "beneficiar", "xbeneficiary", "bene", "a benefit", ""])
def test_word_prefix_tests_read_word_heads(text):
    pattern = re.compile(r"\b(?:beneficiar\w*|ab)\s*\b")
    found = plan(pattern)
    assert any("beneficiar" in c.prefixes for c in found.needs)
    words = re.findall(r"\w+", text)
    assert found.possible(Scan(text)) == any(w.startswith("beneficiar") or w == "ab" for w in words)
    _same(pattern, text)


@pytest.mark.parametrize("text", [
    "ab12cd34efxyzab12cd34efxyab12cd34ef", "short words only, nothing long" * 20, "a" * 40, "x1" * 30,
    "token ab12cd34ef qq ab12cd34ef", "Zz9Zz9Zz9Zzabab9Zz9Zz9Zz9Zzabab9Zz9Zz9Zz9Zz" + " pad" * 80,
])
def test_a_long_token_pattern_needs_a_long_run_of_its_class(text):
    # Letters and digits only, at least 8 + 1 + 8 + 1 + 8 of them: inside 26 such characters in a row.
    pattern = re.compile(r"((?=[A-Za-z]{0,11}\d)[A-Za-z0-9]{8,12})[a-z]{1,4}\1[a-z]{1,4}\1")
    found = plan(pattern)
    assert found.run is not None
    assert found.possible(Scan(text)) == bool(re.search("[A-Za-z0-9]{26}", text))
    _same(pattern, text)
    # A space or any other character in the pattern: no run is claimed.
    assert plan(re.compile(r"[a-z]{10} [a-z]{10}")).run is None
    assert plan(re.compile(r"(?i)[a-z]{30}")).run is None
