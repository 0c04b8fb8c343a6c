"""pipeline.triage_batch: the items in hand triaged with their bodies scanned together first must
give exactly what triage_item gives each of them, in order, failures included, and leave no scan
waiting behind it."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage.budget import Stopped  # noqa: E402
from inquiry_triage.checks import prefilter  # noqa: E402
from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.pipeline import build_context, triage_batch, triage_item  # noqa: E402
from inquiry_triage.sources import RawItem  # noqa: E402

NOW = datetime(2026, 6, 1, 1, 0, tzinfo=timezone.utc)


def _items() -> list[RawItem]:
    files = sorted(p for p in (ROOT / "fixtures").rglob("*.eml") if p.is_file())
    files += sorted(p for p in (ROOT / "tests" / "data" / "genuine").rglob("*.eml") if p.is_file())
    assert len(files) >= 20, "the fixtures and the genuine set hold the sample"
    items = [RawItem(source=str(p), kind="email", raw=p.read_bytes()) for p in files]
    # Failures in between: not an email at all, an item that arrived broken, an empty one.
    items.insert(3, RawItem(source="binary", kind="email", raw=bytes(range(256)) * 20))
    items.insert(7, RawItem(source="broken", kind="email", raw=b"", error="could not be read"))
    items.insert(11, RawItem(source="empty", kind="email", raw=b""))
    # The same body twice in one batch (one scan waits for it, the second is scanned when asked).
    items.insert(15, items[14])
    return items


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    return build_context(load_config(None), offline=True, now=NOW)


def _lines(results) -> list[str]:  # type: ignore[no-untyped-def]
    return [json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True) for r in results]


def test_batches_give_what_each_item_gives(ctx) -> None:  # type: ignore[no-untyped-def]
    items = _items()
    one_by_one = _lines(triage_item(item, ctx) for item in items)
    for size in (1, 5, len(items)):
        batched: list[str] = []
        for start in range(0, len(items), size):
            batched += _lines(triage_batch(items[start:start + size], ctx))
        assert batched == one_by_one, f"batches of {size}"
    assert sum('"error"' in line and '"error": null' not in line for line in one_by_one) >= 3


def test_the_bodies_are_scanned_ahead_and_nothing_waits_after(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = _items()[:12]
    scanned: list[tuple[str, bool]] = []
    real = prefilter.Prefilter._scan

    def counting(self, key, text):  # type: ignore[no-untyped-def]
        scanned.append((key[0], bool(getattr(self._local, "ahead", None))))
        return real(self, key, text)

    monkeypatch.setattr(prefilter.Prefilter, "_scan", counting)
    results = list(triage_batch(items, ctx))
    assert len(results) == len(items)
    body_scans = [ahead for kind, ahead in scanned if kind == "body"]
    parsed = sum(r.error is None for r in results)
    # Each parsed body is scanned once per body group, ahead of its evaluate (a squeezed or
    # case-trapped text may be scanned again when asked: never fewer scans than messages).
    assert len(body_scans) >= parsed
    scanner = ctx.rules.scanner()
    assert not getattr(scanner.prefilter._local, "ahead", None), "no scan left waiting"


def test_a_stop_abandons_the_rest_and_leaves_nothing_waiting(ctx) -> None:  # type: ignore[no-untyped-def]
    import threading

    stop = threading.Event()
    items = _items()[:6]
    results = triage_batch(items, ctx, stop=stop)
    first = next(results)
    assert first.source == items[0].source
    stop.set()
    with pytest.raises(Stopped):
        next(results)
    scanner = ctx.rules.scanner()
    assert not getattr(scanner.prefilter._local, "ahead", None)


# --- the product's paths: parallel.batch_results (the pool's chunks) and _in_batches (one process) ---

def test_one_process_reads_in_growing_batches_and_gives_what_each_item_gives(ctx) -> None:  # type: ignore[no-untyped-def]
    from inquiry_triage import parallel

    items = _items()
    pulled: list[int] = []

    def source():  # type: ignore[no-untyped-def]
        for n, item in enumerate(items):
            pulled.append(n)
            yield item

    results = parallel._in_batches(source(), ctx)
    first = next(results)
    assert len(pulled) == 1, "the first result comes after one item read"
    batched = _lines([first, *results])
    assert batched == _lines(triage_item(item, ctx) for item in items)
    assert len(pulled) == len(items)


def test_a_bug_that_escapes_the_batch_leaves_the_rest_to_one_by_one(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inquiry_triage import parallel, pipeline

    items = _items()[:8]
    real = pipeline.triage_batch

    def broken(chunk, context, **kwargs):  # type: ignore[no-untyped-def]
        results = real(chunk, context, **kwargs)
        yield next(results)
        yield next(results)
        results.close()
        raise RuntimeError("a bug in the batch itself")

    monkeypatch.setattr(pipeline, "triage_batch", broken)
    got = _lines(parallel.batch_results(items, ctx))
    assert got == _lines(triage_item(item, ctx) for item in items)


def test_the_live_clock_is_read_for_each_item_and_the_run_clock_is_kept(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from inquiry_triage import parallel, pipeline

    items = [item for item in _items()[:10] if not item.error]
    seen: list[datetime] = []
    real = pipeline._finish_item

    def finishing(item, inquiry, context, *facts):  # type: ignore[no-untyped-def]
        seen.append(context.now)
        return real(item, inquiry, context, *facts)

    monkeypatch.setattr(pipeline, "_finish_item", finishing)
    list(parallel.batch_results(items, ctx))
    parsed = len(seen)
    assert parsed >= 5 and set(seen) == {ctx.now}, "without a live clock every item has the run's now"
    seen.clear()
    ticks = iter(NOW + timedelta(minutes=n) for n in range(1, 1000))
    monkeypatch.setattr(parallel, "_live_now", lambda: next(ticks))
    list(parallel.batch_results(items, ctx, live_clock=True))
    assert seen == [NOW + timedelta(minutes=n) for n in range(1, parsed + 1)], "one clock reading per item, in order"


def test_every_item_is_measured_before_the_first_is_finished(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The facts stage runs over the whole batch first (its tables stay in the cache), the rules' stage
    after the checks', and each item's finishing gets its facts and hits, not a second run of either."""
    from inquiry_triage import pipeline

    items = [item for item in _items()[:12] if not item.error]
    order: list[tuple[str, str]] = []
    real_measure, real_finish = pipeline.measure, pipeline._finish_item

    def measuring(inquiry, context):  # type: ignore[no-untyped-def]
        order.append(("measure", inquiry.source))
        return real_measure(inquiry, context)

    def finishing(item, inquiry, context, facts=None, hits=None):  # type: ignore[no-untyped-def]
        order.append(("finish", item.source))
        assert facts is not None and hits is not None, "the batch hands its facts and hits on"
        return real_finish(item, inquiry, context, facts, hits)

    real_rules = pipeline.with_rules

    def ruling(inquiry, hits, context):  # type: ignore[no-untyped-def]
        order.append(("rules", inquiry.source))
        return real_rules(inquiry, hits, context)

    monkeypatch.setattr(pipeline, "measure", measuring)
    monkeypatch.setattr(pipeline, "with_rules", ruling)
    monkeypatch.setattr(pipeline, "_finish_item", finishing)
    results = list(triage_batch(items, ctx))
    stages = [stage for stage, _source in order]
    measured = stages.count("measure")
    assert measured >= 8 and stages == ["measure"] * measured + ["rules"] * measured + ["finish"] * measured
    assert [source for stage, source in order if stage == "finish"] == \
        [source for stage, source in order if stage == "measure"], "in the items' order"
    assert len(results) == len(items)


