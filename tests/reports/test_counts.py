"""The counters the database keeps for `status` and the dashboard's volume (migration 0011 _counts,
reports/counts.py) give exactly the figures of reading the inquiries (collect_status / volume with
use_counters=False), on both databases: on a generated store with the awkward cases, after every
kind of change the triggers must see (a counted column updated by the ORM and by bulk UPDATEs, a
suspicion kind, receipt moved to another hour or dropped, a failure, a filing that leaves and
enters the period's rule with its reply task, deletions), at period starts on, just before and
inside hours and days, in zones with DST, half- and quarter-hour offsets and old local mean time
(quarter hours the seller's clock splits are read directly); after the migration's back-fill of a
store filled at 0010; and on PostgreSQL, with delta rows pending, after a fold, with a fold and
two writers at once (neither waits for the other, nothing is lost)."""

from __future__ import annotations

import random
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, delete, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import counts  # noqa: E402
from inquiry_triage.reports.status import collect_status  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import CountDeltaRow, InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.web.dashboard import volume  # noqa: E402
from tests.reports.sla_store import generate  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
# DST (Madrid: 2026-10-25 01:00 UTC), -03:30 with DST, +05:30, +05:45, a 30-minute DST shift, UTC.
ZONES = ("Asia/Shanghai", "Europe/Madrid", "America/St_Johns", "Asia/Kolkata", "Asia/Kathmandu",
         "Australia/Lord_Howe", "UTC")
SINCES = (None, NOW - timedelta(weeks=1), NOW - timedelta(weeks=4, minutes=7),  # inside an hour
          datetime(2026, 10, 25, 0, tzinfo=UTC),  # a UTC midnight, the day Madrid's clocks change
          datetime(2026, 10, 24, 23, 59, 59, 999999, tzinfo=UTC),  # just before it
          datetime(2026, 11, 20, 13, 0, tzinfo=UTC))  # a whole hour inside a day
COUNTRIES = ("DE", "CN", "", "US", "NG", "BR")
LANGUAGES = ("en", "de", None, "zh", "", "ru")
CHANNELS = ("email", "phone", "im", "web")
KINDS = ([], ["scam"], ["spy"], ["scam", "spy", "scam"], ["impostor"], None,
         # odd JSON: each non-string kind counts as ODD_KIND, a non-list suspicion as none
         ["scam", None], [1, "spy", 2.5], [True, False, "impostor"], [{"kind": "scam"}, ["spy"]], [""],
         "scam", {"kind": "spy"}, 7)


def _generate(sessions: sessionmaker[Session], n: int, **options) -> None:  # type: ignore[no-untyped-def]
    generate(sessions, n, now=options.pop("now", NOW), raw_bytes=32, **options)
    with sessions.begin() as s:  # the generator writes explicit ids: PostgreSQL's sequences go on after them
        if s.get_bind().dialect.name == "postgresql":
            for table in ("inquiries", "tasks", "replies"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))


def _same(sessions: sessionmaker[Session], *, zones=ZONES, sinces=SINCES) -> None:  # type: ignore[no-untyped-def]
    with sessions() as s:
        for zone_name in zones:
            zone = ZoneInfo(zone_name)
            for since in sinces:
                got = volume(s, since, zone)
                want = volume(s, since, zone, use_counters=False)
                assert got == want, (zone_name, since)
        assert collect_status(s, NOW) == collect_status(s, NOW, use_counters=False)


def _row(n: int, received: datetime | None, triaged: datetime, **values) -> dict:  # type: ignore[no-untyped-def]
    row = {"message_id": f"<count{n}@x>", "source": "t", "channel": "email", "status": "triaged", "grade": "B",
           "suspicious": False, "result": {}, "received_at": received, "triaged_at": triaged, "filing": "inquiry",
           "country": "DE", "language": "en"}
    row.update(values)
    return row


