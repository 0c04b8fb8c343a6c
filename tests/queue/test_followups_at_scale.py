"""The reminder job at scale (issue 10): the planner selects only what is due in SQL, in batches, and
still makes exactly the follow-ups, greetings, notices, reminders and escalations the old planner made.

The old planner and reminder collector are kept verbatim in followups_reference.py. On a generated
store (a mix of buyers, countries, replies, quotations, follow-ups done and open, dismissed,
suspicious, failed and snoozed items), at many `now`s over five months (National Day, Christmas,
Spring Festival), with the team working in between (replies and quotations, follow-ups closed by the
queue and by hand, buyers writing again, dismissals, a genuine verdict, snoozes) and K raised and
lowered, each round's actions are compared with what the old code would have done at that moment.
On SQLite and PostgreSQL. Plus: queries per round do not grow with the rows; the query plans use
the indexes; a stop request ends a round between batches and the next round finishes the work."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.queue import followups as followups_module
from inquiry_triage.queue import operations as ops
from inquiry_triage.queue.rounds import FOLLOWUP_MAX, RoundReport, _due_for_reminder, run_round
from inquiry_triage.scheduling.deadlines import calendar_from_config
from inquiry_triage.store import open_store
from inquiry_triage.store.models import AuditRow, InquiryRow, ReplyRow, TaskRow, as_utc

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.queue.followups_reference import collect_old, plan_old  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

UTC = timezone.utc
SHANGHAI = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN", "hours": ["09:00", "18:00"],
                                 "breaks": [["12:00", "13:00"]]})
START = datetime(2026, 9, 14, 3, 0, tzinfo=UTC)  # Mon 11:00 in Shanghai, 17 days before National Day
LEAD = ops.Actor("lead", "lead")
COUNTRIES = ("DE", "US", "GB", "BR", "FR", "JP", "IN", "ZZ", "")  # ZZ: no holiday calendar; "": unknown
# Offsets of the rounds from START (days): National Day notices, Christmas greetings (Dec 22-25),
# the 2027 Spring Festival notices (Feb), and days with nothing new.
STEPS = (0, 0.002, 1, 2.2, 3, 5, 8, 13, 21, 34, 55, 70, 90, 99.5, 100, 101.3, 102, 104, 130, 140, 141, 146)
# K changes: raised (what it had set aside comes back), lowered, raised again.
CONFIGS = {0: {}, 9: {"silent_buyer": {"max": 4}, "rfq_quote": {"days": 3}}, 13: {"silent_buyer": {"max": 2}},
           16: {}}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 's.db'}"
    engine, sessions = open_store(url)
    try:
        yield engine, sessions
    finally:
        engine.dispose()


def build(sessions: sessionmaker[Session], rng: random.Random, count: int = 260, buyers: int = 70) -> None:
    """Rows as an upgraded database holds them: inserted directly (followup_from as the migration's
    backfill leaves it is NULL here; the first round, knowing no K, re-arms them)."""
    with sessions.begin() as s:
        for n in range(count):
            buyer = f"b{rng.randrange(buyers)}@buyer.example" if rng.random() < 0.92 else ""
            received = START - timedelta(days=rng.uniform(0, 200), minutes=rng.uniform(0, 600))
            triaged = received + timedelta(minutes=rng.uniform(1, 900))
            failed = rng.random() < 0.03
            row = InquiryRow(message_id=f"<g{n}@x>", source="gen", channel=rng.choice(("email", "rfq", "im", "web")),
                             status="failed" if failed else "triaged", grade=None if failed else rng.choice("ABCD"),
                             suspicious=rng.random() < 0.08, triaged_at=triaged,
                             received_at=None if rng.random() < 0.1 else received, buyer_key=buyer,
                             country=rng.choice(COUNTRIES), subject=f"RFQ {n}", from_addr=buyer, result={},
                             dismissed_as="spam" if rng.random() < 0.06 else None, product=f"part {n % 7}")
            s.add(row)
            s.flush()
            if failed:
                continue
            age = (START - triaged).total_seconds() / 86400
            reply = TaskRow(inquiry_id=row.id, kind="review" if row.suspicious else "reply", grade=row.grade,
                            created_at=triaged, due_at=triaged + timedelta(hours=rng.uniform(2, 30)), state="open")
            s.add(reply)
            if age < 2:  # recent: still to answer, due around now
                reply.due_at = START + timedelta(minutes=rng.uniform(-300, 300))
                reply.state = rng.choice(("open", "open", "claimed", "snoozed"))
                reply.assignee = "alice" if reply.state == "claimed" else None
                if reply.state == "snoozed":
                    reply.snoozed_until = START + timedelta(hours=rng.uniform(1, 72))
                continue
            x = rng.random()
            if x < 0.15:
                reply.escalated_at = reply.due_at  # overdue, escalated long ago
                continue
            reply.state, reply.done_at = "done", triaged + timedelta(hours=rng.uniform(1, 20))
            if x > 0.85:
                continue  # done without a reply
            quoted = rng.random() < 0.35
            sent = reply.done_at
            s.add(ReplyRow(inquiry_id=row.id, author="alice", channel="email", kind="quote" if quoted else "reply",
                           sent_at=sent))
            if rng.random() < 0.1:  # a second answer later
                sent = sent + timedelta(days=rng.uniform(0.5, 4))
                s.add(ReplyRow(inquiry_id=row.id, author="bob", channel="email", kind="reply", sent_at=sent))
            rule, days = ("rfq-quote", 2) if quoted else ("silent-buyer", 3)
            for attempt in range(1, rng.randrange(0, 4) + 1):
                made = sent + timedelta(days=days * attempt)
                if made > START:
                    break
                task = TaskRow(inquiry_id=row.id, kind="follow-up", rule=rule, attempt=attempt, grade=row.grade,
                               created_at=made, due_at=made + timedelta(days=1), state="done",
                               done_at=made + timedelta(hours=rng.uniform(1, 30)))
                if rng.random() < 0.2:
                    task.state, task.done_at = "open", None
                    s.add(task)
                    break
                s.add(task)


def team_works(sessions: sessionmaker[Session], rng: random.Random, now: datetime, step: int,
               next_round: datetime) -> None:
    """What people do between two rounds, through the queue layer and (like older tests) by hand."""
    with sessions.begin() as s:
        open_tasks = s.scalars(select(TaskRow).where(TaskRow.state.in_(ops.OPEN_STATES)).order_by(TaskRow.id)).all()
        for task in open_tasks:
            x = rng.random()
            if task.kind in ("follow-up", "greeting", "notice") and x < 0.6:
                if x < 0.3:
                    ops.done(s, LEAD, now, task.id)
                else:
                    task.state, task.done_at = "done", now  # by hand, as older tests do
            elif task.kind == "reply" and x < 0.3:
                ops.record_reply(s, LEAD, now, task.id, kind="quote" if x < 0.1 else "reply")
            elif task.kind == "reply" and x < 0.33 and task.state != "snoozed":
                ops.snooze(s, LEAD, now, task.id, until=now + timedelta(hours=rng.uniform(1, 60)))
        known = [b for b in s.scalars(select(InquiryRow.buyer_key).where(InquiryRow.buyer_key != "").distinct())]
        for k in range(4):  # new inquiries, some from buyers we know (they wrote again)
            buyer = rng.choice(known) if rng.random() < 0.6 else f"new{step}-{k}@buyer.example"
            row = InquiryRow(message_id=f"<n{step}-{k}@x>", source="gen", channel="email", status="triaged",
                             grade=rng.choice("ABCD"), suspicious=False, triaged_at=now - timedelta(minutes=k),
                             received_at=now - timedelta(minutes=30 + k), buyer_key=buyer,
                             country=rng.choice(COUNTRIES), subject=f"again {step}", from_addr=buyer, result={})
            row.tasks.append(TaskRow(kind="reply", grade=row.grade, state="open", created_at=now,
                                     due_at=next_round + timedelta(minutes=rng.uniform(-30, 70))))  # some within the hour
            s.add(row)
        s.flush()
        replied = s.scalars(select(TaskRow).join(ReplyRow, ReplyRow.task_id == TaskRow.id)
                            .where(TaskRow.kind == "reply").order_by(TaskRow.id)).all()
        if step % 3 == 1 and replied:
            victim = rng.choice(replied)
            extra = TaskRow(inquiry_id=victim.inquiry_id, kind="reply", grade=victim.grade, state="open",
                            created_at=now, due_at=now + timedelta(days=1))
            s.add(extra)
            s.flush()
            ops.dismiss(s, LEAD, now, extra.id, "spam")
        if step % 4 == 2:
            dismissed = s.scalars(select(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                                  .join(ReplyRow, ReplyRow.inquiry_id == InquiryRow.id)
                                  .where(InquiryRow.dismissed_as == "spam", TaskRow.kind != "review")
                                  .order_by(TaskRow.id)).first()
            if dismissed is not None:
                ops.genuine(s, LEAD, now, dismissed.id)


def task_key(task: TaskRow) -> tuple[Any, ...]:
    return (task.rule, task.inquiry_id, task.attempt, task.kind, task.grade, as_utc(task.due_at), task.due_note,
            task.state)


def what_the_old_code_does(sessions: sessionmaker[Session], now: datetime, config: dict[str, Any]) -> tuple:
    """The old round (wake, plan, remind: one transaction) on the same state, rolled back."""
    session = sessions()
    try:
        ops.wake_snoozed(session, now)
        planned = sorted(task_key(t) for t in plan_old(session, now, config, SHANGHAI))
        report = RoundReport(at=now, by="old")
        reminders = collect_old(session, now, {}, report)
        return planned, reminders, report.reminded, report.escalated
    finally:
        session.rollback()
        session.close()


def what_the_new_round_does(sessions: sessionmaker[Session], now: datetime, config: dict[str, Any],
                            monkeypatch) -> tuple:
    sent: list[Any] = []
    monkeypatch.setattr("inquiry_triage.notify.deliver", lambda reminders, _config: sent.extend(reminders) or {})
    report = run_round(sessions, now, followups=config, notifications={}, calendar=SHANGHAI, by="test")
    with sessions() as s:
        made = s.scalars(select(TaskRow).where(TaskRow.id.in_([t for t, _ in report.planned]))).all()
        planned = sorted(task_key(t) for t in made)
    assert len(planned) == len(report.planned)
    return planned, sent, report.reminded, report.escalated


def test_the_new_planner_makes_exactly_what_the_old_one_made(store, monkeypatch):
    _, sessions = store
    rng = random.Random(10)
    build(sessions, rng)
    config: dict[str, Any] = {}
    seen: dict[str, int] = {}
    reminded = escalated = 0
    for step, offset in enumerate(STEPS):
        now = START + timedelta(days=offset, minutes=7 * step)
        config = CONFIGS.get(step, config)
        expected = what_the_old_code_does(sessions, now, config)
        got = what_the_new_round_does(sessions, now, config, monkeypatch)
        assert got[0] == expected[0], f"planned follow-ups differ at step {step} ({now})"
        assert got[1:] == expected[1:], f"reminders / escalations differ at step {step} ({now})"
        for key in got[0]:
            seen[key[0].split(":")[0]] = seen.get(key[0].split(":")[0], 0) + 1
        reminded += len(got[2])
        escalated += len(got[3])
        next_round = START + timedelta(days=STEPS[min(step + 1, len(STEPS) - 1)], minutes=7 * (step + 1))
        team_works(sessions, random.Random(step), now, step, next_round)
    # The comparison meant something: every rule fired, more than once, and reminders went out.
    assert {"silent-buyer", "rfq-quote", "holiday-greeting", "closure-notice"} <= set(seen), seen
    assert min(seen.values()) >= 3 and reminded >= 3 and escalated >= 10, (seen, reminded, escalated)


def _statements(engine) -> list[str]:  # type: ignore[no-untyped-def]
    executed: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: executed.append(a[2]))
    return executed


def _replied_store(sessions: sessionmaker[Session], count: int) -> None:
    """`count` inquiries answered 5 days ago, each by its own buyer; half of them set aside already."""
    sent = START - timedelta(days=5)
    with sessions.begin() as s:
        for n in range(count):
            row = InquiryRow(message_id=f"<r{n}@x>", source="t", channel="email", status="triaged", grade="C",
                             triaged_at=sent - timedelta(hours=1), received_at=sent - timedelta(hours=2), result={},
                             buyer_key=f"r{n}@buyer.example", country="ZZ", subject=f"s{n}")
            row.tasks.append(TaskRow(kind="reply", grade="C", state="done", created_at=sent, done_at=sent,
                                     due_at=sent + timedelta(hours=4)))
            s.add(row)
            s.flush()
            s.add(ReplyRow(inquiry_id=row.id, author="a", channel="email", sent_at=sent))
            row.followup_from = sent if n % 2 else None  # None: set aside (all K made) by an earlier round
            if n % 4 == 0:  # and a reply task overdue by now, for another inquiry of the buyer
                later = InquiryRow(message_id=f"<o{n}@x>", source="t", channel="email", status="triaged", grade="B",
                                   triaged_at=sent - timedelta(days=9), result={}, buyer_key=f"o{n}@buyer.example",
                                   subject=f"o{n}")
                later.tasks.append(TaskRow(kind="reply", grade="B", state="open", created_at=sent,
                                           due_at=START - timedelta(hours=1)))
                s.add(later)


@pytest.mark.parametrize("count", [40, 160])
def test_a_round_runs_the_same_number_of_queries_for_40_or_160_due_inquiries(store, count):
    engine, sessions = store
    _replied_store(sessions, count)
    with sessions.begin() as s:  # the last round planned under the default K: nothing is re-armed
        s.add(AuditRow(at=START - timedelta(minutes=5), actor="inquiry-triage", action="tick",
                       detail={"by": "daemon", FOLLOWUP_MAX: {"silent-buyer": 3, "rfq-quote": 2}}))
    executed = _statements(engine)
    report = run_round(sessions, START, calendar=SHANGHAI)
    assert len(report.planned) == count // 2  # only those not set aside
    assert len(report.escalated) == count // 4
    # One batch: the same statements whatever the count (none per row). Stored as a figure, not a timing.
    counts = test_a_round_runs_the_same_number_of_queries_for_40_or_160_due_inquiries.__dict__.setdefault("n", {})
    counts[(engine.dialect.name, count)] = len(executed)
    assert len(executed) <= 40, executed
    if len({n for (dialect, _), n in counts.items() if dialect == engine.dialect.name}) > 1:
        pytest.fail(f"statements per round grew with the rows: {counts}")
    executed.clear()
    again = run_round(sessions, START + timedelta(minutes=5), calendar=SHANGHAI)
    assert again.planned == [] and len(executed) <= 40


def test_a_stop_request_ends_the_round_between_batches_and_the_next_round_finishes(store, monkeypatch):
    _, sessions = store
    monkeypatch.setattr(followups_module, "BATCH", 10)
    _replied_store(sessions, 60)  # no round ran before: all 60 are looked at, and due
    signalled = []
    insert = followups_module._insert

    def insert_then_sigterm(session, tasks):  # type: ignore[no-untyped-def]
        signalled.append(True)  # SIGTERM arrives while the first batch is being written
        return insert(session, tasks)

    monkeypatch.setattr(followups_module, "_insert", insert_then_sigterm)
    first = run_round(sessions, START, calendar=SHANGHAI, stop=lambda: bool(signalled))
    assert first.stopped and len(first.planned) == 10 and first.to_json()["stopped"] is True
    monkeypatch.setattr(followups_module, "_insert", insert)
    second = run_round(sessions, START + timedelta(minutes=5), calendar=SHANGHAI)
    assert not second.stopped and len(second.planned) == 50 and len(second.escalated) == 15
    with sessions() as s:
        beats = s.scalars(select(AuditRow).where(AuditRow.action == "tick").order_by(AuditRow.id)).all()
        made = s.scalars(select(TaskRow.inquiry_id).where(TaskRow.rule == "silent-buyer")).all()
    assert [b.detail.get("stopped", False) for b in beats] == [True, False]
    assert len(made) == len(set(made)) == 60  # each once


# --- query plans: the reminder job's selections use their indexes on both databases ------------

def _selections(now: datetime) -> dict[str, Any]:
    greeting = followups_module._PerBuyer(rule="holiday-greeting:DE:2026-12-25", kind="greeting", note="", due=now,
                                          since=now - timedelta(days=90), country="DE")
    notice = followups_module._PerBuyer(rule="closure-notice:2026-10-01", kind="notice", note="", due=now,
                                        since=now - timedelta(days=180))
    return {
        "silent": followups_module._silence_candidates("silent-buyer", now - timedelta(days=3), False),
        "quote": followups_module._silence_candidates("rfq-quote", now - timedelta(days=2), True),
        "reminders": select(TaskRow.id).where(_due_for_reminder(now)),
        "greeting": greeting.candidates(["DE"]),
        "notice": notice.candidates(["", "DE", "US", "ZZ"]),
        "next country": select(func.min(InquiryRow.country)).where(InquiryRow.country > "DE"),
        "country active": followups_module._active_parts(now - timedelta(days=90), InquiryRow.id, ["DE"])[0].limit(1),
        "active countries": followups_module._countries_walk(now - timedelta(days=90)),
        "buyers' inquiries": select(followups_module._per_buyer_choice(["a@b.example", "c@d.example"], greeting.rule,
                                                                       greeting.since, True, "DE")),
        "previous tasks": select(TaskRow.inquiry_id).where(TaskRow.inquiry_id.in_([1, 2]),
                                                           (TaskRow.rule + "") == "silent-buyer"),
    }


# The index each selection must be read through (SQLite, which plans without statistics).
WANTED = {"silent": {"ix_followup_marks_from"}, "quote": {"ix_followup_marks_from"},
          "reminders": {"ix_tasks_reminder_due"}, "greeting": {"ix_inquiries_country_receipt", "ix_tasks_rule"},
          "notice": {"ix_inquiries_country_receipt", "ix_tasks_rule"}, "next country": {"ix_inquiries_country_receipt"},
          "country active": {"ix_inquiries_country_receipt"},
          "active countries": {"ix_inquiries_country_receipt"},  # the walk and its probes, one statement
          # a batch's buyers from their index alone (0010) and their own tasks, never every task of the rule
          "buyers' inquiries": {"ix_inquiries_buyer_activity", "ix_tasks_inquiry_first"},
          "previous tasks": {"ix_tasks_inquiry_id"}}
NOT_WANTED = {"buyers' inquiries": {"ix_tasks_rule"}, "previous tasks": {"ix_tasks_rule"}}


def test_sqlite_query_plans_search_by_index(tmp_path):
    engine, sessions = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    _replied_store(sessions, 30)
    try:
        with engine.connect() as conn:
            for name, stmt in _selections(START).items():
                compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
                plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
                # no full scan of a table (reading a co-routine's rows, a subquery's, is no table scan)
                inner = {p.split(" ", 1)[1] for p in plan if p.startswith(("CO-ROUTINE ", "MATERIALIZE "))}
                assert not [p for p in plan if p.startswith("SCAN ") and p[5:] not in inner], (name, plan)
                used = {word for p in plan for word in p.split() if word.startswith("ix_")}
                # ... and not an index that matches most rows (the suspicious flag's, status's)
                assert WANTED[name] <= used and not used & {"ix_inquiries_suspicious_risk", "ix_inquiries_status",
                                                              "ix_inquiries_suspicious"}, (name, plan)
                assert not used & NOT_WANTED.get(name, set()), (name, plan)
                if name == "buyers' inquiries":  # the rows hold the raw mail: never read them here
                    assert any("COVERING INDEX ix_inquiries_buyer_activity" in p for p in plan), plan
    finally:
        engine.dispose()


def test_postgresql_query_plans_need_no_sequential_scan(pg_url):
    engine, sessions = open_store(pg_url)
    _replied_store(sessions, 30)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))  # tiny tables: would a big one be read whole?
            for name, stmt in _selections(START).items():
                compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
                plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
                assert "Seq Scan on inquiries" not in plan and "Seq Scan on tasks" not in plan, (name, plan)
                if name in ("silent", "quote"):  # the range, then per-row probes: never a join that reads
                    assert "Join" not in plan and "SubPlan" in plan, (name, plan)  # every quote / task of the rule
    finally:
        engine.dispose()
