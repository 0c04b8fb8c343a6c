"""The kept days summed once and held by the process (reports/sla.py, "held sums"; PostgreSQL only):
the dashboard's three tables over a long period without fetching, adding and merging ~3,000 kept day
groups each time. The figures must stay the direct path's (collect_sla_groupings(use_rollups=False))
warm, at another `now` of the same day (breaches and overdue counted from the held deadlines), and
after every kind of change to a kept day (tests/reports/test_sla_rollups._changes), also when another
process keeps the changed day first (current again, other groups): a held day whose row moved is
read again. Counted, not timed: a warm report fetches no group of a held day, a report
after a change does; SQLite holds nothing; the bounds hold."""

from __future__ import annotations

import sys
from collections import OrderedDict
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import rollups, sla  # noqa: E402
from tests.reports.test_sla_rollups import NOW, _build, _calendar, _changes  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

SINCE = NOW - timedelta(days=30)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[rollups.Kept]:
    """Every rollups.read's result, as the report got it (before it sums what it read)."""
    seen: list[rollups.Kept] = []
    real = rollups.read

    def spy(*args: Any, **kwargs: Any) -> rollups.Kept:
        kept = real(*args, **kwargs)
        seen.append(rollups.Kept(dict(kept.versions), dict(kept.groups), held=set(kept.held)))
        return kept

    monkeypatch.setattr(rollups, "read", spy)
    return seen


def _same(sessions, now=NOW) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    args = {"now": now, "since": SINCE, "calendar": _calendar("shanghai")}
    with sessions.begin() as s:
        got = sla.collect_sla_groupings(s, use_rollups=True, **args)
    with sessions() as s:
        want = sla.collect_sla_groupings(s, use_rollups=False, **args)
    assert got == want
    return got