def test_an_item_that_fails_while_measured_fails_alone(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inquiry_triage import pipeline
    from inquiry_triage.budget import OutOfTime

    items = [item for item in _items()[:8] if not item.error and item.raw]
    expected = _lines(triage_item(item, ctx) for item in items)
    broken, slow = items[1].source, items[2].source
    real_measure = pipeline.measure

    def measuring(inquiry, context):  # type: ignore[no-untyped-def]
        if inquiry.source == broken:
            raise KeyError("a bug in a check")
        if inquiry.source == slow:
            raise OutOfTime("took too long: 31 s (the limit is 30 s per message)")
        return real_measure(inquiry, context)

    monkeypatch.setattr(pipeline, "measure", measuring)
    results = list(triage_batch(items, ctx))
    assert [r.source for r in results] == [item.source for item in items]
    assert results[1].error.startswith("internal error: KeyError") and results[1].raw == items[1].raw
    assert results[2].error.startswith("took too long") and results[2].raw == items[2].raw
    others = [line for n, line in enumerate(_lines(results)) if n not in (1, 2)]
    assert others == [line for n, line in enumerate(expected) if n not in (1, 2)]


def test_the_checks_run_item_by_item_in_registry_order_and_a_failing_check_fails_its_item_alone(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inquiry_triage import checks

    items = [item for item in _items()[:10] if not item.error and item.raw]
    expected = _lines(triage_item(item, ctx) for item in items)
    order: list[tuple[int, str]] = []
    broken = items[2].source

    def recording(position, check):  # type: ignore[no-untyped-def]
        def run(inquiry, facts, context):  # type: ignore[no-untyped-def]
            order.append((position, inquiry.source))
            if position == 1 and inquiry.source == broken:
                raise ValueError("a bug in the second check")
            return check.run(inquiry, facts, context)
        return type("Recording", (), {"name": check.name, "run": staticmethod(run)})()

    monkeypatch.setattr(checks, "REGISTRY", tuple(recording(n, c) for n, c in enumerate(checks.REGISTRY)))
    results = list(triage_batch(items, ctx))
    checked = [source for position, source in order if position == 0]  # the items that parsed, in order
    assert len(checked) >= 7 and checked == [item.source for item in items if item.source in checked]
    count = len(checks.REGISTRY)
    for source in checked:  # each item's checks one after another, in REGISTRY's order
        runs = [n for n, (_position, seen) in enumerate(order) if seen == source]
        positions = [order[n][0] for n in runs]
        assert runs == list(range(runs[0], runs[0] + len(runs)))
        assert positions == list(range(2 if source == broken else count))
    assert (2, broken) not in order, "a failed item goes no further"
    assert results[2].error.startswith("internal error: ValueError: a bug in the second check")
    assert [line for n, line in enumerate(_lines(results)) if n != 2] == [line for n, line in enumerate(expected) if n != 2]


def test_the_parse_stage_sets_one_timer_a_batch(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The items are parsed under their budgets as the later stages run theirs (budget.interleaved: one
    timer for the stage), not under a limit() each (a timer armed and disarmed a message): the timer is
    set twice for the parse stage and twice for the checks, then twice a message as each is finished."""
    from inquiry_triage import budget

    set_timer = []
    real = budget.signal.setitimer
    monkeypatch.setattr(budget.signal, "setitimer", lambda *args: set_timer.append(args) or real(*args))
    items = [item for item in _items() if item.source not in ("binary", "broken", "empty")][:6]
    results = list(triage_batch(items, ctx))
    assert len(results) == 6 and all(result.error is None for result in results)
    assert len(set_timer) == 2 + 2 + 2 * len(items)
