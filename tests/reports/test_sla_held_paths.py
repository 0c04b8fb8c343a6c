"""The held sums (reports/sla.py) against every way a kept day's figures can move, written as the
product writes them (queue/operations: claim, release, reassign, snooze, wake, reply, done, dismiss,
escalate, a lead releasing a flagged inquiry with its grade), by the reminder round's prune, by
another process keeping the day, a calendar change (hours, holidays), the report's `now` crossing
a UTC midnight, VACUUM FREEZE / FULL / CLUSTER (they keep a row's xmin: the print must not move,
nor may it ever match a row with other groups), a server restart and a dump restored at the same
address. Each time the held report (a process that held the period's days just before the change)
must equal the direct reading (use_rollups=False) and a process holding nothing. Before each
change the held report is checked to have been served from the held sum (no group fetched), so a
stale sum would show. Counted, not timed."""

from __future__ import annotations

import subprocess
import sys
from collections import OrderedDict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.reports import rollups, sla  # noqa: E402
from inquiry_triage.scheduling.deadlines import calendar_from_config  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.reports.test_sla_rollups import NOW, SHANGHAI, _build, _calendar  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

SINCE = NOW - timedelta(days=30)
AGENT = ops.Actor("ana", "agent")
LEAD = ops.Actor("lee", "lead")


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[rollups.Kept]:
    seen: list[rollups.Kept] = []
    real = rollups.read

    def spy(*args: Any, **kwargs: Any) -> rollups.Kept:
        kept = real(*args, **kwargs)
        seen.append(rollups.Kept(dict(kept.versions), dict(kept.groups), held=set(kept.held)))
        return kept

    monkeypatch.setattr(rollups, "read", spy)
    return seen


def _report(sessions, calendar: Any, now: datetime, use_rollups: bool, commit: bool) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with (sessions.begin() if commit else sessions()) as s:
        return sla.collect_sla_groupings(s, now=now, since=SINCE, calendar=calendar, use_rollups=use_rollups)


def _check(sessions, monkeypatch: pytest.MonkeyPatch, *, now: datetime = NOW, calendar: Any = "shanghai") -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """This process's report (held sums as they are) == the direct reading == a process holding nothing."""
    calendar = _calendar(calendar) if isinstance(calendar, str) else calendar
    got = _report(sessions, calendar, now, True, True)
    want = _report(sessions, calendar, now, False, False)
    with monkeypatch.context() as other:
        other.setattr(sla, "_HELD", OrderedDict())
        cold = _report(sessions, calendar, now, True, False)
    assert got == want
    assert cold == want
    return got


def _warm(sessions, monkeypatch: pytest.MonkeyPatch, reads: list[rollups.Kept], postgres: bool, **kw: Any) -> None:  # type: ignore[no-untyped-def]
    """Reports until the period's days are held, then one that must be served from the held sum."""
    for _ in range(3):
        _check(sessions, monkeypatch, **kw)
    reads.clear()
    _check(sessions, monkeypatch, **kw)
    if postgres:  # the first read is the held report's: every settled day held, only the recent days fetched
        _from_the_sum(reads[0], kw.get("now", NOW))
        assert any(h.tables is not None for h in sla._HELD.values())  # and its times merged per table group
    else:
        assert not reads[0].held and not sla._HELD


def _from_the_sum(kept: rollups.Kept, now: datetime) -> None:
    """A report served from the held sum: every settled day held (no group fetched), the recent days'
    (sla.HOLD_AFTER_DAYS) groups fetched, as the held sum never holds them."""
    settled = sla.settled_before(now)
    assert kept.held and kept.held == {d for d in kept.versions if d < settled}
    assert set(kept.groups) == {d for d in kept.versions if d >= settled}


