"""Cost of writing reply drafts, beside the stdlib parse floor measured in the same run.

    .venv/bin/python bench/draft_bench.py [--limit 1000] [--repeat 3] [--clock cpu]

Messages: the genuine multilingual inquiries (tests/data/genuine) first, then the dev corpora
(ham, phishing, modern_ham) up to --limit. Each is parsed and triaged once (offline); the timed
stages are then:
  * baseline: `email.message_from_bytes(raw, policy=default)` plus `get_body()` of the same bytes;
  * draft: the draft triage would store (`TriageResult.draft_source.write()`: [seller] signature);
  * task draft, unclaimed: what the queue shows for a reply task nobody has claimed
    (`drafts.task_draft(..., person=None)` from the stored fields).
Figures are printed, never asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import stdlib_floor  # noqa: E402 (bench/bench.py: the same baseline)
from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.drafts import draft_settings, task_draft  # noqa: E402
from inquiry_triage.parsing import ParseError, parse_email  # noqa: E402
from inquiry_triage.pipeline import build_context, triage_inquiry  # noqa: E402

CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def load_messages(corpora: Path, limit: int) -> list[bytes]:
    files = sorted((ROOT / "tests" / "data" / "genuine").glob("*.eml"))
    others: list[Path] = []
    for name in ("ham", "phishing", "modern_ham"):
        folder = corpora / name
        if folder.is_dir():
            others += sorted(p for p in folder.iterdir() if p.is_file())
    left = max(0, limit - len(files))
    step = max(1, len(others) // left) if left else 1
    files += others[::step][:left]
    return [p.read_bytes() for p in files[:limit]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    args = parser.parse_args()
    clock = CLOCKS[args.clock]

    raws = load_messages(Path(args.corpora), args.limit)
    config = load_config(None)
    ctx = build_context(config, offline=True)
    settings = draft_settings(config)
    results = []
    for raw in raws:
        try:
            results.append(triage_inquiry(parse_email(raw, source="bench"), ctx))
        except ParseError:
            continue
    stored = []
    for result in results:
        q = result.inquiry
        reasons = [{"rule": h.rule, "points": h.points, "detail": f"{h.detail}: '{h.excerpt}'" if h.excerpt else h.detail}
                   for h in result.hits]
        row = SimpleNamespace(channel=q.channel, from_name=q.from_name, from_addr=q.from_addr, subject=q.subject,
                              body=q.own_text or q.body, product=q.product, language=result.facts.language.language,
                              result={"language": result.facts.language.language, "reasons": reasons})
        stored.append(row)
    reply_task = SimpleNamespace(kind="reply", rule="", due_note="", attempt=0)

    def triage_draft(result) -> None:  # type: ignore[no-untyped-def]
        result.draft_source.write()

    def unclaimed(row) -> None:  # type: ignore[no-untyped-def]
        task_draft(reply_task, row, settings, None)

    for result in results[:50]:  # warm: templates compiled, rule labels read
        result.draft_source.write()

    def timed(label: str, func, items) -> tuple[str, float]:  # type: ignore[no-untyped-def]
        runs = []
        for _ in range(args.repeat):
            gc.collect()
            start = clock()
            for item in items:
                func(item)
            runs.append(clock() - start)
        return label, min(runs) / max(1, len(items)) * 1000

    rows = [timed("baseline: stdlib parse, policy.default", stdlib_floor, raws),
            timed("draft as triage writes it", triage_draft, results),
            timed("task draft, unclaimed (queue view)", unclaimed, stored)]
    print(f"{len(results)} messages ({len(raws)} read); best of {args.repeat} runs, one core, {args.clock} clock")
    floor = rows[0][1]
    for label, ms in rows:
        print(f"{label:42} {ms:8.3f} ms each  {ms / floor:5.2f}x floor")


if __name__ == "__main__":
    main()