def _varied(sessions: sessionmaker[Session], seed: int = 5) -> None:
    """Countries, languages, channels and suspicion kinds of every sort on the generated rows, and
    rows at the edges: period starts, hour and day boundaries, DST changes, no received_at, 1900."""
    rnd = random.Random(seed)
    with sessions.begin() as s:
        ids = list(s.scalars(select(InquiryRow.id).order_by(InquiryRow.id)))
        for i in rnd.sample(ids, len(ids) // 3):
            kinds = rnd.choice(KINDS)
            s.execute(update(InquiryRow).where(InquiryRow.id == i).values(
                country=rnd.choice(COUNTRIES), language=rnd.choice(LANGUAGES), channel=rnd.choice(CHANNELS),
                suspicious=kinds is not None and rnd.random() < 0.7,
                result={"suspicion": kinds} if kinds is not None else {"grade": "B"}))
        edges = [since for since in SINCES if since is not None]
        edges += [at + delta for at in edges for delta in (timedelta(microseconds=-1), timedelta(minutes=14, seconds=59))]
        edges += [datetime(2026, 10, 25, 0, 59, 59, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC),  # Madrid
                  datetime(2026, 10, 4, 15, 29, tzinfo=UTC), datetime(2026, 10, 4, 15, 31, tzinfo=UTC),  # Lord Howe
                  datetime(1900, 3, 1, 12, 7, tzinfo=UTC),  # local mean time in Shanghai: +08:05:43
                  NOW + timedelta(hours=2)]  # received "later" (a clock ahead): in every period
        rows = []
        for n, at in enumerate(edges):
            kinds = KINDS[n % len(KINDS)]
            rows.append(_row(n, at if n % 5 else None, at,
                             suspicious=n % 3 == 0, result={"suspicion": kinds} if kinds is not None else {},
                             country=COUNTRIES[n % len(COUNTRIES)], language=LANGUAGES[n % len(LANGUAGES)],
                             channel=CHANNELS[n % len(CHANNELS)], filing="inquiry" if n % 4 else "list"))
        s.execute(insert(InquiryRow), rows)


def _change_everything(sessions: sessionmaker[Session], seed: int = 9) -> None:
    """Every kind of change the triggers must count, by the ORM and by bulk statements."""
    rnd = random.Random(seed)
    with sessions.begin() as s:
        rows = list(s.scalars(select(InquiryRow).where(InquiryRow.status == "triaged").order_by(InquiryRow.id).limit(400)))
        for row in rows[:40]:  # counted columns through the ORM
            row.country = rnd.choice(COUNTRIES)
            row.language = rnd.choice(LANGUAGES)
            row.channel = rnd.choice(CHANNELS)
        for row in rows[40:60]:  # suspicion kinds, suspicious flips
            row.suspicious = not row.suspicious
            row.result = {**(row.result or {}), "suspicion": rnd.choice([k for k in KINDS if k is not None])}
        for row in rows[60:80]:  # receipt moved to another hour (and quarter), or dropped
            if row.received_at is not None and rnd.random() < 0.7:
                row.received_at = row.received_at + timedelta(minutes=rnd.choice((-61, 7, 15, 180, -1440)))
            else:
                row.received_at = None
        for row in rows[80:90]:
            row.status = "failed"
        # Filed as something else: an inquiry without a reply task leaves the period's rule ...
        no_task = [row for row in rows[90:200] if not s.scalar(select(func.count()).where(
            TaskRow.inquiry_id == row.id, TaskRow.kind == "reply"))]
        for row in no_task[:10]:
            row.filing = "newsletter"
        s.flush()
        # ... and enters it again with a reply task (0009's triggers set reply_due_at), then leaves
        # when that task is deleted.
        for row in no_task[:6]:
            s.add(TaskRow(inquiry_id=row.id, kind="reply", state="open", grade="B", due_at=NOW + timedelta(hours=3),
                          created_at=NOW - timedelta(hours=1)))
        s.flush()
        first_task = s.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == no_task[0].id, TaskRow.kind == "reply"))
        s.execute(delete(TaskRow).where(TaskRow.id == first_task))
        # bulk statements
        s.execute(update(InquiryRow).where(InquiryRow.id.in_([r.id for r in rows[200:260]]))
                  .values(country="FR", channel="web"))
        s.execute(update(InquiryRow), [{"id": r.id, "triaged_at": r.triaged_at + timedelta(hours=5, microseconds=999999)}
                                       for r in rows[260:280]])  # bulk by primary key
        s.execute(update(InquiryRow).where(InquiryRow.id.in_([r.id for r in rows[280:290]])).values(status="triaged"))
        s.execute(update(InquiryRow).where(InquiryRow.id.in_([r.id for r in rows[80:85]])).values(status="triaged"))
        for row in rows[290:300]:  # deleted with their tasks, notes and replies
            s.delete(row)
        s.execute(delete(InquiryRow).where(InquiryRow.id.in_([r.id for r in rows[300:310]])))


