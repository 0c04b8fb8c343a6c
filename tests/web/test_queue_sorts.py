"""The queue's sort orders and channel filter (issue 11), on SQLite and PostgreSQL: each order as
specified in Python over every task, paged without gaps, the channel filter in SQL, and each order's
page query served by an index (grade and deadline walked in an index's order per state; the receipt
orders sort only the live tasks of each state, found by the state index, never the closed ones)."""

from __future__ import annotations

import re
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store import queue as q  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow, as_utc  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401
from tests.store.test_queue_reads import NOW, fill, plan_of  # noqa: E402

CHANNELS = ("email", "phone", "im", "fax", "message", "rfq")


def fill_channels(sessions: sessionmaker[Session], n: int = 90) -> None:
    """`fill`'s tasks, then channels spread over the inquiries and receipts that disagree with the
    deadlines and ids (so each order is told apart); every 11th inquiry without received_at."""
    fill(sessions, n)
    with sessions.begin() as s:
        for row in s.query(InquiryRow):
            row.channel = CHANNELS[row.id % len(CHANNELS)]
            row.received_at = None if row.id % 11 == 0 else NOW - timedelta(hours=(row.id * 7) % 13)
            row.triaged_at = NOW - timedelta(minutes=row.id % 5)


def spec(sessions: sessionmaker[Session], sort: str, channel: str | None = None) -> list[int]:
    """The list order computed in Python from every live non-review task."""
    with sessions() as s:
        rows = [(t, t.inquiry) for t in s.query(TaskRow) if t.state in ("open", "claimed") and t.kind != "review"
                and (channel is None or t.inquiry.channel == channel)]
    receipt = lambda i: as_utc(i.received_at or i.triaged_at)  # noqa: E731
    keys = {"grade": lambda ti: (ti[0].grade, as_utc(ti[0].due_at), ti[0].id),
            "deadline": lambda ti: (as_utc(ti[0].due_at), ti[0].id),
            "oldest": lambda ti: (receipt(ti[1]), ti[0].id)}
    if sort == "newest":
        return [t.id for t, _ in sorted(rows, key=lambda ti: (receipt(ti[1]), ti[0].id), reverse=True)]
    return [t.id for t, _ in sorted(rows, key=keys[sort])]


@pytest.mark.parametrize("sort", list(q.QUEUE_SORTS))
def test_each_order_pages_as_specified(store, sort: str) -> None:
    _, sessions = store
    fill_channels(sessions)
    want = spec(sessions, sort)
    assert len(want) > 15
    with sessions() as s:
        f = q.QueueFilter(sort=sort)
        pages = [q.queue_page(s, now=NOW, filters=f, limit=4, offset=o) for o in range(0, len(want) + 4, 4)]
        streamed = [e.task_id for e in q.iter_open_tasks(s, now=NOW, filters=f, batch=5)]
    assert [e.task_id for p in pages for e in p.entries] == want == streamed
    assert {p.total for p in pages} == {len(want)}
    assert sort == "grade" or want != spec(sessions, "grade")  # the orders really differ


@pytest.mark.parametrize("channel", ["fax", "message", "EMAIL"])
def test_the_channel_filter_keeps_that_channel_only(store, channel: str) -> None:
    _, sessions = store
    fill_channels(sessions)
    want = spec(sessions, "deadline", channel.lower())
    assert want
    with sessions() as s:
        page = q.queue_page(s, now=NOW, filters=q.QueueFilter(channel=channel, sort="deadline"), limit=100)
    assert [e.task_id for e in page.entries] == want and page.total == len(want)
    assert {e.channel for e in page.entries} == {channel.lower()}


def test_an_unknown_sort_is_refused(store) -> None:
    _, sessions = store
    with sessions() as s, pytest.raises(ValueError, match="unknown sort 'sideways'"):
        q.queue_page(s, now=NOW, filters=q.QueueFilter(sort="sideways"))


@pytest.mark.parametrize("sort, index", [("grade", "ix_tasks_open_order"), ("deadline", "ix_tasks_state_due"),
                                         ("newest", "ix_tasks_"), ("oldest", "ix_tasks_")])
def test_each_order_is_served_by_an_index(store, sort: str, index: str) -> None:
    _, sessions = store
    fill_channels(sessions)
    captured: list[tuple[str, object]] = []
    bind = sessions.kw["bind"]
    listen = lambda conn, cursor, sql, params, *_: captured.append((sql, params))  # noqa: E731
    event.listen(bind, "before_cursor_execute", listen)
    try:
        with sessions() as s:
            q.queue_page(s, now=NOW, filters=q.QueueFilter(sort=sort), limit=5)
            q.queue_page(s, now=NOW, filters=q.QueueFilter(sort=sort, channel="fax"), limit=5, offset=5)
    finally:
        event.remove(bind, "before_cursor_execute", listen)
    reads = [(sql, p) for sql, p in captured if sql.lstrip().upper().startswith("SELECT") and "tasks" in sql]
    assert len(reads) >= 2
    full_scans = re.compile(r"\bSCAN (tasks|inquiries)\b(?! USING)|Seq Scan on (tasks|inquiries)\b")
    for sql, params in reads:
        plan = plan_of(sessions, sql, params)
        assert not full_scans.search(plan), f"{sql}\n{plan}"
        if "ORDER BY" not in sql:
            continue  # the count: no order
        assert index in plan, f"{sql}\n{plan}"
        if sort in ("grade", "deadline") and bind.dialect.name == "sqlite":
            # Each state's walk is in the index's order: only the merged page (a few rows) is sorted.
            walks = plan.split("CO-ROUTINE")[1:]
            assert walks and not [w for w in walks if "TEMP B-TREE" in w.split("SCAN anon")[0]], plan
