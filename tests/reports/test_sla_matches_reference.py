"""`report sla` counts, ranks and groups in SQL (issue 10); its figures must be exactly those of the
Python computation it replaced, kept here as the reference (`reference_sla`, verbatim from before),
on a generated store with the awkward cases (tests/reports/sla_store.py), on SQLite and PostgreSQL.
Also: the number of statements does not grow with the store, and the plans use the indexes."""

from __future__ import annotations

import math
import statistics
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, exists, func, or_, select, text
from sqlalchemy.orm import Session

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports.sla import BY, collect_sla  # noqa: E402
from inquiry_triage.scheduling.deadlines import BusinessCalendar, calendar_from_config  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, ReplyRow, TaskRow, as_utc  # noqa: E402
from tests.reports.sla_store import generate, stamp_some  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


# --- the reference: reports/sla.py before issue 10, unchanged ------------------------------------

UNREPLIED = "(unreplied)"
CLOSED_UNNAMED = "(closed, no name)"  # by agent: closed without a reply, its closer not recorded
BACKLOG_STATES = ("open", "claimed", "snoozed")
_GRADES = ("A", "B", "C", "D")


@dataclass
class _Inquiry:
    id: int
    grade: str
    received: datetime
    dismissed: bool
    first_reply_at: datetime | None = None
    first_reply_by: str | None = None
    due: datetime | None = None          # the first reply task's deadline
    backlog: int = 0
    overdue: int = 0
    closed_by: str | None = None  # closed as done without a reply (none live, not dismissed): by whom


def _hours(seconds: float) -> float:
    return round(seconds / 3600, 4)


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 4) if values else None


def p90(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.9 * len(ordered))) - 1]


def _load(session: Session, since: datetime | None, now: datetime) -> list[_Inquiry]:
    receipt = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)
    has_reply_task = exists().where(TaskRow.inquiry_id == InquiryRow.id, TaskRow.kind == "reply")
    wanted = select(InquiryRow.id).where(InquiryRow.status == "triaged",
                                         or_(InquiryRow.filing == "inquiry", has_reply_task))
    if since is not None:
        wanted = wanted.where(receipt >= since)
    stmt = (select(InquiryRow.id, InquiryRow.grade, InquiryRow.received_at, InquiryRow.triaged_at,
                   InquiryRow.dismissed_as)
            .where(InquiryRow.id.in_(wanted)).order_by(InquiryRow.id))
    inquiries: dict[int, _Inquiry] = {}
    for id_, grade, received_at, triaged_at, dismissed_as in session.execute(stmt):
        received = as_utc(received_at) or as_utc(triaged_at)
        if since is not None and received < since:
            continue
        inquiries[id_] = _Inquiry(id=id_, grade=grade or "", received=received, dismissed=bool(dismissed_as))

    replies = (select(ReplyRow.inquiry_id, ReplyRow.author, ReplyRow.sent_at)
               .where(ReplyRow.inquiry_id.in_(wanted)).order_by(ReplyRow.inquiry_id, ReplyRow.sent_at, ReplyRow.id))
    for inquiry_id, author, sent_at in session.execute(replies):
        row = inquiries.get(inquiry_id)
        if row is not None and row.first_reply_at is None:
            row.first_reply_at, row.first_reply_by = as_utc(sent_at), author

    tasks = (select(TaskRow.inquiry_id, TaskRow.grade, TaskRow.state, TaskRow.due_at)
             .where(TaskRow.inquiry_id.in_(wanted), TaskRow.kind == "reply")
             .order_by(TaskRow.inquiry_id, TaskRow.created_at, TaskRow.id))
    seen: set[int] = set()
    for inquiry_id, grade, state, due_at in session.execute(tasks):
        row = inquiries.get(inquiry_id)
        if row is None:
            continue
        due = as_utc(due_at)
        if inquiry_id not in seen:
            seen.add(inquiry_id)
            row.due = due
            row.grade = row.grade or grade or ""
        if state in BACKLOG_STATES:
            row.backlog += 1
            if due < now:
                row.overdue += 1
    # Closed as done without a reply: its newest done reply task, closed by the person the audit log's
    # newest "done" names (else the task's assignee, else nobody known).
    done_tasks = {}
    for task_id, inquiry_id, assignee in session.execute(
            select(TaskRow.id, TaskRow.inquiry_id, TaskRow.assignee)
            .where(TaskRow.inquiry_id.in_(wanted), TaskRow.kind == "reply", TaskRow.state == "done").order_by(TaskRow.id)):
        done_tasks[inquiry_id] = (task_id, assignee)
    closers = {task_id: actor for task_id, actor in session.execute(
        select(AuditRow.task_id, AuditRow.actor).where(AuditRow.action == "done").order_by(AuditRow.id))}
    for row in inquiries.values():
        if row.first_reply_at is None and not row.dismissed and row.backlog == 0 and row.id in done_tasks:
            task_id, assignee = done_tasks[row.id]
            row.closed_by = closers.get(task_id) or assignee or CLOSED_UNNAMED
    return list(inquiries.values())


