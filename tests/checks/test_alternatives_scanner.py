"""A program of some of a rule's alternatives is searched from where its first-character scanner
says a match begins (rules._alternatives_scanner): the same match as searching the program."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.literals import alternatives_code, alternatives_scanner_code, from_code, top_alternatives
from inquiry_triage.checks.rules import load_rules
from inquiry_triage.config import load_config

RULES = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
SPLIT = [r for r in RULES.text_rules if top_alternatives(r.source, re.MULTILINE)]
EXTRA = ["need 500 pcs of valves", "we need 20 containers", "quote 3000 bolts", "precio para 200 cajas",
         "1.1.1.1.1.1.1.1 " * 20, "order 5,000 units, 12 sets", "x" * 300 + " need 7 widgets", "", "need  9 rolls"]


def _choices(count: int) -> set[tuple[int, ...]]:
    every = tuple(range(count))
    return {(i,) for i in every} | {every} | {(i, i + 1) for i in range(count - 1)} | {every[1:], every[:-1]}


@pytest.mark.parametrize("rule", SPLIT, ids=lambda r: r.name)
def test_the_scanner_finds_the_programs_first_match(rule):
    count = len(top_alternatives(rule.source, re.MULTILINE)[1])
    samples = [*rule.examples_hit, *rule.examples_miss]
    texts = samples + EXTRA + [" ".join(samples), "\n".join(reversed(samples)), " ... ".join(samples) * 3]
    for chosen in sorted(c for c in _choices(count) if c):
        code = alternatives_scanner_code(rule.source, re.MULTILINE, chosen)
        if code is None:
            continue
        scanner = from_code(None, code)
        program = from_code(None, alternatives_code(rule.source, re.MULTILINE, chosen))
        for text in texts:
            text = text.lower() if rule.lowered else text
            expected = program.search(text)
            begins = scanner.search(text)
            found = None if begins is None else program.match(text, begins.start())
            assert (found and found.span()) == (expected and expected.span()), (rule.name, chosen, text[:120])


def test_quantity_s_look_behind_alternatives_have_a_scanner():
    """The case that made the scanner worth having: alternatives opening with look-behinds, then a digit."""
    rule = RULES.by_name("QUANTITY")
    alternatives = top_alternatives(rule.source, re.MULTILINE)[1]
    led = [i for i, a in enumerate(alternatives) if a and a[0][0] is re._constants.BRANCH]  # type: ignore[attr-defined]
    if not led:
        pytest.skip("QUANTITY has no look-behind alternatives now")
    assert any(alternatives_scanner_code(rule.source, re.MULTILINE, (i,)) is not None for i in led)
