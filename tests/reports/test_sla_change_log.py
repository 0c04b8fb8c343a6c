"""report sla's day rollups on PostgreSQL (migration 0011, reports/rollups.py): the triggers append to
sla_day_changes instead of bumping a shared sla_days row, so two agents closing (or dismissing) reply
tasks of inquiries received on the same UTC day never wait for each other (at 0010 the second one
waits for the first's commit: shown here with a lock_timeout), and a report run between their
changes, or whose snapshot was taken before one of them committed, never keeps a rollup that hides a
committed change: every report equals the direct path. The snapshot arithmetic (rollups.Snapshot)
is tested without a database."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.queue.operations import Actor, dismiss, done  # noqa: E402
from inquiry_triage.reports import rollups  # noqa: E402
from inquiry_triage.reports.rollups import Snapshot  # noqa: E402
from inquiry_triage.reports.sla import _compute_days, collect_sla  # noqa: E402
from inquiry_triage.store.db import MIGRATIONS, open_store  # noqa: E402
from tests.reports.sla_store import migrate  # noqa: E402
from inquiry_triage.store.models import InquiryRow, SlaDayChangeRow, SlaDayRow, TaskRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
DAY = (NOW - timedelta(days=5)).date()  # every task below is of an inquiry received that day
SINCE = NOW - timedelta(days=10)
ALICE, BOB, LEAD = Actor("alice"), Actor("bob"), Actor("lena", "lead")


# --- the snapshot arithmetic ----------------------------------------------------------------------

def test_snapshots_parse_see_and_cover() -> None:
    s = Snapshot.parse("100:105:100,103")
    assert str(s) == "100:105:100,103" and str(Snapshot.parse("7:7:")) == "7:7:"
    assert [x for x in range(98, 108) if s.sees(x)] == [98, 99, 101, 102, 104]
    later = Snapshot.parse("103:108:103,106")  # 100 ended since, 103 still running
    assert later.covers(s) and later.covers(later) and not s.covers(later)
    # same xmax, but 101 ran when `stale` was taken: it does not cover s (which saw 101 ended)
    stale = Snapshot.parse("100:105:100,101,103")
    assert not stale.covers(s) and s.covers(stale)
    # a running transaction below the older one's xmin (it saw it ended, or aborted): not covered
    assert not Snapshot.parse("90:110:95").covers(Snapshot.parse("100:105:"))


def test_a_snapshot_seen_from_outside_lists_its_own_transaction() -> None:
    s = Snapshot.parse("100:105:103")
    assert s.sees(101)
    outside = s.from_outside(101)  # its own id: ended for the arithmetic, running for everyone else
    assert not outside.sees(101) and str(outside) == "100:105:101,103"
    assert s.from_outside(None) == s and s.from_outside(105) == s  # none yet, or at/after xmax: unseen anyway
    assert str(Snapshot.parse("100:105:").from_outside(99)) == "99:105:99"


# --- on a PostgreSQL store --------------------------------------------------------------------------

def _store(url: str):  # type: ignore[no-untyped-def]
    """Inquiries received on DAY, each with a live reply task, and a few on other days (so the period
    has whole days to keep); returns (engine, sessions, the DAY tasks' ids)."""
    engine, sessions = open_store(url)
    ids = []
    with sessions.begin() as s:
        for n in range(12):
            day = n % 3 if n >= 6 else 0  # six on DAY, the rest on DAY - 1 and DAY - 2
            at = NOW - timedelta(days=5 + day, hours=n)
            if day == 0:
                at = datetime.combine(DAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=1 + n)
            row = InquiryRow(message_id=f"<c{n}@x>", source="t", channel="email", status="triaged", grade="ABCD"[n % 4],
                             result={}, received_at=at, triaged_at=at, filing="inquiry")
            row.tasks.append(TaskRow(kind="reply", state="open", grade=row.grade, due_at=at + timedelta(hours=8),
                                     created_at=at))
            s.add(row)
            s.flush()
            if day == 0:
                ids.append(row.tasks[0].id)
    return engine, sessions, ids


def _report(sessions, *, keep: bool = True) -> dict:  # type: ignore[no-untyped-def]
    """The rollup path (committed: what it computes is kept) equals the direct path read after it."""
    with sessions.begin() as s:
        got = collect_sla(s, now=NOW, since=SINCE, use_rollups=True)
        if not keep:
            s.rollback()
    with sessions() as s:
        want = collect_sla(s, now=NOW, since=SINCE, use_rollups=False)
    assert got == want
    return got


def _current(sessions) -> bool:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return bool(s.scalar(select(rollups.current("postgresql")).where(SlaDayRow.day == DAY)))


def _backlog(report: dict) -> int:
    return report["total"]["backlog"]


def test_two_agents_closing_tasks_of_one_day_do_not_wait_and_reports_see_every_commit(pg_url) -> None:
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions))
        assert _current(sessions)
        a = sessions()
        try:
            a.begin()
            done(a, ALICE, NOW, ids[0])
            a.flush()  # alice's change is written, her transaction stays open
            with sessions.begin() as b:  # bob: a task of the same day, with a lock_timeout
                b.execute(text("SET LOCAL lock_timeout = '3s'"))
                done(b, BOB, NOW, ids[1])
            with sessions.begin() as b:  # a lead dismisses another of the same day
                b.execute(text("SET LOCAL lock_timeout = '3s'"))
                dismiss(b, LEAD, NOW, ids[2], "spam")
            assert not _current(sessions)
            between = _report(sessions)  # bob's and the lead's changes, not alice's (not committed)
            assert _backlog(between) == start - 2
            assert _report(sessions) == between and _current(sessions)  # kept: read back
            a.commit()
        finally:
            a.close()
        assert not _current(sessions)  # alice's change, committed after that report's snapshot
        assert _backlog(_report(sessions)) == start - 3
        assert _current(sessions)
        with sessions() as s:  # the kept days' change rows were all seen: none left
            assert s.scalar(select(func.count()).select_from(SlaDayChangeRow)) == 0
    finally:
        engine.dispose()