def test_counters_equal_reading_the_inquiries_after_every_kind_of_change(store):
    url, sessions = store
    _generate(sessions, 1200, days=60, awkward=True)
    _varied(sessions)
    _same(sessions)
    _change_everything(sessions)
    _same(sessions)
    with sessions() as s:  # the counters saw everything: the period's figures are not trivially empty
        whole = volume(s, None, ZoneInfo("Asia/Shanghai"))
        assert whole.total > 1000 and whole.suspicious > 50
        assert {"scam", "spy", "impostor", "-"} <= {k for k, _ in whole.suspicious_kind}
        assert {"FR", "-", "CN"} <= {c for c, _ in whole.country}
        assert dict(whole.channel).keys() >= {"web", "im"}


def test_odd_suspicion_values_never_fail_a_write_and_count_as_one_kind(store):
    """A null kind once failed the inquiry's INSERT (NOT NULL counter value); bools and numbers were
    '1' on SQLite, 'true' on PostgreSQL and 'True' read directly."""
    from inquiry_triage.web.dashboard import ODD_KIND

    url, sessions = store
    at = NOW - timedelta(hours=3)
    odd = [["scam", None], [True, "scam"], [1, 2.5], [{"a": None}, [None]], {"scam": 1}, "scam", None, [""]]
    with sessions.begin() as s:
        s.execute(insert(InquiryRow), [_row(n, at, at, suspicious=True, result={"suspicion": why})
                                       for n, why in enumerate(odd)])
    with sessions.begin() as s:  # and updated to odd values and back
        for row in s.scalars(select(InquiryRow)):
            row.result = {"suspicion": [None, False, row.id]}
    with sessions.begin() as s:
        for row, why in zip(s.scalars(select(InquiryRow).order_by(InquiryRow.id)), odd):
            row.result = {"suspicion": why}
    _same(sessions, zones=("UTC", "Asia/Kolkata"), sinces=(None, at - timedelta(minutes=1)))
    with sessions() as s:
        assert dict(volume(s, None, ZoneInfo("UTC")).suspicious_kind) == {"scam": 2, ODD_KIND: 4, "-": 3, "": 1}


def test_a_fold_keeps_the_figures(store):
    url, sessions = store
    _generate(sessions, 600, days=30, awkward=True)
    _varied(sessions)
    with sessions() as s:
        pending = s.scalar(select(func.count()).select_from(CountDeltaRow))
    postgresql = url.startswith("postgresql")
    assert (pending > 0) == postgresql  # SQLite's triggers write the counts themselves
    _same(sessions, zones=("Asia/Shanghai", "Asia/Kolkata"))
    with sessions.begin() as s:
        counts.fold(s)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(CountDeltaRow)) == 0
    _same(sessions, zones=("Asia/Shanghai", "Asia/Kolkata"))
    _change_everything(sessions)
    with sessions() as s:  # a reader folds, in a transaction of its own, when enough rows are pending
        assert counts.fold_if_many(s, at=1) == postgresql
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(CountDeltaRow)) == 0
    _same(sessions, zones=("Asia/Shanghai", "Asia/Kolkata"))


def test_reply_tasks_written_by_plain_statements_enter_and_leave_the_counts(store):
    """0011 counts "given a reply task" as reply_due_at IS NOT NULL, report sla's rule as EXISTS (a
    reply task): they agree only while 0009's task triggers keep reply_due_at on every task write.
    Inquiries filed as list mail enter the period by reply tasks inserted, closed, reopened and
    deleted by plain statements (no ORM), and leave it."""
    url, sessions = store
    at = NOW - timedelta(hours=5)
    with sessions.begin() as s:
        s.execute(insert(InquiryRow), [_row(n, at + timedelta(minutes=n), at, filing="list", country="CN")
                                       for n in range(6)])
        ids = list(s.scalars(select(InquiryRow.id).order_by(InquiryRow.id)))
    task = {"kind": "reply", "state": "open", "grade": "B", "rule": "", "attempt": 0, "due_note": "",
            "snooze_until_buyer_writes": False, "due_at": NOW + timedelta(hours=3), "created_at": at}

    def counted() -> int:
        _same(sessions, zones=("UTC", "Asia/Kolkata"), sinces=(None, at - timedelta(minutes=1)))
        with sessions() as s:
            return volume(s, None, ZoneInfo("UTC")).total

    assert counted() == 0
    with sessions.begin() as s:
        s.execute(insert(TaskRow), [{**task, "inquiry_id": i} for i in ids[:4]])
        s.execute(insert(TaskRow), [{**task, "inquiry_id": ids[0], "kind": "follow_up"}])
    assert counted() == 4
    with sessions.begin() as s:  # done, and a second reply task of the same inquiry deleted
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == ids[1]).values(state="done", done_at=NOW))
        s.execute(insert(TaskRow), [{**task, "inquiry_id": ids[2]}])
        s.execute(delete(TaskRow).where(TaskRow.inquiry_id.in_([ids[2], ids[3]]), TaskRow.kind == "reply"))
    assert counted() == 2
    with sessions.begin() as s:
        s.execute(delete(TaskRow).where(TaskRow.inquiry_id == ids[0], TaskRow.kind == "reply"))
    assert counted() == 1


