"""Throughput and memory of the triage pipeline, beside baselines measured in the same run.

    .venv/bin/python bench/bench.py [--corpora ../shared/corpora] [--limit 1500] [--repeat 3] [--quick] [--first-pass] [--source DIR]

Baselines, on the same messages and machine, in this process:
  * stdlib-parse-default: `email.message_from_bytes(raw, policy=email.policy.default)` plus
    `get_body()`: what a naive parser costs before doing anything;
  * raw-langdetect: `langdetect.detect` (all 55 profiles, seeded) on the same texts.
Every stage runs once per round, the rounds repeated (best of --repeat): the baselines and our stages
see the same load on a shared machine. `--source DIR` measures another tree's code (e.g. a `git archive`
of an older commit) with this script: run it and this tree in turn to compare them.
`--first-pass` adds what the best-of rounds leave out: a fresh process's first pass (the floor and triage's
path, each in processes of their own), which pays for new words, programs and tables built on first use.
Figures are printed, never asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import gc
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_messages(corpora: Path, limit: int) -> list[bytes]:
    files: list[Path] = []
    for name in ("phishing", "ham", "fraud419"):
        folder = corpora / name
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.is_file())
    if not files:  # no corpora: the bundled fixtures, repeated
        files = sorted((ROOT / "fixtures" / "emails").glob("*.eml")) * 100
    # Interleave sets so a limit keeps the mix.
    step = max(1, len(files) // limit) if limit else 1
    chosen = files[::step][:limit] if limit else files
    return [p.read_bytes() for p in chosen]


# "wall" (the default) or "cpu": this process's CPU seconds, steadier when others load the machine.
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter


def stdlib_floor(raw: bytes) -> None:
    """The baseline: what a naive parser costs before doing anything (the message and its body's content)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            part.get_content()
    except (LookupError, ValueError, AttributeError, AssertionError):
        pass


def timed_rounds(stages: list, repeat: int) -> list[dict]:  # type: ignore[type-arg]
    """Each (label, func, items) stage run once a round, `repeat` rounds: best and median per stage."""
    runs: list[list[float]] = [[] for _ in stages]
    for _ in range(repeat):
        for (_label, func, items, *_per), found in zip(stages, runs):
            gc.collect()
            start = clock()
            for item in items:
                func(item)
            found.append(clock() - start)
    rows = []
    for (label, _func, items, *per), found in zip(stages, runs):
        best = min(found)
        n = len(items) * (per[0] if per else 1)  # a stage may take several messages an item (a batch)
        rows.append({"label": label, "n": n, "best_s": best, "median_s": statistics.median(found),
                     "per_s": n / best, "ms_each": 1000 * best / n})
    return rows


def peak_memory(func, items) -> float:  # type: ignore[no-untyped-def]
    gc.collect()
    tracemalloc.start()
    for item in items:
        func(item)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                        help="wall seconds (default) or this process's CPU seconds (steadier on a shared machine)")
    parser.add_argument("--quick", action="store_true",
                        help="leave out raw langdetect, the rules without Hyperscan and the language first pass "
                             "(most of a run's time): the floor and every stage of ours that triage runs stay")
    parser.add_argument("--source", default=str(ROOT),
                        help="the tree whose inquiry_triage is measured (default: this one)")
    parser.add_argument("--first-pass", action="store_true",
                        help="also the first pass of a fresh process (the floor and triage's path, each in a new "
                             "process: what one `triage` run over new mail pays, caches empty but the per-user ones)")
    parser.add_argument("--first-pass-child", choices=("floor", "ours"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    sys.path.insert(0, str(Path(args.source).resolve()))

    from inquiry_triage.config import load_config
    from inquiry_triage.parsing import ParseError, parse_email
    from inquiry_triage.pipeline import build_context

    raws = load_messages(Path(args.corpora), args.limit)
    if args.first_pass_child == "floor":  # before our package's context: the floor's process as plain as it can be
        print(one_fresh_pass(raws, None))
        return
    started = time.perf_counter()
    ctx = build_context(load_config(None), offline=True)
    setup_s = time.perf_counter() - started
    if args.first_pass_child == "ours":
        print(one_fresh_pass(raws, ctx))
        return

    def ours_parse(raw: bytes):  # type: ignore[no-untyped-def]
        try:
            return parse_email(raw, source="bench")
        except ParseError:
            return None

    inquiries = [q for q in (ours_parse(r) for r in raws) if q is not None]
    texts = [f"{q.subject}\n{(q.own_text or q.body)[:4000]}" for q in inquiries]

    import langdetect
    langdetect.DetectorFactory.seed = 0

    def raw_langdetect(text: str) -> None:
        try:
            langdetect.detect(text)
        except langdetect.LangDetectException:
            pass

    # What `triage --no-store --format jsonl` does per message: triage_item (time budget, parse with the
    # configured relays, make_storable, checks, grade, deadline, filing) and the JSONL line.
    import json

    from inquiry_triage.pipeline import triage_item
    from inquiry_triage.sources import RawItem

    items = [RawItem(source=f"bench#{n}", kind="email", raw=raw) for n, raw in enumerate(raws)]

    def ours_full(item: RawItem) -> None:
        json.dumps(triage_item(item, ctx).to_json(), ensure_ascii=False)

    # The same in batches of 16 items in hand (pipeline.triage_batch: their bodies scanned together
    # first); not in trees from before it.
    try:
        from inquiry_triage.pipeline import triage_batch
    except ImportError:
        triage_batch = None
    batch = 16
    batches = [items[start:start + batch] for start in range(0, len(items) - batch + 1, batch)]

    def ours_batched(chunk: list[RawItem]) -> None:
        for result in triage_batch(chunk, ctx):  # type: ignore[misc]
            json.dumps(result.to_json(), ensure_ascii=False)

    # What `triage` (one process) runs since session 13: the items read in batches of 1, 2, 4 ... 16
    # (parallel._in_batches over pipeline.triage_batch); not in trees from before it.
    try:
        from inquiry_triage.parallel import _in_batches
    except ImportError:
        _in_batches = None

    def ours_product(all_items: list[RawItem]) -> None:
        for result in _in_batches(all_items, ctx):  # type: ignore[misc]
            json.dumps(result.to_json(), ensure_ascii=False)

    from inquiry_triage.checks import run_checks
    from inquiry_triage.checks.facts import measure
    from inquiry_triage.checks.rules import evaluate
    from inquiry_triage.grading import grade

    def checks_only(inquiry) -> None:  # type: ignore[no-untyped-def]
        facts = measure(inquiry, ctx)
        grade(inquiry.channel, run_checks(inquiry, facts, ctx), ctx.config)

    def rules_only(inquiry) -> None:  # type: ignore[no-untyped-def]
        evaluate(ctx.rules, inquiry, [])

    # Two parts of "facts+checks+grade" and of triage besides the rules (issue 10 part 3).
    from inquiry_triage.learning.tokens import inquiry_tokens
    from inquiry_triage.pipeline import reply_due

    def text_model_only(inquiry) -> None:  # type: ignore[no-untyped-def]
        if ctx.text_model is not None:
            ctx.text_model.model.score(inquiry_tokens(inquiry, ctx.lists.classify))

    facts_of = {id(q): measure(q, ctx) for q in inquiries}

    def deadline_only(inquiry) -> None:  # type: ignore[no-untyped-def]
        reply_due(inquiry, facts_of[id(inquiry)], "B", ctx)

    # The same rules without the Hyperscan prefilter (what runs when the package cannot load).
    from inquiry_triage.checks.rules import RuleSet
    unfiltered = RuleSet(list(ctx.rules.rules))
    unfiltered._scanner = False

    def rules_unfiltered(inquiry) -> None:  # type: ignore[no-untyped-def]
        evaluate(unfiltered, inquiry, [])

    # The detector remembers words and lines across messages, and every stage above sees these 1000
    # texts again round after round: a run over new mail starts with empty caches. Each round here
    # uses a detector of its own (built before the clock starts), so it is a first pass.
    from inquiry_triage.language import LanguageDetector

    fresh = iter([LanguageDetector(ctx.config.get("languages.detect"), ctx.config.get("languages.minor"),
                                   seed=int(ctx.config.get("languages.seed", 0))) for _ in range(args.repeat)])
    first_pass = {"detector": ctx.language}

    def language_first_pass(numbered) -> None:  # type: ignore[no-untyped-def]
        index, text = numbered
        if index == 0:
            first_pass["detector"] = next(fresh)
        first_pass["detector"].detect(text)

    stages = [
        ("baseline: stdlib parse, policy.default", stdlib_floor, raws),
        ("ours: parse (compat32 + repairs)", ours_parse, raws),
        ("baseline: raw langdetect, 55 profiles", raw_langdetect, texts),
        (f"ours: language ({len(ctx.config.require('languages.detect', list))} profiles, exact)", ctx.language.detect, texts),
        ("ours: language, first pass (empty caches)", language_first_pass, list(enumerate(texts))),
        ("ours: rules only (config/rules/*.toml)", rules_only, inquiries),
        ("ours: rules only, without Hyperscan", rules_unfiltered, inquiries),
        ("ours: facts+checks+grade (no parse)", checks_only, inquiries),
        ("ours: text model only (tokens + score)", text_model_only, inquiries),
        ("ours: reply deadline only (both clocks)", deadline_only, inquiries),
        ("ours: full triage (triage_item + JSONL)", ours_full, items),
    ]
    if triage_batch is not None and batches:
        stages.append((f"ours: full triage, batches of {batch}", ours_batched, batches, batch))
    if _in_batches is not None:
        stages.append(("ours: triage's path (batches, as the CLI)", ours_product, [items], len(items)))
    if args.quick:
        slow = (raw_langdetect, rules_unfiltered, language_first_pass)
        stages = [stage for stage in stages if stage[1] not in slow]
    rows = timed_rounds(stages, args.repeat)
    print(f"{len(raws)} messages from {args.corpora}; code from {args.source}; setup (lists, rules, language "
          f"profiles) {setup_s:.2f} s; best of {args.repeat} rounds, one core, offline, {args.clock} clock")
    print(f"{'stage':42} {'msgs/s':>9} {'ms each':>8}  ratio to the stdlib parse")
    floor = rows[0]["ms_each"]
    for row in rows:
        print(f"{row['label']:42} {row['per_s']:9.0f} {row['ms_each']:8.2f}  {row['ms_each'] / floor:5.1f}x floor")
    print()
    print(f"peak traced memory, full triage of {len(raws)} messages: {peak_memory(ours_full, items):.1f} MiB "
          f"(stdlib parse baseline: {peak_memory(stdlib_floor, raws):.1f} MiB)")
    print(f"max resident set size of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if args.first_pass:
        print()
        print(f"a fresh process's first pass over the same {len(raws)} messages ({args.clock} clock, the loop alone; "
              f"--repeat processes each, the best):")
        found = {}
        for label, child in (("baseline: stdlib parse, policy.default", "floor"),
                             ("ours: triage's path (batches, as the CLI)", "ours")):
            runs = [float(subprocess.run([sys.executable, __file__, "--corpora", args.corpora, "--limit", str(args.limit),
                                          "--clock", args.clock, "--source", args.source, "--first-pass-child", child],
                                         check=True, capture_output=True, text=True).stdout.split()[-1])
                    for _ in range(args.repeat)]
            found[child] = 1000 * min(runs) / len(raws)
            print(f"{label:42} {1000 / found[child]:9.0f} {found[child]:8.2f}  {found[child] / found['floor']:5.1f}x floor")


def one_fresh_pass(raws: list[bytes], ctx) -> float:  # type: ignore[no-untyped-def]
    """Seconds (of `clock`) of one pass over `raws` in this process: the stdlib floor when `ctx` is None, else
    triage's path as the CLI runs it (JSONL lines made, nothing stored)."""
    gc.collect()
    if ctx is None:
        start = clock()
        for raw in raws:
            stdlib_floor(raw)
        return clock() - start
    import json

    from inquiry_triage.parallel import _in_batches
    from inquiry_triage.sources import RawItem

    items = [RawItem(source=f"bench#{n}", kind="email", raw=raw) for n, raw in enumerate(raws)]
    start = clock()
    for result in _in_batches(items, ctx):
        json.dumps(result.to_json(), ensure_ascii=False)
    return clock() - start


if __name__ == "__main__":
    main()
