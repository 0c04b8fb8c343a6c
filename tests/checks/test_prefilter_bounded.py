"""The literal prefilters and candidate positions (checks/literals.py, checks/rules.py) keep the
rules' work linear on hostile bodies: texts full of the literals the rules start with (digits,
currency signs, greeting words at every line start) cost about eight times the CPU at eight times
the size, never sixty (tests/growth.py measures it; tests/test_bounded_work.py checks each pattern
alone). The results are compared with plain `re.search` too."""

from __future__ import annotations

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import _BODY_CAP, bounded_text, evaluate, load_rules
from inquiry_triage.config import load_config
from inquiry_triage.model import Inquiry
from tests.growth import GROWTH, growth

RULES = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
BATCH = 16  # inquiries per measured run, each with its own salt: one run of a few kB is a few hundredths of a ms

HOSTILE = {
    "digits": "1 2,3 4.5 $6 €7 ",
    "amounts": "usd 1,000,000.00 $ 2.000.000 eur 3 million ",
    "greetings": "\nDear\n  my dear friend\nhello dear\n",
    "words": "transfer remit claim the funds beneficiary next of kin ",
    "folded": "ſ \u212a İ ΣΣ DEAR MEIN SCHATZ ",
}


def _inquiries(unit: str, n: int, salt: str) -> list[Inquiry]:
    bodies = [f"{salt}-{k} " + unit * n for k in range(BATCH)]
    return [Inquiry(source="t", message_id="<t>", subject="x", body=body, own_text=body) for body in bodies]


def _evaluated(inquiries: list[Inquiry]) -> None:
    for inquiry in inquiries:
        evaluate(RULES, inquiry, [])


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_rules_stay_linear_on_hostile_bodies(name):
    unit = HOSTILE[name]
    # Every size measured, GROWTH times it included, is under the body cap: all of it is read (past the
    # cap the work is bounded by the cap, and a quadratic cost would hide there). The run's fixed cost
    # (~0.05 ms, every rule's prefilter on a short text) is that of a few thousand characters of these
    # bodies, so the measured run only has to be twice the one at the smallest size (fixed_share=2).
    most = (_BODY_CAP - 40) // GROWTH // len(unit)
    found = growth(lambda n, salt: _inquiries(unit, n, salt), _evaluated, start=1, most=most, fixed_share=2)
    assert found.large is not None, f"{name}: no size up to {most * len(unit)} characters costs measurable work"
    assert found.problem() is None, f"{name}: {found.problem()}"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bodies_match_as_plain_search_does(name):
    body = HOSTILE[name] * 50
    inquiry = Inquiry(source="t", message_id="<t>", subject="x", body=body, own_text=body)
    got = {h.rule for h in evaluate(RULES, inquiry, []) if not h.where == "meta"}
    text = bounded_text(f"x\n{body}")
    want = set()
    for rule in RULES.text_rules:
        if rule.kind in ("body", "thread", "own"):
            read = bounded_text(body) if rule.kind == "own" else text
            if rule.pattern.search(read.lower() if rule.lowered else read):
                want.add(rule.name)
    assert {n for n in got if RULES.by_name(n).kind in ("body", "thread", "own")} == want