def _breached(row: _Inquiry, now: datetime) -> bool:
    if row.due is None:
        return False
    if row.first_reply_at is not None:
        return row.first_reply_at > row.due
    return not row.dismissed and row.due < now


def _key(row: _Inquiry, by: str, calendar: BusinessCalendar | None) -> str:
    if by == "grade":
        return row.grade or "-"
    if by == "agent":
        return row.first_reply_by or row.closed_by or UNREPLIED
    local = row.received.astimezone(calendar.zone) if calendar is not None else row.received
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def _order(by: str, keys: Iterable[str]) -> list[str]:
    if by == "grade":
        return sorted(keys, key=lambda k: (_GRADES.index(k) if k in _GRADES else len(_GRADES), k))
    if by == "agent":
        return sorted(keys, key=lambda k: (k in (UNREPLIED, CLOSED_UNNAMED), k == UNREPLIED, k.casefold(), k))
    return sorted(keys)


def _summary(name: str, rows: list[_Inquiry], now: datetime, calendar: BusinessCalendar | None,
             by: str = "") -> dict[str, Any]:
    replied = [r for r in rows if r.first_reply_at is not None]
    wall = [_hours((r.first_reply_at - r.received).total_seconds()) for r in replied]
    out: dict[str, Any] = {
        "group": name, "inquiries": len(rows), "replied": len(replied),
        **({"closed_without_reply": sum(r.first_reply_at is None and r.closed_by is not None for r in rows)}
           if by == "agent" else {}),
        "first_response_median_h": median(wall), "first_response_p90_h": p90(wall),
    }
    if calendar is not None:
        business = [_hours(calendar.business_time_between(r.received, r.first_reply_at).total_seconds())
                    for r in replied]
        out["first_response_median_business_h"] = median(business)
        out["first_response_p90_business_h"] = p90(business)
    out["breaches"] = sum(_breached(r, now) for r in rows)
    out["backlog"] = sum(r.backlog for r in rows)
    out["overdue"] = sum(r.overdue for r in rows)
    return out


def _review_backlog(session: Session, since: datetime | None, now: datetime) -> dict[str, Any]:
    stmt = select(TaskRow.due_at).where(TaskRow.kind == "review", TaskRow.state.in_(BACKLOG_STATES))
    arrivals = [as_utc(t) for t in session.scalars(stmt)]
    arrivals = [t for t in arrivals if since is None or t >= since]
    oldest = min(arrivals) if arrivals else None
    return {"open": len(arrivals), "oldest_wait_h": _hours((now - oldest).total_seconds()) if oldest else None}


def reference_sla(session: Session, *, now: datetime, since: datetime | None, by: str = "grade",
                  calendar: BusinessCalendar | None = None) -> dict[str, Any]:
    rows = _load(session, since, now)
    review = _review_backlog(session, since, now)
    grouped: dict[str, list[_Inquiry]] = {}
    for row in rows:
        grouped.setdefault(_key(row, by, calendar), []).append(row)
    return {
        "by": by,
        "now": now.isoformat(timespec="seconds"),
        "since": since.isoformat(timespec="seconds") if since is not None else None,
        "business_timezone": calendar.timezone if calendar is not None else None,
        "week_timezone": (calendar.timezone if calendar is not None else "UTC") if by == "week" else None,
        "groups": [_summary(k, grouped[k], now, calendar, by) for k in _order(by, grouped)],
        "total": _summary("total", rows, now, calendar, by),
        "review": review,
    }


# --- the comparison -------------------------------------------------------------------------------

SHANGHAI = {"timezone": "Asia/Shanghai", "country": "CN", "breaks": [["12:00", "13:00"]]}
MADRID = {"timezone": "Europe/Madrid", "country": "ES", "hours": ["08:30", "17:30"]}  # DST inside the period


def _build(url: str, n: int = 2500, seed: int = 7):  # type: ignore[no-untyped-def]
    engine, sessions = open_store(url)
    generate(sessions, n, now=NOW, days=120, seed=seed, awkward=True, raw_bytes=64)
    stamp_some(sessions, calendar_from_config(dict(SHANGHAI)), share=0.5)  # half recorded, some on another calendar
    return engine, sessions


