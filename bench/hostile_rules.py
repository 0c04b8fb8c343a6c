"""Every rule pattern against hostile texts: finds regexes that backtrack badly (quadratic or
worse) before a mail does. Prints the slowest pattern per hostile text and every one over the
budget; exits 1 if any pattern is over it.

    .venv/bin/python bench/hostile_rules.py [--size 20000] [--budget-ms 200]

Timing is printed, not asserted in the test suite: the size and budget are yours to set.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage.checks import CHECK_HIT_NAMES  # noqa: E402
from inquiry_triage.checks.rules import load_rules  # noqa: E402
from inquiry_triage.config import load_config  # noqa: E402


def hostile_texts(n: int) -> dict[str, str]:
    return {
        "spaces": "hello " + " " * n + "x",
        "dear-spaces": "dear" + " " * n + "x",
        "letters": "a" * n,
        "digits-commas": "1," * (n // 2),
        "dots": "." * n,
        "newlines": "\n" * n,
        "words": "word " * (n // 5),
        "money": "$1,000,000.00 " * (n // 14),
        "at-signs": "a@" * (n // 2),
        "slashes": "http://" + "a/" * (n // 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--budget-ms", type=float, default=200.0)
    args = parser.parse_args()
    config = load_config(None)
    rule_set = load_rules(config.path_list("rules.files"), CHECK_HIT_NAMES)
    rules = [r for r in rule_set.rules if r.pattern is not None]
    scanner = rule_set.scanner()  # the Hyperscan prefilter (None without the package)
    over = []
    for label, text in hostile_texts(args.size).items():
        lowered = text.lower()
        if scanner is not None:
            # One scan per group of rules, as evaluate does per text: Hyperscan's automata are linear.
            start = time.perf_counter()
            for key in scanner.groups:
                scanner.prefilter.scan(key, lowered if key[2] else text)
            ms = 1000 * (time.perf_counter() - start)
            print(f"{label:14} prefilter scan, {len(scanner.groups)} groups {ms:17.1f} ms")
            if ms > args.budget_ms:
                over.append((label, "(prefilter scan)", ms))
        worst = (0.0, "")
        for rule in rules:
            start = time.perf_counter()
            rule.pattern.search(lowered if rule.lowered else text)
            ms = 1000 * (time.perf_counter() - start)
            worst = max(worst, (ms, rule.name))
            if ms > args.budget_ms:
                over.append((label, rule.name, ms))
        print(f"{label:14} slowest {worst[1]:32} {worst[0]:9.1f} ms")
    for label, name, ms in over:
        print(f"OVER BUDGET: {name} on {label}: {ms:.0f} ms", file=sys.stderr)
    print(f"{len(rules)} patterns x {len(hostile_texts(args.size))} hostile texts of ~{args.size} characters; "
          f"{len(over)} over {args.budget_ms:.0f} ms")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
