"""Stages run batch by batch (pipeline.triage_batch): a per-message answer several stages ask for
(the body's split, the header index, typed URLs, word counts) must be kept for the whole batch, not
for the last message only, or every stage works it out again for every message."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage import memo, model  # noqa: E402
from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.parallel import BATCH_ITEMS  # noqa: E402
from inquiry_triage.parsing import quoting  # noqa: E402
from inquiry_triage.pipeline import build_context, triage_batch, triage_item  # noqa: E402
from inquiry_triage.sources import RawItem  # noqa: E402

NOW = datetime(2026, 6, 1, 1, 0, tzinfo=timezone.utc)


def _batch() -> list[RawItem]:
    items = []
    for n in range(BATCH_ITEMS):
        raw = (f"From: Buyer {n} <buyer{n}@example.com>\r\nTo: sales@factory.example\r\n"
               f"Subject: Inquiry {n} for LED panels\r\nMessage-ID: <m{n}@example.com>\r\n"
               f"Date: Mon, 1 Jun 2026 09:0{n % 10}:00 +0200\r\n\r\n"
               f"Hello, we need {100 + n} LED panel lights, see www.buyer{n}.example/spec.\r\n"
               f"Please quote FOB Shanghai.").encode()  # no sign-off: the language facts split it again
        items.append(RawItem(source=f"memo#{n}", kind="email", raw=raw))
    return items


def test_a_memo_holds_a_batch():
    # A body and its first 8,000 characters may both be asked about: twice a batch at least.
    assert memo.SIZE >= 2 * BATCH_ITEMS
    kept = memo.IdentityMemo[str, int]()
    texts = [f"text {n}" for n in range(BATCH_ITEMS * 2)]
    for n, text in enumerate(texts):
        kept.put(text, n)
    assert all(kept.get(text) == (text, n) for n, text in enumerate(texts))
    assert kept.get("".join(["text ", "0"])) is None  # an equal string is not the object itself


def test_each_body_is_split_once_a_batch(monkeypatch):
    ctx = build_context(load_config(None), offline=True, now=NOW)
    items = _batch()
    expected = [triage_item(item, ctx).to_json() for item in items]
    split_calls = []
    original_split = quoting._split_own_text
    monkeypatch.setattr(quoting, "_split_own_text", lambda body: split_calls.append(body) or original_split(body))
    monkeypatch.setattr(quoting, "_SPLITS", memo.EqualityMemo())
    index_puts: list[object] = []
    monkeypatch.setattr(model, "_INDEXED", _CountingMemo(index_puts))
    got = [result.to_json() for result in triage_batch(items, ctx)]
    assert got == expected  # the same verdicts
    assert len(split_calls) == len(set(split_calls)) == BATCH_ITEMS  # each body once, not once a stage
    assert len(index_puts) == BATCH_ITEMS  # each message's headers indexed once (by the parser)


class _CountingMemo(memo.IdentityMemo):  # type: ignore[type-arg]
    def __init__(self, puts: list) -> None:  # type: ignore[type-arg]
        super().__init__()
        self._puts = puts

    def put(self, key, answer) -> None:  # type: ignore[no-untyped-def]
        self._puts.append(key)
        super().put(key, answer)
