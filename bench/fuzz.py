"""The fuzz suite's long variant: many more mutated messages and several seeds, figures printed.

    .venv/bin/python bench/fuzz.py [--messages 50000] [--records 5000] [--seeds 1 2 3]

Per seed: items, one-line-per-item check, wall time, items/s, peak RSS of the triage process,
failures by reason and any item that ran over the time budget. CI runs the bounded variant
(tests/fuzz/test_fuzz.py, 5,000 messages).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz.harness import run_triage, write_fuzz_set  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument("--corpus-sample", type=int, default=1000)
    args = parser.parse_args()
    bad = 0
    for seed in args.seeds:
        with tempfile.TemporaryDirectory() as tmp:
            fuzz = write_fuzz_set(Path(tmp) / "in", messages=args.messages, records=args.records, seed=seed,
                                  corpus_sample=args.corpus_sample)
            result = run_triage(fuzz.parts, f"sqlite:///{tmp}/fuzz.db", timeout=24 * 3600)
        reasons = Counter((line["error"] or "").split(":")[0] for line in result.lines if line["error"])
        slow = [line["source"] for line in result.lines if "too long" in (line["error"] or "")]
        ok = (result.returncode == 0 and "Traceback" not in result.stderr and len(result.lines) == fuzz.items
              and not slow)
        bad += not ok
        print(f"seed {seed}: {fuzz.items} items, {len(result.lines)} lines, exit {result.returncode}, "
              f"{result.seconds:.0f} s ({fuzz.items / result.seconds:.0f} items/s), peak RSS {result.peak_rss_mb:.0f} MB, "
              f"{sum(reasons.values())} failed, {len(slow)} over budget -> {'OK' if ok else 'FAIL'}")
        for reason, count in reasons.most_common(8):
            print(f"    {count:6d}  {reason[:100]}")
        if "Traceback" in result.stderr:
            print(result.stderr[-3000:])
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