def test_at_0010_the_second_agent_waited_for_the_first(pg_url) -> None:
    """What the test above guards against: 0010's version bump locks the day's row until commit."""
    engine, sessions, ids = _store(pg_url)
    try:
        migrate(engine, False, "0010")
        a = sessions()
        try:
            a.begin()
            done(a, ALICE, NOW, ids[0])
            a.flush()
            with pytest.raises(OperationalError, match="lock timeout"), sessions.begin() as b:
                b.execute(text("SET LOCAL lock_timeout = '500ms'"))
                done(b, BOB, NOW, ids[1])
        finally:
            a.rollback()
            a.close()
        migrate(engine, True, "head")
    finally:
        engine.dispose()


@pytest.mark.parametrize("commit_before_keep", [True, False])
def test_a_change_committed_after_the_snapshot_is_never_hidden(pg_url, commit_before_keep: bool) -> None:
    """The report's snapshot S is taken, the day computed while alice's change is uncommitted; she
    commits before the report keeps the day, or after it keeps it but before it commits: either
    way the next report sees her change."""
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions))
        with sessions.begin() as s:  # the day changes: stale
            done(s, BOB, NOW, ids[1])
        a = sessions()
        try:
            a.begin()
            done(a, ALICE, NOW, ids[0])
            a.flush()
            with sessions.begin() as r:
                read_before = rollups.read(r, [DAY], None)
                assert DAY not in read_before.groups
                computed, _ = _compute_days(r, [DAY], None, False)  # bob's change, not alice's
                if commit_before_keep:
                    a.commit()
                    assert rollups.keep(r, computed, read_before, None) == 0  # changed since S: stale at once
                else:
                    assert rollups.keep(r, computed, read_before, None) == 1
                    a.commit()
        finally:
            a.close()
        assert not _current(sessions)
        assert _backlog(_report(sessions)) == start - 2
    finally:
        engine.dispose()


