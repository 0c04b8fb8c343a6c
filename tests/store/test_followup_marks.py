"""Migration 0014 (followup_marks: the reminder job's follow-up mark off the wide inquiries row), on
both databases:

1. the upgrade fills the table from what 0013 held (inquiries.followup_from, and a NULL row for every
   other replied inquiry), drops ix_inquiries_followup_from; the downgrade copies the candidates'
   marks back and re-creates that index;
2. the triggers carry every writer's word into the table: a reply (record_reply), a second reply at
   the very time of the first (the ORM leaves the unchanged column out of its UPDATE), a genuine
   verdict after a spam dismissal, twice (the second leaves followup_from unchanged, LOOK_AGAIN);
   a direct write of inquiries.followup_from;
3. the round writes the marks, never inquiries.followup_from; rearm brings back exactly the
   replied set-aside ones, and finds nothing when nothing is set aside."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import inspect, select, text, update

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.queue import followups  # noqa: E402
from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from inquiry_triage.store.models import FollowupMarkRow, InquiryRow, ReplyRow, TaskRow, as_utc  # noqa: E402
from tests.reports.sla_store import migrate  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc)
LEAD = ops.Actor("lead", "lead")


def _inquiry(s, name: str) -> InquiryRow:  # type: ignore[no-untyped-def]
    row = InquiryRow(message_id=f"<{name}@x>", source="t", channel="email", status="triaged", grade="B",
                     triaged_at=NOW - timedelta(days=20), received_at=NOW - timedelta(days=20), result={},
                     buyer_key=f"{name}@buyer.example", country="ZZ", subject=name)
    row.tasks.append(TaskRow(kind="reply", grade="B", state="open", created_at=NOW - timedelta(days=20),
                             due_at=NOW - timedelta(days=19)))
    s.add(row)
    s.flush()
    return row


def _marks(sessions) -> dict[int, datetime | None]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return {i: as_utc(f) for i, f in s.execute(select(FollowupMarkRow.inquiry_id, FollowupMarkRow.followup_from))}


def _column(sessions) -> dict[int, datetime | None]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return {i: as_utc(f) for i, f in s.execute(select(InquiryRow.id, InquiryRow.followup_from))}


def test_upgrade_fills_the_marks_and_downgrade_gives_them_back(db_url) -> None:  # noqa: F811
    engine, sessions = open_store(db_url)
    try:
        migrate(engine, False, "0013")
        replied_at = NOW - timedelta(days=10)
        with sessions.begin() as s:  # rows as 0013 holds them (no trigger yet: the column alone)
            for i, (mark, replies) in enumerate([(replied_at, 1), (None, 2), (None, 0), (ops.LOOK_AGAIN, 0)], 1):
                row = _inquiry(s, f"old{i}")
                assert row.id == i
                row.followup_from = mark
                for k in range(replies):
                    s.add(ReplyRow(inquiry_id=i, author="a", channel="email", kind="reply",
                                   sent_at=replied_at - timedelta(days=k)))
        migrate(engine, True, "head")
        assert _marks(sessions) == {1: replied_at, 2: None, 4: ops.LOOK_AGAIN}  # 3: no reply, never marked
        with engine.connect() as c:
            assert "ix_inquiries_followup_from" not in {i["name"] for i in inspect(c).get_indexes("inquiries")}
        # a round under 0014 evaluated 1 and moved its mark on; 2 was re-armed: the downgrade copies both back
        with sessions.begin() as s:
            s.execute(update(FollowupMarkRow).where(FollowupMarkRow.inquiry_id == 1).values(followup_from=NOW))
            s.execute(update(FollowupMarkRow).where(FollowupMarkRow.inquiry_id == 2).values(followup_from=replied_at))
        migrate(engine, False, "0013")
        assert _column(sessions) == {1: NOW, 2: replied_at, 3: None, 4: ops.LOOK_AGAIN}
        with engine.connect() as c:
            assert "followup_marks" not in inspect(c).get_table_names()
            assert "ix_inquiries_followup_from" in {i["name"] for i in inspect(c).get_indexes("inquiries")}
        migrate(engine, True, "head")  # and up again
        assert _marks(sessions) == {1: NOW, 2: replied_at, 4: ops.LOOK_AGAIN}
    finally:
        engine.dispose()


def test_every_writer_reaches_the_marks(db_url) -> None:  # noqa: F811
    engine, sessions = open_store(db_url)
    try:
        replied_at = NOW - timedelta(days=10)
        with sessions.begin() as s:
            a, b, c = _inquiry(s, "a"), _inquiry(s, "b"), _inquiry(s, "c")
            ops.record_reply(s, LEAD, replied_at, a.tasks[0].id)
            ops.record_reply(s, LEAD, replied_at, b.tasks[0].id)
            ids = a.id, b.id, c.id
        assert _marks(sessions) == {ids[0]: replied_at, ids[1]: replied_at}
        # A round set both aside (as "all K made" would); neither column is written.
        with sessions.begin() as s:
            s.execute(update(FollowupMarkRow).values(followup_from=None))
        assert _column(sessions)[ids[0]] == replied_at
        # A second reply at the same time: inquiries.followup_from does not change, the mark comes back.
        with sessions.begin() as s:
            task = TaskRow(inquiry_id=ids[0], kind="reply", grade="B", state="open", created_at=NOW, due_at=NOW)
            s.add(task)
            s.flush()
            ops.record_reply(s, LEAD, replied_at, task.id)
        assert _marks(sessions)[ids[0]] == replied_at
        # Spam, then genuine: LOOK_AGAIN; set aside by a round; spam and genuine again (column unchanged).
        for _ in range(2):
            with sessions.begin() as s:
                task = TaskRow(inquiry_id=ids[1], kind="review", grade="B", state="open", created_at=NOW, due_at=NOW)
                s.add(task)
                s.flush()
                ops.dismiss(s, LEAD, NOW, task.id, "spam")
            with sessions.begin() as s:
                ops.genuine(s, LEAD, NOW, task.id)
            assert _marks(sessions)[ids[1]] == ops.LOOK_AGAIN
            with sessions.begin() as s:
                s.execute(update(FollowupMarkRow).where(FollowupMarkRow.inquiry_id == ids[1]).values(followup_from=None))
        # A direct write of the column (another tool, an old script): carried over too.
        with sessions.begin() as s:
            s.get(InquiryRow, ids[2]).followup_from = replied_at
        assert _marks(sessions)[ids[2]] == replied_at
        assert _column(sessions)[ids[1]] == ops.LOOK_AGAIN
    finally:
        engine.dispose()


def test_rounds_write_the_marks_and_rearm_reads_the_set_aside_ones(db_url) -> None:  # noqa: F811
    engine, sessions = open_store(db_url)
    try:
        replied_at = NOW - timedelta(days=10)
        with sessions.begin() as s:
            rows = [_inquiry(s, f"r{i}") for i in range(4)]
            for row in rows:
                ops.record_reply(s, LEAD, replied_at, row.tasks[0].id)
            ids = [row.id for row in rows]
            lone = _inquiry(s, "lone").id  # no reply: never marked
        with sessions.begin() as s:
            made = followups.plan(s, NOW, {"silent_buyer": {"max": 1}})
        assert sorted(t.inquiry_id for t in made if t.rule == "silent-buyer") == ids
        with sessions.begin() as s:  # the follow-ups done: the next run sets each aside (all K = 1 made)
            s.execute(update(TaskRow).where(TaskRow.kind == "follow-up").values(state="done", done_at=NOW))
        with sessions.begin() as s:
            assert followups.plan(s, NOW + timedelta(minutes=5), {"silent_buyer": {"max": 1}}) == []
        assert _marks(sessions) == {i: None for i in ids}
        assert _column(sessions) == {**{i: replied_at for i in ids}, lone: None}  # the wide row never written
        with sessions.begin() as s:
            assert followups.rearm(s) == 4
        assert _marks(sessions) == {i: replied_at for i in ids}
        with sessions.begin() as s:
            assert followups.rearm(s) == 0  # nothing set aside: nothing re-armed
    finally:
        engine.dispose()
