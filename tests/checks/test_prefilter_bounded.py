"""The literal prefilters and candidate positions (checks/literals.py, checks/rules.py) keep the
rules' work linear on hostile bodies: texts full of the literals the rules start with (digits,
currency signs, greeting words at every line start) cost about ten times more at ten times the
size, never a hundred. Budgets are generous (tests/test_bounded_work.py checks each pattern alone);
the results are compared with plain `re.search` too."""

from __future__ import annotations

import time

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import _BODY_CAP, bounded_text, evaluate, load_rules
from inquiry_triage.config import load_config
from inquiry_triage.model import Inquiry

RULES = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
GROWTH_LIMIT = 30  # time(10x text) / time(text): ~10 is linear, ~100 quadratic
HARD_STOP = 5.0  # seconds for one message of the larger size, whatever the machine

HOSTILE = {
    "digits": "1 2,3 4.5 $6 €7 ",
    "amounts": "usd 1,000,000.00 $ 2.000.000 eur 3 million ",
    "greetings": "\nDear\n  my dear friend\nhello dear\n",
    "words": "transfer remit claim the funds beneficiary next of kin ",
    "folded": "ſ \u212a İ ΣΣ DEAR MEIN SCHATZ ",
}


def _best_time(body: str) -> float:
    inquiry = Inquiry(source="t", message_id="<t>", subject="x", body=body, own_text=body)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        evaluate(RULES, inquiry, [])
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_rules_stay_linear_on_hostile_bodies(name):
    unit = HOSTILE[name]
    small = unit * (2_000 // len(unit))
    large = unit * (20_000 // len(unit))  # under the body cap: all of it is read
    assert len(large) <= _BODY_CAP
    small_s, large_s = _best_time(small), _best_time(large)
    assert large_s < HARD_STOP, f"{name}: {large_s:.2f} s"
    assert large_s < GROWTH_LIMIT * max(small_s, 0.01), f"{name}: {small_s:.4f} s -> {large_s:.4f} s"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bodies_match_as_plain_search_does(name):
    body = HOSTILE[name] * 50
    inquiry = Inquiry(source="t", message_id="<t>", subject="x", body=body, own_text=body)
    got = {h.rule for h in evaluate(RULES, inquiry, []) if not h.where == "meta"}
    text = bounded_text(f"x\n{body}")
    want = set()
    for rule in RULES.text_rules:
        if rule.kind in ("body", "own"):
            read = bounded_text(body) if rule.kind == "own" else text
            if rule.pattern.search(read.lower() if rule.lowered else read):
                want.add(rule.name)
    assert {n for n in got if RULES.by_name(n).kind in ("body", "own")} == want
