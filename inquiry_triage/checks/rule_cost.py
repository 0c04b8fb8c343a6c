"""Counting what each rule costs while `rules.evaluate` runs: a diagnostic, never used by triage.

Shared by the counted guard (tests/checks/test_rule_cost.py) and the timed report (bench/rule_cost.py)
so both measure the same thing. It wraps the engine's search points for the duration of the block.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import rules as rules_module


@dataclass
class RuleCost:
    """Per rule name: tries (the prefilter let it through to Python for one message), hits, characters
    handed to its searches when it then found nothing ("wasted"; the literal plans may reject some at
    once: an upper bound), and CPU seconds when a clock was given."""

    tries: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)
    wasted: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)

    def clear(self) -> None:
        for counter in (self.tries, self.hits, self.wasted, self.seconds):
            counter.clear()


@contextmanager
def counting(clock: Callable[[], float] | None = None) -> Iterator[RuleCost]:
    cost = RuleCost()
    searched = [0]
    matcher = rules_module._Matcher
    plain_search, alternatives_search = matcher.search, matcher.search_alternatives
    first_hit, first_candidate_hit = rules_module._first_hit, rules_module._first_candidate_hit

    def search(self, scan):  # type: ignore[no-untyped-def]
        searched[0] += len(scan.text)
        return plain_search(self, scan)

    def search_alternatives(self, scan, chosen, texts):  # type: ignore[no-untyped-def]
        searched[0] += len(scan.text)
        return alternatives_search(self, scan, chosen, texts)

    def counted(find, rule, *args):  # type: ignore[no-untyped-def]
        searched[0] = 0
        start = clock() if clock else 0.0
        hit = find(rule, *args)
        if clock:
            cost.seconds[rule.name] += clock() - start
        cost.tries[rule.name] += 1
        if hit is None:
            cost.wasted[rule.name] += searched[0]
        else:
            cost.hits[rule.name] += 1
        return hit

    matcher.search, matcher.search_alternatives = search, search_alternatives  # type: ignore[method-assign]
    rules_module._first_hit = lambda *args: counted(first_hit, *args)
    rules_module._first_candidate_hit = lambda *args: counted(first_candidate_hit, *args)
    try:
        yield cost
    finally:
        matcher.search, matcher.search_alternatives = plain_search, alternatives_search  # type: ignore[method-assign]
        rules_module._first_hit, rules_module._first_candidate_hit = first_hit, first_candidate_hit