def test_an_older_snapshot_never_replaces_a_newer_rollup(pg_url) -> None:
    """Report 1 takes S1 and computes the day before alice's change commits; report 2 runs after it,
    keeps the day under S2 (deleting the change rows S2 saw, alice's among them) and commits; report 1
    then must not keep its older groups over report 2's."""
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions))
        with sessions.begin() as s:
            done(s, BOB, NOW, ids[1])
        first = sessions()
        try:
            first.begin()
            read_before = rollups.read(first, [DAY], None)
            computed, _ = _compute_days(first, [DAY], None, False)  # bob's change only
            with sessions.begin() as s:
                done(s, ALICE, NOW, ids[0])
            assert _backlog(_report(sessions)) == start - 2  # report 2: alice's too, kept
            assert _current(sessions)
            assert rollups.keep(first, computed, read_before, None) == 0
            first.commit()
        finally:
            first.close()
        assert _current(sessions)
        assert _backlog(_report(sessions)) == start - 2
    finally:
        engine.dispose()


def test_a_report_never_waits_for_another_keeping_the_same_day(pg_url) -> None:
    """Once the day has its row (a report kept it before): a second report skips a day the first one
    holds (FOR UPDATE SKIP LOCKED). A day's first row may wait for the report adding it."""
    engine, sessions, ids = _store(pg_url)
    try:
        _report(sessions)
        with sessions.begin() as s:
            done(s, BOB, NOW, ids[1])
        first = sessions()
        try:
            first.begin()
            collect_sla(first, now=NOW, since=SINCE, use_rollups=True)  # keeps the day, not committed yet
            with sessions.begin() as s:
                s.execute(text("SET LOCAL lock_timeout = '1s'"))
                read_before = rollups.read(s, [DAY], None)
                computed, _ = _compute_days(s, [DAY], None, False)
                # keep() itself would swallow a lock timeout: its PostgreSQL part, unguarded
                assert rollups._keep_logged(s, computed, read_before, None) == 0  # held: skipped
            first.commit()
        finally:
            first.close()
        assert _current(sessions)
        _report(sessions)
    finally:
        engine.dispose()


def test_writes_after_a_report_in_its_own_transaction_are_not_hidden(pg_url) -> None:
    """A transaction that wrote before its report (its id below the snapshot's xmax once a later
    transaction ends) and writes the same day after it: the rollup it kept must not pass for current."""
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions))
        with sessions() as s:
            kept_under = s.scalar(select(SlaDayRow.rolled_snapshot).where(SlaDayRow.day == DAY))
        t = sessions()
        try:
            t.begin()
            done(t, ALICE, NOW, ids[0])  # the day is stale, and t has its transaction id
            t.flush()
            with sessions.begin() as s:  # a later transaction ends: t's id is below every new snapshot's xmax
                s.execute(text("SELECT pg_current_xact_id()"))
            # keeps DAY with t's own change: t's snapshot as others see it lists t as running, so its
            # writes after the report make the day stale (seen as ended, they would pass for rolled up)
            inside = collect_sla(t, now=NOW, since=SINCE, use_rollups=True)
            assert t.scalar(select(SlaDayRow.rolled_snapshot).where(SlaDayRow.day == DAY)) not in (None, kept_under)
            assert _backlog(inside) == start - 1
            done(t, ALICE, NOW, ids[3])  # and changes it again
            t.commit()
        finally:
            t.close()
        assert not _current(sessions)
        assert _backlog(_report(sessions)) == start - 2
    finally:
        engine.dispose()