def test_counter_rows_that_reach_zero_are_deleted(store):
    """Retention's deletions and moved receipts leave no zero counter rows behind (SQLite: its
    triggers delete them; PostgreSQL: the fold, for the keys it touched)."""
    from inquiry_triage.store.models import CountRow

    url, sessions = store
    _generate(sessions, 300, days=20, awkward=True)
    _varied(sessions)
    with sessions.begin() as s:
        counts.fold(s)
    with sessions.begin() as s:  # half the receipts moved, the other half's inquiries deleted
        rows = list(s.scalars(select(InquiryRow).order_by(InquiryRow.id)))
        for row in rows[: len(rows) // 2]:
            row.received_at, row.triaged_at = NOW + timedelta(days=2), NOW + timedelta(days=2)
        for row in rows[len(rows) // 2:]:
            s.delete(row)
    with sessions.begin() as s:
        counts.fold(s)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(CountRow).where(CountRow.n == 0)) == 0
        assert s.scalar(select(func.count()).select_from(CountRow)) > 0
    _same(sessions, zones=("UTC", "Asia/Kolkata"), sinces=(None, NOW - timedelta(weeks=1)))
    with sessions.begin() as s:
        for row in s.scalars(select(InquiryRow)):
            s.delete(row)
    with sessions.begin() as s:
        counts.fold(s)
    with sessions() as s:  # nothing stored, nothing counted: not a row of zeros per key ever used
        assert s.scalar(select(func.count()).select_from(CountRow)) == 0


def test_the_reminder_round_folds_the_pending_deltas(store):
    """The daemon's round folds PostgreSQL's deltas, so readers rarely have to (and never a pile)."""
    from inquiry_triage.queue.rounds import run_round

    url, sessions = store
    _generate(sessions, 200, days=10)
    with sessions() as s:
        pending = s.scalar(select(func.count()).select_from(CountDeltaRow))
    report = run_round(sessions, NOW)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(CountDeltaRow)) == 0
    if url.startswith("postgresql"):
        assert pending > 0 and report.folded > 0
    else:
        assert pending == 0 and report.folded == 0  # SQLite's triggers write the counts themselves
    _same(sessions, zones=("Asia/Shanghai",), sinces=(None, NOW - timedelta(weeks=1)))


def test_the_migration_counts_a_store_filled_before_it(db_url):
    from bench.store_bench import _migrate_to

    engine = create_engine(db_url)
    _migrate_to(engine, "0010")
    _generate(sessionmaker(engine), 800, days=40, awkward=True)
    _varied(sessionmaker(engine))
    engine.dispose()
    engine, sessions = open_store(db_url)  # 0011: the counters back-filled from the rows
    try:
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(CountDeltaRow)) == 0
        _same(sessions)
        _change_everything(sessions)
        _same(sessions, zones=("Asia/Shanghai", "Europe/Madrid"))
    finally:
        engine.dispose()


def test_postgresql_writers_never_wait_on_a_counter_and_a_fold_loses_nothing(pg_url):
    """Two transactions insert inquiries of the same hour, country, language and channel; the first
    stays open while the second commits (lock_timeout 2 s: it would wait on a shared counter row
    until the first commits) and a fold runs; then the first commits: every inquiry is counted."""
    engine, sessions = open_store(pg_url)
    try:
        at = NOW - timedelta(hours=3)
        first, second = sessions(), sessions()
        try:
            first.execute(insert(InquiryRow), [_row(1, at, at, suspicious=True, result={"suspicion": ["scam"]})])
            second.execute(text("SET LOCAL lock_timeout = '2s'"))
            second.execute(insert(InquiryRow), [_row(2, at, at, suspicious=True, result={"suspicion": ["scam"]})])
            second.commit()
            folded: list[int] = []
            folding = threading.Thread(target=lambda: folded.append(_fold(sessions)))
            folding.start()
            folding.join(timeout=30)
            assert not folding.is_alive(), "the fold waited on an open writer"
            assert folded and folded[0] >= 1
            with sessions() as s:  # the open writer's rows are not counted yet, the committed one's are
                assert volume(s, None, ZoneInfo("UTC")).total == 1
            first.commit()
        finally:
            first.close()
            second.close()
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(CountDeltaRow)) > 0  # the first's, after the fold
            got = volume(s, None, ZoneInfo("UTC"))
            assert got.total == 2 and got.suspicious == 2 and dict(got.suspicious_kind) == {"scam": 2}
        _same(sessions, zones=("UTC", "Asia/Kolkata"), sinces=(None, at - timedelta(minutes=1)))
    finally:
        engine.dispose()