def _task(s, *conditions: Any, days: tuple[int, int] = (5, 25), **where: Any) -> int:  # type: ignore[no-untyped-def]
    """A task of an inquiry received on a kept day (5-25 days before NOW), lowest id."""
    found = s.scalar(select(TaskRow.id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                     .where(InquiryRow.received_at < NOW - timedelta(days=days[0]),
                            InquiryRow.received_at > NOW - timedelta(days=days[1]), *conditions,
                            *[getattr(TaskRow, k) == v for k, v in where.items()])
                     .order_by(TaskRow.id).limit(1))
    assert found is not None, where
    return found


def _plan(row: InquiryRow, grade: str) -> ops.ReplyPlan:
    return ops.ReplyPlan(due=NOW - timedelta(hours=5))


def _operations() -> list[Any]:
    """Each a change through queue/operations, as the CLI and the web app make it."""
    at = NOW - timedelta(hours=1)

    def claim(s):  # type: ignore[no-untyped-def]
        ops.claim(s, AGENT, at, _task(s, kind="reply", state="open"))

    def release(s):  # type: ignore[no-untyped-def]
        ops.release(s, LEAD, at, _task(s, kind="reply", state="claimed"))

    def reassign(s):  # type: ignore[no-untyped-def]
        ops.assign(s, LEAD, at, _task(s, kind="reply", state="claimed"), "bo")

    def snooze(s):  # type: ignore[no-untyped-def]
        ops.snooze(s, LEAD, at, _task(s, kind="reply", state="open"), until=NOW + timedelta(days=2))

    def wake(s):  # type: ignore[no-untyped-def]
        ops.wake(s, LEAD, at, _task(s, kind="reply", state="snoozed"))

    def reply(s):  # type: ignore[no-untyped-def]
        task = _task(s, kind="reply", state="open")
        ops.record_reply(s, LEAD, at, task, channel="email", sent_at=at, calendar=calendar_from_config(dict(SHANGHAI)))

    def done(s):  # type: ignore[no-untyped-def]
        ops.done(s, LEAD, at, _task(s, kind="reply", state="claimed"))

    def dismiss(s):  # type: ignore[no-untyped-def]
        ops.dismiss(s, LEAD, at, _task(s, kind="reply", state="open"), "spam")

    def escalate(s):  # type: ignore[no-untyped-def]
        ops.escalate(s, LEAD, at, _task(s, kind="reply", state="open"))

    def release_review(s):  # type: ignore[no-untyped-def]  # a lead's word: a reply task with the review's grade
        ops.release_review(s, LEAD, at, _task(s, kind="review", state="open", days=(1, 3)), _plan)

    def genuine(s):  # type: ignore[no-untyped-def]  # a dismissal taken back: no longer dismissed as spam / spy
        ops.genuine(s, LEAD, at, _task(s, kind="review", state="dismissed"))

    return [claim, release, reassign, snooze, wake, reply, done, dismiss, escalate, release_review, genuine]


def test_queue_operations_on_held_days(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url, sessions = store
    postgres = not url.startswith("sqlite")
    _build(sessions)
    sla.clear_held()
    reads = _reads(monkeypatch)
    for change in _operations():
        _warm(sessions, monkeypatch, reads, postgres)
        with sessions.begin() as s:
            change(s)
        reads.clear()
        _check(sessions, monkeypatch)
    sla.clear_held()


def test_prune_another_calendar_and_midnight(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url, sessions = store
    postgres = not url.startswith("sqlite")
    _build(sessions)
    sla.clear_held()
    reads = _reads(monkeypatch)
    _warm(sessions, monkeypatch, reads, postgres)
    # a change, then the reminder round's prune before any report (it moves the day's row)
    with sessions.begin() as s:
        ops.done(s, LEAD, NOW, _task(s, kind="reply", state="open"))
    with sessions.begin() as s:
        s.execute(text("SELECT 1"))  # a later transaction: the change's row is below every snapshot's xmin
    with sessions.begin() as s:
        pruned = rollups.prune_changes(s)
    assert pruned >= 1 if postgres else pruned == 0
    _check(sessions, monkeypatch)
    # the seller's calendar changed (other hours; other holidays): other business times, other weeks
    _warm(sessions, monkeypatch, reads, postgres)
    _check(sessions, monkeypatch, calendar=calendar_from_config({**SHANGHAI, "hours": ["10:00", "16:00"]}))
    _check(sessions, monkeypatch, calendar=calendar_from_config({**SHANGHAI, "country": "HK"}))
    _check(sessions, monkeypatch, calendar="madrid")
    _check(sessions, monkeypatch, calendar="none")
    # `now` within the held day and across UTC midnights (the day before becomes a kept day)
    _warm(sessions, monkeypatch, reads, postgres)
    next_midnight = datetime.combine(NOW.date() + timedelta(days=1), datetime.min.time(), tzinfo=NOW.tzinfo)
    for now in (NOW - timedelta(hours=9), NOW + timedelta(hours=14), next_midnight - timedelta(microseconds=1),
                next_midnight, next_midnight + timedelta(minutes=5), NOW + timedelta(days=3), NOW):
        _check(sessions, monkeypatch, now=now)
    with sessions.begin() as s:  # a change to the day that was the live one before midnight: a task reopened
        task = s.scalar(select(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                        .where(TaskRow.kind == "reply", TaskRow.state == "done", InquiryRow.received_at < NOW,
                               InquiryRow.received_at >= NOW - timedelta(hours=9, minutes=30)).order_by(TaskRow.id).limit(1))
        assert task is not None
        task.state, task.done_at, task.due_at = "open", None, NOW + timedelta(hours=2)
    _check(sessions, monkeypatch, now=next_midnight + timedelta(minutes=5))
    sla.clear_held()


def test_vacuum_keeps_prints_and_never_matches_other_groups(pg_url, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """VACUUM FREEZE, VACUUM FULL and CLUSTER keep each row's xmin (PostgreSQL >= 9.4 keeps the raw
    xmin of a frozen row): the held days stay held, and a day rewritten before the vacuum is read again."""
    from inquiry_triage.store.db import open_store

    engine, sessions = open_store(pg_url)
    try:
        _build(sessions)
        sla.clear_held()
        reads = _reads(monkeypatch)
        _warm(sessions, monkeypatch, reads, True)
        with sessions() as s:
            before = dict(s.execute(text("SELECT day, xmin::text FROM sla_days")).all())
        statements = ["VACUUM FREEZE sla_days", "VACUUM FREEZE sla_day_groups", "VACUUM FULL sla_days",
                      "CLUSTER sla_days USING sla_days_pkey", "VACUUM (FREEZE, ANALYZE) sla_day_changes"]
        with engine.connect() as c:
            c = c.execution_options(isolation_level="AUTOCOMMIT")
            for statement in statements:
                c.execute(text(statement))
        with sessions() as s:
            assert dict(s.execute(text("SELECT day, xmin::text FROM sla_days")).all()) == before
        reads.clear()
        _check(sessions, monkeypatch)
        _from_the_sum(reads[0], NOW)  # still held, at the same prints
        # a change kept by the next report (the day's row rewritten), then frozen: read again, not held
        with sessions.begin() as s:
            ops.done(s, LEAD, NOW, _task(s, kind="reply", state="open"))
        _check(sessions, monkeypatch)
        with engine.connect() as c:
            c.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM FREEZE sla_days"))
        _warm(sessions, monkeypatch, reads, True)
    finally:
        sla.clear_held()
        engine.dispose()


def test_restart_and_a_restored_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A dump of an earlier state restored under the same address (other row versions) and a server
    restart (another start time: every held day read again): the figures are the store's as it
    is, never the held ones. A private server (it is restarted)."""
    from inquiry_triage.store.db import open_store
    from tests.servers.postgres import run_postgres

    with run_postgres() as server:
        name = server.create_database("held")
        engine, sessions = open_store(server.url_for(name))
        try:
            _build(sessions)
            sla.clear_held()
            reads = _reads(monkeypatch)
            _warm(sessions, monkeypatch, reads, True)
            dump = tmp_path / "store.dump"
            tools = server.bin_dir
            subprocess.run([str(tools / "pg_dump"), "-Fc", "-f", str(dump), server.conninfo(name)], check=True,
                           capture_output=True, timeout=120)
            earlier = _check(sessions, monkeypatch)
            # changes after the dump, held by this process
            with sessions.begin() as s:
                ops.done(s, LEAD, NOW, _task(s, kind="reply", state="open"))
            with sessions.begin() as s:
                ops.dismiss(s, LEAD, NOW, _task(s, kind="reply", state="open"), "spy")
            _warm(sessions, monkeypatch, reads, True)
            assert _check(sessions, monkeypatch) != earlier
            # the earlier state restored at the same address
            engine.dispose()
            server.drop_database(name)
            server.create_database(name)
            subprocess.run([str(tools / "pg_restore"), "--no-owner", "-d", server.conninfo(name), str(dump)],
                           check=True, capture_output=True, timeout=300)
            reads.clear()
            assert _check(sessions, monkeypatch) == earlier
            # the restored rows are other row versions: the settled days read again
            assert not reads[0].held and {d for d in reads[0].groups if d < sla.settled_before(NOW)}
            # a restart: every held day read again (the start time is in the print), figures unchanged
            _warm(sessions, monkeypatch, reads, True)
            engine.dispose()
            server.stop()
            server.start()
            reads.clear()
            assert _check(sessions, monkeypatch) == earlier
            assert reads[0].groups and not reads[0].held
        finally:
            sla.clear_held()
            engine.dispose()


def test_a_dump_restored_into_a_younger_cluster(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Transaction ids are a cluster's own: a dump restored into a cluster whose count is behind the
    original's carries kept snapshots whose xmin is above the new cluster's ids, so its changes passed
    for seen and the changed days for current (the rollups, held or not, gave the dump's figures).
    Such a snapshot is ahead of every one taken there: not current, and cleared by the first report
    that meets one, or by the reminder round's prune. Changes made before either ran are shown."""
    from inquiry_triage.store.db import open_store
    from tests.servers.postgres import run_postgres

    with run_postgres() as old, run_postgres() as new:
        engine, sessions = open_store(old.url_for(old.create_database("held")))
        try:
            with engine.connect() as c:  # the original cluster has counted further than the new one will
                c = c.execution_options(isolation_level="AUTOCOMMIT")
                for _ in range(1500):
                    c.execute(text("SELECT pg_current_xact_id()"))
            _build(sessions)
            sla.clear_held()
            reads = _reads(monkeypatch)
            _warm(sessions, monkeypatch, reads, True)
            with sessions() as s:
                kept_xmin = s.scalar(text("SELECT min(split_part(rolled_snapshot, ':', 1)::bigint) FROM sla_days "
                                          "WHERE rolled_snapshot IS NOT NULL"))
            dump = tmp_path / "store.dump"
            subprocess.run([str(old.bin_dir / "pg_dump"), "-Fc", "-f", str(dump), old.conninfo("held")], check=True,
                           capture_output=True, timeout=120)
        finally:
            engine.dispose()
        for name in ("by_report", "by_prune"):
            new.create_database(name)
            subprocess.run([str(new.bin_dir / "pg_restore"), "--no-owner", "-d", new.conninfo(name), str(dump)],
                           check=True, capture_output=True, timeout=300)
            engine, sessions = open_store(new.url_for(name))
            try:
                sla.clear_held()
                with sessions.begin() as s:  # changes before any report or prune ran here
                    ops.done(s, LEAD, NOW, _task(s, kind="reply", state="open"))
                with sessions.begin() as s:
                    ops.dismiss(s, LEAD, NOW, _task(s, kind="reply", state="open"), "spy")
                    assert s.scalar(text("SELECT pg_current_xact_id()::text::bigint")) < kept_xmin  # the case at stake
                if name == "by_prune":
                    with sessions.begin() as s:
                        rollups.prune_changes(s)
                    with sessions() as s:
                        assert not s.scalar(text("SELECT count(*) FROM sla_days WHERE split_part(rolled_snapshot, ':', 2)"
                                                 "::bigint > pg_snapshot_xmax(pg_current_snapshot())::text::bigint"))
                _check(sessions, monkeypatch)
                with sessions() as s:  # every kept day of the dump cleared, in the period or not
                    assert not s.scalar(text("SELECT count(*) FROM sla_days WHERE split_part(rolled_snapshot, ':', 2)"
                                             "::bigint > pg_snapshot_xmax(pg_current_snapshot())::text::bigint"))
                _warm(sessions, monkeypatch, reads, True)
                with sessions.begin() as s:
                    ops.done(s, LEAD, NOW, _task(s, kind="reply", state="open"))
                _check(sessions, monkeypatch)
            finally:
                sla.clear_held()
                engine.dispose()