def test_writers_and_reports_at_once_every_report_is_exact(pg_url) -> None:
    """Three agents close, reopen and dismiss reply tasks of the same days at once (each its own
    tasks, holding its transaction open a moment, with a lock_timeout) while two reporters run: one
    compares each report with the direct path in the same REPEATABLE READ snapshot, the other keeps
    days as the CLI does (READ COMMITTED: its later statements see changes committed after its
    snapshot). After every writer committed, the report from what they kept is the direct one."""
    import random
    import threading
    import time

    from sqlalchemy import update

    engine, sessions, ids = _store(pg_url)
    try:
        with sessions.begin() as s:  # more same-day tasks: four per agent
            more = [TaskRow(inquiry_id=s.get(TaskRow, ids[n % len(ids)]).inquiry_id, kind="reply", state="open",
                            grade="B", due_at=NOW - timedelta(hours=n), created_at=NOW - timedelta(days=5, hours=n))
                    for n in range(6)]
            s.add_all(more)
            s.flush()
            tasks = ids + [t.id for t in more]
        _report(sessions)
        errors: list[BaseException] = []
        stop = threading.Event()

        def agent(mine: list[int], seed: int) -> None:
            rnd = random.Random(seed)
            try:
                for _ in range(25):
                    with sessions.begin() as s:
                        s.execute(text("SET LOCAL lock_timeout = '5s'"))
                        state = rnd.choice(("done", "open", "dismissed", "claimed"))
                        s.execute(update(TaskRow).where(TaskRow.id == rnd.choice(mine)).values(state=state))
                        time.sleep(rnd.uniform(0, 0.02))  # others write and report meanwhile
            except BaseException as exc:  # noqa: BLE001  (reported by the main thread)
                errors.append(exc)

        def reporter(isolation: str) -> None:
            try:
                while not stop.is_set():
                    with sessions.begin() as s:
                        s.connection(execution_options={"isolation_level": isolation})
                        got = collect_sla(s, now=NOW, since=SINCE, use_rollups=True)
                        if isolation == "REPEATABLE READ":
                            assert got == collect_sla(s, now=NOW, since=SINCE, use_rollups=False)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        agents = [threading.Thread(target=agent, args=(tasks[n::3], n)) for n in range(3)]
        reporters = [threading.Thread(target=reporter, args=(level,)) for level in ("REPEATABLE READ", "READ COMMITTED")]
        for thread in reporters + agents:
            thread.start()
        for thread in agents:
            thread.join(timeout=120)
        stop.set()
        for thread in reporters:
            thread.join(timeout=120)
        assert not errors, errors
        with sessions() as s:  # from the days as the reporters left them, before any report keeps again
            assert collect_sla(s, now=NOW, since=SINCE, use_rollups=True) == collect_sla(
                s, now=NOW, since=SINCE, use_rollups=False)
        _report(sessions)
        assert _current(sessions)
    finally:
        engine.dispose()


# --- pruning the change log (the reminder round), a day's first row, the server version ------------

def _changes(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return int(s.scalar(select(func.count()).select_from(SlaDayChangeRow)) or 0)


def test_a_round_prunes_the_change_log_of_a_store_that_never_keeps_a_day(pg_url) -> None:
    """No report ran: no day is kept, yet every writing transaction logged its days."""
    from inquiry_triage.queue.rounds import run_round

    engine, sessions, ids = _store(pg_url)
    try:
        with sessions.begin() as s:
            done(s, BOB, NOW, ids[1])
        assert _changes(sessions) > 0
        run_round(sessions, NOW)
        assert _changes(sessions) == 0
        _report(sessions)  # and the figures are still the direct path's
    finally:
        engine.dispose()


def test_a_prune_never_makes_a_stale_day_look_current(pg_url) -> None:
    """A kept day, then a committed change the kept snapshot did not see: pruned, the day stays stale.
    A transaction still open during the prune keeps its rows."""
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions))
        assert _current(sessions)
        with sessions.begin() as s:
            done(s, BOB, NOW, ids[1])
        a = sessions()
        try:
            a.begin()
            done(a, ALICE, NOW, ids[0])
            a.flush()
            own = int(a.scalar(text("SELECT pg_current_xact_id()::text")))
            with sessions.begin() as s:
                assert rollups.prune_changes(s) >= 1  # bob's row, the kept day made stale
            assert not _current(sessions)
            assert _backlog(_report(sessions)) == start - 1
            a.commit()
        finally:
            a.close()
        with sessions() as s:  # alice's row outlived the prune (her transaction ran through it)
            assert s.scalar(select(func.count()).select_from(SlaDayChangeRow)
                            .where(SlaDayChangeRow.xid == own)) == 1
        assert not _current(sessions)
        assert _backlog(_report(sessions)) == start - 2
    finally:
        engine.dispose()


