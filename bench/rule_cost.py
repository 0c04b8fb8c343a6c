"""What each rule costs a message: CPU time of its Python-side searches, how often the Hyperscan
prefilter lets it through, how often it then matches, and the characters it searched in vain.

    .venv/bin/python bench/rule_cost.py [--corpora ../shared/corpora] [--limit 1000] [--repeat 3] [--top 25]

The same messages as bench/bench.py (evenly spaced over the corpora). The rules are evaluated once
to warm up, then `--repeat` rounds, each rule's time taken with this process's CPU clock around
its search (best round by total). The prefilter's own scans and the per-message set-up are the rest
of "rules only" in bench.py: printed as "outside the rules' searches". Figures are printed, never
asserted: tests/checks/test_rule_cost.py holds the counted bounds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from bench import load_messages

    from inquiry_triage.checks import rules as rules_module
    from inquiry_triage.config import load_config
    from inquiry_triage.parsing import ParseError, parse_email
    from inquiry_triage.pipeline import build_context

    ctx = build_context(load_config(None), offline=True)
    inquiries = []
    for raw in load_messages(Path(args.corpora), args.limit):
        try:
            inquiries.append(parse_email(raw, source="bench"))
        except ParseError:
            continue
    for inquiry in inquiries:  # warm: programs, plans and scratch space made
        rules_module.evaluate(ctx.rules, inquiry, [])

    clock = time.process_time
    from inquiry_triage.checks.rule_cost import counting

    best: tuple[float, dict] | None = None
    for _ in range(args.repeat):
        with counting(clock) as cost:
            start = clock()
            for inquiry in inquiries:
                rules_module.evaluate(ctx.rules, inquiry, [])
            total = clock() - start
        if best is None or total < best[0]:
            best = (total, {"seconds": cost.seconds, "tries": cost.tries, "hits": cost.hits, "wasted": cost.wasted})
    assert best is not None
    total, found = best
    n = len(inquiries)
    in_rules = sum(found["seconds"].values())
    print(f"{n} messages from {args.corpora}; best of {args.repeat} rounds, cpu clock (timing adds ~1 us a try)")
    print(f"rules evaluate {1000 * total / n:.3f} ms a message: the rules' searches {1000 * in_rules / n:.3f}, "
          f"outside them (prefilter scans, texts, meta rules) {1000 * (total - in_rules) / n:.3f}")
    print(f"tries a message {sum(found['tries'].values()) / n:.2f}, characters searched in vain a message "
          f"{sum(found['wasted'].values()) / n:.0f}")
    print(f"{'rule':40} {'ms/msg':>8} {'tried':>6} {'hit':>6} {'vain chars/msg':>15}")
    for name, spent in found["seconds"].most_common(args.top):
        print(f"{name:40} {1000 * spent / n:8.4f} {found['tries'][name]:6d} {found['hits'][name]:6d} "
              f"{found['wasted'][name] / n:15.0f}")
    print("most characters searched in vain: " + ", ".join(
        f"{name} {chars / n:.0f}" for name, chars in found["wasted"].most_common(5)))


if __name__ == "__main__":
    main()
