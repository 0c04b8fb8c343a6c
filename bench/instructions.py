"""Instructions a message, ours beside the stdlib parse floor: counts the machine's load cannot move.

CPU-time figures (bench.py) swing 10-20 % on a shared 2-core host, more than most single speed changes;
instruction counts under valgrind's cachegrind repeat to a few instructions a message (fixed clock, hash
seed and a private, pre-warmed per-user cache), so a change's effect is measured, not guessed. They leave
out cache misses and the cost of each instruction, so they are read beside bench.py, not instead of it:
the ratio to the floor in instructions is not the CPU ratio (the stdlib parser's pure-Python steps and our
C-heavy steps cost differently per instruction); compare two trees (--source) by their counts.

    python bench/instructions.py --corpora ../shared/corpora [--limit 200] [--source TREE]

Each figure is a difference of two runs (R+1 rounds minus R), so start-up and building the tables cancel:
"warm" is a third round (what bench.py's best-of rounds measure), "first pass" a process's first round
over new mail. Needs valgrind (`apt-get install valgrind`); about 5 minutes for 200 messages.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = "2026-06-01T09:00+08:00"  # a fixed clock: deadlines and holidays depend on it


def _child(source: Path, corpora: Path, limit: int, rounds: int, stage: str) -> None:
    """Run `rounds` rounds of one stage over the messages (the process valgrind counts)."""
    sys.path[:0] = [str(source), str(HERE)]
    from bench import load_messages, stdlib_floor
    raws = load_messages(corpora, limit)
    if stage == "floor":
        for _ in range(rounds):
            for raw in raws:
                stdlib_floor(raw)
        return
    import json
    from datetime import datetime

    from inquiry_triage.config import load_config
    from inquiry_triage.parallel import _in_batches
    from inquiry_triage.pipeline import build_context
    from inquiry_triage.sources import RawItem

    ctx = build_context(load_config(None), offline=True, now=datetime.fromisoformat(NOW))
    items = [RawItem(source=f"bench#{n}", kind="email", raw=raw) for n, raw in enumerate(raws)]
    for _ in range(rounds):  # the CLI's path: batches, and the JSONL line
        for result in _in_batches(items, ctx):
            json.dumps(result.to_json(), ensure_ascii=False)


def _count(args: argparse.Namespace, stage: str, rounds: int, cache: Path) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0", "XDG_CACHE_HOME": str(cache)}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--child", stage, "--rounds", str(rounds), "--corpora", str(args.corpora),
               "--limit", str(args.limit), "--source", str(args.source)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({stage}, {rounds} rounds):\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=200, help="messages (default 200)")
    parser.add_argument("--source", type=Path, default=HERE.parent, help="the tree whose code is counted")
    parser.add_argument("--child", choices=("floor", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.source = args.source.resolve()
    if args.child:
        _child(args.source, args.corpora, args.limit, args.rounds, args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("needs valgrind: apt-get install valgrind")
    with tempfile.TemporaryDirectory(prefix="instructions-") as folder:
        cache = Path(folder)
        _count(args, "ours", 1, cache)  # fills the private per-user cache (tables, programs, holidays)
        n = args.limit
        floor = (_count(args, "floor", 3, cache) - _count(args, "floor", 2, cache)) / n
        warm = (_count(args, "ours", 3, cache) - _count(args, "ours", 2, cache)) / n
        first = (_count(args, "ours", 1, cache) - _count(args, "ours", 0, cache)) / n
    print(f"{n} messages from {args.corpora}; code from {args.source}; instructions a message (cachegrind;"
          " the ratios are of instructions, not of CPU time)")
    print(f"{'baseline: stdlib parse, policy.default':46} {floor / 1e6:8.2f}M   1.0x floor")
    print(f"{'ours: triage path, warm round':46} {warm / 1e6:8.2f}M {warm / floor:5.1f}x floor")
    print(f"{'ours: triage path, first pass':46} {first / 1e6:8.2f}M {first / floor:5.1f}x floor")


if __name__ == "__main__":
    main()
