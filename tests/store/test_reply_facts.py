"""The reply-task facts kept on each inquiry row (migration 0009, for `report sla`): reply_due_at
(the first reply task's deadline), open_replies (live reply tasks) and their earliest / latest
deadline. Database triggers keep them; these tests change tasks every way the product does (claim,
reply, done, snooze, wake, dismiss, release a review, a second reply task created earlier than the
first, bulk Core inserts and updates, deletes, a task moved) and compare the stored facts with the
same facts computed from the tasks, on SQLite and PostgreSQL. Also: the migration back-fills them
for a store made before it."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, delete, insert, select, text, update
from sqlalchemy.orm import Session

from inquiry_triage.queue import operations as ops
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow, as_utc
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
LIVE = ("open", "claimed", "snoozed")


def expected(session: Session) -> dict[int, tuple]:
    """The four facts of every inquiry, computed from its tasks in Python."""
    tasks: dict[int, list[TaskRow]] = {}
    for task in session.scalars(select(TaskRow).where(TaskRow.kind == "reply")):
        tasks.setdefault(task.inquiry_id, []).append(task)
    out = {}
    for inquiry_id in session.scalars(select(InquiryRow.id)):
        mine = tasks.get(inquiry_id, [])
        first = min(mine, key=lambda t: (as_utc(t.created_at), t.id), default=None)
        live = [as_utc(t.due_at) for t in mine if t.state in LIVE]
        out[inquiry_id] = (as_utc(first.due_at) if first else None, len(live), min(live, default=None),
                           max(live, default=None))
    return out


def stored(session: Session) -> dict[int, tuple]:
    return {r.id: (as_utc(r.reply_due_at), r.open_replies, as_utc(r.open_replies_first_due),
                   as_utc(r.open_replies_last_due))
            for r in session.execute(select(InquiryRow.id, InquiryRow.reply_due_at, InquiryRow.open_replies,
                                            InquiryRow.open_replies_first_due, InquiryRow.open_replies_last_due))}


def check(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions() as s:
        assert stored(s) == expected(s)


def _inquiry(n: int, kind: str = "reply", due_hours: float = 8, created: datetime = NOW) -> InquiryRow:
    row = InquiryRow(message_id=f"<f{n}@x>", source="t", channel="email", status="triaged", grade="B",
                     suspicious=kind == "review", result={}, triaged_at=created, received_at=created)
    row.tasks.append(TaskRow(kind=kind, state="open", grade="B", due_at=created + timedelta(hours=due_hours),
                             created_at=created))
    return row


def test_the_facts_follow_every_change_of_the_tasks(store) -> None:
    _, sessions = store
    lead, agent = ops.Actor("lena", "lead"), ops.Actor("alice", "agent")
    with sessions.begin() as s:
        for n in range(6):
            s.add(_inquiry(n, due_hours=2 + n))
        s.add(_inquiry(6, kind="review"))
    check(sessions)
    with sessions.begin() as s:
        ids = list(s.scalars(select(TaskRow.id).order_by(TaskRow.id)))
    with sessions.begin() as s:
        ops.claim(s, agent, NOW, ids[0])
        ops.claim(s, agent, NOW, ids[1])
    check(sessions)
    with sessions.begin() as s:
        ops.record_reply(s, agent, NOW + timedelta(hours=1), ids[0])  # replied: the task is done
        ops.done(s, agent, NOW + timedelta(hours=1), ids[1])
    check(sessions)
    with sessions.begin() as s:
        ops.snooze(s, agent, NOW, ids[2], until=NOW + timedelta(hours=3))
        ops.snooze(s, agent, NOW, ids[3], until_buyer_writes=True)
    check(sessions)
    with sessions.begin() as s:
        ops.wake_snoozed(s, NOW + timedelta(hours=4))
        ops.dismiss(s, lead, NOW, ids[4], "spam")
    check(sessions)
    with sessions.begin() as s:  # a lead releases the suspicious one: its reply task appears
        ops.release_review(s, lead, NOW, ids[6], lambda inquiry, grade: ops.ReplyPlan(due=NOW + timedelta(hours=5)))
    check(sessions)
    with sessions.begin() as s:
        first = s.get(TaskRow, ids[5])
        inquiry_id = first.inquiry_id
        # A second reply task created EARLIER than the first (another tool, a back-dated import): it
        # becomes the first; two then three live ones with spread deadlines.
        for hours, created in ((-30, NOW - timedelta(days=1)), (40, NOW + timedelta(hours=1))):
            s.add(TaskRow(inquiry_id=inquiry_id, kind="reply", state="open", grade="B",
                          due_at=NOW + timedelta(hours=hours), created_at=created))
    check(sessions)
    with sessions.begin() as s:  # bulk Core statements, as the follow-up planner and the web write
        s.execute(insert(TaskRow), [{"inquiry_id": inquiry_id, "kind": "reply", "state": "claimed", "grade": "B",
                                     "due_at": NOW + timedelta(hours=h), "created_at": NOW, "due_note": ""}
                                    for h in (1, 2)])
        s.execute(update(TaskRow).where(TaskRow.id == ids[2]).values(state="open"))  # reopened
        s.execute(update(TaskRow).where(TaskRow.id == ids[3]).values(due_at=NOW - timedelta(days=2)))
    check(sessions)
    with sessions.begin() as s:
        s.execute(update(TaskRow).where(TaskRow.id == ids[5]).values(inquiry_id=s.get(TaskRow, ids[0]).inquiry_id))
        s.execute(update(TaskRow).where(TaskRow.id == ids[2]).values(kind="follow-up"))  # no longer a reply task
        s.execute(delete(TaskRow).where(TaskRow.id == ids[3]))
    check(sessions)
    with sessions.begin() as s:  # follow-ups change nothing
        s.add(TaskRow(inquiry_id=inquiry_id, kind="follow-up", rule="silent-buyer", state="open", grade="B",
                      due_at=NOW - timedelta(days=9), created_at=NOW - timedelta(days=9)))
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == inquiry_id).values(reminded_at=NOW))
    check(sessions)


def test_random_changes_keep_the_facts(store) -> None:
    _, sessions = store
    rng = random.Random(9)
    with sessions.begin() as s:
        for n in range(30):
            s.add(_inquiry(n, due_hours=rng.randrange(-48, 48), created=NOW - timedelta(hours=rng.randrange(0, 90))))
    for _ in range(12):
        with sessions.begin() as s:
            inquiry_ids = list(s.scalars(select(InquiryRow.id)))
            task_ids = list(s.scalars(select(TaskRow.id)))
            for _ in range(6):
                what = rng.randrange(4)
                if what == 0:
                    s.add(TaskRow(inquiry_id=rng.choice(inquiry_ids), kind=rng.choice(("reply", "follow-up")),
                                  state=rng.choice(("open", "claimed", "snoozed", "done", "dismissed")), grade="C",
                                  due_at=NOW + timedelta(hours=rng.randrange(-60, 60)),
                                  created_at=NOW - timedelta(hours=rng.randrange(0, 100))))
                elif what == 1 and task_ids:
                    s.execute(update(TaskRow).where(TaskRow.id == rng.choice(task_ids))
                              .values(state=rng.choice(("open", "claimed", "snoozed", "done", "dismissed"))))
                elif what == 2 and task_ids:
                    s.execute(update(TaskRow).where(TaskRow.id == rng.choice(task_ids))
                              .values(due_at=NOW + timedelta(hours=rng.randrange(-60, 60))))
                elif task_ids:
                    s.execute(delete(TaskRow).where(TaskRow.id == task_ids.pop(rng.randrange(len(task_ids)))))
        check(sessions)


def test_the_migration_back_fills_a_store_made_before_it(db_url) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from inquiry_triage.store.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(db_url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0008")
    tasks = [  # (inquiry, kind, state, due day, created day)
        (1, "reply", "done", 3, 1), (1, "reply", "open", 9, 2), (2, "reply", "claimed", 5, 1),
        (2, "reply", "snoozed", 7, 3), (2, "reply", "open", 6, 4), (3, "review", "open", 2, 1), (4, "reply", "done", 4, 1)]
    with engine.begin() as connection:
        for n in range(1, 5):
            connection.execute(text(
                "INSERT INTO inquiries (id, message_id, content_hash, source, channel, status, grade, suspicious, risk, "
                "from_addr, from_name, subject, body, country, triaged_at, result, draft, buyer_key, buyer_timezone, "
                "product, raw, filing) VALUES (:id, :mid, '', 's', 'email', 'triaged', 'C', :false, 0.0, '', '', 'x', "
                "'y', '', '2026-03-01 09:00:00', '{}', '', '', '', '', :raw, 'inquiry')"),
                {"id": n, "mid": f"<b{n}@x>", "false": False, "raw": b""})
        for inquiry_id, kind, state, due, created in tasks:
            connection.execute(text(
                "INSERT INTO tasks (inquiry_id, kind, rule, attempt, state, snooze_until_buyer_writes, grade, due_at, "
                "created_at, due_note, version) VALUES (:i, :kind, '', 0, :state, :false, 'C', :due, :created, '', 0)"),
                {"i": inquiry_id, "kind": kind, "state": state, "false": False,
                 "due": datetime(2026, 3, due, 9, 0), "created": datetime(2026, 3, created, 9, 0)})
    engine.dispose()
    engine, sessions = open_store(db_url)  # 0009 back-fills
    with sessions() as s:
        facts = stored(s)
        assert facts == expected(s)
    engine.dispose()
    day = lambda d: datetime(2026, 3, d, 9, 0, tzinfo=UTC)  # noqa: E731
    assert facts == {1: (day(3), 1, day(9), day(9)), 2: (day(5), 3, day(5), day(7)), 3: (None, 0, None, None),
                     4: (day(4), 0, None, None)}


def test_two_writers_at_once_leave_the_facts_right_on_postgresql(pg_url) -> None:
    """T1 closes one live task and holds its transaction; T2 moves another task's deadline and
    commits after T1. Each recomputation must see the other's committed change (the reviewer's
    race: without the row lock the facts kept T2's view, a done task still counted live)."""
    import threading

    engine, sessions = open_store(pg_url)
    with sessions.begin() as s:
        row = _inquiry(1, due_hours=0)
        for hours in (1, 3):
            row.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=NOW + timedelta(hours=hours),
                                     created_at=NOW))
        s.add(row)
    with sessions() as s:
        first, second = sorted(s.scalars(select(TaskRow.id)))[:2]
    raw = create_engine(pg_url)
    one, two = raw.connect(), raw.connect()
    try:
        t1 = one.begin()
        one.execute(update(TaskRow).where(TaskRow.id == first).values(state="done"))
        failures: list[BaseException] = []

        def move_the_second() -> None:
            try:
                with two.begin():
                    two.execute(update(TaskRow).where(TaskRow.id == second)
                                .values(due_at=NOW + timedelta(hours=2)))
            except BaseException as exc:  # noqa: BLE001  (reported by the main thread)
                failures.append(exc)

        writer = threading.Thread(target=move_the_second)
        writer.start()
        writer.join(1.0)  # T2 waits for T1's lock on the inquiry row (or has already run)
        t1.commit()
        writer.join(60)
        assert not writer.is_alive() and not failures
    finally:
        one.close()
        two.close()
        raw.dispose()
    check(sessions)
    with sessions() as s:
        assert stored(s)[1][1:] == (2, NOW + timedelta(hours=2), NOW + timedelta(hours=3))
    engine.dispose()


def test_downgrade_keeps_every_task_with_the_stores_foreign_keys_on(tmp_path) -> None:
    """0009's downgrade on SQLite through the product's own engine (foreign_keys=ON): a rebuilt
    inquiries table would be dropped and cascade to every task; the columns are dropped in place."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from inquiry_triage.store.db import MIGRATIONS

    engine, sessions = open_store(f"sqlite:///{tmp_path / 'down.db'}")
    with sessions.begin() as s:
        s.add_all([_inquiry(n, due_hours=n) for n in range(3)])
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0008")
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM tasks")) == 3
        assert connection.scalar(text("SELECT count(*) FROM inquiries")) == 3
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")  # and back: the facts are back-filled again
    check(sessions)
    engine.dispose()