def _fold(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as s:
        return counts.fold(s)


@pytest.mark.parametrize("zone_name", ["Asia/Shanghai", "Asia/Kolkata", "Europe/Madrid"])
def test_weeks_from_a_whole_hour_read_no_inquiry(store, zone_name):
    """From a whole hour in a zone of quarter-hour offsets, the volume is read from the counters
    alone: no statement touches the inquiries (a partial first hour, or a quarter hour the seller's
    clock splits, would), however many there are."""
    from sqlalchemy import event

    url, sessions = store
    _generate(sessions, 500, days=70, awkward=True)
    statements: list[str] = []
    with sessions() as s:
        bind = s.get_bind()

        def seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            statements.append(statement)
        event.listen(bind, "before_cursor_execute", seen)
        try:
            got = volume(s, NOW.replace(minute=0) - timedelta(weeks=8), ZoneInfo(zone_name))  # Madrid's DST inside
        finally:
            event.remove(bind, "before_cursor_execute", seen)
        assert got == volume(s, NOW.replace(minute=0) - timedelta(weeks=8), ZoneInfo(zone_name), use_counters=False)
    assert statements and not [q for q in statements if "FROM inquiries" in q], statements
    assert got.total > 300


def test_postgresql_a_second_fold_does_not_wait_for_the_first(pg_url):
    """While one fold is uncommitted, another returns at once having done nothing (its DELETE would
    wait for the first's commit); after the commit nothing is pending and nothing was counted twice."""
    engine, sessions = open_store(pg_url)
    try:
        with sessions.begin() as s:
            s.execute(insert(InquiryRow), [_row(n, NOW - timedelta(hours=n), NOW) for n in range(1, 30)])
        first = sessions()
        try:
            assert counts.fold(first) > 0
            with sessions() as second:
                second.execute(text("SET LOCAL lock_timeout = '2s'"))
                assert counts.fold(second) == 0
                assert counts.fold_if_many(second, at=1)  # a reader: skips the fold, does not wait
            first.commit()
        finally:
            first.close()
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(CountDeltaRow)) == 0
            assert volume(s, None, ZoneInfo("UTC")).total == 29
        _same(sessions, zones=("UTC",), sinces=(None,))
    finally:
        engine.dispose()


def test_postgresql_the_back_fill_needs_no_temp_privilege(postgres_server):
    """Hardened databases revoke TEMP from the application's role: 0011's back-fill of a store filled
    at 0010 runs without it (it once built a temporary table) and counts what reading gives."""
    import itertools
    import os

    from bench.store_bench import _migrate_to

    name = postgres_server.create_database()
    role = f"counts_app_{os.getpid()}_{next(itertools.count())}"
    admin = create_engine(postgres_server.url_for(name), isolation_level="AUTOCOMMIT")
    engine = None
    try:
        with admin.connect() as c:
            c.execute(text(f"CREATE ROLE {role} LOGIN"))
            c.execute(text(f"REVOKE TEMPORARY ON DATABASE {name} FROM PUBLIC"))
            c.execute(text(f"GRANT CONNECT ON DATABASE {name} TO {role}"))
            c.execute(text(f"GRANT ALL ON SCHEMA public TO {role}"))
        url = postgres_server.url_for(name).replace("://postgres@", f"://{role}@")
        old = create_engine(url)
        with old.connect() as c:
            assert not c.execute(text("SELECT has_database_privilege(current_database(), 'TEMP')")).scalar()
        _migrate_to(old, "0010")
        _generate(sessionmaker(old), 300, days=20, awkward=True)
        _varied(sessionmaker(old))
        old.dispose()
        engine, sessions = open_store(url)  # 0011 and its back-fill, as the role
        with sessions() as s:
            assert s.scalar(text("SELECT version_num FROM alembic_version")) >= "0011"
            assert s.scalar(select(func.count()).select_from(counts.CountRow)) > 100
        _same(sessions, zones=("Asia/Kolkata",), sinces=(None, NOW - timedelta(weeks=1)))
    finally:
        if engine is not None:
            engine.dispose()
        admin.dispose()
        postgres_server.drop_database(name)
        server = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")  # roles belong to the cluster
        with server.connect() as c:
            c.execute(text(f"DROP ROLE IF EXISTS {role}"))
        server.dispose()
