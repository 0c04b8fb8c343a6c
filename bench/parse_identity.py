"""parse_email of this tree against an older tree's: every field of the Inquiry identical, and the CPU a message.

    git archive main | tar -x -C /tmp/parse-old
    .venv/bin/python bench/parse_identity.py --old /tmp/parse-old [--variants 4] [--time] [--rounds 7]

Parses with both trees every regular file under the corpora ($INQUIRY_TRIAGE_CORPORA or
/work/shared/corpora, every folder), fixtures/ and tests/data/, then damaged variants of each (seeded:
cut at a random point, a header block duplicated, bytes flipped, a very long header, many Received
lines, a folded header turned to lone CRs), and compares dataclasses.asdict of the two Inquiries (or the
two ParseError texts). Prints the files that differ (none expected). --time: the CPU a message of both
(time.process_time) over bench.bench.load_messages' 1,000, in chunks of 100 old and new in turn, each at
its best of --rounds, the per-value caches emptied before every round (triage parses a message once).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import random
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import inquiry_triage.parsing as new_parsing  # noqa: E402


def load_old(tree: Path) -> ModuleType:
    """`tree`'s inquiry_triage package under the name inquiry_triage_old; its .parsing returned."""
    spec = importlib.util.spec_from_file_location(
        "inquiry_triage_old", tree / "inquiry_triage" / "__init__.py",
        submodule_search_locations=[str(tree / "inquiry_triage")])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["inquiry_triage_old"] = module
    spec.loader.exec_module(module)
    return importlib.import_module("inquiry_triage_old.parsing")


def result(parsing: ModuleType, raw: bytes, source: str) -> object:
    try:
        return dataclasses.asdict(parsing.parse_email(raw, source=source, trusted_relays=("10.0.0.0/8", ".example.net")))
    except parsing.ParseError as exc:
        return ("ParseError", str(exc))


def variants(raw: bytes, rng: random.Random, count: int) -> list[bytes]:
    """Damaged forms of one message (the first `count` of them, in a seeded order)."""
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    cut = rng.randrange(len(raw)) if raw else 0
    flipped = bytearray(raw)
    for _ in range(min(8, len(raw))):
        flipped[rng.randrange(len(raw))] = rng.randrange(256)
    received = [ln for ln in lines if ln.lower().startswith(b"received:")] or [
        b"Received: from mx.example.org (mx.example.org [203.0.113.9]) by relay.example.net; Thu, 3 Dec 2026 10:00:00 +0000"]
    long_value = b"Subject: " + b" ".join(rng.choice([b"=?utf-8?B?w6nDqQ==?=", b"=?gb2312?Q?=D6=D0?=", b"word", b"\xe4\xb8\xad",
                                                     b"\n\t", b"=?utf-8?q?x_y", b"?=", b"(c)"]) for _ in range(3000))
    out = [
        raw[:cut],
        head + b"\n" + head + sep + body,
        bytes(flipped),
        long_value + b"\n" + raw,
        b"\n".join(received * rng.randrange(20, 130)) + b"\n" + raw,
        raw.replace(b"\n\t", b"\r\t", 3).replace(b"\n ", b"\r ", 3),
        b"\n".join(rng.sample(lines, len(lines))) + sep + body,
    ]
    rng.shuffle(out)
    return out[:count]


def corpus_files() -> list[Path]:
    corpora = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", "/work/shared/corpora"))
    files: list[Path] = []
    for folder in (corpora, ROOT / "fixtures", ROOT / "tests" / "data"):
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.is_file())
    return files


def compare(old: ModuleType, files: list[Path], count: int, seed: int) -> tuple[int, int, list[str]]:
    rng = random.Random(seed)
    parsed = 0
    differ: list[str] = []
    for path in files:
        raw = path.read_bytes()
        for k, data in enumerate([raw] + variants(raw, rng, count)):
            parsed += 1
            if result(new_parsing, data, str(path)) != result(old, data, str(path)):
                differ.append(f"{path} variant {k}" if k else str(path))
    return len(files), parsed, differ


def clear_caches(parsing: ModuleType) -> None:
    """Empty the per-value caches (addresses, IPs, provider answers, body splits, charsets by Content-Type)."""
    headers, received = sys.modules[parsing.__name__ + ".headers"], sys.modules[parsing.__name__ + ".received"]
    quoting, mime = sys.modules[parsing.__name__ + ".quoting"], sys.modules[parsing.__name__ + ".mime"]
    headers._remembered_mailbox.cache_clear()
    headers._remembered_addresses.cache_clear()
    received._ip_info.cache_clear()
    received.load_providers()._answers.clear()
    quoting._SPLITS._answers.clear()
    mime._CHARSETS.clear()


def cpu_a_message(old: ModuleType, rounds: int, chunk: int = 100) -> tuple[float, float]:
    spec = importlib.util.spec_from_file_location("parse_identity_bench", ROOT / "bench" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    load_messages = bench.load_messages
    messages = load_messages(Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", "/work/shared/corpora")), 1000)
    best: dict[tuple[str, int], float] = {}
    for start in range(0, len(messages), chunk):
        part = messages[start:start + chunk]
        for round_ in range(rounds):
            order = (("old", old), ("new", new_parsing)) if round_ % 2 else (("new", new_parsing), ("old", old))
            for name, parsing in order:
                clear_caches(parsing)
                t0 = time.process_time()
                for raw in part:
                    try:
                        parsing.parse_email(raw, source="bench")
                    except parsing.ParseError:
                        pass
                spent = time.process_time() - t0
                best[name, start] = min(best.get((name, start), spent), spent)
    old_total = sum(v for (name, _), v in best.items() if name == "old")
    new_total = sum(v for (name, _), v in best.items() if name == "new")
    return old_total / len(messages), new_total / len(messages)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, default=Path("/tmp/parse-old"), help="a tree holding the old inquiry_triage/")
    ap.add_argument("--variants", type=int, default=4, help="damaged variants a file (at most 7)")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--time", action="store_true", help="also measure the CPU a message")
    ap.add_argument("--no-compare", action="store_true")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    old = load_old(args.old)
    status = 0
    if not args.no_compare:
        files, parsed, differ = compare(old, corpus_files(), args.variants, args.seed)
        print(f"{files} files, {parsed} inputs parsed by both trees: {len(differ)} differ")
        for line in differ[:50]:
            print("  DIFFERS", line)
        status = 1 if differ else 0
    if args.time:
        before, after = cpu_a_message(old, args.rounds)
        print(f"parse_email CPU a message: old {before * 1e3:.3f} ms, new {after * 1e3:.3f} ms, new/old {after / before:.3f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
