"""Lower-cased rules (a "(?i)" pattern run case-sensitively on lower-cased text, for speed) must
match exactly where the pattern as written matches: the letters where lower() and IGNORECASE part
ways are derived here from the regex engine's own tables, on every code point, and each shipped
lower-cased rule is checked on its examples with those letters put in."""

from __future__ import annotations

import re
import sys

import _sre
import pytest
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  (the engine's extra case pairs)

from inquiry_triage.checks.rules import CASE_TRAPS, _can_lower, evaluate
from inquiry_triage.config import load_config
from inquiry_triage.model import Inquiry
from inquiry_triage.pipeline import build_context

RULES = build_context(load_config(None), offline=True).rules


def test_the_traps_are_every_letter_where_lower_and_ignorecase_differ():
    paired = {chr(c) for key, values in _EXTRA_CASES.items() for c in (key, *values)}
    derived = {ch for ch in paired if ch.upper().lower() != ch}  # the variant, not the usual letter
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        lowered = ch.lower()
        if len(lowered) != 1 or ord(lowered) != _sre.unicode_tolower(code):
            derived.add(ch)
    assert derived == set(CASE_TRAPS)


def test_a_pattern_holding_a_variant_letter_keeps_ignorecase():
    assert _can_lower("(?i)price list")
    assert not _can_lower("(?i)fiyatı")  # (?i)ı also matches i and I: "fiyati" typed without ı


def _inquiry(text: str) -> Inquiry:
    return Inquiry(message_id="<trap@x>", source="t", channel="email", subject=text, body=text, own_text=text, from_addr="a@example.com",
                   from_name=text, signature=text)


# Upper-case Turkish (İ), the long s and the Kelvin sign: what IGNORECASE matches and lower() loses.
_MUTATIONS = (("I", "\u0130"), ("i", "\u0131"), ("s", "\u017f"), ("S", "\u017f"), ("k", "\u212a"))


@pytest.mark.parametrize("rule", [r for r in RULES.text_rules if r.lowered and r.kind in
                                  ("subject", "body", "thread", "own", "from_name", "signature")], ids=lambda r: r.name)
def test_a_lowered_rule_matches_where_its_pattern_as_written_does(rule):
    written = re.compile("(?i)" + rule.source, re.MULTILINE)
    for example in (*rule.examples_hit, *rule.examples_miss):
        for text in (example, example.upper()):
            for old, new in _MUTATIONS:
                mutated = text.replace(old, new)
                fired = any(h.rule == rule.name for h in evaluate(RULES, _inquiry(mutated), []))
                assert fired == bool(written.search(mutated)), (rule.name, mutated)


def test_upper_case_turkish_asks_for_the_price_list():
    names = {h.rule for h in evaluate(RULES, _inquiry("LÜTFEN FİYAT LİSTESİ GÖNDERİN. PLEASE SEND YOUR FULL PRİCE LİST"), [])}
    assert "ASKS_FULL_PRICE_LIST" in names
