"""Queue reads at scale (issue 10), on SQLite and PostgreSQL: lists merge one index-ordered walk per
state into the right order, counts stop at their cap and say so, list views never read the raw mail,
the result JSON, the body or the draft, the planner can serve every list query from an index, and
`queue --format json` streams the same text the paged list would print. No timings: plans and SQL."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.reports.status import collect_status  # noqa: E402
from inquiry_triage.store import queue as q  # noqa: E402
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
STATES = ("open", "claimed", "snoozed", "done", "dismissed")
HEAVY = re.compile(r"inquiries\.(raw|result|draft|body)\b")


def fill(sessions: sessionmaker[Session], n: int = 60) -> None:
    """n inquiries with tasks in every state, grades and deadlines interleaved (many ties on due_at),
    every 5th suspicious (a review task), every 7th a filed list mail, raw bytes and result JSON set."""
    with sessions.begin() as s:
        for i in range(n):
            suspicious = i % 5 == 0
            row = InquiryRow(message_id=f"<r{i}@x>", source="t", channel="email", status="triaged", grade="ABCD"[i % 4],
                             suspicious=suspicious, result={"suspicion": ["spy"] if suspicious else [], "big": "x" * 500},
                             raw=b"Subject: x\r\n\r\n" + b"y" * 2000, body=f"body {i}", draft="draft",
                             triaged_at=NOW - timedelta(hours=n - i), received_at=NOW - timedelta(hours=n - i),
                             from_addr=f"b{i % 9}@x.example", buyer_key=f"b{i % 9}@x.example", subject=f"subject {i}",
                             filing="list" if i % 7 == 3 else "inquiry", language="en" if i % 2 else "es")
            row.tasks.append(TaskRow(kind="review" if suspicious else "reply", state=STATES[i % len(STATES)],
                                     grade="ABCD"[(i // 3) % 4], due_at=NOW + timedelta(hours=(i * 5) % 7 - 3),
                                     created_at=NOW - timedelta(days=1), assignee="alice" if i % 3 else None))
            s.add(row)
        s.flush()
        for task in s.query(TaskRow).filter(TaskRow.state == "done").limit(5):
            s.add(ReplyRow(inquiry_id=task.inquiry_id, task_id=task.id, author="alice", channel="email",
                           sent_at=NOW - timedelta(minutes=task.id)))
            s.add(NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author="alice", content="called",
                          created_at=NOW - timedelta(minutes=task.id)))


@contextmanager
def statements(sessions: sessionmaker[Session]) -> Iterator[list[str]]:
    seen: list[str] = []
    bind = sessions.kw["bind"]
    listen = lambda *a: seen.append(a[2])  # noqa: E731  (conn, cursor, statement, ...)
    event.listen(bind, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(bind, "before_cursor_execute", listen)


def expected_order(sessions: sessionmaker[Session], states: tuple[str, ...], review: bool) -> list[int]:
    """The list order computed in Python from every task (the specification of the SQL)."""
    with sessions() as s:
        tasks = [t for t in s.query(TaskRow) if t.state in states and (t.kind == "review") == review]
        key = (lambda t: (t.due_at, t.id)) if review else (lambda t: (t.grade, t.due_at, t.id))
        return [t.id for t in sorted(tasks, key=key)]


def test_pages_merge_the_states_in_list_order_without_gaps(store) -> None:
    _, sessions = store
    fill(sessions)
    want = expected_order(sessions, ("open", "claimed"), review=False)
    want_review = expected_order(sessions, q.REVIEW_STATES, review=True)
    assert len(want) > 10 and len(want_review) > 3
    with sessions() as s:
        pages = [q.queue_page(s, now=NOW, limit=4, offset=o) for o in range(0, len(want) + 4, 4)]
        review = [q.review_page(s, now=NOW, limit=2, offset=o) for o in range(0, len(want_review) + 2, 2)]
        streamed = [e.task_id for e in q.iter_open_tasks(s, now=NOW, batch=3)]
        streamed_review = [e.task_id for e in q.iter_open_tasks(s, now=NOW, review=True, batch=3)]
    assert [e.task_id for p in pages for e in p.entries] == want == streamed
    assert [e.task_id for p in review for e in p.entries] == want_review == streamed_review
    assert {p.total for p in pages} == {len(want)} and not any(p.more for p in pages)


def test_counts_stop_at_the_cap_and_say_so(store, monkeypatch) -> None:
    _, sessions = store
    fill(sessions)
    monkeypatch.setattr(q, "COUNT_CAP", 5)
    with sessions() as s:
        page = q.queue_page(s, now=NOW, limit=3)
        filed = q.filed_page(s, "list", limit=2)
        few = q.queue_page(s, now=NOW, limit=3, filters=q.QueueFilter(grades=("A",), assignee="nobody"))
    assert (page.total, page.more, page.footer()) == (5, True, "showing 1-3 of 5+")
    assert (filed.total, filed.more) == (5, True) and len(filed_items_all(sessions)) > 5
    assert (few.total, few.more, few.footer()) == (0, False, "nothing matches")


def filed_items_all(sessions: sessionmaker[Session]) -> list[int]:
    with sessions() as s:
        return [r.id for r in q.filed_items(s, "list")]


def test_list_views_never_read_the_raw_mail_or_the_result_json(store) -> None:
    _, sessions = store
    fill(sessions)
    with sessions() as s, statements(sessions) as seen:
        q.queue_page(s, now=NOW, filters=q.QueueFilter(grades=("A", "B"), language="es", overdue=True))
        q.queue_page(s, include_suspicious=False, now=NOW, limit=None)
        list(q.iter_open_tasks(s, now=NOW))
        q.review_page(s, now=NOW)
        q.filed_page(s, None)
        q.filed_page(s, "list")
        q.filing_counts(s)
        q.buyer_history(s, q.resolve_buyer(s, "b1@x.example"))
        collect_status(s, NOW)
    assert len(seen) >= 10
    assert not [sql for sql in seen if HEAVY.search(sql)]


def plan_of(sessions: sessionmaker[Session], sql: str, params) -> str:  # type: ignore[no-untyped-def]
    bind = sessions.kw["bind"]
    with bind.connect() as c:
        if bind.dialect.name == "sqlite":
            return "\n".join(str(r[-1]) for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
        c.execute(text("SET enable_seqscan = off"))  # tiny tables: show whether an index CAN serve it
        return "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + sql, params))


def test_every_list_query_is_served_by_an_index(store) -> None:
    _, sessions = store
    fill(sessions)
    captured: list[tuple[str, object]] = []
    bind = sessions.kw["bind"]
    listen = lambda conn, cursor, sql, params, *_: captured.append((sql, params))  # noqa: E731
    event.listen(bind, "before_cursor_execute", listen)
    try:
        with sessions() as s:
            q.queue_page(s, now=NOW)
            q.queue_page(s, now=NOW, filters=q.QueueFilter(grades=("A",), overdue=True), offset=2, limit=3)
            q.review_page(s, now=NOW)
            q.filed_page(s, "list")
            q.filed_page(s, None)
            q.buyer_history(s, "b1@x.example")
            q.escalations(s, 1)
            collect_status(s, NOW)
    finally:
        event.remove(bind, "before_cursor_execute", listen)
    reads = [(sql, p) for sql, p in captured if sql.lstrip().upper().startswith("SELECT")
             and any(table in sql for table in ("tasks", "inquiries", "audit_log"))]
    assert len(reads) >= 10
    plans = {sql: plan_of(sessions, sql, p) for sql, p in reads}
    full_scans = re.compile(r"\bSCAN (tasks|inquiries|notes|replies|audit_log)\b(?! USING)"
                            r"|Seq Scan on (tasks|inquiries|notes|replies|audit_log)\b")
    # Counting stored items by status / filing reads one whole index by design (what `count(*)` does).
    whole = re.compile(r"GROUP BY inquiries\.(status|filing)")
    bad = {sql: plan for sql, plan in plans.items() if full_scans.search(plan) and not whole.search(sql)}
    assert not bad, "\n\n".join(f"{sql}\n{plan}" for sql, plan in bad.items())
    joined = "\n".join(plans.values())
    # The review list and status's live counts by one of the state/kind indexes (which one is the
    # planner's choice: PostgreSQL takes ix_tasks_state_due for tiny tables, SQLite the kind index).
    assert "ix_tasks_open_order" in joined
    assert any(name in joined for name in ("ix_tasks_kind_state_due", "ix_tasks_live_counts", "ix_tasks_state_due"))
    assert "ix_inquiries_filing_triaged" in joined and "ix_audit_log_action_at" in joined


def test_json_list_streams_the_same_text_as_the_list(store, capsys, monkeypatch) -> None:
    url, sessions = store
    fill(sessions)
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lead")
    assert main(["queue", "--format", "json", "--db", url]) == 0
    streamed = capsys.readouterr().out
    assert main(["queue", "--format", "json", "--limit", "1000", "--db", url]) == 0
    paged = capsys.readouterr().out
    assert streamed == paged and len(json.loads(streamed)) > 10
    assert main(["queue", "--format", "json", "--offset", "4", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(paged)[4:]
    assert main(["queue", "--format", "json", "--grade", "D", "--language", "zz", "--db", url]) == 0
    assert capsys.readouterr().out == "[]\n"


def test_a_buyers_history_keeps_the_newest_events_when_cut(store) -> None:
    _, sessions = store
    fill(sessions)
    with sessions() as s:
        everything = q.buyer_history(s, "b1@x.example")
        cut = q.buyer_history(s, "b1@x.example", limit=3)
    assert len(everything) > 3
    assert cut == everything[-3:]


def test_review_list_reads_the_suspicion_words_out_of_the_json_in_sql(store, capsys, monkeypatch) -> None:
    url, sessions = store
    fill(sessions)
    with sessions.begin() as s:  # a stored result without the key (older rows): an empty list, as before
        row = InquiryRow(message_id="<old@x>", source="t", channel="email", status="triaged", grade="C", suspicious=True,
                         result={"grade": "C"}, triaged_at=NOW, received_at=NOW - timedelta(days=9), risk=4.5)
        row.tasks.append(TaskRow(kind="review", state="open", grade="C", due_at=NOW - timedelta(days=9), created_at=NOW))
        s.add(row)
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lead")
    assert main(["queue", "review", "--format", "json", "--db", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["suspicion"] == [] and listed[0]["risk"] == 4.5  # the oldest arrival first
    assert {tuple(e["suspicion"]) for e in listed[1:]} == {("spy",)}
    assert main(["queue", "review", "--db", url]) == 0 and "4.50" in capsys.readouterr().out
