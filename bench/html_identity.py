"""html_to_text against the straightforward reference algorithm: identical output, and its CPU per part.

    .venv/bin/python bench/html_identity.py [--soups 20000] [--rounds 9] [--no-time]

Collects every HTML part that parse_email hands to html_to_text while parsing every file under the
corpora ($INQUIRY_TRIAGE_CORPORA or /work/shared/corpora, every folder), fixtures/ and tests/data/,
then compares html_to_text with tests/parsing/test_html_reference.py's reference_html_to_text on:
each part; hostile variants of each part (tag names upper-cased, every anchor wrapping a block and a
<br>, NULs and the private-use marks U+E000-E002 in the text, cut in the middle of a tag, text put
before <html> and after </html>); and random tag soups. Prints the parts that differ (none expected)
and the CPU a part of both (time.process_time; chunks of 100 parts, old and new in turn, each at its
best of --rounds).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import inquiry_triage.parsing.mime as mime  # noqa: E402
from inquiry_triage.parsing import ParseError, parse_email  # noqa: E402
from inquiry_triage.parsing.html import html_to_text  # noqa: E402
from tests.parsing.test_html_reference import random_html, reference_html_to_text  # noqa: E402

_START_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_ANCHOR_END = re.compile(r"</a\s*>", re.I)
_TEXT_GAP = re.compile(r">([^<]{3,})<")


def collect_parts(folders: list[Path]) -> tuple[int, list[str]]:
    """(files read, every HTML part html_to_text received while parse_email read them)."""
    parts: list[str] = []
    convert = mime.html_to_text

    def recording(html: str):  # type: ignore[no-untyped-def]
        parts.append(html)
        return convert(html)

    mime.html_to_text = recording
    files = 0
    try:
        for folder in folders:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    files += 1
                    try:
                        parse_email(path.read_bytes(), source=str(path))
                    except ParseError:
                        pass
    finally:
        mime.html_to_text = convert
    return files, parts


def hostile_variants(html: str, rng: random.Random) -> list[str]:
    cut = rng.randrange(len(html)) if html else 0
    lt = html.find("<", cut)
    return [
        _START_TAG.sub(lambda m: "<" + m.group(1) + m.group(2).upper(), html),
        _ANCHOR_END.sub("<div>block</div><br><p>para</p></a>", html),
        _TEXT_GAP.sub(lambda m: ">" + m.group(1)[:2] + rng.choice("\x00\ue000\ue001\ue002") + m.group(1)[2:] + "<",
                      html),
        html[: lt + 2] if lt >= 0 else html[:cut],
        "before html " + html + " after html <a href=late>late link</a> <td>late cell",
    ]


def compare(htmls: list[str]) -> list[int]:
    return [i for i, h in enumerate(htmls) if html_to_text(h) != reference_html_to_text(h)]


def cpu_per_part(functions: dict[str, Callable[[str], object]], htmls: list[str], rounds: int,
                 chunk: int = 100) -> dict[str, float]:
    """CPU seconds a part of each function: the parts are timed in chunks, the functions in turn for each chunk,
    and each chunk counts with its best round (a noisy machine's bursts hit single chunks)."""
    total = dict.fromkeys(functions, 0.0)
    for start in range(0, len(htmls), chunk):
        piece = htmls[start:start + chunk]
        best = dict.fromkeys(functions, float("inf"))
        for _ in range(rounds):
            for name, fn in functions.items():
                began = time.process_time()
                for h in piece:
                    fn(h)
                best[name] = min(best[name], time.process_time() - began)
        for name in functions:
            total[name] += best[name]
    return {name: seconds / len(htmls) for name, seconds in total.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--soups", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-time", action="store_true")
    args = parser.parse_args()
    corpora = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", "/work/shared/corpora"))
    files, parts = collect_parts([corpora, ROOT / "fixtures", ROOT / "tests" / "data"])
    print(f"{files} files, {len(parts)} HTML parts, {sum(map(len, parts)) / max(1, len(parts)):.0f} characters a part")
    rng = random.Random(10)
    variants = [v for h in parts for v in hostile_variants(h, rng)]
    soups = [random_html(rng, rng.choice((5, 20, 60, 200, 1000))) for _ in range(args.soups)]
    bad = 0
    for name, htmls in (("corpus parts", parts), ("hostile variants", variants), ("random soups", soups)):
        differ = compare(htmls)
        bad += len(differ)
        print(f"{name}: {len(htmls)}, differ: {len(differ)}")
        for i in differ[:5]:
            print("   ", repr(htmls[i][:300]))
    if not args.no_time and parts:
        cpu = cpu_per_part({"old": reference_html_to_text, "new": html_to_text}, parts, args.rounds)
        print(f"CPU a part, each chunk of 100 parts at its best of {args.rounds} rounds (old and new in turn): "
              f"old {cpu['old'] * 1e3:.4f} ms, new {cpu['new'] * 1e3:.4f} ms, new/old {cpu['new'] / cpu['old']:.2f}")
    print("IDENTICAL" if bad == 0 else f"DIFFERENT: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
