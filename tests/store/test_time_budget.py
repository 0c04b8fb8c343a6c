"""The per-message time budget ([limits] message_seconds) and stop requests: a pathological message
ends as failed ("took too long") and the batch goes on; SIGTERM ends `triage` within seconds.

A check is made slow on purpose (by monkeypatching one registered check), so the tests do not
depend on any regex staying slow. The budgets are small, the slow parts far longer (60 s), and
the assertions only say "it did not wait for the slow part"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from inquiry_triage import checks
from inquiry_triage.budget import OutOfTime, Stopped, checkpoint, limit
from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage
from tests.store.crafted import mail

ROOT = Path(__file__).resolve().parents[2]
SLOW = 60.0  # seconds a pathological message would take without the budget


def context_with_budget(seconds: float):  # type: ignore[no-untyped-def]
    ctx = build_context(load_config(None), offline=True)
    config = replace(ctx.config, data={**ctx.config.data, "limits": {"message_seconds": seconds}})
    return replace(ctx, config=config)


@pytest.fixture
def slow_on_subject(monkeypatch):  # type: ignore[no-untyped-def]
    """The first registered check sleeps (a C call, like a long regex) or spins (pure Python) for
    messages whose subject says so."""
    check = checks.REGISTRY[0]
    real_run = check.run

    def run(inquiry, facts, ctx):  # type: ignore[no-untyped-def]
        if "SLEEP" in inquiry.subject:
            time.sleep(SLOW)
        if "SPIN" in inquiry.subject:
            until = time.monotonic() + SLOW
            while time.monotonic() < until:
                pass
        return real_run(inquiry, facts, ctx)

    monkeypatch.setattr(check, "run", run, raising=False)
    if getattr(check, "run", None) is not run:  # a frozen dataclass instance: replace it in the registry
        monkeypatch.setattr(checks, "REGISTRY", (type("Slow", (), {"name": check.name, "run": staticmethod(run)})(),
                                                 *checks.REGISTRY[1:]))


@pytest.mark.parametrize("kind", ["SLEEP", "SPIN"])
def test_a_pathological_message_ends_as_failed_and_the_next_is_triaged(slow_on_subject, kind: str) -> None:
    ctx = context_with_budget(1.0)
    started = time.monotonic()
    slow = triage(mail(1, subject=f"RFQ {kind}"), ctx)
    took = time.monotonic() - started
    assert slow.error is not None and slow.error.startswith("took too long"), slow.error
    assert slow.raw  # kept, to look at
    assert took < SLOW / 2  # the main thread's alarm interrupted it
    normal = triage(mail(2), ctx)
    assert normal.error is None and normal.verdict is not None


def test_in_a_worker_thread_the_budget_ends_the_message_at_the_next_checkpoint(monkeypatch) -> None:
    """No signals outside the main thread: the check runs to its end (here 2 s), then the next
    checkpoint fails the message."""
    check = checks.REGISTRY[0]
    real_run = check.run

    def two_seconds(inquiry, facts, ctx):  # type: ignore[no-untyped-def]
        time.sleep(2.0)
        return real_run(inquiry, facts, ctx)

    monkeypatch.setattr(checks, "REGISTRY", (type("Slow", (), {"name": check.name, "run": staticmethod(two_seconds)})(),
                                             *checks.REGISTRY[1:]))
    ctx = context_with_budget(0.5)
    results = []
    worker = threading.Thread(target=lambda: results.append(triage(mail(1), ctx)))
    worker.start()
    worker.join(timeout=60)
    assert results and results[0].error and results[0].error.startswith("took too long: 2 s")


def test_a_stop_request_abandons_the_message_in_hand() -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(Stopped):
        with limit(0, stop):
            checkpoint()


def test_budget_zero_means_no_time_limit() -> None:
    with limit(0):
        time.sleep(0.05)
        checkpoint()  # nothing raised
    with pytest.raises(OutOfTime):
        with limit(0.01):
            time.sleep(0.05)
            checkpoint()


def test_sigterm_ends_triage_within_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3000):
        (folder / f"{n}.eml").write_bytes(mail(n))
    proc = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "triage", str(folder), "--db",
                             f"sqlite:///{tmp_path / 't.db'}", "--offline", "--format", "jsonl", "--no-progress"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_DB": ""})
    assert proc.stdout is not None
    proc.stdout.readline()  # it is triaging
    proc.send_signal(signal.SIGTERM)
    started = time.monotonic()
    proc.communicate(timeout=60)
    assert time.monotonic() - started < 10
    assert proc.returncode != 0  # ended by the signal, not by finishing 3,000 messages


def test_the_one_time_rule_build_is_not_charged_to_the_first_message(monkeypatch) -> None:
    # A cold cache (after an install or a rule change) builds the rules' prefilter once, which took
    # seconds: the first message of the process was failed as "took too long" for it.
    from inquiry_triage.checks import prefilter

    real_build = prefilter.build

    def slow_build(groups):  # type: ignore[no-untyped-def]
        time.sleep(1.5)  # longer than the message's budget below
        return real_build(groups)

    monkeypatch.setattr(prefilter, "build", slow_build)
    ctx = context_with_budget(1.0)
    object.__setattr__(ctx.rules, "_scanner", None)  # as a process that has not built it yet
    first = triage(mail(3), ctx)
    assert first.error is None and first.verdict is not None, first.error


def test_in_a_batch_each_message_is_charged_only_its_own_time(monkeypatch) -> None:
    """triage_batch runs each check over the whole batch (budget.interleaved): four messages whose
    check takes 0.4 s each use 1.6 s together, but each only 0.4 s of its own 1 s budget; a fifth that
    spins is ended by the stage's alarm, and the rest are triaged."""
    from inquiry_triage.pipeline import triage_batch
    from inquiry_triage.sources import RawItem

    check = checks.REGISTRY[0]
    real_run = check.run

    def run(inquiry, facts, ctx):  # type: ignore[no-untyped-def]
        if "SPIN" in inquiry.subject:
            until = time.monotonic() + SLOW
            while time.monotonic() < until:
                pass
        time.sleep(0.4)
        return real_run(inquiry, facts, ctx)

    monkeypatch.setattr(checks, "REGISTRY", (type("Slow", (), {"name": check.name, "run": staticmethod(run)})(),
                                             *checks.REGISTRY[1:]))
    ctx = context_with_budget(1.0)
    subjects = ["RFQ 1", "RFQ 2", "RFQ SPIN", "RFQ 3", "RFQ 4"]
    items = [RawItem(source=f"m{n}", kind="email", raw=mail(n, subject=subject)) for n, subject in enumerate(subjects)]
    started = time.monotonic()
    results = list(triage_batch(items, ctx))
    assert time.monotonic() - started < SLOW / 2
    assert results[2].error is not None and results[2].error.startswith("took too long"), results[2].error
    assert all(r.error is None and r.verdict is not None for n, r in enumerate(results) if n != 2), \
        [r.error for r in results]


