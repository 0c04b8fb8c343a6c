"""Same language answers before and after a change to language.py: every field of `detect` (language,
probabilities, mixed flag, segments, reason) and `detect_code` on corpus and langid texts.

    .venv/bin/python bench/language_same.py --write /tmp/lang-before.txt   # before the change
    .venv/bin/python bench/language_same.py --check /tmp/lang-before.txt   # after it: exit 1 on any difference

Texts: for every message of the dev corpora the text facts._language scores (subject + own words),
each of its lines alone, and every line of the langid corpus; each with no country prior, a Spanish
and a Russian one (the priors tip close calls, so they exercise the ranking). Each text is scored by
a fresh detector and again by a warm one (caches must not change answers).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.language import LanguageDetector  # noqa: E402
from inquiry_triage.parsing import ParseError, parse_email  # noqa: E402

PRIORS = ((), ("ES",), ("RU",))


def texts(corpora: Path) -> list[str]:
    found: list[str] = []
    for folder in sorted(p for p in corpora.iterdir() if p.is_dir() and p.name != "langid"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".md", ".csv", ".json")):
            try:
                q = parse_email(path.read_bytes(), source="same")
            except ParseError:
                continue
            text = "\n".join(dict.fromkeys(part for part in (q.subject, (q.own_text or q.body)[:4000]) if part))
            found.append(text)
            found += [line for line in text.splitlines()[:40] if line.strip()]
    for path in sorted((corpora / "langid").rglob("*.txt")):
        found += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def answers(items: list[str], languages: tuple[str, ...], minor: frozenset[str]) -> list[str]:
    out: list[str] = []
    warm = LanguageDetector(languages, minor)
    for text in items:
        for countries in PRIORS:
            weight = 1.0 if countries else 0.0
            cold = LanguageDetector(languages, minor) if len(out) % 97 == 0 else warm
            first = cold.detect(text, countries=countries, country_weight=weight)
            again = warm.detect(text, countries=countries, country_weight=weight)
            code = warm.detect_code(text, countries=countries, country_weight=weight)
            out.append(repr((first, again == first, code)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    from inquiry_triage.pipeline import build_context
    base = build_context(load_config(None), offline=True).language  # the configured languages
    items = texts(Path(args.corpora))
    got = answers(items, base.languages, base.minor)
    print(f"{len(items)} texts x {len(PRIORS)} prior variants")
    if args.write:
        args.write.write_text("\n".join(got) + "\n", encoding="utf-8")
        return 0
    expected = args.check.read_text(encoding="utf-8").splitlines()
    differ = [i for i, (a, b) in enumerate(zip(expected, got)) if a != b]
    if len(expected) != len(got) or differ:
        for i in differ[:10]:
            print(f"text {i // len(PRIORS)}:\n  before {expected[i][:300]}\n  after  {got[i][:300]}")
        print(f"DIFFERENT: {len(differ)} answers (lengths {len(expected)} vs {len(got)})")
        return 1
    print("same answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
