"""The text model's tokens and scores against an older tree's code: identical, and the CPU a message of both.

    .venv/bin/python bench/text_model_identity.py --old /tmp/tokens-old [--generated 20000] [--rounds 7] [--no-time]

--old is a copy of the older code (`git archive main | tar -x -C /tmp/tokens-old`). Its learning/tokens.py and
learning/bayes.py are loaded beside this tree's (the rest of the package is this tree's). Compared on every
item under the corpora ($INQUIRY_TRIAGE_CORPORA or /work/shared/corpora, every folder, RFQ CSV rows through
the record reader) and tests/data, and on generated texts (mixed scripts, URLs, addresses, digits, very long
texts; fixed seed): inquiry_tokens (the exact set), and Score (probability bit for bit, count, top tokens in
order) of the shipped model and of a model trained on half of the items, each old and new model with its own
memo, read cold and warm, as a set and as a list with repeats. Prints the differences (none expected) and the
CPU a message of the text-model check's work, score(inquiry_tokens(...)), on bench.py's standard 1,000
messages (time.process_time; chunks of 100 messages, old and new in turn, each at its best of --rounds).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.learning import bayes as new_bayes  # noqa: E402
from inquiry_triage.learning import tokens as new_tokens  # noqa: E402
from inquiry_triage.learning.active import SHIPPED_MODEL  # noqa: E402
from inquiry_triage.learning.corpus import parse_item  # noqa: E402
from inquiry_triage.model import Inquiry  # noqa: E402
from inquiry_triage.pipeline import build_context  # noqa: E402
from inquiry_triage.sources import item_limit, open_inputs  # noqa: E402


def load_old(old_root: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"inquiry_triage.learning._old_{name}",
                                                  old_root / "inquiry_triage" / "learning" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def collect_inquiries(folders: list[Path]) -> list[Inquiry]:
    config = load_config()
    paths = [str(p) for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()]
    found = []
    for item in open_inputs(paths, config.get("csv.columns", {}), config.get("csv.defaults", {}),
                            max_item_bytes=item_limit(config)):
        inquiry = parse_item(item)
        if inquiry is not None:
            found.append(inquiry)
    return found


_PIECES = ["hello", "World", "PO12345", "po98765", "2026", "1", "x", "a" * 41, "b" * 40, "Ünïcödé", "straße", "İstanbul",
           "中文字符测试", "日本語のテキスト", "ภาษาไทยทดสอบ", "ខ្មែរ", "ဗမာစာ", "ລາວ", "한국어", "عربي", "русский", "٣٤٥",
           "½", "x²", "١٢٣abc", "don't", "e-mail", "a_b", "http://Example.COM/path?q=1", "https://sub.acme.co.uk/x",
           "www.Shop.example.org", "WWW.EXAMPLE.NET.", "hxxp://no", "mailto:a@b.c", "john.doe@Mail.Example.com",
           "x@y", "@", "a@b.c", "名前@例え.jp", "\ud800", "\u00a0", "\t", "\n", ".", ",", "!", "(", ")", "<", ">", "\"", "'",
           "]", "-", "_", "#", "ſ", "ǅ", "Ⅻ", "𝐀𝐁𝐂", "０１２", "ＡＢＣ"]


def generated_texts(count: int, seed: int = 10) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for n in range(count):
        size = rng.choice((1, 5, 30, 200)) if n % 50 else rng.choice((3_000, 12_000))  # some very long ones
        texts.append("".join(rng.choice(_PIECES) + rng.choice((" ", "", "\n", ", ")) for _ in range(size)))
    return texts


def score_tuple(score) -> tuple:  # type: ignore[no-untyped-def]
    return score.probability.hex(), score.used, score.top


def compare(inquiries: list[Inquiry], old_tokens: ModuleType, new_models: list, old_models: list,
            classify: Callable[[str], str]) -> list[str]:
    bad = []
    for i, inquiry in enumerate(inquiries):
        old = old_tokens.inquiry_tokens(inquiry, classify)
        new = new_tokens.inquiry_tokens(inquiry, classify)
        if old != new:
            bad.append(f"{inquiry.source or i}: tokens differ: {sorted(old ^ new)[:10]}")
            continue
        repeated = sorted(new) * 2
        for old_model, new_model in zip(old_models, new_models):
            for argument in (new, repeated, new):  # the second set reads a warm memo
                if score_tuple(old_model.score(argument)) != score_tuple(new_model.score(argument)):
                    bad.append(f"{inquiry.source or i}: score differs")
    return bad


def cpu_per_message(functions: dict[str, Callable[[Inquiry], object]], items: list[Inquiry], rounds: int,
                    chunk: int = 100) -> dict[str, float]:
    total = dict.fromkeys(functions, 0.0)
    for start in range(0, len(items), chunk):
        piece = items[start:start + chunk]
        best = dict.fromkeys(functions, float("inf"))
        for _ in range(rounds):
            for name, fn in functions.items():
                began = time.process_time()
                for item in piece:
                    fn(item)
                best[name] = min(best[name], time.process_time() - began)
        for name in functions:
            total[name] += best[name]
    return {name: seconds / len(items) for name, seconds in total.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--generated", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-time", action="store_true")
    args = parser.parse_args()
    old_tokens, old_bayes = load_old(args.old, "tokens"), load_old(args.old, "bayes")
    ctx = build_context(load_config(), offline=True)
    classify = ctx.lists.classify
    corpora = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", "/work/shared/corpora"))
    inquiries = collect_inquiries([corpora, ROOT / "tests" / "data"])
    generated = [Inquiry(source=f"generated-{n}", message_id=f"<{n}@generated>", subject=text[:80], body=text)
                 for n, text in enumerate(generated_texts(args.generated))]
    half = new_bayes.TokenModel.train((new_tokens.inquiry_tokens(q, classify) for q in inquiries[0::4]),
                                      (new_tokens.inquiry_tokens(q, classify) for q in inquiries[1::4]))
    new_models = [new_bayes.TokenModel.load(SHIPPED_MODEL), new_bayes.TokenModel(half.n_spam, half.n_ham, half.counts)]
    old_models = [old_bayes.TokenModel.load(SHIPPED_MODEL), old_bayes.TokenModel(half.n_spam, half.n_ham, half.counts)]
    bad = 0
    for name, items in (("corpus and tests/data items", inquiries), ("generated texts", generated)):
        differ = compare(items, old_tokens, new_models, old_models, classify)
        bad += len(differ)
        print(f"{name}: {len(items)}, differ: {len(differ)}")
        for line in differ[:5]:
            print("   ", line)
    if not args.no_time:
        from bench import load_messages
        from inquiry_triage.parsing import ParseError, parse_email

        standard = []
        for raw in load_messages(corpora, 1000):
            try:
                standard.append(parse_email(raw, source="bench"))
            except ParseError:
                pass
        old_model, new_model = old_models[0], new_models[0]
        cpu = cpu_per_message({"old": lambda q: old_model.score(old_tokens.inquiry_tokens(q, classify)),
                               "new": lambda q: new_model.score(new_tokens.inquiry_tokens(q, classify))},
                              standard, args.rounds)
        print(f"CPU a message, score(inquiry_tokens(...)), {len(standard)} messages, each chunk of 100 at its best of "
              f"{args.rounds} rounds (old and new in turn): old {cpu['old'] * 1e6:.1f} us, new {cpu['new'] * 1e6:.1f} us, "
              f"new/old {cpu['new'] / cpu['old']:.3f}")
    print("IDENTICAL" if bad == 0 else f"DIFFERENT: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
