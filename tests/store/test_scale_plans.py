"""Reads of the web pages and reports at a million inquiries (issue 10 / issue 11's benchmark), on
SQLite and PostgreSQL: each statement is served by the index meant for it, never by one that
matches most rows (SQLite plans without statistics: an equality on a flag looks selective to it).
No timings: plans. (bench/web_bench.py and bench/store_bench.py print the figures.)"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.queue.operations import Actor  # noqa: E402
from inquiry_triage.queue.views import buyer_history  # noqa: E402
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
# Indexes that match most rows: reading one of them is reading the table.
BROAD = re.compile(r"\b(ix_inquiries_suspicious|ix_inquiries_suspicious_risk|ix_inquiries_status)\b")
FULL_SCAN = re.compile(r"\bSCAN (tasks|inquiries|notes|replies)\b(?! USING)|Seq Scan on (tasks|inquiries|notes|replies)\b")


def fill(sessions: sessionmaker[Session], n: int = 40) -> None:
    """n inquiries of 8 buyers, every 4th suspicious (a review task), replies, notes, follow-ups."""
    with sessions.begin() as s:
        for i in range(n):
            suspicious = i % 4 == 0
            row = InquiryRow(message_id=f"<p{i}@x>", source="t", channel="email", status="triaged", grade="ABCD"[i % 4],
                             suspicious=suspicious, result={"suspicion": ["spy"] if suspicious else []},
                             raw=b"Subject: x\r\n\r\n" + b"y" * 500, body=f"body {i}", subject=f"subject {i}",
                             triaged_at=NOW - timedelta(hours=n - i), received_at=NOW - timedelta(hours=n - i),
                             from_addr=f"b{i % 8}@x.example", buyer_key=f"b{i % 8}@x.example",
                             language="en" if i % 2 else "ru", country="DE" if i % 3 else "US")
            row.tasks.append(TaskRow(kind="review" if suspicious else "reply", state=("open", "claimed", "done")[i % 3],
                                     grade="ABCD"[i % 4], due_at=NOW + timedelta(hours=i % 7 - 3),
                                     created_at=NOW - timedelta(hours=n - i)))
            if i % 5 == 1:
                row.tasks.append(TaskRow(kind="follow-up", rule="silent-buyer", attempt=1, state="open", grade="C",
                                         due_at=NOW + timedelta(days=1), created_at=NOW - timedelta(hours=1)))
            s.add(row)
        s.flush()
        for task in s.query(TaskRow).filter(TaskRow.state == "done"):
            s.add(ReplyRow(inquiry_id=task.inquiry_id, task_id=task.id, author="alice", channel="email",
                           sent_at=NOW - timedelta(minutes=task.id)))
            s.add(NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author="alice", content="called",
                          created_at=NOW - timedelta(minutes=task.id)))


@contextmanager
def captured_reads(sessions: sessionmaker[Session]) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []
    bind = sessions.kw["bind"]
    listen = lambda conn, cursor, sql, params, *_: seen.append((sql, params))  # noqa: E731
    event.listen(bind, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(bind, "before_cursor_execute", listen)


def plans_of(sessions: sessionmaker[Session], call: Callable[[Session], object]) -> dict[str, str]:
    """{SELECT statement: its plan} of what `call` reads from the big tables."""
    with captured_reads(sessions) as seen, sessions() as s:
        call(s)
    bind = sessions.kw["bind"]
    plans = {}
    with bind.connect() as c:
        if bind.dialect.name == "postgresql":
            c.execute(text("SET enable_seqscan = off"))  # tiny tables: show whether an index CAN serve it
        for sql, params in seen:
            if not sql.lstrip().upper().startswith("SELECT") or not re.search(r"\b(tasks|inquiries)\b", sql):
                continue
            if bind.dialect.name == "sqlite":
                plans[sql] = "\n".join(str(r[-1]) for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            else:
                plans[sql] = "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + sql, params))
    return plans


def test_an_agents_buyer_page_reads_the_buyer_by_index(store) -> None:
    """An agent's buyer page leaves out suspicious inquiries: by (buyer_key, suspicious), not by the
    suspicious flag's index (on SQLite that walked most of the table: 34 s a page at 1M)."""
    url, sessions = store
    fill(sessions)
    plans = plans_of(sessions, lambda s: buyer_history(s, "b1@x.example", Actor("ann", "agent"), limit=50))
    assert len(plans) >= 4
    joined = "\n".join(plans.values())
    bad = {sql: plan for sql, plan in plans.items() if BROAD.search(plan) or FULL_SCAN.search(plan)}
    assert not bad, "\n\n".join(f"{sql}\n{plan}" for sql, plan in bad.items())
    if url.startswith("sqlite"):
        assert "ix_inquiries_buyer_suspicious" in joined


def test_a_page_past_the_count_cap_says_at_least_its_own_last_row(store, monkeypatch) -> None:
    from inquiry_triage.store import queue as q

    _, sessions = store
    fill(sessions)
    monkeypatch.setattr(q, "COUNT_CAP", 4)
    with sessions() as s:
        first = q.queue_page(s, now=NOW, limit=3)
        deep = q.queue_page(s, now=NOW, limit=3, offset=6)
        every = q.queue_page(s, now=NOW, limit=None)
    assert len(every.entries) > 9  # more live tasks than the cap and the deep page's end
    assert (first.total, first.more, first.footer()) == (4, True, "showing 1-3 of 4+")
    assert (deep.total, deep.more, deep.footer()) == (9, True, "showing 7-9 of 9+")


def test_the_live_states_are_written_into_the_lists_sql(store) -> None:
    """psycopg prepares a statement after its 5th run and PostgreSQL may then plan it for any value:
    with the states bound it no longer knew that live tasks are few and read every inquiry first
    (a language-filtered count: 1-2 s at 1M). The states and the review kind are written in."""
    from inquiry_triage.store import queue as q

    _, sessions = store
    fill(sessions)
    with captured_reads(sessions) as seen, sessions() as s:
        for _ in range(7):  # past psycopg's prepare threshold: the same SQL, still the right counts
            page = q.queue_page(s, now=NOW, limit=2, filters=q.QueueFilter(language="ru"))
    counts = [sql for sql, _ in seen if "count(*)" in sql]
    assert counts and all("IN ('open', 'claimed')" in sql and "!= 'review'" in sql for sql in counts)
    with sessions() as s:  # the same count by hand: live, not review, Russian
        expected = sum(1 for t in s.query(TaskRow).all() if t.state in ("open", "claimed") and t.kind != "review"
                       and t.inquiry.language == "ru")
    assert page.total == expected > 2