@pytest.mark.parametrize("kept_before", [True, False])
def test_a_report_whose_snapshot_missed_a_pruned_change_keeps_nothing(pg_url, kept_before: bool) -> None:
    """The report reads and takes its snapshot while alice's change is uncommitted; she commits, a
    prune deletes her row (every snapshot from then on sees her commit), then the report keeps: its
    groups lack her change, so the day must not be kept (the prune moved the day's version)."""
    engine, sessions, ids = _store(pg_url)
    try:
        start = _backlog(_report(sessions)) if kept_before else None
        with sessions.begin() as s:
            done(s, BOB, NOW, ids[1])
        a = sessions()
        try:
            a.begin()
            done(a, ALICE, NOW, ids[0])
            a.flush()
            with sessions.begin() as r:
                read_before = rollups.read(r, [DAY], None)
                computed, _ = _compute_days(r, [DAY], None, False)  # bob's change, not alice's
                a.commit()
                with sessions.begin() as s:
                    rollups.prune_changes(s)
                assert _changes(sessions) == 0
                assert rollups.keep(r, computed, read_before, None) == 0
        finally:
            a.close()
        assert not _current(sessions)
        got = _backlog(_report(sessions))
        if start is not None:
            assert got == start - 2
    finally:
        engine.dispose()


def test_a_report_never_waits_for_another_adding_a_days_first_row(pg_url) -> None:
    """Report A keeps the days (their first sla_days rows), uncommitted; report B on the same days
    skips them rather than wait for A's inserts, and its figures are the direct path's."""
    engine, sessions, _ = _store(pg_url)
    try:
        with sessions.begin() as s:  # the direct path: the inquiries' first replies filled in, no day kept
            collect_sla(s, now=NOW, since=SINCE, use_rollups=False)
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(SlaDayRow)) == 0
        first = sessions()
        try:
            first.begin()
            collect_sla(first, now=NOW, since=SINCE, use_rollups=True)  # adds the days' rows, not committed
            with sessions.begin() as s:
                s.execute(text("SET LOCAL lock_timeout = '2s'"))  # fails rather than hangs
                read_before = rollups.read(s, [DAY], None)
                computed, _ = _compute_days(s, [DAY], None, False)
                assert rollups._keep_logged(s, computed, read_before, None) == 0  # A's day: skipped
            with sessions.begin() as s:
                s.execute(text("SET LOCAL lock_timeout = '2s'"))
                got = collect_sla(s, now=NOW, since=SINCE, use_rollups=True)
            first.commit()
        finally:
            first.close()
        with sessions() as s:
            assert got == collect_sla(s, now=NOW, since=SINCE, use_rollups=False)
        _report(sessions)
    finally:
        engine.dispose()


def test_migration_0011_refuses_postgresql_before_13() -> None:
    import importlib.util

    path = MIGRATIONS / "versions" / "0011_change_logs_and_counters.py"
    spec = importlib.util.spec_from_file_location("m0011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(RuntimeError, match="PostgreSQL 13 or newer.*server_version_num 120015"):
        module._sla_check_server(120015)
    module._sla_check_server(130000)
    module._sla_check_server(150004)
