"""`queue --snoozed` lists snoozed tasks in the order they wake (then by id), those waiting for the
buyer's mail last, paged in SQL, on SQLite and PostgreSQL (a newcomer's list came in grade order:
a D waking tomorrow stood below an A waking next week)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from inquiry_triage.queue.operations import Actor, claim, snooze
from inquiry_triage.queue.views import snoozed_list
from inquiry_triage.store.models import InquiryRow, TaskRow
from inquiry_triage.store.queue import QueueFilter
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
ALICE = Actor("alice")


def test_snoozed_tasks_come_in_wake_order_then_id(store) -> None:
    _, sessions = store
    ids = []
    with sessions.begin() as s:
        for i, grade in enumerate("ABCDA"):
            row = InquiryRow(message_id=f"<w-{i}@example.com>", source="test", channel="email", status="triaged",
                             grade=grade, suspicious=False, result={}, triaged_at=T0, buyer_key=f"w{i}@example.com",
                             from_addr=f"w{i}@example.com")
            row.tasks.append(TaskRow(kind="reply", state="open", grade=grade, due_at=T0 + timedelta(hours=i),
                                     created_at=T0))
            s.add(row)
            s.flush()
            ids.append(row.tasks[0].id)
    days = {0: 5, 1: None, 2: 2, 3: 1, 4: 2}  # None: until the buyer writes
    with sessions.begin() as s:
        for i, d in days.items():
            claim(s, ALICE, T0, ids[i])
            if d is None:
                snooze(s, ALICE, T0, ids[i], until_buyer_writes=True)
            else:
                snooze(s, ALICE, T0, ids[i], until=T0 + timedelta(days=d))
    expected = [ids[3], ids[2], ids[4], ids[0], ids[1]]
    with sessions() as s:
        listing = snoozed_list(s, ALICE, QueueFilter(), T0, limit=50)
        assert [e.task_id for e in listing.page.entries] == expected
        assert listing.page.total == 5
        pages = [snoozed_list(s, ALICE, QueueFilter(), T0, limit=2, offset=o).page for o in (0, 2, 4)]
        assert [e.task_id for p in pages for e in p.entries] == expected
        assert [p.total for p in pages] == [5, 5, 5]
        assert [e.task_id for e in snoozed_list(s, ALICE, QueueFilter(), T0, limit=None).page.entries] == expected
        assert [e.task_id for e in snoozed_list(s, ALICE, QueueFilter(grades=("A",)), T0, limit=50).page.entries] \
            == [ids[4], ids[0]]