def test_the_reason_counts_what_the_earlier_stages_used() -> None:
    """A batch item's later stage runs with what its parse left: the reason still names the message's
    whole limit and its whole time, as triage_item's does."""
    with pytest.raises(OutOfTime) as ended:
        with limit(1.0, before=0.7):
            until = time.monotonic() + SLOW
            while time.monotonic() < until:
                pass
    assert str(ended.value) == "took too long: 1 s (the limit is 1 s per message)"


def test_an_alarm_as_an_item_starts_leaves_no_budget_behind(monkeypatch) -> None:
    """The stage's alarm landing just as an item's budget is installed (forced here) for an item already
    over its budget: the item ends as out of time, and nothing of its budget is left installed."""
    from inquiry_triage import budget

    real = budget._CURRENT

    class AlarmOnSet:  # the real variable; SIGALRM delivered as set() returns (the window)
        def get(self):  # type: ignore[no-untyped-def]
            return real.get()

        def reset(self, token):  # type: ignore[no-untyped-def]
            return real.reset(token)

        def set(self, value):  # type: ignore[no-untyped-def]
            token = real.set(value)
            if value.seconds > 0 and time.monotonic() > value.ends:
                signal.raise_signal(signal.SIGALRM)
            return token

    def overrun() -> None:  # swallows the alarms (a broad except) and overruns
        until = time.monotonic() + 0.6
        while time.monotonic() < until:
            try:
                while time.monotonic() < until:
                    pass
            except Exception:  # noqa: BLE001
                pass

    with budget.interleaved(0.3, [0.0, 0.0]) as budgets:
        budgets.run(0, overrun)
        monkeypatch.setattr(budget, "_CURRENT", AlarmOnSet())
        with pytest.raises(OutOfTime):
            budgets.run(0, lambda: None)
        assert budgets.run(1, lambda: "fine") == "fine"
    assert real.get() is None
    checkpoint()  # outside any budget: nothing to end