def test_held_sums_give_the_direct_figures(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url, sessions = store
    postgres = not url.startswith("sqlite")
    _build(sessions)
    sla.clear_held()
    reads = _reads(monkeypatch)
    _same(sessions)  # computes and keeps the days
    _same(sessions)  # reads them back: summed and held (PostgreSQL)
    reads.clear()
    _same(sessions)
    _same(sessions, now=NOW + timedelta(hours=3))  # the same days: deadlines passed since are counted
    days = set(reads[0].versions)
    settled = {d for d in days if d < sla.settled_before(NOW)}  # held; the recent days are read each report
    recent = days - settled
    assert len(settled) >= 20 and len(recent) == sla.HOLD_AFTER_DAYS
    for kept in reads:
        if postgres:  # every settled day held (no group fetched), the recent days' groups fetched
            assert kept.held == settled and set(kept.groups) == recent
        else:
            assert not kept.held and set(kept.groups) == days
    assert bool(sla._HELD) == postgres
    for n, change in enumerate(_changes()):
        with sessions.begin() as s:
            change(s)
        if n % 2:  # another process (holding nothing) keeps the changed day first: the row is current again,
            with monkeypatch.context() as other:  # with other groups, at another print
                other.setattr(sla, "_HELD", OrderedDict())
                _same(sessions)
        reads.clear()
        _same(sessions)  # the changed day's row moved: its groups fetched again
        if postgres:
            assert any(kept.groups for kept in reads), change.__name__
        if not n % 2:
            reads.clear()
            _same(sessions)  # the days kept by the report before are read (only they) and added to the sum
            if postgres:
                assert len(reads) == 1 and len(set(reads[0].groups) - recent) <= 2
                assert reads[0].held | set(reads[0].groups) == days
        reads.clear()
        _same(sessions)
        if postgres:
            assert all(kept.held == settled and set(kept.groups) == recent for kept in reads), change.__name__
    sla.clear_held()


def test_held_sums_are_bounded(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url, sessions = store
    if url.startswith("sqlite"):
        pytest.skip("SQLite holds nothing")
    _build(sessions)
    sla.clear_held()
    _same(sessions)
    monkeypatch.setattr(sla, "HELD_VALUES", 10)  # a period's sum is larger: never held
    _same(sessions)
    assert not sla._HELD
    monkeypatch.setattr(sla, "HELD_VALUES", 10**9)
    monkeypatch.setattr(sla, "HELD_SUMS", 1)
    _same(sessions)
    with sessions.begin() as s:  # another grouping: another sum, the oldest dropped
        sla.collect_sla(s, now=NOW, since=SINCE, by="agent", calendar=_calendar("shanghai"), use_rollups=True)
    with sessions.begin() as s:
        sla.collect_sla(s, now=NOW, since=SINCE, by="agent", calendar=_calendar("shanghai"), use_rollups=True)
    assert len(sla._HELD) == 1 and next(iter(sla._HELD))[3] == ("agent",)
    assert sum(h.values for h in sla._HELD.values()) > 10
    sla.clear_held()


def _recent_reply(s) -> None:  # type: ignore[no-untyped-def]
    """A reply to an inquiry received 1-6 days before NOW (a recent kept day: not held), as the product
    records it; the usual change of a working day."""
    from inquiry_triage.queue import operations as ops
    from inquiry_triage.store.models import InquiryRow, TaskRow
    from sqlalchemy import select

    task = s.scalar(select(TaskRow.id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                    .where(TaskRow.kind == "reply", TaskRow.state == "open",
                           InquiryRow.received_at < NOW - timedelta(days=1), InquiryRow.received_at > NOW - timedelta(days=6))
                    .order_by(TaskRow.id).limit(1))
    assert task is not None
    at = NOW - timedelta(hours=1)
    ops.record_reply(s, ops.Actor("lee", "lead"), at, task, channel="email", sent_at=at, calendar=_calendar("shanghai"))


@pytest.mark.parametrize("hold_after", [sla.HOLD_AFTER_DAYS, 0])
def test_a_change_to_a_recent_day_keeps_the_sum(store, monkeypatch: pytest.MonkeyPatch, hold_after: int) -> None:  # type: ignore[no-untyped-def]
    """Days within HOLD_AFTER_DAYS of the report's day are read each report, not held: a reply to one
    of them (recomputed and kept again) leaves the held sum in use, and the figures stay the direct
    path's and a process's holding nothing. With HOLD_AFTER_DAYS = 0 (every day held, as before) the
    same reply drops the sum and the next report reads every day again: the test sees the difference."""
    url, sessions = store
    if url.startswith("sqlite"):
        pytest.skip("SQLite holds nothing")
    monkeypatch.setattr(sla, "HOLD_AFTER_DAYS", hold_after)
    _build(sessions)
    sla.clear_held()
    reads = _reads(monkeypatch)
    for _ in range(3):
        _same(sessions)
    days = set(reads[0].versions)
    settled = {d for d in days if d < sla.settled_before(NOW)}
    for _ in range(2):  # two replies, each followed by two reports (the day recomputed, then read back)
        with sessions.begin() as s:
            _recent_reply(s)
        for _ in range(2):
            reads.clear()
            got = _same(sessions)
            warm = list(reads)
            with monkeypatch.context() as other:  # a process holding nothing
                other.setattr(sla, "_HELD", OrderedDict())
                with sessions() as s:
                    cold = sla.collect_sla_groupings(s, now=NOW, since=SINCE, calendar=_calendar("shanghai"),
                                                     use_rollups=True)
            assert cold == got
            if hold_after:  # one read: the settled days held, only the recent ones' groups fetched
                assert len(warm) == 1 and warm[0].held == settled and not set(warm[0].groups) & settled
    if not hold_after:  # every day held: the reply's day moved, the sum was dropped and every day read again
        with sessions.begin() as s:
            _recent_reply(s)
        reads.clear()
        _same(sessions)
        assert len(reads) == 2 and not reads[1].held and len(reads[1].groups) >= len(settled) - 1
    sla.clear_held()