def _compare(sessions) -> None:  # type: ignore[no-untyped-def]
    cases = [(by, since, cal) for by in BY for since in (None, NOW - timedelta(days=30), NOW - timedelta(hours=36))
             for cal in (None, SHANGHAI, MADRID)]
    for by, since, table in cases:
        calendar = calendar_from_config(dict(table)) if table else None
        with sessions() as s:
            want = reference_sla(s, now=NOW, since=since, by=by, calendar=calendar)
        with sessions.begin() as s:  # committed: the next case reads the stored response times
            got = collect_sla(s, now=NOW, since=since, by=by, calendar=calendar)
        assert got == want, (by, since, table)
        assert got["total"]["replied"] > 0 or since is not None
    with sessions() as s:  # a second run on the stored values (nothing left to fill) agrees too
        calendar = calendar_from_config(dict(MADRID))
        assert (collect_sla(s, now=NOW, since=None, by="week", calendar=calendar)
                == reference_sla(s, now=NOW, since=None, by="week", calendar=calendar))


def test_sql_figures_equal_the_reference_on_sqlite(tmp_path):
    engine, sessions = _build(f"sqlite:///{tmp_path / 'gen.db'}")
    try:
        _compare(sessions)
    finally:
        engine.dispose()


def test_sql_figures_equal_the_reference_on_postgresql(pg_url):
    engine, sessions = _build(pg_url)
    try:
        _compare(sessions)
    finally:
        engine.dispose()


def _statements(engine, sessions, **kwargs) -> int:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with sessions() as s:
            collect_sla(s, now=NOW, **kwargs)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_statements_do_not_grow_with_the_store(tmp_path):
    """Once the response times and the daily rollups are stored, a report is a fixed handful of
    statements, whatever the size: the week bounds, the first receipt, the days' rollups, the
    ranges read directly (one statement however many), the review backlog."""
    counts = []
    for n in (200, 3000):
        engine, sessions = open_store(f"sqlite:///{tmp_path / f's{n}.db'}")
        generate(sessions, n, now=NOW, days=120, seed=n, raw_bytes=16)
        calendar = calendar_from_config(dict(SHANGHAI))
        with sessions.begin() as s:
            collect_sla(s, now=NOW, since=None, by="grade", calendar=calendar)  # fills the response times once
        counts.append([_statements(engine, sessions, since=since, by=by, calendar=calendar)
                       for by in BY for since in (None, NOW - timedelta(days=28))])
        engine.dispose()
    assert counts[0] == counts[1] and max(counts[1]) <= 5, counts


def _sqlite_plan(sessions, query) -> str:  # type: ignore[no-untyped-def]
    with sessions() as s:
        compiled = query.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        return "\n".join(row[-1] for row in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_sqlite_plan_reads_the_period_by_index(tmp_path):
    from inquiry_triage.reports.sla import _report_query

    engine, sessions = open_store(f"sqlite:///{tmp_path / 'plan.db'}")
    generate(sessions, 3000, now=NOW, days=120, seed=1, raw_bytes=16)
    with sessions.begin() as s:
        s.execute(text("ANALYZE"))
    plan = _sqlite_plan(sessions, _report_query([(NOW - timedelta(days=28), None)], NOW, "grade", [], "k"))
    engine.dispose()
    # The period, each inquiry's first-reply facts and its reply-task facts (0009) from one index:
    # no table row (each holds the raw mail), no reply looked up, no task looked up per inquiry
    # (the first reply task's grade only for an inquiry without a grade, from its covering index).
    assert "USING COVERING INDEX ix_inquiries_receipt_facts" in plan, plan
    assert "SCAN inquiries" not in plan and "replies" not in plan, plan  # no walk over the whole history
    assert "ix_tasks_live_counts" not in plan and "SCAN tasks" not in plan, plan  # no join with the live tasks
    assert "SEARCH inquiries USING INDEX" not in plan, plan
    # One task search besides the first reply task's: counting the overdue ones among three or more
    # live reply tasks of one inquiry (reports/sla._overdue), the rare case the row's facts do not
    # settle (index-only since 0012's ix_tasks_live_filter, which SQLite has too).
    others = [line for line in plan.splitlines() if "SEARCH tasks" in line and "ix_tasks_inquiry_first" not in line]
    assert len(others) == 1 and "inquiry_id=?" in others[0], plan


def test_postgresql_plan_reads_the_period_by_index(pg_url):
    """The same on PostgreSQL (tiny tables: sequential scans switched off to show what an index CAN
    serve): the period from ix_inquiries_receipt_facts, no reply read, no task table walked."""
    from inquiry_triage.reports.sla import _report_query

    engine, sessions = open_store(pg_url)
    generate(sessions, 1500, now=NOW, days=120, seed=1, raw_bytes=16)
    with engine.connect() as c:
        c.execute(text("ANALYZE"))
        c.commit()
        c.execute(text("SET enable_seqscan = off"))
        compiled = _report_query([(NOW - timedelta(days=28), None)], NOW, "grade", [], "k").compile(
            engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in c.execute(text(f"EXPLAIN {compiled}")))
    engine.dispose()
    assert "ix_inquiries_receipt_facts on inquiries" in plan, plan
    assert "on replies" not in plan and "Seq Scan on inquiries" not in plan and "Seq Scan on tasks" not in plan, plan
