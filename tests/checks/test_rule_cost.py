"""A guard on what each rule costs a message, counted, never timed (timings live in bench/rule_cost.py).

A rule's cost is mostly the Python `re` work the Hyperscan prefilter (checks/prefilter.py) lets
through: a rule the prefilter cannot rewrite is tried on every text, and a rule whose rewritten
pattern is much looser than the rule (a look-behind dropped, a large class read as "any non-ASCII
character") is tried, and misses, on many messages. One rule edit like that added ~1 ms a message
in session 8 and nobody noticed until profiling. Here, on a fixed sample (the genuine set, the
held-out probe, the fixtures), with the shipped rules:

* every text rule, and every top-level alternative of it, is in the prefilter's databases;
* the characters a rule's Python-side search is handed on messages where it then finds nothing
  ("wasted" work, a deterministic stand-in for its CPU time) stay under a bound per rule, and
  under a bound for all rules together.

A failure names the rules and their counts. If a rule needs to cost more, say why and raise the
bound deliberately; `.venv/bin/python bench/rule_cost.py` shows the same counts with CPU times.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks import prefilter as prefilter_module
from inquiry_triage.checks import rules as rules_module
from inquiry_triage.checks.rule_cost import counting
from inquiry_triage.checks.rules import RuleSet, evaluate, load_rules
from inquiry_triage.config import load_config
from inquiry_triage.model import Inquiry
from inquiry_triage.parsing import ParseError, parse_email

if prefilter_module.hyperscan is None:
    if os.environ.get("CI") == "true":
        pytest.fail("hyperscan is a dependency (pyproject.toml): it must import under CI", pytrace=False)
    pytest.skip("hyperscan not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FOLDERS = (ROOT / "tests" / "data" / "genuine", ROOT / "tests" / "data" / "heldout_probe", ROOT / "fixtures")
# Rules allowed to be tried on every text (none today): name -> why.
TRIED_ON_EVERY_TEXT: dict[str, str] = {}
# Characters handed to one rule's searches that found nothing, per message of the sample. Today the
# most is LOOKALIKE_LETTERS, ~103 (its Cyrillic/Greek ranges are read as "any non-ASCII letter");
# a rule tried on every body and missing costs about a body a message (~1,000 here).
WASTED_CHARS_PER_RULE = 150
# ... and for all rules together (~160 today; QUANTITY alone was ~48 before its look-behinds were scanned).
WASTED_CHARS_ALL_RULES = 300


def sample() -> list[Inquiry]:
    found = []
    for folder in SAMPLE_FOLDERS:
        for path in sorted(folder.rglob("*.eml")):
            try:
                found.append(parse_email(path.read_bytes(), source=path.name))
            except ParseError:
                continue
    return found


def over_bounds(rules: RuleSet, messages: list[Inquiry]) -> list[str]:
    """What breaks the bounds, one line each (empty: within them)."""
    scanner = rules.scanner()
    assert scanner is not None
    text_rules = rules.prepared()[0]
    problems = [f"{text_rules[position][0].name}: not in the prefilter, tried on every text"
                for position in scanner.unfiltered if text_rules[position][0].name not in TRIED_ON_EVERY_TEXT]
    with counting() as cost:
        for inquiry in messages:
            evaluate(rules, inquiry, [])
    n = len(messages)
    tries, hits, wasted = cost.tries, cost.hits, cost.wasted
    for name, chars in wasted.most_common():
        if chars / n > WASTED_CHARS_PER_RULE:
            problems.append(f"{name}: {chars / n:.0f} characters a message searched in vain (bound "
                            f"{WASTED_CHARS_PER_RULE}); tried on {tries[name]} of {n} messages, matched {hits[name]}")
    total = sum(wasted.values()) / n
    if total > WASTED_CHARS_ALL_RULES:
        problems.append(f"all rules: {total:.0f} characters a message searched in vain (bound {WASTED_CHARS_ALL_RULES}); "
                        "most: " + ", ".join(f"{name} {chars / n:.0f}" for name, chars in wasted.most_common(5)))
    return problems


@pytest.fixture(scope="module")
def messages() -> list[Inquiry]:
    found = sample()
    assert len(found) >= 300
    return found


def shipped_rules() -> RuleSet:
    return load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)


def test_the_shipped_rules_stay_within_their_cost(messages):
    assert over_bounds(shipped_rules(), messages) == []


def test_every_rule_and_alternative_is_scanned():
    rules = shipped_rules()
    scanner = rules.scanner()
    assert scanner is not None
    text_rules = rules.prepared()[0]
    for members in scanner.groups.values():
        for position, ids in members:
            rule = text_rules[position][0]
            assert ids is not None or rule.name in TRIED_ON_EVERY_TEXT, f"{rule.name} ({rule.file}) is tried on every text"


def _with_rules(patterns: dict[str, str]) -> RuleSet:
    shipped = shipped_rules()
    extra = [rules_module.Rule(name=name, kind="body", describe="test", score=1.0, counts="scam", file="test",
                               source=pattern) for name, pattern in patterns.items()]
    return RuleSet([*shipped.rules, *extra])


# The two costly rules the guard must name, added together: one extended rule set, so its Hyperscan
# databases (every group, ~15 s of compiling on a quiet machine) are built once, not once per test.
# Each rule's count is its own (wasted characters and "tried on every text" are per rule).
COSTLY_RULES = {
    # Any word, where a look-ahead the prefilter drops decides (one with a character after it: a trailing
    # one is scanned as what it reads): let through everywhere, found nowhere.
    "COSTLY_TEST_RULE": r"\b[a-z]+\b(?=\s*qqzx)\s",
    # A pattern that can match the empty string has no superset: it is tried on every text.
    "COSTLY_UNFILTERED_TEST_RULE": r"(?:qq\d)*",
}


@pytest.fixture(scope="module")
def costly_problems(messages, tmp_path_factory) -> list[str]:
    # Its databases would push the shipped ones out of the per-user cache: a cache of its own.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        return over_bounds(_with_rules(COSTLY_RULES), messages)


def test_the_guard_names_a_rule_the_prefilter_lets_through_everywhere(costly_problems):
    assert any(line.startswith("COSTLY_TEST_RULE:") and "in vain" in line for line in costly_problems), costly_problems


def test_the_guard_names_a_rule_the_prefilter_cannot_hold(costly_problems):
    assert "COSTLY_UNFILTERED_TEST_RULE: not in the prefilter, tried on every text" in costly_problems, costly_problems
